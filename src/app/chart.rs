//! Charts drawn with plotters on a canvas: HiDPI-sharp (scaled by devicePixelRatio),
//! coloured from the CSS theme variables, redrawn on resize and theme change, each
//! with a title, axis units, an accessible description and a "show data" table.

use super::format::{fmt_sig, pct};
use crate::model::{inputs::OrbitKind, orbit, sweep, Inputs, Outputs};
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// Colours of the current theme, read from CSS custom properties on `<html>`.
struct Theme {
    fg: RGBColor,
    grid: RGBColor,
    accent: RGBColor,
    mark: RGBColor,
}

fn parse_hex(s: &str) -> Option<RGBColor> {
    let s = s.trim().strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).ok();
    Some(RGBColor(c(0)?, c(2)?, c(4)?))
}

fn theme() -> Theme {
    let var = |name: &str, fallback: RGBColor| -> RGBColor {
        let w = window();
        w.document()
            .and_then(|d| d.document_element())
            .and_then(|el| w.get_computed_style(&el).ok().flatten())
            .and_then(|st| st.get_property_value(name).ok())
            .and_then(|v| parse_hex(&v))
            .unwrap_or(fallback)
    };
    Theme {
        fg: var("--fg", RGBColor(0x1a, 0x20, 0x2c)),
        grid: var("--grid", RGBColor(0xd8, 0xdd, 0xe6)),
        accent: var("--accent", RGBColor(0x2b, 0x6c, 0xb0)),
        mark: var("--mark", RGBColor(0xc0, 0x56, 0x21)),
    }
}

/// Sizes the canvas backing store to its CSS box × devicePixelRatio; returns the ratio.
fn fit_canvas(c: &HtmlCanvasElement) -> f64 {
    let dpr = window().device_pixel_ratio().max(1.0);
    let w = (c.client_width().max(200) as f64 * dpr).round() as u32;
    let h = (c.client_height().max(150) as f64 * dpr).round() as u32;
    if c.width() != w || c.height() != h {
        // Resizing the backing store also clears it.
        c.set_width(w);
        c.set_height(h);
    } else if let Ok(Some(ctx)) = c.get_context("2d") {
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        ctx.clear_rect(0.0, 0.0, w as f64, h as f64);
    }
    dpr
}

/// A signal that changes when the window is resized or the colour scheme flips.
fn use_redraw_trigger() -> ReadSignal<u32> {
    let (tick, set_tick) = signal(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| set_tick.update(|t| *t += 1));
    on_cleanup(move || handle.remove());
    if let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") {
        let cb =
            wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || set_tick.update(|t| *t += 1));
        mq.set_onchange(Some(cb.as_ref().unchecked_ref()));
        cb.forget();
    }
    tick
}

/// What the eclipse chart shows for the current orbit type.
#[derive(Clone, PartialEq)]
enum EclipseData {
    /// Annual-mean eclipse fraction vs altitude (LEO and SSO), with the current orbit marked.
    VsAltitude {
        curve: Vec<(f64, f64)>,
        current: (f64, f64),
    },
    /// Eclipse minutes per orbit by day of year (GEO's two seasons).
    ByDay { minutes: Vec<f64> },
}

/// Eclipse fraction vs altitude for the selected orbit type, current orbit marked.
#[component]
pub fn EclipseChart(
    /// The scenario.
    inputs: RwSignal<Inputs>,
    /// Its evaluation.
    outputs: Memo<Outputs>,
) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // The curve depends on everything about the orbit except its altitude.
    let shape = Memo::new(move |_| {
        inputs.with(|i| {
            let mut o = i.orbit.clone();
            o.altitude_km = 0.0;
            o
        })
    });
    let curve =
        Memo::new(move |_| shape.with(|o| sweep::eclipse_vs_altitude(o, 200.0, 2000.0, 91)));
    let data = Memo::new(move |_| {
        outputs.with(|o| {
            let e = &o.eclipses;
            if shape.with(|s| s.kind == OrbitKind::Geostationary) {
                EclipseData::ByDay {
                    minutes: e
                        .daily_fraction
                        .iter()
                        .map(|f| f * e.period.minutes())
                        .collect(),
                }
            } else {
                EclipseData::VsAltitude {
                    curve: curve.get(),
                    current: (e.altitude.km(), e.mean_fraction),
                }
            }
        })
    });
    let redraw = use_redraw_trigger();
    Effect::new(move |_| {
        redraw.track();
        let Some(c) = canvas.get() else { return };
        data.with(|d| draw_eclipse(&c, d));
    });

    let title = move || match data.get() {
        EclipseData::VsAltitude { .. } => "Time in Earth's shadow vs altitude",
        EclipseData::ByDay { .. } => "Eclipse length per orbit through the year",
    };
    let description = move || {
        data.with(|d| match d {
            EclipseData::VsAltitude { curve, current } => {
                let first = curve.first().map(|p| p.1).unwrap_or(0.0);
                let last = curve.last().map(|p| p.1).unwrap_or(0.0);
                format!(
                    "Line chart of the annual-mean share of time in Earth's shadow against altitude, from {} at 200 km to {} at 2,000 km. The current orbit, at {} km, spends {} of the year in shadow.",
                    pct(first),
                    pct(last),
                    fmt_sig(current.0, 4),
                    pct(current.1)
                )
            }
            EclipseData::ByDay { minutes } => {
                let days = minutes.iter().filter(|m| **m > 0.0).count();
                let max = minutes.iter().cloned().fold(0.0, f64::max);
                format!(
                    "Bar chart of eclipse minutes per orbit for each day of the year: {days} days with eclipses in two seasons around the equinoxes, longest {} min.",
                    fmt_sig(max, 3)
                )
            }
        })
    };
    let rows = move || {
        data.with(|d| match d {
            EclipseData::VsAltitude { curve, .. } => curve
                .iter()
                .step_by(5)
                .map(|(a, f)| view! { <tr><td>{fmt_sig(*a, 4)}</td><td>{pct(*f)}</td></tr> })
                .collect_view()
                .into_any(),
            EclipseData::ByDay { minutes } => minutes
                .iter()
                .enumerate()
                .filter(|(_, m)| **m > 0.0)
                .step_by(3)
                .map(|(d, m)| view! { <tr><td>{d + 1}</td><td>{fmt_sig(*m, 3)}</td></tr> })
                .collect_view()
                .into_any(),
        })
    };
    let headers = move || match data.get() {
        EclipseData::VsAltitude { .. } => ("Altitude (km)", "Time in shadow (% of year)"),
        EclipseData::ByDay { .. } => ("Day of year", "Eclipse per orbit (min)"),
    };

    view! {
        <figure class="chart">
            <figcaption><h2 id="eclipse-chart-title">{title}</h2></figcaption>
            <canvas node_ref=canvas id="eclipse-chart" role="img" aria-labelledby="eclipse-chart-title" aria-describedby="eclipse-chart-desc"></canvas>
            <p id="eclipse-chart-desc" class="chart-desc">{description}</p>
            <details class="chart-data">
                <summary>"Show data"</summary>
                <table>
                    <caption>{title}</caption>
                    <thead><tr><th scope="col">{move || headers().0}</th><th scope="col">{move || headers().1}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
            <p class="source">"Method: β angle over a year (Meeus solar coordinates, J2 nodal precession), cylindrical shadow (Vallado)."</p>
        </figure>
    }
}

