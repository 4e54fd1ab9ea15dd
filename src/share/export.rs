//! CSV and JSON exports of one scenario: inputs, outputs with units, the verdict sentence,
//! the cumulative emissions by year, warnings, sources, version and permalink. Pure
//! writers without serde, used by the CLI (`eval --format json` prints [`json`]) and by
//! the browser's download buttons, so both produce the same schema and, for the same
//! scenario, the same numbers. With a Monte Carlo run
//! ([`McExport`]), [`json_with_uncertainty`] and [`csv_with_uncertainty`] add its
//! sections (the CLI's `--monte-carlo`; the browser never calls them, so they are dead
//! code in its bundle).
//!
//! JSON schema (keys in this order; inputs and outputs in registry order):
//!
//! ```text
//! {
//!   "version": "<crate version>",
//!   "verdict": "<the verdict sentence, English>",
//!   "inputs": { "<input key>": <number> | "<option id>", … },
//!   "outputs": { "<output key>": {"value": <number>, "unit": "<unit>"}
//!                              | {"value": null, "unit": "<unit>", "note": "<why none>"}, … },
//!   "cumulative_kgco2e_by_year": {"note": "<text>", "orbit": [<number>, …], "earth": [<number>, …]},
//!   "warnings": [ {"key": "<key>", "message": "<text>"}, … ],
//!   "permalink": "<URL or ?query>" | null,
//!   "sources": [ {"id", "title", "author", "year", "url", "quality"}, … ]
//!   , "monte_carlo": {…}, "sensitivity": {…}    (json_with_uncertainty only)
//! }
//! ```
//!
//! The two Monte Carlo sections are written compactly on one line each, with the keys
//! of every object in alphabetical order (see [`json_with_uncertainty`]).
//!
//! The verdict sentence is the caller's: the page's headline in English
//! (`i18n::verdict::english_headline`; `share` sits below `i18n`, so it takes the
//! sentence rather than wording it). An
//! output that has no number in this scenario (a payback that never comes, a checkpoint
//! interval when none is needed, a ratio over zero: `OutputSpec::no_value`) is `null`
//! with a `note` saying why, where the page and the CLI's table show the sentinel its
//! label names (`-1`, `0`). The cumulative series are kgCO2e since the start, index k at
//! the end of year k (0: the start), for orbit and for the Earth alternative.
//!
//! Numbers are written in Rust's shortest round-trip form (`{:?}`: `650.0`, `1.5e-7`),
//! so parsing them gives back the exact `f64`; a non-finite value (which the model never
//! produces) is `null`. This is the one place in the browser build that uses `core`'s
//! float formatting: exact round-tripping needs it.

use crate::data::source;
use crate::data::sources::Source;
use crate::model::inputs::registry::{choices, params, ChoiceSpec};
use crate::model::outputs::outputs;
use crate::model::uncertainty::{Band, Ladder, McResult, Metric, Tornado};
use crate::model::{Inputs, Outputs};

/// The JSON export (pretty-printed, no trailing newline).
pub fn json(inputs: &Inputs, outputs_: &Outputs, verdict: &str, permalink: Option<&str>) -> String {
    let mut s = json_members(inputs, outputs_, verdict, permalink);
    s.push_str("\n}");
    s
}

/// The JSON export's opening brace and members, up to the closing brace.
fn json_members(
    inputs: &Inputs,
    outputs_: &Outputs,
    verdict: &str,
    permalink: Option<&str>,
) -> String {
    let mut s = String::with_capacity(16 * 1024);
    s.push_str("{\n  \"version\": ");
    json_str(&mut s, env!("CARGO_PKG_VERSION"));
    s.push_str(",\n  \"verdict\": ");
    json_str(&mut s, verdict);
    s.push_str(",\n  \"inputs\": {");
    let mut first = true;
    for p in params() {
        item(&mut s, &mut first, 4);
        json_str(&mut s, p.key);
        s.push_str(": ");
        json_num(&mut s, (p.get)(inputs));
    }
    for c in choices() {
        item(&mut s, &mut first, 4);
        json_str(&mut s, c.key);
        s.push_str(": ");
        json_str(&mut s, option_id(inputs, c));
    }
    close(&mut s, first, '}');
    s.push_str(",\n  \"outputs\": {");
    let mut first = true;
    for o in outputs() {
        item(&mut s, &mut first, 4);
        json_str(&mut s, o.key);
        s.push_str(": {\"value\": ");
        let none = o.no_value(outputs_);
        match none {
            Some(_) => s.push_str("null"),
            None => json_num(&mut s, (o.get)(outputs_)),
        }
        s.push_str(", \"unit\": ");
        json_str(&mut s, o.unit);
        if let Some(note) = none {
            s.push_str(", \"note\": ");
            json_str(&mut s, note);
        }
        s.push('}');
    }
    close(&mut s, first, '}');
    let v = &outputs_.verdicts;
    s.push_str(",\n  \"cumulative_kgco2e_by_year\": {\n    \"note\": ");
    json_str(&mut s, CUMULATIVE_NOTE);
    for (name, series) in [
        ("orbit", &v.cumulative_orbit),
        ("earth", &v.cumulative_earth),
    ] {
        s.push_str(",\n    ");
        json_str(&mut s, name);
        s.push_str(": [");
        for (k, x) in series.iter().enumerate() {
            if k > 0 {
                s.push_str(", ");
            }
            json_num(&mut s, x.get());
        }
        s.push(']');
    }
    s.push_str("\n  }");
    s.push_str(",\n  \"warnings\": [");
    let mut first = true;
    for w in &outputs_.warnings {
        item(&mut s, &mut first, 4);
        s.push_str("{\"key\": ");
        json_str(&mut s, w.key);
        s.push_str(", \"message\": ");
        json_str(&mut s, &w.message);
        s.push('}');
    }
    close(&mut s, first, ']');
    s.push_str(",\n  \"permalink\": ");
    match permalink {
        Some(p) => json_str(&mut s, p),
        None => s.push_str("null"),
    }
    s.push_str(",\n  \"sources\": [");
    let mut first = true;
    for src in cited_sources() {
        item(&mut s, &mut first, 4);
        s.push_str("{\"id\": ");
        json_str(&mut s, src.id);
        s.push_str(", \"title\": ");
        json_str(&mut s, src.title);
        s.push_str(", \"author\": ");
        json_str(&mut s, src.author);
        s.push_str(", \"year\": ");
        s.push_str(&src.year.to_string());
        s.push_str(", \"url\": ");
        json_str(&mut s, src.url);
        s.push_str(", \"quality\": ");
        json_str(&mut s, src.quality.tag());
        s.push('}');
    }
    close(&mut s, first, ']');
    s
}

