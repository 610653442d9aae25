//! What a queue or channel stores per item: the value, who sent it, and what to do with it if
//! that interpreter is closed first. Shared by `queue` and `channel`.

use std::time::{Duration, Instant};

use crate::{InterpId, Origin, Shareable, UnboundOp};

/// The payload of a stored item.
#[derive(Debug)]
pub(crate) enum Payload {
    /// The value as sent.
    Value(Shareable),
    /// The sender was closed under `UnboundOp::Unbound`: deliver the marker.
    Unbound,
    /// The sender was closed under `UnboundOp::Error`: getting it fails.
    Destroyed,
}

/// One stored item.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) payload: Payload,
    pub(crate) origin: InterpId,
    pub(crate) unbound: UnboundOp,
}

impl Entry {
    pub(crate) fn new(value: Shareable, origin: Origin, default: UnboundOp) -> Entry {
        Entry {
            payload: Payload::Value(value),
            origin: origin.interp,
            unbound: origin.unbound.unwrap_or(default),
        }
    }

    /// Applies the unbound policy if `interp` sent this item; returns `false` when the item
    /// must be removed. The dropped value is returned through `dropped` so the caller can free
    /// it outside its lock (a value may hold the last handle of another queue).
    pub(crate) fn release(&mut self, interp: InterpId, dropped: &mut Vec<Shareable>) -> bool {
        if self.origin != interp || !matches!(self.payload, Payload::Value(_)) {
            return true;
        }
        let marker = match self.unbound {
            UnboundOp::Unbound => Payload::Unbound,
            UnboundOp::Error => Payload::Destroyed,
            UnboundOp::Remove => Payload::Destroyed,
        };
        if let Payload::Value(v) = std::mem::replace(&mut self.payload, marker) {
            dropped.push(v);
        }
        self.unbound != UnboundOp::Remove
    }
}

/// The instant a wait of `timeout` started now must end; `None` waits forever (also when the
/// timeout is too large to represent, which is as good as forever).
pub(crate) fn deadline(timeout: Option<Duration>) -> Option<Instant> {
    timeout.and_then(|t| Instant::now().checked_add(t))
}

/// Whether a wait with this deadline has run out.
pub(crate) fn expired(deadline: Option<Instant>) -> bool {
    deadline.is_some_and(|d| Instant::now() >= d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_applies_policy_only_to_the_senders_items() {
        let mut dropped = Vec::new();
        let mut e = Entry::new(Shareable::Int(1), Origin::new(1), UnboundOp::Unbound);
        assert!(e.release(2, &mut dropped));
        assert!(matches!(e.payload, Payload::Value(_)));
        assert!(e.release(1, &mut dropped));
        assert!(matches!(e.payload, Payload::Unbound));
        assert_eq!(dropped.len(), 1);
        // A second release changes nothing.
        assert!(e.release(1, &mut dropped));
        assert_eq!(dropped.len(), 1);

        let mut e = Entry::new(
            Shareable::Int(1),
            Origin::new(1).with_unbound(UnboundOp::Error),
            UnboundOp::Unbound,
        );
        assert!(e.release(1, &mut dropped));
        assert!(matches!(e.payload, Payload::Destroyed));

        let mut e = Entry::new(Shareable::Int(1), Origin::new(1), UnboundOp::Remove);
        assert!(!e.release(1, &mut dropped));
    }

    #[test]
    fn deadlines() {
        assert_eq!(deadline(None), None);
        assert_eq!(deadline(Some(Duration::MAX)), None);
        assert!(!expired(None));
        assert!(expired(deadline(Some(Duration::ZERO))));
        assert!(!expired(deadline(Some(Duration::from_secs(60)))));
    }
}
