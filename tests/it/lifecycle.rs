//! The lifecycle stages on the sizing stages' real output, through `evaluate`.

use orbital_footprint::data::grids::ALTERNATIVES;
use orbital_footprint::data::vehicles::VEHICLES;
use orbital_footprint::model::inputs::Accounting;
use orbital_footprint::model::outputs::outputs;
use orbital_footprint::model::{evaluate, Inputs};

#[test]
fn every_vehicle_and_alternative_evaluates_finite() {
    for (v, veh) in VEHICLES.iter().enumerate() {
        for (a, alt) in ALTERNATIVES.iter().enumerate() {
            let mut i = Inputs::default();
            i.launch.vehicle = v;
            i.earth.alternative = a;
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
    let b = &out.footprint.by_accounting;
    assert!(b.low <= b.central && b.central <= b.high);
    // The non-CO2 range reaches below CO2 only (stratospheric BC may cool the surface) and
    // above it (instantaneous forcing).
    assert!(b.low <= b.co2 && b.co2 <= b.high);
    // The headline compares like with like: CO2 only by default (see assume.accounting_default).
    assert_eq!(out.accounting, Accounting::Co2Only);
    assert_eq!(out.footprint.total, b.co2);
}

#[test]
fn longer_horizon_relaunches_generations() {
    let mut i = Inputs::default();
    let one = evaluate(&i);
    i.timeline.horizon_years = 3.0 * one.basis.mission_years;
    let three = evaluate(&i);
    assert_eq!(three.footprint.generations, 3.0);
    assert!(
        (three.launch.launches - 3.0 * one.launch.launches).abs() < 1e-6 * three.launch.launches
    );
}

#[test]
fn lifecycle_output_keys_are_unique() {
    let keys: Vec<&str> = outputs().map(|o| o.key).collect();
    for (n, k) in keys.iter().enumerate() {
        assert!(!keys[..n].contains(k), "duplicate output key {k}");
    }
}
