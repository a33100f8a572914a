//! Who may connect: the authorized keys file (one OpenSSH public key a line, its comment the
//! partnerdesk user it signs in as, optionally followed by `read-only`), and the server's
//! persistent host key.

use anyhow::{Context, Result, bail};
use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey, PublicKey};
use std::io::Read;
use std::path::Path;

/// One operator's key and who it signs in as.
#[derive(Debug, Clone)]
pub struct Operator {
    pub key: PublicKey,
    pub email: String,
    pub read_only: bool,
}

/// Reads `path`: `ssh-ed25519 AAAA… lan@saomai.vn [read-only]` per line; `#` starts a comment.
pub fn authorized(path: &Path) -> Result<Vec<Operator>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read the authorized keys {}", path.display()))?;
    let mut operators = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let (Some(algorithm), Some(base64), Some(email)) = (words.first(), words.get(1), words.get(2)) else {
            bail!("{} line {}: write `TYPE KEY EMAIL [read-only]`", path.display(), n + 1);
        };
        let key = PublicKey::from_openssh(&format!("{algorithm} {base64}"))
            .with_context(|| format!("{} line {}: not an OpenSSH public key", path.display(), n + 1))?;
        let read_only = match words.get(3) {
            None => false,
            Some(&"read-only") => true,
            Some(other) => bail!("{} line {}: “{other}” is not an option (only read-only is)", path.display(), n + 1),
        };
        operators.push(Operator { key, email: email.to_string(), read_only });
    }
    Ok(operators)
}

/// The host key at `path`, made (Ed25519, from the system's random source) on first start so
/// that operators can pin its fingerprint.
pub fn host_key(path: &Path) -> Result<PrivateKey> {
    if path.exists() {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("cannot read the host key {}", path.display()))?;
        return PrivateKey::from_openssh(text)
            .with_context(|| format!("{} is not an OpenSSH private key", path.display()));
    }
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut seed))
        .context("cannot read the system's random source for a new host key")?;
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let pem = key.to_openssh(LineEnding::LF).context("cannot encode the new host key")?;
    write_private(path, pem.as_bytes()).with_context(|| format!("cannot write the host key {}", path.display()))?;
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

    #[test]
    fn authorized_keys_name_their_user_and_may_be_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let key = host_key(&dir.path().join("host")).unwrap();
        let public = key.public_key().to_openssh().unwrap();
        std::fs::write(&path, format!("# operators\n{public} lan@saomai.vn\n{public} bao@saomai.vn read-only\n"))
            .unwrap();
        let ops = authorized(&path).unwrap();
        assert_eq!(ops.len(), 2);
        assert_eq!((ops[0].email.as_str(), ops[0].read_only), ("lan@saomai.vn", false));
        assert!(ops[1].read_only);
        std::fs::write(&path, format!("{public}\n")).unwrap();
        assert!(authorized(&path).unwrap_err().to_string().contains("line 1"));
        std::fs::write(&path, format!("{public} lan@saomai.vn sudo\n")).unwrap();
        assert!(authorized(&path).unwrap_err().to_string().contains("only read-only"));
    }

    #[test]
    fn the_host_key_persists() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("host_key");
        let first = fingerprint(&host_key(&path).unwrap());
        assert_eq!(fingerprint(&host_key(&path).unwrap()), first);
        assert!(first.starts_with("SHA256:"));
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
