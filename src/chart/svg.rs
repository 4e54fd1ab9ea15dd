//! A chart as a publishable SVG: white, in the light theme's colours, with the title,
//! the verdict and the legend above the plot and the source, the scenario's link and
//! the version below it, laid out as the page's PNG export is (`app::chart`). Text stays
//! text, in the page's font stack, so an editor can restyle or translate it.

use super::backend::{esc, SvgWriter};
use super::draw::{font_family, legend_rows, plot, wrap, Pen};
use super::{hex, Caption, Key, Measure, Plot, Swatch, LIGHT};
use crate::numfmt::plain;
use plotters::prelude::*;
use std::fmt::Write;

/// The width of an exported image, in CSS px (the PNG is drawn at twice this).
pub const EXPORT_W: f64 = 900.0;

/// The pixel size of a plot's SVG fragment `w` × `h` CSS px: drawn at 2× inside a
/// half-scale group, so its coordinates are not rounded to whole CSS pixels.
pub fn fragment_size(w: f64, h: f64) -> (u32, u32) {
    ((w * 2.0).round() as u32, (h * 2.0).round() as u32)
}

/// How a plot's SVG fragment is drawn: light colours at 2×.
pub fn fragment_pen(m: &dyn Measure) -> Pen<'_> {
    Pen {
        measure: m,
        theme: LIGHT,
        dpr: 2.0,
    }
}

/// The plot alone as an SVG fragment `w` × `h` CSS px, or None when plotters fails
/// (the page draws its own through its one backend, `app::chart`).
pub fn plot_fragment(p: &Plot, w: f64, h: f64, m: &dyn Measure) -> Option<String> {
    let mut buf = String::new();
    {
        let root = SvgWriter::new(&mut buf, fragment_size(w, h)).into_drawing_area();
        plot(&root, &fragment_pen(m), p).ok()?;
        root.present().ok()?;
    }
    Some(buf)
}

/// A coordinate or size as SVG writes it (to 6 figures, no grouping).
fn n(x: f64) -> String {
    plain(x, 6)
}

/// One text line at `(x, y)` (its top), `size` px at `weight`, in `fill`.
fn text(out: &mut String, s: &str, x: f64, y: f64, size: f64, weight: u16, fill: &str) {
    // The baseline about 0.8 em below the top, where the canvas's "top" puts it.
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        n(x),
        n(y + 0.8 * size),
        n(size),
        esc(s)
    );
}

/// A legend swatch: `k`'s shape, 24 px wide, from `x`, centred on `y`.
fn swatch(out: &mut String, k: &Key, x: f64, y: f64) {
    let c = hex(LIGHT.ink(k.ink));
    let line = |out: &mut String, x1: f64, y1: f64, x2: f64, y2: f64, w: &str, dash: &str| {
        let _ = writeln!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{c}" stroke-width="{w}"{dash}/>"#,
            n(x1),
            n(y1),
            n(x2),
            n(y2)
        );
    };
    match k.swatch {
        Swatch::Line => line(out, x, y, x + 24.0, y, "3", ""),
        Swatch::Dashed => line(out, x, y, x + 24.0, y, "3", r#" stroke-dasharray="6 4""#),
        Swatch::Whisker => {
            line(out, x + 2.0, y, x + 22.0, y, "1.5", "");
            line(out, x + 2.0, y - 4.0, x + 2.0, y + 4.0, "1.5", "");
            line(out, x + 22.0, y - 4.0, x + 22.0, y + 4.0, "1.5", "");
        }
        Swatch::Tick => line(out, x + 12.0, y - 7.0, x + 12.0, y + 7.0, "2", ""),
        Swatch::Box | Swatch::Band => {
            let o = if k.swatch == Swatch::Band {
                "0.25"
            } else {
                "1"
            };
            let _ = writeln!(
                out,
                r#"<rect x="{}" y="{}" width="24" height="10" fill="{c}" fill-opacity="{o}"/>"#,
                n(x),
                n(y - 5.0)
            );
        }
        Swatch::Dot => {
            let _ = writeln!(
                out,
                r#"<circle cx="{}" cy="{}" r="5" fill="{c}"/>"#,
                n(x + 12.0),
                n(y)
            );
        }
    }
}

