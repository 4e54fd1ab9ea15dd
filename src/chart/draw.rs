//! Drawing a [`Plot`] with plotters on any backend: two functions serve every chart
//! (lines, horizontal bars), HiDPI-sharp at `dpr` device pixels per CSS pixel. Text is
//! measured through [`Measure`] (the canvas's own metrics on the page, [`Estimate`]
//! natively), so x tick labels are thinned until none collide on either.

use super::{BarData, Key, LineData, Mapped, Measure, Plot, Theme};
use crate::format::{compact, fmt_sig};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a drawing writes: its theme, its scale and its text metrics.
pub struct Pen<'a> {
    pub measure: &'a dyn Measure,
    pub theme: Theme,
    pub dpr: f64,
}

impl Pen<'_> {
    /// The chart font at `css_px` CSS pixels.
    fn font(&self, css_px: f64) -> FontDesc<'static> {
        (font_family(), css_px * self.dpr).into_font()
    }

    /// The width in device pixels of an axis label (12 CSS px).
    fn label_width(&self, text: &str) -> f64 {
        self.measure.width(text, 12.0 * self.dpr, 400)
    }
}

/// The chart font stack: the page's system stacks (style/main.css), CJK faces first
/// for Chinese so labels never fall back to a face without the glyphs.
pub fn font_family() -> &'static str {
    if crate::i18n::current().zh() {
        "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", system-ui, sans-serif"
    } else {
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans CJK SC\", sans-serif"
    }
}

/// Text widths estimated without a font engine, for native code (the static page's
/// preview): Helvetica's advance widths (Adobe's Core 14 AFM, in thousandths of an em)
/// for printable ASCII, an em for CJK, 0.556 em otherwise, 7 % more at 600 and over, all
/// × [`Estimate::MARGIN`]. The viewer's system picks the sans-serif that sets the text,
/// so this is an upper estimate: wide enough for DejaVu Sans (Linux's default), which
/// runs about 10 % wider than Helvetica, so wrapped lines and legend entries never overrun.
pub struct Estimate;

impl Estimate {
    /// Helvetica's widths scaled up to cover the wider common sans-serifs.
    pub const MARGIN: f64 = 1.15;
}

impl Measure for Estimate {
    fn width(&self, text: &str, size_px: f64, weight: u16) -> f64 {
        const ASCII: [u16; 95] = [
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
            278, // ' '../
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
            556, // 0..?
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
            778, // @..O
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
            556, // P.._
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556,
            556, // `..o
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p..~
        ];
        let em: f64 = text
            .chars()
            .map(|c| match c as u32 {
                32..=126 => ASCII[(c as u32 - 32) as usize] as f64,
                // The em dash and the ellipsis are an em wide.
                0x2014 | 0x2026 => 1000.0,
                0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF => 1000.0,
                _ => 556.0,
            })
            .sum::<f64>()
            / 1000.0;
        em * size_px * Self::MARGIN * if weight >= 600 { 1.07 } else { 1.0 }
    }
}

