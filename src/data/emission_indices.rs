//! Emission indices (launch, re-entry), climate-equivalence factors and
//! manufacturing footprints used by the emission stages.

use super::vehicles::Propellant;
use super::Cited;

/// Primary emission indices (before afterburning), g per kg of propellant.
#[derive(Clone, Copy, Debug)]
pub struct Pei {
    pub h2o: f64,
    pub co: f64,
    pub co2: f64,
    pub bc: f64,
    pub nox: f64,
    pub al2o3: f64,
    pub cly: f64,
}

/// Barker, Marais & McDowell 2024 final PEIs, by [`Propellant::index`] (`barker2024`).
/// Solid NOx reads "0 (1/7)" in the source; 0 is used.
pub static PEI: [Pei; 5] = [
    Pei {
        h2o: 340.0,
        co: 318.0,
        co2: 637.0,
        bc: 22.0,
        nox: 0.0,
        al2o3: 0.0,
        cly: 0.0,
    },
    Pei {
        h2o: 446.0,
        co: 120.0,
        co2: 426.0,
        bc: 5.0,
        nox: 0.0,
        al2o3: 0.0,
        cly: 0.0,
    },
    Pei {
        h2o: 1058.0,
        co: 0.0,
        co2: 0.0,
        bc: 0.0,
        nox: 0.0,
        al2o3: 0.0,
        cly: 0.0,
    },
    Pei {
        h2o: 302.0,
        co: 227.0,
        co2: 112.0,
        bc: 16.0,
        nox: 0.0,
        al2o3: 328.0,
        cly: 217.0,
    },
    Pei {
        h2o: 392.0,
        co: 69.0,
        co2: 220.0,
        bc: 16.0,
        nox: 10.0,
        al2o3: 0.0,
        cly: 0.0,
    },
];

/// PEI row of a propellant.
pub fn pei(p: Propellant) -> &'static Pei {
    &PEI[p.index()]
}

/// Afterburning and altitude scaling (Barker `alt_emis_func.py`, citing NASEM 2021; `barker2024`):
/// EI_CO(h) = min(PEI_CO, A·e^(k·h)·(PEI_CO2 + PEI_CO)); EI_CO2 = PEI_CO2 + (44.01/28.01)(PEI_CO − EI_CO);
/// EI_BC = PEI_BC·max(0.04, min(1, 0.04·e^(0.12(h − 15)))); secondary NOx 33·e^(−0.26 h) g/kg.
pub const AFTERBURN_A: f64 = 0.0025;
pub const AFTERBURN_K_PER_KM: f64 = 0.067;
pub const CO2_PER_CO: f64 = 44.01 / 28.01;
pub const BC_FLOOR: f64 = 0.04;
pub const BC_K_PER_KM: f64 = 0.12;
pub const BC_H0_KM: f64 = 15.0;
pub const NOX_SECONDARY_G_PER_KG: f64 = 33.0;
pub const NOX_SECONDARY_K_PER_KM: f64 = 0.26;

/// Layer boundaries, km: troposphere below 15, stratosphere 15–50 (Brown et al. 2024's
/// stratospheric inventory band, the only layer a published forcing per emission covers), above 50.
pub const TROPOPAUSE_KM: f64 = 15.0;
pub const STRATOPAUSE_KM: f64 = 50.0;

/// Stratospheric forcing of today's launches and the inventory it is normalised by.
///
/// The only published pair of a present-day rocket forcing and its split by species is Ross &
/// Sheaffer 2014 (instantaneous RF 16 ± 8 mW/m², 70 % BC, 28 % alumina, 2 % H2O). Their own
/// emission totals are not reproduced here, so the forcing is divided by the one present-day
/// inventory of the layer it comes from, Brown et al. 2024's 2019 emissions at 15–50 km, and is
/// applied to emissions in that layer only: the same inventory is "today" everywhere (the scale
/// stage's share of today's rocket BC too). The low end of the BC forcing per emission also
/// divides by Maloney et al. 2022's ~1 Gg/yr of rocket BC into the stratosphere (3.6× Brown's), the
/// spread between the two inventories.
pub struct StratForcing {
    /// Present-day instantaneous RF of rocket emissions, mW/m².
    pub rf_mw_m2: Cited,
    /// Shares of that RF: BC, alumina, H2O.
    pub bc_share: f64,
    pub al2o3_share: f64,
    pub h2o_share: f64,
    /// 2019 emissions at 15–50 km, kg/yr: BC, alumina, H2O.
    pub bc_kg_yr: Cited,
    pub al2o3_kg_yr: Cited,
    pub h2o_kg_yr: Cited,
    /// The larger present-day BC inventory (all stratospheric rocket BC), kg/yr.
    pub bc_kg_yr_alt: Cited,
}

