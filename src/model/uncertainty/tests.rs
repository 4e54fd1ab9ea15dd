//! Monte Carlo and sensitivity, checked against closed forms and invariants (never
//! against the code's own output).

use super::dist::*;
use super::monte_carlo::*;
use super::sample::*;
use super::stats::*;
use super::tornado::*;
use super::*;
use crate::model::inputs::registry::{param, params};
use crate::model::{evaluate, Inputs};

fn hold_all_but(keys: &[&str]) -> McSettings {
    McSettings {
        overrides: params()
            .filter(|p| !keys.contains(&p.key))
            .map(|p| (p.key, Spread::Central))
            .collect(),
        ..McSettings::default()
    }
}

fn bands(r: &McResult) -> Vec<(&'static str, Band)> {
    vec![
        ("orbit_g_per_kwh", r.orbit_g_per_kwh),
        ("earth_g_per_kwh", r.earth_g_per_kwh),
        ("carbon_ratio", r.carbon_ratio),
        ("orbit_usd", r.orbit_usd_per_accelerator_hour),
        ("earth_usd", r.earth_usd_per_accelerator_hour),
        ("cost_ratio", r.cost_ratio),
    ]
}

fn all_equal(b: Band, x: f64) -> bool {
    b.p5 == x && b.p50 == x && b.p95 == x && b.mean == x
}

#[test]
fn every_input_held_gives_the_central_evaluation() {
    let i = Inputs::default();
    let out = evaluate(&i);
    let v = &out.verdicts;
    let e = &out.economics;
    let held = hold_all_but(&[]);
    // Widen(0) is the other way to hold everything.
    let zero = McSettings {
        overrides: params().map(|p| (p.key, Spread::Widen(0.0))).collect(),
        ..McSettings::default()
    };
    for s in [held, zero] {
        let s = McSettings { draws: 50, ..s };
        let r = run(&i, &s);
        assert_eq!(r.uncertain_inputs, 0);
        assert_eq!(r.draws, 50);
        assert!(all_equal(r.orbit_g_per_kwh, v.orbit_g_per_kwh.get()));
        assert!(all_equal(r.earth_g_per_kwh, v.earth_g_per_kwh.get()));
        assert!(all_equal(r.carbon_ratio, v.ratio));
        assert!(all_equal(
            r.orbit_usd_per_accelerator_hour,
            e.orbit_usd_per_accelerator_hour
        ));
        assert!(all_equal(
            r.earth_usd_per_accelerator_hour,
            e.earth_usd_per_accelerator_hour
        ));
        assert_eq!(r.payback_year.p5, v.payback_year.map(|y| y.get()));
        assert_eq!(r.payback_year.p50, v.payback_year.map(|y| y.get()));
        assert_eq!(r.payback_year.p95, v.payback_year.map(|y| y.get()));
        let beats = if v.orbit_g_per_kwh.get() < v.earth_g_per_kwh.get() {
            1.0
        } else {
            0.0
        };
        assert_eq!(r.p_orbit_beats_earth_carbon, beats);
        assert_eq!(r.cumulative_orbit.len(), v.cumulative_orbit.len());
        for (b, x) in r.cumulative_orbit.iter().zip(&v.cumulative_orbit) {
            assert!(all_equal(*b, x.get()));
        }
        for (b, x) in r.cumulative_earth.iter().zip(&v.cumulative_earth) {
            assert!(all_equal(*b, x.get()));
        }
    }
}

#[test]
fn percentiles_are_ordered_and_finite() {
    let r = run(
        &Inputs::default(),
        &McSettings {
            draws: 400,
            ..McSettings::default()
        },
    );
    assert!(r.uncertain_inputs >= 20, "{}", r.uncertain_inputs);
    let mut all = bands(&r);
    all.extend(r.cumulative_orbit.iter().map(|b| ("cum_orbit", *b)));
    all.extend(r.cumulative_earth.iter().map(|b| ("cum_earth", *b)));
    for (name, b) in all {
        assert!(
            b.p5 <= b.p50 && b.p50 <= b.p95,
            "{name}: {} {} {}",
            b.p5,
            b.p50,
            b.p95
        );
        assert!(b.p5.is_finite() && b.p95.is_finite() && b.mean.is_finite());
    }
    // The spread is real: registry ranges move the verdict.
    assert!(r.carbon_ratio.p95 > r.carbon_ratio.p5);
    assert!(r.cost_ratio.p95 > r.cost_ratio.p5);
    let inf = |x: Option<f64>| x.unwrap_or(f64::INFINITY);
    let p = r.payback_year;
    assert!(inf(p.p5) <= inf(p.p50) && inf(p.p50) <= inf(p.p95));
    for q in [
        p.probability_within_horizon,
        r.p_orbit_beats_earth_carbon,
        r.p_orbit_beats_earth_cost,
    ] {
        assert!((0.0..=1.0).contains(&q));
    }
}

