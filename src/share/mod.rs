//! The URL format: the one codec between [`Inputs`] and a query string, plus the
//! CSV/JSON export writers ([`export`]) shared by the CLI and the browser.
//!
//! A query is `v=1` followed by `short=value` pairs, one per input that differs from
//! its default (`Inputs::default()`, i.e. the registry's central values), in registry
//! order. Numbers are written exactly, as the shortest plain decimal that reads back as
//! the same double (a value finer than its slider's step, typed or from a file, is
//! kept: the permalink reproduces the scenario the model ran); every entry point sets
//! numbers through [`ParamSpec::settle`], so each is a decimal of at most 15 figures
//! (and the slider's own float noise, 0.30000000000000004, is 0.3). Choices are
//! written as their option ids. `encode(x)` for the defaults is `v=1`.
//!
//! [`decode`] never fails: unknown keys are ignored, out-of-range numbers clamped,
//! malformed values dropped, each with a plain-sentence [`Notice`]; the UI keys
//! ([`UI_KEYS`]) are handed back untouched in [`Decoded::extra`]. Older versions are
//! rewritten forward by [`MIGRATIONS`]; a newer version is read on a best-effort basis.
//!
//! This module runs in the browser: it formats numbers with [`crate::numfmt`] and parses
//! them with its own small decimal parser, so neither `core`'s float formatting nor its
//! float parser is linked into the wasm bundle. (Only [`export`] formats floats with
//! `core::fmt`, because JSON numbers must round-trip exactly.)

use crate::model::inputs::registry::{choices, params, ChoiceSpec, ParamSpec};
use crate::model::inputs::text::{set_choice, set_clamped};
use crate::model::inputs::ArraySizing;
use crate::model::warning::Said;
use crate::model::Inputs;
use crate::numfmt;

pub mod export;
pub mod presets;
pub mod view;

/// The URL format version written by [`encode`].
pub const VERSION: u32 = 1;

/// Query keys that belong to the app, not the scenario: typed and written in [`view`].
pub use view::{is_tracking, UI_KEYS};

/// Something [`decode`] adjusted or ignored, as a sentence for a dismissible notice.
/// The message may quote text from the URL: show it as text, never as HTML.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The query key concerned (`"v"` for the version, the key as written otherwise).
    pub key: String,
    /// What it says, typed, so the page can say it in the reader's language.
    pub said: Heard,
    /// The English sentence, naming the parameter's label.
    pub message: String,
}

impl Notice {
    /// A notice about query key `key` saying `said`.
    pub fn new(key: impl Into<String>, said: Heard) -> Notice {
        Notice {
            key: key.into(),
            message: said.english(),
            said,
        }
    }
}

/// Every sentence a URL notice can say, with its values (quoted URL text already
/// cleaned by `quote`). Each has an English sentence here and a translation keyed
/// `notice.<id>` in the catalogues (`crate::i18n`).
#[derive(Clone, Debug, PartialEq)]
pub enum Heard {
    /// `v=` is not a version number.
    BadVersion { written: String },
    /// `v=` is newer than this version.
    NewerVersion,
    /// A key that names no input and no app key.
    UnknownKey { written: String },
    /// A numeric input (registry key `input`) whose value is not a number.
    NotANumber {
        input: &'static str,
        label: &'static str,
        written: String,
    },
    /// A number clamped into its range (the model's own clamp sentence).
    Clamped(Said),
    /// A choice (registry key `input`) whose value is not an option id; `ids` lists them.
    NotAnOption {
        input: &'static str,
        label: &'static str,
        written: String,
        ids: String,
    },
    /// The last line when a link gave more than [`MAX_NOTICES`] notices: how many more.
    More { count: String },
    /// `n=` is not a whole number of Monte Carlo draws in range; `used` is what was used.
    BadDraws { written: String, used: String },
    /// `seed=` is not a whole number in range; `used` is what was used.
    BadSeed { written: String, used: String },
    /// `theme=` is not a theme: the system's is followed.
    BadTheme { written: String },
    /// `chart=` names no chart of this version: the cumulative chart is shown.
    BadChart { written: String },
    /// `childId=` is empty or longer than 64 bytes: ignored.
    BadChildId { written: String },
    /// `claim=` is not a well-formed claim id: ignored.
    BadClaim { written: String },
    /// `lang=` is not a language of the page: the browser's is used.
    BadLang { written: String },
    /// Something adjusted inside the pinned baseline's own query (`base=`).
    InBaseline(Box<Heard>),
}

