//! The pure model: `evaluate(&Inputs) -> Outputs`, one pipeline of stages.
//!
//! Architecture invariants: nothing here imports a browser crate, does IO, or panics.
//! Out-of-range or non-finite inputs are clamped to their registry range and reported
//! as warnings inside the outputs; every output is finite. Each concern module exposes
//! one stage function (`assess`) that takes its own inputs and the outputs of the
//! stages upstream; only this file wires the stages, in [`pipeline`], and no stage
//! takes `&Inputs` whole.

pub mod basis;
pub mod claims;
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
pub mod presets;
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
use environment::EnvironmentOutputs;
use inputs::{ArraySizing, EclipseStrategy, PowerInputs};
use orbit::Eclipses;
use power::EclipseChoice;

/// Evaluates the whole model. Never panics; all outputs are finite.
///
/// The eclipse year-scan dominates the cost; Monte Carlo runs that keep the orbit
/// fixed should scan once with [`orbit::annual_eclipses_summary`] and call
/// [`evaluate_with_orbit`].
pub fn evaluate(inputs: &Inputs) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses(&i.orbit);
    pipeline(&i, eclipses, warnings, None, Depth::Full)
}

/// Evaluates the model with a precomputed eclipse profile, which must come from
/// `orbit::annual_eclipses*` of the same (sanitised) orbit inputs.
pub fn evaluate_with_orbit(inputs: &Inputs, eclipses: &Eclipses) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    pipeline(&i, eclipses.clone(), warnings, None, Depth::Full)
}

/// The array area that exactly powers the workload's busy draw at end of life, at
/// aphelion, on the worst orbit, with the eclipse strategy the model uses (the one
/// "size to workload" of the pipeline, the UI and every preset).
pub fn array_area_for_workload(inputs: &Inputs) -> units::SquareMetres {
    let mut i = inputs.clone();
    i.array.sizing = ArraySizing::Workload;
    evaluate_with_orbit(&i, &orbit::annual_eclipses_summary(&sanitize(&i).0.orbit))
        .solar
        .area
}

/// One sizing pass: the system with a given eclipse strategy, from the array to its mass.
struct Sizing {
    solar: solar::SolarOutputs,
    draw: workload::Draw,
    power: power::PowerOutputs,
    thermal: thermal::ThermalOutputs,
    workload: workload::WorkloadOutputs,
    mass: mass::MassOutputs,
    warnings: Vec<Warning>,
}

impl Sizing {
    /// This model's mass to orbit per accelerator-hour delivered (infinite when none is).
    fn mass_per_hour(&self) -> f64 {
        let h = self.workload.accelerator_hours_lifetime;
        if h > 0.0 {
            self.mass.physics_total.get() / h
        } else {
            f64::INFINITY
        }
    }
}

/// Sizes the system with batteries (`Battery`) or throttled (`Throttle`): array (sized
/// to the workload or as given) → power → cooling → delivery → mass.
fn size(
    i: &Inputs,
    strategy: EclipseStrategy,
    environment: &EnvironmentOutputs,
    e: &Eclipses,
    mission: &Mission,
) -> Sizing {
    let mut w = Vec::new();
    let p = PowerInputs {
        strategy,
        ..i.power.clone()
    };
    let pump = i.thermal.pump_power_fraction;
    let draw = workload::draw(&i.workload);
    let area = match i.array.sizing {
        ArraySizing::Workload => {
            let (needed, _, _) = power::required_power(&p, pump, e, draw.busy);
            solar::area_for_power(&i.array, environment, mission, needed)
        }
        ArraySizing::Area => units::SquareMetres::new(i.array.area_m2),
    };
    let solar = solar::assess(&i.array, area, environment, e, mission, &mut w);
    let power = power::assess(&p, pump, &draw, &solar, e, &mut w);
    let thermal = thermal::assess(
        &i.thermal,
        draw.max_die_c,
        &power,
        &solar,
        environment,
        &mut w,
    );
    let workload = workload::assess(&i.workload, &draw, &solar, &power, environment, mission);
    let mass = mass::assess(
        &i.mass,
        &i.design,
        draw.accelerators_carried,
        draw.installed,
        &solar,
        &power,
        &thermal,
        environment,
        e,
        mission,
        &mut w,
    );
    Sizing {
        solar,
        draw,
        power,
        thermal,
        workload,
        mass,
        warnings: w,
    }
}

/// Every stage, in dependency order: sizing the system from its orbit to its mass,
/// then its lifecycle against the Earth alternative. `given_basis` replaces the sizing
/// stages' hand-over (tests of the lifecycle stages build one by hand, independent of
/// sizing); the model itself always passes `None`.
/// How much of the model a caller needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Depth {
    /// Everything (the page, the CLI, the exports).
    Full,
    /// The verdicts and what they rest on, for the Monte Carlo, the tornado and the
    /// ladder: the system is sized only with the eclipse strategy chosen, so the other
    /// strategy's comparison (`EclipseChoice::battery_vs_throttle`) is left at 0. Every
    /// other output is the same, bit for bit.
    Verdict,
}

fn pipeline(
    i: &Inputs,
    eclipses: Eclipses,
    mut warnings: Vec<Warning>,
    given_basis: Option<SystemBasis>,
    depth: Depth,
) -> Outputs {
    let w = &mut warnings;
    let e = &eclipses;
    orbit::check(e, w);

    // Sizing: environment, then the system sized with batteries and throttled; the
    // eclipse strategy chosen (`Auto`: batteries when eclipses come on most days).
    let mission = Mission::new(i.workload.mission_years);
    let environment = environment::assess(&i.environment, e);
    let batteries = match i.power.strategy {
        EclipseStrategy::Battery => true,
        EclipseStrategy::Throttle => false,
        EclipseStrategy::Auto => power::eclipses_most_days(e),
    };
    let strategy = |b: bool| {
        if b {
            EclipseStrategy::Battery
        } else {
            EclipseStrategy::Throttle
        }
    };
    let sized = size(i, strategy(batteries), &environment, e, &mission);
    let battery_vs_throttle = match depth {
        Depth::Verdict => 0.0,
        Depth::Full => {
            let other = size(i, strategy(!batteries), &environment, e, &mission);
            let (with_b, thr) = if batteries {
                (&sized, &other)
            } else {
                (&other, &sized)
            };
            let (b, t) = (with_b.mass_per_hour(), thr.mass_per_hour());
            if b.is_finite() && t.is_finite() && t > 0.0 {
                b / t - 1.0
            } else if t.is_finite() {
                1.0
            } else {
                -1.0
            }
        }
    };
    let eclipse_choice = EclipseChoice {
        batteries,
        battery_vs_throttle,
    };
    w.extend(sized.warnings);
    let Sizing {
        solar,
        draw,
        power,
        thermal,
        workload,
        mass,
        ..
    } = sized;
    let basis = given_basis.unwrap_or_else(|| SystemBasis {
        mission_years: mission.years,
        horizon_years: mission.years,
        accelerator_id: workload.accelerator_id,
        accelerators: draw.accelerators_carried,
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
        eclipse_choice,
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
    pipeline(i, eclipses, Vec::new(), None, Depth::Verdict)
}

/// The model with a hand-built basis in place of the sizing stages' (for the lifecycle
/// stages' tests).
#[cfg(test)]
pub(crate) fn evaluate_lifecycle(inputs: &Inputs, basis: &SystemBasis) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses_summary(&i.orbit);
    pipeline(&i, eclipses, warnings, Some(basis.clone()), Depth::Full)
}

#[cfg(test)]
mod tests;
