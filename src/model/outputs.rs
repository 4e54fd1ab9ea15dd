//! The model's outputs, with units in the types, plus warnings.

use super::orbit::Eclipses;
use super::units::{Joules, Kilograms, SquareMetres, Watts};

/// A note about an input that was adjusted or an output that needs care.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The input or output key the warning concerns.
    pub key: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(key: &'static str, message: String) -> Warning {
        Warning { key, message }
    }
}

/// Mass to orbit by subsystem (Model I fills it; launch and emissions consume it).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MassBreakdown {
    /// Accelerators and their hosts as installed (boards, chassis, memory).
    pub compute: Kilograms,
    pub array: Kilograms,
    pub battery: Kilograms,
    /// Radiator panels plus pumped loop.
    pub radiator: Kilograms,
    /// Bus and structure.
    pub structure: Kilograms,
    pub shielding: Kilograms,
    /// Station-keeping propellant for the mission.
    pub propellant: Kilograms,
}

impl MassBreakdown {
    /// Sum of all parts.
    pub fn total(&self) -> Kilograms {
        self.compute
            + self.array
            + self.battery
            + self.radiator
            + self.structure
            + self.shielding
            + self.propellant
    }
}

/// What Model I hands to the lifecycle side (launch, emissions, Earth comparison,
/// economics): the physical system and the service it delivers. The Earth
/// alternatives deliver the same `it_energy_lifetime` and `accelerator_hours_lifetime`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SystemBasis {
    /// Mission (hardware) lifetime in orbit, years.
    pub mission_years: f64,
    /// Analysis horizon, years (replacement generations when longer than the mission).
    pub horizon_years: f64,
    /// Catalogue id of the accelerator (for its embodied carbon and price).
    pub accelerator_id: &'static str,
    /// Number of accelerators installed.
    pub accelerators: f64,
    /// IT power installed (accelerators plus host overhead) at full utilisation.
    pub it_power: Watts,
    /// IT energy actually delivered over one mission, after throttling, failures and upsets.
    pub it_energy_lifetime: Joules,
    /// Delivered IT energy in each mission year (index 0 = first year); sums to `it_energy_lifetime`.
    pub it_energy_by_year: Vec<Joules>,
    /// Accelerator-hours delivered over one mission.
    pub accelerator_hours_lifetime: f64,
    /// Floating-point operations delivered over one mission.
    pub flops_lifetime: f64,
    pub mass: MassBreakdown,
    pub array_area: SquareMetres,
    /// Array power at beginning of life, in sunlight.
    pub array_power_bol: Watts,
    /// Usable battery capacity (zero when compute is throttled in eclipse).
    pub battery_capacity: Joules,
    pub radiator_area: SquareMetres,
}

/// Everything the model computes.
#[derive(Clone, Debug, PartialEq)]
pub struct Outputs {
    pub eclipses: Eclipses,
    pub warnings: Vec<Warning>,
}
