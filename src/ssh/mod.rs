//! `partnerdesk serve`: many operators on one book, each with their own app over SSH.
//!
//! redb lets one process open a book, so the book is shared by serving it: one long-running
//! process, one `App` per SSH session over the same store, and every commit wakes every
//! session (the book's change notification), so a change made in one appears in all.
//!
//! The server stays up whatever its clients do, in the manner of sshd: a transient `accept()`
//! error waits and goes on; before login a connection has a deadline (`LoginGraceTime`), the
//! number of unauthenticated connections is capped with random early drop (`MaxStartups`), a
//! source that keeps failing is turned away for a while (`PerSourcePenalties`), every pre-login
//! log line is rate-limited and user names are cut; after login each session is bounded (see
//! `session`).

mod input;
mod keys;
mod listen;
pub mod log;
mod session;

pub use listen::serve;

use crate::app::customers::index::SharedList;
use crate::app::session::resolve_actor;
use crate::domain::permission::Actor;
use crate::i18n::Phrase;
use crate::store::Book;
use anyhow::Result;
use keys::{Operator, SignInRefused as Refused};
use russh::keys::{Algorithm, HashAlg};
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, PublicKeyOffer, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, Pty};
use session::{ClientEnv, Link, Outbox, SessionSpec, clamp};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::sync::{Notify, mpsc, watch};

pub struct ServeOptions {
    pub listen: String,
    pub authorized_keys: PathBuf,
    pub host_key: PathBuf,
    pub max_sessions: usize,
    pub idle_timeout: Duration,
    /// Time to log in, from the TCP connection (sshd's `LoginGraceTime`).
    pub login_grace: Duration,
    /// Connections at once, logged in or not.
    pub max_connections: usize,
    /// Unauthenticated connections: `start:rate:full` as sshd's `MaxStartups`.
    pub max_startups: Startups,
    /// Offer only the post-quantum key exchange.
    pub post_quantum_only: bool,
    /// Sessions take the mouse (the server's config `mouse`).
    pub mouse: bool,
    /// Sessions filter fuzzily (the server's config `fuzzy`).
    pub fuzzy: bool,
}

/// sshd's `MaxStartups start:rate:full`: past `start` unauthenticated connections, a new one
/// is dropped with probability `rate`% rising linearly to 100 % at `full`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Startups {
    pub start: usize,
    pub rate: u32,
    pub full: usize,
}

impl std::str::FromStr for Startups {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split(':').collect();
        let number = |s: &str| s.trim().parse::<usize>().map_err(|_| crate::t!("serve-startups-not-number", text = s));
        let startups = match parts[..] {
            [full] => Startups { start: number(full)?, rate: 100, full: number(full)? },
            [start, rate, full] => {
                Startups { start: number(start)?, rate: number(rate)?.min(100) as u32, full: number(full)? }
            }
            _ => return Err(crate::t!("serve-startups-form")),
        };
        if startups.start == 0 || startups.start > startups.full {
            return Err(crate::t!("serve-startups-range"));
        }
        Ok(startups)
    }
}

impl Startups {
    /// Whether a new connection, with `unauthenticated` already open, is dropped.
    fn drop_new(&self, unauthenticated: usize, roll: u32) -> bool {
        if unauthenticated >= self.full {
            return true;
        }
        if unauthenticated < self.start {
            return false;
        }
        let span = (self.full - self.start).max(1) as u64;
        let p = self.rate as u64 + (100 - self.rate as u64) * (unauthenticated - self.start) as u64 / span;
        (roll as u64) < p
    }
}

/// Seconds of penalty a failed login adds to its source, the penalty past which the source is
/// turned away, and the most it accrues (sshd's `PerSourcePenalties` authfail, min, max).
const PENALTY_AUTHFAIL: Duration = Duration::from_secs(5);
const PENALTY_MIN: Duration = Duration::from_secs(15);
const PENALTY_MAX: Duration = Duration::from_secs(600);
/// Sources remembered at most; past it the oldest penalties are forgotten.
const PENALTY_SOURCES: usize = 65_536;
/// Longest user name written to the log.
const MAX_LOGGED_USER: usize = 32;

