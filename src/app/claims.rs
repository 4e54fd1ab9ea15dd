//! The claims section: one card per claim of `data::claims` (the claim, its source, its
//! rule, the verdict under the claimant's assumptions and under this model's central ones
//! with the numbers behind each, and a button that opens the claimant's scenario in the
//! calculator), and the embed of one card (`embed=1&claim=<id>`). The verdicts come from
//! `model::claims`; this file only words them in the page's language. They are worked out
//! once, when the section is first opened (or the embed starts), never on the input path.

use super::format::{fmt_sig, m, no_value_text, number_unit, output_or_none, output_text, t};
use super::state::State;
use crate::data::claims::{Claim, Quantity, Test, CLAIMS};
use crate::data::source;
use crate::i18n::{current, Msg, Ui};
use crate::model::claims::{
    check, check_all, scenario, ClaimCheck, Condition, Reading, ReadingResult, Verdict,
};
use crate::model::inputs::registry::{choice, param};
use crate::model::outputs::output;
use crate::share::view::{Chart, Theme, View};
use leptos::either::Either;
use leptos::prelude::*;

/// An output's or input's label in the page's language.
fn label_of(key: &str) -> String {
    if let Some(o) = output(key) {
        return current().output(o).to_string();
    }
    param(key).map_or(key.to_string(), |p| current().param(p).to_string())
}

/// The unit of an output or input.
fn unit_of(key: &str) -> &'static str {
    output(key)
        .map(|o| o.unit)
        .or_else(|| param(key).map(|p| p.unit))
        .unwrap_or("")
}

/// The tested number's label.
fn quantity_label(q: Quantity) -> String {
    match q {
        Quantity::Output(k) => label_of(k),
        Quantity::Ratio(a, b) => format!("{} ÷ {}", label_of(a), label_of(b)),
    }
}

/// The tested number with its unit, as the results show it.
fn quantity_value(q: Quantity, v: f64) -> String {
    match q {
        Quantity::Output(k) => output_text(k, v, unit_of(k)),
        Quantity::Ratio(..) => fmt_sig(v, 3),
    }
}

/// A reading's tested number, or what it reads as when the scenario has none.
fn reading_value(c: &Claim, r: &ReadingResult) -> String {
    match (c.quantity, r.value_none) {
        (Quantity::Output(k), Some(_)) => no_value_text(k).to_string(),
        // A ratio has no number when one of its parts has none: that part's words.
        (Quantity::Ratio(a, b), Some(_)) => {
            let part = r
                .details
                .iter()
                .find(|d| d.none.is_some() && (d.key == a || d.key == b));
            no_value_text(part.map_or(a, |d| d.key)).to_string()
        }
        _ => quantity_value(c.quantity, r.value),
    }
}

/// The card's big number: the tested number, or a short "none" when the scenario has
/// none (the explanation under it says why, in [`reading_value`]'s words).
fn reading_number(c: &Claim, r: &ReadingResult) -> String {
    match r.value_none {
        Some(_) => t(Ui::NoneShort).to_string(),
        None => quantity_value(c.quantity, r.value),
    }
}

/// The rule's test in words ("≤ 1.05").
fn test_text(t: Test, unit: &str) -> String {
    let n = |x: f64| number_unit(&fmt_sig(x, 4), unit);
    match t {
        Test::AtMost(x) => m(Msg::TestAtMost { x: &n(x) }),
        Test::AtLeast(x) => m(Msg::TestAtLeast { x: &n(x) }),
        Test::Between(a, b) => m(Msg::TestBetween { a: &n(a), b: &n(b) }),
    }
}

/// "Launch price is 113 USD/kg (today 200 USD/kg)".
fn condition_text(c: &Condition) -> String {
    match c {
        Condition::Number {
            key, now, at, unit, ..
        } => {
            let v = |x: f64| number_unit(&fmt_sig(x, 3), unit);
            let overridden_off =
                *now == 0.0 && param(key).is_some_and(|p| p.value.source == "assume.override_off");
            let label = param(key).map_or(key.to_string(), |p| current().param(p).to_string());
            m(Msg::ClaimCondition {
                label: &label,
                at: &v(*at),
                now: &if overridden_off {
                    t(Ui::ModelsOwn).to_string()
                } else {
                    v(*now)
                },
            })
        }
        Condition::Choice {
            key, now, option, ..
        } => {
            let ch = choice(key);
            let label = ch.map_or(key.to_string(), |ch| current().choice(ch).to_string());
            let opt = |(id, en): (&'static str, &'static str)| {
                ch.map_or(en.to_string(), |ch| {
                    current().option(ch.key, id, en).to_string()
                })
            };
            m(Msg::ClaimCondition {
                label: &label,
                at: &opt(*option),
                now: &opt(*now),
            })
        }
    }
}

