//! The assumptions panel: every input with its value (editable), unit, range,
//! low/central/high and source (title, year, link, quality; assumptions labelled as
//! such), with a reset per input and for everything.

use super::controls::{value_text, ChoiceInput};
use super::format::{m, plain, t};
use super::notes::{self, Notes};
use super::state::State;
use crate::data::{source, Quality};
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::registry::{choices, params, ChoiceSpec, Group, ParamSpec};
use crate::model::uncertainty::{self, Shape, Spread};
use crate::model::Inputs;
use leptos::either::Either;
use leptos::prelude::*;

fn shape_of(shapes: &[(&'static str, Ui)], key: &str) -> Option<Ui> {
    shapes.iter().find(|(k, _)| *k == key).map(|(_, s)| *s)
}

/// Anchor id of a group's section, e.g. `assume-thermal`.
pub fn anchor(g: Group) -> String {
    format!("assume-{}", g.id())
}

/// The source cell: linked title, year, quality tag and, once `notes.txt` is read, what
/// is taken from the work; assumptions say so, with their reason.
#[component]
fn SourceCell(
    /// Source id from the data.
    id: &'static str,
) -> impl IntoView {
    // One view shape for every case (no type erasure: smaller bundle).
    // Our assumptions are said in the page's language; cited works keep their
    // published title and authors, marked as English (`lang="en"`).
    let c = current();
    let notes = use_context::<RwSignal<Notes>>();
    let found = source(id);
    let assumed = found.is_some_and(|s| s.quality == Quality::Assumption);
    let (tag, text, link, url, cited) = match found {
        Some(s) if assumed => (s.quality, String::new(), "", "", false),
        Some(s) if s.url.is_empty() => (
            s.quality,
            format!("{} — {}, {}", s.title, s.author, s.year),
            "",
            "",
            true,
        ),
        Some(s) => (
            s.quality,
            format!(" — {}, {}", s.author, s.year),
            s.title,
            s.url,
            true,
        ),
        None => (
            Quality::Weak,
            t(Ui::UnknownSource).to_string(),
            "",
            "",
            false,
        ),
    };
    // Our assumption's reason (the catalogue's at once in Chinese), or a cited work's
    // note, as the notes file allows.
    let note = move || {
        let s = found?;
        notes?.with(|n| {
            let read = n.get(id);
            if assumed {
                let why = match (read, n) {
                    (Some(x), _) => x,
                    (None, Notes::Missing) => t(Ui::NoteMissing),
                    (None, _) => "…",
                };
                Some(m(Msg::Assumption {
                    note: c.assumption_note(s, why),
                }))
            } else {
                read.map(str::to_owned)
            }
        })
    };
    let text_lang = (cited && c.zh()).then_some("en");
    view! {
        <td class="src" data-label=t(Ui::ColSource)>
            <span class=format!("tag tag-{}", tag.tag().to_ascii_lowercase()) title=t(Ui::QualityTitle)>{c.quality(tag)}</span>
            " "
            <span lang=text_lang>
                {(!url.is_empty()).then(|| view! { <a href=url rel="noreferrer">{link}</a> })}
                {text}
                <span class=if cited { "src-note" } else { "" }>{note}</span>
            </span>
        </td>
    }
}

/// How the Monte Carlo treats an input: its distribution, and hold / narrow / widen.
#[component]
fn SpreadCell(
    /// The calculator state.
    st: State,
    /// The input.
    spec: &'static ParamSpec,
    /// Triangular / log-triangular, or None when the input has no published range.
    shape: Option<Ui>,
) -> impl IntoView {
    let Some(shape) = shape else {
        return Either::Left(
            view! { <td class="spread" data-label=t(Ui::ColMonteCarlo)>{t(Ui::Fixed)}</td> },
        );
    };
    let s = st.mc.settings;
    let now = move || {
        s.with(|x| match x.spread(spec.key) {
            None => "full",
            Some(Spread::Central) => "hold",
            Some(Spread::Widen(f)) if f < 1.0 => "narrow",
            Some(Spread::Widen(f)) if f > 1.0 => "wide",
            Some(Spread::Widen(_)) => "full",
        })
    };
    let id = format!("mc-{}", spec.key.replace('.', "-"));
    Either::Right(view! {
        <td class="spread" data-label=t(Ui::ColMonteCarlo)>
            <label class="visually-hidden" for=id.clone()>{m(Msg::Treatment { label: current().param(spec) })}</label>
            {t(shape)}
            <select id=id on:change=move |ev| {
                let choice = event_target_value(&ev);
                s.update(|x| {
                    x.overrides.retain(|(k, _)| *k != spec.key);
                    match choice.as_str() {
                        "hold" => x.overrides.push((spec.key, Spread::Central)),
                        "narrow" => x.overrides.push((spec.key, Spread::Widen(0.5))),
                        "wide" => x.overrides.push((spec.key, Spread::Widen(2.0))),
                        _ => {}
                    }
                });
            }>
                {[("full", Ui::FullRange), ("hold", Ui::HoldCentral), ("narrow", Ui::Narrow), ("wide", Ui::Widen)]
                    .into_iter()
                    .map(|(v, l)| view! { <option value=v selected=move || now() == v>{t(l)}</option> })
                    .collect_view()}
            </select>
        </td>
    })
}

#[component]
fn ParamRow(
    /// The calculator state.
    st: State,
    /// The input.
    spec: &'static ParamSpec,
    /// Its Monte Carlo distribution shape, if it has a range.
    shape: Option<Ui>,
) -> impl IntoView {
    let inputs = st.inputs;
    let value = Memo::new(move |_| inputs.with(|i| (spec.get)(i)));
    let id = format!("a-{}", spec.key.replace('.', "-"));
    let v = spec.value;
    let range = if v.low < v.high {
        format!(
            "{} / {} / {}",
            value_text(spec, v.low),
            value_text(spec, v.central),
            value_text(spec, v.high)
        )
    } else {
        m(Msg::NoRange {
            value: &value_text(spec, v.central),
        })
    };
    let label = current().param(spec);
    view! {
        <tr>
            <th scope="row"><label for=id.clone()>{label}</label></th>
            <td data-label=t(Ui::ColValue)>
                <input
                    type="number"
                    id=id
                    step="any"
                    min=plain(spec.min, 15)
                    max=plain(spec.max, 15)
                    prop:value=move || plain(value.get(), 6)
                    on:change=move |ev| {
                        let x = event_target::<web_sys::HtmlInputElement>(&ev).value_as_number();
                        if x.is_finite() {
                            inputs.update(|i| (spec.set)(i, spec.settle(x)));
                        }
                    }
                />
                <span class="unit">" "{current().unit(spec.unit)}</span>
            </td>
            <td data-label=t(Ui::ColRange)>{format!("{} – {}", value_text(spec, spec.min), value_text(spec, spec.max))}</td>
            <td data-label=t(Ui::ColLowCentralHigh)>{range}</td>
            <SourceCell id=spec.value.source />
            <SpreadCell st spec shape />
            <td>
                <button
                    type="button"
                    class="reset"
                    aria-label=m(Msg::ResetTo { label, value: &value_text(spec, v.central) })
                    disabled=move || value.get() == v.central
                    on:click=move |_| inputs.update(|i| (spec.set)(i, v.central))
                >
                    {t(Ui::Reset)}
                </button>
            </td>
        </tr>
    }
}

#[component]
fn ChoiceRow(
    /// The calculator state.
    st: State,
    /// The choice.
    spec: &'static ChoiceSpec,
) -> impl IntoView {
    let inputs = st.inputs;
    let default = spec.index_of(spec.default).unwrap_or(0);
    let selected = Memo::new(move |_| inputs.with(|i| (spec.get)(i)));
    let id = format!("a-{}", spec.key.replace('.', "-"));
    view! {
        <tr>
            <th scope="row"><label for=id.clone()>{current().choice(spec)}</label></th>
            <td colspan="3" data-label=t(Ui::ColValue)><ChoiceInput inputs spec id /></td>
            <SourceCell id=spec.source />
            <td class="spread" data-label=t(Ui::ColMonteCarlo)>"—"</td>
            <td>
                <button
                    type="button"
                    class="reset"
                    aria-label=m(Msg::ResetChoice { label: current().choice(spec) })
                    disabled=move || selected.get() == default
                    on:click=move |_| inputs.update(|i| (spec.set)(i, default))
                >
                    {t(Ui::Reset)}
                </button>
            </td>
        </tr>
    }
}

/// Every input, grouped, with sources.
#[component]
pub fn Assumptions(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    // Distribution shapes of the default scenario's uncertain inputs (the model decides).
    let shapes: Vec<(&'static str, Ui)> =
        uncertainty::distributions(&Inputs::default(), &Default::default())
            .iter()
            .map(|u| {
                (
                    u.spec.key,
                    match u.dist.shape {
                        Shape::Triangular => Ui::Triangular,
                        Shape::LogTriangular => Ui::LogTriangular,
                    },
                )
            })
            .collect();
    let notes = notes::provide("assumptions");
    view! {
        <section class="assumptions" id="assumptions" aria-labelledby="assumptions-h">
            <div class="assumptions-head">
                <h2 id="assumptions-h">{t(Ui::AssumptionsHeading)}</h2>
                <button type="button" id="reset-everything" on:click=move |_| st.inputs.set(Inputs::default())>{t(Ui::ResetEverything)}</button>
            </div>
            <p class="note">{t(Ui::AssumptionsNote)}</p>
            {move || notes.with(|n| matches!(n, Notes::Missing)).then(|| view! { <p class="note notes-missing" id="notes-missing" role="status">{t(Ui::NotesMissing)}</p> })}
            // The tornado's top bar for each ratio: the assumption that moves it most.
            <p class="top-driver" id="assume-top-driver">{move || {
                st.mc.tornado.with(|tn| {
                    tn.as_ref()
                        .map(|(c, k)| format!("{} {}", super::charts::tornado_sentence(c), super::charts::tornado_sentence(k)))
                        .unwrap_or_default()
                })
            }}" "<a href="#tornado-chart-fig">{t(Ui::SeeTornado)}</a></p>
            {Group::ALL
                .iter()
                .map(|g| {
                    let g = *g;
                    let shapes = shapes.clone();
                    view! {
                        <details class="assume-group" id=anchor(g) open=g == Group::Orbit>
                            <summary><h3>{current().group(g)}</h3></summary>
                            <div class="table-wrap">
                                <table>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t(Ui::ColInput)}</th>
                                            <th scope="col">{t(Ui::ColValue)}</th>
                                            <th scope="col">{t(Ui::ColRange)}</th>
                                            <th scope="col">{t(Ui::ColLowCentralHigh)}</th>
                                            <th scope="col">{t(Ui::ColSource)}</th>
                                            <th scope="col">{t(Ui::ColMonteCarlo)}</th>
                                            <th scope="col"><span class="visually-hidden">{t(Ui::Reset)}</span></th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {choices().filter(move |c| c.group == g).map(|spec| view! { <ChoiceRow st spec /> }).collect_view()}
                                        {params().filter(move |p| p.group == g).map(|spec| view! { <ParamRow st spec shape=shape_of(&shapes, spec.key) /> }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
