//! `orbital-footprint`: the native command line of the model (see `native.rs`).
//! On wasm32 (where `cargo test --target wasm32-unknown-unknown` still builds every
//! binary) it compiles to an empty program: the CLI needs files and a terminal.

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
