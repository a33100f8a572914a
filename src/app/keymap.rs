//! The key map, one list of bindings per layer. The footer hints and the `?` help are built
//! from the same lists that decide what a key does, so they can never disagree.

use super::Tab;
use super::action::Action;
use crate::text;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One key, with the modifiers that must be held (Shift is ignored for characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub KeyModifiers);

const fn ch(c: char) -> Key {
    Key(KeyCode::Char(c), KeyModifiers::NONE)
}
const fn code(c: KeyCode) -> Key {
    Key(c, KeyModifiers::NONE)
}
const fn ctrl(c: char) -> Key {
    Key(KeyCode::Char(c), KeyModifiers::CONTROL)
}

impl Key {
    fn matches(&self, event: &KeyEvent) -> bool {
        let mods = match event.code {
            KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
            KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
            _ => event.modifiers,
        };
        let code = match event.code {
            KeyCode::Char(c) if event.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        self.0 == code && self.1 == mods
    }
}

/// A binding: the keys, how the help shows them, what they do, and whether the footer shows it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub shown: &'static str,
    pub help: &'static str,
    pub action: Action,
    pub footer: bool,
}

const fn bind(
    keys: &'static [Key],
    shown: &'static str,
    help: &'static str,
    action: Action,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        shown,
        help,
        action,
        footer,
    }
}

/// Which layer of the screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Help,
    Filter,
    List(Tab),
}

const HELP: &[Binding] = &[bind(
    &[code(KeyCode::Esc), ch('?'), ch('q')],
    "Esc ?",
    text::KEY_CLOSE,
    Action::CloseHelp,
    true,
)];

const FILTER: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter)],
        "Enter",
        text::KEY_FILTER_KEEP,
        Action::KeepFilter,
        true,
    ),
    bind(
        &[code(KeyCode::Esc)],
        "Esc",
        text::KEY_FILTER_CLEAR,
        Action::ClearFilter,
        true,
    ),
    bind(
        &[code(KeyCode::Backspace)],
        "Backspace",
        "delete a character",
        Action::FilterBackspace,
        false,
    ),
    bind(&[code(KeyCode::Up)], "↑", text::KEY_MOVE, Action::Up, false),
    bind(
        &[code(KeyCode::Down)],
        "↓",
        text::KEY_MOVE,
        Action::Down,
        false,
    ),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

const GLOBAL: &[Binding] = &[
    bind(
        &[ch('1'), ch('2'), ch('3'), ch('4')],
        "1-4",
        text::KEY_TABS,
        Action::GoTab(Tab::Customers),
        false,
    ),
    bind(
        &[code(KeyCode::Tab), code(KeyCode::BackTab)],
        "Tab S-Tab",
        text::KEY_NEXT_TAB,
        Action::NextTab,
        false,
    ),
    bind(&[ch('/')], "/", text::KEY_FILTER, Action::StartFilter, true),
    bind(
        &[code(KeyCode::Esc)],
        "Esc",
        text::KEY_FILTER_CLEAR,
        Action::ClearFilter,
        false,
    ),
    bind(
        &[code(KeyCode::Up), ch('k'), code(KeyCode::Down), ch('j')],
        "↑↓ jk",
        text::KEY_MOVE,
        Action::Down,
        false,
    ),
    bind(
        &[code(KeyCode::PageUp), code(KeyCode::PageDown)],
        "PgUp PgDn",
        text::KEY_PAGE,
        Action::PageDown,
        false,
    ),
    bind(
        &[ch('g'), code(KeyCode::Home), ch('G'), code(KeyCode::End)],
        "g G",
        text::KEY_ENDS,
        Action::Top,
        false,
    ),
    bind(&[ch('?')], "?", text::KEY_HELP, Action::ToggleHelp, true),
    bind(
        &[ch('q'), ctrl('c')],
        "q",
        text::KEY_QUIT,
        Action::Quit,
        true,
    ),
];

const CUSTOMERS: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), code(KeyCode::Right), ch('l')],
        "Enter →",
        text::KEY_EXPAND,
        Action::Expand,
        true,
    ),
    bind(
        &[code(KeyCode::Left), ch('h')],
        "←",
        text::KEY_COLLAPSE,
        Action::Collapse,
        true,
    ),
    bind(&[ch('s')], "s", text::KEY_SORT, Action::CycleSort, true),
];

