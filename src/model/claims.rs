//! Claim checks: each claim of `data::claims` decided by its rule over the model's outputs,
//! under the claimant's assumptions and under this model's central ones. Like the preset
//! table, this drives the whole model; it is not a stage. Pure and total: a scenario that
//! fails to build falls back to the defaults (a native test checks every claim's builds).
//!
//! The verdict is computed, never written: "holds" when the rule passes; otherwise the
//! deciding input's boundary is found on the full model (a scan of its range and a
//! bisection of the boundary nearest today's value, as the break-even ladder finds a
//! rung; for a rule "ratio ≤ 1" it is the ladder's rung for that input) and the claim
//! "holds only if" that input takes that value when the value is plausible, else "does
//! not hold". Plausible: inside the input's cited low–high range; for an input with no
//! cited range, within a factor of two of today's value; never for an override that is
//! off (0: the model's own value), where the boundary is reported but not granted.

use super::inputs::registry::{choice, param, unit_suffix, ParamSpec};
use super::inputs::text::apply_preset_settings;
use super::outputs::output;
use super::{evaluate, Inputs, Outputs, Warning};
use crate::data::claims::{Claim, Decider, Quantity, Test, CLAIMS};
use crate::data::presets::preset;
use crate::numfmt::sig;

/// Points of the scan over the deciding input's range (plus today's value).
const SCAN: usize = 24;
/// Bisection steps.
const BISECT: usize = 48;

/// Which assumptions a scenario is read under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The claimant's own assumptions on top of the design.
    Claimant,
    /// This model's central values for everything but the design.
    Central,
}

/// The claim's scenario under a reading: the defaults, the preset's design, the claim's
/// design, then (for the claimant) its assumptions; with the warnings of any clamped value.
pub fn scenario(c: &Claim, r: Reading) -> Result<(Inputs, Vec<Warning>), String> {
    let mut i = Inputs::default();
    let mut w = Vec::new();
    if !c.preset.is_empty() {
        let p = preset(c.preset)
            .ok_or_else(|| format!("claim {}: unknown preset {}", c.id, c.preset))?;
        w.extend(apply_preset_settings(&mut i, c.id, p.settings)?);
    }
    w.extend(apply_preset_settings(&mut i, c.id, c.design)?);
    if r == Reading::Claimant {
        w.extend(apply_preset_settings(&mut i, c.id, c.assumptions)?);
    }
    Ok((i, w))
}

/// The number a rule tests, from the outputs (an unknown key reads 0; a native test
/// checks every key).
pub fn quantity(q: Quantity, o: &Outputs) -> f64 {
    let get = |k: &str| output(k).map_or(0.0, |s| (s.get)(o));
    match q {
        Quantity::Output(k) => get(k),
        Quantity::Ratio(a, b) => {
            let d = get(b);
            if d != 0.0 && d.is_finite() {
                get(a) / d
            } else {
                0.0
            }
        }
    }
}

/// The quantity's label and unit, in English.
pub fn quantity_label(q: Quantity) -> (String, &'static str) {
    let label = |k: &str| output(k).map_or(k.to_string(), |s| s.meaning.to_string());
    match q {
        Quantity::Output(k) => (label(k), output(k).map_or("", |s| s.unit)),
        Quantity::Ratio(a, b) => (format!("{} ÷ {}", label(a), label(b)), ""),
    }
}

/// What the deciding input would have to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// A numeric input: today's value and the nearest value at which the verdict flips.
    Number {
        key: &'static str,
        label: &'static str,
        unit: &'static str,
        now: f64,
        at: f64,
    },
    /// A choice: today's option and the one that decides it, as (id, label).
    Choice {
        key: &'static str,
        label: &'static str,
        now: (&'static str, &'static str),
        option: (&'static str, &'static str),
    },
}

/// A computed verdict.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Holds,
    /// Holds if the condition is met, and it is plausible.
    HoldsOnlyIf(Condition),
    /// Does not hold; the condition, when one exists, is implausible.
    DoesNotHold(Option<Condition>),
}