/// Where a publishable image puts its parts, in CSS px, `EXPORT_W` wide: the lines of
/// its title (20 px semibold, 26 px apart), its verdict (15 px, 20 apart), its legend's
/// rows (24 apart), the plot, and its footer lines (12 px, 16 apart), with a 16 px margin.
/// The PNG and the SVG both follow it.
pub struct Layout<'k> {
    pub title: Vec<String>,
    pub verdict: Vec<String>,
    pub legend: Vec<Vec<(&'k Key, f64)>>,
    pub footer: Vec<String>,
    pub plot_top: f64,
    pub plot_h: f64,
    pub height: f64,
}

/// The margin around a publishable image's text.
pub const PAD: f64 = 16.0;

/// Lays out `cap` around a plot `plot_h` CSS px tall.
pub fn layout<'k>(m: &dyn Measure, cap: &'k Caption, plot_h: f64) -> Layout<'k> {
    let text_w = EXPORT_W - 2.0 * PAD;
    let title = wrap(m, &cap.title, text_w, 20.0, 600);
    let verdict = wrap(m, &cap.verdict, text_w, 15.0, 400);
    let footer: Vec<String> = cap
        .footer
        .iter()
        .flat_map(|l| wrap(m, l, text_w, 12.0, 400))
        .collect();
    let legend = legend_rows(m, &cap.legend, EXPORT_W, PAD);
    let plot_top = PAD
        + 26.0 * title.len() as f64
        + 20.0 * verdict.len() as f64
        + 24.0 * legend.len() as f64
        + 6.0;
    let height = plot_top + plot_h + 8.0 + 16.0 * footer.len() as f64 + PAD;
    Layout {
        title,
        verdict,
        legend,
        footer,
        plot_top,
        plot_h,
        height,
    }
}

/// A chart with its caption as a standalone SVG document: `fragment` is its plot
/// ([`plot_fragment`]), `EXPORT_W` × `plot_h` CSS px.
pub fn publishable(cap: &Caption, fragment: &str, plot_h: f64, m: &dyn Measure) -> String {
    let lay = layout(m, cap, plot_h);
    let h = lay.height.round();
    let fg = hex(LIGHT.fg);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{}">"#,
        esc(font_family()),
        w = n(EXPORT_W),
        h = n(h),
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&cap.title));
    let _ = writeln!(
        out,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let mut y = PAD;
    for l in &lay.title {
        text(&mut out, l, PAD, y, 20.0, 600, &fg);
        y += 26.0;
    }
    for l in &lay.verdict {
        text(&mut out, l, PAD, y, 15.0, 400, &fg);
        y += 20.0;
    }
    for row in &lay.legend {
        for (k, x) in row {
            swatch(&mut out, k, *x, y + 8.0);
            text(&mut out, &k.name, x + 30.0, y + 1.0, 13.0, 400, &fg);
        }
        y += 24.0;
    }
    let _ = writeln!(
        out,
        r#"<g transform="translate(0 {}) scale(0.5)">"#,
        n(lay.plot_top)
    );
    // plotters' document, nested: an <svg> element inside an SVG is a viewport.
    out.push_str(fragment);
    out.push_str("</g>\n");
    y = lay.plot_top + plot_h + 8.0;
    for l in &lay.footer {
        text(&mut out, l, PAD, y, 12.0, 400, "#4a5568");
        y += 16.0;
    }
    out.push_str("</svg>\n");
    out
}

