//! Sharing, as components: the dismissible notices about an adjusted link, the share
//! panel (copy link, Web Share, embed, downloads, print) and the embed dialog. Links
//! come from `super::url`, browser calls from `super::dom`.

use super::charts::EMBED_CHARTS;
use super::dom::{can_share, copy_text, download, go_to, print, web_share};
use super::format::{m, t};
use super::state::State;
use super::url::{embed_js, embed_link, permalink, snippet};
use crate::i18n::verdict::english_headline;
use crate::i18n::{current, Msg, Ui};
use crate::share::export;
use crate::share::view::{self, Chart, Lang, Theme, View};
use crate::share::Notice;
use leptos::prelude::*;

/// A language's name in itself, as a language switch shows it.
pub fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::En => "English",
        Lang::ZhCn => "中文",
    }
}

/// The page's language switch: reopens the page in the other language with the same
/// scenario, baseline and Monte Carlo settings (they travel in the link).
#[component]
pub fn LanguageSwitch(
    /// The calculator state.
    st: State,
    /// How the page shows itself (its keys are kept).
    view: View,
) -> impl IntoView {
    let now = current().lang();
    let choose = move |ev| {
        let Some(lang) = Lang::from_id(&event_target_value(&ev)) else {
            return;
        };
        if lang == now {
            return;
        }
        let v = view.clone().with_lang(Some(lang));
        let q = st.inputs.with_untracked(|i| {
            st.baseline.with_untracked(|b| {
                st.mc
                    .settings
                    .with_untracked(|mc| view::write(i, b.as_ref(), mc, &v))
            })
        });
        go_to(&format!("?{q}"));
    };
    view! {
        <div class="lang-switch">
            <label for="lang-switch">{t(Ui::Language)}</label>
            <select id="lang-switch" on:change=choose>
                {Lang::ALL
                    .into_iter()
                    .map(|l| view! { <option value=l.id() lang=l.id() selected=l == now>{language_name(l)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Notices about a shared link that had to be adjusted, dismissible.
#[component]
pub fn Notices(
    /// What the URL decoder adjusted.
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notice" role="status" id="url-notice">
                <p><strong>{t(Ui::LinkAdjusted)}</strong></p>
                <ul>{move || notices.with(|n| n.iter().map(|x| view! { <li>{current().notice(x)}</li> }).collect_view())}</ul>
                <button type="button" id="dismiss-notice" on:click=move |_| notices.set(Vec::new())>{t(Ui::Dismiss)}</button>
            </div>
        </Show>
    }
}

/// The download's name: `orbital-footprint-<Unix seconds>.<ext>`.
fn stamped(ext: &str) -> String {
    let now = crate::numfmt::plain((js_sys::Date::now() / 1000.0).floor(), 12);
    format!("orbital-footprint-{now}.{ext}")
}

/// Downloads the full scenario CSV (`share::export::csv`, with the scenario's
/// permalink): the share panel's button and the embed's give the same bytes.
pub fn download_full_csv(st: State) {
    let text = st.inputs.with_untracked(|i| {
        st.baseline.with_untracked(|b| {
            let link = permalink(i, b.as_ref());
            st.outputs
                .with_untracked(|o| export::csv(i, o, &english_headline(o), Some(&link)))
        })
    });
    download(&stamped("csv"), "text/csv", &text);
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
    view! {
        <section class="panel share" aria-labelledby="share-h">
            <h2 id="share-h">{t(Ui::ShareHeading)}</h2>
            <div class="button-row">
                <button type="button" id="copy-link" on:click=move |_| {
                    copied.set(false);
                    // "Link copied" only once the browser says so; a refusal shows the field.
                    copy_text(&link.get_untracked(), move |ok| {
                        fallback.set(!ok);
                        copied.set(ok);
                    });
                }>{move || if copied.get() { t(Ui::LinkCopied) } else { t(Ui::CopyLink) }}</button>
                <Show when=can_share>
                    <button type="button" id="web-share" on:click=move |_| {
                        web_share(t(Ui::Masthead), &link.get_untracked());
                    }>{t(Ui::ShareDots)}</button>
                </Show>
                <button type="button" id="open-embed" aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>{t(Ui::Embed)}</button>
            </div>
            <Show when=move || fallback.get()>
                <label for="link-text">{t(Ui::CopyThisLink)}</label>
                <input id="link-text" type="text" readonly prop:value=move || link.get() on:focus=move |ev| {
                    event_target::<web_sys::HtmlInputElement>(&ev).select();
                } />
            </Show>
            <Show when=move || embed_open.get()>
                <EmbedDialog st />
            </Show>
            <div class="button-row">
                <button type="button" id="download-csv" on:click=move |_| download_full_csv(st)>{t(Ui::DownloadCsv)}</button>
                <button type="button" id="download-json" on:click=move |_| {
                    let text = st.inputs.with_untracked(|i| st.outputs.with_untracked(|o| export::json(i, o, &english_headline(o), Some(&link.get_untracked()))));
                    download(&stamped("json"), "application/json", &text);
                }>{t(Ui::DownloadJson)}</button>
                <button type="button" id="print" on:click=move |_| print()>{t(Ui::Print)}</button>
            </div>
            // Print is a summary (the verdict, the cumulative, sources and tornado charts with
            // their tables, the permalink) unless the reader asks for the appendix.
            <label class="print-appendix"><input type="checkbox" id="print-appendix"
                on:change=move |ev| super::dom::set_print_appendix(event_target_checked(&ev)) />" "{t(Ui::PrintAppendix)}</label>
        </section>
    }
}

/// The column widths the embed dialog previews and measures the widget at (px).
const PREVIEW_WIDTHS: [u32; 2] = [360, 700];

/// What the embed dialog offers for the theme.
const EMBED_THEMES: [(Theme, Ui); 3] = [
    (Theme::Auto, Ui::ThemeAuto),
    (Theme::Light, Ui::ThemeLight),
    (Theme::Dark, Ui::ThemeDark),
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
    // The widget's language: the page's own by default, so an embed copied from the
    // Chinese page is Chinese wherever it is shown; None lets each reader's browser decide.
    let lang = RwSignal::new(Some(current().lang()));
    // The column the host gives the widget, and the widget's height there as measured by
    // the live previews below (their own height messages).
    let column = RwSignal::new(PREVIEW_WIDTHS[1]);
    let measured: [RwSignal<Option<u32>>; 2] = [RwSignal::new(None), RwSignal::new(None)];
    let frames: [NodeRef<leptos::html::Iframe>; 2] = [NodeRef::new(), NodeRef::new()];
    // Issue 17: one claim's card instead of the calculator (its own key chart).
    let claim = RwSignal::new(None::<&'static crate::data::claims::Claim>);
    let view_of = move || {
        match claim.get() {
            Some(c) => View::claim_embed(
                c.id,
                Chart::from_id(c.chart).unwrap_or_default(),
                theme.get(),
            ),
            None => View::embed(chart.get(), controls.get(), theme.get()),
        }
        .with_lang(lang.get())
    };
    let preview_src = Memo::new(move |_| {
        let view = view_of();
        st.inputs.with(|i| embed_link(i, &view, false))
    });
    // A new preview measures afresh.
    Effect::new(move |_| {
        preview_src.track();
        measured.iter().for_each(|m| m.set(None));
    });
    let listener = window_event_listener(leptos::ev::message, move |e: web_sys::MessageEvent| {
        let h = js_sys::Reflect::get(&e.data(), &"height".into())
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|h| (50.0..=20_000.0).contains(h));
        let Some(h) = h else { return };
        for (k, f) in frames.iter().enumerate() {
            let from_it = f
                .get_untracked()
                .and_then(|f| f.content_window())
                .is_some_and(|w| {
                    e.source()
                        .is_some_and(|s| js_sys::Object::is(&s, w.as_ref()))
                });
            if from_it {
                // The tallest the widget has been (its ranges arrive after the first
                // paint): a fixed height from it never clips.
                let h = h.ceil() as u32;
                measured[k].update(|m| *m = Some(m.map_or(h, |old| old.max(h))));
            }
        }
    });
    on_cleanup(move || listener.remove());
    let code = Memo::new(move |_| {
        let view = view_of();
        let src = st.inputs.with(|i| embed_link(i, &view, pinned.get()));
        let k = PREVIEW_WIDTHS
            .iter()
            .position(|w| *w == column.get())
            .unwrap_or(1);
        let fallback = if view.controls { 1700 } else { 1200 };
        snippet(&src, measured[k].get().unwrap_or(fallback))
    });
    view! {
        <div class="embed-dialog" role="group" aria-labelledby="embed-h">
            <h3 id="embed-h">{t(Ui::EmbedThis)}</h3>
            <label for="embed-chart">{t(Ui::Chart)}</label>
            <select id="embed-chart" on:change=move |ev| {
                chart.set(Chart::from_id(&event_target_value(&ev)).unwrap_or_default())
            }>
                {EMBED_CHARTS.iter().map(|(c, label)| view! { <option value=c.id()>{t(*label)}</option> }).collect_view()}
            </select>
            <label for="embed-claim">{t(Ui::ClaimEmbedOption)}</label>
            <select id="embed-claim" on:change=move |ev| claim.set(crate::data::claims::claim(&event_target_value(&ev)))>
                <option value="">{t(Ui::ClaimEmbedNone)}</option>
                {crate::data::claims::CLAIMS.iter().map(|c| {
                    let who = if current().zh() { c.claimant_zh } else { c.claimant };
                    view! { <option value=c.id>{m(Msg::ClaimBy { claimant: who, date: c.date })}</option> }
                }).collect_view()}
            </select>
            <label><input type="checkbox" id="embed-controls" on:change=move |ev| controls.set(event_target_checked(&ev)) />" "{t(Ui::ShowControls)}</label>
            <label for="embed-theme">{t(Ui::Theme)}</label>
            <select id="embed-theme" on:change=move |ev| theme.set(Theme::from_id(&event_target_value(&ev)))>
                {EMBED_THEMES.iter().map(|(th, label)| view! { <option value=th.id()>{t(*label)}</option> }).collect_view()}
            </select>
            <label for="embed-lang">{t(Ui::Language)}</label>
            <select id="embed-lang" on:change=move |ev| lang.set(Lang::from_id(&event_target_value(&ev)))>
                {Lang::ALL
                    .into_iter()
                    .map(|l| view! { <option value=l.id() lang=l.id() selected=move || lang.get() == Some(l)>{language_name(l)}</option> })
                    .collect_view()}
                <option value="auto" selected=move || lang.get().is_none()>{t(Ui::LangFollowPage)}</option>
            </select>
            <fieldset>
                <legend>{t(Ui::Numbers)}</legend>
                <label><input type="radio" name="embed-version" checked on:change=move |_| pinned.set(false) />" "{t(Ui::LatestModel)}</label>
                <label><input type="radio" name="embed-version" id="embed-pinned" on:change=move |_| pinned.set(true) />" "{m(Msg::PinnedTo { version: env!("CARGO_PKG_VERSION") })}</label>
            </fieldset>
            <label for="embed-column">{t(Ui::EmbedColumn)}</label>
            <select id="embed-column" on:change=move |ev| {
                if let Some(w) = crate::numfmt::parse(&event_target_value(&ev)) {
                    column.set(w as u32);
                }
            }>
                {PREVIEW_WIDTHS.iter().map(|w| view! {
                    <option value=w.to_string() selected=move || column.get() == *w>{m(Msg::PreviewWidth { width: &w.to_string() })}</option>
                }).collect_view()}
            </select>
            <label for="embed-code">{t(Ui::PasteIntoPage)}</label>
            <textarea id="embed-code" readonly rows="6" prop:value=move || code.get()></textarea>
            <p class="note" id="embed-height-note">{move || {
                let k = PREVIEW_WIDTHS.iter().position(|w| *w == column.get()).unwrap_or(1);
                match measured[k].get() {
                    Some(h) => m(Msg::EmbedMeasured { width: &column.get().to_string(), height: &h.to_string() }),
                    None => t(Ui::EmbedMeasuring).to_string(),
                }
            }}</p>
            <p class="note">
                {t(Ui::ResizeNote1)}
                <code id="embed-js">{move || format!("<script src=\"{}\" defer></script>", embed_js())}</code>
                {t(Ui::ResizeNote2)}
            </p>
            <div class="embed-previews">
                {PREVIEW_WIDTHS.iter().enumerate().map(|(k, w)| {
                    let w = *w;
                    view! {
                        <figure class="embed-preview">
                            <figcaption>{m(Msg::PreviewWidth { width: &w.to_string() })}</figcaption>
                            <div class="embed-preview-box">
                                <iframe node_ref=frames[k] id=format!("embed-preview-{w}") title=m(Msg::PreviewWidth { width: &w.to_string() })
                                    src=move || preview_src.get() width=w.to_string()
                                    style:height=move || format!("{}px", measured[k].get().unwrap_or(600))
                                ></iframe>
                            </div>
                        </figure>
                    }
                }).collect_view()}
            </div>
            <button type="button" id="copy-embed" on:click=move |_| {
                copy_text(&code.get_untracked(), |_| {});
            }>{t(Ui::CopySnippet)}</button>
        </div>
    }
}
