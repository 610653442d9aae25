//! The methods of `dict` (views excepted): get, setdefault, pop, popitem, update, clear,
//! copy and the class method fromkeys.

use std::cell::RefCell;

use isles_ceval::ops;
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::methods::{self, Arity, check};

pub(crate) fn install(th: &Thread<'_>) {
    const FNS: &[(&str, NativeFn)] = &[
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
    ];
    let t = &th.st.types.dict;
    methods::install(t, "dict", FNS);
    // Made as a plain builtin (no owner), as CPython names it in errors.
    methods::defer(t, |d| {
        let f = Value::Obj(Obj::new(Kind::Native(Box::new(isles_object::NativeFunc {
            name: "fromkeys",
            owner: None,
            self_: None,
            func: std::rc::Rc::new(dict_fromkeys as NativeFn),
            quick: isles_object::Quick::No,
        }))));
        d.set_str("fromkeys", Value::Obj(Obj::new(Kind::ClassMethod(f))));
    });
}

fn is_dict(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Dict(_)))
}

fn new_dict() -> Value {
    Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new())))))
}

fn cell(d: &Value) -> PyResult<&RefCell<Dict>> {
    match d.kind() {
        Some(Kind::Dict(c)) => Ok(c),
        _ => Err(PyErr::system_error("expected a dict")),
    }
}

fn key_error(th: &Thread<'_>, key: Value) -> PyErr {
    PyErr::from_obj(ops::new_exception(
        th.st.types.exc(ExcKind::KeyError),
        vec![key],
    ))
}

/// `self` and the other arguments, counted as "get expected at least 1 argument, got 0".
fn this<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    meth: &str,
    arity: Arity,
) -> PyResult<(&'a Value, &'a [Value])> {
    let (d, rest) = methods::receiver(th, a, "dict", meth, is_dict)?;
    check(a, "dict", meth, rest.len(), arity)?;
    Ok((d, rest))
}

fn dict_get(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    // `d.get(k)` / `d.get(k, default)` on a dict: no receiver and arity checks to run.
    if let ([d @ Value::Obj(o), key, rest @ ..], []) = (a.pos, a.kwnames)
        && rest.len() <= 1
        && let Kind::Dict(_) = o.kind()
    {
        let found = ops::dict_get(th, d, key)?;
        return Ok(found
            .or_else(|| rest.first().cloned())
            .unwrap_or(Value::None));
    }
    let (d, rest) = this(th, &a, "get", Arity::Expected(1, 2))?;
    let found = ops::dict_get(th, d, &rest[0])?;
    Ok(found
        .or_else(|| rest.get(1).cloned())
        .unwrap_or(Value::None))
}

fn dict_setdefault(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, rest) = this(th, &a, "setdefault", Arity::Expected(1, 2))?;
    if let Some(v) = ops::dict_get(th, d, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    ops::dict_set(th, d, rest[0].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, rest) = this(th, &a, "pop", Arity::Expected(1, 2))?;
    match (ops::dict_remove(th, d, &rest[0])?, rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(th, rest[0].clone())),
    }
}

