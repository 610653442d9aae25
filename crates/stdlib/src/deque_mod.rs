//! `_collections.deque`: a native double-ended queue (a `VecDeque` of values, held as the
//! opaque payload of an instance of the `deque` class, so `class D(deque)` works as for any
//! class). `collections` re-exports it. Messages follow CPython 3.11's `_collectionsmodule.c`.

use std::cell::RefCell;
use std::collections::VecDeque;

use isles_ceval::iters::DequeIterState;
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_compiler::CmpOp;
use isles_interp::new_module;
use isles_object::deque::DequeData;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::methods;
use crate::native_mod::set_attr;

const OWNER: &str = "deque";

pub(crate) fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = new_module("_collections");
    let ns = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(
        isles_object::Dict::new(),
    )))));
    ops::dict_set(th, &ns, Value::str("__module__"), Value::str("collections"))?;
    ops::dict_set(th, &ns, Value::str("__qualname__"), Value::str("deque"))?;
    // Exact deques carry no `__dict__` (subclasses without `__slots__` get one) but take weak
    // references, as in CPython.
    ops::dict_set(
        th,
        &ns,
        Value::str("__slots__"),
        Value::tuple(vec![Value::str("__weakref__")]),
    )?;
    ops::dict_set(th, &ns, Value::str("__hash__"), Value::None)?;
    ops::dict_set(
        th,
        &ns,
        Value::str("__doc__"),
        Value::str(
            "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
        ),
    )?;
    let cls = isles_ceval::classes::new_class(th, &Value::str("deque"), &[], &ns)?;
    let Some(c) = cls.as_obj() else {
        return Err(PyErr::system_error("deque class creation"));
    };
    methods::install(c, OWNER, METHODS);
    methods::install_wrapped(c, OWNER, "maxlen", deque_maxlen, methods::getter);
    methods::install_classmethod(c, OWNER, "__class_getitem__", class_getitem);
    set_attr(th, &m, "deque", cls.clone());
    Ok(Value::Obj(m))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", deque_new),
    ("__init__", deque_init),
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("rotate", rotate),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__reduce__", reduce),
];

// ---------------------------------------------------------------------------------------------
// Receivers and arguments

/// The deque storage of `v`, if it is a deque (or an instance of a subclass).
fn data_of(v: &Value) -> Option<&DequeData> {
    match v.kind() {
        Some(Kind::Opaque(_, b)) => b.downcast_ref::<DequeData>(),
        _ => None,
    }
}

/// `self` of a deque method, with CPython's messages for a missing or foreign receiver.
fn recv<'a>(th: &Thread<'_>, a: &Args<'a>, name: &str) -> PyResult<(&'a DequeData, &'a [Value])> {
    match a.pos.split_first() {
        Some((s, rest)) => match data_of(s) {
            Some(d) => Ok((d, rest)),
            None => Err(PyErr::type_error(format!(
                "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
                type_name(th, s)
            ))),
        },
        None => Err(PyErr::type_error(format!(
            "unbound method deque.{name}() needs an argument"
        ))),
    }
}

/// A method taking no arguments (METH_NOARGS).
fn recv0<'a>(th: &Thread<'_>, a: &Args<'a>, name: &str) -> PyResult<&'a DequeData> {
    let (d, rest) = recv(th, a, name)?;
    if !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "deque.{name}() takes no keyword arguments"
        )));
    }
    if !rest.is_empty() {
        return Err(PyErr::type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            rest.len()
        )));
    }
    Ok(d)
}

/// A method taking exactly one argument (METH_O).
fn recv1<'a>(th: &Thread<'_>, a: &Args<'a>, name: &str) -> PyResult<(&'a DequeData, &'a Value)> {
    let (d, rest) = recv(th, a, name)?;
    if !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "deque.{name}() takes no keyword arguments"
        )));
    }
    match rest {
        [x] => Ok((d, x)),
        _ => Err(PyErr::type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// An `__index__`-able argument as an i64 (huge values saturate).
fn int_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    ops::index_saturating(th, v)
}

fn mutated() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "deque mutated during iteration")
}

