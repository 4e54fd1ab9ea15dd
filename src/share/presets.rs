//! The preset table as Markdown (the README's, and the CLI's `presets`): each preset's
//! headline published, reproduced under the source's assumptions, and under this
//! model's physics, with why they differ. The page builds the same rows as HTML.

use crate::data::presets::{PENDING, TABLE_COLUMNS};
use crate::model::outputs::output;
use crate::model::presets::PresetRow;
use crate::numfmt::sig;

/// A headline value as the table shows it: 4 significant figures.
pub fn value_text(x: f64) -> String {
    sig(x, 4)
}

/// The headline's label and unit: "Mass to orbit per kW of IT installed (kg/kW)".
pub fn headline_text(key: &str) -> String {
    match output(key) {
        Some(o) if o.unit.is_empty() => o.meaning.to_string(),
        Some(o) => format!("{} ({})", o.meaning, o.unit),
        None => key.to_string(),
    }
}

/// Why (c) differs from (a), and what the reproduction still lacks.
pub fn notes_text(r: &PresetRow) -> String {
    let p = r.preset;
    match (p.differs.is_empty(), p.pending.is_empty()) {
        (_, true) => p.differs.to_string(),
        (true, false) => format!("{PENDING} {}", p.pending),
        (false, false) => format!("{} {PENDING} {}", p.differs, p.pending),
    }
}

/// The whole table, one Markdown row per preset.
pub fn markdown(rows: &[PresetRow]) -> String {
    let mut t = format!("| {} |\n", TABLE_COLUMNS.join(" | "));
    t.push_str(&format!("|{}\n", "---|".repeat(TABLE_COLUMNS.len())));
    for r in rows {
        let cells = [
            format!("{} (`{}`)", r.preset.name, r.preset.id),
            headline_text(r.preset.headline),
            format!("{} — {}", value_text(r.published), r.preset.published),
            value_text(r.reproduced),
            value_text(r.physics),
            notes_text(r),
        ];
        let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        t.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    t
}
