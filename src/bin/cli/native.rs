//! `orbital-footprint`: the native command line of the model.
//!
//! `eval [FILE] [--preset NAME] [--set key=value ...] [--monte-carlo N --seed S]
//! [--format json|table|csv]` evaluates a scenario; `params` lists every input,
//! `outputs` every output, `presets` every preset. Errors are one line on stderr and
//! exit code 2.

use orbital_footprint::data::presets::{preset, PRESETS};
use orbital_footprint::data::source;
use orbital_footprint::model::inputs::registry::{choices, param, params};
use orbital_footprint::model::inputs::text as scenario;
use orbital_footprint::model::outputs::outputs;
use orbital_footprint::model::uncertainty::{
    self, Band, McResult, McSettings, Metric, Spread, Tornado, MAX_DRAWS, MAX_WIDEN,
};
use orbital_footprint::model::{evaluate, Inputs, Outputs, Warning};
use orbital_footprint::share;
use serde_json::{json, Map, Value};
use std::io::Write;
use std::process::ExitCode;

const HELP: &str = "orbital-footprint: can orbital data centres lighten Earth's energy and carbon load?

USAGE:
    orbital-footprint eval [FILE] [OPTIONS]
    orbital-footprint params      list every input (key, unit, default, range, low/central/high, source)
    orbital-footprint outputs     list every output (key, unit, meaning)
    orbital-footprint presets     list every preset (id, name, description, the published figure it reproduces)
    orbital-footprint --help

EVAL OPTIONS:
    --preset NAME           start from a preset (ids: `orbital-footprint presets`)
    --set key=value         set one input (repeatable); applied after the preset and FILE
    --format json|table|csv output format (default json); csv rows are kind,key,value,unit
    --monte-carlo N         also run N Monte Carlo draws (1–20000) over every input's
                            low/central/high range, and a sensitivity (tornado) analysis
    --seed S                Monte Carlo seed (default 1); the same N and S give the same numbers
    --hold KEY              Monte Carlo: hold an input at its value (repeatable)
    --widen KEY=F           Monte Carlo: scale an input's range around its value by F (0–10)

FILE is TOML or JSON (by extension; otherwise JSON when it starts with '{'): dotted keys,
flat (\"orbit.altitude_km\" = 650) or nested ([orbit] altitude_km = 650). Choices take
their option id (\"orbit.kind\" = \"sso\"). Inputs not given take their defaults.
Order: preset, then FILE, then --set. Out-of-range values are clamped with a warning;
unknown keys, presets and bad values exit with code 2.

Monte Carlo: triangular distributions (log-triangular where high/low > 3) centred on each
input's value, Latin hypercube sampling; the orbit's geometry is a choice and is not sampled.
Reports p5/p50/p95 and mean of carbon (gCO2e/kWh) and cost (USD per accelerator-hour) for
orbit and Earth and their ratios, the carbon payback year, the probability that orbit beats
Earth, and cumulative emissions by year; the tornado ranks the ten inputs that move the
orbit/Earth carbon (and cost) ratio most between their low and high values.

EXAMPLES:
    orbital-footprint eval --set orbit.altitude_km=800 --format table
    orbital-footprint eval --preset suncatcher --set launch.price_usd_per_kg=100
    orbital-footprint eval --monte-carlo 2000 --seed 7 --format table";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            // A closed pipe (`| head`) is not an error worth a panic. Documents that
            // already end with a line break (CSV, JSON) get no extra empty line.
            let out = if text.ends_with('\n') {
                text
            } else {
                format!("{text}\n")
            };
            let _ = std::io::stdout().write_all(out.as_bytes());
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
        Some("presets") => Ok(list_presets()),
        Some("eval") => eval(&args[1..]),
        Some(other) => Err(format!("unknown command `{other}` (try --help)")),
    }
}

#[derive(PartialEq)]
enum Format {
    Json,
    Table,
    Csv,
}

