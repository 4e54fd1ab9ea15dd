//! The key numbers' derivations: each side's gCO2e per kWh of computing by part adds up
//! to the headline intensities, and Earth's electricity part is the closed form a reader
//! can redo from the grid, the PUE and Earth's own energy (issue 16: "grid 4xx g/kWh ×
//! PUE 1.xx + building + hardware = 771").

use orbital_footprint::data::presets::PRESETS;
use orbital_footprint::model::evaluate;
use orbital_footprint::model::inputs::text::preset_inputs;
use orbital_footprint::model::inputs::Accounting;
use orbital_footprint::model::Inputs;

fn close(x: f64, y: f64, tol: f64) -> bool {
    (x - y).abs() <= tol * y.abs().max(1e-12)
}

fn every_scenario() -> Vec<(String, Inputs)> {
    let mut all = vec![("default".to_string(), Inputs::default())];
    all.extend(
        PRESETS
            .iter()
            .map(|p| (p.id.to_string(), preset_inputs(p).unwrap())),
    );
    // Every accounting of the default, since the parts must add up under each.
    for a in Accounting::ALL {
        let mut i = Inputs::default();
        i.emissions.accounting = *a;
        all.push((format!("default/{}", a.id()), i));
    }
    all
}

#[test]
fn each_sides_parts_add_up_to_its_key_number() {
    for (id, i) in every_scenario() {
        let o = evaluate(&i);
        let (v, p) = (&o.verdicts, &o.verdicts.parts);
        let orbit = p.orbit_launch.get()
            + p.orbit_launcher_manufacturing.get()
            + p.orbit_satellite_manufacturing.get()
            + p.orbit_reentry.get();
        assert!(
            close(orbit, v.orbit_g_per_kwh.get(), 1e-9),
            "{id}: orbit parts {orbit} vs {}",
            v.orbit_g_per_kwh.get()
        );
        let earth = p.earth_electricity.get() + p.earth_building.get() + p.earth_hardware.get();
        assert!(
            close(earth, v.earth_g_per_kwh.get(), 1e-9),
            "{id}: Earth parts {earth} vs {}",
            v.earth_g_per_kwh.get()
        );
    }
}

#[test]
fn earths_electricity_is_grid_times_pue_times_its_own_energy() {
    for (id, i) in every_scenario() {
        let o = evaluate(&i);
        let e = &o.earth;
        let p = &o.verdicts.parts;
        // Closed form from the Earth stage's own figures: its IT energy per kWh of the
        // orbit's, its PUE and its grid's energy-weighted mean intensity.
        let per_kwh = e.it_kwh / o.verdicts.it_energy_kwh.get();
        assert!(close(p.earth_kwh_per_kwh, per_kwh, 1e-12), "{id}");
        let expected = e.intensity_mean_g_per_kwh * e.pue * per_kwh;
        assert!(
            close(p.earth_electricity.get(), expected, 1e-9),
            "{id}: electricity {} vs grid {} × PUE {} × {}",
            p.earth_electricity.get(),
            e.intensity_mean_g_per_kwh,
            e.pue,
            per_kwh
        );
        // Earth does more IT work than the orbit's useful kWh only through its own
        // interruptions and restarts: never less than the orbit's useful share of it.
        assert!(per_kwh > 0.0 && per_kwh < 2.0, "{id}: {per_kwh}");
    }
}
