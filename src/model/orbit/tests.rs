//! Orbit checks against independent references (closed forms and published figures),
//! never against the code's own output.

use super::*;

fn orbit(kind: OrbitKind, alt_km: f64, inc: f64, ltan: f64) -> OrbitInputs {
    OrbitInputs {
        kind,
        altitude_km: alt_km,
        inclination_deg: inc,
        ltan_h: ltan,
    }
}

#[test]
fn beta_zero_at_280_km_is_40_7_percent() {
    // Wikipedia "Beta angle": ≥59 % sunlit at 280 km, β = 0 → 40.7 % in shadow.
    let f = eclipse_fraction(Metres::from_km(280.0), 0.0);
    assert!((f - 0.407).abs() < 0.0005, "got {f}");
}

#[test]
fn beta_zero_at_650_km_is_36_2_percent_and_beta_star_65_2() {
    // parameters.md §3: 36.2 % of the orbit, β* = 65.2° [derived from the formula].
    let alt = Metres::from_km(650.0);
    assert!((eclipse_fraction(alt, 0.0) - 0.362).abs() < 0.001);
    assert!((critical_beta(alt).to_degrees() - 65.2).abs() < 0.1);
    assert_eq!(eclipse_fraction(alt, 65.3f64.to_radians()), 0.0);
}

#[test]
fn iss_period_is_about_92_9_minutes() {
    // ISS at ~420 km: period ≈ 92.9 min (T = 2π√(a³/μ), a = 6,798 km).
    let t = period(Metres::from_km(420.0)).minutes();
    assert!((t - 92.9).abs() < 0.2, "got {t}");
}

#[test]
fn sso_inclination_matches_published_values() {
    // Sun-synchronous inclinations: ~97.8° at 650 km, ~98.2° at 800 km (Vallado tables, SMAD).
    assert!((sso_inclination_deg(Metres::from_km(650.0)) - 97.99).abs() < 0.2);
    assert!((sso_inclination_deg(Metres::from_km(800.0)) - 98.6).abs() < 0.2);
}

#[test]
fn geo_has_two_equinox_seasons_with_longest_eclipse_near_70_minutes() {
    let e = annual_eclipses(&orbit(OrbitKind::Geostationary, 0.0, 0.0, 0.0));
    // Cylindrical shadow: longest = asin(R/a)/π × T = 69.4 min; published "up to ~70–72 min"
    // (the extra minutes are penumbra, which a cylindrical shadow leaves out).
    let m = e.longest.minutes();
    assert!((69.0..=72.0).contains(&m), "longest GEO eclipse {m} min");
    // Two seasons of ~44–45 days each: 80–95 days in total.
    assert!(
        (80..=95).contains(&e.days_with_eclipse),
        "{} days",
        e.days_with_eclipse
    );
    // Eclipse days cluster around the equinoxes (~day 79 and ~day 265), never at the solstices.
    let d = &e.daily_fraction;
    assert!(d[79] > 0.0 && d[265] > 0.0);
    assert_eq!(d[171], 0.0);
    assert_eq!(d[354], 0.0);
    let seasons = d.windows(2).filter(|w| w[0] == 0.0 && w[1] > 0.0).count();
    assert_eq!(seasons, 2);
    assert!(e.mean_fraction < 0.012, "{}", e.mean_fraction);
}

#[test]
fn dawn_dusk_sso_above_1400_km_has_no_eclipse() {
    for alt in [1450.0, 1700.0, 2000.0] {
        let e = annual_eclipses(&orbit(OrbitKind::SunSynchronous, alt, 0.0, 6.0));
        assert_eq!(e.days_with_eclipse, 0, "{alt} km");
        assert_eq!(e.mean_fraction, 0.0);
    }
}

#[test]
fn dawn_dusk_sso_at_650_km_has_a_short_season_near_one_solstice() {
    let e = annual_eclipses(&orbit(OrbitKind::SunSynchronous, 650.0, 0.0, 6.0));
    let inclined = annual_eclipses(&orbit(OrbitKind::Inclined, 650.0, 53.0, 0.0));
    assert!(
        e.mean_fraction > 0.0 && e.mean_fraction < 0.05,
        "{}",
        e.mean_fraction
    );
    assert!(
        inclined.mean_fraction > 0.25 && inclined.mean_fraction < 0.40,
        "{}",
        inclined.mean_fraction
    );
    // The season is one contiguous block around a solstice (day 171 or 354).
    let d = &e.daily_fraction;
    let first = d.iter().position(|&f| f > 0.0).unwrap();
    let last = d.iter().rposition(|&f| f > 0.0).unwrap();
    let mid = (first + last) / 2;
    assert!(
        (mid as i64 - 171).abs() < 30 || (mid as i64 - 354).abs() < 30,
        "season centred on day {mid}"
    );
    assert!(e.days_with_eclipse < 120);
}

#[test]
fn noon_midnight_sso_is_eclipsed_every_orbit() {
    // LTAN 12:00: the orbit plane contains the Sun line, β stays small, ~35 % shadow.
    let e = annual_eclipses(&orbit(OrbitKind::SunSynchronous, 650.0, 0.0, 12.0));
    assert!(e.mean_fraction > 0.30, "{}", e.mean_fraction);
    assert_eq!(e.days_with_eclipse, DAYS_PER_YEAR);
}

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
    assert!((b.central.0 - 1.137e-13).abs() < 1e-16);
    let b = density_band(Metres::from_km(650.0));
    // Geometric mean of the two table values: √(1.137e-13 × 3.070e-14) = 5.908e-14.
    assert!((b.central.0 - 5.908e-14).abs() < 1e-16, "{}", b.central.0);
    assert!((b.high.0 / b.low.0 - 100.0).abs() < 1e-6);
    // Density falls with altitude, finite everywhere including GEO.
    let mut last = f64::INFINITY;
    for km in (200..=2000).step_by(50) {
        let c = density_band(Metres::from_km(km as f64)).central.0;
        assert!(c < last && c > 0.0);
        last = c;
    }
    assert!(density_band(Metres(GEO_ALTITUDE_M)).high.0.is_finite());
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
    // (parameters.md §3: ±3.5 %, ≈1,317–1,413).
    let e = annual_eclipses_summary(&orbit(OrbitKind::SunSynchronous, 650.0, 0.0, 6.0));
    let (lo, hi) = (
        solar_flux(e.inverse_square_range.0).0,
        solar_flux(e.inverse_square_range.1).0,
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
