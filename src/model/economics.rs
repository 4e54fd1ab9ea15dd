//! Discounted costs: LCOE of the IT energy (USD/MWh) and cost per accelerator-hour for
//! orbit and Earth, and Suncatcher's launched power price (USD per kW per year).
//!
//! Orbit spends at the start of each generation (launch, satellite hardware, accelerators);
//! Earth spends the facility capex (its horizon share) at the start, accelerators at each
//! refresh, electricity each year (mid-year). LCOE excludes accelerators (the same on both
//! sides); cost per accelerator-hour includes them.

use super::basis::SystemBasis;
use super::earth::EarthOutputs;
use super::inputs::EconInputs;
use super::launch::LaunchOutputs;
use super::timeline::Timeline;
use super::units::{div, fin, Usd};
use crate::detmath::DetMath;

/// Economics results.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EconomicsOutputs {
    pub orbit_lcoe_usd_per_mwh: f64,
    pub earth_lcoe_usd_per_mwh: f64,
    pub orbit_usd_per_accelerator_hour: f64,
    pub earth_usd_per_accelerator_hour: f64,
    /// Orbit ÷ Earth cost per accelerator-hour (> 1: orbit costs more); 0 when Earth's is 0.
    pub cost_ratio: f64,
    /// Launch cost ÷ (array power at beginning of life × mission years), Suncatcher §2.4.
    pub launched_power_usd_per_kw_yr: f64,
    /// Undiscounted spend over the horizon.
    pub orbit_cost: Usd,
    pub earth_cost: Usd,
}

/// The economics stage.
pub fn assess(
    c: &EconInputs,
    b: &SystemBasis,
    t: &Timeline,
    l: &LaunchOutputs,
    e: &EarthOutputs,
) -> EconomicsOutputs {
    let r = (c.discount_pct / 100.0).clamp(0.0, 1.0);
    let d = |time: f64| (1.0 + r).dpowf(-time.max(0.0));
    let accel = fin(b.accelerators).max(0.0) * c.accelerator_usd.max(0.0);
    let non_compute_kg = (b.mass.total().get() - b.mass.compute.get()).max(0.0);
    let sat_hw = fin(non_compute_kg * c.satellite_usd_per_kg.max(0.0));
    let launch = l.cost_per_generation.get();
    let (mut o_cap, mut o_acc) = (0.0, 0.0);
    for g in 0..(t.generations as usize) {
        let df = d(g as f64 * t.mission);
        o_cap += (launch + sat_hw) * df;
        o_acc += accel * df;
    }
    let (mut e_mwh, mut ah, mut e_energy) = (0.0, 0.0, 0.0);
    let ah_per_kwh = div(t.accelerator_hours, t.energy_kwh);
    for (y, kwh) in t.energy_by_year.iter().enumerate() {
        let df = d(y as f64 + 0.5);
        e_mwh += kwh / 1e3 * df;
        ah += kwh * ah_per_kwh * df;
        e_energy += kwh * e.pue * e.price_usd_per_kwh * df;
    }
    let cycles = e.hardware_cycles.max(1.0) as usize;
    let e_acc: f64 = (0..cycles)
        .map(|j| accel * d(j as f64 * e.refresh_years))
        .sum();
    let e_cap = e.capex.get();
    let array_kw = fin(b.array_power_bol.get() / 1e3);
    let orbit_usd = div(o_cap + o_acc, ah);
    let earth_usd = div(e_cap + e_energy + e_acc, ah);
    EconomicsOutputs {
        orbit_lcoe_usd_per_mwh: div(o_cap, e_mwh),
        earth_lcoe_usd_per_mwh: div(e_cap + e_energy, e_mwh),
        orbit_usd_per_accelerator_hour: orbit_usd,
        earth_usd_per_accelerator_hour: earth_usd,
        cost_ratio: div(orbit_usd, earth_usd),
        launched_power_usd_per_kw_yr: div(
            l.usd_per_kg * l.mass_per_generation.get(),
            array_kw * t.mission,
        ),
        orbit_cost: Usd::new(fin((launch + sat_hw + accel) * t.generations)),
        earth_cost: Usd::new(fin(e_cap + e.energy_cost.get() + accel * cycles as f64)),
    }
}
