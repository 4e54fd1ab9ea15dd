//! The wasm entry: panic hook, then start the app (language, then mount). Nothing here is worth testing.

fn main() {
    console_error_panic_hook::set_once();
    orbital_footprint::app::start();
}
