//! The invitation email editor, on tui-textarea: subject and body, the personalized link
//! watched as the operator types.

use crate::domain::invitation::{EmailDraft, Invitation};
use crate::domain::validate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
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
