//! Exports and permalinks, natively: the JSON export parses and carries the documented
//! keys; its numbers and the CSV's are the model's, bit for bit; the CLI's JSON is the
//! same text as `share::export::json`; the URL format table is derived from the registry.

use orbital_footprint::data::presets::PRESETS;
use orbital_footprint::i18n::verdict::english_headline;
use orbital_footprint::model::inputs::registry::{choices, params};
use orbital_footprint::model::inputs::text as scenario;
use orbital_footprint::model::outputs::outputs;
use orbital_footprint::model::warning::Said;
use orbital_footprint::model::{evaluate, Inputs};
use orbital_footprint::share::{self, export};
use std::process::Command;

/// The default scenario, every preset, and two hand-made ones, as `--set` pairs.
fn scenarios() -> Vec<(String, Vec<(String, String)>)> {
    let mut list = vec![("defaults".to_string(), Vec::new())];
    for p in PRESETS {
        let sets = p
            .settings
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        list.push((p.id.to_string(), sets));
    }
    for (name, sets) in [
        (
            "geo-starship",
            &[
                ("orbit.kind", "geo"),
                ("launch.vehicle", "starship"),
                ("workload.accelerators", "1000"),
            ][..],
        ),
        (
            "fine",
            &[
                ("orbit.altitude_km", "812.345"),
                ("thermal.radiator_temp_c", "61.7"),
            ][..],
        ),
    ] {
        list.push((
            name.to_string(),
            sets.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        ));
    }
    list
}

fn inputs_of(sets: &[(String, String)]) -> Inputs {
    let mut i = Inputs::default();
    for (k, v) in sets {
        scenario::apply(&mut i, k, v).unwrap_or_else(|e| panic!("{e}"));
    }
    i
}

/// The text of a JSON number that follows `needle` (no JSON parser: serde_json's
/// default float parsing is not guaranteed to be correctly rounded).
fn number_after(text: &str, needle: &str) -> f64 {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} missing"));
    let rest = &text[at + needle.len()..];
    let end = rest.find([',', '}', '\n']).unwrap_or(rest.len());
    rest[..end]
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("{needle}: {e}"))
}

#[test]
fn json_export_parses_with_the_documented_keys() {
    let i = inputs_of(&[("orbit.altitude_km".into(), "5000".into())]);
    let mut out = evaluate(&i);
    out.warnings.push(orbital_footprint::model::Warning {
        message: "quotes \" and \\ and\nnewline".into(),
        ..orbital_footprint::model::Warning::new("x", Said::PueBelowOne)
    });
    let text = export::json(
        &i,
        &out,
        &english_headline(&out),
        Some("https://example.org/?v=1&alt=2000"),
    );
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let top: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = vec![
        "version",
        "verdict",
        "inputs",
        "outputs",
        "cumulative_kgco2e_by_year",
        "warnings",
        "permalink",
        "sources",
    ];
    want.sort_unstable();
    let mut got = top.clone();
    got.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["permalink"], "https://example.org/?v=1&alt=2000");
    assert_eq!(
        v["inputs"].as_object().unwrap().len(),
        params().count() + choices().count()
    );
    assert_eq!(v["inputs"]["orbit.kind"], "sso");
    assert_eq!(v["outputs"].as_object().unwrap().len(), outputs().count());
    for o in outputs() {
        assert_eq!(v["outputs"][o.key]["unit"], o.unit, "{}", o.key);
        let value = &v["outputs"][o.key]["value"];
        match o.no_value(&out) {
            None => assert!(value.is_number(), "{}", o.key),
            Some(note) => assert!(value.is_null() && v["outputs"][o.key]["note"] == note),
        }
    }
    let w = v["warnings"].as_array().unwrap();
    assert!(w
        .iter()
        .any(|w| w["key"] == "x" && w["message"] == "quotes \" and \\ and\nnewline"));
    let sources = v["sources"].as_array().unwrap();
    assert!(!sources.is_empty());
    for s in sources {
        for k in ["id", "title", "author", "url", "quality"] {
            assert!(s[k].is_string(), "{s}");
        }
        assert!(s["year"].is_u64());
    }
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&export::json(
            &i,
            &out,
            &english_headline(&out),
            None
        ))
        .unwrap()["permalink"],
        serde_json::Value::Null
    );
}

