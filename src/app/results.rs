//! Results grouped Energy / Radiation and reliability / Cooling / Launch / Emissions /
//! Cost / Scale: every number from the output registry with its label and unit, a delta
//! against the pinned baseline, and a link to the assumptions behind it.

use super::assumptions::anchor;
use super::format::{fixed, m, output_or_none, ratio_text, t};
use super::state::State;
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::registry::Group as Inputs;
use crate::model::outputs::output;
use leptos::prelude::*;

/// (group title, the assumptions behind it, output keys). Each row shows its output's
/// label and unit from the output registry.
pub type Group = (Ui, Inputs, &'static [&'static str]);

/// What the results panel shows, in order.
pub static GROUPS: &[Group] = &[
    (
        Ui::GroupEnergy,
        Inputs::Array,
        &[
            "array.area_used_m2",
            "array.power_bol_mw",
            "array.power_eol_mw",
            "array.temperature_c",
            "array.efficiency_bol_pct",
            "power.batteries",
            "power.battery_vs_throttle_pct",
            "power.battery_mwh",
            "power.pue",
            "workload.it_energy_lifetime_gwh",
            "workload.accelerator_hours_lifetime_m",
        ],
    ),
    (
        Ui::GroupReliability,
        Inputs::Reliability,
        &[
            "workload.useful_training_pct",
            "workload.useful_inference_pct",
            "workload.upsets_per_accel_yr",
            "workload.hbm_errors_per_accel_yr",
            "workload.sdc_per_accel_yr",
            "workload.hard_per_accel_yr",
            "workload.replayed_per_job_h",
            "workload.hard_per_job_h",
            "workload.checkpoint_interval_min",
        ],
    ),
    (
        Ui::GroupCooling,
        Inputs::Thermal,
        &[
            "thermal.radiator_temp_used_c",
            "thermal.heat_load_mw",
            "thermal.net_flux_w_m2",
            "thermal.radiator_area_m2",
            "thermal.radiator_to_array_pct",
            "thermal.radiator_mass_t",
        ],
    ),
    (
        Ui::GroupLaunch,
        Inputs::Launch,
        &[
            "mass.total_t",
            "mass.kg_per_kw_it",
            "mass.satellites",
            "mass.per_satellite_kg",
            "launch.usable_payload_kg",
            "launch.launches",
            "launch.cost_musd",
        ],
    ),
    (
        Ui::GroupEmissions,
        Inputs::Emissions,
        &[
            "emissions.orbit_g_per_kwh",
            "emissions.earth_g_per_kwh",
            "emissions.orbit_total_t",
            "earth.total_t",
            "emissions.launch_co2_t",
            "emissions.launch_strat_bc_kg",
            "emissions.bc_stratosphere_t_per_yr",
            "emissions.bc_above_t_per_yr",
            "emissions.al2o3_stratosphere_t_per_yr",
            "emissions.strat_bc_vs_today_pct",
            "emissions.bc_forcing_mw_m2",
            "earth.accelerators",
            "earth.availability_pct",
            "verdict.breakeven_grid_g_per_kwh",
            "verdict.breakeven_launch_kg_per_kg",
            "verdict.water_avoided_ml",
            "verdict.land_avoided_ha",
        ],
    ),
    (
        Ui::GroupCost,
        Inputs::Economics,
        &[
            "econ.orbit_usd_per_accelerator_hour",
            "econ.earth_usd_per_accelerator_hour",
            "econ.orbit_usd_per_it_mwh",
            "econ.earth_usd_per_it_mwh",
            "econ.launch_share_pct",
            "array.cost_musd",
            "econ.orbit_cost_musd",
            "econ.earth_cost_musd",
            "econ.cost_ratio",
            "econ.launched_power_usd_per_kw_yr",
        ],
    ),
    (
        Ui::GroupScale,
        Inputs::Economics,
        &[
            "scale.mass_per_year_t",
            "scale.launches_per_year",
            "scale.launches_vs_2024",
            "scale.launch_co2e_per_year_mt",
            "scale.strat_bc_per_year_gg",
            "scale.strat_bc_vs_today",
            "scale.bc_above_per_year_gg",
            "scale.strat_forcing_mw_m2",
        ],
    ),
];

/// The change of `now` against `base`: "+12 % vs baseline" under twice the baseline,
/// "2.6× the baseline" from twice, or empty when equal or undefined.
pub fn delta_text(now: f64, base: f64) -> String {
    if base == 0.0 || !now.is_finite() || !base.is_finite() {
        return String::new();
    }
    let d = (now / base - 1.0) * 100.0;
    // Twice the baseline or more reads as a multiple, as the headline does ("26× the
    // baseline", not "+2,522 %"); a sign change stays a percentage.
    if now / base >= 2.0 {
        m(Msg::VsBaselineTimes {
            ratio: &ratio_text(now / base),
        })
    } else if d.abs() < 0.05 {
        String::new()
    } else {
        let delta = format!(
            "{}{}",
            if d > 0.0 { "+" } else { "−" },
            fixed(d.abs(), if d.abs() < 10.0 { 1 } else { 0 })
        );
        m(Msg::VsBaseline { delta: &delta })
    }
}

/// The grouped results.
#[component]
pub fn Results(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">{t(Ui::ResultsHeading)}</h2>
            <div class="result-groups">
                {GROUPS
                    .iter()
                    .map(|(title, inputs, rows)| {
                        view! {
                            <section class="result-group">
                                <h3>{t(*title)}</h3>
                                <dl>
                                    {rows
                                        .iter()
                                        .map(|key| {
                                            let spec = output(key);
                                            let unit = spec.map(|s| s.unit).unwrap_or("");
                                            let label = spec.map(|s| current().output(s)).unwrap_or("");
                                            let key = *key;
                                            let get = spec.map(|s| s.get);
                                            let val = move |o: &crate::model::Outputs| get.map_or(0.0, |g| g(o));
                                            view! {
                                                <div>
                                                    <dt>{label}</dt>
                                                    <dd data-key=key>
                                                        {move || st.outputs.with(|o| output_or_none(key, val(o), unit, spec.and_then(|s| s.no_value(o)).is_some()))}
                                                        <span class="delta">
                                                            {move || {
                                                                st.base_out.with(|b| match b {
                                                                    Some(b) => st.outputs.with(|o| delta_text(val(o), val(b))),
                                                                    None => String::new(),
                                                                })
                                                            }}
                                                        </span>
                                                    </dd>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </dl>
                                <a class="why" href=format!("#{}", anchor(*inputs))>{t(Ui::AssumptionsBehind)}</a>
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
