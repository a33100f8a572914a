//! A new book's file: private from its first byte (see `crate::files`).

use std::path::Path;

/// Creates the empty file a new book is written into, 0600 in a 0700 folder. An existing empty
/// file is kept, and made private.
pub fn create_book_file(path: &Path) -> std::io::Result<()> {
    match crate::files::create_private_new(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            }
            Ok(())
        }
        Err(e) => Err(e),
    }
}
