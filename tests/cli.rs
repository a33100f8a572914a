//! The binary as scripts and operators use it.

mod common;

use common::partnerdesk;
use std::path::Path;
use std::process::Output;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn demo(path: &Path, customers: &str) {
    let out = partnerdesk(&["demo", "--no-tui", "--db", path.to_str().unwrap(), "--customers", customers]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn demo_then_export_gives_the_whole_book_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "3000");
    let out = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let book: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(book["customers"].as_array().map(Vec::len), Some(3000));
    assert_eq!(book["organization"]["name"], "Sao Mai Cloud Solutions");
    assert!(book["audit"].as_array().is_some_and(|a| !a.is_empty()));
}

#[test]
fn demo_refuses_a_book_that_is_not_empty_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "10");
    let again = partnerdesk(&["demo", "--no-tui", "--db", path.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("pass --force"), "{}", stderr(&again));
    let forced = partnerdesk(&["demo", "--no-tui", "--force", "--db", path.to_str().unwrap(), "--customers", "20"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
}

#[test]
fn a_second_process_gets_one_clear_sentence_and_the_book_is_unharmed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    demo(&path, "10");
    let before = partnerdesk(&["export", "--db", path.to_str().unwrap()]).stdout;
    let held = partnerdesk::store::Book::open(&path).expect("the first opener");
    // Reading works beside the writer; a second writer is refused.
    let read = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
    assert_eq!(read.stdout, before, "a reader beside the writer sees the book");
    let copy = dir.path().join("backup.redb");
    let backup = partnerdesk(&["backup", "--db", path.to_str().unwrap(), copy.to_str().unwrap()]);
    assert!(backup.status.success(), "a hot backup beside the writer: {}", stderr(&backup));
    let copied = partnerdesk(&["export", "--db", copy.to_str().unwrap()]);
    assert_eq!(copied.stdout, before, "the backup holds the same book");
    let out = partnerdesk(&[
        "customers",
        "add",
        "--db",
        path.to_str().unwrap(),
        "--company",
        "Mới",
        "--domain",
        "moi",
        "--admin-email",
        "a@moi.vn",
    ]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("is open in another partnerdesk process"), "{message}");
    assert!(message.contains("partnerdesk serve"), "{message}");
    assert!(message.contains("ssh -p PORT you@server partnerdesk"), "how a script reaches a served book: {message}");
    drop(held);
    let after = partnerdesk(&["export", "--db", path.to_str().unwrap()]).stdout;
    assert_eq!(before, after);
}

#[test]
fn a_file_that_is_not_a_book_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "my notes").unwrap();
    let out = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is not a partnerdesk book"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my notes");
    let out = partnerdesk(&["export", "--db", dir.path().to_str().unwrap()]);
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn snapshot_prints_the_screen_and_refuses_a_bad_script() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "50");
    let db = path.to_str().unwrap();
    let out = partnerdesk(&["snapshot", "--db", db, "--size", "100x30", "--keys", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let screen = String::from_utf8(out.stdout).unwrap();
    assert_eq!(screen.lines().count(), 30);
    assert!(screen.contains("invitations"), "{screen}");

    let out = partnerdesk(&["snapshot", "--db", db, "--keys", "<Nope>"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad key script at “<Nope>”"), "{}", stderr(&out));

    let out = partnerdesk(&["snapshot", "--db", db, "--as", "nobody@nowhere.example"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is neither a partner user nor a user of a customer"), "{}", stderr(&out));

    let out = partnerdesk(&["snapshot", "--db", db, "--format", "svg"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<svg"));
}

#[test]
fn invitation_round_trip_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "50");
    let db = path.to_str().unwrap();

    // A helpdesk agent is refused, with the reason, and nothing is written.
    let out = partnerdesk(&[
        "invite",
        "--db",
        db,
        "--as",
        "bao@saomai.vn",
        "--company",
        "Hải Đăng",
        "--contact",
        "an@haidang.vn",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("needs the Admin agent or Sales agent role"), "{}", stderr(&out));

    // A prospect outside the partner's country and CSP region is refused (rule 3).
    let out = partnerdesk(&[
        "invite",
        "--db",
        db,
        "--as",
        "lan@saomai.vn",
        "--company",
        "Yıldız Yazılım",
        "--contact",
        "ayse@yildiz.com.tr",
        "--country",
        "TR",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("outside the CSP region of Sao Mai Cloud Solutions (Asia and Pacific)"),
        "{}",
        stderr(&out)
    );

    let out = partnerdesk(&[
        "invite",
        "--db",
        db,
        "--as",
        "lan@saomai.vn",
        "--company",
        "Hải Đăng",
        "--contact",
        "an@haidang.vn",
        "--send",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["schema_version"], 1);
    let inv = &doc["invitation"];
    assert_eq!(inv["status_now"], "sent");
    let link = inv["link"].as_str().unwrap().to_string();
    assert!(link.starts_with("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="));
    assert!(link.contains("&msppId=0&DAP=true&"));

    let out = partnerdesk(&["invitations", "list", "--db", db, "--status", "sent", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(listed["invitations"].as_array().unwrap().iter().any(|i| i["link"] == link.as_str()));

    // The partner cannot accept for the customer; the customer must accept the MCA too.
    let out = partnerdesk(&["accept", "--db", db, "--as", "lan@saomai.vn", &link]);
    assert!(stderr(&out).contains("Accepting an invitation needs"), "{}", stderr(&out));
    let out = partnerdesk(&["accept", "--db", db, "--as", "an@haidang.vn", &link]);
    assert!(stderr(&out).contains("Microsoft Customer Agreement"), "{}", stderr(&out));
    let out = partnerdesk(&["accept", "--db", db, "--as", "an@haidang.vn", "--accept-mca", "--json", &link]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let outcome = &doc["acceptance"];
    assert_eq!(outcome["admin_privileges"], true);
    assert_eq!(outcome["portal"], "Microsoft 365 admin center");

    let book: serde_json::Value = serde_json::from_slice(&partnerdesk(&["export", "--db", db]).stdout).unwrap();
    let customer = book["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["primary_domain"] == "haidang.onmicrosoft.com")
        .unwrap();
    assert_eq!(customer["admin"]["partner"], 4512345);
    assert!(customer["relationships"].as_array().unwrap().iter().any(|r| r["kind"] == "reseller"));
    let actions: Vec<&str> = book["audit"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    for step in [
        "customer.prospect_added",
        "invitation.requested",
        "invitation.sent",
        "invitation.accepted",
        "customer.reseller_accepted",
    ] {
        assert!(actions.contains(&step), "{step} is audited");
    }
}

#[test]
fn a_read_only_session_refuses_every_change_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "20");
    let db = path.to_str().unwrap();
    let before = partnerdesk(&["export", "--db", db]).stdout;
    for args in [
        vec![
            "invite",
            "--db",
            db,
            "--read-only",
            "--as",
            "lan@saomai.vn",
            "--company",
            "Hải Đăng",
            "--contact",
            "an@haidang.vn",
        ],
        vec!["invitations", "purge", "--db", db, "--read-only"],
        vec!["offer", "trial", "--db", db, "--read-only", "--as", "lan@saomai.vn", "--offer", "Power BI Pro"],
        vec!["offer", "purchase", "--db", db, "--read-only", "--as", "lan@saomai.vn", "--line", "8=5"],
        vec!["invitations", "revoke", "INV-1", "--db", db, "--read-only"],
    ] {
        let out = partnerdesk(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains("read-only session"), "{}", stderr(&out));
    }
    let screen = partnerdesk(&["snapshot", "--db", db, "--read-only", "--keys", "2 r"]);
    let screen = String::from_utf8_lossy(&screen.stdout);
    assert!(screen.contains("READ-ONLY"), "{screen}");
    assert!(screen.contains("read-only session"), "{screen}");
    assert_eq!(partnerdesk(&["export", "--db", db]).stdout, before, "the book is byte-for-byte the same");
}

#[test]
fn customers_list_show_and_add() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "100");
    let db = path.to_str().unwrap();
    let before = partnerdesk(&["export", "--db", db]).stdout;
    let out = partnerdesk(&[
        "customers",
        "add",
        "--db",
        db,
        "--as",
        "hung@saomai.vn",
        "--company",
        "Mới",
        "--domain",
        "moi!",
        "--admin-email",
        "an@moi.vn",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("Domain:"), "{}", stderr(&out));
    assert_eq!(partnerdesk(&["export", "--db", db]).stdout, before, "nothing written");

    let out = partnerdesk(&[
        "customers",
        "add",
        "--db",
        db,
        "--as",
        "hung@saomai.vn",
        "--company",
        "Công ty Mới",
        "--domain",
        "congtymoi",
        "--admin-email",
        "an@congtymoi.vn",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = partnerdesk(&["customers", "list", "--db", db, "--filter", "cong ty moi", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = &doc["customers"];
    assert_eq!(rows.as_array().map(Vec::len), Some(1));
    assert_eq!(rows[0]["relationship"], "reseller");
    assert_eq!(rows[0]["country"], "VN");
    assert!(rows[0].get("folded").is_none(), "no internal fields");
    let out = partnerdesk(&["customers", "show", "--db", db, "congtymoi.onmicrosoft.com", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["customer"]["users"][0]["email"], "an@congtymoi.vn");
}

#[test]
fn partners_check_and_partner_of_record_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "100");
    let db = path.to_str().unwrap();
    let out = partnerdesk(&["partners", "check", "--db", db, "5120044"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "5120044 is Hải Vân Technology.");
    let out = partnerdesk(&["partners", "check", "--db", db, "7777777"]);
    assert!(stderr(&out).contains("not a partner known to the book"), "{}", stderr(&out));

    let book: serde_json::Value = serde_json::from_slice(&partnerdesk(&["export", "--db", db]).stdout).unwrap();
    let customer = book["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| !c["subscriptions"].as_array().unwrap().is_empty())
        .unwrap();
    let admin = customer["users"].as_array().unwrap().iter().find(|u| u["global_admin"] == true).unwrap()["email"]
        .as_str()
        .unwrap()
        .to_string();
    let sub = customer["subscriptions"][0]["id"].as_str().unwrap().to_string();
    let out = partnerdesk(&["por", "set", "--db", db, "--as", &admin, "--subscription", &sub, "--partner", "12"]);
    assert!(stderr(&out).contains("Partner id: a partner id has 6 or 7 digits"), "{}", stderr(&out));
    let out = partnerdesk(&[
        "por",
        "set",
        "--db",
        db,
        "--as",
        "lan@saomai.vn",
        "--subscription",
        &sub,
        "--partner",
        "5120044",
    ]);
    assert!(stderr(&out).contains("pass --as a Global admin of the customer"), "{}", stderr(&out));
    let out = partnerdesk(&["por", "set", "--db", db, "--as", &admin, "--subscription", &sub, "--partner", "5120044"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = partnerdesk(&["por", "clear", "--db", db, "--as", &admin, "--subscription", &sub]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("no partner of record"), "{}", stderr(&out));
    let audit = String::from_utf8_lossy(&partnerdesk(&["audit", "--db", db]).stdout).to_string();
    assert!(
        audit.contains("subscription.partner_of_record_set")
            && audit.contains("subscription.partner_of_record_cleared")
    );
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "200");
    let db = path.to_str().unwrap();
    for args in [vec!["export", "--db", db], vec!["audit", "--db", db], vec!["offer", "catalogue", "--db", db]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_partnerdesk"))
            .args(&args)
            .env_remove("PARTNERDESK_DB")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then the pipe closes
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.is_empty(), "{args:?}: {:?} {err}", out.status);
    }
}

/// The display column (in terminal cells, a Chinese character taking two) at which `field`
/// starts in `line`.
fn cell_column(line: &str, at: usize) -> usize {
    unicode_width::UnicodeWidthStr::width(&line[..at])
}

#[test]
fn text_tables_line_up_in_display_cells_with_chinese_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "200");
    let db = path.to_str().unwrap();

    let out = partnerdesk(&["customers", "list", "--db", db]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = String::from_utf8(out.stdout).unwrap();
    // Every demo domain is *.onmicrosoft.com or *.partner.onmschina.cn.
    let domains: Vec<(usize, &str)> =
        list.lines().map(|l| (cell_column(l, l.find(".onm").and_then(|e| l[..e].rfind(' ')).unwrap()), l)).collect();
    assert!(domains.iter().any(|(_, l)| l.contains("有限公司")), "the demo has Chinese customers:\n{list}");
    assert!(domains.iter().any(|(_, l)| l.contains("Công ty")), "and Vietnamese ones:\n{list}");
    let first = domains[0].0;
    for (column, line) in &domains {
        assert_eq!(*column, first, "the domain starts at another cell:\n{line}\n{}", domains[0].1);
    }

    let out = partnerdesk(&["partners", "list", "--db", db]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = String::from_utf8(out.stdout).unwrap();
    let kinds: Vec<(usize, &str)> = list
        .lines()
        .map(|l| {
            let at = ["Direct reseller", "Indirect reseller", "Indirect provider", "Advisor"]
                .iter()
                .filter_map(|k| l.rfind(k))
                .max()
                .unwrap_or_else(|| panic!("a kind in {l}"));
            (cell_column(l, at), l)
        })
        .collect();
    assert!(kinds.iter().any(|(_, l)| l.contains("云桥数字科技有限公司")), "{list}");
    for (column, line) in &kinds {
        assert_eq!(*column, kinds[0].0, "the kind starts at another cell:\n{line}\n{}", kinds[0].1);
    }
}

/// Every flag and argument of every command says what it is for, in `--help`, the man page and
/// the completions alike.
#[test]
fn every_argument_of_every_command_has_help_text() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id != "help" && id != "version" && arg.get_help().is_none() && arg.get_long_help().is_none() {
                missing.push(format!("{path} {id}"));
            }
        }
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            if sub.get_about().is_none() {
                missing.push(format!("{path} {} (the command itself)", sub.get_name()));
            }
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&partnerdesk::cli::Cli::command(), "partnerdesk", &mut missing);
    assert!(missing.is_empty(), "no help text:\n{}", missing.join("\n"));
}

#[test]
fn completions_for_every_shell_and_a_manual_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = partnerdesk(&["completions", shell]);
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && script.contains("customers") && script.contains("theme"), "{shell}");
    }
    let bash = partnerdesk(&["completions", "bash"]).stdout;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("partnerdesk.bash"), &bash).unwrap();
    let syntax =
        std::process::Command::new("bash").arg("-n").arg(dir.path().join("partnerdesk.bash")).output().unwrap();
    assert!(syntax.status.success(), "bash -n: {}", String::from_utf8_lossy(&syntax.stderr));
    let man = partnerdesk(&["man"]);
    let page = String::from_utf8_lossy(&man.stdout);
    assert!(man.status.success() && page.starts_with(".ie") && page.contains(".TH partnerdesk 1"), "{page}");
    let pages = dir.path().join("man1");
    assert!(partnerdesk(&["man", "--out-dir", pages.to_str().unwrap()]).status.success());
    assert!(pages.join("partnerdesk-customers-list.1").exists() && pages.join("partnerdesk-serve.1").exists());
}

#[test]
fn decline_takes_only_what_declining_needs() {
    let help = String::from_utf8_lossy(&partnerdesk(&["decline", "--help"]).stdout).into_owned();
    assert!(help.contains("--json") && !help.contains("--accept-mca") && !help.contains("--quantity"), "{help}");
    let out = partnerdesk(&["decline", "--accept-mca", "INV-1"]);
    assert_eq!(out.status.code(), Some(2), "an accept-only flag is a usage error: {}", stderr(&out));
}
