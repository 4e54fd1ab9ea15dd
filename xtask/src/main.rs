//! `cargo xtask`: the project's build system.
//!
//! `cargo xtask serve` builds and serves the app; `cargo xtask test` runs every check
//! in a fixed order. Both first make sure their tools exist, installing what is
//! missing from the package registries only (the crate registry, npm, Debian): nothing
//! here downloads a prebuilt binary or a browser.
//!
//! Here: the task list and the dispatch. `pins` holds every pinned version, `install`
//! the tool checks and installers, `test` the ordered suite, `dist` the release build
//! and `serve`, `size` the size report, `cmd` the shared command helpers.

use std::env;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod cmd;
mod dist;
mod install;
mod pins;
mod size;
mod test;

const TASKS: &str = "\
cargo xtask <task>

Tasks:
  serve     build and serve the app at http://127.0.0.1:8080, rebuilding on change
  test      the full test suite, in order: fmt, clippy (native + wasm), native tests,
            browser tests (wasm-bindgen-test in headless Chromium), release build,
            end-to-end tests (Playwright) and the size report
  dist      the release build into dist/ (relative URLs: works from any subfolder)
  size      the size report of dist/ (raw and gzip -9 of every file)
  tools     install the pinned tools only (what `serve` and `test` do first)
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    env::set_current_dir(&root).expect("cd to project root");
    let result = match args.first().map(String::as_str) {
        Some("serve") => install::ensure_build_tools(&root).and_then(|t| dist::serve(&t)),
        Some("test") => test::suite(&root),
        Some("dist") => install::ensure_build_tools(&root).and_then(|t| dist::build(&root, &t)),
        Some("size") => size::report(
            &root.join("dist"),
            &root.join("target/report/size.json"),
            pins::GZIP_TARGET_BYTES,
            pins::GZIP_BUDGET_BYTES,
        ),
        Some("tools") => {
            install::ensure_build_tools(&root).and_then(|_| install::ensure_test_tools(&root))
        }
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

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the project root")
        .to_path_buf()
}