/// At most this many notices are listed for one link, then "… and N more": a crafted
/// link cannot make the page render thousands of them.
pub const MAX_NOTICES: usize = 12;

use crate::model::uncertainty::MAX_DRAWS;
/// Seeds are whole numbers below this (`seed=`): every one is exact in a double.
pub const MAX_SEED: f64 = 9e15;

/// Caps `notices` at [`MAX_NOTICES`], the last line saying how many more there were.
pub(crate) fn cap_notices(notices: &mut Vec<Notice>) {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(Notice::new(
            "",
            Heard::More {
                count: more.to_string(),
            },
        ));
    }
}

impl Heard {
    /// The catalogue id of the sentence (`notice.<id>`; a clamp says `warn.out_of_range`).
    pub fn id(&self) -> &'static str {
        match self {
            Heard::BadVersion { .. } => "bad_version",
            Heard::NewerVersion => "newer_version",
            Heard::UnknownKey { .. } => "unknown_key",
            Heard::NotANumber { .. } => "not_a_number",
            Heard::Clamped(s) => s.id(),
            Heard::NotAnOption { .. } => "not_an_option",
            Heard::More { .. } => "more",
            Heard::BadDraws { .. } => "bad_draws",
            Heard::BadSeed { .. } => "bad_seed",
            Heard::BadTheme { .. } => "bad_theme",
            Heard::BadChart { .. } => "bad_chart",
            Heard::BadChildId { .. } => "bad_child_id",
            Heard::BadClaim { .. } => "bad_claim",
            Heard::BadLang { .. } => "bad_lang",
            Heard::InBaseline(_) => "in_baseline",
        }
    }

    /// The sentence in English.
    pub fn english(&self) -> String {
        match self {
            Heard::BadVersion { written } => format!(
                "The link's version “{written}” is not understood; reading it as version {VERSION}."
            ),
            Heard::NewerVersion => {
                "This link comes from a newer version; some settings may be ignored.".into()
            }
            Heard::UnknownKey { written } => format!("Unknown setting “{written}” ignored."),
            Heard::NotANumber { label, written, .. } => {
                format!("{label}: “{written}” is not a number; ignored.")
            }
            Heard::Clamped(s) => s.english(),
            Heard::NotAnOption {
                label,
                written,
                ids,
                ..
            } => format!("{label}: “{written}” is not an option ({ids}); ignored."),
            Heard::More { count } => format!("… and {count} more adjustments to this link."),
            Heard::BadDraws { written, used } => format!(
                "Monte Carlo draws: “{written}” is not a whole number from 1 to {}; using {used}.",
                numfmt::sig(MAX_DRAWS as f64, 15)
            ),
            Heard::BadSeed { written, used } => format!(
                "Random seed: “{written}” is not a whole number from 0 to {}; using {used}.",
                numfmt::sig(MAX_SEED, 15)
            ),
            Heard::BadTheme { written } => format!(
                "Theme: “{written}” is not light, dark or auto; following the system setting."
            ),
            Heard::BadChart { written } => format!(
                "Chart: “{written}” is not a chart of this version; showing cumulative emissions."
            ),
            Heard::BadChildId { written } => format!(
                "Embed id (childId): “{written}” is empty or longer than 64 characters; ignored."
            ),
            Heard::BadClaim { written } => format!(
                "Claim: “{written}” is not a claim id (up to 64 letters, digits, _ or -); ignored."
            ),
            Heard::BadLang { written } => {
                format!("Language: “{written}” is not en or zh-CN; using your browser’s language.")
            }
            Heard::InBaseline(h) => format!("Pinned baseline: {}", h.english()),
        }
    }
}

