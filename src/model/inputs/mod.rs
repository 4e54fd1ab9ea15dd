//! The model's inputs: one plain struct of domain sub-structs, one per concern, and the
//! choice enums.
//!
//! Defaults are not written here: `Inputs::default()` ([`registry`]) applies the
//! central value of every registry entry, so the registry is the single source of
//! defaults for the model, the UI, the URL codec and the CLI. Values are in the units
//! their keys name (`altitude_km`), converted to SI newtypes inside the model.
//!
//! Architecture invariant: this module imports nothing from the model but its units;
//! the registry beside it imports the reference data.

pub mod registry;
pub mod text;

use crate::data::constants::{ISP_HALL_S, ISP_HYDRAZINE_S};

/// A choice enum: the variants with their stable ids (URLs, scenario files, the CLI)
/// and labels, `ALL` in registry order, `index`/`from_index` and the registry's option
/// lookup. The `#[default]` variant is the fallback of `from_index`.
macro_rules! choice_enum {
    ($(#[$meta:meta])* pub enum $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = ($id:literal, $label:literal)),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every variant, in registry order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Stable id used in URLs, scenario files and the CLI.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }
            /// Human label.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }
            /// Index in `ALL`.
            pub fn index(self) -> usize {
                self as usize
            }
            /// The variant at `n` in `ALL`; the default past the end.
            pub fn from_index(n: usize) -> $name {
                Self::ALL.get(n).copied().unwrap_or_default()
            }
            /// Option `n` as (id, label), or None past the end (the registry's lookup).
            pub fn option(n: usize) -> Option<(&'static str, &'static str)> {
                Self::ALL.get(n).map(|v| (v.id(), v.label()))
            }
        }
    };
}
pub(crate) use choice_enum;

choice_enum! {
    /// The kind of orbit.
    pub enum OrbitKind {
        /// A circular LEO at a chosen inclination; the node precesses under J2.
        #[default]
        Inclined = ("leo", "Inclined LEO"),
        /// Sun-synchronous: inclination computed from altitude, node fixed in local time.
        SunSynchronous = ("sso", "Sun-synchronous"),
        /// Geostationary: equatorial, 35,786 km.
        Geostationary = ("geo", "Geostationary"),
    }
}

choice_enum! {
    /// Solar activity, the low/central/high of the atmospheric density band.
    pub enum SolarActivity {
        Minimum = ("min", "Solar minimum"),
        #[default]
        Mean = ("mean", "Solar mean"),
        Maximum = ("max", "Solar maximum"),
    }
}

choice_enum! {
    /// How the array is sized.
    pub enum ArraySizing {
        /// To the workload's busy draw at end of life, at aphelion, on the worst orbit.
        #[default]
        Workload = ("workload", "Sized to the workload (end of life)"),
        /// The area given by `array.area_m2` (a published design's array).
        Area = ("area", "The area set below"),
    }
}

choice_enum! {
    /// How the system rides through eclipses.
    pub enum EclipseStrategy {
        /// Batteries when the orbit sees an eclipse on most days, throttling otherwise.
        #[default]
        Auto = ("auto", "Automatic: batteries if eclipses come on most days, else throttle"),
        /// Batteries carry the full load through the longest eclipse.
        Battery = ("battery", "Batteries carry the load through eclipse"),
        /// No battery: compute stops in eclipse.
        Throttle = ("throttle", "Throttle compute in eclipse (no battery)"),
    }
}

choice_enum! {
    /// Which faces of the radiator see the Sun.
    pub enum SunExposure {
        /// Edge-on: neither face sees the Sun.
        #[default]
        EdgeOn = ("edge", "Edge-on to the Sun"),
        /// One face normal to the Sun (the Starcloud white paper's panel).
        OneFace = ("face", "One face sunlit (Starcloud white paper)"),
    }
}

