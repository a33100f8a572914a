//! `partnerdesk snapshot` as users script it: three scripts compared with insta, and a
//! read-only session refusing every change.

mod common;

use insta::assert_snapshot;

fn partnerdesk(args: &[&str]) -> (bool, String, String) {
    let out = common::partnerdesk(args);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn demo() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb").to_str().unwrap().to_string();
    assert!(partnerdesk(&["demo", "--no-tui", "--db", &db, "--customers", "80", "--seed", "7"]).0);
    (dir, db)
}

const NOW: &str = "2026-11-25T09:00:00Z";

#[test]
fn three_scripts_render_as_expected() {
    let (_dir, db) = demo();
    // The demo's dates follow the day it was made; the screens below avoid them.
    let (ok, screen, _) =
        partnerdesk(&["snapshot", "--db", &db, "--now", NOW, "--size", "100x20", "--keys", "/ minh <Enter>"]);
    assert!(ok);
    assert_snapshot!("snapshot_filter", screen);
    let (ok, screen, _) = partnerdesk(&["snapshot", "--db", &db, "--now", NOW, "--size", "100x30", "--keys", "3"]);
    assert!(ok);
    assert_snapshot!(
        "snapshot_partners",
        screen.lines().filter(|l| !l.starts_with("Tenant")).collect::<Vec<_>>().join("\n")
    );
    let (ok, screen, _) = partnerdesk(&[
        "snapshot",
        "--db",
        &db,
        "--now",
        NOW,
        "--size",
        "90x24",
        "--as",
        "bao@saomai.vn",
        "--keys",
        "2 r",
    ]);
    assert!(ok);
    assert_snapshot!(
        "snapshot_refused_request",
        screen.lines().last().unwrap_or_default().to_string() + "\n" + screen.lines().rev().nth(1).unwrap_or_default()
    );
}

#[test]
fn frames_print_every_step() {
    let (_dir, db) = demo();
    let (ok, out, _) =
        partnerdesk(&["snapshot", "--db", &db, "--now", NOW, "--size", "80x24", "--keys", "2 3", "--frames"]);
    assert!(ok);
    assert_eq!(out.matches("── after").count(), 2, "{out}");
}

#[test]
fn a_read_only_session_refuses_every_mutating_key() {
    let (_dir, db) = demo();
    let before = partnerdesk(&["export", "--db", &db]).1;
    for keys in [
        "r", "n", "e", "c", "o", "p", "d", "2 r", "2 e", "2 d", "2 P", "3 p", "3 n", "4 n", "4 e", "4 d", "4 v n",
        "4 v e", "4 v d", "t", "O", "A", "2 t", "2 O", "2 A",
    ] {
        let (ok, screen, err) =
            partnerdesk(&["snapshot", "--db", &db, "--read-only", "--size", "120x35", "--keys", keys]);
        assert!(ok, "{keys}: {err}");
        assert!(screen.contains("READ-ONLY"), "{keys}:\n{screen}");
        assert!(screen.contains("read-only session"), "{keys} was not refused:\n{screen}");
    }
    assert_eq!(partnerdesk(&["export", "--db", &db]).1, before);
}

#[test]
fn a_script_that_submits_a_form_changes_a_copy_never_the_book() {
    let (_dir, db) = demo();
    let before = std::fs::read(&db).unwrap();
    let keys = "2 r Công<Space>ty<Space>Hải<Space>Đăng <Tab> lan@haidang.vn <Enter>";
    let (ok, screen, err) =
        partnerdesk(&["snapshot", "--db", &db, "--as", "lan@saomai.vn", "--size", "120x35", "--keys", keys]);
    assert!(ok, "{err}");
    assert!(screen.contains("drafted for Công ty Hải Đăng"), "the script sees its change:\n{screen}");
    assert!(std::fs::read(&db).unwrap() == before, "not a byte of the book changed");

    let args = ["snapshot", "--commit", "--db", &db, "--as", "lan@saomai.vn", "--size", "120x35", "--keys", keys];
    let (ok, _, err) = partnerdesk(&args);
    assert!(ok, "{err}");
    let (_, listed, _) = partnerdesk(&["invitations", "list", "--db", &db]);
    assert!(listed.contains("Công ty Hải Đăng"), "with --commit the draft is in the book:\n{listed}");
}

#[test]
fn the_theme_chooses_the_colours_of_a_snapshot() {
    let (_dir, db) = demo();
    let shot = |theme: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_partnerdesk"))
            .args(["snapshot", "--db", &db, "--now", NOW, "--size", "80x24", "--format", "ansi", "--theme", theme])
            .env_remove("NO_COLOR")
            .env_remove("PARTNERDESK_THEME")
            .output()
            .expect("the binary runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let (dark, light, mono) = (shot("dark"), shot("light"), shot("mono"));
    assert!(dark.contains("38;2;") && !dark.contains("48;2;255;255;255"), "dark: the terminal's own background");
    assert!(light.contains("48;2;255;255;255"), "light paints its own white background");
    assert!(!mono.contains("38;2;") && !mono.contains("48;2;"), "mono: emphasis only");
    let (ok, _, err) = partnerdesk(&["snapshot", "--db", &db, "--theme", "pastel"]);
    assert!(!ok && err.contains("dark") && err.contains("light") && err.contains("mono"), "{err}");
}
