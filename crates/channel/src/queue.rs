//! `Queue`: PEP 734's cross-interpreter FIFO queue.

use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::interrupt::{Interrupt, WakeAll};
use crate::item::{Entry, Payload, deadline, expired};
use crate::{InterpId, Origin, Shareable, UnboundOp};

/// The longest a blocking `get` spins for an item before it parks, in microseconds.
const MAX_SPIN_US: u32 = 40;

/// How long a probe spins (see `spin_until_queued`): longer than an idle vCPU takes to wake
/// a parked thread (about 40 µs measured), so that a probe can find the other side answering.
const PROBE_US: u32 = 100;

/// The fewest and the most parked waits between two probes.
const PROBE_EVERY_MIN: u32 = 64;
const PROBE_EVERY_MAX: u32 = 4096;

/// The id of a queue, unique within its [`Registry`](crate::Registry) (never reused while the
/// registry lives).
pub type QueueId = u64;

/// Why a queue operation failed. The display texts are CPython 3.13's.
///
/// ```
/// use isles_channel::{Registry, QueueError, UnboundOp};
///
/// let reg = Registry::new();
/// let q = reg.create_queue(0, UnboundOp::Unbound);
/// let err = q.get_nowait().unwrap_err();
/// assert_eq!(err, QueueError::Empty { id: q.id() });
/// assert_eq!(err.to_string(), format!("queue {} is empty", q.id()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueueError {
    /// Nothing to get: `get_nowait` on an empty queue, or `get` timed out (`QueueEmpty`).
    Empty {
        /// The queue.
        id: QueueId,
    },
    /// No room: `put_nowait` on a full queue, or `put` timed out (`QueueFull`).
    Full {
        /// The queue.
        id: QueueId,
    },
    /// The queue was closed (its registry, i.e. its runtime, was finalized).
    Closed {
        /// The queue.
        id: QueueId,
    },
    /// No live queue has this id (`QueueNotFoundError`).
    NotFound {
        /// The id looked up.
        id: QueueId,
    },
    /// The wait was cut short by the caller's [`Interrupt`] (its interpreter was closed).
    Interrupted {
        /// The queue.
        id: QueueId,
    },
    /// The item's sending interpreter was closed and the item was put under
    /// [`UnboundOp::Error`] (`ItemInterpreterDestroyed`); the item is consumed.
    ItemInterpreterDestroyed {
        /// The queue.
        id: QueueId,
        /// The interpreter that sent the item.
        interp: InterpId,
    },
}

impl fmt::Display for QueueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueueError::Empty { id } => write!(f, "queue {id} is empty"),
            QueueError::Full { id } => write!(f, "queue {id} is full"),
            QueueError::Closed { id } => write!(f, "queue {id} is closed"),
            QueueError::NotFound { id } => write!(f, "queue {id} not found"),
            QueueError::Interrupted { id } => {
                write!(
                    f,
                    "wait on queue {id} interrupted: the interpreter was closed"
                )
            }
            QueueError::ItemInterpreterDestroyed { .. } => {
                f.write_str("item's original interpreter destroyed")
            }
        }
    }
}

impl std::error::Error for QueueError {}

/// A handle to a cross-interpreter FIFO queue (PEP 734 `concurrent.interpreters.Queue`).
///
/// Handles are cheap to clone, `Send + Sync`, and are themselves [`Shareable`], so a queue can
/// be passed to another interpreter through a queue. Two handles are equal when they name the
/// same queue. The queue lives as long as any handle does; the [`Registry`](crate::Registry)
/// that created it only keeps a weak reference, for lookup by id.
///
/// `maxsize == 0` means unbounded. Blocking calls park the thread on a condition variable and
/// wake as soon as the other side acts; they take a wait hook (see the [crate docs](crate)) to
/// release the caller's GIL while parked.
///
/// ```
/// use isles_channel::{Origin, Registry, Shareable, UnboundOp, no_gil};
/// use std::thread;
///
/// let reg = Registry::new();
/// let q = reg.create_queue(0, UnboundOp::Unbound);
/// let q2 = q.clone();
/// let t = thread::spawn(move || q2.put(Shareable::from("hi"), Origin::new(1), None, no_gil));
/// assert_eq!(q.get(None, no_gil)?, Shareable::from("hi"));
/// t.join().unwrap()?;
/// # Ok::<(), isles_channel::QueueError>(())
/// ```
#[derive(Clone)]
pub struct Queue {
    inner: Arc<QueueInner>,
}

