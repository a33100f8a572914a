//! The config file, as an operator writes one: keys rebound (the footer and help follow), the
//! theme and the default book, and a bad file refused in one sentence naming its line.

use std::path::Path;
use std::process::{Command, Output};

fn partnerdesk(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_partnerdesk"))
        .args(args)
        .env("PARTNERDESK_CONFIG", config)
        .env_remove("PARTNERDESK_DB")
        .env_remove("PARTNERDESK_THEME")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn rebound_keys_work_and_the_footer_and_help_show_them() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("demo.redb");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("book = {:?}\n[keys]\n\"customers.new\" = \"N\"\n\"global.quit\" = [\"Z\", \"<C-q>\"]\n", book),
    )
    .unwrap();
    let db = book.to_str().unwrap();
    assert!(partnerdesk(&config, &["demo", "--no-tui", "--db", db, "--customers", "30"]).status.success());
    // No --db: the config's book.
    let screen = text(&partnerdesk(&config, &["snapshot", "--size", "120x35"]));
    let footer = screen.lines().last().unwrap_or_default();
    assert!(footer.contains("N new customer") && footer.contains("Z C-q quit"), "{footer}");
    let form = text(&partnerdesk(&config, &["snapshot", "--size", "120x35", "--keys", "N"]));
    assert!(form.contains("Add a customer"), "N opens the form:\n{form}");
    let old = text(&partnerdesk(&config, &["snapshot", "--size", "120x35", "--keys", "n"]));
    assert!(!old.contains("Add a customer"), "n no longer does:\n{old}");
    let help = text(&partnerdesk(&config, &["snapshot", "--size", "120x35", "--keys", "?"]));
    assert!(
        help.contains("Z C-q") && help.contains("Ctrl-C"),
        "the help lists the new keys, Ctrl-C still quits:\n{help}"
    );
}

#[test]
fn a_bad_config_is_one_sentence_naming_the_line_and_nothing_runs() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let cases = [
        ("theme = \"dark\"\n[keys]\n\"customers.new\" = \"j\"\n", "line 3", "already the key of “list.down”"),
        ("[keys]\n\n\"customers.teleport\" = \"X\"\n", "line 3", "no action named “customers.teleport”"),
        ("theme = \"dark\"\ncolours = 1\n", "line 2", "colours"),
        ("theme = \"dark\"\ndate_format = \"%d %B %Y\"\n", "line 2", "is not a date format"),
    ];
    for (file, line, why) in cases {
        std::fs::write(&config, file).unwrap();
        let out = partnerdesk(&config, &["customers", "list", "--db", "/nonexistent/book.redb"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{file}: {err}");
        assert!(err.contains(config.to_str().unwrap()) && err.contains(line) && err.contains(why), "{file}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
        let shown = text(&partnerdesk(&config, &["config"]));
        assert!(shown.contains("refused") && shown.contains(line), "config says why: {shown}");
    }
}

#[test]
fn the_default_file_documents_every_setting_and_loads_as_is() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let default = text(&partnerdesk(&config, &["config", "--print-default"]));
    for setting in ["theme", "book", "[keys]"] {
        assert!(default.contains(setting), "{setting}");
    }
    std::fs::write(&config, &default).unwrap();
    let shown = text(&partnerdesk(&config, &["config"]));
    assert!(shown.contains("read, in force"), "{shown}");
    let actions = text(&partnerdesk(&config, &["config", "--actions"]));
    assert!(actions.contains("customers.request_reseller") || actions.contains("invitations.request"), "{actions}");
}

/// Whether `text` holds a date and time written as `shape` says: `9` a digit, anything else
/// itself ("99.99.9999 99:99").
fn holds(text: &str, shape: &str) -> bool {
    let (text, shape): (Vec<char>, Vec<char>) = (text.chars().collect(), shape.chars().collect());
    text.windows(shape.len())
        .any(|w| w.iter().zip(&shape).all(|(c, s)| if *s == '9' { c.is_ascii_digit() } else { c == s }))
}

#[test]
fn dates_on_screen_follow_the_date_format_and_files_keep_iso() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("demo.redb");
    let config = dir.path().join("config.toml");
    let db = book.to_str().unwrap();
    std::fs::write(&config, "").unwrap();
    assert!(partnerdesk(&config, &["demo", "--no-tui", "--db", db, "--customers", "30"]).status.success());
    // The audit log: each event's time, to the minute.
    let audit = ["snapshot", "--db", db, "--size", "120x35", "--keys", "4 v v"];
    let iso = text(&partnerdesk(&config, &audit));
    assert!(holds(&iso, "9999-99-99 99:99"), "{iso}");
    std::fs::write(&config, "date_format = \"%d.%m.%Y\"\n").unwrap();
    let dotted = text(&partnerdesk(&config, &audit));
    assert!(holds(&dotted, "99.99.9999 99:99") && !holds(&dotted, "9999-99-99"), "{dotted}");
    let export = text(&partnerdesk(&config, &["export", "--db", db]));
    assert!(holds(&export, "\"9999-99-99T99:99"), "JSON keeps RFC 3339");
}
