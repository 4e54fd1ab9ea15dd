//! The analysis timeline: the horizon (one mission unless the user sets a longer one),
//! the replacement generations launched within it, and the IT energy delivered in each
//! of its years. Every lifecycle stage reads the horizon from here, and only here.

use super::basis::SystemBasis;
use super::inputs::TimelineInputs;
use super::units::{div, fin};
use super::warning::{Said, Warning};

/// The analysis timeline.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    /// Mission length, years.
    pub mission: f64,
    /// Analysis horizon, years.
    pub horizon: f64,
    /// Generations of the system launched within the horizon.
    pub generations: f64,
    /// IT energy delivered in each year of the horizon, kWh (last year partial).
    pub energy_by_year: Vec<f64>,
    /// Their sum, kWh.
    pub energy_kwh: f64,
    /// Accelerator-hours delivered over the horizon.
    pub accelerator_hours: f64,
    /// Calendar year of the horizon's year 0.
    pub start_year: f64,
}

/// The timeline stage.
pub fn assess(t: &TimelineInputs, b: &SystemBasis, w: &mut Vec<Warning>) -> Timeline {
    let mut mission = fin(b.mission_years);
    if mission < 0.01 {
        w.push(Warning::new(
            "workload.mission_years",
            Said::MissionTooShort,
        ));
        mission = 0.01;
    }
    let mut horizon = if t.horizon_years > 0.0 {
        let h = fin(t.horizon_years);
        // Above 0 and below 0.01 yr the horizon is no analysis at all (down to 1e-300 it
        // makes every per-kWh figure infinite): floored like the mission.
        if h < 0.01 {
            w.push(Warning::new(
                "lifecycle.horizon_years",
                Said::HorizonTooShort,
            ));
            0.01
        } else {
            h
        }
    } else {
        fin(b.horizon_years)
    };
    if horizon <= 0.0 {
        horizon = mission;
    }
    let horizon = horizon.min(200.0);
    let generations = (horizon / mission - 1e-9).ceil().max(1.0);
    let life_kwh = fin(b.it_energy_lifetime.kwh()).max(0.0);
    let rate = life_kwh / mission;
    let years = horizon.ceil().max(1.0) as usize;
    let shape =
        b.it_energy_by_year.len() == mission.round() as usize && mission >= 1.0 && life_kwh > 0.0;
    let mut energy_by_year = Vec::with_capacity(years);
    for y in 0..years {
        let weight = (horizon - y as f64).clamp(0.0, 1.0);
        let e = if shape {
            let k = ((y as f64) % mission).floor() as usize;
            let k = k.min(b.it_energy_by_year.len() - 1);
            fin(b.it_energy_by_year[k].kwh()).max(0.0)
        } else {
            rate
        };
        energy_by_year.push(e * weight);
    }
    let energy_kwh: f64 = energy_by_year.iter().sum();
    let accelerator_hours = fin(b.accelerator_hours_lifetime).max(0.0) * div(energy_kwh, life_kwh);
    Timeline {
        mission,
        horizon,
        generations,
        energy_by_year,
        energy_kwh,
        accelerator_hours,
        start_year: fin(t.start_year),
    }
}
