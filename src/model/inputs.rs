//! The model's inputs: one plain struct of sub-structs, one per concern.
//!
//! Defaults are not written here: `Inputs::default()` applies the central value of
//! every entry in the parameter registry (`crate::data::params`), so the registry is
//! the single source of defaults for the model, the UI, the URL codec and the CLI.
//! Values are in the units their keys name (`altitude_km`), converted to SI newtypes
//! inside the model.

/// The kind of orbit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OrbitKind {
    /// A circular LEO at a chosen inclination; the node precesses under J2.
    #[default]
    Inclined,
    /// Sun-synchronous: inclination computed from altitude, node fixed in local time.
    SunSynchronous,
    /// Geostationary: equatorial, 35,786 km.
    Geostationary,
}

impl OrbitKind {
    /// All kinds, in the order of their registry index.
    pub const ALL: [OrbitKind; 3] = [
        OrbitKind::Inclined,
        OrbitKind::SunSynchronous,
        OrbitKind::Geostationary,
    ];
    /// Stable id used in URLs, scenario files and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            OrbitKind::Inclined => "leo",
            OrbitKind::SunSynchronous => "sso",
            OrbitKind::Geostationary => "geo",
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            OrbitKind::Inclined => "Inclined LEO",
            OrbitKind::SunSynchronous => "Sun-synchronous",
            OrbitKind::Geostationary => "Geostationary",
        }
    }
    /// Index in [`OrbitKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Orbit inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrbitInputs {
    pub kind: OrbitKind,
    /// Circular-orbit altitude above the equatorial radius (ignored for GEO).
    pub altitude_km: f64,
    /// Inclination of an inclined LEO (ignored for SSO and GEO).
    pub inclination_deg: f64,
    /// Local time of the ascending node of a sun-synchronous orbit, hours (6 or 18 = dawn-dusk).
    pub ltan_h: f64,
}

/// Orbital environment inputs (beyond the orbit's geometry).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnvironmentInputs {
    /// Solar activity: picks the low/central/high of the density band.
    pub solar_activity: super::orbit::SolarActivity,
    /// Earth's outgoing long-wave radiation, W/m².
    pub earth_ir_w_m2: f64,
    /// Earth's Bond albedo (fraction).
    pub albedo_fraction: f64,
}

/// Solar array inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArrayInputs {
    /// Index in `data::cells::CELLS`.
    pub cell: usize,
    /// Array area (blanket area, cells plus gaps), m².
    pub area_m2: f64,
    /// Cell area ÷ array area.
    pub packing_fraction: f64,
    /// Mean cosine of the Sun-pointing error.
    pub pointing_fraction: f64,
    /// Solar absorptance of the cell (front) face.
    pub front_absorptance: f64,
    /// Infrared emissivity of the cell (front) face.
    pub front_emissivity: f64,
    /// Infrared emissivity of the rear face.
    pub back_emissivity: f64,
}

/// How the system rides through eclipses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EclipseStrategy {
    /// Batteries carry the full load through the longest eclipse.
    #[default]
    Battery,
    /// No battery: compute stops in eclipse.
    Throttle,
}

impl EclipseStrategy {
    /// All strategies, in registry order.
    pub const ALL: [EclipseStrategy; 2] = [EclipseStrategy::Battery, EclipseStrategy::Throttle];
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            EclipseStrategy::Battery => "battery",
            EclipseStrategy::Throttle => "throttle",
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            EclipseStrategy::Battery => "Batteries carry the load through eclipse",
            EclipseStrategy::Throttle => "Throttle compute in eclipse (no battery)",
        }
    }
    /// Index in [`EclipseStrategy::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Power-system inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PowerInputs {
    pub strategy: EclipseStrategy,
    /// Array-to-load path efficiency in sunlight, X_d.
    pub distribution_efficiency_fraction: f64,
    /// Battery round-trip energy efficiency.
    pub battery_round_trip_fraction: f64,
    /// Depth of discharge over the longest eclipse.
    pub battery_depth_of_discharge_fraction: f64,
    /// Pack specific energy, Wh/kg.
    pub battery_wh_per_kg: f64,
}

