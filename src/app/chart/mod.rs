//! The chart frame and what a chart is: a [`ChartSpec`] (title, accessible
//! description, what to plot, the data table) shown by [`ChartFrame`] as a canvas with
//! its title, description, "show data" table, note and PNG export. The specs
//! themselves are built in `super::charts`; drawing is in [`draw`]. A chart redraws on
//! resize and on a colour-scheme change.

mod draw;

use super::dom::{copy_image, download, download_url};
use super::format::t;
use super::state::State;
use crate::i18n::Ui;
use draw::{draw_at, draw_for_print, render_publishable, use_redraw_trigger, Caption};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which theme colour a series uses (text labels and the data table say the same).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Orbit,
    Earth,
    Mark,
}

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

/// A data table behind a chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// What a chart draws: lines or horizontal bars.
#[derive(Clone, Debug, PartialEq)]
pub enum Plot {
    Lines(LineData),
    Bars(BarData),
}

/// One line, optionally a ghost (the pinned baseline) and an uncertainty band.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub points: Vec<(f64, f64)>,
    pub ink: Ink,
    pub ghost: bool,
    /// (x, low, high) of a band drawn behind the line.
    pub band: Vec<(f64, f64, f64)>,
}

/// A line chart.
#[derive(Clone, Debug, PartialEq)]
pub struct LineData {
    pub x_desc: &'static str,
    pub y_desc: &'static str,
    pub x_range: (f64, f64),
    pub lines: Vec<Line>,
    /// Highlighted points.
    pub marks: Vec<(f64, f64)>,
    /// Draw the lines as bars per x (the GEO eclipse calendar).
    pub as_columns: bool,
}

/// One horizontal bar: value, optional low–high whisker and baseline ghost.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// Where the bar starts (the axis origin when None): tornado bars span from..value.
    pub from: Option<f64>,
    pub whisker: Option<(f64, f64)>,
    pub ghost: Option<f64>,
    pub ink: Ink,
}

/// A horizontal bar chart; `log` draws values on a log10 axis.
#[derive(Clone, Debug, PartialEq)]
pub struct BarData {
    pub x_desc: &'static str,
    pub bars: Vec<Bar>,
    pub log: bool,
}

/// Everything one chart shows: title, accessible description, what to draw, the data.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub title: String,
    pub description: String,
    pub plot: Plot,
    pub table: Table,
}

/// What an exported image says around its plot (title, the verdict, a legend for line
/// charts, the source note, the scenario's link and the version), from the page's state
/// (provided by the app as a context; without it, the title and source only).
fn caption(title: &str, plot: &Plot, note: &str) -> Caption {
    let st = use_context::<State>();
    let verdict = st.map_or(String::new(), |st| {
        st.outputs.with_untracked(super::verdict::headline)
    });
    let mut legend = Vec::new();
    if let Plot::Lines(d) = plot {
        for (ink, ghost) in d.lines.iter().map(|l| (l.ink, l.ghost)) {
            let name = match (ink, ghost) {
                (_, true) => t(Ui::ColBaseline).to_string(),
                (Ink::Orbit, false) => t(Ui::Orbit).to_string(),
                (Ink::Earth, false) => st.map_or(String::new(), |st| {
                    st.outputs
                        .with_untracked(|o| super::verdict::comparator_name(o).to_string())
                }),
                (Ink::Mark, false) => continue,
            };
            if !name.is_empty()
                && !legend
                    .iter()
                    .any(|(i, n, g): &(Ink, String, bool)| *i == ink && *n == name && *g == ghost)
            {
                legend.push((ink, name, ghost));
            }
        }
    }
    let mut footer = vec![note.to_string()];
    if let Some(st) = st {
        footer.push(st.inputs.with_untracked(|i| {
            st.baseline
                .with_untracked(|b| super::url::permalink(i, b.as_ref()))
        }));
    }
    footer.push(concat!("Orbital Footprint ", env!("CARGO_PKG_VERSION")).to_string());
    Caption {
        title: title.to_string(),
        verdict,
        legend,
        footer,
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
    let pending = std::rc::Rc::new(std::cell::Cell::new(0u32));
    Effect::new(move |_| {
        spec.track();
        let Some(size) = css.get() else { return };
        let Some(c) = canvas.get() else { return };
        let ticket = pending.get().wrapping_add(1);
        pending.set(ticket);
        if visible.get() {
            spec.with_untracked(|s| draw_at(&c, &s.plot, Some(size), None));
        } else {
            let pending = pending.clone();
            set_timeout(
                move || {
                    if pending.get() == ticket {
                        spec.with_untracked(|s| draw_at(&c, &s.plot, Some(size), None));
                    }
                },
                std::time::Duration::from_millis(300),
            );
        }
    });
    let open = RwSignal::new(false);
    // Print: every chart drawn at once in the light theme (off-screen ones too), its data
    // table's rows built, then the screen drawing back afterwards.
    {
        // `try_`: a chart that was unmounted (its listeners stay) does nothing.
        let before = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            let _ = open.try_set(true);
            if let Some(Some(c)) = canvas.try_get_untracked() {
                let _ = spec.try_with_untracked(|s| draw_for_print(&c, &s.plot));
            }
        });
        let after = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            if let Some(Some(c)) = canvas.try_get_untracked() {
                let size = css.try_get_untracked().flatten();
                let _ = spec.try_with_untracked(|s| draw_at(&c, &s.plot, size, None));
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
    view! {
        <figure class="chart" id=format!("{id}-fig")>
            <figcaption><h2 id=title_id.clone()>{title}</h2></figcaption>
            <canvas node_ref=canvas id=id role="img" aria-labelledby=title_id aria-describedby=desc_id.clone()></canvas>
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
                    if let Some(big) = spec.with_untracked(|s| render_publishable(&c, &s.plot, &caption(&s.title, &s.plot, note))) {
                        if let Ok(url) = big.to_data_url() {
                            download_url(&format!("{id}.png"), &url);
                        }
                    }
                }>{t(Ui::DownloadPng)}</button>
                <button type="button" class="copy-png" on:click=move |_| {
                    let Some(c) = canvas.get_untracked() else { return };
                    if let Some(big) = spec.with_untracked(|s| render_publishable(&c, &s.plot, &caption(&s.title, &s.plot, note))) {
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
/// naming the lines as a frame's export does (`earth`: the Earth alternative's name).
pub fn publishable_image(
    spec: &ChartSpec,
    title: &str,
    verdict: &str,
    earth: &str,
    footer: Vec<String>,
) -> Option<web_sys::HtmlCanvasElement> {
    let mut legend: Vec<(Ink, String, bool)> = Vec::new();
    if let Plot::Lines(d) = &spec.plot {
        for l in &d.lines {
            let name = match (l.ink, l.ghost) {
                (_, true) => t(Ui::ColBaseline),
                (Ink::Orbit, false) => t(Ui::Orbit),
                (Ink::Earth, false) => earth,
                (Ink::Mark, false) => continue,
            };
            if !legend
                .iter()
                .any(|(i, n, g)| *i == l.ink && n == name && *g == l.ghost)
            {
                legend.push((l.ink, name.to_string(), l.ghost));
            }
        }
    }
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.unchecked_into();
    let cap = Caption {
        title: title.to_string(),
        verdict: verdict.to_string(),
        legend,
        footer,
    };
    render_publishable(&canvas, &spec.plot, &cap)
}
