//! Accelerators (and a CPU server, and the Three-Body constellation's computer) as
//! installed: power, host overhead, peak throughput, embodied carbon, price, and what the
//! radiation model needs: HBM capacity, the share of the TPU v6e's logic upset rates,
//! accelerators per host and the die's temperature limit, each cited.

use super::{check_cited, Cited};

/// One accelerator type; quantities are per accelerator as installed.
#[derive(Clone, Copy, Debug)]
pub struct Accelerator {
    /// Stable id (scenario files, URLs, the emission stages' lookups).
    pub id: &'static str,
    pub label: &'static str,
    /// Thermal design power of the accelerator alone (W).
    pub tdp_w: Cited,
    /// Server power ÷ accelerator power (host CPUs, memory, network, fans).
    pub host_overhead: Cited,
    /// Peak dense throughput (FLOP/s; BF16 for accelerators, FP32 for the CPU server,
    /// INT8 operations for the Three-Body computer, as published).
    pub peak_flops: Cited,
    /// Embodied carbon per accelerator (kgCO2e; scope in the source note).
    pub embodied_kgco2e: Cited,
    /// Price per accelerator (USD).
    pub price_usd: Cited,
    /// High-bandwidth memory per accelerator (GB): HBM upsets scale with it
    /// (rule `assume.see_rules`).
    pub hbm_gb: Cited,
    /// Silent-data-corruption and functional-interrupt rates of the accelerator's logic
    /// ÷ the TPU v6e's, per chip (`assume.see_rules`; 0 where the part has no accelerator).
    pub logic_see: Cited,
    /// Accelerators per host server: host CPU and memory upsets are counted per host.
    pub per_server: f64,
    /// Highest die (junction) temperature in operation, °C: the radiator runs below it
    /// by the loop's temperature drop.
    pub max_die_c: Cited,
}

/// HBM capacity of the TPU v6e, the chip Suncatcher's upset rates were measured on (GB).
pub const SEE_REFERENCE_HBM_GB: Cited = Cited::one(32.0, "tpu_v6e");

/// The catalogue; index = registry option index.
pub static ACCELERATORS: &[Accelerator] = &[
    Accelerator {
        id: "h100",
        label: "NVIDIA H100 SXM",
        tdp_w: Cited::one(700.0, "h100_tdp"),
        host_overhead: Cited::one(1.82, "dgx_h100"),
        peak_flops: Cited::one(989.4e12, "lockwood_h100"),
        embodied_kgco2e: Cited::one(164.0, "nvidia_pcf"),
        price_usd: Cited::range(25_000.0, 30_000.0, 40_000.0, "assume.accel_price"),
        hbm_gb: Cited::one(80.0, "h100_hbm"),
        logic_see: Cited::one(1.0, "assume.see_rules"),
        per_server: 8.0,
        max_die_c: Cited::range(85.0, 90.0, 95.0, "assume.die_limit"),
    },
    Accelerator {
        id: "b200",
        label: "NVIDIA B200",
        tdp_w: Cited::one(1_000.0, "b200_power"),
        host_overhead: Cited::one(1.82, "dgx_h100"),
        peak_flops: Cited::one(2_276e12, "nvidia_b200_blog"),
        embodied_kgco2e: Cited::one(284.0, "nvidia_pcf"),
        price_usd: Cited::range(30_000.0, 40_000.0, 50_000.0, "assume.accel_price"),
        hbm_gb: Cited::one(180.0, "nvidia_b200_blog"),
        logic_see: Cited::one(1.0, "assume.see_rules"),
        per_server: 8.0,
        max_die_c: Cited::range(85.0, 90.0, 95.0, "assume.die_limit"),
    },
    Accelerator {
        id: "tpu",
        label: "TPU v6e class",
        tdp_w: Cited::range(200.0, 300.0, 400.0, "assume.tpu"),
        host_overhead: Cited::one(1.8, "assume.tpu"),
        peak_flops: Cited::one(918e12, "tpu_v6e"),
        embodied_kgco2e: Cited::one(120.0, "assume.tpu"),
        price_usd: Cited::range(10_000.0, 15_000.0, 20_000.0, "assume.accel_price"),
        hbm_gb: Cited::one(32.0, "tpu_v6e"),
        logic_see: Cited::one(1.0, "suncatcher_rad"),
        per_server: 4.0,
        max_die_c: Cited::range(85.0, 90.0, 95.0, "assume.die_limit"),
    },
    Accelerator {
        id: "cpu",
        label: "Generic 2-socket CPU server",
        tdp_w: Cited::one(500.0, "assume.cpu_server"),
        host_overhead: Cited::one(1.0, "assume.cpu_server"),
        peak_flops: Cited::one(4e12, "assume.cpu_server"),
        embodied_kgco2e: Cited::range(2_181.0, 3_000.0, 3_880.0, "dell_r750_lca"),
        price_usd: Cited::range(10_000.0, 15_000.0, 25_000.0, "assume.accel_price"),
        hbm_gb: Cited::one(0.0, "assume.cpu_server"),
        logic_see: Cited::one(0.0, "assume.cpu_server"),
        per_server: 1.0,
        max_die_c: Cited::range(85.0, 90.0, 95.0, "assume.die_limit"),
    },
    Accelerator {
        id: "threebody",
        label: "Three-Body constellation computer (744 TOPS)",
        tdp_w: Cited::range(100.0, 200.0, 400.0, "assume.threebody_node"),
        host_overhead: Cited::one(1.0, "assume.threebody_node"),
        peak_flops: Cited::one(744e12, "threebody"),
        embodied_kgco2e: Cited::one(120.0, "assume.threebody_node"),
        price_usd: Cited::range(10_000.0, 20_000.0, 50_000.0, "assume.threebody_node"),
        hbm_gb: Cited::one(0.0, "assume.threebody_node"),
        logic_see: Cited::range(0.5, 1.0, 2.0, "assume.threebody_node"),
        per_server: 1.0,
        max_die_c: Cited::range(85.0, 90.0, 95.0, "assume.die_limit"),
    },
];

/// The accelerator at registry index `n` (the first one when out of range).
pub fn accelerator(n: usize) -> &'static Accelerator {
    ACCELERATORS.get(n).unwrap_or(&ACCELERATORS[0])
}

/// Registry option `n` as (id, label).
pub fn accelerator_option(n: usize) -> Option<(&'static str, &'static str)> {
    ACCELERATORS.get(n).map(|a| (a.id, a.label))
}

/// Every cited value of the catalogue is finite, ordered and resolves.
pub fn validate(errs: &mut Vec<String>) {
    check_cited("SEE_REFERENCE_HBM_GB", &SEE_REFERENCE_HBM_GB, errs);
    for a in ACCELERATORS {
        for (what, v) in [
            ("tdp_w", &a.tdp_w),
            ("host_overhead", &a.host_overhead),
            ("peak_flops", &a.peak_flops),
            ("embodied_kgco2e", &a.embodied_kgco2e),
            ("price_usd", &a.price_usd),
            ("hbm_gb", &a.hbm_gb),
            ("logic_see", &a.logic_see),
            ("max_die_c", &a.max_die_c),
        ] {
            check_cited(&format!("accelerator {}.{what}", a.id), v, errs);
        }
        if a.per_server.is_nan() || a.per_server < 1.0 {
            errs.push(format!("accelerator {}: per_server must be ≥ 1", a.id));
        }
    }
}
