//! How a failed command ends: one sentence on stderr (or one JSON object with `--json`) and a
//! documented exit code, so scripts can tell a refusal from a missing record or a locked book.

use crate::import::InvalidFile;
use crate::operations::setup::SetupError;
use crate::store::{OpenError, WriteError};
use serde::Serialize;

/// A command-line value that is wrong in form (`--size 12`, `--cloud mars`).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

/// A record the command names is not in the book.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct NotFound(pub String);

/// `check` found damage.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Damaged(pub String);

/// What kind of failure, its exit code, and the field it concerns.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Failure {
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip)]
    pub code: u8,
}

/// Exit codes (README, "Exit codes").
pub const EXIT_FAILED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_REFUSED: u8 = 3;
pub const EXIT_NOT_FOUND: u8 = 4;
pub const EXIT_UNAVAILABLE: u8 = 5;
pub const EXIT_CONFLICT: u8 = 6;
pub const EXIT_INVALID_FILE: u8 = 7;
pub const EXIT_DAMAGED: u8 = 8;

impl Failure {
    pub fn of(e: &anyhow::Error) -> Failure {
        let message = format!("{e:#}");
        let make = |kind, code, field: Option<&crate::domain::Input>| Failure {
            kind,
            message: message.clone(),
            field: field.map(|f| f.id().to_string()),
            code,
        };
        for cause in e.chain() {
            if let Some(w) = cause.downcast_ref::<WriteError>() {
                return match w {
                    WriteError::Refused(r) => make("refused", EXIT_REFUSED, r.input.as_ref()),
                    WriteError::Conflict(_) => make("conflict", EXIT_CONFLICT, None),
                    WriteError::Storage(_) => make("unavailable", EXIT_UNAVAILABLE, None),
                };
            }
            if let Some(r) = cause.downcast_ref::<crate::domain::Refusal>() {
                return make("refused", EXIT_REFUSED, r.input.as_ref());
            }
            if let Some(s) = cause.downcast_ref::<SetupError>() {
                return match s {
                    SetupError::Invalid(r) => make("refused", EXIT_REFUSED, r.first().and_then(|r| r.input.as_ref())),
                    SetupError::Write(WriteError::Refused(r)) => make("refused", EXIT_REFUSED, r.input.as_ref()),
                    SetupError::Write(_) => make("unavailable", EXIT_UNAVAILABLE, None),
                };
            }
            if cause.downcast_ref::<OpenError>().is_some() || cause.downcast_ref::<std::io::Error>().is_some() {
                return make("unavailable", EXIT_UNAVAILABLE, None);
            }
            if cause.downcast_ref::<NotFound>().is_some() {
                return make("not_found", EXIT_NOT_FOUND, None);
            }
            if cause.downcast_ref::<Usage>().is_some() {
                return make("usage", EXIT_USAGE, None);
            }
            if cause.downcast_ref::<Damaged>().is_some() {
                return make("damaged", EXIT_DAMAGED, None);
            }
            if cause.downcast_ref::<InvalidFile>().is_some() {
                return make("invalid_file", EXIT_INVALID_FILE, None);
            }
        }
        make("failed", EXIT_FAILED, None)
    }

    /// `{"error": {"kind", "message", "field"?}}`
    pub fn json(&self) -> String {
        serde_json::json!({ "error": self }).to_string()
    }
}

/// How a command ended, said on its stderr (`output::stderr`), as an exit code: nothing for
/// success or a reader that went away (`partnerdesk … | head`), else one sentence (one JSON
/// object with `--json`).
pub fn finish(result: anyhow::Result<()>, json: bool) -> u8 {
    use std::io::Write;
    let Err(e) = result else { return 0 };
    let broken_pipe = e.chain().any(|c| {
        let kind = c.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = c.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
        kind.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return 0;
    }
    let failure = Failure::of(&e);
    let mut err = super::output::stderr();
    if json {
        let _ = writeln!(err, "{}", failure.json());
    } else {
        // Several refused fields (a setup) are one sentence each, one a line.
        let mut lines = failure.message.lines();
        let _ = writeln!(err, "partnerdesk: {}", lines.next().unwrap_or_default());
        for line in lines {
            let _ = writeln!(err, "  {line}");
        }
    }
    failure.code
}

/// A command line clap could not take (or `--help`, `--version`): its text where clap puts it,
/// as one JSON object with `--json`, and its exit code.
pub fn unparsed(e: &clap::Error, json: bool) -> u8 {
    use std::io::Write;
    if json && e.use_stderr() {
        let detail = e.render().to_string();
        let message = detail.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
        let failure = Failure { kind: "usage", message, field: None, code: EXIT_USAGE };
        let _ = writeln!(super::output::stderr(), "{}", failure.json());
        return EXIT_USAGE;
    }
    let text = e.render().to_string();
    let mut out = if e.use_stderr() { super::output::stderr() } else { super::output::stdout() };
    let _ = out.write_all(text.as_bytes());
    if e.use_stderr() { EXIT_USAGE } else { 0 }
}