fn draw_eclipse(c: &HtmlCanvasElement, d: &EclipseData) {
    let dpr = fit_canvas(c);
    let Some(backend) = CanvasBackend::with_canvas_object(c.clone()) else {
        return;
    };
    let root = backend.into_drawing_area();
    let t = theme();
    let px = |v: f64| (v * dpr).round() as u32;
    let font = ("system-ui, sans-serif", 12.0 * dpr)
        .into_font()
        .color(&t.fg);
    let result = match d {
        EclipseData::VsAltitude { curve, current } => {
            let ymax = curve
                .iter()
                .map(|p| p.1)
                .fold(current.1, f64::max)
                .max(0.05)
                * 100.0
                * 1.1;
            ChartBuilder::on(&root)
                .margin(px(8.0))
                .x_label_area_size(px(36.0))
                .y_label_area_size(px(44.0))
                .build_cartesian_2d(200f64..2000f64, 0f64..ymax)
                .and_then(|mut chart| {
                    chart
                        .configure_mesh()
                        .x_desc("Altitude (km)")
                        .y_desc("Shadow (% of year)")
                        .label_style(font.clone())
                        .axis_desc_style(font.clone())
                        .axis_style(t.fg)
                        .bold_line_style(t.grid)
                        .light_line_style(TRANSPARENT)
                        .x_labels(7)
                        .y_labels(6)
                        .x_label_formatter(&|v| fmt_sig(*v, 4))
                        .y_label_formatter(&|v| fmt_sig(*v, 3))
                        .draw()?;
                    chart.draw_series(LineSeries::new(
                        curve.iter().map(|(a, f)| (*a, f * 100.0)),
                        t.accent.stroke_width(px(2.0)),
                    ))?;
                    let (a, f) = *current;
                    chart.draw_series(std::iter::once(Circle::new(
                        (a, f * 100.0),
                        px(5.0),
                        t.mark.filled(),
                    )))?;
                    Ok(())
                })
        }
        EclipseData::ByDay { minutes } => {
            let ymax = minutes.iter().cloned().fold(1.0, f64::max) * 1.15;
            ChartBuilder::on(&root)
                .margin(px(8.0))
                .x_label_area_size(px(36.0))
                .y_label_area_size(px(44.0))
                .build_cartesian_2d(0f64..orbit::DAYS_PER_YEAR as f64, 0f64..ymax)
                .and_then(|mut chart| {
                    chart
                        .configure_mesh()
                        .x_desc("Day of year")
                        .y_desc("Eclipse per orbit (min)")
                        .x_label_formatter(&|v| fmt_sig(*v, 3))
                        .y_label_formatter(&|v| fmt_sig(*v, 3))
                        .label_style(font.clone())
                        .axis_desc_style(font.clone())
                        .axis_style(t.fg)
                        .bold_line_style(t.grid)
                        .light_line_style(TRANSPARENT)
                        .draw()?;
                    chart.draw_series(
                        minutes
                            .iter()
                            .enumerate()
                            .filter(|(_, m)| **m > 0.0)
                            .map(|(k, m)| {
                                Rectangle::new(
                                    [(k as f64, 0.0), (k as f64 + 1.0, *m)],
                                    t.accent.filled(),
                                )
                            }),
                    )?;
                    Ok(())
                })
        }
    };
    if result.is_ok() {
        let _ = root.present();
    }
}
