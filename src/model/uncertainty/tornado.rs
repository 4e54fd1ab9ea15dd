//! One-at-a-time sensitivity: the tornado and its sentence.

use super::dist::{distributions_sanitized, McSettings};
use super::TORNADO_LEN;
use crate::model::inputs::choice_enum;
use crate::model::inputs::registry::CHOICES;
use crate::model::orbit::{self, Eclipses};
use crate::model::{evaluate_sanitized, Inputs};
use crate::numfmt::sig;

choice_enum! {
    /// Which ratio a tornado ranks by.
    pub enum Metric {
        /// Orbit ÷ Earth gCO2e per kWh.
        #[default]
        Carbon = ("carbon", "orbit/Earth carbon ratio"),
        /// Orbit ÷ Earth USD per accelerator-hour.
        Cost = ("cost", "orbit/Earth cost ratio"),
    }
}

/// One bar of the tornado: an input at the low and at the high end of its range, the
/// others at their values.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoEntry {
    /// Registry key.
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub low: f64,
    pub high: f64,
    /// Orbit ÷ Earth carbon ratio with the input at low / high.
    pub carbon_ratio_low: f64,
    pub carbon_ratio_high: f64,
    /// Orbit ÷ Earth cost ratio with the input at low / high.
    pub cost_ratio_low: f64,
    pub cost_ratio_high: f64,
}

impl TornadoEntry {
    /// Width of the bar for a metric.
    pub fn swing(&self, m: Metric) -> f64 {
        match m {
            Metric::Carbon => (self.carbon_ratio_high - self.carbon_ratio_low).abs(),
            Metric::Cost => (self.cost_ratio_high - self.cost_ratio_low).abs(),
        }
    }
    /// Ratios at low and high for a metric.
    pub fn ratios(&self, m: Metric) -> (f64, f64) {
        match m {
            Metric::Carbon => (self.carbon_ratio_low, self.carbon_ratio_high),
            Metric::Cost => (self.cost_ratio_low, self.cost_ratio_high),
        }
    }
}

/// One alternative option of a choice, every other input at its value: where the ratios
/// go. Choices are scenario conditions, not uncertainties: the tornado shows each
/// alternative as a bar from the central ratio, and the Monte Carlo names the option
/// held beside every probability ([`conditions`]).
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoChoice {
    /// Registry key of the choice.
    pub key: &'static str,
    pub label: &'static str,
    /// The option held today and the alternative, as (id, label).
    pub now: (&'static str, &'static str),
    pub option: (&'static str, &'static str),
    pub carbon_ratio: f64,
    pub cost_ratio: f64,
}

impl TornadoChoice {
    /// The ratio of a metric with this alternative.
    pub fn ratio(&self, m: Metric) -> f64 {
        match m {
            Metric::Carbon => self.carbon_ratio,
            Metric::Cost => self.cost_ratio,
        }
    }
}

/// A choice held for a Monte Carlo run, whose other options move the verdict: the
/// conditions its probabilities hold under.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    pub key: &'static str,
    pub label: &'static str,
    /// The option held, as (id, label).
    pub option: (&'static str, &'static str),
}

/// Every alternative option of every choice, one at a time (sanitised inputs).
fn alternatives(base: &Inputs, eclipses: &Eclipses) -> Vec<TornadoChoice> {
    let mut out = Vec::new();
    for c in CHOICES {
        let now_n = (c.get)(base);
        let Some(now) = (c.option)(now_n) else {
            continue;
        };
        for n in 0..c.len() {
            if n == now_n {
                continue;
            }
            let mut work = base.clone();
            (c.set)(&mut work, n);
            let e = if work.orbit != base.orbit {
                orbit::annual_eclipses_summary(&work.orbit)
            } else {
                eclipses.clone()
            };
            let o = evaluate_sanitized(&work, e);
            out.push(TornadoChoice {
                key: c.key,
                label: c.label,
                now,
                option: (c.option)(n).unwrap_or(("", "")),
                carbon_ratio: o.verdicts.ratio,
                cost_ratio: o.economics.cost_ratio,
            });
        }
    }
    out
}