/// The shared state behind every handle of one queue.
pub(crate) struct QueueInner {
    id: QueueId,
    maxsize: usize,
    default_unbound: UnboundOp,
    state: Mutex<QueueState>,
    /// `items.len()`, also kept outside the lock so a waiting `get` can spin on it.
    queued: AtomicUsize,
    /// How long the next blocking `get` spins before parking (µs), adapted to how spins went.
    spin_us: AtomicU32,
    /// Blocking gets since the last spin, for re-trying spinning after it was turned off.
    unspun: AtomicU32,
    /// How many parked gets to wait before the next probe (doubles after a failed one).
    probe_every: AtomicU32,
    /// Signalled when an item arrives (or the queue closes).
    not_empty: Condvar,
    /// Signalled when room is made (or the queue closes).
    not_full: Condvar,
}

struct QueueState {
    items: VecDeque<Entry>,
    closed: bool,
}

impl QueueInner {
    fn has_room(&self, st: &QueueState) -> bool {
        self.maxsize == 0 || st.items.len() < self.maxsize
    }

    /// Turns a dequeued entry into what `get` returns.
    fn deliver(&self, e: Entry) -> Result<Shareable, QueueError> {
        match e.payload {
            Payload::Value(v) => Ok(v),
            Payload::Unbound => Ok(Shareable::Unbound),
            Payload::Destroyed => Err(QueueError::ItemInterpreterDestroyed {
                id: self.id,
                interp: e.origin,
            }),
        }
    }

    /// One attempt to add; gives the entry back when there is no room.
    fn try_put(&self, entry: Entry) -> Result<(), (Entry, QueueError)> {
        let mut st = self.state.lock();
        if st.closed {
            return Err((entry, QueueError::Closed { id: self.id }));
        }
        if !self.has_room(&st) {
            return Err((entry, QueueError::Full { id: self.id }));
        }
        st.items.push_back(entry);
        self.queued.store(st.items.len(), Ordering::Release);
        drop(st);
        self.not_empty.notify_one();
        Ok(())
    }

    /// Adds, parking while the queue is full, until `deadline` or the interrupt.
    fn put_blocking(
        me: &Arc<QueueInner>,
        entry: Entry,
        deadline: Option<Instant>,
        interrupt: Option<&Interrupt>,
    ) -> Result<(), QueueError> {
        let _watch = QueueInner::watch(me, interrupt)?;
        let mut st = me.state.lock();
        loop {
            if interrupt.is_some_and(Interrupt::is_fired) {
                return Err(QueueError::Interrupted { id: me.id });
            }
            if st.closed {
                return Err(QueueError::Closed { id: me.id });
            }
            if me.has_room(&st) {
                st.items.push_back(entry);
                me.queued.store(st.items.len(), Ordering::Release);
                drop(st);
                me.not_empty.notify_one();
                return Ok(());
            }
            if expired(deadline) {
                return Err(QueueError::Full { id: me.id });
            }
            match deadline {
                Some(d) => {
                    me.not_full.wait_until(&mut st, d);
                }
                None => me.not_full.wait(&mut st),
            }
        }
    }

    /// Registers a wait on this queue with `interrupt` (if any); fails when it has fired.
    fn watch(
        me: &Arc<QueueInner>,
        interrupt: Option<&Interrupt>,
    ) -> Result<Option<crate::interrupt::Watch>, QueueError> {
        crate::interrupt::watch_opt(interrupt, || Arc::clone(me) as Arc<dyn WakeAll>)
            .map_err(|()| QueueError::Interrupted { id: me.id })
    }

    /// Takes the first item under the lock; with the lock dropped, `taken` finishes.
    fn pop(&self, st: &mut QueueState) -> Option<Entry> {
        let e = st.items.pop_front()?;
        self.queued.store(st.items.len(), Ordering::Release);
        Some(e)
    }

    /// After `pop`, outside the lock: tells a parked `put` there is room, delivers the item.
    fn taken(&self, e: Entry) -> Result<Shareable, QueueError> {
        self.not_full.notify_one();
        self.deliver(e)
    }