#[test]
fn same_seed_same_result_different_seed_different_draws() {
    let i = Inputs::default();
    let s = |seed| McSettings {
        draws: 300,
        seed,
        overrides: Vec::new(),
    };
    let a = run(&i, &s(7));
    assert_eq!(a, run(&i, &s(7)));
    assert_eq!((a.draws, a.seed), (300, 7));
    let b = run(&i, &s(8));
    assert_ne!(a.carbon_ratio, b.carbon_ratio);
    assert_ne!(a.orbit_g_per_kwh.mean, b.orbit_g_per_kwh.mean);
    // The generator itself.
    let mut r1 = Rng::new(7);
    let mut r2 = Rng::new(8);
    let x: Vec<u64> = (0..4).map(|_| r1.next_u64()).collect();
    let y: Vec<u64> = (0..4).map(|_| r2.next_u64()).collect();
    assert_ne!(x, y);
}

#[test]
fn chunked_run_equals_one_shot_run() {
    let i = Inputs::default();
    let s = McSettings {
        draws: 1_000,
        seed: 42,
        overrides: vec![("econ.discount_pct", Spread::Widen(2.0))],
    };
    let whole = run(&i, &s);
    let mut r = McRun::new(&i, &s);
    let mut steps = 0;
    while !r.step(137) {
        steps += 1;
        assert!(r.progress() < 1.0);
    }
    assert_eq!(steps, 1_000 / 137);
    assert_eq!(r.progress(), 1.0);
    assert!(r.step(10), "stepping a finished run is a no-op");
    assert_eq!(r.result(), whole);
}

/// Closed-form quantiles of triangular(0, 0.5, 1): √(p/2) below the mode.
#[test]
fn latin_hypercube_triangular_matches_closed_form_quantiles() {
    let d = Dist {
        low: 0.0,
        mode: 0.5,
        high: 1.0,
        shape: Shape::Triangular,
    };
    let n = 2_000;
    let mut rng = Rng::new(3);
    let strata = lhs_strata(&mut rng, 1, n);
    // Each stratum used exactly once.
    let mut seen = strata.clone();
    seen.sort_unstable();
    assert!(seen.iter().enumerate().all(|(k, &s)| s as usize == k));
    // A linear output y = 3x + 2 of the input.
    let mut y: Vec<f64> = strata
        .iter()
        .map(|&s| 3.0 * d.quantile((s as f64 + rng.next_f64()) / n as f64) + 2.0)
        .collect();
    let b = Band::of(&mut y);
    let q5 = (0.05f64 * 0.5).sqrt(); // 0.158
    let q95 = 1.0 - (0.05f64 * 0.5).sqrt(); // 0.842
    let tol = 3.0 * 0.003;
    assert!((b.p5 - (3.0 * q5 + 2.0)).abs() < tol, "{}", b.p5);
    assert!((b.p50 - 3.5).abs() < tol, "{}", b.p50);
    assert!((b.p95 - (3.0 * q95 + 2.0)).abs() < tol, "{}", b.p95);
    // Mean of triangular(a, c, b) = (a + b + c)/3.
    assert!((b.mean - (3.0 * 0.5 + 2.0)).abs() < tol, "{}", b.mean);
}

