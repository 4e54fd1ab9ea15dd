//! The model's outputs: one struct with a field per pipeline stage, units in the types,
//! plus the warnings; and the registry of scalar outputs ([`registry`]).

pub mod registry;

pub use registry::{output, outputs, OutputSpec, OUTPUTS};

use super::basis::SystemBasis;
use super::earth::EarthOutputs;
use super::economics::EconomicsOutputs;
use super::emissions::combustion::CombustionOutputs;
use super::emissions::manufacturing::ManufacturingOutputs;
use super::emissions::reentry::ReentryOutputs;
use super::emissions::Footprint;
use super::environment::EnvironmentOutputs;
use super::inputs::Accounting;
use super::launch::LaunchOutputs;
use super::mass::MassOutputs;
use super::orbit::Eclipses;
use super::power::{EclipseChoice, PowerOutputs};
use super::scale::ScaleOutputs;
use super::solar::SolarOutputs;
use super::thermal::ThermalOutputs;
use super::units::Watts;
use super::verdict::Verdicts;
use super::warning::Warning;
use super::workload::WorkloadOutputs;

/// Everything the model computes, stage by stage in pipeline order.
#[derive(Clone, Debug, PartialEq)]
pub struct Outputs {
    pub eclipses: Eclipses,
    pub environment: EnvironmentOutputs,
    pub solar: SolarOutputs,
    /// Batteries or throttling, and why (the pipeline sizes both).
    pub eclipse_choice: EclipseChoice,
    pub power: PowerOutputs,
    pub thermal: ThermalOutputs,
    pub workload: WorkloadOutputs,
    pub mass: MassOutputs,
    /// What the sizing stages hand to the lifecycle stages.
    pub basis: SystemBasis,
    /// The accounting the headline figures use (every accounting is computed).
    pub accounting: Accounting,
    pub launch: LaunchOutputs,
    pub combustion: CombustionOutputs,
    pub manufacturing: ManufacturingOutputs,
    pub reentry: ReentryOutputs,
    /// The orbital system's lifecycle emissions over the horizon.
    pub footprint: Footprint,
    pub earth: EarthOutputs,
    pub verdicts: Verdicts,
    pub economics: EconomicsOutputs,
    pub scale: ScaleOutputs,
    pub warnings: Vec<Warning>,
}

impl Outputs {
    /// The power and heat flow at beginning of life, in sunlight: what the array absorbs,
    /// what it re-radiates, the electricity it makes, what the bus draws, what the
    /// accelerators use, and the heat the radiators reject.
    pub fn power_flow(&self) -> [(&'static str, Watts); 6] {
        let area = self.basis.array_area.get();
        let t = &self.solar.thermal_bol;
        [
            (
                "Absorbed by the array (sunlight, Earth IR, albedo)",
                Watts::new(t.absorbed.get() * area),
            ),
            (
                "Re-radiated by the array as heat",
                Watts::new(t.emitted.get() * area),
            ),
            ("Electricity generated", self.solar.power_bol),
            (
                "Drawn by the bus (IT, cooling, losses)",
                self.power.bus_load,
            ),
            (
                "Used by the accelerators (IT power)",
                self.workload.it_power_installed,
            ),
            ("Rejected by the radiators", self.thermal.heat_load),
        ]
    }

    /// Orbit ÷ Earth lifecycle emissions under accounting `a` (the verdict's `ratio`
    /// uses the chosen accounting); 0 when Earth's total is 0.
    pub fn ratio_with(&self, a: Accounting) -> f64 {
        let e = self.earth.total.get();
        if e > 0.0 {
            self.footprint.by_accounting.get(a).get() / e
        } else {
            0.0
        }
    }
}