fn eval(args: &[String]) -> Result<String, String> {
    let mut inputs = Inputs::default();
    let mut warnings: Vec<Warning> = Vec::new();
    let mut format = Format::Json;
    let mut file: Option<&str> = None;
    let mut preset_id: Option<&str> = None;
    let mut sets: Vec<&str> = Vec::new();
    let mut draws: Option<usize> = None;
    let mut seed: Option<u64> = None;
    let mut overrides: Vec<(&'static str, Spread)> = Vec::new();
    let mut k = 0;
    while k < args.len() {
        let a = args[k].as_str();
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (a, None),
        };
        let mut value = |name: &str| -> Result<&str, String> {
            if let Some(v) = inline {
                return Ok(v);
            }
            k += 1;
            args.get(k)
                .map(String::as_str)
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name {
            "--set" => sets.push(value(name)?),
            "--format" => format = parse_format(value(name)?)?,
            "--preset" => preset_id = Some(value(name)?),
            "--monte-carlo" => draws = Some(parse_draws(value(name)?)?),
            "--seed" => {
                let v = value(name)?;
                seed = Some(v.trim().parse().map_err(|_| {
                    format!("--seed: `{v}` is not a whole number (allowed 0–18446744073709551615)")
                })?);
            }
            "--hold" => overrides.push((input_key(value(name)?)?, Spread::Central)),
            "--widen" => overrides.push(parse_widen(value(name)?)?),
            _ if a.starts_with("--") => return Err(format!("unknown option `{a}` (try --help)")),
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("unexpected argument `{a}`: give one scenario file")),
        }
        k += 1;
    }
    if draws.is_none() && (seed.is_some() || !overrides.is_empty()) {
        return Err("--seed, --hold and --widen need --monte-carlo N".into());
    }
    if let Some(id) = preset_id {
        let p = preset(id).ok_or_else(|| {
            let ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
            format!(
                "--preset: unknown preset `{id}` (allowed: {})",
                ids.join(", ")
            )
        })?;
        for (key, v) in p.settings {
            warnings.extend(
                scenario::apply(&mut inputs, key, v).map_err(|e| format!("preset {id}: {e}"))?,
            );
        }
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
    let mc = draws.map(|n| {
        if n > MAX_DRAWS {
            warnings.push(Warning::new(
                "monte_carlo.draws",
                format!("{n} draws is more than {MAX_DRAWS}; using {MAX_DRAWS}"),
            ));
        }
        let settings = McSettings {
            draws: n,
            seed: seed.unwrap_or(uncertainty::DEFAULT_SEED),
            overrides,
        };
        Uncertainty {
            result: uncertainty::run(&inputs, &settings),
            carbon: uncertainty::sensitivity(&inputs, &settings, Metric::Carbon),
            cost: uncertainty::sensitivity(&inputs, &settings, Metric::Cost),
        }
    });
    Ok(match format {
        Format::Json => render_json(&inputs, &out, &warnings, mc.as_ref()),
        Format::Table => render_table(&out, &warnings, mc.as_ref()),
        Format::Csv => render_csv(&inputs, &out, mc.as_ref()),
    })
}

/// The Monte Carlo result and both tornados.
struct Uncertainty {
    result: McResult,
    carbon: Tornado,
    cost: Tornado,
}

fn parse_draws(v: &str) -> Result<usize, String> {
    match v.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "--monte-carlo: `{v}` is not a whole number of draws (allowed 1–{MAX_DRAWS})"
        )),
    }
}

fn input_key(k: &str) -> Result<&'static str, String> {
    param(k.trim()).map(|p| p.key).ok_or_else(|| {
        format!("unknown numeric input `{k}` (list them with `orbital-footprint params`)")
    })
}

