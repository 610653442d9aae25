//! The per-interpreter GIL: the one place where the interpreter's `!Send` heap is made
//! reachable from whichever OS thread holds the lock.
//!
//! Objects use non-atomic reference counts (`Rc`). That is sound only while a single thread at
//! a time touches them; the GIL provides exactly that, and this module is where the compiler is
//! told so. Everything that hands state out requires `Send` results and `Send` closures for the
//! released regions, so no object reference can be used without the lock held.

use std::cell::UnsafeCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use parking_lot::RawMutex;
use parking_lot::lock_api::{RawMutex as _, RawMutexFair as _};

use crate::state::InterpState;

/// The lock of a GIL. An interpreter created with a shared GIL holds the same `GilLock` as
/// main (CPython's `PyInterpreterConfig_SHARED_GIL`), so at most one thread runs Python code in
/// all the interpreters that share it.
pub(crate) struct GilLock {
    raw: RawMutex,
    /// Threads waiting for the lock: the holder hands over at its next switch point.
    waiters: AtomicUsize,
}

/// Interpreter state guarded by its GIL.
pub(crate) struct GilCell {
    lock: Arc<GilLock>,
    /// Threads inside `with` (holding the lock, waiting for it, or having released it around a
    /// blocking wait). Such a thread may hold a `&InterpState`, so the state is dropped only
    /// when this is zero.
    users: AtomicUsize,
    /// Set by `close`: `Gil::state` reports the interpreter gone, and the last user out
    /// drops the state.
    closing: AtomicBool,
    /// Set while `drain` waits for the users to leave: each one leaving then signals `left`.
    draining: AtomicBool,
    left: (parking_lot::Mutex<()>, parking_lot::Condvar),
    state: UnsafeCell<Option<InterpState>>,
}

// SAFETY: the state inside is only reached through `GilCell::with`, which holds `lock` for the
// whole access, so at most one thread touches the `Rc`-based heap at any time; the mutex's
// acquire/release ordering publishes every write to the next holder. A lock shared by several
// cells only excludes more: each state is still touched only by the one thread holding it.
unsafe impl Sync for GilCell {}
// SAFETY: as above; moving the cell between threads moves no access with it.
unsafe impl Send for GilCell {}

impl GilCell {
    /// A cell with its own GIL, or with `shared`'s lock.
    pub(crate) fn new(shared: Option<&GilCell>) -> GilCell {
        let lock = shared.map_or_else(
            || {
                Arc::new(GilLock {
                    raw: RawMutex::INIT,
                    waiters: AtomicUsize::new(0),
                })
            },
            |c| Arc::clone(&c.lock),
        );
        GilCell {
            lock,
            users: AtomicUsize::new(0),
            closing: AtomicBool::new(false),
            draining: AtomicBool::new(false),
            left: Default::default(),
            state: UnsafeCell::new(None),
        }
    }

