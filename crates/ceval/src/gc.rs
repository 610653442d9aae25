//! Running what object deaths ask for: `__del__` finalizers and weakref callbacks, at safe
//! points of the eval loop (calls and loop back-edges), and the cycle collector's collections
//! (`gc.collect()`, or automatic once enough containers were made). The heap side of the
//! collector is `isles_interp`'s `gc` module; the queue that dying instances fill is
//! `isles_object::GcHooks`.

use isles_object::gc::{FINALIZED, HAS_DEL, HAS_WEAKREFS};
use isles_object::{Instance, Kind, Obj, Pending, PyErr, Value};

use crate::{Args, Thread, dunder, ops};

impl Thread<'_> {
    /// The eval loop's check: one load when nothing is queued.
    #[inline]
    pub(crate) fn gc_check(&mut self) {
        if self.st.gc_hooks.pending.get() {
            run_pending(self);
        }
    }
}

/// Runs queued finalizers and callbacks, then a collection if one is due.
pub fn run_pending(th: &mut Thread<'_>) {
    let hooks = th.st.gc_hooks.clone();
    if hooks.running.replace(true) {
        return;
    }
    loop {
        let items = hooks.take();
        if items.is_empty() {
            break;
        }
        // A finalized object is kept until the batch is done: as in CPython, weak references
        // it holds (to itself) are still alive when its own callbacks run.
        let mut finalized = Vec::new();
        for p in items {
            match p {
                Pending::Finalize(o) => {
                    let v = Value::Obj(o);
                    call_del(th, &v);
                    finalized.push(v);
                }
                Pending::FinalizeWeak(o, addr) => {
                    move_weakrefs(th, addr, &o);
                    let v = Value::Obj(o);
                    call_del(th, &v);
                    // Not resurrected: the weak references die with it, callbacks now.
                    if let Value::Obj(o) = &v
                        && o.strong_count() == 1
                        && let Some(i) = o.instance()
                    {
                        i.flags.set(i.flags.get() & !HAS_WEAKREFS);
                        weak_dead(th, o.id());
                    }
                    finalized.push(v);
                }
                Pending::WeakDead(addr) => weak_dead(th, addr),
                Pending::Close(o) => {
                    let v = Value::Obj(o);
                    if let Err(e) = crate::generator::close(th, &v) {
                        unraisable(th, e, &v);
                    }
                }
            }
        }
        drop(finalized);
    }
    hooks.pending.set(false);
    hooks.running.set(false);
    if th.st.gc_due() {
        collect(th);
    }
}

/// The class, dict and slots of a new instance of `cls`, flagged when the class defines
/// `__del__`.
pub fn instance_of(cls: &Obj) -> Instance {
    let inst = Instance::new(cls.clone());
    if dunder::hooks(cls) & dunder::HOOK_DEL != 0 {
        inst.flags.set(HAS_DEL);
    }
    inst
}

/// A new instance of a user class, tracked by the collector.
pub fn new_instance(th: &Thread<'_>, cls: &Obj) -> Value {
    let o = Obj::new(Kind::Instance(instance_of(cls)));
    th.st.gc_track(&o);
    Value::Obj(o)
}

/// Calls `obj.__del__()`; an exception is reported as "Exception ignored in" (CPython's
/// unraisable hook) and not raised.
fn call_del(th: &mut Thread<'_>, obj: &Value) {
    let Some(f) = dunder::lookup(obj, "__del__") else {
        return;
    };
    if let Err(e) = dunder::call_method(th, obj, f.clone(), &[]) {
        unraisable(th, e, &f);
    }
}

/// Writes CPython's report of an exception that cannot be raised to `sys.stderr`.
pub fn unraisable(th: &mut Thread<'_>, mut e: PyErr, obj: &Value) {
    let what = ops::repr(th, obj).unwrap_or_else(|_| "<object>".into());
    let report = format!(
        "Exception ignored in: {what}\n{}",
        crate::traceback::format_exception(th, &mut e)
    );
    write_stderr(th, &report);
}