fn parse_widen(v: &str) -> Result<(&'static str, Spread), String> {
    let (key, f) = v
        .split_once('=')
        .ok_or_else(|| format!("--widen `{v}`: expected key=factor"))?;
    let key = input_key(key)?;
    match f.trim().parse::<f64>() {
        Ok(f) if (0.0..=MAX_WIDEN).contains(&f) => Ok((key, Spread::Widen(f))),
        _ => Err(format!(
            "--widen {key}: `{f}` is not a factor (allowed 0–{MAX_WIDEN})"
        )),
    }
}

/// Monte Carlo figures: (key, unit, band).
fn mc_figures(r: &McResult) -> [(&'static str, &'static str, Band); 6] {
    [
        ("orbit_g_per_kwh", "gCO2e/kWh", r.orbit_g_per_kwh),
        ("earth_g_per_kwh", "gCO2e/kWh", r.earth_g_per_kwh),
        ("carbon_ratio", "", r.carbon_ratio),
        (
            "orbit_usd_per_accelerator_hour",
            "USD/h",
            r.orbit_usd_per_accelerator_hour,
        ),
        (
            "earth_usd_per_accelerator_hour",
            "USD/h",
            r.earth_usd_per_accelerator_hour,
        ),
        ("cost_ratio", "", r.cost_ratio),
    ]
}

fn opt_num(x: Option<f64>) -> Value {
    x.map(num).unwrap_or(Value::Null)
}

fn band_json(b: &Band) -> Value {
    json!({"p5": num(b.p5), "p50": num(b.p50), "p95": num(b.p95), "mean": num(b.mean)})
}

fn mc_json(u: &Uncertainty) -> (Value, Value) {
    let r = &u.result;
    let mut figures = Map::new();
    for (key, unit, b) in mc_figures(r) {
        let mut v = band_json(&b);
        v["unit"] = json!(unit);
        figures.insert(key.into(), v);
    }
    let series = |bands: &[Band]| -> Vec<Value> {
        bands
            .iter()
            .enumerate()
            .map(|(y, b)| {
                let mut v = band_json(b);
                v["year"] = json!(y);
                v
            })
            .collect()
    };
    let mc = json!({
        "draws": r.draws,
        "seed": r.seed,
        "uncertain_inputs": r.uncertain_inputs,
        "figures": figures,
        "payback_year": {
            "p5": opt_num(r.payback_year.p5),
            "p50": opt_num(r.payback_year.p50),
            "p95": opt_num(r.payback_year.p95),
            "probability_within_horizon": num(r.payback_year.probability_within_horizon),
            "note": "null: not within the horizon",
        },
        "probability_orbit_beats_earth": {
            "carbon": num(r.p_orbit_beats_earth_carbon),
            "cost": num(r.p_orbit_beats_earth_cost),
        },
        "cumulative_kgco2e_by_year": {
            "orbit": series(&r.cumulative_orbit),
            "earth": series(&r.cumulative_earth),
        },
    });
    let tornado = |t: &Tornado| {
        let entries: Vec<Value> = t
            .entries
            .iter()
            .map(|e| {
                let (lo, hi) = e.ratios(t.metric);
                json!({
                    "key": e.key, "label": e.label, "unit": e.unit,
                    "low": num(e.low), "high": num(e.high),
                    "ratio_at_low": num(lo), "ratio_at_high": num(hi),
                    "swing": num(e.swing(t.metric)),
                })
            })
            .collect();
        let central = match t.metric {
            Metric::Carbon => t.carbon_ratio,
            Metric::Cost => t.cost_ratio,
        };
        json!({"central_ratio": num(central), "sentence": t.sentence, "entries": entries})
    };
    let sens = json!({"carbon": tornado(&u.carbon), "cost": tornado(&u.cost)});
    (mc, sens)
}

