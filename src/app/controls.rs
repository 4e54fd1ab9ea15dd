//! Input controls bound to the parameter registry: a labelled native range input
//! paired with a number field, and a labelled select. Keyboard behaviour (arrows,
//! PageUp/PageDown, Home/End) comes from the native inputs.

use super::format::{compact, fixed, fmt_sig, m, number_unit, plain, t};
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::registry::{ChoiceSpec, ParamSpec};
use crate::model::Inputs;
use leptos::prelude::*;

/// How a slider's tick mark is labelled.
#[derive(Clone, Copy)]
pub enum Tick {
    /// The number ("1,000"; "1000").
    N,
    /// The number with the input's unit ("200 km"; "200公里").
    U,
    /// The number, compact ("1k"; "1000").
    C,
    /// A named value ("ISS").
    T(Ui),
}

fn tick_label(spec: &ParamSpec, v: f64, tick: Tick) -> String {
    match tick {
        Tick::N => fmt_sig(v, 4),
        Tick::U => value_text(spec, v),
        Tick::C => compact(v),
        Tick::T(k) => t(k).to_string(),
    }
}

/// Slider positions of a log-scale range input.
const LOG_STEPS: f64 = 1000.0;

fn to_position(spec: &ParamSpec, v: f64) -> f64 {
    if spec.log {
        let t = (v.max(spec.min).ln() - spec.min.ln()) / (spec.max.ln() - spec.min.ln());
        (t * LOG_STEPS).round()
    } else {
        v
    }
}

fn from_position(spec: &ParamSpec, pos: f64) -> f64 {
    if spec.log {
        let t = pos / LOG_STEPS;
        let v = (spec.min.ln() + t * (spec.max.ln() - spec.min.ln())).exp();
        // Three significant figures, as the URL stores it, so the readout stays tidy.
        crate::numfmt::round_sig(v, 3)
    } else {
        (pos / spec.step).round() * spec.step
    }
}

/// The number in an input's value (NaN when empty or invalid), parsed by the browser:
/// Rust's float parser would add ~6 KB to the bundle.
fn input_number(ev: &leptos::ev::Event) -> f64 {
    event_target::<web_sys::HtmlInputElement>(ev).value_as_number()
}

/// The value with its unit, as read by screen readers and shown beside the slider.
pub fn value_text(spec: &ParamSpec, v: f64) -> String {
    number_unit(&fmt_sig(v, 4), spec.unit)
}

/// A numeric input from the registry: range slider plus number field, both labelled.
#[component]
pub fn NumberSlider(
    /// The scenario being edited.
    inputs: RwSignal<Inputs>,
    /// The registry entry this control edits.
    spec: &'static ParamSpec,
    /// Labelled tick marks at meaningful values.
    #[prop(optional)]
    ticks: &'static [(f64, Tick)],
    /// Also applied when the user sets a value (e.g. the array area switches the array
    /// from "sized to the workload" to "the area set").
    #[prop(optional)]
    on_set: Option<fn(&mut Inputs)>,
) -> impl IntoView {
    let value = Memo::new(move |_| inputs.with(|i| (spec.get)(i)));
    let set = move |v: f64| {
        if v.is_finite() {
            inputs.update(|i| {
                (spec.set)(i, spec.settle(v));
                if let Some(f) = on_set {
                    f(i);
                }
            });
        }
    };
    let id = spec.key.replace('.', "-");
    let num_id = format!("{id}-num");
    let note_id = format!("{id}-note");
    // Why a typed value was not taken as typed (cleared by the next edit).
    let note = RwSignal::new(None::<String>);
    let label = current().param(spec);
    let unit = current().unit(spec.unit);
    let (min, max, step) = if spec.log {
        (0.0, LOG_STEPS, 1.0)
    } else {
        (spec.min, spec.max, spec.step)
    };
    view! {
        <div class="slider">
            <label for=id.clone()>{label}<span class="unit">{if unit.is_empty() { String::new() } else { m(Msg::LabelUnit { unit }) }}</span></label>
            <div class="slider-row">
                <input
                    type="range"
                    id=id
                    name=spec.key
                    min=plain(min, 15)
                    max=plain(max, 15)
                    step=plain(step, 15)
                    prop:value=move || plain(to_position(spec, value.get()), 15)
                    aria-valuetext=move || value_text(spec, value.get())
                    on:input=move |ev| {
                        note.set(None);
                        set(from_position(spec, input_number(&ev)))
                    }
                />
                <input
                    type="number"
                    id=num_id.clone()
                    class="exact"
                    aria-label=if unit.is_empty() { label.to_string() } else { m(Msg::NumberIn { label, unit }) }
                    min=plain(spec.min, 15)
                    max=plain(spec.max, 15)
                    step="any"
                    prop:value=move || plain(value.get(), 6)
                    aria-describedby=note_id.clone()
                    on:change=move |ev| {
                        let el = event_target::<web_sys::HtmlInputElement>(&ev);
                        let typed = el.value_as_number();
                        let used = spec.clamp(typed);
                        if typed.is_finite() {
                            set(typed);
                        }
                        note.set(field_note(spec, typed, used, value.get_untracked()));
                        // The field shows what the model uses, even when that did not change.
                        el.set_value(&plain(value.get_untracked(), 6));
                    }
                />
            </div>
            <div class="ticks" aria-hidden="true">
                {let ends = [(spec.min, value_text(spec, spec.min)), (spec.max, value_text(spec, spec.max))];
                let marks: Vec<(f64, String)> = if ticks.is_empty() {
                    ends.to_vec()
                } else {
                    ticks.iter().map(|(v, k)| (*v, tick_label(spec, *v, *k))).collect()
                };
                marks
                    .into_iter()
                    .map(|(v, label)| {
                        let t = (to_position(spec, v) - min) / (max - min) * 100.0;
                        // CSSOM, not a style attribute: the page's policy has no 'unsafe-inline'.
                        view! { <span style:left=format!("{}%", fixed(t, 1))>{label}</span> }
                    })
                    .collect_view()}
            </div>
            <p class="field-note" id=note_id role="status">{move || note.get()}</p>
        </div>
    }
}

