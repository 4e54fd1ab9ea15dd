//! The verdict's sentences, built only from model outputs, in one place for the page and
//! the CLI's static shell (so the HTML a visitor sees before the app mounts says exactly
//! what the app then says): the headline, what it rests on, the non-CO2 row and each key
//! number's derivation.
//!
//! A [`Say`] carries the catalogue and the number formatter: the page passes the
//! browser's Chinese number format (`format::fmt_sig`), the CLI the catalogue's own
//! (`Catalogue::num`).

use super::{Catalogue, Msg, Ui};
use crate::data::grids;
use crate::model::inputs::{Accounting, Inputs};
use crate::model::Outputs;

/// The catalogue and how numbers are written.
#[derive(Clone, Copy)]
pub struct Say<'a> {
    pub cat: &'a Catalogue,
    /// `x` to `sig` significant figures in the catalogue's language.
    pub num: fn(f64, u32) -> String,
}

/// How a CO2e ratio reads in the headline: from 2× as "N×" ("2.5× the CO2e of"), above
/// 1× as a percentage more ("61 % more"), below 1× always as a percentage less ("44 %
/// less", never "1.8× less"), at most 99 % so a near-zero orbit still reads as less
/// and never as "100 % less".
#[derive(Clone, Debug, PartialEq)]
pub enum RatioWords {
    /// "2.5× the CO2e of": the ratio itself (2 or more, or not finite).
    Times(f64),
    /// "61 % more": the excess over Earth's, in percent.
    PctMore(f64),
    /// "44 % less": the saving on Earth's, in percent (at most 99).
    PctLess(f64),
}

impl RatioWords {
    /// The words for orbit's CO2e over Earth's.
    pub fn of(ratio: f64) -> RatioWords {
        if ratio >= 2.0 || !ratio.is_finite() {
            RatioWords::Times(ratio)
        } else if ratio >= 1.0 {
            RatioWords::PctMore((ratio - 1.0) * 100.0)
        } else {
            RatioWords::PctLess(((1.0 - ratio) * 100.0).min(99.0))
        }
    }
}

/// Three significant figures: how the key numbers and derivations write gCO2e/kWh.
const SIG: u32 = 3;

impl<'a> Say<'a> {
    fn sig(&self, x: f64, sig: u32) -> String {
        (self.num)(x, sig)
    }

    fn m(&self, msg: Msg) -> String {
        self.cat.msg(msg)
    }

    /// A ratio as "1.6×", "12×", "1,600×" (Chinese "1.6倍"); "–" when not finite.
    pub fn ratio(&self, r: f64) -> String {
        if !r.is_finite() {
            return "–".into();
        }
        let n = self.sig(r, if r < 10.0 { 2 } else { 3 });
        if self.cat.zh() {
            format!("{n}倍")
        } else {
            format!("{n}×")
        }
    }

    /// A headline percentage, rounded to whole percent ("61 %"; "61%" in Chinese).
    pub fn pct(&self, p: f64) -> String {
        let n = self.sig(p.round().max(1.0), 2);
        self.cat.number_unit(&n, "%")
    }

    /// A 0–1 fraction as a whole percentage ("97 %"), at least 1 % when above 0.
    fn share(&self, f: f64) -> String {
        let p = (f * 100.0).round();
        let p = if f > 0.0 { p.max(1.0) } else { 0.0 };
        self.cat.number_unit(&self.sig(p, 3), "%")
    }

