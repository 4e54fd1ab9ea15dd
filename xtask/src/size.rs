//! The size report: raw and gzip -9 bytes of every file in `dist/`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            files(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Bytes of `data` after `gzip -9` (Debian's gzip; no compression crate to build).
fn gzip9_len(data: &[u8]) -> Result<u64, String> {
    let mut child = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip: no stdin")?;
    let data = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().map_err(|e| format!("gzip: {e}"))?;
    writer
        .join()
        .map_err(|_| "gzip writer panicked")?
        .map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len() as u64)
}

/// Prints the table, writes `json_out`, reports against `target`, and fails when the
/// files the page loads (everything except versioned copies under `v/`) exceed
/// `budget` bytes gzipped.
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
    println!("{:<48} {:>10} {:>10}", "file", "raw B", "gzip -9 B");
    for p in &list {
        let rel = p
            .strip_prefix(dist)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        let data = fs::read(p).map_err(|e| format!("{rel}: {e}"))?;
        let gz = gzip9_len(&data)?;
        println!("{:<48} {:>10} {:>10}", rel, data.len(), gz);
        // Files fetched only when needed (the Chinese catalogue) are not part of the
        // first load; they are reported beside it.
        let on_demand = crate::pins::ON_DEMAND.contains(&rel.as_str());
        let page = !rel.starts_with("v/") && !on_demand;
        if page {
            raw_total += data.len() as u64;
            gz_total += gz;
        }
        if on_demand {
            demand_total += gz;
        }
        rows.push(format!(
            "    {{\"file\": \"{rel}\", \"raw\": {}, \"gzip\": {gz}, \"page\": {page}, \"on_demand\": {on_demand}}}",
            data.len()
        ));
    }
    println!(
        "{:<48} {:>10} {:>10}",
        "total (page files)", raw_total, gz_total
    );
    println!(
        "{:<48} {:>10} {:>10}",
        "on demand (Chinese catalogue, not in the total)", "", demand_total
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
    let json = format!(
        "{{\n  \"target_gzip\": {target},\n  \"budget_gzip\": {budget},\n  \"total_raw\": {raw_total},\n  \"total_gzip\": {gz_total},\n  \"files\": [\n{}\n  ]\n}}\n",
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
