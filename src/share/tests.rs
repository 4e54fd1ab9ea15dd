//! The URL codec: round trip, robustness against arbitrary strings, migrations,
//! notices, the number parser.

use super::*;
use crate::model::inputs::registry::{choice, param};
use crate::model::warning::Said;

/// xorshift64*: a tiny seeded PRNG, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random scenario every control can express: each input drawn from its range
/// (log-uniform for log sliders), snapped as the URL snaps it; each choice random;
/// sometimes left at its default.
fn random_scenario(r: &mut Rng) -> Inputs {
    let mut i = Inputs::default();
    for p in params() {
        if r.below(4) == 0 {
            continue;
        }
        let u = r.unit();
        let x = match r.below(20) {
            0 => p.min,
            1 => p.max,
            _ if p.log => (p.min.ln() + u * (p.max.ln() - p.min.ln())).exp(),
            _ => p.min + u * (p.max - p.min),
        };
        (p.set)(&mut i, snap(p, x));
    }
    for c in choices() {
        if r.below(3) > 0 {
            (c.set)(&mut i, r.below(c.len()));
        }
    }
    i
}

/// Every numeric input finite and within range, every choice a valid option.
fn assert_sane(i: &Inputs, context: &str) {
    for p in params() {
        let x = (p.get)(i);
        assert!(
            x.is_finite() && p.min <= x && x <= p.max,
            "{}: {x} after decoding {context:?}",
            p.key
        );
    }
    for c in choices() {
        assert!((c.get)(i) < c.len(), "{} after {context:?}", c.key);
    }
}

#[test]
fn defaults_encode_to_just_the_version() {
    assert_eq!(encode(&Inputs::default()), "v=1");
    let d = decode("v=1");
    assert_eq!(d.inputs, Inputs::default());
    assert!(d.notices.is_empty() && d.extra.is_empty());
    for q in ["", "?", "?v=1", "&&&"] {
        let d = decode(q);
        assert_eq!(d.inputs, Inputs::default(), "{q:?}");
        assert!(d.notices.is_empty(), "{q:?}: {:?}", d.notices);
    }
}

#[test]
fn a_readable_example() {
    let d = decode("v=1&alt=800");
    assert_eq!(d.inputs.orbit.altitude_km, 800.0);
    assert!(d.notices.is_empty());
    let mut i = Inputs::default();
    i.orbit.altitude_km = 800.0;
    (choice("launch.vehicle").unwrap().set)(&mut i, 3); // starship
    let q = encode(&i);
    assert_eq!(q, "v=1&alt=800&lveh=starship");
    assert_eq!(decode(&format!("?{q}")).inputs, i);
    // The long dotted keys are accepted too.
    assert_eq!(
        decode("orbit.altitude_km=800").inputs.orbit.altitude_km,
        800.0
    );
}

