//! Presets: each reproduces its published headline under the source's own assumptions
//! within its stated tolerance (or names the input the reproduction still lacks), and
//! under this model's physics is a balanced system whose mass adds up.

use orbital_footprint::data::presets::{preset, PRESETS};
use orbital_footprint::data::vehicles::vehicle;
use orbital_footprint::model::evaluate;
use orbital_footprint::model::inputs::text::{apply, preset_inputs};
use orbital_footprint::model::inputs::OrbitKind;
use orbital_footprint::model::launch::payload_to;
use orbital_footprint::model::outputs::{output, Outputs};
use orbital_footprint::model::presets::{row, source_inputs, table};
use orbital_footprint::model::Inputs;

fn run(id: &str) -> Outputs {
    let p = preset(id).unwrap_or_else(|| panic!("no preset {id}"));
    evaluate(&preset_inputs(p).unwrap_or_else(|e| panic!("{e}")))
}

fn within(x: f64, target: f64, tol: f64) -> bool {
    (x - target).abs() <= tol * target.abs()
}

#[test]
fn every_preset_applies_cleanly_and_cites_a_source() {
    for p in PRESETS {
        let mut i = Inputs::default();
        for (k, v) in p.settings.iter().chain(p.source_settings) {
            let r = apply(&mut i, k, v);
            assert!(matches!(r, Ok(None)), "{}: {k} = {v} gave {r:?}", p.id);
        }
        assert!(
            output(p.headline).is_some(),
            "{}: headline `{}`",
            p.id,
            p.headline
        );
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
fn every_preset_reproduces_its_headline_or_names_what_is_missing() {
    let mut reproduced = 0;
    for r in table() {
        let p = r.preset;
        if p.pending.is_empty() {
            assert!(
                r.reproduces(),
                "{}: reproduced {} vs published {} (tolerance {})",
                p.id,
                r.reproduced,
                r.published,
                p.tolerance
            );
            reproduced += 1;
        } else {
            // A pending preset names the missing input or the construction it rests on.
            assert!(p.pending.len() > 40, "{}: pending note too thin", p.id);
        }
        assert!(
            r.reproduced.is_finite() && r.physics.is_finite(),
            "{}",
            p.id
        );
    }
    assert!(
        reproduced >= 12,
        "only {reproduced} presets reproduce their headline"
    );
}

#[test]
fn every_preset_is_balanced_and_its_mass_adds_up() {
    for p in PRESETS {
        for (what, i) in [
            ("physics", preset_inputs(p).unwrap()),
            ("source", source_inputs(p).unwrap()),
        ] {
            let o = evaluate(&i);
            let b = &o.mass.breakdown;
            let parts = [
                b.compute,
                b.array,
                b.battery,
                b.radiator,
                b.structure,
                b.shielding,
                b.propellant,
            ];
            let sum: f64 = parts.iter().map(|m| m.get()).sum();
            assert!(
                (sum - o.mass.total.get()).abs() <= 1e-9 * o.mass.total.get(),
                "{} ({what}): parts {sum} vs total {}",
                p.id,
                o.mass.total.get()
            );
            // The array powers the workload at end of life (every preset either sizes
            // its array to the workload or sizes the workload to its published array).
            assert!(
                o.power.workload_fraction_eol >= 1.0 - 1e-9,
                "{} ({what}): workload powered {} at end of life",
                p.id,
                o.power.workload_fraction_eol
            );
        }
    }
}

#[test]
fn readme_carries_the_preset_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let t = orbital_footprint::share::presets::markdown(&table());
    for line in t.lines() {
        assert!(
            readme.contains(line),
            "README's preset table lacks or differs on:\n{line}\n\nThe whole table, to paste into README.md:\n{t}"
        );
    }
}

#[test]
fn starcloud40_energy_cost_at_four_cents() {
    // Published: terrestrial energy 140 M USD = 40 MW × 87,660 h × 0.04 USD/kWh (WP, S).
    // Reproduced exactly per kWh: the Earth side buys its own IT energy at 0.04 USD/kWh, PUE 1.
    // (It delivers the orbit's useful compute, not a full 40 MW for 10 years: the WP's 140 M
    // assumes the orbit delivers all of it.)
    let out = run("starcloud40");
    assert!(within(
        out.earth.energy_cost.get() / out.earth.it_kwh,
        0.04,
        1e-9
    ));
    let full_load = 0.04 * out.basis.it_power.get() / 1e3 * 87_660.0;
    assert!(within(full_load, 140e6, 0.05), "{full_load}");
    // The white paper's launch line: ~100 t at 50 USD/kg (the reproduction's 2.5 kg/kW).
    let r = row(preset("starcloud40").unwrap());
    assert!(within(r.reproduced, 5.0, 0.02));
}

#[test]
fn suncatcher_reproduction_counts_81_satellites_of_575_kg() {
    let o = evaluate(&source_inputs(preset("suncatcher").unwrap()).unwrap());
    assert_eq!(o.mass.satellites, 81.0);
    assert!(within(o.mass.total.get(), 81.0 * 575.0, 1e-9));
    // Suncatcher's formula: 200 USD/kg × 575 kg ÷ (28 kW × 5 yr) = 821 (the published 810
    // is its rounding); the array here gives 3 % more than the 28 kW it is sized for.
    let p = o.economics.launched_power_usd_per_kw_yr;
    assert!(
        within(p * o.basis.array_power_bol.get() / 2.268e6, 821.4, 0.001),
        "{p}"
    );
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
    // Published: 12 satellites × 744 TOPS (S); one computer per satellite.
    let out = run("threebody");
    assert_eq!(out.basis.accelerators, 12.0);
    assert_eq!(out.mass.satellites, 12.0);
}

#[test]
fn ohs_dirty_bits_falcon9() {
    // Published: 20.8 kgCO2e/kg launched; 178.8 with re-entry (Ohs et al. 2025, S).
    // Launch: (233.7 + 423.0/20 + 108.5)/17.5 = 20.76, within 1 %.
    let out = run("ohs");
    assert!(within(out.footprint.ohs_launch_kg_per_kg, 20.8, 0.01));
    // The Ohs comparator on Earth is solar + battery at 34 g/kWh.
    assert_eq!(out.earth.intensity_g_per_kwh, 34.0);
}

#[test]
fn iea_demand() {
    // Published: 415 TWh (2024), ~945 TWh (2030) (IEA, S).
    let out = run("iea");
    let moved = out.scale.moved_it_twh * out.earth.pue;
    assert!(within(moved, 415.0, 1e-9));
}

#[test]
fn nuclear_ppa() {
    // Published: nuclear lifecycle 12 gCO2e/kWh (IPCC AR5, S). Per kWh of its own IT energy the
    // Earth side is 12 × PUE plus building and hardware.
    let out = run("nuclear");
    let e = &out.earth;
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