fn write_stderr(th: &mut Thread<'_>, s: &str) {
    let sys = match th.st.modules.kind() {
        Kind::Dict(d) => d.borrow().get_str("sys").cloned(),
        _ => None,
    };
    let written = sys.is_some_and(|sys| {
        let stderr = ops::getattr(th, &sys, &th.intern("stderr"));
        let write = stderr.and_then(|e| ops::getattr(th, &e, &th.intern("write")));
        write.is_ok_and(|w| th.call(&w, Args::positional(&[Value::str(s)])).is_ok())
    });
    if !written {
        eprint!("{s}");
    }
}

/// The object at `addr` died: clears the weak references to it and runs their callbacks,
/// newest first (as CPython).
fn weak_dead(th: &mut Thread<'_>, addr: usize) {
    let entries = match th.st.gc.try_borrow_mut() {
        Ok(mut g) => g.weakrefs.remove(&addr).unwrap_or_default(),
        Err(_) => return,
    };
    let refs: Vec<Obj> = entries
        .iter()
        .rev()
        .filter_map(|e| {
            kill_handle(&e.handle);
            e.refobj.upgrade()
        })
        .collect();
    drop(entries);
    for r in refs {
        run_callback(th, &r);
    }
}

/// Points the weak references to the dead object at `addr` to `revived`, the object its
/// contents moved into for `__del__`.
fn move_weakrefs(th: &Thread<'_>, addr: usize, revived: &Obj) {
    let Ok(mut g) = th.st.gc.try_borrow_mut() else {
        return;
    };
    let Some(mut entries) = g.weakrefs.remove(&addr) else {
        return;
    };
    for e in &mut entries {
        e.target = revived.downgrade();
        if let Kind::Other(b) = e.handle.kind()
            && let Some(cell) = b.downcast_ref::<WeakHandle>()
            && cell.0.borrow().is_some()
        {
            cell.0.replace(Some(revived.downgrade()));
        }
    }
    g.weakrefs.insert(revived.id(), entries);
}

/// Empties a `_weakref` handle: `ref()` returns None from now on.
pub fn kill_handle(h: &Obj) {
    if let Kind::Other(b) = h.kind()
        && let Some(cell) = b.downcast_ref::<WeakHandle>()
    {
        cell.0.replace(None);
    }
}

/// The native half of a weak reference (held by the Python-level `weakref.ref` object).
pub struct WeakHandle(pub std::cell::RefCell<Option<isles_object::WeakObj>>);

fn run_callback(th: &mut Thread<'_>, r: &Obj) {
    let rv = Value::Obj(r.clone());
    let Ok(cb) = ops::getattr(th, &rv, &th.intern("__callback__")) else {
        return;
    };
    if cb.is_none() {
        return;
    }
    if let Err(e) = th.call(&cb, Args::positional(&[rv])) {
        unraisable(th, e, &cb);
    }
}

