//! The model's outputs, with units in the types, plus warnings.

use super::orbit::Eclipses;

/// A note about an input that was adjusted or an output that needs care.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The input or output key the warning concerns.
    pub key: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(key: &'static str, message: String) -> Warning {
        Warning { key, message }
    }
}

/// Everything the model computes.
#[derive(Clone, Debug, PartialEq)]
pub struct Outputs {
    pub eclipses: Eclipses,
    pub warnings: Vec<Warning>,
}
