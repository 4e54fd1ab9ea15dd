//! The whole system, wired: environment → array → workload → power balance →
//! cooling → mass → the `SystemBasis` handed to the lifecycle side.

use super::inputs::{EclipseStrategy, Inputs};
use super::mass::{self as m, MassOutputs};
use super::orbit::{self, DoseClass, Eclipses};
use super::outputs::{EnvironmentOutputs, MassBreakdown, Outputs, SystemBasis, Warning};
use super::power::{self as p, PowerOutputs};
use super::solar::{self as s, ArrayDesign, ArrayEnvironment, SolarOutputs};
use super::thermal::{self as t, RadiatorEnvironment, RadiatorSurface, ThermalOutputs};
use super::units::*;
use super::workload::{self as w, WorkloadOutputs};
use crate::data::accelerators::accelerator;
use crate::data::cells::{cell, CellTech};
use core::f64::consts::PI;

/// Longest mission the yearly vectors cover (the registry caps it at 20 years).
const MAX_YEARS: usize = 20;

/// Environment at the orbit.
fn environment(i: &Inputs, e: &Eclipses) -> EnvironmentOutputs {
    let band = orbit::density_band(e.altitude);
    let dose = orbit::dose_rate_rad_per_year(i.orbit.kind, e.altitude);
    EnvironmentOutputs {
        solar_flux_mean: orbit::solar_flux(e.mean_inverse_square),
        solar_flux_min: orbit::solar_flux(e.inverse_square_range.0),
        solar_flux_max: orbit::solar_flux(e.inverse_square_range.1),
        density_band: band,
        density: band.at(i.env.solar_activity),
        dose_rad_per_year: dose,
        dose_class: DoseClass::of(dose),
        earth_view_factor: orbit::view_factor_vertical(e.altitude),
        albedo_factor: e.mean_cos_beta / PI,
    }
}

fn array_design(i: &Inputs, c: &CellTech) -> ArrayDesign {
    ArrayDesign {
        efficiency_ref: c.efficiency_bol.central,
        temp_coeff_per_k: c.temp_coeff_per_k.central,
        packing_fraction: i.array.packing_fraction,
        pointing_fraction: i.array.pointing_fraction,
        front_absorptance: i.array.front_absorptance,
        front_emissivity: i.array.front_emissivity,
        back_emissivity: i.array.back_emissivity,
    }
}

fn array_env(i: &Inputs, env: &EnvironmentOutputs, flux: WattsPerSquareMetre) -> ArrayEnvironment {
    ArrayEnvironment {
        solar_flux: flux,
        earth_view_factor: env.earth_view_factor,
        earth_ir: WattsPerSquareMetre(i.env.earth_ir_w_m2),
        albedo_fraction: i.env.albedo_fraction,
        albedo_factor: env.albedo_factor,
    }
}

/// Array power needed in sunlight for the workload's busy draw, and the bus load.
/// Battery: P = A·L with A = (T_e/X_e + T_d/X_d)/T_d (SMAD) and the pumps moving the
/// orbit-average heat P·T_d/T, so P = A·P_IT ÷ (1 − A·k·T_d/T). Throttle: the load runs
/// only in sunlight, P = P_IT ÷ (X_d − k).
fn required_power(i: &Inputs, e: &Eclipses, it_busy: Watts) -> (Watts, Watts, Seconds) {
    let x_d = i.power.distribution_efficiency_fraction;
    let k = i.thermal.pump_power_fraction;
    match i.power.strategy {
        EclipseStrategy::Battery => {
            let period = e.period.0.max(1.0);
            let t_e = e.longest.0.clamp(0.0, 0.95 * period);
            let t_d = period - t_e;
            let x_e = x_d * i.power.battery_round_trip_fraction;
            let a = p::required_array_power(
                Watts(1.0),
                Seconds(t_e),
                Watts(1.0),
                Seconds(t_d),
                x_e,
                x_d,
            )
            .0;
            let req = Watts(a * it_busy.0 / (1.0 - a * k * t_d / period).max(0.05));
            (req, req / a, Seconds(t_e))
        }
        EclipseStrategy::Throttle => {
            let req = Watts(it_busy.0 / (x_d - k).max(0.05));
            (req, req * x_d, Seconds(0.0))
        }
    }
}

