//! Every colour of the app, in one place; `NO_COLOR` selects the monochrome theme.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub header: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub identity: Style,
    pub border: Style,
    pub title: Style,
    pub column: Style,
    pub selected: Style,
    pub dim: Style,
    pub key: Style,
    pub ok: Style,
    pub warn: Style,
    pub error: Style,
    pub accent: Style,
}

pub const COLOR: Theme = Theme {
    base: Style::new(),
    header: Style::new().bg(Color::Rgb(22, 40, 64)).fg(Color::Rgb(230, 236, 245)),
    tab: Style::new().fg(Color::Rgb(170, 186, 208)),
    tab_active: Style::new().fg(Color::Rgb(16, 24, 40)).bg(Color::Rgb(120, 200, 255)).add_modifier(Modifier::BOLD),
    identity: Style::new().fg(Color::Rgb(255, 214, 102)),
    border: Style::new().fg(Color::Rgb(70, 90, 120)),
    title: Style::new().fg(Color::Rgb(120, 200, 255)).add_modifier(Modifier::BOLD),
    column: Style::new().fg(Color::Rgb(150, 170, 200)).add_modifier(Modifier::BOLD),
    selected: Style::new().bg(Color::Rgb(40, 70, 110)).add_modifier(Modifier::BOLD),
    dim: Style::new().fg(Color::Rgb(125, 135, 150)),
    key: Style::new().fg(Color::Rgb(255, 214, 102)).add_modifier(Modifier::BOLD),
    ok: Style::new().fg(Color::Rgb(120, 220, 140)),
    warn: Style::new().fg(Color::Rgb(255, 190, 90)),
    error: Style::new().fg(Color::Rgb(255, 110, 110)).add_modifier(Modifier::BOLD),
    accent: Style::new().fg(Color::Rgb(190, 160, 255)),
};

pub const MONOCHROME: Theme = Theme {
    base: Style::new(),
    header: Style::new().add_modifier(Modifier::REVERSED),
    tab: Style::new(),
    tab_active: Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
    identity: Style::new().add_modifier(Modifier::BOLD),
    border: Style::new(),
    title: Style::new().add_modifier(Modifier::BOLD),
    column: Style::new().add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    dim: Style::new().add_modifier(Modifier::DIM),
    key: Style::new().add_modifier(Modifier::BOLD),
    ok: Style::new(),
    warn: Style::new().add_modifier(Modifier::BOLD),
    error: Style::new().add_modifier(Modifier::BOLD),
    accent: Style::new(),
};

/// The theme for this process: monochrome when `NO_COLOR` is set to anything non-empty.
pub fn from_env() -> &'static Theme {
    match std::env::var_os("NO_COLOR") {
        Some(v) if !v.is_empty() => &MONOCHROME,
        _ => &COLOR,
    }
}
