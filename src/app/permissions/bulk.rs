//! A granular admin action over many customers from the Customers tab (`b`: the marked ones,
//! else every one the filter shows): request from a template, auto-extend on or off, remove
//! the Global Administrator role, end. It runs as a job, a chunk a step, with its progress on
//! the status line; Esc stops it after the chunk in progress (what was done stays). Its result
//! table — one line per item, done or refused and why — is the Permissions tab's last pane,
//! where `x` writes it as CSV. A dry run fills the same table and writes nothing.

use super::{FormKind, Pane};
use crate::app::App;
use crate::app::form::{Field, Form};
use crate::app::job::{CHUNK, GdapJob, Job, JobKind};
use crate::app::overlay::{Overlay, Purpose};
use crate::domain::Input;
use crate::domain::gdap::bulk::{self, BulkAction, ItemResult};
use crate::domain::gdap::templates::{self, Template};
use crate::domain::ids::TenantId;
use crate::operations::gdap as ops;
use crate::store::Reads;
use crate::text::gdap as words;
use anyhow::Result;

/// The actions, in the order the form offers them.
const ACTIONS: [words::BulkChoice; 5] = [
    words::BulkChoice::Request,
    words::BulkChoice::AutoExtendOn,
    words::BulkChoice::AutoExtendOff,
    words::BulkChoice::RemoveGlobalAdmin,
    words::BulkChoice::End,
];

/// `b` on the Customers tab: the bulk form for the marked customers, else the shown ones.
pub fn open_bulk_form(app: &mut App) {
    if app.job.is_some() {
        return;
    }
    let view = &app.customers;
    let tenants: Vec<TenantId> = if view.marked.is_empty() {
        view.list.visible().iter().map(|&i| view.rows[i as usize].tenant_id).collect()
    } else {
        view.marked.iter().copied().collect()
    };
    if tenants.is_empty() {
        app.error(crate::text::NO_MATCH);
        return;
    }
    let all = app.permissions.templates();
    let support = all.iter().position(|t| *t == Template::BuiltIn(templates::SUPPORT)).unwrap_or(0);
    let fields = vec![
        Field::fixed(Input::Customer, words::bulk_targets(tenants.len())),
        Field::choice(Input::BulkAction, ACTIONS.iter().map(|a| a.label().to_string()).collect(), 0),
        Field::choice(Input::Template, all.iter().map(words::template_name).collect(), support)
            .with_hint(words::BULK_REQUEST_HINT),
        Field::text(Input::Name, "GDAP", "").with_hint(words::BULK_PREFIX_HINT),
        Field::text(Input::Duration, "730", "730").with_hint(crate::text::DURATION_HINT),
        Field::toggle(Input::AutoExtend, false, None),
        Field::toggle(Input::DryRun, true, None).with_hint(words::DRY_RUN_HINT),
    ];
    app.push_form(Purpose::Permissions(FormKind::Bulk(tenants)), Form::new(words::BULK_TITLE, words::BULK_RUN, fields));
}

/// The form was submitted: its action over its customers becomes a job.
pub(super) fn start(app: &mut App, tenants: Vec<TenantId>) -> Result<()> {
    let all = app.permissions.templates();
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    let choice = ACTIONS.get(form.choice(&Input::BulkAction)).copied().unwrap_or(words::BulkChoice::End);
    let action = match choice {
        words::BulkChoice::Request => {
            let duration_days = match crate::domain::admin::validate_duration(&form.text(&Input::Duration)) {
                Ok(days) => days,
                Err(refusal) => {
                    app.report(refusal.into());
                    return Ok(());
                }
            };
            let template =
                all.get(form.choice(&Input::Template)).cloned().unwrap_or(Template::BuiltIn(templates::SUPPORT));
            BulkAction::Request { template, duration_days, auto_extend: form.toggle(&Input::AutoExtend) }
        }
        words::BulkChoice::AutoExtendOn => BulkAction::AutoExtend(true),
        words::BulkChoice::AutoExtendOff => BulkAction::AutoExtend(false),
        words::BulkChoice::RemoveGlobalAdmin => BulkAction::RemoveGlobalAdmin,
        words::BulkChoice::End => BulkAction::End,
    };
    let prefix = form.text(&Input::Name);
    let dry_run = form.toggle(&Input::DryRun);
    let rels = app.book().read()?.admin_relationships()?;
    let items = bulk::items(&action, &tenants, &rels, app.now()).into();
    app.overlays.pop();
    app.customers.marked.clear();
    app.job = Some(Job::gdap(GdapJob { action, prefix, dry_run, items, results: Vec::new() }));
    // A small selection is done before the next frame.
    run_bulk_step(app)
}

