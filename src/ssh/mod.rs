//! `partnerdesk serve`: many operators on one book, each with their own app over SSH.
//!
//! redb lets one process open a book, so the book is shared by serving it: one long-running
//! process, one `App` per SSH session over the same store, and every commit wakes every
//! session (the book's change notification), so a change made in one appears in all.

mod input;
mod keys;
mod session;

use crate::app::session::resolve_actor;
use crate::domain::permission::Actor;
use crate::store::Book;
use anyhow::{Context, Result};
use keys::Operator;
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Server, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, Pty};
use session::{Input, SessionSpec, clamp};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

pub struct ServeOptions {
    pub listen: String,
    pub authorized_keys: PathBuf,
    pub host_key: PathBuf,
    pub max_sessions: usize,
    pub idle_timeout: Duration,
}

#[derive(Clone)]
struct Desk {
    book: Arc<Book>,
    operators: Arc<Vec<Operator>>,
    sessions: Arc<AtomicUsize>,
    max_sessions: usize,
}

struct Connection {
    desk: Desk,
    /// Who the key signed in as.
    actor: Option<(Actor, bool)>,
    pty: Option<(u16, u16)>,
    input: Option<std::sync::mpsc::Sender<Input>>,
}

impl Server for Desk {
    type Handler = Connection;
    fn new_client(&mut self, peer: Option<SocketAddr>) -> Connection {
        tracing::info!(?peer, "connection");
        Connection { desk: self.clone(), actor: None, pty: None, input: None }
    }
}

const NO_PTY: &str = "partnerdesk needs a terminal: reconnect with `ssh -t`.\r\n";
const BUSY: &str = "partnerdesk: too many sessions are open; try again shortly.\r\n";

impl Handler for Connection {
    type Error = anyhow::Error;

    async fn auth_publickey(&mut self, user: &str, key: VerifiedPublicKey<'_>) -> Result<Auth, Self::Error> {
        // The identity comes from the key, never from the SSH user name.
        let found = self.desk.operators.iter().find(|o| o.key.key_data() == key.public_key.key_data());
        let Some(operator) = found else {
            tracing::warn!(user, "unknown key refused");
            return Ok(Auth::reject());
        };
        match resolve_actor(&self.desk.book, Some(&operator.email)) {
            Ok(Some(actor)) => {
                tracing::info!(user, email = %operator.email, "signed in");
                self.actor = Some((actor, operator.read_only));
                Ok(Auth::Accept)
            }
            _ => {
                tracing::warn!(email = %operator.email, "the key names nobody in the book");
                Ok(Auth::reject())
            }
        }
    }

    async fn channel_open_session(
        &mut self,
        _channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        width: u32,
        height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.pty = Some(clamp(width, height));
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        let handle = session.handle();
        let (Some(size), Some((actor, read_only))) = (self.pty, self.actor.clone()) else {
            session.channel_success(channel)?;
            refuse(handle, channel, NO_PTY).await;
            return Ok(());
        };
        let sessions = self.desk.sessions.clone();
        if sessions.fetch_add(1, Ordering::SeqCst) >= self.desk.max_sessions {
            sessions.fetch_sub(1, Ordering::SeqCst);
            session.channel_success(channel)?;
            refuse(handle, channel, BUSY).await;
            return Ok(());
        }
        session.channel_success(channel)?;
        let (input, inputs) = std::sync::mpsc::channel();
        self.input = Some(input);
        let (out, mut frames) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
        let spec = SessionSpec { book: self.desk.book.clone(), actor, read_only, size };
        let app = tokio::task::spawn_blocking(move || session::run(spec, inputs, out));
        tokio::spawn(async move {
            // Frames go out as they come; when the session ends (its sender dropped), the
            // channel is closed with the session's exit status.
            while let Some(frame) = frames.recv().await {
                if handle.data(channel, frame).await.is_err() {
                    break;
                }
            }
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
            sessions.fetch_sub(1, Ordering::SeqCst);
            let _ = handle.exit_status_request(channel, status).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        Ok(())
    }

    /// partnerdesk is a terminal app, not a remote shell: a command gets the same answer as a
    /// missing terminal.
    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)?;
        refuse(session.handle(), channel, NO_PTY).await;
        Ok(())
    }

    async fn data(&mut self, _channel: ChannelId, data: &[u8], _session: &mut Session) -> Result<(), Self::Error> {
        if let Some(input) = &self.input {
            let _ = input.send(Input::Bytes(data.to_vec()));
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
        let (w, h) = clamp(width, height);
        if let Some(input) = &self.input {
            let _ = input.send(Input::Resize(w, h));
        }
        Ok(())
    }

    async fn channel_eof(&mut self, _channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        if let Some(input) = &self.input {
            let _ = input.send(Input::Close);
        }
        Ok(())
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
        // A client killed mid-session frees its session: the app's input closes.
        if let Some(input) = self.input.take() {
            let _ = input.send(Input::Close);
        }
    }
}

/// Serves `book` until the process is stopped.
pub fn serve(book: Arc<Book>, options: ServeOptions) -> Result<()> {
    let operators = keys::authorized(&options.authorized_keys)?;
    let host_key = keys::host_key(&options.host_key)?;
    eprintln!(
        "partnerdesk serving on {} for {} key(s); host key {} ({})",
        options.listen,
        operators.len(),
        keys::fingerprint(&host_key),
        options.host_key.display()
    );
    let config = russh::server::Config {
        inactivity_timeout: Some(options.idle_timeout),
        auth_rejection_time: Duration::from_millis(500),
        auth_rejection_time_initial: Some(Duration::from_millis(0)),
        keys: vec![host_key],
        nodelay: true,
        methods: russh::MethodSet::from(&[russh::MethodKind::PublicKey][..]),
        ..Default::default()
    };
    let mut desk = Desk {
        book,
        operators: Arc::new(operators),
        sessions: Arc::new(AtomicUsize::new(0)),
        max_sessions: options.max_sessions,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&options.listen)
            .await
            .with_context(|| format!("cannot listen on {}", options.listen))?;
        desk.run_on_socket(Arc::new(config), &listener).await.context("the SSH server stopped")
    })
}
