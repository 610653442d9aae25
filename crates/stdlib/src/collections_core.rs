//! Methods of `set`/`frozenset` and of generators, and the set constructors.

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread, generator, sets};
use isles_object::{ExcKind, Kind, PyErr, PyResult, SetTable, Value};

use crate::methods;

pub fn install(th: &mut Thread<'_>) {
    let t = &th.st.types;
    let (set, frozen, gen_t) = (t.set.clone(), t.frozenset.clone(), t.generator.clone());
    methods::install_one(&set, "set", "__new__", new_set);
    methods::install_one(&frozen, "frozenset", "__new__", new_frozenset);
    if let Some(d) = th.st.module_dict(&th.st.builtins)
        && let Kind::Dict(d) = d.kind()
    {
        d.borrow_mut().set_str("set", Value::Obj(set.clone()));
        d.borrow_mut()
            .set_str("frozenset", Value::Obj(frozen.clone()));
    }
    const SHARED: &[(&str, NativeFn)] = &[
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
    ];
    methods::install(&set, "set", SHARED);
    methods::install(&frozen, "frozenset", SHARED);
    const MUTATING: &[(&str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    methods::install(&set, "set", MUTATING);
    const GEN_METHODS: &[(&str, NativeFn)] = &[
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__next__", gen_next),
    ];
    methods::install(&gen_t, "generator", GEN_METHODS);
    methods::install(&th.st.types.coroutine, "coroutine", &GEN_METHODS[..3]);
    let t = &th.st.types;
    methods::install(
        &t.async_generator,
        "async_generator",
        isles_ceval::asyncgen::AGEN_METHODS,
    );
    for (ty, name) in [
        (&t.async_generator_asend, "async_generator_asend"),
        (&t.async_generator_athrow, "async_generator_athrow"),
    ] {
        methods::install(ty, name, isles_ceval::asyncgen::AWAIT_METHODS);
    }
}

/// The optional iterable argument of `set(...)`/`frozenset(...)` (after the class).
fn iterable_arg<'a>(a: &Args<'a>, name: &str) -> PyResult<Option<&'a Value>> {
    a.no_kwargs(name)?;
    match a.pos.len() {
        1 => Ok(None),
        2 => Ok(Some(&a.pos[1])),
        n => Err(PyErr::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}

pub(crate) fn new_set(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let t = match iterable_arg(&a, "set")? {
        Some(it) => sets::table_from(th, it)?,
        None => SetTable::new(),
    };
    Ok(sets::new_set(t))
}

fn new_frozenset(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let t = match iterable_arg(&a, "frozenset")? {
        // An exact frozenset is immutable: CPython returns it unchanged.
        Some(it) if matches!(it.kind(), Some(Kind::FrozenSet(_))) && !it.is_sub() => {
            return Ok(it.clone());
        }
        Some(it) => sets::table_from(th, it)?,
        None => SetTable::new(),
    };
    Ok(sets::new_frozenset(t))
}

/// The receiver of a set method and its arguments.
fn recv<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    name: &str,
    frozen_ok: bool,
) -> PyResult<(&'a Value, &'a [Value])> {
    a.no_kwargs(name)?;
    let owner = if frozen_ok { "frozenset" } else { "set" };
    match a.pos.split_first() {
        Some((s, rest))
            if sets::is_set(s) && (frozen_ok || matches!(s.kind(), Some(Kind::Set(_)))) =>
        {
            Ok((s, rest))
        }
        Some((s, _)) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(th, s)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method {owner}.{name}() needs an argument"
        ))),
    }
}

fn set_union(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "union", true)?;
    sets::union(th, s, rest)
}
fn set_intersection(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "intersection", true)?;
    sets::intersection_multi(th, s, rest)
}
fn set_difference(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "difference", true)?;
    sets::difference_multi(th, s, rest)
}
fn set_symmetric_difference(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "symmetric_difference", true)?;
    sets::symmetric_difference(th, s, x)
}

fn set_issubset(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "issubset", true)?;
    Ok(Value::bool(sets::relation(th, s, x, false)?))
}
fn set_issuperset(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "issuperset", true)?;
    Ok(Value::bool(sets::relation(th, s, x, true)?))
}
fn set_isdisjoint(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "isdisjoint", true)?;
    Ok(Value::bool(sets::isdisjoint(th, s, x)?))
}

fn set_copy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "copy", true)?;
    no_args(rest, "copy")?;
    Ok(match s.kind() {
        Some(Kind::FrozenSet(_)) if !s.is_sub() => s.clone(),
        _ => sets::copy(s),
    })
}

/// CPython's message for a METH_NOARGS method given arguments.
fn no_args(rest: &[Value], name: &str) -> PyResult<()> {
    if rest.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "set.{name}() takes no arguments ({} given)",
            rest.len()
        )))
    }
}

fn one_arg<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    name: &str,
    frozen_ok: bool,
) -> PyResult<(&'a Value, &'a Value)> {
    let (s, rest) = recv(th, a, name, frozen_ok)?;
    let owner = if matches!(s.kind(), Some(Kind::FrozenSet(_))) {
        "frozenset"
    } else {
        "set"
    };
    match rest {
        [x] => Ok((s, x)),
        _ => Err(PyErr::type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

fn set_add(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "add", false)?;
    sets::add(th, s, x.clone())?;
    Ok(Value::None)
}

fn set_remove(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "remove", false)?;
    if !sets::discard(th, s, x)? {
        let cls = th.st.types.exc(ExcKind::KeyError).clone();
        return Err(PyErr::from_obj(ops::new_exception(&cls, vec![x.clone()])));
    }
    Ok(Value::None)
}

fn set_discard(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "discard", false)?;
    sets::discard(th, s, x)?;
    Ok(Value::None)
}

fn set_pop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "pop", false)?;
    no_args(rest, "pop")?;
    sets::pop(s)
}

fn set_clear(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "clear", false)?;
    no_args(rest, "clear")?;
    sets::clear(s)?;
    Ok(Value::None)
}

fn set_update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "update", false)?;
    sets::update(th, s, rest)?;
    Ok(Value::None)
}

fn set_intersection_update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "intersection_update", false)?;
    sets::intersection_update(th, s, rest)?;
    Ok(Value::None)
}

fn set_difference_update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = recv(th, &a, "difference_update", false)?;
    sets::difference_update(th, s, rest)?;
    Ok(Value::None)
}

fn set_symmetric_difference_update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, x) = one_arg(th, &a, "symmetric_difference_update", false)?;
    sets::symmetric_difference_update(th, s, x)?;
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
    let e = isles_ceval::asyncgen::thrown(th, &a.pos[1..], "throw")?;
    generator::throw_args(th, &a.pos[0], e, &a.pos[1..])
}

fn gen_close(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("close", 1, 1)?;
    generator::close(th, &a.pos[0])
}
