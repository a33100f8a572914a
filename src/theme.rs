//! Every colour of the app, in one place: a dark and a light palette in 24-bit colour and a
//! monochrome one, each mapped down to what the terminal can show (`Depth`, read from
//! `NO_COLOR`, `COLORTERM` and `TERM` — locally from the process, over SSH from the client).

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

/// Light text on the terminal's own (dark) background.
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

/// Dark text on a white background that the theme paints itself (`base`), so it reads the same
/// whatever the terminal's background is. Every text colour has a contrast of at least 4.5:1
/// (WCAG AA) on white and on the header, tab and selection backgrounds it is drawn on (tested).
pub const LIGHT: Theme = Theme {
    base: Style::new().fg(Color::Rgb(28, 32, 40)).bg(Color::Rgb(255, 255, 255)),
    header: Style::new().bg(Color::Rgb(226, 234, 245)).fg(Color::Rgb(20, 30, 48)),
    tab: Style::new().fg(Color::Rgb(52, 70, 98)),
    tab_active: Style::new().fg(Color::Rgb(255, 255, 255)).bg(Color::Rgb(0, 90, 158)).add_modifier(Modifier::BOLD),
    identity: Style::new().fg(Color::Rgb(120, 60, 0)),
    border: Style::new().fg(Color::Rgb(110, 122, 140)),
    title: Style::new().fg(Color::Rgb(0, 84, 150)).add_modifier(Modifier::BOLD),
    column: Style::new().fg(Color::Rgb(60, 72, 92)).add_modifier(Modifier::BOLD),
    selected: Style::new().bg(Color::Rgb(214, 230, 250)).add_modifier(Modifier::BOLD),
    dim: Style::new().fg(Color::Rgb(88, 96, 108)),
    key: Style::new().fg(Color::Rgb(140, 60, 0)).add_modifier(Modifier::BOLD),
    ok: Style::new().fg(Color::Rgb(16, 110, 44)),
    warn: Style::new().fg(Color::Rgb(150, 70, 0)),
    error: Style::new().fg(Color::Rgb(180, 20, 30)).add_modifier(Modifier::BOLD),
    accent: Style::new().fg(Color::Rgb(100, 50, 170)),
};

/// Which palette: `--theme dark|light|mono`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Palette {
    #[default]
    Dark,
    Light,
    Mono,
}

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    TrueColor,
    Ansi256,
    Ansi16,
    /// `NO_COLOR`, or a terminal without colours (`TERM=dumb`): emphasis only.
    None,
}

impl Depth {
    /// From the environment's `NO_COLOR`, `COLORTERM` and `TERM` (`var` reads one).
    pub fn detect(var: impl Fn(&str) -> Option<String>) -> Depth {
        let term = var("TERM").unwrap_or_default();
        let colorterm = var("COLORTERM").unwrap_or_default();
        if var("NO_COLOR").is_some_and(|v| !v.is_empty()) || term == "dumb" {
            Depth::None
        } else if matches!(colorterm.as_str(), "truecolor" | "24bit") || term.ends_with("-direct") {
            Depth::TrueColor
        } else if term.contains("256color") {
            Depth::Ansi256
        } else {
            // `linux`, `xterm`, `screen`, `vt220`, no TERM at all: assume the 16 basic colours.
            Depth::Ansi16
        }
    }
}

/// The theme of `palette` as a terminal of `depth` shows it.
pub fn theme(palette: Palette, depth: Depth) -> &'static Theme {
    static MAPPED: std::sync::OnceLock<[[Theme; 3]; 2]> = std::sync::OnceLock::new();
    let mapped = MAPPED.get_or_init(|| {
        let down = |t: &Theme, to: fn(Color) -> Color| t.map(to);
        [[COLOR, LIGHT].map(|t| down(&t, to_256)), [COLOR, LIGHT].map(|t| down(&t, to_16))]
            .map(|[dark, light]| [dark, light, MONOCHROME])
    });
    match (palette, depth) {
        (Palette::Mono, _) | (_, Depth::None) => &MONOCHROME,
        (Palette::Dark, Depth::TrueColor) => &COLOR,
        (Palette::Light, Depth::TrueColor) => &LIGHT,
        (palette, Depth::Ansi256) => &mapped[0][palette as usize],
        (palette, Depth::Ansi16) => &mapped[1][palette as usize],
    }
}

