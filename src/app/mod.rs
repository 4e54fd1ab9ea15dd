//! The Leptos front end (web feature only). Components format and display; every
//! number comes from `crate::model`.
//!
//! State (`state.rs`): one `RwSignal<Inputs>` feeds one `Memo<Outputs>` around
//! `model::evaluate`; an optional pinned baseline is evaluated the same way and drawn as
//! a ghost. The page starts from its link (`url.rs`), read by `crate::share::view`.

mod assumptions;
pub mod bench;
mod changes;
mod chart;
mod charts;
mod claims;
mod controls;
mod dom;
pub use crate::format;
mod ladder;
mod notes;
mod panels;
mod presets;
mod results;
mod share;
mod state;
mod uncertainty;
mod url;
mod verdict;
pub use verdict::RatioWords;

use crate::i18n::{self, Catalogue, Lang, Msg, Ui};
use crate::share::view::{Chart, View};
use crate::share::Notice;
use format::{m, t};
use leptos::either::Either;
use leptos::prelude::*;
pub use state::State;

/// Starts the page: picks its language (`lang=` from the link, else the reader's
/// `navigator.languages`), sets `<html lang>`, the title and the description, and
/// mounts the app; for Chinese it first fetches the catalogue from the page's own
/// folder (English if that fails: the page never waits on it twice).
pub fn start() {
    let prefs = dom::browser_languages();
    let lang = url::start()
        .view
        .lang
        .unwrap_or_else(|| Lang::from_preferences(prefs.iter().map(String::as_str)));
    if lang == Lang::En {
        mount();
        return;
    }
    dom::fetch_text(i18n::ZH_CN_FILE, move |text| {
        if let Some(c) = text.and_then(|t| Catalogue::parse(lang, &t).ok()) {
            i18n::install(c);
        }
        mount();
    });
}

/// Mounts the app in the installed language.
fn mount() {
    dom::apply_language(
        i18n::current().lang(),
        t(Ui::PageTitle),
        t(Ui::PageDescription),
    );
    leptos::mount::mount_to_body(App);
    // The static shell (`orbital-footprint shell`, written in at build time) has done its
    // part: the app now shows the verdict itself.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("static-shell") {
        shell.remove();
    }
}

