//! The command line (`:`): every action by its name as well as by its key, and jumps that a key
//! cannot express — `:customer minhphat.vn`, `:inv INV-12`, `:sub SUB-12`, `:theme light`,
//! `:lang vi`, `:tz Asia/Ho_Chi_Minh`, `:fuzzy`. `Tab` completes a command's name; `Enter` runs
//! it; a command it does not know is said, and nothing runs.

use super::action::{Action, Global};
use super::keymap::{self, Binding};
use super::overlay::Overlay;
use super::{App, Tab, customers};
use crate::domain::ids::{InvitationId, SubscriptionId};
use crate::i18n::Locale;
use crate::store::Reads;
use crate::text;
use crate::theme::{self, Palette};
use anyhow::Result;
use clap::ValueEnum;

/// What a key does on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Run,
    Complete,
    Backspace,
}

/// The line being typed.
#[derive(Debug, Default, Clone)]
pub struct CommandLine {
    pub input: String,
}

/// The commands that take an argument, with what they expect.
pub const JUMPS: [(&str, &str); 7] = [
    ("customer", "DOMAIN|TENANT"),
    ("inv", "INV-12"),
    ("sub", "SUB-12"),
    ("theme", "dark|light|mono"),
    ("lang", "en|vi|tr|zh-CN"),
    ("tz", "Asia/Ho_Chi_Minh"),
    ("fuzzy", "on|off"),
];

/// Every command's name: the jumps, then the actions.
fn names() -> Vec<String> {
    let actions = keymap::rebindable().into_iter().map(|(name, _)| name);
    JUMPS.iter().map(|(name, _)| name.to_string()).chain(actions).collect()
}

/// The commands whose name starts with what is typed (before any argument).
pub fn candidates(input: &str) -> Vec<String> {
    let word = input.split_whitespace().next().unwrap_or_default();
    names().into_iter().filter(|n| n.starts_with(word)).collect()
}

/// What a jump's argument can be, starting with what is typed of it (case aside): the listed
/// customers' domains, the invitations' ids, the themes, languages and time zones. Lazy, so
/// the line's hint takes the first few of a million domains without looking at the rest.
pub fn arguments<'a>(app: &'a App, input: &str) -> Box<dyn Iterator<Item = String> + 'a> {
    let Some((name, typed)) = input.split_once(' ') else { return Box::new(std::iter::empty()) };
    let typed = typed.trim_start().to_lowercase();
    let fixed = |values: &'static [&'static str]| -> Box<dyn Iterator<Item = String> + 'a> {
        let typed = typed.clone();
        Box::new(values.iter().filter(move |v| v.to_lowercase().starts_with(&typed)).map(|v| v.to_string()))
    };
    match name {
        "theme" => fixed(&["dark", "light", "mono"]),
        "lang" => fixed(&["en", "vi", "tr", "zh-CN"]),
        "fuzzy" => fixed(&["on", "off"]),
        // Every domain is a lot to offer: the first letters narrow it first.
        "customer" | "c" if !typed.is_empty() => Box::new(
            app.customers
                .rows
                .iter()
                .filter(move |r| r.listed && r.domain.starts_with(&typed))
                .map(|r| r.domain.clone()),
        ),
        "inv" | "i" => Box::new(
            app.invitations
                .items
                .iter()
                .map(|i| i.id.to_string())
                .filter(move |id| id.to_lowercase().starts_with(&typed)),
        ),
        "tz" if !typed.is_empty() => Box::new(
            jiff::tz::db()
                .available()
                .map(|zone| zone.as_str().to_string())
                .filter(move |zone| zone.to_lowercase().starts_with(&typed)),
        ),
        _ => Box::new(std::iter::empty()),
    }
}

/// The longest beginning every one of `found` shares, as a shell completes.
fn shared_start(found: &[String]) -> &str {
    let Some(first) = found.first() else { return "" };
    found.iter().fold(first.as_str(), |acc, n| {
        let len = acc.chars().zip(n.chars()).take_while(|(a, b)| a == b).count();
        &acc[..acc.char_indices().nth(len).map_or(acc.len(), |(i, _)| i)]
    })
}

pub(super) fn open(app: &mut App) {
    app.overlays.push(Overlay::CommandLine(CommandLine::default()));
}

pub(super) fn type_text(app: &mut App, typed: &str) {
    if let Some(Overlay::CommandLine(line)) = app.overlays.last_mut() {
        line.input.push_str(typed);
    }
}

pub(super) fn update(app: &mut App, key: Key) -> Result<()> {
    // `Tab`: a command's name (then a space, for its argument), or a jump's argument.
    let completed = match (key, app.overlays.last()) {
        (Key::Complete, Some(Overlay::CommandLine(line))) => match line.input.split_once(' ') {
            None => {
                let found = candidates(&line.input);
                let common = shared_start(&found);
                (!found.is_empty()).then(|| if found.len() == 1 { format!("{common} ") } else { common.to_string() })
            }
            Some((name, typed)) => {
                let found: Vec<String> = arguments(app, &line.input).collect();
                // Past what is typed only: a shared start shorter than it (case aside) adds nothing.
                let common = shared_start(&found);
                (common.chars().count() > typed.trim_start().chars().count()).then(|| format!("{name} {common}"))
            }
        },
        _ => None,
    };
    let Some(Overlay::CommandLine(line)) = app.overlays.last_mut() else { return Ok(()) };
    match key {
        Key::Backspace => {
            line.input.pop();
        }
        Key::Complete => {
            if let Some(completed) = completed {
                line.input = completed;
            }
        }
        Key::Run => {
            let input = std::mem::take(&mut line.input);
            app.overlays.pop();
            run(app, input.trim())?;
        }
    }
    Ok(())
}

