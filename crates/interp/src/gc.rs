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

/// Collector state of one interpreter. Generational, as CPython's: an automatic collection
/// looks only at the containers tracked since the last collection (the young ones) and
/// promotes the survivors to `old`; the whole heap is walked only once enough was promoted
/// (CPython's rule for its oldest generation), or for `gc.collect()`.
pub struct GcState {
    /// Young: tracked since the last collection.
    tracked: Vec<WeakObj>,
    /// Survivors of earlier collections.
    old: Vec<WeakObj>,
    /// Prune dead entries from `old` when it grows to this length (a dead entry keeps its
    /// object's allocation).
    old_prune_at: usize,
    /// Promoted to `old` since the last full collection, and `old`'s size after it.
    promoted: usize,
    old_after_full: usize,
    /// The next collection walks the whole heap (`gc.collect()`).
    full_requested: bool,
    /// The collection under way walks the whole heap.
    collecting_full: bool,
    /// Prune dead entries from `tracked` when it grows to this length.
    prune_at: usize,
    /// Tracked allocations since the last collection (`gc.get_count()[0]`).
    pub count: usize,
    /// Collect when `count` (young objects still alive) reaches this: `threshold[0]`.
    next_collect: usize,
    pub threshold: [usize; 3],
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
            old: Vec::new(),
            old_prune_at: 1024,
            promoted: 0,
            old_after_full: 0,
            full_requested: false,
            collecting_full: false,
            prune_at: 1024,
            count: 0,
            next_collect: 700,
            threshold: [700, 10, 10],
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
        // Young objects still alive: CPython counts allocations minus deallocations.
        self.prune();
        let growth = self.tracked.len();
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

    /// Live tracked objects, old and young (`gc.get_objects()`).
    pub fn live(&mut self) -> Vec<Obj> {
        self.prune();
        self.prune_old();
        self.old
            .iter()
            .chain(&self.tracked)
            .filter_map(WeakObj::upgrade)
            .collect()
    }

    /// Drops the entries of dead old objects.
    fn prune_old(&mut self) {
        self.old.retain(WeakObj::is_alive);
        self.old_prune_at = (self.old.len() * 2).max(1024);
    }

    pub fn is_tracked(&self, o: &Obj) -> bool {
        let id = o.id();
        self.old
            .iter()
            .chain(&self.tracked)
            .any(|w| w.id() == id && w.is_alive())
    }

    /// Whether the next collection walks the whole heap: asked for, or enough promoted
    /// since the last full one (at least `threshold[0] * threshold[1] * threshold[2]`, and a
    /// quarter of what survived it, so full walks cost O(1) per promoted object).
    fn full_due(&self) -> bool {
        let [t0, t1, t2] = self.threshold;
        let step = (t0.max(1) * t1.max(1) * t2.max(1)).max(self.old_after_full / 4);
        self.full_requested || self.promoted >= step
    }

    /// After a collection: the young survivors become old.
    fn promote(&mut self, full: bool) {
        self.prune();
        self.promoted += self.tracked.len();
        self.old.append(&mut self.tracked);
        if self.old.len() >= self.old_prune_at {
            self.prune_old();
        }
        self.prune_at = 1024;
        if full {
            self.prune_old();
            self.old_after_full = self.old.len();
            self.promoted = 0;
            self.full_requested = false;
        }
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

    fn collection_done(&mut self) {
        self.count = 0;
        self.due = false;
        self.next_collect = self.threshold[0];
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

/// How far [`unreachable`] looks beyond the objects it is given.
#[derive(Clone, Copy, PartialEq)]
enum Expand {
    /// Only the given objects.
    No,
    /// Also the `__dict__` objects of the given instances (a young collection: an instance's
    /// dict is part of it, and most cycles run through one).
    InstanceDicts,
    /// Everything they reach (a full collection).
    All,
}

/// Trial deletion over `objs` (and what `expand` adds): the objects no outside reference
/// keeps alive, directly or through others. A reference from outside the set counts as
/// external, so looking at fewer objects can only find less garbage, never free a live one.
fn unreachable(mut objs: Vec<Obj>, expand: Expand, frames: Option<FrameVisitor>) -> Vec<Obj> {
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    objs.retain(|o| index.insert(o.id(), index.len()).is_none());
    if expand == Expand::InstanceDicts {
        for i in 0..objs.len() {
            let inst = match objs[i].kind() {
                Kind::Instance(inst) => Some(inst),
                _ => objs[i].sub(),
            };
            if let Some(d) = inst.and_then(|inst| inst.dict.clone())
                && !index.contains_key(&d.id())
            {
                index.insert(d.id(), objs.len());
                objs.push(d);
            }
        }
    }
    let expand = expand == Expand::All;
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
    objs.into_iter()
        .zip(alive)
        .filter_map(|(o, a)| (!a).then_some(o))
        .collect()
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

    /// The next collection walks the whole heap (`gc.collect()`).
    pub fn gc_request_full(&self) {
        if let Ok(mut g) = self.gc.try_borrow_mut() {
            g.full_requested = true;
        }
    }

    /// The unreachable objects among the young tracked objects and their instance dicts,
    /// or, when a full collection is due, among everything tracked and what it reaches.
    pub fn gc_find_garbage(&self) -> Vec<Obj> {
        let Ok(mut g) = self.gc.try_borrow_mut() else {
            return Vec::new();
        };
        let full = g.full_due();
        g.collecting_full = full;
        let roots = if full {
            g.live()
        } else {
            g.prune();
            g.tracked.iter().filter_map(WeakObj::upgrade).collect()
        };
        drop(g);
        let expand = if full {
            Expand::All
        } else {
            Expand::InstanceDicts
        };
        let garbage = unreachable(roots, expand, self.gc_hooks.frame_visitor.get());
        if let Ok(mut g) = self.gc.try_borrow_mut() {
            g.collection_done();
        }
        garbage
    }

    /// After finalizers ran: the part of `garbage` still unreachable (a finalizer may have
    /// stored an object somewhere, resurrecting it and what it reaches).
    pub fn gc_recheck(&self, garbage: Vec<Obj>) -> Vec<Obj> {
        unreachable(garbage, Expand::No, self.gc_hooks.frame_visitor.get())
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
            let full = std::mem::take(&mut g.collecting_full);
            g.promote(full);
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
