//! Access assignments from the Permissions tab's relationships: `a` gives a security group
//! roles of the selected (active) relationship, `u` removes one of its assignments.

use super::FormKind;
use crate::app::App;
use crate::app::form::{Field, Form};
use crate::app::overlay::Purpose;
use crate::domain::gdap::access::{self, AccessAssignment};
use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId};
use crate::domain::msg::InputMsg;
use crate::domain::{Input, Refusal};
use crate::operations::OpContext;
use crate::operations::gdap as ops;
use crate::store::{Book, Reads, WriteError};
use crate::text::gdap as words;

/// The assign form for the selected relationship: which group, and which of its roles (all
/// ticked: untick what the group should not get). A relationship that is not active is
/// refused on the status line before any form opens.
pub(super) fn open_assign_form(app: &mut App) {
    let Some(rel) = app.permissions.selected_relationship().cloned() else { return };
    let now = app.now();
    if !app.would_succeed(|actor| access::may_assign(actor, &rel, now)) {
        return;
    }
    let groups = &app.permissions.groups;
    let example = groups.first().map_or_else(|| "00000000-0000-0000-0000-000000000000".to_string(), |g| g.name.clone());
    let mut fields = vec![
        Field::fixed(Input::Customer, rel.customer_name.clone()),
        Field::fixed(Input::Name, format!("{} · {}", rel.id, rel.name)),
        Field::text(Input::SecurityGroup, "", example).with_hint(words::GROUP_HINT),
        Field::text(Input::GroupName, "", "").with_hint(words::GROUP_NAME_HINT),
    ];
    for (i, role) in rel.roles.iter().enumerate() {
        let field = Field::toggle(Input::Role(*role), true, None);
        fields.push(if i == 0 { field.with_hint(words::ASSIGN_ROLES_HINT) } else { field });
    }
    app.push_form(
        Purpose::Permissions(FormKind::Assign(rel.id)),
        Form::new(words::ASSIGN_TITLE, words::ASSIGN, fields),
    );
}

pub(super) fn assign(
    book: &Book,
    ctx: &OpContext,
    form: &Form,
    rel: AdminRelationshipId,
) -> Result<String, WriteError> {
    let held = book.read()?.admin_relationship(rel)?.map(|r| r.roles).unwrap_or_default();
    let ask = ops::Assign {
        relationship: rel,
        group: &form.text(&Input::SecurityGroup),
        group_name: &form.text(&Input::GroupName),
        roles: held.into_iter().filter(|r| form.toggle(&Input::Role(*r))).collect(),
    };
    ops::assign(book, ctx, &ask).map(|a| words::assignment_saved(&a.id.to_string(), &a.status))
}

/// Which of the selected relationship's live assignments to remove; the form says what
/// removing does, and its button removes.
pub(super) fn open_unassign_form(app: &mut App) {
    let Some(rel) = app.permissions.selected_relationship().cloned() else { return };
    let status = rel.status_at(app.now());
    let live: Vec<AccessAssignment> = app
        .permissions
        .assignments_of(rel.id)
        .into_iter()
        .filter(|a| a.status_with(status).is_live())
        .cloned()
        .collect();
    if live.is_empty() {
        app.error(words::NO_ASSIGNMENTS);
        return;
    }
    let fields = vec![
        Field::fixed(Input::Name, format!("{} · {}", rel.id, rel.name)),
        Field::choice(Input::Assignment, live.iter().map(|a| app.permissions.describe(a, &a.status)).collect(), 0)
            .with_hint(words::UNASSIGN_DETAIL),
    ];
    let ids = live.iter().map(|a| a.id).collect();
    app.push_form(
        Purpose::Permissions(FormKind::Unassign(ids)),
        Form::new(words::UNASSIGN_TITLE, words::REMOVE, fields),
    );
}

/// Removes the assignment chosen among `ids` (the form's choices, in order).
pub(super) fn unassign(
    book: &Book,
    ctx: &OpContext,
    form: &Form,
    ids: &[AccessAssignmentId],
) -> Result<String, WriteError> {
    let chosen = ids.get(form.choice(&Input::Assignment)).copied();
    let id = chosen.ok_or_else(|| Refusal::on(Input::Assignment, InputMsg::Required))?;
    ops::unassign(book, ctx, id).map(|a| words::assignment_saved(&a.id.to_string(), &a.status))
}
