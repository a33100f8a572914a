//! Work on many customers at once, a chunk at a time between events so the screen stays
//! live: support contacts for the marked customers, and the export (on a thread of its own).
//! Esc stops either after the chunk in progress; what was done stays.

use crate::app::App;
use crate::app::effect::Effect;
use crate::app::job::{Export, Job, JobKind};
use crate::domain::Input;
use crate::domain::customer_changes::ContactsMode;
use crate::domain::ids::{Email, TenantId};
use crate::operations::customers as ops;
use crate::text;
use anyhow::Result;

/// The support-contacts form was submitted: set them on every target, a chunk at a time.
pub(super) fn start_support_contacts(app: &mut App, ids: Vec<TenantId>) -> Result<()> {
    let Some(crate::app::overlay::Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    let contacts: Vec<Email> = form
        .fields
        .iter()
        .filter_map(|f| match &f.id {
            Input::SupportContact(email) if form.toggle(&f.id) => Some(email.clone()),
            _ => None,
        })
        .collect();
    let mode = ContactsMode::ALL.get(form.choice(&Input::ContactsMode)).copied().unwrap_or(ContactsMode::Add);
    app.overlays.pop();
    app.customers.marked.clear();
    app.job = Some(Job::new(JobKind::SupportContacts(contacts, mode), ids));
    // The first chunk runs now: a small selection is done before the next frame.
    run_job_step(app)
}

/// Runs the next chunk of the bulk action in progress (or, for an export, waits a moment
/// for its thread); at the end, says what was done and what was refused, and why.
pub(crate) fn run_job_step(app: &mut App) -> Result<()> {
    let Some(job) = app.job.as_mut() else { return Ok(()) };
    if matches!(job.kind, JobKind::Gdap(_)) {
        return crate::app::permissions::run_bulk_step(app);
    }
    if job.is_export() {
        let Some(done) = job.poll_export() else { return Ok(()) };
        app.job = None;
        match done {
            Ok(done) if done.cancelled => app.info(text::export_cancelled(done.customers)),
            Ok(done) => app.info(text::exported(
                done.customers,
                &done.json.display().to_string(),
                &done.csv.display().to_string(),
            )),
            Err(e) => app.error(text::export_failed(&e)),
        }
        return Ok(());
    }
    let chunk = job.take_chunk();
    let JobKind::SupportContacts(contacts, mode) = &job.kind else { return Ok(()) };
    let (contacts, mode) = (contacts.clone(), *mode);
    let result = if chunk.is_empty() {
        Ok(Default::default())
    } else {
        let ctx = app.op_ctx()?;
        ops::set_support_contacts(app.book(), &ctx, &chunk, &contacts, mode)
    };
    let Some(job) = app.job.as_mut() else { return Ok(()) };
    match result {
        Ok(outcome) => job.outcome.merge(outcome),
        Err(e) => {
            let done = job.outcome.done;
            app.job = None;
            app.reload()?;
            app.error(text::bulk_stopped(done, &e.to_string()));
            return Ok(());
        }
    }
    // The list keeps up with each chunk as it commits (its few changed rows patched): a job
    // over a million customers would otherwise outrun the book's log of recent changes, and
    // the whole list would be read again at the end, beside the one on screen.
    app.reload()?;
    let Some(job) = app.job.as_mut() else { return Ok(()) };
    if job.remaining.is_empty() || job.cancelled {
        let outcome = std::mem::take(&mut job.outcome);
        let (cancelled, left) = (job.cancelled, job.remaining.len());
        app.job = None;
        crate::memory::return_freed();
        let done = if cancelled && left > 0 {
            text::bulk_cancelled(outcome.done, left, &outcome.refused)
        } else {
            text::bulk_outcome(outcome.done, &outcome.refused)
        };
        app.info(format!("{done} {}", text::contacts_outcome(&outcome)));
    }
    Ok(())
}

/// Esc while a bulk action runs: it stops after the chunk in progress; what was done stays.
pub(crate) fn cancel_job(app: &mut App) -> bool {
    match app.job.as_mut() {
        Some(job) if !job.cancelled => {
            job.cancel();
            true
        }
        _ => false,
    }
}

/// Writes the marked customers (or all shown) as JSON and CSV into the exports folder, on
/// a thread of its own that streams them to disk (progress on the status line, Esc stops).
pub(super) fn export(app: &mut App) -> Result<()> {
    let Some(dir) = app.session.files_dir.as_ref().map(|d| d.join("exports")) else {
        // Over SSH the files would land on the server: the export goes through ssh instead.
        app.error(if app.session.remote { text::EXPORT_OVER_SSH } else { text::NO_EXPORT_DIR });
        return Ok(());
    };
    if app.job.is_some() {
        return Ok(());
    }
    let ids: Vec<TenantId> = if app.customers.marked.is_empty() {
        app.customers.list.visible().iter().map(|&i| app.customers.rows[i as usize].tenant_id).collect()
    } else {
        app.customers.marked.iter().copied().collect()
    };
    let stamp = format!("customers-{}", app.now().format("%Y%m%d-%H%M%S"));
    let total = ids.len();
    let (export, task) = Export::start(app.book_arc(), ids, dir, stamp, app.csv);
    app.effects.push(Effect::Background(task));
    app.job = Some(Job::export(export, total));
    // A short export is written before the next frame.
    run_job_step(app)
}
