//! The verdict first: a plain-language headline naming the Earth comparator, the
//! numbers behind it, and the non-CO2 range beside the headline accounting.

use super::format::{fmt_sig, m, number_unit, ratio_text, t};
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

/// How a CO2e ratio reads in the headline: from 2× as "N×" ("2.5× the CO2e of"), above
/// 1× as a percentage more ("61 % more"), below 1× always as a percentage less ("44 %
/// less", never "1.8× less"), at most 99 % so a near-zero orbit still reads as less
/// and never as "100 % less".
#[derive(Clone, Debug, PartialEq)]
pub enum RatioWords {
    /// "2.5× the CO2e of": the ratio itself (2 or more, or not finite).
    Times(f64),
    /// "61 % more": the excess over Earth's, in percent.
    PctMore(f64),
    /// "44 % less": the saving on Earth's, in percent (at most 99).
    PctLess(f64),
}

impl RatioWords {
    /// The words for orbit's CO2e over Earth's.
    pub fn of(ratio: f64) -> RatioWords {
        if ratio >= 2.0 || !ratio.is_finite() {
            RatioWords::Times(ratio)
        } else if ratio >= 1.0 {
            RatioWords::PctMore((ratio - 1.0) * 100.0)
        } else {
            RatioWords::PctLess(((1.0 - ratio) * 100.0).min(99.0))
        }
    }
}

/// A headline percentage, rounded to whole percent ("61 %"; "61%" in Chinese).
fn pct_text(p: f64) -> String {
    let n = fmt_sig(p.round().max(1.0), 2);
    if current().zh() {
        format!("{n}%")
    } else {
        format!("{n} %")
    }
}

/// The headline sentence, e.g. "Over 5 years this orbital data centre emits 2.5× the CO2e
/// of the same compute on Grid: world average; its launch emissions are never paid back."
/// (or "61 % more", "44 % less": [`RatioWords`]). One year and one payback year read in
/// the singular.
pub fn headline(o: &Outputs) -> String {
    let v = &o.verdicts;
    let years = fmt_sig(v.horizon_years.get(), 3);
    let earth = comparator_name(o);
    let what = match RatioWords::of(v.ratio) {
        RatioWords::Times(r) => m(Msg::EmitsMore {
            ratio: &ratio_text(r),
            earth,
        }),
        RatioWords::PctMore(p) => m(Msg::EmitsPctMore {
            pct: &pct_text(p),
            earth,
        }),
        RatioWords::PctLess(p) => m(Msg::EmitsLess {
            pct: &pct_text(p),
            earth,
        }),
    };
    let payback = match v.payback_year {
        Some(y) if y.get() <= 0.0 => t(Ui::CleanerFromDayOne).to_string(),
        Some(y) => {
            let years = fmt_sig(y.get(), 2);
            if years == "1" {
                t(Ui::PaybackAfterOneYear).to_string()
            } else {
                m(Msg::PaybackAfter { years: &years })
            }
        }
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
    /// Also the compact bar at the top of the screen once the verdict scrolls away (the
    /// full page; not an embed).
    #[prop(optional)]
    sticky: bool,
) -> impl IntoView {
    let last = super::changes::track(st);
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
        <section class="verdict" id="verdict-box" aria-labelledby="verdict">
            <p id="verdict" class="verdict-text" aria-live="polite">{move || o.with(headline)}</p>
            <super::changes::LastChange last />
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
        {sticky.then(|| view! { <super::changes::VerdictBar st last /> })}
    }
}
