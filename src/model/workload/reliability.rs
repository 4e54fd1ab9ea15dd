//! Radiation upsets and the useful time they leave: event rates per class from the dose,
//! how each class is recovered (step replay, or reboot and restart from a checkpoint,
//! or a hot spare), the checkpoint interval at its optimum, for one synchronous
//! training job and for independent inference servers.
//!
//! Hard interruptions that have nothing to do with radiation (Meta's Llama 3 rate) are
//! counted too, in orbit as on Earth, so the two sides pay for the same faults alike.
//!
//! Rates are Suncatcher's TPU v6e proton-test rates per rad times the orbit's dose rate,
//! transferred to other accelerators by the rule `assume.see_rules`: HBM errors scale
//! with HBM capacity, logic errors are per chip, host errors per host server.
//!
//! Hard interruptions with checkpoints follow Daly (2006): with failures at mean interval
//! M, restart R and checkpoint time δ, compute τ between checkpoints takes wall time
//! M e^(R/M) (e^((τ+δ)/M) − 1) per τ of progress. The useful fraction is its inverse,
//! maximised over τ. Replayed events stop the job for the replay time each; the two
//! processes combine as a renewal process, 1 ÷ (1 + Λτ_replay).

use super::super::inputs::{SdcHandling, WorkloadInputs};
use crate::data::accelerators::{Accelerator, SEE_REFERENCE_HBM_GB};
use crate::data::grids::EARTH_INTERRUPTIONS_PER_ACCEL_HOUR;
use crate::detmath::DetMath;

/// Hours in a year of 365.25 days.
const HOURS_PER_YEAR: f64 = 8_766.0;
/// Largest exponent evaluated (e^50 ≈ 5e21: useful time is already nil).
const MAX_EXPONENT: f64 = 50.0;
/// Most Newton steps for the checkpoint optimum (quadratic convergence from Young's
/// estimate: a handful; bisection steps when Newton would leave the bracket).
const SEARCH_ITERATIONS: usize = 40;

/// Upsets per year at the orbit's dose, by class and unit.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SeeRates {
    /// HBM uncorrectable errors per accelerator.
    pub hbm: f64,
    /// Silent data corruptions per accelerator.
    pub sdc: f64,
    /// Accelerator functional interrupts per accelerator.
    pub sefi: f64,
    /// Host CPU functional interrupts and host memory errors per host server.
    pub host: f64,
    /// Hard interruptions per accelerator that have nothing to do with radiation (the
    /// hardware and software faults every large job sees on Earth too: Meta's Llama 3
    /// rate, `data::grids::EARTH_INTERRUPTIONS_PER_ACCEL_HOUR`), so that orbit and Earth
    /// count the same faults the same way.
    pub hardware: f64,
}

impl SeeRates {
    /// Every upset per accelerator-year, host events shared among a host's accelerators.
    pub fn per_accelerator(&self, per_server: f64) -> f64 {
        self.hbm + self.sdc + self.sefi + self.host / per_server.max(1.0)
    }

    /// A facility with no radiation: only the hardware interruptions, `per_hour` per
    /// accelerator-hour (the Earth alternative's, scaled by its failure factor).
    pub fn terrestrial(per_hour: f64) -> SeeRates {
        SeeRates {
            hardware: per_hour.max(0.0) * HOURS_PER_YEAR,
            ..SeeRates::default()
        }
    }
}

/// Events per rad of each class, times the dose rate (rad/yr); `dose` already includes
/// the dose scale. A dose per event below 1e-9 rad is read as 1e-9.
pub fn see_rates(w: &WorkloadInputs, a: &Accelerator, dose_rad_per_year: f64) -> SeeRates {
    let d = dose_rad_per_year.max(0.0);
    let per = |rad_per_event: f64| d / rad_per_event.max(1e-9);
    let hbm_share = a.hbm_gb.central.max(0.0) / SEE_REFERENCE_HBM_GB.central;
    let logic = a.logic_see.central.max(0.0);
    SeeRates {
        hbm: per(w.hbm_uecc_rad) * hbm_share,
        sdc: per(w.sdc_rad) * logic,
        sefi: per(w.sefi_rad) * logic,
        host: per(w.host_cpu_rad) + per(w.host_mem_rad),
        hardware: EARTH_INTERRUPTIONS_PER_ACCEL_HOUR.central * HOURS_PER_YEAR,
    }
}

/// Events per hour that stop a group of `n` accelerators on its hosts (at least one):
/// (replayed, hard).
pub fn group_rates(r: &SeeRates, n: f64, per_server: f64, sdc: SdcHandling) -> (f64, f64) {
    let n = n.max(0.0);
    let hosts = (n / per_server.max(1.0)).max(1.0);
    let sdc_replayed = match sdc {
        SdcHandling::Replay => r.sdc,
        SdcHandling::Undetected => 0.0,
    };
    let replayed = n * (r.hbm + sdc_replayed);
    let hard = n * (r.sefi + r.hardware) + hosts * r.host;
    (replayed / HOURS_PER_YEAR, hard / HOURS_PER_YEAR)
}

