//! The cumulative emissions chart: orbit against the Earth alternative year by year,
//! with the payback point, the Monte Carlo's 5th–95th percentile bands once run, and the
//! pinned baseline as a ghost. Built for the page (`app::charts`) and for the static
//! page's preview the CLI draws (`orbital-footprint preview`), in the current language.

use super::{tonnes, ChartSpec, Ink, Key, Line, LineData, Plot, Swatch, Table};
use crate::format::{fmt_sig, m, t};
use crate::i18n::verdict::Say;
use crate::i18n::{current, Msg, Ui};
use crate::model::uncertainty::{Band, McResult};
use crate::model::units::KgCo2e;
use crate::model::Outputs;

/// The comparator's short name in the current language.
fn comparator_name(o: &Outputs) -> &'static str {
    Say {
        cat: current(),
        num: crate::format::fmt_sig,
    }
    .comparator_name(o)
}

fn cumulative(o: &Outputs, ghost: bool) -> [Line; 2] {
    let v = &o.verdicts;
    let name = |n: &str| {
        if ghost {
            m(Msg::KeyBaselineOf { name: n })
        } else {
            n.to_string()
        }
    };
    let pts = |c: &[KgCo2e]| {
        c.iter()
            .enumerate()
            .map(|(y, kg)| (y as f64, tonnes(kg.get())))
            .collect::<Vec<_>>()
    };
    [
        Line {
            name: name(t(Ui::Orbit)),
            points: pts(&v.cumulative_orbit),
            ink: Ink::Orbit,
            ghost,
            band: vec![],
        },
        Line {
            name: name(comparator_name(o)),
            points: pts(&v.cumulative_earth),
            ink: Ink::Earth,
            ghost,
            band: vec![],
        },
    ]
}

/// Cumulative emissions over time, orbit vs the Earth alternative, with the payback point
/// and, once the Monte Carlo has run, 5th–95th percentile bands.
pub fn spec(o: &Outputs, b: Option<&Outputs>, mc: Option<&McResult>) -> ChartSpec {
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
    let mut legend = vec![
        Key::new(Ink::Orbit, Swatch::Line, t(Ui::Orbit)),
        Key::new(Ink::Earth, Swatch::Line, comparator_name(o)),
    ];
    if lines.iter().any(|l| !l.band.is_empty()) {
        legend.push(Key::new(Ink::Fg, Swatch::Band, t(Ui::KeyBand)));
    }
    if payback_point.is_some() {
        legend.push(Key::new(Ink::Mark, Swatch::Dot, t(Ui::KeyPayback)));
    }
    if b.is_some() {
        legend.push(Key::new(Ink::Fg, Swatch::Dashed, t(Ui::KeyBaseline)));
    }
    ChartSpec {
        legend,
        title: t(Ui::CumulativeTitle).into(),
        description: m(Msg::CumulativeDesc {
            years: &fmt_sig(v.horizon_years.get(), 3),
            orbit: &last(&v.cumulative_orbit),
            earth: comparator_name(o),
            earth_total: &last(&v.cumulative_earth),
            grid_from: &fmt_sig(o.earth.intensity_by_year.first().copied().unwrap_or(0.0), 3),
            grid_to: &fmt_sig(o.earth.intensity_by_year.last().copied().unwrap_or(0.0), 3),
            trajectory: current().option(
                "earth.grid_trajectory",
                o.earth.trajectory.id(),
                o.earth.trajectory.label(),
            ),
            payback: &match v.payback_year {
                Some(y) => m(Msg::PaybackPoint {
                    years: &fmt_sig(y.get(), 2),
                }),
                None => t(Ui::PaybackNever).into(),
            },
        }),
        plot: Plot::Lines(LineData {
            x_desc: t(Ui::YearsFromLaunch),
            y_desc: t(Ui::CumulativeAxis),
            x_name: t(Ui::ColYear),
            x_unit: "",
            y_unit: "tCO2e",
            x_range: (0.0, (v.cumulative_orbit.len().max(2) - 1) as f64),
            lines,
            marks: payback_point.into_iter().collect(),
            as_columns: false,
        }),
        table: Table {
            headers: vec![
                t(Ui::ColYear),
                t(Ui::ColOrbitT),
                t(Ui::ColEarthT),
                t(Ui::ColEarthGrid),
            ],
            rows: v
                .cumulative_orbit
                .iter()
                .zip(&v.cumulative_earth)
                .enumerate()
                .map(|(y, (a, b))| {
                    let g = y
                        .checked_sub(1)
                        .and_then(|k| o.earth.intensity_by_year.get(k));
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
