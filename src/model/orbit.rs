//! Orbit geometry: period, sun-synchronous inclination, and the annual eclipse
//! profile from the β angle over a year.
//!
//! Method: the Sun's position is sampled once per day over one year (Meeus'
//! low-precision solar coordinates); the orbit's ascending node moves under J2
//! (sun-synchronous orbits keep a fixed local time); β follows from
//! sin β = cos δs sin i sin(Ω − αs) + sin δs cos i; the fraction of each orbit in
//! Earth's cylindrical shadow is f = acos(√(h²+2Rh)/((R+h)cos β))/π for |β| < β*.

use super::inputs::{OrbitInputs, OrbitKind};
use super::units::{Metres, Seconds};
use super::warning::{Said, Warning};
use crate::data::constants;
use crate::detmath::DetMath;
use std::f64::consts::PI;
use std::sync::LazyLock;

const EARTH_RADIUS_M: f64 = constants::EARTH_RADIUS_M.value;
const MU_EARTH: f64 = constants::MU_EARTH_M3_S2.value;
const J2: f64 = constants::J2.value;
/// Mean motion of the mean Sun, rad/s: 360° per tropical year.
pub const SUN_MEAN_MOTION: f64 = 2.0 * PI / (constants::TROPICAL_YEAR_D.value * 86_400.0);
/// Days sampled over the year.
pub const DAYS_PER_YEAR: usize = 365;

/// The Sun at one sample of the year.
#[derive(Clone, Copy, Debug)]
pub struct SunSample {
    /// Right ascension of the true Sun, rad.
    pub ra: f64,
    /// Declination, rad.
    pub dec: f64,
    /// Right ascension of the mean Sun (mean longitude), rad.
    pub mean_ra: f64,
    /// Earth–Sun distance, AU.
    pub distance_au: f64,
    /// sin and cos of the declination (precomputed for the year-scan).
    pub sin_dec: f64,
    pub cos_dec: f64,
    /// sin and cos of the right ascension.
    pub sin_ra: f64,
    pub cos_ra: f64,
    /// sin and cos of (mean − true right ascension), the equation of time as an angle.
    pub sin_dra: f64,
    pub cos_dra: f64,
}

/// One year of daily Sun positions (calendar year 2026, at 12:00 TT), computed once.
pub static SUN_YEAR: LazyLock<[SunSample; DAYS_PER_YEAR]> = LazyLock::new(|| {
    // Days from J2000.0 (2000-01-01 12:00 TT) to 2026-01-01 12:00 TT.
    const D0: f64 = 9_497.0;
    core::array::from_fn(|k| {
        let d = D0 + k as f64;
        let g = (357.529 + 0.985_600_28 * d).to_radians();
        let q = (280.459 + 0.985_647_36 * d).to_radians();
        let lambda = q + (1.915 * g.dsin() + 0.020 * (2.0 * g).dsin()).to_radians();
        let eps = (23.439 - 0.000_000_36 * d).to_radians();
        let ra = (eps.dcos() * lambda.dsin()).datan2(lambda.dcos());
        let dec = (eps.dsin() * lambda.dsin()).dasin();
        SunSample {
            ra,
            dec,
            mean_ra: q,
            distance_au: 1.000_14 - 0.016_71 * g.dcos() - 0.000_14 * (2.0 * g).dcos(),
            sin_dec: dec.dsin(),
            cos_dec: dec.dcos(),
            sin_ra: ra.dsin(),
            cos_ra: ra.dcos(),
            sin_dra: (q - ra).dsin(),
            cos_dra: (q - ra).dcos(),
        }
    })
});

/// Semi-major axis of a circular orbit at `altitude`.
pub fn semi_major_axis(altitude: Metres) -> Metres {
    Metres::new(EARTH_RADIUS_M + altitude.get())
}

/// Orbital period of a circular orbit: T = 2π √(a³/μ).
pub fn period(altitude: Metres) -> Seconds {
    let a = semi_major_axis(altitude).get();
    Seconds::new(2.0 * PI * (a * a * a / MU_EARTH).sqrt())
}

/// Secular J2 nodal rate of a circular orbit, rad/s: Ω̇ = −1.5 n J2 (R/a)² cos i.
pub fn nodal_rate(altitude: Metres, inclination_rad: f64) -> f64 {
    let a = semi_major_axis(altitude).get();
    let n = (MU_EARTH / (a * a * a)).sqrt();
    -1.5 * n * J2 * (EARTH_RADIUS_M / a).dpowi(2) * inclination_rad.dcos()
}

