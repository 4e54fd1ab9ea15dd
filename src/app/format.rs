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

/// A ratio as "1.6×", "12×", "1,600×".
pub fn ratio_text(r: f64) -> String {
    if !r.is_finite() {
        return "–".into();
    }
    format!("{}×", fmt_sig(r, if r < 10.0 { 2 } else { 3 }))
}

/// A value with its unit ("1.2 MW", "36 %", "2,800 t").
pub fn with_unit(v: f64, unit: &str) -> String {
    let n = fmt_sig(v, 3);
    match unit {
        "" => n,
        "°" => format!("{n}°"),
        u => format!("{n} {u}"),
    }
}

/// A compact axis label: 950, 12k, 3.4M, 1.2G.
pub fn compact(v: f64) -> String {
    let a = v.abs();
    let (d, suffix) = if a >= 1e9 {
        (1e9, "G")
    } else if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e4 {
        (1e3, "k")
    } else {
        (1.0, "")
    };
    format!("{}{suffix}", fmt_sig(v / d, 3))
}
