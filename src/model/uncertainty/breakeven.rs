//! What would have to be true: the break-even ladder. For the carbon ratio (orbit ÷
//! Earth lifecycle emissions) or the cost ratio (orbit ÷ Earth cost per accelerator-hour),
//! the value of each input at which orbit ties Earth (ratio 1), every other input held
//! at its value, found on the full model by a scan of the input's whole range and a
//! bisection of the bracket nearest today's value; or "no value in its range does".
//!
//! Rungs are sorted by plausibility: how far the break-even lies from today's value,
//! in units of the input's cited low–high range (in logs where the Monte Carlo samples
//! it log-triangular), so the first rung is the most plausible route to parity. Inputs
//! with no cited range are measured against their whole slider range and say so.
//! Choices (vehicle, accounting, comparator, …) are rungs too when another option
//! alone crosses parity. The best pairs of the top rungs are found by moving both
//! inputs the same plausibility distance towards their break-evens.
//!
//! A ratio that jumps across 1 (a step in the model, such as whole launches) is not a
//! rung: applied, a rung gives a ratio within [`TOLERANCE`] of 1.

use super::tornado::Metric;
use crate::detmath::DetMath;
use crate::model::inputs::registry::{ChoiceSpec, Group, ParamSpec, CHOICES, PARAMS};
use crate::model::orbit::{self, Eclipses};
use crate::model::{evaluate_sanitized, Inputs, Outputs};
use crate::numfmt::sig;

/// Points of the scan over an input's range (plus today's value).
const SCAN: usize = 32;
/// Bisection steps (the bracket shrinks 2⁻⁶⁰: to the last bits of an f64 in range).
const BISECT: usize = 60;
/// A rung, applied, gives |ratio − 1| at most this.
pub const TOLERANCE: f64 = 1e-6;
/// Rungs whose inputs are paired.
const PAIRED: usize = 4;

/// One rung: the value of one input at which orbit ties Earth.
#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    /// Registry key of the input.
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    /// Today's value and the break-even value.
    pub now: f64,
    pub at: f64,
    /// |at − now| in units of the input's cited low–high range (or of its whole range
    /// when `cited` is false); 0 means the scenario is at parity already.
    pub distance: f64,
    /// True when the distance is measured against a cited low–high range.
    pub cited: bool,
    /// True when the break-even lies inside the cited low–high range.
    pub within_cited: bool,
}

/// A choice whose other option alone crosses parity.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceRung {
    pub key: &'static str,
    pub label: &'static str,
    /// Today's option and the one that crosses, as (id, label).
    pub now: (&'static str, &'static str),
    pub option: (&'static str, &'static str),
    /// The ratio with that option.
    pub ratio: f64,
}

/// Two inputs moved together: each the same plausibility distance towards its own
/// break-even, the least distance at which orbit ties.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: &'static str,
    pub b: &'static str,
    pub a_at: f64,
    pub b_at: f64,
    /// The common distance, in units of each input's cited range.
    pub distance: f64,
}

/// The ladder for one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    pub metric: Metric,
    /// The ratio today.
    pub ratio: f64,
    /// Numeric rungs, most plausible first.
    pub rungs: Vec<Rung>,
    /// Choices whose other option crosses parity, in registry order.
    pub choices: Vec<ChoiceRung>,
    /// Pairs of the top rungs' inputs that tie at a shorter common distance than either
    /// input alone, shortest first.
    pub pairs: Vec<Pair>,
    /// Inputs whose ratio jumps across parity at a step (a switch in the model, such as
    /// batteries giving way to throttling), with the value where it jumps: no value ties.
    pub steps: Vec<(&'static str, f64)>,
    /// Inputs that move the ratio but never cross parity in their range.
    pub unreachable: Vec<&'static str>,
    /// Model evaluations the ladder took.
    pub evaluations: usize,
}

impl Rung {
    /// The rung as a sentence: "Orbit ties Earth on carbon if Radiator temperature is
    /// 61.2 °C (today 20 °C)."
    pub fn sentence(&self, m: Metric) -> String {
        let u = crate::model::inputs::registry::unit_suffix(self.unit);
        let span = if self.cited {
            format!("{} of its cited range away", sig(self.distance, 2))
        } else {
            "no cited range".to_string()
        };
        format!(
            "Orbit ties Earth on {} if {} is {}{u} (today {}{u}; {span}).",
            m.id(),
            self.label,
            sig(self.at, 4),
            sig(self.now, 4),
        )
    }
}

