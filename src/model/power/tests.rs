//! Battery and array sizing against hand calculations.

use super::*;

#[test]
fn battery_capacity_by_hand() {
    // 1 MW through 30 min at 40 % DoD, round trip 0.81 (discharge √0.81 = 0.9):
    // 1e6 W × 1,800 s ÷ (0.4 × 0.9) = 5.0e9 J = 1,388.9 kWh; at 150 Wh/kg → 9,259 kg.
    let c = battery_capacity(Watts::new(1e6), Seconds::new(1_800.0), 0.4, 0.81);
    assert!((c.get() - 5.0e9).abs() < 1.0, "{}", c.get());
    assert!((c.kwh() - 1_388.89).abs() < 0.01);
    assert!((battery_mass(c, 150.0).get() - 9_259.26).abs() < 0.01);
}

#[test]
fn smad_array_sizing_by_hand() {
    // 1 kW day and night, 35.6 min eclipse, 60 min daylight, DET X_e 0.65, X_d 0.85:
    // (1000 × 35.6 / 0.65 + 1000 × 60 / 0.85) / 60 = 2,089.3 W.
    let p = required_array_power(
        Watts::new(1e3),
        Seconds::from_minutes(35.6),
        Watts::new(1e3),
        Seconds::from_minutes(60.0),
        0.65,
        0.85,
    );
    assert!((p.get() - 2_089.3).abs() < 0.1, "{}", p.get());
}

#[test]
fn pue_parts_add_up_and_ideal_system_is_one() {
    let pue = space_pue(0.85, 0.85 * 0.9, 0.04, 0.01);
    let parts = pue.it + pue.pumps + pue.conversion + pue.battery;
    assert!((pue.total - parts).abs() < 1e-12);
    let ideal = space_pue(1.0, 1.0, 0.3, 0.0);
    assert!((ideal.total - 1.0).abs() < 1e-12);
    // X_d alone: 1/0.85 = 1.176.
    assert!((space_pue(0.85, 0.85, 0.0, 0.0).total - 1.0 / 0.85).abs() < 1e-12);
}