pub static STRAT_FORCING: StratForcing = StratForcing {
    rf_mw_m2: Cited::range(8.0, 16.0, 24.0, "ross2014"),
    bc_share: 0.70,
    al2o3_share: 0.28,
    h2o_share: 0.02,
    bc_kg_yr: Cited::one(0.28e6, "brown2024"),
    al2o3_kg_yr: Cited::one(0.91e6, "brown2024"),
    h2o_kg_yr: Cited::one(6.38e6, "brown2024"),
    bc_kg_yr_alt: Cited::one(1.0e6, "maloney2022"),
};

/// Forcing per emission rate, mW/m² per Gg/yr, at 15–50 km [derived from `STRAT_FORCING`]:
/// BC 0.70 × 16 ÷ 0.28 = 40 (low 0.70 × 8 ÷ 1.0 = 5.6, high 0.70 × 24 ÷ 0.28 = 60); alumina
/// 0.28 × 16 ÷ 0.91 = 4.92 (±50 %); H2O 0.02 × 16 ÷ 6.38 = 0.050. The BC and alumina values are
/// registry inputs (sampled); H2O is too small to move any answer.
pub const BC_FORCING_MW_M2_PER_GG_YR: Cited = Cited::range(5.6, 40.0, 60.0, "ross2014");
pub const AL2O3_FORCING_MW_M2_PER_GG_YR: Cited = Cited::range(2.46, 4.92, 7.38, "ross2014");
pub const H2O_FORCING_MW_M2_PER_GG_YR: Cited = Cited::one(0.0502, "ross2014");

/// Effective ÷ instantaneous forcing of stratospheric BC (its efficacy for surface warming):
/// 1 is Ross & Sheaffer's instantaneous RF; model studies find that absorbing aerosol at and
/// above the tropopause cools the surface (Ban-Weiss et al. 2012, Kravitz et al. 2012,
/// Maloney et al. 2022), so the range reaches below zero.
pub const BC_EFFICACY: Cited = Cited::range(-0.5, 0.5, 1.0, "assume.bc_efficacy");

/// E-folding lifetime of rocket particles and water in the stratosphere, years (BC ~4 yr;
/// alumina and water taken the same, an approximation: with lifetimes this short GWP100 hardly
/// depends on it).
pub const STRAT_LIFETIME_YR: Cited = Cited::one(4.0, "maloney2022");
/// Tropospheric BC lifetime, years (about a week).
pub const TROP_BC_LIFETIME_YR: Cited = Cited::one(7.0 / 365.25, "bond2013");
/// Tropospheric BC GWP100 (Bond et al. 2013), kgCO2e/kg; the other metrics are derived from it
/// with the same AR5 functions (GWP20 ≈ 3,300 and GTP100 ≈ 124, against Bond's own 3,200 and 130).
pub const BC_TROP_GWP100: Cited = Cited::range(120.0, 900.0, 1_800.0, "bond2013");

/// IPCC AR5 WG1 ch. 8 and its supplement (8.SM.11, Table 8.SM.9) metric functions:
/// CO2 impulse response a0 + Σ aᵢ e^(−t/τᵢ), CO2 radiative efficiency per kg, and the temperature
/// response Σ cⱼ/dⱼ e^(−t/dⱼ). They give AGWP100(CO2) = 9.17e-14 W m⁻² yr kg⁻¹ and AGTP100(CO2) =
/// 5.47e-16 K kg⁻¹, the report's values.
pub struct Ar5Metrics {
    pub co2_a0: f64,
    pub co2_a: [f64; 3],
    pub co2_tau_yr: [f64; 3],
    /// W m⁻² per kg of CO2 (1.37e-5 W m⁻² ppbv⁻¹ ÷ 7.80e9 kg ppbv⁻¹).
    pub co2_re_w_m2_per_kg: f64,
    /// K per (W m⁻²).
    pub temp_c: [f64; 2],
    pub temp_d_yr: [f64; 2],
    pub source: &'static str,
}

pub static AR5: Ar5Metrics = Ar5Metrics {
    co2_a0: 0.2173,
    co2_a: [0.2240, 0.2824, 0.2763],
    co2_tau_yr: [394.4, 36.54, 4.304],
    co2_re_w_m2_per_kg: 1.37e-5 / (1e-9 * 5.1352e18 * 44.01 / 28.97),
    temp_c: [0.631, 0.429],
    temp_d_yr: [8.4, 409.5],
    source: "ipcc_ar5_agwp",
};

/// Ohs et al.'s re-entry treatment: 0.4 kg NOx per kg × 298 (AR4 GWP100 of N2O, applied to NOx).
pub const OHS_NOX_GWP: Cited = Cited::one(298.0, "ohs2025");

/// Re-entry indices (Barker et al. 2024 code; `barker2024`).
pub struct Reentry {
    /// kg NOx per kg of ablating re-entering mass.
    pub nox: Cited,
    /// Aluminium mass fraction of payloads / of stages.
    pub al_payload: Cited,
    pub al_stage: Cited,
    /// Ablation degree of megaconstellation payloads / upper stages.
    pub ablation_payload: Cited,
    pub ablation_upper: Cited,
    /// BC per kg (ATISPADE worst case): payloads / upper stages.
    pub bc_payload: Cited,
    pub bc_upper: Cited,
}

