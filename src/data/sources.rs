//! Every source the data cites, listed once. Ids are stable: they appear in exports.
//!
//! Quality tags: P primary, S secondary, W weak (placeholder), as defined on [`Quality`].
//! `Assumption` marks a number with no published source; its `note` says why the value
//! was chosen, and the UI labels it as an assumption. "[derived]" in a note means
//! arithmetic on the cited values, shown in the note. Notes are shown to readers: each
//! stands on its own and cites published work, never a document outside the repository.

/// How much a source can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quality {
    /// A peer-reviewed paper, an operator, agency or manufacturer document, an official dataset.
    Primary,
    /// Press, an encyclopaedia, an aggregator, a third party's transcription of a primary source.
    Secondary,
    /// A blog, forum or unattributed estimate: a placeholder.
    Weak,
    /// No published source: our assumption, with its reasoning in `note`.
    Assumption,
}

impl Quality {
    /// The one-letter tag shown in the UI and exports.
    pub fn tag(self) -> &'static str {
        match self {
            Quality::Primary => "P",
            Quality::Secondary => "S",
            Quality::Weak => "W",
            Quality::Assumption => "A",
        }
    }
}

/// One cited work, or one labelled assumption.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub author: &'static str,
    pub year: u16,
    /// Empty for assumptions and physical constants from textbooks.
    pub url: &'static str,
    pub quality: Quality,
    /// What exactly is taken from the source, or the reasoning behind an assumption.
    /// Natively only: the page's module leaves the notes out (they are most of its
    /// text and no first verdict shows one) and fetches them from `notes.txt`, which is
    /// [`notes_file`]'s text, when the assumptions come near the screen.
    pub note: &'static str,
}

/// A source entry (shared by every data file that lists sources).
pub(crate) const fn src(
    id: &'static str,
    title: &'static str,
    author: &'static str,
    year: u16,
    url: &'static str,
    quality: Quality,
    note: &'static str,
) -> Source {
    Source {
        id,
        title,
        author,
        year,
        url,
        quality,
        // A literal no static refers to is not linked into the module.
        note: if cfg!(target_arch = "wasm32") {
            ""
        } else {
            note
        },
    }
}

use Quality::*;

