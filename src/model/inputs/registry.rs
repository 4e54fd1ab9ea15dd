//! The input registry: every scalar input and every choice, with its stable key, short
//! URL key, label, unit, range, low/central/high and source. One table of each kind,
//! [`PARAMS`] and [`CHOICES`], in pipeline order; nothing else lists inputs.
//!
//! One registry serves the model defaults (`impl Default for Inputs`), the clamping of
//! raw inputs ([`sanitize`]), the UI controls and assumptions panel, the URL codec, the
//! CLI (`params`, `--set key=value`) and the Monte Carlo. Keys are stable dotted names
//! and never change meaning; short keys are URL format (see `src/share`): renaming one
//! needs a migration there. Keys are part of the export format too, so a key keeps its
//! historical prefix (`lifecycle.horizon_years`) even where the field moved.

use super::{
    choice_enum, Accounting, Allocation, ArraySizing, ClimateMetric, EclipseStrategy,
    GridTrajectory, Inputs, OrbitKind, Propulsion, SdcHandling, SolarActivity, SunExposure,
    WorkloadMode,
};
use crate::data::emission_indices as ei;
use crate::data::{accelerators, cells, check_cited, grids, source, vehicles, Cited};
use crate::model::warning::{Said, Warning};
use crate::numfmt::sig;

choice_enum! {
    /// Where an input is shown in the assumptions panel (the id names its section).
    pub enum Group {
        #[default]
        Orbit = ("orbit", "Orbit"),
        Array = ("array", "Solar array"),
        Power = ("power", "Batteries and power"),
        Thermal = ("thermal", "Cooling"),
        Workload = ("workload", "Workload"),
        Reliability = ("reliability", "Radiation and reliability"),
        Mass = ("mass", "Mass"),
        Design = ("design", "Published design (off = this model's physics)"),
        Launch = ("launch", "Launch"),
        Emissions = ("emissions", "Emissions"),
        Earth = ("earth", "Earth alternative"),
        Economics = ("economics", "Economics"),
    }
}

/// A numeric input.
#[derive(Clone, Copy)]
pub struct ParamSpec {
    /// Stable dotted key, e.g. `orbit.altitude_km`.
    pub key: &'static str,
    /// Short URL key, e.g. `alt`.
    pub short: &'static str,
    pub label: &'static str,
    /// Display unit (the unit the key names).
    pub unit: &'static str,
    pub group: Group,
    /// Allowed range; values outside are clamped with a warning.
    pub min: f64,
    pub max: f64,
    /// Resolution the controls can express; the URL rounds to it.
    pub step: f64,
    /// Logarithmic slider (ranges spanning decades).
    pub log: bool,
    /// Low / central / high and source; the default is the central value.
    pub value: Cited,
    pub get: fn(&Inputs) -> f64,
    pub set: fn(&mut Inputs, f64),
}

/// A choice among named options (an enum or a catalogue entry).
#[derive(Clone, Copy)]
pub struct ChoiceSpec {
    pub key: &'static str,
    pub short: &'static str,
    pub label: &'static str,
    pub group: Group,
    /// Option `n` as (stable id, label), or None past the end.
    pub option: fn(usize) -> Option<(&'static str, &'static str)>,
    /// Id of the default option.
    pub default: &'static str,
    /// Source of the default choice.
    pub source: &'static str,
    pub get: fn(&Inputs) -> usize,
    pub set: fn(&mut Inputs, usize),
}

impl ParamSpec {
    /// Clamps into `[min, max]`; non-finite becomes the central value.
    pub fn clamp(&self, v: f64) -> f64 {
        if v.is_finite() {
            v.clamp(self.min, self.max)
        } else {
            self.value.central
        }
    }

    /// [`ParamSpec::clamp`], then the value a link carries exactly ([`crate::numfmt::settle`]):
    /// what every entry point (link, number field, slider, CLI, scenario file, preset)
    /// sets, so the model uses exactly what the permalink says, however fine the value.
    pub fn settle(&self, v: f64) -> f64 {
        let c = self.clamp(v);
        if c == self.min || c == self.max {
            return c;
        }
        crate::numfmt::settle(c).clamp(self.min, self.max)
    }

    /// The one sentence for a value outside the range, said by the model, the CLI,
    /// presets and the URL decoder alike: "Altitude: 99999 km is outside 200–2,000 km;
    /// using 2,000 km." `written` is the value as the user wrote it (or as the model
    /// received it). Typed, so the page can say it in the reader's language; its
    /// English is [`Said::english`].
    pub fn out_of_range(&self, written: &str, used: f64) -> Said {
        Said::OutOfRange {
            input: self.key,
            label: self.label,
            unit: self.unit,
            written: written.to_string(),
            min: self.min,
            max: self.max,
            used,
        }
    }
}

