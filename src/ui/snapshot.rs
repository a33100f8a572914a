//! A rendered screen as plain text, a style map, ANSI-coloured text or an SVG picture. Hand-written: no
//! crate turns a ratatui `Buffer` into SVG, and the text forms are a few lines each.

use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::style::{Color, Modifier};
use std::fmt::Write;

/// Cells of a row as (x, cell), skipping the trailing halves of wide characters.
fn cells(buf: &Buffer, y: u16) -> impl Iterator<Item = (u16, &Cell)> {
    let area = buf.area;
    let mut skip = 0usize;
    (area.x..area.x + area.width).filter_map(move |x| {
        let cell = &buf[(x, y)];
        if skip > 0 {
            skip -= 1;
            return None;
        }
        skip = usize::from(cell.cell_width()).saturating_sub(1);
        Some((x, cell))
    })
}

/// Plain text, one line per row, trailing spaces removed.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.y..buf.area.y + buf.area.height {
        let line: String = cells(buf, y).map(|(_, c)| c.symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The style map: one letter per cell naming its style (foreground, background, emphasis),
/// then the legend. Beside the text snapshot it shows a colour or emphasis regression as a
/// changed letter, in a diff a person can read.
pub fn styles(buf: &Buffer) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut seen: Vec<(Color, Color, Modifier)> = Vec::new();
    let mut out = String::new();
    for y in buf.area.y..buf.area.y + buf.area.height {
        for (_, cell) in cells(buf, y) {
            let style = (cell.fg, cell.bg, cell.modifier);
            let i = seen.iter().position(|s| *s == style).unwrap_or_else(|| {
                seen.push(style);
                seen.len() - 1
            });
            out.push(LETTERS.get(i).map_or('?', |&b| char::from(b)));
        }
        out.push('\n');
    }
    for (i, (fg, bg, modifier)) in seen.iter().enumerate() {
        let letter = LETTERS.get(i).map_or('?', |&b| char::from(b));
        let _ = writeln!(out, "{letter} = fg {fg:?}, bg {bg:?}, {modifier:?}");
    }
    out
}

fn sgr_color(out: &mut String, color: Color, background: bool) {
    let base = if background { 40 } else { 30 };
    let _ = match color {
        Color::Reset => write!(out, ";{}", base + 9),
        Color::Black => write!(out, ";{base}"),
        Color::Red => write!(out, ";{}", base + 1),
        Color::Green => write!(out, ";{}", base + 2),
        Color::Yellow => write!(out, ";{}", base + 3),
        Color::Blue => write!(out, ";{}", base + 4),
        Color::Magenta => write!(out, ";{}", base + 5),
        Color::Cyan => write!(out, ";{}", base + 6),
        Color::Gray => write!(out, ";{}", base + 7),
        Color::DarkGray => write!(out, ";{}", base + 60),
        Color::LightRed => write!(out, ";{}", base + 61),
        Color::LightGreen => write!(out, ";{}", base + 62),
        Color::LightYellow => write!(out, ";{}", base + 63),
        Color::LightBlue => write!(out, ";{}", base + 64),
        Color::LightMagenta => write!(out, ";{}", base + 65),
        Color::LightCyan => write!(out, ";{}", base + 66),
        Color::White => write!(out, ";{}", base + 67),
        Color::Indexed(i) => write!(out, ";{};5;{i}", base + 8),
        Color::Rgb(r, g, b) => write!(out, ";{};2;{r};{g};{b}", base + 8),
    };
}

