//! Every preset three ways (the preset table): (a) its published headline; (b) that
//! headline reproduced under the source's own assumptions (the preset's settings, then
//! its source settings); (c) this model's physics for the same design (the settings
//! alone). Like the Monte Carlo, this drives the whole model; it is not a stage.

use super::inputs::text::{apply_preset_settings, preset_inputs};
use super::outputs::output;
use super::{evaluate, Inputs};
use crate::data::presets::Preset;

/// One row of the preset table.
#[derive(Clone, Copy, Debug)]
pub struct PresetRow {
    pub preset: &'static Preset,
    /// (a) as published, in the headline output's unit.
    pub published: f64,
    /// (b) the headline under the source's assumptions.
    pub reproduced: f64,
    /// (c) the headline under this model's physics.
    pub physics: f64,
}

impl PresetRow {
    /// True when (b) lies within the preset's tolerance of (a).
    pub fn reproduces(&self) -> bool {
        (self.reproduced - self.published).abs() <= self.preset.tolerance * self.published.abs()
    }
}

/// The preset's scenario under its source's own assumptions: the defaults, its settings,
/// then its source settings.
pub fn source_inputs(p: &Preset) -> Result<Inputs, String> {
    let mut i = preset_inputs(p)?;
    apply_preset_settings(&mut i, p.id, p.source_settings)?;
    Ok(i)
}

/// The preset's row: its headline published, reproduced and under this model's physics
/// (non-finite and unknown headlines read as 0; a native test checks every headline).
pub fn row(p: &'static Preset) -> PresetRow {
    let headline = |i: Result<Inputs, String>| {
        let o = evaluate(&i.unwrap_or_default());
        output(p.headline).map_or(0.0, |spec| (spec.get)(&o))
    };
    PresetRow {
        preset: p,
        published: p.published_value,
        reproduced: headline(source_inputs(p)),
        physics: headline(preset_inputs(p)),
    }
}

/// Every preset's row, in preset order.
pub fn table() -> Vec<PresetRow> {
    crate::data::presets::PRESETS.iter().map(row).collect()
}