    /// One attempt to take the first item.
    fn try_get(&self) -> Result<Shareable, QueueError> {
        let mut st = self.state.lock();
        if st.closed {
            return Err(QueueError::Closed { id: self.id });
        }
        let e = self.pop(&mut st);
        drop(st);
        match e {
            Some(e) => self.taken(e),
            None => Err(QueueError::Empty { id: self.id }),
        }
    }

    /// Takes the first item, parking while the queue is empty, until `deadline` or the
    /// interrupt.
    fn get_blocking(
        me: &Arc<QueueInner>,
        deadline: Option<Instant>,
        interrupt: Option<&Interrupt>,
    ) -> Result<Shareable, QueueError> {
        if me.spin_until_queued() {
            // Usually this thread's to take; unless another getter was faster.
            match me.try_get() {
                Err(QueueError::Empty { .. }) => {}
                other => return other,
            }
        }
        let _watch = QueueInner::watch(me, interrupt)?;
        let mut st = me.state.lock();
        loop {
            if st.closed {
                return Err(QueueError::Closed { id: me.id });
            }
            if let Some(e) = me.pop(&mut st) {
                drop(st);
                return me.taken(e);
            }
            if interrupt.is_some_and(Interrupt::is_fired) {
                return Err(QueueError::Interrupted { id: me.id });
            }
            // Checked after the queue, so an item that arrived with the deadline is taken.
            if expired(deadline) {
                return Err(QueueError::Empty { id: me.id });
            }
            match deadline {
                Some(d) => {
                    me.not_empty.wait_until(&mut st, d);
                }
                None => me.not_empty.wait(&mut st),
            }
        }
    }

    /// Waits a few microseconds for an item without parking. A round trip between two
    /// interpreters on two cores is a few microseconds of work on each side; parking on the
    /// condition variable and being woken costs more than that (two futex calls and a
    /// scheduler wake-up), so a short spin makes the common ping-pong case much faster. The
    /// caller has released its GIL, so spinning blocks no other thread of its interpreter.
    ///
    /// Spinning pays only when the other side runs at the same time on another core; on an
    /// oversubscribed machine it takes the core the other side needs (and a spinner that the
    /// woken partner preempts loses a whole time slice). So the budget adapts, as an adaptive
    /// mutex does: a spin that saw the item doubles it (up to [`MAX_SPIN_US`]), one that did
    /// not halves it, down to zero: then waits park at once. A short spin could never leave
    /// that state when both sides park (the other side's wake-up then costs more than the
    /// spin: an idle vCPU takes about 40 µs to wake), so a parked queue probes now and then
    /// with a spin of [`PROBE_US`]: if the item comes meanwhile, spinning resumes at full
    /// budget; if not, the next probe comes twice as late (64 to 4,096 waits apart), so on a
    /// loaded machine probes cost next to nothing. True if an item is there.
    fn spin_until_queued(&self) -> bool {
        let mut budget = self.spin_us.load(Ordering::Relaxed);
        let probing = budget == 0;
        if probing {
            let every = self.probe_every.load(Ordering::Relaxed);
            if self.unspun.fetch_add(1, Ordering::Relaxed) + 1 < every {
                return false;
            }
            self.unspun.store(0, Ordering::Relaxed);
            budget = PROBE_US;
        }
        let limit = Duration::from_micros(u64::from(budget));
        let start = Instant::now();
        let found = loop {
            if (0..64).any(|_| {
                std::hint::spin_loop();
                self.queued.load(Ordering::Acquire) > 0
            }) {
                break true;
            }
            if start.elapsed() > limit {
                break false;
            }
        };
        let next = match (found, probing) {
            (true, true) => {
                self.probe_every.store(PROBE_EVERY_MIN, Ordering::Relaxed);
                MAX_SPIN_US
            }
            (true, false) => (budget * 2).min(MAX_SPIN_US),
            (false, true) => {
                let every = self.probe_every.load(Ordering::Relaxed);
                self.probe_every
                    .store((every * 2).min(PROBE_EVERY_MAX), Ordering::Relaxed);
                0
            }
            (false, false) => budget / 2,
        };
        self.spin_us.store(next, Ordering::Relaxed);
        found
    }

