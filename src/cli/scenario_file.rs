//! Scenario files: TOML or JSON, flattened into (dotted key, scalar) pairs.
//!
//! Keys may be flat (`"orbit.altitude_km" = 650`) or nested (`[orbit] altitude_km =
//! 650`); a number is a numeric input's value and a string a choice's option id. JSON
//! pairs come out in file order, TOML pairs sorted by key within each table.
//!
//! A key given twice, whether spelled the same way twice (JSON; TOML's parser rejects
//! that itself) or once flat and once nested (`"orbit.altitude_km"` beside
//! `[orbit] altitude_km`), is an error naming the key: neither value silently wins. A
//! file with no setting at all (`{}`, an empty TOML file) is an error too: a file that
//! is passed is meant to say something, and one that says nothing is most likely the
//! wrong or a truncated file; running the defaults quietly would print numbers for a
//! scenario nobody asked for (drop `--file` to run the defaults).

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// A JSON value as written, objects keeping every pair in order (duplicates too).
enum Json {
    Object(Vec<(String, Json)>),
    Number(f64),
    String(String),
    /// `null`, a boolean or an array: not a scenario value.
    Other,
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Json;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_i64<E: de::Error>(self, x: i64) -> Result<Json, E> {
                Ok(Json::Number(x as f64))
            }
            fn visit_u64<E: de::Error>(self, x: u64) -> Result<Json, E> {
                Ok(Json::Number(x as f64))
            }
            fn visit_f64<E: de::Error>(self, x: f64) -> Result<Json, E> {
                Ok(Json::Number(x))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
                Ok(Json::String(s.to_string()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Json, E> {
                Ok(Json::String(s))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_none<E: de::Error>(self) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Json, A::Error> {
                while a.next_element::<Json>()?.is_some() {}
                Ok(Json::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Json, A::Error> {
                let mut pairs = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, Json>()? {
                    pairs.push((k, v));
                }
                Ok(Json::Object(pairs))
            }
        }
        d.deserialize_any(V)
    }
}

/// One scenario value.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Num(f64),
    Text(String),
}

/// Reads and flattens the scenario file at `path`; errors start with the path.
pub fn load(path: &str) -> Result<Vec<(String, Scalar)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    parse(path, &text)
}

/// Flattens a TOML or JSON scenario: JSON when `path` ends in `.json`, or when it does
/// not end in `.toml` and the text starts with `{`; TOML otherwise.
pub fn parse(path: &str, text: &str) -> Result<Vec<(String, Scalar)>, String> {
    let is_json =
        path.ends_with(".json") || (!path.ends_with(".toml") && text.trim_start().starts_with('{'));
    let mut pairs = Vec::new();
    if is_json {
        let v: Json =
            serde_json::from_str(text).map_err(|e| format!("{path}: not valid JSON: {e}"))?;
        flatten_json("", &v, &mut pairs).map_err(|e| format!("{path}: {e}"))?;
    } else {
        let t: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| format!("{path}: not valid TOML: {}", e.message()))?;
        for (k, v) in &t {
            flatten_toml(k, v, &mut pairs).map_err(|e| format!("{path}: {e}"))?;
        }
    }
    let mut seen = HashSet::new();
    for (k, _) in &pairs {
        if !seen.insert(k.as_str()) {
            return Err(format!(
                "{path}: {k}: given more than once (each key once, flat or nested, not both)"
            ));
        }
    }
    if pairs.is_empty() {
        return Err(format!(
            "{path}: no settings in the file (to run the defaults, leave out --file)"
        ));
    }
    Ok(pairs)
}

fn flatten_json(prefix: &str, v: &Json, out: &mut Vec<(String, Scalar)>) -> Result<(), String> {
    match v {
        Json::Object(m) => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten_json(&key, v, out)?;
            }
            Ok(())
        }
        Json::Number(x) => {
            out.push((prefix.to_string(), Scalar::Num(*x)));
            Ok(())
        }
        Json::String(s) => {
            out.push((prefix.to_string(), Scalar::Text(s.clone())));
            Ok(())
        }
        _ => Err(format!("{prefix}: expected a number or an option id")),
    }
}

