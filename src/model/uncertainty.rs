//! Uncertainty: a seeded Monte Carlo over the registry's low / central / high ranges,
//! and a one-at-a-time sensitivity analysis (the tornado).
//!
//! **Distributions.** Every numeric input whose registry range has `low < high` gets
//! one: triangular(low, central, high), or log-triangular (triangular in ln x) where
//! `high / low > 3` and `low > 0`. Inputs with `low == high` are fixed. The
//! distribution is centred on the value in the given `Inputs`: when the user (or a
//! preset) moved an input off its registry central, the range moves with it, keeping
//! its relative shape (multiplied for log-triangular, shifted for triangular), and is
//! clamped to the input's `[min, max]`. A per-input [`Spread`] holds an input at its
//! value or scales its range around it. Inputs are sampled independently.
//!
//! **Orbit.** The orbit's geometry (type, altitude, inclination, node time) is a user
//! choice, not an uncertainty: it is never sampled, and its eclipse year-scan runs
//! once per run and is reused by every draw.
//!
//! **Sampling.** Latin hypercube: for each input the unit interval is cut into N equal
//! strata, each stratum is used exactly once (in an order shuffled per input), with a
//! uniform jitter inside it. The generator is xoshiro256** seeded by SplitMix64, so a
//! (seed, N, inputs, overrides) tuple gives the same draws everywhere (CLI, browser).
//!
//! **Chunking.** [`McRun`] does the work in steps of at most `max_draws` draws so the
//! browser can yield between animation frames and drop a run when an input changes;
//! [`run`] is the same thing in one step and gives bit-identical results.
//!
//! Nothing here panics or allocates per draw beyond what `evaluate` itself does.

use super::inputs::Inputs;
use super::lifecycle::div;
use super::orbit::{self, Eclipses};
use super::outputs::Outputs;
use crate::data::params::{params, ParamSpec};
use crate::detmath::DetMath;
use crate::numfmt::sig;

/// Draws when nothing is said.
pub const DEFAULT_DRAWS: usize = 2_000;
/// Most draws a run takes (more are clamped).
pub const MAX_DRAWS: usize = 20_000;
/// Seed when nothing is said.
pub const DEFAULT_SEED: u64 = 1;
/// Largest widening factor accepted by [`Spread::Widen`].
pub const MAX_WIDEN: f64 = 10.0;
/// Inputs listed in a tornado.
pub const TORNADO_LEN: usize = 10;

/// How one input's range is used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Spread {
    /// Hold the input at its value (no uncertainty).
    Central,
    /// Scale the distance from the value to low and to high by this factor (ratios in
    /// log space for log-triangular inputs): 0 holds it, 1 is the registry range, 2
    /// doubles it. Clamped to `[0, MAX_WIDEN]`; non-finite means 1. An input with no
    /// published range (`low == high`) stays fixed.
    Widen(f64),
}

/// What a Monte Carlo run does.
#[derive(Clone, Debug, PartialEq)]
pub struct McSettings {
    /// Number of draws; clamped to `1..=MAX_DRAWS` (see [`McSettings::draw_count`]).
    pub draws: usize,
    pub seed: u64,
    /// Per-input overrides by registry key; unknown keys are ignored, the last entry
    /// for a key wins.
    pub overrides: Vec<(&'static str, Spread)>,
}

impl Default for McSettings {
    fn default() -> McSettings {
        McSettings {
            draws: DEFAULT_DRAWS,
            seed: DEFAULT_SEED,
            overrides: Vec::new(),
        }
    }
}

impl McSettings {
    /// Draws actually taken: `draws` clamped to `1..=MAX_DRAWS`.
    pub fn draw_count(&self) -> usize {
        self.draws.clamp(1, MAX_DRAWS)
    }
    /// The override for an input, if any.
    pub fn spread(&self, key: &str) -> Option<Spread> {
        self.overrides
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, s)| *s)
    }
}

