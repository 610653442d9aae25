//! The `gc` module (the interpreter's cycle collector: `isles_ceval::gc` and
//! `isles_interp`'s `gc`) and `_weakref`, the native half of the bundled `weakref` module:
//! weak handles and the per-interpreter table of weak references by object.

use std::cell::RefCell;

use isles_ceval::gc::{WeakHandle, collect as gc_collect};
use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_interp::WeakEntry;
use isles_object::gc::HAS_WEAKREFS;
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

use crate::native_mod;

pub fn init_gc(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = native_mod::module(
        th,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_count", get_count),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_objects", get_objects),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_stats", get_stats),
            ("freeze", no_op),
            ("unfreeze", no_op),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    if let Some(o) = m.as_obj() {
        native_mod::set_attr(th, o, "garbage", Value::list(Vec::new()));
        native_mod::set_attr(th, o, "callbacks", Value::list(Vec::new()));
        for (name, v) in [
            ("DEBUG_STATS", 1),
            ("DEBUG_COLLECTABLE", 2),
            ("DEBUG_UNCOLLECTABLE", 4),
            ("DEBUG_SAVEALL", 32),
            ("DEBUG_LEAK", 38),
        ] {
            native_mod::set_attr(th, o, name, Value::Int(v));
        }
    }
    Ok(m)
}

fn arg<'a>(a: &'a Args<'_>, fname: &str, n: usize) -> PyResult<&'a Value> {
    a.no_kwargs(fname)?;
    if a.pos.len() != n {
        return Err(PyErr::type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(&a.pos[0])
}

/// `gc.callbacks`, called with ("start" | "stop", info) around a collection.
fn run_callbacks(th: &mut Thread<'_>, phase: &str, collected: usize) -> PyResult<()> {
    let gc = match th.st.modules.kind() {
        Kind::Dict(d) => d.borrow().get_str("gc").cloned(),
        _ => None,
    };
    let Some(gc) = gc else { return Ok(()) };
    let cbs = isles_ceval::ops::getattr(th, &gc, &th.intern("callbacks"))?;
    let list: Vec<Value> = match cbs.kind() {
        Some(Kind::List(l)) => l.borrow().clone(),
        _ => return Ok(()),
    };
    for cb in list {
        let mut info = isles_object::Dict::new();
        info.set_str("generation", Value::Int(2));
        info.set_str("collected", Value::Int(collected as i64));
        info.set_str("uncollectable", Value::Int(0));
        let info = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(info)))));
        th.call(&cb, Args::positional(&[Value::str(phase), info]))?;
    }
    Ok(())
}

fn collect(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("collect", &["generation"])?;
    let generation = a.pos.first().or(a.kw("generation"));
    if let Some(g) = generation {
        match g {
            Value::Int(0..=2) => {}
            Value::Int(_) => return Err(PyErr::value_error("invalid generation")),
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(th, g)
                )));
            }
        }
    }
    run_callbacks(th, "start", 0)?;
    th.st.gc_request_full();
    let n = gc_collect(th);
    run_callbacks(th, "stop", n)?;
    Ok(Value::Int(n as i64))
}

fn set_enabled(th: &Thread<'_>, on: bool) -> PyResult<Value> {
    th.st.gc.borrow_mut().enabled = on;
    Ok(Value::None)
}

fn enable(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("enable")?;
    set_enabled(th, true)
}

fn disable(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("disable")?;
    set_enabled(th, false)
}

fn isenabled(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(th.st.gc.borrow().enabled))
}

fn get_threshold(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let t = th.st.gc.borrow().threshold;
    Ok(Value::tuple(
        t.iter().map(|&x| Value::Int(x as i64)).collect(),
    ))
}

fn set_threshold(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("set_threshold")?;
    if a.pos.is_empty() || a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "set_threshold() takes {} arguments ({} given)",
            if a.pos.is_empty() {
                "at least 1"
            } else {
                "at most 3"
            },
            a.pos.len()
        )));
    }
    let mut t = th.st.gc.borrow().threshold;
    for (i, v) in a.pos.iter().enumerate() {
        t[i] = match v {
            Value::Int(n) => (*n).max(0) as usize,
            Value::Bool(b) => b.get() as usize,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(th, v)
                )));
            }
        };
    }
    th.st.gc.borrow_mut().threshold = t;
    Ok(Value::None)
}

