//! The page's address: what it starts from, the address bar kept in step with the
//! scenario (`history.replaceState`, once input pauses), permalinks and the embed
//! snippet. Every query is read and written by `crate::share::view`; this module only
//! talks to `window.location` and `window.history`.

use super::state::State;
use crate::model::uncertainty::McSettings;
use crate::model::Inputs;
use crate::share::view::{self, Lang, Page, View};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// What the page starts from: its query, read. Never fails: bad values become notices
/// or defaults.
pub fn start() -> Page {
    view::read(&window().location().search().unwrap_or_default())
}

/// The page's address without its query: where permalinks point.
fn page_base() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// The full permalink of a scenario (and its baseline), in the page's language when the
/// page's link named one (a link without `lang=` lets its reader's browser decide).
pub fn permalink(inputs: &Inputs, baseline: Option<&Inputs>) -> String {
    let v = View::default().with_lang(explicit_lang());
    let q = view::write(inputs, baseline, &McSettings::default(), &v);
    format!("{}?{q}", page_base())
}

thread_local! {
    /// The page link's `lang=`, read once.
    static LANG: std::cell::OnceCell<Option<Lang>> = const { std::cell::OnceCell::new() };
}

/// The language the page's link names, if any.
pub fn explicit_lang() -> Option<Lang> {
    LANG.with(|l| *l.get_or_init(|| start().view.lang))
}

/// The address of an embed of a scenario shown as `view` says: this page, or with
/// `pinned` this version's frozen copy (`v/<version>/` beside it).
pub fn embed_link(inputs: &Inputs, view: &View, pinned: bool) -> String {
    let base = page_base();
    let root = if pinned {
        let dir = base.rsplit_once('/').map(|(d, _)| d).unwrap_or_default();
        format!("{dir}/v/{}/", env!("CARGO_PKG_VERSION"))
    } else {
        base
    };
    let q = view::write(inputs, None, &McSettings::default(), view);
    format!("{root}?{q}")
}

/// The embed snippet for an address: the iframe, with a fallback `height` (the widget's
/// measured height at the column width chosen), and a tiny listener right after it that
/// resizes that iframe, and only it, from the widget's own AMP height messages. It needs
/// no other script; where a host strips scripts the fallback height still shows the
/// whole widget at that width. Its title in the page's language, which `lang` names.
pub fn snippet(src: &str, height: u32) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;");
    let c = crate::i18n::current();
    let title = c.ui(crate::i18n::Ui::FrameTitle);
    let lang_attr = format!(" lang=\"{}\"", c.lang().id());
    format!(
        "<iframe title=\"{}\"{lang_attr} src=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"{height}\" allow=\"clipboard-write; web-share\"></iframe>\n<script>{LISTENER}</script>",
        esc(title),
        esc(src)
    )
}

/// The snippet's listener (host page side): the iframe just before the script, resized
/// from AMP `embed-size` messages whose source is that iframe's window and whose origin
/// is its address's, to whole pixels from 50 to 20,000.
const LISTENER: &str = "(function(f){var o;try{o=new URL(f.src).origin}catch(e){return}addEventListener('message',function(e){var d=e.data;if(e.source!==f.contentWindow||e.origin!==o||!d||d.sentinel!=='amp'||d.type!=='embed-size')return;var h=Math.ceil(+d.height);if(h>=50&&h<=20000)f.style.height=h+'px'})})(document.currentScript.previousElementSibling)";

/// The address of `embed.js` beside this page (for hosts that prefer one script for
/// several embeds).
pub fn embed_js() -> String {
    let base = page_base();
    let dir = base.rsplit_once('/').map(|(d, _)| d).unwrap_or_default();
    format!("{dir}/embed.js")
}

/// Quiet time before the address bar is rewritten: a slider drag fires dozens of inputs
/// a second, and Chrome ignores history updates beyond ~200 per 10 s.
const URL_DELAY: std::time::Duration = std::time::Duration::from_millis(150);

/// Keeps the address bar in step with the scenario, with `replaceState` (Back is not
/// flooded), once input pauses. The view's keys are kept, so a reload shows the same view.
/// Tracking tags the link came with (`utm_source`, `fbclid`, …) are in the view and
/// stay in the bar.
pub fn sync_url(st: State, view: View) {
    let ticket = std::rc::Rc::new(std::cell::Cell::new(0u32));
    Effect::new(move |_| {
        let q = st.inputs.with(|i| {
            st.baseline.with(|b| {
                st.mc
                    .settings
                    .with(|m| view::write(i, b.as_ref(), m, &view))
            })
        });
        let url = format!("?{q}");
        let me = ticket.get().wrapping_add(1);
        ticket.set(me);
        let ticket = ticket.clone();
        set_timeout(move || write_url(url, ticket, me, 0), URL_DELAY);
    });
}

/// Chrome drops history updates past about 200 in 10 s ("Throttling navigation"): the
/// address bar would keep an older scenario than the page shows. So the written address
/// is read back, and written again a second later while it differs (at most
/// [`URL_RETRIES`] times, and only while no newer scenario has replaced it).
const URL_RETRIES: u32 = 15;

fn write_url(url: String, ticket: std::rc::Rc<std::cell::Cell<u32>>, me: u32, tries: u32) {
    if ticket.get() != me {
        return;
    }
    let w = window();
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    let now = w.location().search().unwrap_or_default();
    let wanted = if url == "?" { "" } else { url.as_str() };
    if now != wanted && tries < URL_RETRIES {
        set_timeout(
            move || write_url(url, ticket, me, tries + 1),
            std::time::Duration::from_secs(1),
        );
    }
}
