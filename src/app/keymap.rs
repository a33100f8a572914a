//! The key map, one list of bindings per layer. The footer hints and the `?` help are built
//! from the same lists that decide what a key does, so they can never disagree.

use super::Tab;
use super::action::Action;
use crate::domain::permission::Operation;
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

/// A binding: the keys, how the help shows them, what they do, whether the footer shows it,
/// and the operation it needs (the footer greys it out for operators who may not).
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub shown: &'static str,
    pub help: &'static str,
    pub action: Action,
    pub footer: bool,
    pub needs: Option<Operation>,
}

const fn bind(keys: &'static [Key], shown: &'static str, help: &'static str, action: Action, footer: bool) -> Binding {
    Binding { keys, shown, help, action, footer, needs: None }
}

const fn guarded(
    keys: &'static [Key],
    shown: &'static str,
    help: &'static str,
    action: Action,
    needs: Operation,
) -> Binding {
    Binding { keys, shown, help, action, footer: true, needs: Some(needs) }
}

/// A guarded binding shown in the help only, to keep the footer short.
const fn hidden(
    keys: &'static [Key],
    shown: &'static str,
    help: &'static str,
    action: Action,
    needs: Operation,
) -> Binding {
    Binding { keys, shown, help, action, footer: false, needs: Some(needs) }
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
}

/// Scrolling a page-like view (the help, an invitation), with the keys that move in a list.
const SCROLL: Binding =
    bind(&[code(KeyCode::Up), ch('k'), code(KeyCode::Down), ch('j')], "↑↓ jk", text::KEY_SCROLL, Action::Down, true);
const SCROLL_PAGE: Binding =
    bind(&[code(KeyCode::PageUp), code(KeyCode::PageDown)], "PgUp PgDn", text::KEY_PAGE, Action::PageDown, true);
const SCROLL_ENDS: Binding =
    bind(&[ch('g'), code(KeyCode::Home), ch('G'), code(KeyCode::End)], "g G", text::KEY_ENDS, Action::Top, false);

const HELP: &[Binding] = &[
    bind(&[code(KeyCode::Esc), ch('?'), ch('q')], "Esc ?", text::KEY_CLOSE, Action::CloseHelp, true),
    SCROLL,
    SCROLL_PAGE,
    SCROLL_ENDS,
];

const FILTER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], "Enter", text::KEY_FILTER_KEEP, Action::KeepFilter, true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_FILTER_CLEAR, Action::ClearFilter, true),
    bind(&[code(KeyCode::Backspace)], "Backspace", "delete a character", Action::FilterBackspace, false),
    bind(&[code(KeyCode::Up)], "↑", text::KEY_MOVE, Action::Up, false),
    bind(&[code(KeyCode::Down)], "↓", text::KEY_MOVE, Action::Down, false),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

const GLOBAL: &[Binding] = &[
    bind(&[ch('1'), ch('2'), ch('3'), ch('4')], "1-4", text::KEY_TABS, Action::GoTab(Tab::Customers), false),
    bind(&[code(KeyCode::Tab), code(KeyCode::BackTab)], "Tab S-Tab", text::KEY_NEXT_TAB, Action::NextTab, false),
    bind(&[ch('/')], "/", text::KEY_FILTER, Action::StartFilter, true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_FILTER_CLEAR, Action::ClearFilter, false),
    bind(&[code(KeyCode::Up), ch('k'), code(KeyCode::Down), ch('j')], "↑↓ jk", text::KEY_MOVE, Action::Down, false),
    bind(&[code(KeyCode::PageUp), code(KeyCode::PageDown)], "PgUp PgDn", text::KEY_PAGE, Action::PageDown, false),
    bind(&[ch('g'), code(KeyCode::Home), ch('G'), code(KeyCode::End)], "g G", text::KEY_ENDS, Action::Top, false),
    bind(&[ch('T')], "T", text::KEY_TRANSCRIPT, Action::Transcript, false),
    bind(&[ch('?')], "?", text::KEY_HELP, Action::ToggleHelp, true),
    bind(&[ch('q'), ctrl('c')], "q", text::KEY_QUIT, Action::Quit, true),
];