/// Every source, once, under domain headings: physical constants and orbital mechanics,
/// the orbital environment, solar arrays, power, cooling, workload, mass, launch
/// vehicles, emissions, manufacturing, the Earth side and economics, the seed systems
/// of the presets, and the assumptions of launch, emissions and the Earth side. Exports
/// list cited sources in this order.
pub static SOURCES: &[Source] = &[
    // --- Physical constants and orbital mechanics ---
    src("wgs84", "World Geodetic System 1984 (equatorial radius 6,378.137 km; GM 398,600.4418 km³/s²)", "NIMA TR8350.2", 2000,
        "https://earth-info.nga.mil/", Primary, "Earth radius and gravitational parameter."),
    src("egm2008_j2", "Earth Gravitational Model 2008: J2 = 1.08262668e-3", "Pavlis et al., JGR Solid Earth", 2012,
        "https://doi.org/10.1029/2011JB008916", Primary, "Second zonal harmonic for nodal precession."),
    src("vallado_beta", "Fundamentals of Astrodynamics and Applications, 4th ed. (β angle; J2 nodal rate −1.5 n J2 (R/a)² cos i)", "D. A. Vallado", 2013,
        "", Primary, "Beta-angle geometry and secular J2 precession of the node."),
    src("meeus_sun", "Astronomical Algorithms, 2nd ed., ch. 25 (low-precision solar coordinates, ~0.01°)", "J. Meeus", 1998,
        "", Primary, "Sun's ecliptic longitude, declination, right ascension and Earth–Sun distance over the year."),
    src("beta_eclipse", "Eclipse fraction of a circular orbit, cylindrical shadow: f = acos(√(h²+2Rh)/((R+h)cos β))/π", "Wikipedia, \"Beta angle\" (from Vallado)", 2024,
        "https://en.wikipedia.org/wiki/Beta_angle", Secondary, "280 km, β = 0 gives 40.7 % in shadow."),
    src("gueymard2018", "A reevaluation of the solar constant based on a 42-year total solar irradiance time series", "C. A. Gueymard, Solar Energy", 2018,
        "https://doi.org/10.1016/j.solener.2018.04.001", Primary, "Total solar irradiance 1,361.1 W/m² at 1 AU; Kopp & Lean 2011 give 1,360.8; ~1,362 at solar maximum."),
    src("fixsen2009", "The temperature of the cosmic microwave background", "D. J. Fixsen, Astrophysical Journal 707, 916", 2009,
        "https://doi.org/10.1088/0004-637X/707/2/916", Primary, "2.72548 ± 0.00057 K; the radiators' deep-space sink is taken as 2.7 K."),
    src("geo_eclipse_seasons", "GEO eclipse seasons: two per year around the equinoxes, ~44–45 days each, up to ~70 min/day", "NASA SDO mission blog; vialattea.net", 2014,
        "https://sdo.gsfc.nasa.gov/", Secondary, "Used as the reference the model is checked against, not as an input."),
    // --- Seed system: Suncatcher (also the orbit defaults) ---
    src("suncatcher", "Towards a future space-based, highly scalable AI infrastructure system design (Project Suncatcher)", "B. Agüera y Arcas et al., Google, arXiv:2511.19468", 2025,
        "https://arxiv.org/abs/2511.19468", Primary, "Dawn-dusk SSO at ~650 km; 81 satellites; launch ≲200 USD/kg by the mid-2030s (abstract, P); §2.4 values are secondary transcriptions."),
    // --- Orbit assumptions ---
    src("assume.design_ranges", "Ranges around single published design values", "Orbital Footprint", 2026, "", Assumption,
        "Where the source gives one figure, the Monte Carlo samples a range around it: array packing 0.85–0.95 around the Starcloud white paper's 0.90; shielding 5–20 mm aluminium-equivalent, half to twice Suncatcher's ~10 mm (suncatcher_rad); shield area per accelerator 0.08–0.165 m², ±35 % around the 0.122 m² from the GB200 NVL72's dimensions (nvl72_dims), for how tightly boards can be packed behind it."),
    src("assume.orbit_ranges", "Slider range of the orbit inputs", "Orbital Footprint", 2026,
        "", Assumption, "LEO/SSO altitudes from 200 km (days of lifetime) to 2,000 km (top of LEO); inclination 0–180°."),
    // --- Orbit environment ---
    src("us1976", "U.S. Standard Atmosphere, 1976", "NOAA, NASA, USAF", 1976,
        "https://ntrs.nasa.gov/citations/19770009539", Primary,
        "Total mass density 200–1,000 km (moderate activity, T∞ = 1,000 K); the model interpolates ln ρ."),
    src("nrlmsis_swing", "NRLMSIS 2.1 density at 650 km: 1.6e-13 kg/m³ at moderate activity, ~100× swing over the solar cycle", "J. T. Emmert et al., JGR Space Physics 127 (NRLMSIS 2.1 model); output as transcribed by a third party", 2022,
        "https://doi.org/10.1029/2022JA030896", Secondary,
        "Sets the solar-maximum ÷ solar-minimum ratio of 100 at 650 km; not checked against the model's own output."),
    src("assume.density_swing", "Solar-cycle density swing away from 650 km", "Orbital Footprint", 2026, "", Assumption,
        "Swing (max ÷ min) taken as 5 / 12 / 30 / 60 / 100 at 200 / 300 / 400 / 500 / ≥650 km: grows with altitude as in every thermosphere model; only the 650 km point is sourced."),
    src("suncatcher_rad", "Project Suncatcher §2.3/§4.3: ~150 rad(Si)/yr at ~650 km SSO behind ~10 mm Al; TPU v6e single-event rates under 67 MeV protons", "B. Agüera y Arcas et al., Google, arXiv:2511.19468", 2025,
        "https://arxiv.org/abs/2511.19468", Secondary,
        "TID 150 rad(Si)/yr; per TPU v6e chip (32 GB HBM): HBM uncorrectable ECC error 1 per 44 rad, silent data corruption 1 per 14.4–20 rad, functional interrupt (SEFI) 1 per 5 krad; per host: CPU SEFI 1 per 450 rad, host memory 1 per 400 rad; no hard failure up to 15 krad; shield 10 mm Al. Section values as transcribed by a third party, not checked against the paper. The ×½–×2 ranges the model puts on each class (test counting statistics, and a 67 MeV beam standing in for the orbit's spectrum) are ours."),
    src("assume.dose_proxy", "Upset rates follow the total ionizing dose", "Orbital Footprint", 2026, "", Assumption,
        "Single-event rates are taken as events per rad of dose (Suncatcher's proton-test form) times the orbit's dose rate: in LEO trapped protons dominate both. No published upset-rate-vs-altitude-and-inclination table was found, so the dose table is scaled by a factor with a wide range, ×0.5–×2 (inclination, solar cycle, shielding geometry and the spectrum are not modelled)."),
    src("assume.dose_bands", "Total-ionizing-dose rates away from 650 km", "Orbital Footprint", 2026, "", Assumption,
        "No published dose-vs-altitude table found: 50/80 rad/yr at 200/400 km (below the SAA-dominated band), 1.5/10/30 krad/yr at 1,000/1,400/2,000 km (inner proton belt), 1 krad/yr in GEO behind 10 mm Al."),
    src("howell_c76", "A Catalog of Radiation Heat Transfer Configuration Factors, C-76 (plate to sphere)", "J. R. Howell", 2010,
        "https://www.thermalradiation.net/sectionc/C-76.html", Primary,
        "Earth view factor of a plate whose normal is horizontal; used for radiators and both array faces."),
    src("loeb2018", "Clouds and the Earth's Radiant Energy System (CERES) EBAF Ed4.0: global mean OLR ≈ 240 W/m²", "N. G. Loeb et al., J. Climate 31", 2018,
        "https://doi.org/10.1175/JCLI-D-17-0208.1", Secondary,
        "Central 240 W/m² as we recall the paper, not checked against it; low/high 150/250 W/m² are the spacecraft Earth-IR design range tabulated on spacerepo.com (S)."),
    src("albedo_ecss", "Earth albedo coefficient ~0.30 (ECSS-based design table)", "spacerepo.com; I. Martínez, UPM course notes", 2024,
        "https://spacerepo.com/", Secondary,
        "Central 0.30; the ±0.05 band for orbit-average variation is our assumption."),
    src("albedo_geometry", "Orbit-average albedo factor of a circular orbit: mean of max(0, cos β cos u) over the orbit = cos β / π", "Orbital Footprint, from Gilmore, Spacecraft Thermal Control Handbook ch. 2", 2026,
        "", Assumption,
        "Albedo input ∝ cosine of the angle from the subsolar point; orbit-averaged in closed form. Ignores the view-factor falloff away from nadir."),
    // --- Solar cells and arrays ---
    src("fetzer_xtj", "Production ready 30% efficient triple junction space solar cells (Spectrolab XTJ)", "C. Fetzer et al. (Spectrolab), IEEE Photovoltaic Specialists Conference", 2008,
        "", Primary,
        "GaInP/GaAs/Ge: 29.8 % mean BOL (AM0, 28 °C), 31.1 % best; heritage UTJ 28 %; NPmp 0.89 after 5e14 1-MeV e/cm²."),
    src("irosa", "iROSA wing: 20 kW, 19 × 6 m, ~340 kg; ISS triple-junction cells ~30.7 %", "raumfahrer.net (W); spacelaunchlive.com (S)", 2023,
        "https://spacelaunchlive.com/", Secondary,
        "Array-level areal mass 2.98 kg/m² [derived: 340 kg ÷ 114 m²]; 30.7 % BOL (W) as the high efficiency."),
    src("ochoa2017", "10 MeV proton irradiation effects on GaInP/GaAs/Ge concentrator solar cells", "M. Ochoa et al., Sol. Energy Mater. Sol. Cells 159, 576–582", 2017,
        "", Primary,
        "~12 % power loss over an 8-yr LEO fluence → ≈1.5 %/yr [derived]; 1–2 %/yr band is ours."),
    src("iss_saw", "ISS solar array wing: 35 × 12 m, ~1,100 kg, ~31 kW BOL; 14.2 % Si cells; ~250 → ~160 kW after >20 yr", "Wikipedia / raumfahrer.net", 2023,
        "https://en.wikipedia.org/wiki/Electrical_system_of_the_International_Space_Station", Weak,
        "Space Si: 2.6 kg/m² [derived: 1,100 kg ÷ 419 m² at 74 W/m²]; ≈2 %/yr degradation incl. non-cell losses [derived]."),
    src("assume.cell_si", "Space silicon cell efficiency and cost", "Orbital Footprint", 2026, "", Assumption,
        "Efficiency 14.2 % (ISS, W) to 22 % (modern thinned Si), central 18 %; cost 50 USD/W (between terrestrial Si and space III-V); no primary datasheet in hand."),
    src("starcloud_wp", "Why we should train AI in space (white paper v1.03)", "E. Feilden, A. Oltean, P. Johnston, Starcloud", 2024,
        "https://starcloudinc.github.io/wp.pdf", Secondary,
        "Thin-film Si: 22 % BOL, >1,000 W/kg cell level, ~0.03 USD/W; 90 % fill factor; radiator 20 °C; 40 MW cluster (300 racks × 120 kW); 15-yr design life. Transcribed values, not checked against the paper."),
    src("assume.cell_tfsi", "Thin-film silicon array mass and degradation", "Orbital Footprint", 2026, "", Assumption,
        "Array-level 1.0 kg/m² (0.30 kg/m² cell at 1,000 W/kg [derived] plus ~0.7 kg/m² blanket, harness and boom); 1 %/yr degradation because the WP claims annealing."),
    src("assume.cell_pvk", "Perovskite cell for space (ASCEND baseline names perovskite, no numbers)", "Orbital Footprint", 2026, "", Assumption,
        "20 % (15–25 %) efficiency, −0.15 %/K, 3 %/yr (1–10 %) degradation from environmental instability, 0.5 kg/m², 0.3 USD/W, 50 kgCO2e/m²: placeholders until ASCEND publishes."),
    src("assume.cell_tempco", "Temperature coefficients of maximum power", "Orbital Footprint", 2026, "", Assumption,
        "Relative dP/dT: III-V triple junction −0.22 %/K, crystalline Si −0.42 %/K (typical datasheet values; no specific datasheet cited)."),
    src("assume.cell_cost_tj", "Price of space triple-junction arrays", "Orbital Footprint", 2026, "", Assumption,
        "100–300 USD/W, central 200: the commonly quoted order of magnitude for qualified III-V space arrays; no primary price list."),
    src("space_pv_embodied", "Space PV embodied carbon: 1,400 kgCO2e/m² (Swart 2011 + Mohr 2007)", "third-party model documentation", 2024,
        "", Weak, "Used for triple-junction arrays (central; 500 low as in the same documentation; 2,800 high = 2× is our allowance for the unreported epitaxy and germanium-substrate energy); citations incomplete, no primary LCA of space III-V arrays found."),
    src("frischknecht2020", "PV life-cycle inventories: ~500 kgCO2/kWp", "R. Frischknecht et al., IEA PVPS Task 12", 2020,
        "https://iea-pvps.org/", Weak,
        "Si arrays: 100 kgCO2e/m² [derived: 500 kg/kWp × 0.2 kWp/m²], as transcribed in third-party documentation; the report (IEA-PVPS T12-19:2020, terrestrial modules) exists, its per-kWp figure is not checked. Range ours: 50 (low-carbon manufacturing electricity) to 300 (3×: space qualification, cover glass, thinning) for space Si, 50–200 for thin-film Si."),
    src("gilmore2002", "Spacecraft Thermal Control Handbook, Vol. I, 2nd ed., App. A (optical properties)", "D. G. Gilmore (ed.), Aerospace Press", 2002,
        "", Primary,
        "Solar cells with cover glass: solar absorptance ~0.80–0.92, IR emissivity ~0.80–0.89; blanket rear faces ~0.7–0.9 (typical values as we recall the table)."),
    src("assume.pointing", "Sun-pointing cosine loss of a tracking array", "Orbital Footprint", 2026, "", Assumption,
        "0.99 = cos 8° tracking error; 0.95–1.0 range."),
    src("assume.default_area", "Default array area", "Orbital Footprint", 2026, "", Assumption,
        "The area used when the array is not sized to the workload: 201,000 m² powers the default 40 MW-class workload with batteries at end of life."),
    // --- Power ---
    src("smad_power", "Space Mission Analysis and Design, 3rd ed., §11.4: P_sa = (P_e T_e / X_e + P_d T_d / X_d) / T_d", "J. R. Wertz, W. J. Larson (eds.)", 1999,
        "", Primary,
        "Path efficiencies: direct energy transfer X_d 0.85, X_e 0.65; peak-power tracking 0.80 / 0.60. 0.95 high for modern high-voltage buses is our assumption."),
    src("assume.eclipse_auto", "Batteries or throttling, chosen from the orbit's eclipse days", "Orbital Footprint", 2026, "", Assumption,
        "By default the system carries batteries when the orbit sees an eclipse on more than half the days of the year (throttling would idle the hardware every day, ~35 % of the time in low LEO), and throttles compute in eclipse otherwise: a dawn-dusk orbit's eclipse season (87 days at 650 km, 3.8 % of the year) costs a few per cent of compute, while a battery sized for the season's longest eclipse would be flown all year. The mass to orbit per accelerator-hour of both options is shown beside the choice."),
    src("assume.size_to_workload", "Array sized to the workload", "Orbital Footprint", 2026, "", Assumption,
        "Unless a published design fixes its array, the array is sized to power the workload's busy draw at end of life, at aphelion, on the orbit with the longest eclipse."),
    src("assume.battery_rte", "Li-ion battery round-trip energy efficiency", "Orbital Footprint", 2026, "", Assumption,
        "0.90 (0.85–0.95): typical Li-ion; SMAD's X_e/X_d = 0.76 dates from NiH2."),
    src("assume.battery_dod", "Depth of discharge in LEO", "Orbital Footprint", 2026, "", Assumption,
        "40 % (30–60 %): LEO Li-ion practice for >30,000 cycles (JAXA, \"Cycle-life testing of large-capacity lithium-ion cells in simulated satellite operation\", abstract); a dawn-dusk SSO cycles only a few hundred times a year, so 60 % is admissible."),
    src("assume.battery_wh", "Li-ion battery pack specific energy", "Orbital Footprint", 2026, "", Assumption,
        "150 Wh/kg (100–200) at pack level; cells reach ~250 Wh/kg (candidate source: Knap et al., Energies 13:4097, 2020, not yet read)."),
    // --- Thermal ---
    src("z93", "White coatings Z-93 / AZ-93: BOL ε ≈ 0.92, α ≈ 0.15; EOL α → ~0.36", "NASA NTRS 19920048673", 1992,
        "https://ntrs.nasa.gov/citations/19920048673", Secondary,
        "Radiator ε 0.92; α 0.09 (Starcloud's value) / 0.15 (BOL) / 0.36 (EOL). Transcribed, not checked against the report's table."),
    src("thermacore1991", "Ultra-Lightweight Unfurlable Radiator (NASA SBIR Phase I, NAS9-18674)", "Thermacore", 1991,
        "", Primary, "Conventional radiators ~7 kg/m² (the high value); ultralight heat-pipe concept 0.43 kg/m² (the low value) (abstract)."),
    src("elliott1986", "Rotary radiators for reduced space powerplant temperatures (NTRS 19860036026)", "D. G. Elliott, Jet Propulsion Laboratory", 1986,
        "https://ntrs.nasa.gov/citations/19860036026", Primary,
        "Tube-and-fin or heat-pipe radiators weigh at least 5 kg/m² because their walls must resist meteoroids (abstract): the central areal density; 0.43–7 kg/m² from Thermacore 1991 as low and high."),
    src("radiator_temp_practice", "Liquid-cooled accelerator racks take coolant at up to 45 °C (NVIDIA GB200 NVL72 and the DSX reference design)", "NVIDIA, as reported by the trade press", 2026,
        "https://www.nvidia.com/", Secondary,
        "Central radiator temperature 45 °C: the radiator returns the coolant at the cold plates' supply temperature. Low 20 °C (the Starcloud white paper's radiator); high 70 °C (a 90 °C die less a 20 K loop drop, assume.die_limit). Press reports, not checked against an NVIDIA specification."),
    src("iss_atcs_overhead", "ISS ATCS: component masses ~1.3–1.5× the radiator panels", "third-party methodology citing the NASA ISS ATCS overview", 2020,
        "", Weak,
        "Loop kg/kW [derived]: 0.3–0.5 × the panel mass per kW at the central radiator (5 kg/m² ÷ ~0.96 kW/m² net at 45 °C = 5.2 kg/kW) = 1.6 / 2.1 / 2.6 kg/kW."),
    src("assume.radiator_edge", "Radiators held edge-on to the Sun", "Orbital Footprint", 2026, "", Assumption,
        "Deployed radiators are flown edge-on so that neither face sees the Sun (the usual practice; the Starcloud white paper's worked panel has one face sunlit, a choice)."),
    src("assume.pump", "Pumped-loop pump power", "Orbital Footprint", 2026, "", Assumption,
        "1 % (0.5–3 %) of the heat moved: single-phase pumped loops need well under a few per cent; no source for a 40 MW loop."),
    // --- Workload ---
    src("h100_tdp", "NVIDIA H100 SXM: TDP up to 700 W", "NVIDIA specification via gpu.blog / runpod.io; Lockwood", 2023,
        "https://glennklockwood.com/garden/processors/h100", Secondary, "700 W TDP."),
    src("dgx_h100", "NVIDIA DGX H100: ~10.2 kW for 8 GPUs; 130.45 kg", "NVIDIA DGX H100 specification (as quoted in a third-party report)", 2023,
        "https://www.nvidia.com/en-us/data-center/dgx-h100/", Secondary,
        "Host overhead 1.82 [derived: 10.2 ÷ (8 × 0.7)]; installed mass 16.3 kg per GPU [derived: 130.45 ÷ 8]; 8 accelerators per server."),
    src("lockwood_h100", "H100 SXM5: BF16 dense 989.4 TFLOPS (citing the NVIDIA Hopper whitepaper)", "G. Lockwood", 2024,
        "https://glennklockwood.com/garden/processors/h100", Secondary, "Peak dense BF16."),
    src("nvidia_pcf", "HGX H100 / B200 product carbon footprint summaries: 164 / 284 kgCO2e per GPU", "NVIDIA (transcribed)", 2025,
        "https://images.nvidia.com/aem-dam/Solutions/documents/HGX-H100-PCF-Summary.pdf", Secondary,
        "Baseboard share per GPU, cradle-to-gate; excludes host servers."),
    src("nvidia_b200_blog", "HGX B200: 2.3× the FP16 throughput of HGX H100", "NVIDIA Developer blog", 2025,
        "https://developer.nvidia.com/blog/", Primary, "B200 dense BF16 2,276 TFLOPS [derived: 989.4 × 2.3]; 180 GB HBM3E."),
    src("b200_power", "B200 1,000 W standalone; GB200 NVL72 ~120 kW per rack", "third-party data table citing NVIDIA and ServeTheHome", 2025,
        "", Weak, "B200 power."),
    src("tpu_v6e", "TPU v6e (Trillium): 918 TFLOPS BF16, 32 GB HBM", "Suncatcher (S); Google 2024 Environmental Report", 2024,
        "https://arxiv.org/abs/2511.19468", Secondary, "Peak BF16; 32 GB HBM (the chip the upset rates were measured on); per-chip power not published."),
    src("assume.tpu", "TPU-class accelerator power, mass, embodied carbon", "Orbital Footprint", 2026, "", Assumption,
        "300 W per chip (unpublished for v6e), 10 kg installed, 120 kgCO2e (H100 share scaled by its smaller HBM), DGX-derived 1.8 host overhead."),
    src("assume.see_rules", "Transferring TPU v6e upset rates to other accelerators", "Orbital Footprint", 2026, "", Assumption,
        "HBM uncorrectable errors scale with HBM capacity (memory upsets grow with the bits exposed; per-bit cross-sections of other HBM generations unmeasured); silent data corruption and functional interrupts are per chip, equal to the TPU v6e's (no in-orbit or proton data for GPUs found); host CPU and memory events are per host server, one host per `per_server` accelerators (Suncatcher tested one host)."),
    src("h100_hbm", "NVIDIA H100 SXM: 80 GB HBM3", "NVIDIA H100 specification, as listed by G. Lockwood", 2024,
        "https://glennklockwood.com/garden/processors/h100", Secondary, "HBM capacity per H100 SXM; not checked against NVIDIA's datasheet."),
    src("assume.die_limit", "Highest die temperature and the loop's temperature drop", "Orbital Footprint", 2026, "", Assumption,
        "Data-centre accelerators throttle near 85–95 °C junction temperature (HBM stacks near 95 °C, as reported by a third party; no datasheet limit checked): 90 °C (85–95) for every part. Die-to-radiator drop 25 K (15–35): cold-plate resistance at ~700–1,000 W, the coolant's rise, the radiator's fin gradient. The radiator can run no hotter than the die limit less the drop."),
    src("assume.threebody_node", "Three-Body constellation computer: power, mass, price, upsets", "Orbital Footprint", 2026, "", Assumption,
        "Only 744 TOPS per satellite is published. Power 200 W (100–400), about 4 TOPS/W, the order of embedded AI modules; host overhead 1 (the figure is the whole computer); embodied 120 kgCO2e and 20,000 USD as for a small accelerator board; no HBM; logic upsets ×1 (×0.5–×2) of the TPU v6e's."),
    src("assume.cpu_server", "Generic 2-socket CPU server", "Orbital Footprint", 2026, "", Assumption,
        "500 W, 4 TFLOPS FP32 (2 × 32 cores × 2 GHz × 32 FLOP/cycle), 25 kg, host overhead 1.0, upsets from host CPU + RAM only (1/450 + 1/400 per rad, Suncatcher)."),
    src("dell_r750_lca", "Dell PowerEdge R750 LCA: 2,181–3,880 kgCO2e", "unattributed estimate", 2022,
        "", Weak, "Embodied carbon of a CPU server."),
    src("assume.accel_price", "Accelerator and server prices", "Orbital Footprint", 2026, "", Assumption,
        "Street prices as widely reported, no primary list: H100 30 k, B200 40 k, TPU-class 15 k, CPU server 15 k USD."),
    src("h100_inference_draw", "Observed H100 draw during inference: often 400–550 W", "theneuralbase.com", 2024,
        "", Weak, "Inference power fraction 0.57 / 0.68 / 0.79 of TDP [derived]."),
    src("meta_llama3", "The Llama 3 Herd of Models (interruptions of a 54-day 16,384-H100 run)", "Meta, as reported by DCD", 2024,
        "https://arxiv.org/abs/2407.21783", Secondary,
        "Job of 16,384 GPUs; 419 unexpected interruptions in 54 days (one per 3.1 h), >90 % effective training time; GPU+HBM ≈9 %/yr [derived]. Used to check the renewal model: at that rate, the central restart and checkpoint times give ≥ 90 %."),
    src("gemini2023", "Gemini: A Family of Highly Capable Multimodal Models, §3 Training infrastructure", "Gemini Team, Google, arXiv:2312.11805", 2023,
        "https://arxiv.org/abs/2312.11805", Secondary,
        "Redundant in-memory copies of the model state, recovery from an intact replica: goodput of the largest job 85 % → 97 %; silent data corruption expected every week or two at that scale, isolated by deterministic replay; hot standbys kept. Read in a reprint of the section, not checked against the arXiv PDF."),
    src("gemini_sosp2023", "GEMINI: Fast Failure Recovery in Distributed Training with In-Memory Checkpoints", "Z. Wang, Z. Jia, S. Zheng, Z. Zhang, X. Fu, T. S. E. Ng, Y. Wang, SOSP 2023, pp. 364–381", 2023,
        "https://doi.org/10.1145/3600006.3613145", Secondary,
        "Checkpoints to the CPU memory of peer machines as often as every iteration, about 13× faster failure recovery than from remote storage (as summarised by third parties; not checked against the paper)."),
    src("flashrecovery2025", "FlashRecovery: Fast and Low-Cost Recovery from Failures for Large-Scale Training of LLMs", "iFLYTEK / USTC / Huawei, arXiv:2509.03047", 2025,
        "https://arxiv.org/abs/2509.03047", Primary,
        "Abstract: failures detected within seconds, checkpoint-free recovery within one step, training restored on a 4,800-device cluster in 150 s."),
    src("young1974", "A first order approximation to the optimum checkpoint interval", "J. W. Young, Communications of the ACM 17(9), 530–531", 1974,
        "", Primary, "Optimum checkpoint interval √(2 δ M) for checkpoint time δ and mean time between failures M."),
    src("daly2006", "A higher order estimate of the optimum checkpoint interval for restart dumps", "J. T. Daly, Future Generation Computer Systems 22(3), 303–312", 2006,
        "https://doi.org/10.1016/j.future.2004.11.016", Primary,
        "Wall time M e^(R/M) (e^((τ+δ)/M) − 1) T_s/τ for Poisson failures (M mean time between failures, R restart, δ checkpoint, τ compute between checkpoints); worked optima τ = 117 / 57 / 9.1 min at M = 24 h / 6 h / 15 min with R = 10 min, δ = 5 min (figure captions)."),
    src("assume.recovery", "Recovery times: step replay, restart, checkpoint", "Orbital Footprint", 2026, "", Assumption,
        "Step replay or in-memory rollback after a detected HBM error or silent corruption: 60 s (10–150; FlashRecovery restores 4,800 devices in 150 s, P; Gemini recovers from in-memory replicas, S). Reboot and restart after a hard interruption (functional interrupt, host fault): 6 min (2–30), plus the work since the last checkpoint; checkpoint write 18 s (3 s–5 min; in-memory checkpoints take seconds, GEMINI, S; storage takes minutes). The central pair is chosen so that Meta's interruption rate gives ~92 % useful time in the same renewal model, consistent with Meta's >90 % (meta_llama3); a 12-min restart with 30-s checkpoints would give 87 %."),
    src("assume.job_size", "Accelerators in one synchronous training job", "Orbital Footprint", 2026, "", Assumption,
        "16,384 (Meta's Llama 3 run, S) central; 1,024 to 32,768 (a mid-size job to twice Llama 3's). A job never spans more than the accelerators installed."),
    src("assume.no_spares", "Hot spares off by default", "Orbital Footprint", 2026, "", Assumption,
        "Neither Suncatcher nor Starcloud describes spare accelerators; with spares (Gemini kept hot standbys on Earth, S) a hard interruption costs a swap and an in-memory restore (the step-replay time) instead of a reboot, restart and the lost work."),
    src("assume.failure_rate", "Unrepairable failure rate in orbit", "Orbital Footprint", 2026, "", Assumption,
        "Central 5 %/yr between Natick's one-eighth of the land rate (1.1 %/yr) and Meta's ≈9 %/yr GPU+HBM interruptions (not all permanent)."),
    src("assume.utilization", "Utilization and idle power", "Orbital Footprint", 2026, "", Assumption,
        "Busy 80 % of the time (50–95 %); idle draw 20 % of the busy draw (accelerator idle ~10–15 % plus host baseline)."),
    src("suncatcher_v2", "Suncatcher §2.4 reference satellite (Starlink V2-mini): 5-yr life", "Agüera y Arcas et al. (transcribed)", 2025,
        "https://arxiv.org/abs/2511.19468", Secondary, "Mission life 5 yr."),
    src("starcloud_40mw", "40 MW cluster of the Starcloud white paper", "Starcloud WP (transcribed)", 2024,
        "https://starcloudinc.github.io/wp.pdf", Secondary,
        "32,000 H100-class accelerators ≈ 40 MW of IT [derived: 40 MW ÷ (0.7 kW × 1.82)]."),
    // --- Mass ---
    src("smad_mass", "SMAD 3rd ed., spacecraft dry-mass distribution (structure & mechanisms ≈ 21 %)", "J. R. Wertz, W. J. Larson (eds.)", 1999,
        "", Secondary, "Structure fraction 21 % (15–27 %) as we recall the table; not checked against the book here. Applied only to mass that carries no structure of its own (compute, batteries, the pumped loop, shielding): array wings and radiator panels include theirs in their areal mass."),
    src("nvl72_mass", "DGX GB200 NVL72: 72 Blackwell GPUs, 36 Grace CPUs, ~120 kW, 1.36 t per rack", "NVIDIA at GTC 2024, as reported by ServeTheHome and Tom's Hardware", 2024,
        "https://www.nvidia.com/en-us/data-center/gb200-nvl72/", Secondary,
        "18.9 kg per GPU for the whole liquid-cooled rack [derived: 1,360 ÷ 72], rack frame, power shelves, bus bar and copper spine included: the high value of space compute mass."),
    src("assume.space_compute_mass", "Compute mass per accelerator in orbit", "Orbital Footprint", 2026, "", Assumption,
        "8 kg (4–18.9) per accelerator with its share of host, memory, network and cold plate, without a terrestrial chassis, fans, rack or power shelves: about 40 % of the liquid-cooled NVL72's 18.9 kg per GPU (nvl72_mass, S), the rest being rack, power and cabling; the air-cooled DGX H100 carries 16.3 kg (dgx_h100)."),
    src("nvl72_dims", "GB200 NVL72 rack: 600 × 1,068 × 2,236 mm, 72 GPUs", "NVIDIA GB200 NVL72 specification (as recalled)", 2024,
        "https://www.nvidia.com/en-us/data-center/gb200-nvl72/", Secondary,
        "Shield area per accelerator 0.122 m² [derived: rack box surface 8.77 m² ÷ 72]."),
    src("vallado_drag", "Fundamentals of Astrodynamics and Applications, 4th ed., §8.6 (drag: a = ½ ρ v² C_D A / m; C_D ≈ 2.2 for flat plates)", "D. A. Vallado", 2013,
        "", Primary, "Drag acceleration and the conventional C_D = 2.2."),
    src("aluminium_density", "Density of aluminium 2,700 kg/m³", "CRC Handbook of Chemistry and Physics", 2016,
        "", Primary, "Shield areal mass 2.7 kg/m² per mm."),
    src("goebel2008", "Fundamentals of Electric Propulsion: Ion and Hall Thrusters", "D. M. Goebel, I. Katz, JPL/Wiley", 2008,
        "https://descanso.jpl.nasa.gov/SciTechBook/series1/Goebel__cmprsd_opt.pdf", Primary, "Hall thrusters Isp ~1,500–2,000 s; 1,500 s used."),
    src("smad_prop", "SMAD 3rd ed., ch. 17 propulsion (hydrazine monopropellant Isp ~220 s)", "J. R. Wertz, W. J. Larson (eds.)", 1999,
        "", Primary, "Chemical station-keeping Isp 220 s."),
    src("standard_gravity", "Standard acceleration of gravity g0 = 9.80665 m/s²; σ = 5.670374419e-8 W m⁻² K⁻⁴", "CGPM 1901; CODATA 2018", 2018,
        "https://physics.nist.gov/cuu/Constants/", Primary, "Rocket equation and Stefan–Boltzmann constants."),
    // --- Launch vehicles ---
    src("assume.accounting_default", "Headline CO2e accounting: CO2 only", "Orbital Footprint", 2026, "", Assumption,
        "The Earth grids it is compared with are lifecycle CO2e without short-lived stratospheric effects, so the headline compares like with like; the non-CO2 range (black carbon, alumina and water at 15–50 km under the chosen metric and efficacy) is always shown beside it, and its low end can be below the CO2-only figure."),
    src("oracle", "Greenhouse Gas (GHG) Emissions Poised to Rocket: Modeling the Environmental Impact of LEO Satellite Constellations (ORACLE; data/raw/rocket_data.csv, dry_mass_emissions_factors.csv)", "R. Kukreja, E. J. Oughton, R. Linares, arXiv:2504.15291", 2025,
        "https://arxiv.org/abs/2504.15291", Primary, "Payload, dry and propellant mass per vehicle (propellants re-classified where the CSV mislabels them: Starship, New Glenn and Vulcan first stages burn methane, Ariane 64 carries four P120C solids); material factors steel 6.15, aluminium 14.9, electronics 24.85 kgCO2e/kg."),
    src("wiki_launchers", "Wikipedia: Falcon 9, Falcon Heavy, Ariane 6 (P120C 142 t propellant, ~155 t gross), Merlin (1D Vacuum Isp 348 s), Vinci (457 s) articles", "Wikipedia", 2025,
        "https://en.wikipedia.org/wiki/Falcon_9", Secondary, "Per-stage split: F9 first stage 395.7 t propellant / 25.6 t dry, second stage 92.67 t / 3.9 t (sums to ORACLE's 488.37 t and 29.5 t); Falcon Heavy 57 t LEO with side boosters recovered, 63.8 t expendable."),
    src("launch_prices", "Launch list prices: Falcon 9 62 M USD (2016 list) to ~67–70 M; Falcon Heavy 97 M (reusable); New Glenn 68–70 M; Vulcan ~100 M; Ariane 64 ~115 M; Electron ~7.5 M", "SpaceX pricing (r/spacex transcription), biologyinsights.com, press", 2024,
        "", Weak, "Placeholders: no operator publishes current per-vehicle prices."),
    src("rocketlab", "Rocket Lab Electron: up to 300 kg to LEO, ~200 kg to a 500 km sun-synchronous orbit", "Rocket Lab", 2024,
        "https://www.rocketlabusa.com/launch/electron/", Secondary, "Payload class as stated on the operator's vehicle page (not the payload user's guide)."),
    src("bryce2022", "NASA OTPS, Space-Based Solar Power (2024), citing BryceTech (2022): lowest launch price ~1,500 USD/kg", "NASA Office of Technology, Policy and Strategy", 2024,
        "https://www.nasa.gov/organizations/otps/", Primary, "Launch price per kg reference."),
    src("launches2024", "2024 in spaceflight: ~259–263 orbital launch attempts", "Wikipedia / J. McDowell's launch log", 2025,
        "https://en.wikipedia.org/wiki/2024_in_spaceflight", Secondary, "World orbital launches in 2024, ~260."),
    // --- Emissions ---
    src("barker2024", "Global 3D rocket launch and re-entry air pollutant and CO2 emissions at the onset of the megaconstellation era (Emissions_API code: primary_emission_indices.csv, alt_emis_func.py, calculate_gridded_emissions.py)", "C. R. Barker, E. A. Marais, J. C. McDowell, Scientific Data 11:1079", 2024,
        "https://doi.org/10.1038/s41597-024-03910-z", Primary, "Primary emission indices by propellant; afterburning CO→CO2, BC altitude scaling and secondary NOx (citing NASEM 2021); re-entry NOx 0.4 kg/kg, Al fraction × ablation degree, ATISPADE BC."),
    src("ross2014", "Radiative forcing caused by rocket engine emissions", "M. N. Ross, P. M. Sheaffer, Earth's Future 2", 2014,
        "https://doi.org/10.1002/2013EF000160", Primary, "Instantaneous RF of present-day launches 16 ± 8 mW/m², 70 % BC, 28 % alumina, 2 % H2O (abstract). Their own emission totals are not reproduced here: each species' share is divided by Brown et al.'s 2019 emissions of the same layer (15–50 km) to give forcing per emission rate [derived]: BC 40 (low 5.6, dividing the low forcing by Maloney et al.'s larger ~1 Gg/yr; high 60), alumina 4.92 ± 50 %, water 0.050 mW/m² per Gg/yr, applied to emissions at 15–50 km only. CO2e per kg then follows from AR5's metric functions with a 4-year stratospheric lifetime [derived]; instantaneous forcing overstates the surface warming of absorbing aerosol (see the efficacy input)."),
    src("brown2024", "Worldwide Rocket Launch Emissions 2019: An Inventory for Use in Global Models", "Brown, Bannister, Revell, Sukhodolov, Rozanov, Earth and Space Science", 2024,
        "https://doi.org/10.1029/2024EA003668", Primary, "2019 rocket emissions at 15–50 km (abstract): BC 0.28, alumina 0.91, H2O 6.38 Gg: today's inventory of that layer wherever the model compares with today (forcing per emission, share of today's rocket BC)."),
    src("ryan2022", "Impact of Rocket Launch and Space Debris Air Pollutant Emissions on Stratospheric Ozone and Global Climate", "R. G. Ryan, E. A. Marais, C. J. Balhatchet, S. D. Eastham, Earth's Future 10", 2022,
        "https://doi.org/10.1029/2021EF002612", Primary, "Abstract: rocket BC forces ~500× more per kg emitted than surface and aviation BC. Cross-check only: × Bond et al.'s GWP100 of 900 it gives 4.5e5 kgCO2e/kg, the order of the GWP100 derived from Ross & Sheaffer at the efficacy of 1 (4.35e5); never chained with it."),
    src("bond2013", "Bounding the role of black carbon in the climate system: A scientific assessment", "T. C. Bond et al., J. Geophys. Res. Atmos. 118, 5380–5552", 2013,
        "https://doi.org/10.1002/jgrd.50171", Primary, "BC GWP100 900 (120–1,800), applied to tropospheric rocket BC; GWP20 and GTP100 are derived from it with AR5's functions and a one-week lifetime (≈3,300 and ≈124, against Bond et al.'s own 3,200 and 130)."),
    src("ipcc_ar5_agwp", "IPCC AR5 WG1 ch. 8, Anthropogenic and Natural Radiative Forcing (AGWP100 of CO2 9.17e-14 W m⁻² yr kg⁻¹)", "G. Myhre et al.", 2013,
        "https://www.ipcc.ch/report/ar5/wg1/", Primary, "Metric functions (ch. 8 supplement, 8.SM.11 and Table 8.SM.9): CO2 impulse response 0.2173 + 0.2240 e^(−t/394.4) + 0.2824 e^(−t/36.54) + 0.2763 e^(−t/4.304), radiative efficiency 1.37e-5 W m⁻² ppbv⁻¹, temperature response 0.631/8.4 e^(−t/8.4) + 0.429/409.5 e^(−t/409.5) K per W m⁻² (coefficients as transcribed in third-party code, checked by reproducing AGWP100 = 9.17e-14 and AGTP100 = 5.47e-16 K/kg); GWP20, GWP100 and GTP100 of every non-CO2 species follow from them."),
    src("maloney2022", "The Climate and Ozone Impacts of Black Carbon Emissions From Global Rocket Launches", "C. M. Maloney et al., JGR Atmospheres", 2022,
        "https://doi.org/10.1029/2021JD036373", Secondary, "~1 Gg/yr of rocket BC into the stratosphere today; particles persist ~4 years; at 30–100 Gg/yr the surface cools under the BC layer, while the stratosphere warms (as quoted in press summaries, not checked against the paper). Used for the BC lifetime and the low end of BC forcing per emission."),
    src("ban_weiss2012", "Dependence of climate forcing and response on the altitude of black carbon aerosols", "G. A. Ban-Weiss, L. Cao, G. Bala, K. Caldeira, Climate Dynamics 38, 897–911", 2012,
        "https://doi.org/10.1007/s00382-011-1052-y", Primary, "Abstract: black carbon near the tropopause and in the stratosphere cools the surface despite increasing the planet's absorption of sunlight; the response follows the forcing after rapid adjustment, not the instantaneous forcing."),
    src("kravitz2012", "Sensitivity of stratospheric geoengineering with black carbon to aerosol size and altitude of injection", "B. Kravitz, A. Robock, D. T. Shindell, M. A. Miller, J. Geophys. Res. 117, D09203", 2012,
        "https://doi.org/10.1029/2011JD017341", Primary, "Abstract: BC injected into the lower stratosphere cools the surface (little for large particles, much for small ones) and warms the stratosphere; higher injection cools more."),
    src("stjern2017", "Rapid adjustments cause weak surface temperature response to increased black carbon concentrations (PDRMIP)", "C. W. Stjern et al., J. Geophys. Res. Atmos. 122", 2017,
        "https://doi.org/10.1002/2017JD027326", Primary, "Abstract: even for tropospheric BC, a median instantaneous forcing of 2.10 W/m² is cut by −0.64 W/m² of rapid adjustments, and the warming per unit effective forcing is ~20 % below CO2's: instantaneous forcing overstates BC's surface effect."),
    src("ohs2025", "Dirty Bits in Low-Earth Orbit: The Carbon Footprint of Launching Computers (arXiv:2508.06250v3)", "R. Ohs, G. F. Stock, A. Schmidt, J. A. Fraire, H. Hermanns, ACM SIGENERGY EIR 5(2)", 2025,
        "https://doi.org/10.1145/3757892.3757896", Secondary, "Falcon 9: fuel 233.7 + first stage 423.0/20 + second stage 108.5 tCO2e per 17.5 t → 20.8 kgCO2e/kg; re-entry 0.4 kg NOx × 298 = 119.2 kgCO2e/kg (298 is N2O's AR4 GWP100, applied to NOx, which has no such warming: kept as their published method, flagged); Starship 15.8 kgCO2e/kg launch; Earth solar + battery 34 g/kWh. Values quoted from transcriptions, not checked against the paper."),
    src("miraux_methalox", "Methalox propellant production 2.5 kgCO2e/kg (attributed to Miraux 2022 / Ohs et al.)", "third-party provenance table", 2022,
        "", Secondary, "Unconfirmed transcription: the third-party table itself flags the value as unconfirmed; not checked against Miraux 2022 or Ohs et al."),
    // --- Manufacturing ---
    src("pv_rad_embodied", "Space PV 1,400 kgCO2e/m² (Swart 2011 + Mohr 2007); radiator 86 kgCO2e/m²", "third-party model documentation", 2024,
        "", Weak, "Placeholder: values quoted in third-party model documentation (PV from Swart 2011 + Mohr 2007, citations incomplete); not checked against the studies."),
    src("peiseler2024", "Battery embodied: 60 kgCO2/kWh (space pack), 55 (ground LFP), quoted from Peiseler et al. 2024", "third-party transcription", 2024,
        "", Weak, "Placeholder: value as transcribed by a third party from Peiseler et al., \"Carbon footprint distributions of lithium-ion batteries and their materials\", Nature Communications 15 (2024); not checked against the paper."),
    src("nvidia_h100_pcf", "HGX H100 Product Carbon Footprint Summary: 1,312 kgCO2e per 8-GPU baseboard (164 per GPU)", "NVIDIA", 2024,
        "https://images.nvidia.com/aem-dam/Solutions/documents/HGX-H100-PCF-Summary.pdf", Secondary, "Per-accelerator embodied carbon; high = Chien et al.'s 318 kg A100 instance share (different scope)."),
    src("nvidia_b200_pcf", "HGX B200 Product Carbon Footprint Summary: 2,274 kgCO2e per baseboard (284 per GPU)", "NVIDIA", 2025,
        "https://www.nvidia.com/", Secondary, "Per-accelerator embodied carbon."),
    src("chien2023", "Reducing the Carbon Impact of Generative AI Inference (HotCarbon '23): 318 kgCO2e per A100", "A. A. Chien et al.", 2023,
        "https://doi.org/10.1145/3604930.3605705", Secondary, "Quoted on the Scope3 methodology page."),
    // --- Earth ---
    src("ember2024", "Ember yearly electricity data, 2024 lifecycle carbon intensity (via co2.js average-intensities.json; 2023 OWID/Statista values as high where higher)", "Ember; Green Web Foundation co2.js", 2025,
        "https://github.com/thegreenwebfoundation/co2.js", Secondary, "Lifecycle, location-based grid intensities by region."),
    src("ipcc_ar5_lca", "IPCC AR5 WGIII Annex III, Table A.III.2: lifecycle medians (nuclear 12, CCGT 490, onshore wind 11, utility PV 48 gCO2e/kWh)", "S. Schlömer et al.", 2014,
        "https://www.ipcc.ch/report/ar5/wg3/", Secondary, "Values as tabulated on wikicarbon.org, not checked against the report's own table."),
    src("microsoft_pue2022", "Microsoft: how we measure datacenter energy and water use (N. Walsh, Azure blog, Earth Day 2022): the newest datacenters have a PUE of 1.12", "Microsoft, as reported by Windows Central", 2022,
        "https://www.windowscentral.com/microsoft-shares-update-datacenter-energy-sustainability-tracking-methods", Secondary, "Earth PUE of a new AI-class facility: 1.12 (central); range from Google's fleet 1.10 (2023) to the industry fleet average 1.56 (Uptime Institute 2024), both in uptime_pue."),
    src("uptime_pue", "Uptime Institute survey: average PUE 1.58 (2023), 1.56 (2024); Google fleet 1.10 (2023)", "Uptime Intelligence; Google 2024 Environmental Report", 2024,
        "https://uptimeinstitute.com/", Primary, "Central 1.56 industry average; low 1.10 hyperscale best practice."),
    src("lbnl2024", "US Data Center Energy Usage Report: ~64 billion L direct water for 176 TWh → 0.36 L/kWh [derived]; Starcloud WP implies 0.49", "LBNL", 2024,
        "https://eta.lbl.gov/publications/2024-lbnl-data-center-energy-usage-report", Secondary, "Site WUE [derived], per kWh of total data-centre electricity, not of IT energy as WUE conventionally is; water figure from a third-party summary of the report."),
    src("dc_capex", "Data-centre capex 7 / 10–12 / 15+ M USD per MW", "ibinterviewquestions, cortexconstruct, troy-technical", 2025,
        "", Weak, "Placeholder: no primary source found."),
    src("eia_price", "US industrial electricity price 9.77 ¢/kWh (EIA); 0.04 (Starcloud WP) and 0.25 (Suncatcher high) as range", "EIA, via a third-party analysis", 2025,
        "https://www.eia.gov/electricity/monthly/", Weak, "Placeholder; regional prices are not modelled, every grid region uses it."),
    src("iea_electricity2025", "Electricity 2025: Emissions (analysis and forecast to 2027)", "IEA", 2025,
        "https://www.iea.org/reports/electricity-2025/emissions", Primary, "Global CO2 intensity of electricity generation forecast to fall by 3.6 % a year on average over 2025–2027, from 445 to 400 gCO2/kWh, with the EU, China, the US and India all falling: the stated-policies trajectory (the rate extended beyond 2027)."),
    src("iea_nze2021", "Net Zero by 2050: A Roadmap for the Global Energy Sector", "IEA", 2021,
        "https://www.iea.org/reports/net-zero-by-2050", Primary, "Milestone: net-zero emissions electricity globally by 2040 (as summarised by the trade press, not checked against the report's tables): the net-zero trajectory takes every grid's combustion intensity linearly to zero by 2040."),
    src("assume.grid_trajectories", "How the grid trajectories are applied", "Orbital Footprint", 2026,
        "", Assumption, "Ember's 2024 lifecycle intensities are split into a floor of 12 gCO2e/kWh (IPCC AR5's lifecycle medians of nuclear and wind, the plants a clean grid keeps) and the rest, which falls: 3.6 % a year under stated policies (IEA's global near-term rate, applied to every region for lack of regional rates in hand and extended beyond 2027), linearly to zero between 2024 and 2040 under net zero. Dedicated supplies (nuclear PPA, on-site solar, gas plant, Natick's renewables) stay flat. The start year of operation is an input."),
    src("assume.start_year", "First year of operation", "Orbital Footprint", 2026,
        "", Assumption, "2027, three years after the grid data year: the earliest a 40 MW-class orbital system could plausibly operate; sampled from 2026 to 2035 (Suncatcher's launch-price threshold is for the mid-2030s), a slider from 2025 to 2045."),
    src("natick2020", "Microsoft finds underwater datacenters are reliable, practical and use energy sustainably", "Microsoft News", 2020,
        "https://news.microsoft.com/source/features/sustainability/project-natick-underwater-datacenter/", Primary, "Sealed nitrogen vessel, sea cooling, no water use; failure rate one-eighth of land (Cutler, via BBC, S): 8 of 855 servers failed, so the factor's range 0.054–0.246 is the exact Poisson 95 % interval on 8 events (3.45–15.76) × 1/8 [derived], land's count taken as exact; powered by Orkney's renewable grid."),
    src("irena_costs2022", "Renewable Power Generation Costs in 2022: global weighted-average capacity factor of new utility-scale solar PV 16.9 % (2022), 13.8 % (2010)", "IRENA", 2023,
        "https://www.irena.org/Publications/2023/Aug/Renewable-Power-Generation-Costs-in-2022", Secondary, "Ground PV capacity factor: 16.9 % central (2022's new plants, world), 13.8 % low (2010's, cloudier markets and fixed tilt), 24 % high (US median, Starcloud WP, S). Quoted from the report's highlights as republished, not checked against its tables; whether the factor is per AC or per DC watt is not checked here (per DC panel watt it is lower by the inverter loading ratio, which would only raise orbit's gain)."),
    src("nrel_land2013", "Land-Use Requirements for Solar Power Plants in the United States (NREL/TP-6A20-56290): ~7.3 acres per MWac total area", "S. Ong, C. Campbell, P. Denholm, R. Margolis, G. Heath, NREL", 2013,
        "https://www.nrel.gov/docs/fy13osti/56290.pdf", Primary, "29.5 m²/kWac ÷ 24 % capacity factor (Starcloud WP) = 123 m² per kW of load [derived]."),
    src("crane_tmi", "Microsoft–Constellation PPA: Crane Clean Energy Center (TMI-1), ~835 MW, 20 yr, online 2028", "Constellation, via stocktitan / RTO Insider", 2024,
        "https://www.constellationenergy.com/", Secondary, "Nuclear preset."),
    src("iea_energy_ai", "Energy and AI: data centres 415 TWh (2024), ~945 TWh (2030, base case)", "IEA", 2025,
        "https://www.iea.org/reports/energy-and-ai/energy-demand-from-ai", Secondary, "Quoted from the report by press, not checked against the report's own tables."),
    src("alphabet_10k", "Alphabet Inc. 2022 Form 10-K / Q4 2022 results: servers' estimated useful life extended to six years from 2023", "Alphabet Inc.", 2023,
        "https://abc.xyz/investor/", Secondary, "Server refresh on Earth: 6 yr central, 4 yr (the previous policy) low."),
    src("omb_a94", "OMB Circular A-94: 7 % real discount rate (1992 base case); 2 % in the 2023 revision", "US Office of Management and Budget", 1992,
        "https://www.whitehouse.gov/omb/", Primary, "Real discount rate of both sides' costs (and of the Earth building's capital recovery)."),
    src("h100_price", "NVIDIA H100 street price ~25,000–40,000 USD", "press reports", 2024,
        "", Weak, "Placeholder; no list price is published."),
    // --- Seed systems of the presets ---
    src("starcloud1", "Nvidia-backed Starcloud trains first AI model in space (60 kg satellite, 1 × H100, 325 km)", "K. Leswing, CNBC", 2025,
        "https://www.cnbc.com/2025/12/10/nvidia-backed-starcloud-trains-first-ai-model-in-space-orbital-data-centers.html", Secondary, "Starcloud-1 configuration."),
    src("ascend", "Thales Alenia Space reveals results of ASCEND feasibility study on space data centers", "Thales Alenia Space", 2024,
        "https://www.thalesaleniaspace.com/en/press-releases/thales-alenia-space-reveals-results-ascend-feasibility-study-space-data-centers-0", Primary, "Net benefit requires a launcher ten times less emissive over its life cycle."),
    src("musk2026", "Starlink V3 compute: 1 Mt/yr of satellites × 100 kW per tonne = 100 GW/yr", "E. Musk (X posts 2025; email 2026), as reported by ttm.financial", 2026,
        "", Weak, "Claim, not engineering data."),
    src("threebody", "Three-Body Computing Constellation: 12 satellites launched 14 May 2025, 744 TOPS each, ~5 POPS in total; 2,800 satellites planned", "ADA Space / Zhejiang Lab, as reported by SatNews (2026-02-16) and others", 2025,
        "https://satnews.com/", Secondary, "First batch launched on Long March 2D; 100 Gbps laser links, 30 TB storage, an 8-billion-parameter model on board. 12 × 744 TOPS = 8.9 POPS [derived], against the ~5 POPS reported: the two published figures disagree."),
    src("semianalysis2026", "To Boldly Go: The Case for Space Datacenters (space datacenter TCO model)", "D. Nishball et al., SemiAnalysis", 2026,
        "https://newsletter.semianalysis.com/p/to-boldly-go-the-case-for-space-datacenters", Secondary,
        "2026 levelised cost of compute: space 10.91 vs terrestrial 2.49 USD per GPU-hour (4.4×); launch 1.6 M USD for a 30.5 kW cluster; 5-yr useful life in space vs 15 on Earth; parity modelled around 2040. As summarised by a third party; not checked against the article."),
    src("novaspace2026", "Orbital data centres white paper: 1 GW for 5 years, ~46 B USD in orbit vs ~17 B USD on Earth", "Novaspace", 2026,
        "", Weak, "Figures as transcribed by a third party; the white paper itself was not found or checked."),
    src("spacex_fcc2026", "SpaceX Orbital Data Center system, FCC application SAT-LOA-20260108-00016 (filed 30 Jan 2026)", "Space Exploration Holdings (SpaceX), as reported by SpaceNews, the FCC's public notice DA 26-113 and others", 2026,
        "https://spacenews.com/spacex-files-plans-for-million-satellite-orbital-data-center-constellation/", Secondary,
        "Up to 1,000,000 satellites at 500–2,000 km, 30° and sun-synchronous inclinations; 1 Mt/yr of satellites at 100 kW of compute per tonne = 100 GW of compute a year (10 kg/kW [derived]). No satellite mass, power or schedule in the filing as reported."),
    src("blueorigin_fcc2026", "Blue Origin Orbital Data Center System (Project Sunrise), FCC application SAT-LOA-20260319-00032 (filed 19 Mar 2026)", "Blue Origin, as reported by SpaceNews and others", 2026,
        "https://spacenews.com/blue-origin-joins-the-orbital-data-center-race/", Secondary,
        "Up to 51,600 satellites in sun-synchronous orbits at 500–1,800 km (97–104°), 300–1,000 per plane, optical links (TeraWave). No satellite power or mass published."),
    src("aetha2026", "Data centres in space: can they truly replace traditional data centres? (SpaceX's 'AI Sat Mini' 100 kW AI payload)", "Aetha Consulting", 2026,
        "https://www.aethaconsulting.com/data-centres-in-space-can-they-truly-replace-traditional-data-centres/", Weak,
        "A 100 kW AI payload per satellite, attributed to SpaceX's 'AI Sat Mini' concept; not checked against a SpaceX document."),
    src("mccalip2025", "Economics of Orbital vs Terrestrial Data Centers (calculator)", "A. McCalip", 2025,
        "https://andrewmccalip.com/space-datacenters", Weak,
        "Peer calculator: 1 GW for 5 years, 22.2 Mkg to LEO (22 kg/kW [derived]), 36.5 W/kg whole-satellite specific power, 27 kW satellites (Starlink V2-mini class)."),
    // --- The claims the page checks (data/claims.rs) ---
    src("kr36_2025", "马斯克都夸真香的太空数据中心,真的能让地球减负吗? (Space data centres, praised by Musk: can they really lighten Earth's load?)", "36Kr (36氪)", 2025,
        "https://36kr.com/", Secondary, "The article this project answers (2025-12-19): it reports the supporters' claim of continuous solar power and a PUE close to 1.0, and the critics' claim that launch emissions could negate the benefit."),
    src("carbone4_ascend", "ASCEND testimonies: Carbone 4's comparative analysis of data centres in space and on the ground", "Carbone 4, on the ASCEND project's site", 2024,
        "https://ascend-horizon.eu/testimonies", Secondary, "Orbit beats a terrestrial data centre if and only if the launcher is reusable and emits less than 370 kgCO2 per kg of payload on average over its life; more than 70 % of the orbital footprint from launchers with current solutions; upper-atmosphere effects not counted."),
    // --- Launch, emissions and Earth-side assumptions ---
    src("assume.burn_profile", "Burn altitude profile of each stage", "Orbital Footprint", 2026,
        "", Assumption, "Lift-off stages burn from 0 km to staging (~60–90 km) at a constant rate with altitude ∝ t² (≈46 % of a 0–70 km burn is below 15 km, matching F9's max-Q at ~12 km, ~40 % into the burn); upper stages burn linearly from staging to ~200–300 km. Emissions above 50 km get the stratospheric non-CO2 factors (particles settle)."),
    src("assume.stage_split", "Split of published vehicle totals into stages where no split is published", "Orbital Footprint", 2026,
        "", Assumption, "Starship 400 t dry split 2:1 booster:ship; New Glenn 100 t dry 4:1; Ariane 64 core/upper dry from the 76.9 t total less 4 × 13 t P120C; Electron 13 t lift-off mass as 9.25 + 2.15 t propellant, 0.95 + 0.25 t dry."),
    src("assume.material_mix", "Material mix of stage dry mass", "Orbital Footprint", 2026,
        "", Assumption, "Al-Li tank stages 80 % aluminium, 15 % steel/superalloy (engines), 5 % electronics; stainless-steel Starship 90/5/5; composite stages (Electron, P120C cases) 75 % carbon composite."),
    src("assume.composite", "Carbon-fibre composite footprint per kg", "Orbital Footprint", 2026,
        "", Assumption, "No published factor found; taken between ORACLE's aluminium (14.9) and nickel superalloy (40, W), central = ORACLE electronics (24.85): carbon fibre is energy-intensive."),
    src("assume.propellant_production", "Propellant production footprints other than methalox", "Orbital Footprint", 2026,
        "", Assumption, "Kerosene/LOX and methane/LOX ~0.4 kgCO2e/kg of propellant (fuel upstream + air separation for the ~70–78 % that is LOX); the transcribed methalox 2.5 (miraux_methalox, S, unconfirmed; as large as burning the methane itself) is kept as the high value; hydrogen/LOX ~1.8 (grey H2 ~10–12 kgCO2/kg H2 at O/F ≈ 6); solids ~2 and hypergolics ~3 (chemical synthesis). No primary LCA of propellant production found."),
    src("assume.payload_margin", "Usable payload margin", "Orbital Footprint", 2026,
        "", Assumption, "10 % of a vehicle's payload lost to adapters, dispensers and volume packing (range 5–20 %)."),
    src("assume.override_off", "Override inputs default to 0 (off)", "Orbital Footprint", 2026,
        "", Assumption, "0 means: use the catalogue value."),
    src("assume.starship_price", "Starship price per launch", "Orbital Footprint", 2026,
        "", Assumption, "No published price found: 20 M USD = 100 t × 200 USD/kg, Suncatcher's mid-2030s threshold (P); low 10 M, high 90 M (Falcon Heavy-class)."),
    src("assume.lm5_price", "Long March 5B price", "Orbital Footprint", 2026,
        "", Assumption, "No published price found; taken in the range of other heavy expendable launchers (70–130 M USD)."),
    src("assume.building_embodied", "Data-centre building embodied carbon per kW of IT", "Orbital Footprint", 2026,
        "", Assumption, "No published figure found: 1 tCO2e per kW IT (0.5–2) as an order of magnitude for a steel-and-concrete shell, power and cooling plant."),
    src("assume.dc_land", "Data-centre land per kW of IT", "Orbital Footprint", 2026,
        "", Assumption, "No published figure found: 4 m²/kW (2–8) for a campus of ~100 MW on ~40 ha."),
    src("assume.building_life", "Data-centre building life", "Orbital Footprint", 2026,
        "", Assumption, "25 yr (20–40): the building's embodied carbon and capex are amortised over it."),
    src("assume.natick_pue", "Project Natick PUE", "Orbital Footprint", 2026,
        "", Assumption, "No published source found for the commonly quoted 1.07: used as central, 1.03–1.10."),
    src("assume.nuclear_price", "Nuclear PPA electricity price", "Orbital Footprint", 2026,
        "", Assumption, "The Crane PPA price is not public: 0.10 USD/kWh (0.08–0.13) as an order of magnitude for a restarted plant."),
    src("assume.sat_cost", "Satellite hardware cost per kg, excluding accelerators", "Orbital Footprint", 2026,
        "", Assumption, "Press estimates of Starlink V2-mini (~0.8 M USD for ~800 kg) give ~1,000 USD/kg; 300–5,000. Applied to the structure and bus, shielding, batteries and radiators only: the array is costed by its cell's price per watt and the accelerators by their price, so no part is costed twice."),
    src("assume.scale_share", "Share of global data-centre demand moved to orbit", "Orbital Footprint", 2026,
        "", Assumption, "Illustrative 1 %; a slider."),
    src("assume.reentry_nonco2", "Climate effect of emissions above 50 km", "Orbital Footprint", 2026,
        "", Assumption, "No published forcing per emission covers launch exhaust above 50 km or re-entry alumina, BC and NOx (ablation at ~60–80 km): they are not counted in CO2e under any non-CO2 accounting and are reported as masses per year instead (particles descend into the stratosphere over months to years, so this undercounts by an unknown amount). Ohs et al.'s published method counts re-entry NOx × 298 (the GWP100 of N2O applied to NOx: NOx is not a long-lived greenhouse gas, so the factor has no physical basis); it is kept as their method, flagged."),
    src("assume.bc_efficacy", "Efficacy of stratospheric black carbon", "Orbital Footprint", 2026,
        "", Assumption, "Effective ÷ instantaneous forcing of BC at 15–50 km: 1 = Ross & Sheaffer's instantaneous forcing (the high end); studies with adjusting atmospheres find stratospheric BC cools the surface (Ban-Weiss et al. 2012, Kravitz et al. 2012, Maloney et al. 2022) and that even tropospheric BC loses much of its forcing to rapid adjustments (Stjern et al. 2017). No study gives a number for rocket BC: central 0.5 (half the instantaneous forcing reaches the surface), low −0.5 (net surface cooling of half the size) are our choices; the sign of the low end is the studies'."),
    src("assume.catalogue_position", "Position within a catalogue entry's cited range", "Orbital Footprint", 2026,
        "", Assumption, "Where each catalogue entry (cell, vehicle, Earth alternative) carries its own cited low/central/high, one input picks the point within it: 0 the low, 0.5 the central, 1 the high, linear between. The Monte Carlo samples it triangular(0, 0.5, 1), so the entry's value has its median at the central and never leaves its cited range."),
    src("assume.no_ops", "Operations in orbit", "Orbital Footprint", 2026,
        "", Assumption, "Ground segment, refurbishment of reused stages, fairings and launch-site operations are not counted (no published per-launch figure)."),
];

