//! Browser tests: wasm-bindgen-test in headless Chromium (run by `cargo xtask test`).
//! Few and coarse: mount the real app, drive a real input, read the real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use orbital_footprint::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app into a fresh element and returns it.
fn mount() -> web_sys::HtmlElement {
    let parent: web_sys::HtmlElement = document()
        .create_element("section")
        .unwrap()
        .unchecked_into();
    document().body().unwrap().append_child(&parent).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), App);
    handle.forget();
    parent
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} missing"))
        .text_content()
        .unwrap()
}

fn set_input(root: &web_sys::HtmlElement, selector: &str, value: &str, event: &str) {
    let el: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    el.set_value(value);
    el.dispatch_event(&Event::new(event).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn moving_the_altitude_slider_changes_the_shadow_readout() {
    let root = mount();
    tick().await;
    let before = text(&root, "#shadow-readout");
    let slider: HtmlInputElement = root
        .query_selector("#orbit-altitude_km")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("650 km")
    );
    // A dawn-dusk SSO at 650 km has a short eclipse season; at 1,800 km none at all.
    set_input(&root, "#orbit-altitude_km", "1800", "input");
    tick().await;
    let after = text(&root, "#shadow-readout");
    assert_ne!(before, after, "readout did not change");
    assert!(after.starts_with("0 %"), "{after}");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("1,800 km")
    );
}

#[wasm_bindgen_test]
async fn choosing_an_inclined_orbit_shows_about_a_third_in_shadow() {
    let root = mount();
    tick().await;
    let select: HtmlSelectElement = root
        .query_selector("#orbit-kind")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("leo");
    select
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    tick().await;
    let shadow = text(&root, "#shadow-readout");
    let pct: f64 = shadow.split(' ').next().unwrap().parse().unwrap();
    assert!((25.0..40.0).contains(&pct), "{shadow}");
    // The inclination control appears only for inclined orbits.
    assert!(root
        .query_selector("#orbit-inclination_deg")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_exact_number_field_sets_the_same_input() {
    let root = mount();
    tick().await;
    set_input(&root, "#orbit-altitude_km-num", "500", "change");
    tick().await;
    let slider: HtmlInputElement = root
        .query_selector("#orbit-altitude_km")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(slider.value(), "500");
    // Out of range: clamped to the slider's maximum, never broken.
    set_input(&root, "#orbit-altitude_km-num", "99999", "change");
    tick().await;
    assert_eq!(slider.value(), "2000");
}
