//! Who may connect: the authorized keys file, in OpenSSH's own format (parsed by the `ssh-key`
//! crate: options, key, comment), and the server's persistent host key.
//!
//! The partnerdesk user a key signs in as is named by an option, so a line an operator already
//! has (with a free-text comment) can be reused as it is:
//!
//! ```text
//! environment="PARTNERDESK_USER=lan@saomai.vn",from="10.0.0.0/8" ssh-ed25519 AAAA… Lan's laptop
//! environment="PARTNERDESK_USER=bao@saomai.vn",environment="PARTNERDESK_ACCESS=read-only" ssh-rsa AAAA… bao
//! ```
//!
//! The older form, `TYPE KEY EMAIL [read-only]` (the comment names the user), still works.

use anyhow::{Context, Result};
use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::authorized_keys::{ConfigOpts, Entry};
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey, PublicKey};
use std::io::Read;
use std::net::IpAddr;
use std::path::Path;
use std::str::FromStr;

/// One operator's key and who it signs in as.
#[derive(Debug, Clone)]
pub struct Operator {
    pub key: PublicKey,
    pub email: String,
    pub read_only: bool,
    /// `from="…"`: the addresses it may connect from (OpenSSH patterns), if limited.
    pub from: Option<String>,
    /// `expiry-time="YYYYMMDD[HHMM[SS]]"` (UTC): not accepted from then on.
    pub expires: Option<chrono::DateTime<chrono::Utc>>,
    /// `no-pty`, or `restrict` without `pty`: partnerdesk needs a terminal, so this key is
    /// refused a session (with a message saying why).
    pub no_pty: bool,
    /// The line of the file it came from, for messages.
    pub line: usize,
}

impl Operator {
    /// Why this key may not sign in from `peer` at `now`, if it may not.
    pub fn refusal(&self, peer: Option<IpAddr>, now: chrono::DateTime<chrono::Utc>) -> Option<SignInRefused> {
        if self.expires.is_some_and(|at| now >= at) {
            return Some(SignInRefused::Expired);
        }
        if let Some(patterns) = &self.from {
            match peer {
                Some(ip) if from_matches(patterns, ip) => {}
                _ => return Some(SignInRefused::NotFrom),
            }
        }
        None
    }
}

/// Why a key was refused at sign-in, said in the server's language in its log (`code` is
/// the same in every language, for the log's structured field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInRefused {
    /// No line of the authorized keys holds the key.
    UnknownKey,
    /// An RSA key signing with SHA-1, which partnerdesk does not accept.
    Sha1,
    /// `expiry-time` has passed.
    Expired,
    /// The client's address is not in the key's `from=` list.
    NotFrom,
    /// The key's line names a user the book does not hold.
    NotInBook { line: usize, email: String },
}

impl SignInRefused {
    pub fn code(&self) -> &'static str {
        match self {
            SignInRefused::UnknownKey => "unknown-key",
            SignInRefused::Sha1 => "rsa-sha1",
            SignInRefused::Expired => "expired",
            SignInRefused::NotFrom => "not-from",
            SignInRefused::NotInBook { .. } => "user-not-in-book",
        }
    }
}

impl std::fmt::Display for SignInRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            SignInRefused::UnknownKey => crate::t!("ssh-refused-unknown-key"),
            SignInRefused::Sha1 => crate::t!("ssh-refused-rsa-sha1"),
            SignInRefused::Expired => crate::t!("ssh-refused-expired"),
            SignInRefused::NotFrom => crate::t!("ssh-refused-not-from"),
            SignInRefused::NotInBook { line, email } => {
                crate::t!("ssh-refused-not-in-book", line = *line, email = email.as_str())
            }
        };
        f.write_str(&said)
    }
}

/// Why a line of the authorized keys is skipped, said in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// The options before the key do not parse (the parser's own words in `detail`).
    Options {
        detail: String,
    },
    /// The key itself does not parse.
    NotAKey {
        detail: String,
    },
    /// `PARTNERDESK_ACCESS` other than read-only or read-write.
    Access {
        value: String,
    },
    /// `command=`: partnerdesk runs only itself.
    Command,
    CertAuthority,
    UnknownOption {
        option: String,
    },
    /// Neither `PARTNERDESK_USER` nor an email in the comment.
    NoUser,
    /// The older form's word after the email is not `read-only`.
    NotAnOption {
        word: String,
    },
    /// `expiry-time` not written `YYYYMMDD[HHMM[SS]]`.
    Expiry {
        value: String,
    },
}

