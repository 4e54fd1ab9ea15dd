//! Every chart's spec, built here from the model's numbers and handed to
//! `ChartFrame` (`super::chart`) to draw: cumulative emissions (orbit vs the Earth
//! alternative, with the payback point), emissions by source, mass to orbit by
//! subsystem, the power and heat flow, time in Earth's shadow, and the tornado of what
//! moves the verdict. The pinned baseline is drawn as a ghost. Bars that show a
//! registry output take its label from the output registry.

use super::chart::{Bar, BarData, ChartFrame, ChartSpec, Ink, Line, LineData, Plot, Table};
use super::format::{fmt_sig, pct, ratio_text, with_unit};
use super::state::State;
use super::verdict::comparator_name;
use crate::model::inputs::OrbitKind;
use crate::model::outputs::{output, OutputSpec};
use crate::model::uncertainty::{Band, McResult, Metric, Tornado};
use crate::model::units::KgCo2e;
use crate::model::{orbit, sweep, Outputs};
use crate::share::view::Chart;
use leptos::prelude::*;

/// The charts an embed can show, with their names for the embed dialog.
pub const EMBED_CHARTS: [(Chart, &str); 5] = [
    (Chart::Cumulative, "Cumulative emissions"),
    (Chart::Sources, "Emissions by source"),
    (Chart::Mass, "Mass to orbit"),
    (Chart::Flow, "Power and heat flow"),
    (Chart::Eclipse, "Time in Earth's shadow"),
];

/// A registry output by key (looked up once, when a chart is created: a lookup scans
/// the registry).
fn spec(key: &str) -> &'static OutputSpec {
    output(key).unwrap_or_else(|| panic!("output `{key}` is not registered"))
}