    /// The comparator's short name (the select's label: "Grid: world average"), for
    /// labels and legends; sentences use [`Say::comparator`].
    pub fn comparator_name(&self, o: &Outputs) -> &'a str {
        grids::alternative(o.earth.alternative)
            .map(|a| self.cat.option("earth.alternative", a.id, a.name))
            .unwrap_or(self.cat.ui(Ui::EarthFallback))
    }

    /// How a sentence names the comparator ("a data centre on the world-average grid").
    pub fn comparator(&self, o: &Outputs) -> &'a str {
        grids::alternative(o.earth.alternative)
            .map(|a| self.cat.earth_phrase(a))
            .unwrap_or(self.cat.ui(Ui::EarthFallback))
    }

    /// The headline sentence, e.g. "Over 5 years this orbital data centre emits 2.5× the
    /// CO2e of the same compute in a data centre on the world-average grid; its launch
    /// and manufacturing emissions are never paid back." (or "61 % more", "44 % less":
    /// [`RatioWords`]). One year and one payback year read in the singular.
    pub fn headline(&self, o: &Outputs) -> String {
        let v = &o.verdicts;
        let years = self.sig(v.horizon_years.get(), 3);
        let earth = self.comparator(o);
        let what = match RatioWords::of(v.ratio) {
            RatioWords::Times(r) => self.m(Msg::EmitsMore {
                ratio: &self.ratio(r),
                earth,
            }),
            RatioWords::PctMore(p) => self.m(Msg::EmitsPctMore {
                pct: &self.pct(p),
                earth,
            }),
            RatioWords::PctLess(p) => self.m(Msg::EmitsLess {
                pct: &self.pct(p),
                earth,
            }),
        };
        let payback = match v.payback_year {
            Some(y) if y.get() <= 0.0 => self.cat.ui(Ui::CleanerFromDayOne).to_string(),
            Some(y) => {
                let years = self.sig(y.get(), 2);
                if years == "1" {
                    self.cat.ui(Ui::PaybackAfterOneYear).to_string()
                } else {
                    self.m(Msg::PaybackAfter { years: &years })
                }
            }
            None => self.cat.ui(Ui::NeverPaidBack).to_string(),
        };
        if years == "1" {
            self.m(Msg::HeadlineOneYear {
                what: &what,
                payback: &payback,
            })
        } else {
            self.m(Msg::Headline {
                years: &years,
                what: &what,
                payback: &payback,
            })
        }
    }

    /// What the headline rests on: the workload and its useful-time fraction, the
    /// comparator, the horizon and the accounting ("Rests on: Training (one synchronous
    /// job), 97 % of its time useful; compared with …; a 5-year horizon; CO2 only.").
    pub fn rests_on(&self, i: &Inputs, o: &Outputs) -> String {
        let mode = i.workload.mode;
        let workload = self.cat.option("workload.mode", mode.id(), mode.label());
        let years = self.sig(o.verdicts.horizon_years.get(), 3);
        let a = o.accounting;
        self.m(Msg::RestsOn {
            workload,
            useful: &self.share(o.workload.upset_efficiency),
            earth: self.comparator(o),
            horizon: &self.m(Msg::HorizonYears { years: &years }),
            accounting: self.cat.option("emissions.accounting", a.id(), a.label()),
        })
    }

    /// The row beside a CO2-only headline (the range with non-CO2 effects), or beside a
    /// headline under another accounting (CO2 alone): its label, its value and why.
    pub fn other_accounting(&self, o: &Outputs) -> OtherAccounting {
        let metric = o.footprint.metric.name();
        match o.accounting {
            Accounting::Co2Only => {
                let low = o.ratio_with(Accounting::Low);
                OtherAccounting {
                    label: self.cat.ui(Ui::NonCo2Row).to_string(),
                    // A negative ratio ("−120×") says nothing a reader can use: below zero
                    // the low end is a net cooling, and is said so.
                    value: if low < 0.0 {
                        self.m(Msg::NonCo2RangeCooling {
                            high: &self.ratio(o.ratio_with(Accounting::High)),
                            central: &self.ratio(o.ratio_with(Accounting::Central)),
                        })
                    } else {
                        self.m(Msg::NonCo2Range {
                            low: &self.ratio(low),
                            high: &self.ratio(o.ratio_with(Accounting::High)),
                            central: &self.ratio(o.ratio_with(Accounting::Central)),
                        })
                    },
                    why: self.cat.ui(Ui::WhyRange).to_string(),
                    reason: self.m(Msg::NonCo2Reason {
                        metric,
                        efficacy: &(self.sig(o.footprint.bc_efficacy, 2) + "×"),
                        cooling: if low < 0.0 {
                            self.cat.ui(Ui::NetCoolingAside)
                        } else {
                            ""
                        },
                    }),
                }
            }
            a => {
                let co2 = self.ratio(o.ratio_with(Accounting::Co2Only));
                let reason = if a == Accounting::Ohs {
                    self.m(Msg::OhsNote { ratio: &co2 })
                } else {
                    self.m(Msg::AccountingNote {
                        accounting: self.cat.option("emissions.accounting", a.id(), a.label()),
                        metric,
                        ratio: &co2,
                    })
                };
                OtherAccounting {
                    label: self.cat.ui(Ui::Co2AloneRow).to_string(),
                    value: co2,
                    why: self.cat.ui(Ui::WhyThisAccounting).to_string(),
                    reason,
                }
            }
        }
    }

    /// gCO2e/kWh to three figures.
    pub fn intensity(&self, g: f64) -> String {
        self.sig(g, SIG)
    }

    /// How orbit's key number adds up ("launch 712 + … = 1,234 gCO2e per kWh of
    /// computing: …").
    pub fn orbit_derivation(&self, o: &Outputs) -> String {
        let p = &o.verdicts.parts;
        let g = |x: f64| self.intensity(x);
        let mwh = o.verdicts.it_energy_kwh.get() / 1e3;
        self.m(Msg::OrbitDerivation {
            launch: &g(p.orbit_launch.get()),
            launcher: &g(p.orbit_launcher_manufacturing.get()),
            satellite: &g(p.orbit_satellite_manufacturing.get()),
            reentry: &g(p.orbit_reentry.get()),
            total: &g(o.verdicts.orbit_g_per_kwh.get()),
            energy: &self.cat.number_unit(&self.sig(mwh, 3), "MWh"),
        })
    }

    /// How Earth's key number adds up ("grid 473 gCO2e/kWh × PUE 1.12 × 1.01 = 535, +
    /// building 40 + hardware 196 = 771 gCO2e per kWh of computing").
    pub fn earth_derivation(&self, o: &Outputs) -> String {
        let p = &o.verdicts.parts;
        let g = |x: f64| self.intensity(x);
        self.m(Msg::EarthDerivation {
            grid: &g(o.earth.intensity_mean_g_per_kwh),
            pue: &self.sig(o.earth.pue, 3),
            per_kwh: &self.sig(p.earth_kwh_per_kwh, 3),
            electricity: &g(p.earth_electricity.get()),
            building: &g(p.earth_building.get()),
            hardware: &g(p.earth_hardware.get()),
            total: &g(o.verdicts.earth_g_per_kwh.get()),
        })
    }
}

