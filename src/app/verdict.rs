//! The verdict first: a plain-language headline naming the Earth comparator, the
//! numbers behind it, and the non-CO2 range beside the headline accounting.

use super::format::{fmt_sig, ratio_text};
use super::state::State;
use crate::data::grids;
use crate::model::inputs::Accounting;
use crate::model::Outputs;
use leptos::prelude::*;

/// Name of the Earth alternative the verdict compares with.
pub fn comparator_name(o: &Outputs) -> &'static str {
    grids::alternative(o.earth.alternative)
        .map(|a| a.name)
        .unwrap_or("the Earth alternative")
}

/// The headline sentence, e.g. "Over 5 years this orbital data centre emits 1.6× the CO2e
/// of the same compute on Grid: world average; its launch emissions are never paid back."
pub fn headline(o: &Outputs) -> String {
    let v = &o.verdicts;
    let years = fmt_sig(v.horizon_years.get(), 3);
    let earth = comparator_name(o);
    let what = if v.ratio >= 1.0 {
        format!(
            "emits {} the CO2e of the same compute on {earth}",
            ratio_text(v.ratio)
        )
    } else {
        format!(
            "emits {} less CO2e than the same compute on {earth}",
            ratio_text(1.0 / v.ratio.max(1e-12))
        )
    };
    let payback = match v.payback_year {
        Some(y) if y.get() <= 0.0 => "it is cleaner from the first day".to_string(),
        Some(y) => format!(
            "its launch and manufacturing emissions are paid back after {} years",
            fmt_sig(y.get(), 2)
        ),
        None => "its launch and manufacturing emissions are never paid back".to_string(),
    };
    format!("Over {years} years this orbital data centre {what}; {payback}.")
}

/// The sentence that puts the non-CO2 range beside a CO2-only headline (or says which
/// accounting the headline uses), naming the metric.
pub fn accounting_note(o: &Outputs) -> String {
    let l = o;
    let metric = l.footprint.metric.name();
    match l.accounting {
        Accounting::Co2Only => {
            let low = l.ratio_with(Accounting::Low);
            format!(
                "Counting non-CO2 effects ({metric}), orbit emits {} to {} the Earth alternative's CO2e ({} at the inputs' values){}: black carbon, alumina and water emitted at 15–50 km, black carbon's surface effect taken as {} of its instantaneous forcing, since studies find stratospheric soot can cool the surface; nothing emitted above 50 km is counted.",
                ratio_text(low),
                ratio_text(l.ratio_with(Accounting::High)),
                ratio_text(l.ratio_with(Accounting::Central)),
                if low < 0.0 { ", below zero a net cooling" } else { "" },
                fmt_sig(l.footprint.bc_efficacy, 2) + "×",
            )
        }
        Accounting::Ohs => format!(
            "This uses Ohs et al.'s published accounting (re-entry NOx × 298, N2O's warming potential applied to NOx); on CO2 alone orbit emits {} the Earth alternative's CO2e.",
            ratio_text(l.ratio_with(Accounting::Co2Only))
        ),
        a => format!(
            "This uses the “{}” accounting ({metric}); on CO2 alone orbit emits {} the Earth alternative's CO2e.",
            a.label(),
            ratio_text(l.ratio_with(Accounting::Co2Only))
        ),
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
    view! {
        <section class="verdict" aria-labelledby="verdict">
            <p id="verdict" class="verdict-text" aria-live="polite">{move || o.with(headline)}</p>
            <p class="verdict-note">{move || o.with(accounting_note)}</p>
            <dl class="key-numbers">
                <div>
                    <dt>"Orbit"</dt>
                    <dd id="orbit-intensity">{move || o.with(|o| fmt_sig(o.verdicts.orbit_g_per_kwh.get(), 3))}<span class="unit">" gCO2e/kWh"</span></dd>
                </div>
                <div>
                    <dt>{move || o.with(|o| comparator_name(o).to_string())}</dt>
                    <dd id="earth-intensity">{move || o.with(|o| fmt_sig(o.verdicts.earth_g_per_kwh.get(), 3))}<span class="unit">" gCO2e/kWh"</span></dd>
                </div>
                <div>
                    <dt>"Carbon payback"</dt>
                    <dd id="payback">{move || o.with(|o| match o.verdicts.payback_year {
                        Some(y) => format!("year {}", fmt_sig(y.get(), 2)),
                        None => "never".into(),
                    })}</dd>
                </div>
                <div>
                    <dt>"Cost per accelerator-hour, orbit ÷ Earth"</dt>
                    <dd id="cost-ratio">{cost_ratio}</dd>
                </div>
            </dl>
            <super::uncertainty::VerdictRanges st />
        </section>
    }
}
