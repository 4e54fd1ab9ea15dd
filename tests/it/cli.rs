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
