//! What the process asks of glibc's allocator. By default glibc gives threads that allocate at
//! the same time arenas of their own (up to eight per core), and memory freed in one arena stays
//! with it. Measured on the 100k demo book, bulk support contacts on every shown customer
//! (`benches/bulk-memory.sh`) peaked at 168–170 MB with the default arenas, with two arenas now
//! at 127 MB, now at 169 MB (depending on which thread got the second), and with one arena at
//! 126 MB every time. partnerdesk's work runs on one thread per terminal (the UI or
//! an SSH session's), and on the two cores it is made for at most two allocate at once, so the
//! shared arena's lock costs little. No crate wraps these two calls.

/// One arena for the whole process. Called first thing in `main`, before any thread exists.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a glibc tunable; called before any other thread allocates.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Gives back to the system what the arenas hold free (after the last SSH session leaves, or
/// a bulk job ends).
pub fn return_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own free lists; it is safe to call at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
