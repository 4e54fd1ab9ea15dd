//! `orbital-footprint`: the native command line of the model. Its logic is library code
//! (`orbital_footprint::cli`); this binary reads the arguments, prints what
//! [`cli::run`] returns, and exits with code 2 and one line on stderr on an error.
//! On wasm32 (where `cargo test --target wasm32-unknown-unknown` still builds every
//! binary) it compiles to an empty program: the CLI needs files and a terminal.

#[cfg(not(target_arch = "wasm32"))]
use orbital_footprint::cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::io::Write;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(mut text) => {
            // Documents that already end with a line break get no extra empty line. A
            // closed pipe (`| head`) is not an error worth a panic: the write's error
            // is ignored.
            if !text.ends_with('\n') {
                text.push('\n');
            }
            let _ = std::io::stdout().write_all(text.as_bytes());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
