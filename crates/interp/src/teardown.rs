//! Closing an interpreter frees its heap. Objects are reference counted (`Rc`), so a cycle
//! (a dict holding itself, an instance whose attribute is itself, a function whose globals
//! hold it) would outlive the interpreter. Teardown walks everything reachable from the
//! interpreter's roots and empties every mutable slot it finds: every `Rc` cycle runs through
//! one (an immutable graph cannot close a cycle), so after this the heap drops to nothing.
//!
//! Cycles that became unreachable while the interpreter ran are reached too: the objects
//! the collector tracks (`crate::gc`) are roots here. Not reached: values inside opaque
//! native state (`Kind::Other`, native iterators, a suspended generator's frame, which is
//! dropped whole). The same traversal ([`for_each_child`]) serves the cycle collector.

use isles_object::{IterState, Kind, Obj, Value};

/// Empties every mutable slot of every object reachable from `roots`.
pub(crate) fn break_cycles(roots: Vec<Obj>) {
    // Fx: the keys are addresses, and this runs on every close (create + close is a figure).
    let mut seen =
        rustc_hash::FxHashSet::<usize>::with_capacity_and_hasher(512, Default::default());
    // Visited objects stay alive here until every one is cleared, so ids stay unique.
    let mut visited: Vec<Obj> = Vec::with_capacity(512);
    let mut todo = roots;
    todo.retain(|o| !leaf(o));
    while let Some(o) = todo.pop() {
        if !seen.insert(o.id()) {
            continue;
        }
        for_each_child(&o, &mut |c| {
            if !leaf(c) {
                todo.push(c.clone());
            }
        });
        visited.push(o);
    }
    for o in &visited {
        clear(o);
    }
}

/// Objects that hold no reference to another object, so they cannot be part of a cycle and
/// have nothing to clear: most of an idle interpreter (every interned name, every builtin
/// function), skipped without a trip through the `seen` set.
fn leaf(o: &Obj) -> bool {
    o.sub().is_none()
        && match o.kind() {
            Kind::Str(_)
            | Kind::BigInt(_)
            | Kind::Float(_)
            | Kind::Bytes(_)
            | Kind::Complex(..)
            | Kind::Range(_)
            | Kind::NotImplemented
            | Kind::Ellipsis => true,
            Kind::Native(n) => n.self_.is_none(),
            _ => false,
        }
}

/// The objects a function holds (its globals, builtins, defaults, closure, names, dict), as
/// [`for_each_child`] reports them; also for a frame that is the last holder of its function.
pub fn function_children(func: &isles_object::Function, f: &mut dyn FnMut(&Obj)) -> bool {
    f(&func.globals);
    f(&func.builtins);
    let (Ok(defaults), Ok(kwdefaults), Ok(name), Ok(qualname), Ok(d)) = (
        func.defaults.try_borrow(),
        func.kwdefaults.try_borrow(),
        func.name.try_borrow(),
        func.qualname.try_borrow(),
        func.dict.try_borrow(),
    ) else {
        return false;
    };
    // Shared `Rc` slices would be counted once per holder: only a sole holder reports.
    if let Some(d) = defaults.as_ref()
        && std::rc::Rc::strong_count(d) == 1
    {
        d.iter().for_each(|v| value_child(v, f));
    }
    if let Some(k) = kwdefaults.as_ref() {
        f(k);
    }
    if let Some(c) = &func.closure {
        f(c);
    }
    value_child(&name, f);
    value_child(&qualname, f);
    value_child(&func.module, f);
    if let Some(d) = d.as_ref() {
        f(d);
    }
    // The function a `__code__` assignment made, when held by this one alone (a running
    // frame's hold makes its references external).
    if let Some(s) = func.code_swap.get() {
        let Ok(s) = s.try_borrow() else {
            return false;
        };
        if std::rc::Rc::strong_count(&s) == 1 && !function_children(&s, f) {
            return false;
        }
    }
    true
}