fn flatten_toml(key: &str, v: &toml::Value, out: &mut Vec<(String, Scalar)>) -> Result<(), String> {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                flatten_toml(&format!("{key}.{k}"), v, out)?;
            }
            Ok(())
        }
        toml::Value::Integer(n) => {
            out.push((key.to_string(), Scalar::Num(*n as f64)));
            Ok(())
        }
        toml::Value::Float(x) => {
            out.push((key.to_string(), Scalar::Num(*x)));
            Ok(())
        }
        toml::Value::String(s) => {
            out.push((key.to_string(), Scalar::Text(s.clone())));
            Ok(())
        }
        _ => Err(format!("{key}: expected a number or an option id")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(k: &str, x: f64) -> (String, Scalar) {
        (k.into(), Scalar::Num(x))
    }

    fn text(k: &str, s: &str) -> (String, Scalar) {
        (k.into(), Scalar::Text(s.into()))
    }

    #[test]
    fn nested_and_flat_toml_flatten_to_the_same_pairs() {
        let nested =
            "[orbit]\naltitude_km = 800\nkind = \"leo\"\n[workload]\naccelerators = 1000\n";
        let flat = "\"orbit.altitude_km\" = 800.0\n\"orbit.kind\" = \"leo\"\n\"workload.accelerators\" = 1000\n";
        let want = vec![
            num("orbit.altitude_km", 800.0),
            text("orbit.kind", "leo"),
            num("workload.accelerators", 1000.0),
        ];
        assert_eq!(parse("a.toml", nested), Ok(want.clone()));
        assert_eq!(parse("b.toml", flat), Ok(want));
    }

    #[test]
    fn json_nests_and_keeps_numbers_and_option_ids() {
        let js = r#"{"orbit": {"altitude_km": 800, "kind": "leo"}, "workload.accelerators": 1e3}"#;
        assert_eq!(
            parse("c.json", js).unwrap(),
            vec![
                num("orbit.altitude_km", 800.0),
                text("orbit.kind", "leo"),
                num("workload.accelerators", 1000.0),
            ]
        );
        // A bare number has no key (applying it then fails as an unknown input).
        assert_eq!(parse("c.json", "1"), Ok(vec![num("", 1.0)]));
    }

    #[test]
    fn the_format_follows_the_extension_then_the_first_character() {
        // No known extension: `{` means JSON, anything else TOML.
        let js = "  {\"orbit\": {\"altitude_km\": 700}}";
        assert_eq!(
            parse("s.txt", js),
            Ok(vec![num("orbit.altitude_km", 700.0)])
        );
        assert_eq!(
            parse("s", "orbit.altitude_km = 700"),
            Ok(vec![num("orbit.altitude_km", 700.0)])
        );
        // `.toml` wins over a leading brace (and then it is not valid TOML).
        let e = parse("s.toml", js).unwrap_err();
        assert!(e.starts_with("s.toml: not valid TOML: "), "{e}");
        // `.json` wins over TOML-looking text.
        let e = parse("s.json", "a = 1").unwrap_err();
        assert!(e.starts_with("s.json: not valid JSON: "), "{e}");
    }

    #[test]
    fn values_that_are_neither_numbers_nor_ids_are_errors_naming_the_key() {
        for (path, text, want) in [
            (
                "bad.toml",
                "[orbit]\naltitude_km = true\n",
                "bad.toml: orbit.altitude_km: expected a number or an option id",
            ),
            (
                "bad.toml",
                "orbit = [1, 2]\n",
                "bad.toml: orbit: expected a number or an option id",
            ),
            (
                "bad.json",
                r#"{"orbit": [1]}"#,
                "bad.json: orbit: expected a number or an option id",
            ),
            (
                "bad.json",
                r#"{"orbit": {"altitude_km": null}}"#,
                "bad.json: orbit.altitude_km: expected a number or an option id",
            ),
        ] {
            assert_eq!(parse(path, text), Err(want.to_string()), "{text}");
        }
    }

    #[test]
    fn a_key_given_twice_is_an_error_naming_it() {
        let twice =
            "orbit.altitude_km: given more than once (each key once, flat or nested, not both)";
        for (path, text) in [
            // The same spelling twice (serde_json's own map would keep the 600).
            (
                "d.json",
                r#"{"orbit": {"altitude_km": 550, "altitude_km": 600}}"#,
            ),
            (
                "d.json",
                r#"{"orbit.altitude_km": 550, "orbit.altitude_km": 600}"#,
            ),
            // Flat and nested: one key, two values.
            (
                "d.json",
                r#"{"orbit.altitude_km": 550, "orbit": {"altitude_km": 600}}"#,
            ),
            (
                "d.json",
                r#"{"orbit": {"altitude_km": 600}, "orbit.altitude_km": 550}"#,
            ),
            // Two objects for one table.
            (
                "d.json",
                r#"{"orbit": {"altitude_km": 600}, "orbit": {"altitude_km": 550}}"#,
            ),
            (
                "d.toml",
                "\"orbit.altitude_km\" = 550\n[orbit]\naltitude_km = 600\n",
            ),
        ] {
            assert_eq!(parse(path, text), Err(format!("{path}: {twice}")), "{text}");
        }
        // TOML's own parser already rejects the same spelling twice, naming the key.
        let e = parse("d.toml", "[orbit]\naltitude_km = 550\naltitude_km = 600\n").unwrap_err();
        assert!(
            e.starts_with("d.toml: not valid TOML: ") && e.contains("altitude_km"),
            "{e}"
        );
        // Different keys under one table are fine.
        assert_eq!(
            parse(
                "ok.json",
                r#"{"orbit.kind": "leo", "orbit": {"altitude_km": 600}}"#
            ),
            Ok(vec![
                text("orbit.kind", "leo"),
                num("orbit.altitude_km", 600.0)
            ])
        );
    }

    #[test]
    fn a_file_with_no_setting_is_an_error() {
        let none = "no settings in the file (to run the defaults, leave out --file)";
        for (path, text) in [
            ("e.json", "{}"),
            ("e.json", " { } "),
            ("e.json", r#"{"orbit": {}}"#),
            ("e.toml", ""),
            ("e.toml", "# only a comment\n"),
            ("e.toml", "[orbit]\n"),
        ] {
            assert_eq!(
                parse(path, text),
                Err(format!("{path}: {none}")),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_missing_file_is_an_error_starting_with_its_path() {
        let e = load("/no/such/file.toml").unwrap_err();
        assert!(e.starts_with("/no/such/file.toml: "), "{e}");
    }
}