impl LineProblem {
    /// The same in every language, for the log's structured field.
    pub fn code(&self) -> &'static str {
        match self {
            LineProblem::Options { .. } => "malformed-options",
            LineProblem::NotAKey { .. } => "not-a-key",
            LineProblem::Access { .. } => "bad-access",
            LineProblem::Command => "command",
            LineProblem::CertAuthority => "cert-authority",
            LineProblem::UnknownOption { .. } => "unknown-option",
            LineProblem::NoUser => "no-user",
            LineProblem::NotAnOption { .. } => "not-an-option",
            LineProblem::Expiry { .. } => "bad-expiry-time",
        }
    }
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            LineProblem::Options { detail } => crate::t!("ssh-key-options-malformed", detail = detail.as_str()),
            LineProblem::NotAKey { detail } => crate::t!("ssh-key-not-a-key", detail = detail.as_str()),
            LineProblem::Access { value } => crate::t!("ssh-key-access-unknown", value = value.as_str()),
            LineProblem::Command => crate::t!("ssh-key-command"),
            LineProblem::CertAuthority => crate::t!("ssh-key-cert-authority"),
            LineProblem::UnknownOption { option } => crate::t!("ssh-key-option-unknown", option = option.as_str()),
            LineProblem::NoUser => crate::t!("ssh-key-no-user"),
            LineProblem::NotAnOption { word } => crate::t!("ssh-key-not-an-option", word = word.as_str()),
            LineProblem::Expiry { value } => crate::t!("ssh-key-expiry-malformed", value = value.as_str()),
        };
        f.write_str(&said)
    }
}

/// Why the server refuses to start (or to re-read its keys) with a file as it is, said in its
/// language: the keys file or the host key may be changed by others, or a key is listed twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRefused {
    /// sshd's StrictModes: a keys file others may write.
    KeysWritable { path: String, mode: u32 },
    /// A host key others may read or write.
    HostKeyOpen { path: String, mode: u32 },
    /// The same key on two lines: a key must name one user.
    SameKeyTwice { path: String, first: usize, second: usize },
}

impl std::fmt::Display for FileRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            FileRefused::KeysWritable { path, mode } => {
                crate::t!("ssh-keys-writable", path = path.as_str(), mode = format!("{mode:o}"))
            }
            FileRefused::HostKeyOpen { path, mode } => {
                crate::t!("ssh-host-key-open", path = path.as_str(), mode = format!("{mode:o}"))
            }
            FileRefused::SameKeyTwice { path, first, second } => {
                crate::t!("ssh-key-twice", path = path.as_str(), first = *first, second = *second)
            }
        };
        f.write_str(&said)
    }
}

impl std::error::Error for FileRefused {}

/// The keys file read, with the lines that were skipped and why.
#[derive(Debug, Default)]
pub struct KeysFile {
    pub operators: Vec<Operator>,
    /// `(line number, reason)`: each bad line is reported and skipped.
    pub skipped: Vec<(usize, LineProblem)>,
}

/// The key types a line may start with (then it has no options).
const KEY_TYPES: &[&str] = &[
    "ssh-ed25519",
    "ssh-rsa",
    "ssh-dss",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ecdsa-sha2-nistp256@openssh.com",
    "sk-ssh-ed25519@openssh.com",
];

/// Options partnerdesk understands. Forwarding is never offered, so the `no-*-forwarding`
/// family is satisfied already; any other option makes the line bad (as in OpenSSH).
const HARMLESS: &[&str] = &[
    "no-port-forwarding",
    "no-agent-forwarding",
    "no-X11-forwarding",
    "no-user-rc",
    "no-touch-required",
    "port-forwarding",
    "agent-forwarding",
    "X11-forwarding",
    "user-rc",
];

/// Reads and checks `path`. Refuses a file that others may write (as sshd's StrictModes) and a
/// key listed twice (naming both lines); a bad line is skipped and reported.
pub fn authorized(path: &Path) -> Result<KeysFile> {
    strict_mode(path)?;
    let text = std::fs::read_to_string(path).with_context(|| unreadable(path))?;
    let file = parse(&text);
    for (i, a) in file.operators.iter().enumerate() {
        if let Some(b) = file.operators[i + 1..].iter().find(|b| b.key.key_data() == a.key.key_data()) {
            let path = path.display().to_string();
            return Err(FileRefused::SameKeyTwice { path, first: a.line, second: b.line }.into());
        }
    }
    Ok(file)
}

