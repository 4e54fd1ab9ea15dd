//! What every fuzz target asserts, shared by the three of them (`fuzz_targets/`).
//!
//! An input is fine when nothing panics and what comes out is sane: every numeric input
//! finite and inside its registry range, every choice a valid option, every registry
//! output finite and inside the bounds below (those that hold whatever the scenario:
//! shares of a whole between 0 and 100 %, counts and masses not negative). A broken
//! check panics, which libFuzzer reports as a crash and keeps the input.

use orbital_footprint::model::inputs::registry::{choices, params};
use orbital_footprint::model::outputs::registry::outputs;
use orbital_footprint::model::{evaluate, Inputs, Outputs};

/// Outputs that are a share of a whole, in per cent: always within 0–100.
const PERCENT_SHARES: &[&str] = &[
    "orbit.eclipse_fraction_pct",
    "array.efficiency_bol_pct",
    "array.efficiency_eol_pct",
    "power.workload_powered_bol_pct",
    "power.workload_powered_eol_pct",
    "workload.power_fraction_pct",
    "workload.survival_eol_pct",
    "workload.useful_training_pct",
    "workload.useful_inference_pct",
    "workload.upset_efficiency_pct",
    "workload.delivered_pct",
];

/// Output units that measure an amount that cannot be negative.
const NON_NEGATIVE_UNITS: &[&str] = &[
    "t",
    "kg",
    "m²",
    "M h",
    "GWh",
    "MWh",
    "1/yr",
    "1/h",
    "PFLOP/s",
    "1e24 FLOP",
    "M USD",
    "USD/kg",
    "rad/yr",
    "min",
    "d",
    "km",
];

/// Every numeric input finite and within its range, every choice a valid option.
pub fn check_inputs(i: &Inputs, what: &str) {
    for p in params() {
        let x = (p.get)(i);
        assert!(
            x.is_finite() && x >= p.min && x <= p.max,
            "{what}: input {} = {x} outside {}..={}",
            p.key,
            p.min,
            p.max
        );
    }
    for c in choices() {
        let n = (c.get)(i);
        assert!(
            (c.option)(n).is_some(),
            "{what}: choice {} = {n} is no option",
            c.key
        );
    }
}

/// Every registry output finite and inside its bounds.
pub fn check_outputs(o: &Outputs, what: &str) {
    for spec in outputs() {
        let v = (spec.get)(o);
        assert!(v.is_finite(), "{what}: output {} = {v}", spec.key);
        if PERCENT_SHARES.contains(&spec.key) {
            assert!(
                (0.0..=100.0 + 1e-9).contains(&v),
                "{what}: output {} = {v} % is not a share",
                spec.key
            );
        }
        if NON_NEGATIVE_UNITS.contains(&spec.unit) && !spec.key.contains("surplus") {
            assert!(
                v >= 0.0,
                "{what}: output {} = {v} {} < 0",
                spec.key,
                spec.unit
            );
        }
    }
    for w in &o.warnings {
        assert!(!w.message.is_empty(), "{what}: empty warning for {}", w.key);
    }
}

/// Checks `inputs`, evaluates them and checks the outputs.
pub fn check_scenario(i: &Inputs, what: &str) -> Outputs {
    check_inputs(i, what);
    let o = evaluate(i);
    check_outputs(&o, what);
    o
}

/// Splits a fuzz input into arguments at NUL bytes (how the seed corpus stores an
/// argument list), each read as UTF-8 with invalid bytes replaced, as the binary would
/// after rejecting them.
pub fn split_args(data: &[u8]) -> Vec<String> {
    if data.is_empty() {
        return Vec::new();
    }
    data.split(|&b| b == 0)
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect()
}
