//! Where a command's output goes: the process's stdout and stderr, or — for a command run
//! over SSH inside `serve` (`ssh desk@host partnerdesk customers list --json`) — the SSH
//! channel of that request. Every command writes through [`stdout`] and [`stderr`] (`say!`,
//! `tell!`), so it prints the same bytes either way; the channel is chosen per thread, because
//! `serve` runs each remote command on a thread of its own.

use std::cell::RefCell;
use std::io::Write;

/// A command's two streams, when they do not go to the process's own.
pub trait Streams {
    fn write(&mut self, stderr: bool, bytes: &[u8]) -> std::io::Result<()>;
}

thread_local! {
    static REDIRECT: RefCell<Option<Box<dyn Streams>>> = RefCell::new(None);
}

/// Runs `f` with this thread's command output going to `streams`.
pub fn redirected<R>(streams: Box<dyn Streams>, f: impl FnOnce() -> R) -> R {
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            REDIRECT.with(|r| r.borrow_mut().take());
        }
    }
    REDIRECT.with(|r| *r.borrow_mut() = Some(streams));
    let _restore = Restore;
    f()
}

/// True while this thread's output goes to a remote client (no terminal, no progress bars).
pub fn is_remote() -> bool {
    REDIRECT.with(|r| r.borrow().is_some())
}

/// One of the command's output streams.
pub struct Out {
    stderr: bool,
}

pub fn stdout() -> Out {
    Out { stderr: false }
}

pub fn stderr() -> Out {
    Out { stderr: true }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let remote = REDIRECT.with(|r| r.borrow_mut().as_mut().map(|s| s.write(self.stderr, buf)));
        match remote {
            Some(result) => result,
            None if self.stderr => std::io::stderr().write_all(buf),
            None => std::io::stdout().write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if is_remote() {
            Ok(())
        } else if self.stderr {
            std::io::stderr().flush()
        } else {
            std::io::stdout().flush()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Collect(Arc<Mutex<(Vec<u8>, Vec<u8>)>>);

    impl Streams for Collect {
        fn write(&mut self, stderr: bool, bytes: &[u8]) -> std::io::Result<()> {
            let mut both = self.0.lock().unwrap();
            if stderr { &mut both.1 } else { &mut both.0 }.extend_from_slice(bytes);
            Ok(())
        }
    }

    #[test]
    fn a_redirected_thread_writes_to_its_streams_until_the_end_of_the_call() {
        let collect = Collect::default();
        redirected(Box::new(collect.clone()), || {
            assert!(is_remote());
            write!(stdout(), "rows").unwrap();
            write!(stderr(), "2 customers").unwrap();
        });
        assert!(!is_remote());
        let both = collect.0.lock().unwrap();
        assert_eq!((both.0.as_slice(), both.1.as_slice()), (&b"rows"[..], &b"2 customers"[..]));
    }
}