/// What the cumulative series are, in both exports.
const CUMULATIVE_NOTE: &str =
    "kgCO2e emitted since the start; year k: the end of year k (0: the start)";

/// The CSV export (RFC 4180: CRLF line ends, fields quoted when needed; every record
/// has the header's six fields).
///
/// Columns `section,key,value,unit,source,note`; sections in this order:
/// `meta` (`version`, then `permalink` when given, then `verdict`: the verdict sentence),
/// `input` (value, unit and source id of every input; choices as option ids), `output`
/// (value and unit; an output with no number in this scenario has an empty value and
/// `note` says why: "never: …", "none needed: …", "undefined: …"), `warning` (key and
/// message), `source` (id, "author (year). title", quality tag in `unit`, URL in
/// `source`), then `cumulative`: its own column names first (`year`, `orbit_kgco2e`,
/// `earth_kgco2e` in the key, value and unit columns, what they mean in `note`), then
/// one record per year of the horizon from 0 (the start). Numbers as in [`json`], at
/// full precision (the charts' CSV is the rounded one).
pub fn csv(inputs: &Inputs, outputs_: &Outputs, verdict: &str, permalink: Option<&str>) -> String {
    let mut s = String::with_capacity(16 * 1024);
    row(
        &mut s,
        ["section", "key", "value", "unit", "source", "note"],
    );
    row(
        &mut s,
        ["meta", "version", env!("CARGO_PKG_VERSION"), "", "", ""],
    );
    if let Some(p) = permalink {
        row(&mut s, ["meta", "permalink", p, "", "", ""]);
    }
    row(&mut s, ["meta", "verdict", verdict, "", "", ""]);
    for p in params() {
        let v = num_text((p.get)(inputs));
        row(&mut s, ["input", p.key, &v, p.unit, p.value.source, ""]);
    }
    for c in choices() {
        row(
            &mut s,
            ["input", c.key, option_id(inputs, c), "", c.source, ""],
        );
    }
    for o in outputs() {
        match o.no_value(outputs_) {
            Some(note) => row(&mut s, ["output", o.key, "", o.unit, "", note]),
            None => {
                let v = num_text((o.get)(outputs_));
                row(&mut s, ["output", o.key, &v, o.unit, "", ""]);
            }
        }
    }
    for w in &outputs_.warnings {
        row(&mut s, ["warning", w.key, &w.message, "", "", ""]);
    }
    for src in cited_sources() {
        let cite = format!("{} ({}). {}", src.author, src.year, src.title);
        row(
            &mut s,
            ["source", src.id, &cite, src.quality.tag(), src.url, ""],
        );
    }
    let v = &outputs_.verdicts;
    row(
        &mut s,
        [
            "cumulative",
            "year",
            "orbit_kgco2e",
            "earth_kgco2e",
            "",
            CUMULATIVE_NOTE,
        ],
    );
    for (k, (o, e)) in v
        .cumulative_orbit
        .iter()
        .zip(&v.cumulative_earth)
        .enumerate()
    {
        let (o, e) = (num_text(o.get()), num_text(e.get()));
        row(&mut s, ["cumulative", &k.to_string(), &o, &e, "", ""]);
    }
    s
}

/// A Monte Carlo run and the two tornados (carbon and cost ratio) of the same scenario:
/// what [`json_with_uncertainty`] and [`csv_with_uncertainty`] add to an export.
#[derive(Clone, Debug, PartialEq)]
pub struct McExport {
    pub result: McResult,
    pub carbon: Tornado,
    pub cost: Tornado,
}

/// The Monte Carlo figures, (key, unit, band), in the order the CSV and the CLI's table
/// list them.
pub fn mc_figures(r: &McResult) -> [(&'static str, &'static str, Band); 6] {
    [
        ("orbit_g_per_kwh", "gCO2e/kWh", r.orbit_g_per_kwh),
        ("earth_g_per_kwh", "gCO2e/kWh", r.earth_g_per_kwh),
        ("carbon_ratio", "", r.carbon_ratio),
        (
            "orbit_usd_per_accelerator_hour",
            "USD/h",
            r.orbit_usd_per_accelerator_hour,
        ),
        (
            "earth_usd_per_accelerator_hour",
            "USD/h",
            r.earth_usd_per_accelerator_hour,
        ),
        ("cost_ratio", "", r.cost_ratio),
    ]
}

