//! Application state, `Action`, `update` and the key map. It knows nothing of the terminal it
//! runs in: a local tty and an SSH channel are adapters that feed it `Event`s and draw it.

pub mod action;
pub mod command;
pub mod confirm;
pub mod customers;
pub mod editor;
pub mod effect;
pub mod form;
pub mod fuzzy;
pub mod invitations;
pub mod job;
pub mod keymap;
pub mod keyscript;
pub mod list;
pub mod mail;
pub mod offers;
pub mod overlay;
pub mod partners;
pub mod permissions;
pub mod pointer;
pub mod scroll;
mod services;
pub mod session;
mod setup;
pub mod time_zone;

use crate::domain::Timestamp;
use crate::domain::link::LinkHosts;
use crate::domain::org::{DirectoryPartner, PartnerOrganization};
use crate::domain::permission::{self, Actor, Operation};
use crate::i18n::Locale;
use crate::store::{Book, Changes, Kind, ReadTx, Reads};
use crate::text;
use crate::theme::Theme;
use action::{Action, FormKey, Global, ListKey};
use anyhow::Result;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use customers::CustomersView;
use effect::Effect;
use invitations::InvitationsView;
use keymap::{Layer, Side};
use list::FilteredList;
use overlay::{Overlay, Purpose};
use partners::PartnersView;
use permissions::PermissionsView;
pub use session::{Clock, FixedClock, Session, SystemClock};
use std::sync::Arc;
use tokio::sync::watch;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Customers,
    Invitations,
    Partners,
    Permissions,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Customers, Tab::Invitations, Tab::Partners, Tab::Permissions];

    pub fn title(self) -> crate::i18n::Phrase {
        match self {
            Tab::Customers => text::TAB_CUSTOMERS,
            Tab::Invitations => text::TAB_INVITATIONS,
            Tab::Partners => text::TAB_PARTNERS,
            Tab::Permissions => text::TAB_PERMISSIONS,
        }
    }

    pub fn from_digit(c: char) -> Option<Tab> {
        let i = c.to_digit(10)? as usize;
        Tab::ALL.get(i.checked_sub(1)?).copied()
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    fn step(self, by: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[(self.index() as isize + by).rem_euclid(n) as usize]
    }
}

