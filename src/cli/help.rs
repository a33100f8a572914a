//! `--help` in the reader's language. clap's derive holds the English text (which the manual
//! page and the shell completions keep: they are files installed once for every user of a
//! machine). For a run, the command tree is built and each command's description and each
//! argument's help replaced by its Fluent message, named for its place:
//!
//! - a command: `cli-help` for partnerdesk itself, `cli-help-customers-list` for a subcommand;
//! - an argument: `cli-help-customers-list--filter`, else `cli-help--json` — one message for an
//!   argument every command describes alike (the global options, `--json`, `--help`).
//!
//! The tests below hold every command and argument to a message in every locale, the English
//! ones to the doc comments they stand for, and every `cli-help…` message to a command or an
//! argument that reads it.

use super::Cli;
use crate::i18n::{Locale, has_message, message};
use crate::t;
use clap::{Command, CommandFactory, FromArgMatches};

/// The message id of the command at `path` (its subcommand names from the top). clap's `help`
/// command (`partnerdesk help`, `partnerdesk customers help`) is one message, and the commands
/// it lists under it are the commands themselves.
fn command_id(path: &[String]) -> String {
    let place: Vec<&str> = match path.last().map(String::as_str) {
        Some("help") => vec!["help"],
        _ => path.iter().map(String::as_str).filter(|name| *name != "help").collect(),
    };
    std::iter::once("cli-help").chain(place).collect::<Vec<_>>().join("-")
}

/// The message ids an argument's help may come from, the command's own first.
fn arg_ids(path: &[String], arg: &str) -> [String; 2] {
    let arg = arg.replace('_', "-");
    [format!("{}--{arg}", command_id(path)), format!("cli-help--{arg}")]
}

/// The first of `ids` with a message.
fn found(ids: &[String]) -> Option<&String> {
    ids.iter().find(|id| has_message(id))
}

/// The whole command line, its help in the current locale.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    // Built first, so that the global options are copied into every subcommand and clap's own
    // `--help`, `--version` and `help` exist to be translated too.
    cmd.build();
    localize(cmd, &mut Vec::new())
}

fn localize(mut cmd: Command, path: &mut Vec<String>) -> Command {
    if cmd.get_about().is_some() {
        let about = message(&command_id(path), None);
        cmd = cmd.about(about).long_about(None::<&'static str>);
    }
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .filter(|a| a.get_help().is_some() || a.get_long_help().is_some())
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let (arguments, options) = (t!("cli-heading-arguments"), t!("cli-heading-options"));
    for (id, positional) in args {
        let help = found(&arg_ids(path, &id)).map(|id| message(id, None));
        let heading = if positional { arguments.clone() } else { options.clone() };
        // Everyone who signs in to `serve` is named by their key: `--as` is refused there
        // (`cli-serve-no-as`), so its help does not offer it. (Changed here, in the walk over
        // every argument: clap finds a built command's arguments by their order, which each
        // argument changed once keeps.)
        let hidden = *path == ["serve"] && id == "as_email";
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help_heading(heading);
            let a = if hidden { a.hide(true) } else { a };
            match help {
                Some(help) => a.help(help).long_help(None::<&'static str>),
                None => a,
            }
        });
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, path));
        path.pop();
    }
    let heading = clap::builder::styling::Style::new().bold().underline();
    let usage = format!("{heading}{}{heading:#}", t!("cli-heading-usage"));
    cmd.subcommand_help_heading(t!("cli-heading-commands")).help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
}

