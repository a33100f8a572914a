//! A yes/no question before something that cannot be undone, or that loses work. It carries
//! what each answer does, as actions: answering is dispatching one of them.

use super::action::Action;

pub struct Confirm {
    pub question: String,
    pub detail: String,
    pub yes: Action,
    /// What `n` does (`None`: just close the question).
    pub no: Option<Action>,
}
