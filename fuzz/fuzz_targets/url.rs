//! The page-link decoder: whatever a shared link's query string holds, `share::view::read`
//! (what the page calls on `location.search`) gives a scenario, a baseline, Monte Carlo
//! settings and a view without panicking; both scenarios are in range and evaluate to
//! finite outputs in their bounds; the notices are capped; and the page's own link
//! (`view::write`) reads back to the same page with no notice, and writes again to the
//! same address.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orbital_footprint::model::uncertainty::MAX_DRAWS;
use orbital_footprint::share::{self, view, MAX_NOTICES};
use orbital_footprint_fuzz::check_scenario;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let page = view::read(&query);
    assert!(
        page.notices.len() <= MAX_NOTICES,
        "{} notices",
        page.notices.len()
    );
    assert!(
        (1..=MAX_DRAWS).contains(&page.mc.draws),
        "n = {}",
        page.mc.draws
    );
    check_scenario(&page.inputs, "link");
    if let Some(b) = &page.baseline {
        check_scenario(b, "baseline");
    }

    // The scenario's own link decodes to the same scenario, silently.
    let q = share::encode(&page.inputs);
    let again = share::decode(&q);
    assert_eq!(
        again.inputs, page.inputs,
        "encode→decode changed the scenario: {q}"
    );
    assert!(again.notices.is_empty(), "{q}: {:?}", again.notices);

    // The whole page's address reads back to the same page.
    let q = view::write(&page.inputs, page.baseline.as_ref(), &page.mc, &page.view);
    let back = view::read(&q);
    assert!(back.notices.is_empty(), "{q}: {:?}", back.notices);
    assert_eq!(back.inputs, page.inputs, "{q}");
    assert_eq!(back.baseline, page.baseline, "{q}");
    assert_eq!(back.mc, page.mc, "{q}");
    // A view writes back what it shows: an embed all its keys, a full page its theme,
    // language and tracking tags (a chart or child id on a full page is not kept).
    let q2 = view::write(&back.inputs, back.baseline.as_ref(), &back.mc, &back.view);
    assert_eq!(q2, q, "the page's address is not a fixed point");
    if page.view.embed {
        assert_eq!(back.view, page.view, "{q}");
    } else {
        assert_eq!(
            (back.view.theme, back.view.lang),
            (page.view.theme, page.view.lang),
            "{q}"
        );
    }
});