/// The command line's words parsed as [`Cli`], its `--help` and usage in the current locale.
pub fn parse_from<I, T>(words: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(words)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// The language a command line asks for with `--lang X` or `--lang=X`, before it is parsed: the
/// help and the parser's messages must already speak it.
pub fn lang_in<T: AsRef<std::ffi::OsStr>>(words: &[T]) -> Option<Locale> {
    let words: Vec<&str> = words.iter().filter_map(|w| w.as_ref().to_str()).collect();
    words.iter().enumerate().find_map(|(at, word)| match word.strip_prefix("--lang") {
        Some("") => words.get(at + 1).and_then(|value| Locale::parse(value)),
        Some(rest) => rest.strip_prefix('=').and_then(Locale::parse),
        None => None,
    })
}

/// Every message id the help reads (the commands' and the arguments' that resolve), for the
/// check that no message is left unread.
pub fn ids_in_use() -> Vec<String> {
    let mut ids = Vec::new();
    let mut cmd = Cli::command();
    cmd.build();
    walk(&cmd, &mut Vec::new(), &mut |path, arg| {
        let id = match arg {
            None => Some(command_id(path)),
            Some(arg) => found(&arg_ids(path, arg)).cloned(),
        };
        ids.extend(id);
    });
    ids
}

/// Calls `visit(path, None)` for every command with a description and `visit(path, Some(arg))`
/// for every argument with help, in the built tree.
fn walk(cmd: &Command, path: &mut Vec<String>, visit: &mut impl FnMut(&[String], Option<&str>)) {
    if cmd.get_about().is_some() {
        visit(path, None);
    }
    for arg in cmd.get_arguments().filter(|a| a.get_help().is_some() || a.get_long_help().is_some()) {
        visit(path, Some(arg.get_id().as_str()));
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        walk(sub, path, visit);
        path.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::scoped;

    /// clap's own words, not a doc comment of ours.
    fn clap_made(path: &[String], arg: Option<&str>) -> bool {
        matches!(arg, Some("help" | "version")) || path.iter().any(|c| c == "help")
    }

    /// The English text clap's derive gives, as one line.
    fn english(cmd: &Command, arg: Option<&str>) -> String {
        let text = match arg {
            None => cmd.get_long_about().or(cmd.get_about()).map(ToString::to_string),
            Some(id) => cmd
                .get_arguments()
                .find(|a| a.get_id() == id)
                .and_then(|a| a.get_long_help().or(a.get_help()))
                .map(ToString::to_string),
        };
        text.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn at<'a>(cmd: &'a Command, path: &[String]) -> &'a Command {
        path.iter().fold(cmd, |c, name| c.find_subcommand(name).unwrap_or(c))
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_locale() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        let mut differ = Vec::new();
        let mut count = 0;
        walk(&cmd, &mut Vec::new(), &mut |path, arg| {
            count += 1;
            let ids = match arg {
                None => vec![command_id(path)],
                Some(arg) => arg_ids(path, arg).to_vec(),
            };
            let Some(id) = found(&ids) else {
                missing.push(ids[0].clone());
                return;
            };
            if !clap_made(path, arg) {
                let said = scoped(Locale::En, || message(id, None)).split_whitespace().collect::<Vec<_>>().join(" ");
                let doc = english(at(&cmd, path), arg);
                if said != doc {
                    differ.push(format!("{id}\n  doc: {doc}\n  ftl: {said}"));
                }
            }
        });
        assert!(count > 200, "only {count} commands and arguments: is the walk right?");
        assert!(missing.is_empty(), "no help message (add it to locales/*/cli.ftl):\n{}", missing.join("\n"));
        assert!(differ.is_empty(), "the English help differs from the doc comment:\n{}", differ.join("\n"));
    }

    #[test]
    fn serve_does_not_offer_as_and_refuses_it_as_before() {
        let help = scoped(Locale::En, || {
            command().find_subcommand_mut("serve").map(|c| c.render_help().to_string()).unwrap_or_default()
        });
        assert!(help.contains("--listen") && !help.contains("--as "), "{help}");
        let parsed = parse_from(["partnerdesk", "serve", "--authorized-keys", "keys", "--as", "lan@saomai.vn"])
            .expect("still parsed, to be refused");
        assert_eq!(parsed.open.as_email.as_deref(), Some("lan@saomai.vn"));
    }

    #[test]
    fn help_is_rendered_in_the_readers_language() {
        for (locale, word) in [(Locale::Vi, "khách hàng"), (Locale::Tr, "müşteri"), (Locale::ZhCn, "客户")] {
            let help = scoped(locale, || {
                let mut cmd = command();
                cmd.find_subcommand_mut("customers").map(|c| c.render_help().to_string()).unwrap_or_default()
            });
            assert!(help.to_lowercase().contains(word), "{locale:?}:\n{help}");
            assert!(!help.contains("Every customer on the partner's list"), "{locale:?}:\n{help}");
        }
        let english = scoped(Locale::En, || command().render_help().to_string());
        assert!(english.contains("A keyboard-driven desk"), "{english}");
    }

    #[test]
    fn the_language_is_read_from_the_words_before_parsing() {
        assert_eq!(lang_in(&["partnerdesk", "--lang", "vi", "customers"]), Some(Locale::Vi));
        assert_eq!(lang_in(&["partnerdesk", "customers", "--lang=zh-CN", "--help"]), Some(Locale::ZhCn));
        assert_eq!(lang_in(&["partnerdesk", "customers", "list"]), None);
        assert_eq!(lang_in(&["partnerdesk", "--lang", "xx"]), None);
    }

    #[test]
    fn parsing_the_localized_command_gives_the_same_values() {
        let cli = scoped(Locale::Tr, || parse_from(["partnerdesk", "customers", "list", "--json", "--as", "a@b.c"]));
        let cli = cli.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cli.open.as_email.as_deref(), Some("a@b.c"));
        assert!(matches!(cli.command, Some(super::super::Command::Customers(_))));
    }
}
