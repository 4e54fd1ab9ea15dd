//! The four primary controls (orbit, array, launch vehicle, workload), the secondary
//! controls beside them, and the baseline bar. Every control is bound to a registry
//! entry; every readout reads a registry output and its label.

use super::controls::{ChoiceSelect, NumberSlider, Tick};
use super::format::{fmt_sig, m, output_text, t};
use super::state::State;
use crate::data::vehicles::{Propellant, VEHICLES};
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::registry::{choice, param, ChoiceSpec, ParamSpec};
use crate::model::{inputs::ArraySizing, inputs::OrbitKind, outputs::output, Inputs, Outputs};
use leptos::prelude::*;

fn p(key: &str) -> &'static ParamSpec {
    param(key).unwrap_or_else(|| panic!("input `{key}` is not registered"))
}

fn c(key: &str) -> &'static ChoiceSpec {
    choice(key).unwrap_or_else(|| panic!("choice `{key}` is not registered"))
}

/// The value of a registry output, 0 if the key is unknown (a test covers every key used).
pub fn out(o: &Outputs, key: &str) -> f64 {
    output(key).map(|s| (s.get)(o)).unwrap_or(0.0)
}

/// The registry's label of an output in the page's language ("" if the key is unknown).
fn label(key: &str) -> &'static str {
    output(key).map(|s| current().output(s)).unwrap_or("")
}

/// One output from the registry, with its label and unit.
#[component]
pub fn Readout(
    /// The calculator state.
    st: State,
    /// Output registry key.
    key: &'static str,
) -> impl IntoView {
    let spec = output(key);
    let unit = spec.map(|s| s.unit).unwrap_or("");
    let get = spec.map(|s| s.get);
    let id = key.replace('.', "-");
    view! {
        <div>
            <dt>{label(key)}</dt>
            <dd id=id>{move || st.outputs.with(|o| output_text(key, get.map_or(0.0, |g| g(o)), unit))}</dd>
        </div>
    }
}

/// Orbit: type, altitude (not for GEO), inclination (inclined LEO) or node time (SSO).
#[component]
pub fn OrbitPanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let inputs = st.inputs;
    let kind = Memo::new(move |_| inputs.with(|i| i.orbit.kind));
    view! {
        <section class="panel" aria-labelledby="orbit-h">
            <h2 id="orbit-h">{t(Ui::OrbitHeading)}</h2>
            <ChoiceSelect inputs spec=c("orbit.kind") />
            <Show when=move || kind.get() != OrbitKind::Geostationary fallback=|| view! {
                <p class="note">{t(Ui::GeoNote)}</p>
            }>
                <NumberSlider inputs spec=p("orbit.altitude_km") ticks=&[(200.0, Tick::U), (1000.0, Tick::N), (2000.0, Tick::U)] />
            </Show>
            <Show when=move || kind.get() == OrbitKind::Inclined>
                <NumberSlider inputs spec=p("orbit.inclination_deg") ticks=&[(0.0, Tick::U), (53.0, Tick::U), (98.0, Tick::U), (180.0, Tick::U)] />
            </Show>
            <Show when=move || kind.get() == OrbitKind::SunSynchronous>
                <NumberSlider inputs spec=p("orbit.ltan_h") ticks=&[(0.0, Tick::U), (6.0, Tick::N), (12.0, Tick::N), (18.0, Tick::N), (24.0, Tick::U)] />
            </Show>
            <dl class="readout">
                <div>
                    <dt>{t(Ui::InSunlight)}</dt>
                    <dd id="sun-readout">{move || st.outputs.with(|o| m(Msg::OfTheYear { share: &super::format::pct(1.0 - o.eclipses.mean_fraction) }))}</dd>
                </div>
                <div>
                    // The registry's orbit.eclipse_fraction_pct, as a share of the year.
                    <dt>{label("orbit.eclipse_fraction_pct")}</dt>
                    <dd id="shadow-readout">{move || st.outputs.with(|o| m(Msg::OfTheYear { share: &super::format::pct(o.eclipses.mean_fraction) }))}</dd>
                </div>
                <Readout st key="orbit.longest_eclipse_min" />
                <Readout st key="orbit.period_min" />
            </dl>
        </section>
    }
}

/// Solar array: sized to the workload, or an area (log scale) that switches it to the
/// area set; cell technology; "size to workload" returns to the one sizing rule.
#[component]
pub fn ArrayPanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let inputs = st.inputs;
    let sizing = c("array.sizing");
    let by_area = sizing.index_of(ArraySizing::Area.id()).unwrap_or(0);
    let size_to_workload = move |_| {
        let n = sizing.index_of(ArraySizing::Workload.id()).unwrap_or(0);
        inputs.update(|i| (sizing.set)(i, n));
    };
    let set_area: fn(&mut Inputs) = |i| i.array.sizing = ArraySizing::Area;
    view! {
        <section class="panel" aria-labelledby="array-h">
            <h2 id="array-h">{t(Ui::ArrayHeading)}</h2>
            <ChoiceSelect inputs spec=sizing />
            <NumberSlider inputs spec=p("array.area_m2") on_set=set_area ticks=&[(1.0, Tick::T(Ui::TickCubeSat)), (2500.0, Tick::T(Ui::TickIss)), (201_000.0, Tick::T(Ui::Tick40Mw)), (1e8, Tick::T(Ui::Tick100Km2))] />
            <ChoiceSelect inputs spec=c("array.cell") />
            <dl class="readout">
                <Readout st key="array.area_used_m2" />
                <Readout st key="array.power_bol_mw" />
                <Readout st key="power.workload_powered_bol_pct" />
            </dl>
            <button type="button" id="size-to-workload" disabled=move || inputs.with(|i| (sizing.get)(i) != by_area) on:click=size_to_workload>{t(Ui::SizeToWorkload)}</button>
        </section>
    }
}

