//! The fuzz targets' bodies and what they assert. `fuzz_targets/` holds libFuzzer's
//! three entries, one line each; `tests/it/fuzz.rs` includes this file to replay the
//! seed corpus and every regression input through the same checks in
//! `cargo test --no-default-features`.
//!
//! An input is fine when nothing panics and what comes out is sane: every numeric input
//! finite and inside its registry range, every choice a valid option, every registry
//! output finite and inside the bounds below (those that hold whatever the scenario:
//! shares of a whole between 0 and 100 %, counts and masses not negative). A broken
//! check panics, which libFuzzer reports as a crash and keeps the input.

use orbital_footprint::cli::scenario_file::{self, Scalar};
use orbital_footprint::cli::{self, args};
use orbital_footprint::model::inputs::registry::{choices, params};
use orbital_footprint::model::inputs::text;
use orbital_footprint::model::outputs::registry::outputs;
use orbital_footprint::model::uncertainty::MAX_DRAWS;
use orbital_footprint::model::{evaluate, Inputs, Outputs};
use orbital_footprint::share::{self, view, MAX_NOTICES};

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

/// Runs the target named `name` on one input (the native replay's dispatch).
pub fn run(name: &str, data: &[u8]) {
    match name {
        "url" => url(data),
        "scenario_file" => scenario_file(data),
        "cli_args" => cli_args(data),
        _ => panic!("no fuzz target `{name}`"),
    }
}

/// The page-link decoder: whatever a shared link's query string holds, `share::view::read`
/// (what the page calls on `location.search`) gives a scenario, a baseline, Monte Carlo
/// settings and a view without panicking; both scenarios are in range and evaluate to
/// finite outputs in their bounds; the notices are capped; and the page's own link
/// (`view::write`) reads back to the same page with no notice, and writes again to the
/// same address.
pub fn url(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    let page = view::read(&query);
    assert!(
        page.notices.len() <= MAX_NOTICES,
        "{} notices",
        page.notices.len()
    );
    assert!(
        (1..=MAX_DRAWS).contains(&page.mc.draws),
        "n = {}",
        page.mc.draws
    );
    check_scenario(&page.inputs, "link");
    if let Some(b) = &page.baseline {
        check_scenario(b, "baseline");
    }

    // The scenario's own link decodes to the same scenario, silently.
    let q = share::encode(&page.inputs);
    let again = share::decode(&q);
    assert_eq!(
        again.inputs, page.inputs,
        "encode→decode changed the scenario: {q}"
    );
    assert!(again.notices.is_empty(), "{q}: {:?}", again.notices);

    // The whole page's address reads back to the same page.
    let q = view::write(&page.inputs, page.baseline.as_ref(), &page.mc, &page.view);
    let back = view::read(&q);
    // An embed's `chart=` id this version does not know is written back as found (so a
    // newer version's link keeps its chart on the way through), and its notice with it;
    // no other notice may come back.
    // (Such a page is an embed showing the default chart; the first read's own notice may
    // be among those the cap left out.)
    let unknown_chart = page.view.embed && page.view.chart == view::Chart::Cumulative;
    assert!(
        back.notices
            .iter()
            .all(|n| unknown_chart && matches!(n.said, share::Heard::BadChart { .. })),
        "{q}: {:?}",
        back.notices
    );
    assert_eq!(back.inputs, page.inputs, "{q}");
    assert_eq!(back.baseline, page.baseline, "{q}");
    assert_eq!(back.mc, page.mc, "{q}");
    // A view writes back what it shows: an embed all its keys, a full page its theme,
    // language and tracking tags (a chart or child id on a full page is not kept).
    let q2 = view::write(&back.inputs, back.baseline.as_ref(), &back.mc, &back.view);
    assert_eq!(q2, q, "the page's address is not a fixed point");
    if page.view.embed {
        assert_eq!(back.view, page.view, "{q}");
    } else {
        assert_eq!(
            (back.view.theme, back.view.lang),
            (page.view.theme, page.view.lang),
            "{q}"
        );
    }
}

/// The scenario-file reader: any text, read as TOML or JSON (the first byte picks the
/// file name: `.toml`, `.json` or no extension, where the text decides), flattens
/// without panicking; its pairs, applied as `eval` applies them, give a scenario in range
/// whose outputs are finite and in their bounds, or an error that names the file.
pub fn scenario_file(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let path = match pick % 3 {
        0 => "s.toml",
        1 => "s.json",
        _ => "s",
    };
    let Ok(body) = std::str::from_utf8(rest) else {
        // `load` reads with `read_to_string`, which refuses non-UTF-8 before parsing.
        return;
    };
    let pairs = match scenario_file::parse(path, body) {
        Ok(p) => p,
        Err(e) => {
            assert!(e.starts_with(path), "{e}");
            return;
        }
    };
    let mut inputs = Inputs::default();
    for (key, v) in &pairs {
        let r = match v {
            Scalar::Num(x) => text::apply_number(&mut inputs, key, *x),
            Scalar::Text(s) => text::apply(&mut inputs, key, s),
        };
        if r.is_err() {
            return;
        }
    }
    check_scenario(&inputs, "scenario file");
}

/// The CLI's argument parser: any argument list (NUL-separated in the input) parses to
/// typed `EvalArgs` or a one-line error, never a panic. When it parses to a run that is
/// cheap (no file, at most 16 Monte Carlo draws, no break-even ladders) the whole
/// `eval` runs in process, and its JSON has a finite number for every output and input.
pub fn cli_args(data: &[u8]) {
    let argv = split_args(data);
    let Ok(a) = args::parse(&argv) else {
        return;
    };
    if a.file.is_some() || a.breakeven || a.draws.is_some_and(|n| n > 16) {
        return;
    }
    let mut full = vec!["eval".to_string()];
    full.extend(argv);
    let out = match cli::run(&full) {
        Ok(out) => out,
        // An error may quote what was typed, line breaks included: the binary escapes
        // control characters and cuts the line (`src/bin/cli/main.rs`).
        Err(e) => {
            assert!(!e.is_empty(), "an empty error");
            return;
        }
    };
    if a.format != args::Format::Json {
        return;
    }
    let doc: serde_json::Value = serde_json::from_str(&out).expect("eval's JSON parses");
    for (section, value_of) in [("inputs", false), ("outputs", true)] {
        let map = doc[section].as_object().expect("a map of values");
        for (k, v) in map {
            // An output with no number (a payback that never comes) is null with a note.
            let none = value_of && v["value"].is_null() && v["note"].is_string();
            let v = if value_of { &v["value"] } else { v };
            assert!(
                v.is_number() || (!value_of && v.is_string()) || none,
                "{section}.{k} = {v}"
            );
        }
    }
}
