//! The verdicts: orbit against the Earth alternative over the horizon, per kWh of IT
//! energy and per accelerator-hour, the cumulative curves and where they cross (the
//! carbon payback), and the break-even grid intensity and launch footprint.

use super::earth::EarthOutputs;
use super::emissions::reentry::ReentryOutputs;
use super::emissions::Footprint;
use super::inputs::Accounting;
use super::timeline::Timeline;
use super::units::{
    div, fin, AcceleratorHours, GramsCo2ePerAcceleratorHour, GramsCo2ePerKwh, KgCo2e, KgCo2ePerKg,
    KilowattHours, Litres, SquareMetres, Years,
};

/// The verdicts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verdicts {
    /// The analysis horizon the verdict covers, years.
    pub horizon_years: Years,
    /// IT energy delivered over the horizon, kWh (the same on Earth).
    pub it_energy_kwh: KilowattHours,
    pub accelerator_hours: AcceleratorHours,
    pub orbit_g_per_kwh: GramsCo2ePerKwh,
    pub earth_g_per_kwh: GramsCo2ePerKwh,
    /// Orbit ÷ Earth (> 1: orbit emits more).
    pub ratio: f64,
    pub orbit_g_per_accelerator_hour: GramsCo2ePerAcceleratorHour,
    pub earth_g_per_accelerator_hour: GramsCo2ePerAcceleratorHour,
    /// Cumulative emissions, kgCO2e, at the start (index 0) and the end of each year of the horizon.
    pub cumulative_orbit: Vec<KgCo2e>,
    pub cumulative_earth: Vec<KgCo2e>,
    /// Year at which orbit's cumulative emissions fall to Earth's and stay there; None: not within the horizon.
    pub payback_year: Option<Years>,
    /// Earth grid intensity (today's, following the chosen trajectory) above which orbit emits
    /// less, gCO2e/kWh.
    pub breakeven_grid_g_per_kwh: GramsCo2ePerKwh,
    /// Launch footprint at which orbit ties, kgCO2e per kg to orbit (0: orbit loses even with free launches).
    pub breakeven_launch_kg_per_kg: KgCo2ePerKg,
    /// Water and land the Earth alternative would use and orbit avoids, L and m².
    pub water_avoided_l: Litres,
    pub land_avoided_m2: SquareMetres,
    /// Each side's intensity by part: what the key numbers' derivations add up.
    pub parts: VerdictParts,
}

/// Each side's gCO2e per kWh of computing (the orbit's IT energy over the horizon, the
/// denominator of both key numbers) by part: orbit's four add up to `orbit_g_per_kwh`,
/// Earth's three to `earth_g_per_kwh`. Earth's electricity part is its grid's mean
/// intensity × its PUE × `earth_kwh_per_kwh` (Earth's own IT energy per kWh of the
/// orbit's: Earth delivers the orbit's useful accelerator-hours with its own
/// availability), which is why it moves when only the orbit changes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct VerdictParts {
    pub orbit_launch: GramsCo2ePerKwh,
    pub orbit_launcher_manufacturing: GramsCo2ePerKwh,
    pub orbit_satellite_manufacturing: GramsCo2ePerKwh,
    pub orbit_reentry: GramsCo2ePerKwh,
    pub earth_electricity: GramsCo2ePerKwh,
    pub earth_building: GramsCo2ePerKwh,
    pub earth_hardware: GramsCo2ePerKwh,
    /// Earth's IT energy per kWh of the orbit's.
    pub earth_kwh_per_kwh: f64,
}

