//! Tidy checks: the architecture's invariants that a compiler cannot see, checked on the
//! source text (as rust-analyzer's tidy does). Each failure names the file and line.

use orbital_footprint::model::inputs::registry::is_input;
use orbital_footprint::model::outputs::output;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, recursively, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A file's lines with line numbers, comments (`//` to the end of the line) removed.
fn code_lines(p: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(p).unwrap();
    text.lines()
        .enumerate()
        .map(|(n, l)| {
            let code = match l.find("//") {
                Some(k) if !l[..k].contains('"') => &l[..k],
                _ => l,
            };
            (n + 1, code.to_string())
        })
        .collect()
}

/// True for test files (`tests.rs`, or anything under a `tests/` folder inside src).
fn is_test(p: &Path) -> bool {
    p.file_name().is_some_and(|f| f == "tests.rs")
        || p.components().any(|c| c.as_os_str() == "tests")
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn data_imports_nothing_from_the_rest_of_the_crate() {
    let mut bad = Vec::new();
    for p in rust_files(&root().join("src/data")) {
        for (n, l) in code_lines(&p) {
            let outside = l
                .match_indices("crate::")
                .any(|(k, _)| !l[k..].starts_with("crate::data"));
            if outside || l.contains("super::super") {
                bad.push(format!("{}:{n}: {}", rel(&p), l.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "src/data must import nothing outside src/data:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_model_and_the_data_draw_nothing() {
    // plotters is a dependency of the native build too (src/chart, the CLI's preview), so
    // the no-default-features build no longer keeps it out of src/model and src/data.
    let mut bad = Vec::new();
    for dir in ["src/model", "src/data"] {
        for p in rust_files(&root().join(dir)) {
            for (n, l) in code_lines(&p) {
                if [
                    "plotters",
                    "crate::chart",
                    "crate::app",
                    "leptos",
                    "web_sys",
                ]
                .iter()
                .any(|w| l.contains(w))
                {
                    bad.push(format!("{}:{n}: {}", rel(&p), l.trim()));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "src/model and src/data must not draw or display:\n{}",
        bad.join("\n")
    );
}

#[test]
fn only_the_pipeline_wires_stages_and_no_stage_takes_inputs_whole() {
    let model = root().join("src/model");
    let mut bad = Vec::new();
    for p in rust_files(&model) {
        let r = rel(&p);
        if is_test(&p) || r == "src/model/mod.rs" {
            continue;
        }
        // The registry, text input, the Monte Carlo, the preset table and the claim checks (which drive the
        // whole model) are not concern stages.
        let driver = r.starts_with("src/model/inputs/")
            || r.starts_with("src/model/uncertainty/")
            || r == "src/model/presets.rs"
            || r == "src/model/claims.rs";
        for (n, l) in code_lines(&p) {
            if l.contains("::assess(") {
                bad.push(format!("{r}:{n}: calls another stage: {}", l.trim()));
            }
            if !driver && has_word(&l, "Inputs") {
                bad.push(format!("{r}:{n}: takes the whole Inputs: {}", l.trim()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// True when `word` stands in `line` as a whole identifier.
fn has_word(line: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(word).any(|(k, _)| {
        let before = line[..k].chars().next_back().is_none_or(|c| !ident(c));
        let after = line[k + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !ident(c));
        before && after
    })
}

/// The string literal that opens `s`, if it starts with one.
fn leading_literal(s: &str) -> Option<&str> {
    let s = s.trim_start().strip_prefix('"')?;
    s.find('"').map(|k| &s[..k])
}

#[test]
fn every_warning_key_names_an_input_or_an_output() {
    let mut keys = Vec::new();
    for p in rust_files(&root().join("src")) {
        if is_test(&p) {
            continue;
        }
        let lines = code_lines(&p);
        for (k, (n, l)) in lines.iter().enumerate() {
            let Some(at) = l.find("Warning::new(") else {
                continue;
            };
            // The key is the first argument: on this line, or the next.
            let rest = &l[at + "Warning::new(".len()..];
            let lit = if rest.trim().is_empty() {
                lines.get(k + 1).and_then(|(_, next)| leading_literal(next))
            } else {
                leading_literal(rest)
            };
            if let Some(key) = lit {
                keys.push((rel(&p), *n, key.to_string()));
            }
        }
    }
    assert!(
        keys.len() >= 8,
        "found only {} warning keys: {keys:?}",
        keys.len()
    );
    let bad: Vec<String> = keys
        .iter()
        .filter(|(_, _, k)| !is_input(k) && output(k).is_none())
        .map(|(f, n, k)| format!("{f}:{n}: `{k}`"))
        .collect();
    assert!(
        bad.is_empty(),
        "warning keys that name no input or output:\n{}",
        bad.join("\n")
    );
}

#[test]
fn notes_shown_to_readers_point_at_no_document_outside_the_repository() {
    let pointers = [
        "parameters.md",
        "reference §",
        "Reference §",
        "in the reference",
        "the reference (§",
    ];
    let bad: Vec<String> = orbital_footprint::data::SOURCES
        .iter()
        .flat_map(|s| [s.title, s.author, s.note].map(|t| (s.id, t)))
        .filter(|(_, t)| pointers.iter().any(|p| t.contains(p)))
        .map(|(id, t)| format!("{id}: {t}"))
        .collect();
    assert!(
        bad.is_empty(),
        "cite the published work instead:\n{}",
        bad.join("\n")
    );
}
