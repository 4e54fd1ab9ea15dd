//! The lifecycle side on Model I's real output, through `evaluate`.

use orbital_footprint::data::grids::ALTERNATIVES;
use orbital_footprint::data::vehicles::VEHICLES;
use orbital_footprint::model::lifecycle::Accounting;
use orbital_footprint::model::outputs::outputs;
use orbital_footprint::model::{evaluate, Inputs};

#[test]
fn every_vehicle_and_alternative_evaluates_finite() {
    for (v, veh) in VEHICLES.iter().enumerate() {
        for (a, alt) in ALTERNATIVES.iter().enumerate() {
            let mut i = Inputs::default();
            i.life.launch.vehicle = v;
            i.life.earth.alternative = a;
            let out = evaluate(&i);
            for o in outputs() {
                let x = (o.get)(&out);
                assert!(x.is_finite(), "{} = {x} ({}, {})", o.key, veh.id, alt.id);
            }
        }
    }
}

#[test]
fn accountings_are_ordered_on_the_default_system() {
    let out = evaluate(&Inputs::default());
    let b = &out.life.orbit.by_accounting;
    assert!(b.co2 <= b.low && b.low <= b.central && b.central <= b.high);
    // The headline compares like with like: CO2 only by default (see assume.accounting_default).
    assert_eq!(out.life.accounting, Accounting::Co2Only);
    assert_eq!(out.life.orbit.total, b.co2);
}

#[test]
fn longer_horizon_relaunches_generations() {
    let mut i = Inputs::default();
    let one = evaluate(&i);
    i.life.horizon_years = 3.0 * one.basis.mission_years;
    let three = evaluate(&i);
    assert_eq!(three.life.orbit.generations, 3.0);
    assert!(
        (three.life.launch.launches - 3.0 * one.life.launch.launches).abs()
            < 1e-6 * three.life.launch.launches
    );
}

#[test]
fn lifecycle_output_keys_are_unique() {
    let keys: Vec<&str> = outputs().map(|o| o.key).collect();
    for (n, k) in keys.iter().enumerate() {
        assert!(!keys[..n].contains(k), "duplicate output key {k}");
    }
}