#[test]
fn exported_numbers_are_the_models_bit_for_bit() {
    for (name, sets) in scenarios() {
        let i = inputs_of(&sets);
        let out = evaluate(&i);
        let json = export::json(&i, &out, &english_headline(&out), None);
        let csv = export::csv(&i, &out, &english_headline(&out), None);
        let rows = parse_csv(&csv);
        assert_eq!(
            rows[0],
            ["section", "key", "value", "unit", "source", "note"]
        );
        assert!(rows.iter().all(|r| r.len() == 6), "{name}");
        let csv_row = |section: &str, key: &str| -> &Vec<String> {
            rows.iter()
                .find(|r| r[0] == section && r[1] == key)
                .unwrap_or_else(|| panic!("{name}: CSV lacks {section} {key}"))
        };
        let csv_value = |section: &str, key: &str| -> &str { &csv_row(section, key)[2] };
        for o in outputs() {
            let x = (o.get)(&out);
            if let Some(note) = o.no_value(&out) {
                // No number here: empty, with the note, in both exports.
                assert_eq!(csv_row("output", o.key)[2..], ["", o.unit, "", note]);
                let j = format!(
                    "\"{}\": {{\"value\": null, \"unit\": \"{}\", \"note\": \"{}\"}}",
                    o.key,
                    o.unit,
                    note.replace('"', "\\\"")
                );
                assert!(json.contains(&j), "{name} JSON {}", o.key);
                continue;
            }
            assert_eq!(csv_row("output", o.key)[5], "", "{name} {}", o.key);
            let j = number_after(&json, &format!("\"{}\": {{\"value\": ", o.key));
            assert_eq!(j.to_bits(), x.to_bits(), "{name} JSON {}", o.key);
            let c: f64 = csv_value("output", o.key).parse().unwrap();
            assert_eq!(c.to_bits(), x.to_bits(), "{name} CSV {}", o.key);
        }
        for p in params() {
            let x = (p.get)(&i);
            let j = number_after(&json, &format!("\"{}\": ", p.key));
            assert_eq!(j.to_bits(), x.to_bits(), "{name} JSON {}", p.key);
            let c: f64 = csv_value("input", p.key).parse().unwrap();
            assert_eq!(c.to_bits(), x.to_bits(), "{name} CSV {}", p.key);
        }
        for c in choices() {
            let id = scenario::value_text(&i, c.key).unwrap();
            assert_eq!(csv_value("input", c.key), id, "{name}");
        }
        for w in &out.warnings {
            assert!(rows
                .iter()
                .any(|r| r[0] == "warning" && r[1] == w.key && r[2] == w.message));
        }
    }
}

#[test]
fn cli_json_is_the_export_text() {
    for (name, sets) in scenarios() {
        let mut args = vec!["eval".to_string(), "--format".into(), "json".into()];
        for (k, v) in &sets {
            args.push("--set".into());
            args.push(format!("{k}={v}"));
        }
        let o = Command::new(env!("CARGO_BIN_EXE_orbital-footprint"))
            .args(&args)
            .output()
            .expect("run the CLI");
        assert!(o.status.success(), "{name}");
        let i = inputs_of(&sets);
        let q = share::encode(&i);
        let permalink = (share::decode(&q).inputs == i).then(|| format!("?{q}"));
        let want = export::json(
            &i,
            &evaluate(&i),
            &english_headline(&evaluate(&i)),
            permalink.as_deref(),
        );
        assert_eq!(String::from_utf8(o.stdout).unwrap(), want + "\n", "{name}");
        // Every scenario has its permalink, values finer than the controls included
        // (issue 15: "fine" used to get none, the URL rounding 812.345 km to 812).
        assert!(permalink.is_some(), "{name}");
        if name == "fine" {
            assert!(q.contains("alt=812.345") && q.contains("=61.7"), "{q}");
        }
    }
}

