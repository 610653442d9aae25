//! `Registry`: the queues and channels of one runtime, by id.

use std::collections::BTreeMap;
use std::sync::Weak;

use parking_lot::Mutex;

use crate::channel::{
    ChannelError, ChannelId, ChannelInner, RecvChannel, SendChannel, ends_of, new_channel,
};
use crate::queue::{Queue, QueueError, QueueId, QueueInner};
use crate::{InterpId, UnboundOp};

/// Below this many entries a table is never pruned of dead weak references.
const MIN_PRUNE: usize = 64;

/// All queues and channels of one runtime: creation, lookup by id, listing, and the cleanup
/// when an interpreter is closed.
///
/// A `Registry` is a value (the runtime holds one); two registries are independent, and ids
/// are unique within a registry and never reused while it lives. Queue ids start at 1 and
/// channel ids at 0, as in CPython 3.13.
///
/// The registry holds queues and channels **weakly**: one lives as long as any handle to it
/// does, and then disappears from lookups and listings. Dropping the registry (finalizing the
/// runtime) closes every queue and channel still alive: parked callers wake with a `Closed`
/// error and pending items are dropped, which also frees queues that hold handles to
/// themselves.
///
/// ```
/// use isles_channel::{QueueError, Registry, UnboundOp};
///
/// let reg = Registry::new();
/// let q = reg.create_queue(10, UnboundOp::Unbound);
/// assert_eq!(reg.queue(q.id())?, q);
/// let (r, s) = reg.create_channel();
/// assert_eq!(reg.list_all_channels(), vec![(r, s)]);
/// let id = q.id();
/// drop(q); // the last handle
/// assert_eq!(reg.queue(id), Err(QueueError::NotFound { id }));
/// # Ok::<(), QueueError>(())
/// ```
pub struct Registry {
    state: Mutex<RegState>,
}

struct RegState {
    next_queue: QueueId,
    next_channel: ChannelId,
    queues: BTreeMap<QueueId, Weak<QueueInner>>,
    channels: BTreeMap<ChannelId, Weak<ChannelInner>>,
    /// Table sizes at which dead entries are next swept (doubling, so sweeping is amortised
    /// O(1) per creation).
    prune_queues_at: usize,
    prune_channels_at: usize,
}

/// Drops the dead entries of `table` once it reaches `*at`, and sets the next threshold.
fn prune<T>(table: &mut BTreeMap<u64, Weak<T>>, at: &mut usize) {
    if table.len() >= *at {
        table.retain(|_, w| w.strong_count() > 0);
        *at = (table.len() * 2).max(MIN_PRUNE);
    }
}

