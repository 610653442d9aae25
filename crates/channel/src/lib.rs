//! isles-channel: the plain data that may cross interpreters, and the queues and channels that
//! carry it.
//!
//! Interpreters share no objects. What one interpreter sends to another is a [`Shareable`]: a
//! `Send + Sync` value built from the sender's object and rebuilt as a new object by the
//! receiver. Immutable payloads (`str`, `bytes`, tuples, big ints) sit behind `Arc`s, so sending
//! them costs a reference-count increment, never a copy of the payload.
//!
//! Two kinds of pipe carry shareable values, both owned by a [`Registry`] (one per runtime,
//! a value, never a static):
//!
//! - [`Queue`]: PEP 734's `concurrent.interpreters.Queue` (FIFO, optional `maxsize`,
//!   `put`/`get` with or without blocking, the `unbounditems` policies);
//! - channels ([`RecvChannel`], [`SendChannel`]): PEP 554's `interpreters` channels, with a
//!   blocking `send` that returns only once a receiver has taken the object.
//!
//! # Blocking and the GIL
//!
//! A blocking call parks the OS thread on a condition variable and wakes as soon as the other
//! side acts (no sleep-polling). While it waits, the calling interpreter's GIL must be free, so
//! that other threads of that interpreter can run. This crate knows nothing of GILs; instead
//! every blocking method takes a *wait hook*, `block_in: impl FnOnce(&mut (dyn FnMut() + Send))`:
//!
//! - the method first tries the operation without waiting; if that settles it, the hook is
//!   **not** called (no GIL hand-over on the fast path);
//! - otherwise it calls `block_in(wait)` once; the hook releases whatever it must, calls
//!   `wait()` (which parks until the operation completes, fails or times out), and re-acquires;
//! - `wait` is `Send` and touches only this crate's `Send + Sync` state, so the interpreter
//!   layer can run it inside `Gil::release(|| wait())`, whose closure must be `Send`;
//! - a hook that returns without calling `wait` turns the call into its non-blocking form
//!   (one more attempt, then the "empty"/"full"/timeout error), so no input can hang or panic;
//! - the `*_interruptible` forms also take the calling interpreter's [`Interrupt`]: when that
//!   interpreter is closed, the wait ends at once with an `Interrupted` error (and every later
//!   wait with that interrupt fails so), so no thread stays parked in a closed interpreter.
//!
//! Code without a GIL passes [`no_gil`]:
//!
//! ```
//! use isles_channel::{Origin, Registry, Shareable, UnboundOp, no_gil};
//! use std::time::Duration;
//!
//! let reg = Registry::new();
//! let q = reg.create_queue(0, UnboundOp::Unbound);
//! q.put(Shareable::Int(7), Origin::new(0), None, no_gil)?;
//! assert_eq!(q.get(Some(Duration::from_secs(1)), no_gil)?, Shareable::Int(7));
//! # Ok::<(), isles_channel::QueueError>(())
//! ```
//!
//! An interpreter layer with a GIL whose `release` takes a `Send` closure (as
//! `isles_interp::Gil::release` does) writes:
//!
//! ```
//! # use isles_channel::{Origin, Registry, Shareable, UnboundOp};
//! # struct Gil;
//! # impl Gil {
//! #     fn release<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R { f() }
//! # }
//! # let gil = Gil;
//! # let reg = Registry::new();
//! # let q = reg.create_queue(0, UnboundOp::Unbound);
//! # q.put_nowait(Shareable::None, Origin::new(0))?;
//! let item = q.get(None, |wait| gil.release(|| wait()))?;
//! # Ok::<(), isles_channel::QueueError>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod channel;
mod interrupt;
mod item;
mod queue;
mod registry;
mod shareable;

pub use channel::{ChannelError, ChannelId, ChannelInfo, RecvChannel, SendChannel};
pub use interrupt::{Interrupt, WakeAll, Watch};
pub use queue::{Queue, QueueError, QueueId};
pub use registry::Registry;
pub use shareable::{Shareable, SharedBytes};

/// The id of an interpreter, as the runtime hands them out (`isles_runtime::Runtime` ids).
///
/// Queues and channels record it for every item so that closing an interpreter can apply the
/// `unbounditems` policy to what it sent.
pub type InterpId = u64;

/// What happens to an item still waiting in a queue or channel when the interpreter that sent
/// it is closed (PEP 734's `unbounditems`, CPython 3.14's `UNBOUND`, `UNBOUND_ERROR`,
/// `UNBOUND_REMOVE`).
///
/// ```
/// use isles_channel::{Origin, Registry, Shareable, UnboundOp};
///
/// let reg = Registry::new();
/// let q = reg.create_queue(0, UnboundOp::Unbound);
/// q.put_nowait(Shareable::Int(1), Origin::new(5))?;
/// reg.release_interpreter(5);
/// assert_eq!(q.get_nowait()?, Shareable::Unbound);
/// # Ok::<(), isles_channel::QueueError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum UnboundOp {
    /// The item is replaced by the [`Shareable::Unbound`] marker (Python's `UNBOUND`).
    #[default]
    Unbound,
    /// Getting the item fails with an "item's original interpreter destroyed" error
    /// (`UNBOUND_ERROR`); the item is consumed by that get.
    Error,
    /// The item is removed at once (`UNBOUND_REMOVE`); note that puts and gets no longer pair up.
    Remove,
}

/// Who sends an item, and which [`UnboundOp`] applies to it if that interpreter is closed
/// before the item is received (`None`: the queue's or channel's default).
///
/// ```
/// use isles_channel::{Origin, UnboundOp};
///
/// let o = Origin::new(3).with_unbound(UnboundOp::Remove);
/// assert_eq!(o.interp, 3);
/// assert_eq!(o.unbound, Some(UnboundOp::Remove));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    /// The sending interpreter.
    pub interp: InterpId,
    /// The per-item policy chosen at put/send time; `None` uses the pipe's default.
    pub unbound: Option<UnboundOp>,
}

impl Origin {
    /// An item sent by `interp`, under the pipe's default unbound policy.
    ///
    /// ```
    /// let o = isles_channel::Origin::new(1);
    /// assert_eq!(o.unbound, None);
    /// ```
    #[must_use]
    pub fn new(interp: InterpId) -> Origin {
        Origin {
            interp,
            unbound: None,
        }
    }

    /// The same origin with an explicit unbound policy for this item.
    ///
    /// ```
    /// use isles_channel::{Origin, UnboundOp};
    /// assert_eq!(Origin::new(1).with_unbound(UnboundOp::Error).unbound, Some(UnboundOp::Error));
    /// ```
    #[must_use]
    pub fn with_unbound(self, op: UnboundOp) -> Origin {
        Origin {
            unbound: Some(op),
            ..self
        }
    }
}

/// The wait hook for callers that hold no lock around a blocking call: it just runs the wait.
///
/// ```
/// use isles_channel::{Origin, Registry, Shareable, UnboundOp, no_gil};
///
/// let reg = Registry::new();
/// let q = reg.create_queue(1, UnboundOp::Unbound);
/// q.put(Shareable::None, Origin::new(0), None, no_gil)?;
/// # Ok::<(), isles_channel::QueueError>(())
/// ```
pub fn no_gil(wait: &mut (dyn FnMut() + Send)) {
    wait();
}