/// The choices whose other options move the carbon or the cost ratio, with the option
/// held: the conditions every probability of a run holds under, in registry order.
pub fn conditions(inputs: &Inputs) -> Vec<Condition> {
    let (base, _) = crate::model::sanitize(inputs);
    let eclipses = orbit::annual_eclipses_summary(&base.orbit);
    let central = evaluate_sanitized(&base, eclipses.clone());
    let (cr, kr) = (central.verdicts.ratio, central.economics.cost_ratio);
    let alts = alternatives(&base, &eclipses);
    let mut out: Vec<Condition> = Vec::new();
    for a in alts {
        let moves = a.carbon_ratio != cr || a.cost_ratio != kr;
        if moves && !out.iter().any(|c| c.key == a.key) {
            out.push(Condition {
                key: a.key,
                label: a.label,
                option: a.now,
            });
        }
    }
    out
}

/// The conditions as one English clause: "given Launch vehicle: Falcon 9 (booster
/// reused); CO2e accounting: CO2 only; …".
pub fn conditions_sentence(c: &[Condition]) -> String {
    let parts: Vec<String> = c
        .iter()
        .map(|c| format!("{}: {}", c.label, c.option.1))
        .collect();
    format!("given {}", parts.join("; "))
}

/// The tornado: the inputs that move a ratio most, widest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub metric: Metric,
    /// The ratios with every input at its value (the bars' common axis).
    pub carbon_ratio: f64,
    pub cost_ratio: f64,
    /// At most [`TORNADO_LEN`] entries, sorted by swing, widest first.
    pub entries: Vec<TornadoEntry>,
    /// The alternatives of the choices that move the ratio, at most [`TORNADO_LEN`],
    /// farthest from the central ratio first.
    pub choices: Vec<TornadoChoice>,
    /// One sentence naming the top driver.
    pub sentence: String,
}

/// One-at-a-time sensitivity: every sampled input (same distributions and overrides as
/// the Monte Carlo) at its low and its high, the others at their values; the
/// [`TORNADO_LEN`] widest swings of `metric`. Costs two evaluations per input.
pub fn sensitivity(inputs: &Inputs, settings: &McSettings, metric: Metric) -> Tornado {
    let (base, _) = crate::model::sanitize(inputs);
    let eclipses = orbit::annual_eclipses_summary(&base.orbit);
    let eval = |i: &Inputs| evaluate_sanitized(i, eclipses.clone());
    let central = eval(&base);
    let mut work = base.clone();
    let mut entries: Vec<TornadoEntry> = distributions_sanitized(&base, settings)
        .into_iter()
        .map(|u| {
            let p = u.spec;
            let v = (p.get)(&base);
            (p.set)(&mut work, u.dist.low);
            let lo = eval(&work);
            (p.set)(&mut work, u.dist.high);
            let hi = eval(&work);
            (p.set)(&mut work, v);
            TornadoEntry {
                key: p.key,
                label: p.label,
                unit: p.unit,
                low: u.dist.low,
                high: u.dist.high,
                carbon_ratio_low: lo.verdicts.ratio,
                carbon_ratio_high: hi.verdicts.ratio,
                cost_ratio_low: lo.economics.cost_ratio,
                cost_ratio_high: hi.economics.cost_ratio,
            }
        })
        .collect();
    // Stable: equal swings keep registry order.
    entries.sort_by(|a, b| b.swing(metric).total_cmp(&a.swing(metric)));
    entries.truncate(TORNADO_LEN);
    let sentence = tornado_sentence(&entries, metric);
    let at = |o: &crate::model::Outputs| match metric {
        Metric::Carbon => o.verdicts.ratio,
        Metric::Cost => o.economics.cost_ratio,
    };
    let c0 = at(&central);
    let mut choices: Vec<TornadoChoice> = alternatives(&base, &eclipses)
        .into_iter()
        .filter(|a| a.ratio(metric) != c0)
        .collect();
    choices.sort_by(|a, b| {
        (b.ratio(metric) - c0)
            .abs()
            .total_cmp(&(a.ratio(metric) - c0).abs())
    });
    choices.truncate(TORNADO_LEN);
    Tornado {
        metric,
        carbon_ratio: central.verdicts.ratio,
        cost_ratio: central.economics.cost_ratio,
        entries,
        choices,
        sentence,
    }
}

fn tornado_sentence(entries: &[TornadoEntry], metric: Metric) -> String {
    let what = metric.label();
    let Some(top) = entries.first().filter(|e| e.swing(metric) > 0.0) else {
        return format!("No uncertain input moves the {what}: every input is held at its value.");
    };
    let (a, b) = top.ratios(metric);
    let unit = if top.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", top.unit)
    };
    format!(
        "The verdict hinges on {}: from {} to {}{} moves the {} from {}× to {}×.",
        top.label,
        sig(top.low, 3),
        sig(top.high, 3),
        unit,
        what,
        sig(a, 3),
        sig(b, 3)
    )
}
