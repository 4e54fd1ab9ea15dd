//! The sources' notes, on demand: what is taken from each cited work and the reason for
//! each of our assumptions are most of the data's text and no first verdict shows one,
//! so the page's module leaves them out and fetches `notes.txt` (from its own folder,
//! precached for offline use) once, when the assumptions table comes near the screen or
//! the page is printed. Chinese readers get our assumptions' reasons from their
//! catalogue; cited works' notes stay in English, as their titles do.

use super::dom;
use crate::data::NOTES_FILE;
use crate::i18n::{Catalogue, Lang};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Where the notes are.
pub enum Notes {
    /// Not asked for yet, or on their way.
    Waiting,
    /// Read.
    Ready(Catalogue),
    /// The file could not be had (it is named on the page).
    Missing,
}

impl Notes {
    /// A source's note, once read.
    pub fn get(&self, id: &str) -> Option<&str> {
        match self {
            Notes::Ready(c) => c.find("", id),
            _ => None,
        }
    }
}

/// The notes' signal, shared through the context by the assumptions' source cells;
/// fetches the file when the element `near` comes within reach, or before printing.
pub fn provide(near: &'static str) -> RwSignal<Notes> {
    let notes = RwSignal::new(Notes::Waiting);
    provide_context(notes);
    let asked = std::rc::Rc::new(std::cell::Cell::new(false));
    let fetch = move || {
        if asked.replace(true) {
            return;
        }
        dom::fetch_text(NOTES_FILE, move |text| {
            notes.set(
                match text.and_then(|t| Catalogue::parse(Lang::En, &t).ok()) {
                    Some(c) => Notes::Ready(c),
                    None => Notes::Missing,
                },
            );
        });
    };
    let on_print = fetch.clone();
    dom::when_near(near, "600px", fetch);
    let cb = Closure::<dyn Fn()>::new(on_print);
    let _ = window().add_event_listener_with_callback("beforeprint", cb.as_ref().unchecked_ref());
    cb.forget();
    notes
}
