//! The invitation email editor, on tui-textarea: subject and body, the personalized link
//! watched as the operator types.

use crate::domain::invitation::{EmailDraft, Invitation};
use crossterm::event::KeyEvent;
use tui_textarea::{TextArea, WrapMode};

pub struct EmailEditor {
    pub invitation: Invitation,
    pub subject: TextArea<'static>,
    pub body: TextArea<'static>,
    pub in_body: bool,
    pub dirty: bool,
    /// The last refusal of Done, shown until the next edit.
    pub error: Option<String>,
}

impl EmailEditor {
    pub fn new(invitation: Invitation) -> Self {
        let mut subject = TextArea::new(vec![invitation.email.subject.clone()]);
        subject.set_cursor_line_style(ratatui::style::Style::default());
        let mut body = TextArea::new(invitation.email.body.lines().map(str::to_string).collect());
        body.set_wrap_mode(WrapMode::WordOrGlyph);
        body.set_cursor_line_style(ratatui::style::Style::default());
        Self { invitation, subject, body, in_body: true, dirty: false, error: None }
    }

    pub fn email(&self) -> EmailDraft {
        EmailDraft { subject: self.subject.lines().join(" "), body: self.body.lines().join("\n") }
    }

    /// Rule 4, as the operator types: is the link still in the body, unaltered?
    pub fn link_intact(&self) -> bool {
        self.body.lines().iter().any(|l| l.contains(&self.invitation.link))
    }

    /// Puts the link back at the cursor, on a line of its own.
    pub fn insert_link(&mut self) {
        self.body.insert_newline();
        self.body.insert_str(&self.invitation.link);
        self.body.insert_newline();
        self.in_body = true;
        self.dirty = true;
    }

    pub fn switch_field(&mut self) {
        self.in_body = !self.in_body;
    }

    pub fn paste(&mut self, text: &str) {
        if self.in_body {
            self.body.insert_str(text);
        } else {
            self.subject.insert_str(text.replace(['\n', '\r'], " "));
        }
        self.dirty = true;
    }

    /// Any key the editor's key map did not claim is editing.
    pub fn edit(&mut self, key: KeyEvent) {
        let changed = if self.in_body {
            self.body.input(key)
        } else if key.code == crossterm::event::KeyCode::Enter {
            self.in_body = true;
            false
        } else {
            self.subject.input(key)
        };
        self.dirty |= changed;
    }
}
