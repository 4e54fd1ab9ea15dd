//! Presets for every real system and published claim: a one-line description, the
//! headline as published, reproduced under the source's own assumptions and under this
//! model's physics (live), why they differ; and the whole preset table.

use super::format::fmt_sig;
use super::format::{m, t, with_unit};
use super::panels::out;
use super::state::State;
use crate::data::presets::{Preset, PRESETS};
use crate::i18n::{current, Msg, Ui};
use crate::model::inputs::text;
use crate::model::presets::{source_inputs, table};
use crate::model::{evaluate, outputs::output, Inputs};
use leptos::prelude::*;

/// The default scenario with a preset's settings applied (the defaults if a setting
/// fails to apply: a native test checks that every preset applies cleanly).
pub fn preset_inputs(p: &Preset) -> Inputs {
    text::preset_inputs(p).unwrap_or_default()
}

/// The headline's label and unit, in the page's language.
fn headline_text(key: &str) -> String {
    match output(key) {
        Some(o) if o.unit.is_empty() => current().output(o).to_string(),
        Some(o) => format!("{} ({})", current().output(o), current().unit(o.unit)),
        None => key.to_string(),
    }
}

/// Why this model differs from the published figure, and what the reproduction lacks.
fn notes_text(p: &Preset) -> String {
    let c = current();
    match (p.differs.is_empty(), p.pending.is_empty()) {
        (_, true) => c.preset_differs(p).to_string(),
        (true, false) => format!("{}{}", t(Ui::PendingLead), c.preset_pending(p)),
        (false, false) => format!(
            "{} {}{}",
            c.preset_differs(p),
            t(Ui::PendingLead),
            c.preset_pending(p)
        ),
    }
}

/// The headline under the source's own assumptions, with its unit.
fn reproduced_text(p: &'static Preset) -> String {
    let unit = output(p.headline).map_or("", |s| s.unit);
    let o = evaluate(&source_inputs(p).unwrap_or_default());
    with_unit(out(&o, p.headline), unit)
}

/// A select of presets; choosing one loads it and shows its headline three ways.
#[component]
pub fn PresetPicker(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<(&'static Preset, String)>);
    // Editing any input after loading a preset keeps the note but marks it as modified.
    let loaded = RwSignal::new(None::<Inputs>);
    let modified = move || loaded.with(|l| l.as_ref().is_some_and(|l| st.inputs.with(|i| i != l)));
    let table_open = RwSignal::new(false);
    view! {
        <div class="presets">
            <label for="preset">{t(Ui::StartFrom)}</label>
            // After an edit the picker reads "Custom (from <preset>)": the scenario is no
            // longer the preset's, and `prop:value` keeps the select saying so.
            <select id="preset" prop:value=move || match chosen.with(|c| c.as_ref().map(|(p, _)| p.id)) {
                Some(id) if !modified() => id,
                _ => "",
            } on:change=move |ev| {
                let id = event_target_value(&ev);
                match PRESETS.iter().find(|p| p.id == id) {
                    Some(p) => {
                        let i = preset_inputs(p);
                        loaded.set(Some(i.clone()));
                        st.inputs.set(i);
                        chosen.set(Some((p, reproduced_text(p))));
                    }
                    None => chosen.set(None),
                }
            }>
                <option value="" selected=move || chosen.with(Option::is_none)>{move || match chosen.with(|c| c.as_ref().map(|(p, _)| *p)) {
                    Some(p) if modified() => m(Msg::CustomFrom { name: current().preset_name(p) }),
                    _ => t(Ui::CustomScenario).to_string(),
                }}</option>
                {PRESETS.iter().map(|p| view! { <option value=p.id>{current().preset_name(p)}</option> }).collect_view()}
            </select>
            {move || chosen.get().map(|(p, reproduced)| {
                let spec = output(p.headline);
                let unit = spec.map(|s| s.unit).unwrap_or("");
                let meaning = spec.map(|s| current().output(s)).unwrap_or("");
                let notes = notes_text(p);
                view! {
                    <div class="preset-note" id="preset-note">
                        <p>{current().preset_description(p)}</p>
                        <p><strong>{t(Ui::Published)}</strong>{current().preset_published(p)}</p>
                        <p><strong>{t(Ui::Reproduced)}</strong><span id="preset-reproduced">{reproduced}</span>" — "{meaning}</p>
                        <p>
                            <strong>{t(Ui::ThisModel)}</strong>
                            <span id="preset-headline">{move || st.outputs.with(|o| with_unit(out(o, p.headline), unit))}</span>
                            {move || if modified() { t(Ui::Modified) } else { "" }}
                        </p>
                        {(!notes.is_empty()).then(|| view! { <p class="preset-why">{notes}</p> })}
                    </div>
                }
            })}
            <details class="preset-table" on:toggle=move |_| table_open.set(true)>
                <summary>{t(Ui::PresetTableSummary)}</summary>
                {move || table_open.get().then(|| view! {
                    <div class="table-wrap">
                        <table id="preset-table">
                            <thead><tr>{[Ui::ColPreset, Ui::ColHeadline, Ui::ColPublished, Ui::ColReproduced, Ui::ColThisModel, Ui::ColWhyDiffer].iter().map(|h| view! { <th scope="col">{t(*h)}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {table().into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{current().preset_name(r.preset)}</th>
                                        <td>{headline_text(r.preset.headline)}</td>
                                        <td>{fmt_sig(r.published, 4)}" — "{current().preset_published(r.preset)}</td>
                                        <td>{fmt_sig(r.reproduced, 4)}</td>
                                        <td>{fmt_sig(r.physics, 4)}</td>
                                        <td>{notes_text(r.preset)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })}
            </details>
        </div>
    }
}
