//! Workload checks.

use super::*;
use crate::data::accelerators::ACCELERATORS;
use crate::model::Inputs;

#[test]
fn meta_llama3_run_reproduces_about_90_percent_effective_time() {
    // Meta: 419 unexpected interruptions in 54 days on 16,384 H100s, >90 % effective
    // time, ≤0.3 h lost per interruption. Per GPU-year: 419 / 16,384 × 365.25 / 54.
    let per_gpu_year = 419.0 / 16_384.0 * 365.25 / 54.0;
    let mut a = ACCELERATORS[0];
    a.events_per_rad = crate::data::Cited::one(per_gpu_year, "meta_llama3");
    let mut w = Inputs::default().workload;
    w.mode = WorkloadMode::Training;
    w.accelerators = 16_384.0;
    w.job_accelerators = 16_384.0;
    w.recovery_h = 0.3;
    let eff = upset_efficiency(&w, &a, 1.0);
    assert!((0.89..0.92).contains(&eff), "{eff}");
}

#[test]
fn it_power_is_accelerators_times_tdp_times_overhead() {
    let mut w = Inputs::default().workload;
    w.accelerators = 8.0;
    // DGX H100: 8 × 700 W × 1.82 ≈ 10.2 kW (NVIDIA's specification as quoted, `dgx_h100`).
    let p = installed_it_power(&w, &ACCELERATORS[0]).get();
    assert!((p - 10_192.0).abs() < 1.0, "{p}");
}