choice_enum! {
    /// What becomes of a silent data corruption.
    pub enum SdcHandling {
        /// Detected (by recomputation, as Gemini's deterministic replay) and the step replayed.
        #[default]
        Replay = ("replay", "Detected by recomputation; the step is replayed"),
        /// Not detected: no time is lost and the results carry the error.
        Undetected = ("undetected", "Not detected: no time lost, results carry the error"),
    }
}

choice_enum! {
    /// Training or inference.
    pub enum WorkloadMode {
        #[default]
        Training = ("training", "Training (one synchronous job)"),
        Inference = ("inference", "Inference (independent servers)"),
    }
}

choice_enum! {
    /// Station-keeping propulsion.
    pub enum Propulsion {
        #[default]
        Electric = ("electric", "Electric (Hall thruster, Isp 1,500 s)"),
        Chemical = ("chemical", "Chemical (hydrazine, Isp 220 s)"),
    }
}

impl Propulsion {
    /// Specific impulse, s (Goebel & Katz 2008 for Hall thrusters; SMAD for hydrazine).
    pub fn isp_s(self) -> f64 {
        match self {
            Propulsion::Electric => ISP_HALL_S.value,
            Propulsion::Chemical => ISP_HYDRAZINE_S.value,
        }
    }
}

choice_enum! {
    /// Which CO2e accounting drives the verdicts (all five are always computed).
    pub enum Accounting {
        /// Combustion CO2 (after afterburning) and manufacturing only.
        #[default]
        Co2Only = ("co2", "CO2 only"),
        /// With non-CO2 effects (tropospheric BC; BC, alumina and water at 15–50 km) under the
        /// chosen metric: the low end of their range (forcing and efficacy at their low/high corners).
        Low = ("low", "With non-CO2 effects (low end)"),
        /// With non-CO2 effects at the inputs' values.
        Central = ("central", "With non-CO2 effects (at the inputs' values)"),
        /// With non-CO2 effects, the high end of their range.
        High = ("high", "With non-CO2 effects (high end)"),
        /// Ohs et al. 2025: their per-launch figures where published, re-entry NOx × 298 (flagged: N2O's GWP).
        Ohs = ("ohs", "Ohs et al. 2025 (NOx × 298, flagged)"),
    }
}

choice_enum! {
    /// The climate metric that turns non-CO2 emissions into CO2e.
    pub enum ClimateMetric {
        /// Global warming potential over 100 years (the reporting convention).
        #[default]
        Gwp100 = ("gwp100", "GWP100 (warming over 100 years)"),
        /// Global warming potential over 20 years (weights short-lived species up).
        Gwp20 = ("gwp20", "GWP20 (warming over 20 years)"),
        /// Global temperature-change potential at 100 years (weights short-lived species down).
        Gtp100 = ("gtp100", "GTP100 (temperature in 100 years)"),
    }
}

impl ClimateMetric {
    /// The metric's short name, as published ("GWP100").
    pub fn name(self) -> &'static str {
        match self {
            ClimateMetric::Gwp100 => "GWP100",
            ClimateMetric::Gwp20 => "GWP20",
            ClimateMetric::Gtp100 => "GTP100",
        }
    }
}

choice_enum! {
    /// How a grid alternative's carbon intensity changes over the years of the horizon.
    pub enum GridTrajectory {
        /// Today's intensity every year.
        Flat = ("flat", "Flat: today's grid every year"),
        /// IEA's near-term forecast: combustion intensity −3.6 % a year.
        #[default]
        StatedPolicies = ("steps", "Stated policies: −3.6 % a year (IEA Electricity 2025)"),
        /// IEA Net Zero: combustion intensity to zero by 2040.
        NetZero = ("nze", "Net zero: fossil emissions gone by 2040 (IEA NZE)"),
    }
}

choice_enum! {
    /// How launches are counted.
    pub enum Allocation {
        /// By mass share of each launch (rideshare; Ohs et al.'s per-kg accounting).
        #[default]
        Share = ("share", "By mass share (rideshare)"),
        /// Dedicated launches, rounded up.
        Whole = ("whole", "Whole dedicated launches"),
    }
}