#[test]
fn log_triangular_is_triangular_in_logs() {
    // ln x ~ triangular(0, ln 10, ln 100): median 10, p5 = exp(√(0.05·ln100·ln10)).
    let d = Dist {
        low: 1.0,
        mode: 10.0,
        high: 100.0,
        shape: Shape::LogTriangular,
    };
    let l = 100f64.ln();
    assert!((d.quantile(0.5) - 10.0).abs() < 1e-9);
    let p5 = (0.05 * l * (l / 2.0)).sqrt().exp();
    assert!((d.quantile(0.05) - p5).abs() < 1e-9);
    assert_eq!(d.quantile(0.0), 1.0);
    assert_eq!(d.quantile(1.0), 100.0);
    assert_eq!(d.quantile(f64::NAN), 10.0);
}

#[test]
fn percentile_type_7() {
    let s = [1.0, 2.0, 3.0, 4.0, 5.0];
    assert_eq!(percentile(&s, 0.5), 3.0);
    assert!((percentile(&s, 0.05) - 1.2).abs() < 1e-12);
    assert!((percentile(&s, 0.95) - 4.8).abs() < 1e-12);
    assert_eq!(percentile(&[], 0.5), 0.0);
    let open = [1.0, 2.0, f64::INFINITY, f64::INFINITY];
    assert_eq!(percentile(&open, 0.0), 1.0);
    assert_eq!(percentile(&open, 0.95), f64::INFINITY);
}

/// One triangular input into a monotone model output: the output's percentiles are
/// the model at the input's closed-form quantiles.
#[test]
fn one_input_through_the_model_matches_its_closed_form_quantiles() {
    let key = "econ.accelerator_usd";
    let p = param(key).unwrap();
    let (a, c, b) = (p.value.low, p.value.central, p.value.high);
    assert!(b / a < 3.0, "expected a plain triangular input");
    let q = |u: f64| {
        let fc = (c - a) / (b - a);
        if u < fc {
            a + (u * (b - a) * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * (b - c)).sqrt()
        }
    };
    let at = |x: f64| {
        let mut i = Inputs::default();
        (p.set)(&mut i, x);
        evaluate(&i).economics.orbit_usd_per_accelerator_hour
    };
    assert!(at(b) > at(a), "orbit cost rises with the accelerator price");
    let s = McSettings {
        draws: 4_000,
        ..hold_all_but(&[key])
    };
    let r = run(&Inputs::default(), &s);
    assert_eq!(r.uncertain_inputs, 1);
    let band = r.orbit_usd_per_accelerator_hour;
    for (got, u) in [(band.p5, 0.05), (band.p50, 0.5), (band.p95, 0.95)] {
        let want = at(q(u));
        assert!((got / want - 1.0).abs() < 1e-3, "p{u}: {got} vs {want}");
    }
    // A price moves no emissions.
    assert!(all_equal(
        r.orbit_g_per_kwh,
        evaluate(&Inputs::default()).verdicts.orbit_g_per_kwh.get()
    ));
}

#[test]
fn distributions_follow_the_registry_the_user_value_and_overrides() {
    let s = McSettings::default();
    let d = distributions(&Inputs::default(), &s);
    let find = |d: &[UncertainInput], k: &str| d.iter().find(|u| u.spec.key == k).map(|u| u.dist);
    // Fixed inputs (low == high) and the orbit geometry are not sampled.
    for k in [
        "orbit.altitude_km",
        "array.area_m2",
        "workload.mission_years",
    ] {
        assert!(find(&d, k).is_none(), "{k}");
    }
    // Triangular vs log-triangular by the factor-of-3 rule.
    let u = find(&d, "workload.utilization_fraction").unwrap();
    assert_eq!((u.low, u.mode, u.high), (0.5, 0.8, 0.95));
    assert_eq!(u.shape, Shape::Triangular);
    let sat = find(&d, "econ.satellite_usd_per_kg").unwrap();
    assert_eq!(sat.shape, Shape::LogTriangular);
    // A user value off the registry central carries the range with it.
    let mut i = Inputs::default();
    i.workload.utilization_fraction = 0.6;
    i.econ.satellite_usd_per_kg = 2_000.0;
    let d2 = distributions(&i, &s);
    let u2 = find(&d2, "workload.utilization_fraction").unwrap();
    assert!((u2.low - 0.3).abs() < 1e-12 && u2.mode == 0.6 && (u2.high - 0.75).abs() < 1e-12);
    let sat2 = find(&d2, "econ.satellite_usd_per_kg").unwrap();
    assert!((sat2.low - 600.0).abs() < 1e-9 && (sat2.high - 10_000.0).abs() < 1e-9);
    // Hold and widen (clamped to the input's [min, max]).
    let s3 = McSettings {
        overrides: vec![
            ("workload.utilization_fraction", Spread::Central),
            ("econ.discount_pct", Spread::Widen(2.0)),
            ("workload.idle_power_fraction", Spread::Widen(3.0)),
            ("no.such.key", Spread::Central),
        ],
        ..s
    };
    let d3 = distributions(&Inputs::default(), &s3);
    assert!(find(&d3, "workload.utilization_fraction").is_none());
    // Discount 2/7/10 %: log-triangular (10/2 > 3), widened as ratios: 7·(2/7)², 7·(10/7)².
    let disc = find(&d3, "econ.discount_pct").unwrap();
    assert_eq!(disc.shape, Shape::LogTriangular);
    assert!((disc.low - 4.0 / 7.0).abs() < 1e-12 && (disc.high - 100.0 / 7.0).abs() < 1e-12);
    // Idle draw 0.1/0.2/0.3: triangular, 0.2 ∓ 3·0.1 clamped to its minimum 0.
    let idle = find(&d3, "workload.idle_power_fraction").unwrap();
    assert_eq!(idle.shape, Shape::Triangular);
    assert!(idle.low == 0.0 && (idle.high - 0.5).abs() < 1e-12);
    assert_eq!(d3.len(), d.len() - 1);
}

