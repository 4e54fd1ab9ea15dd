//! `cargo xtask`: the project's build system.
//!
//! `cargo xtask serve` builds and serves the app; `cargo xtask test` runs every check
//! in a fixed order. Both first make sure their tools exist, installing what is
//! missing from the package registries only (the crate registry, npm, Debian): nothing
//! here downloads a prebuilt binary or a browser.
//!
//! Here: the task list and the dispatch. `pins` holds every pinned version, `install`
//! the tool checks and installers, `test` the ordered suite, `dist` the release build
//! and `serve`, `size` the size report, `fuzz` the fuzz targets' build and runs, `root` finds the project root at run time,
//! `cmd` the shared command helpers.

use std::env;
use std::process::ExitCode;

mod cmd;
mod dist;
mod fuzz;
mod install;
mod pins;
mod root;
mod size;
mod social;
mod test;
mod wasmsize;
mod web;

const TASKS: &str = "\
cargo xtask <task>

Tasks:
  serve     build and serve the app at http://127.0.0.1:8080, rebuilding on change
  test      the full test suite, in order: fmt, clippy (native + wasm), native tests,
            a short fuzz pass, browser tests (wasm-bindgen-test in headless Chromium), release build,
            end-to-end tests (Playwright) and the size report
  dist      the release build into dist/ (relative URLs: works from any subfolder);
            `dist --site-url URL` also names its social preview image absolutely
  size      the size report of dist/ (raw, gzip -9 and brotli of every file; the wasm
            module's code by crate and by our own module)
  fuzz      the URL decoder, the scenario-file reader and the CLI's argument parser under
            libFuzzer: `fuzz [--execs N] [--seconds S] [--target T]` (N in total, split
            evenly over the targets; default 10,000,000); figures in target/report/fuzz.json
  tools     install the pinned tools only (what `serve` and `test` do first)
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    // Found at run time (see `root`); the task list prints even when there is none.
    let root = root::enter();
    let result = match args.first().map(String::as_str) {
        Some("serve") => {
            root.and_then(|root| install::ensure_build_tools(&root).and_then(|t| dist::serve(&t)))
        }
        Some("test") => root.and_then(|root| test::suite(&root)),
        Some("dist") => root.and_then(|root| {
            social::site_url(&args[1..]).and_then(|site| {
                install::ensure_build_tools(&root)
                    .and_then(|t| dist::build(&root, &t, site.as_deref()))
            })
        }),
        Some("size") => root.and_then(|root| {
            size::report(
                &root.join("dist"),
                &root.join("target/report/size.json"),
                pins::GZIP_TARGET_BYTES,
                pins::GZIP_BUDGET_BYTES,
            )
        }),
        Some("fuzz") => root.and_then(|root| {
            fuzz::parse(&args[1..])
                .and_then(|(budget, targets)| fuzz::fuzz(&root, budget, &targets))
        }),
        Some("tools") => root.and_then(|root| {
            install::ensure_build_tools(&root).and_then(|_| install::ensure_test_tools(&root))
        }),
        _ => {
            print!("{TASKS}");
            return if args.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}