/// The registry outputs the bar charts show, looked up once.
#[derive(Clone, Copy)]
pub struct ChartOutputs {
    /// The mass breakdown, in tonnes.
    mass: [&'static OutputSpec; 7],
    /// Launcher manufacturing, satellite manufacturing and re-entry, in tCO2e.
    sources: [&'static OutputSpec; 3],
}

impl ChartOutputs {
    /// Looks the outputs up in the registry.
    pub fn new() -> ChartOutputs {
        ChartOutputs {
            mass: [
                "mass.compute_t",
                "mass.array_t",
                "mass.battery_t",
                "mass.radiator_t",
                "mass.structure_t",
                "mass.shielding_t",
                "mass.propellant_t",
            ]
            .map(spec),
            sources: [
                "emissions.launcher_manufacturing_t",
                "emissions.satellite_manufacturing_t",
                "emissions.reentry_t",
            ]
            .map(spec),
        }
    }
}

impl Default for ChartOutputs {
    fn default() -> ChartOutputs {
        ChartOutputs::new()
    }
}

fn tonnes(kg: f64) -> f64 {
    kg / 1e3
}

fn cumulative(o: &Outputs, ghost: bool) -> [Line; 2] {
    let v = &o.verdicts;
    let pts = |c: &[KgCo2e]| {
        c.iter()
            .enumerate()
            .map(|(y, kg)| (y as f64, tonnes(kg.get())))
            .collect::<Vec<_>>()
    };
    [
        Line {
            points: pts(&v.cumulative_orbit),
            ink: Ink::Orbit,
            ghost,
            band: vec![],
        },
        Line {
            points: pts(&v.cumulative_earth),
            ink: Ink::Earth,
            ghost,
            band: vec![],
        },
    ]
}

/// Cumulative emissions over time, orbit vs the Earth alternative, with the payback point
/// and, once the Monte Carlo has run, 5th–95th percentile bands.
fn cumulative_spec(o: &Outputs, b: Option<&Outputs>, mc: Option<&McResult>) -> ChartSpec {
    let v = &o.verdicts;
    let mut lines = Vec::with_capacity(4);
    if let Some(b) = b {
        lines.extend(cumulative(b, true));
    }
    let mut now = cumulative(o, false);
    if let Some(r) = mc.filter(|r| r.cumulative_orbit.len() == v.cumulative_orbit.len()) {
        let band = |bs: &[Band]| {
            bs.iter()
                .enumerate()
                .map(|(y, b)| (y as f64, tonnes(b.p5), tonnes(b.p95)))
                .collect::<Vec<_>>()
        };
        now[0].band = band(&r.cumulative_orbit);
        now[1].band = band(&r.cumulative_earth);
    }
    lines.extend(now);
    let payback_point = v.payback_year.map(|y| {
        let k = (y.get().ceil() as usize).min(v.cumulative_orbit.len().saturating_sub(1));
        (
            y.get(),
            tonnes(v.cumulative_orbit.get(k).map_or(0.0, |c| c.get())),
        )
    });
    let last = |c: &[KgCo2e]| fmt_sig(tonnes(c.last().map_or(0.0, |c| c.get())), 3);
    ChartSpec {
        title: "Cumulative emissions: orbit vs Earth".into(),
        description: format!(
            "Line chart of cumulative emissions in tonnes of CO2e over {} years: orbit (blue) reaches {} t, {} (green) reaches {} t, its electricity going from {} to {} gCO2e/kWh ({}); shaded bands, once computed, span the 5th–95th percentiles of the Monte Carlo. {}",
            fmt_sig(v.horizon_years.get(), 3),
            last(&v.cumulative_orbit),
            comparator_name(o),
            last(&v.cumulative_earth),
            fmt_sig(o.earth.intensity_by_year.first().copied().unwrap_or(0.0), 3),
            fmt_sig(o.earth.intensity_by_year.last().copied().unwrap_or(0.0), 3),
            o.earth.trajectory.label(),
            match v.payback_year {
                Some(y) => format!("Orbit's cumulative emissions fall below Earth's after {} years (orange dot).", fmt_sig(y.get(), 2)),
                None => "Orbit's cumulative emissions never fall below Earth's within the horizon.".into(),
            }
        ),
        plot: Plot::Lines(LineData {
            x_desc: "Years from launch",
            y_desc: "Cumulative tCO2e",
            x_range: (0.0, (v.cumulative_orbit.len().max(2) - 1) as f64),
            lines,
            marks: payback_point.into_iter().collect(),
            as_columns: false,
        }),
        table: Table {
            headers: vec!["Year", "Orbit (tCO2e)", "Earth (tCO2e)", "Earth grid that year (gCO2e/kWh)"],
            rows: v
                .cumulative_orbit
                .iter()
                .zip(&v.cumulative_earth)
                .enumerate()
                .map(|(y, (a, b))| {
                    let g = y.checked_sub(1).and_then(|k| o.earth.intensity_by_year.get(k));
                    vec![
                        y.to_string(),
                        fmt_sig(tonnes(a.get()), 3),
                        fmt_sig(tonnes(b.get()), 3),
                        g.map(|g| fmt_sig(*g, 3)).unwrap_or_default(),
                    ]
                })
                .collect(),
        },
    }
}

fn source_bars(o: &Outputs, b: Option<&Outputs>, outs: &ChartOutputs) -> Vec<Bar> {
    // Labels and values in tonnes; three are registry outputs.
    let rows = |o: &Outputs| -> [(&'static str, f64, Ink); 7] {
        let t = &o.footprint;
        let e = &o.earth;
        let [launcher, satellite, reentry] = outs.sources.map(|s| (s.meaning, (s.get)(o)));
        [
            (
                "Launch, combustion CO2",
                tonnes(t.launch_by_accounting.co2.get()),
                Ink::Orbit,
            ),
            (launcher.0, launcher.1, Ink::Orbit),
            (satellite.0, satellite.1, Ink::Orbit),
            (reentry.0, reentry.1, Ink::Orbit),
            (
                "Earth: electricity",
                tonnes(e.operational.get()),
                Ink::Earth,
            ),
            ("Earth: building", tonnes(e.building.get()), Ink::Earth),
            ("Earth: hardware", tonnes(e.hardware.get()), Ink::Earth),
        ]
    };
    let now = rows(o);
    let base = b.map(rows);
    let (lo, mid, hi) = o.footprint.non_co2();
    let mut bars: Vec<Bar> = now
        .iter()
        .enumerate()
        .map(|(k, (label, v, ink))| Bar {
            label: label.to_string(),
            value: *v,
            from: None,
            whisker: None,
            ghost: base.as_ref().map(|r| r[k].1),
            ink: *ink,
        })
        .collect();
    bars.insert(
        1,
        Bar {
            label: format!(
                "Non-CO2 of launch, {} (low–high)",
                o.footprint.metric.name()
            ),
            value: tonnes(mid.get()),
            from: None,
            whisker: Some((tonnes(lo.get()), tonnes(hi.get()))),
            ghost: b.map(|b| tonnes(b.footprint.non_co2().1.get())),
            ink: Ink::Mark,
        },
    );
    bars
}

/// Emissions by source, log scale: orbit's launch CO2, the non-CO2 range, manufacturing
/// and re-entry against the Earth alternative's electricity, building and hardware.
fn sources_spec(o: &Outputs, b: Option<&Outputs>, outs: &ChartOutputs) -> ChartSpec {
    let bars = source_bars(o, b, outs);
    let parts: Vec<String> = bars
        .iter()
        .map(|b| format!("{} {} t", b.label, fmt_sig(b.value, 3)))
        .collect();
    ChartSpec {
        title: "Emissions by source".into(),
        description: format!(
            "Horizontal bars on a log scale, tonnes of CO2e by source: {}; the non-CO2 range runs from {} to {} t (below zero: a net cooling, drawn from the axis).",
            parts.join("; "),
            fmt_sig(tonnes(o.footprint.non_co2().0.get()), 3),
            fmt_sig(tonnes(o.footprint.non_co2().2.get()), 3),
        ),
        table: Table {
            headers: vec!["Source", "tCO2e", "Range (low–high)"],
            rows: bars
                .iter()
                .map(|b| {
                    vec![
                        b.label.clone(),
                        fmt_sig(b.value, 3),
                        b.whisker
                            .map(|(l, h)| format!("{} – {}", fmt_sig(l, 3), fmt_sig(h, 3)))
                            .unwrap_or_default(),
                    ]
                })
                .collect(),
        },
        plot: Plot::Bars(BarData {
            x_desc: "tCO2e over the horizon (log scale)",
            bars,
            log: true,
        }),
    }
}

/// A bar chart of named quantities with an optional baseline ghost.
fn simple_bars(
    now: &[(&'static str, f64)],
    base: Option<&[(&'static str, f64)]>,
    ink: Ink,
) -> Vec<Bar> {
    now.iter()
        .enumerate()
        .map(|(k, (label, v))| Bar {
            label: label.to_string(),
            value: *v,
            from: None,
            whisker: None,
            ghost: base.map(|b| b[k].1),
            ink,
        })
        .collect()
}

fn table_of(bars: &[Bar], unit: &str) -> Table {
    Table {
        headers: vec!["Item", "Value", "Baseline"],
        rows: bars
            .iter()
            .map(|b| {
                vec![
                    b.label.clone(),
                    with_unit(b.value, unit),
                    b.ghost.map(|g| with_unit(g, unit)).unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

/// The mass breakdown in tonnes, labelled by the registry.
fn mass_rows(o: &Outputs, outs: &ChartOutputs) -> [(&'static str, f64); 7] {
    outs.mass.map(|s| (s.meaning, (s.get)(o)))
}

/// A bar chart spec from named quantities (baseline as ghosts).
fn bars_spec(
    title: &str,
    x_desc: &'static str,
    unit: &str,
    what: &str,
    now: &[(&'static str, f64)],
    base: Option<&[(&'static str, f64)]>,
    ink: Ink,
) -> ChartSpec {
    let bars = simple_bars(now, base, ink);
    let parts: Vec<String> = now
        .iter()
        .map(|(l, v)| format!("{l} {}", with_unit(*v, unit)))
        .collect();
    ChartSpec {
        title: title.into(),
        description: format!("Horizontal bars of {what}: {}.", parts.join("; ")),
        table: table_of(&bars, unit),
        plot: Plot::Bars(BarData {
            x_desc,
            bars,
            log: false,
        }),
    }
}

fn flow_rows(o: &Outputs) -> [(&'static str, f64); 6] {
    o.power_flow().map(|(l, w)| (l, w.get() / 1e6))
}

/// Every chart of the calculator, computed together from one evaluation (and the baseline).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSet {
    pub cumulative: ChartSpec,
    pub sources: ChartSpec,
    pub mass: ChartSpec,
    pub flow: ChartSpec,
}

/// The chart set of an evaluation, with the baseline drawn as ghosts.
pub fn chart_set(
    o: &Outputs,
    b: Option<&Outputs>,
    mc: Option<&McResult>,
    outs: &ChartOutputs,
) -> ChartSet {
    let mass_b = b.map(|b| mass_rows(b, outs));
    let flow_b = b.map(flow_rows);
    ChartSet {
        cumulative: cumulative_spec(o, b, mc),
        sources: sources_spec(o, b, outs),
        mass: bars_spec(
            "Mass to orbit by subsystem",
            "Tonnes to orbit (one generation)",
            "t",
            "mass to orbit by subsystem",
            &mass_rows(o, outs),
            mass_b.as_ref().map(|r| &r[..]),
            Ink::Orbit,
        ),
        flow: bars_spec(
            "Power and heat flow",
            "MW, in sunlight, start of life",
            "MW",
            "the power and heat flow in sunlight at start of life (every watt of electricity ends as heat the radiators reject)",
            &flow_rows(o),
            flow_b.as_ref().map(|r| &r[..]),
            Ink::Mark,
        ),
    }
}

fn pick(set: Memo<ChartSet>, f: fn(&ChartSet) -> &ChartSpec) -> Memo<ChartSpec> {
    Memo::new(move |_| set.with(|s| f(s).clone()))
}

/// The four lifecycle charts, or only the one named (cumulative, sources, mass or flow).
#[component]
pub fn Charts(
    /// The calculator state.
    st: State,
    /// Show only this chart (embeds).
    only: Option<Chart>,
) -> impl IntoView {
    let outs = ChartOutputs::new();
    let set = Memo::new(move |_| {
        st.outputs.with(|o| {
            st.base_out.with(|b| {
                st.mc
                    .result
                    .with(|r| chart_set(o, b.as_ref(), r.as_ref(), &outs))
            })
        })
    });
    let show = move |c: Chart| only.is_none_or(|o| o == c);
    view! {
        <Show when=move || show(Chart::Cumulative)>
        <ChartFrame
            id="cumulative-chart"
            spec=pick(set, |s| &s.cumulative)
            note="Orbit: launch, launcher and satellite manufacturing and re-entry up front (each replacement generation relaunched), under the chosen accounting. Earth: building, hardware and grid electricity at the alternative's PUE."
        />
        </Show>
        <Show when=move || show(Chart::Sources)>
        <ChartFrame
            id="sources-chart"
            spec=pick(set, |s| &s.sources)
            note="Launch emissions from Barker et al. 2024 emission indices with afterburning and altitude scaling; the non-CO2 range (black carbon, alumina and water at 15–50 km: Ross & Sheaffer 2014's forcing over Brown et al. 2024's inventory, under the chosen metric and efficacy) is shown separately: its low end is a net cooling when black carbon cools the surface."
        />
        </Show>
        <Show when=move || show(Chart::Mass)>
        <ChartFrame
            id="mass-chart"
            spec=pick(set, |s| &s.mass)
            note="Array from cell areal mass; batteries from Wh/kg at the depth of discharge; radiators from areal density plus pumped-loop kg per kW; structure as a fraction of the rest; propellant by the rocket equation against drag."
        />
        </Show>
        <Show when=move || show(Chart::Flow)>
        <ChartFrame
            id="flow-chart"
            spec=pick(set, |s| &s.flow)
            note="Array: bifacial equilibrium temperature (absorbed sunlight, Earth IR and albedo; both faces emit); radiators: Stefan–Boltzmann, two-sided, edge-on to the Sun, with Earth IR and albedo by view factor."
        />
        </Show>
    }
}

/// First and last altitudes of the eclipse chart, km, and its number of points.
const ECLIPSE_SWEEP: (f64, f64, usize) = (200.0, 2000.0, 91);

/// The annual-mean share of time in shadow against altitude (`curve`: altitude km,
/// fraction), with the current orbit marked.
fn eclipse_altitude_spec(o: &Outputs, curve: &[(f64, f64)]) -> ChartSpec {
    let e = &o.eclipses;
    ChartSpec {
        title: "Time in Earth's shadow vs altitude".to_string(),
        description: format!(
            "Line chart of the annual-mean share of time in Earth's shadow against altitude, from {} at 200 km to {} at 2,000 km. The current orbit, at {} km, spends {} of the year in shadow.",
            pct(curve.first().map(|p| p.1).unwrap_or(0.0)),
            pct(curve.last().map(|p| p.1).unwrap_or(0.0)),
            fmt_sig(e.altitude.km(), 4),
            pct(e.mean_fraction)
        ),
        plot: Plot::Lines(LineData {
            x_desc: "Altitude (km)",
            y_desc: "Shadow (% of year)",
            x_range: (ECLIPSE_SWEEP.0, ECLIPSE_SWEEP.1),
            lines: vec![Line {
                points: curve.iter().map(|(a, f)| (*a, f * 100.0)).collect(),
                ink: Ink::Orbit,
                ghost: false,
                band: vec![],
            }],
            marks: vec![(e.altitude.km(), e.mean_fraction * 100.0)],
            as_columns: false,
        }),
        table: Table {
            headers: vec!["Altitude (km)", "Time in shadow (% of year)"],
            rows: curve
                .iter()
                .step_by(5)
                .map(|(a, f)| vec![fmt_sig(*a, 4), pct(*f)])
                .collect(),
        },
    }
}

/// For GEO: the eclipse length per orbit for each day of the year.
fn eclipse_year_spec(o: &Outputs) -> ChartSpec {
    let e = &o.eclipses;
    ChartSpec {
        title: "Eclipse length per orbit through the year".to_string(),
        description: format!(
            "Columns of eclipse minutes per orbit for each day of the year: {} days with eclipses in two seasons around the equinoxes, longest {} min.",
            e.days_with_eclipse,
            fmt_sig(e.longest.minutes(), 3)
        ),
        plot: Plot::Lines(LineData {
            x_desc: "Day of year",
            y_desc: "Eclipse per orbit (min)",
            x_range: (0.0, orbit::DAYS_PER_YEAR as f64),
            lines: vec![Line {
                points: e
                    .daily_fraction
                    .iter()
                    .enumerate()
                    .map(|(d, f)| (d as f64, f * e.period.minutes()))
                    .collect(),
                ink: Ink::Orbit,
                ghost: false,
                band: vec![],
            }],
            marks: vec![],
            as_columns: true,
        }),
        table: Table {
            headers: vec!["Day of year", "Eclipse per orbit (min)"],
            rows: e
                .daily_fraction
                .iter()
                .enumerate()
                .filter(|(_, f)| **f > 0.0)
                .step_by(3)
                .map(|(d, f)| vec![(d + 1).to_string(), fmt_sig(f * e.period.minutes(), 3)])
                .collect(),
        },
    }
}

/// Eclipse fraction vs altitude for the selected orbit type (current orbit marked), or
/// for GEO the eclipse length per orbit through the year.
#[component]
pub fn EclipseChart(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    // The curve depends on everything about the orbit except its altitude.
    let shape = Memo::new(move |_| {
        st.inputs.with(|i| {
            let mut o = i.orbit.clone();
            o.altitude_km = 0.0;
            o
        })
    });
    let curve = Memo::new(move |_| {
        let (from, to, n) = ECLIPSE_SWEEP;
        shape.with(|o| sweep::eclipse_vs_altitude(o, from, to, n))
    });
    let geo = Memo::new(move |_| shape.with(|s| s.kind == OrbitKind::Geostationary));
    // The altitude sweep is read (and so computed) only when it is shown.
    let spec = Memo::new(move |_| {
        st.outputs.with(|o| {
            if geo.get() {
                eclipse_year_spec(o)
            } else {
                curve.with(|c| eclipse_altitude_spec(o, c))
            }
        })
    });
    view! {
        <ChartFrame
            id="eclipse-chart"
            spec
            note="Method: β angle over a year (Meeus solar coordinates, J2 nodal precession), cylindrical shadow (Vallado)."
        />
    }
}

/// What the tornado's bars are measured in.
const TORNADO_AXIS: &str = "orbit ÷ Earth";

/// The tornado of one ratio: each input at the low and high ends of its range.
pub fn tornado_spec(t: &Tornado) -> ChartSpec {
    let m = t.metric;
    let center = match m {
        Metric::Carbon => t.carbon_ratio,
        Metric::Cost => t.cost_ratio,
    };
    let what = match m {
        Metric::Carbon => "orbit/Earth carbon ratio",
        Metric::Cost => "orbit/Earth cost ratio",
    };
    let bars: Vec<Bar> = t
        .entries
        .iter()
        .map(|e| {
            let (lo, hi) = e.ratios(m);
            Bar {
                label: e.label.to_string(),
                value: hi,
                from: Some(lo),
                whisker: None,
                ghost: Some(center),
                ink: Ink::Orbit,
            }
        })
        .collect();
    ChartSpec {
        title: format!("What moves the {what} most"),
        description: format!(
            "Tornado chart: each bar spans the {what} with one input at the low and at the high end of its published range, the others at their values; the line marks the central ratio, {}. {}",
            ratio_text(center),
            t.sentence
        ),
        table: Table {
            headers: vec!["Input", "Low", "High", "Ratio at low", "Ratio at high"],
            rows: t
                .entries
                .iter()
                .map(|e| {
                    let (lo, hi) = e.ratios(m);
                    vec![
                        e.label.to_string(),
                        format!("{} {}", fmt_sig(e.low, 3), e.unit),
                        format!("{} {}", fmt_sig(e.high, 3), e.unit),
                        ratio_text(lo),
                        ratio_text(hi),
                    ]
                })
                .collect(),
        },
        plot: Plot::Bars(BarData {
            x_desc: TORNADO_AXIS,
            bars,
            log: false,
        }),
    }
}

/// The tornado's place holder while the sensitivity is computed.
pub fn tornado_pending_spec() -> ChartSpec {
    ChartSpec {
        title: "What moves the verdict most".into(),
        description: "Computing…".into(),
        plot: Plot::Bars(BarData {
            x_desc: TORNADO_AXIS,
            bars: vec![],
            log: false,
        }),
        table: Table::default(),
    }
}
