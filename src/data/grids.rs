//! Earth alternatives (grid regions, nuclear, on-site solar + battery, gas, underwater)
//! and the demand context for the scale verdict.

use super::Cited;

/// One Earth alternative delivering the same IT energy and accelerator-hours.
#[derive(Clone, Copy, Debug)]
pub struct Alternative {
    pub id: &'static str,
    pub name: &'static str,
    /// How a sentence names it ("a data centre on the world-average grid"): the verdict's
    /// "the same compute in {phrase}".
    pub phrase: &'static str,
    /// Lifecycle carbon intensity of the electricity, gCO2e/kWh (location-based).
    pub intensity: Cited,
    pub pue: Cited,
    /// Site water use per kWh of IT energy, L/kWh.
    pub wue: Cited,
    /// Building embodied carbon, kgCO2e per kW of IT power.
    pub building: Cited,
    /// Land, m² per kW of IT power (building and campus).
    pub land: Cited,
    /// Extra land for dedicated generation, m² per kW of facility load (solar farm), else 0.
    pub generation_land: Cited,
    /// Facility capex excluding IT hardware, USD per W of IT power.
    pub capex: Cited,
    /// Electricity price, USD/kWh.
    pub price: Cited,
    /// Hardware failure-rate multiplier vs land (Natick: one-eighth).
    pub failure_factor: Cited,
    /// A public grid, whose intensity follows the chosen trajectory (dedicated supplies stay flat).
    pub grid: bool,
}

/// A new AI-class facility (Microsoft's newest designs, 1.12); low Google's fleet 1.10, high the
/// industry fleet average 1.56 (Uptime 2024).
const PUE: Cited = Cited::range(1.10, 1.12, 1.56, "microsoft_pue2022");
const WUE: Cited = Cited::range(0.36, 0.36, 0.49, "lbnl2024");
const BUILDING: Cited = Cited::range(500.0, 1_000.0, 2_000.0, "assume.building_embodied");
const LAND: Cited = Cited::range(2.0, 4.0, 8.0, "assume.dc_land");
const NO_LAND: Cited = Cited::one(0.0, "assume.dc_land");
const CAPEX: Cited = Cited::range(7.0, 11.0, 15.0, "dc_capex");
const PRICE: Cited = Cited::range(0.04, 0.0977, 0.25, "eia_price");
const ONE: Cited = Cited::one(1.0, "natick2020");

const fn grid(
    id: &'static str,
    name: &'static str,
    phrase: &'static str,
    intensity: Cited,
) -> Alternative {
    Alternative {
        id,
        name,
        phrase,
        intensity,
        pue: PUE,
        wue: WUE,
        building: BUILDING,
        land: LAND,
        generation_land: NO_LAND,
        capex: CAPEX,
        price: PRICE,
        failure_factor: ONE,
        grid: true,
    }
}

/// The catalogue; index = option index of `earth.alternative`.
pub static ALTERNATIVES: &[Alternative] = &[
    grid(
        "world",
        "Grid: world average",
        "a data centre on the world-average grid",
        Cited::range(472.94, 472.94, 481.0, "ember2024"),
    ),
    grid(
        "us",
        "Grid: United States",
        "a data centre on the US grid",
        Cited::one(383.55, "ember2024"),
    ),
    grid(
        "eu",
        "Grid: EU-27",
        "a data centre on the EU-27 grid",
        Cited::one(213.02, "ember2024"),
    ),
    grid(
        "cn",
        "Grid: China",
        "a data centre on China's grid",
        Cited::range(557.5, 557.5, 582.0, "ember2024"),
    ),
    grid(
        "in",
        "Grid: India",
        "a data centre on India's grid",
        Cited::range(708.96, 708.96, 713.0, "ember2024"),
    ),
    grid(
        "de",
        "Grid: Germany",
        "a data centre on Germany's grid",
        Cited::range(342.06, 342.06, 381.0, "ember2024"),
    ),
    grid(
        "fr",
        "Grid: France",
        "a data centre on France's grid",
        Cited::range(44.18, 44.18, 56.0, "ember2024"),
    ),
    grid(
        "uk",
        "Grid: United Kingdom",
        "a data centre on the UK's grid",
        Cited::one(215.79, "ember2024"),
    ),
    grid(
        "ie",
        "Grid: Ireland",
        "a data centre on Ireland's grid",
        Cited::range(279.79, 279.79, 291.0, "ember2024"),
    ),
    // Mean of Norway 30.75, Sweden 35.89, Finland 72.25 [derived].
    grid(
        "nordics",
        "Grid: Nordics (NO/SE/FI mean)",
        "a data centre on the Nordic grids (Norway, Sweden, Finland)",
        Cited::range(30.75, 46.3, 72.25, "ember2024"),
    ),
    grid(
        "ca",
        "Grid: Canada",
        "a data centre on Canada's grid",
        Cited::range(170.0, 184.99, 184.99, "ember2024"),
    ),
    Alternative {
        id: "nuclear",
        name: "Nuclear PPA (e.g. Crane / TMI-1, 835 MW)",
        phrase: "a data centre on nuclear power",
        intensity: Cited::one(12.0, "ipcc_ar5_lca"),
        price: Cited::range(0.08, 0.10, 0.13, "assume.nuclear_price"),
        grid: false,
        ..grid("", "", "", Cited::one(0.0, "ipcc_ar5_lca"))
    },
    Alternative {
        id: "solar",
        name: "On-site solar + battery (Ohs et al. comparator)",
        phrase: "a data centre on its own solar panels and batteries",
        intensity: Cited::one(34.0, "ohs2025"),
        // NREL: ~7.3 acres per MWac total area = 29.5 m²/kWac, at the 24 % US median capacity factor
        // (Starcloud WP) → 29.5 / 0.24 = 123 m² per kW of continuous load [derived].
        generation_land: Cited::range(100.0, 123.0, 150.0, "nrel_land2013"),
        grid: false,
        ..grid("", "", "", Cited::one(0.0, "ohs2025"))
    },
    Alternative {
        id: "gas",
        name: "Gas-fired plant (CCGT; McCalip's comparator)",
        phrase: "a data centre on a gas-fired plant",
        intensity: Cited::range(486.0, 490.0, 490.0, "ipcc_ar5_lca"),
        grid: false,
        ..grid("", "", "", Cited::one(0.0, "ipcc_ar5_lca"))
    },
    Alternative {
        id: "natick",
        name: "Underwater (Microsoft Natick, Orkney renewables)",
        phrase: "an underwater data centre (Natick) on Orkney's renewables",
        // Orkney's grid is wind/tidal/solar: onshore wind lifecycle 11 g/kWh (IPCC AR5).
        intensity: Cited::range(11.0, 11.0, 48.0, "ipcc_ar5_lca"),
        pue: Cited::range(1.03, 1.07, 1.10, "assume.natick_pue"),
        wue: Cited::one(0.0, "natick2020"),
        land: Cited::one(0.0, "natick2020"),
        // 8 of 855 servers failed: the exact Poisson 95 % interval on 8 events is 3.45–15.76,
        // × 1/8 = 0.054–0.246 [derived] (land's count taken as exact).
        failure_factor: Cited::range(0.054, 0.125, 0.246, "natick2020"),
        grid: false,
        ..grid("", "", "", Cited::one(0.0, "natick2020"))
    },
];

