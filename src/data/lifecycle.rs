//! Registry slices and sources of the lifecycle side (launch, emissions, Earth, economics).

use super::params::{num, ChoiceSpec, Group, ParamSpec};
use super::sources::{src, Quality::*, Source};
use super::Cited;
use crate::model::inputs::Inputs;
use crate::model::lifecycle::{Accounting, Allocation};

/// Numeric inputs of the lifecycle side.
pub static PARAMS: &[ParamSpec] = &[
    num!(
        "lifecycle.horizon_years",
        "hrzn",
        "Analysis horizon (0 = one mission)",
        "yr",
        Economics,
        [0.0, 50.0, 0.5],
        Cited::one(0.0, "assume.override_off"),
        life.horizon_years
    ),
    num!(
        "launch.payload_margin_pct",
        "lmrg",
        "Payload margin (adapters, dispensers, packing)",
        "%",
        Launch,
        [0.0, 60.0, 1.0],
        Cited::range(5.0, 10.0, 20.0, "assume.payload_margin"),
        life.launch.margin_pct
    ),
    num!(
        "launch.price_usd_per_kg",
        "lusd",
        "Launch price override (0 = vehicle list price)",
        "USD/kg",
        Launch,
        [0.0, 20_000.0, 10.0],
        Cited::one(0.0, "assume.override_off"),
        life.launch.price_usd_per_kg
    ),
    num!(
        "launch.booster_flights",
        "lreu",
        "Flights per reusable stage (0 = catalogue)",
        "flights",
        Launch,
        [0.0, 200.0, 1.0],
        Cited::one(0.0, "assume.override_off"),
        life.launch.flights
    ),
    num!(
        "earth.pue",
        "epue",
        "Earth PUE override (0 = the alternative's)",
        "",
        Earth,
        [0.0, 3.0, 0.01],
        Cited::one(0.0, "assume.override_off"),
        life.earth.pue
    ),
    num!(
        "earth.price_usd_per_kwh",
        "eusd",
        "Earth electricity price override (0 = the alternative's)",
        "USD/kWh",
        Earth,
        [0.0, 1.0, 0.001],
        Cited::one(0.0, "assume.override_off"),
        life.earth.price_usd_per_kwh
    ),
    num!(
        "earth.refresh_years",
        "eref",
        "Server refresh cycle on Earth",
        "yr",
        Earth,
        [1.0, 15.0, 0.5],
        Cited::range(4.0, 6.0, 6.0, "alphabet_10k"),
        life.earth.refresh_years
    ),
    num!(
        "earth.building_life_years",
        "ebld",
        "Data-centre building life",
        "yr",
        Earth,
        [5.0, 60.0, 1.0],
        Cited::range(20.0, 25.0, 40.0, "assume.building_life"),
        life.earth.building_life_years
    ),
    num!(
        "econ.discount_pct",
        "disc",
        "Real discount rate",
        "%",
        Economics,
        [0.0, 20.0, 0.1],
        Cited::range(2.0, 7.0, 10.0, "omb_a94"),
        life.econ.discount_pct
    ),
    num!(
        "econ.satellite_usd_per_kg",
        "susd",
        "Satellite hardware cost (excl. accelerators)",
        "USD/kg",
        Economics,
        [0.0, 100_000.0, 10.0],
        Cited::range(300.0, 1_000.0, 5_000.0, "assume.sat_cost"),
        life.econ.satellite_usd_per_kg
    ),
    num!(
        "econ.accelerator_usd",
        "ausd",
        "Accelerator price (incl. host share)",
        "USD",
        Economics,
        [0.0, 200_000.0, 100.0],
        Cited::range(25_000.0, 30_000.0, 40_000.0, "h100_price"),
        life.econ.accelerator_usd
    ),
    num!(
        "scale.share_pct",
        "share",
        "Share of global data-centre demand moved to orbit",
        "%",
        Economics,
        [0.0, 100.0, 0.1],
        Cited::one(1.0, "assume.scale_share"),
        life.scale.share_pct
    ),
];

