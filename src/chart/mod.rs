//! What a chart is and how it is drawn, for the page and for native code alike: a
//! [`ChartSpec`] (title, accessible description, what to plot, the data table, the
//! legend), drawn with plotters on any of its backends by [`draw::plot`] (the page's
//! canvas, an SVG for export and for the static page's preview) and composed into a
//! publishable SVG by [`svg::publishable`]. The specs are built in `app::charts` (and,
//! for the static preview, by the CLI from the same builder); the canvas, its theme and
//! its PNG are the app's (`app::chart`).

pub mod backend;
pub mod cumulative;
pub mod draw;
pub mod svg;

use plotters::style::RGBColor;

/// Which theme colour a series uses (text labels and the data table say the same).
/// `Low` and `High` are the tornado's ends of an input's range, `Muted` a held choice's
/// other option, `Fg` the text colour (whiskers, baseline ticks, bands).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Orbit,
    Earth,
    Mark,
    Low,
    High,
    Muted,
    Fg,
}

impl Ink {
    /// The CSS class of a legend swatch in this colour (style/main.css).
    pub fn class(self) -> &'static str {
        match self {
            Ink::Orbit => "ink-orbit",
            Ink::Earth => "ink-earth",
            Ink::Mark => "ink-mark",
            Ink::Low => "ink-low",
            Ink::High => "ink-high",
            Ink::Muted => "ink-muted",
            Ink::Fg => "ink-fg",
        }
    }
}

/// How a legend entry's swatch looks, as the series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A solid line.
    Line,
    /// A dashed line (the pinned baseline's ghost).
    Dashed,
    /// A filled box (bars, columns).
    Box,
    /// A pale box (an uncertainty band).
    Band,
    /// A dot (a highlighted point).
    Dot,
    /// A line with end caps (a low–high range).
    Whisker,
    /// A short upright line (a bar's baseline or central value).
    Tick,
}

impl Swatch {
    pub fn class(self) -> &'static str {
        match self {
            Swatch::Line => "sw sw-line",
            Swatch::Dashed => "sw sw-dashed",
            Swatch::Box => "sw sw-box",
            Swatch::Band => "sw sw-band",
            Swatch::Dot => "sw sw-dot",
            Swatch::Whisker => "sw sw-whisker",
            Swatch::Tick => "sw sw-tick",
        }
    }
}

/// One legend entry: the same entries are listed under the chart's title and drawn in
/// its exported image.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub ink: Ink,
    pub swatch: Swatch,
    pub name: String,
}

impl Key {
    pub fn new(ink: Ink, swatch: Swatch, name: impl Into<String>) -> Key {
        Key {
            ink,
            swatch,
            name: name.into(),
        }
    }
}

/// A data table behind a chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// What a chart draws: lines or horizontal bars.
#[derive(Clone, Debug, PartialEq)]
pub enum Plot {
    Lines(LineData),
    Bars(BarData),
}

impl Plot {
    /// Printed across the page with its table below, not beside it: the tornado (the
    /// one chart of split bars, low and high ends either side of today), whose bars and
    /// five-column table need the width, however many bars it has.
    pub fn print_wide(&self) -> bool {
        matches!(self, Plot::Bars(b) if b.bars.iter().any(|b| b.split.is_some()))
    }
}

/// One line, optionally a ghost (the pinned baseline) and an uncertainty band.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// What the value readout calls it.
    pub name: String,
    pub points: Vec<(f64, f64)>,
    pub ink: Ink,
    pub ghost: bool,
    /// (x, low, high) of a band drawn behind the line.
    pub band: Vec<(f64, f64, f64)>,
}

/// A line chart.
#[derive(Clone, Debug, PartialEq)]
pub struct LineData {
    pub x_desc: &'static str,
    pub y_desc: &'static str,
    /// The readout's words for x ("Year") and the units of x and y ("" for none).
    pub x_name: &'static str,
    pub x_unit: &'static str,
    pub y_unit: &'static str,
    pub x_range: (f64, f64),
    pub lines: Vec<Line>,
    /// Highlighted points.
    pub marks: Vec<(f64, f64)>,
    /// Draw the lines as bars per x (the GEO eclipse calendar).
    pub as_columns: bool,
}

/// One horizontal bar: value, optional low–high whisker and baseline ghost.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// Where the bar starts (the axis origin when None): tornado bars span from..value.
    pub from: Option<f64>,
    pub whisker: Option<(f64, f64)>,
    pub ghost: Option<f64>,
    pub ink: Ink,
    /// Draw the bar as two parts meeting here: `from` to this value in this ink, this
    /// value to `value` in `ink` (the tornado's low and high ends either side of today).
    pub split: Option<(f64, Ink)>,
}

