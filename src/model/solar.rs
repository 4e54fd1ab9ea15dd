//! Solar array: bifacial equilibrium temperature fed back into cell efficiency,
//! beginning- and end-of-life power, degradation by dose, and lifetime energy.
//!
//! Per square metre of array, in sunlight: the cell face absorbs α_f·G of the
//! incident flux G = S·pointing; both faces absorb Earth infrared (ε per face, by
//! Kirchhoff) and albedo over the Earth view factor; both faces emit
//! (ε_f + ε_b)·σ·T⁴; the electrical output η(T)·packing·G·degradation leaves as
//! electricity. The balance absorbed = electrical + emitted is solved for T by
//! fixed-point iteration (the efficiency feedback is weak, so it converges in a few
//! steps; the iteration count is bounded).

use super::units::{Kelvin, WattsPerSquareMetre};
use crate::data::cells::CellTech;
use crate::data::environment::REFERENCE_DOSE_RAD_PER_YEAR;
use crate::detmath::DetMath;

/// Stefan–Boltzmann constant, W m⁻² K⁻⁴ (CODATA 2018; source `standard_gravity`).
pub const SIGMA: f64 = 5.670_374_419e-8;
/// Reference temperature of cell datasheets, 28 °C (AM0 test conditions).
pub const CELL_REFERENCE_K: f64 = 301.15;
/// Largest annual degradation the model accepts (a belt orbit destroys arrays in a few years).
pub const MAX_DEGRADATION_PER_YEAR: f64 = 0.5;
/// Iteration bound of the temperature fixed point.
const MAX_ITERATIONS: usize = 30;

/// What the array is made of and how it points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArrayDesign {
    /// Cell efficiency at 28 °C, beginning of life.
    pub efficiency_ref: f64,
    /// Relative power change per kelvin (negative).
    pub temp_coeff_per_k: f64,
    pub packing_fraction: f64,
    pub pointing_fraction: f64,
    pub front_absorptance: f64,
    pub front_emissivity: f64,
    pub back_emissivity: f64,
}

/// The radiative environment of a Sun-pointing array in sunlight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArrayEnvironment {
    /// Solar flux at the spacecraft.
    pub solar_flux: WattsPerSquareMetre,
    /// Earth view factor of each face.
    pub earth_view_factor: f64,
    /// Earth's outgoing infrared.
    pub earth_ir: WattsPerSquareMetre,
    pub albedo_fraction: f64,
    /// Geometric albedo factor (1 = over the subsolar point).
    pub albedo_factor: f64,
}

/// The solved heat balance per square metre of array.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ArrayThermal {
    pub temperature: Kelvin,
    /// Cell efficiency at that temperature, after degradation.
    pub efficiency: f64,
    /// Sunlight, albedo and Earth infrared absorbed by both faces.
    pub absorbed: WattsPerSquareMetre,
    /// Electrical output.
    pub electrical: WattsPerSquareMetre,
    /// Infrared emitted by both faces.
    pub emitted: WattsPerSquareMetre,
    pub iterations: usize,
}

/// Efficiency at temperature `t` (linear temperature coefficient, never below zero).
pub fn efficiency_at(d: &ArrayDesign, t: Kelvin) -> f64 {
    (d.efficiency_ref * (1.0 + d.temp_coeff_per_k * (t.0 - CELL_REFERENCE_K))).max(0.0)
}