fn accounting_option(n: usize) -> Option<(&'static str, &'static str)> {
    Accounting::ALL.get(n).map(|a| (a.id(), a.label()))
}
fn allocation_option(n: usize) -> Option<(&'static str, &'static str)> {
    Allocation::ALL.get(n).map(|a| (a.id(), a.label()))
}

/// Choice inputs of the lifecycle side.
pub static CHOICES: &[ChoiceSpec] = &[
    ChoiceSpec {
        key: "launch.vehicle",
        short: "lveh",
        label: "Launch vehicle",
        group: Group::Launch,
        option: super::vehicles::vehicle_option,
        default: "f9",
        source: "oracle",
        get: |i: &Inputs| i.life.launch.vehicle,
        set: |i: &mut Inputs, n| i.life.launch.vehicle = n.min(super::vehicles::VEHICLES.len() - 1),
    },
    ChoiceSpec {
        key: "launch.allocation",
        short: "lalc",
        label: "Launch allocation",
        group: Group::Launch,
        option: allocation_option,
        default: "share",
        source: "ohs2025",
        get: |i: &Inputs| i.life.launch.allocation.index(),
        set: |i: &mut Inputs, n| {
            i.life.launch.allocation = Allocation::ALL.get(n).copied().unwrap_or_default()
        },
    },
    ChoiceSpec {
        key: "emissions.accounting",
        short: "acct",
        label: "CO2e accounting",
        group: Group::Emissions,
        option: accounting_option,
        default: "co2",
        source: "assume.accounting_default",
        get: |i: &Inputs| i.life.emissions.accounting.index(),
        set: |i: &mut Inputs, n| {
            i.life.emissions.accounting = Accounting::ALL.get(n).copied().unwrap_or_default()
        },
    },
    ChoiceSpec {
        key: "earth.alternative",
        short: "earth",
        label: "Earth alternative",
        group: Group::Earth,
        option: super::grids::alternative_option,
        default: "world",
        source: "ember2024",
        get: |i: &Inputs| i.life.earth.alternative,
        set: |i: &mut Inputs, n| {
            i.life.earth.alternative = n.min(super::grids::ALTERNATIVES.len() - 1)
        },
    },
    ChoiceSpec {
        key: "scale.year",
        short: "syr",
        label: "Demand year",
        group: Group::Economics,
        option: super::grids::demand_option,
        default: "2030",
        source: "iea_energy_ai",
        get: |i: &Inputs| i.life.scale.year,
        set: |i: &mut Inputs, n| i.life.scale.year = n.min(super::grids::DEMAND.len() - 1),
    },
];

