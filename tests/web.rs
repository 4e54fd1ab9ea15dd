//! Browser tests: wasm-bindgen-test in headless Chromium (run by `cargo xtask test`).
//! Few and coarse: mount the real app, drive a real input, read the real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use orbital_footprint::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Leptos' effects and DOM updates run (they are asynchronous).
async fn settle() {
    tick().await;
    tick().await;
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app, at the default scenario, into a fresh element and returns it.
fn mount() -> web_sys::HtmlElement {
    // The app starts from the address bar, which earlier tests changed.
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
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
    settle().await;
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
    settle().await;
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
    settle().await;
    let select: HtmlSelectElement = root
        .query_selector("#orbit-kind")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("leo");
    select
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    settle().await;
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
    settle().await;
    set_input(&root, "#orbit-altitude_km-num", "500", "change");
    settle().await;
    let slider: HtmlInputElement = root
        .query_selector("#orbit-altitude_km")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(slider.value(), "500");
    // Out of range: clamped to the slider's maximum, never broken.
    set_input(&root, "#orbit-altitude_km-num", "99999", "change");
    settle().await;
    assert_eq!(slider.value(), "2000");
}

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// The scenario the page has written to its address bar (kept in sync once input
/// pauses for 150 ms).
async fn scenario_in_url() -> orbital_footprint::model::Inputs {
    sleep(250).await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    orbital_footprint::share::decode(&search).inputs
}

#[wasm_bindgen_test]
async fn every_slider_changes_the_model_input_it_names() {
    let root = mount();
    settle().await;
    let sliders = root.query_selector_all("input[type=range][name]").unwrap();
    assert!(sliders.length() >= 8, "only {} sliders", sliders.length());
    for k in 0..sliders.length() {
        let el: HtmlInputElement = sliders.item(k).unwrap().unchecked_into();
        let key = el.name();
        let spec = orbital_footprint::model::inputs::registry::param(&key)
            .unwrap_or_else(|| panic!("slider `{key}` names no input"));
        let before = (spec.get)(&scenario_in_url().await);
        // Move to the end of the track farther from the current value.
        let (lo, hi) = (
            el.min().parse::<f64>().unwrap(),
            el.max().parse::<f64>().unwrap(),
        );
        let pos = el.value().parse::<f64>().unwrap();
        let to = if pos - lo > hi - pos { lo } else { hi };
        el.set_value(&to.to_string());
        el.dispatch_event(&Event::new("input").unwrap()).unwrap();
        settle().await;
        let after = (spec.get)(&scenario_in_url().await);
        assert_ne!(before, after, "slider `{key}` did not change its input");
    }
}

#[wasm_bindgen_test]
async fn every_select_changes_the_model_input_it_names() {
    let root = mount();
    settle().await;
    let selects = root.query_selector_all("select[name]").unwrap();
    assert!(selects.length() >= 7, "only {} selects", selects.length());
    for k in 0..selects.length() {
        let el: HtmlSelectElement = selects.item(k).unwrap().unchecked_into();
        let key = el.name();
        let spec = orbital_footprint::model::inputs::registry::choice(&key)
            .unwrap_or_else(|| panic!("select `{key}` names no input"));
        let before = (spec.get)(&scenario_in_url().await);
        let n = el.length();
        let next = (el.selected_index() as u32 + 1) % n;
        el.set_selected_index(next as i32);
        el.dispatch_event(&Event::new("change").unwrap()).unwrap();
        settle().await;
        let after = (spec.get)(&scenario_in_url().await);
        assert_ne!(before, after, "select `{key}` did not change its input");
    }
}

#[wasm_bindgen_test]
async fn the_verdict_names_the_chosen_comparator() {
    let root = mount();
    settle().await;
    let select: HtmlSelectElement = root
        .query_selector("#earth-alternative")
        .unwrap()
        .unwrap()
        .unchecked_into();
    for n in 0..select.length() {
        select.set_selected_index(n as i32);
        select
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
        settle().await;
        // The sentence names the comparator as a sentence would (its phrase), never by the
        // select's label pasted in.
        let id: String = select
            .item(n)
            .unwrap()
            .unchecked_into::<web_sys::HtmlOptionElement>()
            .value();
        let phrase = orbital_footprint::data::grids::alternative(&id)
            .unwrap_or_else(|| panic!("option `{id}` names no Earth alternative"))
            .phrase;
        let label = select.item(n).unwrap().text_content().unwrap();
        let verdict = text(&root, "#verdict");
        assert!(
            verdict.contains(phrase),
            "verdict `{verdict}` does not name `{phrase}`"
        );
        assert!(
            !verdict.contains(&label),
            "verdict `{verdict}` pastes the select label `{label}`"
        );
    }
}

#[wasm_bindgen_test]
async fn every_result_and_readout_shows_its_registry_label() {
    let root = mount();
    settle().await;
    // Results rows carry their key in `data-key`, readouts as their id (dots as dashes).
    let rows = root
        .query_selector_all(".results dd[data-key], .readout dd[id]")
        .unwrap();
    let mut checked = 0;
    for k in 0..rows.length() {
        let dd: web_sys::Element = rows.item(k).unwrap().unchecked_into();
        let key = match dd.get_attribute("data-key") {
            Some(k) => k,
            None => dd.id().replacen('-', ".", 1),
        };
        let Some(spec) = orbital_footprint::model::outputs::output(&key) else {
            continue; // The sunlight readout is no registry output.
        };
        let dt = dd
            .previous_element_sibling()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(dt, spec.meaning, "{key}");
        checked += 1;
    }
    assert!(checked >= 45, "only {checked} labelled outputs found");
}

/// The headline's ratio words: "N×" from 2×, "% more" between 1× and 2×, "% less" below
/// 1×, capped at 99 % so a near-zero orbit never reads "100 % less".
#[wasm_bindgen_test]
fn headline_ratios_read_as_times_more_or_less() {
    use orbital_footprint::app::RatioWords::{self, *};
    assert_eq!(RatioWords::of(2.5), Times(2.5));
    assert_eq!(RatioWords::of(2.0), Times(2.0));
    assert!(matches!(RatioWords::of(1.61), PctMore(p) if (p - 61.0).abs() < 1e-9));
    assert!(matches!(RatioWords::of(0.56), PctLess(p) if (p - 44.0).abs() < 1e-9));
    assert_eq!(RatioWords::of(0.0), PctLess(99.0));
    assert_eq!(RatioWords::of(-0.5), PctLess(99.0));
}