/// `text` broken into lines no wider than `width` at `size_px` and `weight`: at spaces,
/// or anywhere in a run without spaces (Chinese).
pub fn wrap(m: &dyn Measure, text: &str, width: f64, size_px: f64, weight: u16) -> Vec<String> {
    let fits = |s: &str| m.width(s, size_px, weight) <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for ch in text.chars() {
        let mut next = line.clone();
        next.push(ch);
        if fits(&next) || line.is_empty() {
            line = next;
            continue;
        }
        // A space that overflows ends the line there (the word before it fits).
        if ch == ' ' {
            lines.push(std::mem::take(&mut line));
            continue;
        }
        // Break at the last space when there is one, else here.
        match line.rfind(' ') {
            Some(i) if i > 0 => {
                let rest = line[i + 1..].to_string();
                lines.push(line[..i].to_string());
                line = rest;
                line.push(ch);
            }
            _ => {
                lines.push(std::mem::take(&mut line));
                line.push(ch);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A legend laid out in rows `width` wide from `pad`: each entry a 24 px swatch, a gap
/// and its name at 13 px; each entry with its left edge.
pub fn legend_rows<'k>(
    m: &dyn Measure,
    legend: &'k [Key],
    width: f64,
    pad: f64,
) -> Vec<Vec<(&'k Key, f64)>> {
    let mut rows: Vec<Vec<(&Key, f64)>> = Vec::new();
    let mut x = pad;
    for k in legend {
        let w = 30.0 + m.width(&k.name, 13.0, 400) + 24.0;
        if rows.is_empty() || (x + w > width - pad && x > pad) {
            rows.push(Vec::new());
            x = pad;
        }
        if let Some(r) = rows.last_mut() {
            r.push((k, x));
        }
        x += w;
    }
    rows
}

type Drawn<DB> = Result<Mapped, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Draws `p` on `root`; returns where the plot went, in CSS pixels.
pub fn plot<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, pen: &Pen, p: &Plot) -> Drawn<DB> {
    match p {
        Plot::Lines(d) => draw_lines(root, pen, d),
        Plot::Bars(d) => draw_bars(root, pen, d),
    }
}

type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The most x labels, `most` at most, whose texts (`label` of each of plotters' key
/// points for that many) leave 8 CSS px between neighbours at the label font; returns
/// the count to ask the mesh for (which then picks the same key points) and the labels'
/// extents in CSS px.
fn fit_x_labels<DB: DrawingBackend>(
    chart: &Chart<DB>,
    pen: &Pen,
    most: usize,
    label: &dyn Fn(f64) -> String,
) -> (usize, Vec<(f64, f64)>) {
    let dpr = pen.dpr;
    let xr = chart.x_range();
    let y0 = chart.y_range().start;
    let coord: RangedCoordf64 = xr.into();
    let mut n = most.max(1);
    loop {
        let ext: Vec<(f64, f64)> = coord
            .key_points(n)
            .into_iter()
            .map(|v| {
                let x = chart.backend_coord(&(v, y0)).0 as f64;
                let w = pen.label_width(&label(v));
                ((x - w / 2.0) / dpr, (x + w / 2.0) / dpr)
            })
            .collect();
        if n == 1 || ext.windows(2).all(|p| p[1].0 - p[0].1 >= 8.0) {
            return (n, ext);
        }
        n -= 1;
    }
}

/// The plot rectangle and ranges of a drawn chart, in CSS px.
fn mapped<DB: DrawingBackend>(chart: &Chart<DB>, dpr: f64, ticks: Vec<(f64, f64)>) -> Mapped {
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let (xr, yr) = (chart.x_range(), chart.y_range());
    Mapped {
        left: xs.start as f64 / dpr,
        right: xs.end as f64 / dpr,
        top: ys.start as f64 / dpr,
        bottom: ys.end as f64 / dpr,
        x: (xr.start, xr.end),
        y: (yr.start, yr.end),
        ticks,
    }
}

fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    d: &LineData,
) -> Drawn<DB> {
    let (t, dpr) = (&pen.theme, pen.dpr);
    let px = |v: f64| (v * dpr).round() as u32;
    let font = pen.font(12.0).color(&t.fg);
    let mut ymax: f64 = 0.0;
    for l in &d.lines {
        ymax = l
            .points
            .iter()
            .map(|p| p.1)
            .chain(l.band.iter().map(|b| b.2))
            .fold(ymax, f64::max);
    }
    ymax = d.marks.iter().map(|m| m.1).fold(ymax, f64::max);
    let ymax = if ymax > 0.0 { ymax * 1.08 } else { 1.0 };
    let (x0, x1) = if d.x_range.1 > d.x_range.0 {
        d.x_range
    } else {
        (d.x_range.0, d.x_range.0 + 1.0)
    };
    // Room on the right for half the last x label, centred on the plot's edge.
    let half_last = pen.label_width(&fmt_sig(x1, 4)) / 2.0;
    let mut chart = ChartBuilder::on(root)
        .margin(px(10.0))
        .margin_right((half_last + 3.0 * dpr).max(10.0 * dpr) as u32)
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(78.0))
        .build_cartesian_2d(x0..x1, 0f64..ymax)?;
    let (n_x, ticks) = fit_x_labels(&chart, pen, 7, &|v| fmt_sig(v, 4));
    chart
        .configure_mesh()
        .x_desc(d.x_desc)
        .y_desc(d.y_desc)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .axis_style(t.fg)
        .bold_line_style(t.grid)
        .light_line_style(TRANSPARENT)
        .x_labels(n_x)
        .y_labels(6)
        .x_label_formatter(&|v| fmt_sig(*v, 4))
        .y_label_formatter(&|v| compact(*v))
        .draw()?;
    for l in &d.lines {
        let c = t.ink(l.ink);
        if !l.band.is_empty() {
            let poly: Vec<(f64, f64)> = l
                .band
                .iter()
                .map(|b| (b.0, b.2))
                .chain(l.band.iter().rev().map(|b| (b.0, b.1)))
                .collect();
            chart.draw_series(std::iter::once(Polygon::new(poly, c.mix(0.15).filled())))?;
        }
        if d.as_columns {
            chart.draw_series(
                l.points
                    .iter()
                    .filter(|p| p.1 > 0.0)
                    .map(|&(x, y)| Rectangle::new([(x, 0.0), (x + 1.0, y)], c.filled())),
            )?;
        } else {
            let style = c.stroke_width(px(if l.ghost { 2.0 } else { 2.5 }));
            if l.ghost {
                // The pinned baseline's ghost is dashed, as its legend entry is.
                chart.draw_series(DashedLineSeries::new(
                    l.points.iter().copied(),
                    px(6.0),
                    px(4.0),
                    style,
                ))?;
            } else {
                chart.draw_series(LineSeries::new(l.points.iter().copied(), style))?;
            }
        }
    }
    chart.draw_series(
        d.marks
            .iter()
            .map(|&(x, y)| Circle::new((x, y), px(5.0), t.mark.filled())),
    )?;
    Ok(mapped(&chart, dpr, ticks))
}

fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    d: &BarData,
) -> Drawn<DB> {
    let (t, dpr) = (&pen.theme, pen.dpr);
    let px = |v: f64| (v * dpr).round() as i32;
    let font = pen.font(12.0).color(&t.fg);
    let n = d.bars.len().max(1) as f64;
    let tx = |v: f64| if d.log { v.max(1e-30).log10() } else { v };
    let positive = |v: f64| !d.log || v > 0.0;
    let vals = d.bars.iter().flat_map(|b| {
        [
            Some(b.value),
            b.from,
            b.whisker.map(|w| w.1),
            b.whisker.map(|w| w.0),
            b.ghost,
        ]
        .into_iter()
        .flatten()
    });
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in vals.filter(|v| v.is_finite() && positive(*v)) {
        lo = lo.min(tx(v));
        hi = hi.max(tx(v));
    }
    let (x0, x1) = if d.log {
        if lo.is_finite() {
            ((lo - 0.5).floor(), (hi + 0.3).ceil().max(lo.floor() + 1.0))
        } else {
            (0.0, 1.0)
        }
    } else if d.bars.iter().any(|b| b.from.is_some()) && lo.is_finite() {
        // Tornado: frame the bars' span, not the origin.
        let pad = ((hi - lo) * 0.08).max(1e-3);
        ((lo - pad).max(0.0), hi + pad)
    } else {
        (
            0.0,
            if hi.is_finite() && hi > 0.0 {
                hi * 1.1
            } else {
                1.0
            },
        )
    };
    let width_css = root.dim_in_pixel().0 as f64 / dpr;
    let narrow = width_css < 520.0;
    // Roughly 7 CSS px per character of the 12 px label font (12 px per CJK
    // character), less the margins.
    let per_char = if crate::i18n::current().zh() {
        12.0
    } else {
        7.0
    };
    let max_chars = (((width_css * 0.42).min(250.0) - 20.0) / per_char).clamp(8.0, 36.0) as usize;
    let label_w = (root.dim_in_pixel().0 as f64 * 0.42).min(250.0 * dpr);
    let mut chart = ChartBuilder::on(root)
        .margin(px(10.0) as u32)
        .x_label_area_size(px(38.0) as u32)
        .y_label_area_size(label_w as u32)
        .build_cartesian_2d(x0..x1, 0f64..n)?;
    let log = d.log;
    let tick_label = |v: f64| {
        if log {
            compact(10f64.powf(v))
        } else {
            compact(v)
        }
    };
    let most = if narrow { 4 } else { 6 };
    let (n_x, ticks) = fit_x_labels(&chart, pen, most, &tick_label);
    chart
        .configure_mesh()
        .x_desc(d.x_desc)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .axis_style(t.fg)
        .bold_line_style(t.grid)
        .light_line_style(TRANSPARENT)
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(n_x)
        .x_label_formatter(&|v| tick_label(*v))
        .draw()?;
    let base = if d.log { x0 } else { 0.0 };
    let slot = |k: usize| n - k as f64 - 1.0;
    for (k, b) in d.bars.iter().enumerate() {
        let y = slot(k);
        let start = b.from.filter(|f| positive(*f)).map(tx).unwrap_or(base);
        // On a log axis a value at or below zero runs to the axis.
        let at = |v: f64| if positive(v) { tx(v) } else { x0 };
        // A split bar: from its split to `from` in the split's ink, to `value` in its
        // own; the longer part first, so a shorter one on the same side stays seen.
        let mut parts = match b.split {
            Some((mid, ink)) => vec![(at(mid), start, ink), (at(mid), at(b.value), b.ink)],
            None if positive(b.value) || b.from.is_some() => vec![(start, at(b.value), b.ink)],
            None => vec![],
        };
        if parts.len() == 2 && (parts[0].1 - parts[0].0).abs() < (parts[1].1 - parts[1].0).abs() {
            parts.swap(0, 1);
        }
        for (a, z, ink) in parts {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(a, y + 0.2), (z, y + 0.8)],
                t.ink(ink).filled(),
            )))?;
        }
        if let Some((wl, wh)) = b.whisker {
            if positive(wh) {
                // A low end at or below zero (a net cooling) runs to the axis, with no cap.
                let from = if positive(wl) { tx(wl) } else { x0 };
                let s = t.fg.stroke_width(px(1.5) as u32);
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![(from, y + 0.5), (tx(wh), y + 0.5)],
                    s,
                )))?;
                for w in [wl, wh].into_iter().filter(|w| positive(*w)) {
                    chart.draw_series(std::iter::once(PathElement::new(
                        vec![(tx(w), y + 0.35), (tx(w), y + 0.65)],
                        s,
                    )))?;
                }
            }
        }
        if let Some(g) = b.ghost.filter(|g| positive(*g)) {
            let s = t.fg.mix(0.6).stroke_width(px(2.0) as u32);
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(tx(g), y + 0.1), (tx(g), y + 0.9)],
                s,
            )))?;
        }
        let (lx, ly) = chart.backend_coord(&(x0, y + 0.5));
        // Long labels are shortened on the canvas; the data table has them whole.
        let label = if b.label.chars().count() > max_chars {
            format!(
                "{}…",
                b.label.chars().take(max_chars - 1).collect::<String>()
            )
        } else {
            b.label.clone()
        };
        root.draw(&Text::new(
            label,
            (lx - px(6.0), ly),
            font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    Ok(mapped(&chart, dpr, ticks))
}
