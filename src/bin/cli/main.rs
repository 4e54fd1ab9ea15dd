//! `orbital-footprint`: the native command line of the model. Its logic is library code
//! (`orbital_footprint::cli`); this binary reads the arguments, prints what
//! [`cli::run`] returns, and exits with code 2 and one line on stderr on an error.
//! It never panics: an argument that is not UTF-8 is an error like any bad option; an
//! error line is cut and its control characters escaped (it may quote what was typed);
//! output that cannot be written (a full disk) exits 1, a reader that closed the pipe
//! early (`| head`) ends the program quietly with 0, as other command-line tools do.
//! On wasm32 (where `cargo test --target wasm32-unknown-unknown` still builds every
//! binary) it compiles to an empty program: the CLI needs files and a terminal.

#[cfg(not(target_arch = "wasm32"))]
use orbital_footprint::cli;

/// Longest error line, in characters, before it is cut.
#[cfg(not(target_arch = "wasm32"))]
const MAX_ERROR_CHARS: usize = 400;

/// `e` as one safe line: control characters (terminal escapes, line breaks) shown
/// escaped, at most [`MAX_ERROR_CHARS`] characters.
#[cfg(not(target_arch = "wasm32"))]
fn safe_line(e: &str) -> String {
    let mut out = String::new();
    for (n, c) in e.chars().enumerate() {
        if n == MAX_ERROR_CHARS {
            out.push('…');
            break;
        }
        if orbital_footprint::share::is_unsafe_in_text(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::io::Write;
    use std::process::ExitCode;
    let fail = |e: &str, code: u8| {
        // Nothing left to do if even stderr cannot be written.
        let _ = writeln!(std::io::stderr(), "error: {}", safe_line(e));
        ExitCode::from(code)
    };
    let mut args = Vec::new();
    for (n, a) in std::env::args_os().skip(1).enumerate() {
        match a.into_string() {
            Ok(s) => args.push(s),
            Err(raw) => {
                return fail(
                    &format!(
                        "argument {} is not valid UTF-8: {}",
                        n + 1,
                        raw.to_string_lossy()
                    ),
                    2,
                )
            }
        }
    }
    match cli::run(&args) {
        Ok(mut text) => {
            // Documents that already end with a line break get no extra empty line.
            if !text.ends_with('\n') {
                text.push('\n');
            }
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => fail(&format!("writing the output: {e}"), 1),
            }
        }
        Err(e) => fail(&e, 2),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
