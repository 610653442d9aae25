//! Closing an interpreter frees its heap. Objects are reference counted (`Rc`), so a cycle
//! (a dict holding itself, an instance whose attribute is itself, a function whose globals
//! hold it) would outlive the interpreter. Teardown walks everything reachable from the
//! interpreter's roots and empties every mutable slot it finds: every `Rc` cycle runs through
//! one (an immutable graph cannot close a cycle), so after this the heap drops to nothing.
//!
//! Not reached: cycles that were already unreachable while the interpreter ran (there is no
//! cycle collector yet), and values inside opaque native state (`Kind::Other`, native
//! iterators, a suspended generator's frame, which is dropped whole).

use isles_object::{IterState, Kind, Obj, Value};

/// Empties every mutable slot of every object reachable from `roots`.
pub(crate) fn break_cycles(roots: Vec<Obj>) {
    // Fx: the keys are addresses, and this runs on every close (create + close is a figure).
    let mut seen =
        rustc_hash::FxHashSet::<usize>::with_capacity_and_hasher(4096, Default::default());
    // Visited objects stay alive here until every one is cleared, so ids stay unique.
    let mut visited: Vec<Obj> = Vec::with_capacity(4096);
    let mut todo = roots;
    while let Some(o) = todo.pop() {
        if !seen.insert(o.id()) {
            continue;
        }
        children(&o, &mut todo);
        visited.push(o);
    }
    for o in &visited {
        clear(o);
    }
}

fn push(v: &Value, todo: &mut Vec<Obj>) {
    if let Value::Obj(o) = v {
        todo.push(o.clone());
    }
}

fn children(o: &Obj, todo: &mut Vec<Obj>) {
    let dict = |d: &isles_object::Dict, todo: &mut Vec<Obj>| {
        for e in d.iter() {
            push(&e.key, todo);
            push(&e.value, todo);
        }
    };
    if let Some(i) = o.sub() {
        instance_children(i, todo);
    }
    match o.kind() {
        Kind::List(l) => l.borrow().iter().for_each(|v| push(v, todo)),
        Kind::Tuple(t) => t.iter().for_each(|v| push(v, todo)),
        Kind::Dict(d) => dict(&d.borrow(), todo),
        Kind::Function(f) => {
            f.code.consts.iter().for_each(|v| push(v, todo));
            todo.push(f.globals.clone());
            todo.push(f.builtins.clone());
            if let Some(d) = f.defaults.borrow().as_ref() {
                d.iter().for_each(|v| push(v, todo));
            }
            if let Some(k) = f.kwdefaults.borrow().as_ref() {
                todo.push(k.clone());
            }
            if let Some(c) = &f.closure {
                todo.extend(c.iter().cloned());
            }
            push(&f.name.borrow(), todo);
            push(&f.qualname.borrow(), todo);
            push(&f.module, todo);
            if let Some(d) = f.dict.borrow().as_ref() {
                todo.push(d.clone());
            }
        }
        Kind::Native(n) => {
            if let Some(s) = &n.self_ {
                push(s, todo);
            }
        }
        Kind::Method(a, b) => {
            push(a, todo);
            push(b, todo);
        }
        Kind::Code(c) => c.consts.iter().for_each(|v| push(v, todo)),
        Kind::Module(m) => todo.push(m.dict.clone()),
        Kind::Type(t) => {
            todo.extend(t.bases.iter().cloned());
            todo.extend(t.mro.iter().cloned());
            todo.extend(t.metaclass.iter().cloned());
            dict(&t.dict.made().borrow(), todo);
        }
        Kind::Instance(i) => instance_children(i, todo),
        Kind::Exception(e) => {
            todo.push(e.class.clone());
            push(&e.args.borrow(), todo);
            dict(&e.dict.borrow(), todo);
            push(&e.cause.borrow(), todo);
            push(&e.context.borrow(), todo);
        }
        Kind::Slice(a, b, c) => {
            push(a, todo);
            push(b, todo);
            push(c, todo);
        }
        Kind::Cell(c) => push(&c.borrow(), todo),
        Kind::Iter(it) => match &*it.borrow() {
            IterState::Seq { seq, .. } => todo.push(seq.clone()),
            IterState::Str { s, .. } => todo.push(s.clone()),
            IterState::Dict { dict, .. } => todo.push(dict.clone()),
            _ => {}
        },
        Kind::Property(p) => {
            push(&p.fget, todo);
            push(&p.fset, todo);
            push(&p.fdel, todo);
            push(&p.doc, todo);
        }
        Kind::Set(s) => s.borrow().iter().for_each(|(_, v)| push(v, todo)),
        Kind::FrozenSet(s) => s.iter().for_each(|(_, v)| push(v, todo)),
        Kind::DictView(d, _) => todo.push(d.clone()),
        Kind::StaticMethod(v) | Kind::ClassMethod(v) => push(v, todo),
        Kind::Super { start, obj } => {
            todo.push(start.clone());
            push(obj, todo);
        }
        _ => {}
    }
}

fn instance_children(i: &isles_object::Instance, todo: &mut Vec<Obj>) {
    todo.push(i.class.borrow().clone());
    if let Some(d) = &i.dict {
        todo.push(d.clone());
    }
    i.slots.borrow().iter().for_each(|v| push(v, todo));
}

/// Empties an instance's slots; the dict object is cleared as an object of its own.
fn clear_instance(i: &isles_object::Instance) {
    let mut slots = i.slots.borrow_mut();
    let old: Vec<Value> = slots.iter_mut().map(std::mem::take).collect();
    drop(slots);
    drop(old);
}

/// Empties the object's mutable slots (its immutable parts cannot close a cycle).
fn clear(o: &Obj) {
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
            drop(std::mem::take(&mut *e.traceback.borrow_mut()));
        }
        Kind::Cell(c) => drop(std::mem::take(&mut *c.borrow_mut())),
        Kind::Iter(it) => drop(std::mem::replace(
            &mut *it.borrow_mut(),
            IterState::Exhausted,
        )),
        Kind::Set(s) => {
            let mut s = s.borrow_mut();
            let old = std::mem::take(&mut *s);
            drop(s);
            drop(old);
        }
        Kind::Generator(g) => drop(g.frame.borrow_mut().take()),
        _ => {}
    }
}
