//! The lifecycle side: launch, emissions (launch, manufacturing, re-entry), the Earth
//! alternatives, economics, verdicts and scale. Consumes Model I's `SystemBasis`.
//!
//! Entry: [`assess`]. Every output is finite; divisions are guarded; problems are
//! reported as warnings inside [`LifecycleOutputs`].

pub mod economics;
pub mod emissions;
pub mod launch;
pub mod manufacturing;
pub mod reentry;
pub mod registry;
pub mod scale;
pub mod terrestrial;

use super::inputs::Inputs;
use super::outputs::{SystemBasis, Warning};
use super::units::{KgCo2e, Kilograms};

/// Which CO2e accounting drives the verdicts (all five are always computed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Accounting {
    /// Combustion CO2 (after afterburning) and manufacturing only.
    #[default]
    Co2Only,
    /// With non-CO2 effects (stratospheric BC, alumina, water vapour), low factors.
    Low,
    /// With non-CO2 effects, central factors.
    Central,
    /// With non-CO2 effects, high factors; also re-entry alumina and BC.
    High,
    /// Ohs et al. 2025: their per-launch figures where published, re-entry NOx × 298 (flagged: N2O's GWP).
    Ohs,
}

impl Accounting {
    pub const ALL: [Accounting; 5] = [
        Accounting::Co2Only,
        Accounting::Low,
        Accounting::Central,
        Accounting::High,
        Accounting::Ohs,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Accounting::Co2Only => "co2",
            Accounting::Low => "low",
            Accounting::Central => "central",
            Accounting::High => "high",
            Accounting::Ohs => "ohs",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Accounting::Co2Only => "CO2 only",
            Accounting::Low => "With non-CO2 effects (low)",
            Accounting::Central => "With non-CO2 effects (central)",
            Accounting::High => "With non-CO2 effects (high)",
            Accounting::Ohs => "Ohs et al. 2025 (NOx × 298, flagged)",
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How launches are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Allocation {
    /// By mass share of each launch (rideshare; Ohs et al.'s per-kg accounting).
    #[default]
    Share,
    /// Dedicated launches, rounded up.
    Whole,
}

impl Allocation {
    pub const ALL: [Allocation; 2] = [Allocation::Share, Allocation::Whole];
    pub fn id(self) -> &'static str {
        match self {
            Allocation::Share => "share",
            Allocation::Whole => "whole",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Allocation::Share => "By mass share (rideshare)",
            Allocation::Whole => "Whole dedicated launches",
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Launch inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaunchInputs {
    /// Index in `data::vehicles::VEHICLES`.
    pub vehicle: usize,
    pub allocation: Allocation,
    /// Share of the payload lost to adapters and packing, %.
    pub margin_pct: f64,
    /// Price override, USD/kg (0 = the vehicle's list price).
    pub price_usd_per_kg: f64,
    /// Flights per reusable stage (0 = catalogue).
    pub flights: f64,
}

/// Emission accounting inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmissionInputs {
    pub accounting: Accounting,
}

/// Earth alternative inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EarthInputs {
    /// Index in `data::grids::ALTERNATIVES`.
    pub alternative: usize,
    /// PUE override (0 = the alternative's).
    pub pue: f64,
    /// Electricity price override, USD/kWh (0 = the alternative's).
    pub price_usd_per_kwh: f64,
    pub refresh_years: f64,
    pub building_life_years: f64,
}

/// Economics inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EconInputs {
    pub discount_pct: f64,
    pub satellite_usd_per_kg: f64,
    pub accelerator_usd: f64,
}

/// Scale inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScaleInputs {
    pub share_pct: f64,
    /// Index in `data::grids::DEMAND`.
    pub year: usize,
}

/// Inputs of the lifecycle side (launch, emissions, Earth alternative, economics).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecycleInputs {
    /// Analysis horizon, years (0 = one mission); longer horizons relaunch replacement generations.
    pub horizon_years: f64,
    pub launch: LaunchInputs,
    pub emissions: EmissionInputs,
    pub earth: EarthInputs,
    pub econ: EconInputs,
    pub scale: ScaleInputs,
}

/// A CO2e figure under every accounting.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Accounts {
    pub co2: KgCo2e,
    pub low: KgCo2e,
    pub central: KgCo2e,
    pub high: KgCo2e,
    pub ohs: KgCo2e,
}

