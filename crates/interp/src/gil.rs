//! The per-interpreter GIL: the one place where the interpreter's `!Send` heap is made
//! reachable from whichever OS thread holds the lock.
//!
//! Objects use non-atomic reference counts (`Rc`). That is sound only while a single thread at
//! a time touches them; the GIL provides exactly that, and this module is where the compiler is
//! told so. Everything that hands state out requires `Send` results and `Send` closures for the
//! released regions, so no object reference can be used without the lock held.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use parking_lot::RawMutex;
use parking_lot::lock_api::{RawMutex as _, RawMutexFair as _};

use crate::state::InterpState;

/// Interpreter state guarded by its GIL.
pub(crate) struct GilCell {
    lock: RawMutex,
    /// Threads waiting for the lock: the holder hands over at its next switch point.
    waiters: AtomicUsize,
    state: UnsafeCell<Option<InterpState>>,
}

// SAFETY: the state inside is only reached through `GilCell::with`, which holds `lock` for the
// whole access, so at most one thread touches the `Rc`-based heap at any time; the mutex's
// acquire/release ordering publishes every write to the next holder.
unsafe impl Sync for GilCell {}
// SAFETY: as above; moving the cell between threads moves no access with it.
unsafe impl Send for GilCell {}

impl GilCell {
    pub(crate) fn new() -> GilCell {
        GilCell {
            lock: RawMutex::INIT,
            waiters: AtomicUsize::new(0),
            state: UnsafeCell::new(None),
        }
    }

    /// Runs `f` with the GIL held and the state borrowed. `R: Send` keeps objects from
    /// escaping the locked region.
    pub(crate) fn with<R: Send>(&self, f: impl FnOnce(Gil<'_>) -> R) -> R {
        self.acquire();
        let relock = Unlock(&self.lock);
        let gil = Gil { cell: self };
        let r = f(gil);
        drop(relock);
        r
    }

    /// Takes the lock, counting this thread as a waiter meanwhile.
    fn acquire(&self) {
        if self.lock.try_lock() {
            return;
        }
        self.waiters.fetch_add(1, Ordering::SeqCst);
        self.lock.lock();
        self.waiters.fetch_sub(1, Ordering::SeqCst);
    }

    /// Replaces the state (creation and teardown), under the lock.
    pub(crate) fn replace(&self, new: Option<InterpState>) -> Option<InterpState> {
        self.acquire();
        let _unlock = Unlock(&self.lock);
        // SAFETY: the lock is held, so no other thread holds a reference into the state, and
        // this thread holds none either: `Gil` values cannot outlive `with`.
        unsafe { std::mem::replace(&mut *self.state.get(), new) }
    }
}

/// Unlocks on drop, also when unwinding.
struct Unlock<'a>(&'a RawMutex);

impl Drop for Unlock<'_> {
    fn drop(&mut self) {
        // SAFETY: created right after this thread locked the mutex, dropped exactly once.
        unsafe { self.0.unlock() }
    }
}

/// Proof that this thread holds the interpreter's GIL.
#[derive(Clone, Copy)]
pub struct Gil<'a> {
    cell: &'a GilCell,
}

impl<'a> Gil<'a> {
    /// The interpreter state, if the interpreter has not been torn down.
    pub fn state(&self) -> Option<&'a InterpState> {
        // SAFETY: a `Gil` exists only inside `GilCell::with`, while the lock is held by this
        // thread; `replace` (the only writer) needs the lock too.
        unsafe { (*self.cell.state.get()).as_ref() }
    }

    /// Releases the GIL around `f` (a blocking wait) and takes it back afterwards. `f` and its
    /// result are `Send`, so `f` cannot touch objects of the interpreter while unlocked.
    pub fn release<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        // SAFETY: this thread holds the lock (a `Gil` exists); it is re-locked below before any
        // object can be touched again, also on unwind via `Relock`.
        unsafe { self.cell.lock.unlock() };
        struct Relock<'a>(&'a GilCell);
        impl Drop for Relock<'_> {
            fn drop(&mut self) {
                self.0.acquire();
            }
        }
        let _relock = Relock(self.cell);
        f()
    }

    /// Whether another thread is waiting for this GIL.
    pub fn contended(&self) -> bool {
        self.cell.waiters.load(Ordering::Relaxed) > 0
    }

    /// Hands the GIL to a waiting thread (fairly: a waiter gets it before this thread can
    /// take it back) and waits for it again.
    pub fn switch(&self) {
        // SAFETY: this thread holds the lock (a `Gil` exists) and touches no object until
        // `acquire` returns; `unlock_fair` passes ownership straight to a parked waiter.
        unsafe { self.cell.lock.unlock_fair() };
        self.cell.acquire();
    }
}
