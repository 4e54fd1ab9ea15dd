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

use super::basis::Mission;
use super::environment::EnvironmentOutputs;
use super::inputs::ArrayInputs;
use super::orbit::Eclipses;
use super::units::{
    Joules, Kelvin, Kilograms, Seconds, SquareMetres, Watts, WattsPerSquareMetre, SECONDS_PER_YEAR,
};
use super::warning::{Said, Warning};
use crate::data::cells::{cell, CellTech};
use crate::data::constants::SIGMA_W_M2_K4;
use crate::data::environment::REFERENCE_DOSE_RAD_PER_YEAR;
use crate::detmath::DetMath;

const SIGMA: f64 = SIGMA_W_M2_K4.value;
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
    (d.efficiency_ref * (1.0 + d.temp_coeff_per_k * (t.get() - CELL_REFERENCE_K))).max(0.0)
}

/// Solves the array's bifacial heat balance with the electrical output removed.
/// `degradation_factor` (0–1) scales the electrical output (radiation damage).
pub fn array_thermal(
    d: &ArrayDesign,
    env: &ArrayEnvironment,
    degradation_factor: f64,
) -> ArrayThermal {
    let g = env.solar_flux.get().max(0.0) * d.pointing_fraction;
    let eps = (d.front_emissivity + d.back_emissivity).max(1e-3);
    let absorbed = d.front_absorptance * g
        + env.earth_view_factor
            * (eps * env.earth_ir.get()
                + 2.0
                    * d.front_absorptance
                    * env.albedo_fraction
                    * env.solar_flux.get()
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
    let temp_of = |emitted: f64| Kelvin::new((emitted.max(0.0) / (eps * SIGMA)).sqrt().sqrt());
    let mut t = temp_of(absorbed);
    let (mut eta, mut pe) = electrical(t);
    let mut n = 0;
    while n < MAX_ITERATIONS {
        n += 1;
        let t_new = temp_of(absorbed - pe);
        let done = (t_new.get() - t.get()).abs() < 1e-9;
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
        absorbed: WattsPerSquareMetre::new(absorbed),
        electrical: WattsPerSquareMetre::new(pe),
        emitted: WattsPerSquareMetre::new(emitted),
        iterations: n,
    }
}

/// Annual degradation of a cell at a dose rate: the catalogue rate at 150 rad(Si)/yr
/// scaled by √(dose ÷ 150) (assumption `assume.dose_bands`: damage grows sub-linearly
/// with fluence), capped at 50 %/yr; or a published design's own rate where set.
pub fn degradation_per_year(a: &ArrayInputs, cell: &CellTech, dose_rad_per_year: f64) -> f64 {
    if a.degradation_pct_per_yr > 0.0 {
        return (a.degradation_pct_per_yr / 100.0).clamp(0.0, MAX_DEGRADATION_PER_YEAR);
    }
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

/// The means of (1 − d)^t over the years [0, 1), [1, 2), …: the same numbers as
/// [`mean_degradation_in_year`] for k = 0, 1, …, by recurrence (one logarithm for the
/// series instead of a power and a logarithm per year: the Monte Carlo's inner loop).
#[derive(Clone, Copy, Debug)]
pub struct YearMeans {
    /// (1 − d)^k for the next year k.
    start: f64,
    /// 1 − d.
    step: f64,
    /// The mean of (1 − d)^u over u in [0, 1): d ÷ −ln(1 − d).
    mean: f64,
}

impl YearMeans {
    pub fn new(d: f64) -> YearMeans {
        let d = d.clamp(0.0, 0.999);
        let mean = if d < 1e-12 {
            1.0
        } else {
            (1.0 - (1.0 - d)) / -(1.0 - d).dln()
        };
        YearMeans {
            start: 1.0,
            step: 1.0 - d,
            mean,
        }
    }
}

impl Iterator for YearMeans {
    type Item = f64;
    fn next(&mut self) -> Option<f64> {
        let m = self.start * self.mean;
        self.start *= self.step;
        Some(m)
    }
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
    /// Array area (blanket: cells plus gaps).
    pub area: SquareMetres,
    /// Heat balance in sunlight at mean flux, beginning of life.
    pub thermal_bol: ArrayThermal,
    /// Cell efficiency at operating temperature, end of life (after degradation).
    pub efficiency_eol: f64,
    /// Annual degradation at this orbit's dose.
    pub degradation_per_year: f64,
    /// Electrical output in sunlight at mean flux.
    pub power_bol: Watts,
    pub power_eol: Watts,
    /// Electrical output per m² of array at beginning of life.
    pub power_density_bol: WattsPerSquareMetre,
    /// Energy the array can generate in its first year and over the mission (sunlit time only).
    pub energy_first_year: Joules,
    pub energy_lifetime: Joules,
    /// The array's nameplate at standard test conditions (1000 W/m², 25 °C): what the same
    /// panels would be rated on the ground.
    pub nameplate_stc: Watts,
    /// First-year energy ÷ (nameplate × a year): the orbit's capacity factor on the ground's
    /// rating (above 1 is possible: AM0 is 1361 W/m², STC 1000).
    pub capacity_factor_stc: f64,
    /// That capacity factor ÷ a ground plant's: annual energy of the same panel in orbit
    /// over on the ground.
    pub gain_vs_ground: f64,
    pub mass: Kilograms,
    /// Beginning-of-life electrical watts per kilogram of array.
    pub specific_power_w_per_kg: f64,
}

/// The array's design parameters for cell `c` (its efficiency, or a published design's).
pub fn design(a: &ArrayInputs, c: &CellTech) -> ArrayDesign {
    let efficiency_ref = if a.efficiency_pct > 0.0 {
        a.efficiency_pct / 100.0
    } else {
        c.efficiency_bol.central
    };
    ArrayDesign {
        efficiency_ref,
        temp_coeff_per_k: c.temp_coeff_per_k.central,
        packing_fraction: a.packing_fraction,
        pointing_fraction: a.pointing_fraction,
        front_absorptance: a.front_absorptance,
        front_emissivity: a.front_emissivity,
        back_emissivity: a.back_emissivity,
    }
}

/// The array's radiative environment at solar flux `flux`.
pub fn environment(env: &EnvironmentOutputs, flux: WattsPerSquareMetre) -> ArrayEnvironment {
    ArrayEnvironment {
        solar_flux: flux,
        earth_view_factor: env.earth_view_factor,
        earth_ir: env.earth_ir,
        albedo_fraction: env.albedo_fraction,
        albedo_factor: env.albedo_factor,
    }
}

/// Irradiance of standard test conditions, at which panels are rated, W/m².
pub const STC_FLUX_W_M2: f64 = 1000.0;

/// Largest array area sizing returns, m² (far past any registry value; keeps it finite).
const MAX_SIZED_AREA_M2: f64 = 1e13;

/// The array area whose electrical output at end of life, at aphelion, is `needed`
/// (the array sized to the workload).
pub fn area_for_power(
    a: &ArrayInputs,
    env: &EnvironmentOutputs,
    mission: &Mission,
    needed: Watts,
) -> SquareMetres {
    let c = cell(a.cell);
    let deg = degradation_per_year(a, c, env.dose_rad_per_year);
    let eol = degradation_factor(deg, mission.years);
    let aphelion = environment(env, env.solar_flux_min);
    let th = array_thermal(&design(a, c), &aphelion, eol);
    let area = needed.get().max(0.0) / th.electrical.get().max(1e-9);
    SquareMetres::new(area.min(MAX_SIZED_AREA_M2))
}

/// The solar-array stage for an array of `area` (the input's, or sized to the workload):
/// temperature and efficiency at beginning and end of life, power, the energy of each
/// mission year and mass (its embodied carbon is the manufacturing stage's, its price
/// the economics stage's).
pub fn assess(
    a: &ArrayInputs,
    area: SquareMetres,
    env: &EnvironmentOutputs,
    e: &Eclipses,
    mission: &Mission,
    warnings: &mut Vec<Warning>,
) -> SolarOutputs {
    let c = cell(a.cell);
    let design = design(a, c);
    if design.efficiency_ref * design.packing_fraction > design.front_absorptance {
        warnings.push(Warning::new(
            "array.front_absorptance",
            Said::AbsorptanceBelowOutput,
        ));
    }
    let area = SquareMetres::new(area.get().max(0.0));
    let deg = degradation_per_year(a, c, env.dose_rad_per_year);
    let eol_factor = degradation_factor(deg, mission.years);
    let mean_env = environment(env, env.solar_flux_mean);
    let th_bol = array_thermal(&design, &mean_env, 1.0);
    let th_eol = array_thermal(&design, &mean_env, eol_factor);
    let power_bol = th_bol.electrical * area;
    let power_eol = th_eol.electrical * area;
    let sunlit = 1.0 - e.mean_fraction;
    let array_mass = Kilograms::new(area.get() * c.areal_mass_kg_m2.central);
    let mut array_energy = Joules::new(0.0);
    let mut array_energy_first = Joules::new(0.0);
    for (k, mean) in (0..mission.n_years).zip(YearMeans::new(deg)) {
        let ek =
            power_bol * Seconds::new(SECONDS_PER_YEAR * sunlit * mission.year_weight(k)) * mean;
        if k == 0 {
            array_energy_first = ek;
        }
        array_energy += ek;
    }
    let nameplate_stc =
        Watts::new(area.get() * design.efficiency_ref * design.packing_fraction * STC_FLUX_W_M2);
    // Per full year (a mission shorter than a year weighs its first year down).
    let first_year = SECONDS_PER_YEAR * mission.year_weight(0);
    let capacity_factor_stc = if nameplate_stc.get() > 0.0 && first_year > 0.0 {
        array_energy_first.get() / (nameplate_stc.get() * first_year)
    } else {
        0.0
    };
    let ground = a.ground_capacity_factor_pct / 100.0;
    let gain_vs_ground = if ground > 0.0 {
        capacity_factor_stc / ground
    } else {
        0.0
    };
    SolarOutputs {
        cell_id: c.id,
        area,
        nameplate_stc,
        capacity_factor_stc,
        gain_vs_ground,
        thermal_bol: th_bol,
        efficiency_eol: th_eol.efficiency,
        degradation_per_year: deg,
        power_bol,
        power_eol,
        power_density_bol: th_bol.electrical,
        energy_first_year: array_energy_first,
        energy_lifetime: array_energy,
        mass: array_mass,
        specific_power_w_per_kg: power_bol.get() / array_mass.get().max(1e-9),
    }
}

#[cfg(test)]
mod tests;
