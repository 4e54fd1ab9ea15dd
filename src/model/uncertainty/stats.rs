//! Percentiles (Hyndman & Fan type 7) and the p5 / p50 / p95 / mean bands.

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
pub(super) fn rank(n: usize, p: f64) -> (usize, f64) {
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

/// p5 / p25 / p50 / p75 / p95 and the mean of one figure: the 50 % band (p25–p75) is
/// what the page shows first, the 90 % band (p5–p95) on demand.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Band {
    pub p5: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
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
        let (k25, f25) = rank(n, 0.25);
        let (k50, f50) = rank(n, 0.5);
        let (k75, f75) = rank(n, 0.75);
        let (k95, f95) = rank(n, 0.95);
        if n < 64 {
            values.sort_unstable_by(f64::total_cmp);
            let q = |p: f64| percentile(values, p);
            return Band {
                p5: q(0.05),
                p25: q(0.25),
                p50: q(0.5),
                p75: q(0.75),
                p95: q(0.95),
                mean,
            };
        }
        // No full sort: select the median, then the quartiles inside each half and the
        // outer percentiles inside each quarter (for n ≥ 64, k5 + 1 ≤ k25, k25 + 1 ≤ k50,
        // k75 + 1 ≤ k95 < n − 1).
        let p50 = select_rank(values, k50, f50);
        let p25 = select_rank(&mut values[..=k50], k25, f25);
        let p5 = select_rank(&mut values[..=k25], k5, f5);
        let p75 = select_rank(&mut values[k50..], k75 - k50, f75);
        let p95 = select_rank(&mut values[k75..], k95 - k75, f95);
        Band {
            p5,
            p25,
            p50,
            p75,
            p95,
            mean,
        }
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
