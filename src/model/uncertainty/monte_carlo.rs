//! The Monte Carlo run: whole ([`run`]) or in steps ([`McRun`]), bit-identical.

use super::dist::{distributions_sanitized, McSettings, UncertainInput};
use super::sample::{lhs_strata, Rng};
use super::stats::{Band, PaybackBand};
use super::tornado::{conditions, Condition};
use crate::model::orbit::{self, Eclipses};
use crate::model::units::KgCo2e;
use crate::model::{evaluate_sanitized, Inputs, Outputs};

/// What a Monte Carlo run reports. Carbon in gCO2e per kWh of IT energy (the headline
/// accounting), cost in USD per accelerator-hour, cumulative emissions in kgCO2e.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct McResult {
    /// Draws done (the requested count once the run is complete).
    pub draws: usize,
    pub seed: u64,
    /// Number of inputs sampled.
    pub uncertain_inputs: usize,
    pub orbit_g_per_kwh: Band,
    pub earth_g_per_kwh: Band,
    /// Orbit ÷ Earth carbon intensity (> 1: orbit emits more).
    pub carbon_ratio: Band,
    pub payback_year: PaybackBand,
    pub orbit_usd_per_accelerator_hour: Band,
    pub earth_usd_per_accelerator_hour: Band,
    /// Orbit ÷ Earth cost per accelerator-hour.
    pub cost_ratio: Band,
    /// Share of draws in which orbit emits less per kWh than Earth (0–1).
    pub p_orbit_beats_earth_carbon: f64,
    /// Share of draws in which orbit costs less per accelerator-hour than Earth (0–1).
    pub p_orbit_beats_earth_cost: f64,
    /// Cumulative emissions bands at the start (index 0) and the end of each year of
    /// the horizon, as in `Verdicts::cumulative_orbit` / `cumulative_earth`.
    pub cumulative_orbit: Vec<Band>,
    pub cumulative_earth: Vec<Band>,
    /// The choices held whose other options move the verdict: the conditions every
    /// probability here holds under ("given Falcon 9, CO2 only, …").
    pub conditions: Vec<Condition>,
}

/// Scalars recorded per draw.
const ORBIT_G: usize = 0;
const EARTH_G: usize = 1;
const C_RATIO: usize = 2;
const PAYBACK: usize = 3;
const ORBIT_USD: usize = 4;
const EARTH_USD: usize = 5;
const USD_RATIO: usize = 6;
const SCALARS: usize = 7;

fn scalars_of(o: &Outputs) -> [f64; SCALARS] {
    let v = &o.verdicts;
    let e = &o.economics;
    let mut s = [0.0; SCALARS];
    s[ORBIT_G] = v.orbit_g_per_kwh.get();
    s[EARTH_G] = v.earth_g_per_kwh.get();
    s[C_RATIO] = v.ratio;
    s[PAYBACK] = v.payback_year.map_or(f64::INFINITY, |y| y.get());
    s[ORBIT_USD] = e.orbit_usd_per_accelerator_hour;
    s[EARTH_USD] = e.earth_usd_per_accelerator_hour;
    s[USD_RATIO] = e.cost_ratio;
    s
}

/// A Monte Carlo run done in steps (for the browser: a few hundred draws per frame;
/// drop the value to cancel).
#[derive(Clone)]
pub struct McRun {
    /// Sanitised inputs; the sampled fields are overwritten at every draw.
    work: Inputs,
    eclipses: Eclipses,
    inputs: Vec<UncertainInput>,
    strata: Vec<u32>,
    rng: Rng,
    n: usize,
    done: usize,
    seed: u64,
    /// `SCALARS` values per draw.
    scalars: Vec<f64>,
    years: usize,
    /// `years` values per draw.
    cum_orbit: Vec<f64>,
    cum_earth: Vec<f64>,
    conditions: Vec<Condition>,
}

impl McRun {
    /// Prepares a run: sanitises the inputs, scans the orbit once, builds the
    /// distributions and the Latin hypercube strata. Evaluates the model once (for the
    /// length of the cumulative-emissions series).
    pub fn new(inputs: &Inputs, settings: &McSettings) -> McRun {
        let (work, _) = crate::model::sanitize(inputs);
        let eclipses = orbit::annual_eclipses_summary(&work.orbit);
        let dists = distributions_sanitized(&work, settings);
        let n = settings.draw_count();
        let mut rng = Rng::new(settings.seed);
        let strata = lhs_strata(&mut rng, dists.len(), n);
        let central = evaluate_sanitized(&work, eclipses.clone());
        let years = central.verdicts.cumulative_orbit.len();
        McRun {
            work,
            eclipses,
            inputs: dists,
            strata,
            rng,
            n,
            done: 0,
            seed: settings.seed,
            scalars: Vec::with_capacity(n * SCALARS),
            years,
            cum_orbit: Vec::with_capacity(n * years),
            cum_earth: Vec::with_capacity(n * years),
            conditions: conditions(inputs),
        }
    }

