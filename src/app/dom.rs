//! Browser helpers outside the component tree: downloads, the clipboard (text and
//! images), Web Share, printing, the `<html data-theme>` a link asks for, and the
//! height messages an embedded widget sends to its host page.

use crate::share::view::{Lang, Theme};
use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::HtmlCanvasElement;

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

/// True unless the screen is a phone's (narrower than 701 CSS px): the controls start
/// open beside the charts, folded below the first chart on a phone.
pub fn wide_screen() -> bool {
    window()
        .match_media("(max-width: 700px)")
        .ok()
        .flatten()
        .is_none_or(|q| !q.matches())
}

/// Fetches a text file from the page's own folder (the build's version in the query, so
/// a cache never mixes builds): `done(Some(text))`, or `done(None)` when it cannot be had
/// (offline without a cached copy, a host without the file, an error status).
pub fn fetch_text(file: &str, done: impl FnOnce(Option<String>) + 'static) {
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let again = done.clone();
    let on_text: JsValue = Closure::once_into_js(move |text: JsValue| {
        if let Some(f) = done.take() {
            f(text.as_string());
        }
    });
    let on_fail: JsValue = Closure::once_into_js(move |_: JsValue| {
        if let Some(f) = again.take() {
            f(None);
        }
    });
    let got: JsValue = Closure::once_into_js(move |r: JsValue| -> JsValue {
        match r.dyn_into::<web_sys::Response>() {
            Ok(r) if r.ok() => r
                .text()
                .unwrap_or_else(|e| js_sys::Promise::reject(&e))
                .into(),
            _ => js_sys::Promise::reject(&JsValue::NULL).into(),
        }
    });
    let url = format!("{file}?v={}", env!("CARGO_PKG_VERSION"));
    let fetched: JsValue = window().fetch_with_str(&url).into();
    let text = then(&fetched, &got, &JsValue::UNDEFINED);
    then(&text, &on_text, &on_fail);
}

/// `promise.then(ok, fail)`, the callbacks as plain JS functions.
fn then(promise: &JsValue, ok: &JsValue, fail: &JsValue) -> JsValue {
    Reflect::get(promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call2(promise, ok, fail).ok())
        .unwrap_or(JsValue::NULL)
}

