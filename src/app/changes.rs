//! What just changed: the input a reader moved last, its value before and after, and the
//! headline CO2e ratio before and after (a slider drag, many events on one input, counts
//! once). Shown under the headline, and in a compact bar that stays at the top of the
//! screen once the verdict has scrolled away, so a control far down the page still shows
//! its effect on the answer.

use super::controls::value_text;
use super::format::{m, ratio_text};
use super::state::State;
use super::verdict::comparator_phrase;
use crate::i18n::{current, Msg};
use crate::model::inputs::registry::{choices, params};
use crate::model::Inputs;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// One change of the scenario, as the reader made it.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The registry key of the one input that moved; `None` when several did at once (a
    /// preset, a reset, a link, an "Apply" of the ladder).
    pub key: Option<&'static str>,
    /// Its label, and its value before and after, in the page's language.
    pub label: String,
    pub from: String,
    pub to: String,
    /// The headline ratio (orbit's CO2e over Earth's) before the change and after it.
    pub ratio_from: f64,
    pub ratio_to: f64,
}

/// The inputs that differ between two scenarios: key, label, value before and after.
fn differences(a: &Inputs, b: &Inputs) -> Vec<(&'static str, String, String, String)> {
    let lang = current();
    let mut out = Vec::new();
    for p in params() {
        let (x, y) = ((p.get)(a), (p.get)(b));
        if x.to_bits() != y.to_bits() {
            out.push((
                p.key,
                lang.param(p).to_string(),
                value_text(p, x),
                value_text(p, y),
            ));
        }
    }
    for c in choices() {
        let (x, y) = ((c.get)(a), (c.get)(b));
        if x != y {
            let name = |n: usize| {
                c.options()
                    .nth(n)
                    .map(|(id, label)| lang.option(c.key, id, label).to_string())
                    .unwrap_or_default()
            };
            out.push((c.key, lang.choice(c).to_string(), name(x), name(y)));
        }
    }
    out
}

/// The last change, kept up to date with the scenario.
pub fn track(st: State) -> ReadSignal<Option<Change>> {
    let (last, set_last) = signal(None::<Change>);
    let prev = StoredValue::new(st.inputs.get_untracked());
    let prev_ratio = StoredValue::new(st.outputs.with_untracked(|o| o.verdicts.ratio));
    Effect::new(move |_| {
        let now = st.inputs.get();
        let ratio = st.outputs.with_untracked(|o| o.verdicts.ratio);
        let diff = prev.with_value(|p| differences(p, &now));
        if diff.is_empty() {
            return;
        }
        let before = prev_ratio.get_value();
        let next = match diff.as_slice() {
            [(key, label, from, to)] => {
                let same = last.with_untracked(|l| l.as_ref().and_then(|c| c.key) == Some(*key));
                let kept = if same {
                    last.with_untracked(|l| l.as_ref().map(|c| (c.from.clone(), c.ratio_from)))
                } else {
                    None
                };
                let (from, ratio_from) = kept.unwrap_or_else(|| (from.clone(), before));
                Change {
                    key: Some(key),
                    label: label.clone(),
                    from,
                    to: to.clone(),
                    ratio_from,
                    ratio_to: ratio,
                }
            }
            _ => Change {
                key: None,
                label: String::new(),
                from: String::new(),
                to: String::new(),
                ratio_from: before,
                ratio_to: ratio,
            },
        };
        set_last.set(Some(next));
        prev.set_value(now);
        prev_ratio.set_value(ratio);
    });
    last
}

/// The sentence for a change: "Altitude 550 km → 900 km: orbit's CO2e went from 0.89×
/// to 0.95× Earth's."
pub fn sentence(c: &Change) -> String {
    let (before, after) = (ratio_text(c.ratio_from), ratio_text(c.ratio_to));
    match c.key {
        Some(_) => m(Msg::LastChange {
            input: &c.label,
            from: &c.from,
            to: &c.to,
            before: &before,
            after: &after,
        }),
        None => m(Msg::LastChangeSeveral {
            before: &before,
            after: &after,
        }),
    }
}

/// True while the element with `id` is off screen (above or below the viewport).
fn off_screen(id: &'static str) -> ReadSignal<bool> {
    let (away, set_away) = signal(false);
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(id) else {
            return;
        };
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for e in entries.iter() {
                let e: web_sys::IntersectionObserverEntry = e.unchecked_into();
                set_away.set(!e.is_intersecting());
            }
        });
        if let Ok(obs) = web_sys::IntersectionObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&el);
            std::mem::forget(obs);
        }
        cb.forget();
    });
    away
}

/// The last change under the headline.
#[component]
pub fn LastChange(
    /// The last change (from [`track`]).
    last: ReadSignal<Option<Change>>,
) -> impl IntoView {
    view! {
        <p id="last-change" class="last-change">{move || last.with(|c| c.as_ref().map(sentence))}</p>
    }
}

/// The compact verdict at the top of the screen once the verdict has scrolled away: the
/// ratio against the comparator, and the last change. A visual aid only (the verdict
/// itself is announced), so it is hidden from assistive technology and holds no control.
#[component]
pub fn VerdictBar(
    /// The calculator state.
    st: State,
    /// The last change (from [`track`]).
    last: ReadSignal<Option<Change>>,
) -> impl IntoView {
    let away = off_screen("verdict-box");
    let o = st.outputs;
    view! {
        <div id="verdict-bar" class="verdict-bar" aria-hidden="true" class:shown=move || away.get()>
            <span class="bar-ratio">{move || o.with(|o| m(Msg::BarRatio {
                ratio: &ratio_text(o.verdicts.ratio),
                earth: comparator_phrase(o),
            }))}</span>
            {move || last.with(|c| c.as_ref().map(|c| view! { <span class="bar-change">{sentence(c)}</span> }))}
            {move || st.base_out.with(|b| b.as_ref().map(|b| view! {
                <span class="bar-change bar-baseline">{m(Msg::BarBaseline { ratio: &ratio_text(b.verdicts.ratio) })}</span>
            }))}
        </div>
    }
}