/// The theme for this process's own terminal.
pub fn from_env(palette: Palette) -> &'static Theme {
    theme(palette, Depth::detect(|name| std::env::var(name).ok()))
}

impl Theme {
    /// The same theme with every colour passed through `to`.
    fn map(&self, to: fn(Color) -> Color) -> Theme {
        let style = |s: Style| Style { fg: s.fg.map(to), bg: s.bg.map(to), ..s };
        Theme {
            base: style(self.base),
            header: style(self.header),
            tab: style(self.tab),
            tab_active: style(self.tab_active),
            identity: style(self.identity),
            border: style(self.border),
            title: style(self.title),
            column: style(self.column),
            selected: style(self.selected),
            dim: style(self.dim),
            key: style(self.key),
            ok: style(self.ok),
            warn: style(self.warn),
            error: style(self.error),
            accent: style(self.accent),
        }
    }
}

// The two mappings below are written by hand rather than taken from `ansi_colours`, the usual
// crate for it, because that crate is LGPL-3.0 and partnerdesk is an MIT binary linked
// statically; each is a nearest-colour search over a fixed, documented palette.

/// The xterm 256-colour palette's nearest entry: the 6×6×6 cube (16–231) or the grey ramp
/// (232–255), whichever is closer.
fn to_256(color: Color) -> Color {
    let Color::Rgb(r, g, b) = color else { return color };
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let level = |c: u8| (0..6).min_by_key(|&i| LEVELS[i].abs_diff(c)).unwrap_or(0);
    let (ri, gi, bi) = (level(r), level(g), level(b));
    let cube = (LEVELS[ri], LEVELS[gi], LEVELS[bi]);
    let grey_step = ((u16::from(r) + u16::from(g) + u16::from(b)) / 3).saturating_sub(3) / 10;
    let grey_step = grey_step.min(23) as u8;
    let grey = 8 + 10 * grey_step;
    if distance((r, g, b), (grey, grey, grey)) < distance((r, g, b), cube) {
        Color::Indexed(232 + grey_step)
    } else {
        Color::Indexed(16 + 36 * ri as u8 + 6 * gi as u8 + bi as u8)
    }
}