pub use crate::model::warning::unit_suffix;

impl ChoiceSpec {
    /// All options as (id, label).
    pub fn options(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        (0..).map_while(|n| (self.option)(n))
    }
    /// Index of an option id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.options().position(|(o, _)| o == id)
    }
    /// Number of options.
    pub fn len(&self) -> usize {
        self.options().count()
    }
    /// True when there are no options (never, for a valid registry).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Builds a [`ParamSpec`] whose accessors read and write one field path of `Inputs`.
macro_rules! num {
    ($key:literal, $short:literal, $label:literal, $unit:literal, $group:ident,
     [$min:expr, $max:expr, $step:expr $(, $log:ident)?], $value:expr, $($field:ident).+) => {
        ParamSpec {
            key: $key, short: $short, label: $label, unit: $unit, group: Group::$group,
            min: $min, max: $max, step: $step, log: num!(@log $($log)?), value: $value,
            get: |i: &Inputs| i.$($field).+,
            set: |i: &mut Inputs, v: f64| i.$($field).+ = v,
        }
    };
    (@log log) => { true };
    (@log) => { false };
}

/// Builds a [`ChoiceSpec`] over a choice enum stored in one field path of `Inputs`.
macro_rules! choice {
    ($key:literal, $short:literal, $label:literal, $group:ident, $enum:ident,
     $default:literal, $source:literal, $($field:ident).+) => {
        ChoiceSpec {
            key: $key, short: $short, label: $label, group: Group::$group,
            option: $enum::option, default: $default, source: $source,
            get: |i: &Inputs| i.$($field).+.index(),
            set: |i: &mut Inputs, n| i.$($field).+ = $enum::from_index(n),
        }
    };
}

