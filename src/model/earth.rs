//! The Earth alternative delivering the same useful accelerator-hours as the orbit, with
//! its own availability: failed parts are repaired, so its accelerators stay installed, and
//! each unexpected interruption costs the job only its restart (Meta's Llama 3 rate; Natick's
//! failure factor scales it); no radiation. It installs as many accelerators as that takes,
//! sizes its building and capex to them, and counts its own IT energy × PUE × intensity, the
//! building (amortised over its life), the accelerators refreshed every `refresh_years`,
//! water, land and the energy cost, on its own hours.

use super::basis::SystemBasis;
use super::inputs::{EarthInputs, GridTrajectory, WorkloadInputs, WorkloadMode};
use super::timeline::Timeline;
use super::units::{div, fin, KgCo2e, Usd};
use super::warning::{Said, Warning};
use super::workload::reliability::{self, SeeRates};
use crate::data::accelerators::ACCELERATORS;
use crate::data::emission_indices::accelerator_embodied;
use crate::data::grids::{
    Alternative, ALTERNATIVES, EARTH_INTERRUPTIONS_PER_ACCEL_HOUR, GRID_DATA_YEAR,
    GRID_FLOOR_G_PER_KWH, NZE_YEAR, STEPS_DECLINE_PER_YEAR,
};
use crate::detmath::DetMath;

/// Hours in a mean year.
const HOURS_PER_YEAR: f64 = 8_766.0;

/// Earth results (over the horizon).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EarthOutputs {
    pub alternative: &'static str,
    /// The catalogue's intensity (its data year), gCO2e/kWh.
    pub intensity_g_per_kwh: f64,
    /// The trajectory its intensity follows.
    pub trajectory: GridTrajectory,
    /// The intensity in each year of the horizon under the trajectory, gCO2e/kWh.
    pub intensity_by_year: Vec<f64>,
    /// Energy-weighted mean intensity over the horizon, gCO2e/kWh.
    pub intensity_mean_g_per_kwh: f64,
    /// The part of the intensity that does not fall, gCO2e/kWh (0 for a flat trajectory), and
    /// the energy-weighted mean of the falling part's remaining fraction (1 when flat).
    pub floor_g_per_kwh: f64,
    pub trajectory_factor: f64,
    pub pue: f64,
    pub wue_l_per_kwh: f64,
    /// Useful time ÷ running time on Earth (interruptions and restarts).
    pub availability: f64,
    /// Accelerators the Earth facility installs to deliver the orbit's useful hours.
    pub accelerators: f64,
    /// Their IT power, kW.
    pub it_kw: f64,
    /// Earth's own IT energy over the horizon, kWh.
    pub it_kwh: f64,
    /// Share of the horizon's compute (and energy) in each year: Earth runs a steady fleet,
    /// so each full year has 1 ÷ horizon of it and a partial last year its part.
    pub year_share: Vec<f64>,
    /// Operational emissions in each year of the horizon, kgCO2e.
    pub operational_by_year: Vec<f64>,
    /// Facility electricity, kWh.
    pub facility_kwh: f64,
    pub operational: KgCo2e,
    pub building: KgCo2e,
    pub hardware: KgCo2e,
    /// Hardware purchases within the horizon (1 + refreshes).
    pub hardware_cycles: f64,
    pub refresh_years: f64,
    pub building_life_years: f64,
    /// Sum of operational, building and hardware.
    pub total: KgCo2e,
    pub water_l: f64,
    pub land_m2: f64,
    /// Facility capex excluding IT hardware, USD per W of IT, and for the whole facility.
    pub capex_usd_per_w: f64,
    pub capex: Usd,
    pub price_usd_per_kwh: f64,
    /// Undiscounted electricity cost.
    pub energy_cost: Usd,
    /// Hardware failure rate relative to a land data centre (Natick: one-eighth).
    pub failure_factor: f64,
}

/// The chosen alternative (clamped index).
pub fn alternative(e: &EarthInputs) -> &'static Alternative {
    &ALTERNATIVES[e.alternative.min(ALTERNATIVES.len() - 1)]
}

/// The remaining fraction of a grid's falling part in calendar year `year` (mid-year) and
/// the floor it falls to, under trajectory `tr`; flat for dedicated supplies.
pub fn trajectory(tr: GridTrajectory, a: &Alternative, year: f64) -> (f64, f64) {
    let dt = (year - GRID_DATA_YEAR).max(0.0);
    let floor = GRID_FLOOR_G_PER_KWH.central.min(a.intensity.central);
    match tr {
        _ if !a.grid => (1.0, 0.0),
        GridTrajectory::Flat => (1.0, 0.0),
        GridTrajectory::StatedPolicies => ((1.0 - STEPS_DECLINE_PER_YEAR.central).dpowf(dt), floor),
        GridTrajectory::NetZero => (
            (1.0 - dt / (NZE_YEAR.central - GRID_DATA_YEAR)).clamp(0.0, 1.0),
            floor,
        ),
    }
}