/// Cooling inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThermalInputs {
    /// Radiator surface temperature, °C.
    pub radiator_temp_c: f64,
    /// Radiator infrared emissivity (also its infrared absorptance: Kirchhoff).
    pub emissivity: f64,
    /// Radiator solar absorptance.
    pub solar_absorptance: f64,
    /// Radiator panel mass per area, kg/m².
    pub areal_density_kg_m2: f64,
    /// Pumped-loop mass per kW of heat (pumps, lines, coolant, heat exchangers), kg/kW.
    pub loop_kg_per_kw: f64,
    /// Pump electrical power ÷ heat moved.
    pub pump_power_fraction: f64,
}

/// Training or inference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WorkloadMode {
    #[default]
    Training,
    Inference,
}

impl WorkloadMode {
    /// All modes, in registry order.
    pub const ALL: [WorkloadMode; 2] = [WorkloadMode::Training, WorkloadMode::Inference];
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            WorkloadMode::Training => "training",
            WorkloadMode::Inference => "inference",
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            WorkloadMode::Training => "Training (one synchronous job)",
            WorkloadMode::Inference => "Inference (independent servers)",
        }
    }
    /// Index in [`WorkloadMode::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Workload inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkloadInputs {
    /// Index in `data::accelerators::ACCELERATORS`.
    pub accelerator: usize,
    pub mode: WorkloadMode,
    /// Number of accelerators installed.
    pub accelerators: f64,
    /// Fraction of time the accelerators are busy.
    pub utilization_fraction: f64,
    /// Idle draw ÷ busy draw.
    pub idle_power_fraction: f64,
    /// Busy draw in inference ÷ TDP (training runs at TDP).
    pub inference_power_fraction: f64,
    /// Unrepairable failures per accelerator-year (compounding).
    pub failure_rate_fraction: f64,
    /// Accelerators in one synchronous training job.
    pub job_accelerators: f64,
    /// Time lost per interruption (restart from checkpoint), hours.
    pub recovery_h: f64,
    /// Mission lifetime in orbit, years.
    pub mission_years: f64,
}

/// Station-keeping propulsion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Propulsion {
    #[default]
    Electric,
    Chemical,
}

impl Propulsion {
    /// All kinds, in registry order.
    pub const ALL: [Propulsion; 2] = [Propulsion::Electric, Propulsion::Chemical];
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Propulsion::Electric => "electric",
            Propulsion::Chemical => "chemical",
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Propulsion::Electric => "Electric (Hall thruster, Isp 1,500 s)",
            Propulsion::Chemical => "Chemical (hydrazine, Isp 220 s)",
        }
    }
    /// Specific impulse, s (Goebel & Katz 2008 for Hall thrusters; SMAD for hydrazine).
    pub fn isp_s(self) -> f64 {
        match self {
            Propulsion::Electric => 1_500.0,
            Propulsion::Chemical => 220.0,
        }
    }
    /// Index in [`Propulsion::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Mass-budget inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MassInputs {
    /// Structure and bus as a fraction of dry mass.
    pub structure_fraction: f64,
    /// Aluminium-equivalent shield thickness around the compute, mm.
    pub shield_mm_al: f64,
    /// Shield surface per accelerator, m².
    pub shield_area_m2_per_accelerator: f64,
    /// Drag coefficient.
    pub drag_coefficient: f64,
    pub propulsion: Propulsion,
}

/// Everything the model takes. Sub-structs are added per concern.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub orbit: OrbitInputs,
    pub env: EnvironmentInputs,
    pub array: ArrayInputs,
    pub power: PowerInputs,
    pub thermal: ThermalInputs,
    pub workload: WorkloadInputs,
    pub mass: MassInputs,
    /// Launch, emissions, Earth alternative and economics.
    pub life: super::lifecycle::LifecycleInputs,
}

impl Default for Inputs {
    fn default() -> Inputs {
        let mut i = Inputs::zeroed();
        crate::data::params::apply_defaults(&mut i);
        i
    }
}

impl Inputs {
    /// Every field zero / first option; only the registry should build on this.
    pub(crate) fn zeroed() -> Inputs {
        Inputs {
            orbit: OrbitInputs::default(),
            env: EnvironmentInputs::default(),
            array: ArrayInputs::default(),
            power: PowerInputs::default(),
            thermal: ThermalInputs::default(),
            workload: WorkloadInputs::default(),
            mass: MassInputs::default(),
            life: Default::default(),
        }
    }
}
