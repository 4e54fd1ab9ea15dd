//! Applying scenario values (`key = value` from files, `--set`, URLs) to `Inputs`,
//! with the same clamping and warnings as the UI.

use super::inputs::Inputs;
use super::outputs::Warning;
use crate::data::params::{choice, param};
use crate::numfmt::plain;

/// Sets input `key` from its text form. Numbers go to numeric inputs (clamped into
/// range with a warning); option ids go to choices. Errors are one line naming the
/// key and what it accepts.
pub fn apply(i: &mut Inputs, key: &str, value: &str) -> Result<Option<Warning>, String> {
    let value = value.trim();
    if let Some(p) = param(key) {
        let v: f64 = crate::numfmt::parse(value).ok_or_else(|| {
            format!(
                "{key}: `{value}` is not a number (allowed {}–{} {})",
                plain(p.min, 15),
                plain(p.max, 15),
                p.unit
            )
        })?;
        if !v.is_finite() {
            return Err(format!(
                "{key}: `{value}` is not finite (allowed {}–{} {})",
                plain(p.min, 15),
                plain(p.max, 15),
                p.unit
            ));
        }
        let c = p.clamp(v);
        (p.set)(i, c);
        if c != v {
            return Ok(Some(super::clamped(p, v, c)));
        }
        return Ok(None);
    }
    if let Some(c) = choice(key) {
        let n = c.index_of(value).ok_or_else(|| {
            let ids: Vec<&str> = c.options().map(|(id, _)| id).collect();
            format!(
                "{key}: unknown option `{value}` (allowed: {})",
                ids.join(", ")
            )
        })?;
        (c.set)(i, n);
        return Ok(None);
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
