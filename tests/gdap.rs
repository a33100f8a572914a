//! Granular admin at scale (#24): access assignments from the Permissions tab and the command
//! line, and the Customers list's access column with its problem filter.

mod common;

use common::{app, demo_book, now, partnerdesk, screen, screen_and_effects, text};
use insta::assert_snapshot;
use partnerdesk::domain::admin::{AdminRelationship, AdminRelationshipStatus};
use partnerdesk::domain::gdap::access::AssignmentStatus;
use partnerdesk::domain::gdap::health;
use partnerdesk::store::{Book, Reads};
use std::collections::BTreeSet;

/// A relationship of the demo in `status` now, with as many live access assignments as `live`.
fn relationship(book: &Book, status: AdminRelationshipStatus, live: usize) -> AdminRelationship {
    let read = book.read().unwrap();
    let assignments = read.access_assignments().unwrap();
    read.admin_relationships()
        .unwrap()
        .into_iter()
        .find(|r| {
            r.status_at(now()) == status
                && assignments.iter().filter(|a| a.relationship == r.id && a.status.is_live()).count() == live
        })
        .expect("the demo has one")
}

/// Filters the relationships pane to one relationship, by its id.
fn select(rel: &AdminRelationship) -> String {
    format!("4 v / {}<Space> <Enter>", rel.id.to_string().to_lowercase())
}

#[test]
fn a_group_is_given_roles_of_an_active_relationship_and_the_assignment_is_pending() {
    let book = demo_book(200);
    let rel = relationship(&book, AdminRelationshipStatus::Active, 0);
    let mut agent = app(book.clone(), Some("hung@saomai.vn"));
    let shown = text(&screen(&mut agent, 120, 35, &select(&rel)));
    assert!(shown.contains("no security group holds this relationship's roles"), "{shown}");
    let form = text(&screen(&mut agent, 120, 35, "a"));
    assert!(form.contains("Assign roles to a security group") && form.contains(&rel.roles[0].name()), "{form}");
    assert_snapshot!("assign_form_80x24", text(&screen(&mut agent, 80, 24, "")));
    let saved = text(&screen(&mut agent, 120, 35, "Sao<Space>Mai<Space>Tier<Space>2 <Enter>"));
    assert!(saved.contains("is pending."), "{saved}");
    assert!(saved.contains("Sao Mai Tier 2"), "the assignment shows under its relationship: {saved}");
    let read = book.read().unwrap();
    let a = read.access_assignments().unwrap().into_iter().max_by_key(|a| a.id).unwrap();
    assert_eq!(
        (a.relationship, a.status.clone(), a.roles.clone()),
        (rel.id, AssignmentStatus::Pending, rel.roles.clone())
    );
    assert_eq!(read.audit_newest(1).unwrap()[0].action, "access_assignment.added");
    drop(read);
    // And removed again: the form lists its live assignments; the button removes.
    let removed = text(&screen(&mut agent, 120, 35, "u <Enter>"));
    assert!(removed.contains("is being removed."), "{removed}");
}

#[test]
fn an_assignment_on_a_relationship_that_is_not_active_is_refused_with_the_reason() {
    let book = demo_book(200);
    let rel = relationship(&book, AdminRelationshipStatus::ApprovalPending, 0);
    let before = book.read().unwrap().audit_len().unwrap();
    let mut agent = app(book.clone(), Some("hung@saomai.vn"));
    let refused = text(&screen(&mut agent, 120, 35, &format!("{} a", select(&rel))));
    assert!(
        refused.contains(&format!(
            "{} is approval pending; access assignments are made only on an active relationship.",
            rel.id
        )),
        "{refused}"
    );
    assert!(!refused.contains("Assign roles to a security group"), "no form opens: {refused}");
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before);
}