/// The deque class (the type whose payload this is) and the class of `v`.
fn classes(th: &Thread<'_>, v: &Value) -> Option<(Obj, Obj)> {
    match v.kind() {
        Some(Kind::Opaque(base, _)) => Some((base.clone(), ops::type_of(th, v))),
        _ => None,
    }
}

/// A new deque of class `cls` (the deque class `base` or a subclass of it).
fn make(th: &Thread<'_>, base: &Obj, cls: &Obj, data: DequeData) -> Value {
    let o = Obj::new_sub(
        Kind::Opaque(base.clone(), Box::new(data)),
        isles_ceval::gc::instance_of(cls),
    );
    th.st.gc_track(&o);
    Value::Obj(o)
}

// ---------------------------------------------------------------------------------------------
// Construction

fn deque_new(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(cls) = a
        .pos
        .first()
        .and_then(Value::as_obj)
        .filter(|c| c.as_type().is_some())
    else {
        return Err(PyErr::type_error(
            "deque.__new__(X): X is not a type object",
        ));
    };
    // The deque class is the first on the MRO whose `__new__` is this function.
    let base = isles_interp::mro_of(cls).into_iter().find(|t| {
        t.as_type().is_some_and(|ty| {
            matches!(ty.dict.borrow().get_str("__new__").and_then(Value::kind),
                Some(Kind::Native(n)) if n.owner == Some(OWNER) && n.name == "__new__")
        })
    });
    let Some(base) = base else {
        return Err(PyErr::type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            ops::type_name_of_type(cls),
            ops::type_name_of_type(cls)
        )));
    };
    Ok(make(th, &base, cls, DequeData::new()))
}

fn deque_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, rest) = recv(th, &a, "__init__")?;
    if rest.len() > 2 {
        return Err(PyErr::type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let mut iterable = rest.first();
    let mut maxlen = rest.get(1);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match k.as_str() {
            Some("iterable") if iterable.is_none() => iterable = Some(v),
            Some("maxlen") if maxlen.is_none() => maxlen = Some(v),
            Some(n @ ("iterable" | "maxlen")) => {
                return Err(PyErr::type_error(format!(
                    "argument for deque() given by name ('{n}') and position ({})",
                    if n == "iterable" { 1 } else { 2 }
                )));
            }
            Some(n) => {
                return Err(PyErr::type_error(format!(
                    "'{n}' is an invalid keyword argument for deque()"
                )));
            }
            None => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    let max = match maxlen {
        None | Some(Value::None) => None,
        Some(v) => {
            let Some(n) = ops::index_value(v).filter(|_| v.is_int_like()) else {
                return Err(PyErr::type_error("an integer is required"));
            };
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(max);
    if !d.items.borrow().is_empty() {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        d.bump();
        drop(old);
    }
    if let Some(it) = iterable {
        extend_with(th, &a.pos[0], d, it, false)?;
    }
    Ok(Value::None)
}

fn deque_maxlen(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "maxlen")?;
    Ok(d.maxlen.get().map_or(Value::None, |n| Value::Int(n as i64)))
}

fn class_getitem(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__class_getitem__", 2, 2)?;
    let types = th.import("types")?;
    let ga = ops::getattr(th, &types, &th.intern("GenericAlias"))?;
    th.call(&ga, Args::positional(&a.pos[..2]))
}

// ---------------------------------------------------------------------------------------------
// Adding and removing

/// Appends on the right (or left), dropping from the other end past `maxlen`.
#[inline]
fn push(d: &DequeData, x: Value, left: bool) {
    let mut items = d.items.borrow_mut();
    let dropped = if left {
        items.push_front(x);
        match d.maxlen.get() {
            Some(m) if items.len() > m => items.pop_back(),
            _ => None,
        }
    } else {
        items.push_back(x);
        match d.maxlen.get() {
            Some(m) if items.len() > m => items.pop_front(),
            _ => None,
        }
    };
    drop(items);
    d.bump();
    drop(dropped);
}

fn append(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "append")?;
    push(d, x.clone(), false);
    Ok(Value::None)
}

fn appendleft(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "appendleft")?;
    push(d, x.clone(), true);
    Ok(Value::None)
}

fn pop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "pop")?;
    let v = d.items.borrow_mut().pop_back();
    d.bump();
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn popleft(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "popleft")?;
    let v = d.items.borrow_mut().pop_front();
    d.bump();
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