/// The JSON export followed by two more top-level members, `"monte_carlo"` and
/// `"sensitivity"` (no trailing newline).
///
/// Each section is one compact line (`{"a":1,"b":[…]}`) with the keys of every object in
/// alphabetical order. That is the text the CLI's serde_json writer produced before this
/// module wrote it, kept byte for byte: strings escaped as serde_json escapes them
/// (`\b` and `\f` included), and numbers in its float layout (see `compact_num`).
///
/// ```text
/// "monte_carlo": {"cumulative_kgco2e_by_year": {"earth"|"orbit": [{"mean","p5","p50","p95","year"}, …]},
///                 "draws", "figures": {"<figure>": {"mean","p5","p50","p95","unit"}, …},
///                 "payback_year": {"note","p5","p50","p95","probability_within_horizon"},
///                 "probability_orbit_beats_earth": {"carbon","cost"}, "seed", "uncertain_inputs"}
/// "sensitivity": {"carbon"|"cost": {"central_ratio", "entries": [{"high","key","label","low",
///                 "ratio_at_high","ratio_at_low","swing","unit"}, …], "sentence"}}
/// ```
///
/// A payback percentile outside the horizon, and any non-finite number, is `null`.
pub fn json_with_uncertainty(
    inputs: &Inputs,
    outputs_: &Outputs,
    verdict: &str,
    permalink: Option<&str>,
    mc: &McExport,
) -> String {
    json_with(
        inputs,
        outputs_,
        verdict,
        permalink,
        &Extras {
            mc: Some(mc),
            breakeven: None,
        },
    )
}

/// What an export may add after the scenario: a Monte Carlo run with its tornados, and
/// the break-even ladders (carbon, cost).
#[derive(Clone, Copy, Debug, Default)]
pub struct Extras<'a> {
    pub mc: Option<&'a McExport>,
    pub breakeven: Option<&'a [Ladder; 2]>,
}

/// The JSON export with the sections `extras` carries: `"monte_carlo"` and
/// `"sensitivity"` ([`json_with_uncertainty`]), then `"breakeven"`, one compact line:
///
/// ```text
/// "breakeven": {"carbon"|"cost": {"ratio", "rungs": [{"at","cited","distance","key","label",
///               "now","sentence","unit","within_cited"}, …], "choices": [{"key","label","now",
///               "option","ratio","sentence"}, …], "pairs": [{"a","a_at","b","b_at","distance"}, …],
///               "steps": [{"at","key"}, …], "unreachable": ["<input key>", …]}}
/// ```
pub fn json_with(
    inputs: &Inputs,
    outputs_: &Outputs,
    verdict: &str,
    permalink: Option<&str>,
    extras: &Extras,
) -> String {
    let mut s = json_members(inputs, outputs_, verdict, permalink);
    if let Some(mc) = extras.mc {
        s.push_str(",\n  \"monte_carlo\": ");
        monte_carlo_json(&mc.result).write(&mut s);
        s.push_str(",\n  \"sensitivity\": ");
        Compact::Obj(vec![
            ("carbon", tornado_json(&mc.carbon)),
            ("cost", tornado_json(&mc.cost)),
        ])
        .write(&mut s);
    }
    if let Some([carbon, cost]) = extras.breakeven {
        s.push_str(",\n  \"breakeven\": ");
        let (a, b) = (ladder_json(carbon), ladder_json(cost));
        Compact::Obj(vec![("carbon", a.as_compact()), ("cost", b.as_compact())]).write(&mut s);
    }
    s.push_str("\n}");
    s
}

/// One ladder's JSON, with its sentences owned here so the compact tree can borrow them.
struct LadderJson<'a> {
    l: &'a Ladder,
    rung_sentences: Vec<String>,
    choice_sentences: Vec<String>,
}

fn ladder_json(l: &Ladder) -> LadderJson<'_> {
    LadderJson {
        l,
        rung_sentences: l.rungs.iter().map(|r| r.sentence(l.metric)).collect(),
        choice_sentences: l.choices.iter().map(|c| c.sentence(l.metric)).collect(),
    }
}

impl LadderJson<'_> {
    fn as_compact(&self) -> Compact<'_> {
        use Compact::{Arr, Bool, Num, Obj, Str};
        let b = Bool;
        let l = self.l;
        Obj(vec![
            ("ratio", Num(l.ratio)),
            (
                "rungs",
                Arr(l
                    .rungs
                    .iter()
                    .zip(&self.rung_sentences)
                    .map(|(r, sentence)| {
                        Obj(vec![
                            ("key", Str(r.key)),
                            ("label", Str(r.label)),
                            ("unit", Str(r.unit)),
                            ("now", Num(r.now)),
                            ("at", Num(r.at)),
                            ("distance", Num(r.distance)),
                            ("cited", b(r.cited)),
                            ("within_cited", b(r.within_cited)),
                            ("sentence", Str(sentence)),
                        ])
                    })
                    .collect()),
            ),
            (
                "choices",
                Arr(l
                    .choices
                    .iter()
                    .zip(&self.choice_sentences)
                    .map(|(c, sentence)| {
                        Obj(vec![
                            ("key", Str(c.key)),
                            ("label", Str(c.label)),
                            ("now", Str(c.now.0)),
                            ("option", Str(c.option.0)),
                            ("ratio", Num(c.ratio)),
                            ("sentence", Str(sentence)),
                        ])
                    })
                    .collect()),
            ),
            (
                "pairs",
                Arr(l
                    .pairs
                    .iter()
                    .map(|p| {
                        Obj(vec![
                            ("a", Str(p.a)),
                            ("a_at", Num(p.a_at)),
                            ("b", Str(p.b)),
                            ("b_at", Num(p.b_at)),
                            ("distance", Num(p.distance)),
                        ])
                    })
                    .collect()),
            ),
            (
                "unreachable",
                Arr(l.unreachable.iter().map(|k| Str(k)).collect()),
            ),
        ])
    }
}

