//! The native command line's logic, as plain functions: [`run`] takes the arguments and
//! returns the text to print or a one-line error. The binary (`src/bin/cli/main.rs`)
//! only prints it and sets the exit code. Native only: it reads files and parses TOML
//! and JSON (serde_json, toml), which the browser bundle never needs.
//!
//! - [`args`]: `eval`'s arguments into a typed [`args::EvalArgs`];
//! - [`scenario_file`]: TOML/JSON scenario files into (key, value) pairs;
//! - [`render`]: JSON and CSV (the exports of `share::export`), the table, the lists.
//!
//! `eval` applies the preset, then the file, then each `--set`; evaluates; runs the
//! Monte Carlo and both tornados when asked; and renders.

pub mod args;
pub mod preview;
pub mod render;
pub mod scenario_file;
pub mod shell;

use crate::data::presets::{preset, PRESETS};
use crate::model::inputs::text as scenario;
use crate::model::uncertainty::{self, McSettings, Metric};
use crate::model::{evaluate, Inputs, Warning};
use crate::share::export::{Extras, McExport};
use args::{EvalArgs, Format};
use scenario_file::Scalar;

/// `orbital-footprint --help`.
pub const HELP: &str = "orbital-footprint: can orbital data centres lighten Earth's energy and carbon load?

USAGE:
    orbital-footprint eval [FILE] [OPTIONS]
    orbital-footprint params      list every input (key, unit, default, range, low/central/high, source)
    orbital-footprint outputs     list every output (key, unit, meaning)
    orbital-footprint presets     list every preset (id, name, description; its headline published, reproduced, this model's)
    orbital-footprint claims [--format json|table]
                                  check every claim of the public debate: its rule decided under the
                                  claimant's assumptions and this model's central ones (default json)
    orbital-footprint shell       the HTML the page shows before its WebAssembly runs (the default
                                  verdict; `cargo xtask dist` writes it into index.html)
    orbital-footprint preview     the default scenario's cumulative emissions chart as SVG, the
                                  picture of that shell and of the page without JavaScript
                                  (`cargo xtask dist` writes it to preview.svg)
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
    --breakeven             also find what would have to be true: each input's value at which
                            orbit ties Earth on carbon and on cost, the others held, most
                            plausible first (distance in units of its cited range)

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

/// Runs one command line (the arguments after the program name): the text to print
/// (a trailing newline is the printer's business), or a one-line error.
pub fn run(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        None | Some("--help") | Some("-h") | Some("help") => Ok(HELP.to_string()),
        Some("params") => Ok(render::list_params()),
        Some("outputs") => Ok(render::list_outputs()),
        Some("presets") => Ok(render::list_presets()),
        Some("eval") => eval(&args[1..]),
        Some("claims") => claims(&args[1..]),
        Some("shell") => Ok(shell::html()),
        Some("preview") => Ok(preview::svg()),
        Some(other) => Err(format!("unknown command `{other}` (try --help)")),
    }
}

fn eval(args: &[String]) -> Result<String, String> {
    let a = args::parse(args)?;
    let (inputs, mut warnings) = scenario_of(&a)?;
    let out = evaluate(&inputs);
    warnings.extend(out.warnings.iter().cloned());
    let mc = a.draws.map(|n| {
        let settings = McSettings {
            draws: n,
            seed: a.seed.unwrap_or(uncertainty::DEFAULT_SEED),
            overrides: a.overrides.clone(),
        };
        McExport {
            result: uncertainty::run(&inputs, &settings),
            carbon: uncertainty::sensitivity(&inputs, &settings, Metric::Carbon),
            cost: uncertainty::sensitivity(&inputs, &settings, Metric::Cost),
        }
    });
    let ladders = a.breakeven.then(|| uncertainty::ladders(&inputs));
    let extras = Extras {
        mc: mc.as_ref(),
        breakeven: ladders.as_ref(),
    };
    Ok(match a.format {
        Format::Json => render::json(&inputs, &out, &warnings, &extras),
        Format::Table => render::table(&out, &warnings, &extras),
        Format::Csv => render::csv(&inputs, &out, &extras),
    })
}

/// `claims [--format json|table]`.
fn claims(args: &[String]) -> Result<String, String> {
    let format = match args {
        [] => "json",
        [f, v] if f == "--format" => v.as_str(),
        [f] if f.starts_with("--format=") => &f["--format=".len()..],
        _ => return Err("claims: expected at most `--format json|table`".to_string()),
    };
    let checks = crate::model::claims::check_all();
    match format {
        "json" => Ok(render::claims_json(&checks)),
        "table" => Ok(render::claims_table(&checks)),
        other => Err(format!(
            "claims: unknown format `{other}` (allowed: json, table)"
        )),
    }
}

/// The scenario `eval` describes: the defaults, then the preset, the file and each
/// `--set` in turn, with the warnings of every value that was clamped.
fn scenario_of(a: &EvalArgs) -> Result<(Inputs, Vec<Warning>), String> {
    let mut inputs = Inputs::default();
    let mut warnings = Vec::new();
    if let Some(id) = &a.preset {
        let p = preset(id).ok_or_else(|| {
            let ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
            format!(
                "--preset: unknown preset `{id}` (allowed: {})",
                ids.join(", ")
            )
        })?;
        warnings.extend(scenario::apply_preset(&mut inputs, p)?);
    }
    if let Some(path) = &a.file {
        for (key, v) in scenario_file::load(path)? {
            let w = match v {
                Scalar::Num(x) => scenario::apply_number(&mut inputs, &key, x),
                Scalar::Text(s) => scenario::apply(&mut inputs, &key, &s),
            }
            .map_err(|e| format!("{path}: {e}"))?;
            warnings.extend(w);
        }
    }
    for s in &a.sets {
        let (key, v) = s
            .split_once('=')
            .ok_or_else(|| format!("--set `{s}`: expected key=value"))?;
        warnings.extend(scenario::apply(&mut inputs, key.trim(), v)?);
    }
    Ok((inputs, warnings))
}

#[cfg(test)]
mod tests;