/// The verdict's class and its words.
fn verdict_words(v: &Verdict) -> (&'static str, String) {
    match v {
        Verdict::Holds => ("holds", t(Ui::ClaimHolds).to_string()),
        Verdict::HoldsOnlyIf(c) => (
            "holds-only-if",
            format!(
                "{}{}{}",
                t(Ui::ClaimHoldsOnlyIf),
                if current().zh() { "" } else { " " },
                condition_text(c)
            ),
        ),
        Verdict::DoesNotHold(None) => (
            "does-not-hold",
            format!("{}: {}", t(Ui::ClaimDoesNotHold), t(Ui::ClaimNoValue)),
        ),
        Verdict::DoesNotHold(Some(c)) => (
            "does-not-hold",
            format!(
                "{}: {}",
                t(Ui::ClaimDoesNotHold),
                m(Msg::ClaimBeyond {
                    condition: &condition_text(c)
                })
            ),
        ),
    }
}

/// The explanation naming the numbers behind a reading.
fn explanation(c: &Claim, r: &ReadingResult) -> String {
    let unit = match c.quantity {
        Quantity::Output(k) => unit_of(k),
        Quantity::Ratio(..) => "",
    };
    let mut s = m(Msg::ClaimIs {
        quantity: &quantity_label(c.quantity),
        value: &reading_value(c, r),
        test: &test_text(c.test, unit),
    });
    let sep = t(Ui::ConditionSeparator);
    for d in &r.details {
        s.push_str(sep);
        let value = output_or_none(d.key, d.value, d.unit, d.none.is_some());
        s.push_str(&format!("{} {value}", label_of(d.key)));
    }
    if let (Some(sv), Some(x)) = (c.solve, r.solved) {
        s.push_str(sep);
        s.push_str(&m(Msg::ClaimSolved {
            output: &label_of(sv.output),
            target: &fmt_sig(sv.target, 3),
            input: &label_of(sv.input),
            value: &number_unit(&fmt_sig(x, 3), unit_of(sv.input)),
        }));
    }
    s
}

/// The key whose results row shows the card's tested number (the numerator of a ratio),
/// and that row's text under a reading: what the e2e test compares after "open".
fn result_key(c: &Claim) -> &'static str {
    match c.quantity {
        Quantity::Output(k) | Quantity::Ratio(k, _) => k,
    }
}

/// One reading on a card.
#[component]
fn ReadingView(check: ClaimCheck, reading: Reading) -> impl IntoView {
    let c = check.claim;
    let r = match reading {
        Reading::Claimant => check.claimant.clone(),
        Reading::Central => check.central.clone(),
    };
    let (class, words) = verdict_words(&r.verdict);
    let key = result_key(c);
    let key_text = r
        .details
        .iter()
        .find(|d| d.key == key)
        .map(|d| output_or_none(key, d.value, d.unit, d.none.is_some()))
        .unwrap_or_else(|| match c.quantity {
            Quantity::Output(_) => reading_value(c, &r),
            Quantity::Ratio(..) => String::new(),
        });
    let head = t(match reading {
        Reading::Claimant => Ui::ClaimantReading,
        Reading::Central => Ui::CentralReading,
    });
    view! {
        <div class="claim-reading" data-reading=match reading { Reading::Claimant => "claimant", Reading::Central => "central" }>
            <dt>{head}</dt>
            <dd>
                <p class=format!("claim-verdict {class}") data-verdict=r.verdict.id()>{words}</p>
                <p class="claim-number" data-key=key data-text=key_text>{reading_number(c, &r)}</p>
                <p class="claim-explain">{explanation(c, &r)}</p>
            </dd>
        </div>
    }
}

/// One claim's card. In the page, "open this scenario" loads the claimant's scenario into
/// the calculator; in an embed it links to the full calculator with it.
#[component]
pub fn ClaimCard(st: State, check: ClaimCheck, embed: bool) -> impl IntoView {
    let c = check.claim;
    let zh = current().zh();
    let src = source(c.source);
    let title = src.map_or(c.source, |s| s.title);
    let url = src.map_or("", |s| s.url);
    let quality = src.map_or("", |s| current().quality(s.quality));
    let claimant = if zh { c.claimant_zh } else { c.claimant };
    // The embed's card sits under the widget's h1; the page's under the section's h2.
    let by = m(Msg::ClaimBy {
        claimant,
        date: c.date,
    });
    let inputs = scenario(c, Reading::Claimant)
        .map(|(i, _)| i)
        .unwrap_or_default();
    let image = {
        let (check, inputs) = (check.clone(), inputs.clone());
        move |_| download_image(&check, &inputs)
    };
    let open = if embed {
        let href = super::url::permalink(&inputs, None);
        Either::Left(view! {
            <a class="claim-open" href=href target="_blank" rel="noopener">{t(Ui::OpenScenario)}</a>
        })
    } else {
        Either::Right(view! {
            <button type="button" class="claim-open" on:click=move |_| {
                st.baseline.set(None);
                st.inputs.set(inputs.clone());
                super::dom::scroll_to("verdict");
            }>{t(Ui::OpenScenario)}</button>
        })
    };
    view! {
        <article class="claim-card" id=format!("claim-{}", c.id) data-claim=c.id>
            {if embed {
                Either::Left(view! { <h2 class="claim-by">{by.clone()}</h2> })
            } else {
                Either::Right(view! { <h3 class="claim-by">{by.clone()}</h3> })
            }}
            <blockquote class="claim-wording">{if zh { c.wording_zh } else { c.wording }}</blockquote>
            <p class="claim-source">
                {t(Ui::ClaimSource)}
                {if url.is_empty() {
                    Either::Left(view! { <cite lang="en">{title}</cite> })
                } else {
                    Either::Right(view! { <a href=url lang="en" rel="noopener">{title}</a> })
                }}
                {format!(" [{quality}]")}
            </p>
            <p class="claim-rule">{t(Ui::ClaimRule)}{if zh { c.rule_zh } else { c.rule }}</p>
            <dl class="claim-readings">
                <ReadingView check=check.clone() reading=Reading::Claimant />
                <ReadingView check=check.clone() reading=Reading::Central />
            </dl>
            {open}
            <div class="button-row claim-tools">
                <button type="button" class="claim-png" on:click=image>{t(Ui::ClaimImage)}</button>
            </div>
        </article>
    }
}

