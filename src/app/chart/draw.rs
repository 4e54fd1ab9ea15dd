//! Drawing a chart with plotters on a canvas: HiDPI-sharp (backing store scaled by
//! devicePixelRatio) and coloured from the CSS theme variables, which are read once and
//! cached until the colour scheme changes. Two drawing functions serve every chart
//! (lines, horizontal bars), so the bundle carries one copy of each.

use super::{BarData, Ink, Key, LineData, Plot, Swatch};
use crate::app::format::{compact, fmt_sig};
use leptos::prelude::*;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// Colours of the current theme, read from CSS custom properties on `<html>`.
#[derive(Clone, Copy)]
struct Theme {
    fg: RGBColor,
    grid: RGBColor,
    orbit: RGBColor,
    earth: RGBColor,
    mark: RGBColor,
    low: RGBColor,
    high: RGBColor,
    muted: RGBColor,
}

impl Theme {
    fn ink(&self, i: Ink) -> RGBColor {
        match i {
            Ink::Orbit => self.orbit,
            Ink::Earth => self.earth,
            Ink::Mark => self.mark,
            Ink::Low => self.low,
            Ink::High => self.high,
            Ink::Muted => self.muted,
            Ink::Fg => self.fg,
        }
    }
}

fn parse_hex(s: &str) -> Option<RGBColor> {
    let s = s.trim().strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).ok();
    Some(RGBColor(c(0)?, c(2)?, c(4)?))
}

thread_local! {
    /// The theme's colours, read once (reading computed styles forces a style
    /// recalculation); cleared when the colour scheme changes.
    static THEME: std::cell::Cell<Option<Theme>> = const { std::cell::Cell::new(None) };
}

fn theme() -> Theme {
    THEME.with(|t| {
        t.get().unwrap_or_else(|| {
            let fresh = read_theme();
            t.set(Some(fresh));
            fresh
        })
    })
}

/// The light theme's colours (style/main.css `:root`): exports are drawn in them on
/// white whatever the page's scheme, so a dark page's PNG is legible in print and on
/// a white article page.
const LIGHT: Theme = Theme {
    fg: RGBColor(0x1a, 0x20, 0x2c),
    grid: RGBColor(0xd8, 0xdd, 0xe6),
    orbit: RGBColor(0x2b, 0x6c, 0xb0),
    earth: RGBColor(0x2f, 0x85, 0x5a),
    mark: RGBColor(0xc0, 0x56, 0x21),
    low: RGBColor(0x6b, 0x46, 0xc1),
    high: RGBColor(0xc0, 0x56, 0x21),
    muted: RGBColor(0x4a, 0x55, 0x68),
};

fn read_theme() -> Theme {
    let w = window();
    let style = w
        .document()
        .and_then(|d| d.document_element())
        .and_then(|el| w.get_computed_style(&el).ok().flatten());
    let var = |name: &str, fallback: RGBColor| -> RGBColor {
        style
            .as_ref()
            .and_then(|st| st.get_property_value(name).ok())
            .and_then(|v| parse_hex(&v))
            .unwrap_or(fallback)
    };
    Theme {
        fg: var("--fg", LIGHT.fg),
        grid: var("--grid", LIGHT.grid),
        orbit: var("--orbit", LIGHT.orbit),
        earth: var("--earth", LIGHT.earth),
        mark: var("--mark", LIGHT.mark),
        low: var("--tn-low", LIGHT.low),
        high: var("--tn-high", LIGHT.high),
        muted: var("--muted", LIGHT.muted),
    }
}

