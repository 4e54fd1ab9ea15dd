//! `orbital-footprint`: the native command line of the model.
//!
//! `eval [FILE] [--set key=value ...] [--format json|table]` evaluates a scenario;
//! `params` lists every input; `outputs` lists every output. Errors are one line on
//! stderr and exit code 2.

use orbital_footprint::data::params::{choices, params};
use orbital_footprint::data::source;
use orbital_footprint::model::outputs::outputs;
use orbital_footprint::model::{evaluate, scenario, Inputs, Warning};
use orbital_footprint::share;
use serde_json::Value;
use std::process::ExitCode;

const HELP: &str = "orbital-footprint: can orbital data centres lighten Earth's energy and carbon load?

USAGE:
    orbital-footprint eval [FILE] [--set key=value ...] [--format json|table]
    orbital-footprint params      list every input (key, unit, default, range, low/central/high, source)
    orbital-footprint outputs     list every output (key, unit, meaning)
    orbital-footprint --help

FILE is TOML or JSON (by extension; otherwise JSON when it starts with '{'): dotted keys,
flat (\"orbit.altitude_km\" = 650) or nested ([orbit] altitude_km = 650). Choices take
their option id (\"orbit.kind\" = \"sso\"). Inputs not given take their defaults.
Out-of-range values are clamped with a warning; unknown keys and bad values exit with code 2.";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        None | Some("--help") | Some("-h") | Some("help") => Ok(HELP.to_string()),
        Some("params") => Ok(list_params()),
        Some("outputs") => Ok(list_outputs()),
        Some("eval") => eval(&args[1..]),
        Some(other) => Err(format!("unknown command `{other}` (try --help)")),
    }
}

#[derive(PartialEq)]
enum Format {
    Json,
    Table,
}

fn eval(args: &[String]) -> Result<String, String> {
    let mut inputs = Inputs::default();
    let mut warnings: Vec<Warning> = Vec::new();
    let mut format = Format::Json;
    let mut file: Option<&str> = None;
    let mut sets: Vec<&str> = Vec::new();
    let mut k = 0;
    while k < args.len() {
        let a = args[k].as_str();
        let mut next = |name: &str| -> Result<&String, String> {
            k += 1;
            args.get(k).ok_or_else(|| format!("{name} needs a value"))
        };
        if a == "--set" {
            sets.push(next("--set")?);
        } else if let Some(v) = a.strip_prefix("--set=") {
            sets.push(v);
        } else if a == "--format" {
            format = parse_format(next("--format")?)?;
        } else if let Some(v) = a.strip_prefix("--format=") {
            format = parse_format(v)?;
        } else if a.starts_with("--") {
            return Err(format!("unknown option `{a}` (try --help)"));
        } else if file.is_none() {
            file = Some(a);
        } else {
            return Err(format!("unexpected argument `{a}`: give one scenario file"));
        }
        k += 1;
    }
    if let Some(path) = file {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let pairs = parse_scenario(path, &text)?;
        for (key, v) in pairs {
            let w = match v {
                Scalar::Num(x) => scenario::apply_number(&mut inputs, &key, x),
                Scalar::Text(s) => scenario::apply(&mut inputs, &key, &s),
            }
            .map_err(|e| format!("{path}: {e}"))?;
            warnings.extend(w);
        }
    }
    for s in sets {
        let (key, v) = s
            .split_once('=')
            .ok_or_else(|| format!("--set `{s}`: expected key=value"))?;
        warnings.extend(scenario::apply(&mut inputs, key.trim(), v)?);
    }
    let out = evaluate(&inputs);
    warnings.extend(out.warnings.iter().cloned());
    Ok(match format {
        Format::Json => {
            let mut out = out;
            out.warnings = warnings;
            share::export::json(&inputs, &out, lossless_permalink(&inputs).as_deref())
        }
        Format::Table => {
            let mut t = String::new();
            let width = outputs().map(|o| o.key.len()).max().unwrap_or(10);
            for o in outputs() {
                t.push_str(&format!(
                    "{:<width$}  {:>14}  {}\n",
                    o.key,
                    fmt_num((o.get)(&out)),
                    o.unit
                ));
            }
            for w in &warnings {
                t.push_str(&format!("warning: {}: {}\n", w.key, w.message));
            }
            t.trim_end().to_string()
        }
    })
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s {
        "json" => Ok(Format::Json),
        "table" => Ok(Format::Table),
        _ => Err(format!("--format: `{s}` (allowed: json, table)")),
    }
}

