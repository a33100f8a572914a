//! What a key (or a script step) asks the app to do: one variant per owner. The app routes
//! each to its owner and nowhere else — the global keys, the list under the cursor, a feature,
//! or the overlay on top (form, email editor, question).

use super::{Tab, customers, invitations, offers, partners, permissions};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Global(Global),
    List(ListKey),
    Customers(customers::Act),
    Invitations(invitations::Act),
    Offers(offers::Act),
    Partners(partners::Act),
    Permissions(permissions::Act),
    Form(FormKey),
    /// The email editor on top: its keys belong to the invitations feature.
    Editor(invitations::EditorKey),
    /// The answer to the question on top: `true` for yes.
    Answer(bool),
    /// Esc on an overlay: closes it, asking first when that would lose work.
    Close,
    /// A key of the command line (`:`).
    Command(super::command::Key),
}

/// Keys that mean the same everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    Quit,
    /// Quit without asking again (the operator said yes to losing edits).
    QuitAnyway,
    GoTab(Tab),
    NextTab,
    PrevTab,
    ToggleHelp,
    CloseHelp,
    Transcript,
    /// `:` opens the command line.
    CommandLine,
    /// The next language (`i18n::Locale::next`), for this session only.
    NextLanguage,
}

/// Moving in the list on screen and filtering it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKey {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    StartFilter,
    KeepFilter,
    ClearFilter,
    FilterBackspace,
}

/// Keys of the form on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    Submit,
    NextField,
    PrevField,
    Toggle,
}