/// The verdict stage: orbit against Earth over the horizon, per kWh and per
/// accelerator-hour, the cumulative curves and their crossing, and the break-evens.
pub fn assess(
    t: &Timeline,
    orbit: &Footprint,
    earth: &EarthOutputs,
    re: &ReentryOutputs,
    acct: Accounting,
) -> Verdicts {
    let mass_total = orbit.mass_to_orbit.get();
    let launch_footprint = orbit.launch_footprint.get(acct);
    let e = t.energy_kwh;
    let o = orbit.total.get();
    let ea = earth.total.get();
    // Cumulative curves: index k = end of year k (0 = start).
    let years = t.energy_by_year.len();
    let mut co = vec![0.0; years + 1];
    let mut ce = vec![0.0; years + 1];
    let at = |time: f64| (time.max(0.0).ceil() as usize).min(years);
    let per_gen_up = div(
        orbit.launch.get()
            + orbit.launcher_manufacturing.get()
            + orbit.satellite_manufacturing.get(),
        t.generations,
    );
    let per_gen_upper_re = div(re.upper_co2e.get(acct).get(), t.generations);
    let per_gen_sat_re = div(
        re.co2e.get(acct).get() - re.upper_co2e.get(acct).get(),
        t.generations,
    );
    let mut events_o = vec![0.0; years + 1];
    for g in 0..(t.generations as usize) {
        let start = g as f64 * t.mission;
        events_o[at(start)] += per_gen_up + per_gen_upper_re;
        events_o[at((start + t.mission).min(t.horizon))] += per_gen_sat_re;
    }
    let mut events_e = vec![0.0; years + 1];
    events_e[0] += earth.building.get();
    let refresh = earth.refresh_years.max(0.1);
    let cycles = earth.hardware_cycles.max(1.0) as usize;
    let per_cycle = div(earth.hardware.get(), cycles as f64);
    for j in 0..cycles {
        events_e[at(j as f64 * refresh)] += per_cycle;
    }
    let (mut so, mut se) = (0.0, 0.0);
    for k in 0..=years {
        so += events_o[k];
        se += events_e[k];
        if k > 0 {
            se += earth.operational_by_year.get(k - 1).copied().unwrap_or(0.0);
        }
        co[k] = so;
        ce[k] = se;
    }
    let payback_year = if co[years] > ce[years] {
        None
    } else {
        let mut k = years;
        while k > 0 && co[k - 1] <= ce[k - 1] {
            k -= 1;
        }
        if k == 0 {
            Some(0.0)
        } else {
            let d0 = co[k - 1] - ce[k - 1];
            let d1 = co[k] - ce[k];
            Some((k - 1) as f64 + div(d0, d0 - d1).clamp(0.0, 1.0))
        }
    };
    let embodied_e = earth.building.get() + earth.hardware.get();
    // Today's intensity at which orbit ties, the grid following the same trajectory: its floor
    // stays, the rest scales (flat: (orbit − Earth's embodied) ÷ Earth's electricity).
    let fl = earth.floor_g_per_kwh / 1e3;
    let breakeven_grid = fl
        + div(
            o - embodied_e - earth.facility_kwh * fl,
            earth.facility_kwh * earth.trajectory_factor,
        );
    let breakeven_grid = breakeven_grid * 1e3;
    let per_kwh = |kg: f64| GramsCo2ePerKwh::new(div(kg, e) * 1e3);
    let parts = VerdictParts {
        orbit_launch: per_kwh(orbit.launch.get()),
        orbit_launcher_manufacturing: per_kwh(orbit.launcher_manufacturing.get()),
        orbit_satellite_manufacturing: per_kwh(orbit.satellite_manufacturing.get()),
        orbit_reentry: per_kwh(orbit.reentry.get()),
        earth_electricity: per_kwh(earth.operational.get()),
        earth_building: per_kwh(earth.building.get()),
        earth_hardware: per_kwh(earth.hardware.get()),
        earth_kwh_per_kwh: div(earth.it_kwh, e),
    };
    let rest = o - launch_footprint.get();
    let breakeven_launch = div(ea - rest, mass_total);
    Verdicts {
        horizon_years: Years::new(t.horizon),
        it_energy_kwh: KilowattHours::new(e),
        accelerator_hours: AcceleratorHours::new(t.accelerator_hours),
        orbit_g_per_kwh: GramsCo2ePerKwh::new(div(o, e) * 1e3),
        earth_g_per_kwh: GramsCo2ePerKwh::new(div(ea, e) * 1e3),
        ratio: div(o, ea),
        orbit_g_per_accelerator_hour: GramsCo2ePerAcceleratorHour::new(
            div(o, t.accelerator_hours) * 1e3,
        ),
        earth_g_per_accelerator_hour: GramsCo2ePerAcceleratorHour::new(
            div(ea, t.accelerator_hours) * 1e3,
        ),
        cumulative_orbit: co.into_iter().map(KgCo2e::new).collect(),
        cumulative_earth: ce.into_iter().map(KgCo2e::new).collect(),
        payback_year: payback_year.map(Years::new),
        breakeven_grid_g_per_kwh: GramsCo2ePerKwh::new(fin(breakeven_grid).max(0.0)),
        breakeven_launch_kg_per_kg: KgCo2ePerKg::new(fin(breakeven_launch).max(0.0)),
        water_avoided_l: Litres::new(earth.water_l),
        land_avoided_m2: SquareMetres::new(earth.land_m2),
        parts,
    }
}
