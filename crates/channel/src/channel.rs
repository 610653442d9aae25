//! Channels: PEP 554's `interpreters` channels (as CPython 3.13's `test.support.interpreters.
//! channels` implements them), with a rendezvous `send`.
//!
//! A channel is a FIFO of items with two kinds of handle, [`RecvChannel`] and [`SendChannel`].
//! `send` adds the item and parks until a receiver has taken it; `send_nowait` adds it and
//! returns at once. Each item is received exactly once, in order; a blocking `send` returns
//! `Ok` only if its item was received, and an error (timeout, or the channel was closed and
//! the item discarded) only if it was not.
//!
//! States: *open*; *closing* (the send end was closed while items were pending: no more sends,
//! the pending items can still be received, then the channel is *closed*); *closed* (every
//! operation fails with [`ChannelError::Closed`]).
//!
//! Interpreters *associate* with an end by using it; `release(interp)` ends that association
//! (further use of that end by that interpreter fails with [`ChannelError::Released`]). When
//! no interpreter is associated with either end any more, the channel closes as if its send end
//! were closed: unlike CPython 3.13, which then discards pending items, we let them be received
//! first, so nothing sent is lost silently.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::interrupt::{Interrupt, WakeAll, Watch};
use crate::item::{Entry, Payload, deadline, expired};
use crate::{InterpId, Origin, Shareable, UnboundOp};

/// The id of a channel, unique within its [`Registry`](crate::Registry) (never reused while the
/// registry lives).
pub type ChannelId = u64;

/// Why a channel operation failed. The display texts are CPython 3.13's.
///
/// ```
/// use isles_channel::{ChannelError, Registry};
///
/// let reg = Registry::new();
/// let (r, _s) = reg.create_channel();
/// let err = r.recv_nowait(0).unwrap_err();
/// assert_eq!(err, ChannelError::Empty { id: r.id() });
/// assert_eq!(err.to_string(), format!("channel {} is empty", r.id()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChannelError {
    /// The channel is closed (or closing, for a send): `ChannelClosedError`. From a blocking
    /// `send`, it also means the item was discarded, not received.
    Closed {
        /// The channel.
        id: ChannelId,
    },
    /// This interpreter released this end (`ChannelClosedError`, "already closed").
    Released {
        /// The channel.
        id: ChannelId,
    },
    /// `recv_nowait` found nothing (`ChannelEmptyError`).
    Empty {
        /// The channel.
        id: ChannelId,
    },
    /// Closing the receiving end (or the whole channel) without `force` while items are
    /// pending (`ChannelNotEmptyError`).
    NotEmpty {
        /// The channel.
        id: ChannelId,
    },
    /// No live channel has this id (`ChannelNotFoundError`).
    NotFound {
        /// The id looked up.
        id: ChannelId,
    },
    /// A blocking `send` or `recv` ran out of time (`TimeoutError`); a timed-out send's item
    /// was withdrawn and will never be received.
    Timeout {
        /// The channel.
        id: ChannelId,
    },
    /// The wait was cut short by the caller's [`Interrupt`] (its interpreter was closed); an
    /// interrupted send's item was withdrawn, as on a timeout.
    Interrupted {
        /// The channel.
        id: ChannelId,
    },
    /// The item's sending interpreter was closed and the item was sent under
    /// [`UnboundOp::Error`] (`ItemInterpreterDestroyed`); the item is consumed.
    ItemInterpreterDestroyed {
        /// The channel.
        id: ChannelId,
        /// The interpreter that sent the item.
        interp: InterpId,
    },
}

impl fmt::Display for ChannelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChannelError::Closed { id } => write!(f, "channel {id} is closed"),
            ChannelError::Released { id } => write!(f, "channel {id} is already closed"),
            ChannelError::Empty { id } => write!(f, "channel {id} is empty"),
            ChannelError::NotEmpty { id } => write!(
                f,
                "channel {id} may not be closed if not empty (try force=True)"
            ),
            ChannelError::NotFound { id } => write!(f, "channel {id} not found"),
            ChannelError::Interrupted { id } => {
                write!(
                    f,
                    "wait on channel {id} interrupted: the interpreter was closed"
                )
            }
            ChannelError::Timeout { .. } => f.write_str("timed out"),
            ChannelError::ItemInterpreterDestroyed { .. } => {
                f.write_str("item's original interpreter destroyed")
            }
        }
    }
}

