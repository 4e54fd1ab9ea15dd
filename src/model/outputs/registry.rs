//! The output registry: one table, [`OUTPUTS`], of every scalar output with its stable
//! key, display unit and label. The CLI, the exports and every label the page shows
//! (results, panels, charts) read it; nothing else names an output.

use super::Outputs;
use crate::model::units::JOULES_PER_KWH;

/// One scalar output in display units, for the CLI, the UI and exports.
#[derive(Clone, Copy)]
pub struct OutputSpec {
    /// Stable dotted key, e.g. `thermal.radiator_area_m2`.
    pub key: &'static str,
    /// Display unit ("" for dimensionless ratios).
    pub unit: &'static str,
    /// The output's one label, shown wherever the output is.
    pub meaning: &'static str,
    pub get: fn(&Outputs) -> f64,
    /// For an output whose number sometimes stands for "no number" (a payback that
    /// never comes, a checkpoint interval when none is needed, a ratio over zero): when
    /// that is so, and what it means. The page and the CLI's table keep the sentinel
    /// the label names; the exports write an empty value with this note instead.
    pub no_value: Option<NoValue>,
}

/// When an output has no number, and the note that says why (English, for the exports).
#[derive(Clone, Copy)]
pub struct NoValue {
    pub when: fn(&Outputs) -> bool,
    pub note: &'static str,
}

impl OutputSpec {
    /// The note for `o` when this output has no number there (see [`NoValue`]).
    pub fn no_value(&self, o: &Outputs) -> Option<&'static str> {
        self.no_value.filter(|n| (n.when)(o)).map(|n| n.note)
    }
}

/// Every scalar output, in registry order.
pub fn outputs() -> impl Iterator<Item = &'static OutputSpec> {
    OUTPUTS.iter()
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
            no_value: None,
        }
    };
    ($key:literal, $unit:literal, $meaning:literal, $get:expr, none if $when:expr => $note:literal) => {
        OutputSpec {
            key: $key,
            unit: $unit,
            meaning: $meaning,
            get: $get,
            no_value: Some(NoValue {
                when: $when,
                note: $note,
            }),
        }
    };
}

const KWH: f64 = JOULES_PER_KWH;

