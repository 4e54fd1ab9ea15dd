//! What the CLI prints: the scenario as JSON or CSV (the exports of `share::export`),
//! as a table, and the lists of inputs, outputs and presets.

use crate::data::source;
use crate::i18n::verdict::english_headline;
use crate::model::inputs::registry::{choices, params};
use crate::model::outputs::outputs;
use crate::model::uncertainty::Ladder;
use crate::model::{Inputs, Outputs, Warning};
use crate::share;
use crate::share::export::{mc_figures, Extras, McExport};
use crate::share::presets;

/// The JSON export, with the Monte Carlo sections when there was a run. `warnings` are
/// every warning of the run (applying the scenario, the model, the draws), in place of
/// the model's own.
pub fn json(inputs: &Inputs, out: &Outputs, warnings: &[Warning], extras: &Extras) -> String {
    let mut out = out.clone();
    out.warnings = warnings.to_vec();
    let link = lossless_permalink(inputs);
    share::export::json_with(
        inputs,
        &out,
        &english_headline(&out),
        link.as_deref(),
        extras,
    )
}

/// The CSV export, with the Monte Carlo rows when there was a run. Its warning rows are
/// the model's (`out.warnings`), as the CSV has always had them.
pub fn csv(inputs: &Inputs, out: &Outputs, extras: &Extras) -> String {
    let link = lossless_permalink(inputs);
    share::export::csv_with(inputs, out, &english_headline(out), link.as_deref(), extras)
}

/// The scenario as a web-app query (`?v=1&alt=800…`) when the URL reproduces it
/// exactly (every value set through `ParamSpec::settle` is: the URL carries up to 15
/// significant figures); None only for a scenario built around that, by hand.
pub fn lossless_permalink(inputs: &Inputs) -> Option<String> {
    let q = share::encode(inputs);
    (share::decode(&q).inputs == *inputs).then(|| format!("?{q}"))
}

/// Every output (key, value, unit), then the Monte Carlo figures, percentiles,
/// cumulative emissions and both tornados when there was a run, then the warnings.
pub fn table(out: &Outputs, warnings: &[Warning], extras: &Extras) -> String {
    let mut t = String::new();
    let width = outputs().map(|o| o.key.len()).max().unwrap_or(10);
    for o in outputs() {
        t.push_str(&format!(
            "{:<width$}  {:>14}  {}\n",
            o.key,
            fmt_num((o.get)(out)),
            o.unit
        ));
    }
    if let Some(u) = extras.mc {
        monte_carlo_table(&mut t, u);
    }
    if let Some(ls) = extras.breakeven {
        for l in ls {
            breakeven_table(&mut t, l);
        }
    }
    for w in warnings {
        t.push_str(&format!("warning: {}: {}\n", w.key, w.message));
    }
    t.trim_end().to_string()
}

fn breakeven_table(t: &mut String, l: &Ladder) {
    t.push_str(&format!(
        "\nWhat would have to be true: orbit/Earth {} ratio {} today\n",
        l.metric.id(),
        fmt_num(l.ratio)
    ));
    for r in &l.rungs {
        t.push_str(&format!("  {}\n", r.sentence(l.metric)));
    }
    for c in &l.choices {
        t.push_str(&format!("  {}\n", c.sentence(l.metric)));
    }
    for p in &l.pairs {
        t.push_str(&format!(
            "  together: {} = {} and {} = {} ({} of each cited range)\n",
            p.a,
            fmt_num(p.a_at),
            p.b,
            fmt_num(p.b_at),
            fmt_num(p.distance)
        ));
    }
    if l.rungs.is_empty() && l.choices.is_empty() {
        t.push_str("  no single input in its range makes orbit tie Earth\n");
    }
}