impl Registry {
    /// An empty registry.
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// assert!(reg.list_all_channels().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Registry {
        Registry {
            state: Mutex::new(RegState {
                next_queue: 1,
                next_channel: 0,
                queues: BTreeMap::new(),
                channels: BTreeMap::new(),
                prune_queues_at: MIN_PRUNE,
                prune_channels_at: MIN_PRUNE,
            }),
        }
    }

    /// Creates a queue holding at most `maxsize` items (`0`: unbounded), whose items follow
    /// `unbounditems` unless put with a policy of their own (PEP 734 `create_queue`).
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Error);
    /// assert_eq!((q.id(), q.maxsize()), (1, 0));
    /// ```
    #[must_use]
    pub fn create_queue(&self, maxsize: usize, unbounditems: UnboundOp) -> Queue {
        let mut st = self.state.lock();
        let st = &mut *st;
        prune(&mut st.queues, &mut st.prune_queues_at);
        let id = st.next_queue;
        st.next_queue += 1;
        let q = Queue::new(id, maxsize, unbounditems);
        st.queues.insert(id, q.downgrade());
        q
    }

    /// The live queue with this id, or [`QueueError::NotFound`].
    ///
    /// ```
    /// use isles_channel::{QueueError, Registry};
    /// assert_eq!(Registry::new().queue(9), Err(QueueError::NotFound { id: 9 }));
    /// ```
    pub fn queue(&self, id: QueueId) -> Result<Queue, QueueError> {
        self.state
            .lock()
            .queues
            .get(&id)
            .and_then(Weak::upgrade)
            .map(Queue::from_inner)
            .ok_or(QueueError::NotFound { id })
    }

    /// All live queues, by increasing id (PEP 734's `list_all` of queues).
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// let a = reg.create_queue(0, UnboundOp::Unbound);
    /// let b = reg.create_queue(0, UnboundOp::Unbound);
    /// assert_eq!(reg.list_all_queues(), vec![a, b]);
    /// ```
    #[must_use]
    pub fn list_all_queues(&self) -> Vec<Queue> {
        let st = self.state.lock();
        st.queues
            .values()
            .filter_map(Weak::upgrade)
            .map(Queue::from_inner)
            .collect()
    }

    /// Creates a channel whose items default to [`UnboundOp::Unbound`]; returns its two ends
    /// (PEP 554 `create_channel`).
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, s) = reg.create_channel();
    /// assert_eq!(r.id(), s.id());
    /// ```
    #[must_use]
    pub fn create_channel(&self) -> (RecvChannel, SendChannel) {
        self.create_channel_with(UnboundOp::Unbound)
    }

    /// Creates a channel whose items follow `unbounditems` unless sent with a policy of their
    /// own.
    ///
    /// ```
    /// use isles_channel::{Registry, UnboundOp};
    /// let reg = Registry::new();
    /// let (_r, s) = reg.create_channel_with(UnboundOp::Remove);
    /// assert_eq!(s.default_unbound(), UnboundOp::Remove);
    /// ```
    #[must_use]
    pub fn create_channel_with(&self, unbounditems: UnboundOp) -> (RecvChannel, SendChannel) {
        let mut st = self.state.lock();
        let st = &mut *st;
        prune(&mut st.channels, &mut st.prune_channels_at);
        let id = st.next_channel;
        st.next_channel += 1;
        let (r, s) = new_channel(id, unbounditems);
        st.channels.insert(id, r.downgrade());
        (r, s)
    }

    /// Both ends of the live channel with this id (closed or not), or
    /// [`ChannelError::NotFound`].
    ///
    /// ```
    /// use isles_channel::{ChannelError, Registry};
    /// let reg = Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// assert_eq!(reg.channel(r.id())?.0, r);
    /// assert_eq!(reg.channel(99).unwrap_err(), ChannelError::NotFound { id: 99 });
    /// # Ok::<(), ChannelError>(())
    /// ```
    pub fn channel(&self, id: ChannelId) -> Result<(RecvChannel, SendChannel), ChannelError> {
        self.state
            .lock()
            .channels
            .get(&id)
            .and_then(Weak::upgrade)
            .map(ends_of)
            .ok_or(ChannelError::NotFound { id })
    }

    /// The ends of every live channel that is not closed, by increasing id (PEP 554
    /// `list_all_channels`).
    ///
    /// ```
    /// let reg = isles_channel::Registry::new();
    /// let (r, _s) = reg.create_channel();
    /// assert_eq!(reg.list_all_channels().len(), 1);
    /// r.close(false).unwrap();
    /// assert!(reg.list_all_channels().is_empty());
    /// ```
    #[must_use]
    pub fn list_all_channels(&self) -> Vec<(RecvChannel, SendChannel)> {
        let live: Vec<_> = {
            let st = self.state.lock();
            st.channels.values().filter_map(Weak::upgrade).collect()
        };
        // Channel locks are taken after the registry lock is released (never nested).
        live.into_iter()
            .filter(|c| !c.is_closed())
            .map(ends_of)
            .collect()
    }

    /// Interpreter `interp` was closed: applies the `unbounditems` policy to everything it put
    /// in any queue or sent on any channel that is still waiting, and releases its channel
    /// ends.
    ///
    /// ```
    /// use isles_channel::{Origin, Registry, Shareable, UnboundOp};
    ///
    /// let reg = Registry::new();
    /// let q = reg.create_queue(0, UnboundOp::Remove);
    /// q.put_nowait(Shareable::Int(1), Origin::new(3))?;
    /// reg.release_interpreter(3);
    /// assert!(q.empty());
    /// # Ok::<(), isles_channel::QueueError>(())
    /// ```
    pub fn release_interpreter(&self, interp: InterpId) {
        let (queues, channels): (Vec<_>, Vec<_>) = {
            let st = self.state.lock();
            (
                st.queues.values().filter_map(Weak::upgrade).collect(),
                st.channels.values().filter_map(Weak::upgrade).collect(),
            )
        };
        for q in &queues {
            q.release_interpreter(interp);
        }
        for c in &channels {
            c.release_interpreter(interp);
        }
    }
}

impl Default for Registry {
    fn default() -> Registry {
        Registry::new()
    }
}

impl Drop for Registry {
    /// Closes every queue and channel still alive (see the type's docs).
    fn drop(&mut self) {
        let st = self.state.get_mut();
        let queues: Vec<_> = std::mem::take(&mut st.queues)
            .into_values()
            .filter_map(|w| w.upgrade())
            .collect();
        let channels: Vec<_> = std::mem::take(&mut st.channels)
            .into_values()
            .filter_map(|w| w.upgrade())
            .collect();
        for q in &queues {
            q.close();
        }
        for c in &channels {
            c.close();
        }
    }
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let st = self.state.lock();
        f.debug_struct("Registry")
            .field("next_queue", &st.next_queue)
            .field("next_channel", &st.next_channel)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dead_entries_are_pruned() {
        let reg = Registry::new();
        for _ in 0..1000 {
            let _ = reg.create_queue(0, UnboundOp::Unbound);
            let _ = reg.create_channel();
        }
        let st = reg.state.lock();
        assert!(st.queues.len() <= MIN_PRUNE, "{}", st.queues.len());
        assert!(st.channels.len() <= MIN_PRUNE, "{}", st.channels.len());
        assert_eq!(st.next_queue, 1001);
        assert_eq!(st.next_channel, 1000);
    }

    #[test]
    fn handles_and_registry_are_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Registry>();
        check::<Queue>();
        check::<RecvChannel>();
        check::<SendChannel>();
        check::<QueueError>();
        check::<ChannelError>();
    }

    #[test]
    fn ids_queue_from_one_channel_from_zero() {
        let reg = Registry::new();
        assert_eq!(reg.create_queue(0, UnboundOp::Unbound).id(), 1);
        assert_eq!(reg.create_channel().0.id(), 0);
        assert!(format!("{reg:?}").contains("next_queue: 2"));
    }
}