#[test]
fn tornado_is_sorted_names_registry_inputs_and_says_so() {
    let s = McSettings::default();
    for m in [Metric::Carbon, Metric::Cost] {
        let t = sensitivity(&Inputs::default(), &s, m);
        assert!(!t.entries.is_empty() && t.entries.len() <= TORNADO_LEN);
        assert!(param(t.entries[0].key).is_some());
        for w in t.entries.windows(2) {
            assert!(w[0].swing(m) >= w[1].swing(m));
        }
        assert!(t.entries[0].swing(m) > 0.0);
        assert!(
            t.sentence.starts_with("The verdict hinges on "),
            "{}",
            t.sentence
        );
        assert!(t.sentence.contains(t.entries[0].label), "{}", t.sentence);
        assert!(t.carbon_ratio > 0.0 && t.cost_ratio > 0.0);
        // Each bar brackets the input's value.
        for e in &t.entries {
            let v = (param(e.key).unwrap().get)(&Inputs::default());
            assert!(e.low <= v && v <= e.high, "{}", e.key);
        }
    }
    // Holding the top driver removes it.
    let top = sensitivity(&Inputs::default(), &s, Metric::Carbon).entries[0].key;
    let held = McSettings {
        overrides: vec![(top, Spread::Central)],
        ..McSettings::default()
    };
    let t = sensitivity(&Inputs::default(), &held, Metric::Carbon);
    assert!(t.entries.iter().all(|e| e.key != top));
    // Nothing uncertain: a plain sentence, no bars.
    let none = sensitivity(&Inputs::default(), &hold_all_but(&[]), Metric::Carbon);
    assert!(none.entries.is_empty() && none.sentence.starts_with("No uncertain input"));
}

#[test]
fn draw_count_is_clamped() {
    let s = |draws| McSettings {
        draws,
        ..McSettings::default()
    };
    assert_eq!(s(0).draw_count(), 1);
    assert_eq!(s(1_000_000).draw_count(), MAX_DRAWS);
    let r = run(&Inputs::default(), &s(0));
    assert_eq!(r.draws, 1);
    // Nothing done yet: zeros, not NaN.
    let fresh = McRun::new(&Inputs::default(), &s(10)).result();
    assert_eq!(fresh.draws, 0);
    assert_eq!(fresh.carbon_ratio, Band::default());
}

