//! `orbital-footprint shell`: the HTML the page shows before its WebAssembly runs (issue
//! 16, "no blank page"). `cargo xtask dist` writes it into `dist/index.html` at the
//! `<!-- static-shell -->` mark, so the static verdict is computed by this model and worded
//! by `i18n::verdict`, the page's own sentences, and cannot drift from what the app then
//! shows.
//!
//! Below the verdict, the default scenario's first chart: `preview.svg`, which `cargo
//! xtask dist` writes from `orbital-footprint preview` (`super::preview`). Without
//! JavaScript the page shows that picture alone, labelled as the default scenario computed
//! at build time, under the page's note that the calculator needs JavaScript.
//!
//! The static verdict is hidden unless `shell.js` (the script right after it) finds the
//! page asked for exactly the default scenario in English: any other key of the query (a
//! scenario, a baseline, an embed, a claim, a language) or a Chinese browser shows the
//! neutral loading line alone, never the default's numbers. Tracking tags do not count;
//! their list is written here from `share::view`, so the script and the codec agree.

use crate::i18n::verdict::Say;
use crate::i18n::{Catalogue, Ui};
use crate::model::{evaluate, Inputs};
use crate::share::view::{TRACKING_KEYS, TRACKING_PREFIXES};

/// Text for an HTML element or a double-quoted attribute.
use crate::chart::backend::esc;

/// The shell's HTML: the default scenario's headline, what it rests on and its first
/// chart, the loading line, the picture for a page without JavaScript, and the tracking
/// tags the script ignores.
pub fn html() -> String {
    let cat = Catalogue::english();
    let say = Say {
        cat: &cat,
        num: crate::numfmt::sig,
    };
    let inputs = Inputs::default();
    let o = evaluate(&inputs);
    let (w, h) = super::preview::size(&super::preview::svg()).unwrap_or((900, 560));
    // The chart's own accessible description is its text alternative.
    let alt = crate::chart::cumulative::spec(&o, None, None).description;
    let img = format!(
        "<img class=\"shell-chart\" src=\"preview.svg\" width=\"{w}\" height=\"{h}\" loading=\"lazy\" alt=\"{}\">",
        esc(&alt)
    );
    format!(
        concat!(
            "<div id=\"static-shell\" class=\"static-shell\" data-quiet-keys=\"{keys}\" data-quiet-prefixes=\"{prefixes}\">\n",
            "      <p class=\"shell-title\">Orbital Footprint</p>\n",
            "      <section class=\"verdict static-verdict\" aria-label=\"{label}\">\n",
            "        <p class=\"verdict-text\">{headline}</p>\n",
            "        <p class=\"verdict-rests\">{rests}</p>\n",
            "        {img}\n",
            "      </section>\n",
            "      <p class=\"shell-wait\" role=\"status\">{wait}</p>\n",
            "      <noscript><figure class=\"static-preview\">{img}<figcaption>{preview} <span lang=\"zh-CN\">{preview_zh}</span></figcaption></figure></noscript>\n",
            "    </div>\n",
            "    <script src=\"shell.js\"></script>"
        ),
        keys = esc(&TRACKING_KEYS.join(" ")),
        prefixes = esc(&TRACKING_PREFIXES.join(" ")),
        label = esc(cat.ui(Ui::ShellVerdict)),
        headline = esc(&say.headline(&o)),
        rests = esc(&say.rests_on(&inputs, &o)),
        wait = esc(cat.ui(Ui::ShellLoading)),
        img = img,
        preview = esc(cat.ui(Ui::PreviewNote)),
        // Beside the page's bilingual note that it needs JavaScript, the caption in both.
        preview_zh = esc(
            Catalogue::parse(crate::share::view::Lang::ZhCn, crate::i18n::ZH_CN)
                .map(|zh| zh.ui(Ui::PreviewNote).to_string())
                .unwrap_or_default()
                .as_str()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_says_the_pages_english_headline_escaped() {
        let h = html();
        let o = evaluate(&Inputs::default());
        // The exports' English sentence, escaped (tests/e2e/shell.test.mjs holds the shell's
        // verdict equal to the mounted page's).
        let expected = esc(&crate::i18n::verdict::english_headline(&o));
        assert!(
            h.contains(&format!("<p class=\"verdict-text\">{expected}</p>")),
            "{h}"
        );
        assert!(h.contains("data-quiet-keys=\"fbclid "), "{h}");
        // The first chart under the verdict, and as the page's picture without JavaScript,
        // sized as the preview is and described by the chart's own text alternative.
        let (w, hh) = crate::cli::preview::size(&crate::cli::preview::svg()).unwrap();
        let img = format!("<img class=\"shell-chart\" src=\"preview.svg\" width=\"{w}\" height=\"{hh}\" loading=\"lazy\" alt=\"Line chart of cumulative emissions");
        assert_eq!(h.matches(&img).count(), 2, "{h}");
        assert!(
            h.contains("<noscript><figure class=\"static-preview\">"),
            "{h}"
        );
        assert!(h.contains("utm_"), "{h}");
        assert!(!h.contains("NaN") && !h.contains("inf"), "{h}");
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(esc("a<b & \"c\">'"), "a&lt;b &amp; &quot;c&quot;&gt;&apos;");
    }
}
