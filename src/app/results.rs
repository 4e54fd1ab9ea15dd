//! Results grouped Energy / Cooling / Launch / Emissions / Cost / Scale: every number
//! from the output registry with its unit, a delta against the pinned baseline, and a
//! link to the assumptions behind it.

use super::format::{fixed, with_unit};
use super::state::State;
use crate::model::outputs::output;
use leptos::prelude::*;

/// (group title, assumptions anchor, [(label, output key)]).
pub type Group = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// What the results panel shows, in order.
pub static GROUPS: &[Group] = &[
    (
        "Energy",
        "assume-array",
        &[
            ("Array power, start of life", "array.power_bol_mw"),
            ("Array power, end of life", "array.power_eol_mw"),
            ("Array temperature", "array.temperature_c"),
            ("Cell efficiency, start of life", "array.efficiency_bol_pct"),
            ("Battery", "power.battery_mwh"),
            ("Space PUE (all power ÷ IT power)", "power.pue"),
            (
                "IT energy delivered per mission",
                "workload.it_energy_lifetime_gwh",
            ),
            (
                "Accelerator-hours per mission",
                "workload.accelerator_hours_lifetime_m",
            ),
        ],
    ),
    (
        "Cooling",
        "assume-thermal",
        &[
            ("Heat to reject", "thermal.heat_load_mw"),
            ("Net rejection per m² of panel", "thermal.net_flux_w_m2"),
            ("Radiator area", "thermal.radiator_area_m2"),
            ("Radiator vs array area", "thermal.radiator_to_array_pct"),
            ("Radiator and loop mass", "thermal.radiator_mass_t"),
        ],
    ),
    (
        "Launch",
        "assume-launch",
        &[
            ("Mass to orbit", "mass.total_t"),
            ("Mass per kW of IT", "mass.kg_per_kw_it"),
            ("Usable payload per launch", "launch.usable_payload_kg"),
            ("Launches", "launch.launches"),
            ("Launch cost", "launch.cost_musd"),
        ],
    ),
    (
        "Emissions",
        "assume-emissions",
        &[
            ("Orbit, per kWh of IT energy", "emissions.orbit_g_per_kwh"),
            ("Earth, per kWh of IT energy", "emissions.earth_g_per_kwh"),
            ("Orbit total", "emissions.orbit_total_t"),
            ("Earth total", "earth.total_t"),
            ("Launch CO2 per launch", "emissions.launch_co2_t"),
            (
                "Stratospheric black carbon per launch",
                "emissions.launch_strat_bc_kg",
            ),
            (
                "Break-even grid intensity",
                "verdict.breakeven_grid_g_per_kwh",
            ),
            (
                "Break-even launch footprint",
                "verdict.breakeven_launch_kg_per_kg",
            ),
            ("Water avoided", "verdict.water_avoided_ml"),
            ("Land avoided", "verdict.land_avoided_ha"),
        ],
    ),
    (
        "Cost",
        "assume-economics",
        &[
            ("Orbit LCOE", "econ.orbit_lcoe_usd_per_mwh"),
            ("Earth LCOE", "econ.earth_lcoe_usd_per_mwh"),
            (
                "Orbit per accelerator-hour",
                "econ.orbit_usd_per_accelerator_hour",
            ),
            (
                "Earth per accelerator-hour",
                "econ.earth_usd_per_accelerator_hour",
            ),
            ("Launched power price", "econ.launched_power_usd_per_kw_yr"),
        ],
    ),
    (
        "Scale",
        "assume-economics",
        &[
            ("Mass to orbit per year", "scale.mass_per_year_t"),
            ("Launches per year", "scale.launches_per_year"),
            (
                "… vs all orbital launches in 2024",
                "scale.launches_vs_2024",
            ),
            ("Launch CO2e per year", "scale.launch_co2e_per_year_mt"),
            (
                "Stratospheric black carbon per year",
                "scale.strat_bc_per_year_gg",
            ),
            (
                "… vs today's rocket black carbon",
                "scale.strat_bc_vs_today",
            ),
        ],
    ),
];

/// "+12 %" change of `now` against `base`, or empty when equal or undefined.
pub fn delta_text(now: f64, base: f64) -> String {
    if base == 0.0 || !now.is_finite() || !base.is_finite() {
        return String::new();
    }
    let d = (now / base - 1.0) * 100.0;
    if d.abs() < 0.05 {
        String::new()
    } else {
        format!(
            "{}{} % vs baseline",
            if d > 0.0 { "+" } else { "−" },
            fixed(d.abs(), if d.abs() < 10.0 { 1 } else { 0 })
        )
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
            <h2 id="results-h">"Results"</h2>
            <div class="result-groups">
                {GROUPS
                    .iter()
                    .map(|(title, anchor, rows)| {
                        view! {
                            <section class="result-group">
                                <h3>{*title}</h3>
                                <dl>
                                    {rows
                                        .iter()
                                        .map(|(label, key)| {
                                            let spec = output(key);
                                            let unit = spec.map(|s| s.unit).unwrap_or("");
                                            let meaning = spec.map(|s| s.meaning).unwrap_or("");
                                            let key = *key;
                                            let get = spec.map(|s| s.get);
                                            let val = move |o: &crate::model::Outputs| get.map_or(0.0, |g| g(o));
                                            view! {
                                                <div title=meaning>
                                                    <dt>{*label}</dt>
                                                    <dd data-key=key>
                                                        {move || st.outputs.with(|o| with_unit(val(o), unit))}
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
                                <a class="why" href=format!("#{anchor}")>"Assumptions behind these"</a>
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