    /// Runs up to `max_draws` more draws; true when the run is complete.
    pub fn step(&mut self, max_draws: usize) -> bool {
        let end = self.done.saturating_add(max_draws).min(self.n);
        let inv_n = 1.0 / self.n as f64;
        for k in self.done..end {
            for (j, u) in self.inputs.iter().enumerate() {
                let stratum = self.strata[j * self.n + k] as f64;
                let x = u.tri.quantile((stratum + self.rng.next_f64()) * inv_n);
                (u.spec.set)(&mut self.work, x);
            }
            let out = evaluate_sanitized(&self.work, self.eclipses.clone());
            self.scalars.extend_from_slice(&scalars_of(&out));
            let v = &out.verdicts;
            push_series(&mut self.cum_orbit, &v.cumulative_orbit, self.years);
            push_series(&mut self.cum_earth, &v.cumulative_earth, self.years);
        }
        self.done = end;
        self.is_done()
    }

    /// True when every draw is done.
    pub fn is_done(&self) -> bool {
        self.done >= self.n
    }

    /// Draws done so far.
    pub fn draws_done(&self) -> usize {
        self.done
    }

    /// Draws the run will take.
    pub fn draws_total(&self) -> usize {
        self.n
    }

    /// Share done, 0–1.
    pub fn progress(&self) -> f64 {
        self.done as f64 / self.n as f64
    }

    /// The inputs sampled and their distributions (for the assumptions panel).
    pub fn inputs(&self) -> &[UncertainInput] {
        &self.inputs
    }

    /// The result of the draws done so far (all of them once [`McRun::is_done`]).
    pub fn result(&self) -> McResult {
        let d = self.done;
        let mut col = Vec::with_capacity(d);
        let mut band = |k: usize| {
            col.clear();
            col.extend((0..d).map(|r| self.scalars[r * SCALARS + k]));
            Band::of(&mut col)
        };
        let orbit_g_per_kwh = band(ORBIT_G);
        let earth_g_per_kwh = band(EARTH_G);
        let carbon_ratio = band(C_RATIO);
        let orbit_usd = band(ORBIT_USD);
        let earth_usd = band(EARTH_USD);
        let cost_ratio = band(USD_RATIO);
        let pay = band(PAYBACK);
        let finite = |x: f64| x.is_finite().then_some(x);
        let share = |pred: &dyn Fn(&[f64]) -> bool| -> f64 {
            if d == 0 {
                return 0.0;
            }
            self.scalars
                .chunks_exact(SCALARS)
                .filter(|s| pred(s))
                .count() as f64
                / d as f64
        };
        let payback_year = PaybackBand {
            p5: finite(pay.p5),
            p50: finite(pay.p50),
            p95: finite(pay.p95),
            probability_within_horizon: share(&|s| s[PAYBACK].is_finite()),
        };
        let series = |flat: &[f64]| -> Vec<Band> {
            let mut col = Vec::with_capacity(d);
            (0..self.years)
                .map(|y| {
                    col.clear();
                    col.extend((0..d).map(|r| flat[r * self.years + y]));
                    Band::of(&mut col)
                })
                .collect()
        };
        McResult {
            draws: d,
            seed: self.seed,
            uncertain_inputs: self.inputs.len(),
            orbit_g_per_kwh,
            earth_g_per_kwh,
            carbon_ratio,
            payback_year,
            orbit_usd_per_accelerator_hour: orbit_usd,
            earth_usd_per_accelerator_hour: earth_usd,
            cost_ratio,
            p_orbit_beats_earth_carbon: share(&|s| s[ORBIT_G] < s[EARTH_G]),
            p_orbit_beats_earth_cost: share(&|s| s[ORBIT_USD] < s[EARTH_USD]),
            cumulative_orbit: series(&self.cum_orbit),
            cumulative_earth: series(&self.cum_earth),
            conditions: self.conditions.clone(),
        }
    }
}

/// Appends exactly `years` values of `s` (its last value repeated if shorter).
fn push_series(flat: &mut Vec<f64>, s: &[KgCo2e], years: usize) {
    let last = s.last().map_or(0.0, |x| x.get());
    flat.extend((0..years).map(|y| s.get(y).map_or(last, |x| x.get())));
}

/// Runs a whole Monte Carlo (the same as [`McRun`] stepped to the end).
pub fn run(inputs: &Inputs, settings: &McSettings) -> McResult {
    let mut r = McRun::new(inputs, settings);
    r.step(usize::MAX);
    r.result()
}
