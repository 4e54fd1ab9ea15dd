//! The one native integration-test binary; modules beside it.

mod data;
mod lifecycle;
mod presets;
