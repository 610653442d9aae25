//! The cycle collector's heap side (CPython's "trial deletion"). Objects are `Rc`s: anything
//! not in a cycle is freed the moment its last reference goes. What the collector adds is
//! finding groups of objects that only reference each other.
//!
//! Containers that can close a cycle (instances, functions, cells, classes, and the lists,
//! dicts and sets the eval loop builds) are tracked by weak reference when made. A collection
//! takes the live tracked objects and everything they reach (through teardown's
//! [`for_each_child`]), subtracts from each object's strong count the references held inside
//! that set, and keeps whatever is still referenced from outside (the value stack, Rust
//! locals, module dicts, opaque native state) plus everything those reach. The rest is
//! garbage. A reference the traversal cannot see counts as external, so a mistake can only
//! keep an object alive, never free a live one.
//!
//! Finalizers (`__del__`, weakref callbacks) run in `isles-ceval`; this module finds the
//! garbage, checks it again after the finalizers (PEP 442 resurrection), and clears it.

use std::collections::HashMap;

use isles_object::{Kind, Obj, WeakObj};
use rustc_hash::FxHashMap;

use isles_object::gc::FrameVisitor;

use crate::teardown::{clear, for_each_child_in};

/// One weak reference made by the `_weakref` module: the object it points to, the native
/// handle that `ref()` reads (cleared when the object is collected), and the Python-level
/// weakref object whose callback runs when the object dies.
pub struct WeakEntry {
    pub target: WeakObj,
    pub handle: Obj,
    pub refobj: WeakObj,
}

/// Collector state of one interpreter.
pub struct GcState {
    tracked: Vec<WeakObj>,
    /// Prune dead entries from `tracked` when it grows to this length.
    prune_at: usize,
    /// Tracked allocations since the last collection (`gc.get_count()[0]`).
    pub count: usize,
    /// Collect when `count` reaches this (at least `threshold[0]`; more when the heap is big,
    /// so a collection, which walks the heap, costs O(1) per allocation).
    next_collect: usize,
    pub threshold: [usize; 3],
    /// Live tracked objects after the last collection: growth since then is what counts,
    /// as CPython counts allocations minus deallocations.
    live_last: usize,
    due: bool,
    pub enabled: bool,
    pub collecting: bool,
    /// Collections done (`gc.get_stats()`-like figures) and objects found unreachable.
    pub collections: usize,
    pub collected: usize,
    /// Weak references by the address of the object they point to, oldest first.
    pub weakrefs: HashMap<usize, Vec<WeakEntry>>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            tracked: Vec::new(),
            prune_at: 1024,
            count: 0,
            next_collect: 700,
            threshold: [700, 10, 10],
            live_last: 0,
            due: false,
            enabled: true,
            collecting: false,
            collections: 0,
            collected: 0,
            weakrefs: HashMap::new(),
        }
    }
}

impl GcState {
    /// Tracks a new container; returns whether an automatic collection is due.
    #[inline]
    pub fn track(&mut self, o: &Obj) -> bool {
        self.tracked.push(o.downgrade());
        if self.tracked.len() >= self.prune_at {
            self.prune();
        }
        self.count += 1;
        if self.count < self.next_collect || !self.enabled || self.threshold[0] == 0 {
            return false;
        }
        self.prune();
        let growth = self.tracked.len().saturating_sub(self.live_last);
        self.count = growth;
        self.due = growth >= self.next_collect;
        self.due
    }

    /// Drops the entries of dead objects (their allocations are kept until then) and the weak
    /// reference records of dead objects whose callbacks were already due.
    fn prune(&mut self) {
        self.tracked.retain(WeakObj::is_alive);
        self.prune_at = (self.tracked.len() * 2).max(1024);
    }

    /// Live tracked objects (`gc.get_objects()`).
    pub fn live(&mut self) -> Vec<Obj> {
        self.prune();
        self.tracked.iter().filter_map(WeakObj::upgrade).collect()
    }

    pub fn is_tracked(&self, o: &Obj) -> bool {
        let id = o.id();
        self.tracked.iter().any(|w| w.id() == id && w.is_alive())
    }

    /// Addresses of dead objects that weak references still point to (objects without a
    /// death hook: their callbacks run late, when a collection notices).
    pub fn dead_weak_targets(&self) -> Vec<usize> {
        self.weakrefs
            .iter()
            .filter(|(_, v)| v.first().is_some_and(|e| !e.target.is_alive()))
            .map(|(k, _)| *k)
            .collect()
    }

    fn collected_heap(&mut self, heap: usize) {
        self.count = 0;
        self.due = false;
        self.next_collect = self.threshold[0].max(heap / 4);
        self.collections += 1;
    }
}

