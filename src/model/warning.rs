//! The one note type every stage reports with (a leaf: it imports nothing of the model;
//! numbers are formatted by `crate::numfmt`).
//!
//! What a warning says is typed ([`Said`]: which sentence, with its values), so the page
//! can say it in the reader's language (`crate::i18n`); [`Warning::message`] is the
//! English sentence, which the CLI and the exports print.

use crate::numfmt::{fixed, sig};

/// A note about an input that was adjusted or an output that needs care.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The input or output registry key the warning concerns (a test checks that every
    /// key a warning can carry names an input or an output).
    pub key: &'static str,
    /// What it says, typed.
    pub said: Said,
    /// The English sentence (`said` in English).
    pub message: String,
}

impl Warning {
    /// A warning about `key` saying `said`.
    pub fn new(key: &'static str, said: Said) -> Warning {
        Warning {
            key,
            message: said.english(),
            said,
        }
    }
}

/// Every sentence a warning can say, with its values. Each variant has an English
/// sentence here and a translation keyed `warn.<id>` in the catalogues (`crate::i18n`;
/// a test fails when one is missing).
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// "Altitude: 99999 km is outside 200–2,000 km; using 2,000 km." `input` is the
    /// registry key; `label` and `unit` its English label and unit; `written` the value
    /// as the user wrote it (or as the model received it).
    OutOfRange {
        input: &'static str,
        label: &'static str,
        unit: &'static str,
        written: String,
        min: f64,
        max: f64,
        used: f64,
    },
    /// "Launch price: 1e-310 USD/kg is below the model's resolution; using 0 USD/kg." A
    /// value inside the range but so close to 0 (under 1e-12 of the range) that the
    /// model would divide by it into infinities.
    Negligible {
        input: &'static str,
        label: &'static str,
        unit: &'static str,
        written: String,
    },
    /// A choice index past its options; the default option id is used.
    UnknownOption {
        input: &'static str,
        label: &'static str,
        default: &'static str,
    },
    /// An Earth PUE override below 1.
    PueBelowOne,
    /// Cell-face absorptance below efficiency × packing.
    AbsorptanceBelowOutput,
    /// No sun-synchronous inclination exists at the altitude.
    NoSunSynchronousOrbit,
    /// The array powers only `pct` % of the workload at beginning of life.
    ArrayUnderpowered { pct: f64 },
    /// A mission shorter than 0.01 yr.
    MissionTooShort,
    /// An analysis horizon above 0 (0 means one mission) but shorter than 0.01 yr.
    HorizonTooShort,
    /// Station-keeping propellant above the dry mass.
    PropellantExceedsDry,
    /// The vehicle (`vehicle` is its id, `name` its English name) delivers no useful
    /// payload to the orbit, `dv_m_s` above its reference.
    NoUsefulPayload {
        vehicle: &'static str,
        name: &'static str,
        dv_m_s: f64,
    },
    /// The radiator absorbs as much as it emits.
    RadiatorNoNetRejection,
    /// The radiator temperature asked for is above the die's limit less the loop's drop;
    /// `limit_c` is used.
    RadiatorAboveDieLimit { limit_c: f64 },
}

