//! Scenario files: TOML or JSON, flattened into (dotted key, scalar) pairs.
//!
//! Keys may be flat (`"orbit.altitude_km" = 650`) or nested (`[orbit] altitude_km =
//! 650`); a number is a numeric input's value and a string a choice's option id. Within
//! each table or object the pairs come out sorted by key (the parsers' maps are sorted).

use serde_json::Value;

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
        let v: Value =
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
    Ok(pairs)
}

fn flatten_json(prefix: &str, v: &Value, out: &mut Vec<(String, Scalar)>) -> Result<(), String> {
    match v {
        Value::Object(m) => {
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
        Value::Number(n) => {
            out.push((
                prefix.to_string(),
                Scalar::Num(n.as_f64().unwrap_or(f64::NAN)),
            ));
            Ok(())
        }
        Value::String(s) => {
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
        assert_eq!(parse("c.json", "{}"), Ok(vec![]));
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
    fn a_missing_file_is_an_error_starting_with_its_path() {
        let e = load("/no/such/file.toml").unwrap_err();
        assert!(e.starts_with("/no/such/file.toml: "), "{e}");
    }
}
