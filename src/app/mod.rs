//! The Leptos front end (web feature only). Components format and display; every
//! number comes from `crate::model`.
//!
//! State: one `RwSignal<Inputs>` feeds one `Memo<Outputs>` around `model::evaluate`;
//! an optional pinned baseline is evaluated the same way and drawn as a ghost.

mod assumptions;
mod chart;
mod charts;
mod controls;
pub mod format;
mod panels;
mod presets;
mod results;
mod verdict;

use crate::model::{self, Inputs, Outputs};
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
}

impl State {
    /// A fresh state at the default scenario.
    pub fn new() -> State {
        let inputs = RwSignal::new(Inputs::default());
        let baseline = RwSignal::new(None::<Inputs>);
        State {
            inputs,
            outputs: Memo::new(move |_| inputs.with(model::evaluate)),
            baseline,
            base_out: Memo::new(move |_| baseline.with(|b| b.as_ref().map(model::evaluate))),
        }
    }
}

impl Default for State {
    fn default() -> State {
        State::new()
    }
}

/// The whole calculator.
#[component]
pub fn App() -> impl IntoView {
    let st = State::new();
    view! {
        <header class="masthead">
            <h1>"Orbital Footprint"</h1>
            <p class="lede">
                "Can moving data centres into orbit lighten Earth's energy and carbon load? "
                "Every number below is computed in your browser from cited physics; change any premise and watch the verdict."
            </p>
            <presets::PresetPicker st />
        </header>
        <verdict::Verdict st />
        <div class="layout">
            <aside class="controls" aria-label="Scenario">
                <panels::OrbitPanel st />
                <panels::ArrayPanel st />
                <panels::LaunchPanel st />
                <panels::WorkloadPanel st />
                <panels::SecondaryPanel st />
                <panels::BaselineBar st />
            </aside>
            <div class="main">
                <charts::Charts st />
                <chart::EclipseChart st />
                <results::Results st />
            </div>
        </div>
        <assumptions::Assumptions st />
        <footer class="site-footer">
            <p>
                {concat!("Model and data version ", env!("CARGO_PKG_VERSION"), ". ")}
                "Runs entirely in your browser; no request leaves this site. Sources and assumptions are listed above, each with its quality: "
                "P primary, S secondary, W weak, A our assumption."
            </p>
        </footer>
    }
}
