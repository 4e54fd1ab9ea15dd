//! The lifecycle side: launch, emissions (launch, manufacturing, re-entry), the Earth
//! alternatives, economics, verdicts and scale. Consumes Model I's `SystemBasis`.

/// Inputs of the lifecycle side (launch, emissions, Earth alternative, economics).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecycleInputs {}