/// One of the 16 basic colours, by hue rather than by distance: a muted green stays green
/// (the nearest of 16 by distance would often be grey, and the colour would lose its meaning).
/// Nearly grey colours go to black, dark grey, grey or white by brightness; the others to the
/// basic hue they are closest to, bright when they are light.
fn to_16(color: Color) -> Color {
    let Color::Rgb(r, g, b) = color else { return color };
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let chroma = f32::from(max - min);
    if chroma < 60.0 {
        return match max {
            0..64 => Color::Black,
            64..160 => Color::DarkGray,
            160..230 => Color::Gray,
            _ => Color::White,
        };
    }
    let (r, g, b) = (f32::from(r), f32::from(g), f32::from(b));
    let max = f32::from(max);
    let hue = if max == r {
        60.0 * ((g - b) / chroma).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / chroma + 2.0)
    } else {
        60.0 * ((r - g) / chroma + 4.0)
    };
    let bright = max > 200.0;
    const HUES: [(Color, Color); 6] = [
        (Color::Red, Color::LightRed),
        (Color::Yellow, Color::LightYellow),
        (Color::Green, Color::LightGreen),
        (Color::Cyan, Color::LightCyan),
        (Color::Blue, Color::LightBlue),
        (Color::Magenta, Color::LightMagenta),
    ];
    let (normal, light) = HUES[((hue + 30.0) / 60.0) as usize % 6];
    if bright { light } else { normal }
}

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| u32::from(x.abs_diff(y)).pow(2);
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_terminal_says_how_many_colours_it_has() {
        let cases = [
            (&[("TERM", "xterm-256color"), ("COLORTERM", "truecolor")][..], Depth::TrueColor),
            (&[("TERM", "xterm-direct")][..], Depth::TrueColor),
            (&[("TERM", "xterm-256color")][..], Depth::Ansi256),
            (&[("TERM", "screen-256color")][..], Depth::Ansi256),
            (&[("TERM", "linux")][..], Depth::Ansi16),
            (&[("TERM", "xterm")][..], Depth::Ansi16),
            (&[][..], Depth::Ansi16),
            (&[("TERM", "dumb"), ("COLORTERM", "truecolor")][..], Depth::None),
            (&[("TERM", "xterm-256color"), ("NO_COLOR", "1")][..], Depth::None),
            (&[("TERM", "xterm-256color"), ("NO_COLOR", "")][..], Depth::Ansi256),
        ];
        for (vars, want) in cases {
            assert_eq!(Depth::detect(env(vars)), want, "{vars:?}");
        }
    }

    /// Every colour a theme uses, in every style.
    fn colours(t: &Theme) -> Vec<Color> {
        let all = [
            t.base,
            t.header,
            t.tab,
            t.tab_active,
            t.identity,
            t.border,
            t.title,
            t.column,
            t.selected,
            t.dim,
            t.key,
            t.ok,
            t.warn,
            t.error,
            t.accent,
        ];
        all.iter().flat_map(|s| [s.fg, s.bg]).flatten().collect()
    }

    #[test]
    fn a_mapped_theme_uses_only_what_the_terminal_has() {
        for palette in [Palette::Dark, Palette::Light] {
            assert!(colours(theme(palette, Depth::Ansi256)).iter().all(|c| matches!(c, Color::Indexed(16..))));
            assert!(
                colours(theme(palette, Depth::Ansi16)).iter().all(|c| !matches!(c, Color::Rgb(..) | Color::Indexed(_)))
            );
            assert!(colours(theme(palette, Depth::None)).is_empty(), "emphasis only");
        }
        assert_eq!(to_256(Color::Rgb(255, 0, 0)), Color::Indexed(196));
        assert_eq!(to_256(Color::Rgb(128, 128, 128)), Color::Indexed(244));
        assert_eq!(to_256(Color::Rgb(0, 0, 0)), Color::Indexed(16));
        assert_eq!(to_16(Color::Rgb(120, 220, 140)), Color::LightGreen, "a muted green stays green");
        assert_eq!(to_16(Color::Rgb(180, 20, 30)), Color::Red);
        assert_eq!(to_16(Color::Rgb(125, 135, 150)), Color::DarkGray);
        assert_eq!(to_16(Color::Rgb(255, 255, 255)), Color::White);
    }

    /// WCAG 2 relative luminance of an sRGB colour.
    fn luminance(c: Color) -> f64 {
        let Color::Rgb(r, g, b) = c else { panic!("{c:?} is not a 24-bit colour") };
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    fn contrast(a: Color, b: Color) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_text_colour_of_the_light_theme_reads_at_4_5_to_1_where_it_is_drawn() {
        let t = LIGHT;
        let page = t.base.bg.unwrap();
        let text = [
            ("base", t.base),
            ("tab", t.tab),
            ("identity", t.identity),
            ("title", t.title),
            ("column", t.column),
            ("dim", t.dim),
            ("key", t.key),
            ("ok", t.ok),
            ("warn", t.warn),
            ("error", t.error),
            ("accent", t.accent),
        ];
        // Text is drawn on the page, on the selected row, and (tabs, identity) on the header.
        let grounds = [("page", page), ("selected", t.selected.bg.unwrap()), ("header", t.header.bg.unwrap())];
        for (name, style) in text {
            for (ground, bg) in grounds {
                let ratio = contrast(style.fg.unwrap(), bg);
                assert!(ratio >= 4.5, "{name} on {ground}: {ratio:.2}:1");
            }
        }
        for (name, style) in [("header", t.header), ("active tab", t.tab_active)] {
            let ratio = contrast(style.fg.unwrap(), style.bg.unwrap());
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1");
        }
    }
}
