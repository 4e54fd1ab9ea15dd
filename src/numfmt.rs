//! Number formatting without `core::fmt`'s float machinery.
//!
//! Rust's `{}`/`{:.1}` for `f64` pulls Grisu, Dragon4 and their tables into the wasm
//! bundle (~18 KB). Display needs only "round to n significant figures or n decimals",
//! which integer arithmetic does in a few hundred bytes. Used by model warnings and the UI.
//! `parse` is the matching reader (core's float parser is ~6 KB).

use crate::detmath::DetMath;
/// Largest value formatted positionally; beyond it, scientific notation.
const POSITIONAL_MAX: f64 = 1e15;

/// `x` rounded to at most `sig` significant figures, trailing zeros dropped, thousands
/// grouped with commas: `sig(1234.5, 3) == "1,230"`, `sig(0.012345, 2) == "0.012"`.
pub fn sig(x: f64, sig: u32) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    let sig = sig.clamp(1, 15) as i32;
    let a = x.abs();
    if !(1e-6..POSITIONAL_MAX).contains(&a) {
        return scientific(x, sig as u32);
    }
    let mag = a.dlog10().floor() as i32;
    let decimals = (sig - 1 - mag).max(0);
    let body = if decimals > 0 {
        decimal(a, decimals as u32)
    } else {
        let unit = pow10(mag + 1 - sig);
        let r = (a / unit).round() * unit;
        decimal(r, 0)
    };
    signed(x < 0.0, body)
}

/// `x` with exactly `decimals` decimals (no trimming), thousands grouped.
pub fn fixed(x: f64, decimals: u32) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    if x.abs() >= POSITIONAL_MAX {
        return scientific(x, 3);
    }
    let body = decimal_untrimmed(x.abs(), decimals.min(9));
    signed(
        x < 0.0 && body.bytes().any(|b| b.is_ascii_digit() && b != b'0'),
        body,
    )
}

/// Plain decimal string without grouping (for machine-readable fields: URL, inputs).
pub fn plain(x: f64, sig_figs: u32) -> String {
    sig(x, sig_figs).replace(',', "")
}

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (surrounding spaces allowed) without
/// `core`'s float parser. Exact (correctly rounded) for up to 15 significant digits
/// and exponents within ±22, which covers everything `share::encode` writes; within a few
/// units in the last place otherwise. `None` for anything else, and for results that
/// are not finite (`1e999`, `nan`, `inf`).
pub fn parse(s: &str) -> Option<f64> {
    let b = s.trim().as_bytes();
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    const FULL: u64 = 100_000_000_000_000_000; // 1e17: room for one more digit
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut digits = 0usize;
    let mut frac = false;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                digits += 1;
                if mant < FULL {
                    mant = mant * 10 + u64::from(d - b'0');
                    if frac {
                        exp -= 1;
                    }
                } else if !frac {
                    exp += 1;
                }
            }
            b'.' if !frac => frac = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + i64::from(b[i] - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    if mant == 0 {
        return Some(0.0);
    }
    let m = mant as f64;
    let x = if mant <= (1u64 << 53) && (-22..=22).contains(&exp) {
        // Both operands exact, so IEEE rounding makes the result correctly rounded.
        if exp >= 0 {
            m * pow10(exp as i32)
        } else {
            m / pow10(-exp as i32)
        }
    } else if exp < -300 {
        (m * pow10(-300)) * pow10((exp + 300).max(-400) as i32)
    } else {
        m * pow10(exp.min(400) as i32)
    };
    let x = if neg { -x } else { x };
    x.is_finite().then_some(x)
}

fn signed(neg: bool, body: String) -> String {
    if neg && body != "0" {
        format!("-{body}")
    } else {
        body
    }
}

/// 10^e, deterministically (the same bits natively and in wasm).
pub fn pow10(e: i32) -> f64 {
    10f64.dpowi(e)
}

/// `x` rounded to `sig` significant figures, as a number: the double nearest the
/// decimal (`round_sig(123_456.0, 3) == 123_000.0`). The one rounding of this kind, used
/// by the URL codec and the logarithmic sliders.
pub fn round_sig(x: f64, sig: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = x.abs().dlog10().floor() as i32;
    let e = sig - 1 - mag;
    if e > 0 {
        (x * pow10(e)).round() / pow10(e)
    } else {
        (x / pow10(-e)).round() * pow10(-e)
    }
}

/// `a ≥ 0` rounded to `decimals`, trailing zeros trimmed, grouped.
fn decimal(a: f64, decimals: u32) -> String {
    let s = decimal_untrimmed(a, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn decimal_untrimmed(a: f64, decimals: u32) -> String {
    let scaled = (a * pow10(decimals as i32)).round() as u64;
    let digits = scaled.to_string();
    let d = decimals as usize;
    let (int, frac) = if digits.len() > d {
        let (i, f) = digits.split_at(digits.len() - d);
        (i.to_string(), f.to_string())
    } else {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat(d - digits.len())),
        )
    };
    let int = group(&int);
    if d == 0 {
        int
    } else {
        format!("{int}.{frac}")
    }
}

fn group(int: &str) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (n, ch) in int.chars().enumerate() {
        if n > 0 && (int.len() - n).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn scientific(x: f64, sig: u32) -> String {
    let a = x.abs();
    let mut e = a.dlog10().floor() as i32;
    let mut m = a / pow10(e);
    let unit = pow10(-(sig as i32 - 1));
    m = (m / unit).round() * unit;
    if m >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    signed(x < 0.0, format!("{}e{e}", decimal(m, sig - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significant_figures() {
        assert_eq!(sig(650.0, 4), "650");
        assert_eq!(sig(1234.5, 3), "1,230");
        assert_eq!(sig(1436.07, 4), "1,436");
        assert_eq!(sig(69.4166, 3), "69.4");
        assert_eq!(sig(0.012345, 2), "0.012");
        assert_eq!(sig(-2.5, 2), "-2.5");
        assert_eq!(sig(9.996, 3), "10");
        assert_eq!(sig(0.0, 3), "0");
        assert_eq!(sig(1_800.0, 4), "1,800");
        assert_eq!(sig(f64::NAN, 3), "–");
        assert_eq!(sig(2.0e21, 3), "2e21");
        assert_eq!(sig(1.234e-8, 3), "1.23e-8");
    }

    #[test]
    fn fixed_decimals() {
        assert_eq!(fixed(36.2049, 1), "36.2");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(12345.678, 0), "12,346");
        assert_eq!(fixed(0.5, 2), "0.50");
    }

    #[test]
    fn plain_has_no_grouping() {
        assert_eq!(plain(12345.0, 6), "12345");
    }
}
