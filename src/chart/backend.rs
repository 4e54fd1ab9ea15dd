//! A plotters backend that writes SVG into a string: the few shapes the charts use
//! (lines, polylines, rectangles, polygons, circles, text), whole-pixel coordinates,
//! numbers through `crate::numfmt` (so the bundle carries no float formatting for it)
//! and nothing else: no file output, unlike plotters' own SVG backend, whose file
//! writing and float formatting cost the page's bundle 2.2 KB gzip more (measured with
//! `cargo xtask size`, 2026-12-04). Text is written at the size it is given.

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use std::fmt::Write;

/// Writing into a `String` cannot fail: the error type no call returns.
#[derive(Debug)]
pub enum Never {}

impl std::fmt::Display for Never {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

type Done = Result<(), DrawingErrorKind<Never>>;

/// An SVG document `size` pixels, written into `out` (closed by `present`).
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    open: bool,
}

impl<'a> SvgWriter<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}">"#,
            size.0, size.1
        );
        SvgWriter {
            out,
            size,
            open: true,
        }
    }

    /// ` stroke="#rrggbb"` (or fill), with its opacity when not opaque.
    fn paint(&mut self, what: &str, c: BackendColor) {
        let (r, g, b) = c.rgb;
        let _ = write!(self.out, r##" {what}="#{r:02x}{g:02x}{b:02x}""##);
        if c.alpha < 1.0 {
            let _ = write!(
                self.out,
                r#" {what}-opacity="{}""#,
                crate::numfmt::plain(c.alpha, 3)
            );
        }
    }

    fn stroke<S: BackendStyle>(&mut self, s: &S) {
        self.paint("stroke", s.color());
        let _ = write!(self.out, r#" stroke-width="{}""#, s.stroke_width().max(1));
    }

    /// A closed shape's paint and end: filled, or outlined with no fill.
    fn fill_or_stroke<S: BackendStyle>(&mut self, s: &S, fill: bool) {
        if fill {
            self.paint("fill", s.color());
        } else {
            self.out.push_str(r#" fill="none""#);
            self.stroke(s);
        }
        self.out.push_str("/>\n");
    }

    fn points(&mut self, pts: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(r#" points=""#);
        for (k, (x, y)) in pts.into_iter().enumerate() {
            let _ = write!(self.out, "{}{x},{y}", if k == 0 { "" } else { " " });
        }
        self.out.push('"');
    }
}

/// Text for XML: `<`, `>`, `&` and quotes escaped.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Done {
        Ok(())
    }

    fn present(&mut self) -> Done {
        if std::mem::replace(&mut self.open, false) {
            self.out.push_str("</svg>\n");
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Done {
        if c.alpha > 0.0 {
            let _ = write!(self.out, r#"<rect x="{x}" y="{y}" width="1" height="1""#);
            self.paint("fill", c);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        (x1, y1): BackendCoord,
        (x2, y2): BackendCoord,
        s: &S,
    ) -> Done {
        if s.color().alpha > 0.0 {
            let _ = write!(self.out, r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}""#);
            self.stroke(s);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        s: &S,
        fill: bool,
    ) -> Done {
        if s.color().alpha > 0.0 {
            let (x, y) = (x0.min(x1), y0.min(y1));
            let (w, h) = ((x1 - x0).abs(), (y1 - y0).abs());
            let _ = write!(
                self.out,
                r#"<rect x="{x}" y="{y}" width="{w}" height="{h}""#
            );
            self.fill_or_stroke(s, fill);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Done {
        if s.color().alpha > 0.0 {
            self.out.push_str(r#"<polyline fill="none""#);
            self.stroke(s);
            self.points(path);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Done {
        if s.color().alpha > 0.0 {
            let _ = write!(self.out, r#"<circle cx="{x}" cy="{y}" r="{r}""#);
            self.fill_or_stroke(s, fill);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Done {
        if s.color().alpha > 0.0 {
            self.out.push_str("<polygon");
            self.paint("fill", s.color());
            self.points(vert);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, (x, y): BackendCoord) -> Done {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        // The baseline's shift from the anchor point, as plotters' own SVG backend writes it.
        let dy = match s.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" dy="{dy}" text-anchor="{anchor}" font-size="{}""#,
            crate::numfmt::plain(s.size(), 4)
        );
        self.paint("fill", c);
        let turn = match s.transform() {
            FontTransform::Rotate90 => 90,
            FontTransform::Rotate180 => 180,
            FontTransform::Rotate270 => 270,
            _ => 0,
        };
        if turn != 0 {
            let _ = write!(self.out, r#" transform="rotate({turn} {x} {y})""#);
        }
        let _ = writeln!(self.out, ">{}</text>", esc(text));
        Ok(())
    }
}
