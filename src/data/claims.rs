//! The claims of the public debate that the page checks, one by one: who made each, when,
//! its wording (English, and a Chinese rendering), its source, the scenario that tests it
//! and the rule over the model's outputs that decides it. The verdicts are computed
//! (`model::claims`), never written here.
//!
//! A claim's scenario is read two ways: under the claimant's assumptions (the defaults,
//! the preset's design, `design`, then `assumptions` on top) and under this model's
//! central ones (the same without `assumptions`). Wordings quote the source where its
//! text is in hand and otherwise say the claim as the cited report gives it.

/// The number a rule tests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    /// One output, by registry key.
    Output(&'static str),
    /// One output divided by another (0 when the divisor is 0).
    Ratio(&'static str, &'static str),
}

/// What the number must satisfy for the claim to hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Test {
    AtMost(f64),
    AtLeast(f64),
    /// Inclusive on both ends.
    Between(f64, f64),
}

impl Test {
    /// True when `x` passes (a non-finite `x` never does).
    pub fn passes(self, x: f64) -> bool {
        x.is_finite()
            && match self {
                Test::AtMost(t) => x <= t,
                Test::AtLeast(t) => x >= t,
                Test::Between(a, b) => a <= x && x <= b,
            }
    }
}

/// The input that decides the claim: the verdict says what value it would need.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decider {
    /// A numeric input, by registry key.
    Number(&'static str),
    /// A choice and the other option that would decide it.
    Choice(&'static str, &'static str),
}

/// A figure worth solving for beside the verdict: the value of `input` at which `output`
/// reaches `target` (e.g. the share of demand orbit could take at 2024's launch cadence).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Solve {
    pub input: &'static str,
    pub output: &'static str,
    pub target: f64,
}

/// One claim.
#[derive(Clone, Copy, Debug)]
pub struct Claim {
    /// Stable id (links: `claim=<id>`).
    pub id: &'static str,
    /// Who made the claim, in English and in Chinese (names stay as written).
    pub claimant: &'static str,
    pub claimant_zh: &'static str,
    /// When (ISO date, or year-month, or year).
    pub date: &'static str,
    /// The claim's wording in English.
    pub wording: &'static str,
    /// Its Chinese rendering.
    pub wording_zh: &'static str,
    /// Source id in `sources::SOURCES`.
    pub source: &'static str,
    /// The preset whose design the scenario starts from ("" for the defaults).
    pub preset: &'static str,
    /// Further design settings shared by both readings (key and value text).
    pub design: &'static [(&'static str, &'static str)],
    /// The claimant's own assumptions, on top of the design.
    pub assumptions: &'static [(&'static str, &'static str)],
    /// The number the rule tests, its test, and the rule in words (English, Chinese).
    pub quantity: Quantity,
    pub test: Test,
    pub rule: &'static str,
    pub rule_zh: &'static str,
    /// The input whose value decides the verdict.
    pub decider: Decider,
    /// Outputs (or inputs) the explanation names beside the tested number.
    pub details: &'static [&'static str],
    /// A figure solved for beside the verdict, if any.
    pub solve: Option<Solve>,
    /// Warnings the scenario is expected to raise (by input or output key).
    pub expected_warnings: &'static [&'static str],
    /// The chart a claim's embed shows beside its card (a `chart=` id of the page).
    pub chart: &'static str,
}

