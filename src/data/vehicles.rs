//! Launch vehicle catalogue: payload, stages (propellant by type, dry mass, material
//! mix, reuse, burn altitudes), list price.
//!
//! Propellant totals follow ORACLE (Kukreja et al. 2025, `rocket_data.csv`) after
//! re-classifying the propellants the CSV mislabels (Starship, New Glenn and Vulcan
//! first stages burn methane; Ariane 64 carries four P120C solids). Per-stage splits
//! of ORACLE's totals come from the vehicles' public descriptions (`wiki_launchers`)
//! or, where none is published, from a labelled assumption (`assume.stage_split`).

use super::Cited;

/// Propellant family, selecting a row of the Barker et al. 2024 emission indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Propellant {
    Kerosene,
    Methane,
    Hydrogen,
    Solid,
    Hypergolic,
}

impl Propellant {
    /// All families, in the order of [`Propellant::index`].
    pub const ALL: [Propellant; 5] = [
        Propellant::Kerosene,
        Propellant::Methane,
        Propellant::Hydrogen,
        Propellant::Solid,
        Propellant::Hypergolic,
    ];
    /// Row index in the per-propellant tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How propellant is spent with altitude during a stage's burn (`assume.burn_profile`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// Lift-off stage: constant burn rate, altitude rising as t² (h = h1·u², u = t/T),
    /// so ~46 % of a 0–70 km burn is spent below 15 km (Falcon 9 max-Q ≈ 12 km at ~40 % of the burn).
    FromGround,
    /// Upper stage: altitude rising linearly with time between h0 and h1.
    Linear,
}

/// Fractions of stage dry mass by material (sum to 1), for the ORACLE material factors.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Materials {
    pub steel: f64,
    pub aluminium: f64,
    pub electronics: f64,
    /// Carbon-fibre composite (Electron, P120C cases).
    pub composite: f64,
}

const fn mix(steel: f64, aluminium: f64, electronics: f64, composite: f64) -> Materials {
    Materials {
        steel,
        aluminium,
        electronics,
        composite,
    }
}

/// One stage type of a vehicle (identical units counted by `count`).
#[derive(Clone, Copy, Debug)]
pub struct Stage {
    pub name: &'static str,
    /// Identical units per launch (e.g. 4 P120C boosters).
    pub count: f64,
    pub propellant: Propellant,
    /// Propellant (fuel + oxidiser) per unit, kg.
    pub propellant_kg: f64,
    /// Dry mass per unit, kg.
    pub dry_kg: f64,
    pub materials: Materials,
    /// Flights per unit (1 = expended).
    pub flights: f64,
    /// Burn start and end altitude, km (`assume.burn_profile`).
    pub burn_km: (f64, f64),
    pub profile: Profile,
    /// True when the expended unit re-enters and ablates (upper stages, LM-5B core);
    /// false for recovered stages and for lower stages that fall back intact-ish into the sea
    /// (Barker's ablation degree 0.3 for lower stages is ignored: they fall within minutes, mostly below 70 km).
    pub reenters: bool,
    /// Vacuum specific impulse, s (the last stage's sets the Δv scaling of payload).
    pub isp_vac_s: f64,
    /// Source of the stage masses.
    pub source: &'static str,
}

/// A published payload to a reference orbit.
#[derive(Clone, Copy, Debug)]
pub struct PayloadRef {
    /// Payload, tonnes.
    pub t: Cited,
    pub altitude_km: f64,
    pub inclination_deg: f64,
}

/// A launch vehicle.
#[derive(Clone, Copy, Debug)]
pub struct Vehicle {
    pub id: &'static str,
    pub name: &'static str,
    pub note: &'static str,
    pub stages: &'static [Stage],
    pub leo: PayloadRef,
    /// Published sun-synchronous payload, when one is published.
    pub sso: Option<PayloadRef>,
    /// Price per launch, M USD.
    pub price_musd: Cited,
    /// Ohs et al. 2025's own per-launch figure (fuel + amortised production), tCO2e, and their payload, t;
    /// used only under the Ohs accounting.
    pub ohs_launch: Option<(Cited, f64)>,
}

