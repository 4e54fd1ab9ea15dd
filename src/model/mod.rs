//! The pure model: `evaluate(&Inputs) -> Outputs`, one pipeline of stages.
//!
//! Architecture invariants: nothing here imports a browser crate, does IO, or panics.
//! Out-of-range or non-finite inputs are clamped to their registry range and reported
//! as warnings inside the outputs; every output is finite. Each concern module exposes
//! one stage function (`assess`) that takes its own inputs and the outputs of the
//! stages upstream; only this file wires the stages, in [`pipeline`], and no stage
//! takes `&Inputs` whole.

pub mod basis;
pub mod earth;
pub mod economics;
pub mod emissions;
pub mod environment;
pub mod inputs;
pub mod launch;
pub mod mass;
pub mod orbit;
pub mod outputs;
pub mod power;
pub mod scale;
pub mod solar;
pub mod sweep;
pub mod thermal;
pub mod timeline;
pub mod uncertainty;
pub mod units;
pub mod verdict;
pub mod warning;
pub mod workload;

pub use inputs::registry::sanitize;
pub use inputs::Inputs;
pub use outputs::Outputs;
pub use warning::Warning;

use basis::{Mission, SystemBasis};
use emissions::{combustion, manufacturing, reentry};
use orbit::Eclipses;

/// Evaluates the whole model. Never panics; all outputs are finite.
///
/// The eclipse year-scan dominates the cost; Monte Carlo runs that keep the orbit
/// fixed should scan once with [`orbit::annual_eclipses_summary`] and call
/// [`evaluate_with_orbit`].
pub fn evaluate(inputs: &Inputs) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses(&i.orbit);
    pipeline(&i, eclipses, warnings, None)
}

/// Evaluates the model with a precomputed eclipse profile, which must come from
/// `orbit::annual_eclipses*` of the same (sanitised) orbit inputs.
pub fn evaluate_with_orbit(inputs: &Inputs, eclipses: &Eclipses) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    pipeline(&i, eclipses.clone(), warnings, None)
}

/// The array area that exactly powers the workload's busy draw at end of life, at
/// aphelion, on the worst orbit (the UI's "size array to workload").
pub fn array_area_for_workload(inputs: &Inputs) -> units::SquareMetres {
    let (i, _) = sanitize(inputs);
    let e = orbit::annual_eclipses_summary(&i.orbit);
    let env = environment::assess(&i.environment, &e);
    let c = crate::data::cells::cell(i.array.cell);
    let deg = solar::degradation_per_year(c, env.dose_rad_per_year);
    let eol = solar::degradation_factor(deg, i.workload.mission_years);
    let aphelion = solar::environment(&env, env.solar_flux_min);
    let th = solar::array_thermal(&solar::design(&i.array, c), &aphelion, eol);
    let busy = workload::draw(&i.workload).busy;
    let (req, _, _) = power::required_power(&i.power, i.thermal.pump_power_fraction, &e, busy);
    units::SquareMetres::new(req.get() / th.electrical.get().max(1e-9))
}

/// Every stage, in dependency order: sizing the system from its orbit to its mass,
/// then its lifecycle against the Earth alternative. `given_basis` replaces the sizing
/// stages' hand-over (tests of the lifecycle stages build one by hand, independent of
/// sizing); the model itself always passes `None`.
fn pipeline(
    i: &Inputs,
    eclipses: Eclipses,
    mut warnings: Vec<Warning>,
    given_basis: Option<SystemBasis>,
) -> Outputs {
    let w = &mut warnings;
    let e = &eclipses;
    orbit::check(e, w);

    // Sizing: environment → array → workload draw → power → cooling → delivery → mass.
    let mission = Mission::new(i.workload.mission_years);
    let environment = environment::assess(&i.environment, e);
    let solar = solar::assess(&i.array, &environment, e, &mission, w);
    let draw = workload::draw(&i.workload);
    let power = power::assess(&i.power, i.thermal.pump_power_fraction, &draw, &solar, e, w);
    let thermal = thermal::assess(&i.thermal, &power, &solar, &environment, w);
    let workload = workload::assess(&i.workload, &draw, &solar, &power, &environment, &mission);
    let mass = mass::assess(
        &i.mass,
        &i.workload,
        draw.installed,
        &solar,
        &power,
        &thermal,
        &environment,
        e,
        &mission,
        w,
    );
    let basis = given_basis.unwrap_or_else(|| SystemBasis {
        mission_years: mission.years,
        horizon_years: mission.years,
        accelerator_id: workload.accelerator_id,
        accelerators: i.workload.accelerators,
        it_power: draw.installed,
        it_energy_lifetime: workload.it_energy_lifetime,
        it_energy_by_year: workload.it_energy_by_year.clone(),
        accelerator_hours_lifetime: workload.accelerator_hours_lifetime,
        flops_lifetime: workload.flops_lifetime,
        mass: mass.breakdown,
        array_area: solar.area,
        array_cell_id: solar.cell_id,
        array_power_bol: solar.power_bol,
        battery_capacity: power.battery_capacity,
        radiator_area: thermal.radiator_area,
    });

    // Lifecycle: timeline → launch → emissions → Earth → verdicts, cost, scale.
    let b = &basis;
    let accounting = i.emissions.accounting;
    let t = timeline::assess(&i.timeline, b, w);
    let launch = launch::assess(&i.launch, e, b, &t, w);
    let vehicle = launch::vehicle(&i.launch);
    let factors = emissions::metric::factors(&i.emissions);
    let combustion = combustion::assess(vehicle, &launch, &factors);
    let manufacturing = manufacturing::assess(
        i.launch.flights,
        i.emissions.array_embodied_position,
        b,
        vehicle,
        &t,
    );
    let reentry = reentry::assess(vehicle, b, &launch, &t);
    let footprint = emissions::assess(
        &i.emissions,
        vehicle,
        &launch,
        &combustion,
        &manufacturing,
        &reentry,
        &t,
    );
    let earth = earth::assess(&i.earth, &i.workload, b, &t, w);
    let verdicts = verdict::assess(&t, &footprint, &earth, &reentry, accounting);
    let economics = economics::assess(&i.econ, b, &t, &launch, &earth);
    let per_launch = footprint.per_launch.get(accounting);
    let scale = scale::assess(
        &i.scale,
        &i.emissions,
        b,
        &t,
        &launch,
        &combustion,
        &earth,
        per_launch,
    );

    Outputs {
        eclipses,
        environment,
        solar,
        power,
        thermal,
        workload,
        mass,
        basis,
        accounting,
        launch,
        combustion,
        manufacturing,
        reentry,
        footprint,
        earth,
        verdicts,
        economics,
        scale,
        warnings,
    }
}

/// The model on inputs already sanitised, with their eclipse profile (the Monte Carlo's
/// and the tornado's inner loop: no clamping pass, no warnings carried in).
pub(crate) fn evaluate_sanitized(i: &Inputs, eclipses: Eclipses) -> Outputs {
    pipeline(i, eclipses, Vec::new(), None)
}

/// The model with a hand-built basis in place of the sizing stages' (for the lifecycle
/// stages' tests).
#[cfg(test)]
pub(crate) fn evaluate_lifecycle(inputs: &Inputs, basis: &SystemBasis) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses_summary(&i.orbit);
    pipeline(&i, eclipses, warnings, Some(basis.clone()))
}

#[cfg(test)]
mod tests;
