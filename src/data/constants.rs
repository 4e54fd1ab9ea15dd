//! Physical constants, each defined once with the id of its source in
//! [`super::SOURCES`] (checked by [`validate`]). The model reads them as
//! `constants::EARTH_RADIUS_M.value`; nothing in `src/model` writes a cited number.

/// A physical constant: its value in the unit its name ends with, and its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Constant {
    pub value: f64,
    /// Id of an entry in [`super::SOURCES`].
    pub source: &'static str,
}

const fn c(value: f64, source: &'static str) -> Constant {
    Constant { value, source }
}

/// Earth's equatorial radius (WGS 84), m.
pub const EARTH_RADIUS_M: Constant = c(6_378_137.0, "wgs84");
/// Earth's gravitational parameter GM (WGS 84), m³/s².
pub const MU_EARTH_M3_S2: Constant = c(3.986_004_418e14, "wgs84");
/// Earth's rotation rate ω (WGS 84), rad/s.
pub const EARTH_ROTATION_RAD_S: Constant = c(7.292_115e-5, "wgs84");
/// Second zonal harmonic J2 (EGM2008), dimensionless.
pub const J2: Constant = c(1.082_626_68e-3, "egm2008_j2");
/// Geostationary altitude, m: a = (GM/ω²)^(1/3) for a sidereal day of 86,164.0905 s, minus R.
pub const GEO_ALTITUDE_M: Constant = c(35_786_000.0, "vallado_beta");
/// The tropical year, days (360° of the mean Sun; Vallado).
pub const TROPICAL_YEAR_D: Constant = c(365.242_2, "vallado_beta");
/// Total solar irradiance at 1 AU, W/m² (Gueymard 2018: 1,361.1 ± 0.5).
pub const SOLAR_CONSTANT_W_M2: Constant = c(1_361.0, "gueymard2018");
/// Stefan–Boltzmann constant σ, W m⁻² K⁻⁴ (CODATA 2018).
pub const SIGMA_W_M2_K4: Constant = c(5.670_374_419e-8, "standard_gravity");
/// Deep-space sink temperature, K (the cosmic microwave background, 2.725 K, rounded).
pub const DEEP_SPACE_K: Constant = c(2.7, "fixsen2009");
/// Standard gravity g0, m/s² (CGPM 1901): turns a specific impulse into an exhaust speed.
pub const G0_M_S2: Constant = c(9.806_65, "standard_gravity");
/// Aluminium density, kg/m³ (CRC Handbook): 2.7 kg/m² per mm of shield.
pub const ALUMINIUM_DENSITY_KG_M3: Constant = c(2_700.0, "aluminium_density");
/// Specific impulse of a Hall thruster, s (Goebel & Katz 2008).
pub const ISP_HALL_S: Constant = c(1_500.0, "goebel2008");
/// Specific impulse of a hydrazine monopropellant thruster, s (SMAD ch. 17).
pub const ISP_HYDRAZINE_S: Constant = c(220.0, "smad_prop");

/// Every constant, for validation and listing: (name, constant).
pub static CONSTANTS: &[(&str, Constant)] = &[
    ("EARTH_RADIUS_M", EARTH_RADIUS_M),
    ("MU_EARTH_M3_S2", MU_EARTH_M3_S2),
    ("EARTH_ROTATION_RAD_S", EARTH_ROTATION_RAD_S),
    ("J2", J2),
    ("GEO_ALTITUDE_M", GEO_ALTITUDE_M),
    ("TROPICAL_YEAR_D", TROPICAL_YEAR_D),
    ("SOLAR_CONSTANT_W_M2", SOLAR_CONSTANT_W_M2),
    ("SIGMA_W_M2_K4", SIGMA_W_M2_K4),
    ("DEEP_SPACE_K", DEEP_SPACE_K),
    ("G0_M_S2", G0_M_S2),
    ("ALUMINIUM_DENSITY_KG_M3", ALUMINIUM_DENSITY_KG_M3),
    ("ISP_HALL_S", ISP_HALL_S),
    ("ISP_HYDRAZINE_S", ISP_HYDRAZINE_S),
];

/// Every constant is finite and positive and its source resolves.
pub fn validate(errs: &mut Vec<String>) {
    for (name, k) in CONSTANTS {
        if !(k.value.is_finite() && k.value > 0.0) {
            errs.push(format!(
                "constant {name}: {} is not finite and positive",
                k.value
            ));
        }
        if super::source(k.source).is_none() {
            errs.push(format!(
                "constant {name}: source `{}` does not resolve",
                k.source
            ));
        }
    }
}