impl Vehicle {
    /// The last stage (sets the Δv scaling of payload).
    pub fn upper(&self) -> &Stage {
        &self.stages[self.stages.len() - 1]
    }
}

const AL_LI: Materials = mix(0.15, 0.80, 0.05, 0.0);
const STEEL: Materials = mix(0.90, 0.05, 0.05, 0.0);
const COMPOSITE: Materials = mix(0.10, 0.10, 0.05, 0.75);

#[allow(clippy::too_many_arguments)]
const fn st(
    name: &'static str,
    count: f64,
    propellant: Propellant,
    propellant_kg: f64,
    dry_kg: f64,
    materials: Materials,
    flights: f64,
    burn_km: (f64, f64),
    reenters: bool,
    isp_vac_s: f64,
    source: &'static str,
) -> Stage {
    let profile = if burn_km.0 <= 0.0 {
        Profile::FromGround
    } else {
        Profile::Linear
    };
    Stage {
        name,
        count,
        propellant,
        propellant_kg,
        dry_kg,
        materials,
        flights,
        burn_km,
        profile,
        reenters,
        isp_vac_s,
        source,
    }
}

use Propellant::*;

const F9_S2: Stage = st(
    "Falcon 9 second stage",
    1.0,
    Kerosene,
    92_670.0,
    3_900.0,
    AL_LI,
    1.0,
    (70.0, 200.0),
    true,
    348.0,
    "wiki_launchers",
);

