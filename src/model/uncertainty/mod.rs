//! Uncertainty: a seeded Monte Carlo over the registry's low / central / high ranges,
//! and a one-at-a-time sensitivity analysis (the tornado).
//!
//! **Distributions.** Every numeric input whose registry range has `low < high` gets
//! one: triangular(low, central, high), or log-triangular (triangular in ln x) where
//! `high / low > 3` and `low > 0`. Inputs with `low == high` are fixed. The
//! distribution is centred on the value in the given `Inputs`: when the user (or a
//! preset) moved an input off its registry central, the range moves with it, keeping
//! its relative shape (multiplied for log-triangular, shifted for triangular), and is
//! clamped to the input's `[min, max]`. A per-input [`Spread`] holds an input at its
//! value or scales its range around it. Inputs are sampled independently.
//!
//! **Orbit.** The orbit's geometry (type, altitude, inclination, node time) is a user
//! choice, not an uncertainty: it is never sampled, and its eclipse year-scan runs
//! once per run and is reused by every draw.
//!
//! **Sampling.** Latin hypercube: for each input the unit interval is cut into N equal
//! strata, each stratum is used exactly once (in an order shuffled per input), with a
//! uniform jitter inside it. The generator is xoshiro256** seeded by SplitMix64, so a
//! (seed, N, inputs, overrides) tuple gives the same draws everywhere (CLI, browser).
//!
//! **Chunking.** [`McRun`] does the work in steps of at most `max_draws` draws so the
//! browser can yield between animation frames and drop a run when an input changes;
//! [`run`] is the same thing in one step and gives bit-identical results.
//!
//! Nothing here panics or allocates per draw beyond what `evaluate` itself does.
//!
//! Files: [`dist`] (spreads, settings, distributions), [`sample`] (the generator and
//! the Latin hypercube), [`stats`] (percentiles and bands), [`monte_carlo`] (the run,
//! whole or chunked), [`tornado`] (the one-at-a-time sensitivity), [`breakeven`] (what
//! would have to be true: the value of each input at which orbit ties Earth).

pub mod breakeven;
pub mod dist;
pub mod monte_carlo;
pub mod sample;
pub mod stats;
pub mod tornado;

pub use breakeven::{ladders, Ladder, LadderRun, Rung};
pub use dist::{distributions, Dist, McSettings, Shape, Spread, UncertainInput};
pub use monte_carlo::{run, McResult, McRun};
pub use stats::{percentile, Band, PaybackBand};
pub use tornado::{
    conditions, conditions_sentence, sensitivity, Condition, Metric, Tornado, TornadoChoice,
    TornadoEntry,
};

/// Draws when nothing is said.
pub const DEFAULT_DRAWS: usize = 2_000;
/// Most draws a run takes (more are clamped).
pub const MAX_DRAWS: usize = 20_000;
/// Seed when nothing is said.
pub const DEFAULT_SEED: u64 = 1;
/// Largest widening factor accepted by [`Spread::Widen`].
pub const MAX_WIDEN: f64 = 10.0;
/// Inputs listed in a tornado.
pub const TORNADO_LEN: usize = 10;

#[cfg(test)]
mod tests;