impl Accounts {
    /// The same value under every accounting.
    pub fn all(v: KgCo2e) -> Accounts {
        Accounts {
            co2: v,
            low: v,
            central: v,
            high: v,
            ohs: v,
        }
    }
    pub fn get(&self, a: Accounting) -> KgCo2e {
        match a {
            Accounting::Co2Only => self.co2,
            Accounting::Low => self.low,
            Accounting::Central => self.central,
            Accounting::High => self.high,
            Accounting::Ohs => self.ohs,
        }
    }
    pub fn scaled(&self, k: f64) -> Accounts {
        Accounts {
            co2: self.co2 * k,
            low: self.low * k,
            central: self.central * k,
            high: self.high * k,
            ohs: self.ohs * k,
        }
    }
    pub fn plus(&self, o: &Accounts) -> Accounts {
        Accounts {
            co2: self.co2 + o.co2,
            low: self.low + o.low,
            central: self.central + o.central,
            high: self.high + o.high,
            ohs: self.ohs + o.ohs,
        }
    }
}

/// Emitted mass by species.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Species {
    pub co2: Kilograms,
    pub h2o: Kilograms,
    pub bc: Kilograms,
    pub co: Kilograms,
    pub nox: Kilograms,
    pub al2o3: Kilograms,
    pub cly: Kilograms,
}

impl Species {
    pub fn plus(&self, o: &Species) -> Species {
        Species {
            co2: self.co2 + o.co2,
            h2o: self.h2o + o.h2o,
            bc: self.bc + o.bc,
            co: self.co + o.co,
            nox: self.nox + o.nox,
            al2o3: self.al2o3 + o.al2o3,
            cly: self.cly + o.cly,
        }
    }
    pub fn scaled(&self, k: f64) -> Species {
        Species {
            co2: self.co2 * k,
            h2o: self.h2o * k,
            bc: self.bc * k,
            co: self.co * k,
            nox: self.nox * k,
            al2o3: self.al2o3 * k,
            cly: self.cly * k,
        }
    }
}

/// Emissions split by atmospheric layer: troposphere (< 15 km), stratosphere (15–50 km), above.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Layers {
    pub troposphere: Species,
    pub stratosphere: Species,
    pub above: Species,
}

impl Layers {
    pub fn total(&self) -> Species {
        self.troposphere.plus(&self.stratosphere).plus(&self.above)
    }
    pub fn scaled(&self, k: f64) -> Layers {
        Layers {
            troposphere: self.troposphere.scaled(k),
            stratosphere: self.stratosphere.scaled(k),
            above: self.above.scaled(k),
        }
    }
}

/// Everything the lifecycle side computes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecycleOutputs {
    pub accounting: Accounting,
    pub launch: launch::LaunchOutputs,
    pub emissions: emissions::EmissionOutputs,
    pub manufacturing: manufacturing::ManufacturingOutputs,
    pub reentry: reentry::ReentryOutputs,
    pub orbit: OrbitTotals,
    pub earth: terrestrial::EarthOutputs,
    pub verdicts: Verdicts,
    pub economics: economics::EconomicsOutputs,
    pub scale: scale::ScaleOutputs,
    pub warnings: Vec<Warning>,
}

/// The orbital system's lifecycle footprint over the horizon.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OrbitTotals {
    /// Replacement generations launched within the horizon (each relaunched).
    pub generations: f64,
    /// Launch combustion (+ launcher manufacturing and propellant production under Ohs for vehicles they cover).
    pub launch: KgCo2e,
    /// Launcher manufacturing (amortised stages) and propellant production.
    pub launcher_manufacturing: KgCo2e,
    /// Satellite manufacturing including compute hardware.
    pub satellite_manufacturing: KgCo2e,
    /// Re-entry of satellites and upper stages.
    pub reentry: KgCo2e,
    /// Sum of the four, chosen accounting.
    pub total: KgCo2e,
    /// The total under every accounting.
    pub by_accounting: Accounts,
    /// Launch and re-entry under every accounting (for the emissions-by-source chart).
    pub launch_by_accounting: Accounts,
    pub reentry_by_accounting: Accounts,
    /// Launch footprint per kg to orbit (launch, launcher manufacturing, propellant, upper-stage re-entry), kgCO2e/kg.
    pub launch_kg_per_kg: f64,
    /// Ohs et al.'s accounting, kgCO2e per kg launched: launch only, and with re-entry of satellite + upper stage.
    pub ohs_launch_kg_per_kg: f64,
    pub ohs_total_kg_per_kg: f64,
}

