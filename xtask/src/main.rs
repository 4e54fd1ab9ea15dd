//! `cargo xtask`: the project's build system.
//!
//! `cargo xtask serve` builds and serves the app; `cargo xtask test` runs every check
//! in a fixed order. Both first make sure their tools exist, installing what is
//! missing from the package registries only (crates.io, npm, Debian): nothing here
//! downloads a prebuilt binary or a browser.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

mod size;

/// Every pinned tool, in one table. Why each pin: ARCHITECTURE.md, "Tool pinning".
mod pins {
    /// Trunk 0.22 needs rustc ≥ 1.96.1; 0.21.14 is the newest that builds on rustc 1.95.
    pub const TRUNK: &str = "0.21.14";
    /// npm `binaryen` 132 optimises today's rustc output correctly; Debian's binaryen 108
    /// silently breaks it (`WebAssembly.Table.set(): Argument 1 is invalid for table`).
    pub const BINARYEN_NPM: &str = "132.0.0";
    /// The version string Trunk expects in `Trunk.toml` `[tools] wasm_opt`.
    pub const WASM_OPT_TRUNK: &str = "version_132";
    /// Debian packages for browser tests.
    pub const APT_BROWSER: &[&str] = &["chromium", "chromium-driver"];
    /// The product target for everything the page loads, gzip -9 (README, Targets):
    /// reported against, not enforced while it is not met.
    pub const GZIP_TARGET_BYTES: u64 = 150 * 1024;
    /// Enforced ceiling: a ratchet a little above the current size, so growth is a
    /// decision, not an accident. Lower it whenever the bundle shrinks.
    pub const GZIP_BUDGET_BYTES: u64 = 280 * 1024;
}

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
        Some("serve") => ensure_build_tools(&root).and_then(|t| serve(&t)),
        Some("test") => test(&root),
        Some("dist") => ensure_build_tools(&root).and_then(|t| dist(&t)),
        Some("size") => size::report(
            &root.join("dist"),
            &root.join("target/report/size.json"),
            pins::GZIP_TARGET_BYTES,
            pins::GZIP_BUDGET_BYTES,
        ),
        Some("tools") => ensure_build_tools(&root).and_then(|_| ensure_test_tools(&root)),
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

type Result<T = ()> = std::result::Result<T, String>;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the project root")
        .to_path_buf()
}

