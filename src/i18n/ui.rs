//! The page's own strings, in English, each with its stable catalogue key: [`Ui`] for
//! fixed text and [`Msg`] for sentences with typed placeholders (`{name}`, one `&str`
//! field per placeholder, so the compiler checks that every value is given). Labels of
//! inputs, outputs, units, options, presets and our assumption notes are not here: they
//! live in the registries and `src/data`, and the catalogues key them by registry key
//! (`super::registry_keys`).

/// Fixed strings: `Ui::X.key()` is the catalogue key, `Ui::X.en()` the English.
macro_rules! ui {
    ($( $name:ident = $key:literal => $en:literal; )*) => {
        /// A fixed string of the page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Ui {
            $($name),*
        }
        impl Ui {
            /// Every fixed string, in catalogue order.
            pub const ALL: &'static [Ui] = &[$(Ui::$name),*];
            /// The catalogue key.
            pub fn key(self) -> &'static str {
                match self { $(Ui::$name => $key),* }
            }
            /// The English text.
            pub fn en(self) -> &'static str {
                match self { $(Ui::$name => $en),* }
            }
        }
    };
}

/// Sentences with placeholders: `Msg::X { a, b }` fills `{a}` and `{b}`.
macro_rules! msgs {
    ($( $name:ident { $($arg:ident),* } = $key:literal => $en:literal; )*) => {
        /// A sentence of the page with its values (already formatted for the language).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg<'a> {
            $($name { $($arg: &'a str),* }),*
        }
        impl<'a> Msg<'a> {
            /// Every sentence as (key, English, placeholder names), in catalogue order.
            pub const ALL: &'static [(&'static str, &'static str, &'static [&'static str])] =
                &[$(($key, $en, &[$(stringify!($arg)),*])),*];
            /// The catalogue key.
            pub fn key(&self) -> &'static str {
                match self { $(Msg::$name { .. } => $key),* }
            }
            /// The English template.
            pub fn en(&self) -> &'static str {
                match self { $(Msg::$name { .. } => $en),* }
            }
            /// The values, by placeholder name.
            pub fn args(&self) -> Vec<(&'static str, &'a str)> {
                match *self { $(Msg::$name { $($arg),* } => vec![$((stringify!($arg), $arg)),*]),* }
            }
        }
    };
}

ui! {
    // The page
    PageTitle = "page.title" => "Orbital Footprint";
    PageDescription = "page.description" => "Can orbital data centres lighten Earth's energy and carbon load? A cited physics model that runs in your browser.";
    Masthead = "page.masthead" => "Orbital Footprint";
    Lede = "page.lede" => "Can moving data centres into orbit lighten Earth's energy and carbon load? Every number below is computed in your browser from cited physics; change any premise and watch the verdict.";
    ScenarioRegion = "page.scenario" => "Scenario";
    ChangeScenario = "page.change_scenario" => "Change the scenario";
    UncertaintyRegion = "page.uncertainty" => "Uncertainty";
    EmbedHeading = "embed.heading" => "Orbital Footprint: orbital vs Earth data centres";
    OpenFull = "embed.open_full" => "Open the full calculator";
    Permalink = "footer.permalink" => "Permalink: ";
    FooterNote = "footer.note" => "Runs entirely in your browser; no request leaves this site. Sources and assumptions are listed above, each with its quality: P primary, S secondary, W weak, A our assumption.";
    Language = "page.language" => "Language";
    // The verdict
    EarthFallback = "verdict.earth_fallback" => "the Earth alternative";
    CleanerFromDayOne = "verdict.cleaner_from_day_one" => "it is cleaner from the first day";
    SkipToVerdict = "a11y.skip_to_verdict" => "Skip to the verdict";
    ShellVerdict = "shell.verdict" => "The verdict for the default scenario";
    ShellLoading = "shell.loading" => "Loading the calculator…";
    OfflineReady = "offline.ready" => "Available offline: this page now opens and computes with no network.";
    UpdateAvailable = "offline.update" => "A new version of the calculator is available.";
    UpdateReload = "offline.reload" => "Reload";
    NeverPaidBack = "verdict.never_paid_back" => "its launch and manufacturing emissions are never paid back";
    PaybackAfterOneYear = "verdict.payback_after_one_year" => "its launch and manufacturing emissions are paid back after 1 year";
    Orbit = "verdict.orbit" => "Orbit";
    CarbonPayback = "verdict.carbon_payback" => "Carbon payback";
    Never = "verdict.never" => "never";
    CostRatio = "verdict.cost_ratio" => "Cost per accelerator-hour, orbit ÷ Earth";
    ModelNotes = "verdict.model_notes" => "Notes on this scenario";
    PerKwhComputing = "verdict.per_kwh_computing" => "per kWh of computing";
    HowComputed = "verdict.how_computed" => "How this is computed";
    NonCo2Row = "verdict.non_co2_row" => "With non-CO2 effects of launch";
    Co2AloneRow = "verdict.co2_alone_row" => "On CO2 alone";
    WhyRange = "verdict.why_range" => "Why a range";
    WhyThisAccounting = "verdict.why_accounting" => "About this accounting";
    // Panels
    OrbitHeading = "panel.orbit" => "Orbit";
    GeoNote = "panel.geo_note" => "Geostationary: equatorial, 35,786 km altitude.";
    InSunlight = "panel.in_sunlight" => "In sunlight";
    ArrayHeading = "panel.array" => "Solar array";
    TickCubeSat = "panel.tick_cubesat" => "CubeSat";
    TickIss = "panel.tick_iss" => "ISS";
    TickListPrice = "panel.tick_list_price" => "list price";
    Tick40Mw = "panel.tick_40mw" => "40 MW";
    Tick100Km2 = "panel.tick_100km2" => "100 km²";
    SizeToWorkload = "panel.size_to_workload" => "Size array to workload";
    LaunchHeading = "panel.launch" => "Launch vehicle";
    Expendable = "panel.expendable" => "expendable";
    Kerosene = "panel.kerosene" => "kerosene";
    Methane = "panel.methane" => "methane";
    Hydrogen = "panel.hydrogen" => "hydrogen";
    Solid = "panel.solid" => "solid";
    Hypergolic = "panel.hypergolic" => "hypergolic";
    ListSeparator = "panel.list_separator" => ", ";
    WorkloadHeading = "panel.workload" => "Workload";
    ComparisonHeading = "panel.comparison" => "Comparison";
    RepinBaseline = "panel.repin_baseline" => "Re-pin baseline";
    PinBaseline = "panel.pin_baseline" => "Pin as baseline";
    ClearBaseline = "panel.clear_baseline" => "Clear baseline";
    ResetAll = "panel.reset_all" => "Reset all";
    // Results
    ResultsHeading = "results.heading" => "Results";
    GroupEnergy = "results.energy" => "Energy";
    GroupReliability = "results.reliability" => "Radiation and reliability";
    GroupCooling = "results.cooling" => "Cooling";
    GroupLaunch = "results.launch" => "Launch";
    GroupEmissions = "results.emissions" => "Emissions";
    GroupCost = "results.cost" => "Cost";
    GroupScale = "results.scale" => "Scale";
    AssumptionsBehind = "results.assumptions_behind" => "Assumptions behind these";
    // Assumptions
    AssumptionsHeading = "assume.heading" => "Assumptions and sources";
    ResetEverything = "assume.reset_everything" => "Reset everything";
    NoteMissing = "assume.note_missing" => "its reason could not be loaded (notes.txt)";
    NotesMissing = "assume.notes_missing" => "The sources' notes could not be loaded (notes.txt is missing or offline): every value, range and source is here, but not what is taken from each work nor the reasons for our assumptions.";
    AssumptionsNote = "assume.note" => "Every input the model uses, with the range it may take, the low / central / high values published for it, and where it comes from. The default is the central value. Quality: P primary, S secondary, W weak (placeholder), A our assumption (no published source; the reason is given).";
    QualityTitle = "assume.quality_title" => "Quality: P primary, S secondary, W weak, A assumption (no published source)";
    UnknownSource = "assume.unknown_source" => "(unknown source)";
    Fixed = "assume.fixed" => "fixed";
    Triangular = "assume.triangular" => "triangular";
    LogTriangular = "assume.log_triangular" => "log-triangular";
    FullRange = "assume.full_range" => "full range";
    HoldCentral = "assume.hold_central" => "hold at central";
    Narrow = "assume.narrow" => "narrow ×0.5";
    Widen = "assume.widen" => "widen ×2";
    Reset = "assume.reset" => "Reset";
    ColInput = "assume.col_input" => "Input";
    ColValue = "assume.col_value" => "Value";
    ColRange = "assume.col_range" => "Allowed range";
    ColLowCentralHigh = "assume.col_low_central_high" => "Low / central / high";
    ColSource = "assume.col_source" => "Source";
    ColMonteCarlo = "assume.col_monte_carlo" => "Monte Carlo";
    // Presets
    StartFrom = "preset.start_from" => "Start from a real system";
    CustomScenario = "preset.custom" => "Custom scenario";
    Published = "preset.published" => "Published: ";
    ThisModel = "preset.this_model" => "This model's physics: ";
    Reproduced = "preset.reproduced" => "Reproduced (the source's assumptions): ";
    PendingLead = "preset.pending_lead" => "Pending: ";
    PresetTableSummary = "preset.table_summary" => "Every preset: published, reproduced, this model's physics";
    ColPreset = "preset.col_preset" => "Preset";
    ColHeadline = "preset.col_headline" => "Headline";
    ColPublished = "preset.col_published" => "Published";
    ColReproduced = "preset.col_reproduced" => "Reproduced (the source's assumptions)";
    ColThisModel = "preset.col_this_model" => "This model's physics";
    ColWhyDiffer = "preset.col_why_differ" => "Why they differ";
    Modified = "preset.modified" => " (scenario modified since loading)";
    // Share and export
    LinkAdjusted = "share.link_adjusted" => "This link was adjusted:";
    Dismiss = "share.dismiss" => "Dismiss";
    ShareHeading = "share.heading" => "Share and export";
    LinkCopied = "share.link_copied" => "Link copied";
    CopyLink = "share.copy_link" => "Copy link";
    ShareDots = "share.share" => "Share…";
    Embed = "share.embed" => "Embed";
    CopyThisLink = "share.copy_this_link" => "Copy this link:";
    DownloadCsv = "share.download_csv" => "Download CSV";
    DownloadJson = "share.download_json" => "Download JSON";
    Print = "share.print" => "Print";
    PrintSummaryNote = "footer.print_summary" => "Runs entirely in your browser. This printout is the summary: each chart names its sources under it; every source and assumption, each with its quality (P primary, S secondary, W weak, A our assumption), prints with the appendix and is on the page at the permalink.";
    PrintAppendix = "share.print_appendix" => "Print with the appendix (every chart, the results, the ladder, the assumptions and the claims)";
    ThemeAuto = "share.theme_auto" => "Follow the reader's system";
    ThemeLight = "share.theme_light" => "Light";
    ThemeDark = "share.theme_dark" => "Dark";
    EmbedThis = "share.embed_this" => "Embed this calculator";
    Chart = "share.chart" => "Chart";
    ShowControls = "share.show_controls" => "Show the four controls";
    Theme = "share.theme" => "Theme";
    Numbers = "share.numbers" => "Numbers";
    LatestModel = "share.latest_model" => "Always the latest model";
    PasteIntoPage = "share.paste" => "Paste into your page";
    ResizeNote1 = "share.resize_note_1" => "The snippet resizes its iframe by itself, and so do AMP and Pym.js pages. A page with several embeds can instead load ";
    ResizeNote2 = "share.resize_note_2" => " once. Where scripts are stripped, the fixed height above shows the whole widget at the column width chosen.";
    EmbedColumn = "share.embed_column" => "Column width on your page";
    EmbedMeasuring = "share.embed_measuring" => "Measuring the widget's height in the previews…";
    CopySnippet = "share.copy_snippet" => "Copy snippet";
    FrameTitle = "share.frame_title" => "Orbital Footprint: orbital vs Earth data centre emissions";
    LangFollowPage = "share.lang_page" => "The reader's browser decides";
    // Charts
    ChartCumulative = "chart.cumulative" => "Cumulative emissions";
    ChartSources = "chart.sources" => "Emissions by source";
    ChartMass = "chart.mass" => "Mass to orbit";
    ChartFlow = "chart.flow" => "Power and heat flow";
    ChartEclipse = "chart.eclipse" => "Time in Earth's shadow";
    CumulativeTitle = "chart.cumulative_title" => "Cumulative emissions: orbit vs Earth";
    PaybackNever = "chart.payback_never" => "Orbit's cumulative emissions never fall below Earth's within the horizon.";
    YearsFromLaunch = "chart.years_from_launch" => "Years from launch";
    CumulativeAxis = "chart.cumulative_axis" => "Cumulative tCO2e";
    ColYear = "chart.col_year" => "Year";
    ColOrbitT = "chart.col_orbit_t" => "Orbit (tCO2e)";
    ColEarthT = "chart.col_earth_t" => "Earth (tCO2e)";
    ColEarthGrid = "chart.col_earth_grid" => "Earth grid that year (gCO2e/kWh)";
    NetCoolingAside = "verdict.net_cooling_aside" => ", below zero a net cooling";
    BarLaunchCo2 = "chart.bar_launch_co2" => "Launch, combustion CO2";
    BarEarthElectricity = "chart.bar_earth_electricity" => "Earth: electricity";
    BarEarthBuilding = "chart.bar_earth_building" => "Earth: building";
    BarEarthHardware = "chart.bar_earth_hardware" => "Earth: hardware";
    SourcesTitle = "chart.sources_title" => "Emissions by source";
    ColSourceName = "chart.col_source" => "Source";
    ColTco2e = "chart.col_tco2e" => "tCO2e";
    ColRangeLowHigh = "chart.col_range" => "Range (low–high)";
    SourcesAxis = "chart.sources_axis" => "tCO2e over the horizon (log scale)";
    ColItem = "chart.col_item" => "Item";
    ColValueChart = "chart.col_value" => "Value";
    ColBaseline = "chart.col_baseline" => "Baseline";
    MassTitle = "chart.mass_title" => "Mass to orbit by subsystem";
    MassAxis = "chart.mass_axis" => "Tonnes to orbit (one generation)";
    MassWhat = "chart.mass_what" => "mass to orbit by subsystem";
    FlowTitle = "chart.flow_title" => "Power and heat flow";
    FlowAxis = "chart.flow_axis" => "MW, in sunlight, start of life";
    FlowWhat = "chart.flow_what" => "the power and heat flow in sunlight at start of life (every watt of electricity ends as heat the radiators reject)";
    FlowAbsorbed = "chart.flow_absorbed" => "Absorbed by the array (sunlight, Earth IR, albedo)";
    FlowReradiated = "chart.flow_reradiated" => "Re-radiated by the array as heat";
    FlowGenerated = "chart.flow_generated" => "Electricity generated";
    FlowBus = "chart.flow_bus" => "Drawn by the bus (IT, cooling, losses)";
    FlowIt = "chart.flow_it" => "Used by the accelerators (IT power)";
    FlowRejected = "chart.flow_rejected" => "Rejected by the radiators";
    PreviewNote = "chart.preview_note" => "The default scenario, computed when this page was built. With JavaScript the page computes any scenario you set.";
    NoteCumulative = "chart.note_cumulative" => "Orbit: launch, launcher and satellite manufacturing and re-entry up front (each replacement generation relaunched), under the chosen accounting. Earth: building, hardware and grid electricity at the alternative's PUE.";
    NoteSources = "chart.note_sources" => "Launch emissions from Barker et al. 2024 emission indices with afterburning and altitude scaling; the non-CO2 range (black carbon, alumina and water at 15–50 km: Ross & Sheaffer 2014's forcing over Brown et al. 2024's inventory, under the chosen metric and efficacy) is shown separately: its low end is a net cooling when black carbon cools the surface.";
    NoteMass = "chart.note_mass" => "Array from cell areal mass; batteries from Wh/kg at the depth of discharge; radiators from areal density plus pumped-loop kg per kW; structure as a fraction of the rest; propellant by the rocket equation against drag.";
    NoteFlow = "chart.note_flow" => "Array: bifacial equilibrium temperature (absorbed sunlight, Earth IR and albedo; both faces emit); radiators: Stefan–Boltzmann, two-sided, edge-on to the Sun, with Earth IR and albedo by view factor.";
    NoteEclipse = "chart.note_eclipse" => "Method: β angle over a year (Meeus solar coordinates, J2 nodal precession), cylindrical shadow (Vallado).";
    EclipseTitle = "chart.eclipse_title" => "Time in Earth's shadow vs altitude";
    AltitudeAxis = "chart.altitude_axis" => "Altitude (km)";
    ShadowAxis = "chart.shadow_axis" => "Shadow (% of year)";
    ColShadow = "chart.col_shadow" => "Time in shadow (% of year)";
    EclipseYearTitle = "chart.eclipse_year_title" => "Eclipse length per orbit through the year";
    DayOfYear = "chart.day_of_year" => "Day of year";
    EclipsePerOrbit = "chart.eclipse_per_orbit" => "Eclipse per orbit (min)";
    TornadoAxis = "chart.tornado_axis" => "orbit ÷ Earth";
    CarbonRatio = "chart.carbon_ratio" => "orbit/Earth carbon ratio";
    CostRatioWhat = "chart.cost_ratio" => "orbit/Earth cost ratio";
    TornadoPendingTitle = "chart.tornado_pending" => "What moves the verdict most";
    Computing = "chart.computing" => "Computing…";
    ColLow = "chart.col_low" => "Low";
    ColHigh = "chart.col_high" => "High";
    ColRatioLow = "chart.col_ratio_low" => "Ratio at low";
    ColRatioHigh = "chart.col_ratio_high" => "Ratio at high";
    ShowData = "chart.show_data" => "Show data";
    DownloadPng = "chart.download_png" => "Download PNG";
    DownloadSvg = "chart.download_svg" => "Download SVG";
    ChartCsv = "chart.csv" => "Get the data (CSV)";
    CopyImage = "chart.copy_image" => "Copy image";
    // Uncertainty
    ComputingRange = "mc.computing" => "Computing the range of outcomes…";
    Carbon = "mc.carbon" => "Carbon";
    Cost = "mc.cost" => "Cost";
    RatioGroup = "mc.ratio" => "Ratio";
    Band50 = "mc.band50" => "middle half of draws, 25th–75th percentile";
    Band90 = "mc.band90" => "90 % of draws, 5th–95th percentile";
    ShowBand90 = "mc.show_band90" => "Show the 90 % range";
    ConditionSeparator = "mc.condition_separator" => "; ";
    LadderTitle = "ladder.title" => "What would have to be true";
    LadderLede = "ladder.lede" => "Each line changes one premise (or two together, or one choice), every other held at its value, to where orbit ties Earth. The line nearest to today's value, measured against the premise's cited range, comes first: it is the most plausible route to parity.";
    LadderComputing = "ladder.computing" => "Working out the break-even values…";
    LadderOnCarbon = "ladder.on_carbon" => "carbon";
    LadderOnCost = "ladder.on_cost" => "cost";
    LadderNoCitedRange = "ladder.no_cited_range" => "it has no cited range";
    LadderApply = "ladder.apply" => "Apply";
    SeeTornado = "assume.see_tornado" => "All the drivers, choices included, in the tornado chart.";
    NoteTornado = "mc.note_tornado" => "One input at a time at the low and high ends of its published range (triangular, or log-triangular for ranges over 3×), others at their values.";
    // Claims
    ClaimsHeading = "claims.heading" => "Claims, checked by the model";
    ClaimsLede = "claims.lede" => "Each claim of the public debate, decided by a rule over this model's outputs: under the claimant's own assumptions, and under this model's central ones. Every verdict is computed, never written by hand.";
    ClaimsShow = "claims.show" => "Check the claims";
    ClaimsComputing = "claims.computing" => "Checking the claims…";
    ClaimHolds = "claims.holds" => "Holds";
    ClaimHoldsOnlyIf = "claims.holds_only_if" => "Holds only if";
    ClaimDoesNotHold = "claims.does_not_hold" => "Does not hold";
    ClaimNoValue = "claims.no_value" => "no value of the deciding input in its range makes it hold";
    NoBreakevenLaunch = "results.no_breakeven_launch" => "none (orbit emits more than Earth even with launches that emit nothing)";
    NoValue = "results.no_value" => "none in this scenario";
    NoneShort = "claims.none_short" => "none";
    ClaimantReading = "claims.claimant_reading" => "Claimant's assumptions";
    CentralReading = "claims.central_reading" => "This model's central assumptions";
    ClaimRule = "claims.rule" => "Rule: ";
    ClaimSource = "claims.source" => "Source: ";
    OpenScenario = "claims.open" => "Open this scenario";
    ClaimUnknown = "claims.unknown" => "This link names a claim this version does not know.";
    ModelsOwn = "claims.models_own" => "this model's own value";
    ClaimEmbedOption = "claims.embed_option" => "Or embed one claim's card";
    ClaimEmbedNone = "claims.embed_none" => "No claim (the calculator)";
    Draws = "mc.draws" => "Monte Carlo draws";
    Seed = "mc.seed" => "Seed";
    // Exports: the full CSV in embeds, a claim card's image.
    EmbedScenarioCsv = "embed.scenario_csv" => "Download the whole scenario (CSV)";
    ClaimImage = "claims.download_image" => "Download image (PNG)";
    // Chart legends and value readout (issue 16, item 9): keep this block last.
    KeyLegend = "chart.legend" => "Legend";
    KeyBaseline = "chart.key_baseline" => "Pinned baseline";
    KeyBand = "chart.key_band" => "5th–95th percentile (Monte Carlo)";
    KeyPayback = "chart.key_payback" => "Payback point";
    KeyCurrentOrbit = "chart.key_current_orbit" => "Current orbit";
    KeyShadow = "chart.key_shadow" => "Annual-mean time in shadow";
    KeyEclipse = "chart.key_eclipse" => "Eclipse per orbit";
    KeyNonCo2 = "chart.key_non_co2" => "Orbit: non-CO2 of launch (central)";
    KeyLowEnd = "chart.key_low_end" => "Input at the low end of its range";
    KeyHighEnd = "chart.key_high_end" => "Input at the high end of its range";
    KeyChoice = "chart.key_choice" => "A held choice's other option";
    KeyCentral = "chart.key_central" => "Today's ratio";
    KeyAltitude = "chart.key_altitude" => "Altitude";
    KeyTornadoLogAxis = "chart.key_tornado_log_axis" => "orbit ÷ Earth (log scale)";
}

msgs! {
    Footer { version } = "footer.version" => "Model and data version {version}. ";
    // The verdict
    Headline { years, what, payback } = "verdict.headline" => "Over {years} years this orbital data centre {what}; {payback}.";
    HeadlineOneYear { what, payback } = "verdict.headline_one_year" => "Over 1 year this orbital data centre {what}; {payback}.";
    EmitsMore { ratio, earth } = "verdict.emits_more" => "emits {ratio} the CO2e of the same compute in {earth}";
    EmitsPctMore { pct, earth } = "verdict.emits_pct_more" => "emits {pct} more CO2e than the same compute in {earth}";
    EmitsLess { pct, earth } = "verdict.emits_less" => "emits {pct} less CO2e than the same compute in {earth}";
    PaybackAfter { years } = "verdict.payback_after" => "its launch and manufacturing emissions are paid back after {years} years";
    Co2OnlyNote { metric, low, high, central, cooling, efficacy } = "verdict.co2_only_note" => "Counting non-CO2 effects ({metric}), orbit emits {low} to {high} the Earth alternative's CO2e ({central} at the inputs' values){cooling}: black carbon, alumina and water emitted at 15–50 km, black carbon's surface effect taken as {efficacy} of its instantaneous forcing, since studies find stratospheric soot can cool the surface; nothing emitted above 50 km is counted.";
    OhsNote { ratio } = "verdict.ohs_note" => "This uses Ohs et al.'s published accounting (re-entry NOx × 298, N2O's warming potential applied to NOx); on CO2 alone orbit emits {ratio} the Earth alternative's CO2e.";
    AccountingNote { accounting, metric, ratio } = "verdict.accounting_note" => "This uses the “{accounting}” accounting ({metric}); on CO2 alone orbit emits {ratio} the Earth alternative's CO2e.";
    PaybackYear { year } = "verdict.payback_year" => "year {year}";
    RestsOn { workload, useful, earth, horizon, accounting } = "verdict.rests_on" => "Rests on: {workload}, {useful} of its time useful; compared with {earth}; {horizon}; {accounting}.";
    HorizonYears { years } = "verdict.horizon_years" => "a {years}-year horizon";
    NonCo2Range { low, high, central } = "verdict.non_co2_range" => "{low} to {high} the CO2e of Earth ({central} at the inputs' values)";
    NonCo2RangeCooling { high, central } = "verdict.non_co2_range_cooling" => "From a net cooling up to {high} the CO2e of Earth ({central} at the inputs' values)";
    NonCo2Reason { metric, efficacy, cooling } = "verdict.non_co2_reason" => "The headline counts CO2 only. Black carbon, alumina and water emitted at 15–50 km warm more per kilogram than CO2, by an amount still uncertain: this range uses {metric}, and black carbon's surface effect is taken as {efficacy} of its instantaneous forcing, since studies find stratospheric soot can cool the surface{cooling}. Nothing emitted above 50 km is counted.";
    OrbitDerivation { launch, launcher, satellite, reentry, total, energy } = "verdict.orbit_derivation" => "launch {launch} + launcher manufacturing and propellant {launcher} + satellite manufacturing {satellite} + re-entry {reentry} = {total} gCO2e per kWh of computing: the horizon's emissions ÷ the {energy} of IT energy the orbit delivers.";
    EarthDerivation { grid, pue, per_kwh, electricity, building, hardware, total } = "verdict.earth_derivation" => "grid {grid} gCO2e/kWh (mean over the horizon) × PUE {pue} × {per_kwh} kWh of its own IT energy per kWh of the orbit's (its own interruptions) = {electricity}, + building {building} + hardware {hardware} = {total} gCO2e per kWh of computing.";
    // Claims
    ClaimBy { claimant, date } = "claims.by" => "{claimant}, {date}";
    ClaimCondition { label, at, now } = "claims.condition" => "{label} is {at} (today {now})";
    ClaimBeyond { condition } = "claims.beyond" => "it would take {condition}: beyond its plausible range";
    ClaimIs { quantity, value, test } = "claims.is" => "{quantity} is {value} (rule: {test})";
    ClaimSolved { output, target, input, value } = "claims.solved" => "{output} reaches {target} at {input} {value}";
    TestAtMost { x } = "claims.at_most" => "≤ {x}";
    TestAtLeast { x } = "claims.at_least" => "≥ {x}";
    TestBetween { a, b } = "claims.between" => "between {a} and {b}";
    // Panels and controls
    OfTheYear { share } = "panel.of_the_year" => "{share} of the year";
    VehicleFacts { tonnes, km, reuse, propellants } = "panel.vehicle_facts" => "{tonnes} t to LEO ({km} km) · {reuse} · {propellants}";
    Reused { stage, flights } = "panel.reused" => "{stage} reused ×{flights}";
    LabelUnit { unit } = "control.label_unit" => " ({unit})";
    NumberIn { label, unit } = "control.number_in" => "{label} in {unit}";
    // Results
    VsBaseline { delta } = "results.vs_baseline" => "{delta} % vs baseline";
    VsBaselineTimes { ratio } = "results.vs_baseline_times" => "{ratio} the baseline";
    // Assumptions
    Assumption { note } = "assume.assumption" => "Assumption: {note}";
    NoRange { value } = "assume.no_range" => "{value} (no range published)";
    Treatment { label } = "assume.treatment" => "Monte Carlo treatment of {label}";
    ResetTo { label, value } = "assume.reset_to" => "Reset {label} to {value}";
    ResetChoice { label } = "assume.reset_choice" => "Reset {label}";
    // Share
    PinnedTo { version } = "share.pinned_to" => "Pinned to version {version} (numbers never change)";
    // Charts
    CumulativeDesc { years, orbit, earth, earth_total, grid_from, grid_to, trajectory, payback } = "chart.cumulative_desc" => "Line chart of cumulative emissions in tonnes of CO2e over {years} years: orbit (blue) reaches {orbit} t, {earth} (green) reaches {earth_total} t, its electricity going from {grid_from} to {grid_to} gCO2e/kWh ({trajectory}); shaded bands, once computed, span the 5th–95th percentiles of the Monte Carlo. {payback}";
    PaybackPoint { years } = "chart.payback_point" => "Orbit's cumulative emissions fall below Earth's after {years} years (orange dot).";
    SourcesDesc { parts, low, high } = "chart.sources_desc" => "Horizontal bars on a log scale, tonnes of CO2e by source: {parts}; the non-CO2 range runs from {low} to {high} (below zero: a net cooling, drawn from the axis).";
    BarNonCo2 { metric } = "chart.bar_non_co2" => "Non-CO2 of launch, {metric} (low–high)";
    BarsDesc { what, parts } = "chart.bars_desc" => "Horizontal bars of {what}: {parts}.";
    EclipseDesc { first, last, altitude, share } = "chart.eclipse_desc" => "Line chart of the annual-mean share of time in Earth's shadow against altitude, from {first} at 200 km to {last} at 2,000 km. The current orbit, at {altitude} km, spends {share} of the year in shadow.";
    EclipseYearDesc { days, longest } = "chart.eclipse_year_desc" => "Columns of eclipse minutes per orbit for each day of the year: {days} days with eclipses in two seasons around the equinoxes, longest {longest} min.";
    TornadoTitle { what } = "chart.tornado_title" => "What moves the {what} most";
    TornadoDesc { what, center, sentence } = "chart.tornado_desc" => "Tornado chart: each bar spans the {what} with one input at the low and at the high end of its published range, the others at their values; the line marks the central ratio, {center}. {sentence}";
    TornadoTop { label, low, high, what, from, to } = "mc.tornado_top" => "The verdict hinges on {label}: from {low} to {high} moves the {what} from {from} to {to}.";
    TornadoNone { what } = "mc.tornado_none" => "No uncertain input moves the {what}: every input is held at its value.";
    // Uncertainty
    RangesBand { draws, inputs, band, carbon, cost, payback, p_carbon, p_cost } = "mc.ranges_band" => "Across {draws} draws of {inputs} uncertain inputs ({band}): orbit emits {carbon} the Earth alternative's CO2e and costs {cost} as much per accelerator-hour; orbit pays back its up-front emissions within the horizon in {payback} of draws. Probability that orbit beats Earth: {p_carbon} on carbon, {p_cost} on cost.";
    Conditions { list } = "mc.conditions" => "These probabilities hold given {list}.";
    ConditionsCount { n } = "mc.conditions_count" => "Choices these probabilities hold under: {n}";
    ConditionPart { choice, option } = "mc.condition" => "{choice}: {option}";
    LadderToday { metric, ratio } = "ladder.today" => "On {metric}: orbit ÷ Earth is {ratio} today";
    LadderSpan { distance } = "ladder.span" => "{distance} of its cited range away";
    LadderRung { earth, metric, input, at, now, span } = "ladder.rung" => "Orbit ties {earth} on {metric} if {input} is {at} (today {now}; {span}).";
    LadderPair { earth, metric, a, a_at, b, b_at, distance } = "ladder.pair" => "Orbit ties {earth} on {metric} if {a} is {a_at} and {b} is {b_at} together ({distance} of each cited range).";
    LadderChoice { earth, metric, choice, option, now, ratio } = "ladder.choice" => "Orbit crosses parity with {earth} on {metric} with {choice}: {option} instead of {now} (ratio {ratio}).";
    LadderNone { earth, metric } = "ladder.none" => "No single premise in its range makes orbit tie {earth} on {metric}.";
    LadderApplyLabel { line } = "ladder.apply_label" => "Apply: {line}";
    Updating { share } = "mc.updating" => " Updating… {share}";
    PreviewWidth { width } = "share.preview_width" => "Preview at {width} px";
    CustomFrom { name } = "preset.custom_from" => "Custom (from {name})";
    LastChange { input, from, to, before, after } = "verdict.last_change" => "{input} {from} → {to}: orbit's CO2e went from {before} to {after} Earth's.";
    LastChangeSeveral { before, after } = "verdict.last_change_several" => "Several inputs changed: orbit's CO2e went from {before} to {after} Earth's.";
    BarRatio { ratio, earth } = "verdict.bar_ratio" => "Orbit: {ratio} the CO2e of {earth}";
    BarBaseline { ratio } = "verdict.bar_baseline" => "Pinned baseline: {ratio}";
    KeyBaselineWas { value } = "verdict.key_baseline_was" => "Pinned baseline: {value}";
    FieldNotNumber { kept } = "control.field_not_number" => "Not a number: {kept} is kept.";
    EmbedMeasured { width, height } = "share.embed_measured" => "At {width} px the widget is {height} px tall: the snippet's fixed height.";
    // Exports: a claim card's image.
    ClaimImageVerdict { claimant, central } = "claims.image_verdict" => "Under the claimant's assumptions: {claimant}. Under this model's central assumptions: {central}.";
    // Chart legends and value readout (issue 16, item 9): keep this block last.
    KeyBaselineOf { name } = "chart.key_baseline_of" => "Pinned baseline, {name}";
}
