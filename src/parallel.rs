//! Work spread over the machine's cores, results in the order given: the folders of one
//! build, the files of one folder, the formats of one report. Each worker takes the next
//! item not yet taken, so that a large item does not hold back the others.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The stack of a worker thread: as the main thread's, so that a file is read with the
/// same headroom whether it is read on a worker or not.
const WORKER_STACK: usize = 8 * 1024 * 1024;

/// How many threads work at once: the cores (`available_parallelism`), at most `items`.
pub fn threads(items: usize) -> usize {
    if items <= 1 {
        return 1;
    }
    // asked once: the answer reads the cgroup files
    static CORES: OnceLock<usize> = OnceLock::new();
    let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    cores.min(items)
}

/// `f` of every item, on up to `threads(items.len())` threads (the caller's among them),
/// in the order of `items`. A worker that cannot be started leaves its share to the
/// others; a panic in `f` is a bug and is carried on.
pub fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = threads(items.len());
    if threads == 1 {
        return items.into_iter().map(f).collect();
    }
    let len = items.len();
    let items: Vec<Mutex<Option<T>>> = items.into_iter().map(|i| Mutex::new(Some(i))).collect();
    let next = AtomicUsize::new(0);
    let work = || -> Vec<(usize, R)> {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(slot) = items.get(i) else {
                return done;
            };
            // each index is taken once: the lock is never contended nor poisoned
            let item = slot.lock().map(|mut s| s.take()).unwrap_or_default();
            if let Some(item) = item {
                done.push((i, f(item)));
            }
        }
    };
    let mut slots: Vec<Option<R>> = (0..len).map(|_| None).collect();
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> = (1..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        for (i, r) in work() {
            slots[i] = Some(r);
        }
        for handle in handles {
            let done = handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            for (i, r) in done {
                slots[i] = Some(r);
            }
        }
    });
    // every index was taken by exactly one worker
    slots.into_iter().flatten().collect()
}

/// `a()` and `b()` at once, `b` on another thread when one can be had (here otherwise).
pub fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if threads(2) == 1 {
        return (a(), b());
    }
    // `b` is taken by whichever runs it: the worker, or this thread if none started
    let cell = Mutex::new(Some(b));
    let take = || cell.lock().ok().and_then(|mut b| b.take());
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .stack_size(WORKER_STACK)
            .spawn_scoped(scope, || take().map(|b| b()))
            .ok();
        let a = a();
        let from_worker =
            worker.and_then(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        match (from_worker, take()) {
            (Some(b), _) => (a, b),
            (None, Some(b)) => (a, b()),
            // the worker took `b` and returned it, or no worker took it: one of the above
            (None, None) => unreachable!("`b` was neither run nor left"),
        }
    })
}

/// Lets go of `value` on a thread of its own, not waited for, when it is `large`: the
/// memory of a long report is given back while the work goes on (10,000 models: the
/// document alone takes ~10 ms to drop). The process may end first; its memory
/// goes with it. A small value, or one whose thread cannot be started, is dropped here.
pub fn drop_aside<T: Send + 'static>(value: T, large: bool) {
    if large && threads(2) > 1 {
        // a thread that cannot be started drops its closure, and `value` with it, here
        let _ = std::thread::Builder::new().spawn(move || drop(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..1000).collect();
        let out = map(items, |i| {
            // uneven work, so that the workers finish out of order
            (0..(i % 7) * 1000).fold(i, |a, b| a ^ b) ^ (0..(i % 7) * 1000).fold(0, |a, b| a ^ b)
        });
        assert_eq!(out, (0..1000).collect::<Vec<_>>());
        assert_eq!(map(Vec::<u8>::new(), |i| i), Vec::<u8>::new());
        assert_eq!(join(|| 1, || 2), (1, 2));
    }
}