pub static REENTRY: Reentry = Reentry {
    nox: Cited::range(0.175, 0.4, 0.4, "barker2024"),
    al_payload: Cited::one(0.40, "barker2024"),
    al_stage: Cited::one(0.70, "barker2024"),
    ablation_payload: Cited::range(0.8, 1.0, 1.0, "barker2024"),
    ablation_upper: Cited::one(0.65, "barker2024"),
    bc_payload: Cited::one(0.041, "barker2024"),
    bc_upper: Cited::one(0.029, "barker2024"),
};

/// Manufacturing footprints, kgCO2e per unit.
pub struct Manufacturing {
    /// Per kg of dry mass (ORACLE `dry_mass_emissions_factors.csv`).
    pub steel: Cited,
    pub aluminium: Cited,
    pub electronics: Cited,
    pub composite: Cited,
    /// Per kg of propellant, by [`Propellant::index`].
    pub propellant: [Cited; 5],
    /// Battery pack, per kWh.
    pub battery_per_kwh: Cited,
    /// Radiator, per m².
    pub radiator_per_m2: Cited,
}

pub static MANUFACTURING: Manufacturing = Manufacturing {
    steel: Cited::one(6.15, "oracle"),
    aluminium: Cited::one(14.9, "oracle"),
    electronics: Cited::one(24.85, "oracle"),
    composite: Cited::range(14.9, 24.85, 40.0, "assume.composite"),
    propellant: [
        Cited::range(0.2, 0.4, 0.6, "assume.propellant_production"),
        Cited::range(0.3, 0.4, 2.5, "assume.propellant_production"),
        Cited::range(1.2, 1.8, 2.4, "assume.propellant_production"),
        Cited::range(1.0, 2.0, 3.0, "assume.propellant_production"),
        Cited::range(2.0, 3.0, 4.0, "assume.propellant_production"),
    ],
    battery_per_kwh: Cited::range(55.0, 60.0, 60.0, "peiseler2024"),
    radiator_per_m2: Cited::one(86.0, "pv_rad_embodied"),
};

/// Embodied carbon per accelerator, kgCO2e, by accelerator id (falls back to H100).
/// Used only when the accelerator catalogue carries no embodied-carbon field.
pub static ACCELERATOR_EMBODIED: &[(&str, Cited)] = &[
    ("h100", Cited::range(164.0, 164.0, 318.0, "nvidia_h100_pcf")),
    ("b200", Cited::one(284.0, "nvidia_b200_pcf")),
    ("gb200", Cited::one(284.0, "nvidia_b200_pcf")),
    ("a100", Cited::one(318.0, "chien2023")),
];

/// Embodied carbon of one accelerator of this id (H100 share when unknown).
pub fn accelerator_embodied(id: &str) -> Cited {
    let b = id.as_bytes();
    ACCELERATOR_EMBODIED
        .iter()
        .find(|(k, _)| {
            b.windows(k.len())
                .any(|w| w.eq_ignore_ascii_case(k.as_bytes()))
        })
        .map(|(_, c)| *c)
        .unwrap_or(ACCELERATOR_EMBODIED[0].1)
}

/// All cited values here, for the data validator.
pub fn validate(errs: &mut Vec<String>) {
    let f = &STRAT_FORCING;
    let r = &REENTRY;
    let m = &MANUFACTURING;
    let mut all = vec![
        f.rf_mw_m2,
        f.bc_kg_yr,
        f.al2o3_kg_yr,
        f.h2o_kg_yr,
        f.bc_kg_yr_alt,
        BC_FORCING_MW_M2_PER_GG_YR,
        AL2O3_FORCING_MW_M2_PER_GG_YR,
        H2O_FORCING_MW_M2_PER_GG_YR,
        BC_EFFICACY,
        STRAT_LIFETIME_YR,
        TROP_BC_LIFETIME_YR,
        BC_TROP_GWP100,
        OHS_NOX_GWP,
        r.nox,
        r.al_payload,
        r.al_stage,
        r.ablation_payload,
        r.ablation_upper,
        r.bc_payload,
        r.bc_upper,
        m.steel,
        m.aluminium,
        m.electronics,
        m.composite,
        m.battery_per_kwh,
        m.radiator_per_m2,
    ];
    all.extend(m.propellant);
    all.extend(ACCELERATOR_EMBODIED.iter().map(|(_, c)| *c));
    for (k, c) in all.iter().enumerate() {
        super::check_cited(&format!("emission/manufacturing factor #{k}"), c, errs);
    }
    if super::source(AR5.source).is_none() {
        errs.push("AR5 metric functions: source does not resolve".into());
    }
}
