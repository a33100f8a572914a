//! The bad-input catalogue: every form and subcommand refuses malformed, over-long and hostile
//! input with a clear message that names the field, and the book is unchanged afterwards
//! (its whole content, audit log included, exported before and after).

mod common;

use common::partnerdesk as run;
use std::path::Path;

fn export(db: &str) -> Vec<u8> {
    let out = run(&["export", "--db", db]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

struct Catalogue {
    db: String,
    customer_admin: String,
    subscription: String,
    checked: usize,
}

impl Catalogue {
    fn new(dir: &Path) -> Catalogue {
        let db = dir.join("book.redb").to_str().unwrap().to_string();
        let out = run(&["demo", "--no-tui", "--db", &db, "--customers", "60"]);
        assert!(out.status.success());
        let book: serde_json::Value = serde_json::from_slice(&export(&db)).unwrap();
        let c = book["customers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| !c["subscriptions"].as_array().unwrap().is_empty())
            .unwrap();
        let customer_admin =
            c["users"].as_array().unwrap().iter().find(|u| u["global_admin"] == true).unwrap()["email"]
                .as_str()
                .unwrap()
                .to_string();
        let subscription = c["subscriptions"][0]["id"].as_str().unwrap().to_string();
        Catalogue { db, customer_admin, subscription, checked: 0 }
    }

    /// A subcommand that must fail with `expected` in its one-sentence error.
    fn refuses(&mut self, args: &[&str], expected: &str) {
        let before = export(&self.db);
        let mut full: Vec<&str> = args.to_vec();
        full.extend(["--db", self.db.as_str()]);
        let out = run(&full);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should be refused");
        assert!(err.contains(expected), "{args:?}: expected “{expected}” in: {err}");
        assert!(err.len() < 600, "{args:?}: the message is short: {} bytes", err.len());
        assert_eq!(export(&self.db), before, "{args:?} changed the book");
        self.checked += 1;
    }

    /// Keys typed into the app (as `who`) must show `expected` on screen and write nothing.
    fn screen_refuses(&mut self, who: &str, keys: &str, expected: &str) {
        let before = export(&self.db);
        let out = run(&["snapshot", "--db", &self.db, "--as", who, "--size", "140x40", "--keys", keys]);
        let screen = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{keys}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(screen.contains(expected), "{keys}: expected “{expected}” on:\n{screen}");
        assert_eq!(export(&self.db), before, "{keys} changed the book");
        self.checked += 1;
    }
}

#[test]
fn every_bad_input_is_refused_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Catalogue::new(dir.path());
    let long = "x".repeat(200);
    // The largest single argument Linux passes (128 KiB); 1 MB pastes are covered by the form tests.
    let huge = "y".repeat(120_000);
    let admin = c.customer_admin.clone();
    let sub = c.subscription.clone();

    // invite: a prospect's every field.
    let invite = |company: &'static str, contact: &'static str| {
        vec!["invite", "--as", "lan@saomai.vn", "--company", company, "--contact", contact]
    };
    c.refuses(&invite("", "an@haidang.vn"), "Company: is required");
    c.refuses(&invite("a\u{7}b", "an@haidang.vn"), "Company: must be one line without control characters");
    c.refuses(
        &invite("abc\u{202E}gpj.exe", "an@haidang.vn"),
        "Company: must not contain right-to-left override characters",
    );
    c.refuses(
        &["invite", "--as", "lan@saomai.vn", "--company", &long, "--contact", "an@haidang.vn"],
        "Company: is too long",
    );
    c.refuses(
        &["invite", "--as", "lan@saomai.vn", "--company", &huge, "--contact", "an@haidang.vn"],
        "Company: is too long",
    );
    c.refuses(&invite("Hải Đăng", "lan"), "Contact email: “lan” is not an email address");
    c.refuses(&invite("Hải Đăng", "@haidang.vn"), "Contact email: needs 1–64 characters before the @");
    c.refuses(&invite("Hải Đăng", "lan@haidang"), "Contact email: “haidang” needs a dot");
    c.refuses(&invite("Hải Đăng", "l an@haidang.vn"), "Contact email: “l an@haidang.vn” has characters");
    c.refuses(&invite("Hải Đăng", "lan@-haidang.vn"), "Contact email: parts must not start or end with a hyphen");
    c.refuses(&invite("Hải Đăng", "lan@hải-đăng.vn"), "Contact email: must use letters a–z");
    c.refuses(&invite("Hải Đăng", "😀@haidang.vn"), "Contact email:");
    c.refuses(&invite("Hải Đăng", "lan@haidang..vn"), "Contact email: “haidang..vn” has an empty part");
    c.refuses(&invite("Hải Đăng", &"z".repeat(300).leak()[..]), "Contact email:");
    c.refuses(
        &[
            "invite",
            "--as",
            "lan@saomai.vn",
            "--company",
            "Hải Đăng",
            "--contact",
            "an@haidang.vn",
            "--country",
            "Vietnam",
        ],
        "Country: “Vietnam” is not a two-letter country code",
    );
    c.refuses(
        &["invite", "--as", "lan@saomai.vn", "--company", "Hải Đăng", "--contact", "an@haidang.vn", "--country", "XX"],
        "Country: “XX” is not a two-letter country code",
    );
    c.refuses(
        &["invite", "--as", "lan@saomai.vn", "--company", "Hải Đăng", "--contact", "an@haidang.vn", "--country", "TR"],
        "outside the CSP region of Sao Mai Cloud Solutions (Asia and Pacific)",
    );
    c.refuses(
        &["invite", "--as", "lan@saomai.vn", "--company", "Hải Đăng", "--contact", "an@haidang.vn", "--cloud", "mars"],
        "--cloud mars: use public, usgov, germany or 21vianet",
    );
    c.refuses(
        &[
            "invite",
            "--as",
            "lan@saomai.vn",
            "--company",
            "Hải Đăng",
            "--contact",
            "an@haidang.vn",
            "--domain",
            "hai-dang",
        ],
        "Domain: the name before .onmicrosoft.com must be 1–27 letters and digits",
    );
    c.refuses(
        &[
            "invite",
            "--as",
            "lan@saomai.vn",
            "--company",
            "Hải Đăng",
            "--contact",
            "an@haidang.vn",
            "--domain",
            &"a".repeat(28),
        ],
        "Domain: the name before .onmicrosoft.com must be 1–27",
    );
    c.refuses(
        &[
            "invite",
            "--as",
            "lan@saomai.vn",
            "--company",
            "Hải Đăng",
            "--contact",
            "an@haidang.vn",
            "--domain",
            "haidang.com",
        ],
        "Domain: must end in .onmicrosoft.com",
    );
    c.refuses(
        &[
            "invite",
            "--as",
            "lan@saomai.vn",
            "--company",
            "Hải Đăng",
            "--contact",
            "an@haidang.vn",
            "--recipient",
            "nobody",
        ],
        "Recipient: “nobody” is not an email address",
    );
    c.refuses(
        &["invite", "--as", "bao@saomai.vn", "--company", "Hải Đăng", "--contact", "an@haidang.vn"],
        "needs the Admin agent or Sales agent role",
    );
    c.refuses(
        &["invite", "--as", "lan@saomai.vn", "--customer", "nowhere.onmicrosoft.com"],
        "no customer with the domain nowhere.onmicrosoft.com",
    );
    c.refuses(&["invite", "--as", "lan@saomai.vn"], "name the customer");

    // customers add
    let add = |company: &'static str, domain: &'static str, email: &'static str| {
        vec![
            "customers",
            "add",
            "--as",
            "hung@saomai.vn",
            "--company",
            company,
            "--domain",
            domain,
            "--admin-email",
            email,
        ]
    };
    c.refuses(&add("", "moi", "an@moi.vn"), "Company: is required");
    c.refuses(&add("Mới", "bad domain", "an@moi.vn"), "Domain:");
    c.refuses(&add("Mới", "", "an@moi.vn"), "Domain: is required");
    c.refuses(&add("Mới", "moi", "x"), "Admin email: “x” is not an email address");
    c.refuses(&add("Mới", "moi", "an@moi"), "Admin email: “moi” needs a dot");
    c.refuses(
        &[
            "customers",
            "add",
            "--as",
            "hung@saomai.vn",
            "--company",
            "Mới",
            "--domain",
            "moi",
            "--admin-email",
            "an@moi.vn",
            "--country",
            "ZZ",
        ],
        "Country: “ZZ”",
    );
    c.refuses(
        &[
            "customers",
            "add",
            "--as",
            "hung@saomai.vn",
            "--company",
            "Mới",
            "--domain",
            "moi",
            "--admin-email",
            "an@moi.vn",
            "--cloud",
            "moon",
        ],
        "--cloud moon",
    );
    c.refuses(
        &add("Mới", "moi", "an@moi.vn")
            .into_iter()
            .map(|a| if a == "hung@saomai.vn" { "lan@saomai.vn" } else { a })
            .collect::<Vec<_>>(),
        "Adding a customer needs the Admin agent role or Global admin",
    );
    c.refuses(
        &["customers", "show", "nobody.onmicrosoft.com"],
        "no customer with the tenant id or domain nobody.onmicrosoft.com",
    );

    // partners of record and Check ID
    for (partner, expected) in [
        ("12", "Partner id: a partner id has 6 or 7 digits"),
        ("12345678", "Partner id: a partner id has 6 or 7 digits"),
        ("abcdef", "Partner id: “abcdef” is not a partner id: use digits only"),
        ("-123456", "Partner id: “-123456” is not a partner id"),
        ("١٢٣٤٥٦", "Partner id: “١٢٣٤٥٦” is not a partner id"),
        ("7777777", "Partner id: 7777777 is not a partner known here"),
        ("4512 345", "is not a partner id"),
    ] {
        let flag = format!("--partner={partner}");
        c.refuses(&["por", "set", flag.as_str(), "--as", admin.as_str(), "--subscription", sub.as_str()], expected);
    }
    c.refuses(
        &["por", "set", "--partner", "5120044", "--as", &admin, "--subscription", "SUB-x"],
        "“SUB-x” is not a subscription id",
    );
    c.refuses(
        &["por", "set", "--partner", "5120044", "--as", &admin, "--subscription", "SUB-999999"],
        "Subscription: SUB-999999 is not a subscription of",
    );
    c.refuses(
        &["por", "set", "--partner", "5120044", "--as", "lan@saomai.vn", "--subscription", &sub],
        "pass --as a Global admin of the customer",
    );
    c.refuses(&["partners", "check", ""], "Partner id: is required");
    c.refuses(&["partners", "check", "99"], "Partner id: a partner id has 6 or 7 digits");

    // invitations and acceptance
    c.refuses(&["invitations", "revoke", "INV-abc"], "“INV-abc” is not an invitation id");
    c.refuses(&["invitations", "revoke", "INV-99999"], "INV-99999 is no longer in the book");
    c.refuses(&["invitations", "list", "--status", "pending"], "--status pending: use draft, sent");
    c.refuses(&["accept", "https://example.com/?x=1", "--as", &admin], "That is not a partnerdesk invitation link");
    c.refuses(&["accept", "zzzzzzzzzzzz", "--as", &admin], "No invitation with this link is in the book");
    c.refuses(&["accept", "", "--as", &admin], "not a partnerdesk invitation link");
    c.refuses(&["accept", &huge, "--as", &admin], "not a partnerdesk invitation link");

    // who, when, and the key scripts themselves
    c.refuses(&["export", "--as", "not-an-email"], "--as: “not-an-email” is not an email address");
    c.refuses(&["export", "--as", "ghost@nowhere.vn"], "is neither a partner user nor a user of a customer");
    c.refuses(&["audit", "--since", "yesterday"], "--since yesterday: write a date like 2026-11-01");
    c.refuses(&["snapshot", "--size", "0x0"], "--size 0x0: a screen is 1 to 1000 cells each way");
    c.refuses(&["snapshot", "--size", "wide"], "--size wide: write it as WIDTHxHEIGHT");
    c.refuses(&["snapshot", "--keys", "<Nope>"], "bad key script at “<Nope>”");
    c.refuses(&["snapshot", "--keys", "<Enter"], "a < has no closing >");
    c.refuses(&["snapshot", "--keys", "<resize:0x5>"], "a screen is 1 to 1000 cells each way");
    c.refuses(&["snapshot", "--now", "tomorrow"], "--now tomorrow: write an instant like");

    // Forms on screen
    let p = "3 p <Tab> <Tab> <Tab> <Tab> <Tab> <Tab>";
    c.screen_refuses("mai@saomai.vn", &format!("{p} <C-u> abc <Enter>"), "Phone: may contain only digits, spaces");
    c.screen_refuses("mai@saomai.vn", &format!("{p} <C-u> 12 <Enter>"), "Phone: needs 6 to 15 digits");
    c.screen_refuses(
        "mai@saomai.vn",
        "3 p <Tab> <Tab> <Tab> <Tab> <Tab> <C-u> hello <Enter>",
        "Email: “hello” is not an email address",
    );
    c.screen_refuses("mai@saomai.vn", "3 p <C-u> <Enter>", "Name: is required");
    c.screen_refuses("hung@saomai.vn", "3 p", "Editing the company profile needs Global admin");
    c.screen_refuses("hung@saomai.vn", "3 n 12 <Enter>", "Partner id: a partner id has 6 or 7 digits");
    c.screen_refuses(
        "hung@saomai.vn",
        "3 n 5120044 <Tab> X <Tab> VN <Enter>",
        "Partner id: 5120044 is already in the directory as Hải Vân Technology",
    );
    c.screen_refuses(
        "hung@saomai.vn",
        "p BCDFG <Tab> <Tab> 5 <Enter>",
        "Product key: has the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
    );
    for (licences, expected) in [
        ("0", "Licences: must be at least 1"),
        ("-1", "Licences: must be a positive whole number"),
        ("ten", "Licences: “ten” is not a whole number"),
        ("301", "Licences: must be at most 300"),
        ("99999999999999999999", "Licences: must be at most 300"),
        ("1.5", "Licences: “1.5” is not a whole number"),
    ] {
        c.screen_refuses(
            "hung@saomai.vn",
            &format!("p BCDFG-HJKMP-QRTVW-XY234-67892 <Tab> <Tab> {licences} <Enter>"),
            expected,
        );
    }
    c.screen_refuses(
        "hung@saomai.vn",
        "n Mới <Tab> bad<Space>domain <Tab> <Tab> <Tab> <Tab> an@moi.vn <Enter>",
        "Domain: “bad domain.onmicrosoft.com” may contain only",
    );
    c.screen_refuses(
        "hung@saomai.vn",
        "n Mới <Tab> moi <Tab> <Tab> <Tab> <Tab> an <Enter>",
        "Admin email: “an” is not an email address",
    );
    c.screen_refuses("hung@saomai.vn", "o <Enter>", "Title: is required");
    c.screen_refuses("hung@saomai.vn", "e <C-u> <Enter>", "Company: is required");
    let gdap = "4 v n <C-u> x.onmicrosoft.com <Tab> Name <Tab> <Tab> <C-u> 90 <Tab> <Tab> <Space> <Enter>";
    c.screen_refuses("hung@saomai.vn", gdap, "Domain: no customer with the domain “x.onmicrosoft.com”");
    c.screen_refuses("hung@saomai.vn", "4 v n <Tab> <Enter>", "Name: is required");
    c.screen_refuses("mai@saomai.vn", "4 e <C-u> <Enter>", "Name: is required");
    c.screen_refuses("mai@saomai.vn", "4 n bad <Tab> Ngô <Enter>", "Email: “bad” is not an email address");
    c.screen_refuses("lan@saomai.vn", "2 r <Enter>", "Company: is required");
    c.screen_refuses("lan@saomai.vn", "2 r 🚀🚀 <Tab> 😀@x.vn <Enter>", "Contact email:");
    c.screen_refuses(&admin, "3 s <Tab> 12 <Enter>", "Partner id: a partner id has 6 or 7 digits");

    // Offers (rule 12): the catalogue, licence counts, recipients, links and quantities.
    let offer = |kind: &'static str| vec!["offer", kind, "--as", "lan@saomai.vn"];
    c.refuses(&[&offer("trial")[..], &["--offer", "Windows 95"]].concat(), "“Windows 95” is not in the catalogue");
    c.refuses(&offer("trial"), "a trial invitation carries exactly one trial subscription");
    let two = ["--offer", "Power BI Pro", "--offer", "Office 365 E3"];
    c.refuses(&[&offer("trial")[..], &two].concat(), "exactly one trial subscription");
    c.refuses(&[&offer("trial")[..], &["--offer", "Exchange Online (Plan 1)"]].concat(), "has no trial");
    c.refuses(&offer("purchase"), "choose at least one service");
    for (line, says) in [
        ("Power BI Pro=0", "Power BI Pro: must be at least 1"),
        ("Power BI Pro=-5", "must be a positive whole number"),
        ("Power BI Pro=2.5", "is not a whole number"),
        ("Power BI Pro=99999999999999999999", "must be at most 10000"),
        ("Power BI Pro=", "Power BI Pro: is required"),
        ("Power BI Pro", "give OFFER=COUNT"),
        ("=5", "is not in the catalogue"),
    ] {
        c.refuses(&[&offer("purchase")[..], &["--line", line]].concat(), says);
    }
    let twice = ["--line", "Power BI Pro=5", "--line", "8=6"];
    c.refuses(&[&offer("purchase")[..], &twice].concat(), "is in the offer twice");
    let to = ["--line", "Power BI Pro=5", "--recipient", "not-an-email"];
    c.refuses(&[&offer("purchase")[..], &to].concat(), "Recipient: “not-an-email” is not an email address");
    c.refuses(&[&offer("purchase")[..], &["--line", &format!("{huge}=5")]].concat(), "is not in the catalogue");
    c.refuses(&[&offer("admin")[..], &["--customer", "nosuch.example"]].concat(), "no customer with the domain");
    c.refuses(&[&offer("admin")[..], &["--recipient", "a@b"]].concat(), "Recipient:");
    c.refuses(
        &["offer", "trial", "--as", "tuan@saomai.vn", "--offer", "Power BI Pro"],
        "admin access to the companies you support",
    );
    c.refuses(&["offer", "uses", "INV-1"], "is not an offer");
    c.refuses(
        &["accept", "https://example.com/?pdToken=zzzzzzzzzzzz", "--as", &admin, "--quantity", "x=1"],
        "No invitation with this link",
    );
    c.screen_refuses("lan@saomai.vn", "2 O <Enter>", "Licences: choose at least one service");
    c.screen_refuses("lan@saomai.vn", "2 O <Tab> <Tab> ten <Enter>", "“ten” is not a whole number");
    c.screen_refuses(&admin, "2 u http://x/?a=b <Enter>", "Link: that is not a partnerdesk link");
    c.screen_refuses(&admin, "2 u nonsense <Enter>", "Link: no offer with this link is in the book");

    assert!(c.checked >= 60, "the catalogue has {} bad inputs", c.checked);
}

#[test]
fn bad_book_paths_are_refused_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let dir_path = dir.path().to_str().unwrap();
    let out = run(&["export", "--db", dir_path]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a directory; give the path of a book file"));

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a book").unwrap();
    let out = run(&["export", "--db", text.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a partnerdesk book"));
    assert_eq!(std::fs::read(&text).unwrap(), b"not a book", "left alone, byte for byte");

    let out = run(&["export", "--db", "/proc/partnerdesk-nope/book.redb"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.starts_with("partnerdesk: There is no book at /proc/partnerdesk-nope/book.redb"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