/// The CSV export followed by the Monte Carlo rows in its columns: section
/// `monte_carlo` (`draws`, `seed`, `<figure>.p5|p50|p95|mean` for each of
/// [`mc_figures`], `payback_year.p5|p50|p95` (empty: not within the horizon),
/// `payback_year.probability_within_horizon`, `probability_orbit_beats_earth.carbon|cost`)
/// and `condition.<choice key>` (the option held), and section `sensitivity`
/// (`<carbon|cost>.<choice key>=<option>.ratio` per choice alternative, then
/// `<carbon|cost>.<input key>.low|high|ratio_at_low|ratio_at_high`).
///
/// These rows write numbers with `{}` (`7`, `0.00005`), not the `{:?}` of the other
/// rows, as the CLI always has.
pub fn csv_with_uncertainty(
    inputs: &Inputs,
    outputs_: &Outputs,
    verdict: &str,
    permalink: Option<&str>,
    mc: &McExport,
) -> String {
    let mut text = csv(inputs, outputs_, verdict, permalink);
    mc_rows(&mut text, mc);
    text
}

/// The CSV export with the rows `extras` carries: the Monte Carlo's
/// ([`csv_with_uncertainty`]), then section `breakeven`: `<carbon|cost>.ratio`, and per
/// rung `<metric>.<input key>.at|distance` (unit: the input's), per choice
/// `<metric>.<choice key>.option` (the option id that crosses parity).
pub fn csv_with(
    inputs: &Inputs,
    outputs_: &Outputs,
    verdict: &str,
    permalink: Option<&str>,
    extras: &Extras,
) -> String {
    let mut text = csv(inputs, outputs_, verdict, permalink);
    if let Some(mc) = extras.mc {
        mc_rows(&mut text, mc);
    }
    if let Some(ls) = extras.breakeven {
        let mut row = |key: &str, value: &str, unit: &str| {
            row(&mut text, ["breakeven", key, value, unit, "", ""]);
        };
        for l in ls {
            let m = l.metric.id();
            row(&format!("{m}.ratio"), &num_text(l.ratio), "");
            for r in &l.rungs {
                row(&format!("{m}.{}.at", r.key), &num_text(r.at), r.unit);
                row(
                    &format!("{m}.{}.distance", r.key),
                    &num_text(r.distance),
                    "",
                );
            }
            for c in &l.choices {
                row(&format!("{m}.{}.option", c.key), c.option.0, "");
            }
        }
    }
    text
}

/// The Monte Carlo rows of [`csv_with_uncertainty`].
fn mc_rows(text: &mut String, mc: &McExport) {
    let mut row = |section: &str, key: &str, value: String, unit: &str| {
        let note = if value.is_empty() {
            "not within the horizon"
        } else {
            ""
        };
        row(text, [section, key, &value, unit, "", note]);
    };
    let r = &mc.result;
    row("monte_carlo", "draws", r.draws.to_string(), "");
    row("monte_carlo", "seed", r.seed.to_string(), "");
    for (key, unit, b) in mc_figures(r) {
        for (q, x) in [
            ("p5", b.p5),
            ("p25", b.p25),
            ("p50", b.p50),
            ("p75", b.p75),
            ("p95", b.p95),
            ("mean", b.mean),
        ] {
            row("monte_carlo", &format!("{key}.{q}"), format!("{x}"), unit);
        }
    }
    let p = &r.payback_year;
    for (q, x) in [("p5", p.p5), ("p50", p.p50), ("p95", p.p95)] {
        let v = x.map(|x| format!("{x}")).unwrap_or_default();
        row("monte_carlo", &format!("payback_year.{q}"), v, "yr");
    }
    row(
        "monte_carlo",
        "payback_year.probability_within_horizon",
        format!("{}", p.probability_within_horizon),
        "",
    );
    row(
        "monte_carlo",
        "probability_orbit_beats_earth.carbon",
        format!("{}", r.p_orbit_beats_earth_carbon),
        "",
    );
    row(
        "monte_carlo",
        "probability_orbit_beats_earth.cost",
        format!("{}", r.p_orbit_beats_earth_cost),
        "",
    );
    for c in &r.conditions {
        row(
            "monte_carlo",
            &format!("condition.{}", c.key),
            c.option.0.to_string(),
            "",
        );
    }
    for t in [&mc.carbon, &mc.cost] {
        let m = t.metric.id();
        for c in &t.choices {
            row(
                "sensitivity",
                &format!("{m}.{}={}.ratio", c.key, c.option.0),
                format!("{}", c.ratio(t.metric)),
                "",
            );
        }
        for e in &t.entries {
            let (lo, hi) = e.ratios(t.metric);
            let k = e.key;
            row(
                "sensitivity",
                &format!("{m}.{k}.low"),
                format!("{}", e.low),
                e.unit,
            );
            row(
                "sensitivity",
                &format!("{m}.{k}.high"),
                format!("{}", e.high),
                e.unit,
            );
            row(
                "sensitivity",
                &format!("{m}.{k}.ratio_at_low"),
                format!("{lo}"),
                "",
            );
            row(
                "sensitivity",
                &format!("{m}.{k}.ratio_at_high"),
                format!("{hi}"),
                "",
            );
        }
    }
}