#[test]
fn the_problem_filter_lists_exactly_the_customers_whose_records_show_a_problem() {
    let book = demo_book(200);
    let read = book.read().unwrap();
    let rels = read.admin_relationships().unwrap();
    let assignments = read.access_assignments().unwrap();
    let partner = read.org().unwrap().unwrap().partner_id;
    let mut expected = BTreeSet::new();
    for (tenant, granular) in health::by_customer(&rels, &assignments, now()) {
        let c = read.customer(tenant).unwrap().unwrap();
        let whole = granular.with_reseller(health::is_reseller(&c, partner));
        // Listed: a customer of ours, or kept on the list by its granular relationship alone.
        let listed = read.customer_row(&c, partner).unwrap().listed;
        if whole.has_problem() && listed {
            expected.insert(c.primary_domain.to_string());
        }
    }
    drop(read);
    assert!(expected.len() >= 4, "the demo has problems of several kinds: {expected:?}");
    let mut operator = app(book, None);
    let filtered = text(&screen(&mut operator, 120, 35, "!"));
    let listed: BTreeSet<String> =
        operator.customers.list.visible().iter().map(|&i| operator.customers.rows[i as usize].domain.clone()).collect();
    assert_eq!(listed, expected);
    assert!(filtered.contains(&format!("{} customers with an access problem.", expected.len())), "{filtered}");
    assert_snapshot!("problems_only_120x35", filtered);
    // The open record of one says what the problem is.
    let record = text(&screen(&mut operator, 120, 35, "<Enter>"));
    assert!(record.contains("GDAP access"), "{record}");
    let all = text(&screen(&mut operator, 80, 24, "<Left> !"));
    assert!(all.contains("Every customer is shown."), "{all}");
    assert_snapshot!("access_column_80x24", all);
}