/// Text with ANSI SGR colours, as a terminal would show it.
pub fn ansi(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.y..buf.area.y + buf.area.height {
        let mut last: Option<(Color, Color, Modifier)> = None;
        for (_, cell) in cells(buf, y) {
            let style = (cell.fg, cell.bg, cell.modifier);
            if last != Some(style) {
                out.push_str("\x1b[0");
                for (m, code) in [
                    (Modifier::BOLD, 1),
                    (Modifier::DIM, 2),
                    (Modifier::ITALIC, 3),
                    (Modifier::UNDERLINED, 4),
                    (Modifier::REVERSED, 7),
                ] {
                    if cell.modifier.contains(m) {
                        let _ = write!(out, ";{code}");
                    }
                }
                sgr_color(&mut out, cell.fg, false);
                sgr_color(&mut out, cell.bg, true);
                out.push('m');
                last = Some(style);
            }
            out.push_str(cell.symbol());
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

const SVG_FG: &str = "#d5dce6";
const SVG_BG: &str = "#0e1621";
const CELL_W: f32 = 9.0;
const CELL_H: f32 = 19.0;

fn hex(color: Color, default: &str) -> String {
    let named = |s: &str| s.to_string();
    match color {
        Color::Reset => named(default),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Black => named("#000000"),
        Color::Red => named("#cd3131"),
        Color::Green => named("#0dbc79"),
        Color::Yellow => named("#e5e510"),
        Color::Blue => named("#2472c8"),
        Color::Magenta => named("#bc3fbc"),
        Color::Cyan => named("#11a8cd"),
        Color::Gray => named("#b0b0b0"),
        Color::DarkGray => named("#666666"),
        Color::LightRed => named("#f14c4c"),
        Color::LightGreen => named("#23d18b"),
        Color::LightYellow => named("#f5f543"),
        Color::LightBlue => named("#3b8eea"),
        Color::LightMagenta => named("#d670d6"),
        Color::LightCyan => named("#29b8db"),
        Color::White => named("#ffffff"),
        Color::Indexed(i) => format!("#{0:02x}{0:02x}{0:02x}", i),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An SVG picture of the screen with its colours, for README screenshots.
pub fn svg(buf: &Buffer) -> String {
    let area = buf.area;
    let (w, h) = (f32::from(area.width) * CELL_W, f32::from(area.height) * CELL_H);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"'DejaVu Sans Mono','Menlo','Consolas',monospace\" font-size=\"15\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"{SVG_BG}\"/>\n"
    );
    for y in area.y..area.y + area.height {
        let row: Vec<(u16, &Cell)> = cells(buf, y).collect();
        // Runs of cells with one style, drawn as one background rect and one text element.
        let mut start = 0;
        while start < row.len() {
            let (x0, first) = row[start];
            let key = (first.fg, first.bg, first.modifier);
            let mut end = start;
            let mut text = String::new();
            while end < row.len() && (row[end].1.fg, row[end].1.bg, row[end].1.modifier) == key {
                text.push_str(row[end].1.symbol());
                end += 1;
            }
            let x_end = row.get(end).map_or(area.x + area.width, |(x, _)| *x);
            let cells_wide = f32::from(x_end - x0);
            let (mut fg, mut bg) = (hex(first.fg, SVG_FG), hex(first.bg, SVG_BG));
            if first.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let px = f32::from(x0 - area.x) * CELL_W;
            let py = f32::from(y - area.y) * CELL_H;
            if bg != SVG_BG {
                let _ = writeln!(
                    out,
                    "<rect x=\"{px}\" y=\"{py}\" width=\"{}\" height=\"{CELL_H}\" fill=\"{bg}\"/>",
                    cells_wide * CELL_W
                );
            }
            let trimmed = text.trim_end();
            if !trimmed.is_empty() {
                let lead = text.len() - text.trim_start().len();
                let shown = trimmed.trim_start();
                let shown_cells = unicode_width::UnicodeWidthStr::width(shown) as f32;
                let mut attrs = String::new();
                if first.modifier.contains(Modifier::BOLD) {
                    attrs.push_str(" font-weight=\"bold\"");
                }
                if first.modifier.contains(Modifier::DIM) {
                    attrs.push_str(" opacity=\"0.6\"");
                }
                if first.modifier.contains(Modifier::UNDERLINED) {
                    attrs.push_str(" text-decoration=\"underline\"");
                }
                let _ = writeln!(
                    out,
                    "<text x=\"{}\" y=\"{}\" fill=\"{fg}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\" xml:space=\"preserve\"{attrs}>{}</text>",
                    px + lead as f32 * CELL_W,
                    py + CELL_H * 0.75,
                    shown_cells * CELL_W,
                    escape(shown)
                );
            }
            start = end;
        }
    }
    out.push_str("</svg>\n");
    out
}
