//! Solar-cell technologies for arrays: efficiency, temperature coefficient,
//! degradation, array-level areal mass, price and embodied carbon, each cited.

use super::{check_cited, Cited};

/// One cell technology, at array level where the quantity is an array property.
#[derive(Clone, Copy, Debug)]
pub struct CellTech {
    /// Stable id (scenario files, URLs).
    pub id: &'static str,
    pub label: &'static str,
    /// Beginning-of-life efficiency at AM0, 28 °C (fraction).
    pub efficiency_bol: Cited,
    /// Relative change of maximum power per kelvin above 28 °C (negative, 1/K).
    pub temp_coeff_per_k: Cited,
    /// Power lost per year at the reference dose of 150 rad(Si)/yr (fraction/yr).
    pub degradation_per_year: Cited,
    /// Array-level areal mass: cells, blanket or panel, harness, deployment (kg/m²).
    pub areal_mass_kg_m2: Cited,
    /// Price per watt at beginning of life (USD/W).
    pub usd_per_w: Cited,
    /// Embodied carbon per square metre of array (kgCO2e/m²).
    pub embodied_kgco2e_m2: Cited,
}

/// The catalogue; index = registry option index.
pub static CELLS: &[CellTech] = &[
    CellTech {
        id: "tj",
        label: "Space triple-junction GaInP/GaAs/Ge",
        efficiency_bol: Cited::range(0.28, 0.298, 0.311, "fetzer_xtj"),
        temp_coeff_per_k: Cited::range(-0.0025, -0.0022, -0.0018, "assume.cell_tempco"),
        degradation_per_year: Cited::range(0.01, 0.015, 0.02, "ochoa2017"),
        areal_mass_kg_m2: Cited::one(2.98, "irosa"),
        usd_per_w: Cited::range(100.0, 200.0, 300.0, "assume.cell_cost_tj"),
        embodied_kgco2e_m2: Cited::range(500.0, 1_400.0, 2_800.0, "space_pv_embodied"),
    },
    CellTech {
        id: "si",
        label: "Space silicon",
        efficiency_bol: Cited::range(0.142, 0.18, 0.22, "assume.cell_si"),
        temp_coeff_per_k: Cited::range(-0.0045, -0.0042, -0.0038, "assume.cell_tempco"),
        degradation_per_year: Cited::one(0.02, "iss_saw"),
        areal_mass_kg_m2: Cited::one(2.6, "iss_saw"),
        usd_per_w: Cited::range(20.0, 50.0, 100.0, "assume.cell_si"),
        embodied_kgco2e_m2: Cited::range(50.0, 100.0, 300.0, "frischknecht2020"),
    },
    CellTech {
        id: "tfsi",
        label: "Thin-film silicon (Starcloud)",
        efficiency_bol: Cited::one(0.22, "starcloud_wp"),
        temp_coeff_per_k: Cited::range(-0.0045, -0.0042, -0.0038, "assume.cell_tempco"),
        degradation_per_year: Cited::range(0.005, 0.01, 0.02, "assume.cell_tfsi"),
        areal_mass_kg_m2: Cited::range(0.30, 1.0, 2.0, "assume.cell_tfsi"),
        usd_per_w: Cited::one(0.03, "starcloud_wp"),
        embodied_kgco2e_m2: Cited::range(50.0, 100.0, 200.0, "frischknecht2020"),
    },
    CellTech {
        id: "pvk",
        label: "Perovskite (ASCEND baseline)",
        efficiency_bol: Cited::range(0.15, 0.20, 0.25, "assume.cell_pvk"),
        temp_coeff_per_k: Cited::range(-0.002, -0.0015, -0.001, "assume.cell_pvk"),
        degradation_per_year: Cited::range(0.01, 0.03, 0.10, "assume.cell_pvk"),
        areal_mass_kg_m2: Cited::range(0.3, 0.5, 1.0, "assume.cell_pvk"),
        usd_per_w: Cited::range(0.05, 0.3, 1.0, "assume.cell_pvk"),
        embodied_kgco2e_m2: Cited::range(20.0, 50.0, 100.0, "assume.cell_pvk"),
    },
];

/// The cell at registry index `n` (the first one when out of range).
pub fn cell(n: usize) -> &'static CellTech {
    CELLS.get(n).unwrap_or(&CELLS[0])
}

/// The cell of this id (the first one when unknown).
pub fn cell_by_id(id: &str) -> &'static CellTech {
    CELLS.iter().find(|c| c.id == id).unwrap_or(&CELLS[0])
}

/// Registry option `n` as (id, label).
pub fn cell_option(n: usize) -> Option<(&'static str, &'static str)> {
    CELLS.get(n).map(|c| (c.id, c.label))
}

/// Every cited value of the catalogue is finite, ordered and resolves.
pub fn validate(errs: &mut Vec<String>) {
    for c in CELLS {
        for (what, v) in [
            ("efficiency_bol", &c.efficiency_bol),
            ("temp_coeff_per_k", &c.temp_coeff_per_k),
            ("degradation_per_year", &c.degradation_per_year),
            ("areal_mass_kg_m2", &c.areal_mass_kg_m2),
            ("usd_per_w", &c.usd_per_w),
            ("embodied_kgco2e_m2", &c.embodied_kgco2e_m2),
        ] {
            check_cited(&format!("cell {}.{what}", c.id), v, errs);
        }
    }
}
