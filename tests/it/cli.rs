//! The native CLI, run as a user would: scenario files, `--set`, errors and exit codes.

use std::io::Write;
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_orbital-footprint"))
        .args(args)
        .output()
        .expect("run the CLI")
}

fn json(o: &Output) -> serde_json::Value {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("of-cli-{}-{name}", std::process::id()));
    std::fs::File::create(&p)
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    p
}

#[test]
fn eval_defaults_prints_versioned_json_with_units() {
    let v = json(&cli(&["eval"]));
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["inputs"]["orbit.altitude_km"], 650.0);
    assert_eq!(v["inputs"]["orbit.kind"], "sso");
    assert_eq!(v["outputs"]["thermal.radiator_area_m2"]["unit"], "m²");
    assert!(
        v["outputs"]["thermal.radiator_area_m2"]["value"]
            .as_f64()
            .unwrap()
            > 0.0
    );
    assert!(v["warnings"].is_array());
}

#[test]
fn toml_nested_and_flat_and_json_files_are_equivalent() {
    let nested = temp_file(
        "a.toml",
        "[orbit]\naltitude_km = 800\nkind = \"leo\"\n[workload]\naccelerators = 1000\n",
    );
    let flat = temp_file("b.toml", "\"orbit.altitude_km\" = 800.0\n\"orbit.kind\" = \"leo\"\n\"workload.accelerators\" = 1000\n");
    let js = temp_file(
        "c.json",
        r#"{"orbit": {"altitude_km": 800, "kind": "leo"}, "workload.accelerators": 1000}"#,
    );
    let a = json(&cli(&["eval", nested.to_str().unwrap()]));
    let b = json(&cli(&["eval", flat.to_str().unwrap()]));
    let c = json(&cli(&["eval", js.to_str().unwrap()]));
    assert_eq!(a["outputs"], b["outputs"]);
    assert_eq!(a["outputs"], c["outputs"]);
    assert_eq!(a["inputs"]["orbit.altitude_km"], 800.0);
    assert_eq!(a["inputs"]["orbit.kind"], "leo");
    // --set overrides the file.
    let d = json(&cli(&[
        "eval",
        js.to_str().unwrap(),
        "--set",
        "orbit.altitude_km=900",
    ]));
    assert_eq!(d["inputs"]["orbit.altitude_km"], 900.0);
}

#[test]
fn out_of_range_is_clamped_with_a_warning() {
    let v = json(&cli(&["eval", "--set", "orbit.altitude_km=5000"]));
    assert_eq!(v["inputs"]["orbit.altitude_km"], 2000.0);
    assert!(v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["key"] == "orbit.altitude_km"));
}

