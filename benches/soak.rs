//! Soak of `partnerdesk serve` with real OpenSSH clients on 127.0.0.1: SOAK_SESSIONS sessions
//! (default 50) for SOAK_SECONDS (default 600) on a book of SOAK_CUSTOMERS customers (default
//! 100,000). Most sessions move about, filter and switch tabs (the Permissions tab too); every
//! fifth is a writer that requests reseller relationships. Server RSS is sampled every 10 s,
//! key latency is the time from a key to the first bytes of its frame, and after the clients
//! leave the book is exported to check that every write the writers saw confirmed is there: a
//! writer reads its own screen (through a terminal emulator, `vt100`) and counts a request as
//! confirmed when the screen says it was drafted.
//!
//! `SOAK_SECONDS=60 SOAK_SESSIONS=20 cargo bench --bench soak` for a short run. Bounded: the run
//! stops after SOAK_SECONDS plus the time to connect and to leave.

#[path = "common/serve.rs"]
mod serve;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

struct Client {
    child: Child,
    /// When each read of the client's output arrived.
    seen: Arc<Mutex<Vec<Instant>>>,
    /// What the client's screen shows (writers only: the others do not read theirs).
    screen: Option<Arc<Mutex<vt100::Parser>>>,
}

fn connect(dir: &Path, port: u16, reads_screen: bool) -> Client {
    let mut child = Command::new("ssh")
        .args(["-tt", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"])
        .args(["-o", "BatchMode=yes", "-p", &port.to_string(), "-i"])
        .arg(dir.join("lan"))
        .arg("lan@127.0.0.1")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("ssh is needed");
    let mut out = child.stdout.take().expect("stdout");
    let seen: Arc<Mutex<Vec<Instant>>> = Arc::default();
    let sink = seen.clone();
    // As large as the server ever draws: whatever size it chose, its output lands in place.
    let screen = reads_screen.then(|| {
        Arc::new(Mutex::new(vt100::Parser::new(200.try_into().expect("rows"), 500.try_into().expect("columns"), 0)))
    });
    let shown = screen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            if let Some(screen) = &shown {
                screen.lock().expect("screen").process(&buf[..n]);
            }
            let mut seen = sink.lock().expect("seen");
            seen.push(Instant::now());
            if seen.len() > 100_000 {
                seen.drain(..50_000);
            }
        }
    });
    Client { child, seen, screen }
}

