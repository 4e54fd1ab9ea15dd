//! The Leptos front end (web feature only). Components format and display; every
//! number comes from `crate::model`.
//!
//! State: one `RwSignal<Inputs>` feeds one `Memo<Outputs>` around `model::evaluate`;
//! an optional pinned baseline is evaluated the same way and drawn as a ghost.

mod assumptions;
pub mod bench;
mod chart;
mod charts;
mod controls;
pub mod format;
mod panels;
mod presets;
mod results;
mod share;
mod uncertainty;
mod verdict;

use crate::model::{self, Inputs, Outputs};
use leptos::either::Either;
use leptos::prelude::*;

/// The calculator's reactive state, passed to every component (all fields are `Copy`).
#[derive(Clone, Copy)]
pub struct State {
    /// The scenario being edited.
    pub inputs: RwSignal<Inputs>,
    /// Its evaluation, recomputed on every change.
    pub outputs: Memo<Outputs>,
    /// A pinned baseline scenario, if any.
    pub baseline: RwSignal<Option<Inputs>>,
    /// The baseline's evaluation.
    pub base_out: Memo<Option<Outputs>>,
    /// Monte Carlo settings, results and the tornado.
    pub mc: uncertainty::Mc,
}

/// The charts an embed can show (`chart=`), with labels for the embed dialog.
pub const EMBED_CHARTS: &[(&str, &str)] = &[
    ("cumulative", "Cumulative emissions"),
    ("sources", "Emissions by source"),
    ("mass", "Mass to orbit"),
    ("flow", "Power and heat flow"),
    ("eclipse", "Time in Earth's shadow"),
];

impl State {
    /// A fresh state at the default scenario.
    pub fn new() -> State {
        State::with(Inputs::default(), None)
    }

    /// A state starting from a scenario and an optional baseline.
    pub fn with(start: Inputs, base: Option<Inputs>) -> State {
        State::with_mc(start, base, Default::default())
    }

    /// A state with Monte Carlo settings (seed and draws from the URL).
    pub fn with_mc(
        start: Inputs,
        base: Option<Inputs>,
        mc: crate::model::uncertainty::McSettings,
    ) -> State {
        let inputs = RwSignal::new(start);
        let baseline = RwSignal::new(base);
        State {
            inputs,
            outputs: Memo::new(move |_| inputs.with(model::evaluate)),
            baseline,
            base_out: Memo::new(move |_| baseline.with(|b| b.as_ref().map(model::evaluate))),
            mc: uncertainty::Mc::new(mc),
        }
    }
}

impl Default for State {
    fn default() -> State {
        State::new()
    }
}

/// The whole calculator, or the compact widget when the URL says `embed=1`.
#[component]
pub fn App() -> impl IntoView {
    let start = share::start();
    let st = State::with_mc(start.inputs, start.baseline, start.mc);
    let notices = RwSignal::new(start.notices);
    let view = start.view;
    share::apply_theme(&view);
    share::sync_url(st, view.clone());
    share::post_height(&view);
    uncertainty::run_on_change(st);
    share::open_details_for_print();
    if view.embed {
        return Either::Left(view! { <EmbedApp st notices view /> });
    }
    Either::Right(view! {
        <header class="masthead">
            <h1>"Orbital Footprint"</h1>
            <p class="lede">
                "Can moving data centres into orbit lighten Earth's energy and carbon load? "
                "Every number below is computed in your browser from cited physics; change any premise and watch the verdict."
            </p>
            <share::Notices notices />
            <presets::PresetPicker st />
        </header>
        <main>
        <verdict::Verdict st />
        <div class="layout">
            <aside class="controls" aria-label="Scenario">
                <panels::OrbitPanel st />
                <panels::ArrayPanel st />
                <panels::LaunchPanel st />
                <panels::WorkloadPanel st />
                <panels::SecondaryPanel st />
                <section class="panel" aria-label="Uncertainty"><uncertainty::McControls st /></section>
                <panels::BaselineBar st />
                <share::SharePanel st />
            </aside>
            <div class="main">
                <charts::Charts st only=None />
                <uncertainty::TornadoChart st />
                <chart::EclipseChart st />
                <results::Results st />
            </div>
        </div>
        <assumptions::Assumptions st />
        </main>
        <Footer st />
    })
}

/// The compact widget for news pages: verdict, one chart, optionally the controls,
/// and a link to the full calculator.
#[component]
fn EmbedApp(
    /// The calculator state.
    st: State,
    /// Adjustments made to the URL.
    notices: RwSignal<Vec<share::Notice>>,
    /// How the page was asked to show itself.
    view: share::View,
) -> impl IntoView {
    let chart = EMBED_CHARTS
        .iter()
        .find(|(id, _)| *id == view.chart)
        .map(|(id, _)| *id)
        .unwrap_or("cumulative");
    let full = move || {
        st.inputs
            .with(|i| st.baseline.with(|b| share::permalink(i, b.as_ref())))
    };
    view! {
        <main class="embed">
            <h1 class="visually-hidden">"Orbital Footprint: orbital vs Earth data centres"</h1>
            <share::Notices notices />
            <verdict::Verdict st />
            {if chart == "eclipse" {
                Either::Left(view! { <chart::EclipseChart st /> })
            } else {
                Either::Right(view! { <charts::Charts st only=Some(chart) /> })
            }}
            <Show when=move || view.controls>
                <div class="embed-controls">
                    <panels::OrbitPanel st />
                    <panels::ArrayPanel st />
                    <panels::LaunchPanel st />
                    <panels::WorkloadPanel st />
                </div>
            </Show>
            <p class="embed-link">
                <a href=full target="_blank" rel="noopener" id="open-full">"Open the full calculator"</a>
                {concat!(" · Orbital Footprint ", env!("CARGO_PKG_VERSION"))}
            </p>
        </main>
    }
}

/// Footer: version, and for print the permalink as text.
#[component]
fn Footer(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let link = move || {
        st.inputs
            .with(|i| st.baseline.with(|b| share::permalink(i, b.as_ref())))
    };
    view! {
        <footer class="site-footer">
            <p class="print-only">"Permalink: "<span id="print-permalink">{link}</span></p>
            <p>
                {concat!("Model and data version ", env!("CARGO_PKG_VERSION"), ". ")}
                "Runs entirely in your browser; no request leaves this site. Sources and assumptions are listed above, each with its quality: "
                "P primary, S secondary, W weak, A our assumption."
            </p>
        </footer>
    }
}