impl std::error::Error for ChannelError {}

/// A snapshot of a channel's state (CPython 3.13's `_interpchannels.ChannelInfo`).
///
/// ```
/// use isles_channel::{Origin, Registry, Shareable};
///
/// let reg = Registry::new();
/// let (r, s) = reg.create_channel();
/// s.send_nowait(Shareable::None, Origin::new(0))?;
/// let info = r.info();
/// assert!(info.open && !info.closing && !info.closed);
/// assert_eq!((info.count, info.num_interp_send, info.num_interp_recv), (1, 1, 0));
/// # Ok::<(), isles_channel::ChannelError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChannelInfo {
    /// Neither closing nor closed.
    pub open: bool,
    /// The send end is closed; pending items may still be received.
    pub closing: bool,
    /// Fully closed.
    pub closed: bool,
    /// Items waiting to be received.
    pub count: usize,
    /// Interpreters associated with the send end and not released.
    pub num_interp_send: usize,
    /// Interpreters that released the send end.
    pub num_interp_send_released: usize,
    /// Interpreters associated with the receive end and not released.
    pub num_interp_recv: usize,
    /// Interpreters that released the receive end.
    pub num_interp_recv_released: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Open,
    Closing,
    Closed,
}

/// A stored item, with the sequence number a blocking sender waits on.
struct ChanEntry {
    seq: u64,
    entry: Entry,
    /// A blocking `send` waits for this item's outcome.
    waiter: bool,
}

struct ChanState {
    items: VecDeque<ChanEntry>,
    status: Status,
    /// Interpreter → whether it released the end (`false`: associated).
    send_ends: HashMap<InterpId, bool>,
    recv_ends: HashMap<InterpId, bool>,
    next_seq: u64,
    /// Outcomes of waiter items that left the queue: `true` received, `false` discarded.
    /// Invariant: a waiter item is either in `items` or has an outcome here, until its
    /// sender takes the outcome.
    outcomes: HashMap<u64, bool>,
    /// Receivers parked in a blocking `recv`.
    waiting_receivers: usize,
}

/// The shared state behind both ends of one channel.
pub(crate) struct ChannelInner {
    id: ChannelId,
    default_unbound: UnboundOp,
    state: Mutex<ChanState>,
    /// Signalled when an item arrives or the channel changes state.
    items_cv: Condvar,
    /// Signalled when a waiter item is received or discarded.
    delivered_cv: Condvar,
}

/// What a state change asks the caller to do once the lock is released.
#[derive(Default)]
#[must_use]
struct Wake {
    receivers: bool,
    senders: bool,
    /// Values to free outside the lock (one may hold the last handle of another pipe).
    dropped: Vec<ChanEntry>,
}

impl WakeAll for ChannelInner {
    fn wake_all(&self) {
        // Under the lock, so a waiter between its interrupt check and its park is not missed.
        let _st = self.state.lock();
        self.items_cv.notify_all();
        self.delivered_cv.notify_all();
    }
}

impl ChannelInner {
    fn new(id: ChannelId, default_unbound: UnboundOp) -> ChannelInner {
        ChannelInner {
            id,
            default_unbound,
            state: Mutex::new(ChanState {
                items: VecDeque::new(),
                status: Status::Open,
                send_ends: HashMap::new(),
                recv_ends: HashMap::new(),
                next_seq: 0,
                outcomes: HashMap::new(),
                waiting_receivers: 0,
            }),
            items_cv: Condvar::new(),
            delivered_cv: Condvar::new(),
        }
    }

    fn wake(&self, w: Wake) {
        if w.receivers {
            self.items_cv.notify_all();
        }
        if w.senders {
            self.delivered_cv.notify_all();
        }
        drop(w.dropped);
    }

    /// Checks that `interp` may send, and associates it with the send end.
    fn check_send(&self, st: &mut ChanState, interp: InterpId) -> Result<(), ChannelError> {
        if st.send_ends.get(&interp) == Some(&true) {
            return Err(ChannelError::Released { id: self.id });
        }
        if st.status != Status::Open {
            return Err(ChannelError::Closed { id: self.id });
        }
        st.send_ends.entry(interp).or_insert(false);
        Ok(())
    }

