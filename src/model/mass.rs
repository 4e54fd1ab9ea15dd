//! Mass budget: compute, array, batteries, radiators and loop, shielding, structure
//! as a fraction of dry mass, and station-keeping propellant against drag.

use super::basis::{MassBreakdown, Mission};
use super::environment::EnvironmentOutputs;
use super::inputs::{MassInputs, WorkloadInputs};
use super::orbit::{self, Eclipses};
use super::power::PowerOutputs;
use super::solar::SolarOutputs;
use super::thermal::ThermalOutputs;
use super::units::{
    KgPerCubicMetre, Kilograms, MetresPerSecond, Newtons, SquareMetres, Watts, SECONDS_PER_YEAR,
};
use super::warning::{Said, Warning};
use crate::data::accelerators::accelerator;
use crate::data::constants::{ALUMINIUM_DENSITY_KG_M3, G0_M_S2, MU_EARTH_M3_S2};
use crate::detmath::DetMath;

const G0: f64 = G0_M_S2.value;
const MU_EARTH: f64 = MU_EARTH_M3_S2.value;
/// Largest Δv/(g0·Isp) the rocket equation is evaluated at (e^20 ≈ 5e8: already absurd).
const MAX_MASS_RATIO_EXPONENT: f64 = 20.0;

/// Circular orbital speed v = √(μ / a).
pub fn orbital_speed(semi_major_axis_m: f64) -> MetresPerSecond {
    MetresPerSecond::new((MU_EARTH / semi_major_axis_m.max(1.0)).sqrt())
}

/// Drag force F = ½ ρ v² C_D A (Vallado §8.6).
pub fn drag_force(
    rho: KgPerCubicMetre,
    v: MetresPerSecond,
    cd: f64,
    ram_area: SquareMetres,
) -> Newtons {
    Newtons::new(0.5 * rho.get() * v.get() * v.get() * cd * ram_area.get())
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
    SquareMetres::new(
        array.get() * core::f64::consts::FRAC_2_PI * mean_cos_beta + radiator.get() * mean_sin_beta,
    )
}

/// Δv per year to cancel drag on `mass`.
pub fn delta_v_per_year(drag: Newtons, mass: Kilograms) -> MetresPerSecond {
    MetresPerSecond::new(drag.get() / mass.get().max(1.0) * SECONDS_PER_YEAR)
}

/// Propellant for Δv by the rocket equation on a dry mass: m_p = m_dry (e^(Δv/(g0 Isp)) − 1).
pub fn propellant_mass(dry: Kilograms, dv: MetresPerSecond, isp_s: f64) -> Kilograms {
    let x = (dv.get().max(0.0) / (G0 * isp_s.max(1.0))).min(MAX_MASS_RATIO_EXPONENT);
    Kilograms::new(dry.get() * x.dexp_m1())
}

/// Mass and drag results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MassOutputs {
    pub breakdown: MassBreakdown,
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

/// The mass stage: every subsystem's mass, structure as its share of the dry mass,
/// drag on the array and radiators, and the propellant that cancels it for the mission.
/// `w` gives the accelerators carried, `it_installed` the IT power the mass is quoted per.
#[allow(clippy::too_many_arguments)]
pub fn assess(
    m: &MassInputs,
    w: &WorkloadInputs,
    it_installed: Watts,
    solar: &SolarOutputs,
    power: &PowerOutputs,
    thermal: &ThermalOutputs,
    env: &EnvironmentOutputs,
    e: &Eclipses,
    mission: &Mission,
    warnings: &mut Vec<Warning>,
) -> MassOutputs {
    let a = accelerator(w.accelerator);
    let mut b = MassBreakdown {
        compute: Kilograms::new(w.accelerators * a.installed_mass_kg.central),
        array: solar.mass,
        battery: power.battery_mass,
        radiator: thermal.panel_mass + thermal.loop_mass,
        structure: Kilograms::new(0.0),
        shielding: Kilograms::new(
            w.accelerators
                * m.shield_area_m2_per_accelerator
                * m.shield_mm_al
                * 1e-3
                * ALUMINIUM_DENSITY_KG_M3.value,
        ),
        propellant: Kilograms::new(0.0),
    };
    let f = m.structure_fraction.clamp(0.0, 0.9);
    b.structure = b.total() * (f / (1.0 - f));
    let dry = b.total();
    let v = orbital_speed(orbit::semi_major_axis(e.altitude).get());
    let ram = ram_area(
        solar.area,
        thermal.radiator_area,
        e.mean_cos_beta,
        e.mean_sin_beta,
    );
    let drag = drag_force(env.density, v, m.drag_coefficient, ram);
    let dv_year = delta_v_per_year(drag, dry);
    let isp = m.propulsion.isp_s();
    b.propellant = propellant_mass(dry, dv_year * mission.years, isp);
    if b.propellant.get() > dry.get() {
        warnings.push(Warning::new("mass.propulsion", Said::PropellantExceedsDry));
    }
    let total = b.total();
    MassOutputs {
        breakdown: b,
        dry,
        total,
        kg_per_kw_it: total.get() / it_installed.kw().max(1e-9),
        density: env.density,
        ram_area: ram,
        drag,
        delta_v_per_year: dv_year,
        isp_s: isp,
    }
}

#[cfg(test)]
mod tests;