impl Verdict {
    /// Stable id: `holds`, `holds_only_if`, `does_not_hold`.
    pub fn id(&self) -> &'static str {
        match self {
            Verdict::Holds => "holds",
            Verdict::HoldsOnlyIf(_) => "holds_only_if",
            Verdict::DoesNotHold(_) => "does_not_hold",
        }
    }
    pub fn condition(&self) -> Option<&Condition> {
        match self {
            Verdict::Holds => None,
            Verdict::HoldsOnlyIf(c) => Some(c),
            Verdict::DoesNotHold(c) => c.as_ref(),
        }
    }
}

/// A number the explanation names: registry key, label, unit, value.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub value: f64,
    /// The output's note when it has no number in this scenario (`OutputSpec::no_value`:
    /// a break-even that does not exist reads as this note, never as its placeholder 0).
    pub none: Option<&'static str>,
}

/// One reading of one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadingResult {
    pub reading: Reading,
    /// The tested number.
    pub value: f64,
    /// The tested output's note when it has no number in this scenario (as [`Detail::none`]).
    pub value_none: Option<&'static str>,
    /// True when the rule passes.
    pub passes: bool,
    pub verdict: Verdict,
    pub details: Vec<Detail>,
    /// The claim's solved-for figure (its `solve`), when it has one and a value reaches it.
    pub solved: Option<f64>,
    /// Every warning: from building the scenario and from the model.
    pub warnings: Vec<Warning>,
}

/// Both readings of one claim.
#[derive(Clone, Debug)]
pub struct ClaimCheck {
    pub claim: &'static Claim,
    pub claimant: ReadingResult,
    pub central: ReadingResult,
}

/// True when the rule passes on these inputs.
fn passes(c: &Claim, i: &Inputs) -> bool {
    c.test.passes(quantity(c.quantity, &evaluate(i)))
}

/// An override input (0 means "use the model's own value").
fn is_override(p: &ParamSpec) -> bool {
    p.value.source == "assume.override_off"
}

/// The points the range of `p` is scanned at, in increasing order, with today's value;
/// an override's 0 ("off") is not a value and is left out.
fn scan_points(p: &ParamSpec, now: f64) -> Vec<f64> {
    let lo = if is_override(p) && p.min <= 0.0 {
        p.step.max(p.max * 1e-6)
    } else {
        p.min
    };
    let log = lo > 0.0 && (p.log || p.max / lo > 100.0);
    let mut xs: Vec<f64> = (0..=SCAN)
        .map(|k| {
            let t = k as f64 / SCAN as f64;
            if log {
                (lo.ln() + t * (p.max.ln() - lo.ln())).exp()
            } else {
                lo + t * (p.max - lo)
            }
        })
        .map(|x| x.clamp(p.min, p.max))
        .collect();
    if !(is_override(p) && now == 0.0) {
        xs.push(now);
    }
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    xs
}

/// The value of numeric input `key` nearest its value in `base` at which `pred` (over
/// the outputs) changes, on the side where `pred` is true; None when it never changes
/// in the input's range.
pub fn boundary(base: &Inputs, key: &str, pred: &dyn Fn(&Outputs) -> bool) -> Option<f64> {
    let p = param(key)?;
    let now = (p.get)(base);
    let mut work = base.clone();
    let at = |x: f64, work: &mut Inputs| {
        (p.set)(work, x);
        pred(&evaluate(work))
    };
    let xs = scan_points(p, now);
    let fs: Vec<bool> = xs.iter().map(|&x| at(x, &mut work)).collect();
    let far = |k: usize| (xs[k] - now).abs();
    let pair = (0..xs.len().saturating_sub(1))
        .filter(|&k| fs[k] != fs[k + 1])
        .min_by(|&a, &b| far(a).min(far(a + 1)).total_cmp(&far(b).min(far(b + 1))))?;
    // Bisect [t, f]: t passes, f does not.
    let (mut t, mut f) = if fs[pair] {
        (xs[pair], xs[pair + 1])
    } else {
        (xs[pair + 1], xs[pair])
    };
    for _ in 0..BISECT {
        let mid = 0.5 * (t + f);
        if mid == t || mid == f {
            break;
        }
        if at(mid, &mut work) {
            t = mid;
        } else {
            f = mid;
        }
    }
    Some(t)
}

