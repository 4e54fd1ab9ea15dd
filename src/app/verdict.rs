//! The verdict first: a plain-language headline naming the Earth comparator, the
//! numbers behind it, and the non-CO2 range beside the headline accounting.

use super::format::{fmt_sig, m, number_unit, pct, ratio_text, t};
use super::state::State;
use crate::data::grids;
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::Accounting;
use crate::model::Outputs;
use leptos::prelude::*;

/// Name of the Earth alternative the verdict compares with, in the page's language.
pub fn comparator_name(o: &Outputs) -> &'static str {
    grids::alternative(o.earth.alternative)
        .map(|a| current().option("earth.alternative", a.id, a.name))
        .unwrap_or(t(Ui::EarthFallback))
}

/// The headline sentence, e.g. "Over 5 years this orbital data centre emits 11 % less CO2e
/// than the same compute on Grid: world average; … paid back after 4.4 years."
pub fn headline(o: &Outputs) -> String {
    let v = &o.verdicts;
    let years = fmt_sig(v.horizon_years.get(), 3);
    let earth = comparator_name(o);
    // One figure, as a sentence says it: "2.5× the CO2e" from twice up, "61 % more"
    // below that, "44 % less" (at most 99 %) when orbit emits less.
    let what = if v.ratio >= 2.0 || !v.ratio.is_finite() {
        m(Msg::EmitsMore {
            ratio: &ratio_text(v.ratio),
            earth,
        })
    } else if v.ratio >= 1.0 {
        m(Msg::EmitsPctMore {
            share: &pct(v.ratio - 1.0),
            earth,
        })
    } else {
        m(Msg::EmitsPctLess {
            share: &pct((1.0 - v.ratio).min(0.99)),
            earth,
        })
    };
    let payback = match v.payback_year {
        Some(y) if y.get() <= 0.0 => t(Ui::CleanerFromDayOne).to_string(),
        Some(y) => m(Msg::PaybackAfter {
            years: &fmt_sig(y.get(), 2),
        }),
        None => t(Ui::NeverPaidBack).to_string(),
    };
    if years == "1" {
        m(Msg::HeadlineOneYear {
            what: &what,
            payback: &payback,
        })
    } else {
        m(Msg::Headline {
            years: &years,
            what: &what,
            payback: &payback,
        })
    }
}

/// The sentence that puts the non-CO2 range beside a CO2-only headline (or says which
/// accounting the headline uses), naming the metric.
pub fn accounting_note(o: &Outputs) -> String {
    let l = o;
    let metric = l.footprint.metric.name();
    match l.accounting {
        Accounting::Co2Only => {
            let low = l.ratio_with(Accounting::Low);
            m(Msg::Co2OnlyNote {
                metric,
                low: &ratio_text(low),
                high: &ratio_text(l.ratio_with(Accounting::High)),
                central: &ratio_text(l.ratio_with(Accounting::Central)),
                cooling: if low < 0.0 {
                    t(Ui::NetCoolingAside)
                } else {
                    ""
                },
                efficacy: &(fmt_sig(l.footprint.bc_efficacy, 2) + "×"),
            })
        }
        Accounting::Ohs => m(Msg::OhsNote {
            ratio: &ratio_text(l.ratio_with(Accounting::Co2Only)),
        }),
        a => m(Msg::AccountingNote {
            accounting: current().option("emissions.accounting", a.id(), a.label()),
            metric,
            ratio: &ratio_text(l.ratio_with(Accounting::Co2Only)),
        }),
    }
}

/// The verdict panel.
#[component]
pub fn Verdict(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let o = st.outputs;
    // The model's one cost ratio; undefined (shown as –) when Earth's cost is 0.
    let cost_ratio = move || {
        o.with(|o| {
            let e = &o.economics;
            if e.earth_usd_per_accelerator_hour > 0.0 {
                ratio_text(e.cost_ratio)
            } else {
                ratio_text(f64::NAN)
            }
        })
    };
    // The unit after the intensities, with the space the language puts before it.
    let unit = number_unit("", "gCO2e/kWh");
    view! {
        <section class="verdict" aria-labelledby="verdict">
            <p id="verdict" class="verdict-text" aria-live="polite">{move || o.with(headline)}</p>
            <p class="verdict-note">{move || o.with(accounting_note)}</p>
            <dl class="key-numbers">
                <div>
                    <dt>{t(Ui::Orbit)}</dt>
                    <dd id="orbit-intensity">{move || o.with(|o| fmt_sig(o.verdicts.orbit_g_per_kwh.get(), 3))}<span class="unit">{unit.clone()}</span></dd>
                </div>
                <div>
                    <dt>{move || o.with(|o| comparator_name(o).to_string())}</dt>
                    <dd id="earth-intensity">{move || o.with(|o| fmt_sig(o.verdicts.earth_g_per_kwh.get(), 3))}<span class="unit">{unit}</span></dd>
                </div>
                <div>
                    <dt>{t(Ui::CarbonPayback)}</dt>
                    <dd id="payback">{move || o.with(|o| match o.verdicts.payback_year {
                        Some(y) => m(Msg::PaybackYear { year: &fmt_sig(y.get(), 2) }),
                        None => t(Ui::Never).into(),
                    })}</dd>
                </div>
                <div>
                    <dt>{t(Ui::CostRatio)}</dt>
                    <dd id="cost-ratio">{cost_ratio}</dd>
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
    }
}
