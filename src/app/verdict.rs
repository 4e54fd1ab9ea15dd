//! The verdict first: a plain-language headline naming the Earth comparator and what it
//! rests on, the key numbers per kWh of computing each with its derivation, and the
//! non-CO2 case on its own row. The sentences are `crate::i18n::verdict`'s, shared with
//! the CLI's static shell.

use super::format::{fmt_sig, m, number_unit, ratio_text, t};
use super::results::delta_text;
use super::state::State;
pub use crate::i18n::verdict::RatioWords;
use crate::i18n::verdict::Say;
use crate::i18n::{current, Msg, Ui};
use crate::model::Outputs;
use leptos::prelude::*;

/// Short name of the Earth alternative the verdict compares with (the select's label), in
/// the page's language: labels and legends; sentences use [`comparator_phrase`].
pub fn comparator_name(o: &Outputs) -> &'static str {
    say().comparator_name(o)
}

/// The shared sentence builder in the page's language, with the browser's number format.
pub fn say() -> Say<'static> {
    Say {
        cat: current(),
        num: fmt_sig,
    }
}

/// The headline sentence ([`Say::headline`]), in the page's language.
pub fn headline(o: &Outputs) -> String {
    say().headline(o)
}

/// How a sentence names the comparator ("a data centre on the world-average grid").
pub fn comparator_phrase(o: &Outputs) -> &'static str {
    say().comparator(o)
}

/// An intensity with its unit, as the key numbers show it.
fn intensity_text(g_per_kwh: f64) -> String {
    format!(
        "{}{}",
        say().intensity(g_per_kwh),
        number_unit("", "gCO2e/kWh")
    )
}

fn orbit_intensity_text(o: &Outputs) -> String {
    intensity_text(o.verdicts.orbit_g_per_kwh.get())
}

fn earth_intensity_text(o: &Outputs) -> String {
    intensity_text(o.verdicts.earth_g_per_kwh.get())
}

/// The carbon payback: the year orbit's cumulative CO2e falls below Earth's, or never.
fn payback_text(o: &Outputs) -> String {
    match o.verdicts.payback_year {
        Some(y) => m(Msg::PaybackYear {
            year: &fmt_sig(y.get(), 2),
        }),
        None => t(Ui::Never).into(),
    }
}

/// The model's one cost ratio; undefined (NaN, shown as –) when Earth's cost is 0.
fn cost_ratio_value(o: &Outputs) -> f64 {
    let e = &o.economics;
    if e.earth_usd_per_accelerator_hour > 0.0 {
        e.cost_ratio
    } else {
        f64::NAN
    }
}

fn cost_ratio_text(o: &Outputs) -> String {
    ratio_text(cost_ratio_value(o))
}

/// Under a key number while a baseline is pinned: the baseline's value (`text` of its
/// outputs) and, for a quantity (`value`), the change since it in per cent.
fn vs_baseline(
    st: State,
    id: &'static str,
    text: fn(&Outputs) -> String,
    value: Option<fn(&Outputs) -> f64>,
) -> impl IntoView {
    let line = move || {
        st.base_out.with(|b| {
            b.as_ref().map(|b| {
                let mut s = m(Msg::KeyBaselineWas { value: &text(b) });
                let d =
                    value.map_or_else(String::new, |v| st.outputs.with(|o| delta_text(v(o), v(b))));
                if !d.is_empty() {
                    s.push_str(" · ");
                    s.push_str(&d);
                }
                s
            })
        })
    };
    view! { <span class="delta key-delta" id=id>{line}</span> }
}

/// The verdict panel.
#[component]
pub fn Verdict(
    /// The calculator state.
    st: State,
    /// Also the compact bar at the top of the screen once the verdict scrolls away (the
    /// full page; not an embed).
    #[prop(optional)]
    sticky: bool,
    /// In an embed, the chart: right below the headline and what it rests on, before the
    /// longer text (issue 16).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let last = super::changes::track(st);
    let o = st.outputs;
    let cost_ratio = move || o.with(cost_ratio_text);
    // The unit after the intensities, with the space the language puts before it.
    let unit = number_unit("", "gCO2e/kWh");
    // The row for the accounting the headline does not use: one memo for its four texts.
    let other = Memo::new(move |_| o.with(|o| say().other_accounting(o)));
    view! {
        <section class="verdict" id="verdict-box" aria-labelledby="verdict">
            <p id="verdict" class="verdict-text" aria-live="polite">{move || o.with(headline)}</p>
            <p class="verdict-rests" id="verdict-rests">{move || st.inputs.with(|i| o.with(|o| say().rests_on(i, o)))}</p>
            <super::changes::LastChange last />
            {children.map(|c| view! { <div class="verdict-chart">{c()}</div> })}
            <dl class="key-numbers">
                <div>
                    <dt>{t(Ui::Orbit)}<span class="per-kwh">{t(Ui::PerKwhComputing)}</span></dt>
                    <dd><span id="orbit-intensity">{move || o.with(|o| say().intensity(o.verdicts.orbit_g_per_kwh.get()))}<span class="unit">{unit.clone()}</span></span>
                        {vs_baseline(st, "orbit-intensity-base", orbit_intensity_text, Some(|o| o.verdicts.orbit_g_per_kwh.get()))}
                        <details class="derivation" id="orbit-derivation"><summary>{t(Ui::HowComputed)}</summary><p>{move || o.with(|o| say().orbit_derivation(o))}</p></details>
                    </dd>
                </div>
                <div>
                    <dt>{move || o.with(|o| comparator_name(o).to_string())}<span class="per-kwh">{t(Ui::PerKwhComputing)}</span></dt>
                    <dd><span id="earth-intensity">{move || o.with(|o| say().intensity(o.verdicts.earth_g_per_kwh.get()))}<span class="unit">{unit.clone()}</span></span>
                        {vs_baseline(st, "earth-intensity-base", earth_intensity_text, Some(|o| o.verdicts.earth_g_per_kwh.get()))}
                        <details class="derivation" id="earth-derivation"><summary>{t(Ui::HowComputed)}</summary><p>{move || o.with(|o| say().earth_derivation(o))}</p></details>
                    </dd>
                </div>
                <div class="non-co2" id="non-co2">
                    <dt>{move || other.with(|r| r.label.clone())}</dt>
                    <dd><span class="non-co2-value">{move || other.with(|r| r.value.clone())}</span>
                        <details class="derivation"><summary>{move || other.with(|r| r.why.clone())}</summary><p class="verdict-note">{move || other.with(|r| r.reason.clone())}</p></details>
                    </dd>
                </div>
                <div>
                    <dt>{t(Ui::CarbonPayback)}</dt>
                    <dd><span id="payback">{move || o.with(payback_text)}</span>
                        {vs_baseline(st, "payback-base", payback_text, None)}
                    </dd>
                </div>
                <div>
                    <dt>{t(Ui::CostRatio)}</dt>
                    <dd><span id="cost-ratio">{cost_ratio}</span>
                        {vs_baseline(st, "cost-ratio-base", cost_ratio_text, Some(cost_ratio_value))}
                    </dd>
                </div>
            </dl>
            <Show when=move || o.with(|o| !o.warnings.is_empty())>
                <div class="model-notes" id="model-notes">
                    <p>{t(Ui::ModelNotes)}</p>
                    <ul>{move || o.with(|o| o.warnings.iter().map(|w| view! { <li>{current().warning(w)}</li> }).collect_view())}</ul>
                </div>
            </Show>
            <super::uncertainty::VerdictRanges st />
        </section>
        {sticky.then(|| view! { <super::changes::VerdictBar st last /> })}
    }
}
