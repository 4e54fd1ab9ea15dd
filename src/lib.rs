//! Orbital Footprint: can moving data centres into orbit lighten Earth's energy and
//! carbon load? A pure, cited physics model (`model`, `data`), one URL codec
//! (`share`), and a Leptos front end (`app`, behind the `web` feature).

pub mod chart;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod data;
pub mod detmath;
pub mod format;
pub mod i18n;
pub mod model;
pub mod numfmt;
pub mod share;

#[cfg(feature = "web")]
pub mod app;
