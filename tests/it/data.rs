//! The embedded reference data and the input registry are valid: every number cited,
//! every source resolves, keys unique, accessors read back.

#[test]
fn embedded_data_validates() {
    let errs = orbital_footprint::data::validate();
    assert!(errs.is_empty(), "data errors:\n{}", errs.join("\n"));
}

#[test]
fn input_registry_validates() {
    let errs = orbital_footprint::model::inputs::registry::validate();
    assert!(errs.is_empty(), "registry errors:\n{}", errs.join("\n"));
}
