//! Orbital environment tables: thermospheric density and total ionizing dose by
//! altitude. Each table names its source; the model interpolates them in
//! the model's environment stage.

/// US Standard Atmosphere 1976 total mass density, (altitude km, kg/m³), 200–1,000 km
/// (source `us1976`; exospheric temperature 1,000 K, i.e. moderate solar activity).
pub static DENSITY_US1976: &[(f64, f64)] = &[
    (200.0, 2.541e-10),
    (300.0, 1.916e-11),
    (400.0, 2.803e-12),
    (500.0, 5.215e-13),
    (600.0, 1.137e-13),
    (700.0, 3.070e-14),
    (800.0, 1.136e-14),
    (900.0, 5.759e-15),
    (1_000.0, 3.561e-15),
];

/// Solar-cycle swing of density, ratio solar maximum ÷ solar minimum, by altitude
/// (altitude km, ratio). The ~100× at 650 km is NRLMSIS 2.1 output (Emmert et al. 2022,
/// JGR Space Physics) as transcribed by a third party (source `nrlmsis_swing`); the shape
/// at other altitudes is the assumption `assume.density_swing`.
pub static DENSITY_SOLAR_SWING: &[(f64, f64)] = &[
    (200.0, 5.0),
    (300.0, 12.0),
    (400.0, 30.0),
    (500.0, 60.0),
    (650.0, 100.0),
];

/// Total ionizing dose behind ~10 mm Al-equivalent, (altitude km, rad(Si)/yr).
/// 650 km: 150 rad(Si)/yr (Suncatcher §2.3, source `suncatcher_rad`); every other
/// point is the assumption `assume.dose_bands` (no published dose-vs-altitude table).
pub static DOSE_RAD_PER_YEAR: &[(f64, f64)] = &[
    (200.0, 50.0),
    (400.0, 80.0),
    (650.0, 150.0),
    (1_000.0, 1_500.0),
    (1_400.0, 10_000.0),
    (2_000.0, 30_000.0),
];

/// Dose in GEO behind ~10 mm Al-equivalent, rad(Si)/yr (assumption `assume.dose_bands`).
pub const DOSE_GEO_RAD_PER_YEAR: f64 = 1_000.0;

/// Reference dose at which catalogue degradation rates are quoted, rad(Si)/yr (the
/// Suncatcher 650 km value, source `suncatcher_rad`).
pub const REFERENCE_DOSE_RAD_PER_YEAR: f64 = 150.0;