/// The scenario as a web-app query (`?v=1&alt=800…`) when the URL reproduces it
/// exactly; None when some input is finer than the controls (the URL would round it).
fn lossless_permalink(inputs: &Inputs) -> Option<String> {
    let q = share::encode(inputs);
    (share::decode(&q).inputs == *inputs).then(|| format!("?{q}"))
}

fn fmt_num(x: f64) -> String {
    let a = x.abs();
    if a != 0.0 && !(1e-3..1e7).contains(&a) {
        format!("{x:.4e}")
    } else {
        format!("{x:.4}")
    }
}

enum Scalar {
    Num(f64),
    Text(String),
}

/// Flattens a TOML or JSON scenario into (dotted key, scalar) pairs.
fn parse_scenario(path: &str, text: &str) -> Result<Vec<(String, Scalar)>, String> {
    let is_json =
        path.ends_with(".json") || (!path.ends_with(".toml") && text.trim_start().starts_with('{'));
    let mut pairs = Vec::new();
    if is_json {
        let v: Value =
            serde_json::from_str(text).map_err(|e| format!("{path}: not valid JSON: {e}"))?;
        flatten_json("", &v, &mut pairs).map_err(|e| format!("{path}: {e}"))?;
    } else {
        let t: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| format!("{path}: not valid TOML: {}", e.message()))?;
        for (k, v) in &t {
            flatten_toml(k, v, &mut pairs).map_err(|e| format!("{path}: {e}"))?;
        }
    }
    Ok(pairs)
}

fn flatten_json(prefix: &str, v: &Value, out: &mut Vec<(String, Scalar)>) -> Result<(), String> {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten_json(&key, v, out)?;
            }
            Ok(())
        }
        Value::Number(n) => {
            out.push((
                prefix.to_string(),
                Scalar::Num(n.as_f64().unwrap_or(f64::NAN)),
            ));
            Ok(())
        }
        Value::String(s) => {
            out.push((prefix.to_string(), Scalar::Text(s.clone())));
            Ok(())
        }
        _ => Err(format!("{prefix}: expected a number or an option id")),
    }
}

fn flatten_toml(key: &str, v: &toml::Value, out: &mut Vec<(String, Scalar)>) -> Result<(), String> {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                flatten_toml(&format!("{key}.{k}"), v, out)?;
            }
            Ok(())
        }
        toml::Value::Integer(n) => {
            out.push((key.to_string(), Scalar::Num(*n as f64)));
            Ok(())
        }
        toml::Value::Float(x) => {
            out.push((key.to_string(), Scalar::Num(*x)));
            Ok(())
        }
        toml::Value::String(s) => {
            out.push((key.to_string(), Scalar::Text(s.clone())));
            Ok(())
        }
        _ => Err(format!("{key}: expected a number or an option id")),
    }
}

fn list_params() -> String {
    let mut t = String::new();
    for p in params() {
        let q = source(p.value.source)
            .map(|s| s.quality.tag())
            .unwrap_or("?");
        t.push_str(&format!(
            "{}\t{}\tdefault {}\trange {}–{}\tlow/central/high {}/{}/{}\tsource {} [{}]\t{}\n",
            p.key,
            p.unit,
            p.value.central,
            p.min,
            p.max,
            p.value.low,
            p.value.central,
            p.value.high,
            p.value.source,
            q,
            p.label
        ));
    }
    for c in choices() {
        let ids: Vec<&str> = c.options().map(|(id, _)| id).collect();
        let q = source(c.source).map(|s| s.quality.tag()).unwrap_or("?");
        t.push_str(&format!(
            "{}\tchoice\tdefault {}\toptions {}\tsource {} [{}]\t{}\n",
            c.key,
            c.default,
            ids.join("|"),
            c.source,
            q,
            c.label
        ));
    }
    t.trim_end().to_string()
}

fn list_outputs() -> String {
    let mut t = String::new();
    for o in outputs() {
        t.push_str(&format!("{}\t{}\t{}\n", o.key, o.unit, o.meaning));
    }
    t.trim_end().to_string()
}
