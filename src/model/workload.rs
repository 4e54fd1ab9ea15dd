//! Workload: IT power of the installed accelerators and the compute actually
//! delivered over the mission after eclipse throttling, power shortfall,
//! unrepairable failures and radiation upsets.

use super::basis::Mission;
use super::environment::EnvironmentOutputs;
use super::inputs::{WorkloadInputs, WorkloadMode};
use super::power::PowerOutputs;
use super::solar::{self, SolarOutputs};
use super::units::{Joules, Watts, SECONDS_PER_YEAR};
use crate::data::accelerators::{accelerator, Accelerator};

/// The workload's electrical draw: what the power stage sizes for.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Draw {
    /// Accelerators × TDP × host overhead.
    pub installed: Watts,
    /// Draw while busy: installed in training, × the inference fraction in inference.
    pub busy: Watts,
    /// Average draw at the chosen utilisation.
    pub average: Watts,
}

/// Busy draw ÷ installed IT power.
pub fn busy_fraction(w: &WorkloadInputs) -> f64 {
    match w.mode {
        WorkloadMode::Training => 1.0,
        WorkloadMode::Inference => w.inference_power_fraction,
    }
}

/// The workload's draw (the first half of the workload stage, before power is sized).
pub fn draw(w: &WorkloadInputs) -> Draw {
    let a = accelerator(w.accelerator);
    let installed = installed_it_power(w, a);
    Draw {
        installed,
        busy: installed * busy_fraction(w),
        average: average_it_power(w, a),
    }
}

/// Installed IT power: accelerators × TDP × host overhead (full utilisation).
pub fn installed_it_power(w: &WorkloadInputs, a: &Accelerator) -> Watts {
    Watts::new(w.accelerators.max(0.0) * a.tdp_w.central * a.host_overhead.central)
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

/// The workload stage: compute delivered in each mission year after eclipse throttling,
/// the array's shortfall as it degrades, unrepairable failures and radiation upsets.
pub fn assess(
    w: &WorkloadInputs,
    draw: &Draw,
    solar: &SolarOutputs,
    power: &PowerOutputs,
    env: &EnvironmentOutputs,
    mission: &Mission,
) -> WorkloadOutputs {
    let a = accelerator(w.accelerator);
    let (years, n_years) = (mission.years, mission.n_years);
    let required = power.required_array_power;
    let running = power.running_fraction;
    let deg = solar.degradation_per_year;
    let upsets = upsets_per_accelerator_year(a, env.dose_rad_per_year);
    let upset_eff = upset_efficiency(w, a, env.dose_rad_per_year);
    let fail = w.failure_rate_fraction;
    let mut by_year = Vec::with_capacity(n_years);
    let (mut energy, mut hours, mut phi_sum, mut surv_sum) = (0.0, 0.0, 0.0, 0.0);
    for k in 0..n_years {
        let wk = mission.year_weight(k);
        let survival = solar::mean_survival_in_year(fail, k);
        let available = solar.power_bol * solar::mean_degradation_in_year(deg, k);
        // Failed hardware draws nothing, so the array serves the survivors first.
        let need = required.get() * survival;
        let phi = if need > 0.0 {
            (available.get() / need).min(1.0)
        } else {
            1.0
        };
        let derate = survival * phi * running * upset_eff;
        let ek = draw.average.get() * derate * SECONDS_PER_YEAR * wk;
        by_year.push(Joules::new(ek));
        energy += ek;
        hours +=
            w.accelerators * w.utilization_fraction * derate * (SECONDS_PER_YEAR / 3600.0) * wk;
        phi_sum += phi * wk;
        surv_sum += survival * wk;
    }
    let y = years.max(1e-9);
    let ideal = draw.average.get() * SECONDS_PER_YEAR * y;
    WorkloadOutputs {
        accelerator_id: a.id,
        it_power_installed: draw.installed,
        it_power_average: draw.average,
        peak_flops: w.accelerators * a.peak_flops.central,
        eclipse_fraction_running: running,
        power_fraction_mean: phi_sum / y,
        survival_mean: surv_sum / y,
        survival_eol: solar::degradation_factor(fail, years),
        upsets_per_accelerator_year: upsets,
        upset_efficiency: upset_eff,
        delivered_fraction: if ideal > 0.0 { energy / ideal } else { 0.0 },
        it_energy_lifetime: Joules::new(energy),
        it_energy_by_year: by_year,
        accelerator_hours_lifetime: hours,
        flops_lifetime: hours * 3600.0 * a.peak_flops.central,
    }
}

#[cfg(test)]
mod tests;