/// Every claim, in the order the page shows them.
pub static CLAIMS: &[Claim] = &[
    Claim {
        id: "pue",
        claimant: "Supporters of space data centres, as reported by 36Kr",
        claimant_zh: "支持者（据36氪报道）",
        date: "2025-12-19",
        wording: "Space data centres can use continuous solar power and efficient cooling, potentially achieving a power usage effectiveness (PUE) close to 1.0.",
        wording_zh: "太空数据中心可以利用持续的太阳能和高效的散热机制，电能使用效率（PUE）有望接近1.0。",
        source: "kr36_2025",
        preset: "",
        design: &[],
        // Efficient cooling: the pumps at the low end of their cited range.
        assumptions: &[("thermal.pump_power_fraction", "0.005")],
        quantity: Quantity::Output("power.pue"),
        test: Test::AtMost(1.05),
        rule: "Space PUE ≤ 1.05",
        rule_zh: "太空 PUE ≤ 1.05",
        decider: Decider::Number("power.distribution_efficiency_fraction"),
        details: &["power.pue_conversion", "power.pue_pumps", "power.pue_battery"],
        solve: None,
        expected_warnings: &[],
        chart: "flow",
    },
    Claim {
        id: "continuous_solar",
        claimant: "Starcloud",
        claimant_zh: "Starcloud",
        date: "2024",
        wording: "In a dawn-dusk sun-synchronous orbit a data centre has continuous solar power: the array is always in sunlight, with no need for batteries.",
        wording_zh: "在晨昏太阳同步轨道上，数据中心可获得持续的太阳能：太阳能阵列始终处于光照之下，无需电池。",
        source: "starcloud_wp",
        preset: "starcloud40",
        design: &[],
        assumptions: &[],
        quantity: Quantity::Output("orbit.eclipse_fraction_pct"),
        test: Test::AtMost(1.0),
        rule: "Sunlit ≥ 99 % of the year (time in Earth's shadow ≤ 1 %)",
        rule_zh: "一年中光照时间 ≥ 99 %（地影中时间 ≤ 1 %）",
        decider: Decider::Number("orbit.altitude_km"),
        details: &["orbit.eclipse_days", "orbit.longest_eclipse_min"],
        solve: None,
        expected_warnings: &[],
        chart: "eclipse",
    },
    Claim {
        id: "ohs_order",
        claimant: "R. Ohs et al., \"Dirty Bits in Low-Earth Orbit\"",
        claimant_zh: "R. Ohs 等（“Dirty Bits”论文）",
        date: "2025",
        wording: "The carbon footprint of rocket launches could negate the benefit of space data centres: their emissions could be up to an order of magnitude higher than those of terrestrial data centres.",
        wording_zh: "火箭发射的碳足迹可能抵消太空数据中心的环境效益：其排放可能比地面数据中心高出一个数量级。",
        source: "ohs2025",
        preset: "",
        design: &[("launch.vehicle", "f9")],
        // Their accounting (re-entry NOx × 298) against their Earth comparator (solar + battery).
        assumptions: &[("emissions.accounting", "ohs"), ("earth.alternative", "solar")],
        quantity: Quantity::Output("verdict.ratio"),
        test: Test::AtLeast(10.0),
        rule: "Orbit ÷ Earth lifecycle emissions ≥ 10",
        rule_zh: "轨道 ÷ 地面全生命周期排放 ≥ 10",
        decider: Decider::Number("workload.mission_years"),
        details: &["emissions.orbit_g_per_kwh", "emissions.earth_g_per_kwh", "emissions.launch_kg_per_kg"],
        solve: None,
        expected_warnings: &[],
        chart: "sources",
    },
    Claim {
        id: "iea_demand",
        claimant: "IEA",
        claimant_zh: "国际能源署",
        date: "2025-04",
        wording: "Electricity demand from data centres worldwide is set to more than double by 2030, to around 945 TWh (415 TWh in 2024).",
        wording_zh: "全球数据中心电力需求到2030年将增加一倍以上，达到约945太瓦时（2024年为415太瓦时）。",
        source: "iea_energy_ai",
        preset: "",
        design: &[("scale.year", "2030")],
        assumptions: &[],
        quantity: Quantity::Output("scale.demand_twh"),
        test: Test::AtLeast(830.0),
        rule: "2030 demand ≥ 2 × 2024's 415 TWh",
        rule_zh: "2030年需求 ≥ 2024年415太瓦时的2倍",
        decider: Decider::Choice("scale.year", "2024"),
        details: &["scale.share_pct", "scale.launches_per_year", "scale.launches_vs_2024"],
        solve: Some(Solve {
            input: "scale.share_pct",
            output: "scale.launches_vs_2024",
            target: 1.0,
        }),
        expected_warnings: &[],
        chart: "cumulative",
    },
    Claim {
        id: "spacex_100gw",
        claimant: "SpaceX",
        claimant_zh: "SpaceX",
        date: "2026-01-30",
        wording: "1 million tonnes of satellites a year, at 100 kW of compute per tonne, would add 100 GW of AI compute in space each year.",
        wording_zh: "每年发射100万吨卫星、每吨100千瓦算力，每年将在太空新增100吉瓦的人工智能算力。",
        source: "spacex_fcc2026",
        preset: "spacexodc",
        design: &[],
        assumptions: &[("design.satellite_kg", "1000")],
        quantity: Quantity::Output("mass.kg_per_kw_it"),
        test: Test::AtMost(10.5),
        rule: "Mass to orbit ≤ 10.5 kg per kW of IT (100 kW per tonne, 5 % margin)",
        rule_zh: "入轨质量 ≤ 每千瓦IT 10.5千克（每吨100千瓦，留5 %余量）",
        decider: Decider::Number("design.satellite_kg"),
        details: &["mass.per_satellite_kg", "mass.satellites"],
        solve: None,
        expected_warnings: &[],
        chart: "mass",
    },
    Claim {
        id: "ascend_10x",
        claimant: "Thales Alenia Space (ASCEND study)",
        claimant_zh: "泰雷兹阿莱尼亚宇航公司（ASCEND 研究）",
        date: "2024-06",
        wording: "Space data centres would require the development of a launcher ten times less emissive over its entire life cycle to bring a net carbon benefit.",
        wording_zh: "太空数据中心需要研制一种全生命周期排放低十倍的运载火箭，才能带来净碳效益。",
        source: "ascend",
        preset: "ascend",
        design: &[],
        // ASCEND's baseline names perovskite cells.
        assumptions: &[("array.cell", "pvk")],
        quantity: Quantity::Ratio("verdict.breakeven_launch_kg_per_kg", "emissions.launch_kg_per_kg"),
        test: Test::Between(0.05, 0.2),
        rule: "Break-even launch footprint is 1/20 to 1/5 of today's (about ten times less)",
        rule_zh: "盈亏平衡发射足迹为当前的1/20至1/5（约低十倍）",
        decider: Decider::Number("workload.mission_years"),
        details: &["verdict.breakeven_launch_kg_per_kg", "emissions.launch_kg_per_kg", "verdict.ratio"],
        solve: None,
        expected_warnings: &[],
        chart: "sources",
    },
    Claim {
        id: "carbone4_370",
        claimant: "Carbone 4 (ASCEND study)",
        claimant_zh: "Carbone 4（ASCEND 研究）",
        date: "2024",
        wording: "Data centres in space become more interesting than terrestrial data centres if and only if the launcher is reusable and emits less than 370 kgCO2 per kg of payload on average over its entire lifespan.",
        wording_zh: "当且仅当运载火箭可重复使用、且其整个寿命期内平均每千克有效载荷排放低于370千克二氧化碳时，太空数据中心才比地面数据中心更具优势。",
        source: "carbone4_ascend",
        preset: "ascend",
        design: &[],
        assumptions: &[("array.cell", "pvk")],
        quantity: Quantity::Output("verdict.breakeven_launch_kg_per_kg"),
        test: Test::Between(185.0, 740.0),
        rule: "Break-even launch footprint within a factor 2 of 370 kgCO2e/kg",
        rule_zh: "盈亏平衡发射足迹在每千克370千克二氧化碳当量的2倍范围内",
        decider: Decider::Number("workload.mission_years"),
        details: &["emissions.launch_kg_per_kg", "verdict.ratio"],
        solve: None,
        expected_warnings: &[],
        chart: "sources",
    },
    Claim {
        id: "starcloud_cost",
        claimant: "Starcloud",
        claimant_zh: "Starcloud",
        date: "2024",
        wording: "A 40 MW data centre run for 10 years costs 8.2 million USD in orbit (5 million of it launch) against 167 million USD on Earth (140 million of it energy).",
        wording_zh: "一座40兆瓦的数据中心运行10年，在轨成本为820万美元（其中发射500万美元），而在地面为1.67亿美元（其中能源1.4亿美元）。",
        source: "starcloud_wp",
        preset: "starcloud40",
        design: &[],
        assumptions: &[("design.kg_per_kw", "2.5")],
        quantity: Quantity::Ratio("econ.orbit_usd_per_it_mwh", "econ.earth_usd_per_it_mwh"),
        test: Test::AtMost(1.0),
        rule: "Orbit costs no more than Earth per useful IT MWh (accelerators excluded on both sides)",
        rule_zh: "每兆瓦时有效IT电能的轨道成本不高于地面（两侧均不含加速器）",
        decider: Decider::Number("launch.price_usd_per_kg"),
        details: &["econ.orbit_usd_per_it_mwh", "econ.earth_usd_per_it_mwh", "mass.total_t", "launch.cost_musd"],
        solve: None,
        expected_warnings: &[],
        chart: "mass",
    },
    Claim {
        id: "suncatcher_8x",
        claimant: "Google (Project Suncatcher)",
        claimant_zh: "谷歌（Suncatcher 项目）",
        date: "2025-11",
        wording: "In the right orbit, a solar panel can be up to 8 times more productive than on Earth (the annual energy from the same panel).",
        wording_zh: "在合适的轨道上，太阳能电池板的发电能力最高可达地面的8倍（同一块电池板的年发电量）。",
        source: "suncatcher",
        preset: "suncatcher",
        design: &[],
        // The paper's ground basis is not in hand: both readings compare with this
        // model's ground capacity factor (the deciding input).
        assumptions: &[],
        quantity: Quantity::Output("solar.gain_vs_ground"),
        test: Test::AtLeast(8.0),
        rule: "Annual energy of the same panel in orbit ≥ 8 × on the ground",
        rule_zh: "同一块电池板在轨道上的年发电量 ≥ 地面的8倍",
        decider: Decider::Number("earth.solar_capacity_factor_pct"),
        details: &[
            "solar.capacity_factor_stc_pct",
            "earth.solar_capacity_factor_pct",
            "orbit.eclipse_fraction_pct",
            "array.efficiency_bol_pct",
        ],
        solve: None,
        expected_warnings: &[],
        chart: "eclipse",
    },
    Claim {
        id: "suncatcher_200",
        claimant: "Google (Project Suncatcher)",
        claimant_zh: "谷歌（Suncatcher 项目）",
        date: "2025-11",
        wording: "If launch prices fall below about 200 USD/kg by the mid-2030s, the launched power price (about 810 USD per kW per year) becomes comparable to the energy costs of a terrestrial data centre.",
        wording_zh: "如果到2030年代中期发射价格降至每千克约200美元以下，入轨电力价格（每千瓦每年约810美元）将与地面数据中心的能源成本相当。",
        source: "suncatcher",
        preset: "suncatcher",
        design: &[],
        assumptions: &[
            ("design.satellite_kg", "575"),
            ("power.strategy", "throttle"),
            ("power.distribution_efficiency_fraction", "1"),
            ("thermal.pump_power_fraction", "0"),
            ("array.degradation_pct_per_yr", "0.01"),
        ],
        quantity: Quantity::Output("econ.launched_power_usd_per_kw_yr"),
        test: Test::AtMost(810.0),
        rule: "Launched power price ≤ 810 USD/kW/yr at 200 USD/kg",
        rule_zh: "每千克200美元时，入轨电力价格 ≤ 每千瓦每年810美元",
        decider: Decider::Number("launch.price_usd_per_kg"),
        details: &["mass.per_satellite_kg", "launch.usd_per_kg", "econ.cost_ratio"],
        solve: None,
        expected_warnings: &[],
        chart: "mass",
    },
    Claim {
        id: "natick_8th",
        claimant: "Microsoft (Project Natick; B. Cutler, via BBC)",
        claimant_zh: "微软（Natick 项目，据英国广播公司报道）",
        date: "2020-09",
        wording: "The underwater data centre had one-eighth the failure rate of a land data centre.",
        wording_zh: "水下数据中心的故障率仅为陆上数据中心的八分之一。",
        source: "natick2020",
        preset: "natick",
        design: &[],
        assumptions: &[],
        quantity: Quantity::Output("earth.failure_factor"),
        test: Test::AtMost(0.125),
        rule: "Hardware failure rate ≤ 1/8 of land's (8 of 855 servers failed: 95 % interval 0.054–0.246)",
        rule_zh: "硬件故障率 ≤ 陆上的1/8（855台服务器中8台故障：95 %区间0.054–0.246）",
        decider: Decider::Number("earth.failure_position"),
        details: &["earth.availability_pct", "earth.accelerators"],
        solve: None,
        expected_warnings: &[],
        chart: "cumulative",
    },
    Claim {
        id: "nuclear_12g",
        claimant: "Tech companies' nuclear power purchases (Microsoft–Constellation), with IPCC AR5's lifecycle median",
        claimant_zh: "科技公司的核电采购（微软–Constellation），IPCC AR5 全生命周期中位数",
        date: "2024-09",
        wording: "Data centres powered by nuclear plants run on electricity of about 12 gCO2e per kWh over the plant's life cycle.",
        wording_zh: "由核电站供电的数据中心，其电力的全生命周期排放约为每千瓦时12克二氧化碳当量。",
        source: "ipcc_ar5_lca",
        preset: "nuclear",
        design: &[],
        assumptions: &[],
        quantity: Quantity::Output("earth.grid_g_per_kwh"),
        test: Test::AtMost(15.0),
        rule: "Electricity ≤ 15 gCO2e/kWh (about 12)",
        rule_zh: "电力 ≤ 每千瓦时15克二氧化碳当量（约12）",
        decider: Decider::Choice("earth.alternative", "eu"),
        details: &["emissions.earth_g_per_kwh", "earth.pue"],
        solve: None,
        expected_warnings: &[],
        chart: "cumulative",
    },
];

