//! Sharing, as components: the dismissible notices about an adjusted link, the share
//! panel (copy link, Web Share, embed, downloads, print) and the embed dialog. Links
//! come from `super::url`, browser calls from `super::dom`.

use super::charts::EMBED_CHARTS;
use super::dom::{can_share, copy_text, download, print, web_share};
use super::state::State;
use super::url::{embed_link, permalink, snippet};
use crate::share::export;
use crate::share::view::{Chart, Theme, View};
use crate::share::Notice;
use leptos::prelude::*;

/// Notices about a shared link that had to be adjusted, dismissible.
#[component]
pub fn Notices(
    /// What the URL decoder adjusted.
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notice" role="status" id="url-notice">
                <p><strong>"This link was adjusted:"</strong></p>
                <ul>{move || notices.with(|n| n.iter().map(|x| view! { <li>{x.message.clone()}</li> }).collect_view())}</ul>
                <button type="button" id="dismiss-notice" on:click=move |_| notices.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
    }
}

/// Copy link, share, embed and downloads.
#[component]
pub fn SharePanel(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let link = Memo::new(move |_| {
        st.inputs
            .with(|i| st.baseline.with(|b| permalink(i, b.as_ref())))
    });
    let fallback = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let embed_open = RwSignal::new(false);
    let stamp = || crate::numfmt::plain((js_sys::Date::now() / 1000.0).floor(), 12);
    view! {
        <section class="panel share" aria-labelledby="share-h">
            <h2 id="share-h">"Share and export"</h2>
            <div class="button-row">
                <button type="button" id="copy-link" on:click=move |_| {
                    let ok = copy_text(&link.get_untracked());
                    fallback.set(!ok);
                    copied.set(ok);
                }>{move || if copied.get() { "Link copied" } else { "Copy link" }}</button>
                <Show when=can_share>
                    <button type="button" id="web-share" on:click=move |_| {
                        web_share("Orbital Footprint", &link.get_untracked());
                    }>"Share…"</button>
                </Show>
                <button type="button" id="open-embed" aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>"Embed"</button>
            </div>
            <Show when=move || fallback.get()>
                <label for="link-text">"Copy this link:"</label>
                <input id="link-text" type="text" readonly prop:value=move || link.get() on:focus=move |ev| {
                    event_target::<web_sys::HtmlInputElement>(&ev).select();
                } />
            </Show>
            <Show when=move || embed_open.get()>
                <EmbedDialog st />
            </Show>
            <div class="button-row">
                <button type="button" id="download-csv" on:click=move |_| {
                    let text = st.inputs.with_untracked(|i| st.outputs.with_untracked(|o| export::csv(i, o, Some(&link.get_untracked()))));
                    download(&format!("orbital-footprint-{}.csv", stamp()), "text/csv", &text);
                }>"Download CSV"</button>
                <button type="button" id="download-json" on:click=move |_| {
                    let text = st.inputs.with_untracked(|i| st.outputs.with_untracked(|o| export::json(i, o, Some(&link.get_untracked()))));
                    download(&format!("orbital-footprint-{}.json", stamp()), "application/json", &text);
                }>"Download JSON"</button>
                <button type="button" id="print" on:click=move |_| print()>"Print"</button>
            </div>
        </section>
    }
}

/// What the embed dialog offers for the theme.
const EMBED_THEMES: [(Theme, &str); 3] = [
    (Theme::Auto, "Follow the reader's system"),
    (Theme::Light, "Light"),
    (Theme::Dark, "Dark"),
];

/// The embed dialog: chart, controls, theme, live or pinned; the snippet to copy.
#[component]
fn EmbedDialog(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let chart = RwSignal::new(Chart::Cumulative);
    let controls = RwSignal::new(false);
    let theme = RwSignal::new(Theme::Auto);
    let pinned = RwSignal::new(false);
    let code = Memo::new(move |_| {
        let view = View::embed(chart.get(), controls.get(), theme.get());
        let src = st.inputs.with(|i| embed_link(i, &view, pinned.get()));
        snippet(&src, if view.controls { 1100 } else { 640 })
    });
    view! {
        <div class="embed-dialog" role="group" aria-labelledby="embed-h">
            <h3 id="embed-h">"Embed this calculator"</h3>
            <label for="embed-chart">"Chart"</label>
            <select id="embed-chart" on:change=move |ev| {
                chart.set(Chart::from_id(&event_target_value(&ev)).unwrap_or_default())
            }>
                {EMBED_CHARTS.iter().map(|(c, label)| view! { <option value=c.id()>{*label}</option> }).collect_view()}
            </select>
            <label><input type="checkbox" id="embed-controls" on:change=move |ev| controls.set(event_target_checked(&ev)) />" Show the four controls"</label>
            <label for="embed-theme">"Theme"</label>
            <select id="embed-theme" on:change=move |ev| theme.set(Theme::from_id(&event_target_value(&ev)))>
                {EMBED_THEMES.iter().map(|(t, label)| view! { <option value=t.id()>{*label}</option> }).collect_view()}
            </select>
            <fieldset>
                <legend>"Numbers"</legend>
                <label><input type="radio" name="embed-version" checked on:change=move |_| pinned.set(false) />" Always the latest model"</label>
                <label><input type="radio" name="embed-version" id="embed-pinned" on:change=move |_| pinned.set(true) />{concat!(" Pinned to version ", env!("CARGO_PKG_VERSION"), " (numbers never change)")}</label>
            </fieldset>
            <label for="embed-code">"Paste into your page"</label>
            <textarea id="embed-code" readonly rows="4" prop:value=move || code.get()></textarea>
            <p class="note">
                "The widget resizes itself on pages that use AMP or Pym.js. Elsewhere, add "
                <code>"<script src=\"…/embed.js\" defer></script>"</code>
                " (it ships with this page) or keep the fixed height."
            </p>
            <button type="button" id="copy-embed" on:click=move |_| {
                copy_text(&code.get_untracked());
            }>"Copy snippet"</button>
        </div>
    }
}
