//! Array heat balance and degradation checks.

use super::*;

fn design(eta: f64, gamma: f64) -> ArrayDesign {
    ArrayDesign {
        efficiency_ref: eta,
        temp_coeff_per_k: gamma,
        packing_fraction: 0.9,
        pointing_fraction: 0.99,
        front_absorptance: 0.91,
        front_emissivity: 0.85,
        back_emissivity: 0.80,
    }
}

fn env(flux: f64) -> ArrayEnvironment {
    ArrayEnvironment {
        solar_flux: WattsPerSquareMetre::new(flux),
        earth_view_factor: 0.24,
        earth_ir: WattsPerSquareMetre::new(240.0),
        albedo_fraction: 0.3,
        albedo_factor: 0.1,
    }
}

#[test]
fn absorbed_equals_electrical_plus_emitted_for_any_input() {
    let mut n = 0;
    for eta in [0.0, 0.1, 0.22, 0.3, 0.6] {
        for gamma in [-0.01, -0.0042, -0.0022, 0.0] {
            for flux in [0.0, 100.0, 1316.0, 1361.0, 1413.0, 5000.0] {
                for degr in [0.0, 0.5, 1.0] {
                    for eps_b in [0.1, 0.8, 0.95] {
                        let d = ArrayDesign {
                            back_emissivity: eps_b,
                            ..design(eta, gamma)
                        };
                        let th = array_thermal(&d, &env(flux), degr);
                        let lhs = th.absorbed.get();
                        let rhs = th.electrical.get() + th.emitted.get();
                        let emitted_from_t = (d.front_emissivity + d.back_emissivity)
                            * SIGMA
                            * th.temperature.get().powi(4);
                        let scale = lhs.abs().max(1e-300);
                        assert!(((lhs - rhs) / scale).abs() < 1e-9, "balance {lhs} vs {rhs}");
                        assert!(
                            ((emitted_from_t - th.emitted.get()) / scale).abs() < 1e-9,
                            "T inconsistent"
                        );
                        assert!(th.temperature.get().is_finite() && th.electrical.get() >= 0.0);
                        n += 1;
                    }
                }
            }
        }
    }
    assert!(n > 1000);
}

#[test]
fn efficiency_feedback_cools_the_array_and_costs_power() {
    // Removing electricity cools the array: T(η = 0.3) < T(η = 0).
    let hot = array_thermal(&design(0.0, -0.0022), &env(1361.0), 1.0);
    let cool = array_thermal(&design(0.3, -0.0022), &env(1361.0), 1.0);
    assert!(cool.temperature.get() < hot.temperature.get());
    // Above 28 °C the operating efficiency is below the datasheet value.
    assert!(cool.temperature.get() > CELL_REFERENCE_K && cool.efficiency < 0.3);
    // A blackbody-ish bifacial plate at 1 AU sits near 300–350 K (sanity, Gilmore ch. 2).
    assert!(
        (290.0..360.0).contains(&cool.temperature.get()),
        "{}",
        cool.temperature.get()
    );
    assert!(cool.iterations < 30);
}

#[test]
fn degradation_year_means_match_numerical_integrals() {
    for d in [0.0, 0.015, 0.2] {
        for k in [0, 3, 9] {
            let n = 10_000;
            let num: f64 = (0..n)
                .map(|j| degradation_factor(d, k as f64 + (j as f64 + 0.5) / n as f64))
                .sum::<f64>()
                / n as f64;
            assert!(
                (mean_degradation_in_year(d, k) - num).abs() < 1e-8,
                "d {d} k {k}"
            );
        }
    }
}

#[test]
fn degradation_scales_with_dose() {
    let c = &crate::data::cells::CELLS[0];
    let a = crate::model::Inputs::default().array;
    assert!((degradation_per_year(&a, c, 150.0) - c.degradation_per_year.central).abs() < 1e-12);
    assert!(degradation_per_year(&a, c, 15_000.0) > degradation_per_year(&a, c, 150.0));
    assert!(degradation_per_year(&a, c, 1e9) <= MAX_DEGRADATION_PER_YEAR);
    // A published design's own rate replaces the dose-scaled one, at any dose.
    let own = ArrayInputs {
        degradation_pct_per_yr: 0.5,
        ..a
    };
    assert_eq!(degradation_per_year(&own, c, 15_000.0), 0.005);
}

#[test]
fn sized_area_delivers_the_power_asked_at_end_of_life_at_aphelion() {
    // The array sized for P gives P back through the same heat balance, at the year's
    // lowest flux and the end-of-life degradation, and scales linearly with P.
    let i = crate::model::Inputs::default();
    let e = crate::model::orbit::annual_eclipses_summary(&i.orbit);
    let env = crate::model::environment::assess(&i.environment, &e);
    let mission = Mission::new(5.0);
    let area = area_for_power(&i.array, &env, &mission, Watts::new(1e6));
    let c = cell(i.array.cell);
    let eol = degradation_factor(
        degradation_per_year(&i.array, c, env.dose_rad_per_year),
        5.0,
    );
    let th = array_thermal(
        &super::design(&i.array, c),
        &environment(&env, env.solar_flux_min),
        eol,
    );
    assert!((th.electrical.get() * area.get() - 1e6).abs() < 1e-3);
    let twice = area_for_power(&i.array, &env, &mission, Watts::new(2e6));
    assert!((twice.get() / area.get() - 2.0).abs() < 1e-12);
}

#[test]
fn year_means_by_recurrence_match_the_closed_form() {
    for d in [0.0, 1e-13, 0.003, 0.015, 0.2, 0.5, 0.999] {
        for (k, m) in YearMeans::new(d).take(25).enumerate() {
            let exact = mean_degradation_in_year(d, k);
            assert!(
                (m - exact).abs() <= 1e-13 * exact.abs().max(1e-300),
                "d {d}, year {k}: {m} vs {exact}"
            );
        }
    }
}
