//! Payload to the chosen orbit, number of launches, launch cost.
//!
//! Payload scaling (documented approximation): the extra Δv from the vehicle's
//! reference orbit to the target is taken out of the last stage, holding its burnout
//! mass fixed: m′ = (m_dry + m_payload)·e^(−Δv/vₑ) − m_dry, never above the published
//! payload. LEO/SSO targets: Hohmann transfer between the circular altitudes plus the
//! loss of Earth's rotation, 465.1 m/s × (cos i_ref − cos i). GEO: Hohmann from the
//! reference orbit with the whole plane change (i_ref → 0) at apogee, the vehicle
//! delivering straight to GEO (no GTO stop; the satellite's own apogee motor is not modelled).

use super::basis::SystemBasis;
use super::inputs::{Allocation, LaunchInputs, OrbitKind};
use super::orbit::Eclipses;
use super::timeline::Timeline;
use super::units::{div, fin, Kilograms, MetresPerSecond, Usd};
use super::warning::{Said, Warning};
use crate::data::constants::{EARTH_RADIUS_M, EARTH_ROTATION_RAD_S, G0_M_S2, MU_EARTH_M3_S2};
use crate::data::vehicles::{Vehicle, VEHICLES};
use crate::detmath::DetMath;

const MU: f64 = MU_EARTH_M3_S2.value;
const RE: f64 = EARTH_RADIUS_M.value;
/// Equatorial rotation speed ω·R, m/s.
const V_ROT: f64 = EARTH_ROTATION_RAD_S.value * RE;
const G0: f64 = G0_M_S2.value;

/// Launch results.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LaunchOutputs {
    pub vehicle: &'static str,
    /// Extra Δv from the reference orbit to the target (negative: easier).
    pub delta_v: MetresPerSecond,
    /// Payload per launch to the target orbit.
    pub payload: Kilograms,
    /// After the margin.
    pub usable_payload: Kilograms,
    /// Mass to orbit of one generation.
    pub mass_per_generation: Kilograms,
    /// Launches per generation (mass share, or whole launches).
    pub launches_per_generation: f64,
    /// Whole launches per generation (rounded up), whatever the allocation.
    pub whole_launches_per_generation: f64,
    /// Launches over the horizon.
    pub launches: f64,
    pub price_per_launch: Usd,
    /// Launch cost per generation and over the horizon.
    pub cost_per_generation: Usd,
    pub cost: Usd,
    /// Effective price per kg to orbit.
    pub usd_per_kg: f64,
}

/// The chosen vehicle (clamped index).
pub fn vehicle(l: &LaunchInputs) -> &'static Vehicle {
    &VEHICLES[l.vehicle.min(VEHICLES.len() - 1)]
}

/// Hohmann Δv between circular radii (both burns), m/s, with a plane change `di` (rad) at the higher apsis.
pub fn hohmann(r1: f64, r2: f64, di: f64) -> f64 {
    let (lo, hi) = if r1 <= r2 { (r1, r2) } else { (r2, r1) };
    let v1 = (MU / lo).sqrt();
    let v2 = (MU / hi).sqrt();
    let a = 0.5 * (lo + hi);
    let vp = (MU * (2.0 / lo - 1.0 / a)).sqrt();
    let va = (MU * (2.0 / hi - 1.0 / a)).sqrt();
    let dv2 = (va * va + v2 * v2 - 2.0 * va * v2 * di.dcos())
        .max(0.0)
        .sqrt();
    (vp - v1) + dv2
}

/// Payload (kg) the vehicle delivers to the target, and the extra Δv (m/s).
pub fn payload_to(
    v: &Vehicle,
    kind: OrbitKind,
    altitude_km: f64,
    inclination_deg: f64,
) -> (f64, f64) {
    let r = match (kind, v.sso) {
        (OrbitKind::SunSynchronous, Some(s)) => s,
        _ => v.leo,
    };
    let r_ref = RE + r.altitude_km * 1e3;
    let r_t = RE + altitude_km.max(0.0) * 1e3;
    let dv = match kind {
        OrbitKind::Geostationary => hohmann(r_ref, r_t, r.inclination_deg.to_radians()),
        _ => {
            let h = hohmann(r_ref, r_t, 0.0);
            let h = if r_t >= r_ref { h } else { -h };
            h + V_ROT
                * (r.inclination_deg.to_radians().dcos() - inclination_deg.to_radians().dcos())
        }
    };
    let up = v.upper();
    let m_dry = up.dry_kg;
    let m_ref = r.t.central * 1e3;
    let ve = up.isp_vac_s * G0;
    let m = ((m_dry + m_ref) * (-dv / ve).dexp() - m_dry).clamp(0.0, m_ref);
    (fin(m), fin(dv))
}

/// The launch stage: payload per launch to the resolved orbit, launches per generation
/// and over the horizon, and their cost.
pub fn assess(
    l: &LaunchInputs,
    e: &Eclipses,
    b: &SystemBasis,
    t: &Timeline,
    w: &mut Vec<Warning>,
) -> LaunchOutputs {
    let v = vehicle(l);
    let (payload, dv) = payload_to(v, e.kind, e.altitude.km(), e.inclination_deg);
    let usable = payload * (1.0 - (l.margin_pct / 100.0).clamp(0.0, 0.99));
    let mut usable_kg = usable;
    if usable < 1.0 {
        w.push(Warning::new(
            "launch.vehicle",
            Said::NoUsefulPayload {
                vehicle: v.id,
                name: v.name,
                dv_m_s: dv,
            },
        ));
        usable_kg = 1.0;
    }
    let mass = fin(b.mass.total().get()).max(0.0);
    let share = mass / usable_kg;
    let whole = if mass > 0.0 {
        share.ceil().max(1.0)
    } else {
        0.0
    };
    let per_gen = match l.allocation {
        Allocation::Share => share,
        Allocation::Whole => whole,
    };
    let launches = per_gen * t.generations;
    let price = v.price_musd.at(l.price_position) * 1e6;
    let (cost_gen, usd_per_kg) = if l.price_usd_per_kg > 0.0 {
        (mass * l.price_usd_per_kg, l.price_usd_per_kg)
    } else {
        (per_gen * price, div(per_gen * price, mass))
    };
    LaunchOutputs {
        vehicle: v.id,
        delta_v: MetresPerSecond::new(dv),
        payload: Kilograms::new(payload),
        usable_payload: Kilograms::new(usable_kg),
        mass_per_generation: Kilograms::new(mass),
        launches_per_generation: per_gen,
        whole_launches_per_generation: whole,
        launches,
        price_per_launch: Usd::new(if l.price_usd_per_kg > 0.0 {
            usable_kg * l.price_usd_per_kg
        } else {
            price
        }),
        cost_per_generation: Usd::new(cost_gen),
        cost: Usd::new(cost_gen * t.generations),
        usd_per_kg,
    }
}
