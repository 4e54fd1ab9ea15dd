//! Manufacturing footprints: launcher stages (expended, or amortised over their flights),
//! propellant production, the satellite and its computing hardware.

use crate::data::cells::cell_by_id;
use crate::data::emission_indices::{accelerator_embodied, MANUFACTURING};
use crate::data::vehicles::{Stage, Vehicle};
use crate::model::basis::SystemBasis;
use crate::model::timeline::Timeline;
use crate::model::units::KgCo2e;

/// Manufacturing results.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ManufacturingOutputs {
    /// Stage production per launch, amortised over each stage's flights.
    pub stages_per_launch: KgCo2e,
    /// Propellant production per launch.
    pub propellant_per_launch: KgCo2e,
    /// Sum of the two, per launch.
    pub launcher_per_launch: KgCo2e,
    /// One generation of the satellite, by part.
    pub array: KgCo2e,
    pub battery: KgCo2e,
    pub radiator: KgCo2e,
    /// Bus, structure and shielding (aluminium).
    pub structure: KgCo2e,
    /// Accelerators (the same hardware is counted on Earth).
    pub compute: KgCo2e,
    /// One generation: the sum of the five parts.
    pub satellite_per_generation: KgCo2e,
    /// All generations over the horizon.
    pub satellite_total: KgCo2e,
}

/// Production footprint of one unit of a stage, kgCO2e.
pub fn stage_unit(s: &Stage) -> f64 {
    let m = &MANUFACTURING;
    let f = s.materials;
    s.dry_kg
        * (f.steel * m.steel.central
            + f.aluminium * m.aluminium.central
            + f.electronics * m.electronics.central
            + f.composite * m.composite.central)
}

/// Stage production per launch (units × unit footprint ÷ flights). `flights_override` > 0
/// replaces the flights of the stages the catalogue marks reusable.
pub fn stages_per_launch(v: &Vehicle, flights_override: f64) -> f64 {
    v.stages
        .iter()
        .map(|s| {
            let flights = if s.flights > 1.0 && flights_override > 0.0 {
                flights_override.max(1.0)
            } else {
                s.flights.max(1.0)
            };
            s.count * stage_unit(s) / flights
        })
        .sum()
}

/// Propellant production per launch, kgCO2e.
pub fn propellant_per_launch(v: &Vehicle) -> f64 {
    v.stages
        .iter()
        .map(|s| s.count * s.propellant_kg * MANUFACTURING.propellant[s.propellant.index()].central)
        .sum()
}

/// Embodied carbon of the array per m²: the chosen cell's catalogue figure at `position`
/// within its cited range (0.5 = its central value).
pub fn array_per_m2(cell_id: &str, position: f64) -> f64 {
    cell_by_id(cell_id).embodied_kgco2e_m2.at(position)
}

/// The manufacturing stage: the launcher per launch (stages amortised over
/// `flights_override` flights when > 0, else the catalogue's) and propellant production,
/// and the satellite by part for every generation, the array by its cell.
pub fn assess(
    flights_override: f64,
    array_position: f64,
    b: &SystemBasis,
    v: &Vehicle,
    t: &Timeline,
) -> ManufacturingOutputs {
    let m = &MANUFACTURING;
    let stages = stages_per_launch(v, flights_override);
    let prop = propellant_per_launch(v);
    let pos = |x: f64| if x.is_finite() { x.max(0.0) } else { 0.0 };
    let array = pos(b.array_area.get()) * array_per_m2(b.array_cell_id, array_position);
    let battery = pos(b.battery_capacity.kwh()) * m.battery_per_kwh.central;
    let radiator = pos(b.radiator_area.get()) * m.radiator_per_m2.central;
    let structure = pos(b.mass.structure.get() + b.mass.shielding.get()) * m.aluminium.central;
    let compute = pos(b.accelerators) * accelerator_embodied(b.accelerator_id).central;
    let gen = array + battery + radiator + structure + compute;
    ManufacturingOutputs {
        stages_per_launch: KgCo2e::new(stages),
        propellant_per_launch: KgCo2e::new(prop),
        launcher_per_launch: KgCo2e::new(stages + prop),
        array: KgCo2e::new(array),
        battery: KgCo2e::new(battery),
        radiator: KgCo2e::new(radiator),
        structure: KgCo2e::new(structure),
        compute: KgCo2e::new(compute),
        satellite_per_generation: KgCo2e::new(gen),
        satellite_total: KgCo2e::new(gen * t.generations),
    }
}