/// The bindings in force for `layer`, tab-specific first.
pub fn bindings(layer: Layer) -> Vec<Binding> {
    match layer {
        Layer::Help => HELP.to_vec(),
        Layer::Filter => FILTER.to_vec(),
        Layer::List(tab) => {
            let own: &[Binding] = match tab {
                Tab::Customers => CUSTOMERS,
                Tab::Invitations | Tab::Partners | Tab::Permissions => &[],
            };
            own.iter().chain(GLOBAL).copied().collect()
        }
    }
}

/// What `event` does in `layer`. Bindings that stand for a family of keys (tabs, moves)
/// resolve to the member pressed.
pub fn action_for(layer: Layer, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let binding = bindings(layer)
        .into_iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))?;
    Some(match (binding.action, event.code) {
        (Action::GoTab(_), KeyCode::Char(c)) => Action::GoTab(Tab::from_digit(c)?),
        (Action::NextTab, KeyCode::BackTab) => Action::PrevTab,
        (Action::Down, KeyCode::Up | KeyCode::Char('k')) if layer != Layer::Filter => Action::Up,
        (Action::PageDown, KeyCode::PageUp) => Action::PageUp,
        (Action::Top, KeyCode::Char('G') | KeyCode::End) => Action::Bottom,
        (action, _) => action,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn the_conventions_key_map() {
        let list = Layer::List(Tab::Customers);
        let none = KeyModifiers::NONE;
        let cases = [
            (
                KeyCode::Char('1'),
                none,
                Some(Action::GoTab(Tab::Customers)),
            ),
            (
                KeyCode::Char('4'),
                none,
                Some(Action::GoTab(Tab::Permissions)),
            ),
            (KeyCode::Tab, none, Some(Action::NextTab)),
            (KeyCode::BackTab, KeyModifiers::SHIFT, Some(Action::PrevTab)),
            (
                KeyCode::Char('?'),
                KeyModifiers::SHIFT,
                Some(Action::ToggleHelp),
            ),
            (KeyCode::Char('/'), none, Some(Action::StartFilter)),
            (KeyCode::Char('k'), none, Some(Action::Up)),
            (KeyCode::Up, none, Some(Action::Up)),
            (KeyCode::Char('j'), none, Some(Action::Down)),
            (KeyCode::PageUp, none, Some(Action::PageUp)),
            (KeyCode::PageDown, none, Some(Action::PageDown)),
            (KeyCode::Char('g'), none, Some(Action::Top)),
            (KeyCode::Home, none, Some(Action::Top)),
            (
                KeyCode::Char('G'),
                KeyModifiers::SHIFT,
                Some(Action::Bottom),
            ),
            (KeyCode::End, none, Some(Action::Bottom)),
            (KeyCode::Enter, none, Some(Action::Expand)),
            (KeyCode::Right, none, Some(Action::Expand)),
            (KeyCode::Left, none, Some(Action::Collapse)),
            (KeyCode::Esc, none, Some(Action::ClearFilter)),
            (KeyCode::Char('q'), none, Some(Action::Quit)),
            (
                KeyCode::Char('c'),
                KeyModifiers::CONTROL,
                Some(Action::Quit),
            ),
            (KeyCode::Char('5'), none, None),
        ];
        for (code, mods, want) in cases {
            assert_eq!(
                action_for(list, &key(code, mods)),
                want,
                "{code:?} {mods:?}"
            );
        }
    }

    #[test]
    fn typing_in_the_filter_does_not_trigger_list_keys() {
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(
            action_for(Layer::Filter, &j),
            None,
            "j is text in the filter"
        );
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Layer::Filter, &q), None);
        assert_eq!(
            action_for(
                Layer::Filter,
                &key(KeyCode::Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::Quit)
        );
    }

    #[test]
    fn every_binding_has_help_text() {
        for tab in Tab::ALL {
            for b in bindings(Layer::List(tab)) {
                assert!(!b.help.is_empty() && !b.shown.is_empty());
            }
        }
    }
}