const CUSTOMERS: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Right), ch('l')], "Enter →", text::KEY_EXPAND, Action::Expand, true),
    bind(&[code(KeyCode::Left), ch('h')], "←", text::KEY_COLLAPSE, Action::Collapse, false),
    guarded(&[ch('r')], "r", text::KEY_REQUEST, Action::Request, Operation::RequestReseller),
    guarded(&[ch('n')], "n", text::KEY_NEW_CUSTOMER, Action::NewCustomer, Operation::AddCustomer),
    hidden(&[ch('e')], "e", text::KEY_EDIT_CUSTOMER, Action::EditCustomer, Operation::EditCustomer),
    hidden(&[ch('c')], "c", text::KEY_SUPPORT_CONTACTS, Action::SupportContacts, Operation::AssignSupportContact),
    hidden(&[ch('o')], "o", text::KEY_SERVICE_REQUEST, Action::ServiceRequest, Operation::OpenServiceRequest),
    hidden(&[ch('p')], "p", text::KEY_PRODUCT_KEY, Action::ProductKey, Operation::AddSubscription),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_RESELLER, Action::RemoveReseller, Operation::RemoveReseller),
    hidden(&[ch('t')], "t", text::KEY_TRIAL, Action::Trial, Operation::SendOffer),
    hidden(&[ch('O')], "O", text::KEY_PURCHASE_OFFER, Action::PurchaseOffer, Operation::SendOffer),
    hidden(&[ch('A')], "A", text::KEY_ADMIN_OFFER, Action::AdminOffer, Operation::SendOffer),
    bind(&[ch(' ')], "Space", text::KEY_MARK, Action::Mark, true),
    bind(&[ch('a')], "a", text::KEY_MARK_ALL, Action::MarkAll, false),
    bind(&[ch('x')], "x", text::KEY_EXPORT, Action::Export, false),
    bind(&[ch('s')], "s", text::KEY_SORT, Action::CycleSort, false),
];

const CUSTOMER_SIDE_CUSTOMERS: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Right), ch('l')], "Enter →", text::KEY_EXPAND, Action::Expand, true),
    bind(&[code(KeyCode::Left), ch('h')], "←", text::KEY_COLLAPSE, Action::Collapse, true),
];

const PERMISSIONS: &[Binding] = &[
    bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, Action::NextView, true),
    bind(&[ch('n')], "n", text::KEY_PERM_NEW, Action::PermNew, true),
    bind(&[ch('e')], "e", text::KEY_PERM_EDIT, Action::PermEdit, true),
    bind(&[ch('d')], "d", text::KEY_PERM_REMOVE, Action::PermRemove, true),
];

const CUSTOMER_SIDE_PERMISSIONS: &[Binding] = &[
    guarded(&[ch('a')], "a", text::KEY_APPROVE, Action::Approve, Operation::ManageCustomerAdminPrivileges),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_ADMIN, Action::RemoveAdmin, Operation::ManageCustomerAdminPrivileges),
    guarded(&[ch('m')], "m", text::KEY_MOVE_ADMIN, Action::MoveAdmin, Operation::ManageCustomerAdminPrivileges),
];

const PARTNERS: &[Binding] = &[
    guarded(&[ch('p')], "p", text::KEY_EDIT_PROFILE, Action::EditProfile, Operation::EditCompanyProfile),
    guarded(&[ch('n')], "n", text::KEY_ADD_DIRECTORY, Action::AddDirectory, Operation::ManageDirectory),
    hidden(&[ch('e')], "e", text::KEY_EDIT_DIRECTORY, Action::EditDirectory, Operation::ManageDirectory),
    bind(&[ch('c')], "c", text::KEY_CHECK_ID, Action::CheckId, true),
];

const CUSTOMER_SIDE_PARTNERS: &[Binding] = &[
    guarded(&[ch('s')], "s", text::KEY_SET_POR, Action::SetPartnerOfRecord, Operation::SetPartnerOfRecord),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_PARTNER, Action::RemovePartner, Operation::ManageCustomerAdminPrivileges),
];

const INVITATIONS: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Right)], "Enter", text::KEY_OPEN_INVITATION, Action::Open, true),
    guarded(&[ch('r')], "r", text::KEY_REQUEST, Action::Request, Operation::RequestReseller),
    guarded(&[ch('t')], "t", text::KEY_TRIAL, Action::Trial, Operation::SendOffer),
    guarded(&[ch('O')], "O", text::KEY_PURCHASE_OFFER, Action::PurchaseOffer, Operation::SendOffer),
    hidden(&[ch('A')], "A", text::KEY_ADMIN_OFFER, Action::AdminOffer, Operation::SendOffer),
    guarded(&[ch('e')], "e", text::KEY_EDIT_DRAFT, Action::EditDraft, Operation::EditInvitation),
    guarded(&[ch('d')], "d", text::KEY_REVOKE, Action::Revoke, Operation::RevokeInvitation),
    guarded(&[ch('P')], "P", text::KEY_PURGE, Action::Purge, Operation::PurgeInvitations),
    bind(&[ch('f')], "f", text::KEY_STATUS_FILTER, Action::CycleStatusFilter, true),
];

