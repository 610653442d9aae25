//! More builtins: the iteration helpers (`reversed`, `enumerate`, `zip`, `map`, `filter`,
//! `iter`, `next`, `any`, `all`, `sorted`), `bin`/`oct`/`hex`, `ascii`, `format`, and
//! `getattr`/`setattr`/`hasattr`, `exit`/`quit`.

use isles_ceval::generator::Fold;
use isles_ceval::iters::{self, CallableIterState, FilterState, MapState, ZipState};
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread, strformat};
use isles_object::{ExcKind, Kind, PyErr, PyResult, Value, pynum};

use crate::methods::{self, Arity};

/// `exit(code=None)` / `quit(code=None)` (site's Quitter): raise SystemExit(code).
pub(crate) fn builtin_exit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = methods::bind_kw(&a, a.pos, "exit", "__call__", &["code"], Arity::Takes(0, 1))?;
    let code = b[0].cloned().unwrap_or(Value::None);
    let cls = th.st.types.exc(ExcKind::SystemExit).clone();
    Err(PyErr::from_obj(ops::new_exception(&cls, vec![code])))
}

/// The arguments of a `__new__` call without the class.
fn without_cls<'a>(a: &Args<'a>) -> Args<'a> {
    Args {
        pos: a.pos.get(1..).unwrap_or(&[]),
        kwnames: a.kwnames,
        kwvals: a.kwvals,
    }
}

pub(crate) fn new_reversed(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    builtin_reversed(th, without_cls(&a))
}

pub(crate) fn new_enumerate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    builtin_enumerate(th, without_cls(&a))
}

pub(crate) fn new_zip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    builtin_zip(th, without_cls(&a))
}

pub(crate) fn new_map(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    builtin_map(th, without_cls(&a))
}

pub(crate) fn new_filter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    builtin_filter(th, without_cls(&a))
}

/// "f expected N argument(s), got M" for builtins with a fixed count.
fn exactly(a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    a.no_kwargs(name)?;
    if a.pos.len() == n {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "{name} expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        a.pos.len()
    )))
}

fn builtin_reversed(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exactly(&a, "reversed", 1)?;
    iters::reversed(th, &a.pos[0])
}

fn builtin_enumerate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = methods::bind_kw(
        &a,
        a.pos,
        "enumerate",
        "enumerate",
        &["iterable", "start"],
        Arity::Takes(0, 2),
    )?;
    let Some(iterable) = b[0] else {
        return Err(PyErr::type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let it = ops::get_iter(th, iterable)?;
    // `start` goes through `__index__`, as CPython's `PyNumber_Index`.
    let count = match b[1] {
        None => Value::Int(0),
        Some(v) => ops::number_index(th, v)?,
    };
    Ok(iters::new_enumerate(it, count))
}

fn iterators(th: &mut Thread<'_>, vs: &[Value]) -> PyResult<Vec<Value>> {
    vs.iter().map(|v| ops::get_iter(th, v)).collect()
}

fn builtin_zip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("zip", &["strict"])?;
    let strict = match a.kw("strict") {
        Some(v) => ops::truthy(th, v)?,
        None => false,
    };
    let iters = iterators(th, a.pos)?;
    Ok(iters::new_native(
        "zip",
        Box::new(ZipState { iters, strict }),
    ))
}

fn builtin_map(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("map")?;
    let Some((func, rest)) = a.pos.split_first().filter(|(_, r)| !r.is_empty()) else {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    };
    let iters = iterators(th, rest)?;
    let func = func.clone();
    Ok(iters::new_native("map", Box::new(MapState { func, iters })))
}

fn builtin_filter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exactly(&a, "filter", 2)?;
    let it = ops::get_iter(th, &a.pos[1])?;
    let func = a.pos[0].clone();
    Ok(iters::new_native(
        "filter",
        Box::new(FilterState { func, it }),
    ))
}

pub(crate) fn builtin_iter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("iter")?;
    a.check_count("iter", 1, 2)?;
    let Some(sentinel) = a.pos.get(1) else {
        return ops::get_iter(th, &a.pos[0]);
    };
    let callable = matches!(
        a.pos[0].kind(),
        Some(Kind::Function(_) | Kind::Native(_) | Kind::Method(..) | Kind::Type(_))
    ) || isles_ceval::dunder::lookup(&a.pos[0], "__call__").is_some();
    if !callable {
        return Err(PyErr::type_error("iter(v, w): v must be callable"));
    }
    let state = CallableIterState {
        func: a.pos[0].clone(),
        sentinel: sentinel.clone(),
    };
    Ok(iters::new_native("callable_iterator", Box::new(state)))
}