/// What a query string decodes to.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The scenario: defaults, overridden by every valid value in the query.
    pub inputs: Inputs,
    /// What was clamped, dropped or ignored, in query order.
    pub notices: Vec<Notice>,
    /// The UI keys ([`UI_KEYS`]) and tracking tags ([`view::is_tracking`]: `utm_source`,
    /// `fbclid`, …) found, percent-decoded, in query order.
    pub extra: Vec<(String, String)>,
}

/// Key/value pairs of one URL version, percent-decoded.
pub type Pairs = Vec<(String, String)>;

/// One migration: rewrites the pairs of version `from` into version `from + 1`.
pub struct Migration {
    pub from: u32,
    /// What changed, for the record.
    pub what: &'static str,
    pub run: fn(&mut Pairs),
}

/// Every migration, oldest first; `decode` runs those from the link's version up to
/// [`VERSION`]. Renaming a short key or changing a value's meaning bumps [`VERSION`]
/// and appends one entry here (never edit an old one), with a test beside it.
pub static MIGRATIONS: &[Migration] = &[Migration {
    from: 0,
    what: "v0 (the pre-release format, example only) spelled altitude `altitude=`; v1 says `alt=`",
    run: migrate_v0_to_v1,
}];

fn migrate_v0_to_v1(pairs: &mut Pairs) {
    rename_key(pairs, "altitude", "alt");
}

/// Renames every occurrence of key `old` to `new` (a migration helper).
pub fn rename_key(pairs: &mut Pairs, old: &str, new: &str) {
    for (k, _) in pairs.iter_mut() {
        if k == old {
            *k = new.to_string();
        }
    }
}

// ---------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------

/// The array area's URL key and its sizing's: a link that carries the area always carries
/// the sizing beside it, so an area without a sizing can only come from a link written
/// before the array could be sized to the workload, and is read as the area to use.
const AREA_KEY: &str = "arr";
const SIZING_KEY: &str = "asz";

/// The query string (without `?`) for `inputs`: `v=1`, then every input whose value,
/// rounded as its control rounds it, differs from the default (the array's sizing also
/// whenever its area is written).
pub fn encode(inputs: &Inputs) -> String {
    let defaults = Inputs::default();
    let mut q = format!("v={VERSION}");
    let mut wrote_area = false;
    for p in params() {
        let x = (p.get)(inputs);
        let d = (p.get)(&defaults);
        if x == d {
            continue;
        }
        let y = snap(p, x);
        if y == d {
            continue;
        }
        push_pair(&mut q, p.short, &numfmt::shortest(y));
        wrote_area |= p.short == AREA_KEY;
    }
    for c in choices() {
        let n = (c.get)(inputs);
        if n == (c.get)(&defaults) && !(wrote_area && c.short == SIZING_KEY) {
            continue;
        }
        if let Some((id, _)) = (c.option)(n) {
            push_pair(&mut q, c.short, id);
        }
    }
    q
}

/// `x` as the URL stores it: clamped into range (the ends kept exactly), then the
/// double a decimal of at most 15 figures names ([`ParamSpec::settle`]); non-finite
/// values become the default. Idempotent, and `decode(encode(x))` gives it back exactly.
pub fn snap(p: &ParamSpec, x: f64) -> f64 {
    p.settle(x)
}

fn push_pair(q: &mut String, key: &str, value: &str) {
    q.push('&');
    percent_encode_into(q, key);
    q.push('=');
    percent_encode_into(q, value);
}

/// Percent-encodes every byte outside `[A-Za-z0-9._~-]`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    percent_encode_into(&mut out, s);
    out
}

fn percent_encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'-') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

// ---------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------

/// Reads a query string (with or without the leading `?`). Never fails: see the
/// module documentation for what is adjusted and reported.
pub fn decode(query: &str) -> Decoded {
    let mut d = decode_uncapped(query);
    cap_notices(&mut d.notices);
    d
}

