//! Workload and reliability checks against published figures and closed forms.

use super::reliability::{checkpointed, group_rates, inference, see_rates, training};
use super::*;
use crate::data::accelerators::ACCELERATORS;
use crate::model::inputs::SdcHandling;
use crate::model::Inputs;

fn tpu() -> &'static Accelerator {
    ACCELERATORS.iter().find(|a| a.id == "tpu").unwrap()
}

#[test]
fn checkpoint_optimum_matches_dalys_published_figures() {
    // Daly (2006), figures 3–5: R = 10 min, δ = 5 min; τ_opt = 117 / 57 / 9.1 min for
    // M = 24 h / 6 h / 15 min (his perturbation solution of the same cost function).
    for (m_min, tau_min) in [(1440.0, 117.0), (360.0, 57.0), (15.0, 9.1)] {
        let (_, tau_h) = checkpointed(60.0 / m_min, 10.0 / 60.0, 5.0 / 60.0);
        let tau = tau_h * 60.0;
        assert!(
            (tau - tau_min).abs() <= 0.01 * tau_min,
            "M = {m_min} min: τ = {tau} min, Daly {tau_min}"
        );
    }
}

#[test]
fn checkpoint_optimum_tends_to_youngs_first_order_form() {
    // Young (1974): τ = √(2 δ M) when δ ≪ M. M = 1,000 h, δ = 36 s: √(2 × 0.01 × 1,000) = 4.472 h.
    let (useful, tau) = checkpointed(1e-3, 0.0, 0.01);
    assert!((tau - 20f64.sqrt()).abs() < 0.01 * 20f64.sqrt(), "{tau}");
    // The waste at that interval is δ/τ + τ/(2M) to first order: 0.2236 % + 0.2236 %.
    assert!(
        (1.0 - useful - 2.0 * 0.01 / 20f64.sqrt()).abs() < 1e-4,
        "{useful}"
    );
}

#[test]
fn the_optimum_beats_its_neighbours_under_dalys_wall_time() {
    // Daly's wall time per unit of progress, written out here independently of the model.
    let (m, r, d): (f64, f64, f64) = (4.5, 0.2, 0.5 / 60.0);
    let wall = |tau: f64| m * (r / m).exp() * (((tau + d) / m).exp() - 1.0) / tau;
    let (useful, tau) = checkpointed(1.0 / m, r, d);
    assert!((useful - 1.0 / wall(tau)).abs() < 1e-9);
    for k in [0.8, 0.95, 1.05, 1.25] {
        assert!(wall(tau * k) > wall(tau), "τ × {k}");
    }
}

#[test]
fn meta_llama3_interruption_rate_leaves_over_90_percent() {
    // Meta: 419 unexpected interruptions in 54 days on 16,384 H100s, >90 % effective
    // training time. At that rate the central restart and checkpoint times reproduce it.
    let w = Inputs::default().workload;
    let per_hour = 419.0 / (54.0 * 24.0);
    let (useful, _) = checkpointed(per_hour, w.restart_h, w.checkpoint_min / 60.0);
    assert!((0.90..0.97).contains(&useful), "{useful}");
}

#[test]
fn suncatcher_rates_per_tpu_at_150_rad_per_year() {
    // Suncatcher: HBM uncorrectable 1 per 44 rad, SEFI 1 per 5 krad, host CPU 1 per 450,
    // host memory 1 per 400 rad; 150 rad/yr at 650 km.
    let w = Inputs::default().workload;
    let r = see_rates(&w, tpu(), 150.0);
    assert!((r.hbm - 150.0 / 44.0).abs() < 1e-12);
    assert!((r.sefi - 150.0 / 5_000.0).abs() < 1e-12);
    assert!((r.host - (150.0 / 450.0 + 150.0 / 400.0)).abs() < 1e-12);
    // HBM errors scale with capacity: an 80 GB H100 sees 2.5× the 32 GB TPU's.
    let h100 = see_rates(&w, &ACCELERATORS[0], 150.0);
    assert!((h100.hbm / r.hbm - 2.5).abs() < 1e-12);
    assert_eq!(h100.sefi, r.sefi);
}

#[test]
fn host_events_scale_with_accelerators_per_server() {
    let w = Inputs::default().workload;
    let r = see_rates(&w, tpu(), 150.0);
    let (_, hard4) = group_rates(&r, 16_384.0, 4.0, SdcHandling::Replay);
    let (_, hard8) = group_rates(&r, 16_384.0, 8.0, SdcHandling::Replay);
    // Per-chip hard events: functional interrupts and the non-radiation hardware faults.
    let chip = 16_384.0 * (r.sefi + r.hardware) / 8_766.0;
    // 4,096 hosts against 2,048: the host share halves, the chips' share stays.
    assert!(((hard4 - chip) / (hard8 - chip) - 2.0).abs() < 1e-9);
    assert!(r.per_accelerator(8.0) < r.per_accelerator(4.0));
}