/// Option `n` of the `earth.alternative` choice.
pub fn alternative_option(n: usize) -> Option<(&'static str, &'static str)> {
    ALTERNATIVES.get(n).map(|a| (a.id, a.name))
}

/// Alternative by id.
pub fn alternative(id: &str) -> Option<&'static Alternative> {
    ALTERNATIVES.iter().find(|a| a.id == id)
}

/// Global data-centre electricity, TWh/yr: (year, value); index = option of `scale.year`.
pub static DEMAND: &[(&str, Cited)] = &[
    ("2024", Cited::one(415.0, "iea_energy_ai")),
    ("2030", Cited::one(945.0, "iea_energy_ai")),
];

/// Grid trajectories. The catalogue's lifecycle intensities are for `GRID_DATA_YEAR`; over the
/// years, only their part above `GRID_FLOOR_G_PER_KWH` (the lifecycle of the low-carbon plants
/// that remain) falls: by `STEPS_DECLINE_PER_YEAR` a year under stated policies (IEA's forecast
/// for 2025–2027, 445 → 400 gCO2/kWh globally, extended at the same rate and applied to every
/// region: `assume.grid_trajectories`), or linearly to zero by `NZE_YEAR` (IEA Net Zero).
pub const GRID_DATA_YEAR: f64 = 2024.0;
pub const STEPS_DECLINE_PER_YEAR: Cited = Cited::one(0.036, "iea_electricity2025");
pub const NZE_YEAR: Cited = Cited::one(2040.0, "iea_nze2021");
pub const GRID_FLOOR_G_PER_KWH: Cited = Cited::one(12.0, "ipcc_ar5_lca");

/// Unexpected interruptions of a synchronous training job on Earth, per accelerator-hour: Meta's
/// Llama 3 run, 419 in 54 days on 16,384 H100s [derived: 419 ÷ (16,384 × 54 × 24 h) = 1.97e-5].
/// Failed parts are swapped (repairs), so each costs the job only its restart.
pub const EARTH_INTERRUPTIONS_PER_ACCEL_HOUR: Cited =
    Cited::one(419.0 / (16_384.0 * 54.0 * 24.0), "meta_llama3");

/// Orbital launch attempts worldwide in 2024.
pub const LAUNCHES_2024: Cited = Cited::range(250.0, 260.0, 263.0, "launches2024");

/// Option `n` of the `scale.year` choice.
pub fn demand_option(n: usize) -> Option<(&'static str, &'static str)> {
    DEMAND.get(n).map(|(y, _)| (*y, *y))
}

/// Catalogue checks.
pub fn validate(errs: &mut Vec<String>) {
    for a in ALTERNATIVES {
        for c in [
            a.intensity,
            a.pue,
            a.wue,
            a.building,
            a.land,
            a.generation_land,
            a.capex,
            a.price,
            a.failure_factor,
        ] {
            super::check_cited(a.id, &c, errs);
        }
        if a.pue.low < 1.0 {
            errs.push(format!("{}: PUE below 1", a.id));
        }
    }
    for (y, c) in DEMAND {
        super::check_cited(y, c, errs);
    }
    super::check_cited("launches_2024", &LAUNCHES_2024, errs);
    super::check_cited("steps_decline", &STEPS_DECLINE_PER_YEAR, errs);
    super::check_cited("nze_year", &NZE_YEAR, errs);
    super::check_cited("grid_floor", &GRID_FLOOR_G_PER_KWH, errs);
    super::check_cited(
        "earth_interruptions",
        &EARTH_INTERRUPTIONS_PER_ACCEL_HOUR,
        errs,
    );
}
