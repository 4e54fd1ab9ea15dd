//! Orbit geometry: period, sun-synchronous inclination, and the annual eclipse
//! profile from the β angle over a year.
//!
//! Method: the Sun's position is sampled once per day over one year (Meeus'
//! low-precision solar coordinates); the orbit's ascending node moves under J2
//! (sun-synchronous orbits keep a fixed local time); β follows from
//! sin β = cos δs sin i sin(Ω − αs) + sin δs cos i; the fraction of each orbit in
//! Earth's cylindrical shadow is f = acos(√(h²+2Rh)/((R+h)cos β))/π for |β| < β*.

use super::inputs::{OrbitInputs, OrbitKind};
use super::units::{KgPerCubicMetre, Metres, Seconds, WattsPerSquareMetre};
use crate::data::environment::{
    DENSITY_SOLAR_SWING, DENSITY_US1976, DOSE_GEO_RAD_PER_YEAR, DOSE_RAD_PER_YEAR,
};
use crate::detmath::DetMath;
use std::f64::consts::PI;
use std::sync::LazyLock;

/// Earth's equatorial radius (WGS 84), m.
pub const EARTH_RADIUS_M: f64 = 6_378_137.0;
/// Earth's gravitational parameter GM (WGS 84), m³/s².
pub const MU_EARTH: f64 = 3.986_004_418e14;
/// Second zonal harmonic J2 (EGM2008).
pub const J2: f64 = 1.082_626_68e-3;
/// Geostationary altitude, m: a = (GM/ω²)^(1/3) for a sidereal day of 86,164.0905 s, minus R.
pub const GEO_ALTITUDE_M: f64 = 35_786_000.0;
/// Mean motion of the mean Sun, rad/s: 360° per tropical year of 365.2422 d (Vallado).
pub const SUN_MEAN_MOTION: f64 = 2.0 * PI / (365.242_2 * 86_400.0);
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
    Metres(EARTH_RADIUS_M + altitude.0)
}

/// Orbital period of a circular orbit: T = 2π √(a³/μ).
pub fn period(altitude: Metres) -> Seconds {
    let a = semi_major_axis(altitude).0;
    Seconds(2.0 * PI * (a * a * a / MU_EARTH).sqrt())
}

/// Secular J2 nodal rate of a circular orbit, rad/s: Ω̇ = −1.5 n J2 (R/a)² cos i.
pub fn nodal_rate(altitude: Metres, inclination_rad: f64) -> f64 {
    let a = semi_major_axis(altitude).0;
    let n = (MU_EARTH / (a * a * a)).sqrt();
    -1.5 * n * J2 * (EARTH_RADIUS_M / a).dpowi(2) * inclination_rad.dcos()
}

/// Inclination of a sun-synchronous circular orbit at `altitude`, degrees, from
/// Ω̇ = 360°/tropical year. Saturates at 180° where no sun-synchronous orbit exists
/// (above ~5,970 km), which the caller reports.
pub fn sso_inclination_deg(altitude: Metres) -> f64 {
    let a = semi_major_axis(altitude).0;
    let n = (MU_EARTH / (a * a * a)).sqrt();
    let cos_i = -SUN_MEAN_MOTION / (1.5 * n * J2 * (EARTH_RADIUS_M / a).dpowi(2));
    cos_i.clamp(-1.0, 1.0).dacos().to_degrees()
}

/// β* = asin(R/(R+h)): above this |β| the orbit never enters the shadow.
pub fn critical_beta(altitude: Metres) -> f64 {
    (EARTH_RADIUS_M / semi_major_axis(altitude).0)
        .clamp(-1.0, 1.0)
        .dasin()
}

/// Fraction of one orbit spent in Earth's cylindrical shadow at solar beta angle `beta` (rad).
pub fn eclipse_fraction(altitude: Metres, beta: f64) -> f64 {
    let h = altitude.0.max(0.0);
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
        OrbitKind::Geostationary => (Metres(GEO_ALTITUDE_M), 0.0),
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
    let orbits_per_day = 86_400.0 / t.0;
    let day_s = 86_400.0;
    let omega_dot = nodal_rate(alt, inc);
    let (sin_i, cos_i) = inc.dsin_cos();
    let (sin_off, cos_off) = ((o.ltan_h - 12.0) * 15f64.to_radians()).dsin_cos();
    // The node of a non-sun-synchronous orbit turns by a fixed angle per day: rotate
    // (cos Ω, sin Ω) instead of calling sin/cos every day.
    let (sin_step, cos_step) = (omega_dot * day_s).dsin_cos();
    let (mut sin_node, mut cos_node) = (0.0f64, 1.0f64);
    // Shadow geometry: no eclipse when |sin β| ≥ R/(R+h); else f = acos(x0 / cos β)/π.
    let h = alt.0.max(0.0);
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
        altitude: alt,
        inclination_deg: inc_deg,
        period: t,
        mean_fraction: sum_f / n,
        longest: Seconds(longest_f * t.0),
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

/// View factor from a flat plate facing nadir to the Earth: F = (R/(R+h))².
pub fn view_factor_nadir(altitude: Metres) -> f64 {
    let x = EARTH_RADIUS_M / semi_major_axis(altitude).0;
    x * x
}

/// View factor from a flat plate whose normal is horizontal (perpendicular to nadir)
/// to the Earth: F = (1/π)(atan(1/√(H²−1)) − √(H²−1)/H²), H = (R+h)/R
/// (plate-to-sphere configuration factor, Howell's catalogue C-76).
pub fn view_factor_vertical(altitude: Metres) -> f64 {
    let hh = semi_major_axis(altitude).0 / EARTH_RADIUS_M;
    let s = (hh * hh - 1.0).max(1e-12).sqrt();
    ((1.0 / s).datan() - s / (hh * hh)) / PI
}

/// Total solar irradiance at 1 AU, W/m² (Gueymard 2018: 1,361.1 ± 0.5; source id `gueymard2018`).
pub const SOLAR_CONSTANT: f64 = 1_361.0;

/// Solar flux for an Earth–Sun distance factor 1/r² (r in AU): S = 1,361 W/m² / r².
pub fn solar_flux(inverse_square: f64) -> WattsPerSquareMetre {
    WattsPerSquareMetre(SOLAR_CONSTANT * inverse_square.max(0.0))
}

/// Solar activity, the low/central/high of the atmospheric density band.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SolarActivity {
    Minimum,
    #[default]
    Mean,
    Maximum,
}

