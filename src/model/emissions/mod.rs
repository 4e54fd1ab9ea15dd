//! Emissions of the orbital system: launch combustion by species and layer
//! ([`combustion`]), launcher and satellite manufacturing ([`manufacturing`]) and
//! re-entry ([`reentry`]), each under every CO2e accounting ([`Accounts`]), and their
//! sum over the horizon ([`Footprint`], this module's stage).

pub mod combustion;
pub mod manufacturing;
pub mod metric;
pub mod reentry;

use super::inputs::{Accounting, ClimateMetric, EmissionInputs};
use super::launch::LaunchOutputs;
use super::timeline::Timeline;
use super::units::{div, KgCo2e, Kilograms};
use crate::data::emission_indices::{H2O_FORCING_MW_M2_PER_GG_YR, STRAT_FORCING};
use crate::data::vehicles::Vehicle;
use combustion::CombustionOutputs;
use manufacturing::ManufacturingOutputs;
use reentry::ReentryOutputs;

/// Addition and scaling field by field (the per-accounting, per-species and per-layer
/// records below are all the same arithmetic on every field).
macro_rules! fieldwise {
    ($t:ident { $($f:ident),+ }) => {
        impl core::ops::Add for $t {
            type Output = $t;
            fn add(self, o: $t) -> $t {
                $t { $($f: self.$f + o.$f),+ }
            }
        }
        impl core::ops::Mul<f64> for $t {
            type Output = $t;
            fn mul(self, k: f64) -> $t {
                $t { $($f: self.$f * k),+ }
            }
        }
        impl $t {
            /// The field-by-field sum.
            pub fn plus(&self, o: &$t) -> $t {
                *self + *o
            }
            /// Every field times `k`.
            pub fn scaled(&self, k: f64) -> $t {
                *self * k
            }
        }
    };
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

fieldwise!(Species {
    co2,
    h2o,
    bc,
    co,
    nox,
    al2o3,
    cly
});

fieldwise!(Accounts {
    co2,
    low,
    central,
    high,
    ohs
});

/// Emissions split by atmospheric layer: troposphere (< 15 km), stratosphere (15–50 km), above.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Layers {
    pub troposphere: Species,
    pub stratosphere: Species,
    pub above: Species,
}

fieldwise!(Layers {
    troposphere,
    stratosphere,
    above
});

impl Layers {
    pub fn total(&self) -> Species {
        self.troposphere.plus(&self.stratosphere).plus(&self.above)
    }
}

/// The orbital system's lifecycle footprint over the horizon.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Footprint {
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
    /// Mass launched over the horizon (every generation).
    pub mass_to_orbit: Kilograms,
    /// Launch footprint over the horizon (launch, launcher manufacturing and propellant,
    /// upper-stage re-entry) under every accounting.
    pub launch_footprint: Accounts,
    /// Launch and launcher manufacturing of one launch under every accounting.
    pub per_launch: Accounts,
    /// Black carbon and alumina as their own indicators, per year of operation.
    pub particles: Particles,
    /// The metric and the stratospheric BC efficacy the non-CO2 accountings use.
    pub metric: ClimateMetric,
    pub bc_efficacy: f64,
}

/// Black carbon and alumina per year of operation (the horizon's launches and re-entries ÷
/// its years), by layer, against today's rocket emissions of the same layer, and the
/// stratospheric forcing they sustain.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Particles {
    /// BC below 15 km, at 15–50 km, and above 50 km (launch above 50 km plus re-entry), kg/yr.
    pub bc_per_year: [Kilograms; 3],
    /// Alumina by the same layers, kg/yr.
    pub al2o3_per_year: [Kilograms; 3],
    /// BC at 15–50 km ÷ today's rocket BC in that layer (Brown et al. 2024, 2019).
    pub strat_bc_vs_today: f64,
    /// Instantaneous forcing sustained at 15–50 km, mW/m²: BC, alumina and water.
    pub bc_forcing_mw_m2: f64,
    pub al2o3_forcing_mw_m2: f64,
    pub h2o_forcing_mw_m2: f64,
}

impl Footprint {
    /// The non-CO2 part of launch and re-entry (BC, alumina, water) under the low, central
    /// and high accountings: each minus the CO2-only figure (negative where stratospheric BC
    /// cools the surface).
    pub fn non_co2(&self) -> (KgCo2e, KgCo2e, KgCo2e) {
        let at = |a: Accounting| {
            let x = self.launch_by_accounting.get(a) + self.reentry_by_accounting.get(a);
            let c = self.launch_by_accounting.co2 + self.reentry_by_accounting.co2;
            x - c
        };
        (
            at(Accounting::Low),
            at(Accounting::Central),
            at(Accounting::High),
        )
    }
}

/// The particles' indicators from the horizon's launches (`total`) and re-entries.
pub fn particles(e: &EmissionInputs, total: &Layers, re: &Species, t: &Timeline) -> Particles {
    let years = t.horizon.max(1e-9);
    let per_year = |x: f64| Kilograms::new(super::units::fin(x / years).max(0.0));
    let (tr, st, ab) = (&total.troposphere, &total.stratosphere, &total.above);
    let bc = [
        per_year(tr.bc.get()),
        per_year(st.bc.get()),
        per_year(ab.bc.get() + re.bc.get()),
    ];
    let al = [
        per_year(tr.al2o3.get()),
        per_year(st.al2o3.get()),
        per_year(ab.al2o3.get() + re.al2o3.get()),
    ];
    let gg = |kg: Kilograms| kg.get() / 1e6;
    Particles {
        bc_per_year: bc,
        al2o3_per_year: al,
        strat_bc_vs_today: div(bc[1].get(), STRAT_FORCING.bc_kg_yr.central),
        bc_forcing_mw_m2: gg(bc[1]) * e.bc_forcing_mw_m2_per_gg_yr,
        al2o3_forcing_mw_m2: gg(al[1]) * e.al2o3_forcing_mw_m2_per_gg_yr,
        h2o_forcing_mw_m2: gg(per_year(st.h2o.get())) * H2O_FORCING_MW_M2_PER_GG_YR.central,
    }
}

/// The emissions stage: launch (combustion, or Ohs et al.'s own per-launch figure, which
/// includes stage production), launcher manufacturing, the satellites and re-entry,
/// summed over the horizon under every accounting; the inputs' accounting picks the headline.
#[allow(clippy::too_many_arguments)]
pub fn assess(
    e: &EmissionInputs,
    v: &Vehicle,
    launch: &LaunchOutputs,
    combustion: &CombustionOutputs,
    manufacturing: &ManufacturingOutputs,
    reentry: &ReentryOutputs,
    t: &Timeline,
) -> Footprint {
    let acct = e.accounting;
    let ohs_per_launch = v.ohs_launch.map(|(c, _)| KgCo2e::new(c.central * 1e3));
    let launches = launch.launches;
    let mut per_launch = combustion.per_launch_co2e;
    let mut mfg_per_launch = Accounts::all(manufacturing.launcher_per_launch);
    if let Some(o) = ohs_per_launch {
        per_launch.ohs = o;
        mfg_per_launch.ohs = KgCo2e::new(0.0);
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
    Footprint {
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
        mass_to_orbit: Kilograms::new(mass_total),
        launch_footprint,
        per_launch: per_launch.plus(&mfg_per_launch),
        particles: particles(e, &combustion.total, &reentry.species, t),
        metric: e.metric,
        bc_efficacy: e.bc_efficacy,
    }
}