#[test]
fn a_value_finer_than_its_step_is_carried_exactly() {
    // Issue 15: altitude 550.123456 (the slider steps by 1 km) gave a permalink of
    // alt=550, a different scenario from the one the model ran.
    let mut i = Inputs::default();
    i.orbit.altitude_km = 800.4; // step 1
    i.array.area_m2 = 123_456.0; // logarithmic slider
    i.orbit.ltan_h = 6.2; // step 0.25
    let q = encode(&i);
    assert!(q.contains("alt=800.4&"), "{q}");
    assert!(q.contains("arr=123456"), "{q}");
    assert!(q.contains("ltan=6.2"), "{q}");
    assert_eq!(decode(&q).inputs, i);
    // A value a hair from the default is not the default.
    let mut i = Inputs::default();
    i.orbit.altitude_km = 650.2;
    assert_eq!(encode(&i), "v=1&alt=650.2");
    // decode → encode → decode is the identical scenario for such values, from a link.
    for link in [
        "v=1&alt=550.123456",
        "v=1&alt=550.000000000001",
        "v=1&alt=1999.99999999999",
        "v=1&arr=123456.789&ltan=6.2001",
        "v=1&alt=200.000000000001&orbit.albedo_fraction=0.3333333333333",
    ] {
        let first = decode(link);
        assert!(first.notices.is_empty(), "{link}: {:?}", first.notices);
        let q = encode(&first.inputs);
        let second = decode(&q);
        assert_eq!(second.inputs, first.inputs, "{link} → {q}");
        assert_eq!(encode(&second.inputs), q, "{link}");
        let key = link.split('&').nth(1).unwrap();
        assert!(q.contains(key), "{link} → {q}");
    }
    // A value from a number field or a file with more figures than a link carries
    // (one ulp past 550.123456789 needs 17) is settled to 15 when set, so the model runs
    // what the permalink says.
    let p = params().find(|p| p.short == "alt").unwrap();
    let typed = f64::from_bits(550.123_456_789f64.to_bits() + 1);
    assert_ne!(p.settle(typed), typed);
    let used = p.settle(typed);
    assert!((used - typed).abs() < 1e-12);
    let mut i = Inputs::default();
    (p.set)(&mut i, used);
    assert_eq!(decode(&encode(&i)).inputs, i);
    // The slider's own float noise lands on the decimal it stands for.
    assert_eq!(p.settle(0.1 + 0.2 + 549.7), 550.0);
}

#[test]
fn every_settled_value_survives_a_link_exactly() {
    let mut r = Rng(0x5EED);
    for p in params() {
        for _ in 0..60 {
            // Raw doubles in range, uniform and log-uniform: every digit a double has.
            let u = r.unit();
            let x = if p.min > 0.0 && r.unit() < 0.5 {
                (p.min.ln() + u * (p.max.ln() - p.min.ln())).exp()
            } else {
                p.min + u * (p.max - p.min)
            };
            let y = p.settle(x);
            assert_eq!(p.settle(y).to_bits(), y.to_bits(), "{} {x:e}", p.key);
            assert!(p.min <= y && y <= p.max, "{} {x:e}", p.key);
            assert!((y - x).abs() <= x.abs() * 1e-14, "{} {x:e} → {y:e}", p.key);
            let mut i = Inputs::default();
            (p.set)(&mut i, y);
            let d = decode(&encode(&i));
            assert!(d.notices.is_empty(), "{}: {:?}", p.key, d.notices);
            assert_eq!((p.get)(&d.inputs).to_bits(), y.to_bits(), "{} {x:e}", p.key);
        }
    }
}

#[test]
fn round_trip_is_the_identity_for_random_valid_scenarios() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    for n in 0..3000 {
        let x = random_scenario(&mut r);
        let q = encode(&x);
        assert!(
            q.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._~-=&%".contains(&b)),
            "not URL-safe: {q}"
        );
        assert!(q.starts_with("v=1"), "{q}");
        let d = decode(&q);
        assert!(d.notices.is_empty(), "#{n} {q}: {:?}", d.notices);
        if d.inputs != x {
            for p in params() {
                assert_eq!(
                    (p.get)(&d.inputs).to_bits(),
                    (p.get)(&x).to_bits(),
                    "#{n} {}: {q}",
                    p.key
                );
            }
            panic!("#{n}: choices differ after {q}");
        }
        // Encoding is canonical: the decoded scenario encodes to the same string.
        assert_eq!(encode(&d.inputs), q);
    }
}

#[test]
fn snap_is_idempotent_and_keeps_range_ends() {
    let mut r = Rng(7);
    for p in params() {
        assert_eq!(snap(p, p.min), p.min, "{}", p.key);
        assert_eq!(snap(p, p.max), p.max, "{}", p.key);
        assert_eq!(snap(p, f64::NAN), p.value.central, "{}", p.key);
        for _ in 0..200 {
            let x = p.min + r.unit() * (p.max - p.min);
            let y = snap(p, x);
            assert_eq!(snap(p, y), y, "{} {x}", p.key);
            assert!(p.min <= y && y <= p.max);
        }
    }
}

