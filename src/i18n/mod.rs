//! The page in English and Simplified Chinese: the catalogues, looking strings up,
//! filling placeholders, and numbers and units in each language.
//!
//! English is compiled in: the page's own strings are [`Ui`] and [`Msg`] (`ui.rs`), and
//! every label of an input, output, unit, option, group, preset, launcher stage and our
//! assumption notes is the registry's or `src/data`'s own text. The Chinese catalogue is
//! one text file, `zh-CN.txt` beside this module, with one `key = value` line per
//! string, keyed by the [`Ui`]/[`Msg`] keys and by registry keys and ids
//! ([`expected_keys`] lists every key with its English). It is not compiled in: the page
//! fetches it from its own folder when it shows Chinese, so English readers do not pay
//! for it. A native test (`tests.rs`) fails on a missing or extra key, or a placeholder
//! that differs, and prints the missing lines ready to translate.
//!
//! Numbers: English as `crate::numfmt` writes them (`1,234`, en-US grouping). Chinese
//! below 10⁴ as plain digits without grouping (`1234`), from 10⁴ with 万 (10⁴), 亿 (10⁸)
//! and 万亿 (10¹²), never 兆 (which in units means mega, as in 兆瓦): `3.2万`, `1.5亿`.
//! The page formats Chinese numbers with the browser's `Intl.NumberFormat` (compact
//! notation), which writes them so; [`zh_sig`] is the same rule in Rust (native tests,
//! and the page when `Intl` is missing). The glossary of terms is `glossary.md` here.
//!
//! This module sits beside `share` (it imports the registries, the data and the
//! share notices) and below the app; the CLI and the exports never use it: they stay
//! English, with stable keys.

mod ui;
pub mod verdict;

pub use crate::share::view::Lang;
pub use ui::{Msg, Ui};

use crate::data::grids::{Alternative, ALTERNATIVES};
use crate::data::presets::{Preset, PRESETS};
use crate::data::sources::{Quality, Source, SOURCES};
use crate::data::vehicles::VEHICLES;
use crate::model::inputs::registry::{ChoiceSpec, Group, ParamSpec, CHOICES, PARAMS};
use crate::model::outputs::{OutputSpec, OUTPUTS};
use crate::model::warning::{Said, Warning};
use crate::numfmt;
use crate::share::{Heard, Notice};
use std::sync::OnceLock;

/// The Chinese catalogue's text (for native tests and tools; the page fetches the file).
#[cfg(not(target_arch = "wasm32"))]
pub const ZH_CN: &str = include_str!("zh-CN.txt");

/// The file name the page fetches the Chinese catalogue from, in its own folder.
pub const ZH_CN_FILE: &str = "zh-CN.txt";

/// The strings of one language: English (nothing to look up), or a parsed catalogue.
#[derive(Debug, Default)]
pub struct Catalogue {
    lang: Lang,
    /// (key, text), sorted by key.
    entries: Vec<(Box<str>, Box<str>)>,
}

static ENGLISH: Catalogue = Catalogue::english();
static CURRENT: OnceLock<Catalogue> = OnceLock::new();

/// Makes `c` the page's catalogue (once; later calls are ignored).
pub fn install(c: Catalogue) {
    let _ = CURRENT.set(c);
}

/// The page's catalogue: the one installed, or English.
pub fn current() -> &'static Catalogue {
    CURRENT.get().unwrap_or(&ENGLISH)
}

/// The parts of a `key = value` line (`#` comments and blank lines are None).
fn split_line(line: &str) -> Option<Result<(&str, &str), ()>> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return None;
    }
    Some(
        line.split_once(" = ")
            .map(|(k, v)| (k.trim(), v.trim_end()))
            .filter(|(k, _)| !k.is_empty())
            .ok_or(()),
    )
}

impl Catalogue {
    /// English: every lookup answers with the English text.
    pub const fn english() -> Catalogue {
        Catalogue {
            lang: Lang::En,
            entries: Vec::new(),
        }
    }

