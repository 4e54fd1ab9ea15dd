//! Benchmarks callable from the page (`window.wasmBindings`), so the browser figures in
//! the README come from the real release build: `tests/e2e/bench.mjs` calls them.

use crate::model::uncertainty::{self, McSettings};
use crate::model::{evaluate, evaluate_with_orbit, orbit, Inputs};
use wasm_bindgen::prelude::wasm_bindgen;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Milliseconds for `n` full evaluations of the default scenario (orbit scan included).
#[wasm_bindgen]
pub fn bench_evaluate(n: u32) -> f64 {
    let i = Inputs::default();
    let t = now_ms();
    let mut acc = 0.0;
    for _ in 0..n {
        acc += evaluate(&i).verdicts.ratio;
    }
    std::hint::black_box(acc);
    now_ms() - t
}

/// Milliseconds for `n` evaluations with the orbit scanned once (the Monte Carlo's inner loop).
#[wasm_bindgen]
pub fn bench_evaluate_with_orbit(n: u32) -> f64 {
    let i = Inputs::default();
    let e = orbit::annual_eclipses_summary(&i.orbit);
    let t = now_ms();
    let mut acc = 0.0;
    for _ in 0..n {
        acc += evaluate_with_orbit(&i, &e).verdicts.ratio;
    }
    std::hint::black_box(acc);
    now_ms() - t
}

/// Milliseconds for a whole Monte Carlo run of `n` draws (setup, draws, percentiles).
#[wasm_bindgen]
pub fn bench_monte_carlo(n: u32) -> f64 {
    let settings = McSettings {
        draws: n as usize,
        ..Default::default()
    };
    let t = now_ms();
    let r = uncertainty::run(&Inputs::default(), &settings);
    std::hint::black_box(r.carbon_ratio.p50);
    now_ms() - t
}

/// The Monte Carlo's figures for `n` draws with `seed` on the default scenario, as
/// `[carbon ratio p5, p50, p95, probability orbit beats Earth on carbon]`: the e2e
/// suite compares them with the CLI's, which must be identical to the last bit.
#[wasm_bindgen]
pub fn monte_carlo_figures(n: u32, seed: u32) -> Vec<f64> {
    let settings = McSettings {
        draws: n as usize,
        seed: seed as u64,
        ..Default::default()
    };
    let r = uncertainty::run(&Inputs::default(), &settings);
    vec![
        r.carbon_ratio.p5,
        r.carbon_ratio.p50,
        r.carbon_ratio.p95,
        r.p_orbit_beats_earth_carbon,
    ]
}

/// Milliseconds for both break-even ladders of the default scenario (every input, the
/// carbon and the cost ratio, choices and pairs), to compare with a Monte Carlo run.
#[wasm_bindgen]
pub fn bench_ladder() -> f64 {
    let t = now_ms();
    let l = uncertainty::ladders(&Inputs::default());
    std::hint::black_box(l[0].ratio);
    now_ms() - t
}
