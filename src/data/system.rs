//! Registry slices of Model I: environment, solar array, power, cooling, workload
//! and mass inputs. Catalogue choices (cells, accelerators) index the catalogues in
//! `cells.rs` and `accelerators.rs`.

use super::params::{num, ChoiceSpec, Group, ParamSpec};
use super::Cited;
use crate::model::inputs::{EclipseStrategy, Inputs, Propulsion, WorkloadMode};
use crate::model::orbit::SolarActivity;

/// Numeric inputs of Model I.
pub static SYSTEM_PARAMS: &[ParamSpec] = &[
    // --- Environment ---
    num!(
        "orbit.earth_ir_w_m2",
        "olr",
        "Earth infrared (OLR)",
        "W/m²",
        Orbit,
        [100.0, 300.0, 1.0],
        Cited::range(150.0, 240.0, 250.0, "loeb2018"),
        env.earth_ir_w_m2
    ),
    num!(
        "orbit.albedo_fraction",
        "alb",
        "Earth albedo",
        "",
        Orbit,
        [0.0, 0.6, 0.01],
        Cited::range(0.25, 0.30, 0.35, "albedo_ecss"),
        env.albedo_fraction
    ),
    // --- Solar array ---
    num!(
        "array.area_m2",
        "arr",
        "Array area",
        "m²",
        Array,
        [1.0, 1e8, 1.0, log],
        Cited::one(201_000.0, "assume.default_area"),
        array.area_m2
    ),
    num!(
        "array.packing_fraction",
        "pack",
        "Packing (fill) factor",
        "",
        Array,
        [0.5, 1.0, 0.01],
        Cited::one(0.90, "starcloud_wp"),
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
        Cited::one(20.0, "starcloud_wp"),
        thermal.radiator_temp_c
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
        Cited::range(0.43, 7.0, 7.0, "thermacore1991"),
        thermal.areal_density_kg_m2
    ),
    num!(
        "thermal.loop_kg_per_kw",
        "lkg",
        "Pumped-loop mass per kW",
        "kg/kW",
        Thermal,
        [0.0, 50.0, 0.1],
        Cited::range(3.3, 4.4, 5.5, "iss_atcs_overhead"),
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
        [1.0, 1e7, 1.0, log],
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
        Workload,
        [1.0, 1e7, 1.0, log],
        Cited::one(16_384.0, "meta_llama3"),
        workload.job_accelerators
    ),
    num!(
        "workload.recovery_h",
        "rec",
        "Time lost per interruption",
        "h",
        Workload,
        [0.01, 24.0, 0.01, log],
        Cited::one(0.3, "meta_llama3"),
        workload.recovery_h
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
        "mass.structure_fraction",
        "struc",
        "Structure and bus share of dry mass",
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
        Cited::one(10.0, "suncatcher_rad"),
        mass.shield_mm_al
    ),
    num!(
        "mass.shield_area_m2_per_accelerator",
        "sha",
        "Shield area per accelerator",
        "m²",
        Mass,
        [0.0, 2.0, 0.001],
        Cited::one(0.122, "nvl72_dims"),
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
];

fn activity_option(n: usize) -> Option<(&'static str, &'static str)> {
    SolarActivity::ALL.get(n).map(|a| (a.id(), a.label()))
}
fn strategy_option(n: usize) -> Option<(&'static str, &'static str)> {
    EclipseStrategy::ALL.get(n).map(|a| (a.id(), a.label()))
}
fn mode_option(n: usize) -> Option<(&'static str, &'static str)> {
    WorkloadMode::ALL.get(n).map(|a| (a.id(), a.label()))
}
fn propulsion_option(n: usize) -> Option<(&'static str, &'static str)> {
    Propulsion::ALL.get(n).map(|a| (a.id(), a.label()))
}

/// Choice inputs of Model I.
pub static SYSTEM_CHOICES: &[ChoiceSpec] = &[
    ChoiceSpec {
        key: "orbit.solar_activity",
        short: "sol",
        label: "Solar activity (density band)",
        group: Group::Orbit,
        option: activity_option,
        default: "mean",
        source: "us1976",
        get: |i: &Inputs| i.env.solar_activity.index(),
        set: |i: &mut Inputs, n| {
            i.env.solar_activity = SolarActivity::ALL.get(n).copied().unwrap_or_default()
        },
    },
    ChoiceSpec {
        key: "array.cell",
        short: "cell",
        label: "Cell technology",
        group: Group::Array,
        option: super::cells::cell_option,
        default: "tj",
        source: "fetzer_xtj",
        get: |i: &Inputs| i.array.cell,
        set: |i: &mut Inputs, n| i.array.cell = n,
    },
    ChoiceSpec {
        key: "power.strategy",
        short: "ecl",
        label: "Eclipse strategy",
        group: Group::Power,
        option: strategy_option,
        default: "battery",
        source: "smad_power",
        get: |i: &Inputs| i.power.strategy.index(),
        set: |i: &mut Inputs, n| {
            i.power.strategy = EclipseStrategy::ALL.get(n).copied().unwrap_or_default()
        },
    },
    ChoiceSpec {
        key: "workload.accelerator",
        short: "acc",
        label: "Accelerator",
        group: Group::Workload,
        option: super::accelerators::accelerator_option,
        default: "h100",
        source: "lockwood_h100",
        get: |i: &Inputs| i.workload.accelerator,
        set: |i: &mut Inputs, n| i.workload.accelerator = n,
    },
    ChoiceSpec {
        key: "workload.mode",
        short: "mode",
        label: "Workload",
        group: Group::Workload,
        option: mode_option,
        default: "training",
        source: "meta_llama3",
        get: |i: &Inputs| i.workload.mode.index(),
        set: |i: &mut Inputs, n| {
            i.workload.mode = WorkloadMode::ALL.get(n).copied().unwrap_or_default()
        },
    },
    ChoiceSpec {
        key: "mass.propulsion",
        short: "prop",
        label: "Station-keeping propulsion",
        group: Group::Mass,
        option: propulsion_option,
        default: "electric",
        source: "goebel2008",
        get: |i: &Inputs| i.mass.propulsion.index(),
        set: |i: &mut Inputs, n| {
            i.mass.propulsion = Propulsion::ALL.get(n).copied().unwrap_or_default()
        },
    },
];
