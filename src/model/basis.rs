//! The seam between sizing the system (orbit to mass) and its lifecycle (launch,
//! emissions, the Earth side, economics): what the first half hands the second. A leaf:
//! it imports only units.

use super::units::{Joules, Kilograms, SquareMetres, Watts};

/// Longest mission the yearly vectors cover (the registry caps it at 20 years).
pub const MAX_MISSION_YEARS: usize = 20;

/// The mission's length and its year grid, shared by the stages that integrate over
/// the mission (array energy, delivered compute, propellant).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mission {
    /// Mission length, years (clamped to `0..=MAX_MISSION_YEARS`).
    pub years: f64,
    /// Mission years counted, the last one partial (at least 1).
    pub n_years: usize,
}

impl Mission {
    /// The mission of `years` years.
    pub fn new(years: f64) -> Mission {
        let years = years.clamp(0.0, MAX_MISSION_YEARS as f64);
        Mission {
            years,
            n_years: (years.ceil() as usize).clamp(1, MAX_MISSION_YEARS),
        }
    }

    /// The share of mission year `k` that is flown (1 for every full year).
    pub fn year_weight(&self, k: usize) -> f64 {
        (self.years - k as f64).clamp(0.0, 1.0)
    }
}

/// Mass to orbit by subsystem (the mass stage fills it; launch and emissions consume it).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MassBreakdown {
    /// Accelerators and their hosts as carried (boards, cold plates, memory), spares included.
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
    /// Every part × `k` (a published design's total with this model's proportions).
    pub fn scaled(&self, k: f64) -> MassBreakdown {
        MassBreakdown {
            compute: self.compute * k,
            array: self.array * k,
            battery: self.battery * k,
            radiator: self.radiator * k,
            structure: self.structure * k,
            shielding: self.shielding * k,
            propellant: self.propellant * k,
        }
    }

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

/// What sizing hands to the lifecycle stages (launch, emissions, Earth comparison,
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
    /// Number of accelerators carried (hot spares included).
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
    /// Catalogue id of the array's cell (for its embodied carbon and price).
    pub array_cell_id: &'static str,
    /// Array power at beginning of life, in sunlight.
    pub array_power_bol: Watts,
    /// Usable battery capacity (zero when compute is throttled in eclipse).
    pub battery_capacity: Joules,
    pub radiator_area: SquareMetres,
}