/// Shape of a distribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Triangular,
    /// Triangular in ln x (for ranges spanning more than a factor of 3).
    LogTriangular,
}

/// A triangular or log-triangular distribution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dist {
    pub low: f64,
    /// The mode (the input's value).
    pub mode: f64,
    pub high: f64,
    pub shape: Shape,
}

impl Dist {
    /// The value below which a fraction `u` of the distribution lies (inverse CDF);
    /// always within `[low, high]`; the mode for a non-finite `u`.
    pub fn quantile(&self, u: f64) -> f64 {
        Tri::new(self).quantile(u)
    }
}

/// A distribution prepared for sampling: triangular(a, c, b) in the sampled space
/// (ln x for log-triangular), with the inverse CDF's constants precomputed.
#[derive(Clone, Copy, Debug)]
struct Tri {
    d: Dist,
    a: f64,
    c: f64,
    b: f64,
    /// CDF at the mode.
    fc: f64,
    /// (b − a)(c − a) and (b − a)(b − c).
    ka: f64,
    kb: f64,
    log: bool,
}

impl Tri {
    fn new(d: &Dist) -> Tri {
        let log = d.shape == Shape::LogTriangular;
        let t = |x: f64| if log { x.dln() } else { x };
        let (a, c, b) = (t(d.low), t(d.mode), t(d.high));
        let w = b - a;
        Tri {
            d: *d,
            a,
            c,
            b,
            fc: if w > 0.0 { (c - a) / w } else { 0.5 },
            ka: w * (c - a),
            kb: w * (b - c),
            log,
        }
    }

    fn quantile(&self, u: f64) -> f64 {
        if !u.is_finite() {
            return self.d.mode;
        }
        let u = u.clamp(0.0, 1.0);
        let w = self.b - self.a;
        let x = if w.is_nan() || w <= 0.0 {
            self.c
        } else if u < self.fc {
            self.a + (u * self.ka).sqrt()
        } else {
            self.b - ((1.0 - u) * self.kb).sqrt()
        };
        let x = if self.log { x.dexp() } else { x };
        if x.is_finite() {
            x.clamp(self.d.low, self.d.high)
        } else {
            self.d.mode
        }
    }
}

/// One sampled input: its registry entry and its distribution.
#[derive(Clone, Copy)]
pub struct UncertainInput {
    pub spec: &'static ParamSpec,
    pub dist: Dist,
    tri: Tri,
}

/// The distributions a run samples, for `inputs` (sanitised) under `settings`' overrides,
/// in registry order. Fixed and held inputs are left out, as are the orbit's geometry
/// inputs.
pub fn distributions(inputs: &Inputs, settings: &McSettings) -> Vec<UncertainInput> {
    let (i, _) = super::sanitize(inputs);
    distributions_sanitized(&i, settings)
}

fn distributions_sanitized(i: &Inputs, settings: &McSettings) -> Vec<UncertainInput> {
    let mut probe = i.clone();
    params()
        .filter_map(|p| {
            let dist = dist_for(p, (p.get)(i), settings.spread(p.key))?;
            // An input that moves the orbit would invalidate the reused eclipse scan.
            let v = (p.get)(&probe);
            (p.set)(&mut probe, if v == p.max { p.min } else { p.max });
            let moves_orbit = probe.orbit != i.orbit;
            (p.set)(&mut probe, v);
            (!moves_orbit).then_some(UncertainInput {
                spec: p,
                dist,
                tri: Tri::new(&dist),
            })
        })
        .collect()
}

