//! The size report: raw, gzip -9 and brotli -q 11 bytes of every file in `dist/`, and
//! where the wasm module's bytes go (by crate and by our own module).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            files(&p, out)?;
        } else if !crate::dist::is_precompressed(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// Bytes of `data` after `gzip -9` (Debian's gzip; no compression crate to build).
fn gzip9_len(data: &[u8]) -> Result<u64, String> {
    piped_len("gzip", &["-9", "-c", "-n"], data)
}

/// Bytes of `data` after `brotli -q 11`, when Debian's brotli is installed.
fn brotli_len(data: &[u8]) -> Result<Option<u64>, String> {
    let bin = crate::pins::APT_BROTLI.1;
    if !Path::new(bin).exists() {
        return Ok(None);
    }
    piped_len(bin, &["-q", "11", "-c"], data).map(Some)
}

/// Bytes `program args` writes for `data` on its standard input.
fn piped_len(program: &str, args: &[&str], data: &[u8]) -> Result<u64, String> {
    let gzip = program;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{gzip}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or(format!("{gzip}: no stdin"))?;
    let data = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("{gzip}: {e}"))?;
    writer
        .join()
        .map_err(|_| format!("{gzip} writer panicked"))?
        .map_err(|e| format!("{gzip}: {e}"))?;
    Ok(out.stdout.len() as u64)
}

/// Prints the table, writes `json_out`, reports against `target`, and fails when the
/// files the page loads before its first verdict (everything except versioned copies
/// under `v/`, the on-demand files and those for host pages) exceed `budget` bytes
/// gzipped. e2e (`ondemand.test.mjs`) checks that this is what the browser fetches.
pub fn report(dist: &Path, json_out: &Path, target: u64, budget: u64) -> Result<(), String> {
    let mut list = Vec::new();
    files(dist, &mut list).map_err(|e| {
        format!(
            "reading {}: {e} (run `cargo xtask dist` first)",
            dist.display()
        )
    })?;
    list.sort();
    let mut rows = Vec::new();
    let (mut raw_total, mut gz_total, mut demand_total) = (0u64, 0u64, 0u64);
    let mut br_total: Option<u64> = Some(0);
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "file", "raw B", "gzip -9 B", "brotli B"
    );
    for p in &list {
        let rel = p
            .strip_prefix(dist)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        let data = fs::read(p).map_err(|e| format!("{rel}: {e}"))?;
        let gz = gzip9_len(&data)?;
        let br = brotli_len(&data)?;
        let br_text = br.map_or("–".to_string(), |b| b.to_string());
        println!("{:<48} {:>10} {:>10} {:>10}", rel, data.len(), gz, br_text);
        // Files fetched only when needed (the Chinese catalogue) are not part of the
        // first load; they are reported beside it.
        let on_demand = crate::pins::ON_DEMAND.contains(&rel.as_str());
        let for_hosts = crate::pins::FOR_HOSTS.contains(&rel.as_str());
        let page = !rel.starts_with("v/") && !on_demand && !for_hosts;
        if page {
            raw_total += data.len() as u64;
            gz_total += gz;
            br_total = br_total.zip(br).map(|(t, b)| t + b);
        }
        if on_demand {
            demand_total += gz;
        }
        rows.push(format!(
            "    {{\"file\": \"{rel}\", \"raw\": {}, \"gzip\": {gz}, \"brotli\": {}, \"page\": {page}, \"on_demand\": {on_demand}}}",
            data.len(),
            br.map_or("null".to_string(), |b| b.to_string())
        ));
    }
    let br_total_text = br_total.map_or("–".to_string(), |b| b.to_string());
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "total (page files)", raw_total, gz_total, br_total_text
    );
    println!(
        "{:<48} {:>10} {:>10}",
        "on demand (catalogue, notes, sw.js, manifest)", "", demand_total
    );
    println!(
        "target: {gz_total} of {target} bytes gzip ({:.0} %): {}",
        100.0 * gz_total as f64 / target as f64,
        if gz_total <= target { "met" } else { "NOT met" }
    );
    println!(
        "budget: {gz_total} of {budget} bytes gzip ({:.0} %)",
        100.0 * gz_total as f64 / budget as f64
    );
    if let Some(dir) = json_out.parent() {
        fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let wasm = wasm_breakdown();
    let json = format!(
        "{{\n  \"target_gzip\": {target},\n  \"budget_gzip\": {budget},\n  \"total_raw\": {raw_total},\n  \"total_gzip\": {gz_total},\n  \"total_brotli\": {},\n  \"on_demand_gzip\": {demand_total},\n  \"files\": [\n{}\n  ],\n  \"wasm_breakdown\": {wasm}\n}}\n",
        br_total.map_or("null".to_string(), |b| b.to_string()),
        rows.join(",\n")
    );
    fs::write(json_out, json).map_err(|e| e.to_string())?;
    println!("wrote {}", json_out.display());
    if gz_total > budget {
        return Err(format!(
            "dist/ is {gz_total} B gzip, over the {budget} B budget"
        ));
    }
    Ok(())
}

/// The linker's module for the page (Trunk builds it with the `wasm-release` profile
/// before wasm-bindgen and wasm-opt strip its names): prints the largest crates and our
/// largest modules and returns them as JSON (`null` when there is no such build).
fn wasm_breakdown() -> String {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    let path = target.join("wasm32-unknown-unknown/wasm-release/orbital-footprint-web.wasm");
    let Some(b) = fs::read(&path)
        .ok()
        .and_then(|bytes| crate::wasmsize::breakdown(&bytes, "orbital_footprint"))
    else {
        println!("wasm breakdown: no linker output at {}", path.display());
        return "null".into();
    };
    let (crates, crates_rest) = crate::wasmsize::top(&b.by_crate, 20);
    let (modules, modules_rest) = crate::wasmsize::top(&b.by_module, 30);
    println!(
        "\nwasm module before wasm-bindgen and wasm-opt ({}): code {} B, data {} B, other {} B, unnamed code {} B",
        path.display(),
        b.code,
        b.data,
        b.other,
        b.unnamed
    );
    println!("{:<48} {:>10} {:>6}", "code by crate", "raw B", "share");
    let pct = |x: u64| 100.0 * x as f64 / b.code.max(1) as f64;
    for (k, v) in &crates {
        println!("{:<48} {:>10} {:>5.1}%", k, v, pct(*v));
    }
    println!(
        "{:<48} {:>10} {:>5.1}%",
        "(the rest)",
        crates_rest,
        pct(crates_rest)
    );
    println!(
        "{:<48} {:>10} {:>6}",
        "our code by module", "raw B", "share"
    );
    for (k, v) in &modules {
        println!("{:<48} {:>10} {:>5.1}%", k, v, pct(*v));
    }
    println!(
        "{:<48} {:>10} {:>5.1}%",
        "(the rest)",
        modules_rest,
        pct(modules_rest)
    );
    let obj = |v: &[(String, u64)], rest: u64| {
        let mut items: Vec<String> = v
            .iter()
            .map(|(k, b)| format!("{{\"name\": \"{}\", \"raw\": {b}}}", k.replace('"', "'")))
            .collect();
        items.push(format!("{{\"name\": \"(the rest)\", \"raw\": {rest}}}"));
        format!("[{}]", items.join(", "))
    };
    format!(
        "{{\"code\": {}, \"data\": {}, \"other\": {}, \"unnamed_code\": {}, \"by_crate\": {}, \"by_module\": {}}}",
        b.code,
        b.data,
        b.other,
        b.unnamed,
        obj(&crates, crates_rest),
        obj(&modules, modules_rest)
    )
}
