//! Presets: each reproduces its published figure within a stated tolerance, or the test
//! documents the difference and its reason.

use orbital_footprint::data::presets::{preset, PRESETS};
use orbital_footprint::data::vehicles::vehicle;
use orbital_footprint::model::evaluate;
use orbital_footprint::model::inputs::text::preset_inputs;
use orbital_footprint::model::inputs::OrbitKind;
use orbital_footprint::model::launch::payload_to;
use orbital_footprint::model::outputs::Outputs;

fn run(id: &str) -> Outputs {
    let p = preset(id).unwrap_or_else(|| panic!("no preset {id}"));
    evaluate(&preset_inputs(p).unwrap_or_else(|e| panic!("{e}")))
}

fn within(x: f64, target: f64, tol: f64) -> bool {
    (x - target).abs() <= tol * target.abs()
}

#[test]
fn every_preset_applies_and_cites_a_source() {
    for p in PRESETS {
        let out = run(p.id);
        assert!(out.verdicts.orbit_g_per_kwh.get().is_finite(), "{}", p.id);
        let id = p
            .published
            .rsplit('[')
            .next()
            .unwrap()
            .split([',', ' ', ']'])
            .next()
            .unwrap();
        assert!(
            orbital_footprint::data::source(id).is_some(),
            "{}: source `{id}`",
            p.id
        );
    }
}

#[test]
fn starcloud1_is_one_h100_at_325_km() {
    // Published: 60 kg, 1 × H100, 325 km (CNBC, S). the model's mass budget for one H100 with a
    // 4 m² array comes to ~78 kg (+30 %): its structure fraction and shielding are generic,
    // not the Corvus-Micro bus. Tolerance 50 % on mass.
    let out = run("starcloud1");
    assert_eq!(out.basis.accelerators, 1.0);
    assert!((out.eclipses.altitude.km() - 325.0).abs() < 1e-9);
    assert!(
        within(out.basis.mass.total().get(), 60.0, 0.5),
        "{}",
        out.basis.mass.total().get()
    );
    // A 60-odd kg rideshare is a small share of one Falcon 9.
    assert!(out.launch.launches < 0.01);
}

#[test]
fn starcloud40_energy_cost_at_four_cents() {
    // Published: terrestrial energy 140 M USD = 40 MW × 87,660 h × 0.04 USD/kWh (WP, S).
    // Reproduced exactly per kWh: the Earth side buys its own IT energy at 0.04 USD/kWh, PUE 1.
    // (It delivers the orbit's useful compute, not a full 40 MW for 10 years: the WP's 140 M
    // assumes the orbit delivers all of it.)
    let out = run("starcloud40");
    let l = &out;
    assert!(within(
        l.earth.energy_cost.get() / l.earth.it_kwh,
        0.04,
        1e-9
    ));
    let full_load = 0.04 * out.basis.it_power.get() / 1e3 * 87_660.0;
    assert!(within(full_load, 140e6, 0.05), "{full_load}");
    // Not reproduced: the WP's 5 M USD launch line (one ~100 t launch at ~50 USD/kg). the model's
    // mass budget for 40 MW (radiators at the model's areal density, 10 mm shielding, structure)
    // is ~2,800 t, ~28× the WP's ~100 t, so launch is ~140 M USD at the same 50 USD/kg.
    assert!(within(l.launch.usd_per_kg, 50.0, 1e-9));
    assert!(l.launch.cost.get() > 5e6);
}

#[test]
fn starcloud5gw_array_power() {
    // Published: ≈4.3 GW from 16 km² × 0.9 × 0.22 × 1,366 W/m² (WP, S, derived). the model's
    // array at the 14.4 km² of cells gives ~3.4 GW at beginning of life: it applies packing,
    // pointing and cell temperature. Tolerance 25 %.
    let out = run("starcloud5gw");
    assert!(
        within(out.basis.array_power_bol.get(), 4.3e9, 0.25),
        "{}",
        out.basis.array_power_bol.get()
    );
}

#[test]
fn suncatcher_launched_power_price() {
    // Published: 810 USD/kW/yr at 200 USD/kg for 575 kg / 28 kW / 5 yr (20.5 kg/kW; §2.4, S).
    // The formula is checked exactly in the unit tests; here the specific mass is the model's
    // (~26 kg/kW of array power for the default TPU cluster), so the price is ~30 % higher.
    // Tolerance 35 %.
    let out = run("suncatcher");
    let p = out.economics.launched_power_usd_per_kw_yr;
    assert!(within(p, 810.0, 0.35), "{p}");
    let kg_per_kw = out.basis.mass.total().get() / (out.basis.array_power_bol.get() / 1e3);
    assert!(within(p, 200.0 * kg_per_kw / 5.0, 1e-9));
}

