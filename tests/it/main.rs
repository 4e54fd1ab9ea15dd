//! The one native integration-test binary; modules beside it.

mod cli;
mod data;
mod earth;
mod fuzz;
mod golden;
mod lifecycle;
mod presets;
mod share;
mod tidy;
mod verdict;