fn render_json(
    inputs: &Inputs,
    out: &Outputs,
    warnings: &[Warning],
    mc: Option<&Uncertainty>,
) -> String {
    // The document is the browser's JSON export, byte for byte; Monte Carlo results are
    // appended as two more top-level keys.
    let mut out = out.clone();
    out.warnings = warnings.to_vec();
    let base = share::export::json(inputs, &out, lossless_permalink(inputs).as_deref());
    match mc {
        None => base,
        Some(u) => {
            let (m, s) = mc_json(u);
            let body = base.trim_end().trim_end_matches('}').trim_end();
            format!(
                "{body},\n  \"monte_carlo\": {},\n  \"sensitivity\": {}\n}}\n",
                serde_json::to_string(&m).unwrap_or_default(),
                serde_json::to_string(&s).unwrap_or_default()
            )
        }
    }
}

fn render_table(out: &Outputs, warnings: &[Warning], mc: Option<&Uncertainty>) -> String {
    let mut t = String::new();
    let width = outputs().map(|o| o.key.len()).max().unwrap_or(10);
    for o in outputs() {
        t.push_str(&format!(
            "{:<width$}  {:>14}  {}\n",
            o.key,
            fmt_num((o.get)(out)),
            o.unit
        ));
    }
    if let Some(u) = mc {
        let r = &u.result;
        t.push_str(&format!(
            "\nMonte Carlo: {} draws, seed {}, {} uncertain inputs\n",
            r.draws, r.seed, r.uncertain_inputs
        ));
        t.push_str(&format!(
            "{:<32}  {:>12}  {:>12}  {:>12}  {:>12}  unit\n",
            "figure", "p5", "p50", "p95", "mean"
        ));
        for (key, unit, b) in mc_figures(r) {
            t.push_str(&format!(
                "{:<32}  {:>12}  {:>12}  {:>12}  {:>12}  {unit}\n",
                key,
                fmt_num(b.p5),
                fmt_num(b.p50),
                fmt_num(b.p95),
                fmt_num(b.mean)
            ));
        }
        let pay = |x: Option<f64>| x.map(fmt_num).unwrap_or_else(|| "never".into());
        let p = &r.payback_year;
        t.push_str(&format!(
            "{:<32}  {:>12}  {:>12}  {:>12}  {:>12}  yr\n",
            "payback_year",
            pay(p.p5),
            pay(p.p50),
            pay(p.p95),
            ""
        ));
        t.push_str(&format!(
            "P(payback within horizon)  {:.3}\nP(orbit beats Earth, carbon)  {:.3}\nP(orbit beats Earth, cost)  {:.3}\n",
            p.probability_within_horizon, r.p_orbit_beats_earth_carbon, r.p_orbit_beats_earth_cost
        ));
        t.push_str("cumulative emissions by year, tCO2e (p5 / p50 / p95): orbit | Earth\n");
        for (y, (o, e)) in r
            .cumulative_orbit
            .iter()
            .zip(&r.cumulative_earth)
            .enumerate()
        {
            t.push_str(&format!(
                "  year {y:>3}  {} / {} / {}  |  {} / {} / {}\n",
                fmt_num(o.p5 / 1e3),
                fmt_num(o.p50 / 1e3),
                fmt_num(o.p95 / 1e3),
                fmt_num(e.p5 / 1e3),
                fmt_num(e.p50 / 1e3),
                fmt_num(e.p95 / 1e3)
            ));
        }
        for (title, tor, central) in [
            ("orbit/Earth carbon ratio", &u.carbon, u.carbon.carbon_ratio),
            ("orbit/Earth cost ratio", &u.cost, u.cost.cost_ratio),
        ] {
            t.push_str(&format!(
                "\nSensitivity: {title} (central {})\n",
                fmt_num(central)
            ));
            let w = tor.entries.iter().map(|e| e.key.len()).max().unwrap_or(10);
            for e in &tor.entries {
                let (lo, hi) = e.ratios(tor.metric);
                t.push_str(&format!(
                    "  {:<w$}  {:>12} – {:<12} {:<8}  ratio {} – {}\n",
                    e.key,
                    fmt_num(e.low),
                    fmt_num(e.high),
                    e.unit,
                    fmt_num(lo),
                    fmt_num(hi)
                ));
            }
            t.push_str(&format!("  {}\n", tor.sentence));
        }
    }
    for w in warnings {
        t.push_str(&format!("warning: {}: {}\n", w.key, w.message));
    }
    t.trim_end().to_string()
}

