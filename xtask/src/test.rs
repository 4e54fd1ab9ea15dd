//! The ordered test pipeline behind `cargo xtask test`.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::cmd::{cargo, run, step, Result};
use crate::{dist, fuzz, install, pins, size};

/// The full suite, failing fast. Prints a closing `N passed, N failed` line.
pub fn suite(root: &Path) -> Result {
    let started = Instant::now();
    let tools = install::ensure_build_tools(root)?;
    install::ensure_test_tools(root)?;
    let wasm = [
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "orbital-footprint",
    ];
    let mut passed = 0;
    let mut check = |name: &str, r: Result| -> Result {
        match r {
            Ok(()) => {
                passed += 1;
                println!("ok   {name}");
                Ok(())
            }
            Err(e) => {
                println!("\nxtask: {passed} passed, 1 failed");
                Err(format!("{name}: {e}"))
            }
        }
    };

    step("1/9 formatting");
    check(
        "cargo fmt --check",
        run(
            cargo().args(["fmt", "--all", "--check"]),
            "cargo fmt --check (run `cargo fmt --all`)",
        ),
    )?;
    // The fuzz crate is outside the workspace, so `--all` does not reach it.
    check(
        "cargo fmt --check (fuzz/)",
        run(
            cargo().args(["fmt", "--manifest-path", "fuzz/Cargo.toml", "--check"]),
            "cargo fmt --check in fuzz/ (run `cargo fmt --manifest-path fuzz/Cargo.toml`)",
        ),
    )?;

    step("2/9 clippy, native and wasm");
    check(
        "clippy native",
        run(
            cargo().args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "cargo clippy (native)",
        )
        .and_then(|_| {
            run(
                cargo().args([
                    "clippy",
                    "-p",
                    "orbital-footprint",
                    "--no-default-features",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ]),
                "cargo clippy (native, no default features)",
            )
        }),
    )?;
    check(
        "clippy wasm",
        run(
            cargo().args(["clippy"]).args(wasm).args([
                "--lib",
                "--bin",
                "orbital-footprint-web",
                "--test",
                "web",
                "--",
                "-D",
                "warnings",
            ]),
            "cargo clippy (wasm32)",
        ),
    )?;

    step("3/9 native tests (model, data, share, CLI)");
    check(
        "native tests",
        run(
            cargo().args(["test", "-p", "orbital-footprint", "--no-default-features"]),
            "cargo test --no-default-features",
        )
        .and_then(|_| run(cargo().args(["test", "-p", "xtask"]), "cargo test -p xtask")),
    )?;

    step("4/9 fuzzing, short pass (libFuzzer, 20 s a target; `cargo xtask fuzz` runs 10 M)");
    check(
        "fuzz short pass",
        fuzz::fuzz(
            root,
            fuzz::Budget::Seconds(fuzz::SHORT_PASS_SECONDS),
            fuzz::TARGETS,
        ),
    )?;

    step("5/9 browser tests: wasm-bindgen-test in headless Chromium");
    check(
        "browser tests",
        run(
            cargo()
                .args(["test"])
                .args(wasm)
                .args(["--test", "web"])
                .env("PATH", &tools.path)
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("CHROMEDRIVER", "/usr/bin/chromedriver")
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
            "wasm-bindgen-test",
        ),
    )?;

    step("6/9 release build (trunk build --release → dist/)");
    check("release build", dist::build(root, &tools, None))?;

    // Before the e2e tests: one of them checks the report against what the browser fetches.
    step("7/9 size report (gzip -9 of every file in dist/)");
    check(
        "size budget",
        size::report(
            &root.join("dist"),
            &root.join("target/report/size.json"),
            pins::GZIP_TARGET_BYTES,
            pins::GZIP_BUDGET_BYTES,
        ),
    )?;

    step("8/9 end-to-end tests (Playwright, system Chromium, dist/ under a subfolder)");
    check(
        "e2e tests",
        run(
            Command::new("node")
                .args(["--test", "--test-concurrency=1", "tests/e2e/"])
                .env("E2E_DIST", root.join("dist")),
            "node --test tests/e2e/",
        ),
    )?;

    step(
        "9/9 benchmark smoke (the benchmark compiles and runs; figures are reported, not asserted)",
    );
    check(
        "bench smoke",
        run(
            cargo()
                .args([
                    "bench",
                    "-p",
                    "orbital-footprint",
                    "--no-default-features",
                    "--bench",
                    "evaluate",
                ])
                .env("BENCH_QUICK", "1"),
            "cargo bench (quick)",
        ),
    )?;

    println!(
        "\nall checks passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    println!("xtask: {passed} passed, 0 failed");
    Ok(())
}
