//! Crash safety: SIGKILL in the middle of writes loses no committed change, and the book
//! opens afterwards with its invariants intact.

use partnerdesk::store::{Book, Reads};
use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Kills per run; each kill lands at a random moment of a stream of commits.
const KILLS: usize = 20;

#[test]
fn sigkill_mid_write_loses_no_committed_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.redb");
    let db = path.to_str().unwrap();
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    let demo = Command::new(bin).args(["demo", "--no-tui", "--db", db, "--customers", "60"]).output().unwrap();
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));

    let mut reported: BTreeSet<u64> = BTreeSet::new();
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    for _ in 0..KILLS {
        let mut child = Command::new(bin)
            .args(["debug", "churn", "--db", db, "--count", "100000"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut seen = Vec::new();
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("committed ").and_then(|n| n.parse::<u64>().ok()) {
                    seen.push(n);
                }
            }
            seen
        });
        std::thread::sleep(Duration::from_millis(rng.u64(30..250)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reported.extend(reader.join().unwrap());
    }
    assert!(reported.len() > KILLS, "the children committed changes before they died ({})", reported.len());

    let book = Book::open(&path).expect("the book opens after every crash");
    let read = book.read().unwrap();
    let mut churned: BTreeSet<u64> = BTreeSet::new();
    let mut last_seq = 0;
    let mut last_address_of: HashMap<String, String> = HashMap::new();
    read.each_audit(|e| {
        assert!(e.seq > last_seq, "the audit log is in order");
        last_seq = e.seq;
        if e.action == "debug.churn" {
            let after: serde_json::Value = serde_json::from_str(e.after.as_deref().unwrap_or("null"))?;
            let line = after["line1"].as_str().unwrap_or_default().to_string();
            churned.insert(line.trim_start_matches("churn ").parse()?);
            last_address_of.insert(e.target.clone(), line);
        }
        Ok(())
    })
    .unwrap();
    let lost: Vec<&u64> = reported.difference(&churned).collect();
    assert!(lost.is_empty(), "changes reported committed but missing: {lost:?}");

    // Invariants: every change has its audit record (the record and its audit agree), one
    // admin-privileges holder per customer by construction, and the list rows match the records.
    read.each_customer(|c| {
        if let Some(line) = last_address_of.get(c.primary_domain.as_str()) {
            assert_eq!(&c.address.line1, line, "the customer holds its last audited change");
        }
        Ok(())
    })
    .unwrap();
    let mut rows = 0;
    read.each_customer_row(|_| rows += 1).unwrap();
    assert_eq!(rows as u64, read.customer_count().unwrap());
    assert_eq!(rows, 60);
}
