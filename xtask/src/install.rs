//! Tool checks and installers: what `serve`, `dist`, `test` and `tools` make sure of
//! first. Everything comes from the package registries only (the crate registry, npm,
//! Debian): nothing here downloads a prebuilt binary or a browser.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::cmd::{cargo, run, step, Result};
use crate::pins;

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
pub struct Tools {
    pub trunk: PathBuf,
    pub path: OsString,
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

/// Makes sure the wasm target, Trunk, wasm-bindgen-cli and wasm-opt are installed at
/// their pinned versions, installing what is missing.
pub fn ensure_build_tools(root: &Path) -> Result<Tools> {
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
                "install  trunk {} from the crate registry (bundles the app; found {:?}); compiling from source takes ~10 min on 2 cores",
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
                "install  wasm-bindgen-cli {wb_version} from the crate registry (must equal Cargo.lock's wasm-bindgen; found {found:?}); ~7 min"
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
pub fn ensure_test_tools(root: &Path) -> Result {
    step("checking test tools");
    let mut missing: Vec<&str> = pins::APT_BROWSER
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
    let (font, font_file) = pins::APT_CJK_FONT;
    if !Path::new(font_file).exists() {
        missing.push(font);
    }
    let (brotli, brotli_bin) = pins::APT_BROTLI;
    if !Path::new(brotli_bin).exists() {
        missing.push(brotli);
    }
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
            "install  {} from Debian (headless browser and CJK fonts for browser and e2e tests; brotli for the precompressed copies and the size report)",
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
