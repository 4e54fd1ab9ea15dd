//! Emissions of the orbital system: launch combustion by species and layer
//! ([`combustion`]), launcher and satellite manufacturing ([`manufacturing`]) and
//! re-entry ([`reentry`]), each under every CO2e accounting ([`Accounts`]), and their
//! sum over the horizon ([`Footprint`], this module's stage).

pub mod combustion;
pub mod manufacturing;
pub mod reentry;

use super::inputs::Accounting;
use super::launch::LaunchOutputs;
use super::timeline::Timeline;
use super::units::{div, KgCo2e, Kilograms};
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
}

impl Footprint {
    /// The non-CO2 part of launch and re-entry (stratospheric BC, alumina, water) under the
    /// low, central and high accountings: each minus the CO2-only figure.
    pub fn non_co2(&self) -> (KgCo2e, KgCo2e, KgCo2e) {
        let at = |a: Accounting| {
            let x = self.launch_by_accounting.get(a) + self.reentry_by_accounting.get(a);
            let c = self.launch_by_accounting.co2 + self.reentry_by_accounting.co2;
            KgCo2e::new((x - c).get().max(0.0))
        };
        (
            at(Accounting::Low),
            at(Accounting::Central),
            at(Accounting::High),
        )
    }
}

/// The emissions stage: launch (combustion, or Ohs et al.'s own per-launch figure, which
/// includes stage production), launcher manufacturing, the satellites and re-entry,
/// summed over the horizon under every accounting; `acct` picks the headline.
pub fn assess(
    acct: Accounting,
    v: &Vehicle,
    launch: &LaunchOutputs,
    combustion: &CombustionOutputs,
    manufacturing: &ManufacturingOutputs,
    reentry: &ReentryOutputs,
    t: &Timeline,
) -> Footprint {
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
    }
}
