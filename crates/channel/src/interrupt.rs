//! `Interrupt`: cuts short the blocking waits of one interpreter's threads when that
//! interpreter is closed.
//!
//! A thread parked in an untimed wait (a queue `get`, a channel `recv`, a lock) would
//! otherwise sleep forever once its interpreter is gone, keeping the interpreter's heap alive.
//! Each blocking wait registers what it parks on with its interpreter's [`Interrupt`]; closing
//! fires it, which wakes every registered wait, and every later one fails at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

/// Something a thread parks on (a queue, a channel, a lock) that an [`Interrupt`] can wake:
/// `wake_all` must wake every thread parked on it, taking the lock the waiters check their
/// condition under (so a waiter between its check and its park cannot miss the wake-up).
pub trait WakeAll: Send + Sync {
    /// Wakes every thread parked on this object.
    fn wake_all(&self);
}

struct Waits {
    next: u64,
    parked: Vec<(u64, Arc<dyn WakeAll>)>,
}

struct Inner {
    fired: AtomicBool,
    waits: Mutex<Waits>,
    /// For [`Interrupt::sleep`]: a plain timed sleep that a firing cuts short.
    nap: Mutex<()>,
    nap_cv: Condvar,
}

/// One interpreter's interrupt: fired once, when the interpreter is closed. Cheap to clone
/// (a shared handle), `Send + Sync`.
///
/// ```
/// use isles_channel::{Interrupt, Origin, QueueError, Registry, UnboundOp, no_gil};
/// use std::thread;
///
/// let reg = Registry::new();
/// let q = reg.create_queue(0, UnboundOp::Unbound);
/// let int = Interrupt::new();
/// let (q2, int2) = (q.clone(), int.clone());
/// // An untimed get that nothing will ever satisfy...
/// let t = thread::spawn(move || q2.get_interruptible(None, Some(&int2), no_gil));
/// thread::sleep(std::time::Duration::from_millis(20));
/// // ...returns as soon as the interrupt fires.
/// int.fire();
/// assert_eq!(t.join().unwrap(), Err(QueueError::Interrupted { id: q.id() }));
/// assert!(int.is_fired());
/// ```
#[derive(Clone)]
pub struct Interrupt {
    inner: Arc<Inner>,
}

impl Default for Interrupt {
    fn default() -> Self {
        Interrupt::new()
    }
}

impl std::fmt::Debug for Interrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interrupt")
            .field("fired", &self.is_fired())
            .finish()
    }
}

impl Interrupt {
    /// A new interrupt, not fired.
    ///
    /// ```
    /// assert!(!isles_channel::Interrupt::new().is_fired());
    /// ```
    #[must_use]
    pub fn new() -> Interrupt {
        Interrupt {
            inner: Arc::new(Inner {
                fired: AtomicBool::new(false),
                waits: Mutex::new(Waits {
                    next: 0,
                    parked: Vec::new(),
                }),
                nap: Mutex::new(()),
                nap_cv: Condvar::new(),
            }),
        }
    }

    /// Fires: every wait registered now is woken (and fails), every later one fails at once.
    /// Firing again does nothing more.
    ///
    /// ```
    /// let int = isles_channel::Interrupt::new();
    /// int.fire();
    /// int.fire();
    /// assert!(int.is_fired());
    /// ```
    pub fn fire(&self) {
        // Set before the list is read (under its lock): a wait registering after that sees it.
        self.inner.fired.store(true, Ordering::SeqCst);
        let parked: Vec<Arc<dyn WakeAll>> = {
            let w = self.inner.waits.lock();
            w.parked.iter().map(|(_, p)| Arc::clone(p)).collect()
        };
        for p in parked {
            p.wake_all();
        }
        let _nap = self.inner.nap.lock();
        self.inner.nap_cv.notify_all();
    }

    /// Whether [`Interrupt::fire`] was called.
    ///
    /// ```
    /// let int = isles_channel::Interrupt::new();
    /// assert!(!int.is_fired());
    /// ```
    #[must_use]
    pub fn is_fired(&self) -> bool {
        self.inner.fired.load(Ordering::SeqCst)
    }

    /// Registers `on` for wake-up while the returned guard lives; `None` when already fired
    /// (the wait must fail instead of parking). The waiter must check [`Interrupt::is_fired`]
    /// under `on`'s lock before each park.
    ///
    /// ```
    /// use isles_channel::{Interrupt, WakeAll};
    /// use std::sync::Arc;
    /// struct Nothing;
    /// impl WakeAll for Nothing { fn wake_all(&self) {} }
    /// let int = Interrupt::new();
    /// let guard = int.watch(Arc::new(Nothing));
    /// assert!(guard.is_some());
    /// drop(guard);
    /// int.fire();
    /// assert!(int.watch(Arc::new(Nothing)).is_none());
    /// ```
    #[must_use]
    pub fn watch(&self, on: Arc<dyn WakeAll>) -> Option<Watch> {
        let mut w = self.inner.waits.lock();
        if self.is_fired() {
            return None;
        }
        let key = w.next;
        w.next += 1;
        w.parked.push((key, on));
        Some(Watch {
            inner: Arc::clone(&self.inner),
            key,
        })
    }

    /// Sleeps for `d`, or less if the interrupt fires meanwhile; true if it fired.
    ///
    /// ```
    /// use std::time::Duration;
    /// let int = isles_channel::Interrupt::new();
    /// assert!(!int.sleep(Duration::from_millis(1)));
    /// int.fire();
    /// assert!(int.sleep(Duration::from_secs(100)));
    /// ```
    pub fn sleep(&self, d: Duration) -> bool {
        let end = Instant::now() + d;
        let mut nap = self.inner.nap.lock();
        loop {
            if self.is_fired() {
                return true;
            }
            if self.inner.nap_cv.wait_until(&mut nap, end).timed_out() {
                return self.is_fired();
            }
        }
    }
}

/// Registers a wait on `on` with `interrupt`, if there is one; `Err(())` when it has already
/// fired (the wait must fail instead of parking).
pub(crate) fn watch_opt(
    interrupt: Option<&Interrupt>,
    on: impl FnOnce() -> Arc<dyn WakeAll>,
) -> Result<Option<Watch>, ()> {
    match interrupt {
        None => Ok(None),
        Some(i) => i.watch(on()).map(Some).ok_or(()),
    }
}

/// Keeps a wait registered with an [`Interrupt`]; unregisters on drop.
pub struct Watch {
    inner: Arc<Inner>,
    key: u64,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let mut w = self.inner.waits.lock();
        if let Some(i) = w.parked.iter().position(|(k, _)| *k == self.key) {
            w.parked.swap_remove(i);
        }
    }
}