    /// Runs `f` with the GIL held and the state borrowed. `R: Send` keeps objects from
    /// escaping the locked region.
    pub(crate) fn with<R: Send>(&self, f: impl FnOnce(Gil<'_>) -> R) -> R {
        self.users.fetch_add(1, Ordering::SeqCst);
        self.acquire();
        let leave = Leave(self);
        let gil = Gil { cell: self };
        let r = f(gil);
        drop(leave);
        r
    }

    /// Closes the interpreter: runs `teardown` on the state once, under the lock, and marks
    /// it gone. The state itself is dropped by the last thread to leave `with` (this one,
    /// unless another thread is still inside, e.g. parked in a blocking wait).
    pub(crate) fn close(&self, teardown: impl FnOnce(&InterpState)) {
        self.users.fetch_add(1, Ordering::SeqCst);
        self.acquire();
        let leave = Leave(self);
        if !self.closing.load(Ordering::SeqCst) {
            // SAFETY: the lock is held; the reference does not outlive this block, and
            // nothing replaces the state while the lock is held.
            if let Some(st) = unsafe { (*self.state.get()).as_ref() } {
                teardown(st);
            }
            self.closing.store(true, Ordering::SeqCst);
        }
        drop(leave);
    }

    /// Waits until no thread is inside `with` (all left: their waits were interrupted and
    /// they unwound), or until `deadline`; true if all left. Called without the lock.
    pub(crate) fn drain(&self, deadline: std::time::Instant) -> bool {
        self.draining.store(true, Ordering::SeqCst);
        let mut g = self.left.0.lock();
        let all_left = loop {
            if self.users.load(Ordering::SeqCst) == 0 {
                break true;
            }
            if self.left.1.wait_until(&mut g, deadline).timed_out() {
                break self.users.load(Ordering::SeqCst) == 0;
            }
        };
        drop(g);
        self.draining.store(false, Ordering::SeqCst);
        all_left
    }

    /// Whether two cells run under one GIL.
    pub(crate) fn shares_lock(&self, other: &GilCell) -> bool {
        Arc::ptr_eq(&self.lock, &other.lock)
    }

    /// Whether some thread holds this cell's GIL.
    pub(crate) fn is_locked(&self) -> bool {
        self.lock.raw.is_locked()
    }

    /// Whether `close` has run.
    pub(crate) fn is_closing(&self) -> bool {
        self.closing.load(Ordering::SeqCst)
    }

    /// Takes the lock, counting this thread as a waiter meanwhile.
    fn acquire(&self) {
        if self.lock.raw.try_lock() {
            return;
        }
        self.lock.waiters.fetch_add(1, Ordering::SeqCst);
        self.lock.raw.lock();
        self.lock.waiters.fetch_sub(1, Ordering::SeqCst);
    }

    /// Puts the freshly built state in (creation, before any other thread knows the cell).
    pub(crate) fn init(&self, st: InterpState) {
        self.acquire();
        let _unlock = Unlock(&self.lock.raw);
        // SAFETY: the lock is held and no thread is inside `with` yet (the cell has not been
        // shared), so nothing refers into the old (empty) state.
        unsafe { *self.state.get() = Some(st) }
    }
}

/// Leaves `with` on drop, also when unwinding: the last user out of a closed interpreter
/// drops its state; then the lock is released.
struct Leave<'a>(&'a GilCell);

impl Drop for Leave<'_> {
    fn drop(&mut self) {
        let cell = self.0;
        let last = cell.users.fetch_sub(1, Ordering::SeqCst) == 1;
        if cell.draining.load(Ordering::SeqCst) {
            let _g = cell.left.0.lock();
            cell.left.1.notify_all();
        }
        if last && cell.closing.load(Ordering::SeqCst) {
            // SAFETY: this thread holds the lock, and no other thread is inside `with`
            // (`users` was 1: this one), so no reference into the state exists; a thread
            // entering now waits for the lock and then finds `None`.
            let doomed = unsafe { (*cell.state.get()).take() };
            drop(doomed);
        }
        // SAFETY: the lock was taken by this thread when it entered `with`/`close` (and
        // re-taken after every `release`), and is released exactly once, here.
        unsafe { cell.lock.raw.unlock() }
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
        if self.cell.closing.load(Ordering::SeqCst) {
            return None;
        }
        // SAFETY: a `Gil` exists only inside `GilCell::with`, while the lock is held by this
        // thread; the writers (`init`, and `Leave` once closed) need the lock too, and
        // `Leave` drops the state only when no thread is inside `with`, so the reference
        // stays valid for as long as this thread's `with` lasts.
        unsafe { (*self.cell.state.get()).as_ref() }
    }

    /// Releases the GIL around `f` (a blocking wait) and takes it back afterwards. `f` and its
    /// result are `Send`, so `f` cannot touch objects of the interpreter while unlocked.
    pub fn release<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        // SAFETY: this thread holds the lock (a `Gil` exists); it is re-locked below before any
        // object can be touched again, also on unwind via `Relock`.
        unsafe { self.cell.lock.raw.unlock() };
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
        self.cell.lock.waiters.load(Ordering::Relaxed) > 0
    }

    /// Hands the GIL to a waiting thread (fairly: a waiter gets it before this thread can
    /// take it back) and waits for it again.
    pub fn switch(&self) {
        // SAFETY: this thread holds the lock (a `Gil` exists) and touches no object until
        // `acquire` returns; `unlock_fair` passes ownership straight to a parked waiter.
        unsafe { self.cell.lock.raw.unlock_fair() };
        self.cell.acquire();
    }
}
