//! Mass and drag against hand calculations.

use super::*;

#[test]
fn rocket_equation_by_hand() {
    // 1,000 kg dry, 100 m/s at Isp 220 s: 1000 × (e^(100/(9.80665 × 220)) − 1) = 47.45 kg.
    let m = propellant_mass(Kilograms::new(1_000.0), MetresPerSecond::new(100.0), 220.0);
    assert!((m.get() - 47.45).abs() < 0.01, "{}", m.get());
}

#[test]
fn drag_by_hand() {
    // ρ 1e-13, v 7,500 m/s, C_D 2.2, 100 m²: ½ × 1e-13 × 7,500² × 2.2 × 100 = 6.1875e-4 N.
    let f = drag_force(
        KgPerCubicMetre::new(1e-13),
        MetresPerSecond::new(7_500.0),
        2.2,
        SquareMetres::new(100.0),
    );
    assert!((f.get() - 6.1875e-4).abs() < 1e-10);
    // Circular speed at 650 km: √(3.986e14 / 7,028,137) = 7,531 m/s.
    assert!((orbital_speed(7_028_137.0).get() - 7_531.0).abs() < 2.0);
}