/// Every scalar output, in pipeline order (the order of exports).
pub static OUTPUTS: &[OutputSpec] = &[
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
        "Time in Earth's shadow",
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
        |o| o.environment.solar_flux_mean.get()
    ),
    out!(
        "orbit.solar_flux_min_w_m2",
        "W/m²",
        "Solar flux at aphelion",
        |o| o.environment.solar_flux_min.get()
    ),
    out!(
        "orbit.solar_flux_max_w_m2",
        "W/m²",
        "Solar flux at perihelion",
        |o| o.environment.solar_flux_max.get()
    ),
    out!(
        "orbit.density_min_kg_m3",
        "kg/m³",
        "Atmospheric density, solar minimum",
        |o| o.environment.density_band.low.get()
    ),
    out!(
        "orbit.density_mean_kg_m3",
        "kg/m³",
        "Atmospheric density, solar mean",
        |o| o.environment.density_band.central.get()
    ),
    out!(
        "orbit.density_max_kg_m3",
        "kg/m³",
        "Atmospheric density, solar maximum",
        |o| o.environment.density_band.high.get()
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
        "array.area_used_m2",
        "m²",
        "Array area (sized to the workload, or as set)",
        |o| o.solar.area.get()
    ),
    out!(
        "array.temperature_c",
        "°C",
        "Array temperature in sunlight",
        |o| o.solar.thermal_bol.temperature.celsius()
    ),
    out!(
        "array.efficiency_bol_pct",
        "%",
        "Cell efficiency, beginning of life",
        |o| o.solar.thermal_bol.efficiency * 100.0
    ),
    out!(
        "array.efficiency_eol_pct",
        "%",
        "Cell efficiency, end of life",
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
        "Array power, beginning of life",
        |o| o.solar.power_bol.mw()
    ),
    out!(
        "array.power_eol_mw",
        "MW",
        "Array power, end of life",
        |o| o.solar.power_eol.mw()
    ),
    out!(
        "array.power_density_w_m2",
        "W/m²",
        "Array output per m², beginning of life",
        |o| o.solar.power_density_bol.get()
    ),
    out!(
        "array.energy_first_year_gwh",
        "GWh",
        "Array energy, first year",
        |o| o.solar.energy_first_year.get() / KWH / 1e6
    ),
    out!(
        "array.energy_lifetime_gwh",
        "GWh",
        "Array energy over the mission",
        |o| o.solar.energy_lifetime.get() / KWH / 1e6
    ),
    out!(
        "solar.capacity_factor_stc_pct",
        "%",
        "Orbit array's capacity factor on its ground (STC) rating",
        |o| o.solar.capacity_factor_stc * 100.0
    ),
    out!(
        "solar.gain_vs_ground",
        "",
        "Annual energy of the same panel in orbit ÷ on the ground",
        |o| o.solar.gain_vs_ground
    ),
    out!("array.mass_t", "t", "Array mass", |o| o.solar.mass.tonnes()),
    out!(
        "array.specific_power_w_kg",
        "W/kg",
        "Array output per kg, beginning of life",
        |o| o.solar.specific_power_w_per_kg
    ),
    out!(
        "array.cost_musd",
        "M USD",
        "Array price (cell price per watt × power; in the orbit's cost)",
        |o| o.economics.array_cost.get() / 1e6
    ),
    out!(
        "array.embodied_tco2e",
        "tCO2e",
        "Array embodied carbon",
        |o| o.manufacturing.array.get() / 1e3
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
        "Workload powered, beginning of life",
        |o| o.power.workload_fraction_bol * 100.0
    ),
    out!(
        "power.workload_powered_eol_pct",
        "%",
        "Workload powered, end of life",
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
    out!(
        "power.batteries",
        "",
        "Batteries carried (1) or compute throttled in eclipse (0)",
        |o| if o.eclipse_choice.batteries { 1.0 } else { 0.0 }
    ),
    out!(
        "power.battery_vs_throttle_pct",
        "%",
        "Mass per accelerator-hour with batteries vs throttled",
        |o| o.eclipse_choice.battery_vs_throttle * 100.0
    ),
    // --- Cooling ---
    out!(
        "thermal.radiator_temp_used_c",
        "°C",
        "Radiator temperature used (at most die limit − loop drop)",
        |o| o.thermal.radiator_temperature.celsius()
    ),
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
        |o| o.thermal.balance.net.get()
    ),
    out!(
        "thermal.emitted_w_m2",
        "W/m²",
        "Emitted per m² of panel",
        |o| o.thermal.balance.emitted.get()
    ),
    out!(
        "thermal.absorbed_w_m2",
        "W/m²",
        "Absorbed per m² of panel (Sun, Earth IR, albedo)",
        |o| o.thermal.balance.solar.get()
            + o.thermal.balance.earth_ir.get()
            + o.thermal.balance.albedo.get()
    ),
    out!("thermal.radiator_area_m2", "m²", "Radiator area", |o| o
        .thermal
        .radiator_area
        .get()),
    out!(
        "thermal.radiator_to_array_pct",
        "%",
        "Radiator area ÷ array area",
        |o| o.thermal.radiator_to_array_fraction * 100.0
    ),
    out!(
        "thermal.radiator_mass_t",
        "t",
        "Radiators and pumped loop",
        |o| (o.thermal.panel_mass + o.thermal.loop_mass).tonnes()
    ),
    out!("thermal.pump_power_kw", "kW", "Pump power", |o| o
        .thermal
        .pump_power
        .kw()),
    // --- Workload ---
    out!("workload.it_power_mw", "MW", "IT power installed", |o| o
        .workload
        .it_power_installed
        .mw()),
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
        "Radiation upsets per accelerator-year (host events shared)",
        |o| o.workload.upsets_per_accelerator_year
    ),
    out!(
        "workload.hbm_errors_per_accel_yr",
        "1/yr",
        "HBM uncorrectable errors per accelerator-year",
        |o| o.workload.rates.hbm
    ),
    out!(
        "workload.sdc_per_accel_yr",
        "1/yr",
        "Silent data corruptions per accelerator-year",
        |o| o.workload.rates.sdc
    ),
    out!(
        "workload.hard_per_accel_yr",
        "1/yr",
        "Functional interrupts and host faults per accelerator-year",
        |o| {
            let r = &o.workload.rates;
            r.sefi + r.host / o.workload.per_server
        }
    ),
    out!(
        "workload.replayed_per_job_h",
        "1/h",
        "Replayed upsets per hour in one training job",
        |o| o.workload.training.replayed_per_h
    ),
    out!(
        "workload.hard_per_job_h",
        "1/h",
        "Hard interruptions per hour in one training job",
        |o| o.workload.training.hard_per_h
    ),
    out!(
        "workload.checkpoint_interval_min",
        "min",
        "Optimum checkpoint interval (0: none needed)",
        |o| o.workload.training.checkpoint_interval_h * 60.0,
        none if |o| o.workload.training.checkpoint_interval_h == 0.0
            => "none needed: no checkpoints (hot spares take over, or no hard interruptions)"
    ),
    out!(
        "workload.useful_training_pct",
        "%",
        "Useful time after upsets, training (one synchronous job)",
        |o| o.workload.training.fraction * 100.0
    ),
    out!(
        "workload.useful_inference_pct",
        "%",
        "Useful time after upsets, inference (independent servers)",
        |o| o.workload.inference.fraction * 100.0
    ),
    out!(
        "workload.upset_efficiency_pct",
        "%",
        "Useful time after upsets, the chosen workload",
        |o| o.workload.upset_efficiency * 100.0
    ),
    out!(
        "workload.delivered_pct",
        "%",
        "Compute delivered ÷ ideal",
        |o| o.workload.delivered_fraction * 100.0
    ),
    out!(
        "workload.it_energy_lifetime_gwh",
        "GWh",
        "IT energy delivered over the mission",
        |o| o.workload.it_energy_lifetime.get() / KWH / 1e6
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
    out!("mass.compute_t", "t", "Compute hardware", |o| o
        .mass
        .breakdown
        .compute
        .tonnes()),
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
        "Station-keeping propellant",
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
    out!(
        "mass.physics_total_t",
        "t",
        "This model's own mass budget",
        |o| o.mass.physics_total.tonnes()
    ),
    out!(
        "mass.satellites",
        "",
        "Satellites (IT power ÷ power per satellite)",
        |o| o.mass.satellites
    ),
    out!("mass.per_satellite_kg", "kg", "Mass per satellite", |o| o
        .mass
        .per_satellite
        .get()),
    out!("mass.drag_n", "N", "Mean drag force", |o| o.mass.drag.get()),
    out!(
        "mass.delta_v_m_s_per_yr",
        "m/s/yr",
        "Δv per year against drag",
        |o| o.mass.delta_v_per_year.get()
    ),
    // --- Launch ---
    out!(
        "launch.payload_kg",
        "kg",
        "Payload per launch to the chosen orbit (Δv-scaled)",
        |o| o.launch.payload.get()
    ),
    out!(
        "launch.usable_payload_kg",
        "kg",
        "Payload per launch after the margin",
        |o| o.launch.usable_payload.get()
    ),
    out!(
        "launch.delta_v_m_s",
        "m/s",
        "Extra Δv from the vehicle's reference orbit",
        |o| o.launch.delta_v.get()
    ),
    out!(
        "launch.launches",
        "",
        "Launches over the horizon (as allocated)",
        |o| o.launch.launches
    ),
    out!(
        "launch.whole_launches_per_generation",
        "",
        "Dedicated launches per generation (rounded up)",
        |o| o.launch.whole_launches_per_generation
    ),
    out!(
        "launch.cost_musd",
        "M USD",
        "Launch cost over the horizon",
        |o| o.launch.cost.get() / 1e6
    ),
    out!(
        "launch.usd_per_kg",
        "USD/kg",
        "Effective launch price per kg",
        |o| o.launch.usd_per_kg
    ),
    // --- Emissions ---
    out!(
        "emissions.launch_co2_t",
        "t",
        "Combustion CO2 per launch (after afterburning)",
        |o| o.combustion.per_launch.total().co2.get() / 1e3
    ),
    out!(
        "emissions.launch_strat_bc_kg",
        "kg",
        "Black carbon per launch at 15–50 km",
        |o| o.combustion.per_launch.stratosphere.bc.get()
    ),
    out!(
        "emissions.launch_bc_above_50km_kg",
        "kg",
        "Black carbon per launch above 50 km (not counted in CO2e)",
        |o| o.combustion.per_launch.above.bc.get()
    ),
    out!(
        "emissions.launch_al2o3_kg",
        "kg",
        "Alumina per launch",
        |o| o.combustion.per_launch.total().al2o3.get()
    ),
    out!(
        "emissions.launch_t",
        "tCO2e",
        "Launch combustion over the horizon (chosen accounting)",
        |o| o.footprint.launch.get() / 1e3
    ),
    out!(
        "emissions.launcher_manufacturing_t",
        "tCO2e",
        "Launcher + propellant production",
        |o| o.footprint.launcher_manufacturing.get() / 1e3
    ),
    out!(
        "emissions.satellite_manufacturing_t",
        "tCO2e",
        "Satellite + compute production",
        |o| o.footprint.satellite_manufacturing.get() / 1e3
    ),
    out!(
        "emissions.reentry_t",
        "tCO2e",
        "Satellite + upper-stage re-entry",
        |o| o.footprint.reentry.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_t",
        "tCO2e",
        "Orbit lifecycle total",
        |o| o.footprint.total.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_co2_only_t",
        "tCO2e",
        "Orbit total, CO2 only",
        |o| o.footprint.by_accounting.co2.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_low_t",
        "tCO2e",
        "Orbit total, with non-CO2 effects (low)",
        |o| o.footprint.by_accounting.low.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_high_t",
        "tCO2e",
        "Orbit total, with non-CO2 effects (high)",
        |o| o.footprint.by_accounting.high.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_central_t",
        "tCO2e",
        "Orbit total, with non-CO2 effects (at the inputs' values)",
        |o| o.footprint.by_accounting.central.get() / 1e3
    ),
    out!(
        "emissions.bc_troposphere_t_per_yr",
        "t/yr",
        "Black carbon below 15 km, per year of operation",
        |o| o.footprint.particles.bc_per_year[0].tonnes()
    ),
    out!(
        "emissions.bc_stratosphere_t_per_yr",
        "t/yr",
        "Black carbon at 15–50 km, per year of operation",
        |o| o.footprint.particles.bc_per_year[1].tonnes()
    ),
    out!(
        "emissions.bc_above_t_per_yr",
        "t/yr",
        "Black carbon above 50 km (launch and re-entry), per year of operation",
        |o| o.footprint.particles.bc_per_year[2].tonnes()
    ),
    out!(
        "emissions.al2o3_troposphere_t_per_yr",
        "t/yr",
        "Alumina below 15 km, per year of operation",
        |o| o.footprint.particles.al2o3_per_year[0].tonnes()
    ),
    out!(
        "emissions.al2o3_stratosphere_t_per_yr",
        "t/yr",
        "Alumina at 15–50 km, per year of operation",
        |o| o.footprint.particles.al2o3_per_year[1].tonnes()
    ),
    out!(
        "emissions.al2o3_above_t_per_yr",
        "t/yr",
        "Alumina above 50 km (launch and re-entry), per year of operation",
        |o| o.footprint.particles.al2o3_per_year[2].tonnes()
    ),
    out!(
        "emissions.strat_bc_vs_today_pct",
        "%",
        "Black carbon at 15–50 km ÷ today's rocket BC there (0.28 Gg/yr)",
        |o| o.footprint.particles.strat_bc_vs_today * 100.0
    ),
    out!(
        "emissions.bc_forcing_mw_m2",
        "mW/m²",
        "Instantaneous forcing of that black carbon, sustained by a year of operation",
        |o| o.footprint.particles.bc_forcing_mw_m2
    ),
    out!(
        "emissions.al2o3_forcing_mw_m2",
        "mW/m²",
        "Instantaneous forcing of that alumina, sustained by a year of operation",
        |o| o.footprint.particles.al2o3_forcing_mw_m2
    ),
    out!(
        "emissions.orbit_total_ohs_t",
        "tCO2e",
        "Orbit total, Ohs et al. accounting (NOx × 298, flagged)",
        |o| o.footprint.by_accounting.ohs.get() / 1e3
    ),
    out!(
        "emissions.launch_kg_per_kg",
        "kgCO2e/kg",
        "Launch footprint per kg to orbit",
        |o| o.footprint.launch_kg_per_kg
    ),
    out!(
        "emissions.ohs_launch_kg_per_kg",
        "kgCO2e/kg",
        "Ohs et al. accounting per kg launched, launch only",
        |o| o.footprint.ohs_launch_kg_per_kg
    ),
    out!(
        "emissions.ohs_total_kg_per_kg",
        "kgCO2e/kg",
        "Ohs et al. accounting per kg launched, with re-entry",
        |o| o.footprint.ohs_total_kg_per_kg
    ),
    out!(
        "emissions.orbit_g_per_kwh",
        "gCO2e/kWh",
        "Orbit, per kWh of IT energy",
        |o| o.verdicts.orbit_g_per_kwh.get()
    ),
    out!(
        "emissions.earth_g_per_kwh",
        "gCO2e/kWh",
        "Earth, per kWh of IT energy",
        |o| o.verdicts.earth_g_per_kwh.get()
    ),
    out!(
        "emissions.orbit_g_per_accelerator_hour",
        "gCO2e/h",
        "Orbit per accelerator-hour",
        |o| o.verdicts.orbit_g_per_accelerator_hour.get()
    ),
    out!(
        "emissions.earth_g_per_accelerator_hour",
        "gCO2e/h",
        "Earth per accelerator-hour",
        |o| o.verdicts.earth_g_per_accelerator_hour.get()
    ),
    // --- Earth ---
    out!(
        "earth.grid_g_per_kwh",
        "gCO2e/kWh",
        "Earth alternative's electricity intensity",
        |o| o.earth.intensity_g_per_kwh
    ),
    out!("earth.total_t", "tCO2e", "Earth alternative total", |o| o
        .earth
        .total
        .get()
        / 1e3),
    out!(
        "earth.facility_mwh",
        "MWh",
        "Earth facility electricity over the horizon",
        |o| o.earth.facility_kwh / 1e3
    ),
    out!(
        "earth.accelerators",
        "",
        "Accelerators Earth installs for the same useful compute",
        |o| o.earth.accelerators
    ),
    out!(
        "earth.availability_pct",
        "%",
        "Earth's useful share of running time (interruptions, repairs)",
        |o| o.earth.availability * 100.0
    ),
    out!(
        "earth.failure_factor",
        "",
        "Earth hardware failure rate ÷ a land data centre's",
        |o| o.earth.failure_factor
    ),
    out!("earth.it_power_mw", "MW", "Earth IT power installed", |o| o
        .earth
        .it_kw
        / 1e3),
    out!("earth.pue", "", "Earth PUE used", |o| o.earth.pue),
    out!(
        "earth.grid_start_g_per_kwh",
        "gCO2e/kWh",
        "Earth electricity intensity in the first year",
        |o| o.earth.intensity_by_year.first().copied().unwrap_or(0.0)
    ),
    out!(
        "earth.grid_mean_g_per_kwh",
        "gCO2e/kWh",
        "Earth electricity intensity, mean over the horizon",
        |o| o.earth.intensity_mean_g_per_kwh
    ),
    // --- Verdicts ---
    out!(
        "verdict.ratio",
        "",
        "Orbit ÷ Earth lifecycle emissions (> 1: orbit emits more)",
        |o| o.verdicts.ratio,
        none if |o| o.earth.total.get() <= 0.0
            => "undefined: the Earth alternative emits nothing"
    ),
    out!(
        "verdict.payback_year",
        "yr",
        "Carbon payback year (−1: not within the horizon)",
        |o| o.verdicts.payback_year.map_or(-1.0, |y| y.get()),
        none if |o| o.verdicts.payback_year.is_none()
            => "never: orbit's cumulative emissions stay above Earth's within the horizon"
    ),
    out!(
        "verdict.breakeven_grid_g_per_kwh",
        "gCO2e/kWh",
        "Break-even grid intensity",
        |o| o.verdicts.breakeven_grid_g_per_kwh.get()
    ),
    out!(
        "verdict.breakeven_launch_kg_per_kg",
        "kgCO2e/kg",
        "Break-even launch footprint",
        |o| o.verdicts.breakeven_launch_kg_per_kg.get(),
        none if |o| o.verdicts.breakeven_launch_kg_per_kg.get() == 0.0
            => "never: orbit emits more than Earth even with launches that emit nothing"
    ),
    out!(
        "verdict.orbit_launch_g_per_kwh",
        "gCO2e/kWh",
        "Orbit: launch, per kWh of computing",
        |o| o.verdicts.parts.orbit_launch.get()
    ),
    out!(
        "verdict.orbit_launcher_manufacturing_g_per_kwh",
        "gCO2e/kWh",
        "Orbit: launcher manufacturing and propellant, per kWh of computing",
        |o| o.verdicts.parts.orbit_launcher_manufacturing.get()
    ),
    out!(
        "verdict.orbit_satellite_manufacturing_g_per_kwh",
        "gCO2e/kWh",
        "Orbit: satellite manufacturing, per kWh of computing",
        |o| o.verdicts.parts.orbit_satellite_manufacturing.get()
    ),
    out!(
        "verdict.orbit_reentry_g_per_kwh",
        "gCO2e/kWh",
        "Orbit: re-entry, per kWh of computing",
        |o| o.verdicts.parts.orbit_reentry.get()
    ),
    out!(
        "verdict.earth_electricity_g_per_kwh",
        "gCO2e/kWh",
        "Earth: electricity, per kWh of computing",
        |o| o.verdicts.parts.earth_electricity.get()
    ),
    out!(
        "verdict.earth_building_g_per_kwh",
        "gCO2e/kWh",
        "Earth: building, per kWh of computing",
        |o| o.verdicts.parts.earth_building.get()
    ),
    out!(
        "verdict.earth_hardware_g_per_kwh",
        "gCO2e/kWh",
        "Earth: hardware, per kWh of computing",
        |o| o.verdicts.parts.earth_hardware.get()
    ),
    out!(
        "verdict.earth_kwh_per_kwh",
        "",
        "Earth IT energy per kWh of the orbit's (its own availability)",
        |o| o.verdicts.parts.earth_kwh_per_kwh
    ),
    out!("verdict.water_avoided_ml", "ML", "Water avoided", |o| o
        .verdicts
        .water_avoided_l
        .get()
        / 1e6),
    out!("verdict.land_avoided_ha", "ha", "Land avoided", |o| o
        .verdicts
        .land_avoided_m2
        .get()
        / 1e4),
    // --- Economics ---
    out!(
        "econ.orbit_usd_per_it_mwh",
        "USD/MWh",
        "Orbit cost per useful IT MWh (excl. accelerators; not an LCOE)",
        |o| o.economics.orbit_usd_per_it_mwh
    ),
    out!(
        "econ.earth_usd_per_it_mwh",
        "USD/MWh",
        "Earth cost per useful IT MWh (excl. accelerators; not an LCOE)",
        |o| o.economics.earth_usd_per_it_mwh
    ),
    out!(
        "econ.orbit_usd_per_accelerator_hour",
        "USD/h",
        "Orbit, per accelerator-hour",
        |o| o.economics.orbit_usd_per_accelerator_hour
    ),
    out!(
        "econ.earth_usd_per_accelerator_hour",
        "USD/h",
        "Earth, per accelerator-hour",
        |o| o.economics.earth_usd_per_accelerator_hour
    ),
    out!(
        "econ.satellite_hardware_musd",
        "M USD",
        "Satellite hardware besides array and compute, one generation",
        |o| o.economics.satellite_hardware_cost.get() / 1e6
    ),
    out!(
        "econ.launch_share_pct",
        "%",
        "Launch's share of the orbit's discounted cost",
        |o| o.economics.launch_share * 100.0
    ),
    out!(
        "econ.orbit_cost_musd",
        "M USD",
        "Orbit spending over the horizon (undiscounted)",
        |o| o.economics.orbit_cost.get() / 1e6
    ),
    out!(
        "econ.earth_cost_musd",
        "M USD",
        "Earth spending over the horizon (undiscounted)",
        |o| o.economics.earth_cost.get() / 1e6
    ),
    out!(
        "econ.earth_energy_musd",
        "M USD",
        "Earth electricity over the horizon (undiscounted)",
        |o| o.economics.earth_energy_cost.get() / 1e6
    ),
    out!(
        "econ.cost_ratio",
        "",
        "Orbit ÷ Earth cost per accelerator-hour",
        |o| o.economics.cost_ratio,
        none if |o| o.economics.earth_usd_per_accelerator_hour <= 0.0
            => "undefined: Earth's cost per accelerator-hour is 0"
    ),
    out!(
        "econ.launched_power_usd_per_kw_yr",
        "USD/kW/yr",
        "Launched power price",
        |o| o.economics.launched_power_usd_per_kw_yr
    ),
    // --- Scale ---
    out!(
        "scale.demand_twh",
        "TWh/yr",
        "Global data-centre electricity in the chosen year",
        |o| o.scale.demand_twh
    ),
    out!(
        "scale.mass_per_year_t",
        "t/yr",
        "Mass to orbit per year",
        |o| o.scale.mass_per_year.get() / 1e3
    ),
    out!(
        "scale.launches_per_year",
        "1/yr",
        "Launches per year",
        |o| o.scale.launches_per_year
    ),
    out!(
        "scale.launches_vs_2024",
        "",
        "Launches per year ÷ 2024's ~260",
        |o| o.scale.launches_vs_2024
    ),
    out!(
        "scale.launch_co2e_per_year_mt",
        "MtCO2e/yr",
        "Launch CO2e per year",
        |o| o.scale.launch_co2e_per_year.get() / 1e9
    ),
    out!(
        "scale.strat_bc_per_year_gg",
        "Gg/yr",
        "Black carbon at 15–50 km per year",
        |o| o.scale.strat_bc_per_year.get() / 1e6
    ),
    out!(
        "scale.strat_bc_vs_today",
        "",
        "Black carbon at 15–50 km ÷ today's rocket BC there (0.28 Gg/yr)",
        |o| o.scale.strat_bc_vs_today
    ),
    out!(
        "scale.bc_above_per_year_gg",
        "Gg/yr",
        "Black carbon above 50 km per year (not counted in CO2e)",
        |o| o.scale.bc_above_per_year.get() / 1e6
    ),
    out!(
        "scale.strat_al2o3_per_year_gg",
        "Gg/yr",
        "Alumina at 15–50 km per year",
        |o| o.scale.strat_al2o3_per_year.get() / 1e6
    ),
    out!(
        "scale.strat_forcing_mw_m2",
        "mW/m²",
        "Instantaneous forcing of that black carbon and alumina",
        |o| o.scale.strat_forcing_mw_m2
    ),
];
