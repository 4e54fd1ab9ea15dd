//! The arguments of `eval`, parsed into [`EvalArgs`] before anything is applied.
//!
//! Parsing checks the shape of every option (a value where one is needed, a known
//! format, whole numbers, known keys for `--hold`/`--widen`); what needs the scenario
//! (the preset's id, the file, each `--set`) is checked when it is applied, in the
//! order preset, file, `--set`.

use crate::model::inputs::registry::param;
use crate::model::uncertainty::{Spread, MAX_DRAWS, MAX_WIDEN};

/// The document `eval` prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Json,
    Table,
    Csv,
}

/// What `eval` was asked to do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvalArgs {
    pub format: Format,
    /// The scenario file (TOML or JSON).
    pub file: Option<String>,
    /// The preset id, looked up when applied.
    pub preset: Option<String>,
    /// Each `--set` as given (`key=value`), split when applied.
    pub sets: Vec<String>,
    /// `--monte-carlo N`: N ≥ 1 (more than the maximum is clamped with a warning later).
    pub draws: Option<usize>,
    pub seed: Option<u64>,
    /// `--hold KEY` and `--widen KEY=F`, in the order given (the last one for a key wins).
    pub overrides: Vec<(&'static str, Spread)>,
    /// `--breakeven`: add the break-even ladders (carbon and cost).
    pub breakeven: bool,
}

/// Parses the arguments after `eval`. Options take their value as the next argument or
/// after `=` (`--format=csv`); the one argument that is not an option is the file.
pub fn parse(args: &[String]) -> Result<EvalArgs, String> {
    let mut a = EvalArgs::default();
    let mut k = 0;
    while k < args.len() {
        let arg = args[k].as_str();
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (arg, None),
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
            "--set" => a.sets.push(value(name)?.to_string()),
            "--format" => a.format = parse_format(value(name)?)?,
            "--preset" => a.preset = Some(value(name)?.to_string()),
            "--monte-carlo" => a.draws = Some(parse_draws(value(name)?)?),
            "--seed" => a.seed = Some(parse_seed(value(name)?)?),
            "--hold" => a
                .overrides
                .push((input_key(value(name)?)?, Spread::Central)),
            "--widen" => a.overrides.push(parse_widen(value(name)?)?),
            "--breakeven" if inline.is_none() => a.breakeven = true,
            _ if arg.starts_with("--") => {
                return Err(format!("unknown option `{arg}` (try --help)"))
            }
            _ if a.file.is_none() => a.file = Some(arg.to_string()),
            _ => {
                return Err(format!(
                    "unexpected argument `{arg}`: give one scenario file"
                ))
            }
        }
        k += 1;
    }
    if a.draws.is_none() && (a.seed.is_some() || !a.overrides.is_empty()) {
        return Err("--seed, --hold and --widen need --monte-carlo N".into());
    }
    Ok(a)
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s {
        "json" => Ok(Format::Json),
        "table" => Ok(Format::Table),
        "csv" => Ok(Format::Csv),
        _ => Err(format!("--format: `{s}` (allowed: json, table, csv)")),
    }
}

fn parse_draws(v: &str) -> Result<usize, String> {
    match v.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_DRAWS).contains(&n) => Ok(n),
        _ => Err(format!(
            "--monte-carlo: `{v}` is not a whole number of draws (allowed 1–{MAX_DRAWS})"
        )),
    }
}

fn parse_seed(v: &str) -> Result<u64, String> {
    v.trim().parse().map_err(|_| {
        format!("--seed: `{v}` is not a whole number (allowed 0–18446744073709551615)")
    })
}

