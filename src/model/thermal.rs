//! Cooling: every watt of electricity drawn ends as heat, rejected by two-sided
//! radiator panels held edge-on to the Sun (or with one face sunlit, a choice), at a
//! temperature no higher than the accelerators' die limit less the loop's drop.
//!
//! Net rejection per square metre of panel:
//! q = n·ε·σ·(T⁴ − T_sink⁴) − α_s·S·p − α_IR·F·q_IR − α_s·F·a·S·g
//! with n emitting faces, p the summed cosine of the Sun on the faces (0 edge-on),
//! F the Earth view factor summed over faces, q_IR Earth's outgoing infrared, a the
//! albedo and g the geometric albedo factor (Gilmore, Spacecraft Thermal Control
//! Handbook ch. 2 and 6). The general form reproduces the Starcloud white paper's
//! p. 9 panel exactly (see the tests).

use super::environment::EnvironmentOutputs;
use super::inputs::{SunExposure, ThermalInputs};
use super::power::PowerOutputs;
use super::solar::SolarOutputs;
use super::units::{Kelvin, Kilograms, SquareMetres, Watts, WattsPerSquareMetre};
use super::warning::{Said, Warning};
use crate::data::constants::{DEEP_SPACE_K, SIGMA_W_M2_K4};
use crate::detmath::DetMath;

const SIGMA: f64 = SIGMA_W_M2_K4.value;
/// Smallest net rejection the model accepts, W/m², before warning (a radiator colder
/// than its environment rejects nothing).
pub const MIN_NET_FLUX: f64 = 1.0;

/// The radiator surface.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RadiatorSurface {
    pub temperature: Kelvin,
    pub emissivity: f64,
    pub solar_absorptance: f64,
    /// Infrared absorptance (equal to ε by Kirchhoff; the Starcloud paper uses α_s).
    pub ir_absorptance: f64,
    /// Number of emitting faces (2 for a free-standing panel).
    pub emitting_faces: f64,
}

/// What the radiator sees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RadiatorEnvironment {
    pub solar_flux: WattsPerSquareMetre,
    /// Sum over faces of the cosine of the Sun's incidence (1: one face normal to the Sun; 0: edge-on).
    pub sun_projection: f64,
    /// Earth view factor summed over faces.
    pub earth_view_factor: f64,
    pub earth_ir: WattsPerSquareMetre,
    pub albedo_fraction: f64,
    /// Geometric albedo factor (1 = over the subsolar point; cos β / π orbit-averaged).
    pub albedo_factor: f64,
    pub sink: Kelvin,
}

/// Fluxes per square metre of panel.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RadiatorBalance {
    pub emitted: WattsPerSquareMetre,
    pub solar: WattsPerSquareMetre,
    pub earth_ir: WattsPerSquareMetre,
    pub albedo: WattsPerSquareMetre,
    /// Emitted minus everything absorbed.
    pub net: WattsPerSquareMetre,
}

/// The heat balance of one square metre of radiator panel.
pub fn radiator_balance(s: &RadiatorSurface, e: &RadiatorEnvironment) -> RadiatorBalance {
    let t4 = s.temperature.get().dpowi(4) - e.sink.get().dpowi(4);
    let emitted = s.emitting_faces * s.emissivity * SIGMA * t4;
    let solar = s.solar_absorptance * e.solar_flux.get() * e.sun_projection;
    let earth_ir = s.ir_absorptance * e.earth_view_factor * e.earth_ir.get();
    let albedo = s.solar_absorptance
        * e.earth_view_factor
        * e.albedo_fraction
        * e.solar_flux.get()
        * e.albedo_factor;
    RadiatorBalance {
        emitted: WattsPerSquareMetre::new(emitted),
        solar: WattsPerSquareMetre::new(solar),
        earth_ir: WattsPerSquareMetre::new(earth_ir),
        albedo: WattsPerSquareMetre::new(albedo),
        net: WattsPerSquareMetre::new(emitted - solar - earth_ir - albedo),
    }
}

