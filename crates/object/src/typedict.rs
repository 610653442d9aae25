//! A type's namespace whose builtin methods can be made on first use.
//!
//! A fresh interpreter has some forty builtin types with about a thousand native methods
//! between them; most short-lived interpreters touch a handful. Installers queue a filler per
//! table instead of building the method objects, and the first borrow of the dict runs the
//! queued fillers in order, so every reader (lookups, version counters, `__dict__`, `dir`)
//! sees the complete dict and nothing has to know it was lazy.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use crate::dict::Dict;

/// Adds entries to a type's dict.
pub type Filler = Box<dyn FnOnce(&mut Dict)>;

pub struct TypeDict {
    dict: RefCell<Dict>,
    /// Whether `pending` is non-empty (checked on every borrow, so kept apart).
    lazy: Cell<bool>,
    pending: RefCell<Vec<Filler>>,
    /// The interpreter's type epoch, shared by all its types' dicts: bumped whenever any of
    /// them may change (every mutable borrow, every fill), so a cache that saw the same
    /// epoch knows no class anywhere changed since (`isles_ceval::typecache`).
    epoch: Rc<Cell<u64>>,
}

impl TypeDict {
    pub fn new(dict: Dict, epoch: Rc<Cell<u64>>) -> TypeDict {
        TypeDict {
            dict: RefCell::new(dict),
            lazy: Cell::new(false),
            pending: RefCell::new(Vec::new()),
            epoch,
        }
    }

    /// The current type epoch of the interpreter this dict belongs to.
    #[inline]
    pub fn epoch(&self) -> u64 {
        self.epoch.get()
    }

    #[inline]
    fn bump(&self) {
        self.epoch.set(self.epoch.get().wrapping_add(1));
    }

    /// Queues `f` to fill the dict on first use; it runs after the fillers queued before it
    /// and after nothing written later (a direct write runs the queue first).
    pub fn defer(&self, f: Filler) {
        let mut pending = self.pending.borrow_mut();
        // A builtin type queues a few fillers (about 50 over the ~40 types an interpreter
        // makes): one allocation for them, not a regrowth per push.
        if pending.capacity() == 0 {
            pending.reserve_exact(4);
        }
        pending.push(f);
        drop(pending);
        self.lazy.set(true);
        self.bump();
    }

    #[inline]
    fn fill(&self) {
        if self.lazy.get() {
            self.fill_now();
        }
    }

    #[cold]
    fn fill_now(&self) {
        self.lazy.set(false);
        self.bump();
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        let mut d = self.dict.borrow_mut();
        for f in pending {
            f(&mut d);
        }
    }

    #[inline]
    pub fn borrow(&self) -> Ref<'_, Dict> {
        self.fill();
        self.dict.borrow()
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, Dict> {
        self.fill();
        self.bump();
        self.dict.borrow_mut()
    }

    /// The entries made so far, without running queued fillers (teardown: what was never
    /// made holds nothing to free).
    pub fn made(&self) -> &RefCell<Dict> {
        &self.dict
    }

    /// Drops the queued fillers unrun (teardown).
    pub fn forget_pending(&self) {
        self.lazy.set(false);
        drop(std::mem::take(&mut *self.pending.borrow_mut()));
    }
}
