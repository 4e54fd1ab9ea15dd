//! The fuzz targets' checks, replayed natively: every seed of `fuzz/corpus/<target>/` and
//! every regression input of `fuzz/regressions/<target>/` (what the fuzzer once found)
//! goes through the same function libFuzzer calls (`fuzz/src/lib.rs`, included here), so
//! `cargo test --no-default-features` keeps them passing without the fuzzer.

use std::fs;
use std::path::{Path, PathBuf};

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

const TARGETS: &[&str] = &["url", "scenario_file", "cli_args"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn every_seed_and_every_regression_input_passes_its_fuzz_target() {
    for t in TARGETS {
        let seeds = files(&root().join("fuzz/corpus").join(t));
        assert!(seeds.len() >= 10, "{t}: only {} seeds", seeds.len());
        let regressions = files(&root().join("fuzz/regressions").join(t));
        for f in seeds.iter().chain(&regressions) {
            let data = fs::read(f).unwrap();
            let r = std::panic::catch_unwind(|| targets::run(t, &data));
            assert!(r.is_ok(), "{t}: {} fails its checks", f.display());
        }
    }
}

#[test]
fn the_seeds_cover_every_preset_link_and_the_cli_s_readme_lines() {
    let golden = fs::read_to_string(root().join("tests/it/golden/preset-links.snap")).unwrap();
    for line in golden.lines().filter(|l| l.contains("\t?")) {
        let (id, link) = line.split_once('\t').unwrap();
        let seed = fs::read_to_string(root().join(format!("fuzz/corpus/url/preset-{id}")))
            .unwrap_or_else(|e| panic!("no seed for preset {id}: {e}"));
        assert_eq!(seed, link, "preset {id}'s seed is not its permalink");
    }
    let readme = fs::read_to_string(root().join("fuzz/corpus/cli_args/readme-preset")).unwrap();
    assert_eq!(readme.split('\0').next(), Some("--preset"));
}

/// The checks are real: a scenario out of range, a non-finite output or a share over
/// 100 % fails them.
#[test]
fn the_checks_reject_what_they_claim_to() {
    use orbital_footprint::model::{evaluate, Inputs};
    let mut bad = Inputs::default();
    bad.orbit.altitude_km = 1e9;
    assert!(std::panic::catch_unwind(|| targets::check_inputs(&bad, "test")).is_err());
    bad.orbit.altitude_km = f64::NAN;
    assert!(std::panic::catch_unwind(|| targets::check_inputs(&bad, "test")).is_err());
    let mut out = evaluate(&Inputs::default());
    targets::check_outputs(&out, "defaults");
    out.eclipses.mean_fraction = 1.5;
    assert!(std::panic::catch_unwind(|| targets::check_outputs(&out, "test")).is_err());
    out.eclipses.mean_fraction = f64::INFINITY;
    assert!(std::panic::catch_unwind(|| targets::check_outputs(&out, "test")).is_err());
    assert_eq!(targets::split_args(b"--set\0a=1"), ["--set", "a=1"]);
    assert!(targets::split_args(b"").is_empty());
}
