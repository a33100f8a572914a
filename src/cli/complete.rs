//! Completion of values from the book (`--as` emails, `INV-12`, `SUB-12`) while the operator
//! presses Tab: the shell runs `partnerdesk` with `COMPLETE=bash` (clap_complete's dynamic
//! completion; README, "Shell completion"), which opens the book read-only — beside a running
//! app or `serve` — and lists what starts with the word typed. Keys and index entries alone
//! are read, never the customers' records, so a million-customer book answers at once.

use crate::store::tables::{CUSTOMER_LOGINS, INVITATIONS, PARTNER_USERS, SUBSCRIPTION_HOLDERS};
use crate::store::{Book, ReadTx, Reads};
use clap_complete::engine::CompletionCandidate;
use redb::TableDefinition;
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// No more candidates than a shell shows usefully; typing more narrows them.
const MOST: usize = 200;

/// `--as`: the partner users, then customer users, whose email starts with what is typed.
pub fn emails(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    let found = read(|book| {
        let read = book.read()?;
        let mut emails = Vec::new();
        starting_with(&read, PARTNER_USERS, &typed, &mut emails)?;
        starting_with(&read, CUSTOMER_LOGINS, &typed, &mut emails)?;
        Ok(emails)
    });
    found.into_iter().map(CompletionCandidate::new).collect()
}

/// The keys of `table` (emails in lower case) that start with `typed`: one range of keys.
fn starting_with<V: redb::Value + 'static>(
    read: &ReadTx,
    table: TableDefinition<'static, &'static str, V>,
    typed: &str,
    out: &mut Vec<String>,
) -> anyhow::Result<()> {
    read.tbl(table)?.scan(typed.., false, |k, _| {
        let key = k.value();
        let more = key.starts_with(typed) && out.len() < MOST;
        if more {
            out.push(key.to_string());
        }
        Ok(more)
    })
}

/// An invitation's id: each `INV-n` whose number starts with what is typed, newest first.
pub fn invitation_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    ids(current, "INV-", INVITATIONS)
}

/// A subscription's id: each `SUB-n` whose number starts with what is typed, newest first.
pub fn subscription_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    ids(current, "SUB-", SUBSCRIPTION_HOLDERS)
}

/// The ids (`prefix` and the number `table` is keyed by) whose text starts with what is typed
/// (`INV-1`, `inv-1` or `1`). The numbers that start with digits `d` are the ranges
/// `d·10ᵏ .. (d+1)·10ᵏ`: a few ranges of keys, never the whole table.
fn ids<V: redb::Value + 'static>(
    current: &OsStr,
    prefix: &str,
    table: TableDefinition<'static, u64, V>,
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_uppercase();
    let digits = match typed.strip_prefix(prefix) {
        Some(digits) => digits,
        None if prefix.starts_with(typed.as_str()) => "",
        None => typed.as_str(),
    };
    // Ids count from 1: none starts with 0.
    if !digits.chars().all(|c| c.is_ascii_digit()) || digits.starts_with('0') || digits.len() > 19 {
        return Vec::new();
    }
    let ranges: Vec<(u64, u64)> = match digits.parse::<u64>() {
        Err(_) => vec![(0, u64::MAX)],
        Ok(d) => (0..20u32)
            .rev()
            .filter_map(|k| {
                let scale = 10u128.checked_pow(k)?;
                let (lo, hi) = (u128::from(d) * scale, (u128::from(d) + 1) * scale);
                (lo <= u128::from(u64::MAX)).then(|| (lo as u64, hi.min(u128::from(u64::MAX)) as u64))
            })
            .collect(),
    };
    let found = read(|book| {
        let read = book.read()?;
        let table = read.tbl(table)?;
        let mut ids = Vec::new();
        for (lo, hi) in ranges {
            if ids.len() >= MOST {
                break;
            }
            table.scan(lo..hi, true, |k, _| {
                ids.push(k.value());
                Ok(ids.len() < MOST)
            })?;
        }
        Ok(ids)
    });
    found.into_iter().take(MOST).map(|n| CompletionCandidate::new(format!("{prefix}{n}"))).collect()
}

/// What `read` finds in the book the command line names; nothing when there is no book to
/// read (a completion never says why: it just offers nothing).
fn read<T: Default>(read: impl FnOnce(&Book) -> anyhow::Result<T>) -> T {
    let Some(path) = book_named(std::env::args_os()) else { return T::default() };
    Book::open_read_only(&path).ok().and_then(|book| read(&book).ok()).unwrap_or_default()
}

/// The book a command line being completed works on: its `--db`, else `$PARTNERDESK_DB`, else
/// the config file's `book`, else the data directory's (as the command itself would).
fn book_named(args: impl Iterator<Item = OsString>) -> Option<PathBuf> {
    let args: Vec<OsString> = args.collect();
    let named = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        match a.strip_prefix("--db") {
            Some("") => args.get(i + 1).map(PathBuf::from),
            Some(rest) => rest.strip_prefix('=').map(PathBuf::from),
            None => None,
        }
    });
    named
        .or_else(|| std::env::var_os("PARTNERDESK_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(|| crate::config::load().ok().and_then(|c| c.book))
        .or_else(|| super::data_dir().ok().map(|d| d.join("book.redb")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_book_is_the_one_the_line_names() {
        let line = |args: &[&str]| book_named(args.iter().map(OsString::from));
        assert_eq!(line(&["partnerdesk", "--", "partnerdesk", "--db", "a.redb", "--as"]), Some("a.redb".into()));
        assert_eq!(line(&["partnerdesk", "--", "partnerdesk", "--db=b.redb", "x"]), Some("b.redb".into()));
    }
}
