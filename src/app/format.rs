//! Number formatting for display: sensible rounding, thousands separators, units.

/// Rounds to at most `sig` significant figures (trailing zeros after the point
/// dropped) and groups thousands with a comma.
pub fn fmt_sig(x: f64, sig: u32) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    let mag = x.abs().log10().floor() as i32;
    let decimals = (sig as i32 - 1 - mag).max(0) as usize;
    let p = 10f64.powi(sig as i32 - 1 - mag);
    let r = (x * p).round() / p;
    let mut s = format!("{r:.decimals$}");
    if s.contains('.') {
        s.truncate(s.trim_end_matches('0').trim_end_matches('.').len());
    }
    group(&s)
}

/// A 0–1 fraction as a percentage with sensible precision ("36.2 %", "0.4 %", "0 %").
pub fn pct(f: f64) -> String {
    let p = f * 100.0;
    if p == 0.0 {
        "0 %".into()
    } else if p.abs() < 10.0 {
        format!("{p:.1} %")
    } else {
        format!("{p:.0} %")
    }
}

fn group(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map(|r| ("-", r)).unwrap_or(("", s));
    let (int, frac) = rest
        .split_once('.')
        .map(|(a, b)| (a, Some(b)))
        .unwrap_or((rest, None));
    let mut out = String::new();
    for (n, ch) in int.chars().enumerate() {
        if n > 0 && (int.len() - n) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}