impl OrbitTotals {
    /// The non-CO2 part of launch and re-entry (stratospheric BC, alumina, water) under the
    /// low, central and high accountings: each minus the CO2-only figure.
    pub fn non_co2(&self) -> (KgCo2e, KgCo2e, KgCo2e) {
        let at = |a: Accounting| {
            let x = self.launch_by_accounting.get(a) + self.reentry_by_accounting.get(a);
            let c = self.launch_by_accounting.co2 + self.reentry_by_accounting.co2;
            KgCo2e((x - c).get().max(0.0))
        };
        (
            at(Accounting::Low),
            at(Accounting::Central),
            at(Accounting::High),
        )
    }
}

impl LifecycleOutputs {
    /// Orbit ÷ Earth lifecycle emissions under accounting `a` (the verdict's `ratio`
    /// uses the chosen accounting); 0 when Earth's total is 0.
    pub fn ratio_with(&self, a: Accounting) -> f64 {
        let e = self.earth.total.get();
        if e > 0.0 {
            self.orbit.by_accounting.get(a).get() / e
        } else {
            0.0
        }
    }
}

/// The verdicts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verdicts {
    /// The analysis horizon the verdict covers, years.
    pub horizon_years: f64,
    /// IT energy delivered over the horizon, kWh (the same on Earth).
    pub it_energy_kwh: f64,
    pub accelerator_hours: f64,
    pub orbit_g_per_kwh: f64,
    pub earth_g_per_kwh: f64,
    /// Orbit ÷ Earth (> 1: orbit emits more).
    pub ratio: f64,
    pub orbit_g_per_accelerator_hour: f64,
    pub earth_g_per_accelerator_hour: f64,
    /// Cumulative emissions, kgCO2e, at the start (index 0) and the end of each year of the horizon.
    pub cumulative_orbit: Vec<f64>,
    pub cumulative_earth: Vec<f64>,
    /// Year at which orbit's cumulative emissions fall to Earth's and stay there; None: not within the horizon.
    pub payback_year: Option<f64>,
    /// Earth grid intensity above which orbit emits less, gCO2e/kWh.
    pub breakeven_grid_g_per_kwh: f64,
    /// Launch footprint at which orbit ties, kgCO2e per kg to orbit (0: orbit loses even with free launches).
    pub breakeven_launch_kg_per_kg: f64,
    /// Water and land the Earth alternative would use and orbit avoids, L and m².
    pub water_avoided_l: f64,
    pub land_avoided_m2: f64,
}

/// Guarded division: 0 when the denominator is not a positive finite number.
pub(crate) fn div(a: f64, b: f64) -> f64 {
    if b > 0.0 && b.is_finite() && a.is_finite() {
        a / b
    } else {
        0.0
    }
}