/// Orbit inputs: the geometry.
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
    pub solar_activity: SolarActivity,
    /// Earth's outgoing long-wave radiation, W/m².
    pub earth_ir_w_m2: f64,
    /// Earth's Bond albedo (fraction).
    pub albedo_fraction: f64,
    /// Dose (and with it every upset rate) ÷ the altitude table's.
    pub dose_scale: f64,
}

/// Solar array inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArrayInputs {
    /// Index in `data::cells::CELLS`.
    pub cell: usize,
    pub sizing: ArraySizing,
    /// Array area (blanket area, cells plus gaps) when not sized to the workload, m².
    pub area_m2: f64,
    /// Cell efficiency at 28 °C, beginning of life, % (0 = the cell's catalogue value).
    pub efficiency_pct: f64,
    /// Array power lost per year, % (0 = the cell's rate at this orbit's dose).
    pub degradation_pct_per_yr: f64,
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
    /// Capacity factor of a ground PV plant (annual energy ÷ nameplate × 8766 h), %: the
    /// ground side of the solar gain (`solar.gain_vs_ground`).
    pub ground_capacity_factor_pct: f64,
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
    /// Radiator surface temperature, °C (at most the die limit less the loop drop).
    pub radiator_temp_c: f64,
    /// Temperature drop from the die to the radiator surface, K.
    pub loop_drop_k: f64,
    pub sun_exposure: SunExposure,
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
    /// Reboot and restart after a hard interruption (the work since the last checkpoint
    /// is counted apart), hours.
    pub restart_h: f64,
    /// Step replay or in-memory rollback after a detected HBM error or corruption, s.
    pub replay_s: f64,
    /// Time to write one checkpoint, minutes.
    pub checkpoint_min: f64,
    /// Hot spare accelerators, % of the working ones (0 = none).
    pub hot_spare_pct: f64,
    pub sdc: SdcHandling,
    /// Dose per HBM uncorrectable error on a TPU v6e (32 GB), rad.
    pub hbm_uecc_rad: f64,
    /// Dose per silent data corruption on a TPU v6e, rad.
    pub sdc_rad: f64,
    /// Dose per accelerator functional interrupt on a TPU v6e, rad.
    pub sefi_rad: f64,
    /// Dose per host CPU functional interrupt, rad.
    pub host_cpu_rad: f64,
    /// Dose per host memory error, rad.
    pub host_mem_rad: f64,
    /// Mission lifetime in orbit, years.
    pub mission_years: f64,
}

/// Mass-budget inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MassInputs {
    /// Compute hardware per accelerator in orbit (board, cold plate, host share), kg.
    pub compute_kg_per_accelerator: f64,
    /// Structure and bus as a fraction of the mass that carries no structure of its own.
    pub structure_fraction: f64,
    /// Aluminium-equivalent shield thickness around the compute, mm.
    pub shield_mm_al: f64,
    /// Shield surface per accelerator, m².
    pub shield_area_m2_per_accelerator: f64,
    /// Drag coefficient.
    pub drag_coefficient: f64,
    pub propulsion: Propulsion,
}

/// A published design's own figures, applied in place of this model's physics where set
/// (0 = this model's physics).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DesignInputs {
    /// Whole-system mass per kW of IT power, kg/kW.
    pub kg_per_kw: f64,
    /// IT power per satellite, kW (0 = the system is counted as one unit).
    pub satellite_kw: f64,
    /// Mass per satellite, kg.
    pub satellite_kg: f64,
}

/// Analysis-timeline inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineInputs {
    /// Analysis horizon, years (0 = one mission); longer horizons relaunch replacement generations.
    pub horizon_years: f64,
    /// Calendar year the system starts operating (the grid trajectories' year 0).
    pub start_year: f64,
}

