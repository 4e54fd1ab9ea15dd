//! The Leptos front end (web feature only). Components format and display; every
//! number comes from `crate::model`.
//!
//! State (`state.rs`): one `RwSignal<Inputs>` feeds one `Memo<Outputs>` around
//! `model::evaluate`; an optional pinned baseline is evaluated the same way and drawn as
//! a ghost. The page starts from its link (`url.rs`), read by `crate::share::view`.

mod assumptions;
pub mod bench;
mod chart;
mod charts;
mod controls;
mod dom;
pub mod format;
mod panels;
mod presets;
mod results;
mod share;
mod state;
mod uncertainty;
mod url;
mod verdict;

use crate::share::view::{Chart, View};
use crate::share::Notice;
use leptos::either::Either;
use leptos::prelude::*;
pub use state::State;

/// The whole calculator, or the compact widget when the URL says `embed=1`.
#[component]
pub fn App() -> impl IntoView {
    let start = url::start();
    let st = State::with_mc(start.inputs, start.baseline, start.mc);
    let notices = RwSignal::new(start.notices);
    let view = start.view;
    dom::apply_theme(view.theme);
    url::sync_url(st, view.clone());
    dom::post_height(view.child_id.clone());
    uncertainty::run_on_change(st);
    dom::open_details_for_print();
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
                <charts::EclipseChart st />
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
    notices: RwSignal<Vec<Notice>>,
    /// How the page was asked to show itself.
    view: View,
) -> impl IntoView {
    let chart = view.chart;
    let full = move || {
        st.inputs
            .with(|i| st.baseline.with(|b| url::permalink(i, b.as_ref())))
    };
    view! {
        <main class="embed">
            <h1 class="visually-hidden">"Orbital Footprint: orbital vs Earth data centres"</h1>
            <share::Notices notices />
            <verdict::Verdict st />
            {if chart == Chart::Eclipse {
                Either::Left(view! { <charts::EclipseChart st /> })
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
            .with(|i| st.baseline.with(|b| url::permalink(i, b.as_ref())))
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
