//! Workload: IT power of the installed accelerators and the compute actually
//! delivered over the mission after eclipse throttling, power shortfall,
//! unrepairable failures and radiation upsets.

use super::inputs::{WorkloadInputs, WorkloadMode};
use super::units::{Joules, Watts, SECONDS_PER_YEAR};
use crate::data::accelerators::Accelerator;

/// Installed IT power: accelerators × TDP × host overhead (full utilisation).
pub fn installed_it_power(w: &WorkloadInputs, a: &Accelerator) -> Watts {
    Watts(w.accelerators.max(0.0) * a.tdp_w.central * a.host_overhead.central)
}

/// Average IT draw while running: installed × (idle + (busy − idle) × utilisation),
/// where busy is 1 in training and the inference fraction of TDP in inference.
pub fn average_it_power(w: &WorkloadInputs, a: &Accelerator) -> Watts {
    let busy = match w.mode {
        WorkloadMode::Training => 1.0,
        WorkloadMode::Inference => w.inference_power_fraction,
    };
    let idle = w.idle_power_fraction * busy;
    installed_it_power(w, a) * (idle + (busy - idle) * w.utilization_fraction)
}

/// Interrupting radiation events per accelerator per year: dose × events per rad.
pub fn upsets_per_accelerator_year(a: &Accelerator, dose_rad_per_year: f64) -> f64 {
    dose_rad_per_year.max(0.0) * a.events_per_rad.central
}

/// Fraction of useful time left after upsets. Each event stops the unit that must
/// restart (the whole synchronous job in training, one server in inference) for the
/// recovery time τ; with Λ events per hour across that unit the renewal-process
/// efficiency is 1 ÷ (1 + Λτ). Meta's Llama 3 run (Λτ ≈ 0.1, >90 % effective) is the
/// terrestrial check of this form.
pub fn upset_efficiency(w: &WorkloadInputs, a: &Accelerator, dose_rad_per_year: f64) -> f64 {
    let unit = match w.mode {
        WorkloadMode::Training => w.job_accelerators.min(w.accelerators).max(1.0),
        WorkloadMode::Inference => a.per_server.min(w.accelerators).max(1.0),
    };
    let per_hour =
        upsets_per_accelerator_year(a, dose_rad_per_year) * unit / (SECONDS_PER_YEAR / 3600.0);
    1.0 / (1.0 + per_hour * w.recovery_h.max(0.0))
}

/// Workload results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkloadOutputs {
    pub accelerator_id: &'static str,
    /// Accelerators × TDP × host overhead.
    pub it_power_installed: Watts,
    /// Average IT draw at the chosen utilisation, before any derating.
    pub it_power_average: Watts,
    /// Peak dense throughput of the installation, FLOP/s.
    pub peak_flops: f64,
    /// Fraction of time compute runs given the eclipse strategy (1 with batteries).
    pub eclipse_fraction_running: f64,
    /// Mission-average fraction of the workload the array can power.
    pub power_fraction_mean: f64,
    /// Mission-average fraction of accelerators still working.
    pub survival_mean: f64,
    /// Fraction of hardware alive at end of life.
    pub survival_eol: f64,
    /// Interrupting upsets per accelerator-year and the resulting efficiency.
    pub upsets_per_accelerator_year: f64,
    pub upset_efficiency: f64,
    /// Delivered ÷ ideal (all derates combined, mission average).
    pub delivered_fraction: f64,
    pub it_energy_lifetime: Joules,
    pub it_energy_by_year: Vec<Joules>,
    pub accelerator_hours_lifetime: f64,
    pub flops_lifetime: f64,
}

#[cfg(test)]
mod tests;