#[test]
fn csv_quotes_per_rfc_4180() {
    let i = Inputs::default();
    let mut out = evaluate(&i);
    out.warnings.push(orbital_footprint::model::Warning {
        message: "a, \"b\"\nc".into(),
        ..orbital_footprint::model::Warning::new("x", Said::PueBelowOne)
    });
    let csv = export::csv(
        &i,
        &out,
        &english_headline(&out),
        Some("https://example.org/?v=1&a=1,2"),
    );
    assert!(csv.ends_with("\r\n"));
    assert!(csv.contains("warning,x,\"a, \"\"b\"\"\nc\",,,\r\n"));
    let rows = parse_csv(&csv);
    assert!(rows
        .iter()
        .any(|r| r[..3] == ["meta", "permalink", "https://example.org/?v=1&a=1,2"]));
    assert!(rows.iter().any(|r| r[1] == "x" && r[2] == "a, \"b\"\nc"));
}

/// A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if quoted {
            match ch {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
        } else {
            match ch {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => {}
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                c => field.push(c),
            }
        }
    }
    rows
}

/// A strict RFC 4180 reader: every record ends in CRLF, a field is either bare (no
/// quote, comma, CR or LF) or wholly quoted with inner quotes doubled. Err names the
/// first byte that breaks the grammar.
fn strict_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let b = text.as_bytes();
    let (mut rows, mut row, mut i) = (Vec::new(), Vec::new(), 0);
    while i < b.len() {
        let mut field = Vec::new();
        if b[i] == b'"' {
            i += 1;
            loop {
                match b.get(i) {
                    None => return Err(format!("unclosed quote at {i}")),
                    Some(b'"') if b.get(i + 1) == Some(&b'"') => {
                        field.push(b'"');
                        i += 2;
                    }
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(&c) => {
                        field.push(c);
                        i += 1;
                    }
                }
            }
        } else {
            while let Some(&c) = b.get(i) {
                match c {
                    b',' | b'\r' => break,
                    b'"' | b'\n' => return Err(format!("bare {:?} at {i}", c as char)),
                    c => {
                        field.push(c);
                        i += 1;
                    }
                }
            }
        }
        row.push(String::from_utf8(field).map_err(|e| e.to_string())?);
        match (b.get(i), b.get(i + 1)) {
            (Some(b','), _) => i += 1,
            (Some(b'\r'), Some(b'\n')) => {
                rows.push(std::mem::take(&mut row));
                i += 2;
            }
            _ => return Err(format!("a field ends at {i} without a comma or CRLF")),
        }
    }
    Ok(rows)
}

