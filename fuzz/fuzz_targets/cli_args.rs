//! The CLI's argument parser: any argument list (NUL-separated in the input) parses to
//! typed `EvalArgs` or a one-line error, never a panic. When it parses to a run that is
//! cheap (no file, at most 16 Monte Carlo draws, no break-even ladders) the whole
//! `eval` runs in process, and its JSON has a finite number for every output and input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orbital_footprint::cli::{self, args};
use orbital_footprint_fuzz::split_args;

fuzz_target!(|data: &[u8]| {
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
            let v = if value_of { &v["value"] } else { v };
            assert!(
                v.is_number() || (!value_of && v.is_string()),
                "{section}.{k} = {v}"
            );
        }
    }
});