fn dict_popitem(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(th, &a, "popitem", Arity::NoArgs)?;
    let last = cell(d)?.borrow_mut().pop_last();
    match last {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(key_error(th, Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, rest) = methods::receiver(th, &a, "dict", "update", is_dict)?;
    methods::check_count("dict", "update", rest.len(), Arity::Expected(0, 1))?;
    if let Some(other) = rest.first() {
        update_from(th, d, other)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        ops::dict_set(th, d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// `d.update(other)` for a mapping or an iterable of pairs, with CPython's messages.
pub(crate) fn update_from(th: &mut Thread<'_>, d: &Value, other: &Value) -> PyResult<()> {
    if let Some(Kind::Dict(src)) = other.kind() {
        if let Some(Kind::Dict(dst)) = d.kind()
            && !d.is_sub()
            && !other.is_sub()
            && dst.borrow().is_empty()
            && !std::ptr::eq(dst, src)
        {
            dst.borrow_mut().assign_from(&src.borrow());
            return Ok(());
        }
        let items: Vec<(Value, Value)> = src.borrow().items();
        for (k, v) in items {
            ops::dict_set(th, d, k, v)?;
        }
        return Ok(());
    }
    // An exact list or tuple has no keys(): its pairs are read by position (as its iterator
    // would, the length checked at each step), without the failed attribute lookup (an
    // AttributeError made and dropped) and without an iterator.
    if matches!(other.kind(), Some(Kind::List(_) | Kind::Tuple(_))) && !other.is_sub() {
        let mut n = 0;
        while let Some(item) = seq_item(other, n) {
            add_pair(th, d, &item, n)?;
            n += 1;
        }
        return Ok(());
    }
    // Any object with keys() is a mapping (CPython's PyDict_Merge fallback).
    if let Ok(keys) = ops::getattr(th, other, &th.intern("keys")) {
        let keys = th.call(&keys, Args::positional(&[]))?;
        for k in ops::iterate(th, &keys)? {
            let v = ops::getitem(th, other, &k)?;
            ops::dict_set(th, d, k, v)?;
        }
        return Ok(());
    }
    let it = ops::get_iter(th, other)?;
    let mut n = 0;
    while let Some(item) = ops::next(th, &it)? {
        add_pair(th, d, &item, n)?;
        n += 1;
    }
    Ok(())
}

/// Item `n` of an exact list or tuple, None past its end.
fn seq_item(seq: &Value, n: usize) -> Option<Value> {
    match seq.kind()? {
        Kind::List(l) => l.borrow().get(n).cloned(),
        Kind::Tuple(t) => t.get(n).cloned(),
        _ => None,
    }
}

/// Adds `item`, element `n` of a dict update sequence, as a key and a value, with CPython's
/// messages for an item that is not a pair. An exact tuple or list of two is read in place.
fn add_pair(th: &mut Thread<'_>, d: &Value, item: &Value, n: usize) -> PyResult<()> {
    if !item.is_sub() {
        let pair = match item.kind() {
            Some(Kind::Tuple(t)) => match &t[..] {
                [k, v] => Some((k.clone(), v.clone())),
                _ => None,
            },
            Some(Kind::List(l)) => match &l.borrow()[..] {
                [k, v] => Some((k.clone(), v.clone())),
                _ => None,
            },
            _ => None,
        };
        if let Some((k, v)) = pair {
            return ops::dict_set(th, d, k, v);
        }
    }
    let pair = match ops::iterate(th, item) {
        Ok(p) => p,
        Err(e) if ops::err_matches(th, &e, ExcKind::TypeError) => {
            return Err(PyErr::type_error(format!(
                "cannot convert dictionary update sequence element #{n} to a sequence"
            )));
        }
        Err(e) => return Err(e),
    };
    let [k, v] = <[Value; 2]>::try_from(pair).map_err(|p| {
        PyErr::value_error(format!(
            "dictionary update sequence element #{n} has length {}; 2 is required",
            p.len()
        ))
    })?;
    ops::dict_set(th, d, k, v)
}

fn dict_clear(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(th, &a, "clear", Arity::NoArgs)?;
    let old = std::mem::take(&mut *cell(d)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_copy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(th, &a, "copy", Arity::NoArgs)?;
    let copy = cell(d)?.borrow().clone();
    Ok(Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(
        copy,
    ))))))
}

/// `dict.fromkeys(iterable, value=None)`; arg 0 is the class.
fn dict_fromkeys(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let rest = a.pos.get(1..).unwrap_or(&[]);
    check(&a, "dict", "fromkeys", rest.len(), Arity::Expected(1, 2))?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    // A subclass (`Counter.fromkeys`) makes its instance by calling the class and fills it
    // through its own `__setitem__`.
    let exact = a.pos[0].as_obj().is_none_or(|c| c.is(&th.st.types.dict));
    let d = if exact {
        new_dict()
    } else {
        th.call(&a.pos[0], Args::positional(&[]))?
    };
    let it = ops::get_iter(th, &rest[0])?;
    while let Some(k) = ops::next(th, &it)? {
        if exact {
            ops::dict_set(th, &d, k, value.clone())?;
        } else {
            ops::setitem(th, &d, &k, value.clone())?;
        }
    }
    Ok(d)
}