/// Solves the array's bifacial heat balance with the electrical output removed.
/// `degradation_factor` (0–1) scales the electrical output (radiation damage).
pub fn array_thermal(
    d: &ArrayDesign,
    env: &ArrayEnvironment,
    degradation_factor: f64,
) -> ArrayThermal {
    let g = env.solar_flux.0.max(0.0) * d.pointing_fraction;
    let eps = (d.front_emissivity + d.back_emissivity).max(1e-3);
    let absorbed = d.front_absorptance * g
        + env.earth_view_factor
            * (eps * env.earth_ir.0
                + 2.0
                    * d.front_absorptance
                    * env.albedo_fraction
                    * env.solar_flux.0
                    * env.albedo_factor);
    let absorbed = absorbed.max(0.0);
    // Electricity cannot exceed the sunlight absorbed by the cell face.
    let electrical = |t: Kelvin| -> (f64, f64) {
        let eta = efficiency_at(d, t) * degradation_factor.clamp(0.0, 1.0);
        (
            eta,
            (eta * d.packing_fraction * g).min(d.front_absorptance * g),
        )
    };
    let temp_of = |emitted: f64| Kelvin((emitted.max(0.0) / (eps * SIGMA)).sqrt().sqrt());
    let mut t = temp_of(absorbed);
    let (mut eta, mut pe) = electrical(t);
    let mut n = 0;
    while n < MAX_ITERATIONS {
        n += 1;
        let t_new = temp_of(absorbed - pe);
        let done = (t_new.0 - t.0).abs() < 1e-9;
        t = t_new;
        (eta, pe) = electrical(t);
        if done {
            break;
        }
    }
    // Report the temperature that balances exactly with the electrical output reported.
    let emitted = absorbed - pe;
    ArrayThermal {
        temperature: temp_of(emitted),
        efficiency: eta,
        absorbed: WattsPerSquareMetre(absorbed),
        electrical: WattsPerSquareMetre(pe),
        emitted: WattsPerSquareMetre(emitted),
        iterations: n,
    }
}

/// Annual degradation of a cell at a dose rate: the catalogue rate at 150 rad(Si)/yr
/// scaled by √(dose ÷ 150) (assumption `assume.dose_bands`: damage grows sub-linearly
/// with fluence), capped at 50 %/yr.
pub fn degradation_per_year(cell: &CellTech, dose_rad_per_year: f64) -> f64 {
    let scale = (dose_rad_per_year.max(0.0) / REFERENCE_DOSE_RAD_PER_YEAR).sqrt();
    (cell.degradation_per_year.central * scale).clamp(0.0, MAX_DEGRADATION_PER_YEAR)
}

/// Remaining power fraction after `years` at annual degradation `d`: (1 − d)^years.
pub fn degradation_factor(d: f64, years: f64) -> f64 {
    (1.0 - d.clamp(0.0, 0.999)).dpowf(years.max(0.0))
}

/// Mean of (1 − d)^t over the year [k, k + 1).
pub fn mean_degradation_in_year(d: f64, k: usize) -> f64 {
    let d = d.clamp(0.0, 0.999);
    let a = degradation_factor(d, k as f64);
    if d < 1e-12 {
        return a;
    }
    let ln = (1.0 - d).dln();
    a * (1.0 - (1.0 - d)) / -ln
}

/// Mean of exp(−λt) over [k, k + 1) for a compounding annual rate r (λ = −ln(1 − r)):
/// the surviving fraction of hardware in year k.
pub fn mean_survival_in_year(r: f64, k: usize) -> f64 {
    mean_degradation_in_year(r, k)
}

/// Solar-array results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SolarOutputs {
    pub cell_id: &'static str,
    /// Heat balance in sunlight at mean flux, beginning of life.
    pub thermal_bol: ArrayThermal,
    /// Cell efficiency at operating temperature, end of life (after degradation).
    pub efficiency_eol: f64,
    /// Annual degradation at this orbit's dose.
    pub degradation_per_year: f64,
    /// Electrical output in sunlight at mean flux.
    pub power_bol: super::units::Watts,
    pub power_eol: super::units::Watts,
    /// Electrical output per m² of array at beginning of life.
    pub power_density_bol: WattsPerSquareMetre,
    /// Energy the array can generate in its first year and over the mission (sunlit time only).
    pub energy_first_year: super::units::Joules,
    pub energy_lifetime: super::units::Joules,
    pub mass: super::units::Kilograms,
    /// Beginning-of-life electrical watts per kilogram of array.
    pub specific_power_w_per_kg: f64,
    pub cost: super::units::Usd,
    pub embodied: super::units::KgCo2e,
}

#[cfg(test)]
mod tests;
