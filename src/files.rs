//! Files partnerdesk creates for its operator — the book, exports, drafts, `.eml` files, logs —
//! are private: 0600 files in 0700 folders, since they hold customers' data. A new file is
//! never written over an old one.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Creates `dir` and any missing parent, each new folder readable by its owner only.
pub fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_private_dir_all(parent)?;
    }
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(dir) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        other => other,
    }
}

/// Creates a new file readable and writable by its owner only (its folder too, if missing);
/// refuses to replace an existing file.
pub fn create_private_new(path: &Path) -> io::Result<File> {
    if let Some(parent) = path.parent() {
        create_private_dir_all(parent)?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Opens `path` to append (a log), creating it private if it is new.
pub fn open_private_append(path: &Path) -> io::Result<File> {
    if let Some(parent) = path.parent() {
        create_private_dir_all(parent)?;
    }
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// A new private file in `dir` named `stem.ext`, or `stem-2.ext`, `stem-3.ext`, … when that name
/// is taken: two exports in the same second never overwrite each other.
pub fn create_unique(dir: &Path, stem: &str, ext: &str) -> io::Result<(PathBuf, File)> {
    for n in 1..10_000 {
        let name = if n == 1 { format!("{stem}.{ext}") } else { format!("{stem}-{n}.{ext}") };
        let path = dir.join(name);
        match create_private_new(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, format!("too many files named {stem}.{ext} in {}", dir.display())))
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn files_and_folders_are_private_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        let (first, _) = super::create_unique(&nested, "export", "json").unwrap();
        let (second, _) = super::create_unique(&nested, "export", "json").unwrap();
        assert_ne!(first, second);
        assert!(second.ends_with("export-2.json"));
        assert_eq!(std::fs::metadata(&first).unwrap().permissions().mode() & 0o777, 0o600);
        for folder in [dir.path().join("a"), nested] {
            assert_eq!(std::fs::metadata(folder).unwrap().permissions().mode() & 0o777, 0o700);
        }
    }
}
