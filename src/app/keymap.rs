//! The key map, one list of bindings per layer. The footer hints and the `?` help are built
//! from the same lists that decide what a key does, so they can never disagree.

use super::action::{Action, FormKey, Global, ListKey};
use super::{Tab, customers, invitations, partners, permissions};
use crate::domain::permission::Operation;
use crate::i18n::Phrase;
use crate::text;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One key, with the modifiers that must be held (Shift is ignored for characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub KeyModifiers);

pub(super) const fn ch(c: char) -> Key {
    Key(KeyCode::Char(c), KeyModifiers::NONE)
}
pub(super) const fn code(c: KeyCode) -> Key {
    Key(c, KeyModifiers::NONE)
}
pub(super) const fn ctrl(c: char) -> Key {
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

/// A binding: the keys, how the help shows them, what they do, whether the footer shows it,
/// and the operation it needs (the footer greys it out for operators who may not).
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub shown: &'static str,
    pub help: Phrase,
    pub action: Action,
    pub footer: bool,
    pub needs: Option<Operation>,
}

pub(super) const fn bind(
    keys: &'static [Key],
    shown: &'static str,
    help: Phrase,
    action: Action,
    footer: bool,
) -> Binding {
    Binding { keys, shown, help, action, footer, needs: None }
}

pub(super) const fn guarded(
    keys: &'static [Key],
    shown: &'static str,
    help: Phrase,
    action: Action,
    needs: Operation,
) -> Binding {
    Binding { keys, shown, help, action, footer: true, needs: Some(needs) }
}

/// A guarded binding shown in the help only, to keep the footer short.
pub(super) const fn hidden(
    keys: &'static [Key],
    shown: &'static str,
    help: Phrase,
    action: Action,
    needs: Operation,
) -> Binding {
    Binding { keys, shown, help, action, footer: false, needs: Some(needs) }
}

/// A tab's keys on each side of the book.
pub struct SideKeys {
    pub partner: &'static [Binding],
    pub customer: &'static [Binding],
}

impl SideKeys {
    pub fn on(&self, side: Side) -> &'static [Binding] {
        match side {
            Side::Partner => self.partner,
            Side::Customer => self.customer,
        }
    }
}

/// Whose side of the book the operator sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Partner,
    Customer,
}

/// Which layer of the screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Help,
    Filter,
    List(Tab, Side),
    Form,
    Editor,
    Confirm,
    Invitation(Side),
    /// The partner's Permissions tab: each pane has its own keys.
    PermissionsPane(permissions::Pane),
}

use Action::{Form, Global as G, List as L};
use FormKey::*;
use Global::*;
use ListKey::*;

/// Scrolling a page-like view (the help, an invitation), with the keys that move in a list.
const SCROLL: Binding =
    bind(&[code(KeyCode::Up), ch('k'), code(KeyCode::Down), ch('j')], "↑↓ jk", text::KEY_SCROLL, L(Down), true);
const SCROLL_PAGE: Binding =
    bind(&[code(KeyCode::PageUp), code(KeyCode::PageDown)], "PgUp PgDn", text::KEY_PAGE, L(PageDown), true);
const SCROLL_ENDS: Binding =
    bind(&[ch('g'), code(KeyCode::Home), ch('G'), code(KeyCode::End)], "g G", text::KEY_ENDS, L(Top), false);

const HELP: &[Binding] = &[
    bind(&[code(KeyCode::Esc), ch('?'), ch('q')], "Esc ?", text::KEY_CLOSE, G(CloseHelp), true),
    SCROLL,
    SCROLL_PAGE,
    SCROLL_ENDS,
];

const FILTER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], "Enter", text::KEY_FILTER_KEEP, L(KeepFilter), true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_FILTER_CLEAR, L(ClearFilter), true),
    bind(&[code(KeyCode::Backspace)], "Backspace", text::KEY_FILTER_BACKSPACE, L(FilterBackspace), false),
    bind(&[code(KeyCode::Up)], "↑", text::KEY_MOVE, L(Up), false),
    bind(&[code(KeyCode::Down)], "↓", text::KEY_MOVE, L(Down), false),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, G(Quit), false),
];