/// Adds every item of `it` on one side (a deque extended with itself takes a copy first).
fn extend_with(
    th: &mut Thread<'_>,
    me: &Value,
    d: &DequeData,
    it: &Value,
    left: bool,
) -> PyResult<()> {
    if it.is(me) {
        let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
        for x in items {
            push(d, x, left);
        }
        return Ok(());
    }
    if let Some(Kind::List(l)) = it.kind()
        && !it.is_sub()
    {
        let items = l.borrow().clone();
        for x in items {
            push(d, x, left);
        }
        return Ok(());
    }
    let iter = ops::get_iter(th, it)?;
    while let Some(x) = ops::next(th, &iter)? {
        push(d, x, left);
    }
    Ok(())
}

fn extend(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "extend")?;
    extend_with(th, &a.pos[0], d, x, false)?;
    Ok(Value::None)
}

fn extendleft(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "extendleft")?;
    extend_with(th, &a.pos[0], d, x, true)?;
    Ok(Value::None)
}

fn clear(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "clear")?;
    let old = std::mem::take(&mut *d.items.borrow_mut());
    d.bump();
    drop(old);
    Ok(Value::None)
}

/// A snapshot of the items (for code that runs Python between reads).
fn snapshot(d: &DequeData) -> Vec<Value> {
    d.items.borrow().iter().cloned().collect()
}

fn copy_of(th: &mut Thread<'_>, v: &Value, d: &DequeData) -> PyResult<Value> {
    let Some((base, cls)) = classes(th, v) else {
        return Err(PyErr::system_error("deque copy"));
    };
    if base.is(&cls) {
        let c = DequeData::new();
        c.maxlen.set(d.maxlen.get());
        *c.items.borrow_mut() = d.items.borrow().clone();
        return Ok(make(th, &base, &cls, c));
    }
    // A subclass is copied through its constructor, as CPython does.
    let cls = Value::Obj(cls);
    match d.maxlen.get() {
        None => th.call(&cls, Args::positional(std::slice::from_ref(v))),
        Some(m) => th.call(&cls, Args::positional(&[v.clone(), Value::Int(m as i64)])),
    }
}

fn copy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "copy")?;
    copy_of(th, &a.pos[0], d)
}

// ---------------------------------------------------------------------------------------------
// Searching

/// Compares the items from `start` to `stop` with `x` until `hit` says stop; the index found.
fn find(
    th: &mut Thread<'_>,
    d: &DequeData,
    x: &Value,
    start: usize,
    stop: usize,
    mut hit: impl FnMut(usize) -> bool,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.items.borrow().get(i).cloned() else {
            break;
        };
        let eq = item.is(x) || ops::eq(th, &item, x)?;
        if d.state.get() != state {
            return Err(mutated());
        }
        if eq && hit(i) {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "count")?;
    let n = d.items.borrow().len();
    let mut found = 0;
    find(th, d, x, 0, n, |_| {
        found += 1;
        false
    })?;
    Ok(Value::Int(found))
}

fn contains(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "__contains__")?;
    let n = d.items.borrow().len();
    Ok(Value::bool(find(th, d, x, 0, n, |_| true)?.is_some()))
}

fn index(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("index")?;
    let (d, rest) = recv(th, &a, "index")?;
    if rest.is_empty() || rest.len() > 3 {
        return Err(PyErr::type_error(if rest.is_empty() {
            "index() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("index() takes at most 3 arguments ({} given)", rest.len())
        }));
    }
    let start = methods::slice_bound(th, rest.get(1), false)?;
    let stop = methods::slice_bound(th, rest.get(2), false)?;
    let n = d.items.borrow().len() as i64;
    let mut start = start.unwrap_or(0);
    let mut stop = stop.unwrap_or(n);
    if start < 0 {
        start = start.saturating_add(n).max(0);
    }
    if stop < 0 {
        stop = stop.saturating_add(n).max(0);
    }
    stop = stop.min(n);
    start = start.min(stop);
    match find(th, d, &rest[0], start as usize, stop as usize, |_| true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = ops::repr(th, &rest[0])?;
            Err(PyErr::value_error(format!("{r} is not in deque")))
        }
    }
}

