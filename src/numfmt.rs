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

/// The shortest plain decimal (at most 15 significant figures, no grouping) that
/// [`parse`] reads back as exactly `x`, when there is one: `x` to 15 figures with
/// trailing zeros dropped. (A double lies within 1.1e-16 of the decimal that names it,
/// far inside half a unit of the 15th figure, so rounding to 15 figures finds that
/// decimal, padded with zeros.) `x` to 15 figures when none names it exactly.
pub fn shortest(x: f64) -> String {
    plain(x, 15)
}

/// `x` as a link can carry it: `x` itself when a decimal of at most 15 significant
/// figures names it exactly (every number a person types or a file holds), else the
/// double [`parse`] reads from its 15-figure decimal. Idempotent; non-finite `x` is
/// returned as is.
pub fn settle(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // 15 figures name one double at most, so this is `x` whenever some decimal of at
    // most 15 figures names `x`, and reading it again gives the same double.
    parse(&plain(x, 15)).unwrap_or(x)
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
    // The scaled value must stay an exact integer in a double (below 2^53, which also
    // keeps it far inside a u64): the decimals past that carry no information anyway
    // and are written as zeros.
    let mut d = decimals as usize;
    while d > 0 && a * pow10(d as i32) >= 9e15 {
        d -= 1;
    }
    let pad = decimals as usize - d;
    let scaled = (a * pow10(d as i32)).round() as u64;
    let digits = scaled.to_string();
    let (int, mut frac) = if digits.len() > d {
        let (i, f) = digits.split_at(digits.len() - d);
        (i.to_string(), f.to_string())
    } else {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat(d - digits.len())),
        )
    };
    frac.push_str(&"0".repeat(pad));
    let int = group(&int);
    if decimals == 0 {
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
    let mut m = unscale(a, e);
    // log10 may land a hair on the wrong side of a power of ten.
    if m < 1.0 {
        m *= 10.0;
        e -= 1;
    }
    let unit = pow10(-(sig as i32 - 1));
    m = (m / unit).round() * unit;
    if m >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    signed(x < 0.0, format!("{}e{e}", decimal(m, sig - 1)))
}

/// `a / 10^e` for any finite `a` and its decimal exponent `e`: below 1e-290 the power
/// itself would underflow (10^-324 is 0, and a subnormal divisor loses digits), so
/// `a` is first scaled up by 10^300.
fn unscale(a: f64, e: i32) -> f64 {
    if e < -290 {
        (a * pow10(300)) / pow10(e + 300)
    } else {
        a / pow10(e)
    }
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
    fn extremes_and_subnormals_format_sensibly() {
        assert_eq!(sig(5e-324, 3), "4.94e-324");
        assert_eq!(sig(-5e-324, 15), "-4.94065645841247e-324");
        assert_eq!(sig(2.2250738585072014e-308, 4), "2.225e-308");
        assert_eq!(sig(1e-310, 3), "1e-310");
        assert_eq!(sig(f64::MAX, 3), "1.8e308");
        assert_eq!(sig(f64::MIN, 15), "-1.79769313486232e308");
        assert_eq!(sig(-0.0, 3), "0");
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(sig(1e-6, 3), "0.000001");
        assert_eq!(sig(9.9999999e-7, 3), "1e-6");
        assert_eq!(sig(999_999_999_999_999.0, 3), "1,000,000,000,000,000");
        // Nine decimals of a large number: the scaled value no longer fits a u64.
        assert_eq!(fixed(2e10, 9), "20,000,000,000.000000000");
        assert_eq!(
            fixed(123_456_789_012_345.0, 9),
            "123,456,789,012,345.000000000"
        );
        assert_eq!(fixed(f64::MAX, 2), "1.8e308");
    }

    /// xorshift64*: a fixed stream, so a failure reproduces.
    fn bits(state: &mut u64) -> u64 {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// The value of `s` (commas dropped). A result that rounds past f64::MAX (`2e308`)
    /// cannot be read back: its mantissa is checked against `x / 10^e` (to `sig`
    /// figures) and `x` returned.
    fn value_of(s: &str, x: f64, sig: u32) -> f64 {
        let t = s.replace(',', "");
        if let Some(v) = parse(&t) {
            return v;
        }
        let (m, e) = t
            .split_once('e')
            .expect("only a scientific result can overflow");
        let e: i32 = e.parse().unwrap();
        assert_eq!(e, 308, "{s} does not parse for {x:e}");
        let m = parse(m).unwrap();
        let want = x / pow10(e);
        let tol = 0.5 * pow10(1 - sig as i32) * (1.0 + 1e-9);
        assert!((m - want).abs() <= tol, "{s} for {x:e}");
        x
    }

    #[test]
    fn every_finite_double_formats_short_and_reads_back_within_its_rounding() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut specials = vec![
            0.0,
            -0.0,
            5e-324,
            -5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            1e15,
            999_999_999_999_999.9,
            1e-6,
            9.999_999_999_999_99e-7,
            0.5,
            9.995,
            0.000_999_5,
        ];
        let mut checked = 0;
        for n in 0..20_000 {
            let x = match specials.pop() {
                Some(x) => x,
                // Random bit patterns cover every exponent; every fourth draw is a
                // "human" number near 1 so rounding boundaries are hit often.
                None if n % 4 == 0 => (bits(&mut state) % 2_000_000) as f64 / 1000.0 - 1000.0,
                None => f64::from_bits(bits(&mut state)),
            };
            if !x.is_finite() {
                continue;
            }
            for s in 1..=15u32 {
                let out = sig(x, s);
                assert!(out.len() <= 26, "sig({x:e}, {s}) = {out}: too long");
                assert!(
                    out.bytes()
                        .all(|b| b.is_ascii_digit() || b",.-e".contains(&b)),
                    "sig({x:e}, {s}) = {out}"
                );
                let back = value_of(&out, x, s);
                let a = x.abs().max(back.abs());
                let unit = if a == 0.0 {
                    0.0
                } else {
                    let k = a.dlog10().floor() as i32 + 1 - s as i32;
                    if k < -290 {
                        pow10(k + 300) / pow10(300)
                    } else {
                        pow10(k)
                    }
                };
                let tol = 0.5 * unit * (1.0 + 1e-9) + x.abs() * 1e-14 + 1e-323;
                assert!(
                    (back - x).abs() <= tol,
                    "sig({x:e}, {s}) = {out} reads back as {back:e}"
                );
                checked += 1;
            }
            if x.abs() < 1e15 {
                for d in 0..=9u32 {
                    let out = fixed(x, d);
                    assert!(out.len() <= 32, "fixed({x:e}, {d}) = {out}: too long");
                    let back = parse(&out.replace(',', "")).unwrap();
                    // Decimals past a double's ~16 significant digits are written as zeros.
                    let tol = 0.5 * pow10(-(d as i32)) * (1.0 + 1e-9) + x.abs() * 1e-15;
                    assert!(
                        (back - x).abs() <= tol,
                        "fixed({x:e}, {d}) = {out} reads back as {back:e}"
                    );
                }
            }
        }
        assert!(checked > 250_000, "{checked}");
    }

    #[test]
    fn plain_has_no_grouping() {
        assert_eq!(plain(12345.0, 6), "12345");
    }
}