/// [`publishable`] with its plot drawn by [`plot_fragment`] (native code and tests).
pub fn publishable_plot(p: &Plot, cap: &Caption, plot_h: f64, m: &dyn Measure) -> Option<String> {
    let fragment = plot_fragment(p, EXPORT_W, plot_h, m)?;
    Some(publishable(cap, &fragment, plot_h, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Bar, BarData, Ink, Line, LineData};

    fn lines() -> Plot {
        Plot::Lines(LineData {
            x_desc: "Years from launch",
            y_desc: "Cumulative tCO2e",
            x_name: "Year",
            x_unit: "",
            y_unit: "tCO2e",
            x_range: (0.0, 5.0),
            lines: vec![
                Line {
                    name: "Orbit".into(),
                    points: vec![(0.0, 300.0), (5.0, 300.0)],
                    ink: Ink::Orbit,
                    ghost: false,
                    band: vec![],
                },
                Line {
                    name: "Pinned baseline, Orbit".into(),
                    points: vec![(0.0, 0.0), (5.0, 400.0)],
                    ink: Ink::Earth,
                    ghost: true,
                    band: vec![],
                },
            ],
            marks: vec![(3.75, 300.0)],
            as_columns: false,
        })
    }

    fn caption() -> Caption {
        Caption {
            title: "Cumulative emissions: orbit & Earth <test>".into(),
            verdict: "Orbit emits 11 % less".into(),
            legend: vec![
                Key::new(Ink::Orbit, Swatch::Line, "Orbit"),
                Key::new(Ink::Earth, Swatch::Dashed, "Pinned baseline"),
            ],
            footer: vec![
                "Source: Barker et al. 2024".into(),
                "Orbital Footprint 0.1.0".into(),
            ],
        }
    }

    #[test]
    fn an_exported_svg_is_one_white_document_with_its_caption_as_text_and_the_plot_inside() {
        let svg = publishable_plot(&lines(), &caption(), 360.0, &crate::chart::draw::Estimate)
            .expect("drawn");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\""));
        assert!(svg.trim_end().ends_with("</svg>"));
        // An opaque white background first, then the caption as text, escaped.
        assert!(svg.contains(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##));
        assert!(svg.contains("Cumulative emissions: orbit &amp; Earth &lt;test&gt;</text>"));
        assert!(svg.contains(">Orbit emits 11 % less</text>"));
        assert!(svg.contains(">Source: Barker et al. 2024</text>"));
        // The legend's dashed entry is dashed, and so is the ghost line in the plot (plotters
        // draws a dashed series as separate segments: many short lines in its stroke).
        assert!(svg.contains(r#"stroke-dasharray="6 4""#));
        let ghost = hex(LIGHT.earth);
        let segments = svg.matches(&format!("stroke=\"{ghost}\"")).count();
        assert!(
            segments > 20,
            "the baseline ghost in {segments} strokes, not dashes"
        );
        // The nested plot: axis labels as text, at the corrected font size (12 px at 2×).
        assert!(
            svg.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="720""#)
        );
        assert!(
            svg.contains("font-size=\"24\""),
            "axis labels not at 12 CSS px"
        );
        assert_eq!(svg.matches("<svg").count(), 2);
        assert_eq!(svg.matches("</svg>").count(), 2);
    }

    #[test]
    fn a_bar_chart_exports_too_and_every_bar_is_drawn() {
        let bars: Vec<Bar> = (0..4)
            .map(|k| Bar {
                label: format!("Source {k}"),
                value: 10f64.powi(k + 1),
                from: None,
                whisker: None,
                ghost: None,
                ink: Ink::Orbit,
                split: None,
            })
            .collect();
        let p = Plot::Bars(BarData {
            x_desc: "tCO2e",
            bars,
            log: true,
            unit: Some("tCO2e"),
        });
        let svg =
            publishable_plot(&p, &caption(), 300.0, &crate::chart::draw::Estimate).expect("drawn");
        for k in 0..4 {
            assert!(
                svg.contains(&format!(">Source {k}</text>")),
                "bar label {k}"
            );
        }
        let orbit = hex(LIGHT.orbit);
        assert!(
            svg.matches(&format!("fill=\"{orbit}\"")).count() >= 4,
            "four filled bars"
        );
    }

    #[test]
    fn the_estimate_is_helvetica_s_widths() {
        let e = crate::chart::draw::Estimate;
        let m = crate::chart::draw::Estimate::MARGIN;
        // "1,000" in Helvetica: four digits at 556 and a comma at 278 thousandths of an em.
        assert!((e.width("1,000", 10.0, 400) - 25.02 * m).abs() < 1e-9);
        // A CJK character is an em wide.
        assert!((e.width("轨道", 12.0, 400) - 24.0 * m).abs() < 1e-9);
    }
}
