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

/// `trunk build --release` into `dist/`, made to run under the strict policy and offline
/// ([`crate::web::finish`]), then the pinned copy and the precompressed files.
pub fn build(root: &Path, tools: &Tools, site: Option<&str>) -> Result {
    run(cargo().args(["fetch"]), "cargo fetch")?;
    run(
        trunk(tools).args(["build", "--release", "--offline"]),
        "trunk build --release",
    )?;
    static_shell(root)?;
    social_preview(root, site)?;
    crate::web::finish(&root.join("dist"))?;
    pin_version(root)?;
    precompress(&root.join("dist"))
}

/// The mark in `index.html` where the static shell goes.
const SHELL_MARK: &str = "<!-- static-shell -->";

/// Writes the page's static shell (the default verdict before the WebAssembly runs, issue
/// 16) into `dist/index.html` at [`SHELL_MARK`], and its picture, `dist/preview.svg`: the
/// CLI's `shell` and `preview` commands, so the words, numbers and chart are this build's
/// model's and cannot drift.
fn static_shell(root: &Path) -> Result {
    let shell = cli(root, "shell")?;
    let index = root.join("dist/index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("reading dist/index.html: {e}"))?;
    if html.matches(SHELL_MARK).count() != 1 {
        return Err(format!("dist/index.html: expected one `{SHELL_MARK}` mark"));
    }
    fs::write(&index, html.replacen(SHELL_MARK, shell.trim_end(), 1))
        .map_err(|e| format!("writing dist/index.html: {e}"))?;
    let preview = cli(root, "preview")?;
    fs::write(root.join("dist/preview.svg"), preview)
        .map_err(|e| format!("writing dist/preview.svg: {e}"))
}

/// The mark in `index.html`'s head where the social preview's tags go.
const SOCIAL_MARK: &str = "<!-- social -->";

/// `dist/preview.png` from `dist/preview.svg` and its tags at [`SOCIAL_MARK`]
/// ([`crate::social`]).
fn social_preview(root: &Path, site: Option<&str>) -> Result {
    let dist = root.join("dist");
    let (size, warning) = crate::social::png(&dist)?;
    if let Some(w) = warning {
        eprintln!("xtask: warning: {w}");
    }
    if site.is_none() {
        eprintln!("xtask: note: og:image names preview.png relative to the page; `cargo xtask dist --site-url URL` names it absolutely, as most link previews need");
    }
    let alt = "Cumulative emissions of an orbital data centre and the same compute on Earth, year by year, in Orbital Footprint's default scenario";
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("reading dist/index.html: {e}"))?;
    if html.matches(SOCIAL_MARK).count() != 1 {
        return Err(format!(
            "dist/index.html: expected one `{SOCIAL_MARK}` mark"
        ));
    }
    let tags = crate::social::tags(size, site, alt);
    fs::write(&index, html.replacen(SOCIAL_MARK, &tags, 1))
        .map_err(|e| format!("writing dist/index.html: {e}"))
}

/// What `orbital-footprint <command>` prints (the release CLI, built as needed).
fn cli(root: &Path, command: &str) -> Result<String> {
    let out = cargo()
        .current_dir(root)
        .args([
            "run",
            "-q",
            "--release",
            "--no-default-features",
            "--bin",
            "orbital-footprint",
            "--",
            command,
        ])
        .output()
        .map_err(|e| format!("running orbital-footprint {command}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "orbital-footprint {command} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("orbital-footprint {command}: {e}"))
}

/// Every file of `dir`, recursively, except the precompressed copies themselves.
fn originals(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result {
    let entries = fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            originals(&p, out)?;
        } else if !is_precompressed(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// Runs `cmd` without echoing it (one per file); fails with `what` on a bad status.
fn quiet(cmd: &mut Command, what: &str) -> Result {
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{what} failed ({s})")),
        Err(e) => Err(format!("{what}: could not start: {e}")),
    }
}

/// A `.gz` or `.br` copy that `precompress` wrote.
pub fn is_precompressed(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("gz") | Some("br")
    )
}

/// Writes `f.gz` (gzip -9) and, with Debian's brotli, `f.br` (quality 11) beside every
/// file, for hosts that serve precompressed files (README, "Hosting").
fn precompress(dist: &Path) -> Result {
    let mut list = Vec::new();
    originals(dist, &mut list)?;
    let brotli = Path::new(crate::pins::APT_BROTLI.1).exists();
    for f in &list {
        let name = f.display().to_string();
        quiet(
            Command::new("gzip").args(["-9", "-n", "-k", "-f"]).arg(f),
            &format!("gzip {name}"),
        )?;
        if brotli {
            quiet(
                Command::new(crate::pins::APT_BROTLI.1)
                    .args(["-q", "11", "-k", "-f"])
                    .arg(f),
                &format!("brotli {name}"),
            )?;
        }
    }
    println!(
        "precompressed: {} files (.gz{})",
        list.len(),
        if brotli {
            " and .br"
        } else {
            "; no .br: Debian's brotli is not installed, `cargo xtask tools` installs it"
        }
    );
    Ok(())
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