/// Runs the next chunk of the bulk job; at its end (or once Esc stopped it) the result table
/// is shown with a summary.
pub fn run_bulk_step(app: &mut App) -> Result<()> {
    let Some(Job { kind: JobKind::Gdap(job), cancelled, .. }) = app.job.as_mut() else { return Ok(()) };
    let chunk: Vec<_> = if *cancelled { Vec::new() } else { job.items.drain(..CHUNK.min(job.items.len())).collect() };
    let (action, prefix, dry_run) = (job.action.clone(), job.prefix.clone(), job.dry_run);
    let result = if chunk.is_empty() {
        Ok(Vec::new())
    } else {
        let ctx = app.op_ctx()?;
        ops::bulk_chunk(app.book(), &ctx, &action, &prefix, &chunk, dry_run)
    };
    let Some(Job { kind: JobKind::Gdap(job), cancelled, .. }) = app.job.as_mut() else { return Ok(()) };
    match result {
        Ok(results) => job.results.extend(results),
        Err(e) => {
            let results = std::mem::take(&mut job.results);
            let done = results.iter().filter(|r| r.outcome.is_ok()).count();
            app.job = None;
            show_results(app, results, dry_run)?;
            app.error(words::bulk_stopped(done, &e.to_string()));
            return Ok(());
        }
    }
    if job.items.is_empty() || *cancelled {
        let left = job.items.len();
        let results = std::mem::take(&mut job.results);
        app.job = None;
        let done = results.iter().filter(|r| r.outcome.is_ok()).count();
        let refused = results.len() - done;
        show_results(app, results, dry_run)?;
        app.info(if left > 0 {
            words::bulk_cancelled(done, refused, left)
        } else {
            words::bulk_summary(done, refused, dry_run)
        });
    }
    Ok(())
}

/// The result table on the Permissions tab, the book read again after the changes.
fn show_results(app: &mut App, results: Vec<ItemResult>, dry_run: bool) -> Result<()> {
    app.reload()?;
    app.permissions.set_bulk(results, dry_run);
    app.permissions.pane = Pane::Bulk;
    app.show_tab(crate::app::Tab::Permissions)
}

/// `x` on the result table: the table as CSV in the exports folder, or, over SSH (where a file
/// would land on the server), copied to the operator's clipboard.
pub(super) fn export_results(app: &mut App) -> Result<()> {
    if app.permissions.bulk.is_empty() {
        app.error(words::NO_BULK);
        return Ok(());
    }
    let rows = app.permissions.bulk.len();
    let Some(dir) = app.session.files_dir.as_ref().map(|d| d.join("exports")) else {
        if app.session.remote {
            let table = results_csv(app, crate::export::CsvDialect::default());
            app.effects.push(crate::app::effect::Effect::Clipboard(table));
            app.info(words::bulk_copied(rows));
        } else {
            app.error(crate::text::NO_EXPORT_DIR);
        }
        return Ok(());
    };
    let stamp = format!("gdap-bulk-{}", app.now().format("%Y%m%d-%H%M%S"));
    let table = results_csv(app, app.csv);
    let written = crate::files::create_unique(&dir, &stamp, "csv").and_then(|(path, file)| {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(file);
        out.write_all(table.as_bytes())?;
        out.flush()?;
        Ok(path)
    });
    match written {
        Ok(path) => app.info(words::bulk_exported(rows, &path.display().to_string())),
        Err(e) => app.error(crate::text::export_failed(&e.to_string())),
    }
    Ok(())
}

/// The result table as CSV: one line per item, done or refused and why.
fn results_csv(app: &App, dialect: crate::export::CsvDialect) -> String {
    let mut table = dialect.start("item,customer,outcome,reason");
    for row in &app.permissions.bulk {
        table.push_str(&dialect.line(&[&row.item, &row.company, &row.outcome, &row.reason]));
    }
    table
}
