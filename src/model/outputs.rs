//! The model's outputs, with units in the types, plus warnings.

use super::mass::MassOutputs;
use super::orbit::{DensityBand, DoseClass, Eclipses};
use super::power::PowerOutputs;
use super::solar::SolarOutputs;
use super::thermal::ThermalOutputs;
use super::units::{
    Joules, KgPerCubicMetre, Kilograms, SquareMetres, Watts, WattsPerSquareMetre, JOULES_PER_KWH,
};
use super::workload::WorkloadOutputs;

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

/// The orbital environment at the orbit's altitude.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnvironmentOutputs {
    /// Solar flux: annual mean over sunlit time, and the year's minimum and maximum.
    pub solar_flux_mean: WattsPerSquareMetre,
    pub solar_flux_min: WattsPerSquareMetre,
    pub solar_flux_max: WattsPerSquareMetre,
    /// Density for solar minimum / mean / maximum.
    pub density_band: DensityBand,
    /// Density at the chosen solar activity.
    pub density: KgPerCubicMetre,
    /// Total ionizing dose rate behind ~10 mm Al, rad(Si)/yr.
    pub dose_rad_per_year: f64,
    pub dose_class: DoseClass,
    /// Earth view factor of one face of a plate whose normal is horizontal.
    pub earth_view_factor: f64,
    /// Orbit-average geometric albedo factor (cos β / π, annual mean).
    pub albedo_factor: f64,
}

/// Everything the model computes.
#[derive(Clone, Debug, PartialEq)]
pub struct Outputs {
    pub eclipses: Eclipses,
    pub environment: EnvironmentOutputs,
    pub solar: SolarOutputs,
    pub power: PowerOutputs,
    pub thermal: ThermalOutputs,
    pub workload: WorkloadOutputs,
    pub mass: MassOutputs,
    /// What the lifecycle side consumes.
    pub basis: SystemBasis,
    /// Launch, emissions, Earth alternative, verdicts, economics, scale.
    pub life: super::lifecycle::LifecycleOutputs,
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
                Watts(t.absorbed.get() * area),
            ),
            (
                "Re-radiated by the array as heat",
                Watts(t.emitted.get() * area),
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
}

/// One scalar output in display units, for the CLI, the UI and exports.
#[derive(Clone, Copy)]
pub struct OutputSpec {
    /// Stable dotted key, e.g. `thermal.radiator_area_m2`.
    pub key: &'static str,
    /// Display unit ("" for dimensionless ratios).
    pub unit: &'static str,
    pub meaning: &'static str,
    pub get: fn(&Outputs) -> f64,
}

/// The output registry, one slice per concern (the lifecycle side appends its own).
pub static OUTPUT_GROUPS: &[&[OutputSpec]] = &[
    MODEL1_OUTPUTS,
    super::lifecycle::registry::LIFECYCLE_OUTPUTS,
];

/// Every scalar output, in registry order.
pub fn outputs() -> impl Iterator<Item = &'static OutputSpec> {
    OUTPUT_GROUPS.iter().flat_map(|g| g.iter())
}

/// Finds an output by key.
pub fn output(key: &str) -> Option<&'static OutputSpec> {
    outputs().find(|o| o.key == key)
}

macro_rules! out {
    ($key:literal, $unit:literal, $meaning:literal, $get:expr) => {
        OutputSpec {
            key: $key,
            unit: $unit,
            meaning: $meaning,
            get: $get,
        }
    };
}

const KWH: f64 = JOULES_PER_KWH;