impl ChoiceRung {
    /// The choice as a sentence: "Orbit ties or beats Earth on carbon with Cell technology:
    /// Perovskite (ratio 0.99)."
    pub fn sentence(&self, m: Metric) -> String {
        format!(
            "Orbit crosses parity with Earth on {} with {}: {} instead of {} (ratio {}).",
            m.id(),
            self.label,
            self.option.1,
            self.now.1,
            sig(self.ratio, 3)
        )
    }
}

/// The ratio a metric ranks by.
pub fn ratio_of(o: &Outputs, m: Metric) -> f64 {
    match m {
        Metric::Carbon => o.verdicts.ratio,
        Metric::Cost => o.economics.cost_ratio,
    }
}

/// How distance along an input is measured: linear or in logs, over a span.
#[derive(Clone, Copy, Debug)]
struct Scale {
    log: bool,
    span: f64,
    cited: bool,
    low: f64,
    high: f64,
}

impl Scale {
    fn of(p: &ParamSpec) -> Scale {
        let c = p.value;
        let cited = c.is_uncertain();
        let (lo, hi) = if cited {
            (c.low, c.high)
        } else {
            (p.min, p.max)
        };
        let log = lo > 0.0 && hi / lo > 3.0;
        let span = if log { hi.dln() - lo.dln() } else { hi - lo };
        Scale {
            log,
            span: if span > 0.0 { span } else { 1.0 },
            cited,
            low: c.low,
            high: c.high,
        }
    }
    fn coord(&self, x: f64) -> f64 {
        if self.log {
            x.max(1e-300).dln()
        } else {
            x
        }
    }
    fn value(&self, u: f64) -> f64 {
        if self.log {
            u.dexp()
        } else {
            u
        }
    }
    fn distance(&self, a: f64, b: f64) -> f64 {
        (self.coord(a) - self.coord(b)).abs() / self.span
    }
}

/// Evaluates scenarios on one orbit scan unless an input moves the orbit.
struct Evaluator {
    eclipses: Eclipses,
    count: usize,
}

impl Evaluator {
    fn eval(&mut self, i: &Inputs, moves_orbit: bool) -> Outputs {
        self.count += 1;
        if moves_orbit {
            let e = orbit::annual_eclipses_summary(&i.orbit);
            evaluate_sanitized(i, e)
        } else {
            evaluate_sanitized(i, self.eclipses.clone())
        }
    }
}

/// The points an input's range is scanned at, in increasing order, with today's value.
fn scan_points(p: &ParamSpec, now: f64) -> Vec<f64> {
    let log = p.min > 0.0 && (p.log || p.max / p.min > 100.0);
    let mut xs: Vec<f64> = (0..=SCAN)
        .map(|k| {
            let t = k as f64 / SCAN as f64;
            if log {
                (p.min.dln() + t * (p.max.dln() - p.min.dln())).dexp()
            } else {
                p.min + t * (p.max - p.min)
            }
        })
        .map(|x| x.clamp(p.min, p.max))
        .collect();
    xs.push(now);
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    xs
}

/// Both ratios of the ladder's metrics at once, so each evaluation serves both.
fn ratios(o: &Outputs) -> [f64; 2] {
    [ratio_of(o, Metric::Carbon), ratio_of(o, Metric::Cost)]
}

/// What a scan found for one metric.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Found {
    /// A continuous crossing: the ratio is 1 there.
    Root(f64),
    /// Parity crossed only by a jump, at this value.
    Step(f64),
    /// No crossing in the range.
    None,
}

