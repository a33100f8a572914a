//! Listening: the server's configuration and algorithms, the accept loop with what it drops
//! before a login, `SIGHUP`'s key reload, and one connection's life up to its login grace.

use super::keys::{self, Operator};
use super::session::ClientEnv;
use super::{Connection, Counted, Desk, ServeOptions, log};
use crate::store::Book;
use anyhow::{Context, Result};
use russh::keys::{Algorithm, EcdsaCurve, HashAlg};
use russh::{Disconnect, Preferred, cipher, compression, kex, mac};
use std::borrow::Cow;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::Notify;

/// Key exchanges: the post-quantum hybrid first; curve25519 and the 4096/8192-bit groups for
/// the clients most operators have (OpenSSH before 9.9, Debian 12, Ubuntu 24.04). ssh-audit
/// notes those as without post-quantum protection; `--post-quantum-only` leaves them out.
const KEX: &[kex::Name] = &[
    kex::MLKEM768X25519_SHA256,
    kex::CURVE25519,
    kex::CURVE25519_PRE_RFC_8731,
    kex::DH_G16_SHA512,
    kex::DH_G18_SHA512,
    kex::EXTENSION_SUPPORT_AS_SERVER,
    kex::EXTENSION_OPENSSH_STRICT_KEX_AS_SERVER,
];
const KEX_POST_QUANTUM: &[kex::Name] =
    &[kex::MLKEM768X25519_SHA256, kex::EXTENSION_SUPPORT_AS_SERVER, kex::EXTENSION_OPENSSH_STRICT_KEX_AS_SERVER];

/// The algorithms offered: no compression (so none before login), no finite-field group
/// smaller than 4096 bits, MACs only encrypt-then-MAC, RSA only with SHA-2 signatures.
fn preferred(post_quantum_only: bool) -> Preferred {
    Preferred {
        kex: Cow::Borrowed(if post_quantum_only { KEX_POST_QUANTUM } else { KEX }),
        key: Cow::Borrowed(&[
            Algorithm::Ed25519,
            Algorithm::Ecdsa { curve: EcdsaCurve::NistP256 },
            Algorithm::Ecdsa { curve: EcdsaCurve::NistP384 },
            Algorithm::Ecdsa { curve: EcdsaCurve::NistP521 },
            Algorithm::Rsa { hash: Some(HashAlg::Sha512) },
            Algorithm::Rsa { hash: Some(HashAlg::Sha256) },
        ]),
        host_key_certificates: Cow::Borrowed(&[]),
        cipher: Cow::Borrowed(&[
            cipher::CHACHA20_POLY1305,
            cipher::AES_256_GCM,
            cipher::AES_256_CTR,
            cipher::AES_192_CTR,
            cipher::AES_128_CTR,
        ]),
        mac: Cow::Borrowed(&[mac::HMAC_SHA512_ETM, mac::HMAC_SHA256_ETM]),
        compression: Cow::Borrowed(&[compression::NONE]),
    }
}

/// Raises the soft limit on open files to the hard limit, so that connections, not the
/// default 1,024 descriptors, meet the server's own caps first.
fn raise_file_limit() -> Option<(u64, u64)> {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit and setrlimit read and write only the struct passed.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return None;
        }
        let before = limit.rlim_cur;
        let target: u64 = if limit.rlim_max == libc::RLIM_INFINITY { 1 << 20 } else { limit.rlim_max };
        if target <= before {
            return Some((before, before));
        }
        limit.rlim_cur = target;
        if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
            return Some((before, before));
        }
        Some((before, target))
    }
}

fn load_keys(path: &std::path::Path) -> Result<Vec<Operator>> {
    let file = keys::authorized(path)?;
    for (line, why) in &file.skipped {
        let said =
            crate::t!("ssh-key-line-skipped", path = path.display().to_string(), line = *line, why = why.to_string());
        tracing::warn!(file = %path.display(), line, reason = why.code(), "{said}");
        eprintln!("partnerdesk: {said}");
    }
    Ok(file.operators)
}