/// The full CSV is RFC 4180 and every section keeps one column count (the header's);
/// its verdict row is the verdict sentence, also in the JSON; an output with no number
/// (a payback that never comes) is an empty cell with its note; the cumulative section
/// names its columns and its rows are the model's series, bit for bit.
#[test]
fn the_full_csv_has_the_verdict_the_nevers_and_the_cumulative_series() {
    let (mut never, mut paid_back) = (0, 0);
    for (name, sets) in scenarios() {
        let i = inputs_of(&sets);
        let out = evaluate(&i);
        let csv = export::csv(
            &i,
            &out,
            &english_headline(&out),
            Some("https://example.org/?v=1&a=1,2"),
        );
        let rows = strict_csv(&csv).unwrap_or_else(|e| panic!("{name}: {e}"));
        let width = rows[0].len();
        assert_eq!(width, 6);
        let mut sections: Vec<(&str, usize)> = Vec::new();
        for r in &rows[1..] {
            match sections.iter().find(|(s, _)| *s == r[0]) {
                Some((_, w)) => assert_eq!(r.len(), *w, "{name}: {r:?}"),
                None => sections.push((&r[0], r.len())),
            }
        }
        let names: Vec<&str> = sections.iter().map(|s| s.0).collect();
        let mut want = vec!["meta", "input", "output", "warning", "source", "cumulative"];
        want.retain(|s| *s != "warning" || !out.warnings.is_empty());
        assert_eq!(names, want, "{name}");
        // The caller's verdict sentence, in the CSV and the JSON alike, whatever it holds
        // (commas and quotes quoted, not split into columns).
        let sentence = "Over 5 years, orbit \"emits\" less.";
        let csv = export::csv(&i, &out, sentence, Some("https://example.org/?v=1&a=1,2"));
        let verdict = csv
            .lines()
            .find(|l| l.starts_with("meta,verdict,"))
            .unwrap();
        assert_eq!(
            verdict, "meta,verdict,\"Over 5 years, orbit \"\"emits\"\" less.\",,,",
            "{name}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&export::json(&i, &out, sentence, None)).unwrap();
        assert_eq!(json["verdict"], sentence, "{name}");
        // "Never": an empty cell and the note, not -1.
        let payback = rows
            .iter()
            .find(|r| r[..2] == ["output", "verdict.payback_year"])
            .unwrap();
        let j = &json["outputs"]["verdict.payback_year"];
        match out.verdicts.payback_year {
            None => {
                never += 1;
                assert_eq!(payback[2], "", "{name}");
                assert!(payback[5].starts_with("never: "), "{name}: {payback:?}");
                assert!(j["value"].is_null() && j["note"] == payback[5].as_str());
                let headline = english_headline(&out);
                assert!(headline.contains("never paid back"), "{name}: {headline}");
            }
            Some(y) => {
                paid_back += 1;
                assert_eq!(payback[2].parse::<f64>().unwrap(), y.get(), "{name}");
                assert_eq!(payback[5], "", "{name}");
                assert_eq!(j["value"].as_f64(), Some(y.get()));
                assert!(j.get("note").is_none());
            }
        }
        assert!(
            !rows.iter().any(|r| r[0] == "output" && r[2] == "-1.0"),
            "{name}: a sentinel left"
        );
        // The cumulative section: its column names, then one row per year from 0.
        let cum: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "cumulative").collect();
        assert_eq!(cum[0][1..4], ["year", "orbit_kgco2e", "earth_kgco2e"]);
        let v = &out.verdicts;
        assert_eq!(cum.len() - 1, v.cumulative_orbit.len(), "{name}");
        assert!(cum.len() > 2, "{name}");
        for (k, r) in cum[1..].iter().enumerate() {
            assert_eq!(r[1], k.to_string());
            let o: f64 = r[2].parse().unwrap();
            let e: f64 = r[3].parse().unwrap();
            assert_eq!(
                o.to_bits(),
                v.cumulative_orbit[k].get().to_bits(),
                "{name} {k}"
            );
            assert_eq!(
                e.to_bits(),
                v.cumulative_earth[k].get().to_bits(),
                "{name} {k}"
            );
            let jo = json["cumulative_kgco2e_by_year"]["orbit"][k]
                .as_f64()
                .unwrap();
            let je = json["cumulative_kgco2e_by_year"]["earth"][k]
                .as_f64()
                .unwrap();
            assert_eq!((jo.to_bits(), je.to_bits()), (o.to_bits(), e.to_bits()));
        }
    }
    // The scenarios include both a payback and a never.
    assert!(
        never > 0 && paid_back > 0,
        "never {never}, paid back {paid_back}"
    );
}

/// The README's URL-format table is generated from the registry: this prints nothing
/// but checks that every short key it would list is documented under "URL format".
#[test]
fn readme_documents_the_url_format() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("## URL format")
        .nth(1)
        .expect("README has a \"URL format\" section");
    for key in ["v=1", "embed", "chart", "controls", "theme", "childId"] {
        assert!(section.contains(key), "README URL format lacks {key}");
    }
    for line in url_key_table().lines() {
        assert!(
            section.contains(line),
            "README URL table lacks or differs on:\n{line}\n\nThe whole table, to paste into README.md:\n{}",
            url_key_table()
        );
    }
}

/// The table of URL keys, one Markdown row per input, in registry order.
fn url_key_table() -> String {
    let mut t =
        String::from("| URL key | Input | Unit | Default | Range |\n|---|---|---|---|---|\n");
    for p in params() {
        t.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {}–{}{} |\n",
            p.short,
            p.key,
            p.unit,
            p.value.central,
            p.min,
            p.max,
            if p.log { " (log)" } else { "" }
        ));
    }
    for c in choices() {
        let ids: Vec<&str> = c.options().map(|(id, _)| id).collect();
        t.push_str(&format!(
            "| `{}` | `{}` | choice | `{}` | {} |\n",
            c.short,
            c.key,
            c.default,
            ids.join(", ")
        ));
    }
    t
}
