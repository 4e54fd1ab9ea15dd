//! One-at-a-time sensitivity: the tornado and its sentence.

use super::dist::{distributions_sanitized, McSettings};
use super::TORNADO_LEN;
use crate::model::inputs::choice_enum;
use crate::model::orbit;
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

/// The tornado: the inputs that move a ratio most, widest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub metric: Metric,
    /// The ratios with every input at its value (the bars' common axis).
    pub carbon_ratio: f64,
    pub cost_ratio: f64,
    /// At most [`TORNADO_LEN`] entries, sorted by swing, widest first.
    pub entries: Vec<TornadoEntry>,
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
    Tornado {
        metric,
        carbon_ratio: central.verdicts.ratio,
        cost_ratio: central.economics.cost_ratio,
        entries,
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
