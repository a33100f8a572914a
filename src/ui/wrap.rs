//! Styled lines broken at word boundaries to a width in display cells, so that a sentence
//! that states a rule goes on to the next line instead of stopping at the screen's edge.
//! Views that must know how many lines they take (a record under its row, a scrolled page)
//! wrap their lines here rather than leaving it to `Paragraph`.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// One grapheme with its style and width.
type Glyph<'a> = (&'a str, Style, usize);

/// `line` as lines of at most `width` cells, broken at spaces. A word longer than a line (a
/// URL) is broken where the line ends, and so is text without spaces (Chinese breaks between
/// any two characters). Lines after the first start with `hang` cells of space, so that a
/// wrapped value stays under where it began; spaces at a break are dropped.
pub fn wrap(line: &Line<'_>, width: u16, hang: u16) -> Vec<Line<'static>> {
    let width = usize::from(width).max(1);
    let glyphs: Vec<Glyph> =
        line.styled_graphemes(Style::default()).map(|g| (g.symbol, g.style, g.symbol.width())).collect();
    let mut out =
        Lines { done: Vec::new(), current: Vec::new(), used: 0, start: 0, hang: usize::from(hang).min(width / 2) };
    // Spaces after the last word: written only if a word follows on the same line.
    let mut spaces: Vec<Glyph> = Vec::new();
    let mut rest = glyphs.as_slice();
    while let Some(&glyph) = rest.first() {
        if glyph.0 == " " {
            // Leading spaces of the first line are indentation; a continuation line's are the break.
            if out.done.is_empty() || out.used > out.start {
                spaces.push(glyph);
            }
            rest = &rest[1..];
            continue;
        }
        let word = next_word(rest);
        rest = &rest[word.len()..];
        let word_width: usize = word.iter().map(|g| g.2).sum();
        let fits_here = out.used + spaces.len() + word_width <= width;
        let fits_a_line = out.hang + word_width <= width;
        if !fits_here && out.used > out.start && (fits_a_line || out.used + spaces.len() >= width) {
            out.break_line();
            spaces.clear();
        }
        out.used += spaces.len();
        out.current.append(&mut spaces);
        // A word longer than a line goes on where the line ends.
        for &glyph in word {
            if out.used + glyph.2 > width && out.used > out.start {
                out.break_line();
            }
            out.current.push(glyph);
            out.used += glyph.2;
        }
    }
    out.break_line();
    out.done
        .into_iter()
        .map(|glyphs| {
            let mut wrapped = Line::from(spans(&glyphs)).style(line.style);
            wrapped.alignment = line.alignment;
            wrapped
        })
        .collect()
}

/// The lines wrapped so far, and the one being filled.
struct Lines<'a> {
    done: Vec<Vec<Glyph<'a>>>,
    current: Vec<Glyph<'a>>,
    /// Cells used on the current line, and where its text starts (after the hang).
    used: usize,
    start: usize,
    hang: usize,
}

impl Lines<'_> {
    fn break_line(&mut self) {
        self.done.push(std::mem::take(&mut self.current));
        self.current.extend(std::iter::repeat_n((" ", Style::default(), 1), self.hang));
        (self.used, self.start) = (self.hang, self.hang);
    }
}

/// The word at the start of `glyphs`: a run up to the next space, or one wide character
/// (a place a line may break in Chinese).
fn next_word<'a, 'b>(glyphs: &'b [Glyph<'a>]) -> &'b [Glyph<'a>] {
    if glyphs[0].2 > 1 {
        return &glyphs[..1];
    }
    let end = glyphs.iter().position(|g| g.0 == " " || g.2 > 1).unwrap_or(glyphs.len());
    &glyphs[..end]
}

/// Runs of one style as spans.
fn spans(glyphs: &[Glyph]) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    for &(symbol, style, _) in glyphs {
        match out.last_mut() {
            Some(span) if span.style == style => span.content.to_mut().push_str(symbol),
            _ => out.push(Span::styled(symbol.to_string(), style)),
        }
    }
    out
}

/// Each of `lines` wrapped to `width` with `hang`, one after the other.
pub fn wrap_all(lines: &[Line<'_>], width: u16, hang: u16) -> Vec<Line<'static>> {
    lines.iter().flat_map(|l| wrap(l, width, hang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_sentence_breaks_between_words_and_keeps_every_word() {
        let line = Line::from("A customer cannot remove a reseller relationship itself: ask Sao Mai Cloud Solutions.");
        let lines = wrap(&line, 30, 0);
        assert_eq!(
            texts(&lines),
            ["A customer cannot remove a", "reseller relationship itself:", "ask Sao Mai Cloud Solutions."]
        );
    }

    #[test]
    fn continuation_lines_hang_under_the_value() {
        let line = Line::from(vec![Span::raw("Partners     "), Span::raw("Sao Mai Cloud Solutions (Reseller)")]);
        let lines = wrap(&line, 30, 13);
        assert_eq!(texts(&lines), ["Partners     Sao Mai Cloud", "             Solutions", "             (Reseller)"]);
    }

    #[test]
    fn chinese_breaks_between_characters_and_never_beyond_the_width() {
        let line = Line::from("客户：成都星辰贸易有限公司与深圳瑞丰科技有限公司");
        for width in [7, 10, 21] {
            let lines = wrap(&line, width, 0);
            assert!(lines.iter().all(|l| l.width() <= usize::from(width)), "{width}: {:?}", texts(&lines));
            assert_eq!(texts(&lines).concat(), line.to_string());
        }
    }

    #[test]
    fn vietnamese_combining_marks_stay_on_their_letter() {
        let decomposed = "Công ty Hai\u{300} Đăng cung câ\u{301}p di\u{323}ch vu\u{323}";
        let lines = wrap(&Line::from(decomposed), 12, 0);
        assert!(lines.iter().all(|l| l.width() <= 12), "{:?}", texts(&lines));
        assert_eq!(texts(&lines).join(" "), decomposed);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_at_the_edge() {
        let url = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship";
        let lines = wrap(&Line::from(format!("Link {url}")), 20, 2);
        assert!(lines.iter().all(|l| l.width() <= 20), "{:?}", texts(&lines));
        let joined: String = texts(&lines).iter().map(|l| l.trim_start()).collect::<Vec<_>>().join("");
        assert_eq!(joined, format!("Link {url}"));
    }

    #[test]
    fn styles_and_leading_spaces_survive() {
        let line = Line::from(vec![Span::styled("    Admin  ", Style::new().bold()), Span::raw("yes")]);
        let lines = wrap(&line, 40, 4);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].spans[0].content, "    Admin  ");
        assert_eq!(lines[0].spans[0].style, Style::new().bold());
    }

    #[test]
    fn an_empty_line_stays_one_empty_line() {
        assert_eq!(texts(&wrap(&Line::from(""), 10, 0)), [""]);
    }
}
