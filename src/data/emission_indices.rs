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
/// stratospheric inventory band), above 50.
pub const TROPOPAUSE_KM: f64 = 15.0;
pub const STRATOPAUSE_KM: f64 = 50.0;

/// Climate equivalence of non-CO2 species, kgCO2e per kg (GWP100).
pub struct NonCo2 {
    /// Black carbon emitted at or above 15 km.
    pub bc_strat: Cited,
    /// Black carbon in the troposphere (Bond et al. 2013).
    pub bc_trop: Cited,
    /// Alumina at or above 15 km.
    pub al2o3_strat: Cited,
    /// Water vapour at or above 15 km.
    pub h2o_strat: Cited,
}

/// Derived as (share of Ross & Sheaffer 2014's 16 ± 8 mW/m² present-day rocket RF) ÷ (Brown et al.
/// 2024's 2019 stratospheric emission of that species) ÷ AR5 AGWP100(CO2) = 9.17e-14 W m⁻² yr kg⁻¹,
/// treating the steady-state RF of a constant emission as the 100-year integral of one year's pulse
/// (lifetimes ≪ 100 yr). BC: 0.70 × 16 mW/m² ÷ 0.28 Gg/yr → 4.4e5 (Ryan et al. 2022's ~500× × Bond's
/// GWP 900 gives 4.5e5: consistent; only one of the two is used, never chained). Alumina: 0.28 × 16 ÷ 0.91
/// Gg → 5.4e4. H2O: 0.02 × 16 ÷ 6.38 Gg → 550. Low/high from ±8 mW/m².
pub static NON_CO2: NonCo2 = NonCo2 {
    bc_strat: Cited::range(218_000.0, 436_000.0, 654_000.0, "ross2014"),
    bc_trop: Cited::range(120.0, 900.0, 1_800.0, "bond2013"),
    al2o3_strat: Cited::range(27_000.0, 54_000.0, 81_000.0, "ross2014"),
    h2o_strat: Cited::range(274.0, 547.0, 821.0, "ross2014"),
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
    /// Space solar array, per m².
    pub array_per_m2: Cited,
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
    array_per_m2: Cited::range(500.0, 1_400.0, 1_400.0, "pv_rad_embodied"),
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
    let n = &NON_CO2;
    let r = &REENTRY;
    let m = &MANUFACTURING;
    let mut all = vec![
        n.bc_strat,
        n.bc_trop,
        n.al2o3_strat,
        n.h2o_strat,
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
        m.array_per_m2,
        m.battery_per_kwh,
        m.radiator_per_m2,
    ];
    all.extend(m.propellant);
    all.extend(ACCELERATOR_EMBODIED.iter().map(|(_, c)| *c));
    for (k, c) in all.iter().enumerate() {
        super::check_cited(&format!("emission/manufacturing factor #{k}"), c, errs);
    }
}