fn monte_carlo_table(t: &mut String, u: &McExport) {
    let r = &u.result;
    t.push_str(&format!(
        "\nMonte Carlo: {} draws, seed {}, {} uncertain inputs\n",
        r.draws, r.seed, r.uncertain_inputs
    ));
    t.push_str(&format!(
        "{:<32}  {:>12}  {:>12}  {:>12}  {:>12}  unit\n",
        "figure", "p5", "p50", "p95", "mean"
    ));
    for (key, unit, b) in mc_figures(r) {
        t.push_str(&format!(
            "{:<32}  {:>12}  {:>12}  {:>12}  {:>12}  {unit}\n",
            key,
            fmt_num(b.p5),
            fmt_num(b.p50),
            fmt_num(b.p95),
            fmt_num(b.mean)
        ));
    }
    let pay = |x: Option<f64>| x.map(fmt_num).unwrap_or_else(|| "never".into());
    let p = &r.payback_year;
    t.push_str(&format!(
        "{:<32}  {:>12}  {:>12}  {:>12}  {:>12}  yr\n",
        "payback_year",
        pay(p.p5),
        pay(p.p50),
        pay(p.p95),
        ""
    ));
    t.push_str(&format!(
        "P(payback within horizon)  {:.3}\nP(orbit beats Earth, carbon)  {:.3}\nP(orbit beats Earth, cost)  {:.3}\n",
        p.probability_within_horizon, r.p_orbit_beats_earth_carbon, r.p_orbit_beats_earth_cost
    ));
    t.push_str(&format!(
        "  {}\n",
        crate::model::uncertainty::conditions_sentence(&r.conditions)
    ));
    t.push_str("cumulative emissions by year, tCO2e (p5 / p50 / p95): orbit | Earth\n");
    for (y, (o, e)) in r
        .cumulative_orbit
        .iter()
        .zip(&r.cumulative_earth)
        .enumerate()
    {
        t.push_str(&format!(
            "  year {y:>3}  {} / {} / {}  |  {} / {} / {}\n",
            fmt_num(o.p5 / 1e3),
            fmt_num(o.p50 / 1e3),
            fmt_num(o.p95 / 1e3),
            fmt_num(e.p5 / 1e3),
            fmt_num(e.p50 / 1e3),
            fmt_num(e.p95 / 1e3)
        ));
    }
    for (title, tor, central) in [
        ("orbit/Earth carbon ratio", &u.carbon, u.carbon.carbon_ratio),
        ("orbit/Earth cost ratio", &u.cost, u.cost.cost_ratio),
    ] {
        t.push_str(&format!(
            "\nSensitivity: {title} (central {})\n",
            fmt_num(central)
        ));
        let w = tor.entries.iter().map(|e| e.key.len()).max().unwrap_or(10);
        for e in &tor.entries {
            let (lo, hi) = e.ratios(tor.metric);
            t.push_str(&format!(
                "  {:<w$}  {:>12} – {:<12} {:<8}  ratio {} – {}\n",
                e.key,
                fmt_num(e.low),
                fmt_num(e.high),
                e.unit,
                fmt_num(lo),
                fmt_num(hi)
            ));
        }
        for c in &tor.choices {
            t.push_str(&format!(
                "  {} = {} (instead of {})  ratio {}\n",
                c.key,
                c.option.0,
                c.now.0,
                fmt_num(c.ratio(tor.metric))
            ));
        }
        t.push_str(&format!("  {}\n", tor.sentence));
    }
}

/// A table number: four decimals, in scientific notation below 1e-3 or from 1e7.
pub fn fmt_num(x: f64) -> String {
    let a = x.abs();
    if a != 0.0 && !(1e-3..1e7).contains(&a) {
        format!("{x:.4e}")
    } else {
        format!("{x:.4}")
    }
}

/// `params`: one tab-separated line per numeric input, then per choice.
pub fn list_params() -> String {
    let mut t = String::new();
    for p in params() {
        let q = source(p.value.source)
            .map(|s| s.quality.tag())
            .unwrap_or("?");
        t.push_str(&format!(
            "{}\t{}\tdefault {}\trange {}–{}\tlow/central/high {}/{}/{}\tsource {} [{}]\t{}\n",
            p.key,
            p.unit,
            p.value.central,
            p.min,
            p.max,
            p.value.low,
            p.value.central,
            p.value.high,
            p.value.source,
            q,
            p.label
        ));
    }
    for c in choices() {
        let ids: Vec<&str> = c.options().map(|(id, _)| id).collect();
        let q = source(c.source).map(|s| s.quality.tag()).unwrap_or("?");
        t.push_str(&format!(
            "{}\tchoice\tdefault {}\toptions {}\tsource {} [{}]\t{}\n",
            c.key,
            c.default,
            ids.join("|"),
            c.source,
            q,
            c.label
        ));
    }
    t.trim_end().to_string()
}