/// Outputs of Model I (orbit, array, power, cooling, workload, mass).
pub static MODEL1_OUTPUTS: &[OutputSpec] = &[
    // --- Orbit and environment ---
    out!("orbit.altitude_km", "km", "Altitude used", |o| o
        .eclipses
        .altitude
        .km()),
    out!(
        "orbit.inclination_deg",
        "°",
        "Inclination used (computed for sun-synchronous)",
        |o| o.eclipses.inclination_deg
    ),
    out!("orbit.period_min", "min", "Orbital period", |o| o
        .eclipses
        .period
        .minutes()),
    out!(
        "orbit.eclipse_fraction_pct",
        "%",
        "Annual mean time in Earth's shadow",
        |o| o.eclipses.mean_fraction * 100.0
    ),
    out!(
        "orbit.longest_eclipse_min",
        "min",
        "Longest eclipse of the year",
        |o| o.eclipses.longest.minutes()
    ),
    out!("orbit.eclipses_per_year", "", "Eclipses per year", |o| o
        .eclipses
        .per_year),
    out!(
        "orbit.eclipse_days",
        "d",
        "Days of the year with an eclipse",
        |o| o.eclipses.days_with_eclipse as f64
    ),
    out!(
        "orbit.solar_flux_mean_w_m2",
        "W/m²",
        "Solar flux, annual mean over sunlit time",
        |o| o.environment.solar_flux_mean.0
    ),
    out!(
        "orbit.solar_flux_min_w_m2",
        "W/m²",
        "Solar flux at aphelion",
        |o| o.environment.solar_flux_min.0
    ),
    out!(
        "orbit.solar_flux_max_w_m2",
        "W/m²",
        "Solar flux at perihelion",
        |o| o.environment.solar_flux_max.0
    ),
    out!(
        "orbit.density_min_kg_m3",
        "kg/m³",
        "Atmospheric density, solar minimum",
        |o| o.environment.density_band.low.0
    ),
    out!(
        "orbit.density_mean_kg_m3",
        "kg/m³",
        "Atmospheric density, solar mean",
        |o| o.environment.density_band.central.0
    ),
    out!(
        "orbit.density_max_kg_m3",
        "kg/m³",
        "Atmospheric density, solar maximum",
        |o| o.environment.density_band.high.0
    ),
    out!(
        "orbit.dose_rad_per_yr",
        "rad/yr",
        "Total ionizing dose behind ~10 mm Al",
        |o| o.environment.dose_rad_per_year
    ),
    out!(
        "orbit.dose_class",
        "",
        "Dose class: 1 low, 2 moderate, 3 high, 4 severe",
        |o| o.environment.dose_class.rank()
    ),
    out!(
        "orbit.earth_view_factor",
        "",
        "Earth view factor of one face of a vertical plate",
        |o| o.environment.earth_view_factor
    ),
    // --- Solar array ---
    out!(
        "array.temperature_c",
        "°C",
        "Array temperature in sunlight, beginning of life",
        |o| o.solar.thermal_bol.temperature.celsius()
    ),
    out!(
        "array.efficiency_bol_pct",
        "%",
        "Cell efficiency at operating temperature, beginning of life",
        |o| o.solar.thermal_bol.efficiency * 100.0
    ),
    out!(
        "array.efficiency_eol_pct",
        "%",
        "Cell efficiency at operating temperature, end of life",
        |o| o.solar.efficiency_eol * 100.0
    ),
    out!(
        "array.degradation_pct_per_yr",
        "%/yr",
        "Power lost per year at this orbit's dose",
        |o| o.solar.degradation_per_year * 100.0
    ),
    out!(
        "array.power_bol_mw",
        "MW",
        "Array output in sunlight, beginning of life",
        |o| o.solar.power_bol.mw()
    ),
    out!(
        "array.power_eol_mw",
        "MW",
        "Array output in sunlight, end of life",
        |o| o.solar.power_eol.mw()
    ),
    out!(
        "array.power_density_w_m2",
        "W/m²",
        "Array output per m², beginning of life",
        |o| o.solar.power_density_bol.0
    ),
    out!(
        "array.energy_first_year_gwh",
        "GWh",
        "Array energy, first year",
        |o| o.solar.energy_first_year.0 / KWH / 1e6
    ),
    out!(
        "array.energy_lifetime_gwh",
        "GWh",
        "Array energy over the mission",
        |o| o.solar.energy_lifetime.0 / KWH / 1e6
    ),
    out!("array.mass_t", "t", "Array mass", |o| o.solar.mass.tonnes()),
    out!(
        "array.specific_power_w_kg",
        "W/kg",
        "Array output per kg, beginning of life",
        |o| o.solar.specific_power_w_per_kg
    ),
    out!("array.cost_musd", "M USD", "Array price", |o| o
        .solar
        .cost
        .0
        / 1e6),
    out!(
        "array.embodied_tco2e",
        "tCO2e",
        "Array embodied carbon",
        |o| o.solar.embodied.0 / 1e3
    ),
    // --- Power ---
    out!(
        "power.required_array_mw",
        "MW",
        "Array output needed for the full workload on the worst orbit",
        |o| o.power.required_array_power.mw()
    ),
    out!(
        "power.bus_load_mw",
        "MW",
        "Bus load (IT + pumps) at full workload",
        |o| o.power.bus_load.mw()
    ),
    out!(
        "power.workload_powered_bol_pct",
        "%",
        "Share of the workload the array powers, beginning of life",
        |o| o.power.workload_fraction_bol * 100.0
    ),
    out!(
        "power.workload_powered_eol_pct",
        "%",
        "Share of the workload the array powers, end of life",
        |o| o.power.workload_fraction_eol * 100.0
    ),
    out!(
        "power.surplus_bol_mw",
        "MW",
        "Unused array output, beginning of life",
        |o| o.power.surplus_bol.mw()
    ),
    out!(
        "power.surplus_eol_mw",
        "MW",
        "Unused array output, end of life",
        |o| o.power.surplus_eol.mw()
    ),
    out!(
        "power.battery_mwh",
        "MWh",
        "Battery nameplate energy",
        |o| o.power.battery_capacity.mwh()
    ),
    out!("power.battery_mass_t", "t", "Battery mass", |o| o
        .power
        .battery_mass
        .tonnes()),
    out!(
        "power.pue",
        "",
        "Space PUE: all power drawn ÷ IT power",
        |o| o.power.pue.total
    ),
    out!("power.pue_pumps", "", "PUE part: coolant pumps", |o| o
        .power
        .pue
        .pumps),
    out!(
        "power.pue_conversion",
        "",
        "PUE part: conversion and distribution losses",
        |o| o.power.pue.conversion
    ),
    out!("power.pue_battery", "", "PUE part: battery losses", |o| o
        .power
        .pue
        .battery),
    // --- Cooling ---
    out!(
        "thermal.heat_load_mw",
        "MW",
        "Heat to reject (design point)",
        |o| o.thermal.heat_load.mw()
    ),
    out!(
        "thermal.net_flux_w_m2",
        "W/m²",
        "Net rejection per m² of two-sided panel",
        |o| o.thermal.balance.net.0
    ),
    out!(
        "thermal.emitted_w_m2",
        "W/m²",
        "Emitted per m² of panel",
        |o| o.thermal.balance.emitted.0
    ),
    out!(
        "thermal.absorbed_w_m2",
        "W/m²",
        "Absorbed per m² of panel (Sun, Earth IR, albedo)",
        |o| o.thermal.balance.solar.0 + o.thermal.balance.earth_ir.0 + o.thermal.balance.albedo.0
    ),
    out!("thermal.radiator_area_m2", "m²", "Radiator area", |o| o
        .thermal
        .radiator_area
        .0),
    out!(
        "thermal.radiator_to_array_pct",
        "%",
        "Radiator area ÷ array area",
        |o| o.thermal.radiator_to_array_fraction * 100.0
    ),
    out!(
        "thermal.radiator_mass_t",
        "t",
        "Radiator panels plus pumped loop",
        |o| (o.thermal.panel_mass + o.thermal.loop_mass).tonnes()
    ),
    out!("thermal.pump_power_kw", "kW", "Pump power", |o| o
        .thermal
        .pump_power
        .kw()),
    // --- Workload ---
    out!(
        "workload.it_power_mw",
        "MW",
        "IT power installed (accelerators × TDP × host overhead)",
        |o| o.workload.it_power_installed.mw()
    ),
    out!(
        "workload.it_power_average_mw",
        "MW",
        "Average IT draw at the chosen utilization",
        |o| o.workload.it_power_average.mw()
    ),
    out!(
        "workload.peak_pflops",
        "PFLOP/s",
        "Peak dense throughput installed",
        |o| o.workload.peak_flops / 1e15
    ),
    out!(
        "workload.power_fraction_pct",
        "%",
        "Mission-average share of the workload powered",
        |o| o.workload.power_fraction_mean * 100.0
    ),
    out!(
        "workload.survival_eol_pct",
        "%",
        "Hardware still working at end of life",
        |o| o.workload.survival_eol * 100.0
    ),
    out!(
        "workload.upsets_per_accel_yr",
        "1/yr",
        "Interrupting radiation upsets per accelerator-year",
        |o| o.workload.upsets_per_accelerator_year
    ),
    out!(
        "workload.upset_efficiency_pct",
        "%",
        "Useful time left after radiation upsets",
        |o| o.workload.upset_efficiency * 100.0
    ),
    out!(
        "workload.delivered_pct",
        "%",
        "Delivered compute ÷ ideal over the mission",
        |o| o.workload.delivered_fraction * 100.0
    ),
    out!(
        "workload.it_energy_lifetime_gwh",
        "GWh",
        "IT energy delivered over the mission",
        |o| o.workload.it_energy_lifetime.0 / KWH / 1e6
    ),
    out!(
        "workload.accelerator_hours_lifetime_m",
        "M h",
        "Accelerator-hours delivered over the mission",
        |o| o.workload.accelerator_hours_lifetime / 1e6
    ),
    out!(
        "workload.flops_lifetime_e24",
        "1e24 FLOP",
        "Floating-point operations delivered over the mission",
        |o| o.workload.flops_lifetime / 1e24
    ),
    // --- Mass ---
    out!(
        "mass.compute_t",
        "t",
        "Compute hardware as installed",
        |o| o.mass.breakdown.compute.tonnes()
    ),
    out!("mass.array_t", "t", "Solar array", |o| o
        .mass
        .breakdown
        .array
        .tonnes()),
    out!("mass.battery_t", "t", "Batteries", |o| o
        .mass
        .breakdown
        .battery
        .tonnes()),
    out!("mass.radiator_t", "t", "Radiators and pumped loop", |o| o
        .mass
        .breakdown
        .radiator
        .tonnes()),
    out!("mass.structure_t", "t", "Structure and bus", |o| o
        .mass
        .breakdown
        .structure
        .tonnes()),
    out!("mass.shielding_t", "t", "Radiation shielding", |o| o
        .mass
        .breakdown
        .shielding
        .tonnes()),
    out!(
        "mass.propellant_t",
        "t",
        "Station-keeping propellant for the mission",
        |o| o.mass.breakdown.propellant.tonnes()
    ),
    out!("mass.total_t", "t", "Total mass to orbit", |o| o
        .mass
        .total
        .tonnes()),
    out!(
        "mass.kg_per_kw_it",
        "kg/kW",
        "Mass to orbit per kW of IT installed",
        |o| o.mass.kg_per_kw_it
    ),
    out!("mass.drag_n", "N", "Mean drag force", |o| o.mass.drag.0),
    out!(
        "mass.delta_v_m_s_per_yr",
        "m/s/yr",
        "Δv per year against drag",
        |o| o.mass.delta_v_per_year.0
    ),
];