/// Useful ÷ running time on Earth: the same reliability model as the orbit's (a training
/// job restarts from its last checkpoint at the optimum interval; an inference server
/// restarts alone), with no radiation, only the hardware interruptions at the terrestrial
/// rate × the failure factor.
pub fn availability(w: &WorkloadInputs, per_server: f64, failure_factor: f64) -> f64 {
    let rates =
        SeeRates::terrestrial(EARTH_INTERRUPTIONS_PER_ACCEL_HOUR.central * failure_factor.max(0.0));
    match w.mode {
        WorkloadMode::Training => reliability::training(w, &rates, per_server).fraction,
        WorkloadMode::Inference => reliability::inference(w, &rates, per_server).fraction,
    }
}

/// The Earth stage: the alternative delivering the orbit's useful accelerator-hours over the
/// horizon with its own availability.
pub fn assess(
    e: &EarthInputs,
    w: &WorkloadInputs,
    b: &SystemBasis,
    t: &Timeline,
    warn: &mut Vec<Warning>,
) -> EarthOutputs {
    let a = alternative(e);
    let pue = if e.pue >= 1.0 {
        e.pue
    } else {
        a.pue.at(e.pue_position).max(1.0)
    };
    if e.pue > 0.0 && e.pue < 1.0 {
        warn.push(Warning::new("earth.pue", Said::PueBelowOne));
    }
    let price = if e.price_usd_per_kwh > 0.0 {
        e.price_usd_per_kwh
    } else {
        a.price.at(e.price_position)
    };
    let capex_per_w = if e.capex_usd_per_w > 0.0 {
        e.capex_usd_per_w
    } else {
        a.capex.at(e.capex_position)
    };
    let per_server = ACCELERATORS
        .iter()
        .find(|x| x.id == b.accelerator_id)
        .map_or(8.0, |x| x.per_server);
    let failure_factor = a.failure_factor.at(e.failure_position);
    let avail = availability(w, per_server, failure_factor);
    // The same useful hours, at the same utilisation, from accelerators up `avail` of the time.
    let useful_hours = fin(t.accelerator_hours).max(0.0);
    let running_hours = t.horizon * HOURS_PER_YEAR * w.utilization_fraction.clamp(0.01, 1.0);
    let accel = div(useful_hours, running_hours * avail);
    let kw_per_accel = div(
        fin(b.it_power.get()).max(0.0) / 1e3,
        b.accelerators.max(0.0),
    );
    let it_kw = accel * kw_per_accel;
    // The orbit's IT energy per useful hour (average draw ÷ utilisation) is the same on Earth;
    // Earth also draws through its interruptions.
    let it_kwh = div(t.energy_kwh, avail);
    let facility = it_kwh * pue;
    let years = t.energy_by_year.len().max(1);
    let year_share: Vec<f64> = (0..years)
        .map(|y| div((t.horizon - y as f64).clamp(0.0, 1.0), t.horizon))
        .collect();
    let i0 = a.intensity.central;
    let (mut intensity_by_year, mut factor, mut floor) = (Vec::with_capacity(years), 0.0, 0.0);
    for (y, s) in year_share.iter().enumerate() {
        let (f, fl) = trajectory(e.trajectory, a, t.start_year + y as f64 + 0.5);
        intensity_by_year.push(fl + (i0 - fl) * f);
        factor += s * f;
        floor = fl;
    }
    let operational_by_year: Vec<f64> = year_share
        .iter()
        .zip(&intensity_by_year)
        .map(|(s, g)| facility * s * g / 1e3)
        .collect();
    let operational: f64 = operational_by_year.iter().sum();
    let life = e.building_life_years.max(1.0);
    let life_share = div(t.horizon, life).min(1.0);
    let building = a.building.central * it_kw * life_share;
    let refresh = e.refresh_years.max(0.5);
    let cycles = (t.horizon / refresh - 1e-9).ceil().max(1.0);
    let hardware = accel * accelerator_embodied(b.accelerator_id).central * cycles;
    EarthOutputs {
        alternative: a.id,
        intensity_g_per_kwh: i0,
        trajectory: if a.grid {
            e.trajectory
        } else {
            GridTrajectory::Flat
        },
        intensity_mean_g_per_kwh: div(operational * 1e3, facility),
        intensity_by_year,
        floor_g_per_kwh: floor,
        trajectory_factor: factor,
        pue,
        wue_l_per_kwh: a.wue.central,
        availability: avail,
        accelerators: accel,
        it_kw,
        it_kwh,
        year_share,
        operational_by_year,
        facility_kwh: facility,
        operational: KgCo2e::new(operational),
        building: KgCo2e::new(building),
        hardware: KgCo2e::new(hardware),
        hardware_cycles: cycles,
        refresh_years: refresh,
        building_life_years: life,
        total: KgCo2e::new(operational + building + hardware),
        water_l: facility * a.wue.central,
        land_m2: it_kw * (a.land.central + pue * a.generation_land.central),
        capex_usd_per_w: capex_per_w,
        capex: Usd::new(capex_per_w * it_kw * 1e3),
        price_usd_per_kwh: price,
        energy_cost: Usd::new(facility * price),
        failure_factor,
    }
}