/// True when a boundary at `at` is a plausible value of `p` today at `now`.
fn plausible(p: &ParamSpec, now: f64, at: f64) -> bool {
    if is_override(p) && now == 0.0 {
        return false;
    }
    let c = p.value;
    if c.is_uncertain() {
        c.low <= at && at <= c.high
    } else if now > 0.0 && at > 0.0 {
        at / now <= 2.0 && now / at <= 2.0
    } else {
        false
    }
}

/// The verdict on inputs `i` whose rule does not pass.
fn failing_verdict(c: &Claim, i: &Inputs) -> Verdict {
    match c.decider {
        Decider::Number(key) => {
            let Some(p) = param(key) else {
                return Verdict::DoesNotHold(None);
            };
            let now = (p.get)(i);
            match boundary(i, key, &|o| c.test.passes(quantity(c.quantity, o))) {
                Some(at) => {
                    let cond = Condition::Number {
                        key: p.key,
                        label: p.label,
                        unit: p.unit,
                        now,
                        at,
                    };
                    if plausible(p, now, at) {
                        Verdict::HoldsOnlyIf(cond)
                    } else {
                        Verdict::DoesNotHold(Some(cond))
                    }
                }
                None => Verdict::DoesNotHold(None),
            }
        }
        Decider::Choice(key, id) => {
            let Some(ch) = choice(key) else {
                return Verdict::DoesNotHold(None);
            };
            let (Some(n), now) = (ch.index_of(id), (ch.get)(i)) else {
                return Verdict::DoesNotHold(None);
            };
            let mut j = i.clone();
            (ch.set)(&mut j, n);
            let (Some(now_opt), Some(opt)) = ((ch.option)(now), (ch.option)(n)) else {
                return Verdict::DoesNotHold(None);
            };
            if passes(c, &j) {
                Verdict::HoldsOnlyIf(Condition::Choice {
                    key: ch.key,
                    label: ch.label,
                    now: now_opt,
                    option: opt,
                })
            } else {
                Verdict::DoesNotHold(None)
            }
        }
    }
}

/// The value of an output or input by key (0 when neither).
fn value_of(
    key: &str,
    i: &Inputs,
    o: &Outputs,
) -> Option<(&'static str, &'static str, &'static str, f64)> {
    if let Some(s) = output(key) {
        return Some((s.key, s.meaning, s.unit, (s.get)(o)));
    }
    param(key).map(|p| (p.key, p.label, p.unit, (p.get)(i)))
}

/// One reading of a claim (a scenario that fails to build reads as the defaults).
pub fn read(c: &'static Claim, r: Reading) -> ReadingResult {
    let (i, mut warnings) = scenario(c, r).unwrap_or_default();
    let o = evaluate(&i);
    warnings.extend(o.warnings.iter().cloned());
    let value = quantity(c.quantity, &o);
    let passes = c.test.passes(value);
    let verdict = if passes {
        Verdict::Holds
    } else {
        failing_verdict(c, &i)
    };
    let details = c
        .details
        .iter()
        .filter_map(|k| value_of(k, &i, &o))
        .map(|(key, label, unit, value)| Detail {
            key,
            label,
            unit,
            value,
            none: output(key).and_then(|spec| spec.no_value(&o)),
        })
        .collect();
    let solved = c.solve.and_then(|s| {
        let reached = |o: &Outputs| output(s.output).is_some_and(|spec| (spec.get)(o) <= s.target);
        boundary(&i, s.input, &reached)
    });
    // A ratio of a number the scenario does not have (a break-even that does not exist)
    // is no number either.
    let none_of = |k: &str| output(k).and_then(|spec| spec.no_value(&o));
    let value_none = match c.quantity {
        Quantity::Output(k) => none_of(k),
        Quantity::Ratio(a, b) => none_of(a).or_else(|| none_of(b)),
    };
    ReadingResult {
        reading: r,
        value,
        value_none,
        passes,
        verdict,
        details,
        solved,
        warnings,
    }
}