/// The file the page fetches the notes from, in its own folder.
pub const NOTES_FILE: &str = "notes.txt";

/// Every source's note as the page reads them: one `id = note` line per source, in
/// the catalogue format of `src/i18n` (`notes.txt`, kept equal to this by a test).
pub fn notes_file() -> String {
    let mut s = String::from(
        "# What each source gives, and the reason for each assumption: one line per source.\n\
         # Written from src/data/sources.rs; bless with NOTES_UPDATE=1 cargo test --no-default-features notes_file (src/i18n/tests.rs)\n",
    );
    for src in SOURCES.iter().filter(|s| !s.note.is_empty()) {
        s.push_str(src.id);
        s.push_str(" = ");
        s.push_str(src.note);
        s.push('\n');
    }
    s
}

/// Looks up a source by id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

/// Ids are unique and non-empty; assumptions carry a reason; cited works have a year.
pub fn validate() -> Vec<String> {
    let mut errs = Vec::new();
    let list: Vec<&Source> = SOURCES.iter().collect();
    for (i, s) in list.iter().enumerate() {
        if s.id.is_empty() || s.title.is_empty() {
            errs.push(format!("source #{i}: empty id or title"));
        }
        if list[..i].iter().any(|t| t.id == s.id) {
            errs.push(format!("source `{}`: duplicate id", s.id));
        }
        if s.quality == Quality::Assumption && s.note.is_empty() && !cfg!(target_arch = "wasm32") {
            errs.push(format!("assumption `{}`: no reason given", s.id));
        }
        if s.quality != Quality::Assumption && !(1600..=2100).contains(&s.year) {
            errs.push(format!("source `{}`: implausible year {}", s.id, s.year));
        }
        if !s.url.is_empty() && !s.url.starts_with("https://") {
            errs.push(format!("source `{}`: url must be https", s.id));
        }
        if s.note.contains(['\n', '\r']) {
            errs.push(format!("source `{}`: a note is one line (notes.txt)", s.id));
        }
    }
    errs
}
