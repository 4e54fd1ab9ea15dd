//! The pure model: `evaluate(&Inputs) -> Outputs`.
//!
//! Architecture invariant: nothing here imports a browser crate, does IO, or panics.
//! Out-of-range or non-finite inputs are clamped to their registry range and reported
//! as warnings inside the outputs; every output is finite.

pub mod inputs;
pub mod lifecycle;
pub mod orbit;
pub mod outputs;
pub mod sweep;
pub mod units;

pub use inputs::Inputs;
pub use outputs::{Outputs, Warning};

use crate::data::params::{choices, params};

/// Clamps every input into its registry range; returns the sanitised inputs and a
/// warning per adjusted value.
pub fn sanitize(inputs: &Inputs) -> (Inputs, Vec<Warning>) {
    let mut i = inputs.clone();
    let mut warnings = Vec::new();
    for p in params() {
        let v = (p.get)(&i);
        let c = p.clamp(v);
        if c != v && !(v.is_nan() && c.is_nan()) {
            (p.set)(&mut i, c);
            warnings.push(Warning::new(
                p.key,
                format!(
                    "{} = {v} {} is outside {}–{} {}; using {c}",
                    p.label, p.unit, p.min, p.max, p.unit
                ),
            ));
        }
    }
    for c in choices() {
        let n = (c.get)(&i);
        if n >= c.len() {
            (c.set)(&mut i, c.index_of(c.default).unwrap_or(0));
            warnings.push(Warning::new(
                c.key,
                format!("{}: unknown option; using {}", c.label, c.default),
            ));
        }
    }
    (i, warnings)
}

/// Evaluates the whole model. Never panics; all outputs are finite.
pub fn evaluate(inputs: &Inputs) -> Outputs {
    let (i, mut warnings) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses(&i.orbit);
    if i.orbit.kind == inputs::OrbitKind::SunSynchronous && eclipses.inclination_deg >= 179.9 {
        warnings.push(Warning::new(
            "orbit.altitude_km",
            "no sun-synchronous orbit exists at this altitude".into(),
        ));
    }
    Outputs { eclipses, warnings }
}

#[cfg(test)]
mod tests;