/// The whole calculator, or the compact widget when the URL says `embed=1`.
#[component]
pub fn App() -> impl IntoView {
    let start = url::start();
    let st = State::with_mc(start.inputs, start.baseline, start.mc);
    // For what reads the whole page's state from deep in the tree (a chart's exported
    // image carries the verdict and the scenario's link).
    provide_context(st);
    let notices = RwSignal::new(start.notices);
    let view = start.view;
    dom::apply_theme(view.theme);
    url::sync_url(st, view.clone());
    dom::post_height(view.child_id.clone());
    uncertainty::run_on_change(st);
    dom::open_details_for_print();
    let set = charts::chart_memo(st);
    if view.embed {
        return Either::Left(view! { <EmbedApp st notices view set /> });
    }
    Either::Right(view! {
        <a class="skip-link" href="#verdict">{t(Ui::SkipToVerdict)}</a>
        <header class="masthead">
            <div class="masthead-row">
                <h1>{t(Ui::Masthead)}</h1>
                <share::LanguageSwitch st view=view.clone() />
            </div>
            <p class="lede">{t(Ui::Lede)}</p>
            <share::Notices notices />
            <presets::PresetPicker st />
        </header>
        <main>
        <verdict::Verdict st sticky=true />
        // Issue 16 (phone first): the story, then the first chart, then the controls (folded
        // on a phone), then the other charts; on a wide screen the controls are the left
        // column beside the charts (grid areas), in the same reading order.
        <div class="layout">
            <div class="main first-chart">
                <charts::Charts set show=vec![Chart::Cumulative] />
            </div>
            <aside class="controls" aria-label=t(Ui::ScenarioRegion)>
                <details class="controls-fold" id="controls-fold" prop:open=dom::wide_screen()>
                    <summary>{t(Ui::ChangeScenario)}</summary>
                    <panels::OrbitPanel st />
                    <panels::ArrayPanel st />
                    <panels::LaunchPanel st />
                    <panels::WorkloadPanel st />
                    <panels::SecondaryPanel st />
                    <section class="panel" aria-label=t(Ui::UncertaintyRegion)><uncertainty::McControls st /></section>
                    <panels::BaselineBar st />
                    <share::SharePanel st />
                </details>
            </aside>
            <div class="main rest-charts">
                <charts::Charts set show=vec![Chart::Sources, Chart::Mass, Chart::Flow] />
                <uncertainty::TornadoChart st />
                <charts::EclipseChart st />
                <results::Results st />
            </div>
        </div>
        <ladder::LadderPanel st />
        <assumptions::Assumptions st />
        <claims::ClaimsSection st />
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
    /// Every chart's spec.
    set: Memo<charts::ChartSet>,
) -> impl IntoView {
    // A claim's embed shows its card and its key chart in place of the verdict.
    let claim = view.claim.clone();
    let chart = claim
        .as_deref()
        .and_then(claims::known)
        .and_then(|c| Chart::from_id(c.chart))
        .unwrap_or(view.chart);
    let full = move || {
        st.inputs
            .with(|i| st.baseline.with(|b| url::permalink(i, b.as_ref())))
    };
    view! {
        <main class="embed">
            <h1 class="visually-hidden">{t(Ui::EmbedHeading)}</h1>
            <share::Notices notices />
            {
                // The chart right below the headline (inside the verdict box, before the
                // key numbers and the ranges); a claim's card leads with its own text.
                let figure = move || match chart {
                    Chart::Eclipse => view! { <charts::EclipseChart st /> }.into_any(),
                    Chart::Tornado => view! { <uncertainty::TornadoChart st /> }.into_any(),
                    _ => view! { <charts::Charts set show=vec![chart] /> }.into_any(),
                };
                match claim {
                    Some(id) => Either::Left(view! { <claims::ClaimEmbed st id /> {figure()} }),
                    None => Either::Right(view! { <verdict::Verdict st>{figure()}</verdict::Verdict> }),
                }
            }
            // Issue 16: the whole scenario's CSV too, the share panel's bytes.
            <div class="button-row embed-tools">
                <button type="button" id="embed-download-csv" on:click=move |_| share::download_full_csv(st)>{t(Ui::EmbedScenarioCsv)}</button>
            </div>
            <Show when=move || view.controls>
                <div class="embed-controls">
                    <panels::OrbitPanel st />
                    <panels::ArrayPanel st />
                    <panels::LaunchPanel st />
                    <panels::WorkloadPanel st />
                </div>
            </Show>
            <p class="embed-link">
                <a href=full target="_blank" rel="noopener" id="open-full">{t(Ui::OpenFull)}</a>
                {concat!(" · Orbital Footprint ", env!("CARGO_PKG_VERSION"))}
            </p>
        </main>
    }
}

/// Footer: version, whether the page works offline (and a newer build's reload prompt),
/// and for print the permalink as text.
#[component]
fn Footer(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let link = move || {
        st.inputs
            .with(|i| st.baseline.with(|b| url::permalink(i, b.as_ref())))
    };
    let offline = dom::offline_state();
    view! {
        <footer class="site-footer">
            <p class="print-only">{t(Ui::Permalink)}<span id="print-permalink">{link}</span></p>
            <p id="offline-note" class="offline-note" role="status">
                {move || (offline.get() == dom::Offline::Ready).then(|| t(Ui::OfflineReady))}
            </p>
            <Show when=move || offline.get() == dom::Offline::Update>
                <div id="offline-update" class="update-toast" role="status">
                    <span>{t(Ui::UpdateAvailable)}</span>
                    " "
                    <button type="button" on:click=move |_| dom::apply_update()>{t(Ui::UpdateReload)}</button>
                </div>
            </Show>
            <p>
                {m(Msg::Footer { version: env!("CARGO_PKG_VERSION") })}
                <span class="footer-note">{t(Ui::FooterNote)}</span>
                <span class="print-only print-summary-note">{t(Ui::PrintSummaryNote)}</span>
            </p>
        </footer>
    }
}