    /// Checks that `interp` may receive, and associates it with the receive end.
    fn check_recv(&self, st: &mut ChanState, interp: InterpId) -> Result<(), ChannelError> {
        if st.recv_ends.get(&interp) == Some(&true) {
            return Err(ChannelError::Released { id: self.id });
        }
        if st.status == Status::Closed {
            return Err(ChannelError::Closed { id: self.id });
        }
        st.recv_ends.entry(interp).or_insert(false);
        Ok(())
    }

    /// A closing channel whose last item left becomes closed; parked receivers must see it.
    fn settle(st: &mut ChanState, w: &mut Wake) {
        if st.status == Status::Closing && st.items.is_empty() {
            st.status = Status::Closed;
            w.receivers = true;
        }
    }

    /// Closes now: pending items are discarded and their blocked senders told so.
    fn close_now(st: &mut ChanState, w: &mut Wake) {
        st.status = Status::Closed;
        for ce in st.items.drain(..) {
            if ce.waiter {
                st.outcomes.insert(ce.seq, false);
            }
            w.dropped.push(ce);
        }
        w.receivers = true;
        w.senders = true;
    }

    /// After a release: with no interpreter associated with either end, the channel closes
    /// (gracefully: pending items stay receivable).
    fn close_if_unused(st: &mut ChanState, w: &mut Wake) {
        let unused = |ends: &HashMap<InterpId, bool>| ends.values().all(|&released| released);
        if st.status == Status::Open && unused(&st.send_ends) && unused(&st.recv_ends) {
            st.status = Status::Closing;
            Self::settle(st, w);
        }
    }

    fn deliver(&self, e: Entry) -> Result<Shareable, ChannelError> {
        match e.payload {
            Payload::Value(v) => Ok(v),
            Payload::Unbound => Ok(Shareable::Unbound),
            Payload::Destroyed => Err(ChannelError::ItemInterpreterDestroyed {
                id: self.id,
                interp: e.origin,
            }),
        }
    }

    /// Adds an item; returns its sequence number and whether a receiver was already parked
    /// waiting for it.
    fn push(
        &self,
        value: Shareable,
        origin: Origin,
        waiter: bool,
    ) -> Result<(u64, bool), ChannelError> {
        let mut st = self.state.lock();
        self.check_send(&mut st, origin.interp)?;
        let seq = st.next_seq;
        st.next_seq += 1;
        let immediate = st.waiting_receivers > st.items.len();
        st.items.push_back(ChanEntry {
            seq,
            entry: Entry::new(value, origin, self.default_unbound),
            waiter,
        });
        drop(st);
        self.items_cv.notify_one();
        Ok((seq, immediate))
    }

    /// Registers a wait with `interrupt` (if any); fails when it has already fired.
    fn watch(
        me: &Arc<ChannelInner>,
        interrupt: Option<&Interrupt>,
    ) -> Result<Option<Watch>, ChannelError> {
        crate::interrupt::watch_opt(interrupt, || Arc::clone(me) as Arc<dyn WakeAll>)
            .map_err(|()| ChannelError::Interrupted { id: me.id })
    }

    /// Waits until the waiter item `seq` is received or discarded; at `deadline`, or when
    /// interrupted, withdraws it.
    fn await_delivery(
        me: &Arc<ChannelInner>,
        seq: u64,
        deadline: Option<Instant>,
        interrupt: Option<&Interrupt>,
    ) -> Result<(), ChannelError> {
        let watch = ChannelInner::watch(me, interrupt);
        let interrupted = || watch.is_err() || interrupt.is_some_and(Interrupt::is_fired);
        let this = &**me;
        let mut w = Wake::default();
        let mut st = this.state.lock();
        let result = loop {
            if let Some(received) = st.outcomes.remove(&seq) {
                break if received {
                    Ok(())
                } else {
                    Err(ChannelError::Closed { id: this.id })
                };
            }
            let interrupted = interrupted();
            if interrupted || expired(deadline) {
                // Not received yet (no outcome), so the item is still queued: withdraw it.
                if let Some(pos) = st.items.iter().position(|ce| ce.seq == seq)
                    && let Some(ce) = st.items.remove(pos)
                {
                    w.dropped.push(ce);
                }
                Self::settle(&mut st, &mut w);
                let id = this.id;
                break Err(if interrupted {
                    ChannelError::Interrupted { id }
                } else {
                    ChannelError::Timeout { id }
                });
            }
            match deadline {
                Some(d) => {
                    this.delivered_cv.wait_until(&mut st, d);
                }
                None => this.delivered_cv.wait(&mut st),
            }
        };
        drop(st);
        this.wake(w);
        result
    }

