//! CSV and JSON exports of one scenario: inputs, outputs with units, warnings, sources,
//! version and permalink. Pure writers without serde, used by the CLI (`eval --format
//! json` prints [`json`]) and by the browser's download buttons, so both produce the
//! same schema and, for the same scenario, the same numbers.
//!
//! JSON schema (keys in this order; inputs and outputs in registry order):
//!
//! ```text
//! {
//!   "version": "<crate version>",
//!   "inputs": { "<input key>": <number> | "<option id>", … },
//!   "outputs": { "<output key>": {"value": <number> | null, "unit": "<unit>"}, … },
//!   "warnings": [ {"key": "<key>", "message": "<text>"}, … ],
//!   "permalink": "<URL or ?query>" | null,
//!   "sources": [ {"id", "title", "author", "year", "url", "quality"}, … ]
//! }
//! ```
//!
//! Numbers are written in Rust's shortest round-trip form (`{:?}`: `650.0`, `1.5e-7`),
//! so parsing them gives back the exact `f64`; a non-finite value (which the model never
//! produces) is `null`. This is the one place in the browser build that uses `core`'s
//! float formatting: exact round-tripping needs it.

use crate::data::source;
use crate::data::sources::Source;
use crate::model::inputs::registry::{choices, params, ChoiceSpec};
use crate::model::outputs::outputs;
use crate::model::{Inputs, Outputs};

/// The JSON export (pretty-printed, no trailing newline).
pub fn json(inputs: &Inputs, outputs_: &Outputs, permalink: Option<&str>) -> String {
    let mut s = String::with_capacity(16 * 1024);
    s.push_str("{\n  \"version\": ");
    json_str(&mut s, env!("CARGO_PKG_VERSION"));
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
        json_num(&mut s, (o.get)(outputs_));
        s.push_str(", \"unit\": ");
        json_str(&mut s, o.unit);
        s.push('}');
    }
    close(&mut s, first, '}');
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
    s.push_str("\n}");
    s
}

/// The CSV export (RFC 4180: CRLF line ends, fields quoted when needed).
///
/// Columns `section,key,value,unit,source`; sections in this order:
/// `meta` (`version`, then `permalink` when given), `input` (value, unit and source id
/// of every input; choices as option ids), `output` (value and unit), `warning` (key
/// and message), `source` (id, "author (year). title", quality tag in `unit`, URL in
/// `source`). Numbers as in [`json`].
pub fn csv(inputs: &Inputs, outputs_: &Outputs, permalink: Option<&str>) -> String {
    let mut s = String::with_capacity(16 * 1024);
    row(&mut s, ["section", "key", "value", "unit", "source"]);
    row(
        &mut s,
        ["meta", "version", env!("CARGO_PKG_VERSION"), "", ""],
    );
    if let Some(p) = permalink {
        row(&mut s, ["meta", "permalink", p, "", ""]);
    }
    for p in params() {
        let v = num_text((p.get)(inputs));
        row(&mut s, ["input", p.key, &v, p.unit, p.value.source]);
    }
    for c in choices() {
        row(&mut s, ["input", c.key, option_id(inputs, c), "", c.source]);
    }
    for o in outputs() {
        let v = num_text((o.get)(outputs_));
        row(&mut s, ["output", o.key, &v, o.unit, ""]);
    }
    for w in &outputs_.warnings {
        row(&mut s, ["warning", w.key, &w.message, "", ""]);
    }
    for src in cited_sources() {
        let cite = format!("{} ({}). {}", src.author, src.year, src.title);
        row(
            &mut s,
            ["source", src.id, &cite, src.quality.tag(), src.url],
        );
    }
    s
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

fn json_str(s: &mut String, v: &str) {
    s.push('"');
    for ch in v.chars() {
        match ch {
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
    s.push('"');
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
