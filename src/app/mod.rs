//! The Leptos front end (web feature only). Components format and display; every
//! number comes from `crate::model`.
//!
//! State: one `RwSignal<Inputs>` feeds one `Memo<Outputs>` around `model::evaluate`.

mod chart;
mod controls;
pub mod format;

use crate::data::params;
use crate::model::{self, inputs::OrbitKind, Inputs};
use controls::{ChoiceSelect, NumberSlider};
use format::{fmt_sig, pct};
use leptos::prelude::*;

/// The whole calculator.
#[component]
pub fn App() -> impl IntoView {
    let inputs = RwSignal::new(Inputs::default());
    let outputs = Memo::new(move |_| inputs.with(model::evaluate));
    let kind = Memo::new(move |_| inputs.with(|i| i.orbit.kind));

    let shadow = move || outputs.with(|o| pct(o.eclipses.mean_fraction));
    let sunlight = move || outputs.with(|o| pct(1.0 - o.eclipses.mean_fraction));
    let verdict = move || {
        outputs.with(|o| {
            let e = &o.eclipses;
            if e.days_with_eclipse == 0 {
                "This orbit never enters Earth's shadow: the arrays see the Sun all year.".to_string()
            } else {
                format!(
                    "This orbit spends {} of the year in Earth's shadow, on {} days, with eclipses up to {} min long.",
                    pct(e.mean_fraction),
                    e.days_with_eclipse,
                    fmt_sig(e.longest.minutes(), 3)
                )
            }
        })
    };

    view! {
        <header class="masthead">
            <h1>"Orbital Footprint"</h1>
            <p class="lede">"Can moving data centres into orbit lighten Earth's energy and carbon load? Every number below is computed in your browser from cited physics."</p>
        </header>
        <main>
            <section class="verdict" aria-live="polite">
                <p id="verdict" class="verdict-text">{verdict}</p>
            </section>
            <section class="controls" aria-label="Orbit">
                <h2>"Orbit"</h2>
                <ChoiceSelect inputs spec=params::choice("orbit.kind").expect("orbit.kind is registered") />
                <Show when=move || kind.get() != OrbitKind::Geostationary fallback=|| view! {
                    <p class="note">"Geostationary: equatorial, 35,786 km altitude."</p>
                }>
                    <NumberSlider inputs spec=params::param("orbit.altitude_km").expect("altitude is registered") />
                </Show>
                <Show when=move || kind.get() == OrbitKind::Inclined>
                    <NumberSlider inputs spec=params::param("orbit.inclination_deg").expect("inclination is registered") />
                </Show>
                <Show when=move || kind.get() == OrbitKind::SunSynchronous>
                    <NumberSlider inputs spec=params::param("orbit.ltan_h").expect("LTAN is registered") />
                </Show>
                <dl class="readout">
                    <div><dt>"In Earth's shadow"</dt><dd id="shadow-readout">{shadow}" of the year"</dd></div>
                    <div><dt>"In sunlight"</dt><dd id="sun-readout">{sunlight}" of the year"</dd></div>
                    <div><dt>"Orbital period"</dt><dd>{move || outputs.with(|o| format!("{} min", fmt_sig(o.eclipses.period.minutes(), 4)))}</dd></div>
                    <div><dt>"Longest eclipse"</dt><dd>{move || outputs.with(|o| format!("{} min", fmt_sig(o.eclipses.longest.minutes(), 3)))}</dd></div>
                    <div><dt>"Inclination"</dt><dd>{move || outputs.with(|o| format!("{}°", fmt_sig(o.eclipses.inclination_deg, 4)))}</dd></div>
                </dl>
                <Warnings outputs />
            </section>
            <chart::EclipseChart inputs outputs />
        </main>
        <footer class="site-footer">
            <p>{concat!("Model and data version ", env!("CARGO_PKG_VERSION"), ". Runs entirely in your browser; no request leaves this site.")}</p>
        </footer>
    }
}

/// Lists the model's warnings (clamped inputs and the like), if any.
#[component]
fn Warnings(outputs: Memo<model::Outputs>) -> impl IntoView {
    view! {
        <Show when=move || outputs.with(|o| !o.warnings.is_empty())>
            <ul class="warnings" role="status">
                {move || outputs.with(|o| o.warnings.iter().map(|w| view! { <li>{w.message.clone()}</li> }).collect_view())}
            </ul>
        </Show>
    }
}