/// A numeric input's registry key (the Monte Carlo samples numeric inputs only).
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &str) -> Result<EvalArgs, String> {
        let v: Vec<String> = args.split_whitespace().map(String::from).collect();
        parse(&v)
    }

    #[test]
    fn nothing_given_is_json_of_the_defaults() {
        assert_eq!(parse_str(""), Ok(EvalArgs::default()));
        assert_eq!(EvalArgs::default().format, Format::Json);
    }

    #[test]
    fn every_option_lands_in_its_field_in_either_spelling() {
        let a = parse_str(
            "s.toml --preset suncatcher --set orbit.altitude_km=800 --set=orbit.kind=leo \
             --format=csv --monte-carlo 50 --seed=7 --hold econ.discount_pct \
             --widen power.battery_wh_per_kg=2",
        )
        .unwrap();
        assert_eq!(
            a,
            EvalArgs {
                breakeven: false,
                format: Format::Csv,
                file: Some("s.toml".into()),
                preset: Some("suncatcher".into()),
                sets: vec!["orbit.altitude_km=800".into(), "orbit.kind=leo".into()],
                draws: Some(50),
                seed: Some(7),
                overrides: vec![
                    ("econ.discount_pct", Spread::Central),
                    ("power.battery_wh_per_kg", Spread::Widen(2.0)),
                ],
            }
        );
        assert_eq!(parse_str("--format table").unwrap().format, Format::Table);
        // A value is taken whole, even when it starts like an option.
        assert_eq!(
            parse_str("--preset --x").unwrap().preset.as_deref(),
            Some("--x")
        );
    }

    #[test]
    fn errors_name_the_option_and_what_is_allowed() {
        for (args, want) in [
            (
                "--format xml",
                "--format: `xml` (allowed: json, table, csv)",
            ),
            ("--format", "--format needs a value"),
            ("--set", "--set needs a value"),
            ("--bogus", "unknown option `--bogus` (try --help)"),
            (
                "a.toml b.toml",
                "unexpected argument `b.toml`: give one scenario file",
            ),
            (
                "--monte-carlo 0",
                "--monte-carlo: `0` is not a whole number of draws (allowed 1–20000)",
            ),
            (
                "--monte-carlo many",
                "--monte-carlo: `many` is not a whole number of draws (allowed 1–20000)",
            ),
            (
                "--monte-carlo 10 --seed -1",
                "--seed: `-1` is not a whole number (allowed 0–18446744073709551615)",
            ),
            (
                "--seed 3",
                "--seed, --hold and --widen need --monte-carlo N",
            ),
            (
                "--hold econ.discount_pct",
                "--seed, --hold and --widen need --monte-carlo N",
            ),
            (
                "--monte-carlo 10 --hold orbit.nope",
                "unknown numeric input `orbit.nope` (list them with `orbital-footprint params`)",
            ),
            (
                "--monte-carlo 10 --hold orbit.kind",
                "unknown numeric input `orbit.kind` (list them with `orbital-footprint params`)",
            ),
            (
                "--monte-carlo 10 --widen econ.discount_pct",
                "--widen `econ.discount_pct`: expected key=factor",
            ),
            (
                "--monte-carlo 10 --widen econ.discount_pct=99",
                "--widen econ.discount_pct: `99` is not a factor (allowed 0–10)",
            ),
            (
                "--monte-carlo 10 --widen econ.discount_pct=-1",
                "--widen econ.discount_pct: `-1` is not a factor (allowed 0–10)",
            ),
        ] {
            assert_eq!(parse_str(args), Err(want.to_string()), "{args}");
        }
    }

    #[test]
    fn the_first_bad_argument_is_the_one_reported() {
        assert_eq!(
            parse_str("--format xml --bogus"),
            Err("--format: `xml` (allowed: json, table, csv)".into())
        );
        // The Monte Carlo check comes after every argument has parsed.
        assert_eq!(
            parse_str("--seed 3 --bogus"),
            Err("unknown option `--bogus` (try --help)".into())
        );
    }

    #[test]
    fn draws_are_checked_against_the_maximum_and_keys_are_trimmed() {
        assert_eq!(
            parse_str("--monte-carlo 20000").unwrap().draws,
            Some(20_000)
        );
        assert!(parse_str("--monte-carlo 20001").is_err());
        assert!(parse_str("--monte-carlo 0").is_err());
        let a = parse(&[
            "--monte-carlo".into(),
            " 5 ".into(),
            "--hold".into(),
            " econ.discount_pct ".into(),
        ])
        .unwrap();
        assert_eq!(a.draws, Some(5));
        assert_eq!(a.overrides, vec![("econ.discount_pct", Spread::Central)]);
    }
}