/// The verdict's row for the accounting the headline does not use.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherAccounting {
    pub label: String,
    pub value: String,
    /// The disclosure's summary ("Why a range").
    pub why: String,
    pub reason: String,
}

/// The headline in English with plain English numbers: the exports' and the CLI's
/// verdict sentence (the page says [`Say::headline`] in its own language).
pub fn english_headline(o: &Outputs) -> String {
    Say {
        cat: &super::Catalogue::english(),
        num: crate::numfmt::sig,
    }
    .headline(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;

    /// The default scenario and every preset's.
    fn default_and_presets() -> Vec<Inputs> {
        let mut all = vec![Inputs::default()];
        all.extend(
            crate::data::presets::PRESETS
                .iter()
                .map(|p| crate::model::inputs::text::preset_inputs(p).unwrap()),
        );
        all
    }

    fn say() -> Say<'static> {
        static EN: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        Say {
            cat: EN.get_or_init(Catalogue::english),
            num: crate::numfmt::sig,
        }
    }

    #[test]
    fn ratio_words_follow_the_headline_rule() {
        assert_eq!(RatioWords::of(2.5), RatioWords::Times(2.5));
        assert_eq!(RatioWords::of(2.0), RatioWords::Times(2.0));
        assert!(matches!(RatioWords::of(1.61), RatioWords::PctMore(p) if (p - 61.0).abs() < 1e-9));
        assert!(matches!(RatioWords::of(0.56), RatioWords::PctLess(p) if (p - 44.0).abs() < 1e-9));
        assert_eq!(RatioWords::of(0.0), RatioWords::PctLess(99.0));
        assert!(matches!(
            RatioWords::of(f64::INFINITY),
            RatioWords::Times(_)
        ));
    }

    #[test]
    fn the_headline_names_the_comparator_as_a_sentence_does() {
        let s = say();
        for (n, a) in grids::ALTERNATIVES.iter().enumerate() {
            let mut i = Inputs::default();
            i.earth.alternative = n;
            let o = evaluate(&i);
            let h = s.headline(&o);
            assert!(h.contains(a.phrase), "{h}");
            // The select's label ("Grid: world average") is not pasted into the sentence.
            assert!(!h.contains(a.name), "{h}");
            let r = s.rests_on(&i, &o);
            assert!(r.starts_with("Rests on: Training"), "{r}");
            assert!(r.contains(a.phrase) && r.contains("-year horizon"), "{r}");
        }
    }

    #[test]
    fn derivations_name_the_parts_and_the_key_number() {
        let s = say();
        let o = evaluate(&Inputs::default());
        let e = s.earth_derivation(&o);
        let total = s.intensity(o.verdicts.earth_g_per_kwh.get());
        assert!(
            e.contains(&format!("= {total} gCO2e per kWh of computing")),
            "{e}"
        );
        assert!(
            e.contains(&format!("PUE {}", crate::numfmt::sig(o.earth.pue, 3))),
            "{e}"
        );
        let orbit = s.orbit_derivation(&o);
        let total = s.intensity(o.verdicts.orbit_g_per_kwh.get());
        assert!(orbit.contains(&format!("= {total} gCO2e")), "{orbit}");
        assert!(orbit.starts_with("launch "), "{orbit}");
    }

    #[test]
    fn the_other_accounting_row_follows_the_headlines_accounting() {
        let s = say();
        let o = evaluate(&Inputs::default());
        let row = s.other_accounting(&o);
        assert_eq!(row.label, Ui::NonCo2Row.en());
        assert!(row.value.contains(" to "), "{}", row.value);
        let mut i = Inputs::default();
        i.emissions.accounting = Accounting::Ohs;
        let row = s.other_accounting(&evaluate(&i));
        assert_eq!(row.label, Ui::Co2AloneRow.en());
        assert!(row.reason.contains("Ohs"), "{}", row.reason);
    }

    #[test]
    fn a_range_below_zero_is_said_as_a_net_cooling_never_as_a_negative_ratio() {
        let s = say();
        let all = default_and_presets();
        let (mut cooling, mut warming) = (0, 0);
        for i in all {
            let o = evaluate(&i);
            let value = s.other_accounting(&o).value;
            if o.accounting != Accounting::Co2Only {
                continue; // the row is CO2 alone
            }
            if o.ratio_with(Accounting::Low) < 0.0 {
                cooling += 1;
                assert!(value.starts_with("From a net cooling up to "), "{value}");
            } else {
                warming += 1;
                assert!(!value.contains("net cooling"), "{value}");
            }
            assert!(!value.starts_with('-') && !value.contains(" -"), "{value}");
        }
        // Both wordings are exercised by the presets.
        assert!(
            cooling > 0 && warming > 0,
            "{cooling} cooling, {warming} warming"
        );
    }
}