/// A horizontal bar chart; `log` draws values on a log10 axis.
#[derive(Clone, Debug, PartialEq)]
pub struct BarData {
    pub x_desc: &'static str,
    pub bars: Vec<Bar>,
    pub log: bool,
    /// The values' unit in the readout; None: ratios ("1.6×").
    pub unit: Option<&'static str>,
}

/// Everything one chart shows: title, accessible description, what to draw, the data.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub title: String,
    pub description: String,
    pub plot: Plot,
    pub table: Table,
    /// What the colours and marks mean.
    pub legend: Vec<Key>,
}

/// Kilograms as tonnes, the charts' unit of CO2e and mass.
pub fn tonnes(kg: f64) -> f64 {
    kg / 1e3
}

/// Colours of a theme (the page's come from its CSS custom properties).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub fg: RGBColor,
    pub grid: RGBColor,
    pub orbit: RGBColor,
    pub earth: RGBColor,
    pub mark: RGBColor,
    pub low: RGBColor,
    pub high: RGBColor,
    pub muted: RGBColor,
}

impl Theme {
    /// The colour of an ink.
    pub fn ink(&self, i: Ink) -> RGBColor {
        match i {
            Ink::Orbit => self.orbit,
            Ink::Earth => self.earth,
            Ink::Mark => self.mark,
            Ink::Low => self.low,
            Ink::High => self.high,
            Ink::Muted => self.muted,
            Ink::Fg => self.fg,
        }
    }
}

/// The light theme's colours (style/main.css `:root`): exports are drawn in them on
/// white whatever the page's scheme, so a dark page's image is legible in print and on
/// a white article page.
pub const LIGHT: Theme = Theme {
    fg: RGBColor(0x1a, 0x20, 0x2c),
    grid: RGBColor(0xd8, 0xdd, 0xe6),
    orbit: RGBColor(0x2b, 0x6c, 0xb0),
    earth: RGBColor(0x2f, 0x85, 0x5a),
    mark: RGBColor(0xc0, 0x56, 0x21),
    low: RGBColor(0x6b, 0x46, 0xc1),
    high: RGBColor(0xc0, 0x56, 0x21),
    muted: RGBColor(0x4a, 0x55, 0x68),
};

/// A colour as CSS and SVG write it ("#1a202c").
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// How wide a text is, in pixels, at a font size in pixels and a weight (400 normal,
/// 600 semibold), in [`draw::font_family`]: the page measures with its canvas, native
/// code estimates ([`draw::Estimate`]).
pub trait Measure {
    fn width(&self, text: &str, size_px: f64, weight: u16) -> f64;
}

/// What a published image carries besides the plot: its title, the verdict it
/// illustrates, the legend's entries (the page's own), and the footer lines (source, the
/// scenario's link, the version).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Caption {
    pub title: String,
    pub verdict: String,
    pub legend: Vec<Key>,
    pub footer: Vec<String>,
}

/// Where a drawing put its plot, in CSS pixels, and what it spans, so a pointer
/// position reads back as data (the value readout), and where its x tick labels went
/// (`data-ticks`, checked for overlap by the e2e tests).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapped {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// The x and y ranges at the plot's left and right, bottom and top edges.
    pub x: (f64, f64),
    pub y: (f64, f64),
    /// Each x tick label's left and right edge.
    pub ticks: Vec<(f64, f64)>,
}

impl Mapped {
    /// The data coordinates under a CSS pixel of the canvas (beyond the plot: its edge).
    pub fn data_at(&self, px: f64, py: f64) -> (f64, f64) {
        let f = |p: f64, a: f64, b: f64| {
            if b > a {
                ((p - a) / (b - a)).clamp(0.0, 1.0)
            } else {
                0.0
            }
        };
        let fx = f(px, self.left, self.right);
        let fy = f(py, self.top, self.bottom);
        (
            self.x.0 + fx * (self.x.1 - self.x.0),
            self.y.1 - fy * (self.y.1 - self.y.0),
        )
    }

    /// The tick extents as JSON (`[[left,right],…]`, whole pixels, rounded outwards).
    pub fn ticks_json(&self) -> String {
        let parts: Vec<String> = self
            .ticks
            .iter()
            .map(|(l, r)| format!("[{},{}]", l.floor() as i64, r.ceil() as i64))
            .collect();
        format!("[{}]", parts.join(","))
    }
}
