//! Shared plumbing for the builtin types' methods: finding `self`, checking argument counts
//! with the message style CPython uses for each method, and binding optional keywords.

use isles_ceval::ops::type_name;
use isles_ceval::{Args, NativeFn, Thread};

use isles_object::{Dict, Kind, Obj, PyErr, PyResult, Value};

/// A native method of the builtin type `owner`. Made without a thread: type fillers run
/// inside the first borrow of the type's dict.
pub(crate) fn native_method(owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    isles_ceval::native_method(owner, name, f)
}

/// Queues `make`'s entries for type `ty`: they are made on the first use of its dict
/// (`TypeDict`), so an interpreter builds only the method tables it uses.
pub(crate) fn defer(ty: &Obj, make: impl FnOnce(&mut Dict) + 'static) {
    if let Some(t) = ty.as_type() {
        t.dict.defer(Box::new(make));
    }
}

/// Installs native methods on a builtin type (on first use of its dict).
pub(crate) fn install(ty: &Obj, owner: &'static str, fns: &'static [(&'static str, NativeFn)]) {
    defer(ty, move |d| {
        for &(name, f) in fns {
            d.set_str(name, native_method(owner, name, f));
        }
    });
}

/// One native method of a builtin type (on first use of its dict).
pub(crate) fn install_one(ty: &Obj, owner: &'static str, name: &'static str, f: NativeFn) {
    defer(ty, move |d| d.set_str(name, native_method(owner, name, f)));
}

/// A native method of a builtin type wrapped by `wrap` (classmethod, staticmethod,
/// property getter), on first use of the type's dict.
pub(crate) fn install_wrapped(
    ty: &Obj,
    owner: &'static str,
    name: &'static str,
    f: NativeFn,
    wrap: fn(Value) -> Value,
) {
    defer(ty, move |d| {
        d.set_str(name, wrap(native_method(owner, name, f)))
    });
}

pub(crate) fn classmethod(f: Value) -> Value {
    Value::Obj(Obj::new(Kind::ClassMethod(f)))
}

pub(crate) fn staticmethod(f: Value) -> Value {
    Value::Obj(Obj::new(Kind::StaticMethod(f)))
}

/// A read-only property with getter `f`.
pub(crate) fn getter(f: Value) -> Value {
    crate::types::property(f, Value::None, Value::None, Value::None)
}

/// A native classmethod of a builtin type (on first use of its dict).
pub(crate) fn install_classmethod(ty: &Obj, owner: &'static str, name: &'static str, f: NativeFn) {
    install_wrapped(ty, owner, name, f, classmethod);
}

/// `self` and the remaining positional arguments of a method of `owner`, whose instances
/// satisfy `is_owner`.
#[inline]
pub(crate) fn receiver<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    owner: &str,
    meth: &str,
    is_owner: fn(&Value) -> bool,
) -> PyResult<(&'a Value, &'a [Value])> {
    match a.pos.split_first() {
        Some((first, rest)) if is_owner(first) => Ok((first, rest)),
        first => Err(receiver_error(th, owner, meth, first.map(|f| f.0))),
    }
}

#[cold]
#[inline(never)]
fn receiver_error(th: &Thread<'_>, owner: &str, meth: &str, first: Option<&Value>) -> PyErr {
    match first {
        None => PyErr::type_error(format!("unbound method {owner}.{meth}() needs an argument")),
        Some(first) => PyErr::type_error(format!(
            "descriptor '{meth}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(th, first)
        )),
    }
}

/// The ways CPython words a wrong argument count, which differ from method to method.
#[derive(Clone, Copy)]
pub(crate) enum Arity {
    /// "str.upper() takes no arguments (1 given)"
    NoArgs,
    /// "str.zfill() takes exactly one argument (0 given)"
    One,
    /// "center expected at least 1 argument, got 0"
    Expected(usize, usize),
    /// "find() takes at least 1 argument (0 given)"
    Takes(usize, usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks `n` positional arguments (and no keywords) against `arity`.
#[inline]
pub(crate) fn check(a: &Args<'_>, owner: &str, meth: &str, n: usize, arity: Arity) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(kwargs_error(owner, meth));
    }
    check_count(owner, meth, n, arity)
}

#[cold]
#[inline(never)]
fn kwargs_error(owner: &str, meth: &str) -> PyErr {
    PyErr::type_error(format!("{owner}.{meth}() takes no keyword arguments"))
}

/// Checks a count of arguments that may include keywords.
#[inline]
pub(crate) fn check_count(owner: &str, meth: &str, n: usize, arity: Arity) -> PyResult<()> {
    let ok = match arity {
        Arity::NoArgs => n == 0,
        Arity::One => n == 1,
        Arity::Expected(min, max) | Arity::Takes(min, max) => n >= min && n <= max,
    };
    if ok {
        Ok(())
    } else {
        Err(count_error(owner, meth, n, arity))
    }
}

#[cold]
#[inline(never)]
fn count_error(owner: &str, meth: &str, n: usize, arity: Arity) -> PyErr {
    let msg = match arity {
        Arity::NoArgs if n > 0 => format!("{owner}.{meth}() takes no arguments ({n} given)"),
        Arity::One if n != 1 => format!("{owner}.{meth}() takes exactly one argument ({n} given)"),
        Arity::Expected(min, max) | Arity::Takes(min, max) if n < min || n > max => {
            let (bound, k) = if n < min {
                ("least", min)
            } else {
                ("most", max)
            };
            let s = plural(k);
            match arity {
                Arity::Expected(..) => {
                    format!("{meth} expected at {bound} {k} argument{s}, got {n}")
                }
                _ => format!("{meth}() takes at {bound} {k} argument{s} ({n} given)"),
            }
        }
        _ => return PyErr::system_error("argument count error without an error"),
    };
    PyErr::type_error(msg)
}

/// Binds positional arguments and keywords to the parameter `names` (all optional), with
/// CPython's messages for unknown and repeated keywords. Counts are checked by `arity`.
pub(crate) fn bind_kw<'a>(
    a: &Args<'a>,
    pos: &'a [Value],
    owner: &str,
    meth: &str,
    names: &[&str],
    arity: Arity,
) -> PyResult<Vec<Option<&'a Value>>> {
    check_count(owner, meth, pos.len() + a.kwnames.len(), arity)?;
    let mut out: Vec<Option<&'a Value>> = names.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let kname = k.as_str().unwrap_or("");
        let Some(i) = names.iter().position(|n| *n == kname) else {
            return Err(PyErr::type_error(format!(
                "'{kname}' is an invalid keyword argument for {meth}()"
            )));
        };
        if i < pos.len() {
            return Err(PyErr::type_error(format!(
                "argument for {meth}() given by name ('{kname}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    Ok(out)
}

/// An argument used as an integer (`__index__`), with CPython's messages otherwise.
pub(crate) fn index_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let i = isles_ceval::ops::number_index(th, v)?;
    i.to_bigint()
        .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))
}

/// Refuses to build a string of more than `n` characters where CPython's allocation would
/// fail (a Rust allocation failure would abort the process instead).
pub(crate) fn alloc_guard(n: i64) -> PyResult<usize> {
    usize::try_from(n)
        .ok()
        .filter(|n| *n <= 1 << 32)
        .ok_or_else(|| PyErr::new(isles_object::ExcKind::MemoryError, ""))
}

/// A `start`/`end` slice bound of the search methods: None means absent.
pub(crate) fn slice_bound(
    th: &mut Thread<'_>,
    v: Option<&Value>,
    with_none: bool,
) -> PyResult<Option<i64>> {
    let converted;
    let v = match v {
        Some(x) if !x.is_int_like() && !matches!(x, Value::None) => {
            converted = isles_ceval::ops::to_index(th, x)?;
            converted.as_ref().or(v)
        }
        _ => v,
    };
    match v {
        None => Ok(None),
        Some(Value::None) if with_none => Ok(None),
        Some(v) => match isles_ceval::ops::index_value(v) {
            Some(i) => Ok(Some(i)),
            // Huge ints clamp, as _PyEval_SliceIndex does.
            None if v.is_int_like() => Ok(Some(
                if v.to_bigint()
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus)
                {
                    i64::MIN
                } else {
                    i64::MAX
                },
            )),
            None => Err(PyErr::type_error(if with_none {
                "slice indices must be integers or None or have an __index__ method"
            } else {
                "slice indices must be integers or have an __index__ method"
            })),
        },
    }
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` against a length (start may exceed it).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let n = len as i64;
    let mut end = end.unwrap_or(n);
    if end > n {
        end = n;
    } else if end < 0 {
        end = end.saturating_add(n).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(n).max(0);
    }
    (start, end)
}