    /// Closes the queue: every waiter wakes with `Closed`, the items are dropped (which also
    /// breaks reference cycles of queues holding their own handles).
    pub(crate) fn close(&self) {
        let items = {
            let mut st = self.state.lock();
            st.closed = true;
            self.queued.store(0, Ordering::Release);
            std::mem::take(&mut st.items)
        };
        self.not_empty.notify_all();
        self.not_full.notify_all();
        drop(items);
    }

    pub(crate) fn release_interpreter(&self, interp: InterpId) {
        let mut dropped = Vec::new();
        let removed = {
            let mut st = self.state.lock();
            let before = st.items.len();
            st.items.retain_mut(|e| e.release(interp, &mut dropped));
            self.queued.store(st.items.len(), Ordering::Release);
            before - st.items.len()
        };
        if removed > 0 {
            self.not_full.notify_all();
        }
        // Values are freed here, outside the lock.
        drop(dropped);
    }
}

impl WakeAll for QueueInner {
    fn wake_all(&self) {
        // Under the lock, so a waiter between its interrupt check and its park is not missed.
        let _st = self.state.lock();
        self.not_empty.notify_all();
        self.not_full.notify_all();
    }
}

impl Queue {
    pub(crate) fn new(id: QueueId, maxsize: usize, default_unbound: UnboundOp) -> Queue {
        Queue {
            inner: Arc::new(QueueInner {
                id,
                maxsize,
                default_unbound,
                state: Mutex::new(QueueState {
                    items: VecDeque::new(),
                    closed: false,
                }),
                queued: AtomicUsize::new(0),
                spin_us: AtomicU32::new(MAX_SPIN_US / 2),
                unspun: AtomicU32::new(0),
                probe_every: AtomicU32::new(PROBE_EVERY_MIN),
                not_empty: Condvar::new(),
                not_full: Condvar::new(),
            }),
        }
    }

    pub(crate) fn downgrade(&self) -> Weak<QueueInner> {
        Arc::downgrade(&self.inner)
    }

    pub(crate) fn from_inner(inner: Arc<QueueInner>) -> Queue {
        Queue { inner }
    }

    /// The queue's id, unique within its registry.
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// let (a, b) = (reg.create_queue(0, UnboundOp::Unbound), reg.create_queue(0, UnboundOp::Unbound));
    /// assert_ne!(a.id(), b.id());
    /// ```
    #[must_use]
    pub fn id(&self) -> QueueId {
        self.inner.id
    }

    /// The capacity; `0` means unbounded.
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// assert_eq!(reg.create_queue(3, UnboundOp::Unbound).maxsize(), 3);
    /// ```
    #[must_use]
    pub fn maxsize(&self) -> usize {
        self.inner.maxsize
    }