/// Calls `f` once, when the element `id` first comes within `margin` (CSS, e.g.
/// "800px") of the screen; at once where the browser has no IntersectionObserver.
pub fn when_near(id: &'static str, margin: &str, f: impl FnOnce() + 'static) {
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let margin = margin.to_owned();
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(id) else {
            return;
        };
        let g = f.clone();
        let cb = Closure::<dyn Fn(Array, web_sys::IntersectionObserver)>::new(
            move |entries: Array, obs: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    obs.disconnect();
                    if let Some(f) = g.take() {
                        f();
                    }
                }
            },
        );
        let init = Object::new();
        let _ = Reflect::set(&init, &"rootMargin".into(), &margin.into());
        match web_sys::IntersectionObserver::new_with_options(
            cb.as_ref().unchecked_ref(),
            init.unchecked_ref(),
        ) {
            Ok(obs) => {
                obs.observe(&el);
                std::mem::forget(obs);
            }
            Err(_) => {
                if let Some(f) = f.take() {
                    f();
                }
            }
        }
        cb.forget();
    });
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// The reader's preferred languages, most preferred first (`navigator.languages`, or
/// `navigator.language` where that is missing).
pub fn browser_languages() -> Vec<String> {
    let nav = window().navigator();
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>`, the document title and the description to the page's language.
pub fn apply_language(lang: Lang, title: &str, description: &str) {
    let d = document();
    if let Some(el) = d.document_element() {
        let _ = el.set_attribute("lang", lang.id());
    }
    d.set_title(title);
    if let Ok(Some(meta)) = d.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Opens `url` (the page in another language: the scenario travels in the query).
pub fn go_to(url: &str) {
    let _ = window().location().assign(url);
}

/// Whether print adds the appendix (`<html data-print-appendix>`; the print CSS reads it).
pub fn set_print_appendix(on: bool) {
    if let Some(el) = document().document_element() {
        let _ = if on {
            el.set_attribute("data-print-appendix", "")
        } else {
            el.remove_attribute("data-print-appendix")
        };
    }
}

/// Applies a light or dark theme to `<html data-theme>`; otherwise the OS decides.
pub fn apply_theme(theme: Theme) {
    if theme != Theme::Auto {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("data-theme", theme.id());
        }
    }
}

/// Inside an iframe, tells the host page the content height whenever it changes, in
/// the AMP form and (with a Pym.js `child` id) the Pym.js form.
pub fn post_height(child: Option<String>) {
    let w = window();
    let parent = match w.parent() {
        Ok(Some(p)) => p,
        _ => return,
    };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
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

/// Copies text with the Clipboard API and calls `done(true)` once the browser says it
/// was copied, `done(false)` when there is no Clipboard API or the browser refused (an
/// iframe without clipboard permission rejects with NotAllowedError): the caller then
/// shows a selectable field. The rejection is handled, never left uncaught.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let Some(promise) = clipboard_promise("writeText", &JsValue::from_str(text)) else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let d = done.clone();
    let ok = Closure::once_into_js(move |_: JsValue| d(true));
    let failed = Closure::once_into_js(move |_: JsValue| done(false));
    // `then` by name: the two callbacks are JS functions freed once called.
    if let Ok(then) = Reflect::get(&promise, &"then".into()) {
        if let Some(then) = then.dyn_ref::<js_sys::Function>() {
            let _ = then.call2(&promise, &ok, &failed);
        }
    }
}

/// `navigator.clipboard[method](arg)` as a promise, when there is a Clipboard API.
fn clipboard_promise(method: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let clip = Reflect::get(&window().navigator(), &"clipboard".into()).ok()?;
    if clip.is_undefined() || clip.is_null() {
        return None;
    }
    let f = Reflect::get(&clip, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(&clip, arg).ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Puts a canvas on the clipboard as a PNG where the browser allows it
/// (`ClipboardItem` holding a promise of the blob, created inside the click).
pub fn copy_image(c: &HtmlCanvasElement) {
    use js_sys::{Function, Promise};
    let w = window();
    let Ok(ctor) = Reflect::get(&w, &"ClipboardItem".into()) else {
        return;
    };
    let Some(ctor) = ctor.dyn_ref::<Function>() else {
        return;
    };
    let c = c.clone();
    let blob = Promise::new(&mut |resolve, _reject| {
        let cb = Closure::once_into_js(move |b: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &b);
        });
        let _ = c.to_blob(cb.unchecked_ref());
    });
    let data = Object::new();
    let _ = Reflect::set(&data, &"image/png".into(), &blob);
    let Ok(item) = Reflect::construct(ctor, &Array::of1(&data)) else {
        return;
    };
    clipboard_call("write", &Array::of1(&item));
}

/// Calls `navigator.clipboard[method](arg)`; false when there is no Clipboard API
/// (insecure context, or an iframe without `allow="clipboard-write"`).
fn clipboard_call(method: &str, arg: &JsValue) -> bool {
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
        Some(f) => match f.call1(&clip, arg) {
            Ok(p) => {
                // A refusal is expected in some frames: handle it, do not leave it uncaught.
                let ignore = Closure::once_into_js(|_: JsValue| {});
                if let Ok(catch) = Reflect::get(&p, &"catch".into()) {
                    if let Some(catch) = catch.dyn_ref::<js_sys::Function>() {
                        let _ = catch.call1(&p, &ignore);
                    }
                }
                true
            }
            Err(_) => false,
        },
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

/// Scrolls the element with id `id` into view and moves the keyboard focus there (a
/// claim card's "open this scenario" lands on the verdict).
pub fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.set_attribute("tabindex", "-1");
            let _ = h.focus();
        }
    }
}

/// Where the page stands offline, as the loader's service-worker registration says
/// (`web/register.js`: `<html data-offline>` and the `of-offline` event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offline {
    /// No service worker (yet, or blocked): the page works online only.
    Unknown,
    /// This build is cached: the page works with no network.
    Ready,
    /// A newer build is installed and waits for a reload.
    Update,
}

fn offline_from(s: Option<String>) -> Offline {
    match s.as_deref() {
        Some("ready") => Offline::Ready,
        Some("update") => Offline::Update,
        _ => Offline::Unknown,
    }
}

/// The offline state now and as it changes.
pub fn offline_state() -> ReadSignal<Offline> {
    let root = document().document_element();
    let now = offline_from(root.as_ref().and_then(|r| r.get_attribute("data-offline")));
    let (state, set) = signal(now);
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let detail = Reflect::get(&ev, &"detail".into())
            .ok()
            .and_then(|d| d.as_string());
        set.set(offline_from(detail));
    });
    let _ = window().add_event_listener_with_callback("of-offline", cb.as_ref().unchecked_ref());
    cb.forget();
    state
}

/// Activates the waiting build and reloads (the loader's `ofApplyUpdate`); a plain
/// reload when there is none.
pub fn apply_update() {
    let w = window();
    let f = Reflect::get(&w, &"ofApplyUpdate".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match f {
        Some(f) => {
            let _ = f.call0(&w);
        }
        None => {
            let _ = w.location().reload();
        }
    }
}
