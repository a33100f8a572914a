//! The key map, one list of bindings per layer. The footer hints and the `?` help are built
//! from the same lists that decide what a key does, so they can never disagree.

use super::action::{Action, FormKey, Global, ListKey};
use super::{Tab, command, customers, invitations, partners, permissions};
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
    /// As the help shows a key: `R`, `C-o`, `F2`, `Enter`.
    fn shown(&self) -> String {
        let name = match self.0 {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::BackTab => "S-Tab".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            other => format!("{other:?}"),
        };
        let prefix = match self.1 {
            m if m.contains(KeyModifiers::CONTROL) => "C-",
            m if m.contains(KeyModifiers::ALT) => "A-",
            _ => "",
        };
        format!("{prefix}{name}")
    }

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
    /// The Customers list with the selected customer's record open: the record's actions too.
    Record(Side),
    Form,
    Editor,
    Confirm,
    Invitation(Side),
    /// One audit event's page.
    AuditEvent,
    /// The command line (`:`).
    CommandLine,
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
    bind(&[ch(':')], ":", text::KEY_COMMAND_LINE, G(CommandLine), false),
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

const COMMAND_LINE: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], "Enter", text::KEY_RUN_COMMAND, Action::Command(command::Key::Run), true),
    bind(&[code(KeyCode::Tab)], "Tab", text::KEY_COMPLETE, Action::Command(command::Key::Complete), true),
    bind(
        &[code(KeyCode::Backspace)],
        "Backspace",
        text::KEY_FILTER_BACKSPACE,
        Action::Command(command::Key::Backspace),
        false,
    ),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_CANCEL, Action::Close, true),
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

/// Every layer the keyboard can be in.
pub fn all_layers() -> Vec<Layer> {
    let mut layers = vec![
        Layer::Help,
        Layer::Filter,
        Layer::Form,
        Layer::Editor,
        Layer::Confirm,
        Layer::AuditEvent,
        Layer::CommandLine,
    ];
    for side in [Side::Partner, Side::Customer] {
        layers.push(Layer::Invitation(side));
        layers.extend(Tab::ALL.map(|t| Layer::List(t, side)));
        layers.push(Layer::Record(side));
    }
    layers.extend(permissions::Pane::ALL.map(Layer::PermissionsPane));
    layers
}

/// The bindings in force for `layer`, its own first, with the keys the config file rebinds.
pub fn bindings(layer: Layer) -> Vec<Binding> {
    let mut bindings = built_in(layer);
    if let Some(rebound) = REBOUND.get().filter(|r| !r.is_empty()) {
        for b in bindings.iter_mut().filter(|b| !is_fixed(b)) {
            if let Some(r) = rebound.iter().find(|r| r.action == action_name(&b.action)) {
                // Ctrl-C stays with quit, whatever else quits.
                let keys = if b.keys.contains(&ctrl('c')) { r.with_ctrl_c } else { r.keys };
                (b.keys, b.shown) = (keys, r.shown);
            }
        }
    }
    bindings
}

/// The name an action is rebound by in the config file: `customers.request_reseller`,
/// `global.quit`, `form.submit` — the action's own path, in snake case.
pub fn action_name(action: &Action) -> String {
    let mut name = String::new();
    let mut after_boundary = true;
    for c in format!("{action:?}").chars() {
        match c {
            '(' => (name.push('.'), after_boundary = true).1,
            ')' => {}
            c if c.is_ascii_uppercase() => {
                if !after_boundary {
                    name.push('_');
                }
                name.push(c.to_ascii_lowercase());
                after_boundary = false;
            }
            c => (name.push(c), after_boundary = false).1,
        }
    }
    name
}

/// Bindings that keep their keys whatever the config says: the tabs (`1`–`4`, Tab), the moves,
/// and `Ctrl-C`, which quits from anywhere.
fn is_fixed(b: &Binding) -> bool {
    matches!(b.action, G(GoTab(_) | NextTab) | L(Up | Down | PageUp | PageDown | Top | Bottom)) || b.keys == [ctrl('c')]
}

/// Every action a key can be rebound to, with its help text, once each.
pub fn rebindable() -> Vec<(String, Binding)> {
    let mut out: Vec<(String, Binding)> = Vec::new();
    for layer in all_layers() {
        for b in bindings(layer).into_iter().filter(|b| !is_fixed(b)) {
            let name = action_name(&b.action);
            if !out.iter().any(|(n, _)| *n == name) {
                out.push((name, b));
            }
        }
    }
    out
}

