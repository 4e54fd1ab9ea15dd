//! `run` in process: commands, the order in which a scenario is built, and errors.

use super::*;
use crate::model::inputs::registry::{param, params};
use crate::model::inputs::text as scenario;
use crate::share::export;

fn split(args: &str) -> Vec<String> {
    args.split_whitespace().map(String::from).collect()
}

fn run_str(args: &str) -> Result<String, String> {
    run(&split(args))
}

fn temp_file(name: &str, text: &str) -> String {
    let p = std::env::temp_dir().join(format!("of-cli-unit-{}-{name}", std::process::id()));
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn help_is_the_default_and_unknown_commands_are_errors() {
    for args in ["", "--help", "-h", "help"] {
        assert_eq!(run_str(args), Ok(HELP.to_string()), "{args:?}");
    }
    assert!(HELP.contains("USAGE") && HELP.contains("--monte-carlo N"));
    assert_eq!(
        run_str("bogus"),
        Err("unknown command `bogus` (try --help)".into())
    );
    assert_eq!(run_str("params").unwrap(), render::list_params());
    assert_eq!(run_str("outputs").unwrap(), render::list_outputs());
    assert_eq!(run_str("presets").unwrap(), render::list_presets());
}

#[test]
fn eval_prints_the_browser_export_of_the_defaults() {
    let inputs = Inputs::default();
    let out = evaluate(&inputs);
    let link = render::lossless_permalink(&inputs);
    assert!(link.is_some());
    assert_eq!(
        run_str("eval"),
        Ok(export::json(
            &inputs,
            &out,
            &crate::i18n::verdict::english_headline(&out),
            link.as_deref()
        ))
    );
    assert_eq!(
        run_str("eval --format csv"),
        Ok(export::csv(
            &inputs,
            &out,
            &crate::i18n::verdict::english_headline(&out),
            link.as_deref()
        ))
    );
}

#[test]
fn preset_then_file_then_set_each_override_the_one_before() {
    let file = temp_file("order.toml", "[launch]\nprice_usd_per_kg = 150\n");
    let inputs = |args: &str| scenario_of(&args::parse(&split(args)).unwrap()).unwrap().0;
    let preset = inputs("--preset suncatcher");
    let filed = inputs(&format!("--preset suncatcher {file}"));
    let set = inputs(&format!(
        "--preset suncatcher {file} --set launch.price_usd_per_kg=100"
    ));
    let price = param("launch.price_usd_per_kg").unwrap().get;
    assert_eq!(
        (price(&preset), price(&filed), price(&set)),
        (200.0, 150.0, 100.0)
    );
    // The rest of the preset stays.
    let mut back = set.clone();
    scenario::apply(&mut back, "launch.price_usd_per_kg", "200").unwrap();
    assert_eq!(back, preset);
    // The position of FILE among the options does not matter.
    assert_eq!(inputs(&format!("{file} --preset suncatcher")), filed);
}

#[test]
fn errors_come_in_the_order_the_scenario_is_built() {
    let bad = temp_file("bad.toml", "[orbit]\naltitude_km = true\n");
    let preset_err = run_str(&format!("eval --preset nope {bad} --set x")).unwrap_err();
    assert!(
        preset_err.starts_with("--preset: unknown preset `nope` (allowed: starcloud1, "),
        "{preset_err}"
    );
    assert_eq!(
        run_str(&format!("eval {bad} --set x")),
        Err(format!(
            "{bad}: orbit.altitude_km: expected a number or an option id"
        ))
    );
    assert_eq!(
        run_str("eval --set x"),
        Err("--set `x`: expected key=value".into())
    );
    let unknown = temp_file("unknown.toml", "x = 1\n");
    assert_eq!(
        run_str(&format!("eval {unknown}")),
        Err(format!(
            "{unknown}: unknown input `x` (list them with `orbital-footprint params`)"
        ))
    );
    assert_eq!(
        run_str("eval --set orbit.kind=moon"),
        Err("orbit.kind: unknown option `moon` (allowed: leo, sso, geo)".into())
    );
    // Argument errors come before any of them.
    assert_eq!(
        run_str("eval --preset nope --format xml"),
        Err("--format: `xml` (allowed: json, table, csv)".into())
    );
}

#[test]
fn clamped_values_warn_in_the_json_and_the_table_the_csv_keeps_the_models_warnings() {
    let json = run_str("eval --set orbit.altitude_km=5000").unwrap();
    assert!(json.contains("\"orbit.altitude_km\": 2000.0"));
    assert!(json.contains("{\"key\": \"orbit.altitude_km\", \"message\": "));
    let table = run_str("eval --set orbit.altitude_km=5000 --format table").unwrap();
    assert!(table.contains("\nwarning: orbit.altitude_km: "), "{table}");
    let csv = run_str("eval --set orbit.altitude_km=5000 --format csv").unwrap();
    assert!(!csv.contains("\r\nwarning,orbit.altitude_km,"));
}

#[test]
fn monte_carlo_adds_its_sections_and_warns_when_draws_are_clamped() {
    let json = run_str("eval --monte-carlo 5 --seed 3").unwrap();
    assert!(json.contains(",\n  \"monte_carlo\": {\"conditions\":["));
    assert!(json.contains("\"draws\":5,") && json.contains("\"seed\":3,"));
    assert!(json.contains(",\n  \"sensitivity\": {\"carbon\":{\"central_ratio\":"));
    assert!(json.ends_with("}}\n}"));
    let table = run_str("eval --monte-carlo 5 --format table").unwrap();
    assert!(
        table.contains("\nMonte Carlo: 5 draws, seed 1, "),
        "{table}"
    );
    let csv = run_str("eval --monte-carlo 5 --format csv").unwrap();
    assert!(csv.contains("\r\nmonte_carlo,draws,5,,,\r\nmonte_carlo,seed,1,,,\r\n"));
    // Like every CLI option (and unlike a scenario value, which is clamped with a
    // warning), a draw count outside 1–20000 is an error.
    let e = run_str("eval --monte-carlo 30000").unwrap_err();
    assert_eq!(
        e,
        "--monte-carlo: `30000` is not a whole number of draws (allowed 1–20000)"
    );
    let mut args = split("eval --monte-carlo 20000 --format table");
    for p in params() {
        args.extend(["--hold".to_string(), p.key.to_string()]);
    }
    let table = run(&args).unwrap();
    assert!(table.contains("Monte Carlo: 20000 draws, seed 1, 0 uncertain inputs"));
}

#[test]
fn breakeven_adds_the_ladders_and_a_rung_applied_ties() {
    let json = run_str("eval --breakeven").unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let carbon = &v["breakeven"]["carbon"];
    assert!(carbon["ratio"].as_f64().unwrap() > 0.0);
    let rung = &carbon["rungs"][0];
    let key = rung["key"].as_str().unwrap();
    let at = rung["at"].as_f64().unwrap();
    assert!(rung["sentence"]
        .as_str()
        .unwrap()
        .starts_with("Orbit ties Earth on carbon if "));
    // Applied through --set, the rung's value ties orbit with Earth.
    let tied: serde_json::Value =
        serde_json::from_str(&run(&split(&format!("eval --set {key}={at:?}"))).unwrap()).unwrap();
    let r = tied["outputs"]["verdict.ratio"]["value"].as_f64().unwrap();
    assert!((r - 1.0).abs() <= 1e-6, "{key} = {at}: ratio {r}");
    // The CSV carries the same rows; the table says it in sentences.
    let csv = run_str("eval --breakeven --format csv").unwrap();
    assert!(
        csv.contains(&format!("breakeven,carbon.{key}.at,{at:?},")),
        "no row for {key} at {at:?}"
    );
    let table = run_str("eval --breakeven --format table").unwrap();
    assert!(table.contains("What would have to be true: orbit/Earth carbon ratio"));
    // Without the flag nothing changes.
    assert!(!run_str("eval").unwrap().contains("\"breakeven\""));
    assert!(run_str("eval --breakeven=1").is_err());
}