/// Serves `book` until the process is stopped (`SIGTERM`, `SIGINT`); `SIGHUP` re-reads the
/// authorized keys.
pub fn serve(book: Arc<Book>, options: ServeOptions) -> Result<()> {
    let operators = load_keys(&options.authorized_keys)?;
    keys::strict_mode(&options.authorized_keys)?;
    let host_key = keys::host_key(&options.host_key)?;
    report_file_limit();
    let serving = crate::t!(
        "ssh-serving",
        listen = options.listen.to_string(),
        keys = crate::i18n::Count::from(operators.len()),
        fingerprint = keys::fingerprint(&host_key),
        path = options.host_key.display().to_string()
    );
    eprintln!("partnerdesk: {serving}");
    tracing::info!(listen = %options.listen, keys = operators.len(), "serving");
    let config = server_config(&options, host_key);
    let desk = Desk {
        book,
        list: Arc::default(),
        operators: Arc::new(RwLock::new(Arc::new(operators))),
        sessions: Arc::new(AtomicUsize::new(0)),
        max_sessions: options.max_sessions,
        penalties: Arc::default(),
        mouse: options.mouse,
        fuzzy: options.fuzzy,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_keep_alive(super::SESSION_THREAD_KEEP_ALIVE)
        .build()?;
    runtime.block_on(accept_loop(desk, options, config))
}

/// Raises the open files limit as far as allowed, and says so.
fn report_file_limit() {
    if let Some((before, after)) = raise_file_limit() {
        if after > before {
            tracing::info!(before, after, "open files limit raised");
            eprintln!("partnerdesk: {}", crate::t!("ssh-file-limit-raised", before = before, after = after));
        } else {
            tracing::info!(limit = before, "open files limit");
        }
    }
}

fn server_config(options: &ServeOptions, host_key: russh::keys::PrivateKey) -> Arc<russh::server::Config> {
    Arc::new(russh::server::Config {
        inactivity_timeout: Some(options.idle_timeout),
        keepalive_interval: Some(Duration::from_secs(60)),
        keepalive_max: 3,
        auth_rejection_time: Duration::from_millis(500),
        auth_rejection_time_initial: Some(Duration::from_millis(0)),
        max_auth_attempts: 6,
        keys: vec![host_key],
        nodelay: true,
        window_size: 1 << 20,
        preferred: preferred(options.post_quantum_only),
        methods: russh::MethodSet::from(&[russh::MethodKind::PublicKey][..]),
        ..Default::default()
    })
}

/// Connection counts shared by the accept loop and the connections it admits.
#[derive(Default)]
struct Counts {
    connections: Arc<AtomicUsize>,
    unauthenticated: Arc<AtomicUsize>,
}

async fn accept_loop(desk: Desk, options: ServeOptions, config: Arc<russh::server::Config>) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(&options.listen)
        .await
        .with_context(|| format!("cannot listen on {}", options.listen))?;
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
    let counts = Counts::default();
    let mut backoff = Duration::from_millis(10);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = hangup.recv() => {
                reload_keys(&desk, &options);
                continue;
            }
            _ = terminate.recv() => { tracing::info!("SIGTERM: stopping"); return Ok(()); }
            _ = interrupt.recv() => { tracing::info!("SIGINT: stopping"); return Ok(()); }
        };
        let (socket, peer) = match accepted {
            Ok(accepted) => {
                backoff = Duration::from_millis(10);
                accepted
            }
            Err(e) => {
                // Out of descriptors or memory, or a connection that died in the queue:
                // wait a little (longer each time) and go on; never stop serving.
                log::pre_auth(|| tracing::warn!(error = %e, wait_ms = backoff.as_millis() as u64, "accept failed"));
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(1));
                continue;
            }
        };
        if let Some(why) = refusal(&desk, &options, &counts, peer) {
            log::pre_auth(|| tracing::info!(%peer, "connection dropped: {why}"));
            drop(socket);
            continue;
        }
        log::pre_auth(|| tracing::info!(%peer, "connection"));
        // Counted now, before the task runs, so a burst of connections sees every one of them.
        let counted = (Counted::new(&counts.connections), Counted::new(&counts.unauthenticated));
        tokio::spawn(connection(desk.clone(), config.clone(), options.login_grace, counted, socket, peer));
    }
}

