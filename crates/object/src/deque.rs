//! The storage of a `collections.deque` (held as the payload of a `Kind::Opaque` object made by
//! `isles-stdlib`): defined here so that the collector, which cannot see into other opaque
//! payloads, can traverse and clear the references a deque holds.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::value::Value;

pub struct DequeData {
    pub items: RefCell<VecDeque<Value>>,
    /// `None`: unbounded.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length or order, so iterators and comparisons notice a
    /// deque mutated under them (CPython's `deque->state`).
    pub state: Cell<u64>,
    /// Set while its repr is being built: a deque reached again shows as `[...]`.
    pub in_repr: Cell<bool>,
}

impl DequeData {
    pub fn new() -> DequeData {
        DequeData {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
            in_repr: Cell::new(false),
        }
    }

    #[inline]
    pub fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
}

impl Default for DequeData {
    fn default() -> Self {
        DequeData::new()
    }
}
