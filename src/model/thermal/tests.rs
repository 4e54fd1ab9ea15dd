//! Radiator checks against the Starcloud white paper's own worked panel (p. 9) and
//! the Kirchhoff-consistent variant (α_IR = ε, a third-party sensitivity run on the
//! white paper's inputs).

use super::*;

/// The white paper's environment: 1,366 W/m², one face sunlit, Earth view factor
/// 0.25, albedo 0.30, Earth as a blackbody at −20 °C.
fn starcloud_env() -> RadiatorEnvironment {
    RadiatorEnvironment {
        solar_flux: WattsPerSquareMetre::new(1_366.0),
        sun_projection: 1.0,
        earth_view_factor: 0.25,
        earth_ir: WattsPerSquareMetre::new(SIGMA * Kelvin::from_celsius(-20.0).get().powi(4)),
        albedo_fraction: 0.30,
        albedo_factor: 1.0,
        sink: Kelvin::new(0.0),
    }
}

fn starcloud_panel(ir_absorptance: f64) -> RadiatorSurface {
    RadiatorSurface {
        temperature: Kelvin::from_celsius(20.0),
        emissivity: 0.92,
        solar_absorptance: 0.09,
        ir_absorptance,
        emitting_faces: 2.0,
    }
}

#[test]
fn starcloud_panel_nets_633_w_per_m2() {
    let b = radiator_balance(&starcloud_panel(0.09), &starcloud_env());
    // WP p. 9: emitted 770.48, solar 122.94, Earth 14.46 → net 633.08 W/m².
    assert!(
        (b.emitted.get() - 770.48).abs() < 0.1,
        "emitted {}",
        b.emitted.get()
    );
    assert!(
        (b.solar.get() - 122.94).abs() < 0.01,
        "solar {}",
        b.solar.get()
    );
    assert!(
        (b.earth_ir.get() + b.albedo.get() - 14.46).abs() < 0.05,
        "earth {}",
        b.earth_ir.get() + b.albedo.get()
    );
    assert!((b.net.get() - 633.08).abs() < 0.2, "net {}", b.net.get());
}

#[test]
fn kirchhoff_consistent_panel_nets_585_w_per_m2() {
    // α_IR = ε = 0.92: 584.76 W/m² (third-party sensitivity run on the white paper's inputs).
    let b = radiator_balance(&starcloud_panel(0.92), &starcloud_env());
    assert!((b.net.get() - 584.76).abs() < 0.3, "net {}", b.net.get());
}

#[test]
fn hotter_radiator_is_never_larger() {
    let env = RadiatorEnvironment {
        sun_projection: 0.0,
        earth_view_factor: 0.48,
        albedo_factor: 0.05,
        ..starcloud_env()
    };
    let mut last = f64::INFINITY;
    for c in (0..=120).step_by(5) {
        let s = RadiatorSurface {
            temperature: Kelvin::from_celsius(c as f64),
            ..starcloud_panel(0.92)
        };
        let a = radiator_area(Watts::new(1e6), radiator_balance(&s, &env).net).get();
        assert!(a <= last, "{c} °C: {a} > {last}");
        last = a;
    }
}

#[test]
fn blackbody_panel_matches_sigma_t4() {
    // One face, ε = 1, nothing absorbed: 300 K → σT⁴ = 459 W/m² [derived].
    let s = RadiatorSurface {
        temperature: Kelvin::new(300.0),
        emissivity: 1.0,
        solar_absorptance: 0.0,
        ir_absorptance: 0.0,
        emitting_faces: 1.0,
    };
    let b = radiator_balance(
        &s,
        &RadiatorEnvironment {
            sink: Kelvin::new(0.0),
            ..starcloud_env()
        },
    );
    assert!((b.net.get() - 459.3).abs() < 0.5, "{}", b.net.get());
}
