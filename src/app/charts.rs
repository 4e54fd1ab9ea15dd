//! Every chart's spec, built here from the model's numbers and handed to
//! `ChartFrame` (`super::chart`) to draw: cumulative emissions (orbit vs the Earth
//! alternative, with the payback point), emissions by source, mass to orbit by
//! subsystem, the power and heat flow, time in Earth's shadow, and the tornado of what
//! moves the verdict. The pinned baseline is drawn as a ghost. Bars that show a
//! registry output take its label from the output registry.

use super::chart::{
    Bar, BarData, ChartFrame, ChartSpec, Ink, Key, Line, LineData, Plot, Swatch, Table,
};
use super::format::{fmt_sig, m, number_unit, pct, ratio_text, t, with_unit};
use super::state::State;
use super::verdict::comparator_name;
use crate::chart::tonnes;
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::OrbitKind;
use crate::model::outputs::{output, OutputSpec};
use crate::model::uncertainty::{McResult, Metric, Tornado};
use crate::model::{orbit, sweep, Outputs};
use crate::share::view::Chart;
use leptos::prelude::*;

/// The charts an embed can show, with their names for the embed dialog.
pub const EMBED_CHARTS: [(Chart, Ui); 6] = [
    (Chart::Cumulative, Ui::ChartCumulative),
    (Chart::Sources, Ui::ChartSources),
    (Chart::Mass, Ui::ChartMass),
    (Chart::Flow, Ui::ChartFlow),
    (Chart::Eclipse, Ui::ChartEclipse),
    (Chart::Tornado, Ui::TornadoPendingTitle),
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

fn source_bars(o: &Outputs, b: Option<&Outputs>, outs: &ChartOutputs) -> Vec<Bar> {
    // Labels and values in tonnes; three are registry outputs.
    let rows = |o: &Outputs| -> [(&'static str, f64, Ink); 7] {
        let fp = &o.footprint;
        let e = &o.earth;
        let [launcher, satellite, reentry] =
            outs.sources.map(|s| (current().output(s), (s.get)(o)));
        [
            (
                t(Ui::BarLaunchCo2),
                tonnes(fp.launch_by_accounting.co2.get()),
                Ink::Orbit,
            ),
            (launcher.0, launcher.1, Ink::Orbit),
            (satellite.0, satellite.1, Ink::Orbit),
            (reentry.0, reentry.1, Ink::Orbit),
            (
                t(Ui::BarEarthElectricity),
                tonnes(e.operational.get()),
                Ink::Earth,
            ),
            (
                t(Ui::BarEarthBuilding),
                tonnes(e.building.get()),
                Ink::Earth,
            ),
            (
                t(Ui::BarEarthHardware),
                tonnes(e.hardware.get()),
                Ink::Earth,
            ),
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
            split: None,
        })
        .collect();
    bars.insert(
        1,
        Bar {
            label: m(Msg::BarNonCo2 {
                metric: o.footprint.metric.name(),
            }),
            value: tonnes(mid.get()),
            from: None,
            whisker: Some((tonnes(lo.get()), tonnes(hi.get()))),
            ghost: b.map(|b| tonnes(b.footprint.non_co2().1.get())),
            ink: Ink::Mark,
            split: None,
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
        .map(|b| format!("{} {}", b.label, with_unit(b.value, "t")))
        .collect();
    let mut legend = vec![
        Key::new(Ink::Orbit, Swatch::Box, t(Ui::Orbit)),
        Key::new(Ink::Mark, Swatch::Box, t(Ui::KeyNonCo2)),
        Key::new(Ink::Fg, Swatch::Whisker, t(Ui::ColRangeLowHigh)),
        Key::new(Ink::Earth, Swatch::Box, comparator_name(o)),
    ];
    if b.is_some() {
        legend.push(Key::new(Ink::Fg, Swatch::Tick, t(Ui::KeyBaseline)));
    }
    ChartSpec {
        legend,
        title: t(Ui::SourcesTitle).into(),
        description: m(Msg::SourcesDesc {
            parts: &parts.join(part_separator()),
            low: &with_unit(tonnes(o.footprint.non_co2().0.get()), "t"),
            high: &with_unit(tonnes(o.footprint.non_co2().2.get()), "t"),
        }),
        table: Table {
            headers: vec![
                t(Ui::ColSourceName),
                t(Ui::ColTco2e),
                t(Ui::ColRangeLowHigh),
            ],
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
            x_desc: t(Ui::SourcesAxis),
            bars,
            log: true,
            unit: Some("t"),
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
            split: None,
        })
        .collect()
}

fn table_of(bars: &[Bar], unit: &str) -> Table {
    Table {
        headers: vec![t(Ui::ColItem), t(Ui::ColValueChart), t(Ui::ColBaseline)],
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
    outs.mass.map(|s| (current().output(s), (s.get)(o)))
}

/// A bar chart spec from named quantities (baseline as ghosts).
fn bars_spec(
    title: &str,
    x_desc: &'static str,
    unit: &'static str,
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
    let mut legend = vec![Key::new(ink, Swatch::Box, t(Ui::Orbit))];
    if base.is_some() {
        legend.push(Key::new(Ink::Fg, Swatch::Tick, t(Ui::KeyBaseline)));
    }
    ChartSpec {
        legend,
        title: title.into(),
        description: m(Msg::BarsDesc {
            what,
            parts: &parts.join(part_separator()),
        }),
        table: table_of(&bars, unit),
        plot: Plot::Bars(BarData {
            x_desc,
            bars,
            log: false,
            unit: Some(unit),
        }),
    }
}

/// The labels of `Outputs::power_flow`, in its order (a browser test holds the English
/// to the model's).
pub const FLOW_LABELS: [Ui; 6] = [
    Ui::FlowAbsorbed,
    Ui::FlowReradiated,
    Ui::FlowGenerated,
    Ui::FlowBus,
    Ui::FlowIt,
    Ui::FlowRejected,
];

fn flow_rows(o: &Outputs) -> [(&'static str, f64); 6] {
    let flow = o.power_flow();
    std::array::from_fn(|k| (t(FLOW_LABELS[k]), flow[k].1.get() / 1e6))
}

/// What separates the parts of a chart description ("; ", "；").
fn part_separator() -> &'static str {
    if current().zh() {
        "；"
    } else {
        "; "
    }
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
        cumulative: crate::chart::cumulative::spec(o, b, mc),
        sources: sources_spec(o, b, outs),
        mass: bars_spec(
            t(Ui::MassTitle),
            t(Ui::MassAxis),
            "t",
            t(Ui::MassWhat),
            &mass_rows(o, outs),
            mass_b.as_ref().map(|r| &r[..]),
            Ink::Orbit,
        ),
        flow: bars_spec(
            t(Ui::FlowTitle),
            t(Ui::FlowAxis),
            "MW",
            t(Ui::FlowWhat),
            &flow_rows(o),
            flow_b.as_ref().map(|r| &r[..]),
            Ink::Orbit,
        ),
    }
}

fn pick(set: Memo<ChartSet>, f: fn(&ChartSet) -> &ChartSpec) -> Memo<ChartSpec> {
    Memo::new(move |_| set.with(|s| f(s).clone()))
}

/// Every chart's spec in one memo, shared by the frames that show them (the page shows
/// the first chart above the controls and the others below: one computation for both).
pub fn chart_memo(st: State) -> Memo<ChartSet> {
    let outs = ChartOutputs::new();
    Memo::new(move |_| {
        st.outputs.with(|o| {
            st.base_out.with(|b| {
                st.mc
                    .result
                    .with(|r| chart_set(o, b.as_ref(), r.as_ref(), &outs))
            })
        })
    })
}

/// The outputs' charts named in `show`, in their fixed order.
#[component]
pub fn Charts(
    /// Every chart's spec ([`chart_memo`]).
    set: Memo<ChartSet>,
    /// The charts to show (an embed shows one).
    show: Vec<Chart>,
) -> impl IntoView {
    let has = |c: Chart| show.contains(&c);
    view! {
        {has(Chart::Cumulative).then(|| view! {
            <ChartFrame id="cumulative-chart" spec=pick(set, |s| &s.cumulative) note=t(Ui::NoteCumulative) />
        })}
        {has(Chart::Sources).then(|| view! {
            <ChartFrame id="sources-chart" spec=pick(set, |s| &s.sources) note=t(Ui::NoteSources) />
        })}
        {has(Chart::Mass).then(|| view! {
            <ChartFrame id="mass-chart" spec=pick(set, |s| &s.mass) note=t(Ui::NoteMass) />
        })}
        {has(Chart::Flow).then(|| view! {
            <ChartFrame id="flow-chart" spec=pick(set, |s| &s.flow) note=t(Ui::NoteFlow) />
        })}
    }
}

/// First and last altitudes of the eclipse chart, km, and its number of points.
const ECLIPSE_SWEEP: (f64, f64, usize) = (200.0, 2000.0, 91);

/// The annual-mean share of time in shadow against altitude (`curve`: altitude km,
/// fraction), with the current orbit marked.
fn eclipse_altitude_spec(o: &Outputs, curve: &[(f64, f64)]) -> ChartSpec {
    let e = &o.eclipses;
    ChartSpec {
        legend: vec![
            Key::new(Ink::Orbit, Swatch::Line, t(Ui::KeyShadow)),
            Key::new(Ink::Mark, Swatch::Dot, t(Ui::KeyCurrentOrbit)),
        ],
        title: t(Ui::EclipseTitle).to_string(),
        description: m(Msg::EclipseDesc {
            first: &pct(curve.first().map(|p| p.1).unwrap_or(0.0)),
            last: &pct(curve.last().map(|p| p.1).unwrap_or(0.0)),
            altitude: &fmt_sig(e.altitude.km(), 4),
            share: &pct(e.mean_fraction),
        }),
        plot: Plot::Lines(LineData {
            x_desc: t(Ui::AltitudeAxis),
            y_desc: t(Ui::ShadowAxis),
            x_name: t(Ui::KeyAltitude),
            x_unit: "km",
            y_unit: "%",
            x_range: (ECLIPSE_SWEEP.0, ECLIPSE_SWEEP.1),
            lines: vec![Line {
                name: t(Ui::KeyShadow).into(),
                points: curve.iter().map(|(a, f)| (*a, f * 100.0)).collect(),
                ink: Ink::Orbit,
                ghost: false,
                band: vec![],
            }],
            marks: vec![(e.altitude.km(), e.mean_fraction * 100.0)],
            as_columns: false,
        }),
        table: Table {
            headers: vec![t(Ui::AltitudeAxis), t(Ui::ColShadow)],
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
        legend: vec![Key::new(Ink::Orbit, Swatch::Box, t(Ui::KeyEclipse))],
        title: t(Ui::EclipseYearTitle).to_string(),
        description: m(Msg::EclipseYearDesc {
            days: &e.days_with_eclipse.to_string(),
            longest: &fmt_sig(e.longest.minutes(), 3),
        }),
        plot: Plot::Lines(LineData {
            x_desc: t(Ui::DayOfYear),
            y_desc: t(Ui::EclipsePerOrbit),
            x_name: t(Ui::DayOfYear),
            x_unit: "",
            y_unit: "min",
            x_range: (0.0, orbit::DAYS_PER_YEAR as f64),
            lines: vec![Line {
                name: t(Ui::KeyEclipse).into(),
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
            headers: vec![t(Ui::DayOfYear), t(Ui::EclipsePerOrbit)],
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
            note=t(Ui::NoteEclipse)
        />
    }
}

/// What a tornado's metric is called ("orbit/Earth carbon ratio").
pub fn metric_name(m: Metric) -> &'static str {
    t(match m {
        Metric::Carbon => Ui::CarbonRatio,
        Metric::Cost => Ui::CostRatioWhat,
    })
}

/// The sentence naming a tornado's top driver, in the page's language.
pub fn tornado_sentence(tn: &Tornado) -> String {
    let what = metric_name(tn.metric);
    let Some(top) = tn.entries.first().filter(|e| e.swing(tn.metric) > 0.0) else {
        return m(Msg::TornadoNone { what });
    };
    let (a, b) = top.ratios(tn.metric);
    let c = current();
    m(Msg::TornadoTop {
        label: c.input(top.key, top.label),
        low: &fmt_sig(top.low, 3),
        high: &number_unit(&fmt_sig(top.high, 3), top.unit),
        what,
        from: &ratio_text_3(a),
        to: &ratio_text_3(b),
    })
}

/// A ratio to 3 significant figures ("1.63×"; "1.63倍").
fn ratio_text_3(r: f64) -> String {
    let n = fmt_sig(r, 3);
    if current().zh() {
        format!("{n}倍")
    } else {
        format!("{n}×")
    }
}

/// The tornado of one ratio: each input at the low and high ends of its range.
pub fn tornado_spec(tn: &Tornado) -> ChartSpec {
    use super::format::m as m_;
    let m = tn.metric;
    let center = match m {
        Metric::Carbon => tn.carbon_ratio,
        Metric::Cost => tn.cost_ratio,
    };
    let what = metric_name(m);
    let c = current();
    let mut bars: Vec<Bar> = tn
        .entries
        .iter()
        .map(|e| {
            let (lo, hi) = e.ratios(m);
            Bar {
                label: c.input(e.key, e.label).to_string(),
                value: hi,
                from: Some(lo),
                whisker: None,
                ghost: Some(center),
                // Today's ratio to the ratio at the low end in one colour, to the high
                // end's in the other.
                ink: Ink::High,
                split: Some((center, Ink::Low)),
            }
        })
        .collect();
    // Each alternative of a held choice: a bar from today's ratio to the ratio with it.
    let choice_label = |k: &crate::model::uncertainty::TornadoChoice| {
        m_(Msg::ConditionPart {
            choice: c.input(k.key, k.label),
            option: c.option(k.key, k.option.0, k.option.1),
        })
    };
    bars.extend(tn.choices.iter().map(|k| Bar {
        label: choice_label(k),
        value: k.ratio(m),
        from: Some(center),
        whisker: None,
        ghost: Some(center),
        ink: Ink::Muted,
        split: None,
    }));
    // A log axis once the bars span more than a decade (a held choice's other option
    // can move the ratio a hundredfold), so the inputs' bars and their two colours
    // stay visible beside it; a ratio at or below zero (a net cooling) runs to the axis.
    let (lo, hi) = bars
        .iter()
        .flat_map(|b| [Some(b.value), b.from].into_iter().flatten())
        .filter(|v| *v > 0.0)
        .fold((center, center), |(l, h), v| (l.min(v), h.max(v)));
    let log = center > 0.0 && hi > 10.0 * lo;
    let mut legend = tornado_legend();
    if !tn.choices.is_empty() {
        legend.insert(2, Key::new(Ink::Muted, Swatch::Box, t(Ui::KeyChoice)));
    }
    ChartSpec {
        legend,
        title: m_(Msg::TornadoTitle { what }),
        description: m_(Msg::TornadoDesc {
            what,
            center: &ratio_text(center),
            sentence: &tornado_sentence(tn),
        }),
        table: Table {
            headers: vec![
                t(Ui::ColInput),
                t(Ui::ColLow),
                t(Ui::ColHigh),
                t(Ui::ColRatioLow),
                t(Ui::ColRatioHigh),
            ],
            rows: tn
                .entries
                .iter()
                .map(|e| {
                    let (lo, hi) = e.ratios(m);
                    vec![
                        c.input(e.key, e.label).to_string(),
                        number_unit(&fmt_sig(e.low, 3), e.unit),
                        number_unit(&fmt_sig(e.high, 3), e.unit),
                        ratio_text(lo),
                        ratio_text(hi),
                    ]
                })
                .chain(tn.choices.iter().map(|k| {
                    vec![
                        c.input(k.key, k.label).to_string(),
                        c.option(k.key, k.now.0, k.now.1).to_string(),
                        c.option(k.key, k.option.0, k.option.1).to_string(),
                        ratio_text(center),
                        ratio_text(k.ratio(m)),
                    ]
                }))
                .collect(),
        },
        plot: Plot::Bars(BarData {
            x_desc: t(if log {
                Ui::KeyTornadoLogAxis
            } else {
                Ui::TornadoAxis
            }),
            bars,
            log,
            unit: None,
        }),
    }
}

/// The tornado's legend: its two ends' colours and today's ratio.
fn tornado_legend() -> Vec<Key> {
    vec![
        Key::new(Ink::Low, Swatch::Box, t(Ui::KeyLowEnd)),
        Key::new(Ink::High, Swatch::Box, t(Ui::KeyHighEnd)),
        Key::new(Ink::Fg, Swatch::Tick, t(Ui::KeyCentral)),
    ]
}

/// The tornado's place holder while the sensitivity is computed.
pub fn tornado_pending_spec() -> ChartSpec {
    ChartSpec {
        title: t(Ui::TornadoPendingTitle).into(),
        description: t(Ui::Computing).into(),
        plot: Plot::Bars(BarData {
            x_desc: t(Ui::TornadoAxis),
            bars: vec![],
            log: false,
            unit: None,
        }),
        table: Table::default(),
        legend: tornado_legend(),
    }
}

/// One chart of a scenario outside the calculator, with its source note: a claim card's
/// image (its key chart, `chart=` id; the tornado is not a claim's, so the cumulative one
/// stands in). The same specs the page's charts show, with no baseline or ranges.
pub fn chart_of(chart: Chart, i: &crate::model::Inputs, o: &Outputs) -> (ChartSpec, &'static str) {
    if chart == Chart::Eclipse {
        let spec = if i.orbit.kind == OrbitKind::Geostationary {
            eclipse_year_spec(o)
        } else {
            let (from, to, n) = ECLIPSE_SWEEP;
            eclipse_altitude_spec(o, &sweep::eclipse_vs_altitude(&i.orbit, from, to, n))
        };
        return (spec, t(Ui::NoteEclipse));
    }
    let set = chart_set(o, None, None, &ChartOutputs::new());
    match chart {
        Chart::Sources => (set.sources, t(Ui::NoteSources)),
        Chart::Mass => (set.mass, t(Ui::NoteMass)),
        Chart::Flow => (set.flow, t(Ui::NoteFlow)),
        _ => (set.cumulative, t(Ui::NoteCumulative)),
    }
}
