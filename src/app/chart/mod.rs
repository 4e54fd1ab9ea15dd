//! The chart frame and what a chart is: a [`ChartSpec`] (title, accessible
//! description, what to plot, the data table) shown by [`ChartFrame`] as a canvas with
//! its title, description, "show data" table, note and PNG export. The specs
//! themselves are built in `super::charts`; drawing is in [`draw`]. A chart redraws on
//! resize and on a colour-scheme change.

mod draw;
mod either;

use super::dom::{copy_image, download, download_url};
use super::format::{fmt_sig, number_unit, ratio_text, t, with_unit};
use super::state::State;
pub use crate::chart::{Bar, BarData, ChartSpec, Ink, Key, Line, LineData, Plot, Swatch, Table};
use crate::chart::{Caption, Mapped};
use crate::i18n::Ui;
use draw::{draw_at, draw_for_print, render_publishable, render_svg, use_redraw_trigger};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A signal that is true while the element is at least partly on screen.
fn use_visibility(target: NodeRef<leptos::html::Canvas>) -> ReadSignal<bool> {
    let (visible, set_visible) = signal(false);
    let registered = std::cell::Cell::new(false);
    Effect::new(move |_| {
        let Some(c) = target.get() else { return };
        if registered.replace(true) {
            return;
        }
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(
            move |entries: js_sys::Array| {
                for e in entries.iter() {
                    let e: web_sys::IntersectionObserverEntry = e.unchecked_into();
                    set_visible.set(e.is_intersecting());
                }
            },
        );
        match web_sys::IntersectionObserver::new(cb.as_ref().unchecked_ref()) {
            Ok(obs) => {
                obs.observe(&c);
                std::mem::forget(obs);
            }
            // No IntersectionObserver: treat the chart as always visible.
            Err(_) => set_visible.set(true),
        }
        cb.forget();
    });
    visible
}

/// "name: value", in the page's language.
fn pair(name: &str, value: &str) -> String {
    if crate::i18n::current().zh() {
        format!("{name}：{value}")
    } else {
        format!("{name}: {value}")
    }
}

/// What the value readout says at the data coordinates `(x, y)` under the pointer: for
/// lines, x at the nearest point and every line's value there; for bars, the bar in the
/// pointer's row with its value (its range, its baseline; a tornado bar's two ends).
fn read_at(p: &Plot, (x, y): (f64, f64)) -> Option<String> {
    let zh = crate::i18n::current().zh();
    match p {
        Plot::Lines(d) => {
            // Every line of a chart shares its x's: take the nearest on the first that is
            // not a ghost (a column covers x to x + 1 and is its day's).
            let near = |l: &Line, x: f64| {
                l.points
                    .iter()
                    .copied()
                    .min_by(|a, b| (a.0 - x).abs().total_cmp(&(b.0 - x).abs()))
            };
            let main = d.lines.iter().find(|l| !l.ghost).or(d.lines.first())?;
            let x = if d.as_columns {
                x.floor()
            } else {
                near(main, x)?.0
            };
            let shown = if d.as_columns { x + 1.0 } else { x };
            let mut parts = vec![pair(d.x_name, &number_unit(&fmt_sig(shown, 4), d.x_unit))];
            // Today's lines first, then the pinned baseline's.
            let (now, ghosts): (Vec<&Line>, Vec<&Line>) = d.lines.iter().partition(|l| !l.ghost);
            for l in now.into_iter().chain(ghosts) {
                if let Some(p) = near(l, x) {
                    parts.push(pair(&l.name, &with_unit(p.1, d.y_unit)));
                }
            }
            Some(parts.join(if zh { "；" } else { " · " }))
        }
        Plot::Bars(d) => {
            let n = d.bars.len();
            let k = (n as f64 - y)
                .floor()
                .clamp(0.0, n.saturating_sub(1) as f64) as usize;
            let b = d.bars.get(k)?;
            let v = |v: f64| d.unit.map_or_else(|| ratio_text(v), |u| with_unit(v, u));
            let mut what = Vec::new();
            match (b.split, b.from) {
                (Some(_), Some(from)) => {
                    what.push(format!("{} {}", t(Ui::ColRatioLow), v(from)));
                    what.push(format!("{} {}", t(Ui::ColRatioHigh), v(b.value)));
                }
                _ => what.push(v(b.value)),
            }
            if let Some((lo, hi)) = b.whisker {
                what.push(format!("{} {} – {}", t(Ui::ColRangeLowHigh), v(lo), v(hi)));
            }
            if let (Some(g), None) = (b.ghost, b.from) {
                what.push(format!("{} {}", t(Ui::KeyBaseline), v(g)));
            }
            Some(pair(&b.label, &what.join(if zh { "，" } else { ", " })))
        }
    }
}

