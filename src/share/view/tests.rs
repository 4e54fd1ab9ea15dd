//! The app keys of a link: what the page writes (exactly the queries the app wrote
//! before the keys moved here), round trips, defaults left out, garbage tolerated.

use super::*;
use crate::model::uncertainty::{DEFAULT_DRAWS, DEFAULT_SEED};
use crate::share::decode;

fn scenario() -> Inputs {
    decode("v=1&alt=800&lveh=starship").inputs
}

fn mc(draws: usize, seed: u64) -> McSettings {
    McSettings {
        draws,
        seed,
        ..McSettings::default()
    }
}

/// A page with every key set away from its default.
fn full_page() -> (Inputs, Inputs, McSettings, View) {
    let view = View {
        child_id: Some("abc".into()),
        lang: Some(Lang::ZhCn),
        ..View::embed(Chart::Mass, true, Theme::Dark)
    };
    (scenario(), Inputs::default(), mc(5_000, 7), view)
}

#[test]
fn the_defaults_write_only_the_version() {
    let i = Inputs::default();
    assert_eq!(
        write(&i, None, &McSettings::default(), &View::default()),
        "v=1"
    );
    let p = read("v=1");
    assert_eq!(p.inputs, i);
    assert_eq!(p.baseline, None);
    assert_eq!(p.mc, McSettings::default());
    assert_eq!(p.view, View::default());
    assert!(p.notices.is_empty());
    assert_eq!(read(""), p);
    assert_eq!(read("?"), p);
}

#[test]
fn every_key_is_written_in_the_order_the_app_always_wrote_them() {
    let (i, b, m, v) = full_page();
    assert_eq!(
        write(&i, Some(&b), &m, &v),
        "v=1&alt=800&lveh=starship&base=v%3D1&seed=7&n=5000&embed=1&chart=mass&controls=1&childId=abc&theme=dark&lang=zh-CN"
    );
    let b = decode("v=1&alt=500").inputs;
    assert_eq!(
        write(&i, Some(&b), &McSettings::default(), &View::default()),
        "v=1&alt=800&lveh=starship&base=v%3D1%26alt%3D500"
    );
}

#[test]
fn a_full_page_round_trips() {
    let (i, b, m, v) = full_page();
    let q = write(&i, Some(&b), &m, &v);
    let p = read(&q);
    assert_eq!(p.inputs, i);
    assert_eq!(p.baseline, Some(b));
    assert_eq!(p.mc, m);
    assert_eq!(p.view, v);
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(write(&p.inputs, p.baseline.as_ref(), &p.mc, &p.view), q);
}

#[test]
fn every_chart_and_theme_round_trips() {
    for c in Chart::ALL {
        assert_eq!(Chart::from_id(c.id()), Some(c));
        for t in Theme::ALL {
            assert_eq!(Theme::from_id(t.id()), t);
            for controls in [false, true] {
                let v = View::embed(c, controls, t);
                let q = write(&Inputs::default(), None, &McSettings::default(), &v);
                assert_eq!(read(&q).view, v, "{q}");
            }
        }
    }
}

#[test]
fn the_embed_snippet_query_is_as_before() {
    let i = scenario();
    let d = McSettings::default();
    let q = |v: &View| write(&i, None, &d, v);
    assert_eq!(
        q(&View::embed(Chart::Cumulative, false, Theme::Auto)),
        "v=1&alt=800&lveh=starship&embed=1&chart=cumulative"
    );
    assert_eq!(
        q(&View::embed(Chart::Eclipse, true, Theme::Light)),
        "v=1&alt=800&lveh=starship&embed=1&chart=eclipse&controls=1&theme=light"
    );
}

#[test]
fn only_an_embed_writes_its_chart_controls_and_child_id() {
    let v = View {
        embed: false,
        chart: Chart::Flow,
        controls: true,
        theme: Theme::Auto,
        child_id: Some("x".into()),
        lang: None,
        claim: Some("pue".into()),
        unknown_chart: None,
        tracking: Vec::new(),
    };
    let i = Inputs::default();
    assert_eq!(write(&i, None, &McSettings::default(), &v), "v=1");
    let v = View {
        theme: Theme::Light,
        ..v
    };
    assert_eq!(
        write(&i, None, &McSettings::default(), &v),
        "v=1&theme=light"
    );
    // An embed with no chart key says which chart it shows.
    let p = read("v=1&embed=1");
    assert_eq!(p.view.chart, Chart::Cumulative);
    assert_eq!(
        write(&p.inputs, None, &p.mc, &p.view),
        "v=1&embed=1&chart=cumulative"
    );
}