/// The break-evens of one numeric input for both metrics, and whether it moves each.
fn breakevens(p: &'static ParamSpec, base: &Inputs, ev: &mut Evaluator) -> ([Found; 2], [bool; 2]) {
    let now = (p.get)(base);
    let mut work = base.clone();
    let moves = {
        let mut probe = base.clone();
        (p.set)(&mut probe, if now == p.max { p.min } else { p.max });
        probe.orbit != base.orbit
    };
    let xs = scan_points(p, now);
    let fs: Vec<[f64; 2]> = xs
        .iter()
        .map(|&x| {
            (p.set)(&mut work, x);
            let r = ratios(&ev.eval(&work, moves));
            [r[0] - 1.0, r[1] - 1.0]
        })
        .collect();
    let mut out = [Found::None, Found::None];
    let mut moved = [false, false];
    for m in 0..2 {
        let f = |k: usize| fs[k][m];
        moved[m] = fs.iter().any(|v| v[m] != fs[0][m]);
        // Brackets (a sign change, or an exact zero) nearest today's value first.
        let mut brackets: Vec<(usize, usize)> = (0..xs.len() - 1)
            .filter(|&k| f(k) == 0.0 || f(k) * f(k + 1) < 0.0)
            .map(|k| (k, k + 1))
            .collect();
        if f(xs.len() - 1) == 0.0 {
            brackets.push((xs.len() - 1, xs.len() - 1));
        }
        let sc = Scale::of(p);
        brackets.sort_by(|a, b| {
            sc.distance(xs[a.0], now)
                .min(sc.distance(xs[a.1], now))
                .total_cmp(&sc.distance(xs[b.0], now).min(sc.distance(xs[b.1], now)))
        });
        for (a, b) in brackets {
            match bisect(p, &mut work, ev, moves, m, xs[a], xs[b], f(a)) {
                Ok(x) => {
                    out[m] = Found::Root(x);
                    break;
                }
                Err(x) if out[m] == Found::None => out[m] = Found::Step(x),
                Err(_) => {}
            }
        }
    }
    (out, moved)
}

/// Bisects `[a, b]` (f(a) = `fa`, opposite sign at b) for metric `m`: Ok(the root) when
/// the ratio there is within [`TOLERANCE`] of 1 (a continuous crossing), Err(where it
/// jumps) at a step.
#[allow(clippy::too_many_arguments)]
fn bisect(
    p: &ParamSpec,
    work: &mut Inputs,
    ev: &mut Evaluator,
    moves: bool,
    m: usize,
    mut a: f64,
    mut b: f64,
    mut fa: f64,
) -> Result<f64, f64> {
    let f_at = |x: f64, work: &mut Inputs, ev: &mut Evaluator| {
        (p.set)(work, x);
        ratios(&ev.eval(work, moves))[m] - 1.0
    };
    if fa == 0.0 {
        return Ok(a);
    }
    let mut best = (a, fa.abs());
    for _ in 0..BISECT {
        let mid = 0.5 * (a + b);
        if mid == a || mid == b {
            break;
        }
        let fm = f_at(mid, work, ev);
        if fm.abs() < best.1 {
            best = (mid, fm.abs());
        }
        if fm == 0.0 {
            break;
        }
        if (fm < 0.0) == (fa < 0.0) {
            a = mid;
            fa = fm;
        } else {
            b = mid;
        }
    }
    let fb = f_at(b, work, ev).abs();
    if fb < best.1 {
        best = (b, fb);
    }
    if best.1 <= TOLERANCE {
        Ok(best.0)
    } else {
        Err(0.5 * (a + b))
    }
}

