//! HTML and SVG written as text, for the parts of pages rendered as one
//! markup string (the charts' drawings and tables, the filter chips): one
//! string builder is much smaller in the WebAssembly module than a typed
//! view per element (measured December 2026: the chips alone as views
//! +808 bytes brotli, keyed with For and Show +2.5 kB; the charts as markup
//! -2.8 kB).
//!
//! [`Markup`] is the only way to write it, and it escapes by construction:
//! its templates are `&'static str` (written in the source, never made from
//! data or the address), and every value goes in through [`Piece`], which
//! escapes text. Nothing turns a runtime `String` into `Markup`.

use std::fmt::Write as _;

/// Markup written from templates in the source, every value escaped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// No markup at all.
    pub const fn new() -> Self {
        Markup(String::new())
    }

    /// `template` with each `{}` in it replaced, in order, by the next of
    /// `pieces`: text escaped, numbers as they are written, markup as it is.
    pub fn fill(template: &'static str, pieces: &[&dyn Piece]) -> Self {
        let mut out = Markup::new();
        out.push(template, pieces);
        out
    }

    /// Appends `template` filled with `pieces` (see [`Markup::fill`]).
    pub fn push(&mut self, template: &'static str, pieces: &[&dyn Piece]) {
        let mut pieces = pieces.iter();
        let mut parts = template.split("{}");
        if let Some(first) = parts.next() {
            self.0.push_str(first);
        }
        for part in parts {
            let piece = pieces.next();
            debug_assert!(piece.is_some(), "too few pieces for {template:?}");
            if let Some(piece) = piece {
                piece.write_to(&mut self.0);
            }
            self.0.push_str(part);
        }
        debug_assert!(pieces.next().is_none(), "too many pieces for {template:?}");
    }

    /// Appends other markup.
    pub fn append(&mut self, other: &Markup) {
        self.0.push_str(&other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The markup, to hand to `inner_html`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A value that can go into [`Markup`]: text is escaped for element
/// content and quoted attributes; numbers and markup go in as they are.
pub trait Piece {
    fn write_to(&self, out: &mut String);
}

impl Piece for str {
    fn write_to(&self, out: &mut String) {
        for c in self.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                c => out.push(c),
            }
        }
    }
}

impl Piece for String {
    fn write_to(&self, out: &mut String) {
        self.as_str().write_to(out);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn write_to(&self, out: &mut String) {
        (**self).write_to(out);
    }
}

impl Piece for Markup {
    fn write_to(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

/// Integers: digits and a sign, nothing to escape.
macro_rules! integer_pieces {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn write_to(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

integer_pieces!(i32, u16, u32, usize);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_numbers_and_markup_are_not() {
        let inner = Markup::fill("<b>{}</b>", &[&"1 < 2"]);
        let out = Markup::fill(
            r#"<a href="{}" data-n="{}">{}{}</a>"#,
            &[&"/x?a=1&b=\"2\"", &-61, &inner, &String::from("<script>")],
        );
        assert_eq!(
            out.as_str(),
            r#"<a href="/x?a=1&amp;b=&quot;2&quot;" data-n="-61"><b>1 &lt; 2</b>&lt;script&gt;</a>"#
        );
    }

    #[test]
    fn a_template_without_places_is_written_as_it_is() {
        let mut out = Markup::new();
        assert!(out.is_empty());
        out.push("<g>", &[]);
        assert!(!out.is_empty());
        out.append(&Markup::fill("</g>", &[]));
        assert_eq!(out.into_string(), "<g></g>");
    }

    #[test]
    #[should_panic(expected = "too few pieces")]
    fn a_missing_piece_is_caught_in_tests() {
        Markup::fill("<i>{}</i><i>{}</i>", &[&1usize]);
    }

    #[test]
    #[should_panic(expected = "too many pieces")]
    fn an_extra_piece_is_caught_in_tests() {
        Markup::fill("<i>{}</i>", &[&1usize, &2usize]);
    }
}