/// The catalogue. Index = option index of `launch.vehicle`.
pub static VEHICLES: &[Vehicle] = &[
    Vehicle {
        id: "f9",
        name: "Falcon 9 (booster reused)",
        note: "Block 5, first stage recovered; 20 flights per booster as in Ohs et al. 2025",
        stages: &[
            st("Falcon 9 first stage", 1.0, Kerosene, 395_700.0, 25_600.0, AL_LI, 20.0, (0.0, 70.0), false, 311.0, "wiki_launchers"),
            F9_S2,
        ],
        leo: PayloadRef { t: Cited::one(17.5, "ohs2025"), altitude_km: 200.0, inclination_deg: 28.5 },
        sso: None,
        price_musd: Cited::range(62.0, 67.0, 70.0, "launch_prices"),
        ohs_launch: Some((Cited::one(233.7 + 423.0 / 20.0 + 108.5, "ohs2025"), 17.5)),
    },
    Vehicle {
        id: "f9x",
        name: "Falcon 9 (expendable)",
        note: "Block 5, first stage expended",
        stages: &[
            st("Falcon 9 first stage", 1.0, Kerosene, 395_700.0, 25_600.0, AL_LI, 1.0, (0.0, 70.0), false, 311.0, "wiki_launchers"),
            F9_S2,
        ],
        leo: PayloadRef { t: Cited::one(22.8, "oracle"), altitude_km: 200.0, inclination_deg: 28.5 },
        sso: None,
        price_musd: Cited::range(62.0, 67.0, 70.0, "launch_prices"),
        ohs_launch: None,
    },
    Vehicle {
        id: "fh",
        name: "Falcon Heavy (side boosters reused)",
        note: "side boosters recovered, centre core expended; ORACLE totals split equally over the three cores",
        stages: &[
            st("Falcon Heavy side booster", 2.0, Kerosene, 434_777.0, 22_800.0, AL_LI, 20.0, (0.0, 60.0), false, 311.0, "oracle"),
            st("Falcon Heavy centre core", 1.0, Kerosene, 434_777.0, 22_800.0, AL_LI, 1.0, (0.0, 90.0), false, 311.0, "oracle"),
            F9_S2,
        ],
        leo: PayloadRef { t: Cited::range(50.0, 57.0, 63.8, "wiki_launchers"), altitude_km: 200.0, inclination_deg: 28.5 },
        sso: None,
        price_musd: Cited::range(97.0, 97.0, 150.0, "launch_prices"),
        ohs_launch: None,
    },
    Vehicle {
        id: "starship",
        name: "Starship (announced targets)",
        note: "ANNOUNCED TARGETS, not flown performance: 100 t to LEO, booster 100 / ship 25 flights, price assumed at Suncatcher's 200 USD/kg",
        stages: &[
            st("Super Heavy", 1.0, Methane, 3_400_000.0, 267_000.0, STEEL, 100.0, (0.0, 70.0), false, 330.0, "assume.stage_split"),
            st("Starship upper stage", 1.0, Methane, 1_200_000.0, 133_000.0, STEEL, 25.0, (70.0, 200.0), false, 380.0, "assume.stage_split"),
        ],
        leo: PayloadRef { t: Cited::range(100.0, 100.0, 125.0, "ohs2025"), altitude_km: 200.0, inclination_deg: 28.5 },
        sso: None,
        price_musd: Cited::range(10.0, 20.0, 90.0, "assume.starship_price"),
        ohs_launch: Some((Cited::one(15.8 * 100.0, "ohs2025"), 100.0)),
    },
    Vehicle {
        id: "ng",
        name: "New Glenn",
        note: "methane first stage (re-classified from ORACLE's 'kerosene'), hydrogen upper stage; booster designed for 25 flights",
        stages: &[
            st("New Glenn GS1", 1.0, Methane, 1_150_000.0, 80_000.0, AL_LI, 25.0, (0.0, 80.0), false, 340.0, "oracle"),
            st("New Glenn GS2", 1.0, Hydrogen, 175_000.0, 20_000.0, AL_LI, 1.0, (80.0, 250.0), true, 445.0, "oracle"),
        ],
        leo: PayloadRef { t: Cited::one(44.9, "oracle"), altitude_km: 200.0, inclination_deg: 28.5 },
        sso: None,
        price_musd: Cited::range(68.0, 69.0, 70.0, "launch_prices"),
        ohs_launch: None,
    },
    Vehicle {
        id: "a64",
        name: "Ariane 64",
        note: "four P120C solids (re-classified from ORACLE's all-cryogenic), LLPM core, ULPM upper stage; not reusable",
        stages: &[
            st("P120C", 4.0, Solid, 142_000.0, 13_000.0, COMPOSITE, 1.0, (0.0, 60.0), false, 279.0, "wiki_launchers"),
            st("LLPM core", 1.0, Hydrogen, 140_000.0, 17_000.0, AL_LI, 1.0, (0.0, 180.0), false, 431.0, "assume.stage_split"),
            st("ULPM (Vinci)", 1.0, Hydrogen, 31_000.0, 7_856.0, AL_LI, 1.0, (180.0, 300.0), true, 457.0, "assume.stage_split"),
        ],
        leo: PayloadRef { t: Cited::range(18.6, 18.6, 21.6, "oracle"), altitude_km: 200.0, inclination_deg: 5.2 },
        sso: None,
        price_musd: Cited::range(80.0, 115.0, 125.0, "launch_prices"),
        ohs_launch: None,
    },
    Vehicle {
        id: "lm5",
        name: "Long March 5B",
        note: "four kerosene boosters (ORACLE's 142.8 t read as per booster) and a hydrogen core that reaches orbit and re-enters uncontrolled",
        stages: &[
            st("K3 booster", 4.0, Kerosene, 142_800.0, 12_000.0, AL_LI, 1.0, (0.0, 60.0), false, 335.0, "oracle"),
            st("Core stage", 1.0, Hydrogen, 165_300.0, 18_000.0, AL_LI, 1.0, (0.0, 200.0), true, 430.0, "oracle"),
        ],
        leo: PayloadRef { t: Cited::one(25.0, "oracle"), altitude_km: 200.0, inclination_deg: 41.0 },
        sso: None,
        price_musd: Cited::range(70.0, 100.0, 130.0, "assume.lm5_price"),
        ohs_launch: None,
    },
    Vehicle {
        id: "vulcan",
        name: "Vulcan Centaur",
        note: "methane first stage (re-classified from ORACLE's 'kerosene'), GEM 63XL solids, Centaur V hydrogen upper stage",
        stages: &[
            st("GEM 63XL solids", 1.0, Solid, 143_559.0, 10_107.0, COMPOSITE, 1.0, (0.0, 50.0), false, 280.0, "oracle"),
            st("Vulcan booster", 1.0, Methane, 455_000.0, 50_000.0, AL_LI, 1.0, (0.0, 80.0), false, 340.0, "oracle"),
            st("Centaur V", 1.0, Hydrogen, 120_000.0, 6_000.0, STEEL, 1.0, (80.0, 250.0), true, 453.0, "oracle"),
        ],
        leo: PayloadRef { t: Cited::one(19.0, "oracle"), altitude_km: 200.0, inclination_deg: 28.5 },
        sso: None,
        price_musd: Cited::range(100.0, 100.0, 110.0, "launch_prices"),
        ohs_launch: None,
    },
    Vehicle {
        id: "electron",
        name: "Electron",
        note: "small launcher; carbon-composite stages; expended",
        stages: &[
            st("Electron first stage", 1.0, Kerosene, 9_250.0, 950.0, COMPOSITE, 1.0, (0.0, 70.0), false, 311.0, "assume.stage_split"),
            st("Electron second stage", 1.0, Kerosene, 2_150.0, 250.0, COMPOSITE, 1.0, (70.0, 200.0), true, 343.0, "assume.stage_split"),
        ],
        leo: PayloadRef { t: Cited::one(0.3, "rocketlab"), altitude_km: 200.0, inclination_deg: 39.0 },
        sso: Some(PayloadRef { t: Cited::one(0.2, "rocketlab"), altitude_km: 500.0, inclination_deg: 97.4 }),
        price_musd: Cited::range(7.0, 7.5, 8.5, "launch_prices"),
        ohs_launch: None,
    },
];