fn render_csv(inputs: &Inputs, out: &Outputs, mc: Option<&Uncertainty>) -> String {
    // The browser's CSV export, byte for byte, then the Monte Carlo rows in its columns.
    let mut text = share::export::csv(inputs, out, lossless_permalink(inputs).as_deref());
    let mut row = |kind: &str, key: &str, value: String, unit: &str| {
        share::export::row(&mut text, [kind, key, &value, unit, ""]);
    };
    if let Some(u) = mc {
        let r = &u.result;
        row("monte_carlo", "draws", r.draws.to_string(), "");
        row("monte_carlo", "seed", r.seed.to_string(), "");
        for (key, unit, b) in mc_figures(r) {
            for (q, x) in [
                ("p5", b.p5),
                ("p50", b.p50),
                ("p95", b.p95),
                ("mean", b.mean),
            ] {
                row("monte_carlo", &format!("{key}.{q}"), format!("{x}"), unit);
            }
        }
        let p = &r.payback_year;
        for (q, x) in [("p5", p.p5), ("p50", p.p50), ("p95", p.p95)] {
            // Empty: not within the horizon.
            let v = x.map(|x| format!("{x}")).unwrap_or_default();
            row("monte_carlo", &format!("payback_year.{q}"), v, "yr");
        }
        row(
            "monte_carlo",
            "payback_year.probability_within_horizon",
            format!("{}", p.probability_within_horizon),
            "",
        );
        row(
            "monte_carlo",
            "probability_orbit_beats_earth.carbon",
            format!("{}", r.p_orbit_beats_earth_carbon),
            "",
        );
        row(
            "monte_carlo",
            "probability_orbit_beats_earth.cost",
            format!("{}", r.p_orbit_beats_earth_cost),
            "",
        );
        for tor in [&u.carbon, &u.cost] {
            let m = tor.metric.id();
            for e in &tor.entries {
                let (lo, hi) = e.ratios(tor.metric);
                row(
                    "sensitivity",
                    &format!("{m}.{}.low", e.key),
                    format!("{}", e.low),
                    e.unit,
                );
                row(
                    "sensitivity",
                    &format!("{m}.{}.high", e.key),
                    format!("{}", e.high),
                    e.unit,
                );
                row(
                    "sensitivity",
                    &format!("{m}.{}.ratio_at_low", e.key),
                    format!("{lo}"),
                    "",
                );
                row(
                    "sensitivity",
                    &format!("{m}.{}.ratio_at_high", e.key),
                    format!("{hi}"),
                    "",
                );
            }
        }
    }
    text
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s {
        "json" => Ok(Format::Json),
        "table" => Ok(Format::Table),
        "csv" => Ok(Format::Csv),
        _ => Err(format!("--format: `{s}` (allowed: json, table, csv)")),
    }
}

/// The scenario as a web-app query (`?v=1&alt=800…`) when the URL reproduces it
/// exactly; None when some input is finer than the controls (the URL would round it).
fn lossless_permalink(inputs: &Inputs) -> Option<String> {
    let q = share::encode(inputs);
    (share::decode(&q).inputs == *inputs).then(|| format!("?{q}"))
}

fn num(x: f64) -> Value {
    serde_json::Number::from_f64(x)
        .map(Value::Number)
        .unwrap_or(Value::Null)
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

fn list_presets() -> String {
    let mut t = String::new();
    for p in PRESETS {
        t.push_str(&format!(
            "{}\t{}\n    {}\n    reproduces: {}\n",
            p.id, p.name, p.description, p.published
        ));
    }
    t.push_str(
        "\nUse one with `orbital-footprint eval --preset ID` (then FILE and --set apply on top).",
    );
    t
}