/// Claim by id.
pub fn claim(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}

/// Ids unique and link-safe, sources resolve, wordings in both languages, thresholds finite
/// and ordered.
pub fn validate(errs: &mut Vec<String>) {
    for (n, c) in CLAIMS.iter().enumerate() {
        if c.id.is_empty()
            || !c
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            errs.push(format!("claim #{n}: id `{}` must be [a-z0-9_]+", c.id));
        }
        if CLAIMS[..n].iter().any(|d| d.id == c.id) {
            errs.push(format!("claim `{}`: duplicate id", c.id));
        }
        if super::source(c.source).is_none() {
            errs.push(format!(
                "claim `{}`: source `{}` does not resolve",
                c.id, c.source
            ));
        }
        for (what, text) in [
            ("claimant", c.claimant),
            ("claimant_zh", c.claimant_zh),
            ("chart", c.chart),
            ("date", c.date),
            ("wording", c.wording),
            ("wording_zh", c.wording_zh),
            ("rule", c.rule),
            ("rule_zh", c.rule_zh),
        ] {
            if text.trim().is_empty() {
                errs.push(format!("claim `{}`: empty {what}", c.id));
            }
        }
        if !c
            .wording_zh
            .chars()
            .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
        {
            errs.push(format!("claim `{}`: wording_zh has no Chinese", c.id));
        }
        if !c.preset.is_empty() && super::presets::preset(c.preset).is_none() {
            errs.push(format!("claim `{}`: preset `{}` unknown", c.id, c.preset));
        }
        let ok = match c.test {
            Test::AtMost(t) | Test::AtLeast(t) => t.is_finite(),
            Test::Between(a, b) => a.is_finite() && b.is_finite() && a < b,
        };
        if !ok {
            errs.push(format!(
                "claim `{}`: threshold not finite or not ordered",
                c.id
            ));
        }
    }
}