#[test]
fn monte_carlo_settings_at_their_defaults_are_left_out() {
    let i = Inputs::default();
    let v = View::default();
    let w = |m: &McSettings| write(&i, None, m, &v);
    assert_eq!(w(&mc(DEFAULT_DRAWS, DEFAULT_SEED)), "v=1");
    assert_eq!(w(&mc(DEFAULT_DRAWS, 0)), "v=1&seed=0");
    assert_eq!(w(&mc(20_000, DEFAULT_SEED)), "v=1&n=20000");
    assert_eq!(read("v=1&seed=0&n=20000").mc, mc(20_000, 0));
}

#[test]
fn flags_accept_one_and_true_only() {
    for (text, on) in [
        ("1", true),
        ("true", true),
        ("0", false),
        ("yes", false),
        ("", false),
    ] {
        let v = read(&format!("embed={text}&controls={text}")).view;
        assert_eq!((v.embed, v.controls), (on, on), "{text:?}");
    }
}

#[test]
fn the_last_occurrence_of_a_view_key_wins_and_the_first_base() {
    let p = read("embed=1&embed=0&theme=dark&theme=light&base=alt%3D300&base=alt%3D400");
    assert!(!p.view.embed);
    assert_eq!(p.view.theme, Theme::Light);
    assert_eq!(p.baseline, Some(decode("alt=300").inputs));
    // A later unusable value leaves the earlier usable one.
    assert_eq!(read("n=5000&n=abc&seed=3&seed=-1").mc, mc(5_000, 3));
}

#[test]
fn garbage_leaves_the_defaults() {
    let p = read("v=1&theme=purple&childId=&n=0&seed=1e16&embed=yes&chart=%FF");
    assert_eq!(p.view.theme, Theme::Auto);
    assert_eq!(p.view.child_id, None);
    assert_eq!(p.mc, McSettings::default());
    assert!(!p.view.embed);
    // Each value that could not be used says so, in query order of the keys read.
    let said: Vec<(&str, &str)> = p
        .notices
        .iter()
        .map(|n| (n.key.as_str(), n.said.id()))
        .collect();
    assert_eq!(
        said,
        [
            ("n", "bad_draws"),
            ("seed", "bad_seed"),
            ("chart", "bad_chart"),
            ("theme", "bad_theme"),
            ("childId", "bad_child_id"),
        ]
    );
    assert_eq!(
        p.notices[0].message,
        "Monte Carlo draws: “0” is not a whole number from 1 to 20,000; using 2000."
    );
    assert_eq!(
        p.notices[3].message,
        "Theme: “purple” is not light, dark or auto; following the system setting."
    );
    assert_eq!(write(&p.inputs, None, &p.mc, &p.view), "v=1");
    for bad in ["-5", "abc", "", "NaN", "inf", "1e999"] {
        assert_eq!(
            read(&format!("n={bad}&seed={bad}")).mc,
            McSettings::default(),
            "{bad:?}"
        );
    }
    // Too many draws are capped, a fraction truncated.
    assert_eq!(read("n=1e9").mc.draws, MAX_DRAWS);
    assert_eq!(read("n=2500.7").mc.draws, 2_500);
    // A child id longer than 64 bytes is dropped; 64 are kept.
    let long = "x".repeat(65);
    assert_eq!(read(&format!("childId={long}")).view.child_id, None);
    assert_eq!(
        read(&format!("childId={}", &long[1..]))
            .view
            .child_id
            .as_deref(),
        Some(&long[1..])
    );
    // A baseline that is itself garbage is the default scenario, and says what it dropped.
    let p = read("base=zzz%3D1");
    assert_eq!(p.baseline, Some(Inputs::default()));
    assert_eq!(p.notices.len(), 1);
    assert_eq!(p.notices[0].key, "base");
    assert_eq!(
        p.notices[0].message,
        "Pinned baseline: Unknown setting “zzz” ignored."
    );
}