const GLOBAL: &[Binding] = &[
    bind(&[ch('1'), ch('2'), ch('3'), ch('4')], "1-4", text::KEY_TABS, G(GoTab(Tab::Customers)), false),
    bind(&[code(KeyCode::Tab), code(KeyCode::BackTab)], "Tab S-Tab", text::KEY_NEXT_TAB, G(NextTab), false),
    bind(&[ch('/')], "/", text::KEY_FILTER, L(StartFilter), true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_FILTER_CLEAR, L(ClearFilter), false),
    bind(&[code(KeyCode::Up), ch('k'), code(KeyCode::Down), ch('j')], "↑↓ jk", text::KEY_MOVE, L(Down), false),
    bind(&[code(KeyCode::PageUp), code(KeyCode::PageDown)], "PgUp PgDn", text::KEY_PAGE, L(PageDown), false),
    bind(&[ch('g'), code(KeyCode::Home), ch('G'), code(KeyCode::End)], "g G", text::KEY_ENDS, L(Top), false),
    bind(&[ch('T')], "T", text::KEY_TRANSCRIPT, G(Transcript), false),
    bind(&[ch('L')], "L", text::KEY_LANGUAGE, G(NextLanguage), false),
    bind(&[ch('?')], "?", text::KEY_HELP, G(ToggleHelp), true),
    bind(&[ch('q'), ctrl('c')], "q", text::KEY_QUIT, G(Quit), true),
];

const FORM: &[Binding] = &[
    bind(&[code(KeyCode::Enter), ctrl('s')], "Enter", text::KEY_SUBMIT, Form(Submit), true),
    bind(&[code(KeyCode::Tab), code(KeyCode::Down)], "Tab ↓", text::KEY_NEXT_FIELD, Form(NextField), true),
    bind(&[code(KeyCode::BackTab), code(KeyCode::Up)], "S-Tab ↑", text::KEY_PREV_FIELD, Form(PrevField), false),
    bind(&[ch(' ')], "Space", text::KEY_TOGGLE, Form(Toggle), true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_CANCEL, Action::Close, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, G(Quit), false),
];

const CONFIRM: &[Binding] = &[
    bind(&[ch('y')], "y", text::KEY_YES, Action::Answer(true), true),
    bind(&[ch('n')], "n", text::KEY_NO, Action::Answer(false), true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_BACK, Action::Close, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, G(Quit), false),
];

/// Scrolling and closing an overlay that shows one record.
pub(super) const CLOSE_VIEW: &[Binding] = &[
    SCROLL,
    SCROLL_PAGE,
    SCROLL_ENDS,
    bind(&[code(KeyCode::Esc), code(KeyCode::Left), ch('q')], "Esc", text::KEY_CLOSE, Action::Close, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, G(Quit), false),
];

/// The bindings in force for `layer`, its own first.
pub fn bindings(layer: Layer) -> Vec<Binding> {
    let own: Vec<&[Binding]> = match layer {
        Layer::Help => vec![HELP],
        Layer::Filter => vec![FILTER],
        Layer::Form => vec![FORM],
        Layer::Editor => vec![invitations::EDITOR_KEYS],
        Layer::Confirm => vec![CONFIRM],
        Layer::Invitation(side) => vec![invitations::VIEW_KEYS.on(side), CLOSE_VIEW],
        Layer::List(tab, side) => {
            let tab_keys = match tab {
                Tab::Customers => customers::KEYS.on(side),
                Tab::Invitations => invitations::KEYS.on(side),
                Tab::Partners => partners::KEYS.on(side),
                Tab::Permissions => permissions::KEYS.on(side),
            };
            vec![tab_keys, GLOBAL]
        }
        Layer::PermissionsPane(pane) => vec![permissions::pane_keys(pane), GLOBAL],
    };
    own.into_iter().flatten().cloned().collect()
}

