//! The embedded reference data is valid: every number cited, every source resolves.

#[test]
fn embedded_data_validates() {
    let errs = orbital_footprint::data::validate();
    assert!(errs.is_empty(), "data errors:\n{}", errs.join("\n"));
}