/// Parses the text of an authorized keys file.
pub fn parse(text: &str) -> KeysFile {
    let mut file = KeysFile::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match operator(line, n + 1) {
            Ok(op) => file.operators.push(op),
            Err(why) => file.skipped.push((n + 1, why)),
        }
    }
    file
}

fn operator(line: &str, number: usize) -> Result<Operator, LineProblem> {
    // Runs of blanks mean one separator to OpenSSH; the crate splits on single spaces.
    let normalized = normalize_blanks(line);
    // Options come first unless the line starts with the key's type (as sshd reads it); the
    // crate's `Entry` guesses from the number of spaces, which fails for options and no comment.
    let (options, key) = match split_unquoted(&normalized) {
        Some((first, rest)) if !KEY_TYPES.contains(&first) => (first, rest),
        _ => ("", normalized.as_str()),
    };
    let options = ConfigOpts::new(options).map_err(|e| LineProblem::Options { detail: e.to_string() })?;
    let entry = Entry::from_str(key).map_err(|e| LineProblem::NotAKey { detail: e.to_string() })?;
    let key = entry.public_key().clone();
    let options = &options;
    let mut op = Operator {
        key,
        email: String::new(),
        read_only: false,
        from: None,
        expires: None,
        no_pty: false,
        line: number,
    };
    let mut restrict = false;
    let mut pty = false;
    for option in options.iter() {
        let (name, value) = match option.split_once('=') {
            Some((name, value)) => (name, Some(unquote(value))),
            None => (option, None),
        };
        match (name.to_ascii_lowercase().as_str(), value) {
            ("environment", Some(v)) => match v.split_once('=') {
                Some(("PARTNERDESK_USER", user)) => op.email = user.trim().to_string(),
                Some(("PARTNERDESK_ACCESS", "read-only")) => op.read_only = true,
                Some(("PARTNERDESK_ACCESS", "read-write")) => op.read_only = false,
                Some(("PARTNERDESK_ACCESS", other)) => {
                    return Err(LineProblem::Access { value: truncate(other, 60) });
                }
                _ => {} // other variables mean nothing here
            },
            ("from", Some(v)) => op.from = Some(v.to_string()),
            ("expiry-time", Some(v)) => op.expires = Some(expiry(v)?),
            ("restrict", None) => restrict = true,
            ("pty", None) => pty = true,
            ("no-pty", None) => op.no_pty = true,
            ("command", Some(_)) => return Err(LineProblem::Command),
            ("cert-authority", None) => return Err(LineProblem::CertAuthority),
            (other, None) if HARMLESS.iter().any(|h| h.eq_ignore_ascii_case(other)) => {}
            ("permitopen" | "permitlisten" | "tunnel" | "principals", Some(_)) => {} // nothing is forwarded
            _ => return Err(LineProblem::UnknownOption { option: truncate(option, 60) }),
        }
    }
    if restrict && !pty {
        op.no_pty = true;
    }
    if op.email.is_empty() {
        // The older form: the comment's first word names the user, `read-only` may follow.
        let comment = entry.public_key().comment().to_string();
        let mut words = comment.split_whitespace().take_while(|w| !w.starts_with('#'));
        match words.next() {
            Some(email) if email.contains('@') => op.email = email.to_string(),
            _ => return Err(LineProblem::NoUser),
        }
        match words.next() {
            None => {}
            Some("read-only") => op.read_only = true,
            Some(other) => return Err(LineProblem::NotAnOption { word: truncate(other, 60) }),
        }
    }
    Ok(op)
}

fn normalize_blanks(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut quoted = false;
    let mut blank = false;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if !quoted && (c == ' ' || c == '\t') {
            if !blank {
                out.push(' ');
            }
            blank = true;
        } else {
            out.push(c);
            blank = false;
        }
    }
    out
}

/// The line's first field and the rest, split at the first blank outside quotes.
fn split_unquoted(line: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => return Some((&line[..i], &line[i + 1..])),
            _ => {}
        }
    }
    None
}

fn unquote(value: &str) -> &str {
    value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value)
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// `YYYYMMDD[HHMM[SS]]`, read as UTC.
fn expiry(value: &str) -> Result<chrono::DateTime<chrono::Utc>, LineProblem> {
    let bad = || LineProblem::Expiry { value: truncate(value, 20) };
    let padded = match value.len() {
        8 => format!("{value}000000"),
        12 => format!("{value}00"),
        14 => value.to_string(),
        _ => return Err(bad()),
    };
    chrono::NaiveDateTime::parse_from_str(&padded, "%Y%m%d%H%M%S").map(|t| t.and_utc()).map_err(|_| bad())
}