#[test]
fn garbage_gives_notices_and_defaults() {
    let d = decode("?v=999&alt=banana&x=<script>");
    assert_eq!(d.inputs, Inputs::default());
    assert_eq!(d.notices.len(), 3, "{:?}", d.notices);
    assert_eq!(
        d.notices[0].message,
        "This link comes from a newer version; some settings may be ignored."
    );
    assert!(d.notices[1].message.starts_with("Altitude: “banana”"));
    assert_eq!(d.notices[2].message, "Unknown setting “x” ignored.");
    assert_eq!(d.notices[2].key, "x");
}

#[test]
fn out_of_range_is_clamped_with_a_sentence() {
    let d = decode("v=1&alt=99999");
    assert_eq!(d.inputs.orbit.altitude_km, 2000.0);
    assert_eq!(
        d.notices,
        vec![Notice::new(
            "alt",
            Heard::Clamped(Said::OutOfRange {
                input: "orbit.altitude_km",
                label: "Altitude",
                unit: "km",
                written: "99999".into(),
                min: 200.0,
                max: 2000.0,
                used: 2000.0,
            })
        )]
    );
    assert_eq!(
        d.notices[0].message,
        "Altitude: 99999 km is outside 200–2,000 km; using 2,000 km."
    );
    let d = decode("inc=-5");
    assert_eq!(d.inputs.orbit.inclination_deg, 0.0);
    assert!(
        d.notices[0].message.contains("-5° is outside 0–180°"),
        "{:?}",
        d.notices
    );
    // Huge and non-finite numbers: too large is clamped, not-a-number dropped.
    let d = decode("alt=1e300&inc=1e999&ltan=nan&olr=inf");
    assert_eq!(d.inputs.orbit.altitude_km, 2000.0);
    assert_eq!(d.inputs.orbit.inclination_deg, 53.0);
    assert_eq!(d.notices.len(), 4, "{:?}", d.notices);
}

#[test]
fn unknown_options_and_ui_keys() {
    let d = decode("v=1&orb=moon&lveh=starship&embed=1&chart=shadow&theme=dark&childId=c%201&seed=3&n=500&base=v%2F0.1.0");
    assert_eq!(d.inputs.orbit.kind, Inputs::default().orbit.kind);
    let lveh = choice("launch.vehicle").unwrap();
    assert_eq!((lveh.get)(&d.inputs), lveh.index_of("starship").unwrap());
    assert_eq!(d.notices.len(), 1);
    assert!(
        d.notices[0]
            .message
            .starts_with("Orbit type: “moon” is not an option (leo, sso, geo)"),
        "{:?}",
        d.notices
    );
    assert_eq!(
        d.extra,
        [
            ("embed", "1"),
            ("chart", "shadow"),
            ("theme", "dark"),
            ("childId", "c 1"),
            ("seed", "3"),
            ("n", "500"),
            ("base", "v/0.1.0")
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
    );
}

#[test]
fn version_handling_and_the_example_migration() {
    // Missing `v` reads as v1.
    assert_eq!(decode("alt=800").inputs.orbit.altitude_km, 800.0);
    // v0 (pre-release) spelled altitude `altitude`; the migration renames it.
    let d = decode("v=0&altitude=900&inc=10");
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.inputs.orbit.altitude_km, 900.0);
    assert_eq!(d.inputs.orbit.inclination_deg, 10.0);
    // In v1 `altitude` means nothing.
    let d = decode("v=1&altitude=900");
    assert_eq!(d.inputs.orbit.altitude_km, 650.0);
    assert_eq!(d.notices.len(), 1);
    // A newer version: best effort, one notice.
    let d = decode("v=2&alt=900");
    assert_eq!(d.inputs.orbit.altitude_km, 900.0);
    assert_eq!(d.notices.len(), 1);
    // A malformed version: read as the current one, with a notice.
    let d = decode("v=abc&alt=900");
    assert_eq!(d.inputs.orbit.altitude_km, 900.0);
    assert!(d.notices[0].message.contains("“abc”"));
    // The table is ordered and ends at the current version.
    for (n, m) in MIGRATIONS.iter().enumerate() {
        assert_eq!(m.from, n as u32);
        assert!(m.from < VERSION && !m.what.is_empty());
    }
    assert_eq!(MIGRATIONS.len() as u32, VERSION);
}