/// Replaces a non-finite value by 0.
pub(crate) fn fin(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

/// The analysis timeline shared by the submodules.
#[derive(Clone, Debug, Default)]
pub(crate) struct Timeline {
    pub mission: f64,
    pub horizon: f64,
    pub generations: f64,
    /// IT energy delivered in each year of the horizon, kWh (last year partial).
    pub energy_by_year: Vec<f64>,
    pub energy_kwh: f64,
    pub accelerator_hours: f64,
}

impl Timeline {
    pub fn new(b: &SystemBasis, horizon_override: f64, w: &mut Vec<Warning>) -> Timeline {
        let mut mission = fin(b.mission_years);
        if mission < 0.01 {
            w.push(Warning::new(
                "lifecycle.mission_years",
                "mission shorter than 0.01 yr; using 0.01".into(),
            ));
            mission = 0.01;
        }
        let mut horizon = if horizon_override > 0.0 {
            fin(horizon_override)
        } else {
            fin(b.horizon_years)
        };
        if horizon <= 0.0 {
            horizon = mission;
        }
        let horizon = horizon.min(200.0);
        let generations = (horizon / mission - 1e-9).ceil().max(1.0);
        let life_kwh = fin(b.it_energy_lifetime.kwh()).max(0.0);
        let rate = life_kwh / mission;
        let years = horizon.ceil().max(1.0) as usize;
        let shape = b.it_energy_by_year.len() == mission.round() as usize
            && mission >= 1.0
            && life_kwh > 0.0;
        let mut energy_by_year = Vec::with_capacity(years);
        for y in 0..years {
            let weight = (horizon - y as f64).clamp(0.0, 1.0);
            let e = if shape {
                let k = ((y as f64) % mission).floor() as usize;
                let k = k.min(b.it_energy_by_year.len() - 1);
                fin(b.it_energy_by_year[k].kwh()).max(0.0)
            } else {
                rate
            };
            energy_by_year.push(e * weight);
        }
        let energy_kwh: f64 = energy_by_year.iter().sum();
        let accelerator_hours =
            fin(b.accelerator_hours_lifetime).max(0.0) * div(energy_kwh, life_kwh);
        Timeline {
            mission,
            horizon,
            generations,
            energy_by_year,
            energy_kwh,
            accelerator_hours,
        }
    }
}

/// Assesses the lifecycle of the system Model I describes, against the chosen Earth alternative.
pub fn assess(i: &Inputs, basis: &SystemBasis) -> LifecycleOutputs {
    let mut warnings = Vec::new();
    let t = Timeline::new(basis, i.life.horizon_years, &mut warnings);
    let acct = i.life.emissions.accounting;
    let launch = launch::assess(i, basis, &t, &mut warnings);
    let v = launch::vehicle_of(i);
    let emissions = emissions::assess(v, &launch);
    let manufacturing = manufacturing::assess(i, basis, v, &launch, &t);
    let reentry = reentry::assess(v, basis, &launch, &t);

    // Launch term: combustion, or Ohs's own per-launch figure (which includes stage production).
    let ohs_per_launch = v.ohs_launch.map(|(c, _)| KgCo2e(c.central * 1e3));
    let launches = launch.launches;
    let mut per_launch = emissions.per_launch_co2e;
    let mut mfg_per_launch = Accounts::all(manufacturing.launcher_per_launch);
    if let Some(o) = ohs_per_launch {
        per_launch.ohs = o;
        mfg_per_launch.ohs = KgCo2e(0.0);
    }
    let launch_acc = per_launch.scaled(launches);
    let launcher_acc = mfg_per_launch.scaled(launches);
    let sat_acc = Accounts::all(manufacturing.satellite_total);
    let total_acc = launch_acc
        .plus(&launcher_acc)
        .plus(&sat_acc)
        .plus(&reentry.co2e);

    let mass_total = launch.mass_per_generation.get() * t.generations;
    let launch_footprint = launch_acc.plus(&launcher_acc).plus(&reentry.upper_co2e);
    // Ohs et al.'s per-kg figures use their own payload where they publish one.
    let ohs_payload_kg = v
        .ohs_launch
        .map_or(launch.usable_payload.get(), |(_, t)| t * 1e3);
    let ohs_per_kg = div(
        per_launch.ohs.get() + mfg_per_launch.ohs.get(),
        ohs_payload_kg,
    );
    let ohs_reentry_per_kg =
        div(reentry.co2e_ohs_per_launch.get(), ohs_payload_kg) + reentry.ohs_kg_per_kg_satellite;
    let orbit = OrbitTotals {
        generations: t.generations,
        launch: launch_acc.get(acct),
        launcher_manufacturing: launcher_acc.get(acct),
        satellite_manufacturing: sat_acc.get(acct),
        reentry: reentry.co2e.get(acct),
        total: total_acc.get(acct),
        by_accounting: total_acc,
        launch_by_accounting: launch_acc,
        reentry_by_accounting: reentry.co2e,
        launch_kg_per_kg: div(launch_footprint.get(acct).get(), mass_total),
        ohs_launch_kg_per_kg: ohs_per_kg,
        ohs_total_kg_per_kg: ohs_per_kg + ohs_reentry_per_kg,
    };

    let earth = terrestrial::assess(i, basis, &t, &mut warnings);
    let verdicts = verdicts(
        &t,
        &orbit,
        &earth,
        &reentry,
        acct,
        mass_total,
        launch_footprint.get(acct),
    );
    let economics = economics::assess(i, basis, &t, &launch, &earth);
    let scale = scale::assess(
        i,
        basis,
        &t,
        &launch,
        &emissions,
        &earth,
        per_launch.plus(&mfg_per_launch).get(acct),
    );
    LifecycleOutputs {
        accounting: acct,
        launch,
        emissions,
        manufacturing,
        reentry,
        orbit,
        earth,
        verdicts,
        economics,
        scale,
        warnings,
    }
}

#[allow(clippy::too_many_arguments)]
fn verdicts(
    t: &Timeline,
    orbit: &OrbitTotals,
    earth: &terrestrial::EarthOutputs,
    re: &reentry::ReentryOutputs,
    acct: Accounting,
    mass_total: f64,
    launch_footprint: KgCo2e,
) -> Verdicts {
    let e = t.energy_kwh;
    let o = orbit.total.get();
    let ea = earth.total.get();
    // Cumulative curves: index k = end of year k (0 = start).
    let years = t.energy_by_year.len();
    let mut co = vec![0.0; years + 1];
    let mut ce = vec![0.0; years + 1];
    let at = |time: f64| (time.max(0.0).ceil() as usize).min(years);
    let per_gen_up = div(
        orbit.launch.get()
            + orbit.launcher_manufacturing.get()
            + orbit.satellite_manufacturing.get(),
        t.generations,
    );
    let per_gen_upper_re = div(re.upper_co2e.get(acct).get(), t.generations);
    let per_gen_sat_re = div(
        re.co2e.get(acct).get() - re.upper_co2e.get(acct).get(),
        t.generations,
    );
    let mut events_o = vec![0.0; years + 1];
    for g in 0..(t.generations as usize) {
        let start = g as f64 * t.mission;
        events_o[at(start)] += per_gen_up + per_gen_upper_re;
        events_o[at((start + t.mission).min(t.horizon))] += per_gen_sat_re;
    }
    let mut events_e = vec![0.0; years + 1];
    events_e[0] += earth.building.get();
    let refresh = earth.refresh_years.max(0.1);
    let cycles = earth.hardware_cycles.max(1.0) as usize;
    let per_cycle = div(earth.hardware.get(), cycles as f64);
    for j in 0..cycles {
        events_e[at(j as f64 * refresh)] += per_cycle;
    }
    let op_per_kwh = div(earth.operational.get(), e);
    let (mut so, mut se) = (0.0, 0.0);
    for k in 0..=years {
        so += events_o[k];
        se += events_e[k];
        if k > 0 {
            se += t.energy_by_year[k - 1] * op_per_kwh;
        }
        co[k] = so;
        ce[k] = se;
    }
    let payback_year = if co[years] > ce[years] {
        None
    } else {
        let mut k = years;
        while k > 0 && co[k - 1] <= ce[k - 1] {
            k -= 1;
        }
        if k == 0 {
            Some(0.0)
        } else {
            let d0 = co[k - 1] - ce[k - 1];
            let d1 = co[k] - ce[k];
            Some((k - 1) as f64 + div(d0, d0 - d1).clamp(0.0, 1.0))
        }
    };
    let embodied_e = earth.building.get() + earth.hardware.get();
    let breakeven_grid = div(o - embodied_e, earth.facility_kwh) * 1e3;
    let rest = o - launch_footprint.get();
    let breakeven_launch = div(ea - rest, mass_total);
    Verdicts {
        horizon_years: t.horizon,
        it_energy_kwh: e,
        accelerator_hours: t.accelerator_hours,
        orbit_g_per_kwh: div(o, e) * 1e3,
        earth_g_per_kwh: div(ea, e) * 1e3,
        ratio: div(o, ea),
        orbit_g_per_accelerator_hour: div(o, t.accelerator_hours) * 1e3,
        earth_g_per_accelerator_hour: div(ea, t.accelerator_hours) * 1e3,
        cumulative_orbit: co,
        cumulative_earth: ce,
        payback_year,
        breakeven_grid_g_per_kwh: fin(breakeven_grid).max(0.0),
        breakeven_launch_kg_per_kg: fin(breakeven_launch).max(0.0),
        water_avoided_l: earth.water_l,
        land_avoided_m2: earth.land_m2,
    }
}

#[cfg(test)]
mod tests;