/// The array area that powers the workload's busy draw at end of life, at aphelion,
/// on the worst orbit.
pub(super) fn array_area_for_workload(i: &Inputs, e: &Eclipses) -> SquareMetres {
    let env = environment(i, e);
    let c = cell(i.array.cell);
    let a = accelerator(i.workload.accelerator);
    let d = s::degradation_per_year(c, env.dose_rad_per_year);
    let eol = s::degradation_factor(d, i.workload.mission_years);
    let th = s::array_thermal(
        &array_design(i, c),
        &array_env(i, &env, env.solar_flux_min),
        eol,
    );
    let busy = w::installed_it_power(&i.workload, a) * busy_fraction(i);
    let (req, _, _) = required_power(i, e, busy);
    SquareMetres(req.0 / th.electrical.0.max(1e-9))
}

/// Busy draw ÷ installed IT power.
fn busy_fraction(i: &Inputs) -> f64 {
    match i.workload.mode {
        super::inputs::WorkloadMode::Training => 1.0,
        super::inputs::WorkloadMode::Inference => i.workload.inference_power_fraction,
    }
}

/// Every concern, in dependency order.
pub(super) fn evaluate_system(i: &Inputs, e: Eclipses, mut warnings: Vec<Warning>) -> Outputs {
    let env = environment(i, &e);
    let years = i.workload.mission_years.clamp(0.0, MAX_YEARS as f64);
    let n_years = (years.ceil() as usize).clamp(1, MAX_YEARS);
    let year_weight = |k: usize| (years - k as f64).clamp(0.0, 1.0);

    // --- Solar array ---
    let c = cell(i.array.cell);
    let design = array_design(i, c);
    if design.efficiency_ref * design.packing_fraction > design.front_absorptance {
        warnings.push(Warning::new(
            "array.front_absorptance",
            "cell-face absorptance is below efficiency × packing; electrical output capped at the absorbed sunlight".into(),
        ));
    }
    let area = SquareMetres(i.array.area_m2);
    let deg = s::degradation_per_year(c, env.dose_rad_per_year);
    let eol_factor = s::degradation_factor(deg, years);
    let mean_env = array_env(i, &env, env.solar_flux_mean);
    let th_bol = s::array_thermal(&design, &mean_env, 1.0);
    let th_eol = s::array_thermal(&design, &mean_env, eol_factor);
    let power_bol = th_bol.electrical * area;
    let power_eol = th_eol.electrical * area;
    let sunlit = 1.0 - e.mean_fraction;
    let array_mass = Kilograms(area.0 * c.areal_mass_kg_m2.central);
    let mut array_energy = Joules(0.0);
    let mut array_energy_first = Joules(0.0);
    for k in 0..n_years {
        let ek = power_bol
            * Seconds(SECONDS_PER_YEAR * sunlit * year_weight(k))
            * s::mean_degradation_in_year(deg, k);
        if k == 0 {
            array_energy_first = ek;
        }
        array_energy += ek;
    }
    let solar = SolarOutputs {
        cell_id: c.id,
        thermal_bol: th_bol,
        efficiency_eol: th_eol.efficiency,
        degradation_per_year: deg,
        power_bol,
        power_eol,
        power_density_bol: th_bol.electrical,
        energy_first_year: array_energy_first,
        energy_lifetime: array_energy,
        mass: array_mass,
        specific_power_w_per_kg: power_bol.0 / array_mass.0.max(1e-9),
        cost: Usd(power_bol.0 * c.usd_per_w.central),
        embodied: KgCo2e(area.0 * c.embodied_kgco2e_m2.central),
    };

    // --- Workload draw and the power balance ---
    let a = accelerator(i.workload.accelerator);
    let wl = &i.workload;
    let it_installed = w::installed_it_power(wl, a);
    let it_busy = it_installed * busy_fraction(i);
    let it_avg = w::average_it_power(wl, a);
    let (required, bus_load, sizing_eclipse) = required_power(i, &e, it_busy);
    let frac = |available: Watts| {
        if required.0 > 0.0 {
            (available.0 / required.0).clamp(0.0, 1.0)
        } else {
            1.0
        }
    };
    let (battery_capacity, battery_mass) = match i.power.strategy {
        EclipseStrategy::Battery => {
            let cap = p::battery_capacity(
                bus_load,
                sizing_eclipse,
                i.power.battery_depth_of_discharge_fraction,
                i.power.battery_round_trip_fraction,
            );
            (cap, p::battery_mass(cap, i.power.battery_wh_per_kg))
        }
        EclipseStrategy::Throttle => (Joules(0.0), Kilograms(0.0)),
    };
    let x_d = i.power.distribution_efficiency_fraction;
    let x_e = x_d * i.power.battery_round_trip_fraction;
    let pue = match i.power.strategy {
        EclipseStrategy::Battery => {
            p::space_pue(x_d, x_e, e.mean_fraction, i.thermal.pump_power_fraction)
        }
        EclipseStrategy::Throttle => p::space_pue(x_d, x_e, 0.0, i.thermal.pump_power_fraction),
    };
    let fraction_bol = frac(power_bol);
    if fraction_bol < 1.0 {
        warnings.push(Warning::new(
            "array.area_m2",
            format!(
                "the array powers only {} % of the workload at beginning of life; compute is throttled",
                crate::numfmt::fixed(fraction_bol * 100.0, 0)
            ),
        ));
    }
    let power = PowerOutputs {
        required_array_power: required,
        bus_load,
        array_power_bol: power_bol,
        array_power_eol: power_eol,
        workload_fraction_bol: fraction_bol,
        workload_fraction_eol: frac(power_eol),
        surplus_bol: Watts((power_bol.0 - required.0).max(0.0)),
        surplus_eol: Watts((power_eol.0 - required.0).max(0.0)),
        battery_capacity,
        battery_mass,
        sizing_eclipse,
        pue,
    };

    // --- Cooling ---
    let orbit_avg = match i.power.strategy {
        EclipseStrategy::Battery => (e.period.0 - sizing_eclipse.0).max(0.0) / e.period.0.max(1.0),
        EclipseStrategy::Throttle => 1.0,
    };
    let heat = required * (fraction_bol * orbit_avg);
    let surface = RadiatorSurface {
        temperature: Kelvin::from_celsius(i.thermal.radiator_temp_c),
        emissivity: i.thermal.emissivity,
        solar_absorptance: i.thermal.solar_absorptance,
        ir_absorptance: i.thermal.emissivity,
        emitting_faces: 2.0,
    };
    let rad_env = RadiatorEnvironment {
        solar_flux: env.solar_flux_mean,
        sun_projection: 0.0,
        earth_view_factor: 2.0 * env.earth_view_factor,
        earth_ir: WattsPerSquareMetre(i.env.earth_ir_w_m2),
        albedo_fraction: i.env.albedo_fraction,
        albedo_factor: env.albedo_factor,
        sink: Kelvin(t::DEEP_SPACE_K),
    };
    let balance = t::radiator_balance(&surface, &rad_env);
    if balance.net.0 < t::MIN_NET_FLUX {
        warnings.push(Warning::new(
            "thermal.radiator_temp_c",
            "the radiator absorbs as much as it emits at this temperature; area computed at 1 W/m²"
                .into(),
        ));
    }
    let radiator_area = t::radiator_area(heat, balance.net);
    let panel_mass = Kilograms(radiator_area.0 * i.thermal.areal_density_kg_m2);
    let loop_mass = Kilograms(heat.kw() * i.thermal.loop_kg_per_kw);
    let thermal = ThermalOutputs {
        heat_load: heat,
        balance,
        radiator_area,
        radiator_to_array_fraction: radiator_area.0 / area.0.max(1e-9),
        panel_mass,
        loop_mass,
        pump_power: heat * i.thermal.pump_power_fraction,
        array_temperature: th_bol.temperature,
    };

    // --- Delivered compute over the mission ---
    let running = match i.power.strategy {
        EclipseStrategy::Battery => 1.0,
        EclipseStrategy::Throttle => 1.0 - e.mean_fraction,
    };
    let upsets = w::upsets_per_accelerator_year(a, env.dose_rad_per_year);
    let upset_eff = w::upset_efficiency(wl, a, env.dose_rad_per_year);
    let fail = wl.failure_rate_fraction;
    let mut by_year = Vec::with_capacity(n_years);
    let (mut energy, mut hours, mut phi_sum, mut surv_sum) = (0.0, 0.0, 0.0, 0.0);
    for k in 0..n_years {
        let wk = year_weight(k);
        let survival = s::mean_survival_in_year(fail, k);
        let available = power_bol * s::mean_degradation_in_year(deg, k);
        // Failed hardware draws nothing, so the array serves the survivors first.
        let need = required.0 * survival;
        let phi = if need > 0.0 {
            (available.0 / need).min(1.0)
        } else {
            1.0
        };
        let derate = survival * phi * running * upset_eff;
        let ek = it_avg.0 * derate * SECONDS_PER_YEAR * wk;
        by_year.push(Joules(ek));
        energy += ek;
        hours +=
            wl.accelerators * wl.utilization_fraction * derate * (SECONDS_PER_YEAR / 3600.0) * wk;
        phi_sum += phi * wk;
        surv_sum += survival * wk;
    }
    let y = years.max(1e-9);
    let ideal = it_avg.0 * SECONDS_PER_YEAR * y;
    let workload = WorkloadOutputs {
        accelerator_id: a.id,
        it_power_installed: it_installed,
        it_power_average: it_avg,
        peak_flops: wl.accelerators * a.peak_flops.central,
        eclipse_fraction_running: running,
        power_fraction_mean: phi_sum / y,
        survival_mean: surv_sum / y,
        survival_eol: s::degradation_factor(fail, years),
        upsets_per_accelerator_year: upsets,
        upset_efficiency: upset_eff,
        delivered_fraction: if ideal > 0.0 { energy / ideal } else { 0.0 },
        it_energy_lifetime: Joules(energy),
        it_energy_by_year: by_year,
        accelerator_hours_lifetime: hours,
        flops_lifetime: hours * 3600.0 * a.peak_flops.central,
    };

    // --- Mass ---
    let mut b = MassBreakdown {
        compute: Kilograms(wl.accelerators * a.installed_mass_kg.central),
        array: array_mass,
        battery: battery_mass,
        radiator: panel_mass + loop_mass,
        structure: Kilograms(0.0),
        shielding: Kilograms(
            wl.accelerators
                * i.mass.shield_area_m2_per_accelerator
                * i.mass.shield_mm_al
                * 1e-3
                * m::ALUMINIUM_DENSITY,
        ),
        propellant: Kilograms(0.0),
    };
    let f = i.mass.structure_fraction.clamp(0.0, 0.9);
    b.structure = b.total() * (f / (1.0 - f));
    let dry = b.total();
    let v = m::orbital_speed(orbit::semi_major_axis(e.altitude).0);
    let ram = m::ram_area(area, radiator_area, e.mean_cos_beta, e.mean_sin_beta);
    let drag = m::drag_force(env.density, v, i.mass.drag_coefficient, ram);
    let dv_year = m::delta_v_per_year(drag, dry);
    let isp = i.mass.propulsion.isp_s();
    b.propellant = m::propellant_mass(dry, dv_year * years, isp);
    if b.propellant.0 > dry.0 {
        warnings.push(Warning::new(
            "mass.propulsion",
            "station-keeping propellant exceeds the dry mass: the orbit is too low".into(),
        ));
    }
    let total = b.total();
    let mass = MassOutputs {
        breakdown: b,
        dry,
        total,
        kg_per_kw_it: total.0 / it_installed.kw().max(1e-9),
        density: env.density,
        ram_area: ram,
        drag,
        delta_v_per_year: dv_year,
        isp_s: isp,
    };

    let basis = SystemBasis {
        mission_years: years,
        horizon_years: years,
        accelerator_id: a.id,
        accelerators: wl.accelerators,
        it_power: it_installed,
        it_energy_lifetime: workload.it_energy_lifetime,
        it_energy_by_year: workload.it_energy_by_year.clone(),
        accelerator_hours_lifetime: workload.accelerator_hours_lifetime,
        flops_lifetime: workload.flops_lifetime,
        mass: b,
        array_area: area,
        array_power_bol: power_bol,
        battery_capacity,
        radiator_area,
    };
    let mut life = super::lifecycle::assess(i, &basis);
    warnings.append(&mut life.warnings);
    Outputs {
        eclipses: e,
        environment: env,
        solar,
        power,
        thermal,
        workload,
        mass,
        basis,
        life,
        warnings,
    }
}
