//! Forms: labelled fields (text, toggle, choice, fixed) with one focused field, and the error
//! of the last refused submit shown beside the field it names.

use crate::domain::{Input, Msg, Refusal};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_textarea::TextArea;

/// Longest text a single-line field keeps (a 1 MB paste is cut here, and the domain's own
/// limits then say what is allowed).
const MAX_FIELD_CHARS: usize = 2_000;

pub enum FieldKind {
    Text(Box<TextArea<'static>>),
    /// A checkbox; `locked` says why it cannot be changed.
    Toggle {
        on: bool,
        locked: Option<Msg>,
    },
    Choice {
        options: Vec<String>,
        index: usize,
    },
    Fixed(String),
}

pub struct Field {
    /// What the field edits: a refusal about this input points here.
    pub id: Input,
    /// A label made at run time (an offer's name, a partner user's email); otherwise the
    /// input's own name.
    pub named: Option<String>,
    pub kind: FieldKind,
    /// A hint under the field.
    pub hint: Option<String>,
}

impl Field {
    pub fn text(id: Input, value: &str, placeholder: impl Into<String>) -> Field {
        let mut input = TextArea::new(vec![value.to_string()]);
        input.move_cursor(tui_textarea::CursorMove::End);
        input.set_placeholder_text(placeholder);
        input.set_cursor_line_style(ratatui::style::Style::default());
        Field { id, named: None, kind: FieldKind::Text(Box::new(input)), hint: None }
    }

    pub fn toggle(id: Input, on: bool, locked: Option<Msg>) -> Field {
        Field { id, named: None, kind: FieldKind::Toggle { on, locked }, hint: None }
    }

    pub fn choice(id: Input, options: Vec<String>, index: usize) -> Field {
        Field { id, named: None, kind: FieldKind::Choice { options, index }, hint: None }
    }

    pub fn fixed(id: Input, value: impl Into<String>) -> Field {
        Field { id, named: None, kind: FieldKind::Fixed(value.into()), hint: None }
    }

    /// Shows `label` instead of the input's name (one of several fields of a kind).
    pub fn named(mut self, label: impl Into<String>) -> Field {
        self.named = Some(label.into());
        self
    }

    pub fn label(&self) -> std::borrow::Cow<'_, str> {
        match &self.named {
            Some(label) => label.as_str().into(),
            None => self.id.to_string().into(),
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Field {
        self.hint = Some(hint.into());
        self
    }

    fn focusable(&self) -> bool {
        !matches!(self.kind, FieldKind::Fixed(_))
    }
}

pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<Refusal>,
    pub submit_label: crate::i18n::Phrase,
}

impl Form {
    pub fn new(title: impl Into<String>, submit_label: crate::i18n::Phrase, fields: Vec<Field>) -> Form {
        let mut form = Form { title: title.into(), fields, focus: 0, error: None, submit_label };
        if !form.fields.first().is_some_and(Field::focusable) {
            form.move_focus(1);
        }
        form
    }