#[test]
fn orbit_and_earth_count_the_same_hardware_faults() {
    // With no dose, a job in orbit loses exactly what the same job loses on Earth with a
    // failure factor of 1 (the terrestrial interruption rate, restarts and checkpoints).
    let w = Inputs::default().workload;
    let orbit = training(&w, &see_rates(&w, &ACCELERATORS[0], 0.0), 8.0).fraction;
    let earth = crate::model::earth::availability(&w, 8.0, 1.0);
    assert_eq!(orbit, earth);
    assert!(orbit < 1.0, "hardware faults cost useful time: {orbit}");
    // Natick's one-eighth failure factor loses less.
    assert!(crate::model::earth::availability(&w, 8.0, 0.125) > earth);
}

#[test]
fn inference_is_unaffected_by_job_coupling() {
    let mut w = Inputs::default().workload;
    let r = see_rates(&w, &ACCELERATORS[0], 150.0);
    let inf = inference(&w, &r, 8.0).fraction;
    let train = training(&w, &r, 8.0).fraction;
    w.job_accelerators = 1_024.0;
    assert_eq!(inference(&w, &r, 8.0).fraction, inf);
    assert!(training(&w, &r, 8.0).fraction > train);
    // One server stops at a time: far less time lost than a whole job.
    assert!(inf > train && inf > 0.99, "{inf} vs {train}");
}

#[test]
fn useful_time_falls_with_recovery_time_and_dose() {
    let base = Inputs::default().workload;
    let a = &ACCELERATORS[0];
    let mut last = f64::INFINITY;
    for k in 0..30 {
        let mut w = base.clone();
        w.restart_h = 0.01 * 1.4f64.powi(k);
        w.replay_s = 2.0 * 1.3f64.powi(k);
        let f = training(&w, &see_rates(&w, a, 150.0), 8.0).fraction;
        assert!(f <= last && f.is_finite() && f >= 0.0, "step {k}: {f}");
        last = f;
    }
    let mut last = f64::INFINITY;
    for k in 0..40 {
        let dose = 10.0 * 1.4f64.powi(k);
        let f = training(&base, &see_rates(&base, a, dose), 8.0).fraction;
        let g = inference(&base, &see_rates(&base, a, dose), 8.0).fraction;
        assert!(f <= last && g >= f, "dose {dose}: {f}, {g}");
        last = f;
    }
}

#[test]
fn spares_and_undetected_corruption_each_save_time() {
    let base = Inputs::default().workload;
    let r = see_rates(&base, &ACCELERATORS[0], 150.0);
    let f = training(&base, &r, 8.0);
    let mut spared = base.clone();
    spared.hot_spare_pct = 1.0;
    let fs = training(&spared, &r, 8.0);
    assert!(fs.fraction > f.fraction && fs.checkpoint_interval_h == 0.0);
    let mut quiet = base.clone();
    quiet.sdc = SdcHandling::Undetected;
    let fq = training(&quiet, &r, 8.0);
    assert!(fq.fraction > f.fraction);
    // Undetected corruption drops exactly the SDC term from the replayed rate.
    let n = base.job_accelerators;
    assert!((f.replayed_per_h - fq.replayed_per_h - n * r.sdc / 8_766.0).abs() < 1e-9);
}

#[test]
fn it_power_is_accelerators_times_tdp_times_overhead() {
    let mut w = Inputs::default().workload;
    w.accelerators = 8.0;
    // DGX H100: 8 × 700 W × 1.82 ≈ 10.2 kW (NVIDIA's specification as quoted, `dgx_h100`).
    let p = installed_it_power(&w, &ACCELERATORS[0]).get();
    assert!((p - 10_192.0).abs() < 1.0, "{p}");
    // Hot spares idle: 10 % spares add 10 % × idle share of their power.
    w.hot_spare_pct = 10.0;
    let d = draw(&w);
    assert!((d.accelerators_carried - 8.8).abs() < 1e-12);
    let idle = 0.8 * 10_192.0 / 8.0 * w.idle_power_fraction;
    assert!((d.installed.get() - 10_192.0 - idle).abs() < 1e-6);
}

#[test]
fn the_checkpoint_optimum_solves_its_first_order_condition() {
    // The optimum x = τ/M of e^r (e^(x+d) − 1)/x satisfies e^(x+d)(1 − x) = 1 (its
    // derivative vanishes): checked over four decades of d, and the useful share is the
    // inverse of the wall time there.
    for (per_hour, restart, ckpt) in [
        (1e-3, 0.1, 0.005),
        (0.3, 0.1, 0.005),
        (2.0, 0.2, 0.05),
        (10.0, 0.0, 0.2),
    ] {
        let (useful, tau) = checkpointed(per_hour, restart, ckpt);
        let m = 1.0 / per_hour;
        let (x, d, r) = (tau / m, ckpt / m, restart / m);
        assert!(
            ((x + d).exp() * (1.0 - x) - 1.0).abs() < 1e-9,
            "{per_hour}: x {x}"
        );
        let wall = r.exp() * ((x + d).exp() - 1.0) / x;
        assert!((useful - 1.0 / wall).abs() < 1e-12);
    }
}