    /// Takes the first item under the lock, telling its sender; `None` when there is none.
    fn take(&self, st: &mut ChanState, w: &mut Wake) -> Option<Entry> {
        let ce = st.items.pop_front()?;
        if ce.waiter {
            st.outcomes.insert(ce.seq, true);
            w.senders = true;
        }
        Self::settle(st, w);
        Some(ce.entry)
    }

    /// One attempt to receive.
    fn try_recv(&self, interp: InterpId) -> Result<Shareable, ChannelError> {
        let mut w = Wake::default();
        let mut st = self.state.lock();
        self.check_recv(&mut st, interp)?;
        let got = self.take(&mut st, &mut w);
        let closed = st.status == Status::Closed;
        drop(st);
        self.wake(w);
        match got {
            Some(e) => self.deliver(e),
            None if closed => Err(ChannelError::Closed { id: self.id }),
            None => Err(ChannelError::Empty { id: self.id }),
        }
    }

    /// Receives, parking while the channel is empty, until `deadline` or the interrupt.
    fn recv_blocking(
        me: &Arc<ChannelInner>,
        interp: InterpId,
        deadline: Option<Instant>,
        interrupt: Option<&Interrupt>,
    ) -> Result<Shareable, ChannelError> {
        let _watch = ChannelInner::watch(me, interrupt)?;
        let this = &**me;
        let mut w = Wake::default();
        let mut st = this.state.lock();
        let got = loop {
            // Re-checked after every wake-up: another thread may have closed or released.
            if let Err(e) = this.check_recv(&mut st, interp) {
                break Err(e);
            }
            if let Some(e) = this.take(&mut st, &mut w) {
                break Ok(e);
            }
            if interrupt.is_some_and(Interrupt::is_fired) {
                break Err(ChannelError::Interrupted { id: this.id });
            }
            if expired(deadline) {
                break Err(ChannelError::Timeout { id: this.id });
            }
            st.waiting_receivers += 1;
            match deadline {
                Some(d) => {
                    this.items_cv.wait_until(&mut st, d);
                }
                None => this.items_cv.wait(&mut st),
            }
            st.waiting_receivers -= 1;
        };
        drop(st);
        this.wake(w);
        this.deliver(got?)
    }

    fn release(&self, interp: InterpId, send: bool) {
        let mut w = Wake::default();
        let mut st = self.state.lock();
        let ends = if send {
            &mut st.send_ends
        } else {
            &mut st.recv_ends
        };
        ends.insert(interp, true);
        Self::close_if_unused(&mut st, &mut w);
        drop(st);
        // Parked calls of this interpreter on this end must fail now.
        w.receivers = true;
        self.wake(w);
    }

    pub(crate) fn release_interpreter(&self, interp: InterpId) {
        let mut w = Wake::default();
        let mut dropped = Vec::new();
        let mut st = self.state.lock();
        let st = &mut *st;
        st.items.retain_mut(|ce| {
            let keep = ce.entry.release(interp, &mut dropped);
            if !keep && ce.waiter {
                st.outcomes.insert(ce.seq, false);
                w.senders = true;
            }
            keep
        });
        let mut touched = false;
        for ends in [&mut st.send_ends, &mut st.recv_ends] {
            if let Some(released) = ends.get_mut(&interp) {
                touched |= !*released;
                *released = true;
            }
        }
        if touched {
            Self::close_if_unused(st, &mut w);
        }
        Self::settle(st, &mut w);
        w.receivers = true;
        drop(dropped);
        self.wake(w);
    }

    /// Closes the channel for good (registry finalization).
    pub(crate) fn close(&self) {
        let mut w = Wake::default();
        Self::close_now(&mut self.state.lock(), &mut w);
        self.wake(w);
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.state.lock().status == Status::Closed
    }

