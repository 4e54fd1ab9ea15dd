//! Climate metrics: the CO2e of a kilogram of a short-lived species from its forcing per
//! emission rate and lifetime, under GWP20, GWP100 or GTP100, with IPCC AR5's CO2 and
//! temperature impulse responses (closed forms, no integration), and the non-CO2 factors
//! the emission stages apply.
//!
//! A constant emission E (kg/yr) of a species with lifetime τ sustains a forcing F; a 1 kg pulse
//! then forces (F/E)/τ · e^(−t/τ). Its absolute GWP over H years is (F/E)(1 − e^(−H/τ)); its
//! absolute GTP at H is (F/E) Σⱼ cⱼ/(τ − dⱼ) (e^(−H/τ) − e^(−H/dⱼ)). Each is divided by CO2's own.

use crate::data::emission_indices::{
    AR5, BC_EFFICACY, BC_TROP_GWP100, H2O_FORCING_MW_M2_PER_GG_YR, STRAT_LIFETIME_YR,
    TROP_BC_LIFETIME_YR,
};
use crate::detmath::DetMath;
use crate::model::inputs::{ClimateMetric, EmissionInputs};

/// mW/m² per Gg/yr → W/m² per kg/yr.
pub const MW_M2_PER_GG_YR: f64 = 1e-3 / 1e6;

/// Absolute GWP of CO2 over `h` years, W m⁻² yr kg⁻¹.
pub fn agwp_co2(h: f64) -> f64 {
    let a = &AR5;
    let tail: f64 = a
        .co2_a
        .iter()
        .zip(a.co2_tau_yr)
        .map(|(ai, ti)| ai * ti * (1.0 - (-h / ti).dexp()))
        .sum();
    a.co2_re_w_m2_per_kg * (a.co2_a0 * h + tail)
}

/// Absolute GTP of CO2 at `h` years, K kg⁻¹.
pub fn agtp_co2(h: f64) -> f64 {
    let a = &AR5;
    let mut s = 0.0;
    for (cj, dj) in a.temp_c.iter().zip(a.temp_d_yr) {
        s += a.co2_a0 * cj * (1.0 - (-h / dj).dexp());
        for (ai, ti) in a.co2_a.iter().zip(a.co2_tau_yr) {
            s += ai * cj * ti / (ti - dj) * ((-h / ti).dexp() - (-h / dj).dexp());
        }
    }
    a.co2_re_w_m2_per_kg * s
}

/// kgCO2e per kg of a species that sustains `f_per_e` W/m² per kg/yr and lives `tau` years.
pub fn co2e_per_kg(metric: ClimateMetric, f_per_e: f64, tau: f64) -> f64 {
    let tau = tau.max(1e-6);
    let v = match metric {
        ClimateMetric::Gwp100 | ClimateMetric::Gwp20 => {
            let h = if metric == ClimateMetric::Gwp20 {
                20.0
            } else {
                100.0
            };
            f_per_e * (1.0 - (-h / tau).dexp()) / agwp_co2(h)
        }
        ClimateMetric::Gtp100 => {
            let h = 100.0;
            let a = &AR5;
            let r: f64 = a
                .temp_c
                .iter()
                .zip(a.temp_d_yr)
                .map(|(cj, dj)| {
                    let k = if (tau - dj).abs() < 1e-9 {
                        // τ = d: the limit of the closed form.
                        h / (dj * dj) * (-h / dj).dexp()
                    } else {
                        ((-h / tau).dexp() - (-h / dj).dexp()) / (tau - dj)
                    };
                    cj * k
                })
                .sum();
            f_per_e * r / agtp_co2(h)
        }
    };
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// CO2e per kg of each non-CO2 species counted, under one accounting.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Factors {
    /// BC below 15 km.
    pub bc_trop: f64,
    /// BC at 15–50 km, efficacy applied (negative when the efficacy is).
    pub bc_strat: f64,
    /// Alumina at 15–50 km.
    pub al2o3_strat: f64,
    /// Water vapour at 15–50 km.
    pub h2o_strat: f64,
}

/// The factors of the low end, the inputs' values and the high end of the non-CO2 range.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NonCo2Factors {
    pub metric: ClimateMetric,
    pub low: Factors,
    pub central: Factors,
    pub high: Factors,
}

/// The non-CO2 factors for the emission inputs: the central ones at the inputs' values; the
/// low and high ends at the corners of each input's range (its registry low/high, widened to
/// include the value), BC's forcing and efficacy together (their product's extremes).
pub fn factors(e: &EmissionInputs) -> NonCo2Factors {
    use crate::data::emission_indices::{
        AL2O3_FORCING_MW_M2_PER_GG_YR, BC_FORCING_MW_M2_PER_GG_YR,
    };
    let m = e.metric;
    let tau = STRAT_LIFETIME_YR.central;
    let per_kg = |mw_per_gg: f64| co2e_per_kg(m, mw_per_gg * MW_M2_PER_GG_YR, tau);
    let trop_f_per_e = BC_TROP_GWP100.central * agwp_co2(100.0);
    let trop = |gwp100: f64| {
        co2e_per_kg(m, trop_f_per_e, TROP_BC_LIFETIME_YR.central) * gwp100 / BC_TROP_GWP100.central
    };
    let span = |c: crate::data::Cited, v: f64| (c.low.min(v), c.high.max(v));
    let (bf_lo, bf_hi) = span(BC_FORCING_MW_M2_PER_GG_YR, e.bc_forcing_mw_m2_per_gg_yr);
    let (ef_lo, ef_hi) = span(BC_EFFICACY, e.bc_efficacy);
    let (af_lo, af_hi) = span(
        AL2O3_FORCING_MW_M2_PER_GG_YR,
        e.al2o3_forcing_mw_m2_per_gg_yr,
    );
    let corners = [bf_lo * ef_lo, bf_lo * ef_hi, bf_hi * ef_lo, bf_hi * ef_hi];
    let bc_lo = corners.iter().copied().fold(f64::INFINITY, f64::min);
    let bc_hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let h2o = per_kg(H2O_FORCING_MW_M2_PER_GG_YR.central);
    NonCo2Factors {
        metric: m,
        low: Factors {
            bc_trop: trop(BC_TROP_GWP100.low),
            bc_strat: per_kg(bc_lo),
            al2o3_strat: per_kg(af_lo),
            h2o_strat: h2o,
        },
        central: Factors {
            bc_trop: trop(BC_TROP_GWP100.central),
            bc_strat: per_kg(e.bc_forcing_mw_m2_per_gg_yr * e.bc_efficacy),
            al2o3_strat: per_kg(e.al2o3_forcing_mw_m2_per_gg_yr),
            h2o_strat: h2o,
        },
        high: Factors {
            bc_trop: trop(BC_TROP_GWP100.high),
            bc_strat: per_kg(bc_hi),
            al2o3_strat: per_kg(af_hi),
            h2o_strat: h2o,
        },
    }
}