fn propellant_label(p: Propellant) -> &'static str {
    t(match p {
        Propellant::Kerosene => Ui::Kerosene,
        Propellant::Methane => Ui::Methane,
        Propellant::Hydrogen => Ui::Hydrogen,
        Propellant::Solid => Ui::Solid,
        Propellant::Hypergolic => Ui::Hypergolic,
    })
}

/// Key facts of the chosen vehicle: payload, reuse, propellants.
fn vehicle_facts(n: usize) -> String {
    let Some(v) = VEHICLES.get(n) else {
        return String::new();
    };
    let mut props: Vec<&str> = v
        .stages
        .iter()
        .map(|s| propellant_label(s.propellant))
        .collect();
    props.dedup();
    let reuse: Vec<String> = v
        .stages
        .iter()
        .filter(|s| s.flights > 1.0)
        .map(|s| {
            m(Msg::Reused {
                stage: current().stage(s.name),
                flights: &fmt_sig(s.flights, 3),
            })
        })
        .collect();
    m(Msg::VehicleFacts {
        tonnes: &fmt_sig(v.leo.t.central, 3),
        km: &fmt_sig(v.leo.altitude_km, 3),
        reuse: &if reuse.is_empty() {
            t(Ui::Expendable).to_string()
        } else {
            reuse.join(t(Ui::ListSeparator))
        },
        propellants: &props.join(" + "),
    })
}

/// Launch vehicle, with its key facts and an optional future price per kg.
#[component]
pub fn LaunchPanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let inputs = st.inputs;
    view! {
        <section class="panel" aria-labelledby="launch-h">
            <h2 id="launch-h">{t(Ui::LaunchHeading)}</h2>
            <ChoiceSelect inputs spec=c("launch.vehicle") />
            <p class="facts" id="vehicle-facts">{move || inputs.with(|i| vehicle_facts(i.launch.vehicle))}</p>
            <NumberSlider inputs spec=p("launch.price_usd_per_kg") ticks=&[(0.0, Tick::T(Ui::TickListPrice)), (10_000.0, Tick::N), (20_000.0, Tick::N)] />
            <dl class="readout">
                <Readout st key="launch.launches" />
                <Readout st key="launch.cost_musd" />
            </dl>
        </section>
    }
}

/// Workload: accelerator, count (log scale), utilization, training or inference.
#[component]
pub fn WorkloadPanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let inputs = st.inputs;
    view! {
        <section class="panel" aria-labelledby="workload-h">
            <h2 id="workload-h">{t(Ui::WorkloadHeading)}</h2>
            <ChoiceSelect inputs spec=c("workload.accelerator") />
            <NumberSlider inputs spec=p("workload.accelerators") ticks=&[(1.0, Tick::N), (1e4, Tick::C), (1e8, Tick::C)] />
            <NumberSlider inputs spec=p("workload.utilization_fraction") />
            <ChoiceSelect inputs spec=c("workload.mode") />
            <dl class="readout">
                <Readout st key="workload.it_power_mw" />
                <Readout st key="workload.useful_training_pct" />
                <Readout st key="workload.useful_inference_pct" />
                <Readout st key="workload.delivered_pct" />
            </dl>
        </section>
    }
}

/// Years, the Earth comparator and its grid trajectory, the CO2e accounting and its metric.
#[component]
pub fn SecondaryPanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let inputs = st.inputs;
    view! {
        <section class="panel secondary" aria-labelledby="compare-h">
            <h2 id="compare-h">{t(Ui::ComparisonHeading)}</h2>
            <ChoiceSelect inputs spec=c("earth.alternative") />
            <ChoiceSelect inputs spec=c("earth.grid_trajectory") />
            <ChoiceSelect inputs spec=c("emissions.accounting") />
            <ChoiceSelect inputs spec=c("emissions.metric") />
            <NumberSlider inputs spec=p("workload.mission_years") />
            <NumberSlider inputs spec=p("lifecycle.horizon_years") />
        </section>
    }
}

/// Pin the current scenario as a baseline (drawn as a ghost), clear it, reset everything.
#[component]
pub fn BaselineBar(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let pinned = move || st.baseline.with(Option::is_some);
    view! {
        <div class="button-row">
            <button type="button" id="pin-baseline" on:click=move |_| st.baseline.set(Some(st.inputs.get_untracked()))>
                {move || if pinned() { t(Ui::RepinBaseline) } else { t(Ui::PinBaseline) }}
            </button>
            <Show when=pinned>
                <button type="button" id="clear-baseline" on:click=move |_| st.baseline.set(None)>{t(Ui::ClearBaseline)}</button>
            </Show>
            <button type="button" id="reset-all" on:click=move |_| st.inputs.set(Inputs::default())>{t(Ui::ResetAll)}</button>
        </div>
    }
}
