//! The wasm entry: panic hook, then mount the app. Nothing here is worth testing.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(orbital_footprint::app::App);
}