    /// Reads a catalogue file: `key = value` lines, `#` comments, blank lines. Errors
    /// name the line: a line without ` = `, or a key given twice.
    pub fn parse(lang: Lang, text: &str) -> Result<Catalogue, String> {
        // Kept sorted by inserting each line in place: no sort routine in the bundle
        // (a catalogue has a few hundred lines).
        let mut entries: Vec<(Box<str>, Box<str>)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            match split_line(line) {
                None => {}
                Some(Err(())) => return Err(format!("line {}: no ` = `", n + 1)),
                Some(Ok((k, v))) => match entries.binary_search_by(|(e, _)| (**e).cmp(k)) {
                    Ok(_) => return Err(format!("line {}: key `{k}` given twice", n + 1)),
                    Err(at) => entries.insert(at, (k.into(), v.into())),
                },
            }
        }
        Ok(Catalogue { lang, entries })
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// True for Chinese.
    pub fn zh(&self) -> bool {
        self.lang == Lang::ZhCn
    }

    /// Every (key, text), sorted by key.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(k, v)| (&**k, &**v))
    }

    /// The text of key `prefix` + `key`, if the catalogue has it (no allocation).
    pub fn find(&self, prefix: &str, key: &str) -> Option<&str> {
        let want = prefix.bytes().chain(key.bytes());
        self.entries
            .binary_search_by(|(k, _)| k.bytes().cmp(want.clone()))
            .ok()
            .map(|n| &*self.entries[n].1)
    }

    /// The text of `prefix` + `key`, or `en` when the catalogue lacks it (English always).
    fn or<'a>(&'a self, prefix: &str, key: &str, en: &'a str) -> &'a str {
        if self.entries.is_empty() {
            return en;
        }
        self.find(prefix, key).unwrap_or(en)
    }

    /// A fixed string of the page.
    pub fn ui(&self, k: Ui) -> &str {
        self.or("", k.key(), k.en())
    }

    /// A sentence of the page with its values filled in.
    pub fn msg(&self, m: Msg) -> String {
        fill(self.or("", m.key(), m.en()), &m.args())
    }

    /// The label of a numeric input.
    pub fn param(&self, p: &ParamSpec) -> &str {
        self.or("in.", p.key, p.label)
    }

    /// The label of a choice input.
    pub fn choice(&self, c: &ChoiceSpec) -> &str {
        self.or("in.", c.key, c.label)
    }

    /// The label of any input by registry key (`en` when unknown).
    pub fn input<'a>(&'a self, key: &str, en: &'a str) -> &'a str {
        self.or("in.", key, en)
    }

    /// The label of option `id` of choice `choice_key` (`en`, its English label).
    pub fn option<'a>(&'a self, choice_key: &str, id: &str, en: &'a str) -> &'a str {
        if self.entries.is_empty() {
            return en;
        }
        let key = format!("{choice_key}.{id}");
        self.or("opt.", &key, en)
    }

    /// How a sentence names Earth alternative `a` ("a data centre on the world-average
    /// grid").
    pub fn earth_phrase(&self, a: &Alternative) -> &str {
        self.or("phrase.earth.", a.id, a.phrase)
    }

    /// The label of an assumptions group.
    pub fn group(&self, g: Group) -> &str {
        self.or("group.", g.id(), g.label())
    }

    /// The label of an output.
    pub fn output(&self, o: &OutputSpec) -> &str {
        self.or("out.", o.key, o.meaning)
    }

    /// A display unit as the language writes it ("km" → 公里).
    pub fn unit<'a>(&'a self, u: &'a str) -> &'a str {
        if u.is_empty() {
            return u;
        }
        self.or("unit.", u, u)
    }

    /// A source's quality tag (P, S, W, A).
    pub fn quality(&self, q: Quality) -> &str {
        self.or("quality.", q.tag(), q.tag())
    }

    /// The note of one of our assumptions (its reasoning): the catalogue's, else `en`
    /// (the data's own note natively; the page's `notes.txt` once read).
    pub fn assumption_note<'a>(&'a self, s: &Source, en: &'a str) -> &'a str {
        self.or("note.", s.id, en)
    }

    /// A preset's name.
    pub fn preset_name(&self, p: &Preset) -> &str {
        self.or_preset(p, "name", p.name)
    }

    /// A preset's one-line description.
    pub fn preset_description(&self, p: &Preset) -> &str {
        self.or_preset(p, "description", p.description)
    }

    /// The published figure a preset reproduces.
    pub fn preset_published(&self, p: &Preset) -> &str {
        self.or_preset(p, "published", p.published)
    }

    /// Why this model's physics differs from a preset's published figure.
    pub fn preset_differs(&self, p: &Preset) -> &str {
        self.or_preset(p, "differs", p.differs)
    }

    /// What a preset's reproduction still lacks.
    pub fn preset_pending(&self, p: &Preset) -> &str {
        self.or_preset(p, "pending", p.pending)
    }

    fn or_preset<'a>(&'a self, p: &Preset, part: &str, en: &'a str) -> &'a str {
        if self.entries.is_empty() {
            return en;
        }
        self.or("preset.", &format!("{}.{part}", p.id), en)
    }

    /// The name of a launcher stage (vehicle facts).
    pub fn stage<'a>(&'a self, name: &'a str) -> &'a str {
        self.or("stage.", name, name)
    }

    /// A warning in this language (English: its message).
    pub fn warning(&self, w: &Warning) -> String {
        if !self.zh() {
            return w.message.clone();
        }
        self.said(&w.said)
    }

    /// A URL notice in this language (English: its message).
    pub fn notice(&self, n: &Notice) -> String {
        if !self.zh() {
            return n.message.clone();
        }
        self.heard(&n.said)
    }

    /// A URL notice's sentence in this language.
    fn heard(&self, h: &Heard) -> String {
        match h {
            Heard::Clamped(s) => self.said(s),
            h => match self.find("notice.", h.id()) {
                Some(t) if self.zh() => fill(t, &refs(&heard_args(self, h))),
                _ => h.english(),
            },
        }
    }

    /// A model sentence in this language.
    pub fn said(&self, s: &Said) -> String {
        match self.find("warn.", s.id()) {
            Some(t) if self.zh() => fill(t, &refs(&said_args(self, s))),
            _ => s.english(),
        }
    }

    /// `x` to `sig` significant figures, as the language writes numbers.
    pub fn num(&self, x: f64, sig: u32) -> String {
        if self.zh() {
            zh_sig(x, sig)
        } else {
            numfmt::sig(x, sig)
        }
    }

    /// A number (already formatted) followed by its unit, spaced as the language does:
    /// English "650 km", "36 %", "53°"; Chinese "650公里", "36%", "1.2 PFLOP/s".
    pub fn number_unit(&self, n: &str, unit: &str) -> String {
        let u = self.unit(unit);
        if u.is_empty() || u.starts_with('°') {
            return format!("{n}{u}");
        }
        if self.zh() && (u == "%" || u.starts_with(is_cjk)) {
            return format!("{n}{u}");
        }
        format!("{n} {u}")
    }
}

