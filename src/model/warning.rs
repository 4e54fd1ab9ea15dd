//! The one note type every stage reports with (a leaf: it imports nothing).

/// A note about an input that was adjusted or an output that needs care.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The input or output registry key the warning concerns (a test checks that every
    /// key a warning can carry names an input or an output).
    pub key: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(key: &'static str, message: String) -> Warning {
        Warning { key, message }
    }
}