/// Sources of the lifecycle side.
pub static SOURCES: &[Source] = &[
    // --- Launch vehicles ---
    src("assume.accounting_default", "Headline CO2e accounting: CO2 only", "Orbital Footprint", 2026, "", Assumption,
        "The Earth grids it is compared with are lifecycle CO2e without short-lived stratospheric effects, so the headline compares like with like; the non-CO2 range (stratospheric black carbon, Ross & Sheaffer 2014 / Ryan et al. 2022) can be 2–3 orders of magnitude larger and is always shown beside it."),
    src("oracle", "Greenhouse Gas (GHG) Emissions Poised to Rocket: Modeling the Environmental Impact of LEO Satellite Constellations (ORACLE; data/raw/rocket_data.csv, dry_mass_emissions_factors.csv)", "R. Kukreja, E. J. Oughton, R. Linares, arXiv:2504.15291", 2025,
        "https://arxiv.org/abs/2504.15291", Primary, "Payload, dry and propellant mass per vehicle (propellants re-classified per reference §13.1); material factors steel 6.15, aluminium 14.9, electronics 24.85 kgCO2e/kg."),
    src("wiki_launchers", "Wikipedia: Falcon 9, Falcon Heavy, Ariane 6 (P120C 142 t propellant, ~155 t gross), Merlin (1D Vacuum Isp 348 s), Vinci (457 s) articles", "Wikipedia", 2025,
        "https://en.wikipedia.org/wiki/Falcon_9", Secondary, "Per-stage split: F9 first stage 395.7 t propellant / 25.6 t dry, second stage 92.67 t / 3.9 t (sums to ORACLE's 488.37 t and 29.5 t); Falcon Heavy 57 t LEO with side boosters recovered, 63.8 t expendable."),
    src("launch_prices", "Launch list prices: Falcon 9 62 M USD (2016 list) to ~67–70 M; Falcon Heavy 97 M (reusable); New Glenn 68–70 M; Vulcan ~100 M; Ariane 64 ~115 M; Electron ~7.5 M", "SpaceX pricing (r/spacex transcription), biologyinsights.com, press", 2024,
        "", Weak, "Placeholders (reference §6): no operator publishes current per-vehicle prices."),
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
        "https://doi.org/10.1002/2013EF000160", Primary, "Present-day rocket RF 16 ± 8 mW/m², 70 % BC, 28 % alumina, 2 % H2O; divided by Brown et al.'s 2019 stratospheric emissions and AR5 AGWP100(CO2) to give GWP100-like factors [derived]."),
    src("brown2024", "Worldwide Rocket Launch Emissions 2019: An Inventory for Use in Global Models", "Brown, Bannister, Revell, Sukhodolov, Rozanov, Earth and Space Science", 2024,
        "https://doi.org/10.1029/2024EA003668", Primary, "2019 stratospheric emissions: BC 0.28, alumina 0.91, H2O 6.38 Gg."),
    src("ryan2022", "Impact of Rocket Launch and Space Debris Air Pollutant Emissions on Stratospheric Ozone and Global Climate", "R. G. Ryan, E. A. Marais, C. J. Balhatchet, S. D. Eastham, Earth's Future 10", 2022,
        "https://doi.org/10.1029/2021EF002612", Primary, "Rocket BC ~500× the RF per kg of surface/aviation BC: cross-check only (× Bond's 900 = 4.5e5), never chained with Ross 2010's 10⁵×."),
    src("bond2013", "Bounding the role of black carbon in the climate system: A scientific assessment", "T. C. Bond et al., J. Geophys. Res. Atmos. 118, 5380–5552", 2013,
        "https://doi.org/10.1002/jgrd.50171", Primary, "BC GWP100 900 (120–1,800), applied to tropospheric rocket BC."),
    src("ipcc_ar5_agwp", "IPCC AR5 WG1 ch. 8, Anthropogenic and Natural Radiative Forcing (AGWP100 of CO2 9.17e-14 W m⁻² yr kg⁻¹)", "G. Myhre et al.", 2013,
        "https://www.ipcc.ch/report/ar5/wg1/", Primary, "Denominator of the derived non-CO2 factors."),
    src("maloney2022", "The Climate and Ozone Impacts of Black Carbon Emissions From Global Rocket Launches", "C. M. Maloney et al., JGR Atmospheres", 2022,
        "https://doi.org/10.1029/2021JD036373", Secondary, "~1 Gg/yr of rocket BC into the stratosphere today (as quoted in press summaries)."),
    src("ohs2025", "Dirty Bits in Low-Earth Orbit: The Carbon Footprint of Launching Computers (arXiv:2508.06250v3)", "R. Ohs, G. F. Stock, A. Schmidt, J. A. Fraire, H. Hermanns, ACM SIGENERGY EIR 5(2)", 2025,
        "https://doi.org/10.1145/3757892.3757896", Secondary, "Falcon 9: fuel 233.7 + first stage 423.0/20 + second stage 108.5 tCO2e per 17.5 t → 20.8 kgCO2e/kg; re-entry 0.4 kg NOx × 298 = 119.2 kgCO2e/kg (N2O's GWP on NOx, reference §13.5); Starship 15.8 kgCO2e/kg launch; Earth solar + battery 34 g/kWh. Values quoted from transcriptions, not checked against the paper."),
    src("miraux_methalox", "Methalox propellant production 2.5 kgCO2e/kg (attributed to Miraux 2022 / Ohs et al.)", "third-party provenance table", 2022,
        "", Secondary, "Unconfirmed transcription (reference §9)."),
    // --- Manufacturing ---
    src("pv_rad_embodied", "Space PV 1,400 kgCO2e/m² (Swart 2011 + Mohr 2007); radiator 86 kgCO2e/m²", "third-party model documentation", 2024,
        "", Weak, "Placeholder (reference §9)."),
    src("peiseler2024", "Battery embodied: 60 kgCO2/kWh (space pack), 55 (ground LFP), quoted from Peiseler et al. 2024", "third-party transcription", 2024,
        "", Weak, "Placeholder (reference §9)."),
    src("nvidia_h100_pcf", "HGX H100 Product Carbon Footprint Summary: 1,312 kgCO2e per 8-GPU baseboard (164 per GPU)", "NVIDIA", 2024,
        "https://images.nvidia.com/aem-dam/Solutions/documents/HGX-H100-PCF-Summary.pdf", Secondary, "Per-accelerator embodied carbon; high = Chien et al.'s 318 kg A100 instance share (different scope)."),
    src("nvidia_b200_pcf", "HGX B200 Product Carbon Footprint Summary: 2,274 kgCO2e per baseboard (284 per GPU)", "NVIDIA", 2025,
        "https://www.nvidia.com/", Secondary, "Per-accelerator embodied carbon."),
    src("chien2023", "Reducing the Carbon Impact of Generative AI Inference (HotCarbon '23): 318 kgCO2e per A100", "A. A. Chien et al.", 2023,
        "https://doi.org/10.1145/3604930.3605705", Secondary, "Quoted on the Scope3 methodology page."),
    // --- Earth ---
    src("ember2024", "Ember yearly electricity data, 2024 lifecycle carbon intensity (via co2.js average-intensities.json; 2023 OWID/Statista values as high where higher)", "Ember; Green Web Foundation co2.js", 2025,
        "https://github.com/thegreenwebfoundation/co2.js", Secondary, "Grid intensities by region (reference §10.3)."),
    src("ipcc_ar5_lca", "IPCC AR5 WGIII Annex III, Table A.III.2: lifecycle medians (nuclear 12, CCGT 490, onshore wind 11, utility PV 48 gCO2e/kWh)", "S. Schlömer et al.", 2014,
        "https://www.ipcc.ch/report/ar5/wg3/", Secondary, "Values as tabulated on wikicarbon.org (reference §10.4)."),
    src("uptime_pue", "Uptime Institute survey: average PUE 1.58 (2023), 1.56 (2024); Google fleet 1.10 (2023)", "Uptime Intelligence; Google 2024 Environmental Report", 2024,
        "https://uptimeinstitute.com/", Primary, "Central 1.56 industry average; low 1.10 hyperscale best practice."),
    src("lbnl2024", "US Data Center Energy Usage Report: ~64 billion L direct water for 176 TWh → 0.36 L/kWh [derived]; Starcloud WP implies 0.49", "LBNL", 2024,
        "https://eta.lbl.gov/publications/2024-lbnl-data-center-energy-usage-report", Secondary, "Site WUE (reference §10.2, §13.23)."),
    src("dc_capex", "Data-centre capex 7 / 10–12 / 15+ M USD per MW", "ibinterviewquestions, cortexconstruct, troy-technical", 2025,
        "", Weak, "Placeholder: no primary source found (reference §10.5)."),
    src("eia_price", "US industrial electricity price 9.77 ¢/kWh (EIA); 0.04 (Starcloud WP) and 0.25 (Suncatcher high) as range", "EIA, via a third-party analysis", 2025,
        "https://www.eia.gov/electricity/monthly/", Weak, "Placeholder; regional prices are not modelled, every grid region uses it."),
    src("natick2020", "Microsoft finds underwater datacenters are reliable, practical and use energy sustainably", "Microsoft News", 2020,
        "https://news.microsoft.com/source/features/sustainability/project-natick-underwater-datacenter/", Primary, "Sealed nitrogen vessel, sea cooling, no water use; failure rate one-eighth of land (Cutler, via BBC, S); powered by Orkney's renewable grid."),
    src("nrel_land2013", "Land-Use Requirements for Solar Power Plants in the United States (NREL/TP-6A20-56290): ~7.3 acres per MWac total area", "S. Ong, C. Campbell, P. Denholm, R. Margolis, G. Heath, NREL", 2013,
        "https://www.nrel.gov/docs/fy13osti/56290.pdf", Primary, "29.5 m²/kWac ÷ 24 % capacity factor (Starcloud WP) = 123 m² per kW of load [derived]."),
    src("crane_tmi", "Microsoft–Constellation PPA: Crane Clean Energy Center (TMI-1), ~835 MW, 20 yr, online 2028", "Constellation, via stocktitan / RTO Insider", 2024,
        "https://www.constellationenergy.com/", Secondary, "Nuclear preset (reference §2.8)."),
    src("iea_energy_ai", "Energy and AI: data centres 415 TWh (2024), ~945 TWh (2030, base case)", "IEA", 2025,
        "https://www.iea.org/reports/energy-and-ai/energy-demand-from-ai", Secondary, "Quoted from the report by press (reference §1)."),
    src("alphabet_10k", "Alphabet Inc. 2022 Form 10-K / Q4 2022 results: servers' estimated useful life extended to six years from 2023", "Alphabet Inc.", 2023,
        "https://abc.xyz/investor/", Secondary, "Server refresh on Earth: 6 yr central, 4 yr (the previous policy) low."),
    src("omb_a94", "OMB Circular A-94: 7 % real discount rate (1992 base case); 2 % in the 2023 revision", "US Office of Management and Budget", 1992,
        "https://www.whitehouse.gov/omb/", Primary, "Discount rate for LCOE."),
    src("h100_price", "NVIDIA H100 street price ~25,000–40,000 USD", "press reports", 2024,
        "", Weak, "Placeholder; no list price is published."),
    // --- Seed systems for presets ---
    src("starcloud1", "Nvidia-backed Starcloud trains first AI model in space (60 kg satellite, 1 × H100, 325 km)", "K. Leswing, CNBC", 2025,
        "https://www.cnbc.com/2025/12/10/nvidia-backed-starcloud-trains-first-ai-model-in-space-orbital-data-centers.html", Secondary, "Starcloud-1 configuration (reference §2.1)."),
    src("ascend", "Thales Alenia Space reveals results of ASCEND feasibility study on space data centers", "Thales Alenia Space", 2024,
        "https://www.thalesaleniaspace.com/en/press-releases/thales-alenia-space-reveals-results-ascend-feasibility-study-space-data-centers-0", Primary, "Net benefit requires a launcher ten times less emissive over its life cycle."),
    src("musk2026", "Starlink V3 compute: 1 Mt/yr of satellites × 100 kW per tonne = 100 GW/yr", "E. Musk (X posts 2025; email 2026), as reported by ttm.financial", 2026,
        "", Weak, "Claim, not engineering data (reference §2.5)."),
    src("threebody", "Three-Body Computing Constellation: 12 satellites, up to 744 TOPS each, ~5 POPS", "ADA Space / Zhejiang Lab, as reported by SatNews and others", 2025,
        "", Secondary, "First batch launched 14 May 2025 on Long March 2D (reference §2.5)."),
    // --- Assumptions ---
    src("assume.burn_profile", "Burn altitude profile of each stage", "Orbital Footprint", 2026,
        "", Assumption, "Lift-off stages burn from 0 km to staging (~60–90 km) at a constant rate with altitude ∝ t² (≈46 % of a 0–70 km burn is below 15 km, matching F9's max-Q at ~12 km, ~40 % into the burn); upper stages burn linearly from staging to ~200–300 km. Emissions above 50 km get the stratospheric non-CO2 factors (particles settle)."),
    src("assume.stage_split", "Split of published vehicle totals into stages where no split is published", "Orbital Footprint", 2026,
        "", Assumption, "Starship 400 t dry split 2:1 booster:ship; New Glenn 100 t dry 4:1; Ariane 64 core/upper dry from the 76.9 t total less 4 × 13 t P120C; Electron 13 t lift-off mass as 9.25 + 2.15 t propellant, 0.95 + 0.25 t dry."),
    src("assume.material_mix", "Material mix of stage dry mass", "Orbital Footprint", 2026,
        "", Assumption, "Al-Li tank stages 80 % aluminium, 15 % steel/superalloy (engines), 5 % electronics; stainless-steel Starship 90/5/5; composite stages (Electron, P120C cases) 75 % carbon composite."),
    src("assume.composite", "Carbon-fibre composite footprint per kg", "Orbital Footprint", 2026,
        "", Assumption, "No factor in the reference; taken between ORACLE's aluminium (14.9) and nickel superalloy (40, W), central = ORACLE electronics (24.85): carbon fibre is energy-intensive."),
    src("assume.propellant_production", "Propellant production footprints other than methalox", "Orbital Footprint", 2026,
        "", Assumption, "Kerosene/LOX and methane/LOX ~0.4 kgCO2e/kg of propellant (fuel upstream + air separation for the ~70–78 % that is LOX); the transcribed methalox 2.5 (miraux_methalox, S, unconfirmed; as large as burning the methane itself) is kept as the high value; hydrogen/LOX ~1.8 (grey H2 ~10–12 kgCO2/kg H2 at O/F ≈ 6); solids ~2 and hypergolics ~3 (chemical synthesis). No primary LCA in the reference (§14)."),
    src("assume.payload_margin", "Usable payload margin", "Orbital Footprint", 2026,
        "", Assumption, "10 % of a vehicle's payload lost to adapters, dispensers and volume packing (range 5–20 %)."),
    src("assume.override_off", "Override inputs default to 0 (off)", "Orbital Footprint", 2026,
        "", Assumption, "0 means: use the catalogue value."),
    src("assume.starship_price", "Starship price per launch", "Orbital Footprint", 2026,
        "", Assumption, "Open in the reference: 20 M USD = 100 t × 200 USD/kg, Suncatcher's mid-2030s threshold (P); low 10 M, high 90 M (Falcon Heavy-class)."),
    src("assume.lm5_price", "Long March 5B price", "Orbital Footprint", 2026,
        "", Assumption, "Open in the reference; taken in the range of other heavy expendable launchers (70–130 M USD)."),
    src("assume.building_embodied", "Data-centre building embodied carbon per kW of IT", "Orbital Footprint", 2026,
        "", Assumption, "Open in the reference (§14): 1 tCO2e per kW IT (0.5–2) as an order of magnitude for a steel-and-concrete shell, power and cooling plant."),
    src("assume.dc_land", "Data-centre land per kW of IT", "Orbital Footprint", 2026,
        "", Assumption, "Open in the reference (§14): 4 m²/kW (2–8) for a campus of ~100 MW on ~40 ha."),
    src("assume.building_life", "Data-centre building life", "Orbital Footprint", 2026,
        "", Assumption, "25 yr (20–40): the building's embodied carbon and capex are amortised over it."),
    src("assume.natick_pue", "Project Natick PUE", "Orbital Footprint", 2026,
        "", Assumption, "The commonly quoted 1.07 has no source in the reference (§10.1): used as central, 1.03–1.10."),
    src("assume.nuclear_price", "Nuclear PPA electricity price", "Orbital Footprint", 2026,
        "", Assumption, "The Crane PPA price is not public: 0.10 USD/kWh (0.08–0.13) as an order of magnitude for a restarted plant."),
    src("assume.sat_cost", "Satellite hardware cost per kg, excluding accelerators", "Orbital Footprint", 2026,
        "", Assumption, "Press estimates of Starlink V2-mini (~0.8 M USD for ~800 kg) give ~1,000 USD/kg; 300–5,000."),
    src("assume.scale_share", "Share of global data-centre demand moved to orbit", "Orbital Footprint", 2026,
        "", Assumption, "Illustrative 1 %; a slider."),
    src("assume.reentry_nonco2", "Climate effect of re-entry emissions", "Orbital Footprint", 2026,
        "", Assumption, "No published CO2e for re-entry alumina, BC or mesospheric NOx: counted 0 under the low and central accountings, and with the launch-derived stratospheric BC and alumina factors (high) under the high accounting; NOx × 298 only under the Ohs accounting (flagged)."),
    src("assume.no_ops", "Operations in orbit", "Orbital Footprint", 2026,
        "", Assumption, "Ground segment, refurbishment of reused stages, fairings and launch-site operations are not counted (no published per-launch figure)."),
];

/// Checks the lifecycle catalogues (vehicles, emission and manufacturing factors, Earth alternatives).
pub fn validate(errs: &mut Vec<String>) {
    super::vehicles::validate(errs);
    super::emission_indices::validate(errs);
    super::grids::validate(errs);
}