fn value_child(v: &Value, f: &mut dyn FnMut(&Obj)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

/// Calls `f` on every object `o` holds a strong reference to, each reference once (the
/// collector counts them against `Rc` strong counts, so a reference reported here must be
/// one the object really holds). Constants are left out: they are immutable and cannot
/// close a cycle. Returns false when a slot could not be read (borrowed right now).
pub fn for_each_child(o: &Obj, f: &mut dyn FnMut(&Obj)) -> bool {
    for_each_child_in(o, None, f)
}

/// [`for_each_child`], also seeing into suspended generator frames through `frames`.
pub(crate) fn for_each_child_in(
    o: &Obj,
    frames: Option<isles_object::gc::FrameVisitor>,
    f: &mut dyn FnMut(&Obj),
) -> bool {
    fn dict(d: &isles_object::Dict, f: &mut dyn FnMut(&Obj)) {
        for e in d.iter() {
            value_child(&e.key, f);
            value_child(&e.value, f);
        }
    }
    if let Some(i) = o.sub()
        && !instance_children(i, f)
    {
        return false;
    }
    match o.kind() {
        Kind::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().for_each(|v| value_child(v, f)),
            Err(_) => return false,
        },
        Kind::Tuple(t) => t.iter().for_each(|v| value_child(v, f)),
        Kind::Dict(d) => match d.try_borrow() {
            Ok(d) => dict(&d, f),
            Err(_) => return false,
        },
        Kind::Function(func) if !function_children(func, f) => return false,
        Kind::Native(n) => {
            if let Some(s) = &n.self_ {
                value_child(s, f);
            }
        }
        Kind::Method(a, b) => {
            value_child(a, f);
            value_child(b, f);
        }
        Kind::Module(m) => f(&m.dict),
        Kind::Type(t) => {
            t.bases.borrow().iter().for_each(&mut *f);
            t.mro.borrow().iter().for_each(&mut *f);
            t.metaclass.iter().for_each(&mut *f);
            match t.dict.made().try_borrow() {
                Ok(d) => dict(&d, f),
                Err(_) => return false,
            }
        }
        Kind::Instance(i) if !instance_children(i, f) => return false,
        Kind::Exception(e) => {
            let (Ok(args), Ok(d), Ok(cause), Ok(context), Ok(group)) = (
                e.args.try_borrow(),
                e.dict.try_borrow(),
                e.cause.try_borrow(),
                e.context.try_borrow(),
                e.group.try_borrow(),
            ) else {
                return false;
            };
            f(&e.class);
            value_child(&args, f);
            value_child(&group, f);
            dict(&d, f);
            value_child(&cause, f);
            value_child(&context, f);
        }
        Kind::Slice(a, b, c) => {
            value_child(a, f);
            value_child(b, f);
            value_child(c, f);
        }
        Kind::Cell(c) => match c.try_borrow() {
            Ok(c) => value_child(&c, f),
            Err(_) => return false,
        },
        Kind::Iter(it) => match it.try_borrow() {
            Ok(it) => match &*it {
                IterState::Seq { seq, .. } => f(seq),
                IterState::Set { set, .. } => f(set),
                IterState::Enumerate { it, count, last } => {
                    value_child(it, f);
                    value_child(count, f);
                    if let Some(t) = last {
                        f(t);
                    }
                }
                IterState::Str { s, .. } => f(s),
                IterState::Dict { dict, last, .. } => {
                    f(dict);
                    if let Some(t) = last {
                        f(t);
                    }
                }
                _ => {}
            },
            Err(_) => return false,
        },
        Kind::Property(p) => {
            value_child(&p.fget, f);
            value_child(&p.fset, f);
            value_child(&p.fdel, f);
            value_child(&p.doc, f);
        }
        Kind::Set(s) => match s.try_borrow() {
            Ok(s) => s.iter().for_each(|(_, v)| value_child(v, f)),
            Err(_) => return false,
        },
        Kind::FrozenSet(s) => s.iter().for_each(|(_, v)| value_child(v, f)),
        Kind::DictView(d, _) => f(d),
        Kind::Generator(g) => {
            if let Some(visit) = frames {
                match g.frame.try_borrow() {
                    Ok(fr) => {
                        if let Some(fr) = fr.as_ref()
                            && !visit(fr, f)
                        {
                            return false;
                        }
                    }
                    Err(_) => return false,
                }
            }
        }
        Kind::StaticMethod(v) | Kind::ClassMethod(v) => value_child(v, f),
        Kind::Super { start, obj } => {
            f(start);
            value_child(obj, f);
        }
        Kind::Opaque(_, b) => {
            if let Some(d) = b.downcast_ref::<isles_object::deque::DequeData>() {
                match d.items.try_borrow() {
                    Ok(items) => items.iter().for_each(|v| value_child(v, f)),
                    Err(_) => return false,
                }
            }
        }
        _ => {}
    }
    true
}