/// `SIGHUP`: the authorized keys are read again; a file that cannot be read changes nothing.
fn reload_keys(desk: &Desk, options: &ServeOptions) {
    match load_keys(&options.authorized_keys) {
        Ok(operators) => {
            tracing::info!(keys = operators.len(), "SIGHUP: authorized keys read again");
            if let Ok(mut current) = desk.operators.write() {
                *current = Arc::new(operators);
            }
        }
        Err(e) => tracing::error!("{}", crate::t!("ssh-keys-not-reloaded", why = format!("{e:#}"))),
    }
}

/// Why a new connection is dropped before its first byte, if it is.
fn refusal(desk: &Desk, options: &ServeOptions, counts: &Counts, peer: SocketAddr) -> Option<&'static str> {
    let open = counts.connections.load(Ordering::SeqCst);
    let waiting = counts.unauthenticated.load(Ordering::SeqCst);
    if open >= options.max_connections {
        Some("too many connections")
    } else if options.max_startups.drop_new(waiting, fastrand::u32(0..100)) {
        Some("too many unauthenticated connections (max-startups)")
    } else if desk.penalized(peer.ip()) {
        Some("source penalized for failed logins")
    } else {
        None
    }
}

/// One connection, from the SSH greeting to its end; it must log in within `grace`.
async fn connection(
    desk: Desk,
    config: Arc<russh::server::Config>,
    grace: Duration,
    (_open, unauthenticated): (Counted, Counted),
    socket: tokio::net::TcpStream,
    peer: SocketAddr,
) {
    let logged_in = Arc::new(Notify::new());
    let handler = Connection {
        desk,
        peer,
        actor: None,
        via: String::new(),
        no_pty: false,
        logged_in: logged_in.clone(),
        startup: Some(unauthenticated),
        failures: 0,
        env: ClientEnv::default(),
        pty: None,
        writer: None,
        errors: None,
        shell: None,
    };
    let deadline = tokio::time::Instant::now() + grace;
    let _ = socket.set_nodelay(true);
    let running = match tokio::time::timeout_at(deadline, russh::server::run_stream(config, socket, handler)).await {
        Ok(Ok(running)) => running,
        Ok(Err(e)) => {
            log::pre_auth(|| tracing::debug!(%peer, "connection setup failed: {e:#}"));
            return;
        }
        Err(_) => {
            log::pre_auth(|| tracing::info!(%peer, "login grace time over before the SSH greeting"));
            return;
        }
    };
    let handle = running.handle();
    tokio::pin!(running);
    tokio::select! {
        _ = &mut running => return,
        _ = logged_in.notified() => {}
        _ = tokio::time::sleep_until(deadline) => {
            log::pre_auth(|| tracing::info!(%peer, "login grace time over"));
            let _ = handle.disconnect(Disconnect::ByApplication, "login grace time over".into(), String::new()).await;
            return;
        }
    }
    let _ = running.await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offered_algorithms_pass_an_audit() {
        let p = preferred(false);
        assert!(p.compression.iter().all(|c| c.as_ref() == "none"));
        assert!(p.kex.iter().all(|k| !k.as_ref().contains("group14") && !k.as_ref().contains("sha1")));
        assert!(p.mac.iter().all(|m| m.as_ref().contains("-etm@")));
        assert!(!p.key.contains(&Algorithm::Rsa { hash: None }));
        let pq = preferred(true);
        let exchanges: Vec<&str> = pq
            .kex
            .iter()
            .map(|k| k.as_ref())
            .filter(|k| !k.contains("@openssh.com") && !k.starts_with("ext-info"))
            .collect();
        assert_eq!(exchanges, ["mlkem768x25519-sha256"], "post-quantum only");
    }
}