fn remove(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, x) = recv1(th, &a, "remove")?;
    let n = d.items.borrow().len();
    match find(th, d, x, 0, n, |_| true)? {
        Some(i) => {
            let v = d.items.borrow_mut().remove(i);
            d.bump();
            drop(v);
            Ok(Value::None)
        }
        None => {
            let r = ops::repr(th, x)?;
            Err(PyErr::value_error(format!("{r} is not in deque")))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reordering and indexing

fn insert(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("insert")?;
    let (d, rest) = recv(th, &a, "insert")?;
    let [i, x] = rest else {
        return Err(PyErr::type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    };
    let i = int_arg(th, i)?;
    let n = d.items.borrow().len();
    if d.maxlen.get() == Some(n) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let n = n as i64;
    let at = if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i.min(n)
    };
    d.items.borrow_mut().insert(at as usize, x.clone());
    d.bump();
    Ok(Value::None)
}

fn reverse(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    d.bump();
    Ok(Value::None)
}

fn rotate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("deque.rotate")?;
    let (d, rest) = recv(th, &a, "rotate")?;
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let k = match rest.first() {
        Some(v) => int_arg(th, v)?,
        None => 1,
    };
    let mut items = d.items.borrow_mut();
    let n = items.len() as i64;
    if n > 1 {
        let k = k.rem_euclid(n) as usize;
        items.rotate_right(k);
    }
    drop(items);
    d.bump();
    Ok(Value::None)
}

fn len(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "__len__")?;
    Ok(Value::Int(d.items.borrow().len() as i64))
}

/// The position of item `key` (negative from the end), with CPython's messages.
fn position(th: &mut Thread<'_>, d: &DequeData, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => match ops::to_index(th, key)? {
            Some(i) => i
                .to_bigint()
                .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
                .ok_or_else(|| {
                    PyErr::index_error("cannot fit 'int' into an index-sized integer")
                })?,
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence index must be integer, not '{}'",
                    type_name(th, key)
                )));
            }
        },
    };
    let n = d.items.borrow().len() as i64;
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if (0..n).contains(&j) {
        Ok(j as usize)
    } else {
        Err(PyErr::index_error("deque index out of range"))
    }
}

fn getitem(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, key) = recv1(th, &a, "__getitem__")?;
    let i = position(th, d, key)?;
    d.items
        .borrow()
        .get(i)
        .cloned()
        .ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn setitem(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("__setitem__")?;
    let (d, rest) = recv(th, &a, "__setitem__")?;
    let [key, v] = rest else {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            rest.len()
        )));
    };
    let i = position(th, d, key)?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|s| std::mem::replace(s, v.clone()));
    drop(old);
    Ok(Value::None)
}

fn delitem(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, key) = recv1(th, &a, "__delitem__")?;
    let i = position(th, d, key)?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// Iteration and display

fn new_iter(v: &Value, d: &DequeData, reverse: bool) -> PyResult<Value> {
    let Some(o) = v.as_obj() else {
        return Err(PyErr::system_error("deque iterator"));
    };
    let st = DequeIterState {
        deque: o.clone(),
        index: 0,
        left: d.items.borrow().len(),
        state: d.state.get(),
        reverse,
    };
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    Ok(isles_ceval::iters::new_native(name, Box::new(st)))
}

fn iter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "__iter__")?;
    new_iter(&a.pos[0], d, false)
}

fn reversed(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "__reversed__")?;
    new_iter(&a.pos[0], d, true)
}

fn repr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "__repr__")?;
    if d.in_repr.get() {
        return Ok(Value::str("[...]"));
    }
    d.in_repr.set(true);
    let body = ops::repr(th, &Value::list(snapshot(d)));
    d.in_repr.set(false);
    let body = body?;
    let name = type_name(th, &a.pos[0]);
    Ok(Value::str(match d.maxlen.get() {
        None => format!("{name}({body})"),
        Some(m) => format!("{name}({body}, maxlen={m})"),
    }))
}