/// Every numeric input, in pipeline order (the order of exports and URLs).
pub static PARAMS: &[ParamSpec] = &[
    // --- Orbit ---
    num!(
        "orbit.altitude_km",
        "alt",
        "Altitude",
        "km",
        Orbit,
        [200.0, 2000.0, 1.0],
        Cited::one(650.0, "suncatcher"),
        orbit.altitude_km
    ),
    num!(
        "orbit.inclination_deg",
        "inc",
        "Inclination (inclined LEO)",
        "°",
        Orbit,
        [0.0, 180.0, 0.1],
        Cited::one(53.0, "assume.orbit_ranges"),
        orbit.inclination_deg
    ),
    num!(
        "orbit.ltan_h",
        "ltan",
        "Local time of ascending node (6 or 18 h = dawn-dusk)",
        "h",
        Orbit,
        [0.0, 24.0, 0.25],
        Cited::one(6.0, "suncatcher"),
        orbit.ltan_h
    ),
    num!(
        "orbit.earth_ir_w_m2",
        "olr",
        "Earth infrared (OLR)",
        "W/m²",
        Orbit,
        [100.0, 300.0, 1.0],
        Cited::range(150.0, 240.0, 250.0, "loeb2018"),
        environment.earth_ir_w_m2
    ),
    num!(
        "orbit.albedo_fraction",
        "alb",
        "Earth albedo",
        "",
        Orbit,
        [0.0, 0.6, 0.01],
        Cited::range(0.25, 0.30, 0.35, "albedo_ecss"),
        environment.albedo_fraction
    ),
    num!(
        "orbit.dose_scale",
        "dosx",
        "Dose and upset rates ÷ the altitude table",
        "",
        Orbit,
        [0.1, 10.0, 0.01, log],
        Cited::range(0.5, 1.0, 2.0, "assume.dose_proxy"),
        environment.dose_scale
    ),
    // --- Solar array ---
    num!(
        "array.area_m2",
        "arr",
        "Array area (when not sized to the workload)",
        "m²",
        Array,
        [1.0, 1e8, 1.0, log],
        Cited::one(201_000.0, "assume.default_area"),
        array.area_m2
    ),
    num!(
        "array.efficiency_pct",
        "ceff",
        "Cell efficiency override (0 = the cell's own)",
        "%",
        Array,
        [0.0, 50.0, 0.1],
        Cited::one(0.0, "assume.override_off"),
        array.efficiency_pct
    ),
    num!(
        "array.degradation_pct_per_yr",
        "cdeg",
        "Array degradation override (0 = the cell's at this dose)",
        "%/yr",
        Array,
        [0.0, 20.0, 0.01],
        Cited::one(0.0, "assume.override_off"),
        array.degradation_pct_per_yr
    ),
    num!(
        "array.packing_fraction",
        "pack",
        "Packing (fill) factor",
        "",
        Array,
        [0.5, 1.0, 0.01],
        Cited::range(0.85, 0.90, 0.95, "assume.design_ranges"),
        array.packing_fraction
    ),
    num!(
        "array.pointing_fraction",
        "pnt",
        "Sun-pointing cosine",
        "",
        Array,
        [0.5, 1.0, 0.001],
        Cited::range(0.95, 0.99, 1.0, "assume.pointing"),
        array.pointing_fraction
    ),
    num!(
        "array.front_absorptance",
        "afr",
        "Cell-face solar absorptance",
        "",
        Array,
        [0.5, 0.98, 0.01],
        Cited::range(0.80, 0.91, 0.92, "gilmore2002"),
        array.front_absorptance
    ),
    num!(
        "array.front_emissivity",
        "efr",
        "Cell-face IR emissivity",
        "",
        Array,
        [0.3, 0.95, 0.01],
        Cited::range(0.80, 0.85, 0.89, "gilmore2002"),
        array.front_emissivity
    ),
    num!(
        "array.back_emissivity",
        "ebk",
        "Rear-face IR emissivity",
        "",
        Array,
        [0.1, 0.95, 0.01],
        Cited::range(0.70, 0.80, 0.90, "gilmore2002"),
        array.back_emissivity
    ),
    num!(
        "earth.solar_capacity_factor_pct",
        "gcf",
        "Ground PV capacity factor",
        "%",
        Earth,
        [5.0, 40.0, 0.1],
        Cited::range(13.8, 16.9, 24.0, "irena_costs2022"),
        array.ground_capacity_factor_pct
    ),
    // --- Power ---
    num!(
        "power.distribution_efficiency_fraction",
        "xd",
        "Array-to-load efficiency in sunlight (X_d)",
        "",
        Power,
        [0.5, 1.0, 0.01],
        Cited::range(0.80, 0.85, 0.95, "smad_power"),
        power.distribution_efficiency_fraction
    ),
    num!(
        "power.battery_round_trip_fraction",
        "rte",
        "Battery round-trip efficiency",
        "",
        Power,
        [0.5, 1.0, 0.01],
        Cited::range(0.85, 0.90, 0.95, "assume.battery_rte"),
        power.battery_round_trip_fraction
    ),
    num!(
        "power.battery_depth_of_discharge_fraction",
        "dod",
        "Battery depth of discharge",
        "",
        Power,
        [0.05, 1.0, 0.01],
        Cited::range(0.30, 0.40, 0.60, "assume.battery_dod"),
        power.battery_depth_of_discharge_fraction
    ),
    num!(
        "power.battery_wh_per_kg",
        "bwh",
        "Battery specific energy",
        "Wh/kg",
        Power,
        [20.0, 500.0, 1.0],
        Cited::range(100.0, 150.0, 200.0, "assume.battery_wh"),
        power.battery_wh_per_kg
    ),
    // --- Cooling ---
    num!(
        "thermal.radiator_temp_c",
        "trad",
        "Radiator temperature",
        "°C",
        Thermal,
        [0.0, 120.0, 0.5],
        Cited::range(20.0, 45.0, 70.0, "radiator_temp_practice"),
        thermal.radiator_temp_c
    ),
    num!(
        "thermal.loop_drop_k",
        "tdrop",
        "Die-to-radiator temperature drop",
        "K",
        Thermal,
        [0.0, 80.0, 0.5],
        Cited::range(15.0, 25.0, 35.0, "assume.die_limit"),
        thermal.loop_drop_k
    ),
    num!(
        "thermal.emissivity",
        "erad",
        "Radiator emissivity",
        "",
        Thermal,
        [0.5, 0.99, 0.01],
        Cited::range(0.90, 0.92, 0.92, "z93"),
        thermal.emissivity
    ),
    num!(
        "thermal.solar_absorptance",
        "arad",
        "Radiator solar absorptance",
        "",
        Thermal,
        [0.02, 0.6, 0.01],
        Cited::range(0.09, 0.15, 0.36, "z93"),
        thermal.solar_absorptance
    ),
    num!(
        "thermal.areal_density_kg_m2",
        "rkg",
        "Radiator areal density",
        "kg/m²",
        Thermal,
        [0.2, 20.0, 0.01, log],
        Cited::range(0.43, 5.0, 7.0, "elliott1986"),
        thermal.areal_density_kg_m2
    ),
    num!(
        "thermal.loop_kg_per_kw",
        "lkg",
        "Pumped-loop mass per kW",
        "kg/kW",
        Thermal,
        [0.0, 50.0, 0.1],
        Cited::range(1.6, 2.1, 2.6, "iss_atcs_overhead"),
        thermal.loop_kg_per_kw
    ),
    num!(
        "thermal.pump_power_fraction",
        "pump",
        "Pump power per heat moved",
        "",
        Thermal,
        [0.0, 0.2, 0.001],
        Cited::range(0.005, 0.01, 0.03, "assume.pump"),
        thermal.pump_power_fraction
    ),
    // --- Workload ---
    num!(
        "workload.accelerators",
        "nacc",
        "Accelerators",
        "",
        Workload,
        [1.0, 1e8, 1.0, log],
        Cited::one(32_000.0, "starcloud_40mw"),
        workload.accelerators
    ),
    num!(
        "workload.utilization_fraction",
        "util",
        "Utilization (busy time)",
        "",
        Workload,
        [0.01, 1.0, 0.01],
        Cited::range(0.5, 0.8, 0.95, "assume.utilization"),
        workload.utilization_fraction
    ),
    num!(
        "workload.idle_power_fraction",
        "idle",
        "Idle draw ÷ busy draw",
        "",
        Workload,
        [0.0, 1.0, 0.01],
        Cited::range(0.1, 0.2, 0.3, "assume.utilization"),
        workload.idle_power_fraction
    ),
    num!(
        "workload.inference_power_fraction",
        "infp",
        "Inference draw ÷ TDP",
        "",
        Workload,
        [0.3, 1.0, 0.01],
        Cited::range(0.57, 0.68, 0.79, "h100_inference_draw"),
        workload.inference_power_fraction
    ),
    num!(
        "workload.failure_rate_fraction",
        "fail",
        "Unrepairable failures per year",
        "1/yr",
        Workload,
        [0.0, 0.5, 0.001],
        Cited::range(0.011, 0.05, 0.09, "assume.failure_rate"),
        workload.failure_rate_fraction
    ),
    num!(
        "workload.job_accelerators",
        "job",
        "Accelerators per training job",
        "",
        Reliability,
        [1.0, 1e8, 1.0, log],
        Cited::range(1_024.0, 16_384.0, 32_768.0, "assume.job_size"),
        workload.job_accelerators
    ),
    num!(
        "workload.restart_h",
        "rst",
        "Reboot and restart after a hard interruption",
        "h",
        Reliability,
        [0.005, 24.0, 0.005, log],
        Cited::range(0.03, 0.1, 0.5, "assume.recovery"),
        workload.restart_h
    ),
    num!(
        "workload.replay_s",
        "rply",
        "Step replay after a detected error",
        "s",
        Reliability,
        [1.0, 3_600.0, 1.0, log],
        Cited::range(10.0, 60.0, 150.0, "assume.recovery"),
        workload.replay_s
    ),
    num!(
        "workload.checkpoint_min",
        "ckpt",
        "Time to write a checkpoint",
        "min",
        Reliability,
        [0.01, 60.0, 0.01, log],
        Cited::range(0.05, 0.3, 5.0, "assume.recovery"),
        workload.checkpoint_min
    ),
    num!(
        "workload.hot_spare_pct",
        "spare",
        "Hot spare accelerators (0 = none)",
        "%",
        Reliability,
        [0.0, 25.0, 0.1],
        Cited::one(0.0, "assume.no_spares"),
        workload.hot_spare_pct
    ),
    num!(
        "workload.hbm_uecc_rad",
        "rhbm",
        "Dose per HBM uncorrectable error (per 32 GB)",
        "rad",
        Reliability,
        [1.0, 1e6, 0.1, log],
        Cited::range(22.0, 44.0, 88.0, "suncatcher_rad"),
        workload.hbm_uecc_rad
    ),
    num!(
        "workload.sdc_rad",
        "rsdc",
        "Dose per silent data corruption (per chip)",
        "rad",
        Reliability,
        [1.0, 1e6, 0.1, log],
        Cited::range(14.4, 17.0, 20.0, "suncatcher_rad"),
        workload.sdc_rad
    ),
    num!(
        "workload.sefi_rad",
        "rsefi",
        "Dose per accelerator functional interrupt",
        "rad",
        Reliability,
        [1.0, 1e7, 1.0, log],
        Cited::range(2_500.0, 5_000.0, 10_000.0, "suncatcher_rad"),
        workload.sefi_rad
    ),
    num!(
        "workload.host_cpu_rad",
        "rcpu",
        "Dose per host CPU functional interrupt",
        "rad",
        Reliability,
        [1.0, 1e7, 1.0, log],
        Cited::range(225.0, 450.0, 900.0, "suncatcher_rad"),
        workload.host_cpu_rad
    ),
    num!(
        "workload.host_mem_rad",
        "rmem",
        "Dose per host memory error",
        "rad",
        Reliability,
        [1.0, 1e7, 1.0, log],
        Cited::range(200.0, 400.0, 800.0, "suncatcher_rad"),
        workload.host_mem_rad
    ),
    num!(
        "workload.mission_years",
        "life",
        "Mission lifetime",
        "yr",
        Workload,
        [1.0, 20.0, 0.5],
        Cited::one(5.0, "suncatcher_v2"),
        workload.mission_years
    ),
    // --- Mass ---
    num!(
        "mass.compute_kg_per_accelerator",
        "ckg",
        "Compute mass per accelerator (board, cold plate, host share)",
        "kg",
        Mass,
        [0.1, 100.0, 0.1, log],
        Cited::range(4.0, 8.0, 18.9, "assume.space_compute_mass"),
        mass.compute_kg_per_accelerator
    ),
    num!(
        "mass.structure_fraction",
        "struc",
        "Structure share of the mass without its own",
        "",
        Mass,
        [0.0, 0.6, 0.01],
        Cited::range(0.15, 0.21, 0.27, "smad_mass"),
        mass.structure_fraction
    ),
    num!(
        "mass.shield_mm_al",
        "shld",
        "Shield thickness (Al-equivalent)",
        "mm",
        Mass,
        [0.0, 50.0, 0.5],
        Cited::range(5.0, 10.0, 20.0, "assume.design_ranges"),
        mass.shield_mm_al
    ),
    num!(
        "mass.shield_area_m2_per_accelerator",
        "sha",
        "Shield area per accelerator",
        "m²",
        Mass,
        [0.0, 2.0, 0.001],
        Cited::range(0.08, 0.122, 0.165, "assume.design_ranges"),
        mass.shield_area_m2_per_accelerator
    ),
    num!(
        "mass.drag_coefficient",
        "cd",
        "Drag coefficient",
        "",
        Mass,
        [1.5, 3.5, 0.1],
        Cited::one(2.2, "vallado_drag"),
        mass.drag_coefficient
    ),
    // --- A published design's own figures ---
    num!(
        "design.kg_per_kw",
        "dkgkw",
        "Published mass per kW of IT (0 = this model's)",
        "kg/kW",
        Design,
        [0.0, 500.0, 0.01],
        Cited::one(0.0, "assume.override_off"),
        design.kg_per_kw
    ),
    num!(
        "design.satellite_kw",
        "dsatkw",
        "Published IT power per satellite (0 = one system)",
        "kW",
        Design,
        [0.0, 100_000.0, 0.01],
        Cited::one(0.0, "assume.override_off"),
        design.satellite_kw
    ),
    num!(
        "design.satellite_kg",
        "dsatkg",
        "Published mass per satellite (0 = from kg per kW or this model)",
        "kg",
        Design,
        [0.0, 1e7, 0.1],
        Cited::one(0.0, "assume.override_off"),
        design.satellite_kg
    ),
    // --- Timeline, launch, Earth, economics and scale ---
    num!(
        "lifecycle.horizon_years",
        "hrzn",
        "Analysis horizon (0 = one mission)",
        "yr",
        Economics,
        [0.0, 50.0, 0.5],
        Cited::one(0.0, "assume.override_off"),
        timeline.horizon_years
    ),
    num!(
        "lifecycle.start_year",
        "yr0",
        "First year of operation (year 0 of the grid trajectories)",
        "",
        Economics,
        [2025.0, 2045.0, 1.0],
        Cited::range(2026.0, 2027.0, 2035.0, "assume.start_year"),
        timeline.start_year
    ),
    num!(
        "launch.payload_margin_pct",
        "lmrg",
        "Payload margin (adapters, dispensers, packing)",
        "%",
        Launch,
        [0.0, 60.0, 1.0],
        Cited::range(5.0, 10.0, 20.0, "assume.payload_margin"),
        launch.margin_pct
    ),
    num!(
        "launch.price_usd_per_kg",
        "lusd",
        "Launch price override (0 = vehicle list price)",
        "USD/kg",
        Launch,
        [0.0, 20_000.0, 10.0],
        Cited::one(0.0, "assume.override_off"),
        launch.price_usd_per_kg
    ),
    num!(
        "launch.price_position",
        "lusdp",
        "Launch price within the vehicle's cited range (0 low, 0.5 central, 1 high)",
        "",
        Launch,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        launch.price_position
    ),
    num!(
        "launch.booster_flights",
        "lreu",
        "Flights per reusable stage (0 = catalogue)",
        "flights",
        Launch,
        [0.0, 200.0, 1.0],
        Cited::one(0.0, "assume.override_off"),
        launch.flights
    ),
    // --- Emissions: non-CO2 effects and manufacturing ---
    num!(
        "emissions.bc_forcing_mw_m2_per_gg_yr",
        "bcrf",
        "Forcing of black carbon at 15–50 km per Gg/yr emitted",
        "mW/m² per Gg/yr",
        Emissions,
        [0.0, 200.0, 0.1],
        ei::BC_FORCING_MW_M2_PER_GG_YR,
        emissions.bc_forcing_mw_m2_per_gg_yr
    ),
    num!(
        "emissions.al2o3_forcing_mw_m2_per_gg_yr",
        "alrf",
        "Forcing of alumina at 15–50 km per Gg/yr emitted",
        "mW/m² per Gg/yr",
        Emissions,
        [0.0, 50.0, 0.01],
        ei::AL2O3_FORCING_MW_M2_PER_GG_YR,
        emissions.al2o3_forcing_mw_m2_per_gg_yr
    ),
    num!(
        "emissions.bc_efficacy",
        "bceff",
        "Stratospheric black carbon: effective ÷ instantaneous forcing (below 0: surface cooling)",
        "",
        Emissions,
        [-2.0, 2.0, 0.05],
        ei::BC_EFFICACY,
        emissions.bc_efficacy
    ),
    num!(
        "emissions.array_embodied_position",
        "arrco2",
        "Array embodied carbon within the cell's cited range (0 low, 0.5 central, 1 high)",
        "",
        Emissions,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        emissions.array_embodied_position
    ),
    num!(
        "earth.pue",
        "epue",
        "Earth PUE override (0 = the alternative's)",
        "",
        Earth,
        [0.0, 3.0, 0.01],
        Cited::one(0.0, "assume.override_off"),
        earth.pue
    ),
    num!(
        "earth.price_usd_per_kwh",
        "eusd",
        "Earth electricity price override (0 = the alternative's)",
        "USD/kWh",
        Earth,
        [0.0, 1.0, 0.001],
        Cited::one(0.0, "assume.override_off"),
        earth.price_usd_per_kwh
    ),
    num!(
        "earth.refresh_years",
        "eref",
        "Server refresh cycle on Earth",
        "yr",
        Earth,
        [1.0, 15.0, 0.5],
        Cited::range(4.0, 6.0, 6.0, "alphabet_10k"),
        earth.refresh_years
    ),
    num!(
        "earth.building_life_years",
        "ebld",
        "Data-centre building life",
        "yr",
        Earth,
        [5.0, 60.0, 1.0],
        Cited::range(20.0, 25.0, 40.0, "assume.building_life"),
        earth.building_life_years
    ),
    num!(
        "earth.capex_usd_per_w",
        "ecap",
        "Earth facility capex override, excl. IT (0 = the alternative's)",
        "USD/W",
        Earth,
        [0.0, 50.0, 0.1],
        Cited::one(0.0, "assume.override_off"),
        earth.capex_usd_per_w
    ),
    num!(
        "earth.pue_position",
        "epuep",
        "Earth PUE within the alternative's cited range (0 low, 0.5 central, 1 high)",
        "",
        Earth,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        earth.pue_position
    ),
    num!(
        "earth.failure_position",
        "efailp",
        "Earth hardware failure rate within the alternative's cited range (0 low, 0.5 central, 1 high)",
        "",
        Earth,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        earth.failure_position
    ),
    num!(
        "earth.price_position",
        "eusdp",
        "Earth electricity price within the alternative's cited range (0 low, 0.5 central, 1 high)",
        "",
        Earth,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        earth.price_position
    ),
    num!(
        "earth.capex_position",
        "ecapp",
        "Earth facility capex within the alternative's cited range (0 low, 0.5 central, 1 high)",
        "",
        Earth,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        earth.capex_position
    ),
    num!(
        "econ.discount_pct",
        "disc",
        "Real discount rate",
        "%",
        Economics,
        [0.0, 20.0, 0.1],
        Cited::range(2.0, 7.0, 10.0, "omb_a94"),
        econ.discount_pct
    ),
    num!(
        "econ.satellite_usd_per_kg",
        "susd",
        "Satellite hardware cost per kg (excl. array and accelerators)",
        "USD/kg",
        Economics,
        [0.0, 100_000.0, 10.0],
        Cited::range(300.0, 1_000.0, 5_000.0, "assume.sat_cost"),
        econ.satellite_usd_per_kg
    ),
    num!(
        "econ.accelerator_usd",
        "ausd",
        "Accelerator price (incl. host share)",
        "USD",
        Economics,
        [0.0, 200_000.0, 100.0],
        Cited::range(25_000.0, 30_000.0, 40_000.0, "h100_price"),
        econ.accelerator_usd
    ),
    num!(
        "econ.array_price_position",
        "arrusd",
        "Array price per watt within the cell's cited range (0 low, 0.5 central, 1 high)",
        "",
        Economics,
        [0.0, 1.0, 0.01],
        Cited::range(0.0, 0.5, 1.0, "assume.catalogue_position"),
        econ.array_price_position
    ),
    num!(
        "scale.share_pct",
        "share",
        "Share of global data-centre demand moved to orbit",
        "%",
        Economics,
        [0.0, 100.0, 0.1],
        Cited::one(1.0, "assume.scale_share"),
        scale.share_pct
    ),
];

