//! The orbital environment at the orbit: solar flux over the year, Earth's infrared and
//! albedo loads (view factors), thermospheric density by solar activity, and the
//! total ionizing dose, from the tables in `data::environment`.

use super::inputs::{choice_enum, EnvironmentInputs, OrbitKind, SolarActivity};
use super::orbit::{semi_major_axis, Eclipses};
use super::units::{KgPerCubicMetre, Metres, WattsPerSquareMetre};
use crate::data::constants::{EARTH_RADIUS_M, SOLAR_CONSTANT_W_M2};
use crate::data::environment::{
    DENSITY_SOLAR_SWING, DENSITY_US1976, DOSE_GEO_RAD_PER_YEAR, DOSE_RAD_PER_YEAR,
};
use crate::detmath::DetMath;
use std::f64::consts::PI;

/// The orbital environment at the orbit's altitude.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnvironmentOutputs {
    /// Solar flux: annual mean over sunlit time, and the year's minimum and maximum.
    pub solar_flux_mean: WattsPerSquareMetre,
    pub solar_flux_min: WattsPerSquareMetre,
    pub solar_flux_max: WattsPerSquareMetre,
    /// Density for solar minimum / mean / maximum.
    pub density_band: DensityBand,
    /// Density at the chosen solar activity.
    pub density: KgPerCubicMetre,
    /// Total ionizing dose rate behind ~10 mm Al, rad(Si)/yr, times the dose scale
    /// (`assume.dose_proxy`): the upset rates and the cells' degradation follow it.
    pub dose_rad_per_year: f64,
    pub dose_class: DoseClass,
    /// Earth view factor of one face of a plate whose normal is horizontal.
    pub earth_view_factor: f64,
    /// Orbit-average geometric albedo factor (cos β / π, annual mean).
    pub albedo_factor: f64,
    /// Earth's outgoing long-wave radiation (the input, passed on to the array and radiators).
    pub earth_ir: WattsPerSquareMetre,
    /// Earth's Bond albedo (the input, passed on).
    pub albedo_fraction: f64,
}

/// The environment stage.
pub fn assess(i: &EnvironmentInputs, e: &Eclipses) -> EnvironmentOutputs {
    let band = density_band(e.altitude);
    let dose = dose_rate_rad_per_year(e.kind, e.altitude) * i.dose_scale.max(0.0);
    EnvironmentOutputs {
        solar_flux_mean: solar_flux(e.mean_inverse_square),
        solar_flux_min: solar_flux(e.inverse_square_range.0),
        solar_flux_max: solar_flux(e.inverse_square_range.1),
        density_band: band,
        density: band.at(i.solar_activity),
        dose_rad_per_year: dose,
        dose_class: DoseClass::of(dose),
        earth_view_factor: view_factor_vertical(e.altitude),
        albedo_factor: e.mean_cos_beta / PI,
        earth_ir: WattsPerSquareMetre::new(i.earth_ir_w_m2),
        albedo_fraction: i.albedo_fraction,
    }
}

/// View factor from a flat plate facing nadir to the Earth: F = (R/(R+h))².
pub fn view_factor_nadir(altitude: Metres) -> f64 {
    let x = EARTH_RADIUS_M.value / semi_major_axis(altitude).get();
    x * x
}

/// View factor from a flat plate whose normal is horizontal (perpendicular to nadir)
/// to the Earth: F = (1/π)(atan(1/√(H²−1)) − √(H²−1)/H²), H = (R+h)/R
/// (plate-to-sphere configuration factor, Howell's catalogue C-76).
pub fn view_factor_vertical(altitude: Metres) -> f64 {
    let hh = semi_major_axis(altitude).get() / EARTH_RADIUS_M.value;
    let s = (hh * hh - 1.0).max(1e-12).sqrt();
    ((1.0 / s).datan() - s / (hh * hh)) / PI
}

/// Solar flux for an Earth–Sun distance factor 1/r² (r in AU): S = 1,361 W/m² / r².
pub fn solar_flux(inverse_square: f64) -> WattsPerSquareMetre {
    WattsPerSquareMetre::new(SOLAR_CONSTANT_W_M2.value * inverse_square.max(0.0))
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
        low: KgPerCubicMetre::new(central / s),
        central: KgPerCubicMetre::new(central),
        high: KgPerCubicMetre::new(central * s),
    }
}

choice_enum! {
    /// Total-ionizing-dose class of an orbit.
    pub enum DoseClass {
        /// Below ~300 rad(Si)/yr: low-LEO, below the inner belt's reach.
        #[default]
        Low = ("low", "low"),
        /// 300–3,000 rad(Si)/yr: upper LEO, GEO behind thick shielding.
        Moderate = ("moderate", "moderate"),
        /// 3–30 krad(Si)/yr: the inner Van Allen belt's lower edge.
        High = ("high", "high"),
        /// Above 30 krad(Si)/yr.
        Severe = ("severe", "severe"),
    }
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
    /// 1 (low) to 4 (severe), for the output registry.
    pub fn rank(self) -> f64 {
        self as usize as f64 + 1.0
    }
}

/// Total ionizing dose rate behind ~10 mm Al-equivalent, rad(Si)/yr: Suncatcher's
/// 150 rad(Si)/yr at 650 km anchors the table; the other altitude bands are labelled
/// assumptions (`assume.dose_bands`: no published dose-vs-altitude table). ln(dose) is
/// interpolated between band points.
pub fn dose_rate_rad_per_year(kind: OrbitKind, altitude: Metres) -> f64 {
    match kind {
        OrbitKind::Geostationary => DOSE_GEO_RAD_PER_YEAR,
        _ => interp(DOSE_RAD_PER_YEAR, altitude.km(), true, false),
    }
}

#[cfg(test)]
mod tests;
