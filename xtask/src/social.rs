//! The page's social preview (issue 16, item 8): `dist/preview.svg`, the default
//! scenario's first chart the CLI draws, rasterised with resvg to `dist/preview.png`
//! (link previews show PNG, not SVG), and the Open Graph and Twitter card tags that name
//! it in `dist/index.html`. Crawlers want an absolute image address, which only the
//! deployment knows: `cargo xtask dist --site-url https://host/path/` writes one, and
//! without it the tags name `preview.png` relative to the page, which some readers of
//! these tags resolve and others ignore (the build says so).

use crate::cmd::Result;
use resvg::{tiny_skia, usvg};
use std::fs;
use std::path::Path;

/// The card's size in pixels: Open Graph's recommended 1200 × 630 (1.91:1), which link
/// previews crop to; the chart is scaled to fit inside it, centred on white, so nothing
/// of it is cropped.
const CARD: (u32, u32) = (1200, 630);

/// Sans-serif families, in order of preference, for the SVG's generic `sans-serif`
/// (its other families are those of the page's own stack and may be missing here).
const SANS: [&str; 5] = [
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "Arial",
    "Helvetica",
];

/// Rasterises `dist/preview.svg` to `dist/preview.png`; returns its size and a warning
/// when no system font could set the text.
pub fn png(dist: &Path) -> Result<((u32, u32), Option<String>)> {
    let svg =
        fs::read(dist.join("preview.svg")).map_err(|e| format!("reading dist/preview.svg: {e}"))?;
    let mut opt = usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_system_fonts();
    let family = SANS.iter().find(|f| {
        db.faces()
            .any(|face| face.families.iter().any(|(name, _)| name == *f))
    });
    let warning = match family {
        Some(f) => {
            db.set_sans_serif_family(*f);
            None
        }
        None if db.is_empty() => Some(
            "no system font found: dist/preview.png has no text (Debian: fonts-dejavu-core)"
                .to_string(),
        ),
        None => None,
    };
    let tree = usvg::Tree::from_data(&svg, &opt).map_err(|e| format!("dist/preview.svg: {e}"))?;
    let (w, h) = CARD;
    let (sw, sh) = (tree.size().width(), tree.size().height());
    let scale = (w as f32 / sw).min(h as f32 / sh);
    let (dx, dy) = ((w as f32 - sw * scale) / 2.0, (h as f32 - sh * scale) / 2.0);
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("dist/preview.png: empty size")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale).post_translate(dx, dy),
        &mut pixmap.as_mut(),
    );
    pixmap
        .save_png(dist.join("preview.png"))
        .map_err(|e| format!("writing dist/preview.png: {e}"))?;
    Ok(((w, h), warning))
}

/// The Open Graph and Twitter card tags for the preview, `size` pixels, at `site` (the
/// deployment's address, ending in `/`) or relative to the page.
pub fn tags(size: (u32, u32), site: Option<&str>, alt: &str) -> String {
    let image = format!("{}preview.png", site.unwrap_or(""));
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    let mut t = String::new();
    t.push_str("<meta property=\"og:type\" content=\"website\">\n");
    t.push_str("    <meta property=\"og:title\" content=\"Orbital Footprint\">\n");
    t.push_str("    <meta property=\"og:description\" content=\"Can orbital data centres lighten Earth's energy and carbon load? A cited physics model that runs in your browser.\">\n");
    if let Some(s) = site {
        t.push_str(&format!(
            "    <meta property=\"og:url\" content=\"{}\">\n",
            esc(s)
        ));
    }
    t.push_str(&format!(
        "    <meta property=\"og:image\" content=\"{}\">\n",
        esc(&image)
    ));
    t.push_str(&format!(
        "    <meta property=\"og:image:width\" content=\"{}\">\n    <meta property=\"og:image:height\" content=\"{}\">\n",
        size.0, size.1
    ));
    t.push_str(&format!(
        "    <meta property=\"og:image:alt\" content=\"{}\">\n",
        esc(alt)
    ));
    t.push_str("    <meta name=\"twitter:card\" content=\"summary_large_image\">");
    t
}

/// `--site-url URL` from a task's arguments: an http(s) address, given a final `/`.
pub fn site_url(args: &[String]) -> Result<Option<String>> {
    match args {
        [] => Ok(None),
        [flag, url] if flag == "--site-url" => {
            if !(url.starts_with("https://") || url.starts_with("http://"))
                || url.contains(['"', '<', '>', ' '])
            {
                return Err(format!("--site-url: `{url}` is not an http(s) address"));
            }
            Ok(Some(if url.ends_with('/') {
                url.clone()
            } else {
                format!("{url}/")
            }))
        }
        _ => Err("dist takes no arguments but `--site-url URL`".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_url_is_an_http_address_ending_in_a_slash() {
        let a = |v: &[&str]| site_url(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(a(&[]).unwrap(), None);
        assert_eq!(
            a(&["--site-url", "https://example.org/of"])
                .unwrap()
                .as_deref(),
            Some("https://example.org/of/")
        );
        assert!(a(&["--site-url", "example.org"]).is_err());
        assert!(a(&["--site-url", "https://x/\"><script>"]).is_err());
        assert!(a(&["--other"]).is_err());
    }

    #[test]
    fn the_tags_name_the_image_absolutely_when_the_site_is_known() {
        let t = tags((1200, 747), Some("https://example.org/of/"), "A \"chart\"");
        assert!(t.contains(
            r#"<meta property="og:image" content="https://example.org/of/preview.png">"#
        ));
        assert!(t.contains(r#"<meta property="og:url" content="https://example.org/of/">"#));
        assert!(t.contains(r#"content="A &quot;chart&quot;""#));
        let r = tags((1200, 747), None, "x");
        assert!(r.contains(r#"<meta property="og:image" content="preview.png">"#));
        assert!(!r.contains("og:url"));
    }
}
