//! Re-entry at end of life: satellites (each generation) and the upper stages that
//! re-enter (each launch). Alumina = aluminium fraction × ablation degree × mass; NOx per
//! kg; BC per kg (Barker et al. 2024).
//!
//! CO2e: none under CO2-only and the three non-CO2 accountings (re-entry ablates above 50 km,
//! where no published forcing per emission applies; `assume.reentry_nonco2`: the masses are
//! reported on their own); under Ohs et al.'s published method, NOx × 298 (the GWP100 of N2O
//! applied to NOx, which is not a greenhouse gas of that kind: flagged).

use super::{Accounts, Species};
use crate::data::emission_indices::{OHS_NOX_GWP, REENTRY};
use crate::data::vehicles::Vehicle;
use crate::model::basis::SystemBasis;
use crate::model::launch::LaunchOutputs;
use crate::model::timeline::Timeline;
use crate::model::units::{KgCo2e, Kilograms};

/// Re-entry results (over the horizon).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ReentryOutputs {
    /// Satellite mass re-entering (all generations; station-keeping propellant excluded: it is burnt).
    pub satellite_mass: Kilograms,
    /// Upper-stage mass re-entering (all launches).
    pub upper_mass: Kilograms,
    /// Species from satellites plus upper stages.
    pub species: Species,
    /// CO2e of satellites plus upper stages under every accounting.
    pub co2e: Accounts,
    /// The upper-stage part of `co2e`.
    pub upper_co2e: Accounts,
    /// Ohs et al. treatment per launch (upper stage only), and per kg of satellite (0.4 × 298 = 119.2).
    pub co2e_ohs_per_launch: KgCo2e,
    pub ohs_kg_per_kg_satellite: f64,
}

fn accounts(nox: f64) -> Accounts {
    Accounts {
        ohs: KgCo2e::new(nox * OHS_NOX_GWP.central),
        ..Accounts::default()
    }
}

/// Re-entering upper-stage mass per launch, kg.
pub fn upper_mass_per_launch(v: &Vehicle) -> f64 {
    v.stages
        .iter()
        .filter(|s| s.reenters)
        .map(|s| s.count * s.dry_kg)
        .sum()
}

/// The re-entry stage: satellites at the end of each generation, upper stages at each launch.
pub fn assess(v: &Vehicle, b: &SystemBasis, l: &LaunchOutputs, t: &Timeline) -> ReentryOutputs {
    let r = &REENTRY;
    let sat = (b.mass.total().get() - b.mass.propellant.get()).max(0.0) * t.generations;
    let sat = if sat.is_finite() { sat } else { 0.0 };
    let upper_one = upper_mass_per_launch(v);
    let upper = upper_one * l.launches;
    let s_al = sat * r.al_payload.central * r.ablation_payload.central;
    let u_al = upper * r.al_stage.central * r.ablation_upper.central;
    let s_bc = sat * r.bc_payload.central;
    let u_bc = upper * r.bc_upper.central;
    let species = Species {
        nox: Kilograms::new((sat + upper) * r.nox.central),
        al2o3: Kilograms::new(s_al + u_al),
        bc: Kilograms::new(s_bc + u_bc),
        ..Species::default()
    };
    let upper_co2e = accounts(upper * r.nox.central);
    let sat_co2e = accounts(sat * r.nox.central);
    ReentryOutputs {
        satellite_mass: Kilograms::new(sat),
        upper_mass: Kilograms::new(upper),
        species,
        co2e: sat_co2e.plus(&upper_co2e),
        upper_co2e,
        co2e_ohs_per_launch: KgCo2e::new(upper_one * r.nox.central * OHS_NOX_GWP.central),
        ohs_kg_per_kg_satellite: r.nox.central * OHS_NOX_GWP.central,
    }
}
