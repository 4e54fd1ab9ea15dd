//! `orbital-footprint preview`: the default scenario's first chart (cumulative
//! emissions, with its Monte Carlo bands at the page's default draws and seed) as the
//! publishable SVG the page's own export writes, in English. `cargo xtask dist` writes it
//! to `dist/preview.svg`: the picture of the static shell, and of the page without
//! JavaScript, drawn by this build's model and chart code, so it cannot drift from the
//! app. Text widths are estimated (`chart::draw::Estimate`): the viewer's sans-serif sets
//! the text itself.

use crate::chart::draw::Estimate;
use crate::chart::{cumulative, svg, Caption};
use crate::i18n::verdict::english_headline;
use crate::i18n::{Catalogue, Ui};
use crate::model::uncertainty::{self, McSettings};
use crate::model::{evaluate, Inputs};

/// The height of the preview's plot, in CSS px (the page's export uses its canvas's).
const PLOT_H: f64 = 360.0;

/// The preview's SVG document.
pub fn svg() -> String {
    let cat = Catalogue::english();
    let inputs = Inputs::default();
    let o = evaluate(&inputs);
    let mc = uncertainty::run(&inputs, &McSettings::default());
    let spec = cumulative::spec(&o, None, Some(&mc));
    let cap = Caption {
        title: spec.title.clone(),
        verdict: english_headline(&o),
        legend: spec.legend.clone(),
        footer: vec![
            cat.ui(Ui::NoteCumulative).to_string(),
            cat.ui(Ui::PreviewNote).to_string(),
            concat!("Orbital Footprint ", env!("CARGO_PKG_VERSION")).to_string(),
        ],
    };
    svg::publishable_plot(&spec.plot, &cap, PLOT_H, &Estimate).unwrap_or_else(|| {
        String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#)
    })
}

/// The preview's width and height in CSS px, read back from its root element (for the
/// `<img>` that shows it, so the page does not shift when it loads).
pub fn size(svg: &str) -> Option<(u32, u32)> {
    let root = svg.split('>').next()?;
    let attr = |name: &str| -> Option<u32> {
        let at = root.find(&format!(" {name}=\""))? + name.len() + 3;
        root[at..].split('"').next()?.parse().ok()
    };
    Some((attr("width")?, attr("height")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_is_the_default_scenario_s_cumulative_chart_with_its_headline_and_bands() {
        let s = svg();
        let o = evaluate(&Inputs::default());
        let headline = crate::i18n::verdict::english_headline(&o);
        // The headline wraps; its first words open the verdict's first line.
        let first: String = headline.split(' ').take(6).collect::<Vec<_>>().join(" ");
        assert!(
            s.contains(&format!(">{first}")),
            "no headline in the preview"
        );
        assert!(s.contains(">Cumulative emissions: orbit vs Earth</text>"));
        // The Monte Carlo's band is in the legend, and drawn (a filled polygon per line).
        assert!(s.contains(">5th–95th percentile (Monte Carlo)</text>"));
        assert!(s.matches("<polygon").count() >= 2, "no bands drawn");
        assert!(s.contains(">Payback point</text>"));
        assert!(!s.contains("NaN") && !s.contains("inf"));
        let (w, h) = size(&s).expect("a sized root");
        assert_eq!(w, 900);
        assert!((400..900).contains(&h), "{h}");
    }
}
