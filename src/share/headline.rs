//! The verdict sentence in English, from the outputs only, for the exports and the CLI
//! (which stay English): the page's headline (`app::verdict::headline`) in the words of
//! the English catalogue, "Over 5 years this orbital data centre emits 2.5× the CO2e of
//! the same compute in a data centre on the world-average grid; its launch and
//! manufacturing emissions are never paid back."
//!
//! The page words its headline in its own language through `i18n`; this module keeps the
//! English templates beside their catalogue keys ([`TEMPLATES`]), and the i18n tests hold
//! them to the catalogue's English, so the two cannot drift apart. The choice of words
//! follows the page's `RatioWords`: "N×" from 2×, "% more" above 1×, "% less" below,
//! capped at 99 %; one year and one payback year in the singular.

use crate::data::grids;
use crate::model::Outputs;
use crate::numfmt::sig;

const HEADLINE: &str = "Over {years} years this orbital data centre {what}; {payback}.";
const HEADLINE_ONE_YEAR: &str = "Over 1 year this orbital data centre {what}; {payback}.";
const EMITS_MORE: &str = "emits {ratio} the CO2e of the same compute in {earth}";
const EMITS_PCT_MORE: &str = "emits {pct} more CO2e than the same compute in {earth}";
const EMITS_LESS: &str = "emits {pct} less CO2e than the same compute in {earth}";
const PAYBACK_AFTER: &str =
    "its launch and manufacturing emissions are paid back after {years} years";
const PAYBACK_AFTER_ONE_YEAR: &str =
    "its launch and manufacturing emissions are paid back after 1 year";
const CLEANER_FROM_DAY_ONE: &str = "it is cleaner from the first day";
const NEVER_PAID_BACK: &str = "its launch and manufacturing emissions are never paid back";
const EARTH_FALLBACK: &str = "the Earth alternative";

/// Every English template here with the catalogue key whose English it is (`i18n::Ui` and
/// `Msg`): the i18n tests check each against the catalogue.
pub const TEMPLATES: [(&str, &str); 10] = [
    ("verdict.headline", HEADLINE),
    ("verdict.headline_one_year", HEADLINE_ONE_YEAR),
    ("verdict.emits_more", EMITS_MORE),
    ("verdict.emits_pct_more", EMITS_PCT_MORE),
    ("verdict.emits_less", EMITS_LESS),
    ("verdict.payback_after", PAYBACK_AFTER),
    ("verdict.payback_after_one_year", PAYBACK_AFTER_ONE_YEAR),
    ("verdict.cleaner_from_day_one", CLEANER_FROM_DAY_ONE),
    ("verdict.never_paid_back", NEVER_PAID_BACK),
    ("verdict.earth_fallback", EARTH_FALLBACK),
];

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (k, v) in args {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

/// The verdict sentence of `o`, in English (see the module's description).
pub fn headline(o: &Outputs) -> String {
    let v = &o.verdicts;
    let earth = grids::alternative(o.earth.alternative).map_or(EARTH_FALLBACK, |a| a.phrase);
    let r = v.ratio;
    let pct = |p: f64| format!("{} %", sig(p.round().max(1.0), 2));
    let what = if r >= 2.0 || !r.is_finite() {
        let ratio = if r.is_finite() {
            format!("{}×", sig(r, if r < 10.0 { 2 } else { 3 }))
        } else {
            "–".to_string()
        };
        fill(EMITS_MORE, &[("ratio", &ratio), ("earth", earth)])
    } else if r >= 1.0 {
        fill(
            EMITS_PCT_MORE,
            &[("pct", &pct((r - 1.0) * 100.0)), ("earth", earth)],
        )
    } else {
        let less = ((1.0 - r) * 100.0).min(99.0);
        fill(EMITS_LESS, &[("pct", &pct(less)), ("earth", earth)])
    };
    let payback = match v.payback_year {
        Some(y) if y.get() <= 0.0 => CLEANER_FROM_DAY_ONE.to_string(),
        Some(y) => match sig(y.get(), 2) {
            one if one == "1" => PAYBACK_AFTER_ONE_YEAR.to_string(),
            years => fill(PAYBACK_AFTER, &[("years", &years)]),
        },
        None => NEVER_PAID_BACK.to_string(),
    };
    let years = sig(v.horizon_years.get(), 3);
    if years == "1" {
        fill(HEADLINE_ONE_YEAR, &[("what", &what), ("payback", &payback)])
    } else {
        fill(
            HEADLINE,
            &[("years", &years), ("what", &what), ("payback", &payback)],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::headline;
    use crate::model::units::Years;
    use crate::model::{evaluate, Inputs};

    #[test]
    fn the_sentence_takes_each_branch_of_the_pages_wording() {
        let mut o = evaluate(&Inputs::default());
        let earth = crate::data::grids::alternative(o.earth.alternative)
            .unwrap()
            .phrase;
        let cases = [
            (2.5, Some(3.0), 5.0, format!("Over 5 years this orbital data centre emits 2.5× the CO2e of the same compute in {earth}; its launch and manufacturing emissions are paid back after 3 years.")),
            (12.345, None, 20.0, format!("Over 20 years this orbital data centre emits 12.3× the CO2e of the same compute in {earth}; its launch and manufacturing emissions are never paid back.")),
            (1.61, Some(1.0), 1.0, format!("Over 1 year this orbital data centre emits 61 % more CO2e than the same compute in {earth}; its launch and manufacturing emissions are paid back after 1 year.")),
            (0.56, Some(0.0), 10.0, format!("Over 10 years this orbital data centre emits 44 % less CO2e than the same compute in {earth}; it is cleaner from the first day.")),
            (0.0001, Some(2.46), 10.0, format!("Over 10 years this orbital data centre emits 99 % less CO2e than the same compute in {earth}; its launch and manufacturing emissions are paid back after 2.5 years.")),
        ];
        for (ratio, payback, horizon, want) in cases {
            o.verdicts.ratio = ratio;
            o.verdicts.payback_year = payback.map(Years::new);
            o.verdicts.horizon_years = Years::new(horizon);
            assert_eq!(headline(&o), want);
        }
        o.earth.alternative = "no-such-alternative";
        assert!(headline(&o).contains("in the Earth alternative;"));
    }
}
