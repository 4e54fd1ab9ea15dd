//! Sharing: the scenario in the URL (one codec, `crate::share`, written with
//! `history.replaceState`), copy link and Web Share, downloads (CSV, JSON, PNG), the
//! embed snippet, and the height messages an embedded widget sends to its host page.

use super::state::State;
use crate::model::Inputs;
pub use crate::share::Notice;
use crate::share::{self, export};
use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// How the page was asked to show itself (UI keys from the query, never written back
/// except to keep an embed an embed).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// `embed=1`: the compact widget.
    pub embed: bool,
    /// `chart=`: the one chart an embed shows.
    pub chart: String,
    /// `controls=1`: an embed shows the four primary controls.
    pub controls: bool,
    /// `theme=light|dark` (anything else: follow the OS).
    pub theme: String,
    /// Pym.js child id (`childId=`), for the Pym height message.
    pub child_id: Option<String>,
}

impl View {
    fn from_extra(extra: &[(String, String)]) -> View {
        let get = |k: &str| {
            extra
                .iter()
                .rev()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        let flag = |k: &str| get(k).is_some_and(|v| v == "1" || v == "true");
        View {
            embed: flag("embed"),
            chart: get("chart").unwrap_or_else(|| "cumulative".into()),
            controls: flag("controls"),
            theme: get("theme").unwrap_or_default(),
            child_id: get("childId").filter(|c| !c.is_empty() && c.len() <= 64),
        }
    }

    /// The UI keys to keep in the address bar so a reload shows the same view.
    fn query_suffix(&self) -> String {
        let mut s = String::new();
        if self.embed {
            s.push_str("&embed=1");
            s.push_str(&format!("&chart={}", share::percent_encode(&self.chart)));
            if self.controls {
                s.push_str("&controls=1");
            }
            if let Some(c) = &self.child_id {
                s.push_str(&format!("&childId={}", share::percent_encode(c)));
            }
        }
        if self.theme == "light" || self.theme == "dark" {
            s.push_str(&format!("&theme={}", self.theme));
        }
        s
    }
}

/// What the page starts from: the scenario, the baseline, notices and the view.
pub struct Start {
    pub inputs: Inputs,
    /// Monte Carlo draws and seed (`n=`, `seed=`).
    pub mc: crate::model::uncertainty::McSettings,
    pub baseline: Option<Inputs>,
    pub notices: Vec<Notice>,
    pub view: View,
}

/// Decodes the page's query string. Never fails: bad values become notices.
pub fn start() -> Start {
    let search = window().location().search().unwrap_or_default();
    let d = share::decode(&search);
    let baseline = d
        .extra
        .iter()
        .find(|(k, _)| k == "base")
        .map(|(_, v)| share::decode(v).inputs);
    let mut mc = crate::model::uncertainty::McSettings::default();
    for (k, v) in &d.extra {
        match (k.as_str(), crate::numfmt::parse(v)) {
            ("n", Some(n)) if n >= 1.0 => {
                mc.draws = (n as usize).min(crate::model::uncertainty::MAX_DRAWS)
            }
            ("seed", Some(s)) if (0.0..9e15).contains(&s) => mc.seed = s as u64,
            _ => {}
        }
    }
    Start {
        inputs: d.inputs,
        baseline,
        mc,
        notices: d.notices,
        view: View::from_extra(&d.extra),
    }
}

/// The query of a scenario (and its baseline), without the leading `?`.
pub fn query_of(inputs: &Inputs, baseline: Option<&Inputs>) -> String {
    let mut q = share::encode(inputs);
    if let Some(b) = baseline {
        q.push_str("&base=");
        q.push_str(&share::percent_encode(&share::encode(b)));
    }
    q
}

/// The page's address without its query: where permalinks point.
pub fn page_base() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// The full permalink of a scenario.
pub fn permalink(inputs: &Inputs, baseline: Option<&Inputs>) -> String {
    format!("{}?{}", page_base(), query_of(inputs, baseline))
}

/// Quiet time before the address bar is rewritten: a slider drag fires dozens of inputs
/// a second, and Chrome ignores history updates beyond ~200 per 10 s.
const URL_DELAY: std::time::Duration = std::time::Duration::from_millis(150);

/// Keeps the address bar in step with the scenario, with `replaceState` (Back is not
/// flooded), once input pauses.
pub fn sync_url(st: State, view: View) {
    let ticket = std::rc::Rc::new(std::cell::Cell::new(0u32));
    Effect::new(move |_| {
        let q = st
            .inputs
            .with(|i| st.baseline.with(|b| query_of(i, b.as_ref())));
        let mc = st.mc.settings.with(|s| {
            let d = crate::model::uncertainty::McSettings::default();
            let mut t = String::new();
            if s.seed != d.seed {
                t.push_str(&format!("&seed={}", s.seed));
            }
            if s.draws != d.draws {
                t.push_str(&format!("&n={}", s.draws));
            }
            t
        });
        let url = format!("?{}{}{}", q, mc, view.query_suffix());
        let me = ticket.get().wrapping_add(1);
        ticket.set(me);
        let ticket = ticket.clone();
        set_timeout(
            move || {
                if ticket.get() == me {
                    if let Ok(h) = window().history() {
                        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
                    }
                }
            },
            URL_DELAY,
        );
    });
}

/// Opens every `<details>` before printing, so the data tables and assumptions print.
pub fn open_details_for_print() {
    let cb = Closure::<dyn Fn()>::new(|| {
        if let Ok(list) = document().query_selector_all("details") {
            for k in 0..list.length() {
                if let Some(el) = list
                    .item(k)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
    });
    let _ = window().add_event_listener_with_callback("beforeprint", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Applies `theme=light|dark` to `<html data-theme>`; otherwise the OS decides.
pub fn apply_theme(view: &View) {
    if view.theme == "light" || view.theme == "dark" {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("data-theme", &view.theme);
        }
    }
}

/// Inside an iframe, tells the host page the content height whenever it changes, in
/// the AMP form and (with a `childId`) the Pym.js form.
pub fn post_height(view: &View) {
    let w = window();
    let parent = match w.parent() {
        Ok(Some(p)) => p,
        _ => return,
    };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
    let child = view.child_id.clone();
    let last = std::cell::Cell::new(0i32);
    let send = move || {
        let Some(body) = document().body() else {
            return;
        };
        let h = body.scroll_height().max(body.offset_height());
        if h == last.get() {
            return;
        }
        last.set(h);
        let amp = Object::new();
        let _ = Reflect::set(&amp, &"sentinel".into(), &"amp".into());
        let _ = Reflect::set(&amp, &"type".into(), &"embed-size".into());
        let _ = Reflect::set(&amp, &"height".into(), &JsValue::from(h));
        let _ = parent.post_message(&amp, "*");
        if let Some(id) = &child {
            let _ = parent.post_message(
                &JsValue::from(format!("pymxPYMx{id}xPYMxheightxPYMx{h}")),
                "*",
            );
        }
    };
    let cb = Closure::<dyn Fn()>::new(send);
    if let (Ok(ro), Some(body)) = (
        web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()),
        document().body(),
    ) {
        ro.observe(&body);
        std::mem::forget(ro);
    }
    cb.forget();
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Clicks a temporary `<a download>` for `url`.
pub fn download_url(name: &str, url: &str) {
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    if let Some(body) = document().body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
}

/// Copies text with the Clipboard API; false when it is unavailable (the caller shows
/// a selectable field instead).
pub fn copy_text(text: &str) -> bool {
    clipboard_call("writeText", &JsValue::from_str(text))
}

/// Calls `navigator.clipboard[method](arg)`; false when there is no Clipboard API
/// (insecure context, or an iframe without `allow="clipboard-write"`).
pub fn clipboard_call(method: &str, arg: &JsValue) -> bool {
    let Ok(clip) = Reflect::get(&window().navigator(), &"clipboard".into()) else {
        return false;
    };
    if clip.is_undefined() || clip.is_null() {
        return false;
    }
    match Reflect::get(&clip, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(f) => f.call1(&clip, arg).is_ok(),
        None => false,
    }
}

/// Opens the system share sheet where the browser has one; false otherwise.
pub fn web_share(title: &str, url: &str) -> bool {
    let nav = window().navigator();
    let Ok(f) = Reflect::get(&nav, &"share".into()) else {
        return false;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    f.call1(&nav, &data).is_ok()
}

/// True when the browser offers `navigator.share`.
pub fn can_share() -> bool {
    Reflect::get(&window().navigator(), &"share".into()).is_ok_and(|f| f.is_function())
}

/// The embed snippet for a URL.
pub fn snippet(src: &str, height: u32) -> String {
    format!(
        "<iframe title=\"Orbital Footprint: orbital vs Earth data centre emissions\" src=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"{height}\" allow=\"clipboard-write; web-share\"></iframe>",
        src.replace('&', "&amp;").replace('"', "&quot;")
    )
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
                <button type="button" id="print" on:click=move |_| { let _ = window().print(); }>"Print"</button>
            </div>
        </section>
    }
}

/// The embed dialog: chart, controls, theme, live or pinned; the snippet to copy.
#[component]
fn EmbedDialog(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let chart = RwSignal::new("cumulative".to_string());
    let controls = RwSignal::new(false);
    let theme = RwSignal::new("auto".to_string());
    let pinned = RwSignal::new(false);
    let code = Memo::new(move |_| {
        let base = page_base();
        let dir = base
            .rsplit_once('/')
            .map(|(d, _)| d.to_string())
            .unwrap_or_default();
        let root = if pinned.get() {
            format!("{dir}/v/{}/", env!("CARGO_PKG_VERSION"))
        } else {
            base
        };
        let mut q = st.inputs.with(share::encode);
        q.push_str(&format!("&embed=1&chart={}", chart.get()));
        if controls.get() {
            q.push_str("&controls=1");
        }
        if theme.get() != "auto" {
            q.push_str(&format!("&theme={}", theme.get()));
        }
        snippet(
            &format!("{root}?{q}"),
            if controls.get() { 1100 } else { 640 },
        )
    });
    let on_select =
        |sig: RwSignal<String>| move |ev: leptos::ev::Event| sig.set(event_target_value(&ev));
    view! {
        <div class="embed-dialog" role="group" aria-labelledby="embed-h">
            <h3 id="embed-h">"Embed this calculator"</h3>
            <label for="embed-chart">"Chart"</label>
            <select id="embed-chart" on:change=on_select(chart)>
                {super::EMBED_CHARTS.iter().map(|(id, label)| view! { <option value=*id>{*label}</option> }).collect_view()}
            </select>
            <label><input type="checkbox" id="embed-controls" on:change=move |ev| controls.set(event_target_checked(&ev)) />" Show the four controls"</label>
            <label for="embed-theme">"Theme"</label>
            <select id="embed-theme" on:change=on_select(theme)>
                <option value="auto">"Follow the reader's system"</option>
                <option value="light">"Light"</option>
                <option value="dark">"Dark"</option>
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
