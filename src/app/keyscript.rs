//! Key scripts: how scripts and snapshot tests type into the app.
//!
//! A script is a list of tokens separated by white space. Inside a token, `<Name>` is one key
//! and any other character is typed as itself:
//!
//! - `<Enter>` `<Esc>` `<Tab>` `<S-Tab>` `<Backspace>` `<Delete>` `<Space>` `<Up>` `<Down>`
//!   `<Left>` `<Right>` `<PgUp>` `<PgDn>` `<Home>` `<End>` `<F1>`…`<F12>`, `<lt>` for `<`;
//! - `<C-x>` is Ctrl-x, `<A-x>` is Alt-x;
//! - `<wait>` lets background work finish; `<resize:80x24>` resizes the screen;
//! - a token that is exactly a key name without brackets (`Enter`, `Esc`, `Tab`, `Up`, …)
//!   is that key, so `"2 j j Enter"` reads naturally. Type such a word with a bracket in it,
//!   e.g. `<E>nter`.
//!
//! So `"/ minh <Enter>"` filters for "minh", and `"r <Tab> <Space>"` opens a form, moves to
//! its second field and toggles it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(KeyEvent),
    Wait,
    Resize(u16, u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    pub token: String,
    pub reason: String,
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("keyscript-bad", token = self.token.as_str(), reason = self.reason.as_str()))
    }
}

impl std::error::Error for ScriptError {}

fn named(name: &str) -> Option<KeyCode> {
    Some(match name {
        "Enter" | "CR" | "Return" => KeyCode::Enter,
        "Esc" | "Escape" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BackTab" | "S-Tab" => KeyCode::BackTab,
        "Backspace" | "BS" => KeyCode::Backspace,
        "Delete" | "Del" => KeyCode::Delete,
        "Space" => KeyCode::Char(' '),
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" | "PageUp" => KeyCode::PageUp,
        "PgDn" | "PageDown" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "lt" => KeyCode::Char('<'),
        f if f.len() >= 2 && f.starts_with('F') => {
            let n: u8 = f[1..].parse().ok()?;
            if !(1..=12).contains(&n) {
                return None;
            }
            KeyCode::F(n)
        }
        _ => return None,
    })
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Step {
    let modifiers = if code == KeyCode::BackTab { modifiers | KeyModifiers::SHIFT } else { modifiers };
    Step::Key(KeyEvent::new(code, modifiers))
}

fn bracketed(inner: &str, token: &str) -> Result<Step, ScriptError> {
    let err = |reason: &str| ScriptError { token: token.to_string(), reason: crate::t!(reason) };
    if inner == "wait" {
        return Ok(Step::Wait);
    }
    if let Some(size) = inner.strip_prefix("resize:") {
        let (w, h) = size.split_once('x').ok_or_else(|| err("keyscript-resize"))?;
        let w: u16 = w.parse().map_err(|_| err("keyscript-width"))?;
        let h: u16 = h.parse().map_err(|_| err("keyscript-height"))?;
        if w == 0 || h == 0 || w > 1000 || h > 1000 {
            return Err(err("keyscript-size"));
        }
        return Ok(Step::Resize(w, h));
    }
    if let Some(code) = named(inner) {
        return Ok(key(code, KeyModifiers::NONE));
    }
    let (mods, rest) = match inner.split_once('-') {
        Some(("C", rest)) if !rest.is_empty() => (KeyModifiers::CONTROL, rest),
        Some(("A", rest)) if !rest.is_empty() => (KeyModifiers::ALT, rest),
        Some(("S", rest)) if !rest.is_empty() => (KeyModifiers::SHIFT, rest),
        _ => (KeyModifiers::NONE, inner),
    };
    if let Some(code) = named(rest) {
        return Ok(key(code, mods));
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => {
            let c = if mods.contains(KeyModifiers::CONTROL) { c.to_ascii_lowercase() } else { c };
            Ok(key(KeyCode::Char(c), mods))
        }
        _ => Err(err("keyscript-unknown-key")),
    }
}

pub fn parse(script: &str) -> Result<Vec<Step>, ScriptError> {
    let mut steps = Vec::new();
    for token in script.split_whitespace() {
        if let Some(code) = named(token).filter(|_| token.chars().count() > 1 && token != "lt") {
            steps.push(key(code, KeyModifiers::NONE));
            continue;
        }
        let mut rest = token;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('<') {
                let end = after
                    .find('>')
                    .ok_or_else(|| ScriptError { token: token.to_string(), reason: crate::t!("keyscript-unclosed") })?;
                steps.push(bracketed(&after[..end], token)?);
                rest = &after[end + 1..];
            } else {
                let c = rest.chars().next().unwrap_or(' ');
                steps.push(key(KeyCode::Char(c), KeyModifiers::NONE));
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn k(code: KeyCode) -> Step {
        Step::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn parses_the_documented_forms() {
        let steps = parse("2 j j Enter").unwrap();
        assert_eq!(steps, vec![k(KeyCode::Char('2')), k(KeyCode::Char('j')), k(KeyCode::Char('j')), k(KeyCode::Enter)]);
        let steps = parse("/minh<Enter> <C-s> <S-Tab> <wait> <resize:80x24> <lt> <Space>").unwrap();
        assert_eq!(steps[0], k(KeyCode::Char('/')));
        assert_eq!(steps[5], k(KeyCode::Enter));
        assert_eq!(steps[6], Step::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        assert_eq!(steps[7], Step::Key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)));
        assert_eq!(steps[8], Step::Wait);
        assert_eq!(steps[9], Step::Resize(80, 24));
        assert_eq!(steps[10], k(KeyCode::Char('<')));
        assert_eq!(steps[11], k(KeyCode::Char(' ')));
        assert_eq!(parse("<E>nter").unwrap().len(), 5);
        assert_eq!(parse("Nguyễn").unwrap().len(), 6);
    }

    #[test]
    fn refuses_bad_scripts_with_the_token() {
        for bad in ["<Enter", "<Nope>", "<resize:0x5>", "<resize:80>", "<C->"] {
            let err = parse(bad).unwrap_err();
            assert!(!err.reason.is_empty(), "{bad}");
        }
        assert_eq!(parse("a <Nope> b").unwrap_err().token, "<Nope>");
    }

    proptest! {
        #[test]
        fn never_panics(script in "\\PC{0,60}") {
            let _ = parse(&script);
        }

        #[test]
        fn plain_words_type_each_character(word in "[a-z0-9]{2,12}") {
            prop_assume!(named(&word).is_none());
            prop_assert_eq!(parse(&word).unwrap().len(), word.chars().count());
        }
    }
}