const CUSTOMER_SIDE_INVITATIONS: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Right)], "Enter", text::KEY_OPEN_INVITATION, Action::Open, true),
    guarded(&[ch('a')], "a", text::KEY_ACCEPT, Action::Accept, Operation::AcceptInvitation),
    guarded(&[ch('d')], "d", text::KEY_DECLINE, Action::Decline, Operation::AcceptInvitation),
    guarded(&[ch('u')], "u", text::KEY_USE_OFFER, Action::UseOffer, Operation::AcceptInvitation),
    bind(&[ch('f')], "f", text::KEY_STATUS_FILTER, Action::CycleStatusFilter, true),
];

const INVITATION: &[Binding] = &[
    guarded(&[ch('e')], "e", text::KEY_EDIT_DRAFT, Action::EditDraft, Operation::EditInvitation),
    guarded(&[ch('c')], "c", text::KEY_RESEND, Action::Resend, Operation::EditInvitation),
    guarded(&[ch('d')], "d", text::KEY_REVOKE, Action::Revoke, Operation::RevokeInvitation),
    hidden(&[ch('n')], "n", text::KEY_NEW_OFFER_LIKE, Action::NewOfferLike, Operation::SendOffer),
    SCROLL,
    SCROLL_PAGE,
    SCROLL_ENDS,
    bind(&[code(KeyCode::Esc), code(KeyCode::Left), ch('q')], "Esc", text::KEY_CLOSE, Action::Cancel, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

const CUSTOMER_SIDE_INVITATION: &[Binding] = &[
    guarded(&[ch('a')], "a", text::KEY_ACCEPT, Action::Accept, Operation::AcceptInvitation),
    guarded(&[ch('d')], "d", text::KEY_DECLINE, Action::Decline, Operation::AcceptInvitation),
    SCROLL,
    SCROLL_PAGE,
    SCROLL_ENDS,
    bind(&[code(KeyCode::Esc), code(KeyCode::Left), ch('q')], "Esc", text::KEY_CLOSE, Action::Cancel, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

const FORM: &[Binding] = &[
    bind(&[code(KeyCode::Enter), ctrl('s')], "Enter", text::KEY_SUBMIT, Action::Submit, true),
    bind(&[code(KeyCode::Tab), code(KeyCode::Down)], "Tab ↓", text::KEY_NEXT_FIELD, Action::NextField, true),
    bind(&[code(KeyCode::BackTab), code(KeyCode::Up)], "S-Tab ↑", text::KEY_PREV_FIELD, Action::PrevField, false),
    bind(&[ch(' ')], "Space", text::KEY_TOGGLE, Action::Toggle, true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_CANCEL, Action::Cancel, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

const EDITOR: &[Binding] = &[
    bind(&[ctrl('s')], "C-s", text::KEY_DONE, Action::Done, true),
    bind(&[ctrl('y')], "C-y", text::KEY_COPY, Action::Copy, true),
    bind(&[ctrl('o')], "C-o", text::KEY_OPEN_MAIL, Action::OpenMail, true),
    bind(&[ctrl('w')], "C-w", text::KEY_SAVE_EML, Action::SaveEml, true),
    bind(&[ctrl('l')], "C-l", text::KEY_INSERT_LINK, Action::InsertLink, true),
    bind(&[code(KeyCode::Tab), code(KeyCode::BackTab)], "Tab", text::KEY_SWITCH_FIELD, Action::SwitchField, false),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_CLOSE, Action::Cancel, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

const CONFIRM: &[Binding] = &[
    bind(&[ch('y')], "y", text::KEY_YES, Action::Yes, true),
    bind(&[ch('n')], "n", text::KEY_NO, Action::No, true),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_BACK, Action::Cancel, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Quit, false),
];

/// The bindings in force for `layer`, its own first.
pub fn bindings(layer: Layer) -> Vec<Binding> {
    let (own, global): (&[Binding], bool) = match layer {
        Layer::Help => (HELP, false),
        Layer::Filter => (FILTER, false),
        Layer::Form => (FORM, false),
        Layer::Editor => (EDITOR, false),
        Layer::Confirm => (CONFIRM, false),
        Layer::Invitation(Side::Partner) => (INVITATION, false),
        Layer::Invitation(Side::Customer) => (CUSTOMER_SIDE_INVITATION, false),
        Layer::List(tab, side) => (
            match (tab, side) {
                (Tab::Customers, Side::Partner) => CUSTOMERS,
                (Tab::Customers, Side::Customer) => CUSTOMER_SIDE_CUSTOMERS,
                (Tab::Invitations, Side::Partner) => INVITATIONS,
                (Tab::Invitations, Side::Customer) => CUSTOMER_SIDE_INVITATIONS,
                (Tab::Permissions, Side::Partner) => PERMISSIONS,
                (Tab::Permissions, Side::Customer) => CUSTOMER_SIDE_PERMISSIONS,
                (Tab::Partners, Side::Partner) => PARTNERS,
                (Tab::Partners, Side::Customer) => CUSTOMER_SIDE_PARTNERS,
            },
            true,
        ),
    };
    let global: &[Binding] = if global { GLOBAL } else { &[] };
    own.iter().chain(global).copied().collect()
}

/// What `event` does in `layer`. Bindings that stand for a family of keys (tabs, moves)
/// resolve to the member pressed.
pub fn action_for(layer: Layer, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let binding = bindings(layer).into_iter().find(|b| b.keys.iter().any(|k| k.matches(event)))?;
    Some(match (binding.action, event.code) {
        (Action::GoTab(_), KeyCode::Char(c)) => Action::GoTab(Tab::from_digit(c)?),
        (Action::NextTab, KeyCode::BackTab) => Action::PrevTab,
        (Action::Down, KeyCode::Up | KeyCode::Char('k')) => Action::Up,
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
        let list = Layer::List(Tab::Customers, Side::Partner);
        let none = KeyModifiers::NONE;
        let cases = [
            (KeyCode::Char('1'), none, Some(Action::GoTab(Tab::Customers))),
            (KeyCode::Char('4'), none, Some(Action::GoTab(Tab::Permissions))),
            (KeyCode::Tab, none, Some(Action::NextTab)),
            (KeyCode::BackTab, KeyModifiers::SHIFT, Some(Action::PrevTab)),
            (KeyCode::Char('?'), KeyModifiers::SHIFT, Some(Action::ToggleHelp)),
            (KeyCode::Char('/'), none, Some(Action::StartFilter)),
            (KeyCode::Char('k'), none, Some(Action::Up)),
            (KeyCode::Up, none, Some(Action::Up)),
            (KeyCode::Char('j'), none, Some(Action::Down)),
            (KeyCode::PageUp, none, Some(Action::PageUp)),
            (KeyCode::PageDown, none, Some(Action::PageDown)),
            (KeyCode::Char('g'), none, Some(Action::Top)),
            (KeyCode::Home, none, Some(Action::Top)),
            (KeyCode::Char('G'), KeyModifiers::SHIFT, Some(Action::Bottom)),
            (KeyCode::End, none, Some(Action::Bottom)),
            (KeyCode::Enter, none, Some(Action::Expand)),
            (KeyCode::Right, none, Some(Action::Expand)),
            (KeyCode::Left, none, Some(Action::Collapse)),
            (KeyCode::Esc, none, Some(Action::ClearFilter)),
            (KeyCode::Char('q'), none, Some(Action::Quit)),
            (KeyCode::Char('c'), KeyModifiers::CONTROL, Some(Action::Quit)),
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
                (KeyCode::Char('j'), Action::Down),
                (KeyCode::Down, Action::Down),
                (KeyCode::Char('k'), Action::Up),
                (KeyCode::Up, Action::Up),
                (KeyCode::PageDown, Action::PageDown),
                (KeyCode::PageUp, Action::PageUp),
                (KeyCode::Char('g'), Action::Top),
                (KeyCode::End, Action::Bottom),
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
        assert_eq!(action_for(Layer::Filter, &key(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Action::Quit));
    }

    #[test]
    fn every_binding_has_help_text() {
        let mut layers = vec![Layer::Help, Layer::Filter, Layer::Form, Layer::Editor, Layer::Confirm];
        for side in [Side::Partner, Side::Customer] {
            layers.push(Layer::Invitation(side));
            layers.extend(Tab::ALL.map(|t| Layer::List(t, side)));
        }
        for layer in layers {
            for b in bindings(layer) {
                assert!(!b.help.is_empty() && !b.shown.is_empty(), "{layer:?}");
            }
        }
    }
}