/// Downloads a claim card as a publishable image (issue 17: social posts and print): the
/// card's key chart under the claimant's assumptions, with the claim's wording and
/// claimant as title, both verdicts as the verdict text, and the source line, the claim's
/// link (its card's embed) and the version below, as a chart's PNG export lays them out.
fn download_image(check: &ClaimCheck, inputs: &crate::model::Inputs) {
    let c = check.claim;
    let zh = current().zh();
    let o = crate::model::evaluate(inputs);
    let chart = Chart::from_id(c.chart).unwrap_or_default();
    let (spec, note) = super::charts::chart_of(chart, inputs, &o);
    let wording = if zh { c.wording_zh } else { c.wording };
    let by = m(Msg::ClaimBy {
        claimant: if zh { c.claimant_zh } else { c.claimant },
        date: c.date,
    });
    let title = format!("“{wording}” — {by}");
    let verdict = m(Msg::ClaimImageVerdict {
        claimant: &verdict_words(&check.claimant.verdict).1,
        central: &verdict_words(&check.central.verdict).1,
    });
    let src = source(c.source);
    let source_line = format!(
        "{}{} [{}]",
        t(Ui::ClaimSource),
        src.map_or(c.source, |s| s.title),
        src.map_or("", |s| current().quality(s.quality))
    );
    let view = View::claim_embed(c.id, chart, Theme::Auto).with_lang(super::url::explicit_lang());
    let footer = vec![
        source_line,
        note.to_string(),
        super::url::embed_link(inputs, &view, false),
        concat!("Orbital Footprint ", env!("CARGO_PKG_VERSION")).to_string(),
    ];
    if let Some(img) = super::chart::publishable_image(&spec, &title, &verdict, footer) {
        if let Ok(url) = img.to_data_url() {
            super::dom::download_url(&format!("claim-{}.png", c.id), &url);
        }
    }
}

/// The claims section: closed at first; the verdicts are worked out when it is first
/// opened, after the "checking" line is painted.
#[component]
pub fn ClaimsSection(st: State) -> impl IntoView {
    let checks = RwSignal::new(None::<Vec<ClaimCheck>>);
    let started = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if open && !started.get_untracked() {
            started.set(true);
            set_timeout(
                move || checks.set(Some(check_all())),
                std::time::Duration::from_millis(16),
            );
        }
    };
    view! {
        <section class="claims panel" aria-labelledby="claims-h" id="claims">
            <h2 id="claims-h">{t(Ui::ClaimsHeading)}</h2>
            <p class="claims-lede">{t(Ui::ClaimsLede)}</p>
            <details id="claims-details" on:toggle=on_toggle>
                <summary>{t(Ui::ClaimsShow)}</summary>
                {move || checks.with(|cs| match cs {
                    None => Either::Left(view! { <p class="claims-computing" aria-live="polite">{t(Ui::ClaimsComputing)}</p> }),
                    Some(cs) => Either::Right(view! {
                        <div class="claim-cards">
                            {cs.iter().cloned().map(|check| view! { <ClaimCard st check embed=false /> }).collect_view()}
                        </div>
                    }),
                })}
            </details>
        </section>
    }
}

/// The claim an embed's `claim=` names, if it is known.
pub fn known(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}

/// The embed of one claim: its card (the scenario loaded, so the chart beside it is the
/// claimant's), or a notice when no claim has that id.
#[component]
pub fn ClaimEmbed(st: State, id: String) -> impl IntoView {
    match known(&id) {
        Some(c) => {
            if let Ok((i, _)) = scenario(c, Reading::Claimant) {
                st.inputs.set(i);
            }
            let ch = check(c);
            Either::Left(view! { <ClaimCard st check=ch embed=true /> })
        }
        None => Either::Right(view! {
            <p class="notice claim-unknown" role="status" id="claim-unknown">{t(Ui::ClaimUnknown)}</p>
        }),
    }
}