impl SolarActivity {
    /// All levels, in registry order.
    pub const ALL: [SolarActivity; 3] = [
        SolarActivity::Minimum,
        SolarActivity::Mean,
        SolarActivity::Maximum,
    ];
    /// Stable id for URLs and scenario files.
    pub fn id(self) -> &'static str {
        match self {
            SolarActivity::Minimum => "min",
            SolarActivity::Mean => "mean",
            SolarActivity::Maximum => "max",
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            SolarActivity::Minimum => "Solar minimum",
            SolarActivity::Mean => "Solar mean",
            SolarActivity::Maximum => "Solar maximum",
        }
    }
    /// Index in [`SolarActivity::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Thermospheric density at one altitude for solar minimum, mean and maximum.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DensityBand {
    pub low: KgPerCubicMetre,
    pub central: KgPerCubicMetre,
    pub high: KgPerCubicMetre,
}

impl DensityBand {
    /// The density for one level of solar activity.
    pub fn at(&self, a: SolarActivity) -> KgPerCubicMetre {
        match a {
            SolarActivity::Minimum => self.low,
            SolarActivity::Mean => self.central,
            SolarActivity::Maximum => self.high,
        }
    }
}

/// Piecewise interpolation in a table of (x, y) sorted by x: linear in x, on ln y when
/// `log`. Below the first point the first value holds; above the last the last
/// segment's slope continues (`extrapolate`) or the last value holds.
fn interp(table: &[(f64, f64)], x: f64, log: bool, extrapolate: bool) -> f64 {
    let f = |y: f64| if log { y.dln() } else { y };
    let inv = |y: f64| if log { y.dexp() } else { y };
    let n = table.len();
    if n == 0 {
        return 0.0;
    }
    if x <= table[0].0 || n == 1 {
        return table[0].1;
    }
    let k = table.windows(2).position(|w| x <= w[1].0).unwrap_or(n - 2);
    let (x0, y0) = table[k];
    let (x1, y1) = table[k + 1];
    if x > x1 && !extrapolate {
        return y1;
    }
    let t = (x - x0) / (x1 - x0);
    inv(f(y0) + t * (f(y1) - f(y0)))
}

/// Atmospheric density band at `altitude`: central from the US Standard Atmosphere
/// 1976 (ln ρ interpolated, the 900–1,000 km scale height continued above 1,000 km),
/// spread by the solar-cycle swing max/min as central ÷ √swing and × √swing.
pub fn density_band(altitude: Metres) -> DensityBand {
    let km = altitude.km();
    // Clamping the exponent keeps GEO's extrapolated density a tiny finite number.
    let central = interp(DENSITY_US1976, km.min(5_000.0), true, true).max(1e-30);
    let swing = interp(DENSITY_SOLAR_SWING, km, false, false).max(1.0);
    let s = swing.sqrt();
    DensityBand {
        low: KgPerCubicMetre(central / s),
        central: KgPerCubicMetre(central),
        high: KgPerCubicMetre(central * s),
    }
}

/// Total-ionizing-dose class of an orbit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DoseClass {
    /// Below ~300 rad(Si)/yr: low-LEO, below the inner belt's reach.
    #[default]
    Low,
    /// 300–3,000 rad(Si)/yr: upper LEO, GEO behind thick shielding.
    Moderate,
    /// 3–30 krad(Si)/yr: the inner Van Allen belt's lower edge.
    High,
    /// Above 30 krad(Si)/yr.
    Severe,
}

impl DoseClass {
    /// The class of a dose rate in rad(Si)/yr.
    pub fn of(rad_per_year: f64) -> DoseClass {
        if rad_per_year < 300.0 {
            DoseClass::Low
        } else if rad_per_year < 3_000.0 {
            DoseClass::Moderate
        } else if rad_per_year < 30_000.0 {
            DoseClass::High
        } else {
            DoseClass::Severe
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            DoseClass::Low => "low",
            DoseClass::Moderate => "moderate",
            DoseClass::High => "high",
            DoseClass::Severe => "severe",
        }
    }
    /// 1 (low) to 4 (severe), for the output registry.
    pub fn rank(self) -> f64 {
        self as usize as f64 + 1.0
    }
}

/// Total ionizing dose rate behind ~10 mm Al-equivalent, rad(Si)/yr: Suncatcher's
/// 150 rad(Si)/yr at 650 km anchors the table; the other altitude bands are labelled
/// assumptions (no published dose-vs-altitude table, parameters.md §12). ln(dose) is
/// interpolated between band points.
pub fn dose_rate_rad_per_year(kind: OrbitKind, altitude: Metres) -> f64 {
    match kind {
        OrbitKind::Geostationary => DOSE_GEO_RAD_PER_YEAR,
        _ => interp(DOSE_RAD_PER_YEAR, altitude.km(), true, false),
    }
}

#[cfg(test)]
mod tests;
