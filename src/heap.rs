//! The process's heap, where its allocator must be told what std cannot say.
//!
//! glibc's malloc gives a thread that allocates while another does an arena of its own,
//! and memory freed in one arena serves only that arena. A long report's files are
//! parsed on two threads, so half of their values are in the second arena; the check
//! frees them sector by sector while it builds the checked report in the first, and the
//! second arena's freed pages stayed resident to the end: at 50,000 models 124 MB at
//! the peak against 91 MB with them given back (measured, `scripts/bench.sh`). One
//! arena for every thread (`M_ARENA_MAX`) saved as much but made the parse and the
//! renders wait on one lock: 20% slower at 50,000 models.

/// How many times the check of a long report gives memory back while it frees the
/// sector files: each time costs 0.1–0.4 ms (a walk of the free lists) and leaves at
/// most this fraction of the parse's memory unused and resident.
pub const GIVE_BACKS: usize = 8;

/// Gives the free pages of every malloc arena back to the system.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system; it touches no memory
    // the program holds and may be called from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// After which of `count` sector files, let go of in turn, memory is given back: every
/// `count / GIVE_BACKS`-th (each at least), or never when the files were parsed on one
/// thread (`parsed_apart` false: then all was freed and allocated in one arena).
pub fn gives_back_after(index: usize, count: usize, parsed_apart: bool) -> bool {
    let every = (count / GIVE_BACKS).max(1);
    parsed_apart && (index + 1).is_multiple_of(every)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(count: usize, parsed_apart: bool) -> Vec<usize> {
        (0..count)
            .filter(|&i| gives_back_after(i, count, parsed_apart))
            .collect()
    }

    #[test]
    fn memory_is_given_back_eight_times_over_the_sectors_of_a_long_report() {
        assert_eq!(after(100, true), [11, 23, 35, 47, 59, 71, 83, 95]);
        assert_eq!(after(16, true), [1, 3, 5, 7, 9, 11, 13, 15]);
        // fewer sectors than give-backs: after each
        assert_eq!(after(3, true), [0, 1, 2]);
    }

    #[test]
    fn never_when_the_files_were_parsed_on_one_thread() {
        assert!(after(100, false).is_empty());
        assert!(after(3, false).is_empty());
    }
}
