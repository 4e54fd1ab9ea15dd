//! Presets, one per real system: a set of input values (dotted keys, as `--set` takes
//! them) and the published figure the preset reproduces, with its source id. Each has a
//! native test (`tests/it/presets.rs`) asserting the figure within a stated tolerance,
//! or documenting the difference and its reason.

/// One preset.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    /// The figure it reproduces, with the source id in brackets.
    pub published: &'static str,
    /// Output key of the model's figure to set beside `published`.
    pub headline: &'static str,
    /// Input values: (dotted key, value text).
    pub settings: &'static [(&'static str, &'static str)],
}

/// Every preset.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "starcloud1",
        name: "Starcloud-1",
        description: "60 kg demonstrator with one NVIDIA H100 at 325 km, launched as a Falcon 9 rideshare (Nov 2025)",
        published: "60 kg satellite, 1 × H100, 325 km circular [starcloud1 via CNBC, S]",
        headline: "mass.total_t",
        settings: &[
            ("orbit.kind", "leo"),
            ("orbit.altitude_km", "325"),
            ("orbit.inclination_deg", "53"),
            ("workload.accelerator", "h100"),
            ("workload.accelerators", "1"),
            ("workload.mission_years", "1"),
            ("array.area_m2", "4"),
            ("launch.vehicle", "f9"),
            ("launch.allocation", "share"),
        ],
    },
    Preset {
        id: "starcloud40",
        name: "Starcloud 40 MW (white paper)",
        description: "40 MW cluster for 10 years in a dawn-dusk SSO, one ~100 t launch at ~50 USD/kg, vs a terrestrial site at 0.04 USD/kWh",
        published: "10-yr cost: space 8.2 M USD (launch 5 M) vs terrestrial 167 M USD (energy 140 M at 0.04 USD/kWh) [starcloud_wp, S]",
        headline: "launch.cost_musd",
        settings: &[
            ("orbit.kind", "sso"),
            ("orbit.altitude_km", "650"),
            ("workload.mission_years", "10"),
            ("launch.vehicle", "starship"),
            ("launch.price_usd_per_kg", "50"),
            ("earth.price_usd_per_kwh", "0.04"),
            ("earth.pue", "1.0"),
        ],
    },
    Preset {
        id: "starcloud5gw",
        name: "Starcloud 5 GW concept",
        description: "4 km × 4 km solar and radiator array (90 % fill) in a dawn-dusk SSO",
        published: "≈4.3 GW from 16 km² × 0.9 × 0.22 × 1,366 W/m² [starcloud_wp, S; derived]",
        headline: "array.power_bol_mw",
        settings: &[
            ("orbit.kind", "sso"),
            ("orbit.altitude_km", "650"),
            ("array.area_m2", "14400000"),
            ("array.cell", "tfsi"),
            ("launch.vehicle", "starship"),
        ],
    },
    Preset {
        id: "suncatcher",
        name: "Google Project Suncatcher",
        description: "81-satellite TPU cluster, 650 km dawn-dusk SSO, launch at 200 USD/kg (mid-2030s)",
        published: "launched power price 810 USD/kW/yr at 200 USD/kg for a 575 kg / 28 kW / 5-yr Starlink V2-mini reference [suncatcher §2.4, S]",
        headline: "econ.launched_power_usd_per_kw_yr",
        settings: &[
            ("orbit.kind", "sso"),
            ("orbit.altitude_km", "650"),
            ("orbit.ltan_h", "6"),
            ("workload.accelerator", "tpu"),
            ("workload.mission_years", "5"),
            ("launch.vehicle", "starship"),
            ("launch.price_usd_per_kg", "200"),
        ],
    },
    Preset {
        id: "ascend",
        name: "ASCEND (Thales Alenia Space)",
        description: "European study: orbital data centres launched on Ariane 64, compared with the EU grid",
        published: "net carbon benefit only with a launcher ~10× less emissive over its life cycle [ascend, P]",
        headline: "verdict.breakeven_launch_kg_per_kg",
        settings: &[
            ("orbit.kind", "sso"),
            ("orbit.altitude_km", "700"),
            ("launch.vehicle", "a64"),
            ("earth.alternative", "eu"),
            ("emissions.accounting", "co2"),
        ],
    },
    Preset {
        id: "starlinkv3",
        name: "SpaceX Starlink V3 compute",
        description: "Scaled-up Starlink V3 satellites on Starship: ~100 kW per tonne, '100 GW per year'",
        published: "≈100 kW per tonne (10 kg/kW); 1 Mt/yr → 100 GW/yr [musk2026, W]",
        headline: "mass.kg_per_kw_it",
        settings: &[
            ("orbit.kind", "leo"),
            ("orbit.altitude_km", "550"),
            ("orbit.inclination_deg", "53"),
            ("workload.accelerator", "b200"),
            ("launch.vehicle", "starship"),
        ],
    },
    Preset {
        id: "blueorigin",
        name: "Blue Origin (New Glenn)",
        description: "An orbital data centre launched on New Glenn (45 t to LEO, reusable methane booster)",
        published: "New Glenn 44.9 t to LEO [oracle, P]",
        headline: "launch.payload_kg",
        settings: &[
            ("orbit.kind", "leo"),
            ("orbit.altitude_km", "550"),
            ("orbit.inclination_deg", "53"),
            ("launch.vehicle", "ng"),
        ],
    },
    Preset {
        id: "threebody",
        name: "Three-Body Computing Constellation (first batch)",
        description: "ADA Space / Zhejiang Lab: 12 satellites, ~744 TOPS each, ~5 POPS in total, launched on Long March 2D (LM-5B used here)",
        published: "12 satellites × 744 TOPS ≈ 5 POPS (8.9 [derived]; ~5 POPS as reported) [threebody, S]",
        headline: "workload.peak_pflops",
        settings: &[
            ("orbit.kind", "sso"),
            ("orbit.altitude_km", "500"),
            ("workload.accelerator", "cpu"),
            ("workload.accelerators", "12"),
            ("launch.vehicle", "lm5"),
        ],
    },
    Preset {
        id: "ohs",
        name: "Ohs et al. 2025, \"Dirty Bits\"",
        description: "Falcon 9 launch, Ohs et al.'s accounting (their per-launch figures, re-entry NOx × 298)",
        published: "Falcon 9 ≈ 20.8 kgCO2e per kg launched; ≈ 178.8 with re-entry [ohs2025, S]",
        headline: "emissions.ohs_total_kg_per_kg",
        settings: &[("launch.vehicle", "f9"), ("emissions.accounting", "ohs"), ("earth.alternative", "solar")],
    },
    Preset {
        id: "iea",
        name: "IEA global demand",
        description: "All global data-centre electricity (IEA Energy and AI): 415 TWh in 2024, ~945 TWh in 2030",
        published: "415 TWh (2024), ~945 TWh (2030) [iea_energy_ai, S]",
        headline: "scale.launches_per_year",
        settings: &[("scale.share_pct", "100"), ("scale.year", "2024")],
    },
    Preset {
        id: "nuclear",
        name: "Nuclear PPA (Crane / TMI-1)",
        description: "An Earth data centre on a nuclear PPA like Microsoft–Constellation's Crane restart, 835 MW",
        published: "835 MW PPA [crane_tmi, S]; nuclear lifecycle 12 gCO2e/kWh [ipcc_ar5_lca, S]",
        headline: "emissions.earth_g_per_kwh",
        settings: &[("earth.alternative", "nuclear")],
    },
    Preset {
        id: "natick",
        name: "Microsoft Project Natick (underwater)",
        description: "Sealed underwater vessel off Orkney: sea cooling, no water use, one-eighth the land failure rate",
        published: "no water use; failure rate 1/8 of land [natick2020, P]",
        headline: "verdict.water_avoided_ml",
        settings: &[("earth.alternative", "natick")],
    },
];

/// Preset by id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}
