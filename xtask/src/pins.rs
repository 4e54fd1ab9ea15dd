//! Every pinned tool, in one table. Why each pin: ARCHITECTURE.md, "Tool pinning".

/// Trunk 0.22 needs rustc ≥ 1.96.1; 0.21.14 is the newest that builds on rustc 1.95.
pub const TRUNK: &str = "0.21.14";
/// npm `binaryen` 132 optimises today's rustc output correctly; Debian's binaryen 108
/// silently breaks it (`WebAssembly.Table.set(): Argument 1 is invalid for table`).
pub const BINARYEN_NPM: &str = "132.0.0";
/// The version string Trunk expects in `Trunk.toml` `[tools] wasm_opt`.
pub const WASM_OPT_TRUNK: &str = "version_132";
/// Debian packages for browser tests.
pub const APT_BROWSER: &[&str] = &["chromium", "chromium-driver"];
/// The product target for everything the page loads, gzip -9 (README, Targets):
/// reported against, not enforced while it is not met.
pub const GZIP_TARGET_BYTES: u64 = 150 * 1024;
/// Enforced ceiling: a ratchet a little above the current size, so growth is a
/// decision, not an accident. Lower it whenever the bundle shrinks. 282 KiB: the
/// radiation and reliability model, the published-design inputs and the preset table
/// with five more presets and their sources took 280 → 281 KiB (287,474 B).
pub const GZIP_BUDGET_BYTES: u64 = 282 * 1024;
