//! The Earth alternative delivering the same IT energy and accelerator-hours over the
//! horizon: electricity × PUE × intensity, the building (amortised over its life), the
//! same accelerators refreshed every `refresh_years`, water, land, capex and energy cost.

use super::basis::SystemBasis;
use super::inputs::EarthInputs;
use super::timeline::Timeline;
use super::units::{div, KgCo2e, Usd};
use super::warning::{Said, Warning};
use crate::data::emission_indices::accelerator_embodied;
use crate::data::grids::{Alternative, ALTERNATIVES};

/// Earth results (over the horizon).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EarthOutputs {
    pub alternative: &'static str,
    pub intensity_g_per_kwh: f64,
    pub pue: f64,
    pub wue_l_per_kwh: f64,
    /// Facility electricity, kWh.
    pub facility_kwh: f64,
    pub operational: KgCo2e,
    pub building: KgCo2e,
    pub hardware: KgCo2e,
    /// Hardware purchases within the horizon (1 + refreshes).
    pub hardware_cycles: f64,
    pub refresh_years: f64,
    /// Sum of operational, building and hardware.
    pub total: KgCo2e,
    pub water_l: f64,
    pub land_m2: f64,
    /// Facility capex attributed to the horizon (building life share).
    pub capex: Usd,
    pub price_usd_per_kwh: f64,
    /// Undiscounted electricity cost.
    pub energy_cost: Usd,
    /// Hardware failure rate relative to a land data centre.
    pub failure_factor: f64,
}

/// The chosen alternative (clamped index).
pub fn alternative(e: &EarthInputs) -> &'static Alternative {
    &ALTERNATIVES[e.alternative.min(ALTERNATIVES.len() - 1)]
}

/// The Earth stage: the alternative delivering the same IT energy over the horizon.
pub fn assess(
    e: &EarthInputs,
    b: &SystemBasis,
    t: &Timeline,
    w: &mut Vec<Warning>,
) -> EarthOutputs {
    let a = alternative(e);
    let pue = if e.pue >= 1.0 { e.pue } else { a.pue.central };
    if e.pue > 0.0 && e.pue < 1.0 {
        w.push(Warning::new("earth.pue", Said::PueBelowOne));
    }
    let price = if e.price_usd_per_kwh > 0.0 {
        e.price_usd_per_kwh
    } else {
        a.price.central
    };
    let it_kw = {
        let p = b.it_power.get() / 1e3;
        if p.is_finite() {
            p.max(0.0)
        } else {
            0.0
        }
    };
    let facility = t.energy_kwh * pue;
    let operational = facility * a.intensity.central / 1e3;
    let life_share = div(t.horizon, e.building_life_years.max(1.0)).min(1.0);
    let building = a.building.central * it_kw * life_share;
    let refresh = e.refresh_years.max(0.5);
    let cycles = (t.horizon / refresh - 1e-9).ceil().max(1.0);
    let accel = if b.accelerators.is_finite() {
        b.accelerators.max(0.0)
    } else {
        0.0
    };
    let hardware = accel * accelerator_embodied(b.accelerator_id).central * cycles;
    EarthOutputs {
        alternative: a.id,
        intensity_g_per_kwh: a.intensity.central,
        pue,
        wue_l_per_kwh: a.wue.central,
        facility_kwh: facility,
        operational: KgCo2e::new(operational),
        building: KgCo2e::new(building),
        hardware: KgCo2e::new(hardware),
        hardware_cycles: cycles,
        refresh_years: refresh,
        total: KgCo2e::new(operational + building + hardware),
        water_l: t.energy_kwh * a.wue.central,
        land_m2: it_kw * (a.land.central + pue * a.generation_land.central),
        capex: Usd::new(a.capex.central * it_kw * 1e3 * life_share),
        price_usd_per_kwh: price,
        energy_cost: Usd::new(facility * price),
        failure_factor: a.failure_factor.central,
    }
}