#[test]
fn every_unusable_app_value_gets_a_notice_and_the_safe_default() {
    let long = "x".repeat(65);
    for (query, key, id) in [
        ("n=abc", "n", "bad_draws"),
        ("n=-5", "n", "bad_draws"),
        ("n=1e9", "n", "bad_draws"),
        ("n=2500.7", "n", "bad_draws"),
        ("n=", "n", "bad_draws"),
        ("seed=1e16", "seed", "bad_seed"),
        ("seed=-1", "seed", "bad_seed"),
        ("seed=NaN", "seed", "bad_seed"),
        ("seed=2.5", "seed", "bad_seed"),
        ("theme=purple", "theme", "bad_theme"),
        ("theme=", "theme", "bad_theme"),
        ("embed=1&chart=pie", "chart", "bad_chart"),
        ("embed=1&childId=", "childId", "bad_child_id"),
        (
            &format!("embed=1&childId={long}"),
            "childId",
            "bad_child_id",
        ),
        ("embed=1&claim=a%20b", "claim", "bad_claim"),
        ("embed=1&claim=", "claim", "bad_claim"),
        (&format!("embed=1&claim={long}"), "claim", "bad_claim"),
        ("lang=fr", "lang", "bad_lang"),
        ("lang=", "lang", "bad_lang"),
        ("base=alt%3Dhigh", "base", "in_baseline"),
        ("base=alt%3D99999", "base", "in_baseline"),
        ("base=v%3Dx", "base", "in_baseline"),
        ("base=orbit%3Dmars", "base", "in_baseline"),
    ] {
        let p = read(query);
        let said: Vec<(&str, &str)> = p
            .notices
            .iter()
            .map(|n| (n.key.as_str(), n.said.id()))
            .collect();
        assert_eq!(said, [(key, id)], "{query}");
        // The English sentence quotes the value, cleaned; never an empty message.
        assert!(p.notices[0].message.len() > 20, "{query}");
    }
    // The safe defaults.
    let p = read("n=abc&seed=-1&theme=x&lang=fr&embed=1&chart=pie&childId=&claim=a%20b");
    assert_eq!(p.mc, McSettings::default());
    assert_eq!(p.view.theme, Theme::Auto);
    assert_eq!(p.view.lang, None);
    assert_eq!(p.view.chart, Chart::Cumulative);
    assert_eq!(p.view.child_id, None);
    assert_eq!(p.view.claim, None);
    assert_eq!(p.notices.len(), 7);
    // Clamped and truncated values say what was used.
    assert_eq!(
        read("n=1e9").notices[0].message,
        "Monte Carlo draws: “1e9” is not a whole number from 1 to 20,000; using 20000."
    );
    assert_eq!(read("n=2500.7").mc.draws, 2_500);
    // Inside the baseline: its own clamp sentence, prefixed.
    let p = read("base=alt%3D99999");
    assert_eq!(p.baseline.unwrap().orbit.altitude_km, 2_000.0);
    assert!(
        p.notices[0]
            .message
            .starts_with("Pinned baseline: Altitude: 99999 km is outside"),
        "{}",
        p.notices[0].message
    );
    // Valid values give none; tracking tags and a claim id the app does not know are
    // not this reader's business (the app says when no claim has the id).
    let p = read("n=5000&seed=7&theme=dark&lang=zh-CN&embed=1&chart=mass&childId=c&claim=nope");
    assert!(p.notices.is_empty(), "{:?}", p.notices);
}

#[test]
fn a_hostile_baseline_cannot_flood_the_notices() {
    let many: String = (0..500).map(|k| format!("%26zz{k}%3D1")).collect();
    let p = read(&format!("v=1&q=1&base=v%3D1{many}&n=x&theme=x"));
    assert_eq!(p.notices.len(), crate::share::MAX_NOTICES);
    assert_eq!(p.notices[0].key, "q");
    let last = p.notices.last().unwrap();
    assert_eq!(last.said.id(), "more");
    assert_eq!(last.message, "… and 492 more adjustments to this link.");
}

#[test]
fn an_unknown_chart_shows_the_cumulative_one_and_is_written_back_as_found() {
    let p = read("v=1&embed=1&chart=future%20chart");
    assert_eq!(p.view.chart, Chart::Cumulative);
    assert_eq!(
        write(&p.inputs, None, &p.mc, &p.view),
        "v=1&embed=1&chart=future%20chart"
    );
    // Choosing a chart replaces it.
    let v = View {
        chart: Chart::Mass,
        ..p.view
    };
    assert_eq!(write(&p.inputs, None, &p.mc, &v), "v=1&embed=1&chart=mass");
}