fn cargo() -> Command {
    Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs a command, streaming its output; fails with `what` when it exits non-zero.
fn run(cmd: &mut Command, what: &str) -> Result {
    println!("\n$ {}", describe(cmd));
    let status = cmd
        .status()
        .map_err(|e| format!("{what}: could not start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// The first line a tool prints for `--version`, or None when it is not installed.
fn version_of(program: &Path, arg: &str) -> Option<String> {
    let out = Command::new(program).arg(arg).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    Some(text.lines().next().unwrap_or("").trim().to_string())
}

fn cargo_bin_dir() -> PathBuf {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env::var_os("HOME").unwrap_or_default()).join(".cargo"));
    home.join("bin")
}

/// Paths of the tools the build uses, and the PATH that puts them first.
struct Tools {
    trunk: PathBuf,
    path: OsString,
}

/// The `wasm-bindgen` version pinned in Cargo.lock (Cargo.toml pins it with `=`).
fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let lock = fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|v| v.trim().strip_prefix("version = \""))
            {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn step(msg: &str) {
    println!("\n== {msg}");
}

/// Makes sure the wasm target, Trunk, wasm-bindgen-cli and wasm-opt are installed at
/// their pinned versions, installing what is missing.
fn ensure_build_tools(root: &Path) -> Result<Tools> {
    let started = Instant::now();
    step("checking build tools");
    // 1. The wasm target.
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    let has_target = installed
        .as_ref()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == "wasm32-unknown-unknown")
        })
        .unwrap_or(false);
    if has_target {
        println!("ok   rustup target wasm32-unknown-unknown");
    } else {
        println!("install  rustup target wasm32-unknown-unknown (the app compiles to WebAssembly)");
        run(
            Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
            "rustup target add",
        )?;
    }

    let bin = cargo_bin_dir();
    // 2. Trunk.
    let trunk = bin.join("trunk");
    let want = format!("trunk {}", pins::TRUNK);
    match version_of(&trunk, "--version") {
        Some(v) if v == want => println!("ok   {v}"),
        found => {
            println!(
                "install  trunk {} from crates.io (bundles the app; found {:?}); compiling from source takes ~10 min on 2 cores",
                pins::TRUNK,
                found
            );
            run(
                cargo().args([
                    "install",
                    "--locked",
                    "trunk",
                    "--version",
                    pins::TRUNK,
                    "--force",
                ]),
                "installing trunk",
            )?;
        }
    }

    // 3. wasm-bindgen-cli at exactly the Cargo.lock version.
    let wb_version = locked_wasm_bindgen(root)?;
    let wb = bin.join("wasm-bindgen");
    let want = format!("wasm-bindgen {wb_version}");
    let have_runner = bin.join("wasm-bindgen-test-runner").exists();
    match version_of(&wb, "--version") {
        Some(v) if v == want && have_runner => println!("ok   {v} (+ wasm-bindgen-test-runner)"),
        found => {
            println!(
                "install  wasm-bindgen-cli {wb_version} from crates.io (must equal Cargo.lock's wasm-bindgen; found {found:?}); ~7 min"
            );
            // Without --locked: the registry lacks one transitive version its lockfile pins.
            run(
                cargo().args([
                    "install",
                    "wasm-bindgen-cli",
                    "--version",
                    &wb_version,
                    "--force",
                ]),
                "installing wasm-bindgen-cli",
            )?;
        }
    }

    // 4. wasm-opt from the npm `binaryen` package, installed under xtask/npm.
    let npm_dir = root.join("xtask/npm");
    let npm_bin = npm_dir.join("node_modules/.bin");
    let wasm_opt = npm_bin.join("wasm-opt");
    let want = "wasm-opt version 132";
    match version_of(&wasm_opt, "--version") {
        Some(v) if v.starts_with(want) => println!("ok   {v} (npm binaryen)"),
        found => {
            println!(
                "install  npm binaryen@{} into xtask/npm (wasm-opt; found {found:?})",
                pins::BINARYEN_NPM
            );
            run(
                Command::new("npm")
                    .args(["ci", "--no-audit", "--no-fund"])
                    .current_dir(&npm_dir),
                "npm ci (xtask/npm)",
            )?;
        }
    }
    let trunk_toml = fs::read_to_string(root.join("Trunk.toml"))
        .map_err(|e| format!("reading Trunk.toml: {e}"))?;
    if !trunk_toml.contains(&format!("wasm_opt = \"{}\"", pins::WASM_OPT_TRUNK))
        || !trunk_toml.contains(&format!("wasm_bindgen = \"{wb_version}\""))
    {
        return Err(format!(
            "Trunk.toml [tools] must pin wasm_bindgen = \"{wb_version}\" and wasm_opt = \"{}\", the installed versions; \
             otherwise Trunk tries to download them",
            pins::WASM_OPT_TRUNK
        ));
    }

    // Our tools first on PATH, so Trunk finds these exact versions and never downloads.
    let mut paths = vec![npm_bin, bin.clone()];
    paths.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    let path = env::join_paths(paths).map_err(|e| e.to_string())?;
    println!(
        "build tools ready in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(Tools { trunk, path })
}

/// The names in a package.json's `devDependencies` (a flat object of strings).
fn npm_dev_dependencies(package_json: &Path) -> Result<Vec<String>> {
    let text = fs::read_to_string(package_json)
        .map_err(|e| format!("reading {}: {e}", package_json.display()))?;
    let body = text
        .split("\"devDependencies\"")
        .nth(1)
        .and_then(|rest| rest.split_once('{'))
        .and_then(|(_, rest)| rest.split_once('}'))
        .map(|(body, _)| body)
        .ok_or_else(|| format!("{}: no devDependencies", package_json.display()))?;
    Ok(body
        .split(',')
        .filter_map(|entry| entry.split(':').next())
        .map(|name| name.trim().trim_matches('"').to_string())
        .filter(|name| !name.is_empty())
        .collect())
}

/// Makes sure Debian's Chromium and ChromeDriver and the e2e npm packages are installed.
fn ensure_test_tools(root: &Path) -> Result {
    step("checking test tools");
    let missing: Vec<&str> = pins::APT_BROWSER
        .iter()
        .copied()
        .filter(|p| {
            let bin = if *p == "chromium-driver" {
                "/usr/bin/chromedriver"
            } else {
                "/usr/bin/chromium"
            };
            !Path::new(bin).exists()
        })
        .collect();
    if missing.is_empty() {
        println!(
            "ok   {}",
            version_of(Path::new("/usr/bin/chromium"), "--version").unwrap_or_default()
        );
    } else {
        let is_root = Command::new("id")
            .arg("-u")
            .output()
            .map(|o| o.stdout.starts_with(b"0"))
            .unwrap_or(false);
        let cmd = format!("apt-get update && apt-get install -y {}", missing.join(" "));
        if !is_root {
            return Err(format!("browser tests need Debian's Chromium; run as root:\n    sudo sh -c '{cmd}'\nthen run `cargo xtask test` again"));
        }
        println!(
            "install  {} from Debian (headless browser for browser and e2e tests)",
            missing.join(", ")
        );
        run(Command::new("apt-get").arg("update"), "apt-get update")?;
        run(
            Command::new("apt-get")
                .args(["install", "-y"])
                .args(&missing)
                .env("DEBIAN_FRONTEND", "noninteractive"),
            "apt-get install",
        )?;
    }
    let e2e = root.join("tests/e2e");
    let wanted = npm_dev_dependencies(&e2e.join("package.json"))?;
    let installed = |name: &String| {
        e2e.join("node_modules")
            .join(name)
            .join("package.json")
            .exists()
    };
    if wanted.iter().all(installed) {
        println!("ok   {} (tests/e2e/node_modules)", wanted.join(", "));
    } else {
        println!(
            "install  {} via npm ci in tests/e2e (playwright-core drives the system Chromium and downloads no browser; axe-core checks accessibility)",
            wanted.join(", ")
        );
        run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&e2e)
                .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
            "npm ci (tests/e2e)",
        )?;
    }
    Ok(())
}

