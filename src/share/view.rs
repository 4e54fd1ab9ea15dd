//! The app's part of a link: how the page shows itself ([`View`]: embed, chart,
//! controls, theme, Pym.js child id, language), the pinned baseline (`base=`) and the Monte Carlo
//! settings (`n=`, `seed=`), read from and written to the query beside the scenario.
//! With [`super::encode`] and [`super::decode`] this is the whole link format: the app
//! gets typed values from [`read`] and hands them to [`write`], and never sees a key.
//!
//! A page query is the scenario (`v=1&…`, [`super::encode`]), then `base=` (the
//! baseline's own query, percent-encoded), `seed=`, `n=`, and the view's keys: `embed=1`,
//! `chart=`, `controls=1` and `childId=` (these three only in an embed), then `theme=` and
//! `lang=`.
//! A key at its default is not written. Reading never fails: a value that cannot be
//! used leaves the default with a notice ([`Heard`]), and the last occurrence of a key
//! wins (except `base`, whose first occurrence is read; what its own query adjusts is
//! reported as [`Heard::InBaseline`]).
//!
//! Adding a key (`lang`, say) is one change here: a field of [`View`], its name in
//! [`UI_KEYS`], one line in [`View::read`] and one in [`View::write`].

use super::{cap_notices, decode_uncapped, encode, percent_encode, quote, Heard, Notice, MAX_SEED};
use crate::model::uncertainty::{McSettings, MAX_DRAWS};
use crate::model::Inputs;
use crate::numfmt;

/// Query keys that belong to the app, not the scenario. [`decode`] passes them through
/// in [`super::Decoded::extra`] without a notice; [`encode`] never writes them.
/// Query keys that sites and newsletters add to shared links (campaign and click tags):
/// by prefix, then exactly.
pub const TRACKING_PREFIXES: &[&str] = &["utm_", "mc_", "pk_", "mtm_", "matomo_", "hsa_", "_hs"];
pub const TRACKING_KEYS: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "twclid",
    "ttclid",
    "igshid",
    "yclid",
    "li_fat_id",
    "mkt_tok",
    "_ga",
    "_gl",
    "srsltid",
    "ref_src",
    "s_cid",
];
/// At most this many tracking pairs are kept, each value at most [`TRACKING_MAX_LEN`]
/// bytes: a link cannot grow the address bar without bound.
const TRACKING_MAX: usize = 16;
const TRACKING_MAX_LEN: usize = 256;

/// True for a campaign or click tag a site added to a shared link (`utm_source`,
/// `fbclid`, …): kept in the address bar without a notice, left out of permalinks.
pub fn is_tracking(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    TRACKING_KEYS.contains(&k.as_str()) || TRACKING_PREFIXES.iter().any(|p| k.starts_with(p))
}

pub const UI_KEYS: &[&str] = &[
    "embed", "chart", "controls", "theme", "childId", "seed", "n", "base", "lang", "claim",
];

/// The one chart an embed shows (`chart=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Chart {
    /// Cumulative emissions, orbit vs Earth.
    #[default]
    Cumulative,
    /// Emissions by source.
    Sources,
    /// Mass to orbit by subsystem.
    Mass,
    /// Power and heat flow.
    Flow,
    /// Time in Earth's shadow.
    Eclipse,
    /// What moves the verdict most (the tornado, once the Monte Carlo's first run is done).
    Tornado,
}

impl Chart {
    /// Every chart, in the order the embed dialog offers them.
    pub const ALL: [Chart; 6] = [
        Chart::Cumulative,
        Chart::Sources,
        Chart::Mass,
        Chart::Flow,
        Chart::Eclipse,
        Chart::Tornado,
    ];

    /// The id a link carries.
    pub fn id(self) -> &'static str {
        match self {
            Chart::Cumulative => "cumulative",
            Chart::Sources => "sources",
            Chart::Mass => "mass",
            Chart::Flow => "flow",
            Chart::Eclipse => "eclipse",
            Chart::Tornado => "tornado",
        }
    }

    /// The chart a link's id names, if any.
    pub fn from_id(id: &str) -> Option<Chart> {
        Chart::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// The colour scheme a link asks for (`theme=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's system (no `theme=` key; also any value but the two below).
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Every theme, in the order the embed dialog offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The id a link carries (`auto` is never written).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme an id names; anything unknown follows the system.
    pub fn from_id(id: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.id() == id)
            .unwrap_or_default()
    }
}

/// The language of the page (`lang=`): English or Simplified Chinese.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese (`zh-CN`).
    ZhCn,
}

impl Lang {
    /// Every language, in the order the page offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The id a link carries, which is also the page's `<html lang>` (BCP 47).
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language an id names (`en`, `zh-CN`; case-insensitive, `_` for `-`), if any.
    pub fn from_id(id: &str) -> Option<Lang> {
        let id = id.trim().replace('_', "-");
        Lang::ALL
            .into_iter()
            .find(|l| l.id().eq_ignore_ascii_case(&id))
    }

