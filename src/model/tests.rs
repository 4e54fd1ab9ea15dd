use super::*;

#[test]
fn out_of_range_input_is_clamped_with_a_warning() {
    let mut i = Inputs::default();
    i.orbit.altitude_km = 1e9;
    let out = evaluate(&i);
    assert!(out.warnings.iter().any(|w| w.key == "orbit.altitude_km"));
    assert!((out.eclipses.altitude.km() - 2000.0).abs() < 1e-9);
    i.orbit.altitude_km = f64::NAN;
    let out = evaluate(&i);
    assert!(out.eclipses.mean_fraction.is_finite());
}
