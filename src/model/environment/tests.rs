//! Environment checks against independent references (closed forms and published
//! figures), never against the code's own output.

use super::*;
use crate::model::inputs::OrbitInputs;
use crate::model::orbit::annual_eclipses_summary;

#[test]
fn view_factors_are_bounded_and_fall_with_altitude() {
    let low = Metres::from_km(300.0);
    let high = Metres::from_km(2000.0);
    assert!(view_factor_nadir(low) > view_factor_nadir(high));
    assert!(view_factor_vertical(low) > view_factor_vertical(high));
    // A vertical plate next to the ground sees Earth over half its hemisphere: F → 0.5.
    assert!((view_factor_vertical(Metres::from_km(0.01)) - 0.5).abs() < 0.01);
    // At 650 km ≈ 0.24, close to the 0.25 the Starcloud white paper assumes for its radiators.
    let v = view_factor_vertical(Metres::from_km(650.0));
    assert!((v - 0.25).abs() < 0.02, "{v}");
    // Nadir plate at 650 km: (6378/7028)² = 0.8236.
    assert!((view_factor_nadir(Metres::from_km(650.0)) - 0.8236).abs() < 1e-3);
}

#[test]
fn density_band_follows_us1976_and_swings_100x_at_650_km() {
    // US Standard Atmosphere 1976: 1.137e-13 kg/m³ at 600 km, 3.070e-14 at 700 km.
    let b = density_band(Metres::from_km(600.0));
    assert!((b.central.get() - 1.137e-13).abs() < 1e-16);
    let b = density_band(Metres::from_km(650.0));
    // Geometric mean of the two table values: √(1.137e-13 × 3.070e-14) = 5.908e-14.
    assert!(
        (b.central.get() - 5.908e-14).abs() < 1e-16,
        "{}",
        b.central.get()
    );
    assert!((b.high.get() / b.low.get() - 100.0).abs() < 1e-6);
    // Density falls with altitude, finite everywhere including GEO.
    let mut last = f64::INFINITY;
    for km in (200..=2000).step_by(50) {
        let c = density_band(Metres::from_km(km as f64)).central.get();
        assert!(c < last && c > 0.0);
        last = c;
    }
    assert!(
        density_band(Metres::new(crate::data::constants::GEO_ALTITUDE_M.value))
            .high
            .get()
            .is_finite()
    );
}

#[test]
fn dose_anchor_and_classes() {
    // Suncatcher: ~150 rad(Si)/yr at 650 km behind ~10 mm Al.
    assert!(
        (dose_rate_rad_per_year(OrbitKind::SunSynchronous, Metres::from_km(650.0)) - 150.0).abs()
            < 1e-9
    );
    assert_eq!(DoseClass::of(150.0), DoseClass::Low);
    assert_eq!(
        DoseClass::of(dose_rate_rad_per_year(
            OrbitKind::Inclined,
            Metres::from_km(1_400.0)
        )),
        DoseClass::High
    );
}

#[test]
fn seasonal_flux_spans_plus_minus_3_4_percent() {
    // 1/r² between aphelion (1.0167 AU) and perihelion (0.9833 AU): 1,316.6–1,407.6 W/m²
    // (±3.4 % about the 1,361 W/m² solar constant).
    let e = annual_eclipses_summary(&OrbitInputs {
        kind: OrbitKind::SunSynchronous,
        altitude_km: 650.0,
        inclination_deg: 0.0,
        ltan_h: 6.0,
    });
    let (lo, hi) = (
        solar_flux(e.inverse_square_range.0).get(),
        solar_flux(e.inverse_square_range.1).get(),
    );
    assert!(
        (lo - 1_316.6).abs() < 2.0 && (hi - 1_407.6).abs() < 2.0,
        "{lo} {hi}"
    );
    assert!(
        (e.mean_cos_beta + 0.0).is_finite() && e.mean_sin_beta > 0.8,
        "dawn-dusk β is large: {}",
        e.mean_sin_beta
    );
}