/// One full collection (`gc.collect()`): returns how many unreachable objects it found,
/// counted as CPython counts its tracked containers.
pub fn collect(th: &mut Thread<'_>) -> usize {
    match th.st.gc.try_borrow_mut() {
        Ok(mut g) if !g.collecting => g.collecting = true,
        _ => return 0,
    }
    // Weak references whose object died without a death hook (functions, classes, sets).
    let dead: Vec<usize> = th
        .st
        .gc
        .try_borrow()
        .map(|g| g.dead_weak_targets())
        .unwrap_or_default();
    for addr in dead {
        weak_dead(th, addr);
    }
    let garbage = th.st.gc_find_garbage();
    let mut found = 0;
    if !garbage.is_empty() {
        // CPython's order: weak references to the garbage are cleared (callbacks of live
        // ones run), then finalizers run once, then what is still unreachable is cleared.
        let ids: std::collections::HashSet<usize> = garbage.iter().map(Obj::id).collect();
        let mut callbacks = Vec::new();
        if let Ok(mut g) = th.st.gc.try_borrow_mut() {
            for o in &garbage {
                if let Some(entries) = g.weakrefs.remove(&o.id()) {
                    for e in entries.iter().rev() {
                        kill_handle(&e.handle);
                        if let Some(r) = e.refobj.upgrade()
                            && !ids.contains(&r.id())
                        {
                            callbacks.push(r);
                        }
                    }
                }
            }
        }
        for r in callbacks {
            run_callback(th, &r);
        }
        for o in &garbage {
            if let Some(i) = o.instance() {
                let f = i.flags.get();
                i.flags.set(f & !HAS_WEAKREFS);
                if f & HAS_DEL != 0 && f & FINALIZED == 0 {
                    i.flags.set(f | FINALIZED);
                    call_del(th, &Value::Obj(o.clone()));
                }
            }
        }
        let garbage = th.st.gc_recheck(garbage);
        found = count(&garbage);
        th.st.gc_clear(&garbage);
        drop(garbage);
    }
    if let Ok(mut g) = th.st.gc.try_borrow_mut() {
        g.collecting = false;
        g.collected += found;
    }
    th.st.gc_collected();
    if th.st.gc_hooks.pending.get() {
        run_pending(th);
    }
    found
}

/// How many objects CPython would report for this garbage: its tracked containers. An
/// instance's own `__dict__` is not counted (CPython 3.11 makes it only on demand), nor are
/// tuples of atomic values (untracked by CPython's collector).
fn count(garbage: &[Obj]) -> usize {
    let owned: std::collections::HashSet<usize> = garbage
        .iter()
        .filter_map(|o| o.instance().and_then(|i| i.dict.as_ref()).map(Obj::id))
        .collect();
    garbage
        .iter()
        .map(|o| match o.kind() {
            Kind::Dict(_) if owned.contains(&o.id()) => 0,
            Kind::Tuple(t) if t.iter().all(atomic) => 0,
            // CPython's defaults are a tuple of their own (untracked when atomic); the
            // closure is its tuple object, counted as garbage by itself.
            Kind::Function(f) => {
                1 + usize::from(
                    f.defaults
                        .try_borrow()
                        .is_ok_and(|d| d.as_ref().is_some_and(|d| !d.iter().all(atomic))),
                )
            }
            Kind::Native(_) | Kind::Module(_) => 0,
            _ => 1,
        })
        .sum()
}

/// Values CPython's collector never tracks.
fn atomic(v: &Value) -> bool {
    v.as_obj().is_none_or(|o| !isles_interp::is_container(o))
}

/// At the end of the program (CPython's module finalization): finalizes the instances only
/// `__main__`'s globals hold, in the order of the globals, then drops the globals (lists
/// release their items last to first, as CPython's list deallocation does).
pub fn finalize_main(th: &mut Thread<'_>) {
    th.gc_check();
    collect(th);
    let Some(dict) = th.st.module_dict(&th.st.main) else {
        return;
    };
    let Kind::Dict(d) = dict.kind() else {
        return;
    };
    let items: Vec<(Value, Value)> = d.borrow().items();
    for (_, v) in &items {
        if let Value::Obj(o) = v
            && let Some(i) = o.instance()
            && o.strong_count() == 2
        {
            let f = i.flags.get();
            if f & HAS_DEL != 0 && f & FINALIZED == 0 {
                i.flags.set(f | FINALIZED);
                call_del(th, v);
                th.gc_check();
            }
        }
    }
    for (k, v) in items {
        if k.as_str() == Some("__builtins__") {
            continue;
        }
        if let (Ok(mut d), Some(name)) = (d.try_borrow_mut(), k.as_str()) {
            d.set_str(name, Value::None);
        }
        if let Value::Obj(o) = &v
            && o.strong_count() == 1
            && let Kind::List(l) = o.kind()
        {
            let items = std::mem::take(&mut *l.borrow_mut());
            for x in items.into_iter().rev() {
                drop(x);
                th.gc_check();
            }
        }
        drop(v);
        th.gc_check();
    }
}