/// Launch inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaunchInputs {
    /// Index in `data::vehicles::VEHICLES`.
    pub vehicle: usize,
    pub allocation: Allocation,
    /// Share of the payload lost to adapters and packing, %.
    pub margin_pct: f64,
    /// Price override, USD/kg (0 = the vehicle's price at `price_position`).
    pub price_usd_per_kg: f64,
    /// Where the vehicle's price sits in its cited range (0 low, 0.5 central, 1 high).
    pub price_position: f64,
    /// Flights per reusable stage (0 = catalogue).
    pub flights: f64,
}

/// Emission accounting inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmissionInputs {
    pub accounting: Accounting,
    pub metric: ClimateMetric,
    /// Instantaneous forcing of BC emitted at 15–50 km, mW/m² per Gg/yr.
    pub bc_forcing_mw_m2_per_gg_yr: f64,
    /// The same for alumina.
    pub al2o3_forcing_mw_m2_per_gg_yr: f64,
    /// Effective ÷ instantaneous forcing of stratospheric BC (below 0: surface cooling).
    pub bc_efficacy: f64,
    /// Where the array's embodied carbon sits in the chosen cell's cited range (0 low, 0.5 central, 1 high).
    pub array_embodied_position: f64,
}

/// Earth alternative inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EarthInputs {
    /// Index in `data::grids::ALTERNATIVES`.
    pub alternative: usize,
    /// How a grid's intensity changes over the horizon (dedicated supplies stay flat).
    pub trajectory: GridTrajectory,
    /// PUE override (0 = the alternative's).
    pub pue: f64,
    /// Electricity price override, USD/kWh (0 = the alternative's).
    pub price_usd_per_kwh: f64,
    pub refresh_years: f64,
    pub building_life_years: f64,
    /// Facility capex override, USD per W of IT (0 = the alternative's).
    pub capex_usd_per_w: f64,
    /// Where the alternative's PUE, electricity price and capex sit in their cited ranges
    /// (0 low, 0.5 central, 1 high).
    pub pue_position: f64,
    pub price_position: f64,
    pub capex_position: f64,
    /// Where the alternative's hardware failure factor sits in its cited range (Natick's
    /// small-sample interval).
    pub failure_position: f64,
}

/// Economics inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EconInputs {
    pub discount_pct: f64,
    /// Satellite hardware other than the array and the compute, USD/kg.
    pub satellite_usd_per_kg: f64,
    pub accelerator_usd: f64,
    /// Where the array's price per watt sits in the cell's cited range (0 low, 0.5 central, 1 high).
    pub array_price_position: f64,
}

/// Scale inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScaleInputs {
    pub share_pct: f64,
    /// Index in `data::grids::DEMAND`.
    pub year: usize,
}

/// Everything the model takes: one sub-struct per concern, in pipeline order.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub orbit: OrbitInputs,
    pub environment: EnvironmentInputs,
    pub array: ArrayInputs,
    pub power: PowerInputs,
    pub thermal: ThermalInputs,
    pub workload: WorkloadInputs,
    pub mass: MassInputs,
    pub design: DesignInputs,
    pub timeline: TimelineInputs,
    pub launch: LaunchInputs,
    pub emissions: EmissionInputs,
    pub earth: EarthInputs,
    pub econ: EconInputs,
    pub scale: ScaleInputs,
}

impl Inputs {
    /// Every field zero / first option; only the registry builds on this.
    pub(crate) fn zeroed() -> Inputs {
        Inputs {
            orbit: OrbitInputs::default(),
            environment: EnvironmentInputs::default(),
            array: ArrayInputs::default(),
            power: PowerInputs::default(),
            thermal: ThermalInputs::default(),
            workload: WorkloadInputs::default(),
            mass: MassInputs::default(),
            design: DesignInputs::default(),
            timeline: TimelineInputs::default(),
            launch: LaunchInputs::default(),
            emissions: EmissionInputs::default(),
            earth: EarthInputs::default(),
            econ: EconInputs::default(),
            scale: ScaleInputs::default(),
        }
    }
}