/// The keys in force: replaced whole when `SIGHUP` re-reads the file.
type Operators = Arc<RwLock<Arc<Vec<Operator>>>>;

#[derive(Clone)]
struct Desk {
    book: Arc<Book>,
    /// The customer list every session shows, held once for all of them.
    list: Arc<SharedList>,
    operators: Operators,
    sessions: Arc<AtomicUsize>,
    max_sessions: usize,
    penalties: Arc<Mutex<HashMap<IpAddr, Instant>>>,
    /// Sessions take the mouse.
    mouse: bool,
    /// Sessions filter fuzzily.
    fuzzy: bool,
}

impl Desk {
    fn operators(&self) -> Arc<Vec<Operator>> {
        self.operators.read().map(|o| o.clone()).unwrap_or_default()
    }

    fn penalize(&self, ip: IpAddr) {
        let Ok(mut penalties) = self.penalties.lock() else { return };
        let now = Instant::now();
        if penalties.len() >= PENALTY_SOURCES {
            penalties.retain(|_, until| *until > now);
            if penalties.len() >= PENALTY_SOURCES {
                penalties.clear();
            }
        }
        let until = penalties.entry(ip).or_insert(now);
        *until = ((*until).max(now) + PENALTY_AUTHFAIL).min(now + PENALTY_MAX);
    }

    fn penalized(&self, ip: IpAddr) -> bool {
        let now = Instant::now();
        self.penalties.lock().map(|p| p.get(&ip).is_some_and(|until| *until > now + PENALTY_MIN)).unwrap_or(false)
    }
}

/// Counts a connection in its kind until dropped.
struct Counted(Arc<AtomicUsize>);

