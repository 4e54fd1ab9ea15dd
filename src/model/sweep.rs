//! Sweeps of one input, for charts: the same physics as `evaluate`, many times.

use super::inputs::{OrbitInputs, OrbitKind};
use super::orbit;

/// Annual-mean eclipse fraction at `n` altitudes evenly spaced over `[from_km, to_km]`
/// for the orbit's type (GEO has one altitude: a single point).
pub fn eclipse_vs_altitude(o: &OrbitInputs, from_km: f64, to_km: f64, n: usize) -> Vec<(f64, f64)> {
    if o.kind == OrbitKind::Geostationary {
        let e = orbit::annual_eclipses_summary(o);
        return vec![(e.altitude.km(), e.mean_fraction)];
    }
    let n = n.max(2);
    (0..n)
        .map(|k| {
            let alt = from_km + (to_km - from_km) * k as f64 / (n - 1) as f64;
            let probe = OrbitInputs {
                altitude_km: alt,
                ..o.clone()
            };
            (alt, orbit::annual_eclipses_summary(&probe).mean_fraction)
        })
        .collect()
}
