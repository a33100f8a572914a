//! The email editor, on tui-textarea: subject and body, the personalized link watched as the
//! operator types. It writes invitations and offers, and the approval emails of granular admin
//! relationships.

use crate::domain::gdap::approval::ApprovalMail;
use crate::domain::ids::Email;
use crate::domain::invitation::{EmailDraft, Invitation};
use crate::domain::validate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_textarea::{TextArea, WrapMode};

/// What an email in the editor is about.
pub enum Mail {
    Invitation(Invitation),
    /// A granular admin relationship waiting for the customer's approval.
    Approval(ApprovalMail),
}

pub struct EmailEditor {
    pub mail: Mail,
    pub subject: TextArea<'static>,
    pub body: TextArea<'static>,
    pub in_body: bool,
    pub dirty: bool,
    /// The last refusal of Done, shown until the next edit.
    pub error: Option<String>,
}

impl EmailEditor {
    /// An invitation's email, as it was drafted or last saved.
    pub fn new(invitation: Invitation) -> Self {
        let email = invitation.email.clone();
        Self::with(Mail::Invitation(invitation), &email)
    }

    /// An approval email, drafted from its letter.
    pub fn approval(mail: ApprovalMail) -> Self {
        let email = EmailDraft::from(&mail.letter);
        Self::with(Mail::Approval(mail), &email)
    }

    fn with(mail: Mail, email: &EmailDraft) -> Self {
        let mut subject = TextArea::new(vec![email.subject.clone()]);
        subject.set_cursor_line_style(ratatui::style::Style::default());
        let mut body = TextArea::new(email.body.lines().map(str::to_string).collect());
        body.set_wrap_mode(WrapMode::WordOrGlyph);
        body.set_cursor_line_style(ratatui::style::Style::default());
        Self { mail, subject, body, in_body: true, dirty: false, error: None }
    }

    /// The invitation the email is of, if it is one's.
    pub fn invitation(&self) -> Option<&Invitation> {
        match &self.mail {
            Mail::Invitation(inv) => Some(inv),
            Mail::Approval(_) => None,
        }
    }

    /// The link the email must carry unaltered.
    pub fn link(&self) -> &str {
        match &self.mail {
            Mail::Invitation(inv) => &inv.link,
            Mail::Approval(mail) => &mail.link,
        }
    }

    /// The id of what the email is about, as the screens show it (`INV-12`, `GDAP-3`).
    pub fn id(&self) -> String {
        match &self.mail {
            Mail::Invitation(inv) => inv.id.to_string(),
            Mail::Approval(mail) => mail.relationship.to_string(),
        }
    }

    pub fn customer_name(&self) -> &str {
        match &self.mail {
            Mail::Invitation(inv) => &inv.customer_name,
            Mail::Approval(mail) => &mail.customer_name,
        }
    }

    /// Who it is written to, when the book knows.
    pub fn recipient(&self) -> Option<&Email> {
        match &self.mail {
            Mail::Invitation(inv) => inv.recipient.as_ref(),
            Mail::Approval(mail) => mail.recipient.as_ref(),
        }
    }

    pub fn email(&self) -> EmailDraft {
        EmailDraft { subject: self.subject.lines().join(" "), body: self.body.lines().join("\n") }
    }

    /// Rule 4, as the operator types: is the link still in the body, unaltered?
    pub fn link_intact(&self) -> bool {
        let link = self.link();
        self.body.lines().iter().any(|l| l.contains(link))
    }

    /// Puts the link back at the cursor, on a line of its own.
    pub fn insert_link(&mut self) {
        let link = self.link().to_string();
        self.body.insert_newline();
        self.body.insert_str(link);
        self.body.insert_newline();
        self.in_body = true;
        self.dirty = true;
    }

    pub fn switch_field(&mut self) {
        self.in_body = !self.in_body;
    }

    /// Pastes as much of `text` as the field has room for: the body limit of the save
    /// (`MAX_TEXT_CHARS`, `MAX_LINE_CHARS` for the subject) holds at every keystroke, so an
    /// enormous paste never makes each later key re-lay megabytes of text.
    pub fn paste(&mut self, text: &str) {
        let room = self.room();
        let text: String = text.chars().take(room).collect();
        if self.in_body {
            self.body.insert_str(text);
        } else {
            self.subject.insert_str(text.replace(['\n', '\r'], " "));
        }
        self.dirty = true;
    }

    /// Characters the current field may still take.
    fn room(&self) -> usize {
        let (lines, max) = if self.in_body {
            (self.body.lines(), validate::MAX_TEXT_CHARS)
        } else {
            (self.subject.lines(), validate::MAX_LINE_CHARS)
        };
        let used: usize = lines.iter().map(|l| l.chars().count() + 1).sum();
        max.saturating_sub(used.saturating_sub(1))
    }

    /// Any key the editor's key map did not claim is editing.
    pub fn edit(&mut self, key: KeyEvent) {
        let inserts = matches!(key.code, KeyCode::Char(_) | KeyCode::Enter | KeyCode::Tab)
            && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if inserts && self.room() == 0 {
            return;
        }
        let changed = if self.in_body {
            self.body.input(key)
        } else if key.code == KeyCode::Enter {
            self.in_body = true;
            false
        } else {
            self.subject.input(key)
        };
        self.dirty |= changed;
    }
}

#[cfg(test)]
mod typing_cap_tests {
    use super::*;

    #[test]
    fn the_body_limit_holds_while_typing_and_pasting() {
        let by = crate::domain::ids::Email("lan@saomai.vn".into());
        let kind = crate::domain::invitation::InvitationKind::Reseller;
        let draft = Invitation::draft(crate::domain::ids::InvitationId(1), "t", kind, &by, chrono::Utc::now());
        let mut editor = EmailEditor::new(draft);
        editor.paste(&"x".repeat(1 << 20));
        let chars = |e: &EmailEditor| e.body.lines().iter().map(|l| l.chars().count() + 1).sum::<usize>() - 1;
        assert_eq!(chars(&editor), validate::MAX_TEXT_CHARS);
        editor.edit(KeyEvent::from(KeyCode::Char('y')));
        assert_eq!(chars(&editor), validate::MAX_TEXT_CHARS);
        editor.edit(KeyEvent::from(KeyCode::Backspace));
        assert_eq!(chars(&editor), validate::MAX_TEXT_CHARS - 1);
    }
}
