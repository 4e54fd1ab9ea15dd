//! The calculator's reactive state, passed to every component: the scenario and its
//! evaluation, the pinned baseline and its evaluation, and the Monte Carlo signals.
//! A leaf: it imports the model and Leptos, nothing else of the app.

use crate::model::uncertainty::{Ladder, McResult, McSettings, Tornado};
use crate::model::{self, Inputs, Outputs};
use leptos::prelude::*;

/// The calculator's reactive state (all fields are `Copy`).
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
    pub mc: Mc,
}

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
    pub fn with_mc(start: Inputs, base: Option<Inputs>, mc: McSettings) -> State {
        let inputs = RwSignal::new(start);
        let baseline = RwSignal::new(base);
        State {
            inputs,
            outputs: Memo::new(move |_| inputs.with(model::evaluate)),
            baseline,
            base_out: Memo::new(move |_| baseline.with(|b| b.as_ref().map(model::evaluate))),
            mc: Mc::new(mc),
        }
    }
}

impl Default for State {
    fn default() -> State {
        State::new()
    }
}

/// The Monte Carlo state shown by the page (run by `uncertainty::run_on_change`).
#[derive(Clone, Copy)]
pub struct Mc {
    /// Draws, seed and per-input overrides.
    pub settings: RwSignal<McSettings>,
    /// The last finished run (None before the first one).
    pub result: RwSignal<Option<McResult>>,
    /// Progress of the current run, 0–1 (1 when idle).
    pub progress: RwSignal<f64>,
    /// Runs finished so far (tests watch it).
    pub runs: RwSignal<u32>,
    /// Tornados for the carbon and the cost ratio.
    pub tornado: RwSignal<Option<(Tornado, Tornado)>>,
    /// The break-even ladders for the carbon and the cost ratio (the last finished).
    pub ladder: RwSignal<Option<[Ladder; 2]>>,
    /// Progress of the ladder being computed, 0–1 (1 when idle).
    pub ladder_progress: RwSignal<f64>,
    /// Ladders finished so far (tests watch it).
    pub ladder_runs: RwSignal<u32>,
    /// Show the 90 % band (5th–95th percentile) instead of the 50 % band.
    pub wide: RwSignal<bool>,
}

impl Mc {
    /// Starts idle with the given settings.
    pub fn new(settings: McSettings) -> Mc {
        Mc {
            settings: RwSignal::new(settings),
            result: RwSignal::new(None),
            progress: RwSignal::new(0.0),
            runs: RwSignal::new(0),
            tornado: RwSignal::new(None),
            ladder: RwSignal::new(None),
            ladder_progress: RwSignal::new(0.0),
            ladder_runs: RwSignal::new(0),
            wide: RwSignal::new(false),
        }
    }
}