/// What `event` does in `layer`. Bindings that stand for a family of keys (tabs, moves)
/// resolve to the member pressed.
pub fn action_for(layer: Layer, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let binding = bindings(layer).into_iter().find(|b| b.keys.iter().any(|k| k.matches(event)))?;
    Some(match (binding.action, event.code) {
        (G(GoTab(_)), KeyCode::Char(c)) => G(GoTab(Tab::from_digit(c)?)),
        (G(NextTab), KeyCode::BackTab) => G(PrevTab),
        (L(Down), KeyCode::Up | KeyCode::Char('k')) => L(Up),
        (L(PageDown), KeyCode::PageUp) => L(PageUp),
        (L(Top), KeyCode::Char('G') | KeyCode::End) => L(Bottom),
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
        let list = Layer::List(Tab::Customers, Side::Partner);
        let none = KeyModifiers::NONE;
        let cases = [
            (KeyCode::Char('1'), none, Some(G(GoTab(Tab::Customers)))),
            (KeyCode::Char('4'), none, Some(G(GoTab(Tab::Permissions)))),
            (KeyCode::Tab, none, Some(G(NextTab))),
            (KeyCode::BackTab, KeyModifiers::SHIFT, Some(G(PrevTab))),
            (KeyCode::Char('?'), KeyModifiers::SHIFT, Some(G(ToggleHelp))),
            (KeyCode::Char('/'), none, Some(L(StartFilter))),
            (KeyCode::Char('k'), none, Some(L(Up))),
            (KeyCode::Up, none, Some(L(Up))),
            (KeyCode::Char('j'), none, Some(L(Down))),
            (KeyCode::PageUp, none, Some(L(PageUp))),
            (KeyCode::PageDown, none, Some(L(PageDown))),
            (KeyCode::Char('g'), none, Some(L(Top))),
            (KeyCode::Home, none, Some(L(Top))),
            (KeyCode::Char('G'), KeyModifiers::SHIFT, Some(L(Bottom))),
            (KeyCode::End, none, Some(L(Bottom))),
            (KeyCode::Enter, none, Some(Action::Customers(customers::Act::Expand))),
            (KeyCode::Right, none, Some(Action::Customers(customers::Act::Expand))),
            (KeyCode::Left, none, Some(Action::Customers(customers::Act::Collapse))),
            (KeyCode::Esc, none, Some(L(ClearFilter))),
            (KeyCode::Char('q'), none, Some(G(Quit))),
            (KeyCode::Char('c'), KeyModifiers::CONTROL, Some(G(Quit))),
            (KeyCode::Char('5'), none, None),
        ];
        for (code, mods, want) in cases {
            assert_eq!(action_for(list, &key(code, mods)), want, "{code:?} {mods:?}");
        }
    }

    #[test]
    fn the_help_and_an_open_invitation_scroll_with_the_move_keys() {
        let none = KeyModifiers::NONE;
        for layer in [Layer::Help, Layer::Invitation(Side::Partner), Layer::Invitation(Side::Customer)] {
            let cases = [
                (KeyCode::Char('j'), L(Down)),
                (KeyCode::Down, L(Down)),
                (KeyCode::Char('k'), L(Up)),
                (KeyCode::Up, L(Up)),
                (KeyCode::PageDown, L(PageDown)),
                (KeyCode::PageUp, L(PageUp)),
                (KeyCode::Char('g'), L(Top)),
                (KeyCode::End, L(Bottom)),
            ];
            for (code, action) in cases {
                assert_eq!(action_for(layer, &key(code, none)), Some(action), "{layer:?} {code:?}");
            }
        }
    }

    #[test]
    fn typing_in_the_filter_does_not_trigger_list_keys() {
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action_for(Layer::Filter, &j), None, "j is text in the filter");
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Layer::Filter, &q), None);
        assert_eq!(action_for(Layer::Filter, &key(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(G(Quit)));
    }

    #[test]
    fn every_binding_has_help_text() {
        let mut layers = vec![Layer::Help, Layer::Filter, Layer::Form, Layer::Editor, Layer::Confirm];
        for side in [Side::Partner, Side::Customer] {
            layers.push(Layer::Invitation(side));
            layers.extend(Tab::ALL.map(|t| Layer::List(t, side)));
        }
        layers.extend(permissions::Pane::ALL.map(Layer::PermissionsPane));
        for layer in layers {
            for b in bindings(layer) {
                assert!(!b.help.to_string().is_empty() && !b.shown.is_empty(), "{layer:?}");
            }
        }
    }
}
