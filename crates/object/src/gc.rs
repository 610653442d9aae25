//! What the object layer knows about collection: weak object references, and the per-interpreter
//! hooks through which the death of an instance whose class defines `__del__` (or that weak
//! references point to) is reported to its interpreter. The collector itself lives in
//! `isles-interp` and running finalizers in `isles-ceval`; here a dying instance only queues.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::value::{Instance, Kind, Obj, ObjData};

/// A weak reference to an object: does not keep it alive, but keeps its address from being
/// reused while it exists (the allocation stays until the last weak reference goes). The
/// attribute inline caches hold these too, so they keep no object alive and close no cycle.
#[derive(Clone, Default)]
pub struct WeakObj(Weak<ObjData>);

impl WeakObj {
    /// Whether this refers to `o` (no upgrade needed: the allocation outlives the weak).
    #[inline]
    pub fn is(&self, o: &Obj) -> bool {
        std::ptr::eq(self.0.as_ptr(), Rc::as_ptr(o.rc()))
    }

    #[inline]
    pub fn upgrade(&self) -> Option<Obj> {
        self.0.upgrade().map(Obj::from_rc)
    }

    pub fn is_alive(&self) -> bool {
        self.0.strong_count() > 0
    }

    /// The address of the object (its `id()` while it lived).
    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }
}

/// Instance flag: the class defines `__del__` (set when the instance is made).
pub const HAS_DEL: u8 = 1;
/// Instance flag: weak references point to it.
pub const HAS_WEAKREFS: u8 = 2;
/// Instance flag: `__del__` already ran (PEP 442: a finalizer runs once per object).
pub const FINALIZED: u8 = 4;

/// Something an object's death asks its interpreter to do at the next safe point.
pub enum Pending {
    /// Call `__del__` on this instance: the contents of an instance whose last reference went,
    /// moved into a fresh object (an `Rc` cannot come back from zero).
    Finalize(Obj),
    /// The object at this address died while weak references pointed to it: clear them and
    /// run their callbacks.
    WeakDead(usize),
    /// Close this generator: the suspended frame of one that died inside a `try`, moved
    /// into a fresh generator object.
    Close(Obj),
    /// `Finalize` for an instance that weak references pointed to (at this address): as in
    /// CPython's `subtype_dealloc`, they see the object during `__del__` and stay valid if
    /// it resurrects itself; otherwise they are cleared and their callbacks run after it.
    FinalizeWeak(Obj, usize),
}

/// Reports the objects a suspended generator frame holds, each once (set by `isles-ceval`,
/// which knows when a frame's function reports them); false when it cannot tell.
pub type FrameVisitor = fn(&crate::frame::Suspended, &mut dyn FnMut(&Obj)) -> bool;

/// Per-interpreter queue shared by the interpreter and its user classes (a dying instance
/// reaches it through its class).
#[derive(Default)]
pub struct GcHooks {
    /// Set when `queue` is not empty or a collection is due; the eval loop checks it at calls
    /// and loop back-edges.
    pub pending: Cell<bool>,
    pub queue: RefCell<Vec<Pending>>,
    /// Set while the queue is being run (finalizers that free more objects queue them).
    pub running: Cell<bool>,
    /// Set while the interpreter is closed: deaths are no longer reported.
    pub closed: Cell<bool>,
    /// Set by the eval loop's layer so the collector can see into generator frames.
    pub frame_visitor: Cell<Option<FrameVisitor>>,
}

impl GcHooks {
    pub fn push(&self, p: Pending) {
        if let Ok(mut q) = self.queue.try_borrow_mut() {
            q.push(p);
            self.pending.set(true);
        }
    }

    /// Takes everything queued.
    pub fn take(&self) -> Vec<Pending> {
        self.queue
            .try_borrow_mut()
            .map(|mut q| std::mem::take(&mut *q))
            .unwrap_or_default()
    }
}

impl Obj {
    pub fn downgrade(&self) -> WeakObj {
        WeakObj(Rc::downgrade(self.rc()))
    }

    pub fn weak_count(&self) -> usize {
        Rc::weak_count(self.rc())
    }
}

/// Called from `ObjData`'s drop for a generator suspended inside a `try`: queues its close.
pub(crate) fn generator_died(g: &mut crate::value::Generator) {
    let Some(hooks) = g.hooks.clone() else {
        return;
    };
    if hooks.closed.get() {
        return;
    }
    let Some(frame) = g.frame.get_mut().take() else {
        return;
    };
    let revived = crate::value::Generator {
        frame: RefCell::new(Some(frame)),
        running: Cell::new(false),
        coroutine: g.coroutine,
        async_gen: g.async_gen,
        code: g.code.clone(),
        name: RefCell::new(g.name.get_mut().take()),
        qualname: RefCell::new(g.qualname.get_mut().take()),
        // Closed once: a generator that survives its close is not closed again.
        needs_close: Cell::new(false),
        hooks: None,
    };
    hooks.push(Pending::Close(Obj::new(Kind::Generator(Box::new(revived)))));
}

/// Called from `ObjData`'s drop for an instance with flags: queues its finalizer and the
/// clearing of the weak references to it. `payload` is the builtin value of an instance of a
/// subclass of a builtin type (moved into the revived object with the rest).
pub(crate) fn instance_died(addr: usize, inst: &mut Instance, payload: Option<&mut Kind>) {
    let flags = inst.flags.get();
    let class = inst.class.borrow().clone();
    let Some(hooks) = class.as_type().and_then(|t| t.gc.clone()) else {
        return;
    };
    if hooks.closed.get() {
        return;
    }
    if flags & HAS_DEL != 0 && flags & FINALIZED == 0 {
        let revived = Instance {
            class_id: Cell::new(class.id()),
            class: RefCell::new(class),
            dict: inst.dict.take(),
            slots: inst.slots.take(),
            flags: Cell::new(flags | FINALIZED),
        };
        let o = match payload {
            Some(k) => Obj::new_sub(std::mem::replace(k, Kind::NotImplemented), revived),
            None => Obj::new(Kind::Instance(revived)),
        };
        hooks.push(if flags & HAS_WEAKREFS != 0 {
            Pending::FinalizeWeak(o, addr)
        } else {
            Pending::Finalize(o)
        });
        return;
    }
    if flags & HAS_WEAKREFS != 0 {
        hooks.push(Pending::WeakDead(addr));
    }
}