#[test]
fn band_by_selection_equals_percentiles_of_the_sorted_values() {
    let mut rng = Rng::new(11);
    for n in [1, 2, 3, 63, 64, 65, 100, 1_001] {
        let mut v: Vec<f64> = (0..n).map(|_| (rng.next_f64() * 10.0).floor()).collect();
        if n > 10 {
            v[3] = f64::INFINITY;
        }
        let mut sorted = v.clone();
        sorted.sort_by(f64::total_cmp);
        let b = Band::of(&mut v);
        assert_eq!(b.p5, percentile(&sorted, 0.05), "n {n}");
        assert_eq!(b.p25, percentile(&sorted, 0.25), "n {n}");
        assert_eq!(b.p50, percentile(&sorted, 0.5), "n {n}");
        assert_eq!(b.p75, percentile(&sorted, 0.75), "n {n}");
        assert_eq!(b.p95, percentile(&sorted, 0.95), "n {n}");
    }
}

/// The ratio of a metric after a full evaluation of `i` (not the ladder's own path).
fn ratio_after(i: &Inputs, m: Metric) -> f64 {
    breakeven::ratio_of(&evaluate(i), m)
}

#[test]
fn every_rung_applied_ties_orbit_with_earth() {
    let base = Inputs::default();
    let [carbon, cost] = breakeven::ladders(&base);
    assert!(!carbon.rungs.is_empty(), "the default has carbon rungs");
    for l in [&carbon, &cost] {
        for r in &l.rungs {
            let p = param(r.key).unwrap();
            let mut i = base.clone();
            (p.set)(&mut i, r.at);
            let got = ratio_after(&i, l.metric);
            assert!(
                (got - 1.0).abs() <= breakeven::TOLERANCE,
                "{:?} {}: at {} the ratio is {got}",
                l.metric,
                r.key,
                r.at
            );
        }
        // Sorted: cited ranges first, then by distance.
        for w in l.rungs.windows(2) {
            assert!(
                (w[0].cited && !w[1].cited)
                    || (w[0].cited == w[1].cited && w[0].distance <= w[1].distance),
                "{} before {}",
                w[0].key,
                w[1].key
            );
        }
        for c in &l.choices {
            let spec = crate::model::inputs::registry::choice(c.key).unwrap();
            let mut i = base.clone();
            (spec.set)(&mut i, spec.index_of(c.option.0).unwrap());
            let got = ratio_after(&i, l.metric);
            assert!((got - 1.0) * (l.ratio - 1.0) <= 0.0, "{}: {got}", c.key);
        }
        for p in &l.pairs {
            let mut i = base.clone();
            (param(p.a).unwrap().set)(&mut i, p.a_at);
            (param(p.b).unwrap().set)(&mut i, p.b_at);
            assert!((ratio_after(&i, l.metric) - 1.0).abs() <= breakeven::TOLERANCE);
        }
    }
}

#[test]
fn an_unreachable_input_has_no_sign_change_over_its_range() {
    let base = Inputs::default();
    for l in breakeven::ladders(&base) {
        for key in &l.unreachable {
            let p = param(key).unwrap();
            let side = (l.ratio - 1.0).signum();
            for k in 0..=400 {
                let x = p.min + (p.max - p.min) * k as f64 / 400.0;
                let mut i = base.clone();
                (p.set)(&mut i, x);
                let f = ratio_after(&i, l.metric) - 1.0;
                assert!(f * side > 0.0, "{:?} {key} crosses parity at {x}", l.metric);
            }
        }
    }
}

#[test]
fn a_step_crosses_parity_by_a_jump_where_it_is_reported() {
    for l in breakeven::ladders(&Inputs::default()) {
        for (key, at) in &l.steps {
            let p = param(key).unwrap();
            let eps = 1e-6 * (p.max - p.min);
            let side = |x: f64| {
                let mut i = Inputs::default();
                (p.set)(&mut i, x.clamp(p.min, p.max));
                ratio_after(&i, l.metric) - 1.0
            };
            let (lo, hi) = (side(at - eps), side(at + eps));
            assert!(lo * hi <= 0.0, "{key} around {at}: {lo} and {hi}");
            assert!(
                lo.abs().max(hi.abs()) > breakeven::TOLERANCE,
                "{key}: not a jump"
            );
        }
    }
}

