//! The scenario-file reader: any text, read as TOML or JSON (the first byte picks the
//! file name: `.toml`, `.json` or no extension, where the text decides), flattens
//! without panicking; its pairs, applied as `eval` applies them, give a scenario in range
//! whose outputs are finite and in their bounds, or a one-line error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orbital_footprint::cli::scenario_file::{self, Scalar};
use orbital_footprint::model::inputs::text;
use orbital_footprint::model::Inputs;
use orbital_footprint_fuzz::check_scenario;

fuzz_target!(|data: &[u8]| {
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
});
