//! Launch emissions by species and layer (Barker et al. 2024 indices with afterburning and
//! altitude scaling) and their CO2e under every accounting.
//!
//! Each stage's propellant is spent over its burn in `N` equal slices; a slice burns at
//! the altitude the stage's profile gives (`assume.burn_profile`).

use super::metric::{Factors, NonCo2Factors};
use super::{Accounts, Layers, Species};
use crate::data::emission_indices as ei;
use crate::data::vehicles::{Profile, Stage, Vehicle, VEHICLES};
use crate::detmath::DetMath;
use crate::model::launch::LaunchOutputs;
use crate::model::units::{KgCo2e, Kilograms};
use std::sync::LazyLock;

const N: usize = 24;

/// Launch combustion results.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CombustionOutputs {
    /// One launch, by species and layer.
    pub per_launch: Layers,
    /// All launches over the horizon.
    pub total: Layers,
    /// Combustion CO2e of one launch under every accounting (Ohs: combustion CO2; their own figure replaces it in the totals).
    pub per_launch_co2e: Accounts,
    /// Combustion CO2e of all launches, chosen accounting is picked by the caller.
    pub total_co2e: Accounts,
}

/// Indices at altitude `h` km, g per kg of propellant, for one propellant row.
pub fn indices_at(p: &ei::Pei, h: f64) -> ei::Pei {
    let ei_co =
        p.co.min(ei::AFTERBURN_A * (ei::AFTERBURN_K_PER_KM * h).dexp() * (p.co2 + p.co));
    let co2 = p.co2 + ei::CO2_PER_CO * (p.co - ei_co);
    let bc_scale =
        (ei::BC_FLOOR * (ei::BC_K_PER_KM * (h - ei::BC_H0_KM)).dexp()).clamp(ei::BC_FLOOR, 1.0);
    ei::Pei {
        h2o: p.h2o,
        co: ei_co,
        co2,
        bc: p.bc * bc_scale,
        nox: p.nox + ei::NOX_SECONDARY_G_PER_KG * (-ei::NOX_SECONDARY_K_PER_KM * h).dexp(),
        al2o3: p.al2o3,
        cly: p.cly,
    }
}

/// Emissions of one launch of one stage type (all its units).
pub fn stage_emissions(s: &Stage) -> Layers {
    let mut out = Layers::default();
    let p = ei::pei(s.propellant);
    let dm = s.count * s.propellant_kg / N as f64 / 1e3; // kg propellant per slice → g/kg × kg / 1000 = kg
    let (h0, h1) = s.burn_km;
    for k in 0..N {
        let u = (k as f64 + 0.5) / N as f64;
        let h = match s.profile {
            Profile::FromGround => h0 + (h1 - h0) * u * u,
            Profile::Linear => h0 + (h1 - h0) * u,
        };
        let e = indices_at(p, h);
        let sp = Species {
            co2: Kilograms::new(e.co2 * dm),
            h2o: Kilograms::new(e.h2o * dm),
            bc: Kilograms::new(e.bc * dm),
            co: Kilograms::new(e.co * dm),
            nox: Kilograms::new(e.nox * dm),
            al2o3: Kilograms::new(e.al2o3 * dm),
            cly: Kilograms::new(e.cly * dm),
        };
        let layer = if h < ei::TROPOPAUSE_KM {
            &mut out.troposphere
        } else if h < ei::STRATOPAUSE_KM {
            &mut out.stratosphere
        } else {
            &mut out.above
        };
        *layer = layer.plus(&sp);
    }
    out
}

/// Emissions of one launch of the vehicle.
pub fn launch_emissions(v: &Vehicle) -> Layers {
    let mut out = Layers::default();
    for s in v.stages {
        let e = stage_emissions(s);
        out.troposphere = out.troposphere.plus(&e.troposphere);
        out.stratosphere = out.stratosphere.plus(&e.stratosphere);
        out.above = out.above.plus(&e.above);
    }
    out
}

/// CO2e of a launch's emissions under every accounting and the chosen metric: combustion CO2,
/// plus (low, central, high) tropospheric BC × Bond et al.'s factor, and BC, alumina and water
/// emitted at 15–50 km × their forcing per emission (Ross & Sheaffer 2014 over Brown et al. 2024's
/// inventory of that layer), BC's × its efficacy. Nothing emitted above 50 km is counted: no
/// published forcing per emission covers it (its masses are reported on their own).
pub fn co2e(l: &Layers, f: &NonCo2Factors) -> Accounts {
    let co2 = l.total().co2.get();
    let s = &l.stratosphere;
    let level = |k: &Factors| {
        co2 + l.troposphere.bc.get() * k.bc_trop
            + s.bc.get() * k.bc_strat
            + s.al2o3.get() * k.al2o3_strat
            + s.h2o.get() * k.h2o_strat
    };
    Accounts {
        co2: KgCo2e::new(co2),
        low: KgCo2e::new(level(&f.low)),
        central: KgCo2e::new(level(&f.central)),
        high: KgCo2e::new(level(&f.high)),
        ohs: KgCo2e::new(co2),
    }
}

/// One launch of every catalogue vehicle, computed once: the slices' altitude scaling
/// (~200 `exp` per vehicle) is the same at every evaluation and dominated the cost of a
/// Monte Carlo draw.
static PER_LAUNCH: LazyLock<Vec<Layers>> =
    LazyLock::new(|| VEHICLES.iter().map(launch_emissions).collect());

/// [`launch_emissions`], from the table for catalogue vehicles.
fn launch_emissions_cached(v: &Vehicle) -> Layers {
    VEHICLES
        .iter()
        .position(|c| std::ptr::eq(c, v))
        .and_then(|k| PER_LAUNCH.get(k).copied())
        .unwrap_or_else(|| launch_emissions(v))
}

/// The combustion stage: one launch of the vehicle by species and layer, and all launches,
/// with their CO2e under the non-CO2 factors `f`.
pub fn assess(v: &Vehicle, l: &LaunchOutputs, f: &NonCo2Factors) -> CombustionOutputs {
    let per_launch = launch_emissions_cached(v);
    let per_launch_co2e = co2e(&per_launch, f);
    CombustionOutputs {
        per_launch,
        total: per_launch.scaled(l.launches),
        per_launch_co2e,
        total_co2e: per_launch_co2e.scaled(l.launches),
    }
}