impl Said {
    /// The catalogue id of the sentence (`warn.<id>`).
    pub fn id(&self) -> &'static str {
        match self {
            Said::OutOfRange { .. } => "out_of_range",
            Said::UnknownOption { .. } => "unknown_option",
            Said::Negligible { .. } => "negligible",
            Said::PueBelowOne => "pue_below_one",
            Said::AbsorptanceBelowOutput => "absorptance_below_output",
            Said::NoSunSynchronousOrbit => "no_sun_synchronous_orbit",
            Said::ArrayUnderpowered { .. } => "array_underpowered",
            Said::MissionTooShort => "mission_too_short",
            Said::HorizonTooShort => "horizon_too_short",
            Said::PropellantExceedsDry => "propellant_exceeds_dry",
            Said::NoUsefulPayload { .. } => "no_useful_payload",
            Said::RadiatorNoNetRejection => "radiator_no_net_rejection",
            Said::RadiatorAboveDieLimit { .. } => "radiator_above_die_limit",
        }
    }

    /// The sentence in English (what the CLI and the exports print).
    pub fn english(&self) -> String {
        match self {
            Said::OutOfRange {
                label,
                unit,
                written,
                min,
                max,
                used,
                ..
            } => {
                let u = unit_suffix(unit);
                format!(
                    "{label}: {written}{u} is outside {}–{}{u}; using {}{u}.",
                    sig(*min, 6),
                    sig(*max, 6),
                    sig(*used, 6),
                )
            }
            Said::Negligible {
                label,
                unit,
                written,
                ..
            } => {
                let u = unit_suffix(unit);
                format!("{label}: {written}{u} is below the model's resolution; using 0{u}.")
            }
            Said::UnknownOption { label, default, .. } => {
                format!("{label}: unknown option; using {default}")
            }
            Said::PueBelowOne => "a PUE below 1 is impossible; using the alternative's".into(),
            Said::AbsorptanceBelowOutput => "cell-face absorptance is below efficiency × packing; electrical output capped at the absorbed sunlight".into(),
            Said::NoSunSynchronousOrbit => "no sun-synchronous orbit exists at this altitude".into(),
            Said::ArrayUnderpowered { pct } => format!(
                "the array powers only {} % of the workload at beginning of life; compute is throttled",
                fixed(*pct, 0)
            ),
            Said::MissionTooShort => "mission shorter than 0.01 yr; using 0.01".into(),
            Said::HorizonTooShort => {
                "analysis horizon shorter than 0.01 yr (0 means one mission); using 0.01".into()
            }
            Said::PropellantExceedsDry => {
                "station-keeping propellant exceeds the dry mass: the orbit is too low".into()
            }
            Said::NoUsefulPayload { name, dv_m_s, .. } => format!(
                "{name} cannot deliver a useful payload to this orbit (Δv +{} m/s over its reference)",
                fixed(*dv_m_s, 0)
            ),
            Said::RadiatorNoNetRejection => {
                "the radiator absorbs as much as it emits at this temperature; area computed at 1 W/m²".into()
            }
            Said::RadiatorAboveDieLimit { limit_c } => format!(
                "the radiator cannot run above the die limit less the loop drop; using {} °C",
                fixed(*limit_c, 1)
            ),
        }
    }

    /// One of every sentence, with sample values (the catalogue tests render each).
    pub fn samples() -> Vec<Said> {
        vec![
            Said::OutOfRange {
                input: "orbit.altitude_km",
                label: "Altitude",
                unit: "km",
                written: "99999".into(),
                min: 200.0,
                max: 2000.0,
                used: 2000.0,
            },
            Said::UnknownOption {
                input: "orbit.kind",
                label: "Orbit type",
                default: "sso",
            },
            Said::Negligible {
                input: "orbit.altitude_km",
                label: "Altitude",
                unit: "km",
                written: "1e-310".into(),
            },
            Said::PueBelowOne,
            Said::AbsorptanceBelowOutput,
            Said::NoSunSynchronousOrbit,
            Said::ArrayUnderpowered { pct: 52.0 },
            Said::MissionTooShort,
            Said::HorizonTooShort,
            Said::PropellantExceedsDry,
            Said::NoUsefulPayload {
                vehicle: "electron",
                name: "Electron",
                dv_m_s: 1234.0,
            },
            Said::RadiatorNoNetRejection,
            Said::RadiatorAboveDieLimit { limit_c: 65.0 },
        ]
    }
}

/// " km" for units, "°" and "%" directly after the number, nothing for ratios.
pub fn unit_suffix(unit: &str) -> String {
    if unit.is_empty() || unit.starts_with('°') || unit == "%" {
        unit.to_string()
    } else {
        format!(" {unit}")
    }
}