/// Both readings of one claim.
pub fn check(c: &'static Claim) -> ClaimCheck {
    ClaimCheck {
        claim: c,
        claimant: read(c, Reading::Claimant),
        central: read(c, Reading::Central),
    }
}

/// Every claim, in catalogue order.
pub fn check_all() -> Vec<ClaimCheck> {
    CLAIMS.iter().map(check).collect()
}

/// The rule's test in words: "≤ 1.05", "≥ 10", "between 0.05 and 0.2".
pub fn test_text(t: Test, unit: &str) -> String {
    let u = unit_suffix(unit);
    match t {
        Test::AtMost(x) => format!("≤ {}{u}", sig(x, 4)),
        Test::AtLeast(x) => format!("≥ {}{u}", sig(x, 4)),
        Test::Between(a, b) => format!("between {}{u} and {}{u}", sig(a, 4), sig(b, 4)),
    }
}

/// The condition in English: "Power distribution efficiency is 0.955 (today 0.85)".
pub fn condition_text(c: &Condition) -> String {
    match c {
        Condition::Number {
            key,
            label,
            unit,
            now,
            at,
        } => {
            let u = unit_suffix(unit);
            let today = if *now == 0.0 && param(key).is_some_and(is_override) {
                "today this model's own".to_string()
            } else {
                format!("today {}{u}", sig(*now, 3))
            };
            format!("{label} is {}{u} ({today})", sig(*at, 3))
        }
        Condition::Choice {
            label, now, option, ..
        } => format!("{label} is {} (today {})", option.1, now.1),
    }
}

/// The verdict in English: "holds", "holds only if …", "does not hold".
pub fn verdict_text(v: &Verdict) -> String {
    match v {
        Verdict::Holds => "holds".to_string(),
        Verdict::HoldsOnlyIf(c) => format!("holds only if {}", condition_text(c)),
        Verdict::DoesNotHold(None) => {
            "does not hold (no value of the deciding input in its range makes it hold)".to_string()
        }
        Verdict::DoesNotHold(Some(c)) => format!(
            "does not hold (it would take {}: beyond its plausible range)",
            condition_text(c)
        ),
    }
}

/// The explanation in English, naming the numbers: "Space PUE: all power drawn ÷ IT power
/// is 1.19 (rule: ≤ 1.05): PUE part: conversion … 0.179, …".
pub fn explain(c: &Claim, r: &ReadingResult) -> String {
    let (label, unit) = quantity_label(c.quantity);
    let u = unit_suffix(unit);
    let value = match r.value_none {
        Some(note) => format!(" — {note}"),
        None => format!(" is {}{u}", sig(r.value, 3)),
    };
    let mut s = format!("{label}{value} (rule: {})", test_text(c.test, unit));
    if !r.details.is_empty() {
        let parts: Vec<String> = r
            .details
            .iter()
            .map(|d| match d.none {
                Some(note) => format!("{} — {note}", d.label),
                None => format!("{} {}{}", d.label, sig(d.value, 3), unit_suffix(d.unit)),
            })
            .collect();
        s.push_str(": ");
        s.push_str(&parts.join("; "));
    }
    if let (Some(solve), Some(x)) = (c.solve, r.solved) {
        let (name, unit) = param(solve.input).map_or((solve.input, ""), |p| (p.label, p.unit));
        let out = output(solve.output).map_or(solve.output, |o| o.meaning);
        s.push_str(&format!(
            "; {out} reaches {} at {name} {}{}",
            sig(solve.target, 3),
            sig(x, 3),
            unit_suffix(unit)
        ));
    }
    s.push_str(". The claim ");
    s.push_str(&verdict_text(&r.verdict));
    s.push('.');
    s
}

#[cfg(test)]
mod tests;
