//! Scenario application: values, clamping, errors.

use super::*;
use crate::model::Inputs;

#[test]
fn numbers_choices_clamping_and_errors() {
    let mut i = Inputs::default();
    assert_eq!(apply(&mut i, "orbit.altitude_km", "800"), Ok(None));
    assert_eq!(i.orbit.altitude_km, 800.0);
    let w = apply(&mut i, "orbit.altitude_km", "99999")
        .unwrap()
        .unwrap();
    assert_eq!(w.key, "orbit.altitude_km");
    assert_eq!(i.orbit.altitude_km, 2000.0);
    assert_eq!(apply(&mut i, "orbit.kind", "geo"), Ok(None));
    assert_eq!(value_text(&i, "orbit.kind").as_deref(), Some("geo"));
    let e = apply(&mut i, "orbit.altitude_km", "high").unwrap_err();
    assert!(
        e.contains("orbit.altitude_km") && e.contains("200") && e.contains("2000"),
        "{e}"
    );
    let e = apply(&mut i, "orbit.kind", "moon").unwrap_err();
    assert!(e.contains("sso"), "{e}");
    assert!(apply(&mut i, "no.such_key", "1").is_err());
    assert!(apply_number(&mut i, "orbit.kind", 1.0).is_err());
}