/// Every choice input, in pipeline order (the order of exports and URLs).
pub static CHOICES: &[ChoiceSpec] = &[
    choice!(
        "orbit.kind",
        "orb",
        "Orbit type",
        Orbit,
        OrbitKind,
        "sso",
        "suncatcher",
        orbit.kind
    ),
    choice!(
        "orbit.solar_activity",
        "sol",
        "Solar activity (density band)",
        Orbit,
        SolarActivity,
        "mean",
        "us1976",
        environment.solar_activity
    ),
    choice!(
        "array.sizing",
        "asz",
        "Array sizing",
        Array,
        ArraySizing,
        "workload",
        "assume.size_to_workload",
        array.sizing
    ),
    ChoiceSpec {
        key: "array.cell",
        short: "cell",
        label: "Cell technology",
        group: Group::Array,
        option: cells::cell_option,
        default: "tj",
        source: "fetzer_xtj",
        get: |i: &Inputs| i.array.cell,
        set: |i: &mut Inputs, n| i.array.cell = n,
    },
    choice!(
        "power.strategy",
        "ecl",
        "Eclipse strategy",
        Power,
        EclipseStrategy,
        "auto",
        "assume.eclipse_auto",
        power.strategy
    ),
    choice!(
        "thermal.sun_exposure",
        "rsun",
        "Radiator sun exposure",
        Thermal,
        SunExposure,
        "edge",
        "assume.radiator_edge",
        thermal.sun_exposure
    ),
    ChoiceSpec {
        key: "workload.accelerator",
        short: "acc",
        label: "Accelerator",
        group: Group::Workload,
        option: accelerators::accelerator_option,
        default: "h100",
        source: "lockwood_h100",
        get: |i: &Inputs| i.workload.accelerator,
        set: |i: &mut Inputs, n| i.workload.accelerator = n,
    },
    choice!(
        "workload.mode",
        "mode",
        "Workload",
        Workload,
        WorkloadMode,
        "training",
        "meta_llama3",
        workload.mode
    ),
    choice!(
        "workload.sdc",
        "sdc",
        "Silent data corruption",
        Reliability,
        SdcHandling,
        "replay",
        "gemini2023",
        workload.sdc
    ),
    choice!(
        "mass.propulsion",
        "prop",
        "Station-keeping propulsion",
        Mass,
        Propulsion,
        "electric",
        "goebel2008",
        mass.propulsion
    ),
    ChoiceSpec {
        key: "launch.vehicle",
        short: "lveh",
        label: "Launch vehicle",
        group: Group::Launch,
        option: vehicles::vehicle_option,
        default: "f9",
        source: "oracle",
        get: |i: &Inputs| i.launch.vehicle,
        set: |i: &mut Inputs, n| i.launch.vehicle = n.min(vehicles::VEHICLES.len() - 1),
    },
    choice!(
        "launch.allocation",
        "lalc",
        "Launch allocation",
        Launch,
        Allocation,
        "share",
        "ohs2025",
        launch.allocation
    ),
    choice!(
        "emissions.accounting",
        "acct",
        "CO2e accounting",
        Emissions,
        Accounting,
        "co2",
        "assume.accounting_default",
        emissions.accounting
    ),
    choice!(
        "emissions.metric",
        "met",
        "Climate metric for non-CO2 effects",
        Emissions,
        ClimateMetric,
        "gwp100",
        "ipcc_ar5_agwp",
        emissions.metric
    ),
    ChoiceSpec {
        key: "earth.alternative",
        short: "earth",
        label: "Earth alternative",
        group: Group::Earth,
        option: grids::alternative_option,
        default: "world",
        source: "ember2024",
        get: |i: &Inputs| i.earth.alternative,
        set: |i: &mut Inputs, n| i.earth.alternative = n.min(grids::ALTERNATIVES.len() - 1),
    },
    choice!(
        "earth.grid_trajectory",
        "traj",
        "Grid intensity over the years",
        Earth,
        GridTrajectory,
        "steps",
        "iea_electricity2025",
        earth.trajectory
    ),
    ChoiceSpec {
        key: "scale.year",
        short: "syr",
        label: "Demand year",
        group: Group::Economics,
        option: grids::demand_option,
        default: "2030",
        source: "iea_energy_ai",
        get: |i: &Inputs| i.scale.year,
        set: |i: &mut Inputs, n| i.scale.year = n.min(grids::DEMAND.len() - 1),
    },
];