    fn info(&self) -> ChannelInfo {
        let st = self.state.lock();
        let count = |ends: &HashMap<InterpId, bool>, released: bool| {
            ends.values().filter(|&&r| r == released).count()
        };
        ChannelInfo {
            open: st.status == Status::Open,
            closing: st.status == Status::Closing,
            closed: st.status == Status::Closed,
            count: st.items.len(),
            num_interp_send: count(&st.send_ends, false),
            num_interp_send_released: count(&st.send_ends, true),
            num_interp_recv: count(&st.recv_ends, false),
            num_interp_recv_released: count(&st.recv_ends, true),
        }
    }
}

/// Creates both ends of a new channel (the registry's `create_channel`).
pub(crate) fn new_channel(id: ChannelId, default_unbound: UnboundOp) -> (RecvChannel, SendChannel) {
    ends_of(Arc::new(ChannelInner::new(id, default_unbound)))
}

/// Both ends of an existing channel.
pub(crate) fn ends_of(inner: Arc<ChannelInner>) -> (RecvChannel, SendChannel) {
    (
        RecvChannel {
            inner: inner.clone(),
        },
        SendChannel { inner },
    )
}

/// The receiving end of a channel (PEP 554 `RecvChannel`).
///
/// A `Send + Sync` handle, cheap to clone, itself [`Shareable`]. Equal to another
/// `RecvChannel` of the same channel.
///
/// ```
/// use isles_channel::{Origin, Registry, Shareable, no_gil};
/// use std::thread;
///
/// let reg = Registry::new();
/// let (r, s) = reg.create_channel();
/// let t = thread::spawn(move || s.send(Shareable::Int(42), Origin::new(1), None, no_gil));
/// assert_eq!(r.recv(0, None, no_gil)?, Shareable::Int(42));
/// t.join().unwrap()?; // the send returned Ok: the object was received
/// # Ok::<(), isles_channel::ChannelError>(())
/// ```
#[derive(Clone)]
pub struct RecvChannel {
    inner: Arc<ChannelInner>,
}

/// The sending end of a channel (PEP 554 `SendChannel`).
///
/// A `Send + Sync` handle, cheap to clone, itself [`Shareable`]. Equal to another
/// `SendChannel` of the same channel.
///
/// ```
/// use isles_channel::{Origin, Registry, Shareable};
///
/// let reg = Registry::new();
/// let (r, s) = reg.create_channel();
/// s.send_nowait(Shareable::from("queued"), Origin::new(0))?;
/// assert_eq!(r.recv_nowait(0)?, Shareable::from("queued"));
/// # Ok::<(), isles_channel::ChannelError>(())
/// ```
#[derive(Clone)]
pub struct SendChannel {
    inner: Arc<ChannelInner>,
}

impl RecvChannel {
    pub(crate) fn downgrade(&self) -> Weak<ChannelInner> {
        Arc::downgrade(&self.inner)
    }

