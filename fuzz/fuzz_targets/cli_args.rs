//! libFuzzer's entry for [`orbital_footprint_fuzz::cli_args`] (what it checks is there, so the
//! native tests replay the corpus through the same code).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| orbital_footprint_fuzz::cli_args(data));
