//! Spreads, run settings and the triangular / log-triangular distributions built from
//! the registry's low / central / high.

use super::{DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MAX_WIDEN};
use crate::detmath::DetMath;
use crate::model::inputs::registry::{params, ParamSpec};
use crate::model::Inputs;

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
pub(super) struct Tri {
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

    pub(super) fn quantile(&self, u: f64) -> f64 {
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
    pub(super) tri: Tri,
}

/// The distributions a run samples, for `inputs` (sanitised) under `settings`' overrides,
/// in registry order. Fixed and held inputs are left out, as are the orbit's geometry
/// inputs.
pub fn distributions(inputs: &Inputs, settings: &McSettings) -> Vec<UncertainInput> {
    let (i, _) = crate::model::sanitize(inputs);
    distributions_sanitized(&i, settings)
}

pub(super) fn distributions_sanitized(i: &Inputs, settings: &McSettings) -> Vec<UncertainInput> {
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
