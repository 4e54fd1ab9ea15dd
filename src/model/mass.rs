//! Mass budget: compute, array, batteries, radiators and loop, shielding, structure
//! for the mass that carries none of its own, and station-keeping propellant against
//! drag; or a published design's own mass (per kW of IT, or per satellite), with the
//! model's breakdown scaled to it.

use super::basis::{MassBreakdown, Mission};
use super::environment::EnvironmentOutputs;
use super::inputs::{DesignInputs, MassInputs};
use super::orbit::{self, Eclipses};
use super::power::PowerOutputs;
use super::solar::SolarOutputs;
use super::thermal::ThermalOutputs;
use super::units::{
    KgPerCubicMetre, Kilograms, MetresPerSecond, Newtons, SquareMetres, Watts, SECONDS_PER_YEAR,
};
use super::warning::{Said, Warning};
use crate::data::constants::{ALUMINIUM_DENSITY_KG_M3, G0_M_S2, MU_EARTH_M3_S2};
use crate::detmath::DetMath;

const G0: f64 = G0_M_S2.value;
const MU_EARTH: f64 = MU_EARTH_M3_S2.value;
/// Largest Δv/(g0·Isp) the rocket equation is evaluated at (e^20 ≈ 5e8: already absurd).
const MAX_MASS_RATIO_EXPONENT: f64 = 20.0;
/// Most satellites counted (a published design's power per satellite far below its total).
const MAX_SATELLITES: f64 = 1e9;

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

/// Ram area of a Sun-tracking array and a radiator, orbit- and year-averaged: a normal
/// that follows the Sun meets the velocity at |n·v| averaging (2/π)·|cos β|; an edge-on
/// radiator's normal (Sun × nadir) meets it at ≈|sin β|.
pub fn ram_area(
    array: SquareMetres,
    radiator: SquareMetres,
    radiator_sun_facing: bool,
    mean_cos_beta: f64,
    mean_sin_beta: f64,
) -> SquareMetres {
    let tracking = core::f64::consts::FRAC_2_PI * mean_cos_beta;
    let radiator_factor = if radiator_sun_facing {
        tracking
    } else {
        mean_sin_beta
    };
    SquareMetres::new(array.get() * tracking + radiator.get() * radiator_factor)
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

/// Structure for the mass that carries none of its own: a fraction f of the total they
/// make together, so f/(1 − f) of the carried mass.
pub fn structure_for(carried: Kilograms, fraction: f64) -> Kilograms {
    let f = fraction.clamp(0.0, 0.9);
    carried * (f / (1.0 - f))
}

/// Satellites a design of `it` splits into at `satellite_kw` each (1 when unset).
pub fn satellite_count(it: Watts, satellite_kw: f64) -> f64 {
    if satellite_kw > 0.0 {
        (it.kw().max(0.0) / satellite_kw)
            .ceil()
            .clamp(1.0, MAX_SATELLITES)
    } else {
        1.0
    }
}

/// A published design's total mass, if it gives one: per satellite, else per kW of IT.
pub fn design_total(d: &DesignInputs, it: Watts, satellites: f64) -> Option<Kilograms> {
    if d.satellite_kg > 0.0 {
        Some(Kilograms::new(d.satellite_kg * satellites))
    } else if d.kg_per_kw > 0.0 {
        Some(Kilograms::new(d.kg_per_kw * it.kw().max(0.0)))
    } else {
        None
    }
}

/// Mass and drag results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MassOutputs {
    /// The mass launched: this model's, or a published design's with the parts scaled to it.
    pub breakdown: MassBreakdown,
    pub dry: Kilograms,
    pub total: Kilograms,
    /// This model's own total (before any published design mass).
    pub physics_total: Kilograms,
    /// Total mass per kW of installed IT power.
    pub kg_per_kw_it: f64,
    /// Satellites the system is split into, and the mass of each.
    pub satellites: f64,
    pub per_satellite: Kilograms,
    pub density: KgPerCubicMetre,
    pub ram_area: SquareMetres,
    pub drag: Newtons,
    pub delta_v_per_year: MetresPerSecond,
    pub isp_s: f64,
}

/// The mass stage: every subsystem's mass, structure for the parts that carry none
/// (compute, batteries, the pumped loop, shielding: array wings and radiator panels
/// include theirs), drag on the array and radiators, the propellant that cancels it for
/// the mission; then a published design's own mass where one is set. `accelerators` are
/// those carried (spares included), `it_installed` the IT power the mass is quoted per.
#[allow(clippy::too_many_arguments)]
pub fn assess(
    m: &MassInputs,
    design: &DesignInputs,
    accelerators: f64,
    it_installed: Watts,
    solar: &SolarOutputs,
    power: &PowerOutputs,
    thermal: &ThermalOutputs,
    env: &EnvironmentOutputs,
    e: &Eclipses,
    mission: &Mission,
    warnings: &mut Vec<Warning>,
) -> MassOutputs {
    let n = accelerators.max(0.0);
    let mut b = MassBreakdown {
        compute: Kilograms::new(n * m.compute_kg_per_accelerator.max(0.0)),
        array: solar.mass,
        battery: power.battery_mass,
        radiator: thermal.panel_mass + thermal.loop_mass,
        structure: Kilograms::new(0.0),
        shielding: Kilograms::new(
            n * m.shield_area_m2_per_accelerator
                * m.shield_mm_al
                * 1e-3
                * ALUMINIUM_DENSITY_KG_M3.value,
        ),
        propellant: Kilograms::new(0.0),
    };
    let carried = b.compute + b.battery + thermal.loop_mass + b.shielding;
    b.structure = structure_for(carried, m.structure_fraction);
    let v = orbital_speed(orbit::semi_major_axis(e.altitude).get());
    let ram = ram_area(
        solar.area,
        thermal.radiator_area,
        thermal.sun_facing,
        e.mean_cos_beta,
        e.mean_sin_beta,
    );
    let drag = drag_force(env.density, v, m.drag_coefficient, ram);
    let dry = b.total();
    let dv_year = delta_v_per_year(drag, dry);
    let isp = m.propulsion.isp_s();
    b.propellant = propellant_mass(dry, dv_year * mission.years, isp);
    if b.propellant.get() > dry.get() {
        warnings.push(Warning::new("mass.propulsion", Said::PropellantExceedsDry));
    }
    let physics_total = b.total();
    let satellites = satellite_count(it_installed, design.satellite_kw);
    let (b, dry) = match design_total(design, it_installed, satellites) {
        Some(t) if physics_total.get() > 0.0 => {
            let k = t.get() / physics_total.get();
            (b.scaled(k), dry * k)
        }
        _ => (b, dry),
    };
    let total = b.total();
    MassOutputs {
        breakdown: b,
        dry,
        total,
        physics_total,
        kg_per_kw_it: total.get() / it_installed.kw().max(1e-9),
        satellites,
        per_satellite: total * (1.0 / satellites),
        density: env.density,
        ram_area: ram,
        drag,
        delta_v_per_year: dv_year,
        isp_s: isp,
    }
}

#[cfg(test)]
mod tests;