/// One value of the compact Monte Carlo sections. Objects list their members in any
/// order; [`Compact::write`] sorts them by key.
enum Compact<'a> {
    Null,
    Bool(bool),
    Int(u64),
    Num(f64),
    Str(&'a str),
    Arr(Vec<Compact<'a>>),
    Obj(Vec<(&'a str, Compact<'a>)>),
}

impl Compact<'_> {
    fn write(&self, s: &mut String) {
        match self {
            Compact::Null => s.push_str("null"),
            Compact::Bool(b) => s.push_str(if *b { "true" } else { "false" }),
            Compact::Int(n) => s.push_str(&n.to_string()),
            Compact::Num(x) => compact_num(s, *x),
            Compact::Str(v) => compact_str(s, v),
            Compact::Arr(items) => {
                s.push('[');
                for (n, v) in items.iter().enumerate() {
                    if n > 0 {
                        s.push(',');
                    }
                    v.write(s);
                }
                s.push(']');
            }
            Compact::Obj(members) => {
                let mut sorted: Vec<&(&str, Compact)> = members.iter().collect();
                sorted.sort_by_key(|(k, _)| *k);
                s.push('{');
                for (n, (k, v)) in sorted.into_iter().enumerate() {
                    if n > 0 {
                        s.push(',');
                    }
                    compact_str(s, k);
                    s.push(':');
                    v.write(s);
                }
                s.push('}');
            }
        }
    }
}

fn monte_carlo_json(r: &McResult) -> Compact<'static> {
    use Compact::{Arr, Int, Null, Num, Obj, Str};
    let band = |b: &Band, extra: (&'static str, Compact<'static>)| {
        Obj(vec![
            ("p5", Num(b.p5)),
            ("p25", Num(b.p25)),
            ("p50", Num(b.p50)),
            ("p75", Num(b.p75)),
            ("p95", Num(b.p95)),
            ("mean", Num(b.mean)),
            extra,
        ])
    };
    let series = |bands: &[Band]| {
        Arr(bands
            .iter()
            .enumerate()
            .map(|(y, b)| band(b, ("year", Int(y as u64))))
            .collect())
    };
    let opt = |x: Option<f64>| x.map_or(Null, Num);
    let p = &r.payback_year;
    Obj(vec![
        ("draws", Int(r.draws as u64)),
        ("seed", Int(r.seed)),
        ("uncertain_inputs", Int(r.uncertain_inputs as u64)),
        (
            "figures",
            Obj(mc_figures(r)
                .iter()
                .map(|(key, unit, b)| (*key, band(b, ("unit", Str(unit)))))
                .collect()),
        ),
        (
            "payback_year",
            Obj(vec![
                ("p5", opt(p.p5)),
                ("p50", opt(p.p50)),
                ("p95", opt(p.p95)),
                (
                    "probability_within_horizon",
                    Num(p.probability_within_horizon),
                ),
                ("note", Str("null: not within the horizon")),
            ]),
        ),
        (
            "probability_orbit_beats_earth",
            Obj(vec![
                ("carbon", Num(r.p_orbit_beats_earth_carbon)),
                ("cost", Num(r.p_orbit_beats_earth_cost)),
            ]),
        ),
        (
            "conditions",
            Arr(r
                .conditions
                .iter()
                .map(|c| {
                    Obj(vec![
                        ("key", Str(c.key)),
                        ("label", Str(c.label)),
                        ("option", Str(c.option.0)),
                        ("option_label", Str(c.option.1)),
                    ])
                })
                .collect()),
        ),
        (
            "cumulative_kgco2e_by_year",
            Obj(vec![
                ("orbit", series(&r.cumulative_orbit)),
                ("earth", series(&r.cumulative_earth)),
            ]),
        ),
    ])
}

fn tornado_json(t: &Tornado) -> Compact<'_> {
    use Compact::{Arr, Num, Obj, Str};
    let central = match t.metric {
        Metric::Carbon => t.carbon_ratio,
        Metric::Cost => t.cost_ratio,
    };
    let entries = t
        .entries
        .iter()
        .map(|e| {
            let (lo, hi) = e.ratios(t.metric);
            Obj(vec![
                ("key", Str(e.key)),
                ("label", Str(e.label)),
                ("unit", Str(e.unit)),
                ("low", Num(e.low)),
                ("high", Num(e.high)),
                ("ratio_at_low", Num(lo)),
                ("ratio_at_high", Num(hi)),
                ("swing", Num(e.swing(t.metric))),
            ])
        })
        .collect();
    let choices = t
        .choices
        .iter()
        .map(|c| {
            Obj(vec![
                ("key", Str(c.key)),
                ("label", Str(c.label)),
                ("now", Str(c.now.0)),
                ("option", Str(c.option.0)),
                ("option_label", Str(c.option.1)),
                ("ratio", Num(c.ratio(t.metric))),
            ])
        })
        .collect();
    Obj(vec![
        ("central_ratio", Num(central)),
        ("sentence", Str(&t.sentence)),
        ("entries", Arr(entries)),
        ("choices", Arr(choices)),
    ])
}

/// A number of the compact sections, written as serde_json's float writer writes it
/// (`null` when not finite). Against `{:?}` it differs in three ways: a tie between two
/// shortest candidates goes to the even digit (`1658206780088562.2`, where `{:?}` rounds
/// up to `…562.3`); plain notation starts at 1e-5 (`0.00005`, not `5e-5`) and stops below
/// 1e16; a positive exponent has a `+` (`1e+16`).
fn compact_num(s: &mut String, x: f64) {
    if !x.is_finite() {
        s.push_str("null");
        return;
    }
    if x.is_sign_negative() {
        s.push('-');
    }
    let a = x.abs();
    if a == 0.0 {
        s.push_str("0.0");
        return;
    }
    // The shortest round-trip digits (as `{:?}` finds them), then the same number of
    // digits correctly rounded, ties to even, which is serde_json's choice when both
    // read back as the same number.
    let shortest = format!("{a:e}");
    let n = shortest.find('e').unwrap_or(shortest.len()) - usize::from(shortest.contains('.'));
    let even = format!("{a:.*e}", n - 1);
    let sci = if even.parse::<f64>() == Ok(a) {
        even
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-5..=15).contains(&exp) {
        // 1234e30 -> 1.234e+33
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        if exp >= 0 {
            s.push('+');
        }
        s.push_str(&exp.to_string());
    } else if exp < 0 {
        // 1234e-8 -> 0.00001234
        s.push_str("0.");
        for _ in 1..-exp {
            s.push('0');
        }
        s.push_str(&digits);
    } else {
        let int = exp as usize + 1;
        if digits.len() <= int {
            // 1234e7 -> 12340000000.0
            s.push_str(&digits);
            for _ in digits.len()..int {
                s.push('0');
            }
            s.push_str(".0");
        } else {
            // 1234e-2 -> 12.34
            s.push_str(&digits[..int]);
            s.push('.');
            s.push_str(&digits[int..]);
        }
    }
}

