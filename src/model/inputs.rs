//! The model's inputs: one plain struct of sub-structs, one per concern.
//!
//! Defaults are not written here: `Inputs::default()` applies the central value of
//! every entry in the parameter registry (`crate::data::params`), so the registry is
//! the single source of defaults for the model, the UI, the URL codec and the CLI.
//! Values are in the units their keys name (`altitude_km`), converted to SI newtypes
//! inside the model.

/// The kind of orbit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OrbitKind {
    /// A circular LEO at a chosen inclination; the node precesses under J2.
    #[default]
    Inclined,
    /// Sun-synchronous: inclination computed from altitude, node fixed in local time.
    SunSynchronous,
    /// Geostationary: equatorial, 35,786 km.
    Geostationary,
}

impl OrbitKind {
    /// All kinds, in the order of their registry index.
    pub const ALL: [OrbitKind; 3] = [
        OrbitKind::Inclined,
        OrbitKind::SunSynchronous,
        OrbitKind::Geostationary,
    ];
    /// Stable id used in URLs, scenario files and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            OrbitKind::Inclined => "leo",
            OrbitKind::SunSynchronous => "sso",
            OrbitKind::Geostationary => "geo",
        }
    }
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            OrbitKind::Inclined => "Inclined LEO",
            OrbitKind::SunSynchronous => "Sun-synchronous",
            OrbitKind::Geostationary => "Geostationary",
        }
    }
    /// Index in [`OrbitKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Orbit inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrbitInputs {
    pub kind: OrbitKind,
    /// Circular-orbit altitude above the equatorial radius (ignored for GEO).
    pub altitude_km: f64,
    /// Inclination of an inclined LEO (ignored for SSO and GEO).
    pub inclination_deg: f64,
    /// Local time of the ascending node of a sun-synchronous orbit, hours (6 or 18 = dawn-dusk).
    pub ltan_h: f64,
}

/// Everything the model takes. Sub-structs are added per concern.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub orbit: OrbitInputs,
    /// Launch, emissions, Earth alternative and economics.
    pub life: super::lifecycle::LifecycleInputs,
}

impl Default for Inputs {
    fn default() -> Inputs {
        let mut i = Inputs::zeroed();
        crate::data::params::apply_defaults(&mut i);
        i
    }
}

impl Inputs {
    /// Every field zero / first option; only the registry should build on this.
    pub(crate) fn zeroed() -> Inputs {
        Inputs {
            orbit: OrbitInputs::default(),
            life: Default::default(),
        }
    }
}