/// OpenSSH `from=` patterns: comma-separated addresses with `*` and `?` wildcards, CIDR
/// ranges, and `!` to exclude. Host names are not looked up (as with `UseDNS no`).
pub fn from_matches(patterns: &str, ip: IpAddr) -> bool {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    let text = ip.to_string();
    let mut matched = false;
    for pattern in patterns.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (negated, pattern) = match pattern.strip_prefix('!') {
            Some(p) => (true, p),
            None => (false, pattern),
        };
        let hit = if let Some((net, bits)) = pattern.split_once('/') {
            cidr(net, bits, ip)
        } else {
            glob(pattern.as_bytes(), text.as_bytes())
        };
        if hit && negated {
            return false;
        }
        matched |= hit;
    }
    matched
}

fn cidr(net: &str, bits: &str, ip: IpAddr) -> bool {
    let (Ok(net), Ok(bits)) = (net.parse::<IpAddr>(), bits.parse::<u32>()) else { return false };
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(a)) if bits <= 32 => {
            let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
            u32::from(n) & mask == u32::from(a) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(a)) if bits <= 128 => {
            let mask = if bits == 0 { 0 } else { u128::MAX << (128 - bits) };
            u128::from(n) & mask == u128::from(a) & mask
        }
        _ => false,
    }
}

fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match (pattern.first(), text.first()) {
        (None, None) => true,
        (Some(b'*'), _) => glob(&pattern[1..], text) || (!text.is_empty() && glob(pattern, &text[1..])),
        (Some(b'?'), Some(_)) => glob(&pattern[1..], &text[1..]),
        (Some(p), Some(t)) if p.eq_ignore_ascii_case(t) => glob(&pattern[1..], &text[1..]),
        _ => false,
    }
}

/// Refuses a keys file that someone other than its owner may write, like sshd's StrictModes.
pub fn strict_mode(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).with_context(|| unreadable(path))?;
    let mode = meta.permissions().mode();
    if mode & 0o022 != 0 {
        return Err(FileRefused::KeysWritable { path: path.display().to_string(), mode: mode & 0o777 }.into());
    }
    Ok(())
}

fn unreadable(path: &Path) -> String {
    crate::t!("ssh-keys-unreadable", path = path.display().to_string())
}

/// The host key at `path`, made (Ed25519, from the system's random source) on first start so
/// that operators can pin its fingerprint. A host key others may read or write is refused.
pub fn host_key(path: &Path) -> Result<PrivateKey> {
    let shown = || path.display().to_string();
    if path.exists() {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(FileRefused::HostKeyOpen { path: shown(), mode: mode & 0o777 }.into());
        }
        let text =
            std::fs::read_to_string(path).with_context(|| crate::t!("ssh-host-key-unreadable", path = shown()))?;
        return PrivateKey::from_openssh(text).with_context(|| crate::t!("ssh-host-key-not-a-key", path = shown()));
    }
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut seed))
        .with_context(|| crate::t!("ssh-host-key-no-random"))?;
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let pem = key.to_openssh(LineEnding::LF).with_context(|| crate::t!("ssh-host-key-not-encoded"))?;
    write_private(path, pem.as_bytes()).with_context(|| crate::t!("ssh-host-key-not-written", path = shown()))?;
    Ok(key)
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(bytes)
}

pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn public(dir: &Path, name: &str) -> String {
        let key = host_key(&dir.join(name)).unwrap();
        key.public_key().to_openssh().unwrap()
    }

    fn write(path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }

    #[test]
    fn authorized_keys_name_their_user_and_may_be_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let (a, b) = (public(dir.path(), "a"), public(dir.path(), "b"));
        write(&path, &format!("# operators\n{a} lan@saomai.vn\n{b} bao@saomai.vn read-only\n"));
        let ops = authorized(&path).unwrap().operators;
        assert_eq!(ops.len(), 2);
        assert_eq!((ops[0].email.as_str(), ops[0].read_only), ("lan@saomai.vn", false));
        assert!(ops[1].read_only);
        write(&path, &format!("{a}\n{b} lan@saomai.vn sudo\n"));
        let file = authorized(&path).unwrap();
        assert!(file.operators.is_empty());
        assert_eq!(file.skipped[0].0, 1);
        assert_eq!(file.skipped[0].1, LineProblem::NoUser);
        assert!(file.skipped[0].1.to_string().contains("PARTNERDESK_USER"));
        assert_eq!(file.skipped[1], (2, LineProblem::NotAnOption { word: "sudo".into() }));
        assert!(file.skipped[1].1.to_string().contains("only read-only"));
    }

    #[test]
    fn openssh_lines_with_options_bom_and_free_comments_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (public(dir.path(), "a"), public(dir.path(), "b"), public(dir.path(), "c"));
        let text = format!(
            "\u{feff}# team\n\n\
             environment=\"PARTNERDESK_USER=lan@saomai.vn\",from=\"127.0.0.1,10.0.0.0/8\",no-port-forwarding {a} Lan's laptop (2024)\n\
             environment=\"PARTNERDESK_USER=bao@saomai.vn\",environment=\"PARTNERDESK_ACCESS=read-only\",expiry-time=\"20300101\" {b}\n\
             restrict,pty {c} mai@saomai.vn # the old form, with an inline comment\n\
             this is not a key\n"
        );
        let file = parse(&text);
        assert_eq!(file.skipped.len(), 1, "{:?}", file.skipped);
        assert_eq!(file.skipped[0].0, 6);
        let [lan, bao, mai] = &file.operators[..] else { panic!("{:?}", file.operators) };
        assert_eq!((lan.email.as_str(), lan.read_only, lan.line), ("lan@saomai.vn", false, 3));
        assert!(lan.refusal(Some("127.0.0.1".parse().unwrap()), chrono::Utc::now()).is_none());
        assert!(lan.refusal(Some("10.2.3.4".parse().unwrap()), chrono::Utc::now()).is_none());
        assert!(lan.refusal(Some("192.168.1.1".parse().unwrap()), chrono::Utc::now()).is_some());
        assert_eq!((bao.email.as_str(), bao.read_only), ("bao@saomai.vn", true));
        let late = chrono::DateTime::parse_from_rfc3339("2030-01-01T00:00:00Z").unwrap().to_utc();
        assert!(bao.refusal(None, late).is_some());
        assert_eq!(mai.email, "mai@saomai.vn");
        assert!(!mai.no_pty, "restrict,pty allows a terminal");
        assert!(parse(&format!("restrict {c} mai@saomai.vn")).operators[0].no_pty, "restrict alone does not");
    }

    /// What `serve` says of the file is in the server's language; the log's codes are not.
    #[test]
    fn skipped_lines_and_refusals_are_said_in_the_servers_language() {
        use crate::i18n::{Locale, scoped};
        let vi = scoped(Locale::Vi, || LineProblem::NoUser.to_string());
        assert!(vi.starts_with("không có người dùng partnerdesk"), "{vi}");
        let zh =
            scoped(Locale::ZhCn, || FileRefused::SameKeyTwice { path: "k".into(), first: 1, second: 3 }.to_string());
        assert!(zh.contains("第 1 行和第 3 行"), "{zh}");
        let tr = scoped(Locale::Tr, || SignInRefused::Expired.to_string());
        assert!(tr.contains("süresi doldu"), "{tr}");
        assert_eq!(LineProblem::NoUser.code(), "no-user");
    }

    #[test]
    fn from_patterns_follow_openssh() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(from_matches("127.0.0.*", ip("127.0.0.1")));
        assert!(from_matches("10.0.0.0/8,!10.1.*", ip("10.2.0.1")));
        assert!(!from_matches("10.0.0.0/8,!10.1.*", ip("10.1.0.1")));
        assert!(!from_matches("192.168.0.?", ip("192.168.0.10")));
        assert!(from_matches("::1", ip("::1")));
        assert!(from_matches("127.0.0.1", ip("::ffff:127.0.0.1")));
    }

    #[test]
    fn a_key_listed_twice_and_loose_permissions_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let a = public(dir.path(), "a");
        write(&path, &format!("{a} lan@saomai.vn\n# x\n{a} mai@saomai.vn\n"));
        let e = authorized(&path).unwrap_err().to_string();
        assert!(e.contains("line 1 and line 3"), "{e}");
        write(&path, &format!("{a} lan@saomai.vn\n"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(authorized(&path).unwrap_err().to_string().contains("chmod go-w"));
        let host = dir.path().join("a");
        std::fs::set_permissions(&host, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(host_key(&host).unwrap_err().to_string().contains("chmod 600"));
    }

    #[test]
    fn the_host_key_persists() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("host_key");
        let first = fingerprint(&host_key(&path).unwrap());
        assert_eq!(fingerprint(&host_key(&path).unwrap()), first);
        assert!(first.starts_with("SHA256:"));
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