/// Inclination of a sun-synchronous circular orbit at `altitude`, degrees, from
/// Ω̇ = 360°/tropical year. Saturates at 180° where no sun-synchronous orbit exists
/// (above ~5,970 km), which the caller reports.
pub fn sso_inclination_deg(altitude: Metres) -> f64 {
    let a = semi_major_axis(altitude).get();
    let n = (MU_EARTH / (a * a * a)).sqrt();
    let cos_i = -SUN_MEAN_MOTION / (1.5 * n * J2 * (EARTH_RADIUS_M / a).dpowi(2));
    cos_i.clamp(-1.0, 1.0).dacos().to_degrees()
}

/// β* = asin(R/(R+h)): above this |β| the orbit never enters the shadow.
pub fn critical_beta(altitude: Metres) -> f64 {
    (EARTH_RADIUS_M / semi_major_axis(altitude).get())
        .clamp(-1.0, 1.0)
        .dasin()
}

/// Fraction of one orbit spent in Earth's cylindrical shadow at solar beta angle `beta` (rad).
pub fn eclipse_fraction(altitude: Metres, beta: f64) -> f64 {
    let h = altitude.get().max(0.0);
    let r = EARTH_RADIUS_M;
    if beta.abs() >= critical_beta(altitude) {
        return 0.0;
    }
    let x = (h * h + 2.0 * r * h).sqrt() / ((r + h) * beta.dcos());
    x.clamp(-1.0, 1.0).dacos() / PI
}

/// The eclipse profile of an orbit over one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Eclipses {
    /// The kind of orbit.
    pub kind: OrbitKind,
    /// Altitude actually used (GEO's fixed value, or the clamped input).
    pub altitude: Metres,
    /// Inclination actually used, degrees (computed for SSO).
    pub inclination_deg: f64,
    pub period: Seconds,
    /// Annual mean fraction of time in Earth's shadow (0–1).
    pub mean_fraction: f64,
    /// Longest single eclipse of the year.
    pub longest: Seconds,
    /// Number of eclipses in the year.
    pub per_year: f64,
    /// Days of the year with at least one eclipse.
    pub days_with_eclipse: usize,
    /// Daily eclipse fraction, one value per sampled day (for charts).
    pub daily_fraction: Vec<f64>,
    /// Mean Earth–Sun distance factor 1/r² over sunlit time (for flux).
    pub mean_inverse_square: f64,
    /// Smallest and largest 1/r² of the year.
    pub inverse_square_range: (f64, f64),
    /// Annual mean of |cos β| (sets the orbit-average albedo load and the ram area of a Sun-tracking array).
    pub mean_cos_beta: f64,
    /// Annual mean of |sin β| (sets the ram area of a radiator held edge-on to the Sun).
    pub mean_sin_beta: f64,
}

/// Altitude and inclination the orbit type implies.
pub fn resolved_geometry(o: &OrbitInputs) -> (Metres, f64) {
    match o.kind {
        OrbitKind::Geostationary => (Metres::new(constants::GEO_ALTITUDE_M.value), 0.0),
        OrbitKind::SunSynchronous => {
            let alt = Metres::from_km(o.altitude_km);
            (alt, sso_inclination_deg(alt))
        }
        OrbitKind::Inclined => (Metres::from_km(o.altitude_km), o.inclination_deg),
    }
}

/// Samples β daily over one year and returns the eclipse profile.
///
/// The node starts at Ω = 0 on 1 January for inclined orbits (a year of J2
/// precession averages the start out for all but near-polar orbits); a
/// sun-synchronous node sits at (LTAN − 12 h) × 15° from the mean Sun.
pub fn annual_eclipses(o: &OrbitInputs) -> Eclipses {
    eclipses_with(o, true)
}

/// As [`annual_eclipses`], without the daily vector (for sweeps and Monte Carlo).
pub fn annual_eclipses_summary(o: &OrbitInputs) -> Eclipses {
    eclipses_with(o, false)
}