#[test]
fn ascend_needs_a_much_cleaner_launcher() {
    // Published: a net benefit needs a launcher ~10× less emissive over its life cycle (TAS, P).
    // Reproduced qualitatively (CO2 only, Ariane 64, EU grid): orbit emits more, and the launch
    // footprint must fall by well over 10× to tie (the ratio depends on the model's mass budget).
    let out = run("ascend");
    assert!(out.verdicts.ratio > 1.0);
    assert!(out.footprint.launch_kg_per_kg > 10.0 * out.verdicts.breakeven_launch_kg_per_kg.get());
}

#[test]
fn starlink_v3_specific_power() {
    // Published: ≈100 kW per tonne (10 kg/kW; Musk, W). the model's budget for B200s gives
    // ~55 kg per kW of array power: radiators and shielding that the claim does not detail.
    // Documented, not reproduced: asserted only within 10×.
    let out = run("starlinkv3");
    let kw_per_t = (out.basis.array_power_bol.get() / 1e3) / (out.basis.mass.total().get() / 1e3);
    assert!(kw_per_t > 10.0 && kw_per_t < 100.0, "{kw_per_t}");
}

#[test]
fn new_glenn_payload() {
    // Published: 44.9 t to LEO (ORACLE, P); at the reference orbit the Δv scaling returns it.
    let ng = vehicle("ng").unwrap();
    let (m, _) = payload_to(ng, OrbitKind::Inclined, 200.0, 28.5);
    assert!(within(m, 44_900.0, 1e-9));
    let out = run("blueorigin");
    assert!(out.launch.payload.get() < 44_900.0 && out.launch.payload.get() > 30_000.0);
}

#[test]
fn three_body_first_batch() {
    // Published: 12 satellites × up to 744 TOPS (S). The catalogue has no 744-TOPS part; the preset
    // stands in 12 CPU servers, so only the count is reproduced.
    let out = run("threebody");
    assert_eq!(out.basis.accelerators, 12.0);
}

#[test]
fn ohs_dirty_bits_falcon9() {
    // Published: 20.8 kgCO2e/kg launched; 178.8 with re-entry (Ohs et al. 2025, S).
    // Launch: (233.7 + 423.0/20 + 108.5)/17.5 = 20.76, within 1 %. With re-entry we get 166.5
    // (−7 %): 119.2 per kg of satellite plus the 3.9 t second stage per 17.5 t; Ohs's 158 implies
    // 5.7 t of re-entering launcher hardware (fairing included). Tolerance 8 %.
    let out = run("ohs");
    assert!(within(out.footprint.ohs_launch_kg_per_kg, 20.8, 0.01));
    assert!(within(out.footprint.ohs_total_kg_per_kg, 178.8, 0.08));
    // The Ohs comparator on Earth is solar + battery at 34 g/kWh.
    assert_eq!(out.earth.intensity_g_per_kwh, 34.0);
}

#[test]
fn iea_demand() {
    // Published: 415 TWh (2024), ~945 TWh (2030) (IEA, S).
    let out = run("iea");
    assert_eq!(out.scale.demand_twh, 415.0);
    let moved = out.scale.moved_it_twh * out.earth.pue;
    assert!(within(moved, 415.0, 1e-9));
}

#[test]
fn nuclear_ppa() {
    // Published: nuclear lifecycle 12 gCO2e/kWh (IPCC AR5, S). Per kWh of its own IT energy the
    // Earth side is 12 × PUE plus building and hardware.
    let out = run("nuclear");
    let e = &out.earth;
    assert_eq!(e.intensity_g_per_kwh, 12.0);
    assert!(within(
        e.operational.get() / e.it_kwh * 1e3,
        12.0 * e.pue,
        1e-9
    ));
}

#[test]
fn natick_uses_no_water() {
    // Published: no water use; failures one-eighth of land (Microsoft, P; BBC, S).
    let out = run("natick");
    assert_eq!(out.verdicts.water_avoided_l.get(), 0.0);
    assert_eq!(out.earth.failure_factor, 0.125);
}

#[test]
fn every_preset_headline_is_an_output_key() {
    for p in orbital_footprint::data::presets::PRESETS {
        assert!(
            orbital_footprint::model::outputs::output(p.headline).is_some(),
            "{}: headline `{}` is not an output key",
            p.id,
            p.headline
        );
    }
}

#[test]
fn every_preset_setting_applies_cleanly() {
    for p in orbital_footprint::data::presets::PRESETS {
        let mut i = orbital_footprint::model::Inputs::default();
        for (k, v) in p.settings {
            let r = orbital_footprint::model::inputs::text::apply(&mut i, k, v);
            assert!(matches!(r, Ok(None)), "{}: {k} = {v} gave {r:?}", p.id);
        }
    }
}
