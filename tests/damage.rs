//! Damage is found, not served: a book with flipped bits either reads exactly as before or is
//! refused with the table and key of the damage, and reading it writes nothing.

mod common;

use common::partnerdesk;

fn demo(path: &std::path::Path) {
    let out = partnerdesk(&["demo", "--no-tui", "--db", path.to_str().unwrap(), "--customers", "40"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_damaged_customer_record_is_refused_with_its_table_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    demo(&path);
    let db = path.to_str().unwrap();
    let book: serde_json::Value = serde_json::from_slice(&partnerdesk(&["export", "--db", db]).stdout).unwrap();
    let name = book["customers"][3]["company_name"].as_str().unwrap().to_string();
    // Flip one bit in the middle of every copy of that company's name in the file.
    let mut bytes = std::fs::read(&path).unwrap();
    let needle = name.as_bytes();
    let mut flipped = 0;
    let mut i = 0;
    while i + needle.len() <= bytes.len() {
        if &bytes[i..i + needle.len()] == needle {
            bytes[i + needle.len() / 2] ^= 0x01;
            flipped += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    assert!(flipped > 0, "{name} is in the file");
    std::fs::write(&path, &bytes).unwrap();

    let export = partnerdesk(&["export", "--db", db]);
    let err = String::from_utf8_lossy(&export.stderr);
    assert!(!export.status.success(), "a damaged book is not exported as data");
    assert!(err.starts_with("partnerdesk: table customers_v2, key ") && err.contains("the record is damaged"), "{err}");
    let check = partnerdesk(&["check", "--db", db]);
    assert_eq!(check.status.code(), Some(8));
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(report.contains("table customers_v2, key"), "{report}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "reading a damaged book writes nothing");
}

#[test]
fn every_random_bit_flip_is_refused_or_reads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("book.redb");
    demo(&original);
    let clean = partnerdesk(&["export", "--db", original.to_str().unwrap()]).stdout;
    let bytes = std::fs::read(&original).unwrap();
    let mut rng = fastrand::Rng::with_seed(17);
    let (mut refused, mut same) = (0, 0);
    for n in 0..40 {
        let mut damaged = bytes.clone();
        let bit = rng.usize(..damaged.len() * 8);
        damaged[bit / 8] ^= 1 << (bit % 8);
        let path = dir.path().join(format!("flip-{n}.redb"));
        std::fs::write(&path, &damaged).unwrap();
        let out = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
        if out.status.success() {
            assert!(out.stdout == clean, "bit {bit}: a changed book was served as data");
            same += 1;
        } else {
            let err = String::from_utf8_lossy(&out.stderr);
            // A damaged record names its table and key; damage redb finds in its own pages names
            // the file.
            let named = err.contains("table ") && err.contains(", key ") || err.contains("damaged");
            assert!(err.starts_with("partnerdesk: ") && named && !err.contains("panicked"), "bit {bit}: {err}");
            refused += 1;
        }
        assert_eq!(std::fs::read(&path).unwrap(), damaged, "bit {bit}: a refused open wrote to the file");
    }
    assert_eq!(refused + same, 40);
}
