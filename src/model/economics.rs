//! One cost model, discounted the same way on both sides, per useful accelerator-hour.
//!
//! The satellite is costed bottom-up once: its array at the cell's price per watt (the
//! catalogue's, placed in its cited range by `econ.array_price_position`), every other
//! non-compute part (structure and bus, shielding, batteries, radiators) at a price per kg,
//! and the accelerators at their unit price; launch at the vehicle's price (`launch`).
//! Orbit pays each generation at its start. Earth rents its building: the facility capex is
//! repaid as an annuity over the building's life at the discount rate, each year's payment
//! mid-year within the horizon; it buys its own accelerators at each refresh and its
//! electricity each year (mid-year). Neither side is credited for hardware left at the end.
//!
//! Cost per useful accelerator-hour = present value of all spending ÷ present value of the
//! useful accelerator-hours (the same hours on both sides); cost per useful IT MWh (what
//! was called "LCOE") is the same without the accelerators, per useful IT MWh. Neither is a
//! levelised cost of electricity.

use super::basis::SystemBasis;
use super::earth::EarthOutputs;
use super::inputs::EconInputs;
use super::launch::LaunchOutputs;
use super::timeline::Timeline;
use super::units::{div, fin, Usd};
use crate::data::cells::cell_by_id;
use crate::detmath::DetMath;

/// Economics results.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EconomicsOutputs {
    /// Present value of spending excluding accelerators ÷ present value of useful IT MWh.
    pub orbit_usd_per_it_mwh: f64,
    pub earth_usd_per_it_mwh: f64,
    pub orbit_usd_per_accelerator_hour: f64,
    pub earth_usd_per_accelerator_hour: f64,
    /// Orbit ÷ Earth cost per accelerator-hour (> 1: orbit costs more); 0 when Earth's is 0.
    pub cost_ratio: f64,
    /// Launch cost ÷ (array power at beginning of life × mission years), Suncatcher §2.4.
    pub launched_power_usd_per_kw_yr: f64,
    /// One satellite generation: its array, the rest of its hardware, its accelerators.
    pub array_cost: Usd,
    pub satellite_hardware_cost: Usd,
    pub orbit_accelerator_cost: Usd,
    /// Launch's share of the orbit's present-value cost.
    pub launch_share: f64,
    /// Undiscounted spend over the horizon.
    pub orbit_cost: Usd,
    pub earth_cost: Usd,
    /// Earth's facility annuity per year and its undiscounted electricity.
    pub earth_capex_per_year: Usd,
    pub earth_energy_cost: Usd,
}

/// Capital recovery factor: the yearly payment that repays 1 over `life` years at rate `r`.
pub fn capital_recovery(r: f64, life: f64) -> f64 {
    let life = life.max(1.0);
    if r <= 1e-12 {
        1.0 / life
    } else {
        r / (1.0 - (1.0 + r).dpowf(-life))
    }
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
    let unit_price = c.accelerator_usd.max(0.0);
    let accel = fin(b.accelerators).max(0.0) * unit_price;
    let m = &b.mass;
    let rest_kg = (m.structure + m.shielding + m.battery + m.radiator)
        .get()
        .max(0.0);
    let rest = fin(rest_kg * c.satellite_usd_per_kg.max(0.0));
    let array_w = fin(b.array_power_bol.get()).max(0.0);
    let array = array_w
        * cell_by_id(b.array_cell_id)
            .usd_per_w
            .at(c.array_price_position);
    let launch = l.cost_per_generation.get();
    let (mut o_launch, mut o_cap, mut o_acc) = (0.0, 0.0, 0.0);
    // Discount factors by recurrence: each generation's is the last one's times d(mission).
    let per_generation = d(t.mission);
    let mut df = 1.0;
    for _ in 0..(t.generations as usize) {
        o_launch += launch * df;
        o_cap += (launch + array + rest) * df;
        o_acc += accel * df;
        df *= per_generation;
    }
    // Mid-year factors d(y + 0.5) for the years of the horizon, by recurrence.
    let mid_years: Vec<f64> = {
        let (mut f, year) = (d(0.5), d(1.0));
        (0..t.energy_by_year.len().max(e.year_share.len()))
            .map(|_| {
                let x = f;
                f *= year;
                x
            })
            .collect()
    };
    // Each side on its own hours: the orbit's useful hours and MWh follow its yearly delivery,
    // Earth's steady fleet delivers the same totals evenly; Earth's spending is mid-year.
    let crf = capital_recovery(r, e.building_life_years);
    let annuity = e.capex.get() * crf;
    let ah_per_kwh = div(t.accelerator_hours, t.energy_kwh);
    let (mut mwh, mut ah) = (0.0, 0.0);
    for (y, kwh) in t.energy_by_year.iter().enumerate() {
        let df = mid_years[y];
        mwh += kwh / 1e3 * df;
        ah += kwh * ah_per_kwh * df;
    }
    let (mut e_mwh, mut e_ah, mut e_energy, mut e_cap, mut e_cap_sum) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (y, share) in e.year_share.iter().enumerate() {
        let df = mid_years[y];
        let weight = (t.horizon - y as f64).clamp(0.0, 1.0);
        e_mwh += t.energy_kwh / 1e3 * share * df;
        e_ah += t.accelerator_hours * share * df;
        e_energy += e.facility_kwh * share * e.price_usd_per_kwh * df;
        e_cap += annuity * weight * df;
        e_cap_sum += annuity * weight;
    }
    let cycles = e.hardware_cycles.max(1.0) as usize;
    let e_accel_each = fin(e.accelerators).max(0.0) * unit_price;
    let e_acc: f64 = (0..cycles)
        .map(|j| e_accel_each * d(j as f64 * e.refresh_years))
        .sum();
    let array_kw = fin(b.array_power_bol.get() / 1e3);
    let orbit_usd = div(o_cap + o_acc, ah);
    let earth_usd = div(e_cap + e_energy + e_acc, e_ah);
    EconomicsOutputs {
        orbit_usd_per_it_mwh: div(o_cap, mwh),
        earth_usd_per_it_mwh: div(e_cap + e_energy, e_mwh),
        orbit_usd_per_accelerator_hour: orbit_usd,
        earth_usd_per_accelerator_hour: earth_usd,
        cost_ratio: div(orbit_usd, earth_usd),
        launched_power_usd_per_kw_yr: div(
            l.usd_per_kg * l.mass_per_generation.get(),
            array_kw * t.mission,
        ),
        array_cost: Usd::new(fin(array)),
        satellite_hardware_cost: Usd::new(rest),
        orbit_accelerator_cost: Usd::new(accel),
        launch_share: div(o_launch, o_cap + o_acc),
        orbit_cost: Usd::new(fin((launch + array + rest + accel) * t.generations)),
        earth_cost: Usd::new(fin(e_cap_sum
            + e.energy_cost.get()
            + e_accel_each * cycles as f64)),
        earth_capex_per_year: Usd::new(fin(annuity)),
        earth_energy_cost: e.energy_cost,
    }
}