impl Client {
    fn send(&mut self, bytes: &[u8]) {
        let _ = self.child.stdin.as_mut().expect("stdin").write_all(bytes);
    }
    /// Two Escs as a person presses them: apart. In one read, as in any terminal, ESC followed
    /// by a key is Alt+that key (ESC ESC is Alt+Esc), so each goes alone, past the parser's
    /// lone-Esc wait.
    fn escape_twice(&mut self) {
        for _ in 0..2 {
            self.send(b"\x1b");
            std::thread::sleep(Duration::from_millis(80));
        }
    }
    /// Waits (at most 10 s) for the screen to show `text`.
    fn shows(&self, text: &str) -> bool {
        let Some(screen) = &self.screen else { return false };
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(10) {
            if screen.lock().expect("screen").screen().contents().contains(text) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Sends a key and waits (at most 2 s) for the first output after it.
    fn key_latency(&mut self, key: &[u8]) -> Option<Duration> {
        let t = Instant::now();
        self.send(key);
        while t.elapsed() < Duration::from_secs(2) {
            if let Some(at) = self.seen.lock().expect("seen").iter().rev().take_while(|at| **at > t).last() {
                return Some(*at - t);
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        None
    }
}

fn main() {
    let sessions = env("SOAK_SESSIONS", 50) as usize;
    let seconds = env("SOAK_SECONDS", 600);
    let customers = env("SOAK_CUSTOMERS", 100_000);
    let dir = tempfile::tempdir().expect("a folder");
    let bin = env!("CARGO_BIN_EXE_partnerdesk");
    let db = dir.path().join("book.redb");
    let t = Instant::now();
    assert!(
        Command::new(bin)
            .args(["demo", "--no-tui", "--customers", &customers.to_string(), "--db"])
            .arg(&db)
            .stdout(Stdio::null())
            .status()
            .expect("demo")
            .success()
    );
    println!("book of {customers} customers made in {:?}", t.elapsed());
    assert!(
        Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-C", "lan", "-f"])
            .arg(dir.path().join("lan"))
            .status()
            .map(|s| s.success())
            .unwrap_or(false),
        "ssh-keygen is needed"
    );
    let public = std::fs::read_to_string(dir.path().join("lan.pub")).expect("key");
    let public: Vec<&str> = public.split_whitespace().take(2).collect();
    std::fs::write(
        dir.path().join("keys"),
        format!("environment=\"PARTNERDESK_USER=lan@saomai.vn\" {} soak\n", public.join(" ")),
    )
    .expect("keys");
    let (mut server, port) = serve::start(bin, &db, &dir.path().join("keys"));
    let pid = server.id();
    std::thread::sleep(Duration::from_secs(1));
    let baseline = serve::rss_mb(pid);
    println!("server RSS at rest: {baseline:.0} MB");

    let stop = Arc::new(AtomicBool::new(false));
    let samples: Arc<Mutex<Vec<f64>>> = Arc::default();
    let sampler = {
        let (stop, samples) = (stop.clone(), samples.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            while !stop.load(Ordering::SeqCst) {
                let mb = serve::rss_mb(pid);
                samples.lock().expect("samples").push(mb);
                println!("t={:>4}s  RSS {mb:>7.0} MB", start.elapsed().as_secs());
                for _ in 0..100 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        })
    };

    let latencies: Arc<Mutex<Vec<Duration>>> = Arc::default();
    // Each request a writer made, and whether its screen confirmed it.
    let written: Arc<Mutex<Vec<(String, bool)>>> = Arc::default();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let workers: Vec<_> = (0..sessions)
        .map(|i| {
            let (dir, latencies, written) = (dir.path().to_path_buf(), latencies.clone(), written.clone());
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(50 * i as u64));
                let writer = i % 5 == 0;
                let mut c = connect(&dir, port, writer);
                std::thread::sleep(Duration::from_secs(3));
                let mut n = 0u64;
                while Instant::now() < deadline {
                    n += 1;
                    if writer {
                        let name = format!("Soak {i} {n}");
                        c.escape_twice();
                        c.send(b"2");
                        std::thread::sleep(Duration::from_millis(200));
                        c.send(format!("r{name}\tan@soak{i}x{n}.vn").as_bytes());
                        std::thread::sleep(Duration::from_millis(200));
                        c.send(b"\r");
                        let confirmed = c.shows(&format!("drafted for {name}."));
                        c.escape_twice();
                        written.lock().expect("written").push((name, confirmed));
                        std::thread::sleep(Duration::from_millis(1000));
                    } else {
                        for key in [&b"j"[..], b"j", b"k", b"4", b"\t", b"j", b"1", b"/minh", b"\x1b", b"G", b"g", b"3"]
                        {
                            if let Some(l) = c.key_latency(key) {
                                latencies.lock().expect("latencies").push(l);
                            }
                            std::thread::sleep(Duration::from_millis(150));
                        }
                    }
                }
                c.escape_twice();
                c.send(b"q");
                let _ = c.child.wait();
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    // Long enough for the sessions' idle threads to end (their keep-alive is 10 s).
    std::thread::sleep(Duration::from_secs(30));
    stop.store(true, Ordering::SeqCst);
    let _ = sampler.join();
    let after = serve::rss_mb(pid);
    // SIGTERM, as a service manager stops it: the book is closed cleanly (a killed writer's book
    // needs a repair, which a read-only export refuses to do).
    let _ = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    let _ = server.wait();

    let samples = samples.lock().expect("samples").clone();
    let peak = samples.iter().cloned().fold(0.0, f64::max);
    let mut lat = latencies.lock().expect("latencies").clone();
    lat.sort();
    let pct = |p: f64| lat.get(((lat.len() as f64 * p) as usize).min(lat.len().saturating_sub(1))).copied();
    let export = Command::new(bin).arg("export").arg("--db").arg(&db).output().expect("export");
    assert!(export.status.success(), "export after the soak: {}", String::from_utf8_lossy(&export.stderr));
    let book = String::from_utf8_lossy(&export.stdout);
    let written = written.lock().expect("written").clone();
    let confirmed = written.iter().filter(|(_, confirmed)| *confirmed).count();
    let lost = written.iter().filter(|(name, confirmed)| *confirmed && !book.contains(name.as_str())).count();
    let stored = written.iter().filter(|(name, _)| book.contains(name.as_str())).count();
    println!("sessions {sessions}, {seconds} s, {customers} customers");
    println!("server RSS: rest {baseline:.0} MB, peak {peak:.0} MB, 30 s after the clients left {after:.0} MB");
    println!(
        "key latency over {} keys: p50 {:?}, p99 {:?}, max {:?}",
        lat.len(),
        pct(0.5).unwrap_or_default(),
        pct(0.99).unwrap_or_default(),
        lat.last().copied().unwrap_or_default()
    );
    println!(
        "writes: {} requested, {confirmed} confirmed on the writers' screens, {lost} of those missing \
         from the book; {stored} in the book",
        written.len()
    );
}
