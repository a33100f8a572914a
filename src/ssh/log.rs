//! Logs for whoever runs the server: one line per event, `key=value` fields, to stderr (where a
//! service manager's journal collects them) and, when asked, to a file that is rotated at a
//! size cap. Lines about connections that have not logged in are rate-limited, so a flood of
//! connections cannot flood the log.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Pre-login log lines allowed per second; the rest are counted and the count logged.
const PRE_AUTH_LINES_PER_SECOND: u32 = 20;

struct Gate {
    window: Option<Instant>,
    lines: u32,
    suppressed: u64,
}

static GATE: Mutex<Gate> = Mutex::new(Gate { window: None, lines: 0, suppressed: 0 });

/// Runs `log` (a pre-login log line) unless too many such lines were written this second.
pub fn pre_auth(log: impl FnOnce()) {
    let Ok(mut gate) = GATE.lock() else { return };
    let now = Instant::now();
    if gate.window.is_none_or(|w| now.duration_since(w) >= Duration::from_secs(1)) {
        let suppressed = std::mem::take(&mut gate.suppressed);
        gate.window = Some(now);
        gate.lines = 0;
        if suppressed > 0 {
            tracing::warn!(suppressed, "pre-login log lines suppressed in the last second");
        }
    }
    if gate.lines < PRE_AUTH_LINES_PER_SECOND {
        gate.lines += 1;
        drop(gate);
        log();
    } else {
        gate.suppressed += 1;
    }
}

/// A log file that is renamed to `FILE.1` (and `.1` to `.2`…, keeping `keep`) when it would
/// pass `max_bytes`.
pub struct RotatingFile {
    path: PathBuf,
    file: std::fs::File,
    size: u64,
    max_bytes: u64,
    keep: usize,
}

impl RotatingFile {
    pub fn open(path: &Path, max_bytes: u64, keep: usize) -> std::io::Result<Self> {
        // Private, like every file partnerdesk writes (see `crate::files`).
        let file = crate::files::open_private_append(path)?;
        let size = file.metadata()?.len();
        Ok(RotatingFile { path: path.to_path_buf(), file, size, max_bytes: max_bytes.max(1024), keep: keep.max(1) })
    }

    fn numbered(&self, n: usize) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(format!(".{n}"));
        PathBuf::from(name)
    }

    fn rotate(&mut self) -> std::io::Result<()> {
        let _ = std::fs::remove_file(self.numbered(self.keep));
        for n in (1..self.keep).rev() {
            let _ = std::fs::rename(self.numbered(n), self.numbered(n + 1));
        }
        std::fs::rename(&self.path, self.numbered(1))?;
        self.file = crate::files::open_private_append(&self.path)?;
        self.size = 0;
        Ok(())
    }
}

impl Write for RotatingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.size > 0 && self.size + buf.len() as u64 > self.max_bytes {
            self.rotate()?;
        }
        let n = self.file.write(buf)?;
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Where `serve` logs: stderr always, `file` too when given (rotated at `max_bytes`, keeping
/// `keep` old files). The level comes from `PARTNERDESK_LOG` (default `info`).
pub fn init(file: Option<&Path>, max_bytes: u64, keep: usize) -> anyhow::Result<()> {
    let filter = || tracing_subscriber::EnvFilter::try_from_env("PARTNERDESK_LOG").unwrap_or_else(|_| "info".into());
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false)
        .with_filter(filter());
    let file_layer = match file {
        Some(path) => {
            let rotating = RotatingFile::open(path, max_bytes, keep)
                .map_err(|e| anyhow::anyhow!("cannot open the log file {}: {e}", path.display()))?;
            Some(
                tracing_subscriber::fmt::layer()
                    .with_writer(Mutex::new(rotating))
                    .with_ansi(false)
                    .with_target(false)
                    .with_filter(filter()),
            )
        }
        None => None,
    };
    let _ = tracing_subscriber::registry().with(stderr).with(file_layer).try_init();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_file_rotates_at_its_size_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("serve.log");
        let mut file = RotatingFile::open(&path, 2048, 2).unwrap();
        for _ in 0..100 {
            file.write_all(&[b'x'; 100]).unwrap();
        }
        assert!(std::fs::metadata(&path).unwrap().len() <= 2048);
        assert!(std::fs::metadata(dir.path().join("serve.log.1")).unwrap().len() <= 2048);
        assert!(dir.path().join("serve.log.2").exists());
        assert!(!dir.path().join("serve.log.3").exists());
    }

    #[test]
    fn pre_login_lines_are_rate_limited() {
        let mut written = 0;
        for _ in 0..1000 {
            pre_auth(|| written += 1);
        }
        assert!(written <= PRE_AUTH_LINES_PER_SECOND as usize * 2, "{written}");
    }
}
