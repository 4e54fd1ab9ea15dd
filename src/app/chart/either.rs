//! One plotters backend that is either the page's canvas or an SVG string, so the
//! drawing code (`crate::chart::draw`, generic over the backend) is compiled into the
//! bundle once, not once per backend: each call below dispatches to the backend's own
//! method. The SVG side is `crate::chart::backend`'s small writer.

use crate::chart::backend::SvgWriter;
use plotters::prelude::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;

/// The page's canvas, or an SVG document being written into a string.
pub enum Either<'a> {
    Canvas(CanvasBackend),
    Svg(SvgWriter<'a>),
}

/// Either backend's error, as text.
#[derive(Debug)]
pub struct Failed(String);

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failed {}

fn lift<E: std::error::Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawingErrorKind<Failed> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(Failed(e.to_string())),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// Calls the same method on whichever backend this is; the SVG's with [`Plain`] styles
/// and collected points, so its methods are compiled once, not once per style and
/// iterator type the drawing code uses.
macro_rules! both {
    ($self:ident, $b:ident => $canvas:expr, $svg:expr) => {
        match $self {
            Either::Canvas($b) => $canvas.map_err(lift),
            Either::Svg($b) => $svg.map_err(lift),
        }
    };
    ($self:ident, $b:ident => $call:expr) => {
        both!($self, $b => $call, $call)
    };
}

/// A style reduced to what it draws: colour and stroke width.
struct Plain {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Plain {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

fn plain<S: BackendStyle>(s: &S) -> Plain {
    Plain {
        color: s.color(),
        width: s.stroke_width(),
    }
}

impl DrawingBackend for Either<'_> {
    type ErrorType = Failed;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Either::Canvas(b) => b.get_size(),
            Either::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.present())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.draw_line(from, to, style), b.draw_line(from, to, &plain(style)))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.draw_rect(upper_left, bottom_right, style, fill), b.draw_rect(upper_left, bottom_right, &plain(style), fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        match self {
            Either::Canvas(b) => b.draw_path(path, style).map_err(lift),
            Either::Svg(b) => b
                .draw_path(path.into_iter().collect::<Vec<_>>(), &plain(style))
                .map_err(lift),
        }
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.draw_circle(center, radius, style, fill), b.draw_circle(center, radius, &plain(style), fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        match self {
            Either::Canvas(b) => b.fill_polygon(vert, style).map_err(lift),
            Either::Svg(b) => b
                .fill_polygon(vert.into_iter().collect::<Vec<_>>(), &plain(style))
                .map_err(lift),
        }
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Failed>> {
        both!(self, b => b.draw_text(text, style, pos))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Failed>> {
        both!(self, b => b.estimate_text_size(text, style))
    }
}
