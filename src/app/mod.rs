//! Application state, `Action`, `update` and the key map. It knows nothing of the terminal it
//! runs in: a local tty and an SSH channel are adapters that feed it `Event`s and draw it.

pub mod action;
pub mod customers;
pub mod headless;
pub mod invitations;
pub mod keymap;
pub mod keyscript;
pub mod list;
pub mod partners;
pub mod permissions;
pub mod session;

use crate::domain::Timestamp;
use crate::domain::org::{DirectoryPartner, PartnerOrganization};
use crate::domain::permission::Actor;
use crate::store::{Book, ReadTx, Reads};
use crate::text;
use crate::ui::theme::Theme;
use action::Action;
use anyhow::Result;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use customers::CustomersView;
use invitations::InvitationsView;
use keymap::Layer;
use list::FilteredList;
use partners::PartnersView;
use permissions::PermissionsView;
pub use session::{Clock, FixedClock, Session, SystemClock};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Customers,
    Invitations,
    Partners,
    Permissions,
}

impl Tab {
    pub const ALL: [Tab; 4] = [
        Tab::Customers,
        Tab::Invitations,
        Tab::Partners,
        Tab::Permissions,
    ];

    pub fn title(self) -> &'static str {
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
    Paste(String),
    Resize(u16, u16),
    /// Another session (or this one) committed a change to the book.
    BookChanged,
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

pub struct App {
    book: Arc<Book>,
    clock: Arc<dyn Clock>,
    pub session: Session,
    pub theme: &'static Theme,
    pub tab: Tab,
    pub help: bool,
    pub status: Option<Status>,
    pub quit: bool,
    pub org: Option<PartnerOrganization>,
    pub customers: CustomersView,
    pub invitations: InvitationsView,
    pub partners: PartnersView,
    pub permissions: PermissionsView,
}

impl App {
    pub fn new(
        book: Arc<Book>,
        session: Session,
        clock: Arc<dyn Clock>,
        theme: &'static Theme,
    ) -> Result<App> {
        let read = book.read()?;
        let only = session.customer_tenant();
        let app = App {
            org: read.org()?,
            customers: CustomersView::load(&read, only)?,
            invitations: InvitationsView::load(&read, only)?,
            partners: PartnersView::load(&read, only)?,
            permissions: PermissionsView::load(&read, only)?,
            book,
            clock,
            session,
            theme,
            tab: Tab::Customers,
            help: false,
            status: None,
            quit: false,
        };
        Ok(app)
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    pub fn book(&self) -> &Book {
        &self.book
    }

    pub fn actor(&self) -> Option<&Actor> {
        self.session.actor.as_ref()
    }

    pub fn directory(&self) -> &[DirectoryPartner] {
        &self.partners.directory
    }

    /// True when the book has no partner organization yet.
    pub fn is_empty_book(&self) -> bool {
        self.org.is_none()
    }

    /// Which layer has the keyboard now.
    pub fn layer(&self) -> Layer {
        if self.help {
            Layer::Help
        } else if self.list().editing {
            Layer::Filter
        } else {
            Layer::List(self.tab)
        }
    }

    pub fn list(&self) -> &FilteredList {
        match self.tab {
            Tab::Customers => &self.customers.list,
            Tab::Invitations => &self.invitations.list,
            Tab::Partners => &self.partners.list,
            Tab::Permissions => &self.permissions.list,
        }
    }

    fn list_mut(&mut self) -> &mut FilteredList {
        match self.tab {
            Tab::Customers => &mut self.customers.list,
            Tab::Invitations => &mut self.invitations.list,
            Tab::Partners => &mut self.partners.list,
            Tab::Permissions => &mut self.permissions.list,
        }
    }

    /// Handles one event. Errors never escape: they become a message on the status line.
    pub fn handle(&mut self, event: Event) {
        let result = match event {
            Event::Key(key) => self.on_key(key),
            Event::Paste(text) => {
                if self.layer() == Layer::Filter {
                    self.list_mut().push_str(&text);
                }
                Ok(())
            }
            Event::Resize(..) => Ok(()),
            Event::BookChanged => self.reload(),
        };
        if let Err(e) = result {
            self.error(format!("{e:#}"));
        }
    }

    fn on_key(&mut self, key: KeyEvent) -> Result<()> {
        let layer = self.layer();
        match keymap::action_for(layer, &key) {
            Some(action) => self.update(action),
            None if layer == Layer::Filter => {
                if let KeyCode::Char(c) = key.code
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                {
                    self.list_mut().push_str(&c.to_string());
                }
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Applies one action to the state.
    pub fn update(&mut self, action: Action) -> Result<()> {
        if action != Action::ToggleHelp && action != Action::CloseHelp {
            self.status = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::GoTab(tab) => self.tab = tab,
            Action::NextTab => self.tab = self.tab.step(1),
            Action::PrevTab => self.tab = self.tab.step(-1),
            Action::ToggleHelp => self.help = !self.help,
            Action::CloseHelp => self.help = false,
            Action::StartFilter => self.list_mut().editing = true,
            Action::KeepFilter => self.list_mut().editing = false,
            Action::ClearFilter => self.list_mut().clear_query(),
            Action::FilterBackspace => self.list_mut().pop_char(),
            Action::Up => self.list_mut().move_by(-1),
            Action::Down => self.list_mut().move_by(1),
            Action::PageUp => self.list_mut().page_by(-1),
            Action::PageDown => self.list_mut().page_by(1),
            Action::Top => self.list_mut().top(),
            Action::Bottom => self.list_mut().bottom(),
            Action::Expand => {
                let read = self.book.read()?;
                self.customers.expand(&read)?;
            }
            Action::Collapse => {
                self.customers.collapse();
            }
            Action::CycleSort => {
                self.customers.cycle_sort();
                let label = self.customers.sort.map_or("", |s| s.label());
                self.info(text::sorted_by(label));
            }
        }
        Ok(())
    }

    /// Reads the book again after a change, keeping every view's selection and filter.
    pub fn reload(&mut self) -> Result<()> {
        let read: ReadTx = self.book.read()?;
        self.org = read.org()?;
        self.customers.reload(&read)?;
        self.invitations.reload(&read)?;
        self.partners.reload(&read)?;
        self.permissions.reload(&read)?;
        Ok(())
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: text.into(),
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            kind: StatusKind::Error,
            text: text.into(),
        });
    }
}