/// An action given new keys by the config file.
#[derive(Debug, Clone)]
struct Rebound {
    action: String,
    keys: &'static [Key],
    /// The same, with Ctrl-C, for the quit binding that has it.
    with_ctrl_c: &'static [Key],
    shown: &'static str,
}

static REBOUND: std::sync::OnceLock<Vec<Rebound>> = std::sync::OnceLock::new();

/// Why a rebinding was refused: the action it names, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebindError {
    pub action: String,
    pub reason: String,
}

/// Gives each named action the keys listed for it, everywhere it is bound, for the rest of the
/// process (set once, at start). Refused, naming the action: an unknown action, a family of
/// keys (tabs, moves), or a key another binding of the same layer already has.
pub fn rebind(requests: &[(String, Vec<KeyEvent>)]) -> Result<(), RebindError> {
    let rebound = validate(requests)?;
    let _ = REBOUND.set(rebound);
    Ok(())
}

fn validate(requests: &[(String, Vec<KeyEvent>)]) -> Result<Vec<Rebound>, RebindError> {
    let known = rebindable();
    let mut rebound = Vec::new();
    for (action, events) in requests {
        let refuse = |reason: String| RebindError { action: action.clone(), reason };
        if !known.iter().any(|(n, _)| n == action) {
            return Err(refuse(text::config_unknown_action(action)));
        }
        let keys: Vec<Key> = events.iter().map(|e| Key(e.code, e.modifiers - KeyModifiers::SHIFT)).collect();
        let shown = keys.iter().map(Key::shown).collect::<Vec<_>>().join(" ");
        let with_ctrl_c = [keys.as_slice(), &[ctrl('c')]].concat();
        rebound.push(Rebound {
            action: action.clone(),
            keys: keys.leak(),
            with_ctrl_c: with_ctrl_c.leak(),
            shown: shown.leak(),
        });
    }
    // The same key twice in one layer would leave one of the two actions unreachable.
    for layer in all_layers() {
        let mut with_new = built_in(layer);
        for b in with_new.iter_mut().filter(|b| !is_fixed(b)) {
            if let Some(r) = rebound.iter().find(|r| r.action == action_name(&b.action)) {
                b.keys = r.keys;
            }
        }
        for r in rebound.iter().filter(|r| with_new.iter().any(|b| action_name(&b.action) == r.action)) {
            for key in r.keys {
                let taken = with_new.iter().find(|b| b.keys.contains(key) && action_name(&b.action) != r.action);
                if let Some(other) = taken {
                    let reason = text::config_key_taken(&key.shown(), &action_name(&other.action));
                    return Err(RebindError { action: r.action.clone(), reason });
                }
            }
        }
    }
    Ok(rebound)
}

/// The keys of each layer as built in.
fn built_in(layer: Layer) -> Vec<Binding> {
    let own: Vec<&[Binding]> = match layer {
        Layer::Help => vec![HELP],
        Layer::Filter => vec![FILTER],
        Layer::Form => vec![FORM],
        Layer::Editor => vec![invitations::EDITOR_KEYS],
        Layer::Confirm => vec![CONFIRM],
        Layer::Invitation(side) => vec![invitations::VIEW_KEYS.on(side), CLOSE_VIEW],
        Layer::AuditEvent => vec![CLOSE_VIEW],
        Layer::CommandLine => vec![COMMAND_LINE],
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
        Layer::Record(side) => vec![customers::RECORD_KEYS.on(side), customers::KEYS.on(side), GLOBAL],
    };
    shadowed_dropped(own)
}

