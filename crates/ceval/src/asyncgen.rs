//! Asynchronous generators (`async def` with `yield`). The generator's frame runs like a
//! coroutine's; a `yield` (marked by `AsyncGenWrap`) ends an `__anext__()`/`asend()`/`athrow()`
//! awaitable with the value, while what its `await`s yield passes through to the event loop.

use std::cell::{Cell, RefCell};

use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::generator::{self, GenStep};
use crate::{Args, NativeFn, Thread, ops};

/// What one resumption of an async generator's frame gave.
enum Step {
    /// A value an `await` inside passes out (to the event loop).
    Await(Value),
    /// A value of `yield`: the result of the awaitable.
    Yield(Value),
    /// The generator finished.
    Done,
}

fn step(th: &mut Thread<'_>, agen: &Value, send: Value, throw: Option<PyErr>) -> PyResult<Step> {
    th.agen_wrapped = false;
    let r = generator::resume(th, agen, send, throw);
    let wrapped = std::mem::take(&mut th.agen_wrapped);
    Ok(match r? {
        GenStep::Yield(v) if wrapped => Step::Yield(v),
        GenStep::Yield(v) => Step::Await(v),
        GenStep::Return(_) => Step::Done,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(exc)`.
    Throw,
    /// `aclose()`.
    Close,
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// The awaitable `__anext__()`, `asend()`, `athrow()` and `aclose()` return.
struct AgenAwait {
    agen: Value,
    mode: Mode,
    /// What the first step sends in (asend's value).
    value: RefCell<Value>,
    /// What the first step throws in (athrow's exception, aclose's GeneratorExit).
    exc: RefCell<Option<PyErr>>,
    state: Cell<u8>,
}

fn make_await(
    th: &Thread<'_>,
    agen: &Value,
    mode: Mode,
    value: Value,
    exc: Option<PyErr>,
) -> Value {
    let cls = if mode == Mode::Send {
        th.st.types.async_generator_asend.clone()
    } else {
        th.st.types.async_generator_athrow.clone()
    };
    let st = AgenAwait {
        agen: agen.clone(),
        mode,
        value: RefCell::new(value),
        exc: RefCell::new(exc),
        state: Cell::new(INIT),
    };
    Value::Obj(Obj::new(Kind::Opaque(cls, Box::new(st))))
}

/// Whether `v` is one of the awaitables an async generator's methods return.
pub(crate) fn is_await(v: &Value) -> bool {
    await_state(v).is_some()
}

fn await_state(v: &Value) -> Option<&AgenAwait> {
    match v.kind() {
        Some(Kind::Opaque(_, b)) => b.downcast_ref::<AgenAwait>(),
        _ => None,
    }
}

/// One step of the awaitable: `send(v)`, or `throw(exc)` with `exc`.
fn await_step(
    th: &mut Thread<'_>,
    aw: &AgenAwait,
    v: Value,
    exc: Option<PyErr>,
) -> PyResult<Value> {
    if aw.state.get() == CLOSED {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            if aw.mode == Mode::Send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            },
        ));
    }
    let (send, throw) = if aw.state.get() == INIT {
        aw.state.set(ITER);
        let first = aw.exc.borrow_mut().take();
        let stored = std::mem::take(&mut *aw.value.borrow_mut());
        match exc {
            Some(e) => (Value::None, Some(e)),
            None if first.is_some() => (Value::None, first),
            None if v.is_none() => (stored, None),
            None => (v, None),
        }
    } else {
        (v, exc)
    };
    let closing = aw.mode == Mode::Close;
    match step(th, &aw.agen, send, throw) {
        Ok(Step::Await(x)) => Ok(x),
        Ok(Step::Yield(x)) => {
            aw.state.set(CLOSED);
            if closing {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "async generator ignored GeneratorExit",
                ));
            }
            Err(generator::stop_iteration(th, x))
        }
        Ok(Step::Done) => {
            aw.state.set(CLOSED);
            if closing {
                return Err(generator::stop_iteration(th, Value::None));
            }
            Err(PyErr::new(ExcKind::StopAsyncIteration, ""))
        }
        Err(e) => {
            aw.state.set(CLOSED);
            if closing
                && (ops::err_matches(th, &e, ExcKind::GeneratorExit)
                    || ops::err_matches(th, &e, ExcKind::StopAsyncIteration))
            {
                return Err(generator::stop_iteration(th, Value::None));
            }
            Err(e)
        }
    }
}

/// `yield from`/`await` over one of these awaitables: the step as a generator step, the
/// StopIteration value kept. None for other objects.
pub(crate) fn send_sub(th: &mut Thread<'_>, sub: &Value, v: &Value) -> Option<PyResult<GenStep>> {
    let aw = await_state(sub)?;
    Some(match await_step(th, aw, v.clone(), None) {
        Ok(x) => Ok(GenStep::Yield(x)),
        Err(mut e) if ops::err_matches(th, &e, ExcKind::StopIteration) => {
            let exc = ops::normalize(th, &mut e);
            let val = match exc.kind() {
                Kind::Exception(x) => match x.args.borrow().kind() {
                    Some(Kind::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            Ok(GenStep::Return(val))
        }
        Err(e) => Err(e),
    })
}

fn this<'a>(a: &Args<'a>, what: &str) -> PyResult<&'a Value> {
    a.pos
        .first()
        .ok_or_else(|| PyErr::type_error(format!("{what}: missing self")))
}

fn agen_of<'a>(a: &Args<'a>, what: &str) -> PyResult<&'a Value> {
    let v = this(a, what)?;
    match v.kind() {
        Some(Kind::Generator(g)) if g.async_gen => Ok(v),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{what}' requires an 'async_generator' object"
        ))),
    }
}

/// The exception `athrow(typ[, val[, tb]])` / `throw(...)` raises.
/// The exception `throw(...)`/`athrow(...)` raise: `(exc)`, `(type)` or `(type, value[, tb])`.
pub fn thrown(th: &mut Thread<'_>, args: &[Value], what: &str) -> PyResult<PyErr> {
    match args {
        [t] => Ok(generator::exception_from(th, t)),
        [t, v, ..] if !v.is_none() && matches!(t.kind(), Some(Kind::Type(_))) => {
            let inst = if matches!(v.kind(), Some(Kind::Exception(_))) {
                v.clone()
            } else {
                th.call(t, Args::positional(std::slice::from_ref(v)))?
            };
            Ok(generator::exception_from(th, &inst))
        }
        [t, ..] => Ok(generator::exception_from(th, t)),
        [] => Err(PyErr::type_error(format!(
            "{what} expected at least 1 argument, got 0"
        ))),
    }
}

fn agen_aiter(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(agen_of(&a, "__aiter__")?.clone())
}

fn agen_anext(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let g = agen_of(&a, "__anext__")?;
    Ok(make_await(th, g, Mode::Send, Value::None, None))
}

fn agen_asend(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("asend", 2, 2)?;
    let g = agen_of(&a, "asend")?;
    Ok(make_await(th, g, Mode::Send, a.pos[1].clone(), None))
}

fn agen_athrow(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let g = agen_of(&a, "athrow")?.clone();
    let e = thrown(th, &a.pos[1..], "athrow")?;
    Ok(make_await(th, &g, Mode::Throw, Value::None, Some(e)))
}

fn agen_aclose(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let g = agen_of(&a, "aclose")?;
    let e = PyErr::new(ExcKind::GeneratorExit, "");
    Ok(make_await(th, g, Mode::Close, Value::None, Some(e)))
}

/// The methods of `async_generator`.
pub const AGEN_METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

fn aw_of<'a>(a: &Args<'a>, what: &str) -> PyResult<(&'a Value, &'a AgenAwait)> {
    let v = this(a, what)?;
    let aw = await_state(v).ok_or_else(|| {
        PyErr::type_error(format!("{what}: expected an async generator awaitable"))
    })?;
    Ok((v, aw))
}

fn aw_send(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("send", 2, 2)?;
    let (_, aw) = aw_of(&a, "send")?;
    await_step(th, aw, a.pos[1].clone(), None)
}

fn aw_next(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (_, aw) = aw_of(&a, "__next__")?;
    await_step(th, aw, Value::None, None)
}

fn aw_throw(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (_, aw) = aw_of(&a, "throw")?;
    let e = thrown(th, &a.pos[1..], "throw")?;
    await_step(th, aw, Value::None, Some(e))
}

fn aw_close(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (_, aw) = aw_of(&a, "close")?;
    aw.state.set(CLOSED);
    Ok(Value::None)
}

fn aw_self(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(aw_of(&a, "__await__")?.0.clone())
}

/// The methods of the awaitables (`async_generator_asend`, `async_generator_athrow`).
pub const AWAIT_METHODS: &[(&str, NativeFn)] = &[
    ("send", aw_send),
    ("throw", aw_throw),
    ("close", aw_close),
    ("__next__", aw_next),
    ("__iter__", aw_self),
    ("__await__", aw_self),
];

/// `aiter(x)`: `type(x).__aiter__(x)`.
pub fn builtin_aiter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("aiter", 1, 1)?;
    let v = &a.pos[0];
    let t = ops::type_of(th, v);
    let Some(f) = ops::lookup_type_attr(&t, "__aiter__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterable",
            ops::type_name(th, v)
        )));
    };
    let it = crate::dunder::call_method(th, v, f, &[])?;
    let it_t = ops::type_of(th, &it);
    if ops::lookup_type_attr(&it_t, "__anext__").is_none() {
        return Err(PyErr::type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            ops::type_name(th, &it)
        )));
    }
    Ok(it)
}

/// `anext(it)`: the awaitable of `type(it).__anext__(it)` (no default).
pub fn builtin_anext(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("anext", 1, 1)?;
    let v = &a.pos[0];
    let t = ops::type_of(th, v);
    let Some(f) = ops::lookup_type_attr(&t, "__anext__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterator",
            ops::type_name(th, v)
        )));
    };
    crate::dunder::call_method(th, v, f, &[])
}