/// `outputs`: key, unit and meaning of every output, tab-separated.
pub fn list_outputs() -> String {
    let mut t = String::new();
    for o in outputs() {
        t.push_str(&format!("{}\t{}\t{}\n", o.key, o.unit, o.meaning));
    }
    t.trim_end().to_string()
}

/// `presets`: id and name, the description, then the headline three ways: published,
/// reproduced under the source's assumptions, and this model's physics, with why they
/// differ.
pub fn list_presets() -> String {
    let mut t = String::new();
    for r in crate::model::presets::table() {
        let p = r.preset;
        t.push_str(&format!(
            "{}\t{}\n    {}\n    headline: {}\n    published: {} ({})\n    reproduced: {}\n    this model: {}\n",
            p.id,
            p.name,
            p.description,
            presets::headline_text(p.headline),
            presets::value_text(r.published),
            p.published,
            presets::value_text(r.reproduced),
            presets::value_text(r.physics),
        ));
        let notes = presets::notes_text(&r);
        if !notes.is_empty() {
            t.push_str(&format!("    {notes}\n"));
        }
    }
    t.push_str(
        "\nUse one with `orbital-footprint eval --preset ID` (then FILE and --set apply on top).",
    );
    t
}

/// `claims --format json`: every claim with both readings' verdicts, the numbers behind
/// them and the link that opens each scenario in the page.
pub fn claims_json(checks: &[crate::model::claims::ClaimCheck]) -> String {
    use crate::model::claims::{explain, quantity_label, scenario, Condition, ReadingResult};
    use serde_json::{json, Value};
    let reading = |c: &crate::data::claims::Claim, r: &ReadingResult| -> Value {
        let condition = r.verdict.condition().map(|k| match k {
            Condition::Number {
                key, now, at, unit, ..
            } => {
                json!({ "input": key, "now": now, "at": at, "unit": unit })
            }
            Condition::Choice {
                key, now, option, ..
            } => {
                json!({ "input": key, "now": now.0, "at": option.0 })
            }
        });
        let link = scenario(c, r.reading)
            .ok()
            .and_then(|(i, _)| lossless_permalink(&i));
        json!({
            "value": r.value,
            "passes": r.passes,
            "verdict": r.verdict.id(),
            "condition": condition,
            "details": r.details.iter().map(|d| json!({"key": d.key, "value": d.value, "unit": d.unit, "note": d.none})).collect::<Vec<_>>(),
            "value_note": r.value_none,
            "solved": r.solved,
            "explanation": explain(c, r),
            "link": link,
            "warnings": r.warnings.iter().map(|w| json!({"key": w.key, "message": w.message})).collect::<Vec<_>>(),
        })
    };
    let list: Vec<Value> = checks
        .iter()
        .map(|ch| {
            let c = ch.claim;
            let (label, unit) = quantity_label(c.quantity);
            json!({
                "id": c.id,
                "claimant": c.claimant,
                "date": c.date,
                "wording": c.wording,
                "wording_zh": c.wording_zh,
                "source": c.source,
                "source_quality": source(c.source).map(|s| s.quality.tag()),
                "preset": if c.preset.is_empty() { None } else { Some(c.preset) },
                "rule": c.rule,
                "quantity": label,
                "unit": unit,
                "claimant_assumptions": c.assumptions.iter().map(|(k, v)| json!({"key": k, "value": v})).collect::<Vec<_>>(),
                "claimant_reading": reading(c, &ch.claimant),
                "central_reading": reading(c, &ch.central),
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "version": env!("CARGO_PKG_VERSION"), "claims": list }))
        .unwrap_or_default()
}

/// `claims --format table`: one block per claim: its wording and source, then each
/// reading's number, verdict and explanation.
pub fn claims_table(checks: &[crate::model::claims::ClaimCheck]) -> String {
    use crate::model::claims::explain;
    let mut t = String::new();
    for ch in checks {
        let c = ch.claim;
        let q = source(c.source).map_or("?", |s| s.quality.tag());
        t.push_str(&format!(
            "{}\t{} ({})\n    \"{}\" [{}, {}]\n    rule: {}\n",
            c.id, c.claimant, c.date, c.wording, c.source, q, c.rule
        ));
        for (name, r) in [
            ("claimant's assumptions", &ch.claimant),
            ("this model's central", &ch.central),
        ] {
            t.push_str(&format!(
                "    {name}: {} = {}: {}\n        {}\n",
                r.verdict.id(),
                fmt_num(r.value),
                crate::model::claims::verdict_text(&r.verdict),
                explain(c, r)
            ));
            for w in &r.warnings {
                t.push_str(&format!("        warning: {}: {}\n", w.key, w.message));
            }
        }
    }
    t.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::PRESETS;
    use crate::model::evaluate;
    use crate::model::inputs::text as scenario;
    use crate::model::warning::Said;

    #[test]
    fn table_numbers_have_four_decimals_or_an_exponent() {
        for (x, want) in [
            (0.0, "0.0000"),
            (1.5, "1.5000"),
            (-2.0, "-2.0000"),
            (0.001, "0.0010"),
            (0.000999, "9.9900e-4"),
            (9_999_999.0, "9999999.0000"),
            (1e7, "1.0000e7"),
            (-3.25e-8, "-3.2500e-8"),
        ] {
            assert_eq!(fmt_num(x), want, "{x}");
        }
    }

    #[test]
    fn the_table_lists_every_output_then_the_warnings() {
        let out = evaluate(&Inputs::default());
        let w = [Warning {
            message: "clamped".into(),
            ..Warning::new("orbit.altitude_km", Said::MissionTooShort)
        }];
        let t = table(&out, &w, &Extras::default());
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), outputs().count() + 1);
        for (line, o) in lines.iter().zip(outputs()) {
            assert!(line.starts_with(&format!("{} ", o.key)), "{line}");
            assert!(line.ends_with(o.unit), "{line}");
        }
        assert_eq!(lines.last(), Some(&"warning: orbit.altitude_km: clamped"));
        assert_eq!(t, t.trim_end());
    }

    #[test]
    fn json_and_csv_are_the_exports_and_the_warnings_replace_the_models() {
        let inputs = Inputs::default();
        let out = evaluate(&inputs);
        let link = lossless_permalink(&inputs);
        let w = vec![Warning {
            message: "clamped".into(),
            ..Warning::new("orbit.altitude_km", Said::MissionTooShort)
        }];
        let mut with_w = out.clone();
        with_w.warnings = w.clone();
        assert_eq!(
            json(&inputs, &out, &w, &Extras::default()),
            share::export::json(&inputs, &with_w, &english_headline(&out), link.as_deref())
        );
        assert_eq!(
            csv(&inputs, &out, &Extras::default()),
            share::export::csv(&inputs, &out, &english_headline(&out), link.as_deref())
        );
    }

    #[test]
    fn the_permalink_is_given_only_when_the_url_reproduces_the_scenario() {
        let mut inputs = Inputs::default();
        let link = lossless_permalink(&inputs).unwrap();
        assert!(link.starts_with("?v="), "{link}");
        // Finer than the altitude control: the URL carries it exactly (issue 15; it used
        // to round it to the step, and the permalink was withheld).
        scenario::apply(&mut inputs, "orbit.altitude_km", "650.123456789").unwrap();
        assert_eq!(
            lossless_permalink(&inputs).as_deref(),
            Some("?v=1&alt=650.123456789")
        );
    }

    #[test]
    fn the_lists_have_one_entry_per_input_output_and_preset() {
        let p = list_params();
        assert_eq!(p.lines().count(), params().count() + choices().count());
        for line in p.lines() {
            assert_eq!(
                line.split('\t').count(),
                if line.contains("\tchoice\t") { 6 } else { 7 }
            );
        }
        assert!(p.contains("orbit.kind\tchoice\tdefault sso\toptions leo|sso|geo\t"));
        let o = list_outputs();
        assert_eq!(o.lines().count(), outputs().count());
        assert!(o.lines().all(|l| l.split('\t').count() == 3));
        let s = list_presets();
        for preset in PRESETS {
            assert!(s.contains(&format!("{}\t{}\n", preset.id, preset.name)));
            assert!(s.contains(&format!("{})\n", preset.published)));
        }
        assert!(s.ends_with("(then FILE and --set apply on top)."));
    }
}