/// Every numeric input, in registry order.
pub fn params() -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter()
}

/// Every choice input, in registry order.
pub fn choices() -> impl Iterator<Item = &'static ChoiceSpec> {
    CHOICES.iter()
}

/// Finds a numeric input by its dotted key.
pub fn param(key: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|p| p.key == key)
}

/// Finds a choice input by its dotted key.
pub fn choice(key: &str) -> Option<&'static ChoiceSpec> {
    CHOICES.iter().find(|c| c.key == key)
}

/// True when `key` names an input of either kind.
pub fn is_input(key: &str) -> bool {
    param(key).is_some() || choice(key).is_some()
}

impl Default for Inputs {
    /// Every input at its registry central value / default option.
    fn default() -> Inputs {
        let mut i = Inputs::zeroed();
        for p in PARAMS {
            (p.set)(&mut i, p.value.central);
        }
        for c in CHOICES {
            (c.set)(&mut i, c.index_of(c.default).unwrap_or(0));
        }
        i
    }
}

/// A value inside an input's range whose magnitude is below this share of the range is
/// taken as 0 (with a warning): a subnormal or a 1e-300 would make the model divide by it.
const NEGLIGIBLE: f64 = 1e-12;

/// Clamps every input into its registry range; returns the sanitised inputs and a
/// warning per adjusted value.
pub fn sanitize(inputs: &Inputs) -> (Inputs, Vec<Warning>) {
    let mut i = inputs.clone();
    let mut warnings = Vec::new();
    for p in PARAMS {
        let v = (p.get)(&i);
        let c = p.clamp(v);
        if c != v && !(v.is_nan() && c.is_nan()) {
            (p.set)(&mut i, c);
            warnings.push(Warning::new(p.key, p.out_of_range(&sig(v, 6), c)));
        } else if c != 0.0 && c.abs() < NEGLIGIBLE * (p.max - p.min) && p.min <= 0.0 {
            // In range, but so near 0 that dividing by it overflows: it is 0.
            (p.set)(&mut i, 0.0);
            warnings.push(Warning::new(
                p.key,
                Said::Negligible {
                    input: p.key,
                    label: p.label,
                    unit: p.unit,
                    written: sig(v, 6),
                },
            ));
        }
    }
    for c in CHOICES {
        let n = (c.get)(&i);
        if n >= c.len() {
            (c.set)(&mut i, c.index_of(c.default).unwrap_or(0));
            warnings.push(Warning::new(
                c.key,
                Said::UnknownOption {
                    input: c.key,
                    label: c.label,
                    default: c.default,
                },
            ));
        }
    }
    (i, warnings)
}