fn trunk(tools: &Tools) -> Command {
    let mut c = Command::new(&tools.trunk);
    c.env("PATH", &tools.path);
    c
}

fn serve(tools: &Tools) -> Result {
    run(cargo().args(["fetch"]), "cargo fetch")?;
    println!("\nServing Orbital Footprint at http://127.0.0.1:8080/ (Ctrl-C to stop; rebuilds on change)");
    run(
        trunk(tools).args([
            "serve",
            "--offline",
            "--address",
            "127.0.0.1",
            "--port",
            "8080",
        ]),
        "trunk serve",
    )
}

fn dist(tools: &Tools) -> Result {
    run(cargo().args(["fetch"]), "cargo fetch")?;
    run(
        trunk(tools).args(["build", "--release", "--offline"]),
        "trunk build --release",
    )?;
    pin_version(&project_root())
}

/// The package version from Cargo.toml.
fn package_version(root: &Path) -> Result<String> {
    let toml = fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| format!("reading Cargo.toml: {e}"))?;
    let pkg = toml
        .split("[package]")
        .nth(1)
        .ok_or("Cargo.toml has no [package]")?;
    pkg.lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("version = \"")
                .map(|v| v.trim_end_matches('"').to_string())
        })
        .ok_or_else(|| "Cargo.toml [package] has no version".into())
}

/// Copies the release build into `dist/v/<version>/`, so pinned embeds keep showing the
/// numbers of the version they were made with after later releases replace `dist/`.
fn pin_version(root: &Path) -> Result {
    let version = package_version(root)?;
    let dist = root.join("dist");
    let target = dist.join("v").join(&version);
    fs::create_dir_all(&target).map_err(|e| format!("creating {}: {e}", target.display()))?;
    let entries = fs::read_dir(&dist).map_err(|e| format!("reading dist/: {e}"))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_file() {
            let to = target.join(entry.file_name());
            fs::copy(&p, &to)
                .map_err(|e| format!("copying {} to {}: {e}", p.display(), to.display()))?;
        }
    }
    println!("pinned copy: dist/v/{version}/");
    Ok(())
}

/// The full suite, failing fast. Prints a closing `N passed, N failed` line.
fn test(root: &Path) -> Result {
    let started = Instant::now();
    let tools = ensure_build_tools(root)?;
    ensure_test_tools(root)?;
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

    step("1/8 formatting");
    check(
        "cargo fmt --check",
        run(
            cargo().args(["fmt", "--all", "--check"]),
            "cargo fmt --check (run `cargo fmt --all`)",
        ),
    )?;

    step("2/8 clippy, native and wasm");
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

    step("3/8 native tests (model, data, share, CLI)");
    check(
        "native tests",
        run(
            cargo().args(["test", "-p", "orbital-footprint", "--no-default-features"]),
            "cargo test --no-default-features",
        ),
    )?;

    step("4/8 browser tests: wasm-bindgen-test in headless Chromium");
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

    step("5/8 release build (trunk build --release → dist/)");
    check("release build", dist(&tools))?;

    step("6/8 end-to-end tests (Playwright, system Chromium, dist/ under a subfolder)");
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
        "7/8 benchmark smoke (the benchmark compiles and runs; figures are reported, not asserted)",
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

    step("8/8 size report (gzip -9 of every file in dist/)");
    check(
        "size budget",
        size::report(
            &root.join("dist"),
            &root.join("target/report/size.json"),
            pins::GZIP_TARGET_BYTES,
            pins::GZIP_BUDGET_BYTES,
        ),
    )?;

    println!(
        "\nall checks passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    println!("xtask: {passed} passed, 0 failed");
    Ok(())
}
