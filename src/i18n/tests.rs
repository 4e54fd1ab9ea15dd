//! The catalogues: the Chinese one has exactly the keys and placeholders the page
//! needs, and the formatting rules hold.

use super::*;

fn zh() -> Catalogue {
    Catalogue::parse(Lang::ZhCn, ZH_CN).unwrap_or_else(|e| panic!("zh-CN.txt: {e}"))
}

#[test]
fn the_chinese_catalogue_has_every_key_and_no_other() {
    let zh = zh();
    let expected = expected_keys();
    let mut missing = Vec::new();
    for e in &expected {
        if zh.find("", &e.key).is_none() {
            missing.push(format!("{} = {}", e.key, e.en));
        }
    }
    let extra: Vec<&str> = zh
        .entries()
        .map(|(k, _)| k)
        .filter(|k| !expected.iter().any(|e| e.key == *k))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "src/i18n/zh-CN.txt: {} keys lack a translation (English given; translate and add):\n{}\n\n{} keys are not used by the page (remove):\n{}",
        missing.len(),
        missing.join("\n"),
        extra.len(),
        extra.join("\n")
    );
}

#[test]
fn both_languages_use_the_same_placeholders() {
    let zh = zh();
    let mut bad = Vec::new();
    for e in expected_keys() {
        // The English templates of the page's sentences use exactly their fields.
        if e.key.starts_with("warn.") || e.key.starts_with("notice.") {
            // Their English is written by the model and share (`Said`, `Heard`).
        } else if placeholders(&e.en) != e.args {
            bad.push(format!(
                "{} (English): {:?} vs {:?}",
                e.key,
                placeholders(&e.en),
                e.args
            ));
        }
        if let Some(t) = zh.find("", &e.key) {
            if placeholders(t) != e.args {
                bad.push(format!(
                    "{} (zh-CN): {:?}, wants {:?}",
                    e.key,
                    placeholders(t),
                    e.args
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_warning_sentence_has_a_sample() {
    // `Said::id` lists every sentence; `Said::samples` must have one of each, so the
    // catalogue test asks for every translation.
    let src = include_str!("../model/warning.rs");
    let body =
        &src[src.find("pub fn id(&self)").unwrap()..src.find("pub fn english(&self)").unwrap()];
    let ids: Vec<&str> = body
        .lines()
        .filter_map(|l| l.split("=> \"").nth(1))
        .map(|r| r.trim_end_matches(['"', ',']))
        .collect();
    let mut samples: Vec<&str> = Said::samples().iter().map(|s| s.id()).collect();
    samples.sort();
    let mut ids_sorted = ids.clone();
    ids_sorted.sort();
    assert!(ids.len() >= 10, "{ids:?}");
    assert_eq!(samples, ids_sorted);
    let src = include_str!("../share/mod.rs");
    let body = &src[src.find("impl Heard").unwrap()..];
    let body = &body[..body.find("pub fn english(&self)").unwrap()];
    let mut ids: Vec<&str> = body
        .lines()
        .filter_map(|l| l.split("=> \"").nth(1))
        .map(|r| r.trim_end_matches(['"', ',']))
        .collect();
    ids.sort();
    let mut samples: Vec<&str> = heard_samples().iter().map(|h| h.id()).collect();
    samples.sort();
    assert_eq!(samples, ids);
}

#[test]
fn sentences_render_in_chinese_with_every_value() {
    let zh = zh();
    for s in Said::samples() {
        let t = zh.said(&s);
        assert!(!t.contains('{') && t.chars().any(is_cjk), "{t}");
    }
    for h in heard_samples() {
        let t = zh.notice(&Notice::new("x", h));
        assert!(!t.contains('{') && t.chars().any(is_cjk), "{t}");
    }
    let clamp = Said::OutOfRange {
        input: "orbit.altitude_km",
        label: "Altitude",
        unit: "km",
        written: "99999".into(),
        min: 200.0,
        max: 2000.0,
        used: 2000.0,
    };
    let t = zh.said(&clamp);
    assert!(
        t.contains("99999") && t.contains("2000") && t.contains("公里"),
        "{t}"
    );
    // English is the model's own sentence.
    assert_eq!(Catalogue::english().said(&clamp), clamp.english());
    let w = Warning::new("orbit.altitude_km", clamp);
    assert_eq!(Catalogue::english().warning(&w), w.message);
    // A notice from inside the pinned baseline is said whole in Chinese, clamp included.
    let p = crate::share::view::read("base=alt%3D99999%26zz%3D1&n=x");
    let t: Vec<String> = p.notices.iter().map(|n| zh.notice(n)).collect();
    assert!(
        t[0].starts_with("固定的基准：") && t[0].contains("公里"),
        "{t:?}"
    );
    assert_eq!(t[1], "固定的基准：已忽略未知设置“zz”。");
    assert_eq!(
        t[2],
        "蒙特卡洛抽样次数：“x”不是1至2万之间的整数，改用2000。"
    );
    let m = Msg::PaybackYear { year: "3" };
    assert_eq!(Catalogue::english().msg(m), "year 3");
    assert!(!zh.msg(m).contains("year"), "{}", zh.msg(m));
}

#[test]
fn lookups_fall_back_to_english() {
    let en = Catalogue::english();
    assert_eq!(en.ui(Ui::Masthead), "Orbital Footprint");
    let p = crate::model::inputs::registry::param("orbit.altitude_km").unwrap();
    assert_eq!(en.param(p), "Altitude");
    let partial = Catalogue::parse(Lang::ZhCn, "in.orbit.altitude_km = 轨道高度\n").unwrap();
    assert_eq!(partial.param(p), "轨道高度");
    assert_eq!(partial.ui(Ui::Masthead), "Orbital Footprint");
    assert_eq!(partial.unit("km"), "km");
    assert!(Catalogue::parse(Lang::ZhCn, "a = 1\na = 2\n").is_err());
    assert!(Catalogue::parse(Lang::ZhCn, "no separator\n").is_err());
    assert!(Catalogue::parse(Lang::ZhCn, "# comment\n\n  \n")
        .unwrap()
        .entries()
        .next()
        .is_none());
}

#[test]
fn fill_replaces_named_placeholders_only() {
    assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
    assert_eq!(fill("{z} stays", &[("a", "1")]), "{z} stays");
    assert_eq!(fill("open { brace", &[]), "open { brace");
    assert_eq!(placeholders("{b} {a} {b}"), vec!["a", "b"]);
}

#[test]
fn chinese_numbers_use_wan_and_yi_never_zhao() {
    // The rule of GB/T 15835-2011 §5.1 (万 and 亿 as units for large numbers), with
    // plain digits below 10⁴.
    for (x, sig, want) in [
        (0.0, 3, "0"),
        (650.0, 3, "650"),
        (1800.0, 4, "1800"),
        (9999.0, 4, "9999"),
        (9999.9, 3, "1万"),
        (12_345.0, 3, "1.23万"),
        (201_000.0, 3, "20.1万"),
        (32_000.0, 3, "3.2万"),
        (-45_600.0, 3, "-4.56万"),
        (123_456_789.0, 3, "1.23亿"),
        (2.5e12, 2, "2.5万亿"),
        (0.047, 2, "0.047"),
        (1.5, 2, "1.5"),
    ] {
        assert_eq!(zh_sig(x, sig), want, "{x} to {sig}");
    }
    let zh = zh();
    assert_eq!(zh.num(201_000.0, 3), "20.1万");
    assert_eq!(Catalogue::english().num(201_000.0, 3), "201,000");
    assert!(
        ZH_CN
            .lines()
            .all(|l| !l.contains('兆') || l.contains("兆瓦")),
        "兆 only as in 兆瓦"
    );
}

#[test]
fn units_are_spaced_as_each_language_writes_them() {
    let en = Catalogue::english();
    assert_eq!(en.number_unit("650", "km"), "650 km");
    assert_eq!(en.number_unit("53", "°"), "53°");
    assert_eq!(en.number_unit("36", "%"), "36 %");
    assert_eq!(en.number_unit("2", ""), "2");
    let zh = zh();
    assert_eq!(zh.number_unit("650", "km"), "650公里");
    assert_eq!(zh.number_unit("36", "%"), "36%");
    assert_eq!(zh.number_unit("53", "°"), "53°");
    assert_eq!(zh.unit("t"), "吨");
    assert_eq!(zh.unit("kW"), "千瓦");
    assert_eq!(zh.unit("gCO2e/kWh"), "克二氧化碳当量/千瓦时");
}

#[test]
fn the_glossary_terms_are_the_ones_the_catalogue_uses() {
    // Every glossary line `| English | 中文 | …` names a term the catalogue uses.
    let glossary = include_str!("glossary.md");
    let mut terms = 0;
    for line in glossary
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("---"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.get(1) == Some(&"English") {
            continue; // the header
        }
        let Some(zh_term) = cells.get(2).filter(|c| c.chars().any(is_cjk)) else {
            continue;
        };
        for t in zh_term.split(" / ") {
            assert!(
                ZH_CN.contains(t),
                "glossary term {t} is not used in zh-CN.txt"
            );
        }
        terms += 1;
    }
    assert!(terms >= 20, "only {terms} glossary terms");
}

/// `src/data/notes.txt` (what the page fetches for the sources' notes) is the data's
/// own notes, line for line, and reads back through the catalogue parser.
#[test]
fn notes_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/notes.txt");
    let want = crate::data::notes_file();
    if std::env::var_os("NOTES_UPDATE").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "src/data/notes.txt differs from the sources' notes: bless with \
         NOTES_UPDATE=1 cargo test --no-default-features notes_file"
    );
    let c = Catalogue::parse(Lang::En, &have).unwrap();
    let mut n = 0;
    for s in crate::data::SOURCES.iter().filter(|s| !s.note.is_empty()) {
        assert_eq!(c.find("", s.id), Some(s.note), "{}", s.id);
        n += 1;
    }
    assert_eq!(c.entries().count(), n, "a line for a source with no note");
}
