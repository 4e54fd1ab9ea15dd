//! Reference data, embedded at compile time as Rust constants: catalogues (cells,
//! accelerators, vehicles, emission indices, grids), environment tables, physical
//! constants, presets and the one list of sources. Every number carries a source id that
//! resolves in [`sources::SOURCES`] (checked by a native test), and low/central/high
//! where a range is published.
//!
//! Architecture invariant: `src/data` imports nothing from the rest of the crate. It
//! knows nothing of `Inputs`, the model, the URL or the UI (a tidy test checks it); the
//! input registry that binds these numbers to the model's inputs lives in
//! `model::inputs::registry`.
//!
//! Why Rust literals and not a JSON/TOML file: no parser ends up in the wasm bundle
//! (size budget), lookups cost nothing on the slider path, and the compiler checks
//! the shape. `validate()` checks the content.

pub mod accelerators;
pub mod cells;
pub mod claims;
pub mod constants;
pub mod emission_indices;
pub mod environment;
pub mod grids;
pub mod presets;
pub mod sources;
pub mod vehicles;

pub use sources::{notes_file, source, Quality, Source, NOTES_FILE, SOURCES};

/// A cited value: low / central / high and the id of its source.
/// When only one value is published, `low == central == high`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cited {
    pub low: f64,
    pub central: f64,
    pub high: f64,
    /// Id of an entry in [`SOURCES`].
    pub source: &'static str,
}

impl Cited {
    /// One published value, no range.
    pub const fn one(v: f64, source: &'static str) -> Cited {
        Cited {
            low: v,
            central: v,
            high: v,
            source,
        }
    }
    /// A published low / central / high.
    pub const fn range(low: f64, central: f64, high: f64, source: &'static str) -> Cited {
        Cited {
            low,
            central,
            high,
            source,
        }
    }
    /// The value at `position` within the cited range: 0 the low, 0.5 the central, 1 the
    /// high, linear between (a non-finite position is the central). Inputs that pick a point
    /// within a catalogue entry's range use it (`assume.catalogue_position`).
    pub fn at(&self, position: f64) -> f64 {
        if !position.is_finite() {
            return self.central;
        }
        let p = position.clamp(0.0, 1.0);
        if p <= 0.5 {
            self.low + 2.0 * p * (self.central - self.low)
        } else {
            self.central + (2.0 * p - 1.0) * (self.high - self.central)
        }
    }
    /// True when the source publishes a range (the input is uncertain).
    pub fn is_uncertain(&self) -> bool {
        self.high > self.low
    }
}

/// Every problem found in the embedded data; empty means valid. (The input registry
/// has its own check, `model::inputs::registry::validate`.)
pub fn validate() -> Vec<String> {
    let mut errs = sources::validate();
    constants::validate(&mut errs);
    cells::validate(&mut errs);
    accelerators::validate(&mut errs);
    vehicles::validate(&mut errs);
    emission_indices::validate(&mut errs);
    grids::validate(&mut errs);
    claims::validate(&mut errs);
    errs
}

/// Checks one cited value: finite, ordered, source resolves.
pub fn check_cited(what: &str, c: &Cited, errs: &mut Vec<String>) {
    if !(c.low.is_finite() && c.central.is_finite() && c.high.is_finite()) {
        errs.push(format!("{what}: non-finite value"));
    }
    if !(c.low <= c.central && c.central <= c.high) {
        errs.push(format!(
            "{what}: low {} ≤ central {} ≤ high {} violated",
            c.low, c.central, c.high
        ));
    }
    if source(c.source).is_none() {
        errs.push(format!("{what}: source id `{}` does not resolve", c.source));
    }
}
