//! What a key (or a script step) asks the app to do.

use super::Tab;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    GoTab(Tab),
    NextTab,
    PrevTab,
    ToggleHelp,
    CloseHelp,
    StartFilter,
    KeepFilter,
    ClearFilter,
    FilterBackspace,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Expand,
    Collapse,
    CycleSort,
    // Customers
    NewCustomer,
    EditCustomer,
    SupportContacts,
    ServiceRequest,
    ProductKey,
    RemoveReseller,
    Mark,
    MarkAll,
    Export,
    // Invitations
    Request,
    Open,
    Revoke,
    Purge,
    CycleStatusFilter,
    Resend,
    EditDraft,
    Accept,
    Decline,
    // Forms
    Submit,
    Cancel,
    NextField,
    PrevField,
    Toggle,
    // The email editor
    Done,
    Copy,
    OpenMail,
    SaveEml,
    InsertLink,
    SwitchField,
    // Confirmations
    Yes,
    No,
}