fn reduce(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = recv0(th, &a, "__reduce__")?;
    let me = &a.pos[0];
    let cls = Value::Obj(ops::type_of(th, me));
    let args = match d.maxlen.get() {
        None => Value::tuple(vec![]),
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
    };
    let dict = match me
        .as_obj()
        .and_then(|o| o.sub())
        .and_then(|i| i.dict.clone())
    {
        Some(dct) if matches!(dct.kind(), Kind::Dict(x) if !x.borrow().is_empty()) => {
            Value::Obj(dct)
        }
        _ => Value::None,
    };
    Ok(Value::tuple(vec![cls, args, dict, new_iter(me, d, false)?]))
}

// ---------------------------------------------------------------------------------------------
// Comparison and arithmetic

/// Compares as lists do; NotImplemented against anything but a deque.
fn compare(th: &mut Thread<'_>, a: Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    let (d, other) = recv1(th, &a, name)?;
    let Some(o) = data_of(other) else {
        return Ok(th.st.not_implemented.clone());
    };
    let (x, y) = (Value::list(snapshot(d)), Value::list(snapshot(o)));
    ops::compare(th, op, &x, &y)
}

fn eq(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    compare(th, a, CmpOp::Eq, "__eq__")
}
fn ne(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    compare(th, a, CmpOp::Ne, "__ne__")
}
fn lt(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    compare(th, a, CmpOp::Lt, "__lt__")
}
fn le(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    compare(th, a, CmpOp::Le, "__le__")
}
fn gt(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    compare(th, a, CmpOp::Gt, "__gt__")
}
fn ge(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    compare(th, a, CmpOp::Ge, "__ge__")
}

fn add(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, other) = recv1(th, &a, "__add__")?;
    let Some(o) = data_of(other) else {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(th, other)
        )));
    };
    let extra = snapshot(o);
    let new = copy_of(th, &a.pos[0], d)?;
    let Some(nd) = data_of(&new) else {
        return Ok(new);
    };
    for x in extra {
        push(nd, x, false);
    }
    Ok(new)
}

fn iadd(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, other) = recv1(th, &a, "__iadd__")?;
    extend_with(th, &a.pos[0], d, other, false)?;
    Ok(a.pos[0].clone())
}

/// Repeats the items in place `n` times (keeping the last `maxlen`).
fn repeat(d: &DequeData, n: i64) {
    let items = snapshot(d);
    if n <= 0 || items.is_empty() {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        d.bump();
        drop(old);
        return;
    }
    let total = items.len().saturating_mul(n as usize);
    let keep = d.maxlen.get().map_or(total, |m| m.min(total));
    let mut out: VecDeque<Value> = VecDeque::with_capacity(keep);
    // Only the last `keep` items of the repetition survive a bounded deque.
    let skip = total - keep;
    let len = items.len();
    for k in skip..total {
        out.push_back(items[k % len].clone());
    }
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    d.bump();
    drop(old);
}

fn repeat_count(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    match ops::index_value(v) {
        Some(n) => Ok(n),
        None => match ops::to_index(th, v)? {
            Some(i) => Ok(ops::index_value(&i).unwrap_or(i64::MAX)),
            None => Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(th, v)
            ))),
        },
    }
}

fn check_repeat_size(d: &DequeData, n: i64) -> PyResult<()> {
    let len = d.items.borrow().len() as i64;
    if n > 0 && d.maxlen.get().is_none() && len.saturating_mul(n) > 1 << 32 {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(())
}

fn mul(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, n) = recv1(th, &a, "__mul__")?;
    let n = repeat_count(th, n)?;
    check_repeat_size(d, n)?;
    let new = copy_of(th, &a.pos[0], d)?;
    if let Some(nd) = data_of(&new) {
        repeat(nd, n);
    }
    Ok(new)
}

fn imul(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, n) = recv1(th, &a, "__imul__")?;
    let n = repeat_count(th, n)?;
    check_repeat_size(d, n)?;
    repeat(d, n);
    Ok(a.pos[0].clone())
}
