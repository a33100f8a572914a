//! What the app asks of the world beyond its own state, as data: `update` only records them,
//! and the adapter that runs the app (local terminal, SSH session, headless script) carries
//! them out — and knows how (OSC 52 for a clipboard, a desktop launcher, a file system).

use std::path::PathBuf;

#[derive(Debug)]
pub enum Effect {
    /// Put this text on the operator's clipboard.
    Clipboard(String),
    /// Open this URL (a `mailto:`) with the local default application.
    OpenUrl(String),
    /// Over SSH: make the start of the status line, which shows `label`, a link to `url`, so
    /// the operator's own terminal opens it on their own computer.
    Hyperlink { url: String, label: String },
    /// Write a new private file; the outcome comes back as `Event::Saved`.
    Save(NewFile),
    /// Work to run on a thread of its own (reading a large list, writing an export); it
    /// reports back through the channel its view keeps.
    Background(Task),
}

/// Work for a thread of its own.
pub struct Task(Box<dyn FnOnce() + Send>);

impl Task {
    pub fn new(work: impl FnOnce() + Send + 'static) -> Task {
        Task(Box::new(work))
    }

    /// Starts it; it reports back through the channel it was given.
    pub fn start(self) {
        std::thread::spawn(self.0);
    }
}

impl std::fmt::Debug for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Task")
    }
}

/// A file to create: `stem.ext` in `dir`, or `stem-2.ext`… when that name is taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    pub dir: PathBuf,
    pub stem: String,
    pub ext: &'static str,
    pub bytes: Vec<u8>,
}

impl NewFile {
    /// Creates the file (never over another) and writes it; returns where.
    pub fn write(&self) -> std::io::Result<PathBuf> {
        let (path, mut file) = crate::files::create_unique(&self.dir, &self.stem, self.ext)?;
        std::io::Write::write_all(&mut file, &self.bytes)?;
        Ok(path)
    }

    /// The name it would have, for a message when it could not be written.
    pub fn intended(&self) -> PathBuf {
        self.dir.join(format!("{}.{}", self.stem, self.ext))
    }
}
