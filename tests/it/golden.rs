//! Golden snapshots of what the CLI prints: the JSON document of the default scenario and
//! of every preset, the default with a Monte Carlo run, the default's CSV and table, and
//! the link each preset encodes to. They pin every output number, every URL and every
//! export byte, so a change to the model shows its effect in review as a diff of these
//! files (`tests/it/golden/`).
//!
//! Bless after an intended change, then review the diff:
//! `INSTA_UPDATE=always cargo test --no-default-features --test it golden`
//! (or `cargo insta review` where cargo-insta is installed).

use std::process::Command;

fn cli(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_orbital-footprint"))
        .args(args)
        .output()
        .expect("run the CLI");
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8 on stdout")
}

/// Every preset id, as the CLI lists them (first word of each unindented line).
fn preset_ids() -> Vec<String> {
    cli(&["presets"])
        .lines()
        .filter(|l| !l.starts_with(' ') && l.contains('\t'))
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect()
}

/// The query a preset's scenario encodes to (`share::encode`).
fn encoded_preset(id: &str) -> String {
    use orbital_footprint::data::presets::preset;
    use orbital_footprint::model::inputs::text::preset_inputs;
    let i = preset_inputs(preset(id).expect("preset")).expect("preset settings apply");
    orbital_footprint::share::encode(&i)
}

fn check(name: &str, text: &str) {
    insta::with_settings!({
        snapshot_path => "golden",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn golden_default_documents() {
    check("default.json", &cli(&["eval"]));
    check("default.csv", &cli(&["eval", "--format", "csv"]));
    check("default.table", &cli(&["eval", "--format", "table"]));
    check(
        "default-mc2000-seed1.json",
        &cli(&["eval", "--monte-carlo", "2000", "--seed", "1"]),
    );
}

#[test]
fn golden_presets() {
    let ids = preset_ids();
    assert_eq!(ids.len(), 16, "presets: {ids:?}");
    let mut links = String::new();
    for id in &ids {
        let doc = cli(&["eval", "--preset", id]);
        check(&format!("preset-{id}.json"), &doc);
        links.push_str(&format!("{id}\t?{}\n", encoded_preset(id)));
    }
    check("preset-links", &links);
}