/// The tables of a layer joined, the first winning: a binding whose every key an earlier table
/// of the layer already has is unreachable there, so neither the footer nor the help lists it
/// (with a record open, `L` assigns a licence; the language is then `:lang`).
fn shadowed_dropped(tables: Vec<&[Binding]>) -> Vec<Binding> {
    let mut kept: Vec<Binding> = Vec::new();
    for b in tables.into_iter().flatten() {
        if !b.keys.iter().all(|k| kept.iter().any(|e| e.keys.contains(k))) {
            kept.push(b.clone());
        }
    }
    kept
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
        let pages =
            [Layer::Help, Layer::Invitation(Side::Partner), Layer::Invitation(Side::Customer), Layer::AuditEvent];
        for layer in pages {
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
    fn actions_are_named_by_their_path() {
        assert_eq!(action_name(&G(Quit)), "global.quit");
        assert_eq!(action_name(&Action::Customers(customers::Act::Expand)), "customers.expand");
        assert_eq!(action_name(&Form(Submit)), "form.submit");
        let names: Vec<String> = rebindable().into_iter().map(|(n, _)| n).collect();
        assert!(names.contains(&"permissions.open_event".to_string()), "{names:?}");
        assert!(
            !names.iter().any(|n| n.starts_with("global.go_tab") || n.starts_with("list.up")),
            "moves keep their keys"
        );
        let quit = rebindable().into_iter().find(|(n, _)| n == "global.quit").map(|(_, b)| b.shown);
        assert_eq!(quit, Some("q"), "Ctrl-C quits from anywhere, whatever the config says");
    }

    /// README's key tables are written by hand, with more to say than the help's one line; this
    /// keeps them from drifting off the binding list: every key an action has is in them.
    #[test]
    fn readme_names_every_key_of_every_action() {
        let readme = include_str!("../../README.md");
        let keys = &readme[readme.find("## Keys").expect("Keys")..readme.find("### Your own keys").expect("config")];
        let shown: std::collections::HashSet<&str> =
            keys.split('`').skip(1).step_by(2).flat_map(str::split_whitespace).collect();
        for (name, binding) in rebindable() {
            for key in binding.shown.split_whitespace() {
                let written = match (key.strip_prefix("C-"), key) {
                    (Some(letter), _) => format!("Ctrl-{}", letter.to_uppercase()),
                    (None, "S-Tab") => "Shift-Tab".to_string(),
                    (None, key) => key.to_string(),
                };
                assert!(shown.contains(written.as_str()), "README's Keys do not say `{written}` ({name})");
            }
        }
    }

    #[test]
    fn a_rebinding_is_refused_when_the_key_is_taken_or_the_action_unknown() {
        let k = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let ok = validate(&[("global.quit".into(), vec![k('Z')])]).expect("Z is free everywhere");
        assert_eq!((ok[0].keys, ok[0].shown), (&[ch('Z')][..], "Z"));
        let taken = validate(&[("global.quit".into(), vec![k('j')])]).unwrap_err();
        assert_eq!(taken.action, "global.quit");
        assert!(taken.reason.contains("already the key of “list.down”"), "{}", taken.reason);
        let unknown = validate(&[("customers.fly".into(), vec![k('F')])]).unwrap_err();
        assert!(unknown.reason.contains("no action named “customers.fly”"), "{}", unknown.reason);
        let family = validate(&[("list.down".into(), vec![k('J')])]).unwrap_err();
        assert!(family.reason.contains("no action named"), "the moves keep their keys: {}", family.reason);
    }

    #[test]
    fn the_records_keys_win_over_the_global_ones() {
        let shift_l = key(KeyCode::Char('L'), KeyModifiers::SHIFT);
        let list = Layer::List(Tab::Customers, Side::Partner);
        assert_eq!(action_for(list, &shift_l), Some(G(NextLanguage)));
        let record = Layer::Record(Side::Partner);
        let assign = action_for(record, &shift_l);
        assert!(matches!(assign, Some(Action::Customers(_))), "L assigns a licence on a record: {assign:?}");
        assert!(
            !bindings(record).iter().any(|b| b.action == G(NextLanguage)),
            "the help of a record does not offer an L it cannot reach"
        );
    }

    /// Where two bindings of one layer share a key, the help would list a key that does one of
    /// the two things only: each layer lists every key once.
    #[test]
    fn no_layer_lists_a_key_twice() {
        for layer in all_layers() {
            let mut seen: Vec<(Key, String)> = Vec::new();
            for b in bindings(layer) {
                for k in b.keys {
                    let name = action_name(&b.action);
                    if let Some((_, other)) = seen.iter().find(|(s, _)| s == k) {
                        panic!("{layer:?}: {} is bound to {other} and to {name}", k.shown());
                    }
                    seen.push((*k, name));
                }
            }
        }
    }

    #[test]
    fn every_binding_has_help_text() {
        for layer in all_layers() {
            for b in bindings(layer) {
                assert!(!b.help.to_string().is_empty() && !b.shown.is_empty(), "{layer:?}");
            }
        }
    }
}
