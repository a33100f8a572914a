//! A command sent over SSH to `serve` (an exec request: `ssh -p 2222 desk@host partnerdesk
//! customers list --json`): run inside the serving process on the book it holds, as the key's
//! user, with the same output, JSON and exit codes as the command run locally. Only the
//! commands that read or change records run this way; those that work on the book's file or
//! on the server (`serve`, `demo`, `init`, `import`, `backup`, `check`, …) are refused with a sentence
//! saying so.

use super::failure::{EXIT_USAGE, Failure, finish, unparsed};
use super::output::{self, Streams};
use super::{Cli, Command, Who};
use crate::domain::permission::Actor;
use crate::i18n::Locale;
use crate::store::{Book, Reads};
use crate::t;
use std::io::Write;
use std::sync::Arc;

/// The served book and who the SSH key signed in as.
#[derive(Clone)]
pub struct Served {
    pub book: Arc<Book>,
    pub actor: Actor,
    /// The key may only read (`PARTNERDESK_READ_ONLY` on its line).
    pub read_only: bool,
    /// How the actor was established (the key's fingerprint), for the audit.
    pub via: String,
}

/// Runs `command_line` for `served`, its output into `streams`; returns the exit code.
/// Blocking: `serve` calls it on a thread of its own. It speaks as the desk over SSH does: the
/// command's own `--lang`, else the operator's stored language (chosen with `L` or `:lang`),
/// else `client` (the client's `LANG`, else the server's).
pub fn run(served: Served, command_line: &str, client: Locale, streams: Box<dyn Streams>) -> u8 {
    let locale = own_language(&served).unwrap_or(client);
    output::redirected(streams, || crate::i18n::scoped(locale, || run_here(served, command_line)))
}

/// The language the key's partner user keeps as their own, if they chose one.
fn own_language(served: &Served) -> Option<Locale> {
    let Actor::Partner(user) = &served.actor else { return None };
    match served.book.read().and_then(|r| r.operator_language(&user.email)) {
        Ok(language) => language,
        Err(e) => {
            tracing::warn!("the operator's language cannot be read: {e}");
            None
        }
    }
}

fn run_here(served: Served, command_line: &str) -> u8 {
    let Some(mut words) = shlex::split(command_line) else {
        return usage(t!("cli-unclosed-quote"), command_line.contains("--json"));
    };
    // `ssh host partnerdesk customers list` or just `ssh host customers list`.
    if words.first().map(String::as_str) != Some("partnerdesk") {
        words.insert(0, "partnerdesk".into());
    }
    let json = words.iter().any(|w| w == "--json");
    // `--lang` decides before parsing, so that `--help` and the refusals speak it too.
    let run = || {
        let cli = match super::help::parse_from(&words) {
            Ok(cli) => cli,
            Err(e) => return unparsed(&e, json),
        };
        if let Some(why) = refusal(&cli) {
            return usage(why, json);
        }
        let who = Who {
            db: None,
            default_book: None,
            email: None,
            read_only: served.read_only || cli.open.read_only,
            palette: Default::default(),
            csv: Default::default(),
            mouse: false,
            fuzzy: false,
            zone: None,
            served: Some(served),
        };
        finish(super::dispatch(cli.command, &who), json)
    };
    match super::help::lang_in(&words) {
        Some(locale) => crate::i18n::scoped(locale, run),
        None => run(),
    }
}

fn usage(message: String, json: bool) -> u8 {
    let failure = Failure { kind: "usage", message, field: None, code: EXIT_USAGE };
    let mut err = output::stderr();
    let _ = if json { writeln!(err, "{}", failure.json()) } else { writeln!(err, "partnerdesk: {}", failure.message) };
    EXIT_USAGE
}

/// Why a command may not run over SSH, if it may not.
fn refusal(cli: &Cli) -> Option<String> {
    if cli.open.db.is_some() || cli.open.as_email.is_some() {
        return Some(t!("cli-remote-no-db-or-as"));
    }
    let name = match cli.command.as_ref()? {
        Command::Serve(_) => "serve",
        Command::Demo(_) => "demo",
        Command::Init(_) => "init",
        Command::Import(_) => "import",
        Command::Backup(_) => "backup",
        Command::Check(_) => "check",
        Command::Snapshot(_) => "snapshot",
        Command::Config(_) => "config",
        Command::Completions { .. } => "completions",
        Command::Man { .. } => "man",
        Command::Debug(_) => "debug",
        Command::Export(_)
        | Command::Invite(_)
        | Command::Invitations(_)
        | Command::Offer(_)
        | Command::Accept(_)
        | Command::Decline(_)
        | Command::Customers(_)
        | Command::Partners(_)
        | Command::Por(_)
        | Command::Subscriptions(_)
        | Command::ProductKeys(_)
        | Command::TenantUsers(_)
        | Command::Gdap(_)
        | Command::Audit(_)
        | Command::Admin(_)
        | Command::ServiceRequests(_)
        | Command::Company(_)
        | Command::Contacts(_)
        | Command::Users(_) => return None,
    };
    Some(t!("cli-remote-server-only", command = name))
}

/// A command line with no command: the desk itself wants a terminal.
pub fn wants_terminal(command_line: &str) -> bool {
    let words = shlex::split(command_line).unwrap_or_default();
    let rest: Vec<&str> = words.iter().map(String::as_str).skip_while(|w| *w == "partnerdesk").collect();
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    use clap::Parser;

    fn parse(line: &str) -> Cli {
        let mut words = shlex::split(line).unwrap();
        words.insert(0, "partnerdesk".into());
        Cli::try_parse_from(words).unwrap()
    }

    #[test]
    fn commands_on_the_servers_files_and_other_books_are_refused() {
        for line in
            ["serve --authorized-keys k", "demo --no-tui", "import f.json", "snapshot", "config", "man", "check"]
        {
            assert!(refusal(&parse(line)).is_some_and(|why| why.contains("not over SSH")), "{line}");
            let turkish = crate::i18n::scoped(Locale::Tr, || refusal(&parse(line)));
            assert!(turkish.is_some_and(|why| why.contains("SSH üzerinden")), "{line}");
        }
        assert!(refusal(&parse("customers list --db /etc/other.redb")).is_some_and(|w| w.contains("--db")));
        assert!(refusal(&parse("customers list --as ceo@example.com")).is_some());
        assert!(refusal(&parse("customers list --json")).is_none());
        assert!(refusal(&parse("subscriptions suspend SUB-1")).is_none());
        assert!(wants_terminal("partnerdesk") && wants_terminal("") && !wants_terminal("customers list"));
    }
}