    /// The language for a reader's preferred languages (`navigator.languages`, most
    /// preferred first): the first that is English or any Chinese (`zh`, `zh-CN`,
    /// `zh-Hans`, and also `zh-TW`/`zh-Hant`, for whom Simplified Chinese reads better
    /// than English); English when none is.
    pub fn from_preferences<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        for p in prefs {
            let primary = p.trim().split(['-', '_']).next().unwrap_or("");
            if primary.eq_ignore_ascii_case("zh") {
                return Lang::ZhCn;
            }
            if primary.eq_ignore_ascii_case("en") {
                return Lang::En;
            }
        }
        Lang::En
    }
}

/// How the page was asked to show itself. Only an embed writes its chart, controls and
/// child id back; the theme is written whenever it is not [`Theme::Auto`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// `embed=1` (or `true`): the compact widget.
    pub embed: bool,
    /// `chart=`: the one chart an embed shows ([`Chart::Cumulative`] when absent or unknown).
    pub chart: Chart,
    /// `controls=1` (or `true`): an embed shows the four primary controls.
    pub controls: bool,
    /// `theme=light|dark`; anything else follows the OS.
    pub theme: Theme,
    /// The Pym.js child id (`childId=`, 1–64 bytes), for the Pym height message.
    pub child_id: Option<String>,
    /// `lang=en|zh-CN`: the page's language; None lets the reader's browser decide.
    pub lang: Option<Lang>,
    /// `claim=<id>` (1–64 bytes of `[a-z0-9_]`): an embed shows that one claim's card. The
    /// id is kept as written; the app says when no claim has it.
    pub claim: Option<String>,
    /// A `chart=` id this version does not know, written back as found while [`View::chart`]
    /// is left at its default, so a link from a newer version keeps its chart when it
    /// passes through this one.
    unknown_chart: Option<String>,
    /// Campaign and click tags the link arrived with ([`is_tracking`]), in order: written
    /// back to the address bar, never into a permalink or an embed (those start from a
    /// fresh view).
    tracking: Vec<(String, String)>,
}

impl View {
    /// The view of an embed snippet: the widget with one chart, optionally the
    /// controls, in a theme.
    pub fn embed(chart: Chart, controls: bool, theme: Theme) -> View {
        View {
            embed: true,
            chart,
            controls,
            theme,
            ..View::default()
        }
    }

    /// The embed of one claim's card (`embed=1&claim=<id>`) with its chart.
    pub fn claim_embed(id: &str, chart: Chart, theme: Theme) -> View {
        View {
            claim: Some(id.to_string()),
            ..View::embed(chart, false, theme)
        }
    }

    /// The same view in language `lang` (None: the reader's browser decides).
    pub fn with_lang(self, lang: Option<Lang>) -> View {
        View { lang, ..self }
    }

    /// The view from the app keys of a decoded query ([`super::Decoded::extra`]); a
    /// notice for each value that could not be used (the last occurrence's, the one read).
    fn read(extra: &[(String, String)], notices: &mut Vec<Notice>) -> View {
        let get = |k: &str| {
            extra
                .iter()
                .rev()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let flag = |k: &str| get(k).is_some_and(|v| v == "1" || v == "true");
        let chart_id = get("chart");
        let chart = chart_id.and_then(Chart::from_id);
        if let (Some(id), None) = (chart_id, chart) {
            notices.push(Notice::new("chart", Heard::BadChart { written: quote(id) }));
        }
        // The value of key `k` when `ok` accepts it; otherwise a notice saying `bad`.
        let mut checked = |k: &'static str, ok: &dyn Fn(&str) -> bool, bad: fn(String) -> Heard| {
            let v = get(k)?;
            if ok(v) {
                Some(v)
            } else {
                notices.push(Notice::new(k, bad(quote(v))));
                None
            }
        };
        let theme = checked(
            "theme",
            &|v| Theme::ALL.iter().any(|t| t.id() == v),
            |written| Heard::BadTheme { written },
        );
        let child_id = checked("childId", &|c| !c.is_empty() && c.len() <= 64, |written| {
            Heard::BadChildId { written }
        });
        let lang = checked("lang", &|l| Lang::from_id(l).is_some(), |written| {
            Heard::BadLang { written }
        });
        let claim = checked(
            "claim",
            &|c| {
                !c.is_empty()
                    && c.len() <= 64
                    && c.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            },
            |written| Heard::BadClaim { written },
        );
        View {
            embed: flag("embed"),
            chart: chart.unwrap_or_default(),
            controls: flag("controls"),
            theme: Theme::from_id(theme.unwrap_or_default()),
            child_id: child_id.map(str::to_string),
            lang: lang.and_then(Lang::from_id),
            claim: claim.map(str::to_string),
            unknown_chart: chart_id.filter(|_| chart.is_none()).map(str::to_string),
            tracking: extra
                .iter()
                .filter(|(k, v)| is_tracking(k) && v.len() <= TRACKING_MAX_LEN)
                .take(TRACKING_MAX)
                .cloned()
                .collect(),
        }
    }