impl Counted {
    fn new(counter: &Arc<AtomicUsize>) -> Self {
        counter.fetch_add(1, Ordering::SeqCst);
        Counted(counter.clone())
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// How long a session's thread waits idle for the next session before it ends.
const SESSION_THREAD_KEEP_ALIVE: Duration = Duration::from_secs(10);

struct Connection {
    desk: Desk,
    peer: SocketAddr,
    /// Who the key signed in as, and whether it may have a terminal.
    actor: Option<(Actor, bool)>,
    /// How the actor was established, for the audit: the key's fingerprint and its line.
    via: String,
    no_pty: bool,
    /// Wakes the login deadline's watcher when the client has logged in.
    logged_in: Arc<Notify>,
    /// Counts this connection as unauthenticated until it logs in.
    startup: Option<Counted>,
    failures: u32,
    env: ClientEnv,
    pty: Option<(u16, u16)>,
    /// The channel's writer, kept from its opening until the shell or a command starts.
    writer: Option<ChannelOut>,
    /// The channel's stderr (extended data 1), for a command's.
    errors: Option<ChannelOut>,
    shell: Option<Shell>,
}

/// The channel's output stream, which waits for the client's window.
type ChannelOut = std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>>;

/// What the handler keeps of a running session.
struct Shell {
    input: Option<mpsc::Sender<(std::time::Instant, Vec<u8>)>>,
    size: watch::Sender<(u16, u16)>,
    closed: Arc<AtomicBool>,
    writer_task: tokio::task::AbortHandle,
}

/// What a client that gets no session reads, in its language (`ClientEnv::locale`).
const NO_PTY: Phrase = Phrase("ssh-no-pty");
const NO_PTY_KEY: Phrase = Phrase("ssh-no-pty-key");
const BUSY: Phrase = Phrase("ssh-busy");

fn short(user: &str) -> String {
    let cut: String = user.chars().take(MAX_LOGGED_USER).filter(|c| !c.is_control()).collect();
    if user.chars().count() > MAX_LOGGED_USER { format!("{cut}…({} bytes)", user.len()) } else { cut }
}

impl Connection {
    fn find(&self, key: &russh::keys::PublicKey) -> Option<Operator> {
        self.desk.operators().iter().find(|o| o.key.key_data() == key.key_data()).cloned()
    }

    fn refuse_auth(&mut self, user: &str, algorithm: &Algorithm, key: &russh::keys::PublicKey, why: Refused) -> Auth {
        self.failures += 1;
        log::pre_auth(|| {
            tracing::warn!(
                peer = %self.peer,
                user = %short(user),
                algorithm = %algorithm,
                fingerprint = %key.fingerprint(HashAlg::Sha256),
                reason = why.code(),
                "{}",
                crate::t!("ssh-auth-refused", why = why.to_string())
            )
        });
        Auth::reject()
    }
}

impl Handler for Connection {
    type Error = anyhow::Error;

    async fn auth_publickey_offered(&mut self, user: &str, offer: PublicKeyOffer<'_>) -> Result<Auth, Self::Error> {
        match self.find(offer.public_key) {
            None => Ok(self.refuse_auth(user, offer.algorithm, offer.public_key, Refused::UnknownKey)),
            Some(op) => match op.refusal(Some(self.peer.ip()), chrono::Utc::now()) {
                Some(why) => Ok(self.refuse_auth(user, offer.algorithm, offer.public_key, why)),
                None => Ok(Auth::Accept),
            },
        }
    }

    async fn auth_publickey(&mut self, user: &str, key: VerifiedPublicKey<'_>) -> Result<Auth, Self::Error> {
        // The identity comes from the key, never from the SSH user name.
        if matches!(key.algorithm, Algorithm::Rsa { hash: None }) {
            return Ok(self.refuse_auth(user, key.algorithm, key.public_key, Refused::Sha1));
        }
        let Some(operator) = self.find(key.public_key) else {
            return Ok(self.refuse_auth(user, key.algorithm, key.public_key, Refused::UnknownKey));
        };
        if let Some(why) = operator.refusal(Some(self.peer.ip()), chrono::Utc::now()) {
            return Ok(self.refuse_auth(user, key.algorithm, key.public_key, why));
        }
        match resolve_actor(&self.desk.book, Some(&operator.email)) {
            Ok(Some(actor)) => {
                tracing::info!(
                    peer = %self.peer,
                    email = %operator.email,
                    algorithm = %key.algorithm,
                    fingerprint = %key.public_key.fingerprint(HashAlg::Sha256),
                    line = operator.line,
                    "signed in"
                );
                self.actor = Some((actor, operator.read_only));
                self.via = format!(
                    "SSH key {} {} (authorized keys line {})",
                    key.algorithm,
                    key.public_key.fingerprint(HashAlg::Sha256),
                    operator.line
                );
                self.no_pty = operator.no_pty;
                self.startup = None;
                self.logged_in.notify_one();
                Ok(Auth::Accept)
            }
            _ => {
                let why = Refused::NotInBook { line: operator.line, email: operator.email.clone() };
                Ok(self.refuse_auth(user, key.algorithm, key.public_key, why))
            }
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One terminal per connection; the writer respects the client's window, which is what
        // holds the output back when the client does not read.
        if self.writer.is_some() || self.shell.is_some() {
            reply.reject(russh::ChannelOpenFailure::ResourceShortage).await;
            return Ok(());
        }
        self.writer = Some(Box::pin(channel.make_writer()));
        self.errors = Some(Box::pin(channel.make_writer_ext(Some(1))));
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        width: u32,
        height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.no_pty {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.env.set("TERM", term);
        self.pty = Some(clamp(width, height));
        session.channel_success(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.env.set(name, value) {
            session.channel_success(channel)?;
        } else {
            session.channel_failure(channel)?;
        }
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        tracing::info!(peer = %self.peer, subsystem = %short(name), "subsystem refused");
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn agent_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<bool, Self::Error> {
        session.channel_failure(channel)?;
        Ok(false)
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        let handle = session.handle();
        let (Some(size), Some((actor, read_only)), Some(writer)) = (self.pty, self.actor.clone(), self.writer.take())
        else {
            session.channel_success(channel)?;
            let why = if self.no_pty { NO_PTY_KEY } else { NO_PTY };
            refuse(handle, channel, &self.env.say(why)).await;
            return Ok(());
        };
        let sessions = self.desk.sessions.clone();
        if sessions.fetch_add(1, Ordering::SeqCst) >= self.desk.max_sessions {
            sessions.fetch_sub(1, Ordering::SeqCst);
            session.channel_success(channel)?;
            refuse(handle, channel, &self.env.say(BUSY)).await;
            return Ok(());
        }
        session.channel_success(channel)?;
        let (input, inputs) = mpsc::channel(8);
        let (size_tx, size_rx) = watch::channel(size);
        let closed = Arc::new(AtomicBool::new(false));
        let outbox = Arc::new(Outbox::default());
        let link = Link { input: inputs, size: size_rx, closed: closed.clone(), outbox: outbox.clone() };
        let spec = SessionSpec {
            book: self.desk.book.clone(),
            list: self.desk.list.clone(),
            actor,
            read_only,
            env: std::mem::take(&mut self.env),
            via: self.via.clone(),
            mouse: self.desk.mouse,
            fuzzy: self.desk.fuzzy,
        };
        let finished = outbox.clone();
        let book = self.desk.book.clone();
        let app = tokio::task::spawn_blocking(move || {
            let result = session::run(spec, link);
            finished.done.store(true, Ordering::SeqCst);
            finished.ready.notify_one();
            result
        });
        let writer_task = tokio::spawn(async move {
            let mut out = writer;
            loop {
                let bytes = outbox.take();
                if !bytes.is_empty() && (out.write_all(&bytes).await.is_err() || out.flush().await.is_err()) {
                    break;
                }
                outbox.drained.notify_one();
                if outbox.done.load(Ordering::SeqCst) && outbox.backlog() == 0 {
                    break;
                }
                outbox.ready.notified().await;
            }
        });
        let abort = writer_task.abort_handle();
        tokio::spawn(async move {
            let _ = writer_task.await;
            let status = match app.await {
                Ok(Ok(())) => 0,
                Ok(Err(e)) => {
                    tracing::error!("session failed: {e:#}");
                    1
                }
                Err(e) => {
                    tracing::error!("session panicked: {e}");
                    2
                }
            };
            left(&sessions, &book);
            let _ = handle.exit_status_request(channel, status).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        self.shell = Some(Shell { input: Some(input), size: size_tx, closed, writer_task: abort });
        Ok(())
    }

    /// A command (`ssh desk@host partnerdesk customers list --json`) runs inside this process on
    /// the served book as the key's user (`cli::remote`), its stdout and stderr on the channel's
    /// and its exit code as the exit status. `partnerdesk` alone asks for the desk itself.
    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let command_line = String::from_utf8_lossy(data).into_owned();
        if crate::cli::remote::wants_terminal(&command_line) {
            return self.shell_request(channel, session).await;
        }
        let handle = session.handle();
        let (Some((actor, read_only)), Some(mut out), Some(mut errors)) =
            (self.actor.clone(), self.writer.take(), self.errors.take())
        else {
            session.channel_failure(channel)?;
            return Ok(());
        };
        let sessions = self.desk.sessions.clone();
        session.channel_success(channel)?;
        if sessions.fetch_add(1, Ordering::SeqCst) >= self.desk.max_sessions {
            sessions.fetch_sub(1, Ordering::SeqCst);
            refuse(handle, channel, &self.env.say(BUSY)).await;
            return Ok(());
        }
        tracing::info!(peer = %self.peer, command = %short(&command_line), "command");
        let book = self.desk.book.clone();
        let served = crate::cli::remote::Served { book: book.clone(), actor, read_only, via: self.via.clone() };
        let locale = self.env.locale();
        let (send, mut output) = mpsc::channel::<(bool, Vec<u8>)>(16);
        let command = tokio::task::spawn_blocking(move || {
            crate::cli::remote::run(served, &command_line, locale, Box::new(ExecStreams(send)))
        });
        tokio::spawn(async move {
            // Each stream in order; a client that has gone ends the command at its next write.
            while let Some((stderr, bytes)) = output.recv().await {
                let to = if stderr { &mut errors } else { &mut out };
                if to.write_all(&bytes).await.is_err() || to.flush().await.is_err() {
                    break;
                }
            }
            drop(output);
            let status = match command.await {
                Ok(code) => u32::from(code),
                Err(e) => {
                    tracing::error!("command panicked: {e}");
                    1
                }
            };
            left(&sessions, &book);
            let _ = handle.exit_status_request(channel, status).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        Ok(())
    }

    async fn data(&mut self, _channel: ChannelId, data: &[u8], _session: &mut Session) -> Result<(), Self::Error> {
        // A full queue waits here, which stops reading from this client (TCP back-pressure).
        if let Some(input) = self.shell.as_ref().and_then(|s| s.input.as_ref()) {
            let _ = input.send((std::time::Instant::now(), data.to_vec())).await;
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        _channel: ChannelId,
        width: u32,
        height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // Only the newest size is kept: a storm of changes costs one redraw.
        if let Some(shell) = &self.shell {
            shell.size.send_replace(clamp(width, height));
        }
        Ok(())
    }

    async fn channel_eof(&mut self, _channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        // No more input: the session handles what came, then ends.
        if let Some(shell) = &mut self.shell {
            shell.input = None;
        }
        Ok(())
    }

    async fn channel_close(&mut self, _channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        if let Some(shell) = &self.shell {
            shell.closed.store(true, Ordering::SeqCst);
        }
        Ok(())
    }
}

/// A remote command's output, handed to the task that writes it to the channel; a full queue
/// waits (the client reads slower than the command writes).
struct ExecStreams(mpsc::Sender<(bool, Vec<u8>)>);

impl crate::cli::output::Streams for ExecStreams {
    fn write(&mut self, stderr: bool, bytes: &[u8]) -> std::io::Result<()> {
        self.0.blocking_send((stderr, bytes.to_vec())).map_err(|_| std::io::ErrorKind::BrokenPipe.into())
    }
}

/// Says why, then ends the channel with a failing exit status.
async fn refuse(handle: russh::server::Handle, channel: ChannelId, why: &str) {
    let _ = handle.data(channel, why.as_bytes().to_vec()).await;
    let _ = handle.exit_status_request(channel, 1).await;
    let _ = handle.eof(channel).await;
    let _ = handle.close(channel).await;
}

impl Drop for Connection {
    fn drop(&mut self) {
        // A client gone mid-session ends its session now, with no work left behind.
        if let Some(shell) = self.shell.take() {
            shell.closed.store(true, Ordering::SeqCst);
            shell.writer_task.abort();
        }
        if self.actor.is_none() && self.failures > 0 {
            self.desk.penalize(self.peer.ip());
        }
    }
}

/// A session or command has ended. When it was the last, the book's file rests (its page cache
/// goes) and the freed memory is handed back to the system.
fn left(sessions: &Arc<AtomicUsize>, book: &Arc<Book>) {
    if sessions.fetch_sub(1, Ordering::SeqCst) != 1 {
        return;
    }
    if book.rest() {
        tracing::info!("no sessions: the book's file rests until the next one");
    }
    crate::memory::return_freed();
    // The sessions' threads idle out after their keep-alive, leaving what they freed in their
    // arenas: trimmed again once they have gone, if nobody came.
    let sessions = sessions.clone();
    tokio::spawn(async move {
        tokio::time::sleep(SESSION_THREAD_KEEP_ALIVE + Duration::from_secs(1)).await;
        if sessions.load(Ordering::SeqCst) == 0 {
            crate::memory::return_freed();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_startups_drops_early_and_then_always() {
        let s: Startups = "10:30:100".parse().unwrap();
        assert!(!s.drop_new(9, 0));
        assert!(s.drop_new(10, 29) && !s.drop_new(10, 30));
        assert!(s.drop_new(55, 60) && !s.drop_new(55, 70));
        assert!(s.drop_new(100, 99));
        assert!("0:30:100".parse::<Startups>().is_err());
        assert!("x".parse::<Startups>().is_err());
    }

    #[test]
    fn user_names_are_cut_in_logs() {
        let long = "a".repeat(250_000);
        let cut = short(&long);
        assert!(cut.len() < 64, "{cut}");
        assert_eq!(short("lan\x1b[31m"), "lan[31m");
    }
}
