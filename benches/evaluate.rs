//! Benchmark of one full evaluation (std only, no harness): the whole model, the
//! orbit year-scan alone, and the model with a reused orbit (the Monte Carlo path).
//! `BENCH_QUICK=1` runs a short pass (used by `cargo xtask test`).

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
    // Vary one input per run so nothing is hoisted out of the loop.
    let variant = |k: usize| {
        let mut i = base.clone();
        i.array.area_m2 = 150_000.0 + (k % 97) as f64;
        i.workload.accelerators = 30_000.0 + (k % 89) as f64;
        i
    };
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
}