/// The distribution of one input at value `v`, or None when it is fixed.
fn dist_for(p: &ParamSpec, v: f64, spread: Option<Spread>) -> Option<Dist> {
    let c = p.value;
    if !c.is_uncertain() || !v.is_finite() {
        return None;
    }
    let factor = match spread {
        Some(Spread::Central) => return None,
        Some(Spread::Widen(f)) if f.is_finite() => f.clamp(0.0, MAX_WIDEN),
        _ => 1.0,
    };
    let log = c.low > 0.0 && c.high / c.low > 3.0 && v > 0.0;
    let (mut lo, mut hi) = (c.low, c.high);
    if v != c.central {
        if log {
            let k = v / c.central;
            lo *= k;
            hi *= k;
        } else {
            let d = v - c.central;
            lo += d;
            hi += d;
        }
    }
    if factor != 1.0 {
        if log {
            lo = v * (lo / v).dpowf(factor);
            hi = v * (hi / v).dpowf(factor);
        } else {
            lo = v - factor * (v - lo);
            hi = v + factor * (hi - v);
        }
    }
    let lo = lo.clamp(p.min, p.max).min(v);
    let hi = hi.clamp(p.min, p.max).max(v);
    if !lo.is_finite() || !hi.is_finite() || hi <= lo {
        return None;
    }
    let shape = if log && lo > 0.0 {
        Shape::LogTriangular
    } else {
        Shape::Triangular
    };
    Some(Dist {
        low: lo,
        mode: v,
        high: hi,
        shape,
    })
}

/// xoshiro256** (Blackman & Vigna 2018), seeded by SplitMix64.
#[derive(Clone, Debug)]
pub(crate) struct Rng {
    s: [u64; 4],
}

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        let mut sm = seed;
        let mut next = || {
            sm = sm.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = sm;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng {
            s: [next(), next(), next(), next()],
        }
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1), 53 bits.
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform integer in `0..n` (multiply-shift; bias below 2⁻³² for n ≤ 2³²).
    pub(crate) fn below(&mut self, n: u32) -> u32 {
        (((self.next_u64() >> 32) * n as u64) >> 32) as u32
    }
}

/// Latin hypercube strata: `dims` shuffled permutations of `0..n`, one after another.
fn lhs_strata(rng: &mut Rng, dims: usize, n: usize) -> Vec<u32> {
    let mut strata = Vec::with_capacity(dims * n);
    for _ in 0..dims {
        let start = strata.len();
        strata.extend(0..n as u32);
        let perm = &mut strata[start..];
        for k in (1..perm.len()).rev() {
            let j = rng.below(k as u32 + 1) as usize;
            perm.swap(k, j);
        }
    }
    strata
}

/// Percentile `p` (0–1) of sorted values, interpolating linearly between order
/// statistics (Hyndman & Fan type 7, the default of R and NumPy). Infinite values sort
/// last and are returned as such. Empty input gives 0.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    let (k, f) = rank(n, p);
    lerp(sorted[k], sorted.get(k + 1).copied(), f)
}

/// Order-statistic index and interpolation fraction of percentile `p` of `n` values.
fn rank(n: usize, p: f64) -> (usize, f64) {
    let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
    let k = (h.floor() as usize).min(n - 1);
    (k, h - k as f64)
}

/// `a + f (b − a)`, exact when `a == b`; an infinite `b` (an open band) wins for `f > 0`.
fn lerp(a: f64, b: Option<f64>, f: f64) -> f64 {
    match b {
        Some(b) if f > 0.0 && a != b => {
            if b.is_finite() {
                a + f * (b - a)
            } else {
                b
            }
        }
        _ => a,
    }
}

/// Order statistic `k` (interpolated by `f` towards `k + 1`) by selection: O(n),
/// reorders `values`; the same number [`percentile`] gives on the sorted values.
fn select_rank(values: &mut [f64], k: usize, f: f64) -> f64 {
    let (_, a, above) = values.select_nth_unstable_by(k, f64::total_cmp);
    let a = *a;
    let next = if f > 0.0 {
        above.iter().copied().min_by(f64::total_cmp)
    } else {
        None
    };
    lerp(a, next, f)
}

/// p5 / p50 / p95 and the mean of one figure.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Band {
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
    pub mean: f64,
}