/// The works behind the registry's inputs (each input's value source, each choice's
/// source), once each, in registry order.
pub fn cited_sources() -> Vec<&'static Source> {
    let mut list: Vec<&'static Source> = Vec::new();
    let ids = params()
        .map(|p| p.value.source)
        .chain(choices().map(|c| c.source));
    for id in ids {
        if let Some(s) = source(id) {
            if !list.iter().any(|t| t.id == s.id) {
                list.push(s);
            }
        }
    }
    list
}

fn option_id(inputs: &Inputs, c: &ChoiceSpec) -> &'static str {
    (c.option)((c.get)(inputs)).map_or("", |(id, _)| id)
}

/// Shortest round-trip text of a finite number; empty for a non-finite one.
/// A number as written in the exports (shortest round-trip; empty when not finite).
pub fn num_text(x: f64) -> String {
    if x.is_finite() {
        format!("{x:?}")
    } else {
        String::new()
    }
}

fn json_num(s: &mut String, x: f64) {
    if x.is_finite() {
        s.push_str(&format!("{x:?}"));
    } else {
        s.push_str("null");
    }
}

/// A chart's data table as CSV (RFC 4180: a field with a comma, quote or line break is
/// quoted, quotes doubled; lines end in CRLF): the table's own column names and cells,
/// as the page shows them. A cell starting with `=`, `+`, `-` or `@` that is not a number
/// is prefixed with `'`, so a spreadsheet does not run it as a formula.
pub fn table_csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    fn field(out: &mut String, v: &str) {
        // The crate's own parser: core's float parser stays out of the bundle.
        let number = crate::numfmt::parse(v).is_some();
        let guarded = if !number && v.starts_with(['=', '+', '-', '@']) {
            format!("'{v}")
        } else {
            v.to_string()
        };
        if guarded.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    let mut out = String::new();
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        for (k, c) in cells.enumerate() {
            if k > 0 {
                out.push(',');
            }
            field(&mut out, c);
        }
        out.push_str("\r\n");
    };
    line(&mut headers.iter().copied());
    for r in rows {
        line(&mut r.iter().map(String::as_str));
    }
    out
}

fn json_str(s: &mut String, v: &str) {
    s.push('"');
    for c in v.chars() {
        escape(s, c);
    }
    s.push('"');
}

/// A string of the compact sections: as [`json_str`], but backspace and form feed as
/// `\b` and `\f` (serde_json's escapes) rather than `\u0008` and `\u000c`.
fn compact_str(s: &mut String, v: &str) {
    s.push('"');
    for c in v.chars() {
        match c {
            '\u{8}' => s.push_str("\\b"),
            '\u{c}' => s.push_str("\\f"),
            c => escape(s, c),
        }
    }
    s.push('"');
}

/// One character inside a JSON string.
fn escape(s: &mut String, c: char) {
    match c {
        '"' => s.push_str("\\\""),
        '\\' => s.push_str("\\\\"),
        '\n' => s.push_str("\\n"),
        '\r' => s.push_str("\\r"),
        '\t' => s.push_str("\\t"),
        c if (c as u32) < 0x20 => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            s.push_str("\\u00");
            s.push(HEX[(c as usize) >> 4] as char);
            s.push(HEX[(c as usize) & 15] as char);
        }
        c => s.push(c),
    }
}

/// Starts one member of an object or array at `indent` spaces.
fn item(s: &mut String, first: &mut bool, indent: usize) {
    if !*first {
        s.push(',');
    }
    *first = false;
    s.push('\n');
    for _ in 0..indent {
        s.push(' ');
    }
}

/// Closes an object or array opened at indent 2 (`{}`/`[]` when empty).
fn close(s: &mut String, empty: bool, bracket: char) {
    if !empty {
        s.push_str("\n  ");
    }
    s.push(bracket);
}

/// Appends one CSV record (RFC 4180 quoting, CRLF), for writers that extend [`csv`].
pub fn row<const N: usize>(s: &mut String, fields: [&str; N]) {
    for (n, f) in fields.iter().enumerate() {
        if n > 0 {
            s.push(',');
        }
        if f.contains([',', '"', '\r', '\n']) {
            s.push('"');
            s.push_str(&f.replace('"', "\"\""));
            s.push('"');
        } else {
            s.push_str(f);
        }
    }
    s.push_str("\r\n");
}