/// True for a CJK ideograph or CJK punctuation.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

fn refs<'a>(args: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    args.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// Replaces every `{name}` in `template` by its value; unknown placeholders stay.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a template, sorted, without duplicates.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(after[..close].to_string());
        rest = &after[close + 1..];
    }
    out.sort();
    out.dedup();
    out
}

/// The values a warning's sentence fills in, formatted for `c`'s language.
fn said_args(c: &Catalogue, s: &Said) -> Vec<(&'static str, String)> {
    match s {
        Said::Negligible {
            input,
            label,
            unit,
            written,
        } => vec![
            ("label", c.input(input, label).to_string()),
            ("written", written.clone()),
            ("unit", c.number_unit("", unit)),
        ],
        Said::OutOfRange {
            input,
            label,
            unit,
            written,
            min,
            max,
            used,
        } => {
            let u = c.number_unit("", unit);
            vec![
                ("label", c.input(input, label).to_string()),
                ("written", written.clone()),
                ("min", c.num(*min, 6)),
                ("max", c.num(*max, 6)),
                ("used", c.num(*used, 6)),
                ("unit", u.trim_start().to_string()),
            ]
        }
        Said::UnknownOption {
            input,
            label,
            default,
        } => vec![
            ("label", c.input(input, label).to_string()),
            ("default", c.option(input, default, default).to_string()),
        ],
        Said::ArrayUnderpowered { pct } => vec![("pct", numfmt::fixed(*pct, 0))],
        Said::RadiatorAboveDieLimit { limit_c } => vec![("limit", numfmt::fixed(*limit_c, 1))],
        Said::NoUsefulPayload {
            vehicle,
            name,
            dv_m_s,
        } => vec![
            (
                "vehicle",
                c.option("launch.vehicle", vehicle, name).to_string(),
            ),
            ("dv", numfmt::fixed(*dv_m_s, 0)),
        ],
        Said::PueBelowOne
        | Said::AbsorptanceBelowOutput
        | Said::NoSunSynchronousOrbit
        | Said::MissionTooShort
        | Said::HorizonTooShort
        | Said::PropellantExceedsDry
        | Said::RadiatorNoNetRejection => vec![],
    }
}

