//! The release build into `dist/`, its pinned `dist/v/<version>/` copy, and `serve`.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::cmd::{cargo, run, Result};
use crate::install::Tools;

fn trunk(tools: &Tools) -> Command {
    let mut c = Command::new(&tools.trunk);
    c.env("PATH", &tools.path);
    c
}

pub fn serve(tools: &Tools) -> Result {
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

/// `trunk build --release` into `dist/`, then the pinned copy.
pub fn build(root: &Path, tools: &Tools) -> Result {
    run(cargo().args(["fetch"]), "cargo fetch")?;
    run(
        trunk(tools).args(["build", "--release", "--offline"]),
        "trunk build --release",
    )?;
    pin_version(root)
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
