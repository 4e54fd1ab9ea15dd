//! Output registry slice of the lifecycle side: stable dotted keys, display units.

use crate::model::outputs::OutputSpec;

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

/// Outputs of the lifecycle side (launch, emissions, Earth, verdicts, economics, scale).
pub static LIFECYCLE_OUTPUTS: &[OutputSpec] = &[
    // --- Launch ---
    out!(
        "launch.payload_kg",
        "kg",
        "Payload per launch to the chosen orbit (Δv-scaled)",
        |o| o.life.launch.payload.get()
    ),
    out!(
        "launch.usable_payload_kg",
        "kg",
        "Payload per launch after the margin",
        |o| o.life.launch.usable_payload.get()
    ),
    out!(
        "launch.delta_v_m_s",
        "m/s",
        "Extra Δv from the vehicle's reference orbit",
        |o| o.life.launch.delta_v.get()
    ),
    out!(
        "launch.launches",
        "",
        "Launches over the horizon (as allocated)",
        |o| o.life.launch.launches
    ),
    out!(
        "launch.whole_launches_per_generation",
        "",
        "Dedicated launches per generation (rounded up)",
        |o| o.life.launch.whole_launches_per_generation
    ),
    out!(
        "launch.cost_musd",
        "M USD",
        "Launch cost over the horizon",
        |o| o.life.launch.cost.get() / 1e6
    ),
    out!(
        "launch.usd_per_kg",
        "USD/kg",
        "Effective launch price per kg",
        |o| o.life.launch.usd_per_kg
    ),
    // --- Emissions ---
    out!(
        "emissions.launch_co2_t",
        "t",
        "Combustion CO2 per launch (after afterburning)",
        |o| o.life.emissions.per_launch.total().co2.get() / 1e3
    ),
    out!(
        "emissions.launch_strat_bc_kg",
        "kg",
        "Black carbon per launch at or above 15 km",
        |o| {
            let l = &o.life.emissions.per_launch;
            l.stratosphere.bc.get() + l.above.bc.get()
        }
    ),
    out!(
        "emissions.launch_al2o3_kg",
        "kg",
        "Alumina per launch",
        |o| o.life.emissions.per_launch.total().al2o3.get()
    ),
    out!(
        "emissions.launch_t",
        "tCO2e",
        "Launch combustion over the horizon (chosen accounting)",
        |o| o.life.orbit.launch.get() / 1e3
    ),
    out!(
        "emissions.launcher_manufacturing_t",
        "tCO2e",
        "Launcher stages and propellant production",
        |o| o.life.orbit.launcher_manufacturing.get() / 1e3
    ),
    out!(
        "emissions.satellite_manufacturing_t",
        "tCO2e",
        "Satellite and compute hardware manufacturing",
        |o| o.life.orbit.satellite_manufacturing.get() / 1e3
    ),
    out!(
        "emissions.reentry_t",
        "tCO2e",
        "Re-entry of satellites and upper stages",
        |o| o.life.orbit.reentry.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_t",
        "tCO2e",
        "Orbit lifecycle total (chosen accounting)",
        |o| o.life.orbit.total.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_co2_only_t",
        "tCO2e",
        "Orbit total, CO2 only",
        |o| o.life.orbit.by_accounting.co2.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_low_t",
        "tCO2e",
        "Orbit total, with non-CO2 effects (low)",
        |o| o.life.orbit.by_accounting.low.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_high_t",
        "tCO2e",
        "Orbit total, with non-CO2 effects (high)",
        |o| o.life.orbit.by_accounting.high.get() / 1e3
    ),
    out!(
        "emissions.orbit_total_ohs_t",
        "tCO2e",
        "Orbit total, Ohs et al. accounting (NOx × 298, flagged)",
        |o| o.life.orbit.by_accounting.ohs.get() / 1e3
    ),
    out!(
        "emissions.launch_kg_per_kg",
        "kgCO2e/kg",
        "Launch footprint per kg to orbit",
        |o| o.life.orbit.launch_kg_per_kg
    ),
    out!(
        "emissions.ohs_launch_kg_per_kg",
        "kgCO2e/kg",
        "Ohs et al. accounting per kg launched, launch only",
        |o| o.life.orbit.ohs_launch_kg_per_kg
    ),
    out!(
        "emissions.ohs_total_kg_per_kg",
        "kgCO2e/kg",
        "Ohs et al. accounting per kg launched, with re-entry",
        |o| o.life.orbit.ohs_total_kg_per_kg
    ),
    out!(
        "emissions.orbit_g_per_kwh",
        "gCO2e/kWh",
        "Orbit lifecycle intensity per kWh of IT energy",
        |o| o.life.verdicts.orbit_g_per_kwh
    ),
    out!(
        "emissions.earth_g_per_kwh",
        "gCO2e/kWh",
        "Earth alternative intensity per kWh of IT energy",
        |o| o.life.verdicts.earth_g_per_kwh
    ),
    out!(
        "emissions.orbit_g_per_accelerator_hour",
        "gCO2e/h",
        "Orbit per accelerator-hour",
        |o| o.life.verdicts.orbit_g_per_accelerator_hour
    ),
    out!(
        "emissions.earth_g_per_accelerator_hour",
        "gCO2e/h",
        "Earth per accelerator-hour",
        |o| o.life.verdicts.earth_g_per_accelerator_hour
    ),
    // --- Earth ---
    out!(
        "earth.total_t",
        "tCO2e",
        "Earth alternative total (operation, building, hardware)",
        |o| o.life.earth.total.get() / 1e3
    ),
    out!(
        "earth.facility_mwh",
        "MWh",
        "Earth facility electricity over the horizon",
        |o| o.life.earth.facility_kwh / 1e3
    ),
    // --- Verdicts ---
    out!(
        "verdict.ratio",
        "",
        "Orbit ÷ Earth lifecycle emissions (> 1: orbit emits more)",
        |o| o.life.verdicts.ratio
    ),
    out!(
        "verdict.payback_year",
        "yr",
        "Carbon payback year (−1: not within the horizon)",
        |o| o.life.verdicts.payback_year.unwrap_or(-1.0)
    ),
    out!(
        "verdict.breakeven_grid_g_per_kwh",
        "gCO2e/kWh",
        "Grid intensity above which orbit emits less",
        |o| o.life.verdicts.breakeven_grid_g_per_kwh
    ),
    out!(
        "verdict.breakeven_launch_kg_per_kg",
        "kgCO2e/kg",
        "Launch footprint at which orbit ties",
        |o| o.life.verdicts.breakeven_launch_kg_per_kg
    ),
    out!(
        "verdict.water_avoided_ml",
        "ML",
        "Water the Earth alternative would use",
        |o| o.life.verdicts.water_avoided_l / 1e6
    ),
    out!(
        "verdict.land_avoided_ha",
        "ha",
        "Land the Earth alternative would use",
        |o| o.life.verdicts.land_avoided_m2 / 1e4
    ),
    // --- Economics ---
    out!(
        "econ.orbit_lcoe_usd_per_mwh",
        "USD/MWh",
        "Orbit discounted cost per MWh of IT energy (excl. accelerators)",
        |o| o.life.economics.orbit_lcoe_usd_per_mwh
    ),
    out!(
        "econ.earth_lcoe_usd_per_mwh",
        "USD/MWh",
        "Earth discounted cost per MWh of IT energy (excl. accelerators)",
        |o| o.life.economics.earth_lcoe_usd_per_mwh
    ),
    out!(
        "econ.orbit_usd_per_accelerator_hour",
        "USD/h",
        "Orbit discounted cost per accelerator-hour",
        |o| o.life.economics.orbit_usd_per_accelerator_hour
    ),
    out!(
        "econ.earth_usd_per_accelerator_hour",
        "USD/h",
        "Earth discounted cost per accelerator-hour",
        |o| o.life.economics.earth_usd_per_accelerator_hour
    ),
    out!(
        "econ.launched_power_usd_per_kw_yr",
        "USD/kW/yr",
        "Launched power price (Suncatcher §2.4)",
        |o| o.life.economics.launched_power_usd_per_kw_yr
    ),
    // --- Scale ---
    out!(
        "scale.mass_per_year_t",
        "t/yr",
        "Mass to orbit per year for the chosen share of demand",
        |o| o.life.scale.mass_per_year.get() / 1e3
    ),
    out!(
        "scale.launches_per_year",
        "1/yr",
        "Launches per year",
        |o| o.life.scale.launches_per_year
    ),
    out!(
        "scale.launches_vs_2024",
        "",
        "Launches per year ÷ 2024's ~260",
        |o| o.life.scale.launches_vs_2024
    ),
    out!(
        "scale.launch_co2e_per_year_mt",
        "MtCO2e/yr",
        "Launch emissions per year (chosen accounting)",
        |o| o.life.scale.launch_co2e_per_year.get() / 1e9
    ),
    out!(
        "scale.strat_bc_per_year_gg",
        "Gg/yr",
        "Stratospheric black carbon per year",
        |o| o.life.scale.strat_bc_per_year.get() / 1e6
    ),
    out!(
        "scale.strat_bc_vs_today",
        "",
        "Stratospheric BC ÷ today's ~1 Gg/yr",
        |o| o.life.scale.strat_bc_vs_today
    ),
];
