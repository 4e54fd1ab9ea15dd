//! Inputs from text: `key = value` pairs from scenario files, `--set`, presets and the
//! URL decoder, with one clamp sentence for all of them
//! ([`ParamSpec::out_of_range`](super::registry::ParamSpec::out_of_range)).

use super::registry::{choice, param, ChoiceSpec, ParamSpec};
use super::Inputs;
use crate::data::presets::Preset;
use crate::model::warning::{Said, Warning};
use crate::numfmt::plain;

/// Sets numeric input `p` to `used` (the value `x` clamped, or snapped by the URL codec)
/// and returns the clamp sentence when `x` was outside the range. `written` is the value
/// as the user wrote it.
pub fn set_clamped(
    i: &mut Inputs,
    p: &ParamSpec,
    x: f64,
    used: f64,
    written: &str,
) -> Option<Said> {
    (p.set)(i, used);
    (x < p.min || x > p.max).then(|| p.out_of_range(written, used))
}

/// Sets choice `c` to the option with id `id`; on an unknown id, returns the ids allowed
/// ("leo, sso, geo") and leaves the input unchanged.
pub fn set_choice(i: &mut Inputs, c: &ChoiceSpec, id: &str) -> Result<(), String> {
    match c.index_of(id.trim()) {
        Some(n) => {
            (c.set)(i, n);
            Ok(())
        }
        None => Err(c.options().map(|(id, _)| id).collect::<Vec<_>>().join(", ")),
    }
}

/// Sets input `key` from its text form. Numbers go to numeric inputs (clamped into
/// range with a warning); option ids go to choices. Errors are one line naming the
/// key and what it accepts.
pub fn apply(i: &mut Inputs, key: &str, value: &str) -> Result<Option<Warning>, String> {
    let value = value.trim();
    if let Some(p) = param(key) {
        let allowed = || {
            format!(
                "allowed {}–{} {}",
                plain(p.min, 15),
                plain(p.max, 15),
                p.unit
            )
        };
        let v: f64 = crate::numfmt::parse(value)
            .ok_or_else(|| format!("{key}: `{value}` is not a number ({})", allowed()))?;
        if !v.is_finite() {
            return Err(format!("{key}: `{value}` is not finite ({})", allowed()));
        }
        return Ok(set_clamped(i, p, v, p.settle(v), value).map(|m| Warning::new(p.key, m)));
    }
    if let Some(c) = choice(key) {
        return set_choice(i, c, value)
            .map(|()| None)
            .map_err(|ids| format!("{key}: unknown option `{value}` (allowed: {ids})"));
    }
    Err(format!(
        "unknown input `{key}` (list them with `orbital-footprint params`)"
    ))
}

/// Sets a numeric input from a number.
pub fn apply_number(i: &mut Inputs, key: &str, v: f64) -> Result<Option<Warning>, String> {
    if param(key).is_some() {
        apply(i, key, &format!("{v}"))
    } else if choice(key).is_some() {
        Err(format!("{key}: expects an option id, not the number {v}"))
    } else {
        Err(format!(
            "unknown input `{key}` (list them with `orbital-footprint params`)"
        ))
    }
}

/// Applies a preset's settings on top of `i`; the warnings of any clamped value.
pub fn apply_preset(i: &mut Inputs, p: &Preset) -> Result<Vec<Warning>, String> {
    apply_preset_settings(i, p.id, p.settings)
}

/// Applies a list of settings (a preset's, or its source's own assumptions) on top of
/// `i`; an error names the preset `id`.
pub fn apply_preset_settings(
    i: &mut Inputs,
    id: &str,
    settings: &[(&str, &str)],
) -> Result<Vec<Warning>, String> {
    let mut warnings = Vec::new();
    for (key, v) in settings {
        warnings.extend(apply(i, key, v).map_err(|e| format!("preset {id}: {e}"))?);
    }
    Ok(warnings)
}

/// A preset's scenario: the defaults with its settings applied.
pub fn preset_inputs(p: &Preset) -> Result<Inputs, String> {
    let mut i = Inputs::default();
    apply_preset(&mut i, p)?;
    Ok(i)
}

/// The current value of an input as text: the number, or the option id.
pub fn value_text(i: &Inputs, key: &str) -> Option<String> {
    if let Some(p) = param(key) {
        return Some(format!("{}", (p.get)(i)));
    }
    let c = choice(key)?;
    (c.option)((c.get)(i)).map(|(id, _)| id.to_string())
}

#[cfg(test)]
mod tests;
