//! The parameter registry: every scalar input and every choice, with its stable key,
//! short URL key, label, unit, range, low/central/high and source.
//!
//! One table serves the model defaults, the UI controls and assumptions panel, the
//! URL codec, the CLI (`params`, `--set key=value`) and the Monte Carlo.
//! Keys are stable dotted names and never change meaning; short keys are URL format
//! (see `src/share`): renaming one needs a migration there.

use super::{check_cited, Cited};
use crate::model::inputs::{Inputs, OrbitKind};

/// Where an input is shown in the assumptions panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Orbit,
    Array,
    Power,
    Thermal,
    Workload,
    Mass,
    Launch,
    Emissions,
    Earth,
    Economics,
}

impl Group {
    /// Display name.
    pub fn label(self) -> &'static str {
        match self {
            Group::Orbit => "Orbit",
            Group::Array => "Solar array",
            Group::Power => "Batteries and power",
            Group::Thermal => "Cooling",
            Group::Workload => "Workload",
            Group::Mass => "Mass",
            Group::Launch => "Launch",
            Group::Emissions => "Emissions",
            Group::Earth => "Earth alternative",
            Group::Economics => "Economics",
        }
    }
}

/// A numeric input.
#[derive(Clone, Copy)]
pub struct ParamSpec {
    /// Stable dotted key, e.g. `orbit.altitude_km`.
    pub key: &'static str,
    /// Short URL key, e.g. `alt`.
    pub short: &'static str,
    pub label: &'static str,
    /// Display unit (the unit the key names).
    pub unit: &'static str,
    pub group: Group,
    /// Allowed range; values outside are clamped with a warning.
    pub min: f64,
    pub max: f64,
    /// Resolution the controls can express; the URL rounds to it.
    pub step: f64,
    /// Logarithmic slider (ranges spanning decades).
    pub log: bool,
    /// Low / central / high and source; the default is the central value.
    pub value: Cited,
    pub get: fn(&Inputs) -> f64,
    pub set: fn(&mut Inputs, f64),
}

/// A choice among named options (an enum or a catalogue entry).
#[derive(Clone, Copy)]
pub struct ChoiceSpec {
    pub key: &'static str,
    pub short: &'static str,
    pub label: &'static str,
    pub group: Group,
    /// Option `n` as (stable id, label), or None past the end.
    pub option: fn(usize) -> Option<(&'static str, &'static str)>,
    /// Id of the default option.
    pub default: &'static str,
    /// Source of the default choice.
    pub source: &'static str,
    pub get: fn(&Inputs) -> usize,
    pub set: fn(&mut Inputs, usize),
}

impl ParamSpec {
    /// Clamps into `[min, max]`; non-finite becomes the central value.
    pub fn clamp(&self, v: f64) -> f64 {
        if v.is_finite() {
            v.clamp(self.min, self.max)
        } else {
            self.value.central
        }
    }
}

impl ChoiceSpec {
    /// All options as (id, label).
    pub fn options(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        (0..).map_while(|n| (self.option)(n))
    }
    /// Index of an option id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.options().position(|(o, _)| o == id)
    }
    /// Number of options.
    pub fn len(&self) -> usize {
        self.options().count()
    }
    /// True when there are no options (never, for a valid registry).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Builds a [`ParamSpec`] whose accessors read and write one field path of `Inputs`.
macro_rules! num {
    ($key:literal, $short:literal, $label:literal, $unit:literal, $group:ident,
     [$min:expr, $max:expr, $step:expr $(, $log:ident)?], $value:expr, $($field:ident).+) => {
        ParamSpec {
            key: $key, short: $short, label: $label, unit: $unit, group: Group::$group,
            min: $min, max: $max, step: $step, log: num!(@log $($log)?), value: $value,
            get: |i: &Inputs| i.$($field).+,
            set: |i: &mut Inputs, v: f64| i.$($field).+ = v,
        }
    };
    (@log log) => { true };
    (@log) => { false };
}
#[allow(unused_imports)]
pub(crate) use num;

fn orbit_kind_option(n: usize) -> Option<(&'static str, &'static str)> {
    OrbitKind::ALL.get(n).map(|k| (k.id(), k.label()))
}

/// The registry, one slice per concern; each slice lives beside its catalogue.
pub static PARAM_GROUPS: &[&[ParamSpec]] = &[
    ORBIT_PARAMS,
    super::system::SYSTEM_PARAMS,
    super::lifecycle::PARAMS,
];

/// Every numeric input, in registry order.
pub fn params() -> impl Iterator<Item = &'static ParamSpec> {
    PARAM_GROUPS.iter().flat_map(|g| g.iter())
}