    /// The channel's id, unique within its registry (the same for both ends).
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, s) = reg.create_channel();
    /// assert_eq!(r.id(), s.id());
    /// ```
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.inner.id
    }

    /// Receives the next item, parking until one is sent.
    ///
    /// `interp` is the receiving interpreter (it becomes associated with this end).
    /// `timeout`: `None` waits as long as it takes; `Some(t)` fails with
    /// [`ChannelError::Timeout`] after `t`. `block_in` is the wait hook (crate docs), called
    /// only if nothing is pending on the first try. Fails with [`ChannelError::Closed`] once
    /// the channel is closed (or closing and drained).
    ///
    /// ```
    /// use isles_channel::{ChannelError, Registry, no_gil};
    /// use std::time::Duration;
    ///
    /// let reg = Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// let err = r.recv(0, Some(Duration::from_millis(5)), no_gil);
    /// assert_eq!(err, Err(ChannelError::Timeout { id: r.id() }));
    /// ```
    pub fn recv(
        &self,
        interp: InterpId,
        timeout: Option<Duration>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<Shareable, ChannelError> {
        self.recv_interruptible(interp, timeout, None, block_in)
    }

    /// [`RecvChannel::recv`], also ended by `interrupt` (its interpreter's, see
    /// [`Interrupt`]): then it fails with [`ChannelError::Interrupted`] and takes nothing.
    ///
    /// ```
    /// use isles_channel::{ChannelError, Interrupt, Registry, no_gil};
    ///
    /// let reg = Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// let int = Interrupt::new();
    /// int.fire();
    /// assert_eq!(r.recv_interruptible(0, None, Some(&int), no_gil), Err(ChannelError::Interrupted { id: r.id() }));
    /// ```
    pub fn recv_interruptible(
        &self,
        interp: InterpId,
        timeout: Option<Duration>,
        interrupt: Option<&Interrupt>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<Shareable, ChannelError> {
        let deadline = deadline(timeout);
        let as_timeout = |r: Result<Shareable, ChannelError>| match r {
            Err(ChannelError::Empty { id }) => Err(ChannelError::Timeout { id }),
            other => other,
        };
        match self.inner.try_recv(interp) {
            Err(ChannelError::Empty { .. }) if timeout != Some(Duration::ZERO) => {}
            other => return as_timeout(other),
        }
        let inner = &self.inner;
        let mut out = None;
        block_in(&mut || {
            out = Some(ChannelInner::recv_blocking(
                inner, interp, deadline, interrupt,
            ));
        });
        // A hook that did not wait gets one last try, as a zero timeout.
        out.unwrap_or_else(|| as_timeout(self.inner.try_recv(interp)))
    }

    /// Receives the next item if one is pending, else fails with [`ChannelError::Empty`]
    /// (Python's `recv_nowait(default)` returns its default on that error).
    ///
    /// ```
    /// use isles_channel::{ChannelError, Origin, Registry, Shareable};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id: r.id() }));
    /// s.send_nowait(Shareable::Int(1), Origin::new(0))?;
    /// assert_eq!(r.recv_nowait(0)?, Shareable::Int(1));
    /// # Ok::<(), ChannelError>(())
    /// ```
    pub fn recv_nowait(&self, interp: InterpId) -> Result<Shareable, ChannelError> {
        self.inner.try_recv(interp)
    }

    /// Closes the channel from the receiving end, for every interpreter.
    ///
    /// With items pending, fails with [`ChannelError::NotEmpty`] unless `force`, which
    /// discards them (their blocked senders get [`ChannelError::Closed`]). Closing a closed
    /// channel fails with [`ChannelError::Closed`].
    ///
    /// ```
    /// use isles_channel::{ChannelError, Origin, Registry, Shareable};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// s.send_nowait(Shareable::None, Origin::new(0))?;
    /// assert_eq!(r.close(false), Err(ChannelError::NotEmpty { id: r.id() }));
    /// r.close(true)?;
    /// assert_eq!(r.close(true), Err(ChannelError::Closed { id: r.id() }));
    /// # Ok::<(), ChannelError>(())
    /// ```
    pub fn close(&self, force: bool) -> Result<(), ChannelError> {
        let mut w = Wake::default();
        let mut st = self.inner.state.lock();
        if st.status == Status::Closed {
            return Err(ChannelError::Closed { id: self.id() });
        }
        if !st.items.is_empty() && !force {
            return Err(ChannelError::NotEmpty { id: self.id() });
        }
        ChannelInner::close_now(&mut st, &mut w);
        drop(st);
        self.inner.wake(w);
        Ok(())
    }

    /// Ends interpreter `interp`'s association with this end: its further `recv`s fail with
    /// [`ChannelError::Released`]. When no interpreter is associated with either end any
    /// more, the channel closes (pending items stay receivable until drained). Releasing
    /// twice is a no-op.
    ///
    /// ```
    /// use isles_channel::{ChannelError, Registry};
    ///
    /// let reg = Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// r.release(1);
    /// assert_eq!(r.recv_nowait(1), Err(ChannelError::Released { id: r.id() }));
    /// ```
    pub fn release(&self, interp: InterpId) {
        self.inner.release(interp, false);
    }

    /// Whether the channel is closed.
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// assert!(!r.is_closed());
    /// r.close(false).unwrap();
    /// assert!(r.is_closed());
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.inner.is_closed()
    }

    /// A snapshot of the channel's state.
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// assert_eq!(r.info().count, 0);
    /// ```
    #[must_use]
    pub fn info(&self) -> ChannelInfo {
        self.inner.info()
    }

    /// The sending end of the same channel.
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, s) = reg.create_channel();
    /// assert_eq!(r.send_end(), s);
    /// ```
    #[must_use]
    pub fn send_end(&self) -> SendChannel {
        SendChannel {
            inner: self.inner.clone(),
        }
    }

    /// Applies the `unbounditems` policy to the pending items that `interp` sent, and releases
    /// both ends for it: call it when that interpreter is closed (the registry's
    /// `release_interpreter` does it for every channel).
    ///
    /// ```
    /// use isles_channel::{Origin, Registry, Shareable};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// s.send_nowait(Shareable::Int(1), Origin::new(4))?;
    /// r.release_interpreter(4);
    /// assert_eq!(r.recv_nowait(0)?, Shareable::Unbound);
    /// # Ok::<(), isles_channel::ChannelError>(())
    /// ```
    pub fn release_interpreter(&self, interp: InterpId) {
        self.inner.release_interpreter(interp);
    }
}

