//! Methods of `set`/`frozenset` and of generators, and the set constructors.

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread, generator, sets};
use isles_compiler::{BinOp, CmpOp};
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

fn type_dict_set(th: &Thread<'_>, t: &Obj, name: &str, v: Value) {
    if let Some(ty) = t.as_type() {
        let key = th.intern(name);
        ty.dict.borrow_mut().set_str_value(&key, v);
    }
}

pub fn install(th: &mut Thread<'_>) {
    let t = &th.st.types;
    let (set, frozen, gen_t) = (t.set.clone(), t.frozenset.clone(), t.generator.clone());
    let new_set_f = th.native_method("set", "__new__", new_set);
    type_dict_set(th, &set, "__new__", new_set_f);
    let new_frozen_f = th.native_method("frozenset", "__new__", new_frozenset);
    type_dict_set(th, &frozen, "__new__", new_frozen_f);
    if let Some(d) = th.st.module_dict(&th.st.builtins) {
        if let Kind::Dict(d) = d.kind() {
            d.borrow_mut().set_str("set", Value::Obj(set.clone()));
            d.borrow_mut()
                .set_str("frozenset", Value::Obj(frozen.clone()));
        }
    }
    let shared: &[(&'static str, NativeFn)] = &[
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
    ];
    for (name, f) in shared {
        let v = th.native_method("set", name, *f);
        type_dict_set(th, &set, name, v);
        let v = th.native_method("frozenset", name, *f);
        type_dict_set(th, &frozen, name, v);
    }
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
    ];
    for (name, f) in mutating {
        let v = th.native_method("set", name, *f);
        type_dict_set(th, &set, name, v);
    }
    let gen_methods: &[(&'static str, NativeFn)] = &[
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__next__", gen_next),
    ];
    for (name, f) in gen_methods {
        let v = th.native_method("generator", name, *f);
        type_dict_set(th, &gen_t, name, v);
    }
}

fn items_of(th: &mut Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<Vec<Value>> {
    a.no_kwargs(name)?;
    match a.pos.len() {
        1 => Ok(Vec::new()),
        2 => ops::iterate(th, &a.pos[1]),
        n => Err(PyErr::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}

fn new_set(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let items = items_of(th, &a, "set")?;
    ops::new_set(th, items)
}

fn new_frozenset(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if let Some(v) = a.pos.get(1) {
        if matches!(v.kind(), Some(Kind::FrozenSet(_))) && a.pos.len() == 2 {
            return Ok(v.clone());
        }
    }
    let items = items_of(th, &a, "frozenset")?;
    Ok(sets::new_frozenset(sets::from_items(th, items)?))
}

/// The receiver of a set method and its arguments.
fn recv<'a>(th: &Thread<'_>, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    a.no_kwargs(name)?;
    match a.pos.split_first() {
        Some((s, rest)) if sets::is_set(s) => Ok((s, rest)),
        Some((s, _)) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            type_name(th, s)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method set.{name}() needs an argument"
        ))),
    }
}

/// `s.op(*others)`: folds the binary set operator over the arguments (any iterables).
fn fold(th: &mut Thread<'_>, a: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, name)?;
    let mut acc = match s.kind() {
        Some(Kind::FrozenSet(d)) => sets::new_frozenset(d.clone()),
        _ => sets::new_set(sets::table(s).unwrap_or_default()),
    };
    for other in rest {
        let items = ops::iterate(th, other)?;
        let o = sets::new_set(sets::from_items(th, items)?);
        acc = sets::binary(th, op, &acc, &o)?.unwrap_or(acc);
    }
    Ok(acc)
}

fn set_union(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    fold(th, a, "union", BinOp::Or)
}
fn set_intersection(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    fold(th, a, "intersection", BinOp::And)
}
fn set_difference(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    fold(th, a, "difference", BinOp::Sub)
}
fn set_symmetric_difference(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("symmetric_difference", 2, 2)?;
    fold(th, a, "symmetric_difference", BinOp::Xor)
}

fn relation(th: &mut Thread<'_>, a: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, name)?;
    let [other] = rest else {
        return Err(PyErr::type_error(format!(
            "set.{name}() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let items = ops::iterate(th, other)?;
    let o = sets::new_set(sets::from_items(th, items)?);
    Ok(Value::Bool(sets::compare(th, op, s, &o)?.unwrap_or(false)))
}

fn set_issubset(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    relation(th, a, "issubset", CmpOp::Le)
}
fn set_issuperset(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    relation(th, a, "issuperset", CmpOp::Ge)
}
fn set_isdisjoint(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "isdisjoint")?;
    let [other] = rest else {
        return Err(PyErr::type_error("isdisjoint() takes exactly one argument"));
    };
    for x in ops::iterate(th, other)? {
        if sets::contains(th, s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_copy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, _) = recv(th, &a, "copy")?;
    Ok(match s.kind() {
        Some(Kind::FrozenSet(_)) => s.clone(),
        _ => sets::new_set(sets::table(s).unwrap_or_default()),
    })
}

fn one_arg<'a>(th: &Thread<'_>, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let (s, rest) = recv(th, a, name)?;
    match rest {
        [x] => Ok((s, x)),
        _ => Err(PyErr::type_error(format!(
            "set.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

fn set_add(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "add")?;
    ops::set_add(th, s, x.clone())?;
    Ok(Value::None)
}

/// Removes `x`; returns whether it was there.
fn remove_item(th: &mut Thread<'_>, s: &Value, x: &Value) -> PyResult<bool> {
    let Some(Kind::Set(cell)) = s.kind() else {
        return Ok(false);
    };
    let d = cell.borrow().clone();
    match sets::find(th, &d, x)? {
        Some(i) => {
            cell.borrow_mut().remove_at(i);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn set_remove(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "remove")?;
    if !remove_item(th, s, x)? {
        let cls = th.st.types.exc(ExcKind::KeyError).clone();
        return Err(PyErr::from_obj(ops::new_exception(&cls, vec![x.clone()])));
    }
    Ok(Value::None)
}

fn set_discard(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "discard")?;
    remove_item(th, s, x)?;
    Ok(Value::None)
}

fn set_pop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, _) = recv(th, &a, "pop")?;
    let Some(Kind::Set(cell)) = s.kind() else {
        return Err(PyErr::type_error("pop of a frozenset"));
    };
    let first = cell.borrow().iter().next().map(|e| e.key.clone());
    match first {
        Some(k) => {
            remove_item(th, s, &k)?;
            Ok(k)
        }
        None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, _) = recv(th, &a, "clear")?;
    if let Some(Kind::Set(cell)) = s.kind() {
        let old = std::mem::take(&mut *cell.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

fn set_update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "update")?;
    for other in rest {
        for x in ops::iterate(th, other)? {
            ops::set_add(th, s, x)?;
        }
    }
    Ok(Value::None)
}

fn gen_send(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("send", 2, 2)?;
    generator::send(th, &a.pos[0], a.pos[1].clone())
}

fn gen_next(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__next__", 1, 1)?;
    generator::send(th, &a.pos[0], Value::None)
}

fn gen_throw(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("throw", 2, 4)?;
    let e = generator::exception_from(th, &a.pos[1]);
    generator::throw(th, &a.pos[0], e)
}

fn gen_close(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("close", 1, 1)?;
    generator::close(th, &a.pos[0])
}