fn run(app: &mut App, input: &str) -> Result<()> {
    let (name, argument) = input.split_once(' ').map_or((input, ""), |(n, a)| (n, a.trim()));
    match name {
        "" => Ok(()),
        "customer" | "c" => jump_to_customer(app, argument),
        "inv" | "i" => jump_to_invitation(app, argument),
        "sub" | "s" => jump_to_subscription(app, argument),
        "fuzzy" => {
            let on = match argument {
                "" => !app.is_fuzzy(),
                "on" => true,
                "off" => false,
                _ => {
                    app.error(text::command_needs(name, "on|off"));
                    return Ok(());
                }
            };
            app.set_fuzzy(on);
            app.info(if on { text::FUZZY_ON } else { text::FUZZY_OFF });
            Ok(())
        }
        "theme" => {
            match Palette::from_str(argument, true) {
                Ok(palette) => app.theme = theme::theme(palette, app.colours),
                Err(_) => app.error(text::command_needs(name, "dark|light|mono")),
            }
            Ok(())
        }
        "tz" => {
            app.use_zone(argument);
            Ok(())
        }
        "lang" => match Locale::parse(argument) {
            Some(locale) => app.speak(locale),
            None if argument.is_empty() => {
                app.error(text::command_needs(name, "en|vi|tr|zh-CN"));
                Ok(())
            }
            None => {
                app.error(text::command_language(argument));
                Ok(())
            }
        },
        _ => match keymap::rebindable().into_iter().find(|(n, _)| n == name) {
            Some((_, binding)) => run_action(app, binding),
            None => {
                app.error(text::command_unknown(name));
                Ok(())
            }
        },
    }
}

/// An action by its name, on the tab it belongs to.
fn run_action(app: &mut App, binding: Binding) -> Result<()> {
    let tab = match binding.action {
        Action::Customers(_) => Some(Tab::Customers),
        Action::Invitations(_) | Action::Offers(_) => Some(Tab::Invitations),
        Action::Partners(_) => Some(Tab::Partners),
        Action::Permissions(_) => Some(Tab::Permissions),
        _ => None,
    };
    if let Some(tab) = tab.filter(|t| *t != app.tab) {
        app.update(Action::Global(Global::GoTab(tab)))?;
    }
    app.update(binding.action)
}

/// `:customer X`: the customer whose primary domain or tenant id is X (or starts with it),
/// selected on the Customers tab with its record open.
fn jump_to_customer(app: &mut App, wanted: &str) -> Result<()> {
    if wanted.is_empty() {
        app.error(text::command_needs("customer", "DOMAIN|TENANT"));
        return Ok(());
    }
    let wanted = wanted.to_lowercase();
    let rows = &app.customers.rows;
    let exact = rows.iter().position(|r| r.listed && (r.domain == wanted || r.tenant_id.to_string() == wanted));
    let found = exact.or_else(|| {
        rows.iter()
            .position(|r| r.listed && (r.domain.starts_with(&wanted) || r.tenant_id.to_string().starts_with(&wanted)))
    });
    let Some(item) = found else {
        app.error(text::command_no_customer(&wanted));
        return Ok(());
    };
    open_customer(app, item)
}

/// The customer at `item` selected on the Customers tab, with its record open.
fn open_customer(app: &mut App, item: usize) -> Result<()> {
    app.update(Action::Global(Global::GoTab(Tab::Customers)))?;
    app.customers.list.clear_query();
    app.customers.list.select_item(item);
    app.customers.focus = None;
    if !app.customers.expanded.contains_key(&app.customers.rows[item].tenant_id) {
        app.update(Action::Customers(customers::Act::Expand))?;
    }
    Ok(())
}

/// `:sub SUB-12`: the customer that holds the subscription (one lookup in the book's index),
/// selected on the Customers tab with its record open and scrolled to that subscription.
fn jump_to_subscription(app: &mut App, wanted: &str) -> Result<()> {
    let Some(id) = SubscriptionId::parse(wanted) else {
        app.error(text::command_needs("sub", "SUB-12"));
        return Ok(());
    };
    // A large book's list may still be landing: the customer must be on it to be shown.
    if app.customers.is_loading() {
        app.poll_loading(true);
    }
    let holder = app.book().read()?.subscription_holder(id)?;
    // A customer user finds its own tenant's subscriptions only (rule 15): its list has no other.
    let rows = &app.customers.rows;
    let Some(item) = holder.and_then(|t| rows.item_of(t)).filter(|&i| rows[i].listed) else {
        app.error(text::command_no_subscription(&id.to_string()));
        return Ok(());
    };
    let tenant = rows[item].tenant_id;
    open_customer(app, item)?;
    app.customers.focus = Some((tenant, id));
    app.customers.reveal_focus.set(true);
    Ok(())
}

/// `:inv INV-12`: the invitation, open on the Invitations tab.
fn jump_to_invitation(app: &mut App, wanted: &str) -> Result<()> {
    let Some(id) = InvitationId::parse(wanted) else {
        app.error(text::command_needs("inv", "INV-12"));
        return Ok(());
    };
    if !app.invitations.items.iter().any(|i| i.id == id) {
        app.error(text::command_no_invitation(&id.to_string()));
        return Ok(());
    }
    app.update(Action::Global(Global::GoTab(Tab::Invitations)))?;
    if app.invitations.status.is_some() {
        // The status filter may hide it: show every status again.
        app.invitations.status = None;
        let read = app.book().read()?;
        app.invitations.reload(&read, app.now())?;
    }
    app.invitations.list.clear_query();
    if let Some(item) = app.invitations.items.iter().position(|i| i.id == id) {
        app.invitations.list.select_item(item);
    }
    app.update(Action::Invitations(super::invitations::Act::Open))
}