    /// The `unbounditems` policy for items put without one of their own.
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Remove);
    /// assert_eq!(q.default_unbound(), UnboundOp::Remove);
    /// ```
    #[must_use]
    pub fn default_unbound(&self) -> UnboundOp {
        self.inner.default_unbound
    }

    /// Adds `value` at the end, parking while the queue is full.
    ///
    /// `timeout`: `None` waits as long as it takes; `Some(t)` fails with [`QueueError::Full`]
    /// after `t` (`Some(Duration::ZERO)` is [`Queue::put_nowait`]). `block_in` is the wait hook
    /// (crate docs); it is called only if the queue is full on the first try.
    ///
    /// ```
    /// use isles_channel::{Origin, QueueError, Registry, Shareable, UnboundOp, no_gil};
    /// use std::time::Duration;
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(1, UnboundOp::Unbound);
    /// q.put(Shareable::Int(1), Origin::new(0), None, no_gil)?;
    /// let err = q.put(Shareable::Int(2), Origin::new(0), Some(Duration::from_millis(10)), no_gil);
    /// assert_eq!(err, Err(QueueError::Full { id: q.id() }));
    /// # Ok::<(), QueueError>(())
    /// ```
    pub fn put(
        &self,
        value: Shareable,
        origin: Origin,
        timeout: Option<Duration>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<(), QueueError> {
        self.put_interruptible(value, origin, timeout, None, block_in)
    }

    /// [`Queue::put`], also ended by `interrupt` (its interpreter's, see [`Interrupt`]): then
    /// it fails with [`QueueError::Interrupted`] and the item is not added.
    ///
    /// ```
    /// use isles_channel::{Interrupt, Origin, QueueError, Registry, Shareable, UnboundOp, no_gil};
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(1, UnboundOp::Unbound);
    /// let int = Interrupt::new();
    /// q.put_interruptible(Shareable::Int(1), Origin::new(0), None, Some(&int), no_gil)?;
    /// int.fire();
    /// let err = q.put_interruptible(Shareable::Int(2), Origin::new(0), None, Some(&int), no_gil);
    /// assert_eq!(err, Err(QueueError::Interrupted { id: q.id() }));
    /// assert_eq!(q.qsize(), 1);
    /// # Ok::<(), QueueError>(())
    /// ```
    pub fn put_interruptible(
        &self,
        value: Shareable,
        origin: Origin,
        timeout: Option<Duration>,
        interrupt: Option<&Interrupt>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<(), QueueError> {
        let deadline = deadline(timeout);
        let entry = Entry::new(value, origin, self.inner.default_unbound);
        let entry = match self.inner.try_put(entry) {
            Err((entry, QueueError::Full { .. })) if timeout != Some(Duration::ZERO) => entry,
            other => return other.map_err(|(_, e)| e),
        };
        let inner = &self.inner;
        let mut pending = Some(entry);
        let mut out = None;
        block_in(&mut || {
            if let Some(entry) = pending.take() {
                out = Some(QueueInner::put_blocking(inner, entry, deadline, interrupt));
            }
        });
        match (out, pending) {
            (Some(r), _) => r,
            // The hook did not wait: one last try, as `put_nowait`.
            (None, Some(entry)) => self.inner.try_put(entry).map_err(|(_, e)| e),
            (None, None) => Err(QueueError::Full { id: self.id() }),
        }
    }

    /// Adds `value` at the end if there is room, else fails with [`QueueError::Full`].
    ///
    /// ```
    /// use isles_channel::{Origin, QueueError, Registry, Shareable, UnboundOp};
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(1, UnboundOp::Unbound);
    /// q.put_nowait(Shareable::None, Origin::new(0))?;
    /// assert_eq!(q.put_nowait(Shareable::None, Origin::new(0)), Err(QueueError::Full { id: q.id() }));
    /// # Ok::<(), QueueError>(())
    /// ```
    pub fn put_nowait(&self, value: Shareable, origin: Origin) -> Result<(), QueueError> {
        let entry = Entry::new(value, origin, self.inner.default_unbound);
        self.inner.try_put(entry).map_err(|(_, e)| e)
    }

    /// Removes and returns the first item, parking while the queue is empty.
    ///
    /// `timeout`: `None` waits as long as it takes; `Some(t)` fails with [`QueueError::Empty`]
    /// after `t`. `block_in` is the wait hook (crate docs); it is called only if the queue is
    /// empty on the first try. An item whose sender was closed comes back as
    /// [`Shareable::Unbound`] or as [`QueueError::ItemInterpreterDestroyed`], per its policy.
    ///
    /// ```
    /// use isles_channel::{Origin, QueueError, Registry, Shareable, UnboundOp, no_gil};
    /// use std::time::Duration;
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Unbound);
    /// assert_eq!(q.get(Some(Duration::from_millis(5)), no_gil), Err(QueueError::Empty { id: q.id() }));
    /// q.put_nowait(Shareable::Bool(true), Origin::new(0))?;
    /// assert_eq!(q.get(None, no_gil)?, Shareable::Bool(true));
    /// # Ok::<(), QueueError>(())
    /// ```
    pub fn get(
        &self,
        timeout: Option<Duration>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<Shareable, QueueError> {
        self.get_interruptible(timeout, None, block_in)
    }

    /// [`Queue::get`], also ended by `interrupt` (its interpreter's, see [`Interrupt`]): then
    /// it fails with [`QueueError::Interrupted`] and takes nothing.
    ///
    /// ```
    /// use isles_channel::{Interrupt, QueueError, Registry, UnboundOp, no_gil};
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Unbound);
    /// let int = Interrupt::new();
    /// int.fire();
    /// assert_eq!(q.get_interruptible(None, Some(&int), no_gil), Err(QueueError::Interrupted { id: q.id() }));
    /// ```
    pub fn get_interruptible(
        &self,
        timeout: Option<Duration>,
        interrupt: Option<&Interrupt>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<Shareable, QueueError> {
        let deadline = deadline(timeout);
        match self.inner.try_get() {
            Err(QueueError::Empty { .. }) if timeout != Some(Duration::ZERO) => {}
            other => return other,
        }
        let inner = &self.inner;
        let mut out = None;
        block_in(&mut || out = Some(QueueInner::get_blocking(inner, deadline, interrupt)));
        // A hook that did not wait gets one last try, as `get_nowait`.
        out.unwrap_or_else(|| self.inner.try_get())
    }

    /// Removes and returns the first item, or fails with [`QueueError::Empty`].
    ///
    /// ```
    /// use isles_channel::{Origin, Registry, Shareable, UnboundOp};
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Unbound);
    /// q.put_nowait(Shareable::Int(1), Origin::new(0))?;
    /// q.put_nowait(Shareable::Int(2), Origin::new(0))?;
    /// assert_eq!(q.get_nowait()?, Shareable::Int(1));
    /// assert_eq!(q.get_nowait()?, Shareable::Int(2));
    /// # Ok::<(), isles_channel::QueueError>(())
    /// ```
    pub fn get_nowait(&self) -> Result<Shareable, QueueError> {
        self.inner.try_get()
    }

    /// Whether the queue holds no items.
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// assert!(reg.create_queue(0, UnboundOp::Unbound).empty());
    /// ```
    #[must_use]
    pub fn empty(&self) -> bool {
        self.qsize() == 0
    }

    /// Whether the queue is at its `maxsize` (never, when unbounded).
    ///
    /// ```
    /// use isles_channel::{Origin, Registry, Shareable, UnboundOp};
    /// let reg = Registry::new();
    /// let q = reg.create_queue(1, UnboundOp::Unbound);
    /// assert!(!q.full());
    /// q.put_nowait(Shareable::None, Origin::new(0))?;
    /// assert!(q.full());
    /// # Ok::<(), isles_channel::QueueError>(())
    /// ```
    #[must_use]
    pub fn full(&self) -> bool {
        let st = self.inner.state.lock();
        !self.inner.has_room(&st)
    }

    /// How many items the queue holds (markers of unbound items included).
    ///
    /// ```
    /// use isles_channel::{Origin, Registry, Shareable, UnboundOp};
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Unbound);
    /// q.put_nowait(Shareable::None, Origin::new(0))?;
    /// assert_eq!(q.qsize(), 1);
    /// # Ok::<(), isles_channel::QueueError>(())
    /// ```
    #[must_use]
    pub fn qsize(&self) -> usize {
        self.inner.state.lock().items.len()
    }

    /// Whether the queue was closed (its registry was dropped).
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Unbound);
    /// assert!(!q.is_closed());
    /// drop(reg);
    /// assert!(q.is_closed());
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.inner.state.lock().closed
    }

    /// Applies the `unbounditems` policy to every item that interpreter `interp` put and that
    /// is still waiting: call it when that interpreter is closed.
    /// [`Registry::release_interpreter`](crate::Registry::release_interpreter) does it for all
    /// queues and channels at once.
    ///
    /// ```
    /// use isles_channel::{Origin, QueueError, Registry, Shareable, UnboundOp};
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Unbound);
    /// q.put_nowait(Shareable::Int(1), Origin::new(7).with_unbound(UnboundOp::Error))?;
    /// q.put_nowait(Shareable::Int(2), Origin::new(7).with_unbound(UnboundOp::Remove))?;
    /// q.put_nowait(Shareable::Int(3), Origin::new(8))?;
    /// q.release_interpreter(7);
    /// assert_eq!(q.qsize(), 2);
    /// assert_eq!(q.get_nowait(), Err(QueueError::ItemInterpreterDestroyed { id: q.id(), interp: 7 }));
    /// assert_eq!(q.get_nowait()?, Shareable::Int(3));
    /// # Ok::<(), QueueError>(())
    /// ```
    pub fn release_interpreter(&self, interp: InterpId) {
        self.inner.release_interpreter(interp);
    }
}

impl PartialEq for Queue {
    /// Two handles are equal when they name the same queue.
    fn eq(&self, other: &Queue) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Eq for Queue {}

impl fmt::Debug for Queue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Queue(id={}, maxsize={})", self.id(), self.maxsize())
    }
}
