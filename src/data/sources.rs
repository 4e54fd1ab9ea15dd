//! Every source the data cites, listed once. Ids are stable: they appear in exports.
//!
//! Quality tags follow `shared/reference/parameters.md`: P primary, S secondary,
//! W weak (placeholder). `Assumption` marks a number with no published source; its
//! `note` says why the value was chosen, and the UI labels it as an assumption.

/// How much a source can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quality {
    /// A peer-reviewed paper, an operator, agency or manufacturer document, an official dataset.
    Primary,
    /// Press, an encyclopaedia, an aggregator, a third party's transcription of a primary source.
    Secondary,
    /// A blog, forum or unattributed estimate: a placeholder.
    Weak,
    /// No published source: our assumption, with its reasoning in `note`.
    Assumption,
}

impl Quality {
    /// The one-letter tag shown in the UI and exports.
    pub fn tag(self) -> &'static str {
        match self {
            Quality::Primary => "P",
            Quality::Secondary => "S",
            Quality::Weak => "W",
            Quality::Assumption => "A",
        }
    }
}

/// One cited work, or one labelled assumption.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub author: &'static str,
    pub year: u16,
    /// Empty for assumptions and physical constants from textbooks.
    pub url: &'static str,
    pub quality: Quality,
    /// What exactly is taken from the source, or the reasoning behind an assumption.
    pub note: &'static str,
}

/// A source entry (shared by every data file that lists sources).
pub(crate) const fn src(
    id: &'static str,
    title: &'static str,
    author: &'static str,
    year: u16,
    url: &'static str,
    quality: Quality,
    note: &'static str,
) -> Source {
    Source {
        id,
        title,
        author,
        year,
        url,
        quality,
        note,
    }
}

use Quality::*;

/// The source list, one slice per concern; each slice lives beside its data.
pub static SOURCE_GROUPS: &[&[Source]] = &[
    SOURCES,
    super::model1_sources::MODEL1_SOURCES,
    super::lifecycle::SOURCES,
];

/// Every source, in order.
pub fn all() -> impl Iterator<Item = &'static Source> {
    SOURCE_GROUPS.iter().flat_map(|g| g.iter())
}

/// Core sources: constants, orbital mechanics, seed systems.
pub static SOURCES: &[Source] = &[
    // --- Physical constants and orbital mechanics ---
    src("wgs84", "World Geodetic System 1984 (equatorial radius 6,378.137 km; GM 398,600.4418 km³/s²)", "NIMA TR8350.2", 2000,
        "https://earth-info.nga.mil/", Primary, "Earth radius and gravitational parameter."),
    src("egm2008_j2", "Earth Gravitational Model 2008: J2 = 1.08262668e-3", "Pavlis et al., JGR Solid Earth", 2012,
        "https://doi.org/10.1029/2011JB008916", Primary, "Second zonal harmonic for nodal precession."),
    src("vallado_beta", "Fundamentals of Astrodynamics and Applications, 4th ed. (β angle; J2 nodal rate −1.5 n J2 (R/a)² cos i)", "D. A. Vallado", 2013,
        "", Primary, "Beta-angle geometry and secular J2 precession of the node."),
    src("meeus_sun", "Astronomical Algorithms, 2nd ed., ch. 25 (low-precision solar coordinates, ~0.01°)", "J. Meeus", 1998,
        "", Primary, "Sun's ecliptic longitude, declination, right ascension and Earth–Sun distance over the year."),
    src("beta_eclipse", "Eclipse fraction of a circular orbit, cylindrical shadow: f = acos(√(h²+2Rh)/((R+h)cos β))/π", "Wikipedia, \"Beta angle\" (from Vallado)", 2024,
        "https://en.wikipedia.org/wiki/Beta_angle", Secondary, "280 km, β = 0 gives 40.7 % in shadow."),
    src("gueymard2018", "A reevaluation of the solar constant based on a 42-year total solar irradiance time series", "C. A. Gueymard, Solar Energy", 2018,
        "https://doi.org/10.1016/j.solener.2018.04.001", Primary, "Total solar irradiance 1,361.1 W/m² at 1 AU; Kopp & Lean 2011 give 1,360.8; ~1,362 at solar maximum."),
    src("geo_eclipse_seasons", "GEO eclipse seasons: two per year around the equinoxes, ~44–45 days each, up to ~70 min/day", "NASA SDO mission blog; vialattea.net", 2014,
        "https://sdo.gsfc.nasa.gov/", Secondary, "Used as the reference the model is checked against, not as an input."),
    // --- Seed systems ---
    src("suncatcher", "Towards a future space-based, highly scalable AI infrastructure system design (Project Suncatcher)", "B. Agüera y Arcas et al., Google, arXiv:2511.19468", 2025,
        "https://arxiv.org/abs/2511.19468", Primary, "Dawn-dusk SSO at ~650 km; 81 satellites; launch ≲200 USD/kg by the mid-2030s (abstract, P); §2.4 values are secondary transcriptions."),
    // --- Assumptions (no published source) ---
    src("assume.orbit_ranges", "Slider range of the orbit inputs", "Orbital Footprint", 2026,
        "", Assumption, "LEO/SSO altitudes from 200 km (days of lifetime) to 2,000 km (top of LEO); inclination 0–180°."),
];

/// Looks up a source by id.
pub fn source(id: &str) -> Option<&'static Source> {
    all().find(|s| s.id == id)
}

/// Ids are unique and non-empty; assumptions carry a reason; cited works have a year.
pub fn validate() -> Vec<String> {
    let mut errs = Vec::new();
    let list: Vec<&Source> = all().collect();
    for (i, s) in list.iter().enumerate() {
        if s.id.is_empty() || s.title.is_empty() {
            errs.push(format!("source #{i}: empty id or title"));
        }
        if list[..i].iter().any(|t| t.id == s.id) {
            errs.push(format!("source `{}`: duplicate id", s.id));
        }
        if s.quality == Quality::Assumption && s.note.is_empty() {
            errs.push(format!("assumption `{}`: no reason given", s.id));
        }
        if s.quality != Quality::Assumption && !(1600..=2100).contains(&s.year) {
            errs.push(format!("source `{}`: implausible year {}", s.id, s.year));
        }
        if !s.url.is_empty() && !s.url.starts_with("https://") {
            errs.push(format!("source `{}`: url must be https", s.id));
        }
    }
    errs
}
