//! Presets for every real system and published claim: a one-line description, the
//! headline as published, reproduced under the source's own assumptions and under this
//! model's physics (live), why they differ; and the whole preset table.

use super::format::with_unit;
use super::panels::out;
use super::state::State;
use crate::data::presets::{Preset, PRESETS, TABLE_COLUMNS};
use crate::model::inputs::text;
use crate::model::presets::{row, source_inputs, table};
use crate::model::{evaluate, outputs::output, Inputs};
use crate::share::presets::{headline_text, notes_text, value_text};
use leptos::prelude::*;

/// The default scenario with a preset's settings applied (the defaults if a setting
/// fails to apply: a native test checks that every preset applies cleanly).
pub fn preset_inputs(p: &Preset) -> Inputs {
    text::preset_inputs(p).unwrap_or_default()
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
            <label for="preset">"Start from a real system"</label>
            <select id="preset" on:change=move |ev| {
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
                <option value="" selected=move || chosen.with(Option::is_none)>"Custom scenario"</option>
                {PRESETS.iter().map(|p| view! { <option value=p.id>{p.name}</option> }).collect_view()}
            </select>
            {move || chosen.get().map(|(p, reproduced)| {
                let spec = output(p.headline);
                let unit = spec.map(|s| s.unit).unwrap_or("");
                let meaning = spec.map(|s| s.meaning).unwrap_or("");
                let notes = notes_text(&row(p));
                view! {
                    <div class="preset-note" id="preset-note">
                        <p>{p.description}</p>
                        <p><strong>{TABLE_COLUMNS[2]}": "</strong>{p.published}</p>
                        <p><strong>{TABLE_COLUMNS[3]}": "</strong><span id="preset-reproduced">{reproduced}</span>" — "{meaning}</p>
                        <p>
                            <strong>{TABLE_COLUMNS[4]}": "</strong>
                            <span id="preset-headline">{move || st.outputs.with(|o| with_unit(out(o, p.headline), unit))}</span>
                            {move || if modified() { " (scenario modified since loading)" } else { "" }}
                        </p>
                        {(!notes.is_empty()).then(|| view! { <p class="preset-why">{notes}</p> })}
                    </div>
                }
            })}
            <details class="preset-table" on:toggle=move |_| table_open.set(true)>
                <summary>{TABLE_COLUMNS[2]}", "{TABLE_COLUMNS[3]}", "{TABLE_COLUMNS[4]}</summary>
                {move || table_open.get().then(|| view! {
                    <div class="table-wrap">
                        <table id="preset-table">
                            <thead><tr>{TABLE_COLUMNS.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {table().into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{r.preset.name}</th>
                                        <td>{headline_text(r.preset.headline)}</td>
                                        <td>{value_text(r.published)}" — "{r.preset.published}</td>
                                        <td>{value_text(r.reproduced)}</td>
                                        <td>{value_text(r.physics)}</td>
                                        <td>{notes_text(&r)}</td>
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
