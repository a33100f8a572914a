//! The command line (`:`), in a box at the bottom of the screen: what is typed, and the
//! commands that start so (or what the command takes).

use super::styled;
use crate::app::App;
use crate::app::command::{self, CommandLine};
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Widget};

pub fn draw(app: &App, line: &CommandLine, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let height = 4.min(area.height);
    let rect = Rect { y: area.bottom().saturating_sub(height), height, ..area };
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(format!(" {} ", text::COMMAND_TITLE))
        .title_style(theme.title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let typed =
        Line::from(vec![styled(":", theme.key), styled(line.input.clone(), theme.base), styled("█", theme.key)]);
    buf.set_line(inner.x, inner.y, &typed, inner.width);
    // What the typed command takes, once it is a jump — the first values that fit what is
    // typed of its argument, if any do; else the names that start so.
    let word = line.input.split_whitespace().next().unwrap_or_default();
    let fitting: Vec<String> = command::arguments(app, &line.input).take(8).collect();
    let hint = match command::JUMPS.iter().find(|(name, _)| *name == word) {
        Some(_) if !fitting.is_empty() => fitting.join("  "),
        Some((name, argument)) => format!("{name} {argument}"),
        None => command::candidates(&line.input).join("  "),
    };
    if inner.height > 1 {
        buf.set_line(inner.x, inner.y + 1, &Line::from(styled(hint, theme.dim)), inner.width);
    }
}
