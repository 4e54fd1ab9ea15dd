//! Power system: battery sizing, array sizing (SMAD §11.4), the power balance of a
//! user-sized array against a user-sized workload, and the space PUE.
//!
//! Path efficiencies: X_d from array to load in sunlight; X_e = X_d × battery
//! round-trip efficiency from array through the battery to the load in eclipse.

use super::inputs::{EclipseStrategy, PowerInputs};
use super::orbit::Eclipses;
use super::solar::SolarOutputs;
use super::units::{Joules, Kilograms, Seconds, Watts};
use super::warning::{Said, Warning};
use super::workload::Draw;

/// Usable battery capacity that carries `load` through `eclipse`: the nameplate
/// energy C = P·T_e ÷ (DoD · √η_rt) (the discharge half of the round trip is √η_rt).
pub fn battery_capacity(
    load: Watts,
    eclipse: Seconds,
    depth_of_discharge: f64,
    round_trip: f64,
) -> Joules {
    let denom = (depth_of_discharge * round_trip.max(0.0).sqrt()).max(1e-6);
    Joules::new(load.get().max(0.0) * eclipse.get().max(0.0) / denom)
}

/// Battery mass from its nameplate energy and pack specific energy (Wh/kg).
pub fn battery_mass(capacity: Joules, wh_per_kg: f64) -> Kilograms {
    Kilograms::new(capacity.wh() / wh_per_kg.max(1e-6))
}

/// SMAD eq. 11-5: array power needed in sunlight to run `p_e` through eclipse `t_e`
/// and `p_d` through daylight `t_d`: P = (P_e T_e / X_e + P_d T_d / X_d) / T_d.
pub fn required_array_power(
    p_e: Watts,
    t_e: Seconds,
    p_d: Watts,
    t_d: Seconds,
    x_e: f64,
    x_d: f64,
) -> Watts {
    let t_d = t_d.get().max(1.0);
    Watts::new((p_e.get() * t_e.get() / x_e.max(1e-6) + p_d.get() * t_d / x_d.max(1e-6)) / t_d)
}

/// Orbit-average power drawn from the array per watt of bus load, and its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pue {
    /// All power drawn ÷ IT power.
    pub total: f64,
    /// Always 1: the IT load itself.
    pub it: f64,
    /// Coolant pumps.
    pub pumps: f64,
    /// Conversion and distribution losses in sunlight.
    pub conversion: f64,
    /// Battery charge/discharge and its conversion losses.
    pub battery: f64,
}

/// Space PUE of a system whose bus load is IT plus pumps (pump power = k × heat, heat
/// = all power drawn), running a fraction `f_load_eclipse` of the time from the battery.
/// With B = (1 − f)/X_d + f/X_e the power drawn per watt of bus load: PUE = B ÷ (1 − kB).
pub fn space_pue(x_d: f64, x_e: f64, f_load_eclipse: f64, pump_fraction: f64) -> Pue {
    let f = f_load_eclipse.clamp(0.0, 1.0);
    let b = (1.0 - f) / x_d.max(1e-6) + f / x_e.max(1e-6);
    let bus = 1.0 / (1.0 - pump_fraction * b).max(0.05);
    Pue {
        total: b * bus,
        it: 1.0,
        pumps: bus - 1.0,
        conversion: bus * (1.0 - f) * (1.0 / x_d.max(1e-6) - 1.0),
        battery: bus * f * (1.0 / x_e.max(1e-6) - 1.0),
    }
}

/// True when a sizing pass carries batteries. The pipeline resolves `Auto` by sizing
/// both ways; a lone `Auto` reaching this stage is sized with batteries.
pub fn carries_batteries(s: EclipseStrategy) -> bool {
    !matches!(s, EclipseStrategy::Throttle)
}

/// The automatic strategy's rule: batteries when the orbit sees an eclipse on more than
/// half the days of the year (throttling would idle the hardware every day), throttling
/// when eclipses come in a season (a battery sized for the season's longest eclipse would
/// be carried all year for a few per cent of the time).
pub fn eclipses_most_days(e: &Eclipses) -> bool {
    2 * e.days_with_eclipse > crate::model::orbit::DAYS_PER_YEAR
}

/// How the eclipse strategy was chosen: the pipeline sizes the system both ways.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EclipseChoice {
    /// True when the system carries batteries.
    pub batteries: bool,
    /// Mass to orbit per accelerator-hour with batteries ÷ throttled, less 1 (> 0: the
    /// batteries cost more mass than the compute they save).
    pub battery_vs_throttle: f64,
}

/// Power-system results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PowerOutputs {
    /// Array power (sunlit) needed to run the full workload on the worst orbit.
    pub required_array_power: Watts,
    /// Bus load (IT + pumps) at full workload.
    pub bus_load: Watts,
    /// Array electrical output in sunlight at mean flux, beginning and end of life.
    pub array_power_bol: Watts,
    pub array_power_eol: Watts,
    /// Fraction of the workload the array can power (0–1), beginning and end of life.
    pub workload_fraction_bol: f64,
    pub workload_fraction_eol: f64,
    /// Array power left unused, beginning and end of life.
    pub surplus_bol: Watts,
    pub surplus_eol: Watts,
    /// Nameplate battery energy (zero when throttling).
    pub battery_capacity: Joules,
    pub battery_mass: Kilograms,
    /// Eclipse used for sizing (the year's longest) and daylight on that orbit.
    pub sizing_eclipse: Seconds,
    pub pue: Pue,
    /// Share of the sizing orbit the radiators reject the design heat (batteries: the
    /// sunlit part, when the array also charges; throttled: all of it).
    pub heat_duty_fraction: f64,
    /// Share of the time compute runs (batteries: always; throttled: in sunlight only).
    pub running_fraction: f64,
}