/// What an exported image says around its plot (title, the verdict, the legend the page
/// shows, the source note, the scenario's link and the version), from the page's state
/// (provided by the app as a context; without it, the title, legend and source only).
fn caption(spec: &ChartSpec, note: &str) -> Caption {
    let st = use_context::<State>();
    let verdict = st.map_or(String::new(), |st| {
        st.outputs.with_untracked(super::verdict::headline)
    });
    let mut footer = vec![note.to_string()];
    if let Some(st) = st {
        footer.push(st.inputs.with_untracked(|i| {
            st.baseline
                .with_untracked(|b| super::url::permalink(i, b.as_ref()))
        }));
    }
    footer.push(concat!("Orbital Footprint ", env!("CARGO_PKG_VERSION")).to_string());
    Caption {
        title: spec.title.clone(),
        verdict,
        legend: spec.legend.clone(),
        footer,
    }
}

thread_local! {
    /// True between `beforeprint` and `afterprint`: a chart that redraws then (its spec
    /// changed: the tornado arriving, a Monte Carlo finishing) draws for print, never at
    /// its screen size into a canvas print shows at the print aspect ratio.
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Draws `p` for print on `c` and gives the canvas the aspect ratio print shows it at.
fn paint_for_print(c: &web_sys::HtmlCanvasElement, p: &Plot) {
    let (w, h) = draw_for_print(c, p);
    let _ = web_sys::HtmlElement::style(c).set_property("--print-aspect", &format!("{w} / {h}"));
}

/// Draws `p` on `c` for the screen at `size`, or for print while printing (then no
/// mapping for the readout: None).
fn paint(c: &web_sys::HtmlCanvasElement, p: &Plot, size: Option<(f64, f64)>) -> Option<Mapped> {
    if PRINTING.with(|f| f.get()) {
        paint_for_print(c, p);
        None
    } else {
        draw_at(c, p, size, None)
    }
}

/// A chart: canvas, title, description, data table and a note on method or source.
/// It redraws only when its spec changes (or on resize / theme change).
#[component]
pub fn ChartFrame(
    /// Element id of the canvas (the figure gets `<id>-fig`).
    id: &'static str,
    /// What the chart shows.
    spec: Memo<ChartSpec>,
    /// Method or source note.
    note: &'static str,
) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let redraw = use_redraw_trigger();
    // Charts on screen redraw on every input; the others catch up once input pauses,
    // which keeps the slider's input-to-paint path short.
    let visible = use_visibility(canvas);
    // The canvas's CSS size, measured on mount, on resize and when it comes on screen,
    // never on an input: reading it then would force a synchronous layout per redraw.
    let css = RwSignal::new(None::<(f64, f64)>);
    Effect::new(move |_| {
        redraw.track();
        visible.track();
        if let Some(c) = canvas.get() {
            css.set(Some((c.client_width() as f64, c.client_height() as f64)));
        }
    });
    // Where the last drawing put its plot: the readout maps the pointer through it.
    let mapped: Rc<RefCell<Option<Mapped>>> = Rc::default();
    let drawn = {
        let mapped = mapped.clone();
        move |c: &web_sys::HtmlCanvasElement, m: Option<Mapped>| {
            let mut last = mapped.borrow_mut();
            let ticks = m.as_ref().map(Mapped::ticks_json);
            if ticks != last.as_ref().map(Mapped::ticks_json) {
                let _ = c.set_attribute("data-ticks", ticks.as_deref().unwrap_or("[]"));
            }
            *last = m;
        }
    };
    let pending = Rc::new(std::cell::Cell::new(0u32));
    {
        let drawn = drawn.clone();
        Effect::new(move |_| {
            spec.track();
            let Some(size) = css.get() else { return };
            let Some(c) = canvas.get() else { return };
            let ticket = pending.get().wrapping_add(1);
            pending.set(ticket);
            if visible.get() {
                drawn(&c, spec.with_untracked(|s| paint(&c, &s.plot, Some(size))));
            } else {
                let pending = pending.clone();
                let drawn = drawn.clone();
                set_timeout(
                    move || {
                        if pending.get() == ticket {
                            drawn(&c, spec.with_untracked(|s| paint(&c, &s.plot, Some(size))));
                        }
                    },
                    std::time::Duration::from_millis(300),
                );
            }
        });
    }
    let open = RwSignal::new(false);
    // Print: every chart drawn at once in the light theme (off-screen ones too), its data
    // table's rows built, then the screen drawing back afterwards.
    {
        // `try_`: a chart that was unmounted (its listeners stay) does nothing.
        let before = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            PRINTING.with(|f| f.set(true));
            let _ = open.try_set(true);
            if let Some(Some(c)) = canvas.try_get_untracked() {
                let _ = spec.try_with_untracked(|s| paint_for_print(&c, &s.plot));
            }
        });
        let after = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            PRINTING.with(|f| f.set(false));
            if let Some(Some(c)) = canvas.try_get_untracked() {
                let size = css.try_get_untracked().flatten();
                if let Some(m) = spec.try_with_untracked(|s| draw_at(&c, &s.plot, size, None)) {
                    drawn(&c, m);
                }
            }
        });
        let w = window();
        let _ = w.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
        let _ = w.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
        before.forget();
        after.forget();
    }
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let title = move || spec.with(|s| s.title.clone());
    // The legend changes far less often than the spec (a baseline pinned, the Monte
    // Carlo's bands, another Earth alternative): its own memo keeps its list untouched
    // on an ordinary input.
    let legend = Memo::new(move |_| spec.with(|s| s.legend.clone()));
    // The value readout: text written straight into the element on pointer events, no
    // signal, so it costs nothing on the input path.
    let readout = NodeRef::<leptos::html::P>::new();
    let show = move |ev: web_sys::PointerEvent, clear: bool| {
        let Some(el) = readout.get_untracked() else {
            return;
        };
        let text = if clear {
            None
        } else {
            let m = mapped.borrow();
            m.as_ref().and_then(|m| {
                let at = m.data_at(ev.offset_x() as f64, ev.offset_y() as f64);
                spec.with_untracked(|s| read_at(&s.plot, at))
            })
        };
        let text = text.unwrap_or_default();
        if el.text_content().unwrap_or_default() != text {
            el.set_text_content(Some(&text));
        }
    };
    let show_move = show.clone();
    let show_down = show.clone();
    view! {
        <figure class="chart" class:print-wide=move || spec.with(|s| s.plot.print_wide()) id=format!("{id}-fig")>
            <figcaption>
                <h2 id=title_id.clone()>{title}</h2>
                <ul class="legend" aria-label=t(Ui::KeyLegend)>
                    {move || legend.with(|l| l.iter().map(|k| view! {
                        <li><span class=format!("{} {}", k.swatch.class(), k.ink.class()) aria-hidden="true"></span>{k.name.clone()}</li>
                    }).collect_view())}
                </ul>
            </figcaption>
            <canvas node_ref=canvas id=id role="img" aria-labelledby=title_id aria-describedby=desc_id.clone()
                on:pointermove=move |ev| show_move(ev, false)
                on:pointerdown=move |ev| show_down(ev, false)
                // A mouse leaving clears the readout; a finger lifted keeps what it tapped.
                on:pointerleave=move |ev| {
                    let mouse = ev.pointer_type() == "mouse";
                    show(ev, mouse);
                }
            ></canvas>
            <p class="chart-readout" node_ref=readout aria-live="polite"></p>
            <p id=desc_id class="chart-desc">{move || spec.with(|s| s.description.clone())}</p>
            <details class="chart-data" on:toggle=move |ev| {
                open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
            }>
                <summary>{t(Ui::ShowData)}</summary>
                <div class="table-wrap">
                    <table>
                        <caption>{title}</caption>
                        <thead><tr>{move || spec.with(|s| s.table.headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view())}</tr></thead>
                        <tbody>
                            // Rows are built only while the table is open.
                            {move || open.get().then(|| spec.with(|s| {
                                s.table
                                    .rows
                                    .iter()
                                    .map(|r| view! { <tr>{r.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr> })
                                    .collect_view()
                            }))}
                        </tbody>
                    </table>
                </div>
            </details>
            <p class="source">{note}</p>
            <div class="button-row chart-tools">
                <button type="button" class="png" on:click=move |_| {
                    let Some(c) = canvas.get_untracked() else { return };
                    if let Some(big) = spec.with_untracked(|s| render_publishable(&c, &s.plot, &caption(s, note))) {
                        if let Ok(url) = big.to_data_url() {
                            download_url(&format!("{id}.png"), &url);
                        }
                    }
                }>{t(Ui::DownloadPng)}</button>
                <button type="button" class="svg" on:click=move |_| {
                    let Some(c) = canvas.get_untracked() else { return };
                    if let Some(svg) = spec.with_untracked(|s| render_svg(&c, &s.plot, &caption(s, note))) {
                        download(&format!("{id}.svg"), "image/svg+xml;charset=utf-8", &svg);
                    }
                }>{t(Ui::DownloadSvg)}</button>
                <button type="button" class="copy-png" on:click=move |_| {
                    let Some(c) = canvas.get_untracked() else { return };
                    if let Some(big) = spec.with_untracked(|s| render_publishable(&c, &s.plot, &caption(s, note))) {
                        copy_image(&big);
                    }
                }>{t(Ui::CopyImage)}</button>
                <button type="button" class="csv" on:click=move |_| {
                    let text = spec.with_untracked(|s| crate::share::export::table_csv(&s.table.headers, &s.table.rows));
                    download(&format!("{id}.csv"), "text/csv;charset=utf-8", &text);
                }>{t(Ui::ChartCsv)}</button>
            </div>
        </figure>
    }
}

/// A chart's publishable image drawn off screen (a claim card's PNG, which has no canvas
/// on the page): `title`, `verdict` and the `footer` lines around the plot, the legend
/// with the spec's own legend, as a frame's export draws it.
pub fn publishable_image(
    spec: &ChartSpec,
    title: &str,
    verdict: &str,
    footer: Vec<String>,
) -> Option<web_sys::HtmlCanvasElement> {
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.unchecked_into();
    let cap = Caption {
        title: title.to_string(),
        verdict: verdict.to_string(),
        legend: spec.legend.clone(),
        footer,
    };
    render_publishable(&canvas, &spec.plot, &cap)
}
