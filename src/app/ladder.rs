//! What would have to be true: the break-even ladder beside the verdict. The model
//! (`model::uncertainty::breakeven`) finds, for the carbon and the cost ratio, the value
//! of each input at which orbit ties Earth; this panel says the nearest rungs as
//! sentences and applies one with a click, through the same path as a slider edit.
//! The ladder is computed off the input path by `super::uncertainty` after the Monte
//! Carlo, one input per frame, and dropped when the scenario changes.

use super::format::{fmt_sig, m, number_unit, ratio_text, t};
use super::state::State;
use super::verdict::comparator_phrase;
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::registry::{choice, param};
use crate::model::uncertainty::breakeven::{ChoiceRung, Ladder, Pair, Rung};
use crate::model::uncertainty::Metric;
use crate::model::Inputs;
use leptos::prelude::*;

/// Rungs shown per ratio.
const SHOWN: usize = 5;

/// A value with its unit, to 4 significant figures (the ladder's precision).
fn value(key: &str, x: f64) -> String {
    let unit = param(key).map(|p| p.unit).unwrap_or("");
    number_unit(&fmt_sig(x, 4), unit)
}

fn metric_word(metric: Metric) -> &'static str {
    t(match metric {
        Metric::Carbon => Ui::LadderOnCarbon,
        Metric::Cost => Ui::LadderOnCost,
    })
}

/// "Orbit ties the Earth alternative on carbon if … is X (today Y; 0.08 of its cited
/// range away)."
fn rung_sentence(r: &Rung, metric: Metric, earth: &str) -> String {
    let span = if r.cited {
        m(Msg::LadderSpan {
            distance: &fmt_sig(r.distance, 2),
        })
    } else {
        t(Ui::LadderNoCitedRange).to_string()
    };
    m(Msg::LadderRung {
        earth,
        metric: metric_word(metric),
        input: current().input(r.key, r.label),
        at: &value(r.key, r.at),
        now: &value(r.key, r.now),
        span: &span,
    })
}

fn choice_sentence(c: &ChoiceRung, metric: Metric, earth: &str) -> String {
    let cat = current();
    m(Msg::LadderChoice {
        earth,
        metric: metric_word(metric),
        choice: cat.input(c.key, c.label),
        option: cat.option(c.key, c.option.0, c.option.1),
        now: cat.option(c.key, c.now.0, c.now.1),
        ratio: &ratio_text(c.ratio),
    })
}

fn pair_sentence(p: &Pair, metric: Metric, earth: &str) -> String {
    let cat = current();
    let label = |k: &str| param(k).map(|s| cat.input(s.key, s.label)).unwrap_or("");
    m(Msg::LadderPair {
        earth,
        metric: metric_word(metric),
        a: label(p.a),
        a_at: &value(p.a, p.a_at),
        b: label(p.b),
        b_at: &value(p.b, p.b_at),
        distance: &fmt_sig(p.distance, 2),
    })
}

/// What applying a line does to the scenario.
#[derive(Clone, Copy)]
enum Change {
    Value(&'static str, f64),
    Two(&'static str, f64, &'static str, f64),
    Option(&'static str, &'static str),
}

fn apply(i: &mut Inputs, c: Change) {
    let set = |i: &mut Inputs, k: &str, v: f64| {
        if let Some(p) = param(k) {
            (p.set)(i, p.clamp(v));
        }
    };
    match c {
        Change::Value(k, v) => set(i, k, v),
        Change::Two(a, x, b, y) => {
            set(i, a, x);
            set(i, b, y);
        }
        Change::Option(k, id) => {
            if let Some(c) = choice(k) {
                if let Some(n) = c.index_of(id) {
                    (c.set)(i, n);
                }
            }
        }
    }
}

/// One ratio's ladder: its rungs, choices and pairs, each with an Apply button.
fn ladder_list(st: State, l: &Ladder, earth: &str, busy: bool) -> impl IntoView {
    let metric = l.metric;
    let mut lines: Vec<(String, Change, &'static str)> = l
        .rungs
        .iter()
        .filter(|r| r.distance > 0.0)
        .take(SHOWN)
        .map(|r| {
            (
                rung_sentence(r, metric, earth),
                Change::Value(r.key, r.at),
                "rung",
            )
        })
        .collect();
    lines.extend(l.pairs.iter().take(2).map(|p| {
        (
            pair_sentence(p, metric, earth),
            Change::Two(p.a, p.a_at, p.b, p.b_at),
            "pair",
        )
    }));
    lines.extend(l.choices.iter().take(3).map(|c| {
        (
            choice_sentence(c, metric, earth),
            Change::Option(c.key, c.option.0),
            "choice",
        )
    }));
    let empty = lines.is_empty().then(|| {
        m(Msg::LadderNone {
            earth,
            metric: metric_word(metric),
        })
    });
    let id = match metric {
        Metric::Carbon => "ladder-carbon",
        Metric::Cost => "ladder-cost",
    };
    view! {
        <div class="ladder-ratio">
            <h3>{m(Msg::LadderToday { metric: metric_word(metric), ratio: &ratio_text(l.ratio) })}</h3>
            <p class="ladder-none">{empty}</p>
            <ol id=id>
                {lines
                    .into_iter()
                    .map(|(text, change, kind)| {
                        view! {
                            <li data-kind=kind>
                                <span>{text.clone()}</span>" "
                                <button type="button" class="apply" disabled=busy
                                    aria-label=m(Msg::LadderApplyLabel { line: &text })
                                    on:click=move |_| st.inputs.update(|i| apply(i, change))
                                >{t(Ui::LadderApply)}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}

/// The ladder panel.
#[component]
pub fn LadderPanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let mc = st.mc;
    let busy = move || mc.ladder_progress.get() < 1.0;
    let body = move || {
        let busy = busy();
        mc.ladder.with(|l| match l {
            None => view! { <p>{t(Ui::LadderComputing)}</p> }.into_any(),
            Some([carbon, cost]) => {
                let earth = st.outputs.with(|o| comparator_phrase(o).to_string());
                view! {
                    <div class="ladder-body">
                        {ladder_list(st, carbon, &earth, busy)}
                        {ladder_list(st, cost, &earth, busy)}
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="ladder panel" id="ladder" aria-labelledby="ladder-title"
            aria-busy=move || busy().to_string()
            data-state=move || if busy() { "running" } else { "done" }
            data-runs=move || mc.ladder_runs.get().to_string()
        >
            <h2 id="ladder-title">{t(Ui::LadderTitle)}</h2>
            <p class="note">{t(Ui::LadderLede)}</p>
            <p class="progress">{move || {
                let p = mc.ladder_progress.get();
                if p < 1.0 { m(Msg::Updating { share: &super::format::pct(p) }) } else { String::new() }
            }}</p>
            {body}
        </section>
    }
}