#[test]
fn a_break_even_in_a_linear_input_matches_the_closed_form() {
    // Earth's footprint is linear in its PUE (operation ∝ facility energy = IT × PUE, the
    // building and hardware do not depend on it) and the orbit's does not depend on it, so
    // the carbon ratio O / (a + b·PUE) ties at PUE* = (O − a) / b: two evaluations give a
    // and b. The ladder's root finder must land there.
    let mut i = Inputs::default();
    i.earth.alternative = crate::data::grids::ALTERNATIVES
        .iter()
        .position(|a| a.id == "world")
        .unwrap();
    let at = |pue: f64| {
        let mut j = i.clone();
        j.earth.pue = pue;
        let o = evaluate(&j);
        (o.footprint.total.get(), o.earth.total.get())
    };
    let (o1, e1) = at(1.5);
    let (o2, e2) = at(2.5);
    assert_eq!(o1, o2, "the orbit does not depend on Earth's PUE");
    let b = e2 - e1;
    let a = e1 - 1.5 * b;
    let pue_star = (o1 - a) / b;
    let [carbon, _] = breakeven::ladders(&i);
    match carbon.rungs.iter().find(|r| r.key == "earth.pue") {
        Some(r) => assert!((r.at - pue_star).abs() < 1e-6, "{} vs {pue_star}", r.at),
        None => assert!(
            !(1.0..=3.0).contains(&pue_star),
            "PUE* = {pue_star} is in range but not found"
        ),
    }
}

#[test]
fn the_ladder_is_deterministic_and_costs_a_bounded_number_of_evaluations() {
    let i = Inputs::default();
    let a = breakeven::ladders(&i);
    let b = breakeven::ladders(&i);
    assert_eq!(a, b);
    // Every input scanned once for both metrics, bisections, choices and a few pairs.
    assert!(a[0].evaluations < 20_000, "{}", a[0].evaluations);
}

#[test]
fn conditions_name_every_held_choice_that_moves_the_verdict() {
    let i = Inputs::default();
    let c = conditions(&i);
    let keys: Vec<&str> = c.iter().map(|c| c.key).collect();
    // The choices the verdict hinges on are named with the option held...
    for k in [
        "launch.vehicle",
        "emissions.accounting",
        "earth.alternative",
        "workload.mode",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    let v = c.iter().find(|c| c.key == "launch.vehicle").unwrap();
    assert_eq!(v.option.0, "f9");
    // ...and a choice that moves neither ratio is not (the demand year sets only the scale).
    assert!(!keys.contains(&"scale.year"), "{keys:?}");
    assert!(conditions_sentence(&c).starts_with("given Orbit type: Sun-synchronous"));
    // The Monte Carlo carries the same conditions.
    let r = run(
        &i,
        &McSettings {
            draws: 20,
            ..McSettings::default()
        },
    );
    assert_eq!(r.conditions, c);
}

#[test]
fn tornado_choices_are_alternatives_that_move_the_ratio_widest_first() {
    let i = Inputs::default();
    let t = sensitivity(&i, &McSettings::default(), Metric::Carbon);
    assert!(!t.choices.is_empty());
    for w in t.choices.windows(2) {
        assert!(
            (w[0].carbon_ratio - t.carbon_ratio).abs()
                >= (w[1].carbon_ratio - t.carbon_ratio).abs()
        );
    }
    for c in &t.choices {
        let spec = crate::model::inputs::registry::choice(c.key).unwrap();
        let mut j = i.clone();
        (spec.set)(&mut j, spec.index_of(c.option.0).unwrap());
        assert_eq!(
            evaluate(&j).verdicts.ratio,
            c.carbon_ratio,
            "{} = {}",
            c.key,
            c.option.0
        );
        assert_ne!(c.carbon_ratio, t.carbon_ratio);
    }
}

#[test]
fn the_ladder_in_small_steps_is_the_ladder_in_one() {
    let i = Inputs::default();
    let whole = breakeven::ladders(&i);
    let mut run = breakeven::LadderRun::new(&i);
    let mut calls = 0;
    let mut last = -1.0;
    while !run.step(50) {
        calls += 1;
        assert!(run.result().is_none(), "no result before the last step");
        let p = run.progress();
        assert!(p > last && p < 1.0, "progress rises below 1: {p}");
        last = p;
    }
    assert!(
        calls > 10,
        "50 evaluations a step takes many steps ({calls})"
    );
    assert_eq!(run.progress(), 1.0);
    assert_eq!(run.result(), Some(whole));
    assert!(run.step(50), "a finished run stays finished");
}