fn eclipses_with(o: &OrbitInputs, keep_daily: bool) -> Eclipses {
    let (alt, inc_deg) = resolved_geometry(o);
    let inc = inc_deg.to_radians();
    let t = period(alt);
    let orbits_per_day = 86_400.0 / t.get();
    let day_s = 86_400.0;
    let omega_dot = nodal_rate(alt, inc);
    let (sin_i, cos_i) = inc.dsin_cos();
    let (sin_off, cos_off) = ((o.ltan_h - 12.0) * 15f64.to_radians()).dsin_cos();
    // The node of a non-sun-synchronous orbit turns by a fixed angle per day: rotate
    // (cos Ω, sin Ω) instead of calling sin/cos every day.
    let (sin_step, cos_step) = (omega_dot * day_s).dsin_cos();
    let (mut sin_node, mut cos_node) = (0.0f64, 1.0f64);
    // Shadow geometry: no eclipse when |sin β| ≥ R/(R+h); else f = acos(x0 / cos β)/π.
    let h = alt.get().max(0.0);
    let sin_beta_star = EARTH_RADIUS_M / (EARTH_RADIUS_M + h);
    let x0 = (h * h + 2.0 * EARTH_RADIUS_M * h).sqrt() / (EARTH_RADIUS_M + h);
    let sso = o.kind == OrbitKind::SunSynchronous;
    let sun = &*SUN_YEAR;

    let mut sum_f = 0.0;
    let mut longest_f: f64 = 0.0;
    let mut per_year = 0.0;
    let mut days = 0;
    let mut sum_inv2_sunlit = 0.0;
    let mut sum_sunlit = 0.0;
    let (mut inv2_min, mut inv2_max) = (f64::INFINITY, 0f64);
    let (mut sum_cos_b, mut sum_sin_b) = (0.0, 0.0);
    let mut daily = Vec::with_capacity(if keep_daily { DAYS_PER_YEAR } else { 0 });
    for s in sun.iter() {
        // sin(Ω − α_s): for SSO Ω − α_s = (α_mean − α_s) + LTAN offset.
        let sin_d = if sso {
            s.sin_dra * cos_off + s.cos_dra * sin_off
        } else {
            let v = sin_node * s.cos_ra - cos_node * s.sin_ra;
            let (sn, cn) = (
                sin_node * cos_step + cos_node * sin_step,
                cos_node * cos_step - sin_node * sin_step,
            );
            (sin_node, cos_node) = (sn, cn);
            v
        };
        let sin_beta = (s.cos_dec * sin_i * sin_d + s.sin_dec * cos_i).clamp(-1.0, 1.0);
        let cos_beta = (1.0 - sin_beta * sin_beta).max(0.0).sqrt();
        sum_sin_b += sin_beta.abs();
        sum_cos_b += cos_beta;
        let f = if sin_beta.abs() >= sin_beta_star || cos_beta <= 0.0 {
            0.0
        } else {
            (x0 / cos_beta).clamp(-1.0, 1.0).dacos() / PI
        };
        sum_f += f;
        longest_f = longest_f.max(f);
        if f > 0.0 {
            per_year += orbits_per_day;
            days += 1;
        }
        let inv2 = 1.0 / (s.distance_au * s.distance_au);
        sum_inv2_sunlit += inv2 * (1.0 - f);
        sum_sunlit += 1.0 - f;
        inv2_min = inv2_min.min(inv2);
        inv2_max = inv2_max.max(inv2);
        if keep_daily {
            daily.push(f);
        }
    }
    let n = sun.len() as f64;
    Eclipses {
        kind: o.kind,
        altitude: alt,
        inclination_deg: inc_deg,
        period: t,
        mean_fraction: sum_f / n,
        longest: Seconds::new(longest_f * t.get()),
        per_year: per_year * 365.25 / n,
        days_with_eclipse: days,
        daily_fraction: daily,
        mean_inverse_square: if sum_sunlit > 0.0 {
            sum_inv2_sunlit / sum_sunlit
        } else {
            1.0
        },
        inverse_square_range: (inv2_min, inv2_max),
        mean_cos_beta: sum_cos_b / n,
        mean_sin_beta: sum_sin_b / n,
    }
}

/// The orbit stage's checks on the resolved geometry.
pub fn check(e: &Eclipses, w: &mut Vec<Warning>) {
    if e.kind == OrbitKind::SunSynchronous && e.inclination_deg >= 179.9 {
        w.push(Warning::new(
            "orbit.altitude_km",
            Said::NoSunSynchronousOrbit,
        ));
    }
}

#[cfg(test)]
mod tests;
