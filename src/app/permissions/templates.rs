//! The partner's own role templates from the Permissions tab's templates pane: `n` makes one
//! (from another template's roles, and the roles ticked), `e` changes its roles, `d` removes it.
//! Microsoft's templates are fixed. Saving says how many live relationships differ from it;
//! the pane lists them under the selected template.

use super::{Act, FormKind};
use crate::app::App;
use crate::app::action::Action;
use crate::app::form::{Field, Form};
use crate::app::overlay::Purpose;
use crate::domain::Input;
use crate::domain::admin::DirectoryRole;
use crate::domain::gdap::templates::{self, Template};
use crate::operations::OpContext;
use crate::operations::gdap as ops;
use crate::store::{Book, Reads, WriteError};
use crate::text::gdap as words;

/// The roles a template form offers: the template's own first (ticked), then the others
/// partnerdesk names.
fn role_fields(ticked: &[DirectoryRole]) -> Vec<Field> {
    let rest = DirectoryRole::ALL.into_iter().filter(|r| !ticked.contains(r));
    let mut fields: Vec<Field> = ticked.iter().map(|r| Field::toggle(Input::Role(*r), true, None)).collect();
    fields.extend(rest.map(|r| Field::toggle(Input::Role(r), false, None)));
    fields
}

/// `n`: a new template, from another's roles (or none) and the roles ticked.
pub(super) fn open_new_form(app: &mut App) {
    let from = std::iter::once(crate::text::gdap::NO_TEMPLATE.to_string())
        .chain(app.permissions.templates.iter().map(words::template_name))
        .collect();
    let mut fields = vec![
        Field::text(Input::Name, "", words::TEMPLATE_NAME_PLACEHOLDER.to_string()),
        Field::choice(Input::Template, from, 0).with_hint(words::TEMPLATE_HINT),
    ];
    fields.extend(role_fields(&[]));
    app.push_form(
        Purpose::Permissions(FormKind::NewTemplate),
        Form::new(words::NEW_TEMPLATE_TITLE, crate::text::SAVE, fields),
    );
}

/// `e`: the selected template's roles, to tick and untick; Microsoft's are fixed.
pub(super) fn open_edit_form(app: &mut App) {
    let Some(Template::Own(t)) = app.permissions.selected_template().cloned() else {
        app.error(words::BUILT_IN_FIXED);
        return;
    };
    let mut fields = vec![Field::fixed(Input::Name, t.name.clone())];
    fields.extend(role_fields(&t.roles));
    app.push_form(
        Purpose::Permissions(FormKind::EditTemplate(t.name.clone())),
        Form::new(words::EDIT_TEMPLATE_TITLE, crate::text::SAVE, fields),
    );
}

/// `d`: asks before removing the selected template; Microsoft's are fixed.
pub(super) fn ask_remove(app: &mut App) {
    let Some(Template::Own(t)) = app.permissions.selected_template().cloned() else {
        app.error(words::BUILT_IN_FIXED);
        return;
    };
    let yes = Action::Permissions(Act::RemoveTemplateConfirmed(t.name.clone()));
    app.confirm(words::remove_template_prompt(&t.name), words::REMOVE_TEMPLATE_DETAIL, yes, None);
}

pub(super) fn remove(app: &mut App, name: &str) -> anyhow::Result<()> {
    app.run_and_report(|app, ctx| ops::remove_template(app.book(), ctx, name).map(|t| words::template_removed(&t.name)))
}

/// Saves the form's template (`editing`: the name of the one changed), then says how many live
/// relationships differ from it.
pub(super) fn save(
    book: &Book,
    ctx: &OpContext,
    form: &Form,
    all: &[Template],
    editing: Option<&str>,
) -> Result<String, WriteError> {
    let from = form.choice(&Input::Template).checked_sub(1).and_then(|i| all.get(i));
    let mut roles = if editing.is_some() { Vec::new() } else { from.map_or_else(Vec::new, Template::roles) };
    let offered = all
        .iter()
        .find(|t| editing.is_some_and(|name| t.key() == name))
        .map_or_else(Vec::new, Template::roles)
        .into_iter()
        .chain(DirectoryRole::ALL);
    for r in offered.filter(|r| form.toggle(&Input::Role(*r))) {
        if !roles.contains(&r) {
            roles.push(r);
        }
    }
    let name = editing.map_or_else(|| form.text(&Input::Name), str::to_string);
    let saved = ops::put_template(book, ctx, &name, &roles, editing.is_none())?;
    let rels = book.read()?.admin_relationships()?;
    let differing = templates::differing(&saved.roles, &rels, ctx.stamp.at).len();
    Ok(words::template_saved(&saved.name, differing))
}