impl Band {
    /// The band of `values` (reordered in place). Empty gives zeros.
    pub fn of(values: &mut [f64]) -> Band {
        let n = values.len();
        if n == 0 {
            return Band::default();
        }
        // Shifted mean: exact when every value is equal.
        let x0 = values[0];
        let mean = x0 + values.iter().map(|x| x - x0).sum::<f64>() / n as f64;
        let (k5, f5) = rank(n, 0.05);
        let (k50, f50) = rank(n, 0.5);
        let (k95, f95) = rank(n, 0.95);
        let (p5, p50, p95) = if n < 64 {
            values.sort_unstable_by(f64::total_cmp);
            (
                percentile(values, 0.05),
                percentile(values, 0.5),
                percentile(values, 0.95),
            )
        } else {
            // No full sort: select the median, then p5 below it and p95 above it
            // (for n ≥ 64, k5 + 1 ≤ k50 ≤ k95 < n − 1).
            let p50 = select_rank(values, k50, f50);
            let p5 = select_rank(&mut values[..=k50], k5, f5);
            let p95 = select_rank(&mut values[k50..], k95 - k50, f95);
            (p5, p50, p95)
        };
        Band { p5, p50, p95, mean }
    }
}

/// Percentiles of the carbon payback year; None: not within the horizon.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PaybackBand {
    pub p5: Option<f64>,
    pub p50: Option<f64>,
    pub p95: Option<f64>,
    /// Share of draws that pay back within the horizon (0–1).
    pub probability_within_horizon: f64,
}

/// What a Monte Carlo run reports. Carbon in gCO2e per kWh of IT energy (the headline
/// accounting), cost in USD per accelerator-hour, cumulative emissions in kgCO2e.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct McResult {
    /// Draws done (the requested count once the run is complete).
    pub draws: usize,
    pub seed: u64,
    /// Number of inputs sampled.
    pub uncertain_inputs: usize,
    pub orbit_g_per_kwh: Band,
    pub earth_g_per_kwh: Band,
    /// Orbit ÷ Earth carbon intensity (> 1: orbit emits more).
    pub carbon_ratio: Band,
    pub payback_year: PaybackBand,
    pub orbit_usd_per_accelerator_hour: Band,
    pub earth_usd_per_accelerator_hour: Band,
    /// Orbit ÷ Earth cost per accelerator-hour.
    pub cost_ratio: Band,
    /// Share of draws in which orbit emits less per kWh than Earth (0–1).
    pub p_orbit_beats_earth_carbon: f64,
    /// Share of draws in which orbit costs less per accelerator-hour than Earth (0–1).
    pub p_orbit_beats_earth_cost: f64,
    /// Cumulative emissions bands at the start (index 0) and the end of each year of
    /// the horizon, as in `Verdicts::cumulative_orbit` / `cumulative_earth`.
    pub cumulative_orbit: Vec<Band>,
    pub cumulative_earth: Vec<Band>,
}

/// Scalars recorded per draw.
const ORBIT_G: usize = 0;
const EARTH_G: usize = 1;
const C_RATIO: usize = 2;
const PAYBACK: usize = 3;
const ORBIT_USD: usize = 4;
const EARTH_USD: usize = 5;
const USD_RATIO: usize = 6;
const SCALARS: usize = 7;

fn scalars_of(o: &Outputs) -> [f64; SCALARS] {
    let v = &o.life.verdicts;
    let e = &o.life.economics;
    let mut s = [0.0; SCALARS];
    s[ORBIT_G] = v.orbit_g_per_kwh;
    s[EARTH_G] = v.earth_g_per_kwh;
    s[C_RATIO] = v.ratio;
    s[PAYBACK] = v.payback_year.unwrap_or(f64::INFINITY);
    s[ORBIT_USD] = e.orbit_usd_per_accelerator_hour;
    s[EARTH_USD] = e.earth_usd_per_accelerator_hour;
    s[USD_RATIO] = cost_ratio(o);
    s
}

fn cost_ratio(o: &Outputs) -> f64 {
    let e = &o.life.economics;
    div(
        e.orbit_usd_per_accelerator_hour,
        e.earth_usd_per_accelerator_hour,
    )
}