/// The values a notice's sentence fills in.
fn heard_args(c: &Catalogue, h: &Heard) -> Vec<(&'static str, String)> {
    match h {
        Heard::BadVersion { written } => vec![
            ("written", written.clone()),
            ("version", crate::share::VERSION.to_string()),
        ],
        Heard::UnknownKey { written } => vec![("written", written.clone())],
        Heard::NotANumber {
            input,
            label,
            written,
        } => vec![
            ("label", c.input(input, label).to_string()),
            ("written", written.clone()),
        ],
        Heard::NotAnOption {
            input,
            label,
            written,
            ids,
        } => vec![
            ("label", c.input(input, label).to_string()),
            ("written", written.clone()),
            ("ids", ids.clone()),
        ],
        Heard::More { count } => vec![("count", count.clone())],
        Heard::BadDraws { written, used } => vec![
            ("written", written.clone()),
            (
                "max",
                zh_or_en_sig(c, crate::model::uncertainty::MAX_DRAWS as f64),
            ),
            ("used", used.clone()),
        ],
        Heard::BadSeed { written, used } => vec![
            ("written", written.clone()),
            ("max", zh_or_en_sig(c, crate::share::MAX_SEED)),
            ("used", used.clone()),
        ],
        Heard::BadTheme { written }
        | Heard::BadChart { written }
        | Heard::BadChildId { written }
        | Heard::BadClaim { written }
        | Heard::BadLang { written } => vec![("written", written.clone())],
        Heard::InBaseline(h) => vec![("notice", c.heard(h))],
        Heard::NewerVersion | Heard::Clamped(_) => vec![],
    }
}

/// A whole number as the catalogue's language writes it.
fn zh_or_en_sig(c: &Catalogue, x: f64) -> String {
    if c.zh() {
        zh_sig(x, 15)
    } else {
        numfmt::sig(x, 15)
    }
}

/// One of every URL notice, with sample values (the catalogue tests render each).
pub fn heard_samples() -> Vec<Heard> {
    vec![
        Heard::BadVersion {
            written: "x".into(),
        },
        Heard::NewerVersion,
        Heard::UnknownKey {
            written: "x".into(),
        },
        Heard::NotANumber {
            input: "orbit.altitude_km",
            label: "Altitude",
            written: "x".into(),
        },
        Heard::NotAnOption {
            input: "orbit.kind",
            label: "Orbit type",
            written: "x".into(),
            ids: "leo, sso, geo".into(),
        },
        Heard::More { count: "3".into() },
        Heard::BadDraws {
            written: "x".into(),
            used: "2000".into(),
        },
        Heard::BadSeed {
            written: "x".into(),
            used: "1".into(),
        },
        Heard::BadTheme {
            written: "x".into(),
        },
        Heard::BadChart {
            written: "x".into(),
        },
        Heard::BadChildId {
            written: "x".into(),
        },
        Heard::BadClaim {
            written: "x".into(),
        },
        Heard::BadLang {
            written: "x".into(),
        },
        Heard::InBaseline(Box::new(Heard::UnknownKey {
            written: "x".into(),
        })),
    ]
}