/// What a typed value became, when not itself: outside the range (clamped), or not a
/// number (the previous value kept). `None` when it was taken as typed.
fn field_note(spec: &ParamSpec, typed: f64, used: f64, kept: f64) -> Option<String> {
    if !typed.is_finite() {
        return Some(m(Msg::FieldNotNumber {
            kept: &value_text(spec, kept),
        }));
    }
    // The model's own sentence for a clamped value, as the CLI and the links say it.
    (used != typed).then(|| current().said(&spec.out_of_range(&fmt_sig(typed, 6), used)))
}

/// A choice input from the registry, as a labelled select.
#[component]
pub fn ChoiceSelect(
    /// The scenario being edited.
    inputs: RwSignal<Inputs>,
    /// The registry entry this control edits.
    spec: &'static ChoiceSpec,
) -> impl IntoView {
    let id = spec.key.replace('.', "-");
    view! {
        <div class="choice">
            <label for=id.clone()>{current().choice(spec)}</label>
            <ChoiceInput inputs spec id name=spec.key />
        </div>
    }
}

/// The bare select of a registry choice (the caller supplies the label).
#[component]
pub fn ChoiceInput(
    /// The scenario being edited.
    inputs: RwSignal<Inputs>,
    /// The registry entry this control edits.
    spec: &'static ChoiceSpec,
    /// Element id, for the caller's label.
    id: String,
    /// Form name: the registry key on primary controls (tests find them by it), empty elsewhere.
    #[prop(optional)]
    name: &'static str,
) -> impl IntoView {
    let selected = Memo::new(move |_| inputs.with(|i| (spec.get)(i)));
    view! {
        // `prop:value` as well as each option's `selected`: once an option was chosen by
        // hand, a change of its `selected` attribute alone no longer moves the select, so a
        // preset or a reset would leave it showing a choice the model no longer uses.
        <select
            id=id
            name=(!name.is_empty()).then_some(name)
            prop:value=move || spec.options().nth(selected.get()).map_or("", |(oid, _)| oid)
            on:change=move |ev| {
                if let Some(n) = spec.index_of(&event_target_value(&ev)) {
                    inputs.update(|i| (spec.set)(i, n));
                }
            }
        >
            {spec
                .options()
                .enumerate()
                .map(|(n, (oid, label))| view! { <option value=oid selected=move || selected.get() == n>{current().option(spec.key, oid, label)}</option> })
                .collect_view()}
        </select>
    }
}
