//! Uncertainty in the page: the Monte Carlo runs off the input path (started 120 ms
//! after the last change, one chunk of draws per frame, just after the frame is
//! painted; a new change cancels a run in flight), then refreshes the bands, ranges
//! and probabilities; the tornado names what dominates the verdict (its spec is built
//! in `super::charts`).

use super::chart::ChartFrame;
use super::charts::{tornado_pending_spec, tornado_sentence, tornado_spec};
use super::format::{fmt_sig, m, pct, ratio_text, t};
use super::state::{Mc, State};
use crate::i18n::{Msg, Ui};
use crate::model::uncertainty::{self, McRun, Metric};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

/// Draws per chunk: ~0.7 ms of work in the browser, then the event loop runs.
const CHUNK: usize = 250;
/// Quiet time after the last input before a run starts.
const DELAY: Duration = Duration::from_millis(120);

/// Reruns the sensitivity and the Monte Carlo whenever the scenario or the settings change.
pub fn run_on_change(st: State) {
    let generation = Rc::new(Cell::new(0u64));
    let mc = st.mc;
    Effect::new(move |_| {
        let inputs = st.inputs.get();
        let settings = mc.settings.get();
        let me = generation.get() + 1;
        generation.set(me);
        mc.progress.set(0.0);
        let gen = generation.clone();
        set_timeout(
            move || {
                if gen.get() != me {
                    return;
                }
                let carbon = uncertainty::sensitivity(&inputs, &settings, Metric::Carbon);
                let cost = uncertainty::sensitivity(&inputs, &settings, Metric::Cost);
                mc.tornado.set(Some((carbon, cost)));
                let run = Rc::new(RefCell::new(McRun::new(&inputs, &settings)));
                pump(mc, run, gen, me);
            },
            DELAY,
        );
    });
}

fn pump(mc: Mc, run: Rc<RefCell<McRun>>, gen: Rc<Cell<u64>>, me: u64) {
    if gen.get() != me {
        return; // Cancelled by a newer input.
    }
    let done = run.borrow_mut().step(CHUNK);
    // The progress note changes in tenths, not on every chunk (each change is DOM work).
    let p = run.borrow().progress();
    if done || (p * 10.0).floor() != (mc.progress.get_untracked() * 10.0).floor() {
        mc.progress.set(p);
    }
    if done {
        mc.result.set(Some(run.borrow().result()));
        mc.runs.update(|n| *n += 1);
    } else {
        // One chunk per frame, right after it is painted: input always finds the
        // main thread nearly free.
        request_animation_frame(move || {
            set_timeout(move || pump(mc, run, gen, me), Duration::ZERO)
        });
    }
}

/// "p5–p95" of a band, as "1.3×–2.1×" or "980–1,400".
fn range(p5: f64, p95: f64, ratio: bool) -> String {
    if ratio {
        format!("{}–{}", ratio_text(p5), ratio_text(p95))
    } else {
        format!("{}–{}", fmt_sig(p5, 2), fmt_sig(p95, 2))
    }
}

/// The ranges beside the verdict's numbers: muted, so the central estimate reads first.
#[component]
pub fn VerdictRanges(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let mc = st.mc;
    let text = move || {
        mc.result.with(|r| match r {
            None => t(Ui::ComputingRange).to_string(),
            Some(r) => {
                let pay = &r.payback_year;
                m(Msg::Ranges {
                    draws: &fmt_sig(r.draws as f64, 6),
                    inputs: &r.uncertain_inputs.to_string(),
                    carbon: &range(r.carbon_ratio.p5, r.carbon_ratio.p95, true),
                    cost: &range(r.cost_ratio.p5, r.cost_ratio.p95, true),
                    payback: &pct(pay.probability_within_horizon),
                    p_carbon: &pct(r.p_orbit_beats_earth_carbon),
                    p_cost: &pct(r.p_orbit_beats_earth_cost),
                })
            }
        })
    };
    view! {
        <p class="ranges" id="mc-ranges" aria-live="polite"
            data-state=move || { if mc.progress.get() >= 1.0 { "done" } else { "running" } }
            data-runs=move || mc.runs.get().to_string()
        >
            {text}
            <span class="progress">{move || {
                let p = mc.progress.get();
                if p < 1.0 { m(Msg::Updating { share: &pct(p) }) } else { String::new() }
            }}</span>
        </p>
    }
}

/// The tornado chart with its carbon / cost switch and the sentence naming the top driver.
#[component]
pub fn TornadoChart(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let metric = RwSignal::new(Metric::Carbon);
    let spec = Memo::new(move |_| {
        st.mc.tornado.with(|t| match t {
            Some((c, k)) => tornado_spec(if metric.get() == Metric::Carbon { c } else { k }),
            None => tornado_pending_spec(),
        })
    });
    let sentence = move || {
        st.mc.tornado.with(|t| {
            t.as_ref()
                .map(|(c, k)| tornado_sentence(if metric.get() == Metric::Carbon { c } else { k }))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="tornado" aria-labelledby="tornado-chart-title">
            <p class="driver" id="top-driver">{sentence}</p>
            <div class="button-row" role="radiogroup" aria-label=t(Ui::RatioGroup)>
                <label><input type="radio" name="tornado-metric" checked on:change=move |_| metric.set(Metric::Carbon) />" "{t(Ui::Carbon)}</label>
                <label><input type="radio" name="tornado-metric" id="tornado-cost" on:change=move |_| metric.set(Metric::Cost) />" "{t(Ui::Cost)}</label>
            </div>
            <ChartFrame
                id="tornado-chart"
                spec
                note=t(Ui::NoteTornado)
            />
        </section>
    }
}

/// Draw count and seed of the Monte Carlo.
#[component]
pub fn McControls(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let s = st.mc.settings;
    view! {
        <div class="mc-controls">
            <label for="mc-draws">{t(Ui::Draws)}</label>
            <select id="mc-draws" on:change=move |ev| {
                if let Some(n) = crate::numfmt::parse(&event_target_value(&ev)) {
                    s.update(|x| x.draws = n as usize);
                }
            }>
                {[1_000usize, 2_000, 5_000, 10_000, 20_000]
                    .into_iter()
                    .map(|n| view! { <option value=n.to_string() selected=move || s.with(|x| x.draws == n)>{fmt_sig(n as f64, 6)}</option> })
                    .collect_view()}
            </select>
            <label for="mc-seed">{t(Ui::Seed)}</label>
            <input id="mc-seed" type="number" min="0" step="1" prop:value=move || s.with(|x| x.seed.to_string()) on:change=move |ev| {
                let v = event_target::<web_sys::HtmlInputElement>(&ev).value_as_number();
                if v.is_finite() && v >= 0.0 {
                    s.update(|x| x.seed = v as u64);
                }
            } />
        </div>
    }
}