fn get_count(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let c = th.st.gc.borrow().count;
    Ok(Value::tuple(vec![
        Value::Int(c as i64),
        Value::Int(0),
        Value::Int(0),
    ]))
}

/// Whether CPython's collector would track the object: containers, except dicts and tuples
/// holding only atomic values.
fn tracked(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match o.kind() {
        Kind::Slice(..) => false,
        Kind::Dict(d) => d
            .borrow()
            .iter()
            .any(|e| tracked(&e.key) || tracked(&e.value)),
        Kind::Tuple(t) => t.iter().any(tracked),
        _ => isles_interp::is_container(o),
    }
}

fn is_tracked(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(tracked(arg(&a, "is_tracked", 1)?)))
}

fn is_finalized(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let v = arg(&a, "is_finalized", 1)?;
    Ok(Value::bool(v.as_obj().and_then(Obj::instance).is_some_and(
        |i| i.flags.get() & isles_object::gc::FINALIZED != 0,
    )))
}

fn get_objects(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("get_objects", &["generation"])?;
    let live = th.st.gc.borrow_mut().live();
    Ok(Value::list(live.into_iter().map(Value::Obj).collect()))
}

fn get_referents(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("get_referents")?;
    let mut out = Vec::new();
    for v in a.pos {
        if let Value::Obj(o) = v {
            isles_interp::for_each_child(o, &mut |c| out.push(Value::Obj(c.clone())));
        }
    }
    Ok(Value::list(out))
}

/// The tracked objects that refer to any of the arguments.
fn get_referrers(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("get_referrers")?;
    let targets: Vec<usize> = a
        .pos
        .iter()
        .filter_map(|v| v.as_obj().map(Obj::id))
        .collect();
    let live = th.st.gc.borrow_mut().live();
    let mut out = Vec::new();
    for o in live {
        let mut hit = false;
        isles_interp::for_each_child(&o, &mut |c| hit |= targets.contains(&c.id()));
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(Value::list(out))
}

/// One dict per generation (isles has one: its figures are reported as generation 2's).
fn get_stats(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let (collections, collected) = {
        let g = th.st.gc.borrow();
        (g.collections, g.collected)
    };
    let stats = (0..3)
        .map(|generation| {
            let mut d = isles_object::Dict::new();
            let (c, n) = if generation == 2 {
                (collections, collected)
            } else {
                (0, 0)
            };
            d.set_str("collections", Value::Int(c as i64));
            d.set_str("collected", Value::Int(n as i64));
            d.set_str("uncollectable", Value::Int(0));
            Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(d)))))
        })
        .collect();
    Ok(Value::list(stats))
}

fn no_op(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn get_freeze_count(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(0))
}

// ---------------------------------------------------------------------------------------------
// _weakref

pub fn init_weakref(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_mod::module(
        th,
        "_weakref",
        &[
            ("handle", handle),
            ("get", get),
            ("register", register),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    ))
}

/// `_isles_gc`: what the CLI runs at exit.
pub fn init_isles_gc(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_mod::module(
        th,
        "_isles_gc",
        &[("finalize_main", finalize_main)],
    ))
}

/// The objects CPython lets weak references point to.
fn weakrefable(o: &Obj) -> bool {
    o.sub().is_some()
        || matches!(
            o.kind(),
            Kind::Instance(_)
                | Kind::Function(_)
                | Kind::Type(_)
                | Kind::Set(_)
                | Kind::FrozenSet(_)
                | Kind::Generator(_)
                | Kind::Method(..)
                | Kind::Code(_)
                | Kind::Module(_)
                | Kind::Exception(_)
                | Kind::Property(_)
                | Kind::Opaque(..)
        )
}

