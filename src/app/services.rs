//! What every feature uses from the app: asking a question, opening a form, saying why an
//! operator may not, running an operation and reporting how it went, the status line.

use super::action::Action;
use super::overlay::{FormState, Overlay, Purpose};
use super::{App, Status, StatusKind, confirm, form};
use crate::domain::permission::{self, Operation};
use crate::operations::OpContext;
use crate::store::{Reads, WriteError};
use crate::text;
use anyhow::Result;

impl App {
    /// Asks a question; `yes` (and `no`, if any) is what the answer does.
    pub(crate) fn confirm(
        &mut self,
        question: impl std::fmt::Display,
        detail: impl std::fmt::Display,
        yes: Action,
        no: Option<Action>,
    ) {
        self.overlays.push(Overlay::Confirm(confirm::Confirm {
            question: question.to_string(),
            detail: detail.to_string(),
            yes,
            no,
        }));
    }

    pub(crate) fn push_form(&mut self, purpose: Purpose, form: form::Form) {
        self.overlays.push(Overlay::Form(Box::new(FormState { purpose, form })));
    }

    /// Says why the operator may not do `op`, if they may not.
    pub(crate) fn refused(&mut self, op: Operation) -> bool {
        let target = self.session.customer_tenant();
        let refusal = match self.actor() {
            None => Some(text::NOBODY_SIGNED_IN.to_string()),
            Some(_) if self.session.read_only => Some(text::READ_ONLY_REFUSAL.to_string()),
            Some(actor) => permission::check(actor, op, target).err().map(|r| r.msg.to_string()),
        };
        match refusal {
            Some(message) => {
                self.error(message);
                true
            }
            None => false,
        }
    }

    /// Asks the domain's own rule before asking the operator: false (with the reason on the
    /// status line) when the change would be refused anyway.
    pub(crate) fn would_succeed<T>(
        &mut self,
        rule: impl FnOnce(&crate::domain::permission::Actor) -> Result<T, crate::domain::Refusal>,
    ) -> bool {
        match self.actor().map(rule) {
            Some(Err(refusal)) => {
                self.error(refusal.msg.to_string());
                false
            }
            _ => true,
        }
    }

    /// Reports the outcome of an operation: a refusal in the form or editor on top (by the
    /// field it names), otherwise — or a conflict, a storage failure — on the status line.
    pub(crate) fn report(&mut self, err: WriteError) {
        match (err, self.overlays.last_mut()) {
            (WriteError::Refused(r), Some(Overlay::Form(state))) => state.form.refuse(r),
            (WriteError::Refused(r), Some(Overlay::Editor(editor))) => editor.error = Some(r.to_string()),
            (other, _) => self.error(other.to_string()),
        }
    }

    /// Ends a form's submit: on success the form closes and the message shows; a refusal stays
    /// in the form, by the field it names.
    pub(crate) fn finish_form(&mut self, result: Result<String, WriteError>) -> Result<()> {
        match result {
            Ok(message) => {
                self.overlays.pop();
                self.reload()?;
                self.info(message);
            }
            Err(e) => self.report(e),
        }
        Ok(())
    }

    /// Runs an operation (after a question, or at once) and says how it went.
    pub(crate) fn run_and_report(
        &mut self,
        op: impl FnOnce(&App, &crate::operations::OpContext) -> Result<String, WriteError>,
    ) -> Result<()> {
        let result = {
            let ctx = self.op_ctx()?;
            op(self, &ctx)
        };
        match result {
            Ok(message) => {
                self.reload()?;
                if let Some(Overlay::Invitation(id)) = self.overlays.last()
                    && self.invitations.find(*id).is_none()
                {
                    self.overlays.pop();
                }
                self.info(message);
            }
            Err(e) => self.report(e),
        }
        Ok(())
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status { kind: StatusKind::Info, text: text.into() });
    }

    /// The book's catalogue of offers, or `None` with the reason on the status line.
    pub(super) fn catalogue(&mut self) -> Option<Vec<crate::domain::catalogue::CatalogueOffer>> {
        match self.book().read().and_then(|r| r.catalogue()) {
            Ok(c) if !c.is_empty() => Some(c),
            Ok(_) => {
                self.error(text::CATALOGUE_EMPTY);
                None
            }
            Err(e) => {
                self.error(e.to_string());
                None
            }
        }
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status { kind: StatusKind::Error, text: text.into() });
    }

    /// The context every operation of this session runs with, or why there is none.
    pub(crate) fn op_ctx(&self) -> Result<OpContext<'_>, WriteError> {
        let actor =
            self.actor().ok_or_else(|| crate::domain::Refusal::new(crate::domain::msg::BookMsg::NobodySignedIn))?;
        let seed = self.seed.get();
        self.seed.set(seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407));
        Ok(OpContext { actor, stamp: self.session.stamp(self.now()), read_only: self.session.read_only, seed })
    }
}
