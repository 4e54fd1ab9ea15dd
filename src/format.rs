//! Display formatting in the current language: strings from the catalogue
//! (`crate::i18n::current()`), numbers with sensible rounding, units. The page's and
//! the charts' formatting (`app`, `chart`); native code (the CLI's static preview) gets
//! the same text, except that Chinese numbers come from `crate::i18n::zh_sig` where the
//! page uses the browser's `Intl.NumberFormat("zh-CN")` in compact notation (万, 亿, 万亿).
//! English numbers come from `crate::numfmt` (en-US grouping, no `core::fmt` float code
//! in the bundle).

use crate::i18n::{current, Msg, Ui};
pub use crate::numfmt::{fixed, plain};

/// A fixed string in the page's language.
pub fn t(k: Ui) -> &'static str {
    current().ui(k)
}

/// A sentence in the page's language.
pub fn m(msg: Msg) -> String {
    current().msg(msg)
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
thread_local! {
    /// `Intl.NumberFormat("zh-CN", {notation: "compact", maximumSignificantDigits: n})`
    /// for n = 1..=8, built once each (building one is slow).
    static ZH_FORMATS: std::cell::RefCell<Vec<Option<js_sys::Function>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `x` to `sig` significant figures with the browser's Chinese number format; None
/// when `Intl` is missing or fails.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn zh_intl(x: f64, sig: u32) -> Option<String> {
    let sig = sig.clamp(1, 8) as usize;
    let f = ZH_FORMATS.with(|cell| {
        let mut v = cell.borrow_mut();
        if v.len() <= sig {
            v.resize(sig + 1, None);
        }
        if v[sig].is_none() {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"notation".into(), &"compact".into());
            let _ = js_sys::Reflect::set(
                &opts,
                &"maximumSignificantDigits".into(),
                &(sig as f64).into(),
            );
            let locales = js_sys::Array::of1(&"zh-CN".into());
            let nf = js_sys::Intl::NumberFormat::new(&locales, &opts);
            v[sig] = Some(nf.format());
        }
        v[sig].clone()
    })?;
    use wasm_bindgen::JsCast;
    f.call1(&wasm_bindgen::JsValue::NULL, &x.into())
        .ok()?
        .dyn_into::<js_sys::JsString>()
        .ok()
        .map(String::from)
}

/// No `Intl` outside the browser: the catalogue's own Chinese format.
#[cfg(not(all(feature = "web", target_arch = "wasm32")))]
pub fn zh_intl(_x: f64, _sig: u32) -> Option<String> {
    None
}

/// `x` to `sig` significant figures in the page's language ("1,230"; "1.23万").
pub fn fmt_sig(x: f64, sig: u32) -> String {
    let c = current();
    if c.zh() && x.is_finite() && (1e-6..1e16).contains(&x.abs()) {
        if let Some(s) = zh_intl(x, sig) {
            return s;
        }
    }
    c.num(x, sig)
}

/// A formatted number with its unit, spaced as the language does ("650 km"; "650公里").
pub fn number_unit(n: &str, unit: &str) -> String {
    current().number_unit(n, unit)
}

/// A 0–1 fraction as a percentage with sensible precision ("36.2 %", "0.4 %", "0 %";
/// Chinese "36.2%").
pub fn pct(f: f64) -> String {
    let p = f * 100.0;
    let n = if p == 0.0 {
        "0".to_string()
    } else if p.abs() < 10.0 {
        fixed(p, 1)
    } else {
        fixed(p, 0)
    };
    number_unit(&n, "%")
}

/// A ratio as "1.6×", "12×", "1,600×" (Chinese "1.6倍").
pub fn ratio_text(r: f64) -> String {
    if !r.is_finite() {
        return "–".into();
    }
    let n = fmt_sig(r, if r < 10.0 { 2 } else { 3 });
    if current().zh() {
        format!("{n}倍")
    } else {
        format!("{n}×")
    }
}

/// Outputs that count whole things (launches, satellites): shown rounded up, since 50.8
/// launches means 51 rockets; the exports keep the model's fractional allocation.
const WHOLE_COUNTS: &[&str] = &["launch.launches", "mass.satellites"];

/// An output's value as the page shows it: [`with_unit`], whole counts rounded up.
pub fn output_text(key: &str, v: f64, unit: &str) -> String {
    if WHOLE_COUNTS.contains(&key) && v.is_finite() {
        with_unit(v.ceil(), unit)
    } else {
        with_unit(v, unit)
    }
}

/// What an output with no number in the scenario reads as (`OutputSpec::no_value`): a
/// payback that never comes is "never", a break-even launch footprint that does not exist
/// says why; never the placeholder number the model carries.
pub fn no_value_text(key: &str) -> &'static str {
    t(match key {
        "verdict.payback_year" => Ui::Never,
        "verdict.breakeven_launch_kg_per_kg" => Ui::NoBreakevenLaunch,
        _ => Ui::NoValue,
    })
}

/// An output as the page shows it: what it reads as ([`no_value_text`]) when the scenario
/// has no number for it (`none`), else [`output_text`].
pub fn output_or_none(key: &str, v: f64, unit: &str, none: bool) -> String {
    if none {
        no_value_text(key).to_string()
    } else {
        output_text(key, v, unit)
    }
}

/// A value with its unit ("1.2 MW", "36 %", "2,800 t"; "1.2兆瓦"). Chinese writes
/// millions of dollars and hours as the number itself with 万/亿 ("156亿美元", not
/// "1.56万百万美元").
pub fn with_unit(v: f64, unit: &str) -> String {
    if current().zh() {
        let base = match unit {
            "M USD" => Some("USD"),
            "M h" => Some("h"),
            _ => None,
        };
        if let Some(b) = base {
            return number_unit(&fmt_sig(v * 1e6, 3), b);
        }
    }
    number_unit(&fmt_sig(v, 3), unit)
}

/// A compact axis label: 950, 12k, 3.4M, 1.2G (Chinese 1.2万, 340万, 12亿).
pub fn compact(v: f64) -> String {
    if current().zh() {
        return fmt_sig(v, 3);
    }
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
    format!("{}{suffix}", crate::numfmt::sig(v / d, 3))
}
