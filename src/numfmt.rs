//! Number formatting without `core::fmt`'s float machinery.
//!
//! Rust's `{}`/`{:.1}` for `f64` pulls Grisu, Dragon4 and their tables into the wasm
//! bundle (~18 KB). Display needs only "round to n significant figures or n decimals",
//! which integer arithmetic does in a few hundred bytes. Used by model warnings and the UI.

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
    let mag = a.log10().floor() as i32;
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

fn signed(neg: bool, body: String) -> String {
    if neg && body != "0" {
        format!("-{body}")
    } else {
        body
    }
}

fn pow10(e: i32) -> f64 {
    10f64.powi(e)
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
    let mut e = a.log10().floor() as i32;
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
