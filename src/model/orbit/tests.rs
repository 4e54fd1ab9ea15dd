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
    // Cylindrical-shadow formula (`beta_eclipse`): 36.2 % of the orbit, β* = 65.2° [derived].
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
