//! Drawing a chart with plotters on a canvas: HiDPI-sharp (backing store scaled by
//! devicePixelRatio) and coloured from the CSS theme variables, which are read once and
//! cached until the colour scheme changes. Two drawing functions serve every chart
//! (lines, horizontal bars), so the bundle carries one copy of each.

use super::{BarData, Ink, LineData, Plot};
use crate::app::format::{compact, fmt_sig};
use leptos::prelude::*;
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
}

impl Theme {
    fn ink(&self, i: Ink) -> RGBColor {
        match i {
            Ink::Orbit => self.orbit,
            Ink::Earth => self.earth,
            Ink::Mark => self.mark,
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
/// illustrates, the legend's entries (colour, name; a dashed one for the baseline), and
/// the footer lines (source, the scenario's link, the version).
pub(super) struct Caption {
    pub title: String,
    pub verdict: String,
    pub legend: Vec<(Ink, String, bool)>,
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
    let legend_h = if cap.legend.is_empty() { 0.0 } else { 24.0 };
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
    if !cap.legend.is_empty() {
        ctx.set_font(&format!("13px {family}"));
        let mut x = pad;
        for (ink, name, dashed) in &cap.legend {
            ctx.set_stroke_style_str(&css(LIGHT.ink(*ink)));
            ctx.set_line_width(3.0);
            let dash = js_sys::Array::new();
            if *dashed {
                dash.push(&6.0.into());
                dash.push(&4.0.into());
            }
            let _ = ctx.set_line_dash(&dash);
            ctx.begin_path();
            ctx.move_to(x, y + 8.0);
            ctx.line_to(x + 24.0, y + 8.0);
            ctx.stroke();
            ctx.set_fill_style_str(&css(LIGHT.fg));
            let _ = ctx.fill_text(name, x + 30.0, y + 1.0);
            x += 30.0 + ctx.measure_text(name).map_or(80.0, |m| m.width()) + 24.0;
        }
        let _ = ctx.set_line_dash(&js_sys::Array::new());
        y += legend_h;
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

/// Draws a plot on a canvas of CSS size `css` (its own by default) at `scale` (the
/// devicePixelRatio by default).
pub(super) fn draw_at(
    c: &HtmlCanvasElement,
    p: &Plot,
    css: Option<(f64, f64)>,
    scale: Option<f64>,
) {
    draw_with(c, p, css, scale, theme());
}

/// Draws a plot for print: in the light theme's colours at twice the canvas's CSS size,
/// so a dark page prints legibly and sharply.
pub(super) fn draw_for_print(c: &HtmlCanvasElement, p: &Plot) {
    let css = (
        c.client_width().max(300) as f64,
        c.client_height().max(150) as f64,
    );
    draw_with(c, p, Some(css), Some(2.0), LIGHT);
}

/// [`draw_at`] in the colours of `t`.
fn draw_with(
    c: &HtmlCanvasElement,
    p: &Plot,
    css: Option<(f64, f64)>,
    scale: Option<f64>,
    t: Theme,
) {
    let dpr = fit_canvas(c, css, scale);
    let Some(backend) = CanvasBackend::with_canvas_object(c.clone()) else {
        return;
    };
    let root = backend.into_drawing_area();
    let ok = match p {
        Plot::Lines(d) => draw_lines(&root, &t, dpr, d).is_ok(),
        Plot::Bars(d) => draw_bars(&root, &t, dpr, d).is_ok(),
    };
    if ok {
        let _ = root.present();
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
type DrawResult = Result<(), DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

fn draw_lines(root: &Area, t: &Theme, dpr: f64, d: &LineData) -> DrawResult {
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
    let mut chart = ChartBuilder::on(root)
        .margin(px(10.0))
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(78.0))
        .build_cartesian_2d(x0..x1, 0f64..ymax)?;
    chart
        .configure_mesh()
        .x_desc(d.x_desc)
        .y_desc(d.y_desc)
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .axis_style(t.fg)
        .bold_line_style(t.grid)
        .light_line_style(TRANSPARENT)
        .x_labels(7)
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
            let style = if l.ghost {
                c.mix(0.35).stroke_width(px(2.0))
            } else {
                c.stroke_width(px(2.5))
            };
            chart.draw_series(LineSeries::new(l.points.iter().copied(), style))?;
        }
    }
    chart.draw_series(
        d.marks
            .iter()
            .map(|&(x, y)| Circle::new((x, y), px(5.0), t.mark.filled())),
    )?;
    Ok(())
}

fn draw_bars(root: &Area, t: &Theme, dpr: f64, d: &BarData) -> DrawResult {
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
        .x_labels(if narrow { 4 } else { 6 })
        .x_label_formatter(&|v| {
            if log {
                compact(10f64.powf(v.round()))
            } else {
                compact(*v)
            }
        })
        .draw()?;
    let base = if d.log { x0 } else { 0.0 };
    let slot = |k: usize| n - k as f64 - 1.0;
    for (k, b) in d.bars.iter().enumerate() {
        let y = slot(k);
        let c = t.ink(b.ink);
        let start = b.from.filter(|f| positive(*f)).map(tx).unwrap_or(base);
        if positive(b.value) {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(start, y + 0.2), (tx(b.value), y + 0.8)],
                c.filled(),
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
    Ok(())
}
