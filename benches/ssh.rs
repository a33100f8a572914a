//! `partnerdesk serve` measured with real OpenSSH clients on 127.0.0.1, at 1, 10 and 50
//! sessions on a book of SSH_BENCH_CUSTOMERS customers (default 100,000): connection to first
//! frame, server RSS per session, bytes sent for one keystroke, and how long a change made in
//! one session takes to reach the others' screens — an invitation (others on Invitations) and
//! a customer renamed (others on Customers, the list patched in every session), with the
//! server's CPU time for it. `cargo bench --bench ssh` (needs `ssh` and `ssh-keygen`).

#[path = "common/serve.rs"]
mod serve;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

type Log = Arc<Mutex<Vec<(Instant, usize)>>>;

struct Client {
    child: Child,
    log: Log,
    started: Instant,
}

fn keygen(dir: &Path, name: &str) {
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(dir.join(name))
        .status();
    assert!(ok.map(|s| s.success()).unwrap_or(false), "ssh-keygen is needed");
}

fn connect(dir: &Path, port: u16) -> Client {
    let key = dir.join("lan");
    let started = Instant::now();
    let mut child = Command::new("ssh")
        .args(["-tt", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"])
        .args(["-o", "BatchMode=yes", "-p", &port.to_string(), "-i"])
        .arg(&key)
        .arg("lan@127.0.0.1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("ssh is needed");
    let mut out = child.stdout.take().expect("stdout");
    let log: Log = Arc::default();
    let sink = log.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("log").push((Instant::now(), n));
        }
    });
    Client { child, log, started }
}

impl Client {
    fn send(&mut self, bytes: &[u8]) {
        let _ = self.child.stdin.as_mut().expect("stdin").write_all(bytes);
    }
    fn bytes_since(&self, t: Instant) -> usize {
        self.log.lock().expect("log").iter().filter(|(at, _)| *at >= t).map(|(_, n)| n).sum()
    }
    fn first_after(&self, t: Instant) -> Option<Instant> {
        self.log.lock().expect("log").iter().find(|(at, _)| *at > t).map(|(at, _)| *at)
    }
    /// When the first full frame (more than 1 KB) had arrived.
    fn first_frame(&self) -> Option<Duration> {
        let mut total = 0;
        for (at, n) in self.log.lock().expect("log").iter() {
            total += n;
            if total > 1000 {
                return Some(*at - self.started);
            }
        }
        None
    }
}

/// The server's resident memory in MB and its CPU time so far (user + system) in seconds.
fn usage(pid: u32) -> (f64, f64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks: f64 = [11, 12].iter().filter_map(|&i| fields.get(i)?.parse::<f64>().ok()).sum();
    (serve::rss_mb(pid), ticks / 100.0)
}

/// How long each client took to show something after `t`: "median …, max …".
fn reach(clients: &[Client], t: Instant) -> String {
    if clients.is_empty() {
        return "—".into();
    }
    let reach: Vec<Duration> = clients.iter().filter_map(|c| c.first_after(t)).map(|at| at - t).collect();
    if reach.len() < clients.len() {
        return format!("{} of {} reached", reach.len(), clients.len());
    }
    format!("median {:?}, max {:?}", median(reach.clone()), reach.iter().max().copied().unwrap_or_default())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let customers: u64 = std::env::var("SSH_BENCH_CUSTOMERS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("a folder");
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    let db = dir.path().join("book.redb");
    assert!(
        Command::new(bin)
            .args(["demo", "--no-tui", "--customers", &customers.to_string(), "--db"])
            .arg(&db)
            .stdout(Stdio::null())
            .status()
            .expect("demo")
            .success()
    );
    keygen(dir.path(), "lan");
    let public = std::fs::read_to_string(dir.path().join("lan.pub")).expect("key");
    let public: Vec<&str> = public.split_whitespace().take(2).collect();
    std::fs::write(dir.path().join("keys"), format!("{} hung@saomai.vn\n", public.join(" "))).expect("keys");
    let (mut server, port) = serve::start(bin, &db, &dir.path().join("keys"));
    std::thread::sleep(Duration::from_secs(1));
    let (rest, _) = usage(server.id());
    println!("{customers} customers; server RSS at rest {rest:.0} MB");
    println!(
        "{:>8}  {:>14}  {:>13}  {:>11}  {:>34}  {:>34}  {:>9}",
        "sessions",
        "first frame",
        "RSS/session",
        "bytes/key",
        "invitation reaches the others",
        "customer change reaches the others",
        "its CPU"
    );
    for (round, n) in [1usize, 10, 50].into_iter().enumerate() {
        let mut clients: Vec<Client> = (0..n).map(|_| connect(dir.path(), port)).collect();
        // Every session has its list (a large book's arrives in the background).
        std::thread::sleep(Duration::from_millis(4000 + 100 * n as u64));
        let first = median(clients.iter().filter_map(Client::first_frame).collect());
        let (rss, _) = usage(server.id());
        let per_session = (rss - rest) / n as f64;
        // One keystroke in one session: the bytes its screen needs.
        let t = Instant::now();
        clients[0].send(b"j");
        std::thread::sleep(Duration::from_millis(300));
        let per_key = clients[0].bytes_since(t);
        // Everyone on Customers; one session renames the selected customer (its first field).
        clients[0].send(b"e");
        std::thread::sleep(Duration::from_millis(500));
        clients[0].send(format!(" R{round}").as_bytes());
        std::thread::sleep(Duration::from_millis(300));
        let (_, cpu) = usage(server.id());
        let t = Instant::now();
        clients[0].send(b"\r");
        std::thread::sleep(Duration::from_millis(1500));
        let customer = reach(&clients[1..], t);
        let (_, cpu_after) = usage(server.id());
        // Everyone watches the invitations; one session requests a relationship.
        for c in &mut clients {
            c.send(b"2");
        }
        std::thread::sleep(Duration::from_millis(500));
        clients[0].send(format!("rBench {round}\tan@bench{round}.vn").as_bytes());
        std::thread::sleep(Duration::from_millis(300));
        let t = Instant::now();
        clients[0].send(b"\r");
        std::thread::sleep(Duration::from_millis(500));
        let invitation = reach(&clients[1..], t);
        println!(
            "{n:>8}  {:>14?}  {:>10.1} MB  {per_key:>11}  {invitation:>34}  {customer:>34}  {:>7.2} s",
            first,
            per_session,
            cpu_after - cpu
        );
        for c in &mut clients {
            c.send(b"\x1b");
            std::thread::sleep(Duration::from_millis(60));
            c.send(b"\x1b");
            std::thread::sleep(Duration::from_millis(60));
            c.send(b"q");
        }
        for mut c in clients {
            let _ = c.child.wait();
        }
        std::thread::sleep(Duration::from_secs(2));
    }
    let _ = server.kill();
    let _ = server.wait();
}
