//! Workload: IT power of the installed accelerators (and any hot spares) and the compute
//! actually delivered over the mission after eclipse throttling, power shortfall,
//! unrepairable failures and radiation upsets ([`reliability`]).

pub mod reliability;

use super::basis::Mission;
use super::environment::EnvironmentOutputs;
use super::inputs::{WorkloadInputs, WorkloadMode};
use super::power::PowerOutputs;
use super::solar::{self, SolarOutputs};
use super::units::{Joules, Watts, SECONDS_PER_YEAR};
use crate::data::accelerators::{accelerator, Accelerator};
use reliability::{SeeRates, UsefulTime};

/// The workload's electrical draw: what the power stage sizes for.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Draw {
    /// Working accelerators × TDP × host overhead, plus the hot spares idling.
    pub installed: Watts,
    /// Draw while busy: installed in training, × the inference fraction in inference
    /// (spares idle either way).
    pub busy: Watts,
    /// Average draw at the chosen utilisation.
    pub average: Watts,
    /// Accelerators carried: the working ones and the hot spares.
    pub accelerators_carried: f64,
    /// Highest die temperature of the accelerator, °C (the radiator runs below it).
    pub max_die_c: f64,
}

/// Busy draw ÷ installed IT power of the working accelerators.
pub fn busy_fraction(w: &WorkloadInputs) -> f64 {
    match w.mode {
        WorkloadMode::Training => 1.0,
        WorkloadMode::Inference => w.inference_power_fraction,
    }
}

/// Hot spares, accelerators.
pub fn spares(w: &WorkloadInputs) -> f64 {
    w.accelerators.max(0.0) * w.hot_spare_pct.max(0.0) / 100.0
}

/// The workload's draw (the first half of the workload stage, before power is sized).
pub fn draw(w: &WorkloadInputs) -> Draw {
    let a = accelerator(w.accelerator);
    let working = installed_it_power(w, a);
    let per_accelerator = a.tdp_w.central * a.host_overhead.central;
    let spare_idle =
        Watts::new(spares(w) * per_accelerator * w.idle_power_fraction * busy_fraction(w));
    Draw {
        installed: working + spare_idle,
        busy: working * busy_fraction(w) + spare_idle,
        average: average_it_power(w, a) + spare_idle,
        accelerators_carried: w.accelerators.max(0.0) + spares(w),
        max_die_c: a.max_die_c.central,
    }
}

/// Installed IT power of the working accelerators: accelerators × TDP × host overhead.
pub fn installed_it_power(w: &WorkloadInputs, a: &Accelerator) -> Watts {
    Watts::new(w.accelerators.max(0.0) * a.tdp_w.central * a.host_overhead.central)
}

/// Average IT draw while running: installed × (idle + (busy − idle) × utilisation),
/// where busy is 1 in training and the inference fraction of TDP in inference.
pub fn average_it_power(w: &WorkloadInputs, a: &Accelerator) -> Watts {
    let busy = busy_fraction(w);
    let idle = w.idle_power_fraction * busy;
    installed_it_power(w, a) * (idle + (busy - idle) * w.utilization_fraction)
}

/// Upsets per class at the orbit's dose (scaled), and the useful time they leave in
/// training and in inference.
pub fn upsets(
    w: &WorkloadInputs,
    a: &Accelerator,
    dose_rad_per_year: f64,
) -> (SeeRates, UsefulTime, UsefulTime) {
    let r = reliability::see_rates(w, a, dose_rad_per_year);
    (
        r,
        reliability::training(w, &r, a.per_server),
        reliability::inference(w, &r, a.per_server),
    )
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
    /// Upsets per accelerator-year by class (host events shared among a host's accelerators).
    pub rates: SeeRates,
    /// Every upset per accelerator-year.
    pub upsets_per_accelerator_year: f64,
    /// Accelerators per host server (host events are shared among them).
    pub per_server: f64,
    /// Useful time left after upsets in training (one synchronous job) and in inference.
    pub training: UsefulTime,
    pub inference: UsefulTime,
    /// The chosen mode's useful time.
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
    let (rates, training, inference) = upsets(w, a, env.dose_rad_per_year);
    let upset_eff = match w.mode {
        WorkloadMode::Training => training.fraction,
        WorkloadMode::Inference => inference.fraction,
    };
    let fail = w.failure_rate_fraction;
    // Spares idle: they draw power but deliver no compute.
    let useful_average = average_it_power(w, a);
    let mut by_year = Vec::with_capacity(n_years);
    let (mut energy, mut hours, mut phi_sum, mut surv_sum) = (0.0, 0.0, 0.0, 0.0);
    let year_means = (0..n_years)
        .zip(solar::YearMeans::new(fail))
        .zip(solar::YearMeans::new(deg));
    for ((k, survival), degradation) in year_means {
        let wk = mission.year_weight(k);
        let available = solar.power_bol * degradation;
        // Failed hardware draws nothing, so the array serves the survivors first.
        let need = required.get() * survival;
        let phi = if need > 0.0 {
            (available.get() / need).min(1.0)
        } else {
            1.0
        };
        let derate = survival * phi * running * upset_eff;
        let ek = useful_average.get() * derate * SECONDS_PER_YEAR * wk;
        by_year.push(Joules::new(ek));
        energy += ek;
        hours +=
            w.accelerators * w.utilization_fraction * derate * (SECONDS_PER_YEAR / 3600.0) * wk;
        phi_sum += phi * wk;
        surv_sum += survival * wk;
    }
    let y = years.max(1e-9);
    let ideal = useful_average.get() * SECONDS_PER_YEAR * y;
    WorkloadOutputs {
        accelerator_id: a.id,
        it_power_installed: draw.installed,
        it_power_average: draw.average,
        peak_flops: w.accelerators * a.peak_flops.central,
        eclipse_fraction_running: running,
        power_fraction_mean: phi_sum / y,
        survival_mean: surv_sum / y,
        survival_eol: solar::degradation_factor(fail, years),
        rates,
        upsets_per_accelerator_year: rates.per_accelerator(a.per_server),
        per_server: a.per_server,
        training,
        inference,
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