pub(crate) fn builtin_next(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("next")?;
    a.check_count("next", 1, 2)?;
    // A generator without a default: its StopIteration carries the return value.
    if a.pos.len() == 1 && matches!(a.pos[0].kind(), Some(Kind::Generator(_))) {
        return isles_ceval::generator::send(th, &a.pos[0], Value::None);
    }
    // Without a default, a StopIteration raised while stepping goes on as it is.
    match ops::next_or_stop(th, &a.pos[0], a.pos.len() == 1)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::new(ExcKind::StopIteration, "")),
        },
    }
}

/// any()/all(): stops at the first item whose truth is `stop_at`.
fn any_all(th: &mut Thread<'_>, a: Args<'_>, name: &str, stop_at: bool) -> PyResult<Value> {
    let it = ops::get_iter(th, one_arg(&a, name)?)?;
    // A plain generator runs in one nested run while its items' truth needs no Python code
    // and does not decide; the item that stops that run is judged here, as CPython would.
    let fold = if stop_at { Fold::Any } else { Fold::All };
    let mut acc = Value::Null;
    while let Some(r) = isles_ceval::generator::drain_fold(th, &it, &mut acc, fold) {
        let Some(x) = r? else {
            return Ok(Value::bool(!stop_at));
        };
        if ops::truthy(th, &x)? == stop_at {
            return Ok(Value::bool(stop_at));
        }
    }
    while let Some(x) = ops::next_item(th, &it)? {
        if ops::truthy(th, &x)? == stop_at {
            return Ok(Value::bool(stop_at));
        }
    }
    Ok(Value::bool(!stop_at))
}

/// CPython's wording for one-argument builtins ("any() takes exactly one argument (0 given)").
fn one_arg_err(a: &Args<'_>, name: &str) -> PyErr {
    if !a.kwnames.is_empty() {
        return PyErr::type_error(format!("{name}() takes no keyword arguments"));
    }
    PyErr::type_error(format!(
        "{name}() takes exactly one argument ({} given)",
        a.pos.len()
    ))
}

fn one_arg<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match a.pos {
        [v] if a.kwnames.is_empty() => Ok(v),
        _ => Err(one_arg_err(a, name)),
    }
}

pub(crate) fn builtin_any(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    any_all(th, a, "any", true)
}

pub(crate) fn builtin_all(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    any_all(th, a, "all", false)
}

fn radix_text(th: &mut Thread<'_>, a: Args<'_>, name: &str, radix: u32) -> PyResult<Value> {
    let v = one_arg(&a, name)?;
    let i = match v.to_bigint() {
        Some(i) => i,
        None => match isles_ceval::dunder::call(th, v, "__index__", &[])? {
            Some(r) if r.is_int_like() => r.to_bigint().unwrap_or_default(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(th, v)
                )));
            }
        },
    };
    Ok(Value::str(pynum::int_to_string_radix(&i, radix)))
}

pub(crate) fn builtin_bin(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    radix_text(th, a, "bin", 2)
}

pub(crate) fn builtin_oct(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    radix_text(th, a, "oct", 8)
}

pub(crate) fn builtin_hex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    radix_text(th, a, "hex", 16)
}

pub(crate) fn builtin_ascii(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&a, "ascii")?;
    Ok(Value::str(strformat::ascii(th, v)?))
}

pub(crate) fn builtin_format(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("format")?;
    a.check_count("format", 1, 2)?;
    let spec = match a.pos.get(1) {
        None => "",
        Some(s) => s.as_str().ok_or_else(|| {
            PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(th, s)
            ))
        })?,
    };
    Ok(Value::str(strformat::format_value(th, &a.pos[0], spec)?))
}

fn attr_name<'a>(th: &Thread<'_>, v: &'a Value) -> PyResult<&'a Value> {
    if v.as_str().is_some() {
        return Ok(v);
    }
    Err(PyErr::type_error(format!(
        "attribute name must be string, not '{}'",
        type_name(th, v)
    )))
}

pub(crate) fn builtin_getattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("getattr")?;
    a.check_count("getattr", 2, 3)?;
    let name = attr_name(th, &a.pos[1])?;
    match (ops::getattr(th, &a.pos[0], name), a.pos.get(2)) {
        (Err(e), Some(d)) if ops::err_matches(th, &e, ExcKind::AttributeError) => Ok(d.clone()),
        (r, _) => r,
    }
}

pub(crate) fn builtin_setattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exactly(&a, "setattr", 3)?;
    let name = attr_name(th, &a.pos[1])?;
    ops::setattr(th, &a.pos[0], name, a.pos[2].clone())?;
    Ok(Value::None)
}

pub(crate) fn builtin_delattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exactly(&a, "delattr", 2)?;
    let name = attr_name(th, &a.pos[1])?;
    ops::delattr(th, &a.pos[0], name)?;
    Ok(Value::None)
}

pub(crate) fn builtin_hasattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exactly(&a, "hasattr", 2)?;
    let name = attr_name(th, &a.pos[1])?;
    match ops::getattr(th, &a.pos[0], name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}