#[test]
fn arbitrary_strings_decode_without_panic_to_sane_inputs() {
    let mut r = Rng(0xDEAD_BEEF);
    let shorts: Vec<&str> = params()
        .map(|p| p.short)
        .chain(choices().map(|c| c.short))
        .chain(["v", "embed", "x", ""])
        .collect();
    let atoms = [
        "",
        "0",
        "-0",
        "1",
        "-1",
        "1e",
        "e5",
        ".",
        "-.5",
        "1.5.5",
        "1e308",
        "1e309",
        "-1e999",
        "1e-999",
        "99999999999999999999999999",
        "0.000000000000000000000000001",
        "NaN",
        "inf",
        "banana",
        "<script>",
        "%zz",
        "%",
        "%4",
        "%E2%82%AC",
        "+",
        "++1",
        "=",
        "&",
        "🚀",
        "\u{0}",
        "%00",
        "%FF%FE",
        "1%2E5",
        "sso",
        "starship",
        "h100",
    ];
    let fixed = [
        "",
        "&&&",
        "?",
        "??v=1",
        "?v=999&alt=banana&x=<script>",
        "%zz",
        "v=%zz&%zz=%zz",
        "=&=&==",
        "v=1&v=2&v=abc",
        "v=99999999999999999999",
        "alt=1e99999999999999999999",
        "alt=0.00000000000000000000000000000000000000000000000000000000000000001e-400",
    ];
    let mut cases: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    for _ in 0..3000 {
        // Random bytes (made valid UTF-8 lossily, as a browser would hand them over).
        let len = r.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| r.next() as u8).collect();
        cases.push(String::from_utf8_lossy(&bytes).into_owned());
        // Key/value soups from plausible pieces.
        let mut s = String::new();
        for _ in 0..r.below(12) {
            s.push_str(shorts[r.below(shorts.len())]);
            if r.below(5) > 0 {
                s.push('=');
            }
            s.push_str(atoms[r.below(atoms.len())]);
            if r.below(3) == 0 {
                s.push_str(atoms[r.below(atoms.len())]);
            }
            s.push('&');
        }
        cases.push(s);
    }
    let long = format!("alt={}", "9".repeat(100_000));
    cases.push(long);
    cases.push(format!("alt=0.{}1", "0".repeat(100_000)));
    for q in &cases {
        let d = decode(q);
        assert_sane(&d.inputs, q);
        for n in &d.notices {
            assert!(
                n.message.ends_with('.') && n.message.chars().count() < 300,
                "{n:?}"
            );
        }
        // Whatever was decoded encodes to a clean query that decodes silently.
        let again = decode(&encode(&d.inputs));
        assert!(again.notices.is_empty(), "{q:?}: {:?}", again.notices);
    }
}

