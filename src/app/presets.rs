//! Presets for every real system: a one-line description, the published figure each
//! reproduces, and the model's own figure beside it.

use super::format::{t, with_unit};
use super::panels::out;
use super::state::State;
use crate::data::presets::{Preset, PRESETS};
use crate::i18n::{current, Ui};
use crate::model::inputs::text;
use crate::model::{outputs::output, Inputs};
use leptos::prelude::*;

/// The default scenario with a preset's settings applied (the defaults if a setting
/// fails to apply: a native test checks that every preset applies cleanly).
pub fn preset_inputs(p: &Preset) -> Inputs {
    text::preset_inputs(p).unwrap_or_default()
}

/// A select of presets; choosing one loads it and shows what it reproduces.
#[component]
pub fn PresetPicker(
    /// The calculator state.
    st: State,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<&'static Preset>);
    // Editing any input after loading a preset keeps the note but marks it as modified.
    let loaded = RwSignal::new(None::<Inputs>);
    let modified = move || loaded.with(|l| l.as_ref().is_some_and(|l| st.inputs.with(|i| i != l)));
    view! {
        <div class="presets">
            <label for="preset">{t(Ui::StartFrom)}</label>
            <select id="preset" on:change=move |ev| {
                let id = event_target_value(&ev);
                match PRESETS.iter().find(|p| p.id == id) {
                    Some(p) => {
                        let i = preset_inputs(p);
                        loaded.set(Some(i.clone()));
                        st.inputs.set(i);
                        chosen.set(Some(p));
                    }
                    None => chosen.set(None),
                }
            }>
                <option value="" selected=move || chosen.with(Option::is_none)>{t(Ui::CustomScenario)}</option>
                {PRESETS.iter().map(|p| view! { <option value=p.id>{current().preset_name(p)}</option> }).collect_view()}
            </select>
            {move || chosen.get().map(|p| {
                let spec = output(p.headline);
                let unit = spec.map(|s| s.unit).unwrap_or("");
                let meaning = spec.map(|s| current().output(s)).unwrap_or("");
                view! {
                    <div class="preset-note" id="preset-note">
                        <p>{current().preset_description(p)}</p>
                        <p><strong>{t(Ui::Published)}</strong>{current().preset_published(p)}</p>
                        <p>
                            <strong>{t(Ui::ThisModel)}</strong>
                            <span id="preset-headline">{move || st.outputs.with(|o| with_unit(out(o, p.headline), unit))}</span>
                            " — "{meaning}
                            {move || if modified() { t(Ui::Modified) } else { "" }}
                        </p>
                    </div>
                }
            })}
        </div>
    }
}
