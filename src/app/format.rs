//! Number formatting for display: sensible rounding, thousands separators, units.
//! Built on `crate::numfmt` (no `core::fmt` float code in the bundle).

pub use crate::numfmt::{fixed, plain, sig as fmt_sig};

/// A 0–1 fraction as a percentage with sensible precision ("36.2 %", "0.4 %", "0 %").
pub fn pct(f: f64) -> String {
    let p = f * 100.0;
    if p == 0.0 {
        "0 %".into()
    } else if p.abs() < 10.0 {
        format!("{} %", fixed(p, 1))
    } else {
        format!("{} %", fixed(p, 0))
    }
}
