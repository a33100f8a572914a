//! `partnerdesk serve` for the benchmarks that drive it with real SSH clients, and what they
//! read of the server process.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Starts `bin serve` on a free port of 127.0.0.1 for the book `db` and the keys file `keys`,
/// and returns once it accepts connections.
pub fn start(bin: &str, db: &Path, keys: &Path) -> (Child, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("a port").local_addr().expect("addr").port();
    let server = Command::new(bin)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--authorized-keys"])
        .arg(keys)
        .arg("--db")
        .arg(db)
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, port)
}

/// The resident memory of process `pid`, in MB.
pub fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}