/// [`decode`] with every notice kept: [`view::read`] adds its own before capping.
pub(crate) fn decode_uncapped(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut notices = Vec::new();
    let mut pairs: Pairs = Vec::new();
    let mut version_text: Option<String> = None;
    for part in query.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let (k, v) = (percent_decode(k), percent_decode(v));
        if k == "v" {
            if version_text.is_none() {
                version_text = Some(v);
            }
            continue;
        }
        pairs.push((k, v));
    }
    let version = match &version_text {
        None => VERSION,
        Some(text) => match parse_version(text) {
            Some(n) => n,
            None => {
                notices.push(Notice::new(
                    "v",
                    Heard::BadVersion {
                        written: quote(text),
                    },
                ));
                VERSION
            }
        },
    };
    if version > VERSION {
        notices.push(Notice::new("v", Heard::NewerVersion));
    }
    for m in MIGRATIONS {
        if m.from >= version && m.from < VERSION {
            (m.run)(&mut pairs);
        }
    }

    let mut inputs = Inputs::default();
    let mut extra = Vec::new();
    // An area with no sizing beside it comes from a link older than the sizing choice.
    let has = |short: &str, long: &str| pairs.iter().any(|(k, _)| k == short || k == long);
    let area_alone = has(AREA_KEY, "array.area_m2") && !has(SIZING_KEY, "array.sizing");
    if area_alone {
        inputs.array.sizing = ArraySizing::Area;
    }
    for (k, v) in pairs {
        if UI_KEYS.contains(&k.as_str()) {
            extra.push((k, v));
        } else if let Some(p) = params().find(|p| p.short == k || p.key == k) {
            if let Some(n) = apply_number(&mut inputs, p, &v) {
                notices.push(Notice::new(k, n));
            }
        } else if let Some(c) = choices().find(|c| c.short == k || c.key == k) {
            if let Some(n) = apply_choice(&mut inputs, c, &v) {
                notices.push(Notice::new(k, n));
            }
        } else if view::is_tracking(&k) {
            // A newsletter's or a social site's tag: kept for the address bar, no notice.
            extra.push((k, v));
        } else {
            let written = quote(&k);
            notices.push(Notice::new(k, Heard::UnknownKey { written }));
        }
    }
    Decoded {
        inputs,
        notices,
        extra,
    }
}

/// Sets a numeric input from its URL text; returns a notice when it was not used as is.
fn apply_number(i: &mut Inputs, p: &ParamSpec, text: &str) -> Option<Heard> {
    let Some(x) = parse_number(text) else {
        return Some(Heard::NotANumber {
            input: p.key,
            label: p.label,
            written: quote(text),
        });
    };
    set_clamped(i, p, x, snap(p, x), &quote(text.trim())).map(Heard::Clamped)
}

/// Sets a choice from its option id; returns a notice for an unknown id.
fn apply_choice(i: &mut Inputs, c: &ChoiceSpec, text: &str) -> Option<Heard> {
    set_choice(i, c, text).err().map(|ids| Heard::NotAnOption {
        input: c.key,
        label: c.label,
        written: quote(text),
        ids,
    })
}

/// URL text for a notice: control characters dropped, at most 32 characters.
/// True for a character that must not reach a sentence as quoted text: a control
/// character, or bidirectional formatting (overrides, embeddings, isolates, marks) that
/// could reorder the sentence around it. Shared by link notices and the CLI's errors.
pub fn is_unsafe_in_text(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

pub(crate) fn quote(s: &str) -> String {
    let shown = |c: &char| !is_unsafe_in_text(*c);
    let mut out: String = s.chars().filter(shown).take(32).collect();
    if s.chars().filter(shown).nth(32).is_some() {
        out.push('…');
    }
    out
}

fn parse_version(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// Decodes `%XX` escapes and `+` (a space); a `%` not followed by two hex digits is
/// kept literally. Invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                b.get(i + 1).and_then(|&h| hex(h)),
                b.get(i + 2).and_then(|&l| hex(l)),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub use crate::numfmt::parse as parse_number;

#[cfg(test)]
mod tests;