#[test]
fn assignments_from_the_command_line_with_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.redb");
    let db = db.to_str().unwrap();
    let out = partnerdesk(&["demo", "--no-tui", "--db", db, "--customers", "200"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json = |args: &[&str]| -> serde_json::Value {
        let out = partnerdesk(args);
        // A refusal under --json is one object on standard error.
        let said = if out.stdout.is_empty() { &out.stderr } else { &out.stdout };
        serde_json::from_slice(said).unwrap_or_else(|e| {
            panic!("{e}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
        })
    };
    let all = json(&["gdap", "assignments", "--db", db, "--json"]);
    let statuses: BTreeSet<String> =
        all["assignments"].as_array().unwrap().iter().map(|a| a["status"].as_str().unwrap().to_string()).collect();
    assert_eq!(statuses, ["active", "deleted", "deleting", "error", "pending"].map(String::from).into());
    let failed = all["assignments"].as_array().unwrap().iter().find(|a| a["status"] == "error").unwrap();
    assert!(failed["error"]["message"].as_str().unwrap().len() > 5, "{failed}");
    let rels = json(&["gdap", "list", "--db", db, "--json"]);
    const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";
    let active = rels["relationships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["status"] == "active" && !r["roles"].as_array().unwrap().iter().any(|x| x["id"] == GLOBAL_ADMINISTRATOR)
        })
        .unwrap();
    let id = active["id"].as_str().unwrap();
    let role = active["roles"][0]["id"].as_str().unwrap();
    let made = json(&[
        "gdap",
        "assign",
        id,
        "--group",
        "7d3c1a2b-0000-4000-8000-00000000abcd",
        "--group-name",
        "Night shift",
        "--role",
        role,
        "--as",
        "hung@saomai.vn",
        "--db",
        db,
        "--json",
    ]);
    assert_eq!(made["assignment"]["status"], "pending");
    assert_eq!(made["assignment"]["group"]["name"], "Night shift");
    let acc = made["assignment"]["id"].as_str().unwrap().to_string();
    let done = json(&["gdap", "report", &acc, "--done", "--as", "hung@saomai.vn", "--db", db, "--json"]);
    assert_eq!(done["assignment"]["status"], "active");
    // Roles the relationship does not hold are refused, with the field.
    let refused = json(&[
        "gdap",
        "assign",
        id,
        "--group",
        "Night shift",
        "--role",
        GLOBAL_ADMINISTRATOR,
        "--as",
        "hung@saomai.vn",
        "--db",
        db,
        "--json",
    ]);
    assert_eq!(refused["error"]["field"], "roles", "{refused}");
    let gone = json(&["gdap", "unassign", &acc, "--as", "hung@saomai.vn", "--db", db, "--json"]);
    assert_eq!(gone["assignment"]["status"], "deleting");
    // Bulk: a dry run over every listed customer says, per item, why Global Administrator
    // cannot be removed (not active, not held, the only role) and writes nothing.
    let before = partnerdesk(&["export", "--db", db]).stdout;
    let dry = json(&[
        "gdap",
        "bulk",
        "remove-global-admin",
        "--filter",
        "",
        "--dry-run",
        "--as",
        "hung@saomai.vn",
        "--db",
        db,
        "--json",
    ]);
    let items = dry["items"].as_array().unwrap();
    assert!(items.len() > 20, "{dry}");
    assert!(items.iter().any(|i| i["reason"].as_str().is_some_and(|r| r.contains("is the only role"))), "{dry}");
    assert!(
        items.iter().any(|i| i["reason"]
            .as_str()
            .is_some_and(|r| r.contains("does not include the Global Administrator role"))),
        "{dry}"
    );
    assert_eq!(partnerdesk(&["export", "--db", db]).stdout, before, "a dry run writes nothing");
    // An own template, from Read only plus a role; then compared, requested from, removed.
    let me = ["--as", "hung@saomai.vn", "--db", db, "--json"];
    let args = |a: &[&'static str]| -> Vec<&str> { a.iter().copied().chain(me).collect() };
    let made = json(&args(&["gdap", "template", "Tier 1", "--from", "read-only", "--role", HELPDESK_ADMINISTRATOR]));
    assert_eq!(made["template"]["key"], "Tier 1", "{made}");
    assert_eq!(made["template"]["roles"].as_array().unwrap().len(), 3, "{made}");
    let differing = made["differing"].as_array().unwrap().len();
    let diff = json(&args(&["gdap", "templates", "--diff", "tier 1"]));
    assert_eq!(diff["differing"].as_array().unwrap().len(), differing, "{diff}");
    let listed = json(&args(&["gdap", "templates"]));
    assert!(listed["templates"].as_array().unwrap().iter().any(|t| t["key"] == "Tier 1" && t["own"] == true));
    let taken = json(&args(&["gdap", "template", "support", "--role", HELPDESK_ADMINISTRATOR]));
    assert_eq!(taken["error"]["field"], "name", "{taken}");
    let dry = json(&args(&["gdap", "bulk", "request", "--template", "Tier 1", "--filter", "", "--dry-run"]));
    assert!(dry["done"].as_u64().unwrap() > 0, "{dry}");
    let gone = json(&args(&["gdap", "template", "Tier 1", "--remove"]));
    assert_eq!(gone["removed"]["key"], "Tier 1", "{gone}");
    // The approval email of a pending relationship, with Microsoft's link in it.
    let pending = rels["relationships"].as_array().unwrap().iter().find(|r| r["status"] == "approval_pending").unwrap();
    let id = pending["id"].as_str().unwrap();
    let email = json(&[&["gdap", "approval-email", id][..], &me[..]].concat());
    let link = pending["approval_link"].as_str().unwrap();
    assert_eq!(email["link"], link, "{email}");
    assert!(email["body"].as_str().unwrap().contains(link), "{email}");
}

const HELPDESK_ADMINISTRATOR: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";

#[test]
fn a_template_is_requested_for_every_shown_customer_in_one_job_with_a_result_table() {
    let book = demo_book(300);
    let mut agent = app(book.clone(), Some("hung@saomai.vn"));
    let shown = agent.customers.list.shown();
    let before = book.read().unwrap().audit_len().unwrap();
    // The form opens on the request, with the Support template; a dry run first.
    let form = text(&screen(&mut agent, 80, 24, "b"));
    assert!(form.contains("Granular admin: one action for many customers"), "{form}");
    assert_snapshot!("bulk_form_80x24", form);
    let dry = text(&screen(&mut agent, 120, 35, "<Enter> <wait>"));
    assert!(dry.contains("Dry run:") && dry.contains("Bulk results"), "{dry}");
    assert_eq!(agent.permissions.bulk.len(), shown, "one line per customer");
    assert!(agent.permissions.bulk.iter().all(|r| r.outcome == "would be done"), "{dry}");
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before, "a dry run writes nothing");
    // Over SSH `x` copies the table (a file would land on the server).
    agent.session.remote = true;
    let (copied, effects) = screen_and_effects(&mut agent, 120, 35, "x");
    let table = match effects.as_slice() {
        [partnerdesk::app::effect::Effect::Clipboard(table)] => table.clone(),
        other => panic!("{other:?}"),
    };
    assert!(table.starts_with("item,customer,outcome,reason\n") && table.lines().count() == shown + 1, "{table}");
    assert!(text(&copied).contains(&format!("{shown} results copied to your clipboard as CSV")), "{}", text(&copied));
    agent.session.remote = false;
    // For real: the dry-run box cleared.
    let done = text(&screen(&mut agent, 120, 35, "1 b <Tab> <Tab> <Tab> <Tab> <Tab> <Space> <Enter> <wait>"));
    assert!(done.contains(&format!("{shown} done, 0 refused.")), "{done}");
    assert_snapshot!("bulk_results_120x35", done);
    let read = book.read().unwrap();
    let requested: Vec<AdminRelationship> = read
        .admin_relationships()
        .unwrap()
        .into_iter()
        .filter(|r| {
            r.name.starts_with("GDAP ") && r.status == AdminRelationshipStatus::ApprovalPending && r.created_at == now()
        })
        .collect();
    assert_eq!(requested.len(), shown);
    drop(read);
    // Again: every name is taken now, and each line says so.
    let again = text(&screen(&mut agent, 120, 35, "1 b <Tab> <Tab> <Tab> <Tab> <Tab> <Space> <Enter> <wait>"));
    assert!(again.contains(&format!("0 done, {shown} refused.")), "{again}");
    assert!(
        agent.permissions.bulk.iter().all(|r| r.reason.contains("is taken") || r.reason.contains("already")),
        "{again}"
    );
}

#[test]
fn an_own_template_is_made_changed_and_removed_and_says_how_many_relationships_differ() {
    use partnerdesk::domain::admin::DirectoryRole;
    use partnerdesk::domain::gdap::templates;
    let book = demo_book(60);
    let mut agent = app(book.clone(), Some("hung@saomai.vn"));
    let pane = text(&screen(&mut agent, 120, 35, "4 v v v v"));
    assert!(pane.contains("Role templates") && pane.contains("Microsoft's default roles (direct part"), "{pane}");
    let fixed = text(&screen(&mut agent, 120, 35, "e"));
    assert!(fixed.contains("Microsoft's templates are fixed"), "{fixed}");
    // Tier 1: Read only's roles and Helpdesk Administrator (the third role offered).
    let saved = text(&screen(
        &mut agent,
        120,
        35,
        "n Tier<Space>1 <Tab> <Space> <Space> <Space> <Space> <Tab> <Tab> <Tab> <Space> <Enter>",
    ));
    let read = book.read().unwrap();
    let tier_1 = |book: &Book| book.read().unwrap().own_templates().unwrap().into_iter().find(|t| t.name == "Tier 1");
    let want = [templates::READ_ONLY.roles(), vec![DirectoryRole::HelpdeskAdministrator]].concat();
    assert_eq!(tier_1(&book).map(|t| t.roles), Some(want.clone()));
    let differ = templates::differing(&want, &read.admin_relationships().unwrap(), now()).len();
    assert!(saved.contains(&format!("Tier 1 is saved; {differ} live relationships differ from it.")), "{saved}");
    assert_eq!(read.audit_newest(1).unwrap()[0].action, "role_template.added");
    drop(read);
    assert_snapshot!("templates_80x24", text(&screen(&mut agent, 80, 24, "G")));
    // A second Tier 1 is refused in the form, by its name.
    let again = text(&screen(&mut agent, 120, 35, "n Tier<Space>1 <Enter>"));
    assert!(again.contains("is in the book already"), "{again}");
    // Its roles changed: Global Reader unticked (the first role the form offers).
    screen(&mut agent, 120, 35, "<Esc> G e <Space> <Enter>");
    assert_eq!(tier_1(&book).map(|t| t.roles), Some(want[1..].to_vec()));
    // And removed, after y.
    let removed = text(&screen(&mut agent, 120, 35, "G d y"));
    assert!(removed.contains("Tier 1 is removed"), "{removed}");
    assert_eq!(tier_1(&book), None);
    assert_eq!(book.read().unwrap().own_templates().unwrap().len(), 1, "the demo's own template stays");
}

#[test]
fn a_pending_relationship_is_asked_for_in_the_email_editor_in_the_customers_language() {
    let book = demo_book(200);
    let pending = relationship(&book, AdminRelationshipStatus::ApprovalPending, 0);
    let active = relationship(&book, AdminRelationshipStatus::Active, 1);
    assert_ne!(active.id, pending.id);
    let mut agent = app(book.clone(), Some("hung@saomai.vn"));
    let before = book.read().unwrap().audit_len().unwrap();
    let refused = text(&screen(&mut agent, 120, 35, &format!("{} m", select(&active))));
    assert!(refused.contains("only a relationship waiting for the customer's approval is asked for"), "{refused}");
    assert!(!refused.contains("Approval email"), "no editor opens: {refused}");
    let mut agent = app(book.clone(), Some("hung@saomai.vn"));
    let editor = text(&screen(&mut agent, 120, 35, &format!("{} m", select(&pending))));
    let link = agent.permissions.approval_link(&pending);
    assert!(
        link.starts_with(
            "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"
        )
    );
    assert!(
        editor.contains(&pending.id.to_string()) && editor.contains("the personalized link is in the email"),
        "{editor}"
    );
    let Some(partnerdesk::app::overlay::Overlay::Editor(open)) = agent.overlays.last() else {
        panic!("the editor is open: {editor}");
    };
    assert_eq!(open.id(), pending.id.to_string(), "{editor}");
    let body = open.body.lines().join("\n");
    assert!(body.contains(&link) && body.contains(&pending.name), "{body}");
    let customer = book.read().unwrap().customer(pending.customer).unwrap().unwrap();
    let locale = partnerdesk::i18n::Locale::for_country(customer.country.as_str());
    let greeting = partnerdesk::i18n::scoped(locale, || {
        partnerdesk::t!("gdap-letter-approval-subject", partner = "Sao Mai Cloud Solutions")
    });
    assert_eq!(open.subject.lines().join(" "), greeting, "in the customer's language");
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before, "opening writes nothing");
    let sent = text(&screen(&mut agent, 120, 35, "<C-s>"));
    assert!(sent.contains("the approval email is sent; the request lapses in"), "{sent}");
    assert_eq!(book.read().unwrap().audit_newest(1).unwrap()[0].action, "admin_relationship.approval_emailed");
}

#[test]
fn the_expiry_forecast_pane_shows_a_global_administrator_relationship_unable_to_auto_extend() {
    let book = demo_book(200);
    let mut agent = app(book, Some("hung@saomai.vn"));
    let pane = text(&screen(&mut agent, 120, 35, "4 v v v v v"));
    assert!(pane.contains("Expiring") && pane.contains("within 7 days"), "{pane}");
    assert!(pane.contains("cannot auto-extend"), "{pane}");
    let first = &agent.permissions.expiring[0];
    assert!(agent.permissions.expiring.iter().all(|e| e.ends_at >= first.ends_at), "soonest first");
    assert_snapshot!("expiring_80x24", text(&screen(&mut agent, 80, 24, "")));
}