/// Whether a class with `__slots__` all the way down lists `__weakref__` in one of them.
fn slots_allow_weakref(th: &mut Thread<'_>, cls: &Obj) -> bool {
    for c in isles_interp::mro_of(cls) {
        let slots = c
            .as_type()
            .and_then(|t| t.dict.borrow().get_str("__slots__").cloned());
        let Some(slots) = slots else { continue };
        let names = match slots.as_str() {
            Some(_) => vec![slots.clone()],
            None => isles_ceval::ops::iterate(th, &slots).unwrap_or_default(),
        };
        if names.iter().any(|n| n.as_str() == Some("__weakref__")) {
            return true;
        }
    }
    false
}

fn target(th: &mut Thread<'_>, v: &Value) -> PyResult<Obj> {
    let slotted = v
        .as_obj()
        .and_then(Obj::instance)
        .map(|i| i.class.borrow().clone())
        .filter(|c| c.as_type().is_some_and(|t| !t.has_dict));
    let refused = slotted.is_some_and(|c| !slots_allow_weakref(th, &c));
    match v {
        Value::Obj(o) if weakrefable(o) && !refused => Ok(o.clone()),
        _ => Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            type_name(th, v)
        ))),
    }
}

/// `handle(obj)`: a new weak handle to `obj` (TypeError for objects that refuse them).
fn handle(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let o = target(th, arg(&a, "handle", 1)?)?;
    let h = WeakHandle(RefCell::new(Some(o.downgrade())));
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(h)))))
}

fn handle_of(v: &Value) -> Option<&WeakHandle> {
    match v.kind() {
        Some(Kind::Other(b)) => b.downcast_ref::<WeakHandle>(),
        _ => None,
    }
}

/// `get(handle)`: the object, or None once it died or was collected.
fn get(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let h = handle_of(arg(&a, "get", 1)?)
        .ok_or_else(|| PyErr::type_error("_weakref.get() expects a handle"))?;
    let o = h.0.borrow().as_ref().and_then(|w| w.upgrade());
    Ok(o.map_or(Value::None, Value::Obj))
}

/// `register(obj, ref, handle)`: records the weak reference `ref` (whose `__callback__` runs
/// when `obj` dies) in the interpreter's table.
fn register(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let [o, r, h] = a.pos else {
        return Err(PyErr::type_error("register() takes 3 arguments"));
    };
    let o = target(th, o)?;
    let (Some(r), h) = (r.as_obj().cloned(), h.as_obj().cloned()) else {
        return Err(PyErr::type_error(
            "register() expects a weak reference object",
        ));
    };
    let Some(h) = h.filter(|h| handle_of(&Value::Obj(h.clone())).is_some()) else {
        return Err(PyErr::type_error("register() expects a handle"));
    };
    if let Some(i) = o.instance() {
        i.flags.set(i.flags.get() | HAS_WEAKREFS);
    }
    let entry = WeakEntry {
        target: o.downgrade(),
        handle: h,
        refobj: r.downgrade(),
    };
    th.st
        .gc
        .borrow_mut()
        .weakrefs
        .entry(o.id())
        .or_default()
        .push(entry);
    Ok(Value::None)
}

fn live_refs(th: &Thread<'_>, v: &Value) -> Vec<Value> {
    let Value::Obj(o) = v else { return Vec::new() };
    let g = th.st.gc.borrow();
    g.weakrefs
        .get(&o.id())
        .map(|v| {
            v.iter()
                .filter(|e| e.target.is_alive())
                .filter_map(|e| e.refobj.upgrade().map(Value::Obj))
                .collect()
        })
        .unwrap_or_default()
}

fn getweakrefcount(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let v = arg(&a, "_weakref.getweakrefcount", 1)?;
    Ok(Value::Int(live_refs(th, v).len() as i64))
}

fn getweakrefs(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let v = arg(&a, "_weakref.getweakrefs", 1)?;
    let mut refs = live_refs(th, v);
    refs.reverse();
    Ok(Value::list(refs))
}

/// Run by the CLI after the program: finalizes `__main__`'s globals (CPython's module
/// finalization at exit).
fn finalize_main(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    isles_ceval::gc::finalize_main(th);
    Ok(Value::None)
}