/// Sizes the canvas backing store to `css` (its CSS box by default) × `scale` (the
/// devicePixelRatio by default), which also clears it, or clears it; returns the scale.
fn fit_canvas(c: &HtmlCanvasElement, css: Option<(f64, f64)>, scale: Option<f64>) -> f64 {
    let dpr = scale
        .unwrap_or_else(|| window().device_pixel_ratio())
        .max(1.0);
    let (cw, ch) = css.unwrap_or((c.client_width() as f64, c.client_height() as f64));
    let w = (cw.max(200.0) * dpr).round() as u32;
    let h = (ch.max(150.0) * dpr).round() as u32;
    if c.width() != w || c.height() != h {
        c.set_width(w);
        c.set_height(h);
    } else if let Ok(Some(ctx)) = c.get_context("2d") {
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        ctx.clear_rect(0.0, 0.0, w as f64, h as f64);
    }
    dpr
}

/// A signal that changes when the window is resized or the colour scheme flips (which
/// also forgets the cached theme colours).
pub(super) fn use_redraw_trigger() -> ReadSignal<u32> {
    let (tick, set_tick) = signal(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| set_tick.update(|t| *t += 1));
    on_cleanup(move || handle.remove());
    if let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") {
        let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            THEME.with(|t| t.set(None));
            set_tick.update(|t| *t += 1)
        });
        let _ = mq.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        cb.forget();
    }
    tick
}

/// What a published image carries besides the plot: its title, the verdict it
/// illustrates, the legend's entries (the page's own), and the footer lines (source, the
/// scenario's link, the version).
pub(super) struct Caption {
    pub title: String,
    pub verdict: String,
    pub legend: Vec<Key>,
    pub footer: Vec<String>,
}

const EXPORT_W: f64 = 900.0;