/// `x` rounded to `sig` significant figures as Chinese writes it: plain digits below
/// 10⁴ (no grouping), then 万 (10⁴), 亿 (10⁸), 万亿 (10¹²); beyond 10¹⁶ and below 10⁻⁶
/// as `crate::numfmt` writes it. `zh_sig(201000.0, 3) == "20.1万"`.
pub fn zh_sig(x: f64, sig: u32) -> String {
    if !x.is_finite() || x == 0.0 {
        return numfmt::sig(x, sig);
    }
    let r = numfmt::round_sig(x, sig.clamp(1, 15) as i32);
    let a = r.abs();
    let (d, suffix) = if !(1e-6..1e16).contains(&a) {
        return numfmt::sig(x, sig);
    } else if a >= 1e12 {
        (1e12, "万亿")
    } else if a >= 1e8 {
        (1e8, "亿")
    } else if a >= 1e4 {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    format!("{}{suffix}", numfmt::plain(r / d, sig))
}

/// One entry a complete catalogue has: key, English text and placeholder names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub key: String,
    pub en: String,
    /// Placeholder names the translation must use, sorted.
    pub args: Vec<String>,
}

fn entry(key: String, en: &str, args: &[&str]) -> Expected {
    let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    args.sort();
    Expected {
        key,
        en: en.to_string(),
        args,
    }
}

/// Every key a complete catalogue translates, with its English and its placeholders:
/// the page's strings, then every registry and data label the page shows.
pub fn expected_keys() -> Vec<Expected> {
    let mut v: Vec<Expected> = Vec::new();
    for k in Ui::ALL {
        v.push(entry(k.key().into(), k.en(), &[]));
    }
    for (k, en, args) in Msg::ALL {
        v.push(entry((*k).into(), en, args));
    }
    let c = Catalogue::english();
    for s in Said::samples() {
        let names: Vec<&str> = said_args(&c, &s).iter().map(|(k, _)| *k).collect();
        v.push(entry(format!("warn.{}", s.id()), &s.english(), &names));
    }
    for h in heard_samples() {
        let names: Vec<&str> = heard_args(&c, &h).iter().map(|(k, _)| *k).collect();
        v.push(entry(format!("notice.{}", h.id()), &h.english(), &names));
    }
    for g in Group::ALL {
        v.push(entry(format!("group.{}", g.id()), g.label(), &[]));
    }
    for p in PARAMS {
        v.push(entry(format!("in.{}", p.key), p.label, &[]));
    }
    for ch in CHOICES {
        v.push(entry(format!("in.{}", ch.key), ch.label, &[]));
        for (id, label) in ch.options() {
            v.push(entry(format!("opt.{}.{id}", ch.key), label, &[]));
        }
    }
    for a in ALTERNATIVES {
        v.push(entry(format!("phrase.earth.{}", a.id), a.phrase, &[]));
    }
    for o in OUTPUTS {
        v.push(entry(format!("out.{}", o.key), o.meaning, &[]));
    }
    let mut units: Vec<&str> = PARAMS
        .iter()
        .map(|p| p.unit)
        .chain(OUTPUTS.iter().map(|o| o.unit))
        .filter(|u| !u.is_empty())
        .collect();
    units.sort();
    units.dedup();
    for u in units {
        v.push(entry(format!("unit.{u}"), u, &[]));
    }
    for q in [
        Quality::Primary,
        Quality::Secondary,
        Quality::Weak,
        Quality::Assumption,
    ] {
        v.push(entry(format!("quality.{}", q.tag()), q.tag(), &[]));
    }
    for s in SOURCES.iter().filter(|s| s.quality == Quality::Assumption) {
        v.push(entry(format!("note.{}", s.id), s.note, &[]));
    }
    for p in PRESETS {
        v.push(entry(format!("preset.{}.name", p.id), p.name, &[]));
        v.push(entry(
            format!("preset.{}.description", p.id),
            p.description,
            &[],
        ));
        v.push(entry(
            format!("preset.{}.published", p.id),
            p.published,
            &[],
        ));
        for (part, en) in [("differs", p.differs), ("pending", p.pending)] {
            if !en.is_empty() {
                v.push(entry(format!("preset.{}.{part}", p.id), en, &[]));
            }
        }
    }
    let mut stages: Vec<&str> = VEHICLES
        .iter()
        .flat_map(|veh| veh.stages.iter().map(|s| s.name))
        .collect();
    stages.sort();
    stages.dedup();
    for s in stages {
        v.push(entry(format!("stage.{s}"), s, &[]));
    }
    v
}

#[cfg(test)]
mod tests;