/// A Monte Carlo run done in steps (for the browser: a few hundred draws per frame;
/// drop the value to cancel).
#[derive(Clone)]
pub struct McRun {
    /// Sanitised inputs; the sampled fields are overwritten at every draw.
    work: Inputs,
    eclipses: Eclipses,
    inputs: Vec<UncertainInput>,
    strata: Vec<u32>,
    rng: Rng,
    n: usize,
    done: usize,
    seed: u64,
    /// `SCALARS` values per draw.
    scalars: Vec<f64>,
    years: usize,
    /// `years` values per draw.
    cum_orbit: Vec<f64>,
    cum_earth: Vec<f64>,
}

impl McRun {
    /// Prepares a run: sanitises the inputs, scans the orbit once, builds the
    /// distributions and the Latin hypercube strata. Evaluates the model once (for the
    /// length of the cumulative-emissions series).
    pub fn new(inputs: &Inputs, settings: &McSettings) -> McRun {
        let (work, _) = super::sanitize(inputs);
        let eclipses = orbit::annual_eclipses_summary(&work.orbit);
        let dists = distributions_sanitized(&work, settings);
        let n = settings.draw_count();
        let mut rng = Rng::new(settings.seed);
        let strata = lhs_strata(&mut rng, dists.len(), n);
        let central = super::evaluate_sanitized(&work, eclipses.clone(), Vec::new());
        let years = central.life.verdicts.cumulative_orbit.len();
        McRun {
            work,
            eclipses,
            inputs: dists,
            strata,
            rng,
            n,
            done: 0,
            seed: settings.seed,
            scalars: Vec::with_capacity(n * SCALARS),
            years,
            cum_orbit: Vec::with_capacity(n * years),
            cum_earth: Vec::with_capacity(n * years),
        }
    }

    /// Runs up to `max_draws` more draws; true when the run is complete.
    pub fn step(&mut self, max_draws: usize) -> bool {
        let end = self.done.saturating_add(max_draws).min(self.n);
        let inv_n = 1.0 / self.n as f64;
        for k in self.done..end {
            for (j, u) in self.inputs.iter().enumerate() {
                let stratum = self.strata[j * self.n + k] as f64;
                let x = u.tri.quantile((stratum + self.rng.next_f64()) * inv_n);
                (u.spec.set)(&mut self.work, x);
            }
            let out = super::evaluate_sanitized(&self.work, self.eclipses.clone(), Vec::new());
            self.scalars.extend_from_slice(&scalars_of(&out));
            let v = &out.life.verdicts;
            push_series(&mut self.cum_orbit, &v.cumulative_orbit, self.years);
            push_series(&mut self.cum_earth, &v.cumulative_earth, self.years);
        }
        self.done = end;
        self.is_done()
    }

    /// True when every draw is done.
    pub fn is_done(&self) -> bool {
        self.done >= self.n
    }

    /// Draws done so far.
    pub fn draws_done(&self) -> usize {
        self.done
    }

    /// Draws the run will take.
    pub fn draws_total(&self) -> usize {
        self.n
    }

    /// Share done, 0–1.
    pub fn progress(&self) -> f64 {
        self.done as f64 / self.n as f64
    }

    /// The inputs sampled and their distributions (for the assumptions panel).
    pub fn inputs(&self) -> &[UncertainInput] {
        &self.inputs
    }