/// Radiator area that rejects `heat` at net flux `net` (floored at [`MIN_NET_FLUX`]).
pub fn radiator_area(heat: Watts, net: WattsPerSquareMetre) -> SquareMetres {
    heat / WattsPerSquareMetre::new(net.get().max(MIN_NET_FLUX))
}

/// Cooling results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThermalOutputs {
    /// Heat to reject at the design point (orbit average of the worst orbit).
    pub heat_load: Watts,
    /// Radiator temperature used: the input, at most the die limit less the loop drop.
    pub radiator_temperature: Kelvin,
    pub balance: RadiatorBalance,
    pub radiator_area: SquareMetres,
    /// Radiator area ÷ array area.
    pub radiator_to_array_fraction: f64,
    pub panel_mass: Kilograms,
    pub loop_mass: Kilograms,
    /// Pump power at the design point.
    pub pump_power: Watts,
    /// Equilibrium temperature of the array at beginning of life, in sunlight.
    pub array_temperature: Kelvin,
    /// True when one radiator face tracks the Sun (it then meets the flow like the array).
    pub sun_facing: bool,
}

/// The hottest the radiator can run: the die limit less the die-to-radiator drop, °C.
pub fn radiator_limit_c(max_die_c: f64, loop_drop_k: f64) -> f64 {
    max_die_c - loop_drop_k.max(0.0)
}

/// The cooling stage: the heat the bus turns into at the design point, the panels'
/// net rejection per m² in this environment (at a temperature the dies allow: `max_die_c`
/// is the accelerators' limit), their area and mass, the loop and pumps.
pub fn assess(
    t: &ThermalInputs,
    max_die_c: f64,
    power: &PowerOutputs,
    solar: &SolarOutputs,
    env: &EnvironmentOutputs,
    warnings: &mut Vec<Warning>,
) -> ThermalOutputs {
    let heat =
        power.required_array_power * (power.workload_fraction_bol * power.heat_duty_fraction);
    let limit = radiator_limit_c(max_die_c, t.loop_drop_k);
    let temp_c = if t.radiator_temp_c > limit {
        warnings.push(Warning::new(
            "thermal.radiator_temp_c",
            Said::RadiatorAboveDieLimit { limit_c: limit },
        ));
        limit
    } else {
        t.radiator_temp_c
    };
    let surface = RadiatorSurface {
        temperature: Kelvin::from_celsius(temp_c),
        emissivity: t.emissivity,
        solar_absorptance: t.solar_absorptance,
        ir_absorptance: t.emissivity,
        emitting_faces: 2.0,
    };
    let rad_env = RadiatorEnvironment {
        solar_flux: env.solar_flux_mean,
        sun_projection: match t.sun_exposure {
            SunExposure::EdgeOn => 0.0,
            SunExposure::OneFace => 1.0,
        },
        earth_view_factor: 2.0 * env.earth_view_factor,
        earth_ir: env.earth_ir,
        albedo_fraction: env.albedo_fraction,
        albedo_factor: env.albedo_factor,
        sink: Kelvin::new(DEEP_SPACE_K.value),
    };
    let balance = radiator_balance(&surface, &rad_env);
    if balance.net.get() < MIN_NET_FLUX {
        warnings.push(Warning::new(
            "thermal.radiator_temp_c",
            Said::RadiatorNoNetRejection,
        ));
    }
    let radiator_area = radiator_area(heat, balance.net);
    let panel_mass = Kilograms::new(radiator_area.get() * t.areal_density_kg_m2);
    let loop_mass = Kilograms::new(heat.kw() * t.loop_kg_per_kw);
    ThermalOutputs {
        heat_load: heat,
        radiator_temperature: surface.temperature,
        balance,
        radiator_area,
        radiator_to_array_fraction: radiator_area.get() / solar.area.get().max(1e-9),
        panel_mass,
        loop_mass,
        pump_power: heat * t.pump_power_fraction,
        array_temperature: solar.thermal_bol.temperature,
        sun_facing: t.sun_exposure == SunExposure::OneFace,
    }
}

#[cfg(test)]
mod tests;
