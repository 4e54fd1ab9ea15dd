//! Uncertainty in the page: the Monte Carlo runs off the input path (started 120 ms
//! after the last change, one chunk of draws per frame, just after the frame is
//! painted; a new change cancels a run in flight), then refreshes the bands, ranges
//! and probabilities; then the break-even ladder (`super::ladder`) is worked out the
//! same way, a few inputs per frame. The tornado names what dominates the verdict (its
//! spec is built in `super::charts`).

use super::chart::ChartFrame;
use super::charts::{tornado_pending_spec, tornado_sentence, tornado_spec};
use super::format::{fmt_sig, m, pct, ratio_text, t};
use super::state::{Mc, State};
use crate::i18n::{current, Msg, Ui};
use crate::model::uncertainty::{self, LadderRun, McRun, Metric};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

/// Draws per chunk: ~0.7 ms of work in the browser, then the event loop runs.
const CHUNK: usize = 250;
/// Model evaluations of the ladder per frame (at least one input: ~1–2 ms).
const LADDER_CHUNK: usize = 100;
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
        mc.ladder_progress.set(0.0);
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
                let ladder = Rc::new(RefCell::new(LadderRun::new(&inputs)));
                pump(mc, run, ladder, gen, me);
            },
            DELAY,
        );
    });
}

fn pump(
    mc: Mc,
    run: Rc<RefCell<McRun>>,
    ladder: Rc<RefCell<LadderRun>>,
    gen: Rc<Cell<u64>>,
    me: u64,
) {
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
        next_frame(move || pump_ladder(mc, ladder, gen, me));
    } else {
        next_frame(move || pump(mc, run, ladder, gen, me));
    }
}

/// Runs `f` right after the next frame is painted: one chunk per frame, so input always
/// finds the main thread nearly free.
fn next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

fn pump_ladder(mc: Mc, ladder: Rc<RefCell<LadderRun>>, gen: Rc<Cell<u64>>, me: u64) {
    if gen.get() != me {
        return; // Cancelled by a newer input.
    }
    let done = ladder.borrow_mut().step(LADDER_CHUNK);
    let p = ladder.borrow().progress();
    if done {
        mc.ladder.set(ladder.borrow().result());
        mc.ladder_progress.set(1.0);
        mc.ladder_runs.update(|n| *n += 1);
    } else {
        if (p * 10.0).floor() != (mc.ladder_progress.get_untracked() * 10.0).floor() {
            mc.ladder_progress.set(p);
        }
        next_frame(move || pump_ladder(mc, ladder, gen, me));
    }
}

/// The band shown: the middle half (p25–p75) unless the 90 % band is asked for.
fn band(b: &uncertainty::Band, wide: bool) -> (f64, f64) {
    if wide {
        (b.p5, b.p95)
    } else {
        (b.p25, b.p75)
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
    let wide = mc.wide;
    let text = move || {
        let w = wide.get();
        mc.result.with(|r| match r {
            None => t(Ui::ComputingRange).to_string(),
            Some(r) => {
                let pay = &r.payback_year;
                let (c0, c1) = band(&r.carbon_ratio, w);
                let (k0, k1) = band(&r.cost_ratio, w);
                m(Msg::RangesBand {
                    draws: &fmt_sig(r.draws as f64, 6),
                    inputs: &r.uncertain_inputs.to_string(),
                    band: t(if w { Ui::Band90 } else { Ui::Band50 }),
                    carbon: &range(c0, c1, true),
                    cost: &range(k0, k1, true),
                    payback: &pct(pay.probability_within_horizon),
                    p_carbon: &pct(r.p_orbit_beats_earth_carbon),
                    p_cost: &pct(r.p_orbit_beats_earth_cost),
                })
            }
        })
    };
    // The held choices every probability above holds under, in the page's language.
    let conditions = move || {
        mc.result.with(|r| match r {
            Some(r) if !r.conditions.is_empty() => {
                let c = current();
                let parts: Vec<String> = r
                    .conditions
                    .iter()
                    .map(|k| {
                        m(Msg::ConditionPart {
                            choice: c.input(k.key, k.label),
                            option: c.option(k.key, k.option.0, k.option.1),
                        })
                    })
                    .collect();
                m(Msg::Conditions {
                    list: &parts.join(t(Ui::ConditionSeparator)),
                })
            }
            _ => String::new(),
        })
    };
    view! {
        <div class="mc-summary" aria-busy=move || (mc.progress.get() < 1.0).to_string()>
            <p class="ranges" id="mc-ranges" aria-live="polite"
                data-state=move || { if mc.progress.get() >= 1.0 { "done" } else { "running" } }
                data-runs=move || mc.runs.get().to_string()
                data-band=move || if wide.get() { "90" } else { "50" }
            >
                {text}
                <span class="progress">{move || {
                    let p = mc.progress.get();
                    if p < 1.0 { m(Msg::Updating { share: &pct(p) }) } else { String::new() }
                }}</span>
            </p>
            // Beside every probability, the choices it holds under; folded on a phone
            // behind their count (the paragraph stays in the page either way).
            <details class="conditions-fold" prop:open=super::dom::wide_screen()
                hidden=move || mc.result.with(|r| r.as_ref().is_none_or(|r| r.conditions.is_empty()))>
                <summary>{move || mc.result.with(|r| m(Msg::ConditionsCount {
                    n: &r.as_ref().map_or(0, |r| r.conditions.len()).to_string(),
                }))}</summary>
                <p class="conditions" id="mc-conditions">{conditions}</p>
            </details>
            <label class="band-switch"><input type="checkbox" id="mc-wide"
                prop:checked=move || wide.get()
                on:change=move |ev| wide.set(event_target_checked(&ev)) />" "{t(Ui::ShowBand90)}</label>
        </div>
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
                let el = event_target::<web_sys::HtmlInputElement>(&ev);
                let v = el.value_as_number();
                if (0.0..9.007_199_254_740_992e15).contains(&v) {
                    s.update(|x| x.seed = v as u64);
                }
                // A rejected or fractional seed shows the seed in use, not what was typed.
                el.set_value(&s.with_untracked(|x| x.seed.to_string()));
            } />
        </div>
    }
}