#[test]
fn number_parser() {
    let ok = [
        ("0", 0.0),
        ("-0", 0.0),
        ("800", 800.0),
        (" 800 ", 800.0),
        ("+2.5", 2.5),
        ("-2.5", -2.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("0.1", 0.1),
        ("53.3", 53.3),
        ("0.001", 0.001),
        ("1e8", 1e8),
        ("1.23e-8", 1.23e-8),
        ("1E3", 1000.0),
        ("2e+2", 200.0),
        ("123456789012345", 123_456_789_012_345.0),
        ("0.3", 0.3),
        ("16384", 16384.0),
    ];
    for (s, x) in ok {
        assert_eq!(parse_number(s), Some(x), "{s}");
    }
    for s in [
        "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "0x10", "nan", "NaN", "inf", "-inf",
        "1e999", "banana", "1 2", "--1",
    ] {
        assert_eq!(parse_number(s), None, "{s:?}");
    }
    // Beyond the exact fast path, still close.
    let x = parse_number("12345678901234567890").unwrap();
    assert!((x / 1.2345678901234567e19 - 1.0).abs() < 1e-14);
    assert_eq!(parse_number("1e-500"), Some(0.0));
    // Every short decimal on a control's grid parses exactly like core's parser.
    let mut r = Rng(3);
    for _ in 0..20_000 {
        let digits = r.next() % 1_000_000_000_000_000;
        let scale = r.below(16) as i32;
        let s = numfmt::plain(digits as f64 / 10f64.powi(scale), 15);
        assert_eq!(parse_number(&s), s.parse::<f64>().ok(), "{s}");
    }
}

#[test]
fn percent_coding() {
    assert_eq!(percent_encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    assert_eq!(percent_decode("a%20b%26c%3Dd%2F%C3%A9"), "a b&c=d/é");
    assert_eq!(percent_decode("a+b"), "a b");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(percent_decode("%FF"), "\u{FFFD}");
}

#[test]
fn registry_short_keys_are_url_safe_and_not_ui_keys() {
    for (key, short) in params()
        .map(|p| (p.key, p.short))
        .chain(choices().map(|c| (c.key, c.short)))
    {
        assert_eq!(percent_encode(short), short, "{key}");
        assert!(
            !UI_KEYS.contains(&short) && short != "v",
            "{key}: `{short}`"
        );
        // A scenario key mistaken for a tracking tag would vanish from permalinks.
        assert!(!is_tracking(short) && !is_tracking(key), "{key}: `{short}`");
        for (id, _) in choice(key).iter().flat_map(|c| c.options()) {
            assert_eq!(percent_encode(id), id, "{key} option {id}");
        }
    }
    assert!(param("orbit.altitude_km").is_some_and(|p| p.short == "alt"));
}

#[test]
fn an_area_is_written_with_its_sizing_and_an_old_area_alone_means_that_area() {
    // A link from before the sizing choice set the area the array had: still that area.
    let d = decode("v=1&arr=4");
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.inputs.array.sizing, ArraySizing::Area);
    assert_eq!(d.inputs.array.area_m2, 4.0);
    // An area kept while sized to the workload is written with the sizing, and read back so.
    let mut i = Inputs::default();
    i.array.area_m2 = 4.0;
    assert_eq!(encode(&i), "v=1&arr=4&asz=workload");
    assert_eq!(decode(&encode(&i)).inputs, i);
    i.array.sizing = ArraySizing::Area;
    assert_eq!(encode(&i), "v=1&arr=4&asz=area");
    assert_eq!(decode(&encode(&i)).inputs, i);
    // Sized to the workload with the default area: nothing written.
    assert_eq!(encode(&Inputs::default()), "v=1");
}

#[test]
fn notices_are_capped_with_a_count_of_the_rest() {
    let q: String = (0..1000).map(|k| format!("&bad{k}=1")).collect();
    let d = decode(&format!("v=1{q}"));
    assert_eq!(d.notices.len(), MAX_NOTICES);
    assert_eq!(d.notices[0].key, "bad0");
    let last = d
        .notices
        .last()
        .map(|n| n.message.clone())
        .unwrap_or_default();
    assert_eq!(last, "… and 989 more adjustments to this link.");
    // Up to the cap, every notice is listed as before.
    let q: String = (0..MAX_NOTICES).map(|k| format!("&bad{k}=1")).collect();
    let d = decode(&format!("v=1{q}"));
    assert_eq!(d.notices.len(), MAX_NOTICES);
    assert!(d
        .notices
        .iter()
        .all(|n| n.message.starts_with("Unknown setting")));
}

#[test]
fn quoted_link_text_loses_control_and_bidirectional_formatting_characters() {
    let d = decode("v=1&x%E2%80%AEtxt.exe%E2%81%A6%0A=1");
    assert_eq!(d.notices.len(), 1);
    assert_eq!(d.notices[0].message, "Unknown setting “xtxt.exe” ignored.");
}