    fn field(&self, id: &Input) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == *id)
    }

    /// The text of a text field (empty if there is none).
    pub fn text(&self, id: &Input) -> String {
        match self.field(id).map(|f| &f.kind) {
            Some(FieldKind::Text(input)) => input.lines().join(" "),
            _ => String::new(),
        }
    }

    /// Whether the form shows the field `id` (some fields appear only when they apply).
    pub fn has(&self, id: &Input) -> bool {
        self.field(id).is_some()
    }

    pub fn toggle(&self, id: &Input) -> bool {
        matches!(self.field(id).map(|f| &f.kind), Some(FieldKind::Toggle { on: true, .. }))
    }

    pub fn choice(&self, id: &Input) -> usize {
        match self.field(id).map(|f| &f.kind) {
            Some(FieldKind::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    /// Shows a refusal and moves the focus to the field it names.
    pub fn refuse(&mut self, refusal: Refusal) {
        if let Some(pos) = refusal.input.as_ref().and_then(|id| self.fields.iter().position(|f| f.id == *id)) {
            self.focus = pos;
        }
        self.error = Some(refusal);
    }

    fn move_focus(&mut self, by: isize) {
        let n = self.fields.len() as isize;
        if n == 0 || !self.fields.iter().any(Field::focusable) {
            return;
        }
        let mut pos = self.focus as isize;
        loop {
            pos = (pos + by).rem_euclid(n);
            if self.fields[pos as usize].focusable() {
                break;
            }
        }
        self.focus = pos as usize;
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(FieldKind::Text(input)) = self.fields.get_mut(self.focus).map(|f| &mut f.kind) {
            let one_line: String = text.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
            let room = MAX_FIELD_CHARS.saturating_sub(input.lines().iter().map(|l| l.chars().count()).sum());
            input.insert_str(one_line.chars().take(room).collect::<String>());
        }
    }

    pub fn next_field(&mut self) {
        self.move_focus(1);
    }

    pub fn prev_field(&mut self) {
        self.move_focus(-1);
    }

    /// Space: flips a checkbox or moves a choice on; in a text field it is a space.
    pub fn toggle_focused(&mut self) {
        let Some(field) = self.fields.get_mut(self.focus) else { return };
        match &mut field.kind {
            FieldKind::Toggle { on, locked } => match locked {
                Some(reason) => self.error = Some(Refusal::on(field.id.clone(), reason.clone())),
                None => *on = !*on,
            },
            FieldKind::Choice { options, index } => *index = (*index + 1) % options.len().max(1),
            FieldKind::Text(_) => self.paste(" "),
            FieldKind::Fixed(_) => {}
        }
    }

    /// Any other key: ← → on a choice, editing keys in a text field.
    pub fn edit(&mut self, key: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else { return };
        match &mut field.kind {
            FieldKind::Choice { options, index } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right => *index = (*index + 1) % n,
                    KeyCode::Left => *index = (*index + n - 1) % n,
                    _ => {}
                }
            }
            FieldKind::Text(input) => {
                let control = key.modifiers.contains(KeyModifiers::CONTROL);
                let full = input.lines().iter().map(|l| l.chars().count()).sum::<usize>() >= MAX_FIELD_CHARS;
                let inserts = matches!(key.code, KeyCode::Char(_)) && !control;
                // One line only: the newline keys of the text area are not passed on.
                let newline =
                    matches!(key.code, KeyCode::Enter) || (control && matches!(key.code, KeyCode::Char('m' | 'j')));
                if control && key.code == KeyCode::Char('u') {
                    // Ctrl-U clears to the start of the line, as in a shell (the text area's
                    // own Ctrl-U is undo, which surprises in a one-line field).
                    input.delete_line_by_head();
                } else if !(newline || full && inserts) {
                    input.input(key);
                }
            }
            FieldKind::Toggle { .. } | FieldKind::Fixed(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::country::Cloud;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn form() -> Form {
        Form::new(
            "Request",
            crate::text::REQUEST_SUBMIT,
            vec![
                Field::fixed(Input::Customer, "Minh Phát"),
                Field::text(Input::Recipient, "", "email"),
                Field::toggle(
                    Input::DelegatedAdmin,
                    true,
                    Some(
                        crate::domain::msg::InvitationMsg::AdminRequired {
                            partner: "Sao Mai".into(),
                            cloud: Cloud::Germany,
                        }
                        .into(),
                    ),
                ),
                Field::choice(Input::Cloud, vec!["Public".into(), "Germany".into()], 0),
            ],
        )
    }

    #[test]
    fn focus_skips_fixed_fields_and_wraps() {
        let mut f = form();
        assert_eq!(f.focus, 1);
        f.next_field();
        f.next_field();
        assert_eq!(f.focus, 3);
        f.next_field();
        assert_eq!(f.focus, 1);
        f.prev_field();
        assert_eq!(f.focus, 3);
    }

    #[test]
    fn typing_pasting_toggling_and_choosing() {
        let mut f = form();
        for c in "an@x.vn".chars() {
            f.edit(key(KeyCode::Char(c)));
        }
        f.edit(key(KeyCode::Enter));
        f.toggle_focused();
        f.paste("\n!");
        assert_eq!(f.text(&Input::Recipient), "an@x.vn  !");
        f.next_field();
        f.toggle_focused();
        assert!(f.toggle(&Input::DelegatedAdmin), "a locked toggle stays on");
        assert!(f.error.as_ref().is_some_and(|e| e.msg.to_string().contains("always includes")));
        f.next_field();
        f.edit(key(KeyCode::Right));
        assert_eq!(f.choice(&Input::Cloud), 1);
        f.edit(key(KeyCode::Left));
        f.toggle_focused();
        assert_eq!(f.choice(&Input::Cloud), 1);
    }

    #[test]
    fn a_refusal_focuses_its_field_and_huge_pastes_are_cut() {
        let mut f = form();
        f.next_field();
        f.refuse(Refusal::on(Input::Recipient, crate::domain::msg::InputMsg::Required));
        assert_eq!(f.focus, 1);
        f.paste(&"x".repeat(1_000_000));
        assert_eq!(f.text(&Input::Recipient).chars().count(), MAX_FIELD_CHARS);
    }
}