impl SendChannel {
    /// The channel's id, unique within its registry (the same for both ends).
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (_r, s) = reg.create_channel();
    /// let _ = s.id();
    /// ```
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.inner.id
    }

    /// The `unbounditems` policy for items sent without one of their own.
    ///
    /// ```
    /// use isles_channel::UnboundOp;
    /// let reg = isles_channel::Registry::new();
    /// let (_r, s) = reg.create_channel();
    /// assert_eq!(s.default_unbound(), UnboundOp::Unbound);
    /// ```
    #[must_use]
    pub fn default_unbound(&self) -> UnboundOp {
        self.inner.default_unbound
    }

    /// Sends `value` and parks until a receiver has taken it (rendezvous).
    ///
    /// Returns `Ok(())` only once the item was received. Otherwise the item was not received
    /// and never will be: [`ChannelError::Timeout`] (after `timeout`; the item is withdrawn),
    /// [`ChannelError::Closed`] (closed before sending, or force-closed while waiting: the item
    /// was discarded) or [`ChannelError::Released`]. `block_in` is the wait hook (crate docs);
    /// it is called unless the item was taken at once.
    ///
    /// ```
    /// use isles_channel::{ChannelError, Origin, Registry, Shareable, no_gil};
    /// use std::time::Duration;
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// let res = s.send(Shareable::Int(1), Origin::new(0), Some(Duration::from_millis(5)), no_gil);
    /// assert_eq!(res, Err(ChannelError::Timeout { id: s.id() }));
    /// assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id: r.id() })); // withdrawn
    /// ```
    pub fn send(
        &self,
        value: Shareable,
        origin: Origin,
        timeout: Option<Duration>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<(), ChannelError> {
        self.send_interruptible(value, origin, timeout, None, block_in)
    }

    /// [`SendChannel::send`], also ended by `interrupt` (its interpreter's, see
    /// [`Interrupt`]): then it fails with [`ChannelError::Interrupted`] and the item is
    /// withdrawn, as on a timeout.
    ///
    /// ```
    /// use isles_channel::{ChannelError, Interrupt, Origin, Registry, Shareable, no_gil};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// let int = Interrupt::new();
    /// int.fire();
    /// let res = s.send_interruptible(Shareable::Int(1), Origin::new(0), None, Some(&int), no_gil);
    /// assert_eq!(res, Err(ChannelError::Interrupted { id: s.id() }));
    /// assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id: r.id() })); // withdrawn
    /// ```
    pub fn send_interruptible(
        &self,
        value: Shareable,
        origin: Origin,
        timeout: Option<Duration>,
        interrupt: Option<&Interrupt>,
        block_in: impl FnOnce(&mut (dyn FnMut() + Send)),
    ) -> Result<(), ChannelError> {
        let deadline = deadline(timeout);
        let (seq, _) = self.inner.push(value, origin, true)?;
        {
            // A receiver already parked may have taken it: then there is nothing to wait for.
            let mut st = self.inner.state.lock();
            if let Some(received) = st.outcomes.remove(&seq) {
                return if received {
                    Ok(())
                } else {
                    Err(ChannelError::Closed { id: self.id() })
                };
            }
        }
        let inner = &self.inner;
        let mut out = None;
        block_in(&mut || {
            out = Some(ChannelInner::await_delivery(
                inner, seq, deadline, interrupt,
            ));
        });
        // A hook that did not wait: settle now, as a zero timeout (withdraws the item).
        out.unwrap_or_else(|| {
            ChannelInner::await_delivery(&self.inner, seq, Some(Instant::now()), None)
        })
    }

    /// Queues `value` without waiting for a receiver (CPython 3.13's buffered
    /// `send_nowait`); `Ok(true)` if a receiver was already parked waiting for it.
    ///
    /// The item will be received in order, unless the channel is force-closed first (then it
    /// is discarded: only a blocking [`SendChannel::send`] learns the fate of its item).
    ///
    /// ```
    /// use isles_channel::{Origin, Registry, Shareable};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// assert_eq!(s.send_nowait(Shareable::Int(1), Origin::new(0))?, false);
    /// assert_eq!(r.recv_nowait(0)?, Shareable::Int(1));
    /// # Ok::<(), isles_channel::ChannelError>(())
    /// ```
    pub fn send_nowait(&self, value: Shareable, origin: Origin) -> Result<bool, ChannelError> {
        self.inner.push(value, origin, false).map(|(_, now)| now)
    }

    /// Closes the send end for every interpreter: further sends fail with
    /// [`ChannelError::Closed`]. Pending items (and blocked senders' items) can still be
    /// received, then the channel is closed; with `force`, or when nothing is pending, it
    /// closes at once (discarding items; their blocked senders get `Closed`). Closing a
    /// closing or closed channel fails with [`ChannelError::Closed`].
    ///
    /// ```
    /// use isles_channel::{ChannelError, Origin, Registry, Shareable};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// s.send_nowait(Shareable::Int(1), Origin::new(0))?;
    /// s.close(false)?;
    /// assert!(s.is_closed() && !r.is_closed()); // closing: still receivable
    /// assert_eq!(r.recv_nowait(0)?, Shareable::Int(1));
    /// assert_eq!(r.recv_nowait(0), Err(ChannelError::Closed { id: r.id() }));
    /// # Ok::<(), ChannelError>(())
    /// ```
    pub fn close(&self, force: bool) -> Result<(), ChannelError> {
        let mut w = Wake::default();
        let mut st = self.inner.state.lock();
        if st.status != Status::Open {
            return Err(ChannelError::Closed { id: self.id() });
        }
        if force || st.items.is_empty() {
            ChannelInner::close_now(&mut st, &mut w);
        } else {
            st.status = Status::Closing;
        }
        drop(st);
        self.inner.wake(w);
        Ok(())
    }

    /// Ends interpreter `interp`'s association with this end: its further sends fail with
    /// [`ChannelError::Released`]. When no interpreter is associated with either end any
    /// more, the channel closes (pending items stay receivable until drained).
    ///
    /// ```
    /// use isles_channel::{ChannelError, Origin, Registry, Shareable};
    ///
    /// let reg = Registry::new();
    /// let (r, s) = reg.create_channel();
    /// s.send_nowait(Shareable::Int(1), Origin::new(1))?;
    /// s.release(1); // nobody else uses the channel: it is now closing
    /// assert_eq!(r.recv_nowait(0)?, Shareable::Int(1));
    /// assert!(r.is_closed());
    /// # Ok::<(), ChannelError>(())
    /// ```
    pub fn release(&self, interp: InterpId) {
        self.inner.release(interp, true);
    }

    /// Whether the send end is closed (the channel is closing or closed).
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (_r, s) = reg.create_channel();
    /// assert!(!s.is_closed());
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.inner.state.lock().status != Status::Open
    }

    /// A snapshot of the channel's state.
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (_r, s) = reg.create_channel();
    /// assert!(s.info().open);
    /// ```
    #[must_use]
    pub fn info(&self) -> ChannelInfo {
        self.inner.info()
    }

    /// The receiving end of the same channel.
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, s) = reg.create_channel();
    /// assert_eq!(s.recv_end(), r);
    /// ```
    #[must_use]
    pub fn recv_end(&self) -> RecvChannel {
        RecvChannel {
            inner: self.inner.clone(),
        }
    }
}

impl PartialEq for RecvChannel {
    /// Equal when both name the same channel.
    fn eq(&self, other: &RecvChannel) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Eq for RecvChannel {}

impl PartialEq for SendChannel {
    /// Equal when both name the same channel.
    fn eq(&self, other: &SendChannel) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Eq for SendChannel {}

impl fmt::Debug for RecvChannel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecvChannel(id={})", self.id())
    }
}

impl fmt::Debug for SendChannel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SendChannel(id={})", self.id())
    }
}