    /// The result of the draws done so far (all of them once [`McRun::is_done`]).
    pub fn result(&self) -> McResult {
        let d = self.done;
        let mut col = Vec::with_capacity(d);
        let mut band = |k: usize| {
            col.clear();
            col.extend((0..d).map(|r| self.scalars[r * SCALARS + k]));
            Band::of(&mut col)
        };
        let orbit_g_per_kwh = band(ORBIT_G);
        let earth_g_per_kwh = band(EARTH_G);
        let carbon_ratio = band(C_RATIO);
        let orbit_usd = band(ORBIT_USD);
        let earth_usd = band(EARTH_USD);
        let cost_ratio = band(USD_RATIO);
        let pay = band(PAYBACK);
        let finite = |x: f64| x.is_finite().then_some(x);
        let share = |pred: &dyn Fn(&[f64]) -> bool| -> f64 {
            if d == 0 {
                return 0.0;
            }
            self.scalars
                .chunks_exact(SCALARS)
                .filter(|s| pred(s))
                .count() as f64
                / d as f64
        };
        let payback_year = PaybackBand {
            p5: finite(pay.p5),
            p50: finite(pay.p50),
            p95: finite(pay.p95),
            probability_within_horizon: share(&|s| s[PAYBACK].is_finite()),
        };
        let series = |flat: &[f64]| -> Vec<Band> {
            let mut col = Vec::with_capacity(d);
            (0..self.years)
                .map(|y| {
                    col.clear();
                    col.extend((0..d).map(|r| flat[r * self.years + y]));
                    Band::of(&mut col)
                })
                .collect()
        };
        McResult {
            draws: d,
            seed: self.seed,
            uncertain_inputs: self.inputs.len(),
            orbit_g_per_kwh,
            earth_g_per_kwh,
            carbon_ratio,
            payback_year,
            orbit_usd_per_accelerator_hour: orbit_usd,
            earth_usd_per_accelerator_hour: earth_usd,
            cost_ratio,
            p_orbit_beats_earth_carbon: share(&|s| s[ORBIT_G] < s[EARTH_G]),
            p_orbit_beats_earth_cost: share(&|s| s[ORBIT_USD] < s[EARTH_USD]),
            cumulative_orbit: series(&self.cum_orbit),
            cumulative_earth: series(&self.cum_earth),
        }
    }
}

/// Appends exactly `years` values of `s` (its last value repeated if shorter).
fn push_series(flat: &mut Vec<f64>, s: &[f64], years: usize) {
    let last = s.last().copied().unwrap_or(0.0);
    flat.extend((0..years).map(|y| s.get(y).copied().unwrap_or(last)));
}

/// Runs a whole Monte Carlo (the same as [`McRun`] stepped to the end).
pub fn run(inputs: &Inputs, settings: &McSettings) -> McResult {
    let mut r = McRun::new(inputs, settings);
    r.step(usize::MAX);
    r.result()
}

/// Which ratio a tornado ranks by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Metric {
    /// Orbit ÷ Earth gCO2e per kWh.
    #[default]
    Carbon,
    /// Orbit ÷ Earth USD per accelerator-hour.
    Cost,
}

impl Metric {
    /// Stable id ("carbon", "cost").
    pub fn id(self) -> &'static str {
        match self {
            Metric::Carbon => "carbon",
            Metric::Cost => "cost",
        }
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
    let (base, _) = super::sanitize(inputs);
    let eclipses = orbit::annual_eclipses_summary(&base.orbit);
    let eval = |i: &Inputs| super::evaluate_sanitized(i, eclipses.clone(), Vec::new());
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
                carbon_ratio_low: lo.life.verdicts.ratio,
                carbon_ratio_high: hi.life.verdicts.ratio,
                cost_ratio_low: cost_ratio(&lo),
                cost_ratio_high: cost_ratio(&hi),
            }
        })
        .collect();
    // Stable: equal swings keep registry order.
    entries.sort_by(|a, b| b.swing(metric).total_cmp(&a.swing(metric)));
    entries.truncate(TORNADO_LEN);
    let sentence = tornado_sentence(&entries, metric);
    Tornado {
        metric,
        carbon_ratio: central.life.verdicts.ratio,
        cost_ratio: cost_ratio(&central),
        entries,
        sentence,
    }
}

fn tornado_sentence(entries: &[TornadoEntry], metric: Metric) -> String {
    let what = match metric {
        Metric::Carbon => "orbit/Earth carbon ratio",
        Metric::Cost => "orbit/Earth cost ratio",
    };
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

#[cfg(test)]
mod tests;