/// Array power needed in sunlight for the workload's busy draw, and the bus load.
/// Battery: P = A·L with A = (T_e/X_e + T_d/X_d)/T_d (SMAD) and the pumps moving the
/// orbit-average heat P·T_d/T, so P = A·P_IT ÷ (1 − A·k·T_d/T). Throttle: the load runs
/// only in sunlight, P = P_IT ÷ (X_d − k). Returns (required, bus load, sizing eclipse).
pub fn required_power(
    p: &PowerInputs,
    pump_fraction: f64,
    e: &Eclipses,
    it_busy: Watts,
) -> (Watts, Watts, Seconds) {
    let x_d = p.distribution_efficiency_fraction;
    let k = pump_fraction;
    match p.strategy {
        EclipseStrategy::Auto | EclipseStrategy::Battery => {
            let period = e.period.get().max(1.0);
            let t_e = e.longest.get().clamp(0.0, 0.95 * period);
            let t_d = period - t_e;
            let x_e = x_d * p.battery_round_trip_fraction;
            let a = required_array_power(
                Watts::new(1.0),
                Seconds::new(t_e),
                Watts::new(1.0),
                Seconds::new(t_d),
                x_e,
                x_d,
            )
            .get();
            let req = Watts::new(a * it_busy.get() / (1.0 - a * k * t_d / period).max(0.05));
            (req, req / a, Seconds::new(t_e))
        }
        EclipseStrategy::Throttle => {
            let req = Watts::new(it_busy.get() / (x_d - k).max(0.05));
            (req, req * x_d, Seconds::new(0.0))
        }
    }
}

/// The power stage: the array power the workload needs, what the user's array covers,
/// the battery and the space PUE. `pump_fraction` is the cooling loop's pump power per
/// watt of heat (a thermal input: the pumps are part of the bus load).
pub fn assess(
    p: &PowerInputs,
    pump_fraction: f64,
    draw: &Draw,
    solar: &SolarOutputs,
    e: &Eclipses,
    warnings: &mut Vec<Warning>,
) -> PowerOutputs {
    let (required, bus_load, sizing_eclipse) = required_power(p, pump_fraction, e, draw.busy);
    let frac = |available: Watts| {
        if required.get() > 0.0 {
            (available.get() / required.get()).clamp(0.0, 1.0)
        } else {
            1.0
        }
    };
    let (battery_capacity, battery_mass) = match p.strategy {
        EclipseStrategy::Auto | EclipseStrategy::Battery => {
            let cap = battery_capacity(
                bus_load,
                sizing_eclipse,
                p.battery_depth_of_discharge_fraction,
                p.battery_round_trip_fraction,
            );
            (cap, battery_mass(cap, p.battery_wh_per_kg))
        }
        EclipseStrategy::Throttle => (Joules::new(0.0), Kilograms::new(0.0)),
    };
    let x_d = p.distribution_efficiency_fraction;
    let x_e = x_d * p.battery_round_trip_fraction;
    let pue = match p.strategy {
        EclipseStrategy::Auto | EclipseStrategy::Battery => {
            space_pue(x_d, x_e, e.mean_fraction, pump_fraction)
        }
        EclipseStrategy::Throttle => space_pue(x_d, x_e, 0.0, pump_fraction),
    };
    let (power_bol, power_eol) = (solar.power_bol, solar.power_eol);
    let fraction_bol = frac(power_bol);
    if fraction_bol < 1.0 {
        warnings.push(Warning::new(
            "array.area_m2",
            Said::ArrayUnderpowered {
                pct: fraction_bol * 100.0,
            },
        ));
    }
    let heat_duty_fraction = match p.strategy {
        EclipseStrategy::Auto | EclipseStrategy::Battery => {
            (e.period.get() - sizing_eclipse.get()).max(0.0) / e.period.get().max(1.0)
        }
        EclipseStrategy::Throttle => 1.0,
    };
    let running_fraction = match p.strategy {
        EclipseStrategy::Auto | EclipseStrategy::Battery => 1.0,
        EclipseStrategy::Throttle => 1.0 - e.mean_fraction,
    };
    PowerOutputs {
        required_array_power: required,
        bus_load,
        array_power_bol: power_bol,
        array_power_eol: power_eol,
        workload_fraction_bol: fraction_bol,
        workload_fraction_eol: frac(power_eol),
        surplus_bol: Watts::new((power_bol.get() - required.get()).max(0.0)),
        surplus_eol: Watts::new((power_eol.get() - required.get()).max(0.0)),
        battery_capacity,
        battery_mass,
        sizing_eclipse,
        pue,
        heat_duty_fraction,
        running_fraction,
    }
}

#[cfg(test)]
mod tests;
