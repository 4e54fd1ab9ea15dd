//! Benchmark of one full evaluation (std only, no harness): the whole model, the
//! orbit year-scan alone, and the model with a reused orbit (the Monte Carlo path).
//! Then the Monte Carlo (10,000 draws, one orbit scan) and the tornado.
//! `BENCH_QUICK=1` runs a short pass (used by `cargo xtask test`).

use orbital_footprint::model::uncertainty::{self, McRun, McSettings, Metric};
use orbital_footprint::model::{evaluate, evaluate_with_orbit, orbit, Inputs};
use std::hint::black_box;
use std::time::Instant;

fn time<F: FnMut(usize)>(label: &str, n: usize, mut f: F) -> f64 {
    // Warm up (and build the Sun table) before timing.
    for k in 0..n.min(1_000) {
        f(k);
    }
    let t = Instant::now();
    for k in 0..n {
        f(k);
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("{label:<40} {us:>9.3} µs/eval  ({n} runs)");
    us
}

fn main() {
    let n = if std::env::var_os("BENCH_QUICK").is_some() {
        2_000
    } else {
        100_000
    };
    let base = Inputs::default();
    // `BENCH_ONLY=mc`: the Monte Carlo alone (for a profiler).
    let only_mc = std::env::var("BENCH_ONLY").is_ok_and(|v| v == "mc");
    // Vary one input per run so nothing is hoisted out of the loop.
    let variant = |k: usize| {
        let mut i = base.clone();
        i.array.area_m2 = 150_000.0 + (k % 97) as f64;
        i.workload.accelerators = 30_000.0 + (k % 89) as f64;
        i
    };
    if only_mc {
        monte_carlo(&base, n);
        return;
    }
    let full = time("evaluate (orbit scan + model)", n, |k| {
        black_box(evaluate(black_box(&variant(k))));
    });
    let scan = time("orbit::annual_eclipses_summary", n, |k| {
        let mut o = base.orbit.clone();
        o.altitude_km = 650.0 + (k % 7) as f64;
        black_box(orbit::annual_eclipses_summary(black_box(&o)));
    });
    let e = orbit::annual_eclipses_summary(&base.orbit);
    let rest = time("evaluate_with_orbit (reused orbit)", n, |k| {
        black_box(evaluate_with_orbit(black_box(&variant(k)), &e));
    });
    println!(
        "10,000 evaluations: {:.1} ms full, {:.1} ms with a reused orbit (native; scan share {:.0} %)",
        full * 10.0,
        rest * 10.0,
        100.0 * scan / full
    );

    monte_carlo(&base, n);
    let settings = McSettings::default();
    let t = Instant::now();
    let reps = 20;
    for _ in 0..reps {
        black_box(uncertainty::sensitivity(
            black_box(&base),
            &settings,
            Metric::Carbon,
        ));
    }
    println!(
        "sensitivity (tornado)                    {:>9.3} ms",
        t.elapsed().as_secs_f64() * 1e3 / reps as f64
    );
}

/// The Monte Carlo: 10,000 draws (1,000 with BENCH_QUICK), best of a few runs.
fn monte_carlo(base: &Inputs, n: usize) {
    // Monte Carlo: 10,000 draws (1,000 with BENCH_QUICK), best of a few runs.
    let draws = if n < 10_000 { 1_000 } else { 10_000 };
    let settings = McSettings {
        draws,
        ..McSettings::default()
    };
    let reps = if n < 10_000 { 2 } else { 5 };
    let mut best = f64::INFINITY;
    let mut best_setup = f64::INFINITY;
    for rep in 0..reps {
        let s = McSettings {
            seed: rep as u64 + 1,
            ..settings.clone()
        };
        let t = Instant::now();
        let mut run = McRun::new(black_box(base), &s);
        let setup = t.elapsed().as_secs_f64();
        // As the browser would: 500 draws per step.
        while !run.step(500) {}
        black_box(run.result());
        best = best.min(t.elapsed().as_secs_f64());
        best_setup = best_setup.min(setup);
    }
    println!(
        "Monte Carlo {draws} draws (500/step, incl. result) {:>9.2} ms  = {:.3} µs/draw  (set-up {:.2} ms, {} inputs sampled)",
        best * 1e3,
        best * 1e6 / draws as f64,
        best_setup * 1e3,
        uncertainty::distributions(base, &settings).len()
    );
}
