//! `partnerdesk serve` with a real OpenSSH client (`ssh`, `ssh-keygen`) and tmux as the pty
//! harness, all on 127.0.0.1: two operators see each other's changes live, a resize reflows,
//! an unknown key and a missing terminal are refused, roles hold over SSH, and 20 sessions
//! work at once without error.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Served {
    dir: tempfile::TempDir,
    port: u16,
    server: Child,
    tmux: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
        let _ = Command::new("tmux").args(["-L", &self.tmux, "kill-server"]).output();
    }
}

fn keygen(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&path)
        .status()
        .expect("ssh-keygen (openssh-client) is installed")
        .success();
    assert!(ok);
    path
}

fn public(key: &Path) -> String {
    let text = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    text.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
}

/// A tmux target that names exactly one session.
fn target(window: &str) -> String {
    format!("=pd-{window}:")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn serve() -> Served {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    let db = dir.path().join("book.redb");
    assert!(
        Command::new(bin).args(["demo", "--no-tui", "--customers", "60", "--db"]).arg(&db).status().unwrap().success()
    );
    let mut keys = String::new();
    for (name, email) in [("lan", "lan@saomai.vn"), ("mai", "mai@saomai.vn"), ("bao", "bao@saomai.vn")] {
        let key = keygen(dir.path(), name);
        keys.push_str(&format!("{} {email}\n", public(&key)));
    }
    keygen(dir.path(), "stranger");
    std::fs::write(dir.path().join("authorized"), keys).unwrap();
    let port = free_port();
    let server = Command::new(bin)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--db"])
        .arg(&db)
        .arg("--authorized-keys")
        .arg(dir.path().join("authorized"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let tmux = format!("pd-ssh-{port}");
    Served { dir, port, server, tmux }
}

impl Served {
    fn ssh_args(&self, who: &str) -> Vec<String> {
        let key = self.dir.path().join(who);
        [
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "BatchMode=yes",
            "-p",
            &self.port.to_string(),
            "-i",
            key.to_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("{who}@127.0.0.1")])
        .collect()
    }

    fn open(&self, window: &str, who: &str, width: u16, height: u16) {
        let command = format!("ssh -t {}; echo EXITED $?; sleep 60", self.ssh_args(who).join(" "));
        let ok = Command::new("tmux")
            .args([
                "-L",
                &self.tmux,
                "new-session",
                "-d",
                "-s",
                &format!("pd-{window}"),
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                &command,
            ])
            .status()
            .expect("tmux is installed")
            .success();
        assert!(ok);
    }

    fn keys(&self, window: &str, keys: &[&str]) {
        for key in keys {
            Command::new("tmux").args(["-L", &self.tmux, "send-keys", "-t", &target(window), key]).status().unwrap();
        }
    }

    fn screen(&self, window: &str) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.tmux, "capture-pane", "-p", "-t", &target(window)])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits (at most 10 s) until `window` shows `text`.
    fn wait_for(&self, window: &str, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen(window);
            if screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < deadline, "{window} never showed “{text}”:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn operators_over_ssh() {
    let s = serve();

    // An unknown key is refused; a command or a missing terminal is told to use `ssh -t`.
    let out = Command::new("ssh").args(s.ssh_args("stranger")).arg("true").output().unwrap();
    assert_eq!(out.status.code(), Some(255));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Permission denied"));
    let out = Command::new("ssh").arg("-T").args(s.ssh_args("lan")).stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("reconnect with `ssh -t`"));

    // Two operators; a change made by one appears in the other's screen.
    s.open("a", "lan", 120, 35);
    s.open("b", "mai", 100, 30);
    s.wait_for("a", "Lê Thị Lan");
    s.wait_for("b", "Sao Mai Cloud Solutions · Ngu");
    s.keys("b", &["2"]);
    s.wait_for("b", "invitations");
    s.keys("a", &["2", "r", "Live Test Co", "Tab", "an@livetest.vn", "Enter"]);
    s.wait_for("a", "drafted for Live Test Co");
    s.wait_for("b", "Live Test Co");

    // A resize reflows the session at its own size.
    Command::new("tmux")
        .args(["-L", &s.tmux, "resize-window", "-t", &target("a"), "-x", "80", "-y", "24"])
        .status()
        .unwrap();
    s.keys("a", &["Escape"]);
    s.wait_for("a", "Sao Mai C…");

    // Roles hold over SSH: a helpdesk agent cannot request a reseller relationship.
    s.open("c", "bao", 120, 35);
    s.wait_for("c", "Phạm Quốc Bảo");
    s.keys("c", &["r"]);
    s.wait_for("c", "needs the Admin agent or Sales agent role");

    // `q` ends only that session, with status 0.
    s.keys("a", &["q"]);
    s.wait_for("a", "EXITED 0");
    s.keys("b", &["j"]);
    s.wait_for("b", "Live Test Co");
}

#[test]
fn twenty_sessions_at_once() {
    let s = serve();
    let mut clients = Vec::new();
    for _ in 0..20 {
        let child = Command::new("ssh")
            .arg("-tt")
            .args(s.ssh_args("lan"))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        clients.push(child);
    }
    // Each session moves about and filters for a bounded time, then quits.
    let script: &[&[u8]] =
        &[b"j", b"j", b"2", b"j", b"3", b"4", b"v", b"1", b"/minh", b"\r", b"G", b"g", b"?", b"\x1b"];
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        for client in &mut clients {
            for keys in script {
                use std::io::Write;
                let _ = client.stdin.as_mut().unwrap().write_all(keys);
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    for client in &mut clients {
        use std::io::Write;
        client.stdin.as_mut().unwrap().write_all(b"q").unwrap();
    }
    for client in clients {
        let out = client.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn over_ssh_the_mail_app_is_a_link_in_the_operators_own_terminal() {
    use std::io::{Read, Write};
    let s = serve();
    let mut client = Command::new("ssh")
        .arg("-tt")
        .args(s.ssh_args("lan"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = client.stdout.take().unwrap();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 || send.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let stdin = client.stdin.as_mut().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    stdin.write_all(b"2r").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    stdin.write_all(b"Link Co\tan@linkco.vn\r").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    stdin.write_all(b"\x0f").unwrap(); // Ctrl-O
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    let link = b"\x1b]8;;mailto:an%40linkco.vn?subject=";
    while !seen.windows(link.len()).any(|w| w == link) {
        assert!(Instant::now() < deadline, "no OSC 8 mailto link came through the channel");
        if let Ok(chunk) = receive.recv_timeout(Duration::from_millis(200)) {
            seen.extend(chunk);
        }
    }
    stdin.write_all(b"\x1b").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    stdin.write_all(b"q").unwrap();
    assert_eq!(client.wait().unwrap().code(), Some(0));
}
