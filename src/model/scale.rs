//! Scale: a share of global data-centre demand (IEA) served from orbit with the current
//! design, in steady state (each system replaced at the end of its mission): mass and
//! launches per year, their emissions, and stratospheric black carbon against today's.

use super::basis::SystemBasis;
use super::earth::EarthOutputs;
use super::emissions::combustion::CombustionOutputs;
use super::inputs::{EmissionInputs, ScaleInputs};
use super::launch::LaunchOutputs;
use super::timeline::Timeline;
use super::units::{div, KgCo2e, Kilograms};
use crate::data::emission_indices::STRAT_FORCING;
use crate::data::grids::{DEMAND, LAUNCHES_2024};

/// Scale results (per year, steady state).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ScaleOutputs {
    /// Global data-centre electricity in the chosen year, TWh/yr.
    pub demand_twh: f64,
    /// IT energy moved to orbit, TWh/yr (facility share ÷ the Earth PUE).
    pub moved_it_twh: f64,
    /// Systems of the current design needed.
    pub systems: f64,
    pub mass_per_year: Kilograms,
    pub launches_per_year: f64,
    /// Launches per year ÷ the world's ~260 orbital launches in 2024.
    pub launches_vs_2024: f64,
    /// Launch CO2e per year (combustion and launcher manufacturing, chosen accounting).
    pub launch_co2e_per_year: KgCo2e,
    /// Black carbon emitted at 15–50 km per year.
    pub strat_bc_per_year: Kilograms,
    /// ÷ today's rocket BC in that layer (Brown et al. 2024: 0.28 Gg in 2019).
    pub strat_bc_vs_today: f64,
    /// Black carbon emitted above 50 km per year (no forcing per emission published).
    pub bc_above_per_year: Kilograms,
    /// Alumina emitted at 15–50 km per year.
    pub strat_al2o3_per_year: Kilograms,
    /// Instantaneous forcing sustained by BC and alumina at 15–50 km, mW/m².
    pub strat_forcing_mw_m2: f64,
}

/// The scale stage. `per_launch_co2e` is one launch's footprint (combustion and launcher
/// manufacturing) under the chosen accounting; `f` gives the forcing per emission.
#[allow(clippy::too_many_arguments)]
pub fn assess(
    s: &ScaleInputs,
    f: &EmissionInputs,
    b: &SystemBasis,
    t: &Timeline,
    l: &LaunchOutputs,
    em: &CombustionOutputs,
    e: &EarthOutputs,
    per_launch_co2e: KgCo2e,
) -> ScaleOutputs {
    let demand = DEMAND[s.year.min(DEMAND.len() - 1)].1.central;
    let share = (s.share_pct / 100.0).clamp(0.0, 1.0);
    let moved_it = demand * share / e.pue.max(1.0);
    let annual_kwh_per_system = div(b.it_energy_lifetime.kwh(), t.mission);
    let systems = div(moved_it * 1e9, annual_kwh_per_system);
    let mass = systems * div(l.mass_per_generation.get(), t.mission);
    let launches = div(mass, l.usable_payload.get());
    let bc = em.per_launch.stratosphere.bc.get();
    let al = em.per_launch.stratosphere.al2o3.get();
    let gg_yr = |kg: f64| launches * kg / 1e6;
    ScaleOutputs {
        demand_twh: demand,
        moved_it_twh: moved_it,
        systems,
        mass_per_year: Kilograms::new(mass),
        launches_per_year: launches,
        launches_vs_2024: div(launches, LAUNCHES_2024.central),
        launch_co2e_per_year: per_launch_co2e * launches,
        strat_bc_per_year: Kilograms::new(launches * bc),
        strat_bc_vs_today: div(launches * bc, STRAT_FORCING.bc_kg_yr.central),
        bc_above_per_year: Kilograms::new(launches * em.per_launch.above.bc.get()),
        strat_al2o3_per_year: Kilograms::new(launches * al),
        strat_forcing_mw_m2: gg_yr(bc) * f.bc_forcing_mw_m2_per_gg_yr
            + gg_yr(al) * f.al2o3_forcing_mw_m2_per_gg_yr,
    }
}
