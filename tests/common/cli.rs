//! Running the binary as a script would: a demo book on disk, a subcommand against it, its JSON
//! on stdout or its one JSON error on stderr with README's exit code.

use super::partnerdesk;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A demo book of `customers` customers in `dir`.
pub fn demo(dir: &Path, customers: u32) -> PathBuf {
    let db = dir.join("demo.redb");
    let out = partnerdesk(&["demo", "--no-tui", "--db", db.to_str().unwrap(), "--customers", &customers.to_string()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

/// The subcommand `args` on the book `db`.
pub fn run(db: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    partnerdesk(&all)
}

/// The JSON a successful run printed.
pub fn json(out: &Output) -> Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// The exit code and the JSON error of a refused run.
pub fn error(out: &Output) -> (i32, Value) {
    let err: Value = serde_json::from_slice(&out.stderr).expect("one JSON error on stderr");
    (out.status.code().unwrap_or_default(), err["error"].clone())
}