/// Vehicle by id.
pub fn vehicle(id: &str) -> Option<&'static Vehicle> {
    VEHICLES.iter().find(|v| v.id == id)
}

/// Option `n` of the `launch.vehicle` choice.
pub fn vehicle_option(n: usize) -> Option<(&'static str, &'static str)> {
    VEHICLES.get(n).map(|v| (v.id, v.name))
}

/// Catalogue checks: finite positive masses, materials sum to 1, sources resolve.
pub fn validate(errs: &mut Vec<String>) {
    for v in VEHICLES {
        if v.stages.is_empty() {
            errs.push(format!("vehicle {}: no stages", v.id));
        }
        super::check_cited(v.id, &v.leo.t, errs);
        super::check_cited(v.id, &v.price_musd, errs);
        if let Some(s) = v.sso {
            super::check_cited(v.id, &s.t, errs);
        }
        if let Some((c, _)) = v.ohs_launch {
            super::check_cited(v.id, &c, errs);
        }
        for s in v.stages {
            let m = s.materials;
            if ((m.steel + m.aluminium + m.electronics + m.composite) - 1.0).abs() > 1e-9 {
                errs.push(format!(
                    "{} / {}: material fractions do not sum to 1",
                    v.id, s.name
                ));
            }
            if !(s.propellant_kg > 0.0
                && s.dry_kg > 0.0
                && s.count >= 1.0
                && s.flights >= 1.0
                && s.isp_vac_s > 0.0)
            {
                errs.push(format!(
                    "{} / {}: masses, count, flights, Isp must be positive",
                    v.id, s.name
                ));
            }
            if s.burn_km.1 <= s.burn_km.0 || s.burn_km.1.is_nan() {
                errs.push(format!(
                    "{} / {}: burn altitudes not increasing",
                    v.id, s.name
                ));
            }
            if super::source(s.source).is_none() {
                errs.push(format!(
                    "{} / {}: source `{}` does not resolve",
                    v.id, s.name, s.source
                ));
            }
        }
    }
}