/// `text` broken into lines no wider than `width` at the context's current font: at
/// spaces, or anywhere in a run without spaces (Chinese).
fn wrap(ctx: &web_sys::CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let fits = |s: &str| ctx.measure_text(s).map_or(true, |m| m.width() <= width);
    let mut lines = Vec::new();
    let mut line = String::new();
    for ch in text.chars() {
        let mut next = line.clone();
        next.push(ch);
        if fits(&next) || line.is_empty() {
            line = next;
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

/// The chart as a publishable image at twice its size: white, in the light theme's
/// colours, with the title, verdict and legend above the plot and the source, the
/// scenario's link and the version below it.
pub(super) fn render_publishable(
    on_screen: &HtmlCanvasElement,
    p: &Plot,
    cap: &Caption,
) -> Option<HtmlCanvasElement> {
    let plot_h = (on_screen.client_height().max(300) as f64).min(520.0);
    let plot: HtmlCanvasElement = document().create_element("canvas").ok()?.unchecked_into();
    draw_with(&plot, p, Some((EXPORT_W, plot_h)), Some(2.0), LIGHT);
    let out: HtmlCanvasElement = document().create_element("canvas").ok()?.unchecked_into();
    let ctx: web_sys::CanvasRenderingContext2d = out.get_context("2d").ok()??.unchecked_into();
    let family = font_family();
    let pad = 16.0;
    let text_w = EXPORT_W - 2.0 * pad;
    // Measure first (the canvas size resets the context), then size, then draw.
    ctx.set_font(&format!("600 20px {family}"));
    let title = wrap(&ctx, &cap.title, text_w);
    ctx.set_font(&format!("15px {family}"));
    let verdict = wrap(&ctx, &cap.verdict, text_w);
    ctx.set_font(&format!("12px {family}"));
    let footer: Vec<String> = cap
        .footer
        .iter()
        .flat_map(|l| wrap(&ctx, l, text_w))
        .collect();
    // The legend in rows: each entry a 24 px swatch, a gap and its name.
    ctx.set_font(&format!("13px {family}"));
    let mut rows: Vec<Vec<(&Key, f64)>> = Vec::new();
    let mut x = pad;
    for k in &cap.legend {
        let w = 30.0 + ctx.measure_text(&k.name).map_or(80.0, |m| m.width()) + 24.0;
        if rows.is_empty() || (x + w > EXPORT_W - pad && x > pad) {
            rows.push(Vec::new());
            x = pad;
        }
        if let Some(r) = rows.last_mut() {
            r.push((k, x));
        }
        x += w;
    }
    let legend_h = 24.0 * rows.len() as f64;
    let head = pad + 26.0 * title.len() as f64 + 20.0 * verdict.len() as f64 + legend_h + 6.0;
    let foot = 8.0 + 16.0 * footer.len() as f64 + pad;
    let h = head + plot_h + foot;
    out.set_width((EXPORT_W * 2.0) as u32);
    out.set_height((h * 2.0).round() as u32);
    let _ = ctx.scale(2.0, 2.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, EXPORT_W, h);
    let css = |c: RGBColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
    ctx.set_text_baseline("top");
    let mut y = pad;
    ctx.set_fill_style_str(&css(LIGHT.fg));
    ctx.set_font(&format!("600 20px {family}"));
    for l in &title {
        let _ = ctx.fill_text(l, pad, y);
        y += 26.0;
    }
    ctx.set_font(&format!("15px {family}"));
    for l in &verdict {
        let _ = ctx.fill_text(l, pad, y);
        y += 20.0;
    }
    ctx.set_font(&format!("13px {family}"));
    for row in &rows {
        for (k, x) in row {
            swatch(&ctx, k, *x, y + 8.0, &css(LIGHT.ink(k.ink)));
            ctx.set_fill_style_str(&css(LIGHT.fg));
            let _ = ctx.fill_text(&k.name, x + 30.0, y + 1.0);
        }
        y += 24.0;
    }
    y += 6.0;
    let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&plot, 0.0, y, EXPORT_W, plot_h);
    y += plot_h + 8.0;
    ctx.set_fill_style_str("#4a5568");
    ctx.set_font(&format!("12px {family}"));
    for l in &footer {
        let _ = ctx.fill_text(l, pad, y);
        y += 16.0;
    }
    Some(out)
}

/// A legend swatch on a 2D context: `k`'s shape, 24 px wide, from `x`, centred on `y`.
fn swatch(ctx: &web_sys::CanvasRenderingContext2d, k: &Key, x: f64, y: f64, colour: &str) {
    ctx.set_stroke_style_str(colour);
    ctx.set_fill_style_str(colour);
    ctx.set_line_width(3.0);
    let dash = js_sys::Array::new();
    if k.swatch == Swatch::Dashed {
        dash.push(&6.0.into());
        dash.push(&4.0.into());
    }
    let _ = ctx.set_line_dash(&dash);
    ctx.begin_path();
    match k.swatch {
        Swatch::Line | Swatch::Dashed => {
            ctx.move_to(x, y);
            ctx.line_to(x + 24.0, y);
        }
        Swatch::Whisker => {
            ctx.set_line_width(1.5);
            ctx.move_to(x + 2.0, y);
            ctx.line_to(x + 22.0, y);
            for e in [x + 2.0, x + 22.0] {
                ctx.move_to(e, y - 4.0);
                ctx.line_to(e, y + 4.0);
            }
        }
        Swatch::Tick => {
            ctx.set_line_width(2.0);
            ctx.move_to(x + 12.0, y - 7.0);
            ctx.line_to(x + 12.0, y + 7.0);
        }
        Swatch::Box | Swatch::Band => {
            ctx.set_global_alpha(if k.swatch == Swatch::Band { 0.25 } else { 1.0 });
            ctx.fill_rect(x, y - 5.0, 24.0, 10.0);
            ctx.set_global_alpha(1.0);
        }
        Swatch::Dot => {
            let _ = ctx.arc(x + 12.0, y, 5.0, 0.0, std::f64::consts::TAU);
            ctx.fill();
        }
    }
    ctx.stroke();
    let _ = ctx.set_line_dash(&js_sys::Array::new());
}

/// Where a drawing put its plot, in the canvas's CSS pixels, and what it spans, so a
/// pointer position reads back as data (the value readout), and where its x tick labels
/// went (`data-ticks`, checked for overlap by the e2e tests).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Mapped {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// The x and y ranges at the plot's left and right, bottom and top edges.
    pub x: (f64, f64),
    pub y: (f64, f64),
    /// Each x tick label's left and right edge.
    pub ticks: Vec<(f64, f64)>,
}

impl Mapped {
    /// The data coordinates under a CSS pixel of the canvas (beyond the plot: its edge).
    pub fn data_at(&self, px: f64, py: f64) -> (f64, f64) {
        let f = |p: f64, a: f64, b: f64| {
            if b > a {
                ((p - a) / (b - a)).clamp(0.0, 1.0)
            } else {
                0.0
            }
        };
        let fx = f(px, self.left, self.right);
        let fy = f(py, self.top, self.bottom);
        (
            self.x.0 + fx * (self.x.1 - self.x.0),
            self.y.1 - fy * (self.y.1 - self.y.0),
        )
    }

    /// The tick extents as JSON (`[[left,right],…]`, whole pixels, rounded outwards).
    pub fn ticks_json(&self) -> String {
        let parts: Vec<String> = self
            .ticks
            .iter()
            .map(|(l, r)| format!("[{},{}]", l.floor() as i64, r.ceil() as i64))
            .collect();
        format!("[{}]", parts.join(","))
    }
}

/// Draws a plot on a canvas of CSS size `css` (its own by default) at `scale` (the
/// devicePixelRatio by default); returns where the plot went.
pub(super) fn draw_at(
    c: &HtmlCanvasElement,
    p: &Plot,
    css: Option<(f64, f64)>,
    scale: Option<f64>,
) -> Option<Mapped> {
    draw_with(c, p, css, scale, theme())
}

/// The CSS size a chart is drawn at for print: beside its data table, in the left 58 %
/// of an A4 page's 186 mm column (style/main.css, `@media print`, which shows the
/// canvas at the same aspect ratio); a [`Plot::print_wide`] chart across the column,
/// 12 px a bar.
fn print_css(p: &Plot) -> (f64, f64) {
    match p {
        Plot::Bars(b) if p.print_wide() => (700.0, 64.0 + 12.0 * b.bars.len() as f64),
        _ => (410.0, 230.0),
    }
}

/// Draws a plot for print: in the light theme's colours at [`print_css`] × 2.5, so a
/// dark page prints legibly and sharply; returns the CSS size, for the canvas's
/// aspect ratio.
pub(super) fn draw_for_print(c: &HtmlCanvasElement, p: &Plot) -> (f64, f64) {
    let css = print_css(p);
    draw_with(c, p, Some(css), Some(2.5), LIGHT);
    css
}

/// [`draw_at`] in the colours of `t`.
fn draw_with(
    c: &HtmlCanvasElement,
    p: &Plot,
    css: Option<(f64, f64)>,
    scale: Option<f64>,
    t: Theme,
) -> Option<Mapped> {
    let dpr = fit_canvas(c, css, scale);
    let ctx: web_sys::CanvasRenderingContext2d = c.get_context("2d").ok()??.unchecked_into();
    let backend = CanvasBackend::with_canvas_object(c.clone())?;
    let root = backend.into_drawing_area();
    let mapped = match p {
        Plot::Lines(d) => draw_lines(&root, &ctx, &t, dpr, d),
        Plot::Bars(d) => draw_bars(&root, &ctx, &t, dpr, d),
    }
    .ok()?;
    root.present().ok()?;
    Some(mapped)
}

type Chart<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The most x labels, `most` at most, whose texts (`label` of each of plotters' key
/// points for that many) leave 8 CSS px between neighbours at the label font; returns
/// the count to ask the mesh for (which then picks the same key points) and the labels'
/// extents in CSS px.
fn fit_x_labels(
    chart: &Chart,
    ctx: &web_sys::CanvasRenderingContext2d,
    dpr: f64,
    most: usize,
    label: &dyn Fn(f64) -> String,
) -> (usize, Vec<(f64, f64)>) {
    let xr = chart.x_range();
    let y0 = chart.y_range().start;
    let coord: RangedCoordf64 = xr.into();
    label_font(ctx, dpr);
    let mut n = most.max(1);
    loop {
        let ext: Vec<(f64, f64)> = coord
            .key_points(n)
            .into_iter()
            .map(|v| {
                let x = chart.backend_coord(&(v, y0)).0 as f64;
                let w = ctx.measure_text(&label(v)).map_or(0.0, |m| m.width());
                ((x - w / 2.0) / dpr, (x + w / 2.0) / dpr)
            })
            .collect();
        if n == 1 || ext.windows(2).all(|p| p[1].0 - p[0].1 >= 8.0) {
            return (n, ext);
        }
        n -= 1;
    }
}

/// Sets `ctx` to the font plotters' canvas backend draws the axis labels in, to measure.
fn label_font(ctx: &web_sys::CanvasRenderingContext2d, dpr: f64) {
    ctx.set_font(&format!("normal {}px {}", 12.0 * dpr, font_family()));
}

/// The plot rectangle and ranges of a drawn chart, in CSS px.
fn mapped(chart: &Chart, dpr: f64, ticks: Vec<(f64, f64)>) -> Mapped {
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

/// The canvas font stack: the page's system stacks (style/main.css), CJK faces first
/// for Chinese so labels never fall back to a face without the glyphs.
fn font_family() -> &'static str {
    if crate::i18n::current().zh() {
        "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", system-ui, sans-serif"
    } else {
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans CJK SC\", sans-serif"
    }
}

type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;
type DrawResult =
    Result<Mapped, DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

fn draw_lines(
    root: &Area,
    ctx: &web_sys::CanvasRenderingContext2d,
    t: &Theme,
    dpr: f64,
    d: &LineData,
) -> DrawResult {
    let px = |v: f64| (v * dpr).round() as u32;
    let font = (font_family(), 12.0 * dpr).into_font().color(&t.fg);
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
    label_font(ctx, dpr);
    let half_last = ctx.measure_text(&fmt_sig(x1, 4)).map_or(0.0, |m| m.width()) / 2.0;
    let mut chart = ChartBuilder::on(root)
        .margin(px(10.0))
        .margin_right((half_last + 3.0 * dpr).max(10.0 * dpr) as u32)
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(78.0))
        .build_cartesian_2d(x0..x1, 0f64..ymax)?;
    let (n_x, ticks) = fit_x_labels(&chart, ctx, dpr, 7, &|v| fmt_sig(v, 4));
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
            // The pinned baseline's ghost is dashed, as its legend entry is.
            let dash = js_sys::Array::new();
            if l.ghost {
                dash.push(&(6.0 * dpr).into());
                dash.push(&(4.0 * dpr).into());
            }
            let _ = ctx.set_line_dash(&dash);
            let style = c.stroke_width(px(if l.ghost { 2.0 } else { 2.5 }));
            chart.draw_series(LineSeries::new(l.points.iter().copied(), style))?;
            let _ = ctx.set_line_dash(&js_sys::Array::new());
        }
    }
    chart.draw_series(
        d.marks
            .iter()
            .map(|&(x, y)| Circle::new((x, y), px(5.0), t.mark.filled())),
    )?;
    Ok(mapped(&chart, dpr, ticks))
}

fn draw_bars(
    root: &Area,
    ctx: &web_sys::CanvasRenderingContext2d,
    t: &Theme,
    dpr: f64,
    d: &BarData,
) -> DrawResult {
    let px = |v: f64| (v * dpr).round() as i32;
    let font = (font_family(), 12.0 * dpr).into_font().color(&t.fg);
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
    let (n_x, ticks) = fit_x_labels(&chart, ctx, dpr, most, &tick_label);
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