#[test]
fn bad_key_value_or_file_exits_2_with_one_line_naming_the_key() {
    for args in [
        vec!["eval", "--set", "orbit.altitude_km=high"],
        vec!["eval", "--set", "orbit.nope=1"],
        vec!["eval", "--set", "orbit.kind=moon"],
        vec!["eval", "/no/such/file.toml"],
        vec!["eval", "--format", "xml"],
    ] {
        let o = cli(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    let err = String::from_utf8_lossy(&cli(&["eval", "--set", "orbit.altitude_km=high"]).stderr)
        .to_string();
    assert!(
        err.contains("orbit.altitude_km") && err.contains("200") && err.contains("2000"),
        "{err}"
    );
    let bad = temp_file("bad.toml", "[orbit]\naltitude_km = true\n");
    let o = cli(&["eval", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("orbit.altitude_km"));
}

#[test]
fn params_outputs_table_and_help_list_everything() {
    let p = String::from_utf8(cli(&["params"]).stdout).unwrap();
    for key in [
        "orbit.altitude_km",
        "array.area_m2",
        "thermal.radiator_temp_c",
        "workload.accelerator",
        "mass.propulsion",
    ] {
        assert!(p.contains(key), "params lacks {key}");
    }
    let o = String::from_utf8(cli(&["outputs"]).stdout).unwrap();
    assert!(o.contains("power.pue") && o.contains("mass.kg_per_kw_it"));
    let t = cli(&["eval", "--format", "table"]);
    assert!(
        t.status.success()
            && String::from_utf8_lossy(&t.stdout).contains("thermal.radiator_area_m2")
    );
    assert!(String::from_utf8_lossy(&cli(&["--help"]).stdout).contains("USAGE"));
}

#[test]
fn monte_carlo_same_seed_gives_identical_json_and_a_tornado_of_registry_inputs() {
    let args = ["eval", "--monte-carlo", "200", "--seed", "7"];
    let a = cli(&args);
    let b = cli(&args);
    assert_eq!(a.stdout, b.stdout, "same seed, same bytes");
    let v = json(&a);
    let mc = &v["monte_carlo"];
    assert_eq!(mc["draws"], 200);
    assert_eq!(mc["seed"], 7);
    for fig in [
        "orbit_g_per_kwh",
        "earth_g_per_kwh",
        "carbon_ratio",
        "orbit_usd_per_accelerator_hour",
        "earth_usd_per_accelerator_hour",
        "cost_ratio",
    ] {
        let f = &mc["figures"][fig];
        let (p5, p50, p95) = (
            f["p5"].as_f64().unwrap(),
            f["p50"].as_f64().unwrap(),
            f["p95"].as_f64().unwrap(),
        );
        assert!(p5 <= p50 && p50 <= p95, "{fig}: {f}");
    }
    for p in [
        &mc["probability_orbit_beats_earth"]["carbon"],
        &mc["probability_orbit_beats_earth"]["cost"],
        &mc["payback_year"]["probability_within_horizon"],
    ] {
        assert!((0.0..=1.0).contains(&p.as_f64().unwrap()));
    }
    let years = mc["cumulative_kgco2e_by_year"]["orbit"].as_array().unwrap();
    assert!(!years.is_empty());
    // The tornado names inputs that `params` lists, and its sentence names the top one.
    let params = String::from_utf8(cli(&["params"]).stdout).unwrap();
    for metric in ["carbon", "cost"] {
        let t = &v["sensitivity"][metric];
        let entries = t["entries"].as_array().unwrap();
        assert!(!entries.is_empty() && entries.len() <= 10);
        let top = entries[0]["key"].as_str().unwrap();
        assert!(
            params.lines().any(|l| l.starts_with(&format!("{top}\t"))),
            "{top}"
        );
        let swings: Vec<f64> = entries
            .iter()
            .map(|e| e["swing"].as_f64().unwrap())
            .collect();
        assert!(swings.windows(2).all(|w| w[0] >= w[1]), "{swings:?}");
        let label = entries[0]["label"].as_str().unwrap();
        assert!(t["sentence"].as_str().unwrap().contains(label));
    }
    // Another seed draws differently.
    let c = json(&cli(&["eval", "--monte-carlo", "200", "--seed", "8"]));
    assert_ne!(c["monte_carlo"]["figures"], mc["figures"]);
    // Holding every sampled input collapses the bands onto the central evaluation.
    let mut held: Vec<String> = vec!["eval".into(), "--monte-carlo".into(), "20".into()];
    for l in params.lines().filter(|l| !l.contains("\tchoice\t")) {
        held.push("--hold".into());
        held.push(l.split('\t').next().unwrap().into());
    }
    let held: Vec<&str> = held.iter().map(String::as_str).collect();
    let h = json(&cli(&held));
    let ratio = h["outputs"]["verdict.ratio"]["value"].as_f64().unwrap();
    let band = &h["monte_carlo"]["figures"]["carbon_ratio"];
    assert_eq!(h["monte_carlo"]["uncertain_inputs"], 0);
    for q in ["p5", "p50", "p95"] {
        assert_eq!(band[q].as_f64().unwrap(), ratio, "{q}");
    }
}

#[test]
fn presets_are_listed_and_preset_then_set_both_apply() {
    let list = String::from_utf8(cli(&["presets"]).stdout).unwrap();
    for p in orbital_footprint::data::presets::PRESETS {
        assert!(list.contains(p.id) && list.contains(p.name), "{}", p.id);
        assert!(list.contains(p.published), "{}", p.id);
    }
    let plain = json(&cli(&["eval", "--preset", "suncatcher"]));
    assert_eq!(plain["inputs"]["workload.accelerator"], "tpu");
    assert_eq!(plain["inputs"]["launch.price_usd_per_kg"], 200.0);
    let both = json(&cli(&[
        "eval",
        "--preset",
        "suncatcher",
        "--set",
        "launch.price_usd_per_kg=100",
    ]));
    assert_eq!(both["inputs"]["workload.accelerator"], "tpu");
    assert_eq!(both["inputs"]["launch.price_usd_per_kg"], 100.0);
    assert_ne!(both["outputs"], plain["outputs"]);
    // A file sits between the preset and --set.
    let f = temp_file("p.toml", "[launch]\nprice_usd_per_kg = 150\n");
    let filed = json(&cli(&[
        "eval",
        "--preset",
        "suncatcher",
        f.to_str().unwrap(),
    ]));
    assert_eq!(filed["inputs"]["launch.price_usd_per_kg"], 150.0);
    assert_eq!(filed["inputs"]["workload.accelerator"], "tpu");
}

/// Splits one CSV record (RFC 4180 quoting).
fn csv_record(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn csv_has_one_row_per_input_and_output_and_parses() {
    let o = cli(&["eval", "--format", "csv", "--monte-carlo", "50"]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let mut lines = text.lines();
    // The same columns as the browser's CSV export.
    assert_eq!(lines.next(), Some("section,key,value,unit,source,note"));
    let rows: Vec<Vec<String>> = lines.map(csv_record).collect();
    for r in &rows {
        assert_eq!(r.len(), 6, "row {r:?}");
    }
    let keys = |kind: &str| -> Vec<String> {
        rows.iter()
            .filter(|r| r[0] == kind)
            .map(|r| r[1].clone())
            .collect()
    };
    let inputs = keys("input");
    for p in orbital_footprint::model::inputs::registry::params() {
        assert!(inputs.contains(&p.key.to_string()), "{}", p.key);
    }
    let outputs = keys("output");
    assert_eq!(
        outputs.len(),
        orbital_footprint::model::outputs::outputs().count()
    );
    for r in rows.iter().filter(|r| r[0] == "output") {
        // A number, or none with the note saying why (a payback that never comes).
        assert!(
            r[2].parse::<f64>().is_ok_and(f64::is_finite) || (r[2].is_empty() && !r[5].is_empty()),
            "{r:?}"
        );
    }
    let j = json(&cli(&["eval"]));
    let radiator = rows
        .iter()
        .find(|r| r[0] == "output" && r[1] == "thermal.radiator_area_m2")
        .unwrap();
    assert_eq!(
        radiator[2].parse::<f64>().unwrap(),
        j["outputs"]["thermal.radiator_area_m2"]["value"]
            .as_f64()
            .unwrap()
    );
    assert_eq!(radiator[3], "m²");
    assert!(keys("monte_carlo").contains(&"carbon_ratio.p50".to_string()));
    assert!(!keys("sensitivity").is_empty());
}

#[test]
fn monte_carlo_and_preset_errors_are_one_line_exit_2() {
    for args in [
        vec!["eval", "--preset", "nope"],
        vec!["eval", "--monte-carlo", "many"],
        vec!["eval", "--monte-carlo", "0"],
        vec!["eval", "--monte-carlo", "10", "--seed", "-1"],
        vec!["eval", "--seed", "3"],
        vec!["eval", "--monte-carlo", "10", "--hold", "orbit.nope"],
        vec![
            "eval",
            "--monte-carlo",
            "10",
            "--widen",
            "econ.discount_pct=99",
        ],
        vec!["eval", "--preset"],
    ] {
        let o = cli(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    // More draws than allowed is an error like any bad option value (only scenario
    // values are clamped, because they are the model's inputs).
    let o = cli(&["eval", "--monte-carlo", "30000"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("allowed 1–20000"));
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let o = Command::new(env!("CARGO_BIN_EXE_orbital-footprint"))
        .arg("eval")
        .arg(std::ffi::OsStr::from_bytes(b"--set=\xff\xfe"))
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("error: argument 2 is not valid UTF-8"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn bad_input_is_quoted_cut_and_escaped_in_the_error() {
    let huge = format!("orbit.altitude_km=\u{1b}[31m{}", "9".repeat(100_000));
    let o = Command::new(env!("CARGO_BIN_EXE_orbital-footprint"))
        .args(["eval", "--set", &huge])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.len() < 2_000,
        "the error line is cut: {} bytes",
        err.len()
    );
    assert!(
        !err.contains('\u{1b}'),
        "no raw escape reaches the terminal: {err}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // No /dev/full here: nothing to check.
    };
    let o = Command::new(env!("CARGO_BIN_EXE_orbital-footprint"))
        .args(["params"])
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: writing the output"));
}

/// `claims`: every claim of the catalogue, each reading's verdict and number the library's
/// check computes (bit for bit through JSON), and a link that opens its scenario.
#[test]
fn claims_prints_every_claim_with_both_computed_verdicts() {
    use orbital_footprint::data::claims::CLAIMS;
    use orbital_footprint::model::claims::check_all;
    let v = json(&cli(&["claims"]));
    let list = v["claims"].as_array().expect("claims array");
    assert_eq!(list.len(), CLAIMS.len());
    for (j, ch) in list.iter().zip(check_all()) {
        assert_eq!(j["id"], ch.claim.id);
        assert!(!j["wording_zh"].as_str().unwrap().is_empty());
        for (key, r) in [
            ("claimant_reading", &ch.claimant),
            ("central_reading", &ch.central),
        ] {
            assert_eq!(j[key]["verdict"], r.verdict.id(), "{} {key}", ch.claim.id);
            assert_eq!(
                j[key]["value"].as_f64(),
                Some(r.value),
                "{} {key}",
                ch.claim.id
            );
            assert!(
                j[key]["link"]
                    .as_str()
                    .is_some_and(|l| l.starts_with("?v=")),
                "{} {key}",
                ch.claim.id
            );
        }
    }
    let t = cli(&["claims", "--format", "table"]);
    assert!(t.status.success());
    let text = String::from_utf8(t.stdout).unwrap();
    for c in CLAIMS {
        assert!(text.contains(&format!("{}\t", c.id)), "{}", c.id);
    }
    assert_eq!(cli(&["claims", "--format", "xml"]).status.code(), Some(2));
}
