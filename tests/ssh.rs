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
    keygen_typed(dir, name, "ed25519")
}

fn keygen_typed(dir: &Path, name: &str, kind: &str) -> PathBuf {
    let path = dir.join(name);
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", kind, "-N", "", "-C", name, "-f"])
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
    serve_with(&[], |dir, keys| {
        std::fs::write(dir.join("authorized"), keys).unwrap();
    })
}

fn demo_book(dir: &Path) -> PathBuf {
    let db = dir.join("book.redb");
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    assert!(
        Command::new(bin).args(["demo", "--no-tui", "--customers", "60", "--db"]).arg(&db).status().unwrap().success()
    );
    db
}

/// A server on a demo book with keys for lan, mai and bao (and a stranger's key it does not
/// know); `write_keys` writes the authorized keys file from the usual lines; `extra` are more
/// arguments for `serve`.
fn serve_with(extra: &[&str], write_keys: impl FnOnce(&Path, String)) -> Served {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    let db = demo_book(dir.path());
    let mut keys = String::new();
    for (name, email) in [("lan", "lan@saomai.vn"), ("mai", "mai@saomai.vn"), ("bao", "bao@saomai.vn")] {
        let key = keygen(dir.path(), name);
        keys.push_str(&format!("{} {email}\n", public(&key)));
    }
    keygen(dir.path(), "stranger");
    write_keys(dir.path(), keys);
    let port = free_port();
    let server = Command::new(bin)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--db"])
        .arg(&db)
        .arg("--authorized-keys")
        .arg(dir.path().join("authorized"))
        .args(extra)
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
        self.open_in(window, who, width, height, None);
    }

    /// Opens a session whose client sends `LANG=lang` (as `ssh -o SendEnv=LANG` does).
    fn open_in(&self, window: &str, who: &str, width: u16, height: u16, lang: Option<&str>) {
        let env = lang.map(|l| format!("LANG={l} ")).unwrap_or_default();
        let send = if lang.is_some() { "-o SendEnv=LANG " } else { "" };
        let command = format!("{env}ssh {send}-t {}; echo EXITED $?; sleep 60", self.ssh_args(who).join(" "));
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

    // An unknown key is refused; a missing terminal is told to use `ssh -t`.
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
    s.wait_for("b", "Nguyễn Thị Mai");
    s.keys("b", &["2"]);
    s.wait_for("b", "invitations");
    s.keys("a", &["2", "r", "Live Test Co", "Tab", "an@livetest.vn", "Enter"]);
    s.wait_for("a", "drafted for Live Test Co");
    s.wait_for("b", "Live Test Co");

    // Scripts read the served book beside the server, and the audit says how the actor was
    // established: by the key's fingerprint.
    let db = s.dir.path().join("book.redb");
    let audit =
        Command::new(env!("CARGO_BIN_EXE_partnerdesk")).args(["audit", "--json", "--db"]).arg(&db).output().unwrap();
    assert!(audit.status.success(), "{}", String::from_utf8_lossy(&audit.stderr));
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap();
    let requested = audit["audit"].as_array().unwrap().iter().rev().find(|e| e["action"] == "invitation.requested");
    let via = requested.unwrap()["via"].as_str().unwrap().to_string();
    assert!(via.starts_with("SSH key ssh-ed25519 SHA256:"), "{via}");

    // A resize reflows the session at its own size.
    Command::new("tmux")
        .args(["-L", &s.tmux, "resize-window", "-t", &target("a"), "-x", "80", "-y", "24"])
        .status()
        .unwrap();
    s.keys("a", &["Escape"]);
    s.wait_for("a", "4 Permissions  Lê Thị Lan");

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

/// Three operators on one server, each in the language their client's `LANG` names.
#[test]
fn each_ssh_session_speaks_its_operators_language() {
    let s = serve();
    s.open_in("vi", "lan", 100, 30, Some("vi_VN.UTF-8"));
    s.open_in("tr", "mai", 100, 30, Some("tr_TR.UTF-8"));
    s.open_in("zh", "bao", 100, 30, Some("zh_CN.UTF-8"));
    s.wait_for("vi", "1 Khách hàng");
    s.wait_for("tr", "1 Müşteriler");
    s.wait_for("zh", "1 客户");
    // L switches one session only.
    s.keys("tr", &["L"]);
    s.wait_for("tr", "1 客户");
    s.keys("vi", &["2"]);
    s.wait_for("vi", "Lời mời");
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

impl Served {
    /// Runs `ssh -T … partnerdesk --version` as `who` (at most 20 s): 0 means it signed in (and
    /// the command ran in the server), 255 that it was refused.
    fn login(&self, who: &str) -> (Option<i32>, String) {
        let mut child = Command::new("ssh")
            .arg("-T")
            .args(self.ssh_args(who))
            .arg("partnerdesk --version")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("ssh as {who} hung");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
    }

    fn still_serving(&mut self) {
        assert!(self.server.try_wait().unwrap().is_none(), "the server stopped");
    }
}

#[test]
fn openssh_keys_with_options_rsa_and_ecdsa_sign_in_and_sighup_reads_new_keys() {
    let mut s = serve_with(&[], |dir, keys| {
        let rsa = keygen_typed(dir, "rsa", "rsa");
        let ecdsa = keygen_typed(dir, "ecdsa", "ecdsa");
        let text = format!(
            "\u{feff}# operators\n\n{keys}\
             environment=\"PARTNERDESK_USER=lan@saomai.vn\",from=\"127.0.0.0/8,::1\",no-port-forwarding,no-agent-forwarding {} Lan's RSA key, 2024\n\
             environment=\"PARTNERDESK_USER=mai@saomai.vn\",restrict,pty {} mai # ecdsa\n\
             not a key at all\n",
            public(&rsa),
            public(&ecdsa)
        );
        std::fs::write(dir.join("authorized"), text).unwrap();
    });
    assert_eq!(s.login("rsa").0, Some(0), "RSA signs in");
    assert_eq!(s.login("ecdsa").0, Some(0), "ECDSA signs in");
    assert_eq!(s.login("lan").0, Some(0), "the older form still works");
    let (code, out) = s.login("stranger");
    assert_eq!(code, Some(255), "{out}");

    // SIGHUP reads the file again: the stranger is let in, the sessions go on.
    let stranger = public(&s.dir.path().join("stranger"));
    let path = s.dir.path().join("authorized");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(&format!("environment=\"PARTNERDESK_USER=bao@saomai.vn\" {stranger} a new laptop\n"));
    std::fs::write(&path, text).unwrap();
    assert!(Command::new("kill").args(["-HUP", &s.server.id().to_string()]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while s.login("stranger").0 != Some(0) {
        assert!(Instant::now() < deadline, "SIGHUP did not take the new key");
        std::thread::sleep(Duration::from_millis(200));
    }
    s.still_serving();
}

#[test]
fn loose_key_file_permissions_and_duplicate_keys_stop_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_book(dir.path());
    let lan = keygen(dir.path(), "lan");
    let path = dir.path().join("authorized");
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    let start = || {
        Command::new(bin)
            .args(["serve", "--listen", "127.0.0.1:1", "--db"])
            .arg(&db)
            .arg("--authorized-keys")
            .arg(&path)
            .output()
            .unwrap()
    };
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(&path, format!("{} lan@saomai.vn\n", public(&lan))).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = start();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("may be written by others"));
    std::fs::write(&path, format!("{0} lan@saomai.vn\n{0} mai@saomai.vn\n", public(&lan))).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = start();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1 and line 2"));
}

#[test]
fn hostile_clients_do_not_stop_the_server() {
    // A short grace time frees connections that never log in.
    let mut s = serve_with(&["--login-grace-time", "2"], |dir, keys| {
        std::fs::write(dir.join("authorized"), keys).unwrap();
    });
    // Few descriptors, so that idle connections exhaust them (as 1,030 did with 1,024).
    let pid = s.server.id().to_string();
    assert!(Command::new("prlimit").args(["--nofile=100:100", "--pid", &pid]).status().unwrap().success());
    let mut idle = Vec::new();
    for _ in 0..300 {
        if let Ok(c) = std::net::TcpStream::connect(("127.0.0.1", s.port)) {
            idle.push(c);
        }
    }
    std::thread::sleep(Duration::from_secs(3));
    s.still_serving();
    drop(idle);
    std::thread::sleep(Duration::from_secs(1));
    // A client that asks for sftp, X11 or a huge user name gets an answer, not a hang.
    let out = Command::new("timeout")
        .args(["20", "ssh", "-s"])
        .args(s.ssh_args("lan"))
        .arg("sftp")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(124), "sftp hung");
    let long_user = "x".repeat(5000);
    let mut args = s.ssh_args("stranger");
    let host = args.pop().unwrap();
    args.push(format!("{long_user}@{}", host.split('@').nth(1).unwrap()));
    let out = Command::new("timeout").arg("20").arg("ssh").args(&args).arg("true").output().unwrap();
    assert_eq!(out.status.code(), Some(255));
    // An operator gets in as usual.
    assert_eq!(s.login("lan").0, Some(0));
    s.still_serving();
}

/// Runs `ssh -T … command` as `who` and returns its exit code, stdout and stderr.
fn exec(s: &Served, who: &str, command: &str) -> (Option<i32>, String, String) {
    let out = Command::new("timeout")
        .args(["30", "ssh", "-T"])
        .args(s.ssh_args(who))
        .arg(command)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn scripts_run_commands_on_the_served_book_as_the_keys_user() {
    let mut customer_admin = String::new();
    let mut customer_domain = String::new();
    let mut local = serde_json::Value::Null;
    let mut s = serve_with(&[], |dir, mut keys| {
        // A customer's Global admin, read from the book before it is served.
        let db = dir.join("book.redb");
        let bin = env!("CARGO_BIN_EXE_partnerdesk");
        let out = Command::new(bin).args(["customers", "list", "--json", "--db"]).arg(&db).output().unwrap();
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        customer_domain = list["customers"][0]["primary_domain"].as_str().unwrap().to_string();
        local = list;
        let out = Command::new(bin)
            .args(["customers", "show", &customer_domain, "--json", "--db"])
            .arg(&db)
            .output()
            .unwrap();
        let show: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let users = show["customer"]["users"].as_array().unwrap();
        let admin = users.iter().find(|u| u["global_admin"] == true).unwrap();
        customer_admin = admin["email"].as_str().unwrap().to_string();
        let reader = keygen(dir, "reader");
        let customer = keygen(dir, "customer");
        keys.push_str(&format!(
            "environment=\"PARTNERDESK_USER=lan@saomai.vn\",environment=\"PARTNERDESK_ACCESS=read-only\" {} reader\n",
            public(&reader)
        ));
        keys.push_str(&format!("environment=\"PARTNERDESK_USER={customer_admin}\" {} customer\n", public(&customer)));
        std::fs::write(dir.join("authorized"), keys).unwrap();
    });

    // A read: the same JSON as locally, while the server holds the book.
    let (code, out, err) = exec(&s, "lan", "partnerdesk customers list --json");
    assert_eq!(code, Some(0), "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list, local, "the same document as the local command before serving");
    let count = list["customers"].as_array().unwrap().len();
    let (code, out, err) = exec(&s, "lan", "customers list");
    assert_eq!(code, Some(0), "without `partnerdesk` too: {err}");
    assert_eq!(out.lines().count(), count);
    assert!(err.contains(&format!("{count} customers")), "the count on stderr: {err}");

    // A record that is not there: exit 4 and one JSON error on stderr.
    let (code, out, err) = exec(&s, "lan", "partnerdesk customers show nosuch.example --json");
    assert_eq!((code, out.as_str()), (Some(4), ""));
    let error: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(error["error"]["kind"], "not_found");

    // A write, as the key's user, with quoted words kept whole.
    let invite = "partnerdesk invite --company 'Hải Đăng' --contact an@haidang.vn --json";
    let (code, out, err) = exec(&s, "lan", invite);
    assert_eq!(code, Some(0), "{err}");
    let made: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(made["invitation"].to_string().contains("Hải Đăng"), "{out}");
    // A read-only key may read, not write: refused (exit 3), nothing written.
    let (code, _, err) = exec(&s, "reader", invite);
    assert_eq!(code, Some(3), "{err}");
    let (code, out, _) = exec(&s, "reader", "partnerdesk invitations list --json");
    assert_eq!(code, Some(0));
    assert_eq!(out.matches("Hải Đăng").count(), 1, "one invitation: {out}");

    // The audit names the key's user and the key.
    let (_, out, _) = exec(&s, "lan", "partnerdesk audit --json");
    let audit: serde_json::Value = serde_json::from_str(&out).unwrap();
    let last = audit["audit"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["actor"], "lan@saomai.vn", "{last}");

    // A customer's key sees its own tenant only.
    let (code, out, err) = exec(&s, "customer", "partnerdesk customers list --json");
    assert_eq!(code, Some(0), "{err}");
    let mine: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = mine["customers"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["primary_domain"], customer_domain.as_str());
    let (code, _, err) = exec(&s, "customer", "partnerdesk export");
    assert_ne!(code, Some(0), "the whole book is the partner's: {err}");

    // What works on the server's files is refused, saying so; so are --db and --as.
    for command in ["partnerdesk demo --no-tui", "partnerdesk serve --authorized-keys x", "partnerdesk import f.json"] {
        let (code, _, err) = exec(&s, "lan", command);
        assert_eq!(code, Some(2), "{command}: {err}");
        assert!(err.contains("not over SSH"), "{command}: {err}");
    }
    let (code, _, err) = exec(&s, "lan", "partnerdesk customers list --db /etc/passwd");
    assert_eq!(code, Some(2));
    assert!(err.contains("--db and --as do not apply"), "{err}");
    let (code, _, err) = exec(&s, "lan", "partnerdesk nonsense --json");
    assert_eq!(code, Some(2));
    assert!(err.starts_with("{\"error\""), "{err}");
    s.still_serving();
}
