//! Registry slices and sources of the lifecycle side (launch, emissions, Earth, economics).

use super::params::{ChoiceSpec, ParamSpec};
use super::sources::Source;

/// Numeric inputs of the lifecycle side.
pub static PARAMS: &[ParamSpec] = &[];
/// Choice inputs of the lifecycle side.
pub static CHOICES: &[ChoiceSpec] = &[];
/// Sources of the lifecycle side.
pub static SOURCES: &[Source] = &[];