/// The least common distance s (in cited-range units) at which moving both inputs of a
/// pair s towards their break-evens ties orbit with Earth, if below both single distances.
fn pair(a: &Rung, b: &Rung, m: Metric, base: &Inputs, ev: &mut Evaluator) -> Option<Pair> {
    let pa = PARAMS.iter().find(|p| p.key == a.key)?;
    let pb = PARAMS.iter().find(|p| p.key == b.key)?;
    let (sa, sb) = (Scale::of(pa), Scale::of(pb));
    let towards = |sc: &Scale, now: f64, at: f64, s: f64, p: &ParamSpec| {
        let dir = if sc.coord(at) >= sc.coord(now) {
            1.0
        } else {
            -1.0
        };
        sc.value(sc.coord(now) + dir * s * sc.span)
            .clamp(p.min, p.max)
    };
    let moves = {
        let mut probe = base.clone();
        (pa.set)(&mut probe, pa.max);
        (pb.set)(&mut probe, pb.max);
        probe.orbit != base.orbit
    };
    let mut work = base.clone();
    let mut f = |s: f64, ev: &mut Evaluator| {
        (pa.set)(&mut work, towards(&sa, a.now, a.at, s, pa));
        (pb.set)(&mut work, towards(&sb, b.now, b.at, s, pb));
        ratio_of(&ev.eval(&work, moves), m) - 1.0
    };
    let hi = a.distance.min(b.distance);
    let (mut lo_s, mut hi_s) = (0.0, hi);
    let f0 = f(0.0, ev);
    let f1 = f(hi, ev);
    if f0 == 0.0 || f0 * f1 >= 0.0 {
        return None;
    }
    for _ in 0..BISECT {
        let mid = 0.5 * (lo_s + hi_s);
        if mid == lo_s || mid == hi_s {
            break;
        }
        if (f(mid, ev) < 0.0) == (f0 < 0.0) {
            lo_s = mid;
        } else {
            hi_s = mid;
        }
    }
    let s = hi_s;
    if f(s, ev).abs() > TOLERANCE || s >= hi * (1.0 - 1e-9) {
        return None;
    }
    Some(Pair {
        a: a.key,
        b: b.key,
        a_at: towards(&sa, a.now, a.at, s, pa),
        b_at: towards(&sb, b.now, b.at, s, pb),
        distance: s,
    })
}

/// The ladders for the carbon and the cost ratio of `inputs` (sanitised first), in
/// that order. Pure: the same inputs give the same ladders.
pub fn ladders(inputs: &Inputs) -> [Ladder; 2] {
    let mut run = LadderRun::new(inputs);
    while !run.step(usize::MAX) {}
    run.result().unwrap_or_else(|| unreachable_result(&run))
}

/// Never reached: a finished run always has its result. Kept total without a panic.
fn unreachable_result(run: &LadderRun) -> [Ladder; 2] {
    [Metric::Carbon, Metric::Cost].map(|metric| Ladder {
        metric,
        ratio: run.today[metric.index()],
        rungs: Vec::new(),
        choices: Vec::new(),
        pairs: Vec::new(),
        steps: Vec::new(),
        unreachable: Vec::new(),
        evaluations: run.ev.count,
    })
}