/// Wall time per unit of progress under Daly's model, per unit of M: with x = τ/M,
/// d = δ/M, r = R/M, it is e^r (e^(x+d) − 1) ÷ x.
fn wall_per_progress(x: f64, d: f64, r: f64) -> f64 {
    let x = x.max(1e-300);
    r.min(MAX_EXPONENT).dexp() * (x + d).min(MAX_EXPONENT).dexp_m1() / x
}

/// Useful fraction of a job whose hard interruptions come at `per_hour`, each costing
/// `restart_h` plus the work since the last checkpoint, checkpoints taking
/// `checkpoint_h`; and the optimum compute interval between checkpoints, hours (0 when
/// nothing interrupts). The interval maximises the useful fraction of Daly's model.
pub fn checkpointed(per_hour: f64, restart_h: f64, checkpoint_h: f64) -> (f64, f64) {
    if per_hour.is_nan() || per_hour <= 1e-15 {
        return (1.0, 0.0);
    }
    let m = 1.0 / per_hour;
    let d = (checkpoint_h.max(0.0) / m).min(MAX_EXPONENT);
    let r = (restart_h.max(0.0) / m).min(MAX_EXPONENT);
    // The optimum x = τ/M of the wall time e^r (e^(x+d) − 1) / x solves
    // e^(x+d)(1 − x) = 1, i.e. h(x) = x + d + ln(1 − x) = 0, with h(0) = d > 0 and h
    // decreasing to −∞ at 1: one root in (0, 1). Newton's method from Young's
    // x ≈ √(2d), kept inside a shrinking bracket (bisection when a step leaves it).
    let x = {
        let (mut lo, mut hi) = (0.0f64, 1.0f64);
        let mut x = (2.0 * d).sqrt().clamp(1e-12, 0.5);
        for _ in 0..SEARCH_ITERATIONS {
            let h = x + d + (-x).dln_1p();
            if h == 0.0 {
                break;
            }
            if h > 0.0 {
                lo = x;
            } else {
                hi = x;
            }
            let slope = -x / (1.0 - x);
            let mut next = x - h / slope;
            if !(next >= lo && next <= hi) {
                next = 0.5 * (lo + hi);
            }
            let converged = (next - x).abs() <= 1e-12 * x;

            x = next;
            if converged {
                break;
            }
        }
        x
    };
    let lnx = x.dln();
    let f = |lnx: f64| wall_per_progress(lnx.dexp(), d, r);
    let wall = f(lnx);
    let useful = if wall.is_finite() && wall > 0.0 {
        (1.0 / wall).min(1.0)
    } else {
        0.0
    };
    (useful, lnx.dexp() * m)
}

/// Useful time of one unit, the interval between checkpoints (hours, 0 when none), and
/// the unit's replayed and hard events per hour.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct UsefulTime {
    pub fraction: f64,
    pub checkpoint_interval_h: f64,
    pub replayed_per_h: f64,
    pub hard_per_h: f64,
}

/// One synchronous training job of `job_accelerators` (at most those installed): every
/// event anywhere in it stops all of it.
pub fn training(w: &WorkloadInputs, r: &SeeRates, per_server: f64) -> UsefulTime {
    let n = w.job_accelerators.min(w.accelerators).max(1.0);
    let (replayed, hard) = group_rates(r, n, per_server, w.sdc);
    let replay_h = w.replay_s.max(0.0) / 3600.0;
    let replay_factor = 1.0 / (1.0 + replayed * replay_h);
    let (hard_factor, interval) = if w.hot_spare_pct > 0.0 {
        // A spare takes over and restores from in-memory replicas: a replay's cost.
        (1.0 / (1.0 + hard * replay_h), 0.0)
    } else {
        checkpointed(hard, w.restart_h, w.checkpoint_min / 60.0)
    };
    UsefulTime {
        fraction: replay_factor * hard_factor,
        checkpoint_interval_h: interval,
        replayed_per_h: replayed,
        hard_per_h: hard,
    }
}

/// Independent inference servers: an event stops only its own server, which replays
/// (reloads) or reboots; no job, no checkpoint.
pub fn inference(w: &WorkloadInputs, r: &SeeRates, per_server: f64) -> UsefulTime {
    let n = per_server.max(1.0).min(w.accelerators.max(1.0));
    let (replayed, hard) = group_rates(r, n, per_server, w.sdc);
    let replay_h = w.replay_s.max(0.0) / 3600.0;
    let hard_h = if w.hot_spare_pct > 0.0 {
        replay_h
    } else {
        w.restart_h.max(0.0)
    };
    UsefulTime {
        fraction: 1.0 / (1.0 + replayed * replay_h + hard * hard_h),
        checkpoint_interval_h: 0.0,
        replayed_per_h: replayed,
        hard_per_h: hard,
    }
}