/// The Monte Carlo sections against the serde_json code that wrote them before (kept
/// here as the oracle; serde_json is a native dependency, so native only).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::table_csv;

    #[test]
    fn a_chart_table_is_rfc_4180_csv_and_never_a_formula() {
        let rows = vec![
            vec!["Launch, propellant".to_string(), "1,234".to_string()],
            vec!["a \"quoted\" name".to_string(), "-5.5".to_string()],
            vec!["=HYPERLINK(\"x\")".to_string(), "@SUM".to_string()],
        ];
        assert_eq!(
            table_csv(&["Source", "t CO2e"], &rows),
            "Source,t CO2e\r\n\"Launch, propellant\",\"1,234\"\r\n\"a \"\"quoted\"\" name\",-5.5\r\n\"'=HYPERLINK(\"\"x\"\")\",'@SUM\r\n"
        );
    }

    use super::*;
    use crate::data::presets::preset;
    use crate::model::evaluate;
    use crate::model::inputs::text as scenario;
    use crate::model::uncertainty::{self, McSettings, Spread};
    use serde_json::{json, Map, Value};

    fn num(x: f64) -> Value {
        serde_json::Number::from_f64(x)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }

    fn band_json(b: &Band) -> Value {
        json!({"p5": num(b.p5), "p25": num(b.p25), "p50": num(b.p50), "p75": num(b.p75), "p95": num(b.p95), "mean": num(b.mean)})
    }

    /// The CLI's code before the export wrote these sections, with the members added
    /// since (the quartiles, the conditions, the choices' alternatives) in its style.
    fn serde_sections(u: &McExport) -> (Value, Value) {
        let opt_num = |x: Option<f64>| x.map(num).unwrap_or(Value::Null);
        let r = &u.result;
        let mut figures = Map::new();
        for (key, unit, b) in mc_figures(r) {
            let mut v = band_json(&b);
            v["unit"] = json!(unit);
            figures.insert(key.into(), v);
        }
        let series = |bands: &[Band]| -> Vec<Value> {
            bands
                .iter()
                .enumerate()
                .map(|(y, b)| {
                    let mut v = band_json(b);
                    v["year"] = json!(y);
                    v
                })
                .collect()
        };
        let mc = json!({
            "draws": r.draws,
            "seed": r.seed,
            "uncertain_inputs": r.uncertain_inputs,
            "figures": figures,
            "payback_year": {
                "p5": opt_num(r.payback_year.p5),
                "p50": opt_num(r.payback_year.p50),
                "p95": opt_num(r.payback_year.p95),
                "probability_within_horizon": num(r.payback_year.probability_within_horizon),
                "note": "null: not within the horizon",
            },
            "probability_orbit_beats_earth": {
                "carbon": num(r.p_orbit_beats_earth_carbon),
                "cost": num(r.p_orbit_beats_earth_cost),
            },
            "cumulative_kgco2e_by_year": {
                "orbit": series(&r.cumulative_orbit),
                "earth": series(&r.cumulative_earth),
            },
            "conditions": r.conditions.iter().map(|c| json!({
                "key": c.key, "label": c.label, "option": c.option.0, "option_label": c.option.1,
            })).collect::<Vec<Value>>(),
        });
        let tornado = |t: &Tornado| {
            let entries: Vec<Value> = t
                .entries
                .iter()
                .map(|e| {
                    let (lo, hi) = e.ratios(t.metric);
                    json!({
                        "key": e.key, "label": e.label, "unit": e.unit,
                        "low": num(e.low), "high": num(e.high),
                        "ratio_at_low": num(lo), "ratio_at_high": num(hi),
                        "swing": num(e.swing(t.metric)),
                    })
                })
                .collect();
            let central = match t.metric {
                Metric::Carbon => t.carbon_ratio,
                Metric::Cost => t.cost_ratio,
            };
            let choices: Vec<Value> = t
                .choices
                .iter()
                .map(|c| {
                    json!({
                        "key": c.key, "label": c.label, "now": c.now.0,
                        "option": c.option.0, "option_label": c.option.1,
                        "ratio": num(c.ratio(t.metric)),
                    })
                })
                .collect();
            json!({"central_ratio": num(central), "sentence": t.sentence, "entries": entries, "choices": choices})
        };
        let sens = json!({"carbon": tornado(&u.carbon), "cost": tornado(&u.cost)});
        (mc, sens)
    }

    fn run(inputs: &Inputs, settings: &McSettings) -> McExport {
        McExport {
            result: uncertainty::run(inputs, settings),
            carbon: uncertainty::sensitivity(inputs, settings, Metric::Carbon),
            cost: uncertainty::sensitivity(inputs, settings, Metric::Cost),
        }
    }

    fn check(inputs: &Inputs, mc: &McExport) {
        let out = evaluate(inputs);
        let base = json(inputs, &out, "V.", Some("?v=1"));
        let (m, s) = serde_sections(mc);
        let want = format!(
            ",\n  \"monte_carlo\": {},\n  \"sensitivity\": {}\n}}",
            serde_json::to_string(&m).unwrap(),
            serde_json::to_string(&s).unwrap()
        );
        let got = json_with_uncertainty(inputs, &out, "V.", Some("?v=1"), mc);
        let sections = got.strip_prefix(base.strip_suffix("\n}").unwrap()).unwrap();
        assert_eq!(sections, want);
    }

    #[test]
    fn monte_carlo_sections_are_what_serde_json_wrote() {
        let mut inputs = Inputs::default();
        for seed in [1, 7] {
            let settings = McSettings {
                draws: 200,
                seed,
                overrides: Vec::new(),
            };
            check(&inputs, &run(&inputs, &settings));
        }
        // Every input held but one, barely widened: tiny swings (below 1e-4), an empty
        // spread elsewhere.
        let mut overrides: Vec<(&'static str, Spread)> =
            params().map(|p| (p.key, Spread::Central)).collect();
        overrides.push(("power.battery_wh_per_kg", Spread::Widen(0.001)));
        let settings = McSettings {
            draws: 50,
            seed: 3,
            overrides,
        };
        check(&inputs, &run(&inputs, &settings));
        // Nothing uncertain: empty tornados.
        let settings = McSettings {
            draws: 20,
            seed: 3,
            overrides: params().map(|p| (p.key, Spread::Central)).collect(),
        };
        let mc = run(&inputs, &settings);
        assert!(mc.carbon.entries.is_empty());
        check(&inputs, &mc);
        // A preset.
        for (k, v) in preset("starcloud40").unwrap().settings {
            scenario::apply(&mut inputs, k, v).unwrap();
        }
        check(&inputs, &run(&inputs, &McSettings::default()));
    }

    #[test]
    fn made_up_sections_with_awkward_numbers_and_strings_match_serde_json() {
        let inputs = Inputs::default();
        let mut mc = run(
            &inputs,
            &McSettings {
                draws: 10,
                seed: 1,
                overrides: Vec::new(),
            },
        );
        let awkward = [
            0.0,
            -0.0,
            5e-5,
            -1.5e-5,
            1e-5,
            9.99e-6,
            1e-4,
            1e16,
            -2.5e20,
            1e15,
            5e-324,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
        ];
        let r = &mut mc.result;
        r.orbit_g_per_kwh = Band {
            p5: awkward[2],
            p25: awkward[4],
            p50: awkward[3],
            p75: awkward[9],
            p95: awkward[7],
            mean: awkward[12],
        };
        r.payback_year.p50 = Some(1e-5);
        r.p_orbit_beats_earth_carbon = 1.0 / 20_000.0;
        for (e, x) in mc.carbon.entries.iter_mut().zip(awkward.iter().cycle()) {
            e.low = *x;
            e.carbon_ratio_high = -*x;
        }
        mc.cost.sentence = "quote \" backslash \\ \u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f} é ≥ 😀".into();
        check(&inputs, &mc);
    }

    #[test]
    fn compact_numbers_are_laid_out_as_serde_json_lays_them_out() {
        let mut samples: Vec<f64> = vec![
            0.0,
            -0.0,
            1.0,
            7.0,
            0.1,
            1e-4,
            1e-5,
            9.999999999999999e-5,
            9.99e-6,
            1e15,
            9.999999999999998e15,
            1e16,
            1e17,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::EPSILON,
        ];
        // Every power of ten and its neighbours, both signs.
        for e in -323..=308 {
            let x: f64 = format!("1e{e}").parse().unwrap();
            samples.extend([
                x,
                f64::from_bits(x.to_bits() + 1),
                f64::from_bits(x.to_bits() - 1),
            ]);
        }
        // Ties between two 17-digit candidates happen where the spacing of doubles is
        // 2^-3..2^3 (about 5.6e14 to 7e16): whole numbers plus eighths there.
        for m in 0..20_000u64 {
            let x = (1u64 << 49) as f64 + (m * 1_234_567_891) as f64 / 8.0;
            samples.extend([x, x * 2.0, x * 4.0, x * 16.0, x * 64.0]);
        }
        // Pseudo-random bit patterns (xorshift), and random values in [1e-6, 1e-3).
        let mut z: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            z ^= z << 13;
            z ^= z >> 7;
            z ^= z << 17;
            samples.push(f64::from_bits(z));
            samples.push(1e-6 * (1.0 + (z >> 11) as f64 / (1u64 << 53) as f64 * 999.0));
        }
        for x in samples.into_iter().filter(|x| x.is_finite()) {
            for x in [x, -x] {
                let mut s = String::new();
                compact_num(&mut s, x);
                assert_eq!(s, serde_json::to_string(&x).unwrap(), "{x:?}");
            }
        }
        let mut s = String::new();
        compact_num(&mut s, f64::NAN);
        assert_eq!(s, "null");
    }

    #[test]
    fn compact_strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0u32..0x250)
            .chain([0x2028, 0x2029, 0xfeff, 0x1f600])
            .filter_map(char::from_u32)
            .collect();
        let mut s = String::new();
        compact_str(&mut s, &all);
        assert_eq!(s, serde_json::to_string(&all).unwrap());
        // The pretty document keeps its own escapes.
        let mut s = String::new();
        json_str(&mut s, "\u{8}\u{c}\u{1}\"\\");
        assert_eq!(s, r#""\u0008\u000c\u0001\"\\""#);
    }

    #[test]
    fn the_plain_export_is_the_same_document_without_the_sections() {
        let inputs = Inputs::default();
        let out = evaluate(&inputs);
        let mc = run(
            &inputs,
            &McSettings {
                draws: 5,
                seed: 1,
                overrides: Vec::new(),
            },
        );
        let plain = json(&inputs, &out, "V.", None);
        let with = json_with_uncertainty(&inputs, &out, "V.", None, &mc);
        assert!(with.starts_with(plain.strip_suffix("\n}").unwrap()));
        assert!(!plain.contains("monte_carlo"));
        let csv_plain = csv(&inputs, &out, "V.", None);
        let csv_with = csv_with_uncertainty(&inputs, &out, "V.", None, &mc);
        let extra = csv_with.strip_prefix(&csv_plain).unwrap();
        assert!(extra.starts_with("monte_carlo,draws,5,,,\r\nmonte_carlo,seed,1,,,\r\n"));
        let sections: Vec<&str> = extra
            .lines()
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert!(sections
            .iter()
            .all(|s| *s == "monte_carlo" || *s == "sensitivity"));
        // 2 + 6 figures × 6 + 3 payback + 3 probabilities + the conditions, then one row
        // per choice alternative and 4 per tornado entry.
        let tornado_rows = 4 * (mc.carbon.entries.len() + mc.cost.entries.len())
            + mc.carbon.choices.len()
            + mc.cost.choices.len();
        assert_eq!(
            sections.len(),
            2 + 36 + 3 + 3 + mc.result.conditions.len() + tornado_rows
        );
    }
}
