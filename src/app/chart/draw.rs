//! Drawing a chart on the page's canvas: HiDPI-sharp (backing store scaled by
//! devicePixelRatio) and coloured from the CSS theme variables, which are read once and
//! cached until the colour scheme changes; the drawing itself is `crate::chart::draw`'s,
//! measured with the canvas's own text metrics. Also the publishable exports: the PNG
//! composed on a canvas, the SVG by `crate::chart::svg`.

use super::either::Either;
use super::{Key, Plot, Swatch};
use crate::chart::backend::SvgWriter;
use crate::chart::draw::{font_family, Pen};
use crate::chart::svg::{self, layout, EXPORT_W, PAD};
use crate::chart::{hex, Caption, Mapped, Measure, Theme, LIGHT};
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Text widths from a canvas's own metrics, in the chart font.
struct CanvasMeasure<'a>(&'a CanvasRenderingContext2d);

impl Measure for CanvasMeasure<'_> {
    fn width(&self, text: &str, size_px: f64, weight: u16) -> f64 {
        self.0
            .set_font(&format!("{weight} {size_px}px {}", font_family()));
        self.0.measure_text(text).map_or(0.0, |m| m.width())
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

/// An exported image's plot height: the canvas's own, within 300–520 CSS px.
fn export_plot_h(on_screen: &HtmlCanvasElement) -> f64 {
    (on_screen.client_height().max(300) as f64).min(520.0)
}

/// The chart as a publishable image at twice its size: white, in the light theme's
/// colours, with the title, verdict and legend above the plot and the source, the
/// scenario's link and the version below it.
pub(super) fn render_publishable(
    on_screen: &HtmlCanvasElement,
    p: &Plot,
    cap: &Caption,
) -> Option<HtmlCanvasElement> {
    let plot_h = export_plot_h(on_screen);
    let plot: HtmlCanvasElement = document().create_element("canvas").ok()?.unchecked_into();
    draw_with(&plot, p, Some((EXPORT_W, plot_h)), Some(2.0), LIGHT);
    let out: HtmlCanvasElement = document().create_element("canvas").ok()?.unchecked_into();
    let ctx: web_sys::CanvasRenderingContext2d = out.get_context("2d").ok()??.unchecked_into();
    let family = font_family();
    // Measure first (the canvas size resets the context), then size, then draw.
    let lay = layout(&CanvasMeasure(&ctx), cap, plot_h);
    out.set_width((EXPORT_W * 2.0) as u32);
    out.set_height((lay.height * 2.0).round() as u32);
    let _ = ctx.scale(2.0, 2.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, EXPORT_W, lay.height);
    ctx.set_text_baseline("top");
    let mut y = PAD;
    ctx.set_fill_style_str(&hex(LIGHT.fg));
    ctx.set_font(&format!("600 20px {family}"));
    for l in &lay.title {
        let _ = ctx.fill_text(l, PAD, y);
        y += 26.0;
    }
    ctx.set_font(&format!("15px {family}"));
    for l in &lay.verdict {
        let _ = ctx.fill_text(l, PAD, y);
        y += 20.0;
    }
    ctx.set_font(&format!("13px {family}"));
    for row in &lay.legend {
        for (k, x) in row {
            swatch(&ctx, k, *x, y + 8.0, &hex(LIGHT.ink(k.ink)));
            ctx.set_fill_style_str(&hex(LIGHT.fg));
            let _ = ctx.fill_text(&k.name, x + 30.0, y + 1.0);
        }
        y += 24.0;
    }
    let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
        &plot,
        0.0,
        lay.plot_top,
        EXPORT_W,
        plot_h,
    );
    y = lay.plot_top + plot_h + 8.0;
    ctx.set_fill_style_str("#4a5568");
    ctx.set_font(&format!("12px {family}"));
    for l in &lay.footer {
        let _ = ctx.fill_text(l, PAD, y);
        y += 16.0;
    }
    Some(out)
}

/// The chart as a publishable SVG ([`crate::chart::svg::publishable`]), its plot as tall
/// as the PNG's, its text measured with the page's fonts.
///
/// The plot is drawn as `svg::plot_fragment` draws it, but through the page's one
/// backend (`Either`), so the drawing code is not compiled a second time.
pub(super) fn render_svg(on_screen: &HtmlCanvasElement, p: &Plot, cap: &Caption) -> Option<String> {
    let plot_h = export_plot_h(on_screen);
    let scratch: HtmlCanvasElement = document().create_element("canvas").ok()?.unchecked_into();
    let ctx: CanvasRenderingContext2d = scratch.get_context("2d").ok()??.unchecked_into();
    let m = CanvasMeasure(&ctx);
    let mut fragment = String::new();
    {
        let size = svg::fragment_size(EXPORT_W, plot_h);
        let root = Either::Svg(SvgWriter::new(&mut fragment, size)).into_drawing_area();
        crate::chart::draw::plot(&root, &svg::fragment_pen(&m), p).ok()?;
        root.present().ok()?;
    }
    Some(svg::publishable(cap, &fragment, plot_h, &m))
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
    // A dot is filled only (a stroke would widen it past the SVG's r = 5).
    if k.swatch != Swatch::Dot {
        ctx.stroke();
    }
    let _ = ctx.set_line_dash(&js_sys::Array::new());
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

/// The CSS size a chart is drawn at for print: beside its data table, in the left 54 %
/// of an A4 page's 186 mm column (style/main.css, `@media print`, which shows the
/// canvas at the same aspect ratio); a [`Plot::print_wide`] chart across the column,
/// 12 px a bar.
fn print_css(p: &Plot) -> (f64, f64) {
    match p {
        Plot::Bars(b) if p.print_wide() => (700.0, 64.0 + 12.0 * b.bars.len() as f64),
        _ => (380.0, 216.0),
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
    let backend = Either::Canvas(CanvasBackend::with_canvas_object(c.clone())?);
    let root = backend.into_drawing_area();
    let pen = Pen {
        measure: &CanvasMeasure(&ctx),
        theme: t,
        dpr,
    };
    let mapped = crate::chart::draw::plot(&root, &pen, p).ok()?;
    root.present().ok()?;
    Some(mapped)
}