/// Registry checks: unique keys and short keys, defaults inside ranges, sources resolve,
/// accessors read back what they wrote.
pub fn validate() -> Vec<String> {
    let mut errs = Vec::new();
    let keys: Vec<(&str, &str)> = PARAMS
        .iter()
        .map(|p| (p.key, p.short))
        .chain(CHOICES.iter().map(|c| (c.key, c.short)))
        .collect();
    for (n, (k, s)) in keys.iter().enumerate() {
        if keys[..n].iter().any(|(k2, _)| k2 == k) {
            errs.push(format!("duplicate key `{k}`"));
        }
        if keys[..n].iter().any(|(_, s2)| s2 == s) {
            errs.push(format!("duplicate short key `{s}` (on `{k}`)"));
        }
        if s.is_empty()
            || !s
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            errs.push(format!("short key `{s}` of `{k}` must be [a-z0-9]+"));
        }
        if *s == "v" {
            errs.push(format!(
                "short key `v` is reserved for the URL version (on `{k}`)"
            ));
        }
    }
    for p in PARAMS {
        check_cited(p.key, &p.value, &mut errs);
        if !(p.min <= p.value.low && p.value.high <= p.max) {
            errs.push(format!(
                "{}: low/high outside [{}, {}]",
                p.key, p.min, p.max
            ));
        }
        if p.log && p.min <= 0.0 {
            errs.push(format!("{}: log slider needs min > 0", p.key));
        }
        if p.step.is_nan() || p.step <= 0.0 {
            errs.push(format!("{}: step must be > 0", p.key));
        }
        let mut i = Inputs::default();
        let probe = p.min + 0.5 * (p.max - p.min);
        (p.set)(&mut i, probe);
        if (p.get)(&i) != probe {
            errs.push(format!("{}: get does not read back set", p.key));
        }
    }
    for c in CHOICES {
        if c.index_of(c.default).is_none() {
            errs.push(format!(
                "{}: default `{}` is not an option",
                c.key, c.default
            ));
        }
        if source(c.source).is_none() {
            errs.push(format!("{}: source `{}` does not resolve", c.key, c.source));
        }
        for n in 0..c.len() {
            let mut i = Inputs::default();
            (c.set)(&mut i, n);
            if (c.get)(&i) != n {
                errs.push(format!("{}: option {n} does not read back", c.key));
            }
        }
    }
    errs
}