#[test]
fn a_child_id_is_percent_encoded_and_read_back() {
    let v = View {
        child_id: Some("a b&c".into()),
        ..View::embed(Chart::Sources, false, Theme::Auto)
    };
    let q = write(&Inputs::default(), None, &McSettings::default(), &v);
    assert_eq!(q, "v=1&embed=1&chart=sources&childId=a%20b%26c");
    assert_eq!(read(&q).view, v);
}

/// xorshift64*: a tiny seeded PRNG, so failures reproduce.
fn next(s: &mut u64) -> u64 {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    s.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

#[test]
fn arbitrary_queries_never_panic_and_write_a_query_that_reads_the_same() {
    const KEYS: &[&str] = &[
        "embed", "chart", "controls", "theme", "childId", "seed", "n", "base", "alt", "v", "", "%",
        "é", "lang",
    ];
    const VALUES: &[&str] = &[
        "1",
        "0",
        "true",
        "dark",
        "light",
        "auto",
        "mass",
        "eclipse",
        "bogus",
        "",
        "%",
        "%2",
        "%26",
        "alt%3D300",
        "v%3D1%26alt%3D9999",
        "+",
        "-1",
        "1e9",
        "9e15",
        "2500.5",
        "é",
        "\u{0}",
        "=",
        "zh-CN",
        "en",
        "zh",
    ];
    let mut s = 0x9E37_79B9_7F4A_7C15u64;
    let mut pick = |list: &[&'static str]| list[(next(&mut s) % list.len() as u64) as usize];
    for _ in 0..5_000 {
        let n = pick(&["0", "1", "2", "3", "5", "8"])
            .parse::<usize>()
            .unwrap();
        let q: Vec<String> = (0..n)
            .map(|_| format!("{}={}", pick(KEYS), pick(VALUES)))
            .collect();
        let q = q.join(pick(&["&", "&&", "&=&"]));
        let p = read(&q);
        assert!(p.mc.draws >= 1 && p.mc.draws <= MAX_DRAWS, "{q:?}");
        // What the page writes back reads as the same page and is written the same again.
        let w = write(&p.inputs, p.baseline.as_ref(), &p.mc, &p.view);
        let again = read(&w);
        assert_eq!(again.inputs, p.inputs, "{q:?} → {w:?}");
        assert_eq!(again.baseline, p.baseline, "{q:?} → {w:?}");
        assert_eq!(again.mc, p.mc, "{q:?} → {w:?}");
        assert_eq!(again.view.theme, p.view.theme, "{q:?} → {w:?}");
        assert_eq!(again.view.lang, p.view.lang, "{q:?} → {w:?}");
        if p.view.embed {
            assert_eq!(again.view, p.view, "{q:?} → {w:?}");
        } else {
            assert!(!again.view.embed, "{q:?} → {w:?}");
        }
        assert_eq!(
            write(
                &again.inputs,
                again.baseline.as_ref(),
                &again.mc,
                &again.view
            ),
            w,
            "{q:?}"
        );
    }
}

#[test]
fn decode_passes_every_app_key_through() {
    let q: Vec<String> = UI_KEYS.iter().map(|k| format!("{k}=1")).collect();
    let d = decode(&q.join("&"));
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.extra.len(), UI_KEYS.len());
}

#[test]
fn the_language_is_read_written_and_kept_outside_an_embed_too() {
    assert_eq!(read("v=1").view.lang, None);
    assert_eq!(read("lang=zh-CN").view.lang, Some(Lang::ZhCn));
    assert_eq!(read("lang=zh-cn").view.lang, Some(Lang::ZhCn));
    assert_eq!(read("lang=zh_CN").view.lang, Some(Lang::ZhCn));
    assert_eq!(read("lang=en").view.lang, Some(Lang::En));
    // An unknown language leaves the choice to the reader's browser, with a notice.
    let p = read("lang=fr&lang=");
    assert_eq!(p.view.lang, None);
    assert_eq!(p.notices.len(), 1);
    assert_eq!(
        p.notices[0].message,
        "Language: “” is not en or zh-CN; using your browser’s language."
    );
    // The last occurrence wins, like every view key.
    assert_eq!(read("lang=en&lang=zh-CN").view.lang, Some(Lang::ZhCn));
    let v = View {
        lang: Some(Lang::ZhCn),
        ..View::default()
    };
    let q = write(&scenario(), None, &McSettings::default(), &v);
    assert_eq!(q, "v=1&alt=800&lveh=starship&lang=zh-CN");
    assert_eq!(read(&q).view, v);
    let e = View {
        lang: Some(Lang::En),
        ..View::embed(Chart::Sources, false, Theme::Light)
    };
    let q = write(&Inputs::default(), None, &McSettings::default(), &e);
    assert_eq!(q, "v=1&embed=1&chart=sources&theme=light&lang=en");
    assert_eq!(read(&q).view, e);
}

#[test]
fn the_readers_preferred_languages_pick_chinese_or_english() {
    assert_eq!(Lang::from_preferences(["zh-CN", "en"]), Lang::ZhCn);
    assert_eq!(Lang::from_preferences(["zh"]), Lang::ZhCn);
    assert_eq!(Lang::from_preferences(["zh-Hans-CN"]), Lang::ZhCn);
    assert_eq!(Lang::from_preferences(["zh-TW"]), Lang::ZhCn);
    assert_eq!(Lang::from_preferences(["en-GB", "zh-CN"]), Lang::En);
    // A language the page does not have is skipped.
    assert_eq!(Lang::from_preferences(["fr-FR", "zh-CN"]), Lang::ZhCn);
    assert_eq!(Lang::from_preferences(["de", "fr"]), Lang::En);
    assert_eq!(Lang::from_preferences([]), Lang::En);
}

#[test]
fn tracking_tags_stay_in_the_address_bar_without_a_notice_and_out_of_permalinks() {
    let p = read("v=1&alt=800&utm_source=x&fbclid=y%20z&mc_eid=1&zz=2");
    // Only the key nobody adds for tracking is reported.
    let keys: Vec<&str> = p.notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["zz"]);
    assert_eq!(p.inputs.orbit.altitude_km, 800.0);
    // The address bar keeps every tag, in order, after the view's keys.
    let bar = write(&p.inputs, None, &McSettings::default(), &p.view);
    assert_eq!(bar, "v=1&alt=800&utm_source=x&fbclid=y%20z&mc_eid=1");
    assert_eq!(read(&bar).view, p.view);
    // A permalink or an embed starts from a fresh view: no tag.
    let link = write(&p.inputs, None, &McSettings::default(), &View::default());
    assert_eq!(link, "v=1&alt=800");
    // Bounded: at most 16 tags, none longer than 256 bytes.
    let many: String = (0..40).map(|k| format!("&utm_{k}=v")).collect();
    let long = format!("&gclid={}", "a".repeat(300));
    let p = read(&format!("v=1{many}{long}"));
    assert!(p.notices.is_empty());
    assert_eq!(p.view.tracking.len(), 16);
    assert!(!write(&p.inputs, None, &McSettings::default(), &p.view).contains("gclid"));
}