    /// Appends the view's keys to a query, each `&key=value`, defaults left out.
    fn write(&self, q: &mut String) {
        if self.embed {
            q.push_str("&embed=1&chart=");
            match (&self.unknown_chart, self.chart) {
                (Some(id), Chart::Cumulative) => q.push_str(&percent_encode(id)),
                (_, c) => q.push_str(c.id()),
            }
            if self.controls {
                q.push_str("&controls=1");
            }
            if let Some(c) = &self.child_id {
                q.push_str("&childId=");
                q.push_str(&percent_encode(c));
            }
            if let Some(c) = &self.claim {
                q.push_str("&claim=");
                q.push_str(&percent_encode(c));
            }
        }
        if self.theme != Theme::Auto {
            q.push_str("&theme=");
            q.push_str(self.theme.id());
        }
        if let Some(l) = self.lang {
            q.push_str("&lang=");
            q.push_str(l.id());
        }
        for (k, v) in &self.tracking {
            q.push('&');
            q.push_str(&percent_encode(k));
            q.push('=');
            q.push_str(&percent_encode(v));
        }
    }
}

/// Everything a page's query says.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// The scenario.
    pub inputs: Inputs,
    /// The pinned baseline (`base=`), if any.
    pub baseline: Option<Inputs>,
    /// Monte Carlo draws and seed (`n=`, `seed=`); no per-input overrides.
    pub mc: McSettings,
    /// How the page shows itself.
    pub view: View,
    /// What had to be adjusted: the scenario's, in query order, then the baseline's own
    /// ([`Heard::InBaseline`]), the Monte Carlo settings' and the view's; capped at
    /// [`super::MAX_NOTICES`].
    pub notices: Vec<Notice>,
}

/// Reads a page's query string (with or without the leading `?`). Never fails: see
/// [`decode`] for the scenario, the module documentation for the app keys.
pub fn read(query: &str) -> Page {
    let d = decode_uncapped(query);
    let mut notices = d.notices;
    let baseline = d.extra.iter().find(|(k, _)| k == "base").map(|(_, v)| {
        let b = decode_uncapped(v);
        notices.extend(
            b.notices
                .into_iter()
                .map(|n| Notice::new("base", Heard::InBaseline(Box::new(n.said)))),
        );
        b.inputs
    });
    let mut mc = McSettings::default();
    let whole = |x: f64| x == x.trunc();
    for (k, v) in &d.extra {
        match k.as_str() {
            "n" => {
                let (draws, fine) = match numfmt::parse(v) {
                    Some(n) if n >= 1.0 => (
                        (n as usize).min(MAX_DRAWS),
                        whole(n) && n <= MAX_DRAWS as f64,
                    ),
                    _ => (mc.draws, false),
                };
                mc.draws = draws;
                if !fine {
                    notices.push(Notice::new(
                        "n",
                        Heard::BadDraws {
                            written: quote(v),
                            used: draws.to_string(),
                        },
                    ));
                }
            }
            "seed" => {
                let (seed, fine) = match numfmt::parse(v) {
                    Some(s) if (0.0..MAX_SEED).contains(&s) => (s as u64, whole(s)),
                    _ => (mc.seed, false),
                };
                mc.seed = seed;
                if !fine {
                    notices.push(Notice::new(
                        "seed",
                        Heard::BadSeed {
                            written: quote(v),
                            used: seed.to_string(),
                        },
                    ));
                }
            }
            _ => {}
        }
    }
    let view = View::read(&d.extra, &mut notices);
    cap_notices(&mut notices);
    Page {
        view,
        inputs: d.inputs,
        baseline,
        mc,
        notices,
    }
}

/// The query (without `?`) of a page: the scenario, its baseline, the Monte Carlo
/// seed and draws, then the view's keys, each only when it differs from its default.
/// A permalink is `write(inputs, baseline, &McSettings::default(), &View::default())`.
pub fn write(inputs: &Inputs, baseline: Option<&Inputs>, mc: &McSettings, view: &View) -> String {
    let mut q = encode(inputs);
    if let Some(b) = baseline {
        q.push_str("&base=");
        q.push_str(&percent_encode(&encode(b)));
    }
    let d = McSettings::default();
    if mc.seed != d.seed {
        q.push_str(&format!("&seed={}", mc.seed));
    }
    if mc.draws != d.draws {
        q.push_str(&format!("&n={}", mc.draws));
    }
    view.write(&mut q);
    q
}

#[cfg(test)]
mod tests;
