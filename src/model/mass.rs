//! Mass budget: compute, array, batteries, radiators and loop, shielding, structure
//! as a fraction of dry mass, and station-keeping propellant against drag.

use super::orbit::MU_EARTH;
use super::units::{
    KgPerCubicMetre, Kilograms, MetresPerSecond, Newtons, SquareMetres, SECONDS_PER_YEAR,
};
use crate::detmath::DetMath;

/// Standard gravity, m/s² (CGPM 1901; source `standard_gravity`).
pub const G0: f64 = 9.806_65;
/// Aluminium density, kg/m³ (CRC Handbook; source `aluminium_density`): 2.7 kg/m² per mm.
pub const ALUMINIUM_DENSITY: f64 = 2_700.0;
/// Largest Δv/(g0·Isp) the rocket equation is evaluated at (e^20 ≈ 5e8: already absurd).
const MAX_MASS_RATIO_EXPONENT: f64 = 20.0;

/// Circular orbital speed v = √(μ / a).
pub fn orbital_speed(semi_major_axis_m: f64) -> MetresPerSecond {
    MetresPerSecond((MU_EARTH / semi_major_axis_m.max(1.0)).sqrt())
}

/// Drag force F = ½ ρ v² C_D A (Vallado §8.6).
pub fn drag_force(
    rho: KgPerCubicMetre,
    v: MetresPerSecond,
    cd: f64,
    ram_area: SquareMetres,
) -> Newtons {
    Newtons(0.5 * rho.0 * v.0 * v.0 * cd * ram_area.0)
}

/// Ram area of a Sun-tracking array and an edge-on radiator, orbit- and year-averaged:
/// the array normal follows the Sun, so |n·v| averages (2/π)·|cos β|; the radiator's
/// normal (Sun × nadir) meets the velocity at ≈|sin β|.
pub fn ram_area(
    array: SquareMetres,
    radiator: SquareMetres,
    mean_cos_beta: f64,
    mean_sin_beta: f64,
) -> SquareMetres {
    SquareMetres(
        array.0 * core::f64::consts::FRAC_2_PI * mean_cos_beta + radiator.0 * mean_sin_beta,
    )
}

/// Δv per year to cancel drag on `mass`.
pub fn delta_v_per_year(drag: Newtons, mass: Kilograms) -> MetresPerSecond {
    MetresPerSecond(drag.0 / mass.0.max(1.0) * SECONDS_PER_YEAR)
}

/// Propellant for Δv by the rocket equation on a dry mass: m_p = m_dry (e^(Δv/(g0 Isp)) − 1).
pub fn propellant_mass(dry: Kilograms, dv: MetresPerSecond, isp_s: f64) -> Kilograms {
    let x = (dv.0.max(0.0) / (G0 * isp_s.max(1.0))).min(MAX_MASS_RATIO_EXPONENT);
    Kilograms(dry.0 * x.dexp_m1())
}

/// Mass and drag results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MassOutputs {
    pub breakdown: super::outputs::MassBreakdown,
    pub dry: Kilograms,
    pub total: Kilograms,
    /// Total mass per kW of installed IT power.
    pub kg_per_kw_it: f64,
    pub density: KgPerCubicMetre,
    pub ram_area: SquareMetres,
    pub drag: Newtons,
    pub delta_v_per_year: MetresPerSecond,
    pub isp_s: f64,
}

#[cfg(test)]
mod tests;