#[test]
fn no_input_or_app_key_looks_like_a_tracking_tag() {
    use crate::model::inputs::registry::{choices, params};
    for k in params()
        .flat_map(|p| [p.short, p.key])
        .chain(choices().flat_map(|c| [c.short, c.key]))
        .chain(UI_KEYS.iter().copied())
    {
        assert!(!is_tracking(k), "{k} would be taken for a tracking tag");
    }
}

#[test]
fn a_claim_embed_round_trips_and_a_hostile_claim_id_is_dropped() {
    let v = View::claim_embed("pue", Chart::Flow, Theme::Auto);
    let q = write(&Inputs::default(), None, &McSettings::default(), &v);
    assert_eq!(q, "v=1&embed=1&chart=flow&claim=pue");
    assert_eq!(read(&q).view, v);
    assert_eq!(
        read("v=1&embed=1&claim=no_such_claim")
            .view
            .claim
            .as_deref(),
        Some("no_such_claim")
    );
    for bad in ["", "a%3Cb", "%E4%B8%AD", &"x".repeat(65)] {
        assert_eq!(
            read(&format!("v=1&embed=1&claim={bad}")).view.claim,
            None,
            "{bad}"
        );
    }
    assert!(
        read("v=1&claim=pue").notices.is_empty(),
        "claim= is an app key"
    );
}

#[test]
fn every_claim_names_a_chart_the_page_knows() {
    for c in crate::data::claims::CLAIMS {
        assert!(
            Chart::from_id(c.chart).is_some(),
            "{}: chart {}",
            c.id,
            c.chart
        );
    }
}