/// Whether an object of this kind can hold references (leaves are never garbage on their own:
/// they go with whatever holds them; CPython's collector does not track them either).
pub fn is_container(o: &Obj) -> bool {
    !matches!(
        o.kind(),
        Kind::Str(_)
            | Kind::BigInt(_)
            | Kind::Float(_)
            | Kind::Bytes(_)
            | Kind::ByteArray(_)
            | Kind::Complex(..)
            | Kind::Range(_)
            | Kind::NotImplemented
            | Kind::Ellipsis
            | Kind::Code(_)
            | Kind::Slot(_)
    )
}

/// Trial deletion over `objs` (and, with `expand`, everything they reach): the objects no
/// outside reference keeps alive, directly or through others.
fn unreachable(
    mut objs: Vec<Obj>,
    expand: bool,
    frames: Option<FrameVisitor>,
) -> (Vec<Obj>, usize) {
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    objs.retain(|o| index.insert(o.id(), index.len()).is_none());
    // One traversal per object: it records the edges inside the set (as indices, for the
    // passes below, which then need neither the traversal nor the index again) and, with
    // `expand`, adds the containers it reaches.
    let mut edges: Vec<u32> = Vec::new();
    let mut ends: Vec<u32> = Vec::with_capacity(objs.len());
    let mut opaque: Vec<bool> = Vec::with_capacity(objs.len());
    let mut i = 0;
    while i < objs.len() {
        let o = objs[i].clone();
        let readable = for_each_child_in(&o, frames, &mut |c| {
            let j = match index.get(&c.id()) {
                Some(&j) => j,
                None if expand && is_container(c) => {
                    let j = objs.len();
                    index.insert(c.id(), j);
                    objs.push(c.clone());
                    j
                }
                None => return,
            };
            edges.push(j as u32);
        });
        opaque.push(!readable);
        ends.push(edges.len() as u32);
        i += 1;
    }
    drop(index);
    let children = |i: usize| {
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        &edges[start..ends[i] as usize]
    };
    // Each object is held once by `objs`: the rest of its strong count is real references.
    let mut refs: Vec<isize> = objs.iter().map(|o| o.strong_count() as isize - 1).collect();
    for &j in &edges {
        refs[j as usize] -= 1;
    }
    // Anything still referenced (or not readable) is alive, and so is what it reaches.
    let mut alive: Vec<bool> = refs
        .iter()
        .zip(&opaque)
        .map(|(r, o)| *r != 0 || *o)
        .collect();
    let mut todo: Vec<usize> = (0..objs.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = todo.pop() {
        for &j in children(i) {
            let j = j as usize;
            if !alive[j] {
                alive[j] = true;
                todo.push(j);
            }
        }
    }
    let total = objs.len();
    let garbage = objs
        .into_iter()
        .zip(alive)
        .filter_map(|(o, a)| (!a).then_some(o))
        .collect();
    (garbage, total)
}

impl crate::InterpState {
    /// Tracks a container made by the eval loop or a class; requests a collection at the next
    /// safe point when enough were made since the last one.
    #[inline]
    pub fn gc_track(&self, o: &Obj) {
        if let Ok(mut g) = self.gc.try_borrow_mut()
            && g.track(o)
        {
            self.gc_hooks.pending.set(true);
        }
    }

    /// Whether an automatic collection is due.
    pub fn gc_due(&self) -> bool {
        self.gc
            .try_borrow()
            .is_ok_and(|g| g.due && g.enabled && !g.collecting)
    }

    /// The unreachable objects among everything tracked (and what it reaches).
    pub fn gc_find_garbage(&self) -> Vec<Obj> {
        let Ok(mut g) = self.gc.try_borrow_mut() else {
            return Vec::new();
        };
        let roots = g.live();
        drop(g);
        let (garbage, heap) = unreachable(roots, true, self.gc_hooks.frame_visitor.get());
        if let Ok(mut g) = self.gc.try_borrow_mut() {
            g.collected_heap(heap);
        }
        garbage
    }

    /// After finalizers ran: the part of `garbage` still unreachable (a finalizer may have
    /// stored an object somewhere, resurrecting it and what it reaches).
    pub fn gc_recheck(&self, garbage: Vec<Obj>) -> Vec<Obj> {
        unreachable(garbage, false, self.gc_hooks.frame_visitor.get()).0
    }

    /// Breaks the cycles of confirmed garbage; dropping the objects then frees them.
    pub fn gc_clear(&self, garbage: &[Obj]) {
        for o in garbage {
            clear(o);
        }
    }

    /// After a collection freed its garbage: the baseline for counting growth.
    pub fn gc_collected(&self) {
        if let Ok(mut g) = self.gc.try_borrow_mut() {
            g.prune();
            g.live_last = g.tracked.len();
            g.count = 0;
        }
    }

    /// Live tracked objects, for teardown (unreachable cycles are broken with the rest).
    pub(crate) fn gc_roots(&self) -> Vec<Obj> {
        self.gc
            .try_borrow_mut()
            .map(|mut g| g.live())
            .unwrap_or_default()
    }
}
