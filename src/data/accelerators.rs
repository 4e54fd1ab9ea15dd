//! Accelerators (and a CPU server) as installed in a data centre: power, host
//! overhead, peak throughput, installed mass, embodied carbon, price and the rate of
//! radiation-induced interrupting events, each cited.

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
    /// Peak dense throughput (FLOP/s; BF16 for accelerators, FP32 for the CPU server).
    pub peak_flops: Cited,
    /// Installed mass per accelerator including its share of the server (kg).
    pub installed_mass_kg: Cited,
    /// Embodied carbon per accelerator (kgCO2e; scope in the source note).
    pub embodied_kgco2e: Cited,
    /// Price per accelerator (USD).
    pub price_usd: Cited,
    /// Interrupting single-event effects per rad(Si) of dose, per accelerator and host share.
    pub events_per_rad: Cited,
    /// Accelerators per server, the unit that restarts after an upset in inference.
    pub per_server: f64,
}

/// The catalogue; index = registry option index.
pub static ACCELERATORS: &[Accelerator] = &[
    Accelerator {
        id: "h100",
        label: "NVIDIA H100 SXM",
        tdp_w: Cited::one(700.0, "h100_tdp"),
        host_overhead: Cited::one(1.82, "dgx_h100"),
        peak_flops: Cited::one(989.4e12, "lockwood_h100"),
        installed_mass_kg: Cited::one(16.3, "dgx_h100"),
        embodied_kgco2e: Cited::one(164.0, "nvidia_pcf"),
        price_usd: Cited::range(25_000.0, 30_000.0, 40_000.0, "assume.accel_price"),
        events_per_rad: Cited::one(0.0277, "assume.gpu_see"),
        per_server: 8.0,
    },
    Accelerator {
        id: "b200",
        label: "NVIDIA B200",
        tdp_w: Cited::one(1_000.0, "b200_power"),
        host_overhead: Cited::one(1.82, "dgx_h100"),
        peak_flops: Cited::one(2_276e12, "nvidia_b200_blog"),
        installed_mass_kg: Cited::one(16.3, "assume.accel_mass"),
        embodied_kgco2e: Cited::one(284.0, "nvidia_pcf"),
        price_usd: Cited::range(30_000.0, 40_000.0, 50_000.0, "assume.accel_price"),
        events_per_rad: Cited::one(0.0277, "assume.gpu_see"),
        per_server: 8.0,
    },
    Accelerator {
        id: "tpu",
        label: "TPU v6e class",
        tdp_w: Cited::range(200.0, 300.0, 400.0, "assume.tpu"),
        host_overhead: Cited::one(1.8, "assume.tpu"),
        peak_flops: Cited::one(918e12, "tpu_v6e"),
        installed_mass_kg: Cited::one(10.0, "assume.tpu"),
        embodied_kgco2e: Cited::one(120.0, "assume.tpu"),
        price_usd: Cited::range(10_000.0, 15_000.0, 20_000.0, "assume.accel_price"),
        events_per_rad: Cited::one(0.0277, "suncatcher_rad"),
        per_server: 4.0,
    },
    Accelerator {
        id: "cpu",
        label: "Generic 2-socket CPU server",
        tdp_w: Cited::one(500.0, "assume.cpu_server"),
        host_overhead: Cited::one(1.0, "assume.cpu_server"),
        peak_flops: Cited::one(4e12, "assume.cpu_server"),
        installed_mass_kg: Cited::one(25.0, "assume.cpu_server"),
        embodied_kgco2e: Cited::range(2_181.0, 3_000.0, 3_880.0, "dell_r750_lca"),
        price_usd: Cited::range(10_000.0, 15_000.0, 25_000.0, "assume.accel_price"),
        events_per_rad: Cited::one(0.0047, "assume.cpu_server"),
        per_server: 1.0,
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
    for a in ACCELERATORS {
        for (what, v) in [
            ("tdp_w", &a.tdp_w),
            ("host_overhead", &a.host_overhead),
            ("peak_flops", &a.peak_flops),
            ("installed_mass_kg", &a.installed_mass_kg),
            ("embodied_kgco2e", &a.embodied_kgco2e),
            ("price_usd", &a.price_usd),
            ("events_per_rad", &a.events_per_rad),
        ] {
            check_cited(&format!("accelerator {}.{what}", a.id), v, errs);
        }
    }
}
