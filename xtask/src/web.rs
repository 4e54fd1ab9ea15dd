//! After Trunk: the page made to run under a strict Content Security Policy and offline.
//!
//! Trunk writes its loader as an inline `<script type="module">`, which a policy without
//! `'unsafe-inline'` blocks. [`finish`] moves it into `loader-<hash>.js` with the service
//! worker's registration (`web/register.js`) after it, puts the policy ([`CSP`]), the web
//! app manifest and its theme colour at the top of `<head>`, writes `manifest.webmanifest`
//! and `sw.js` (from `web/sw.js`, with the list of every file of the build), and fails when
//! the page still holds an inline script or an inline style attribute.

use std::fs;
use std::path::Path;

use crate::cmd::Result;

/// The policy the page carries in a `<meta>` (README, "Hosting", gives the headers a host
/// adds, like `frame-ancestors`, which a `<meta>` cannot carry).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const SW: &str = include_str!("../../web/sw.js");
const REGISTER: &str = include_str!("../../web/register.js");
const LOADER_OPEN: &str = "<script type=\"module\">";

/// FNV-1a, 64 bits: a content name for cache busting, not a security hash.
fn fnv64(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.iter() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The build's own files at the top of `dist` (not the pinned copies, not the
/// precompressed ones), sorted by name.
fn top_files(dist: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dist)
        .map_err(|e| format!("reading {}: {e}", dist.display()))?
        .flatten()
    {
        let p = entry.path();
        if p.is_file() && !crate::dist::is_precompressed(&p) {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// Trunk's inline loader: its text and the whole element's byte range in `html`.
fn inline_loader(html: &str) -> Result<(String, std::ops::Range<usize>)> {
    let start = html
        .find(LOADER_OPEN)
        .ok_or("dist/index.html: Trunk's inline module loader not found")?;
    let body = start + LOADER_OPEN.len();
    let end = html[body..]
        .find("</script>")
        .map(|e| body + e)
        .ok_or("dist/index.html: the loader's </script> not found")?;
    Ok((
        html[body..end].trim().to_string(),
        start..end + "</script>".len(),
    ))
}

/// What the policy would block in `html`: an inline script or an inline style attribute.
pub fn inline_violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<script") {
        let at = from + i;
        let tag_end = lower[at..].find('>').map_or(lower.len(), |e| at + e);
        if !lower[at..tag_end].contains(" src=") {
            found.push(format!("an inline <script> at byte {at}"));
        }
        from = tag_end;
    }
    for (i, _) in lower.match_indices(" style=") {
        found.push(format!("an inline style attribute at byte {i}"));
    }
    if lower.contains("<style") {
        found.push("a <style> element".into());
    }
    found
}

/// See the module's documentation.
pub fn finish(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("reading dist/index.html: {e}"))?;
    let names = top_files(dist)?;
    // The build id: every file Trunk wrote, and the two templates.
    let mut contents = Vec::new();
    for n in &names {
        contents.push(n.as_bytes().to_vec());
        contents.push(fs::read(dist.join(n)).map_err(|e| format!("reading dist/{n}: {e}"))?);
    }
    contents.push(SW.as_bytes().to_vec());
    contents.push(REGISTER.as_bytes().to_vec());
    let parts: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    let build = format!("{:016x}", fnv64(&parts));

    let (loader, range) = inline_loader(&html)?;
    let loader = format!(
        "// Orbital Footprint's loader: Trunk's, moved out of index.html by `cargo xtask dist`\n// so the page runs under a policy without 'unsafe-inline'.\n{loader}\n{}",
        REGISTER.replace("__BUILD__", &build)
    );
    let loader_name = format!("loader-{:016x}.js", fnv64(&[loader.as_bytes()]));
    fs::write(dist.join(&loader_name), &loader)
        .map_err(|e| format!("writing dist/{loader_name}: {e}"))?;

    let icon = names
        .iter()
        .find(|n| n.starts_with("favicon-") && n.ends_with(".svg"))
        .ok_or("dist/: no favicon-*.svg")?;
    let manifest = format!(
        "{{\n  \"name\": \"Orbital Footprint\",\n  \"short_name\": \"Orbital Footprint\",\n  \"description\": \"Can orbital data centres lighten Earth's energy and carbon load? A cited physics model that runs in your browser.\",\n  \"start_url\": \"./\",\n  \"scope\": \"./\",\n  \"display\": \"standalone\",\n  \"background_color\": \"#ffffff\",\n  \"theme_color\": \"#2b6cb0\",\n  \"icons\": [{{\"src\": \"./{icon}\", \"sizes\": \"any\", \"type\": \"image/svg+xml\", \"purpose\": \"any\"}}]\n}}\n"
    );
    fs::write(dist.join("manifest.webmanifest"), manifest)
        .map_err(|e| format!("writing dist/manifest.webmanifest: {e}"))?;

    let mut page = String::with_capacity(html.len());
    page.push_str(&html[..range.start]);
    page.push_str(&format!(
        "<script type=\"module\" src=\"./{loader_name}\"></script>"
    ));
    page.push_str(&html[range.end..]);
    let head = format!(
        "<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n    <link rel=\"manifest\" href=\"./manifest.webmanifest\">\n    <meta name=\"theme-color\" content=\"#2b6cb0\">"
    );
    if !page.contains("<meta charset=\"utf-8\">") {
        return Err("dist/index.html: no <meta charset=\"utf-8\"> to put the policy after".into());
    }
    let page = page.replacen("<meta charset=\"utf-8\">", &head, 1);
    let blocked = inline_violations(&page);
    if !blocked.is_empty() {
        return Err(format!(
            "dist/index.html would break under its own policy: {}",
            blocked.join("; ")
        ));
    }
    fs::write(&index, page).map_err(|e| format!("writing dist/index.html: {e}"))?;

    let mut files = top_files(dist)?;
    // The social preview image is for link previews; the page never fetches it.
    files.retain(|n| n != "sw.js" && n != "preview.png");
    let list = format!(
        "[\n{}\n]",
        files
            .iter()
            .map(|n| format!("  '{}'", n.replace('\\', "\\\\").replace('\'', "\\'")))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let sw = SW.replace("__BUILD__", &build).replace("__FILES__", &list);
    fs::write(dist.join("sw.js"), sw).map_err(|e| format!("writing dist/sw.js: {e}"))?;
    println!(
        "offline and strict policy: dist/{loader_name}, dist/sw.js ({} files precached, build {build}), dist/manifest.webmanifest",
        files.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_policy_blocks() {
        assert!(inline_violations("<script type=\"module\" src=\"./a.js\"></script>").is_empty());
        assert_eq!(inline_violations("<script>x()</script>").len(), 1);
        assert_eq!(inline_violations("<span style=\"left:1%\">").len(), 1);
        assert_eq!(inline_violations("<style>p{}</style>").len(), 1);
    }

    #[test]
    fn the_loader_is_cut_out_whole() {
        let html =
            "<head><script type=\"module\">\nimport init from './a.js';\n</script><link></head>";
        let (text, range) = inline_loader(html).unwrap();
        assert_eq!(text, "import init from './a.js';");
        assert_eq!(&html[range.end..], "<link></head>");
        assert!(html[..range.start].ends_with("<head>"));
    }

    #[test]
    fn names_change_with_content() {
        assert_ne!(fnv64(&[b"a", b"b"]), fnv64(&[b"ab"]));
        assert_ne!(fnv64(&[b"x"]), fnv64(&[b"y"]));
    }
}