/// Orbit inputs.
pub static ORBIT_PARAMS: &[ParamSpec] = &[
    num!(
        "orbit.altitude_km",
        "alt",
        "Altitude",
        "km",
        Orbit,
        [200.0, 2000.0, 1.0],
        Cited::one(650.0, "suncatcher"),
        orbit.altitude_km
    ),
    num!(
        "orbit.inclination_deg",
        "inc",
        "Inclination (inclined LEO)",
        "°",
        Orbit,
        [0.0, 180.0, 0.1],
        Cited::one(53.0, "assume.orbit_ranges"),
        orbit.inclination_deg
    ),
    num!(
        "orbit.ltan_h",
        "ltan",
        "Local time of ascending node (6 or 18 h = dawn-dusk)",
        "h",
        Orbit,
        [0.0, 24.0, 0.25],
        Cited::one(6.0, "suncatcher"),
        orbit.ltan_h
    ),
];

/// The choice registry, one slice per concern.
pub static CHOICE_GROUPS: &[&[ChoiceSpec]] = &[
    ORBIT_CHOICES,
    super::system::SYSTEM_CHOICES,
    super::lifecycle::CHOICES,
];

/// Every choice input, in registry order.
pub fn choices() -> impl Iterator<Item = &'static ChoiceSpec> {
    CHOICE_GROUPS.iter().flat_map(|g| g.iter())
}

/// Orbit choices.
pub static ORBIT_CHOICES: &[ChoiceSpec] = &[ChoiceSpec {
    key: "orbit.kind",
    short: "orb",
    label: "Orbit type",
    group: Group::Orbit,
    option: orbit_kind_option,
    default: "sso",
    source: "suncatcher",
    get: |i| i.orbit.kind.index(),
    set: |i, n| i.orbit.kind = OrbitKind::ALL.get(n).copied().unwrap_or_default(),
}];

/// Finds a numeric input by its dotted key.
pub fn param(key: &str) -> Option<&'static ParamSpec> {
    params().find(|p| p.key == key)
}

/// Finds a choice input by its dotted key.
pub fn choice(key: &str) -> Option<&'static ChoiceSpec> {
    choices().find(|c| c.key == key)
}

/// Sets every input to its central value / default option.
pub(crate) fn apply_defaults(i: &mut Inputs) {
    for p in params() {
        (p.set)(i, p.value.central);
    }
    for c in choices() {
        (c.set)(i, c.index_of(c.default).unwrap_or(0));
    }
}

/// Registry checks: unique keys and short keys, defaults inside ranges, sources resolve,
/// accessors read back what they wrote.
pub fn validate() -> Vec<String> {
    let mut errs = Vec::new();
    let keys: Vec<(&str, &str)> = params()
        .map(|p| (p.key, p.short))
        .chain(choices().map(|c| (c.key, c.short)))
        .collect();
    for (n, (k, s)) in keys.iter().enumerate() {
        if keys[..n].iter().any(|(k2, _)| k2 == k) {
            errs.push(format!("duplicate key `{k}`"));
        }
        if keys[..n].iter().any(|(_, s2)| s2 == s) {
            errs.push(format!("duplicate short key `{s}` (on `{k}`)"));
        }
        if s.is_empty()
            || !s
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            errs.push(format!("short key `{s}` of `{k}` must be [a-z0-9]+"));
        }
        if *s == "v" {
            errs.push(format!(
                "short key `v` is reserved for the URL version (on `{k}`)"
            ));
        }
    }
    for p in params() {
        check_cited(p.key, &p.value, &mut errs);
        if !(p.min <= p.value.low && p.value.high <= p.max) {
            errs.push(format!(
                "{}: low/high outside [{}, {}]",
                p.key, p.min, p.max
            ));
        }
        if p.log && p.min <= 0.0 {
            errs.push(format!("{}: log slider needs min > 0", p.key));
        }
        if p.step.is_nan() || p.step <= 0.0 {
            errs.push(format!("{}: step must be > 0", p.key));
        }
        let mut i = Inputs::default();
        let probe = p.min + 0.5 * (p.max - p.min);
        (p.set)(&mut i, probe);
        if (p.get)(&i) != probe {
            errs.push(format!("{}: get does not read back set", p.key));
        }
    }
    for c in choices() {
        if c.index_of(c.default).is_none() {
            errs.push(format!(
                "{}: default `{}` is not an option",
                c.key, c.default
            ));
        }
        if super::source(c.source).is_none() {
            errs.push(format!("{}: source `{}` does not resolve", c.key, c.source));
        }
        for n in 0..c.len() {
            let mut i = Inputs::default();
            (c.set)(&mut i, n);
            if (c.get)(&i) != n {
                errs.push(format!("{}: option {n} does not read back", c.key));
            }
        }
    }
    errs
}
