//! The pure model: `evaluate(&Inputs) -> Outputs`.
//!
//! Architecture invariant: nothing here imports a browser crate, does IO, or panics.
//! Out-of-range or non-finite inputs are clamped to their registry range and reported
//! as warnings inside the outputs; every output is finite.

pub mod inputs;
pub mod lifecycle;
pub mod mass;
pub mod orbit;
pub mod outputs;
pub mod power;
pub mod scenario;
pub mod solar;
pub mod sweep;
pub mod thermal;
pub mod uncertainty;
pub mod units;
pub mod workload;

pub use inputs::Inputs;
pub use outputs::{Outputs, Warning};

use crate::data::params::{choices, params};
use crate::numfmt::sig;

/// The warning for an input clamped from `v` to `used` (the model and the CLI say the same).
pub(crate) fn clamped(p: &crate::data::params::ParamSpec, v: f64, used: f64) -> Warning {
    Warning::new(
        p.key,
        format!(
            "{} = {} {} is outside {}–{} {}; using {}",
            p.label,
            sig(v, 6),
            p.unit,
            sig(p.min, 6),
            sig(p.max, 6),
            p.unit,
            sig(used, 6)
        ),
    )
}

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
            warnings.push(clamped(p, v, c));
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
///
/// The eclipse year-scan dominates the cost; Monte Carlo runs that keep the orbit
/// fixed should scan once with [`orbit::annual_eclipses_summary`] and call
/// [`evaluate_with_orbit`].
pub fn evaluate(inputs: &Inputs) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses(&i.orbit);
    evaluate_sanitized(&i, eclipses, warnings)
}

/// Evaluates the model with a precomputed eclipse profile, which must come from
/// `orbit::annual_eclipses*` of the same (sanitised) orbit inputs.
pub fn evaluate_with_orbit(inputs: &Inputs, eclipses: &orbit::Eclipses) -> Outputs {
    let (i, warnings) = sanitize(inputs);
    evaluate_sanitized(&i, eclipses.clone(), warnings)
}

/// The array area that exactly powers the workload at end of life on the worst orbit
/// (the UI's "size array to workload").
pub fn array_area_for_workload(inputs: &Inputs) -> units::SquareMetres {
    let (i, _) = sanitize(inputs);
    let eclipses = orbit::annual_eclipses_summary(&i.orbit);
    system::array_area_for_workload(&i, &eclipses)
}

fn evaluate_sanitized(
    i: &Inputs,
    eclipses: orbit::Eclipses,
    mut warnings: Vec<Warning>,
) -> Outputs {
    if i.orbit.kind == inputs::OrbitKind::SunSynchronous && eclipses.inclination_deg >= 179.9 {
        warnings.push(Warning::new(
            "orbit.altitude_km",
            "no sun-synchronous orbit exists at this altitude".into(),
        ));
    }
    system::evaluate_system(i, eclipses, warnings)
}

mod system;

#[cfg(test)]
mod tests;