/// Input to the app, from whichever adapter runs it.
#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    /// A wheel notch or a click (only while the app has the mouse: see `pointer`).
    Mouse(crossterm::event::MouseEvent),
    Paste(String),
    Resize(u16, u16),
    /// Another session (or this one) committed a change to the book.
    BookChanged,
    /// The adapter wrote the file an `Effect::Save` asked for (or says why not).
    Saved(Result<std::path::PathBuf, (std::path::PathBuf, String)>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

/// Widest a customer's own tab name is drawn, in cells.
const OWN_TAB_CELLS: usize = 24;

pub struct App {
    book: Arc<Book>,
    clock: Arc<dyn Clock>,
    changes: watch::Receiver<Changes>,
    /// The book's change counts the views were last read at.
    seen: Changes,
    /// Tabs whose view is behind the book: read again when shown, not on every change.
    stale: std::collections::BTreeSet<usize>,
    pub session: Session,
    /// The operator's language: `update`, `handle`, the job steps and `ui::render` say every
    /// string in it (`i18n::scoped`), whatever other sessions on the same server speak.
    pub locale: Locale,
    /// The operator's time zone: every time on screen is shown in it, saying which (see
    /// `time_zone`).
    pub zone: crate::i18n::zone::Zone,
    pub theme: &'static Theme,
    /// How many colours the operator's terminal shows (for `:theme`).
    pub colours: crate::theme::Depth,
    /// How the in-app export writes its CSV (config `excel`).
    pub csv: crate::export::CsvDialect,
    /// The app takes the mouse (config `mouse`); the frontend asks the terminal for it.
    pub mouse: bool,
    /// Where the last frame drew the tabs and the footer's hints, for clicks.
    pub targets: pointer::Targets,
    pub hosts: LinkHosts,
    pub tab: Tab,
    pub help: bool,
    /// How far the help is scrolled.
    pub help_scroll: scroll::Scroll,
    pub overlays: Vec<Overlay>,
    pub status: Option<Status>,
    pub quit: bool,
    /// What the adapter must carry out after this event (see `Effect`).
    pub effects: Vec<Effect>,
    /// A bulk action in progress, run a chunk at a time between events.
    pub job: Option<job::Job>,
    /// F12 panics on purpose, to check that a crash restores the terminal (set by the
    /// `PARTNERDESK_DEBUG_PANIC` environment variable; never on by default).
    pub debug_panic_key: bool,
    /// The next seed for an operation's randomness (see `OpContext::seed`).
    pub seed: std::cell::Cell<u64>,
    pub org: Option<PartnerOrganization>,
    pub customers: CustomersView,
    pub invitations: InvitationsView,
    pub partners: PartnersView,
    pub permissions: PermissionsView,
}

impl App {
    pub fn new(book: Arc<Book>, session: Session, clock: Arc<dyn Clock>, theme: &'static Theme) -> Result<App> {
        Self::sharing(book, &Arc::default(), session, clock, theme)
    }

    /// An app whose customer list is the one `list` holds for every session on the book (an
    /// SSH server's sessions share one).
    pub fn sharing(
        book: Arc<Book>,
        list: &Arc<customers::index::SharedList>,
        session: Session,
        clock: Arc<dyn Clock>,
        theme: &'static Theme,
    ) -> Result<App> {
        let read = book.read()?;
        let only = session.customer_tenant();
        let now = clock.now();
        let (customers, loading) = CustomersView::load(&book, list, &read, only)?;
        let app = App {
            org: read.org()?,
            customers,
            invitations: InvitationsView::load(&read, only, now)?,
            partners: PartnersView::load(&read, only)?,
            permissions: PermissionsView::load(&read, only, now)?,
            seen: *book.changes().borrow(),
            stale: Default::default(),
            changes: book.changes(),
            book,
            clock,
            session,
            locale: crate::i18n::current(),
            zone: Default::default(),
            theme,
            colours: crate::theme::Depth::TrueColor,
            csv: Default::default(),
            mouse: true,
            targets: Default::default(),
            hosts: LinkHosts::default(),
            tab: Tab::Customers,
            help: false,
            help_scroll: Default::default(),
            overlays: Vec::new(),
            status: None,
            quit: false,
            effects: loading.map(Effect::Background).into_iter().collect(),
            job: None,
            seed: std::cell::Cell::new(fastrand::u64(..)),
            debug_panic_key: false,
        };
        let mut app = app;
        // Locally the operator's own zone, else the machine's (`TZ`); an SSH session decides
        // its own (see `ssh::session`).
        app.zone = app.own_zone().unwrap_or_else(crate::i18n::zone::Zone::local);
        app.partners.set_partner_of_record_counts(&app.customers.partner_counts);
        app.customers.set_access(Arc::clone(&app.permissions.access));
        setup::open_if_empty(&mut app);
        Ok(app)
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    pub fn book(&self) -> &Book {
        &self.book
    }

    pub(crate) fn book_arc(&self) -> Arc<Book> {
        Arc::clone(&self.book)
    }

    pub fn actor(&self) -> Option<&Actor> {
        self.session.actor.as_ref()
    }

    pub fn directory(&self) -> &[DirectoryPartner] {
        &self.partners.directory
    }

    /// A tab's name in this session: a customer's first tab is its own organization (rule 15:
    /// it sees its own record there, not a list of customers).
    /// The tab's name in the header.
    pub fn tab_title(&self, tab: Tab) -> String {
        match (tab, &self.session.actor) {
            // Named for the customer's own organization, cut so the header keeps its other
            // tabs and who is signed in.
            (Tab::Customers, Some(crate::domain::permission::Actor::Customer { company, .. })) => {
                crate::cells::clip(company, OWN_TAB_CELLS)
            }
            _ => tab.title().to_string(),
        }
    }

    /// True when the book has no partner organization yet.
    pub fn is_empty_book(&self) -> bool {
        self.org.is_none()
    }

    pub fn side(&self) -> Side {
        if self.session.customer_tenant().is_some() { Side::Customer } else { Side::Partner }
    }

    /// Which layer has the keyboard now.
    pub fn layer(&self) -> Layer {
        if self.help { Layer::Help } else { self.base_layer() }
    }

    /// The layer under the help overlay: the one whose keys the help lists.
    pub fn base_layer(&self) -> Layer {
        match self.overlays.last() {
            Some(Overlay::Form(_)) => Layer::Form,
            Some(Overlay::Editor(_)) => Layer::Editor,
            Some(Overlay::Confirm(_)) => Layer::Confirm,
            Some(Overlay::Invitation(_)) => Layer::Invitation(self.side()),
            Some(Overlay::AuditEvent(_)) => Layer::AuditEvent,
            Some(Overlay::CommandLine(_)) => Layer::CommandLine,
            None if self.list().editing => Layer::Filter,
            None if self.tab == Tab::Permissions && self.side() == Side::Partner => {
                Layer::PermissionsPane(self.permissions.pane)
            }
            None if self.tab == Tab::Customers && self.customers.record_open() => Layer::Record(self.side()),
            None => Layer::List(self.tab, self.side()),
        }
    }

    /// May the operator do `op`? Used to grey out keys; the operations check again.
    pub fn may(&self, op: Operation) -> bool {
        self.actor().is_some_and(|a| permission::check(a, op, self.session.customer_tenant()).is_ok())
            && !self.session.read_only
    }

    /// True while the customer list of a large book is still being read, or a long list
    /// ranked for a fuzzy query.
    pub fn is_loading(&self) -> bool {
        self.customers.is_loading() || self.lists().iter().any(|l| l.is_ranking())
    }

    /// Puts the background rows on screen when they are ready (`block`: waits for them).
    pub fn poll_loading(&mut self, block: bool) {
        let locale = self.locale;
        crate::i18n::scoped(locale, || self.poll_loading_rows(block));
        for list in self.lists_mut() {
            list.poll(block);
        }
    }

    /// Every list of the app, shown or not.
    fn lists(&self) -> [&FilteredList; 6] {
        let p = &self.permissions;
        [
            &self.customers.list,
            &self.invitations.list,
            &self.partners.list,
            &p.users_list,
            &p.relationships_list,
            &p.audit_list,
        ]
    }

    fn lists_mut(&mut self) -> [&mut FilteredList; 6] {
        let p = &mut self.permissions;
        [
            &mut self.customers.list,
            &mut self.invitations.list,
            &mut self.partners.list,
            &mut p.users_list,
            &mut p.relationships_list,
            &mut p.audit_list,
        ]
    }

    /// Fuzzy filtering (`:fuzzy`, config `fuzzy`) on every list, or the query as one piece.
    pub fn set_fuzzy(&mut self, on: bool) {
        for list in self.lists_mut() {
            list.set_fuzzy(on);
        }
    }

    pub fn is_fuzzy(&self) -> bool {
        self.customers.list.is_fuzzy()
    }

    /// Every list ranks a fuzzy query in the background from `items` items on (see
    /// `FilteredList::rank_in_background_from`).
    pub fn rank_in_background_from(&mut self, items: usize) {
        for list in self.lists_mut() {
            list.rank_in_background_from(items);
        }
    }

    fn poll_loading_rows(&mut self, block: bool) {
        self.customers.follow(self.locale);
        match self.customers.poll(block) {
            Ok(true) => self.partners.set_partner_of_record_counts(&self.customers.partner_counts),
            Ok(false) => {}
            Err(e) => self.error(format!("{e:#}")),
        }
    }

    /// Takes what the adapter must carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn list(&self) -> &FilteredList {
        match self.tab {
            Tab::Customers => &self.customers.list,
            Tab::Invitations => &self.invitations.list,
            Tab::Partners => &self.partners.list,
            Tab::Permissions => self.permissions.list(),
        }
    }

    fn list_mut(&mut self) -> &mut FilteredList {
        match self.tab {
            Tab::Customers => &mut self.customers.list,
            Tab::Invitations => &mut self.invitations.list,
            Tab::Partners => &mut self.partners.list,
            Tab::Permissions => self.permissions.list_mut(),
        }
    }

    /// Handles one event. Errors never escape: they become a message where the operator looks.
    pub fn handle(&mut self, event: Event) {
        let locale = self.locale;
        crate::i18n::scoped(locale, || self.handle_event(event))
    }

    fn handle_event(&mut self, event: Event) {
        let result = match event {
            Event::Key(key) => self.on_key(key),
            Event::Mouse(mouse) => self.on_mouse(mouse),
            Event::Paste(text) => {
                self.on_paste(&text);
                Ok(())
            }
            Event::Resize(..) => Ok(()),
            Event::BookChanged => match self.changes.has_changed() {
                Ok(true) => self.reload(),
                _ => Ok(()),
            },
            Event::Saved(Ok(path)) => {
                self.info(text::saved_eml(&path.display().to_string()));
                Ok(())
            }
            Event::Saved(Err((path, why))) => {
                self.error(text::eml_failed(&path.display().to_string(), &why));
                Ok(())
            }
        };
        if let Err(e) = result {
            self.error(format!("{e:#}"));
        }
    }

    fn on_paste(&mut self, text: &str) {
        match (self.layer(), self.overlays.last_mut()) {
            (Layer::Filter, _) => self.list_mut().push_str(text),
            (Layer::CommandLine, _) => command::type_text(self, text),
            (_, Some(Overlay::Form(state))) => state.form.paste(text),
            (_, Some(Overlay::Editor(editor))) => editor.paste(text),
            _ => {}
        }
    }

    fn on_key(&mut self, key: KeyEvent) -> Result<()> {
        if self.debug_panic_key && key.code == KeyCode::F(12) {
            panic!("the debug panic key was pressed");
        }
        let layer = self.layer();
        // Esc stops a bulk action in progress before it does anything else on the list; above
        // it (a question, a form, the help) it closes what is open, as everywhere.
        if key.code == KeyCode::Esc && !self.help && self.overlays.is_empty() && customers::cancel_job(self) {
            return Ok(());
        }
        if let Some(action) = keymap::action_for(layer, &key) {
            return self.update(action);
        }
        match (layer, self.overlays.last_mut()) {
            (Layer::Filter, _) => {
                if let KeyCode::Char(c) = key.code
                    && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                {
                    self.list_mut().push_str(&c.to_string());
                }
            }
            (Layer::CommandLine, _) => {
                if let KeyCode::Char(c) = key.code
                    && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                {
                    command::type_text(self, &c.to_string());
                }
            }
            (_, Some(Overlay::Form(state))) => state.form.edit(key),
            (_, Some(Overlay::Editor(editor))) => {
                editor.edit(key);
                editor.error = None;
            }
            _ => {}
        }
        Ok(())
    }

    /// Applies one action to the state: each goes to its owner, and nowhere else.
    pub fn update(&mut self, action: Action) -> Result<()> {
        let locale = self.locale;
        crate::i18n::scoped(locale, || self.apply(action))
    }

    fn apply(&mut self, action: Action) -> Result<()> {
        // The names in the operator's language's order, however `locale` was set.
        self.customers.follow(self.locale);
        if !matches!(action, Action::Global(Global::ToggleHelp | Global::CloseHelp)) {
            self.status = None;
        }
        match action {
            Action::Global(key) => self.global(key)?,
            Action::List(key) => self.list_key(key),
            Action::Customers(act) => customers::update(self, act)?,
            Action::Invitations(act) => invitations::update(self, act)?,
            Action::Offers(act) => offers::update(self, act)?,
            Action::Partners(act) => partners::update(self, act)?,
            Action::Permissions(act) => permissions::update(self, act)?,
            Action::Form(key) => self.form_key(key)?,
            Action::Editor(key) => invitations::editor_key(self, key)?,
            Action::Answer(yes) => self.answer(yes)?,
            Action::Close => self.close_overlay(),
            Action::Command(key) => command::update(self, key)?,
        }
        Ok(())
    }

    fn global(&mut self, key: Global) -> Result<()> {
        match key {
            Global::Quit => self.request_quit(),
            Global::QuitAnyway => self.quit_now(),
            Global::GoTab(tab) => self.show_tab(tab)?,
            Global::NextTab => self.show_tab(self.tab.step(1))?,
            Global::PrevTab => self.show_tab(self.tab.step(-1))?,
            Global::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll.reset();
            }
            Global::CloseHelp => self.help = false,
            Global::Transcript => self.transcript()?,
            Global::CommandLine => command::open(self),
            Global::NextLanguage => self.speak(self.locale.next())?,
        }
        Ok(())
    }

    /// From now on this session speaks `locale`, said in the new language; a partner user keeps
    /// it as their own, so that their next session over SSH speaks it too (a read-only session
    /// switches for itself only).
    pub(crate) fn speak(&mut self, locale: Locale) -> Result<()> {
        self.locale = locale;
        self.customers.follow(locale);
        crate::i18n::scoped(locale, || {
            self.info(text::language_now(locale.endonym()));
            if !self.session.read_only && self.session.actor.is_some() {
                let kept = self
                    .op_ctx()
                    .and_then(|ctx| crate::operations::partners::set_own_language(self.book(), &ctx, locale));
                if let Err(e) = kept {
                    self.report(e);
                }
            }
        });
        Ok(())
    }

    /// The session's language, decided before its first frame (an SSH session decides it once
    /// it knows who signed in): the setup form an empty book opened with is opened again in it,
    /// so that its hints and choices are not the server's language.
    pub fn set_locale(&mut self, locale: Locale) {
        self.locale = locale;
        self.customers.follow(locale);
        if self.is_empty_book() && matches!(self.overlays.as_slice(), [Overlay::Form(_)]) {
            self.overlays.clear();
            crate::i18n::scoped(locale, || setup::open_if_empty(self));
        }
    }

    /// The language the signed-in partner user chose for themselves, if they did.
    pub fn own_language(&self) -> Option<Locale> {
        let Some(crate::domain::permission::Actor::Partner(user)) = &self.session.actor else { return None };
        match self.book().read().and_then(|r| r.operator_language(&user.email)) {
            Ok(language) => language,
            Err(e) => {
                tracing::warn!("the operator's language cannot be read: {e}");
                None
            }
        }
    }

    /// The scroll position of the page-like view on top, if one is: the help, an invitation,
    /// an audit event.
    fn page_scroll(&self) -> Option<&scroll::Scroll> {
        match self.overlays.last() {
            _ if self.help => Some(&self.help_scroll),
            Some(Overlay::Invitation(_)) => Some(&self.invitations.scroll),
            Some(Overlay::AuditEvent(_)) => Some(&self.permissions.event_scroll),
            _ => None,
        }
    }

    fn list_key(&mut self, key: ListKey) {
        // In the help and an open invitation, the move keys scroll the page.
        if self.page_scroll().is_some_and(|page| page.apply(key)) {
            return;
        }
        // A record taller than the screen scrolls before the selection moves past it.
        if self.tab == Tab::Customers && self.customers.record_scroll.within(key) {
            return;
        }
        let list = self.list_mut();
        match key {
            ListKey::Up => list.move_by(-1),
            ListKey::Down => list.move_by(1),
            ListKey::PageUp => list.page_by(-1),
            ListKey::PageDown => list.page_by(1),
            ListKey::Top => list.top(),
            ListKey::Bottom => list.bottom(),
            ListKey::StartFilter => list.editing = true,
            ListKey::KeepFilter => list.editing = false,
            ListKey::ClearFilter => list.clear_query(),
            ListKey::FilterBackspace => list.pop_char(),
        }
    }

    /// A key of the form on top; Enter submits it to the feature it belongs to.
    fn form_key(&mut self, key: FormKey) -> Result<()> {
        let Some(Overlay::Form(state)) = self.overlays.last_mut() else { return Ok(()) };
        match key {
            FormKey::NextField => state.form.next_field(),
            FormKey::PrevField => state.form.prev_field(),
            FormKey::Toggle => state.form.toggle_focused(),
            FormKey::Submit => match state.purpose.clone() {
                Purpose::Customers(kind) => customers::submit(self, kind)?,
                Purpose::Invitations(kind) => invitations::submit(self, kind)?,
                Purpose::Offers(kind) => offers::submit(self, kind)?,
                Purpose::Partners(kind) => partners::submit(self, kind)?,
                Purpose::Permissions(kind) => permissions::submit(self, kind)?,
                Purpose::Setup => setup::submit(self)?,
            },
        }
        Ok(())
    }

    /// The answer to the question on top: what it carries for that answer is done now.
    fn answer(&mut self, yes: bool) -> Result<()> {
        let Some(Overlay::Confirm(confirm)) = self.overlays.pop() else { return Ok(()) };
        match if yes { Some(confirm.yes) } else { confirm.no } {
            Some(action) => self.update(action),
            None => Ok(()),
        }
    }

    /// Esc on an overlay.
    fn close_overlay(&mut self) {
        match self.overlays.last() {
            // Nothing lies behind the setup screen of an empty book: leaving it leaves the app.
            Some(Overlay::Form(state)) if matches!(state.purpose, Purpose::Setup) => self.quit = true,
            Some(Overlay::Editor(_)) => invitations::close_editor(self),
            _ => {
                self.overlays.pop();
            }
        }
    }

    /// What this session changed, in order: shown in the audit view (partner side) and copied
    /// to the clipboard as text for a support ticket.
    fn transcript(&mut self) -> Result<()> {
        let session = self.session.id.clone();
        let mut lines = Vec::new();
        self.book.read()?.each_audit(|e| {
            if e.session == session {
                lines.push(format!("{}  {}  {}  {}", self.zone.second(&e.at), e.actor, e.action, e.target));
            }
            Ok(())
        })?;
        let count = lines.len();
        let text = format!("{}\n{}", text::transcript_heading(&session.0), lines.join("\n"));
        self.effects.push(Effect::Clipboard(text));
        if self.side() == Side::Partner {
            self.show_tab(Tab::Permissions)?;
            self.permissions.pane = permissions::Pane::Audit;
            self.permissions.load_audit(&self.book.read()?)?;
            self.permissions.audit_list.clear_query();
            self.permissions.audit_list.push_str(&session.0);
        }
        self.info(text::transcript_copied(count, &session.0));
        Ok(())
    }

    /// `q`, `Ctrl-C`: quits, asking first while an email has unsaved edits or a bulk action or
    /// an export is still running. Asked already (a second `Ctrl-C`): quits.
    fn request_quit(&mut self) {
        let yes = Action::Global(Global::QuitAnyway);
        let asked = matches!(self.overlays.last(), Some(Overlay::Confirm(c)) if c.yes == yes);
        let unsaved = self.overlays.iter().any(|o| matches!(o, Overlay::Editor(e) if e.dirty));
        let running = self.job.as_ref().filter(|job| !job.cancelled);
        if asked {
            self.quit_now();
        } else if unsaved {
            self.confirm(text::QUIT_UNSAVED, text::QUIT_UNSAVED_DETAIL, yes, None);
        } else if let Some(job) = running {
            let (done, total) = (job.processed(), job.total);
            if job.is_export() {
                self.confirm(text::QUIT_DURING_EXPORT, text::quit_during_export_detail(done, total), yes, None);
            } else {
                self.confirm(text::QUIT_DURING_BULK, text::quit_during_bulk_detail(done, total), yes, None);
            }
        } else {
            self.quit_now();
        }
    }

    /// Quits without asking. A job in progress stops where it is (each chunk already written
    /// stays); an export first removes its unfinished files, so none is left half-written.
    fn quit_now(&mut self) {
        if let Some(mut job) = self.job.take() {
            job.cancel();
            job.wait_for_export();
        }
        self.quit = true;
    }

    /// Reads the book again after a change, keeping every view's selection and filter.
    pub fn reload(&mut self) -> Result<()> {
        // The views of the kinds of record that changed are behind; the one on screen is read
        // again now, the others when they are shown (fifty sessions need not re-read a list
        // nobody is looking at).
        let now = *self.changes.borrow_and_update();
        let seen = std::mem::replace(&mut self.seen, now);
        let changed = |kinds: &[Kind]| kinds.iter().any(|k| seen.changed(&now, *k));
        if changed(&[Kind::Org]) {
            self.org = self.book.read()?.org()?;
        }
        // Changed customers are patched into the list where they are (no list is read again),
        // unless the list is behind anyway or the changes are too far back to be known.
        let mut customers_behind = changed(&[Kind::Customers]);
        let patchable = !changed(&[Kind::Org])
            && self.session.customer_tenant().is_none()
            && !self.stale.contains(&Tab::Customers.index());
        if customers_behind
            && patchable
            && let Some(keys) = self.book.customers_changed(&seen, &now)
        {
            self.customers.patch(&self.book.read()?, &keys)?;
            self.partners.set_partner_of_record_counts(&self.customers.partner_counts);
            customers_behind = false;
        }
        let behind = [
            (Tab::Customers, changed(&[Kind::Org]) || customers_behind),
            (Tab::Invitations, changed(&[Kind::Invitations])),
            (Tab::Partners, changed(&[Kind::Org, Kind::Directory]) || customers_behind),
            (Tab::Permissions, changed(&[Kind::Users, Kind::Relationships, Kind::Audit, Kind::Customers])),
        ];
        for (tab, is_behind) in behind {
            if is_behind {
                self.stale.insert(tab.index());
            }
        }
        self.refresh(self.tab)
    }

    /// Reads a tab's view again if it is behind the book.
    fn refresh(&mut self, tab: Tab) -> Result<()> {
        if !self.stale.remove(&tab.index()) {
            return Ok(());
        }
        let read: ReadTx = self.book.read()?;
        match tab {
            Tab::Customers => {
                if let Some(task) = self.customers.reload(&self.book, &read)? {
                    self.effects.push(Effect::Background(task));
                }
                // An open record shows the customer's granular admin access.
                if self.stale.remove(&Tab::Permissions.index()) {
                    self.permissions.reload(&read, self.clock.now())?;
                    self.customers.set_access(Arc::clone(&self.permissions.access));
                }
            }
            Tab::Invitations => self.invitations.reload(&read, self.clock.now())?,
            Tab::Partners => {
                // Its counts are kept by the customer list, which says when they are complete.
                if self.stale.remove(&Tab::Customers.index()) {
                    self.customers.reload_now(&read)?;
                }
                self.partners.reload(&read)?;
                self.partners.set_partner_of_record_counts(&self.customers.partner_counts);
            }
            Tab::Permissions => {
                self.permissions.reload(&read, self.clock.now())?;
                self.customers.set_access(Arc::clone(&self.permissions.access));
            }
        }
        Ok(())
    }

    /// Shows `tab`, reading its view first if the book moved on since.
    fn show_tab(&mut self, tab: Tab) -> Result<()> {
        self.tab = tab;
        self.refresh(tab)
    }

    /// Runs the next step of the bulk job in progress, if any.
    pub fn run_job_step(&mut self) -> Result<()> {
        let locale = self.locale;
        crate::i18n::scoped(locale, || customers::run_job_step(self))
    }
}