/// The ladders computed a few inputs at a time, so a page can spread the work over
/// frames and drop it when the scenario changes: [`LadderRun::step`] until it returns
/// true, then [`LadderRun::result`]. The result is the same as [`ladders`]'s, whatever
/// the step sizes.
pub struct LadderRun {
    base: Inputs,
    ev: Evaluator,
    today: [f64; 2],
    /// Next index into the numeric inputs (published-design inputs skipped).
    next: usize,
    params: Vec<&'static ParamSpec>,
    rungs: [Vec<Rung>; 2],
    unreachable: [Vec<&'static str>; 2],
    steps: [Vec<(&'static str, f64)>; 2],
    done: Option<[Ladder; 2]>,
}

impl LadderRun {
    /// A run for `inputs` (sanitised first); nothing is computed beyond today's ratios.
    pub fn new(inputs: &Inputs) -> LadderRun {
        let (base, _) = crate::model::sanitize(inputs);
        let mut ev = Evaluator {
            eclipses: orbit::annual_eclipses_summary(&base.orbit),
            count: 0,
        };
        let today = ratios(&ev.eval(&base, false));
        LadderRun {
            base,
            ev,
            today,
            next: 0,
            // A published design's inputs replace this model's physics; they are not
            // beliefs within it, so they are not rungs.
            params: PARAMS.iter().filter(|p| p.group != Group::Design).collect(),
            rungs: [Vec::new(), Vec::new()],
            unreachable: [Vec::new(), Vec::new()],
            steps: [Vec::new(), Vec::new()],
            done: None,
        }
    }

    /// Works through inputs until about `max_evaluations` model evaluations have been
    /// spent (at least one input per call); the last call adds the choices and pairs.
    /// Returns true when the ladders are complete.
    pub fn step(&mut self, max_evaluations: usize) -> bool {
        if self.done.is_some() {
            return true;
        }
        let start = self.ev.count;
        while self.next < self.params.len() {
            let p = self.params[self.next];
            self.next += 1;
            self.one(p);
            if self.ev.count - start >= max_evaluations {
                return false;
            }
        }
        self.finish();
        true
    }

    /// Share of the inputs done, 0–1.
    pub fn progress(&self) -> f64 {
        if self.done.is_some() {
            1.0
        } else {
            self.next as f64 / (self.params.len() + 1) as f64
        }
    }

    /// The ladders, once [`LadderRun::step`] has returned true.
    pub fn result(&self) -> Option<[Ladder; 2]> {
        self.done.clone()
    }

    fn one(&mut self, p: &'static ParamSpec) {
        let (at, moved) = breakevens(p, &self.base, &mut self.ev);
        let now = (p.get)(&self.base);
        let sc = Scale::of(p);
        for m in 0..2 {
            match at[m] {
                Found::Root(x) => self.rungs[m].push(Rung {
                    key: p.key,
                    label: p.label,
                    unit: p.unit,
                    now,
                    at: x,
                    distance: sc.distance(x, now),
                    cited: sc.cited,
                    within_cited: sc.cited && (sc.low..=sc.high).contains(&x),
                }),
                Found::Step(x) => self.steps[m].push((p.key, x)),
                Found::None if moved[m] => self.unreachable[m].push(p.key),
                Found::None => {}
            }
        }
    }

    fn finish(&mut self) {
        let base = &self.base;
        let ev = &mut self.ev;
        let today = self.today;
        let choices = choice_rungs(base, today, ev);
        let rungs = &mut self.rungs;
        let unreachable = &mut self.unreachable;
        let steps = &mut self.steps;
        let out = [Metric::Carbon, Metric::Cost].map(|metric| {
            let m = metric.index();
            let mut r = std::mem::take(&mut rungs[m]);
            // Cited ranges first, then by distance; equal keeps registry order.
            r.sort_by(|a, b| {
                (!a.cited)
                    .cmp(&!b.cited)
                    .then(a.distance.total_cmp(&b.distance))
            });
            (
                metric,
                r,
                std::mem::take(&mut unreachable[m]),
                std::mem::take(&mut steps[m]),
            )
        });
        let mut ladders = out.map(|(metric, r, u, st)| Ladder {
            metric,
            ratio: today[metric.index()],
            rungs: r,
            choices: choices[metric.index()].clone(),
            pairs: Vec::new(),
            steps: st,
            unreachable: u,
            evaluations: 0,
        });
        for l in &mut ladders {
            let top: Vec<Rung> = l
                .rungs
                .iter()
                .filter(|r| r.cited && r.distance > 0.0)
                .take(PAIRED)
                .cloned()
                .collect();
            for (k, a) in top.iter().enumerate() {
                for b in &top[k + 1..] {
                    if let Some(p) = pair(a, b, l.metric, base, ev) {
                        l.pairs.push(p);
                    }
                }
            }
            l.pairs.sort_by(|a, b| a.distance.total_cmp(&b.distance));
        }
        for l in &mut ladders {
            l.evaluations = ev.count;
        }
        self.done = Some(ladders);
    }
}

/// Choices whose other option alone crosses parity, for both metrics.
fn choice_rungs(base: &Inputs, today: [f64; 2], ev: &mut Evaluator) -> [Vec<ChoiceRung>; 2] {
    let mut out = [Vec::new(), Vec::new()];
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
            let moves = work.orbit != base.orbit;
            let r = ratios(&ev.eval(&work, moves));
            for m in 0..2 {
                if (r[m] - 1.0) * (today[m] - 1.0) < 0.0 || (r[m] == 1.0 && today[m] != 1.0) {
                    out[m].push(choice_rung(c, now, n, r[m]));
                }
            }
        }
    }
    out
}

fn choice_rung(
    c: &'static ChoiceSpec,
    now: (&'static str, &'static str),
    n: usize,
    ratio: f64,
) -> ChoiceRung {
    ChoiceRung {
        key: c.key,
        label: c.label,
        now,
        option: (c.option)(n).unwrap_or(("", "")),
        ratio,
    }
}