fn instance_children(i: &isles_object::Instance, f: &mut dyn FnMut(&Obj)) -> bool {
    let (Ok(class), Ok(slots)) = (i.class.try_borrow(), i.slots.try_borrow()) else {
        return false;
    };
    f(&class);
    if let Some(d) = &i.dict {
        f(d);
    }
    for v in slots.iter() {
        if let Value::Obj(o) = v {
            f(o);
        }
    }
    true
}

/// Empties an instance's slots; the dict object is cleared as an object of its own.
fn clear_instance(i: &isles_object::Instance) {
    let mut slots = i.slots.borrow_mut();
    let old: Vec<Value> = slots.iter_mut().map(std::mem::take).collect();
    drop(slots);
    drop(old);
}

/// Empties the object's mutable slots (its immutable parts cannot close a cycle).
pub(crate) fn clear(o: &Obj) {
    if let Some(i) = o.sub() {
        clear_instance(i);
    }
    // What is taken out is dropped only after the borrow ends: dropping may free other
    // objects, which is fine, but must not re-enter this object's `RefCell`.
    match o.kind() {
        Kind::List(l) => drop(std::mem::take(&mut *l.borrow_mut())),
        Kind::Dict(d) => drop(std::mem::take(&mut *d.borrow_mut())),
        Kind::Function(f) => {
            drop(f.defaults.borrow_mut().take());
            drop(f.kwdefaults.borrow_mut().take());
            drop(f.dict.borrow_mut().take());
            if let Some(s) = f.swapped() {
                drop(s.defaults.borrow_mut().take());
                drop(s.kwdefaults.borrow_mut().take());
            }
        }
        Kind::Type(t) => {
            t.dict.forget_pending();
            drop(std::mem::take(&mut *t.dict.made().borrow_mut()));
        }
        Kind::Instance(i) => clear_instance(i),
        Kind::Exception(e) => {
            drop(std::mem::replace(&mut *e.args.borrow_mut(), Value::None));
            drop(std::mem::take(&mut *e.dict.borrow_mut()));
            drop(std::mem::replace(&mut *e.cause.borrow_mut(), Value::None));
            drop(std::mem::replace(&mut *e.context.borrow_mut(), Value::None));
            drop(std::mem::replace(&mut *e.group.borrow_mut(), Value::None));
            drop(std::mem::take(&mut *e.traceback.borrow_mut()));
        }
        Kind::Cell(c) => drop(std::mem::take(&mut *c.borrow_mut())),
        Kind::Iter(it) => {
            let mut it = it.borrow_mut();
            let done = it.exhausted();
            let old = std::mem::replace(&mut *it, done);
            drop(it);
            drop(old);
        }
        Kind::Set(s) => {
            let mut s = s.borrow_mut();
            let old = std::mem::take(&mut *s);
            drop(s);
            drop(old);
        }
        Kind::Generator(g) => drop(g.frame.borrow_mut().take()),
        Kind::Opaque(_, b) => {
            if let Some(d) = b.downcast_ref::<isles_object::deque::DequeData>()
                && let Ok(mut items) = d.items.try_borrow_mut()
            {
                let old = std::mem::take(&mut *items);
                drop(items);
                drop(old);
            }
        }
        _ => {}
    }
}
