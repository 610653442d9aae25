//! Iterators written in Rust that may run Python code while advancing (map, filter, zip,
//! enumerate, ...). Each keeps its own state type inside `IterState::Native`.

use std::any::Any;
use std::cell::RefCell;

use isles_compiler::{BinOp, CmpOp};
use isles_object::{ExcKind, IterState, Kind, Obj, PyErr, PyResult, Value, ViewKind};

use crate::args::Args;
use crate::ops;
use crate::thread::Thread;

/// `map(func, *iterables)`: stops with the shortest iterable.
pub struct MapState {
    pub func: Value,
    pub iters: Vec<Value>,
}

/// `filter(func, iterable)`; a None `func` keeps the truthy items.
pub struct FilterState {
    pub func: Value,
    pub it: Value,
}

/// `zip(*iterables, strict=...)`.
pub struct ZipState {
    pub iters: Vec<Value>,
    pub strict: bool,
}

/// A walk over a sequence by index: `list_reverseiterator` reads a list directly, `reversed`
/// (counting down) and `iterator` (counting up, for classes with only `__getitem__`) go
/// through `getitem`. `index` is the next position to read; negative means done.
pub struct ReverseState {
    pub seq: Value,
    pub index: i64,
}

/// `iter(callable, sentinel)`.
pub struct CallableIterState {
    pub func: Value,
    pub sentinel: Value,
}

/// `enumerate(it, start)` over the iterator `it`, counting from `count` (an int).
pub fn new_enumerate(it: Value, count: Value) -> Value {
    new_iter(IterState::Enumerate {
        it,
        count,
        last: None,
    })
}

/// A set iterator over `set` (a set or frozenset whose table holds `len` items), as
/// `IterState::Set`. It walks the live table by slot, so elements added at later slots
/// while the size stays the same are seen, as in CPython.
pub(crate) fn new_set_iter(set: Obj, len: usize) -> Value {
    new_iter(IterState::Set { set, pos: 0, len })
}

/// One step of the set iterator `(set, pos, len)`; its "changed size" error (repeated on
/// each later step, as in CPython).
pub(crate) fn advance_set(set: &Obj, pos: &mut usize, len: &mut usize) -> PyResult<Option<Value>> {
    set_step(set, pos, *len).ok_or_else(|| {
        *len = usize::MAX;
        PyErr::new(ExcKind::RuntimeError, "Set changed size during iteration")
    })
}

/// One step of a set iterator, `None` when the set changed size (the caller raises). The
/// size is the table's own (`so->used`, as CPython's `setiter_iternext` reads it), never a
/// subclass's `__len__`, so no Python code runs: the eval loop's `next_fast` takes it too.
#[inline]
pub(crate) fn set_step(set: &Obj, pos: &mut usize, len: usize) -> Option<Option<Value>> {
    let found = match set.kind() {
        Kind::Set(t) => {
            let t = t.try_borrow().ok()?;
            if t.len() != len {
                return None;
            }
            t.next_active(*pos)
        }
        Kind::FrozenSet(t) => t.next_active(*pos),
        _ => None,
    };
    Some(found.map(|(i, k)| {
        *pos = i + 1;
        k
    }))
}

/// Wraps a native state as an iterator object whose type name is `name`.
pub fn new_native(name: &'static str, state: Box<dyn Any>) -> Value {
    new_iter(IterState::Native { name, state })
}

/// An iterator object over `state` (boxed, as every payload too big for an object block).
#[inline]
pub fn new_iter(state: IterState) -> Value {
    let cell = isles_object::place::boxed_map(state, RefCell::new);
    Value::Obj(Obj::new(Kind::Iter(cell)))
}

/// Advances the native iterator `name` whose state is `state`; `Ok(None)` when exhausted.
pub fn advance(
    th: &mut Thread<'_>,
    name: &'static str,
    state: &mut Box<dyn Any>,
) -> PyResult<Option<Value>> {
    match name {
        "map" => advance_map(th, downcast(name, state)?),
        "filter" => advance_filter(th, downcast(name, state)?),
        "zip" => advance_zip(th, downcast(name, state)?),
        "list_reverseiterator" => advance_list_reverse(downcast(name, state)?),
        "reversed"
        | "dict_reversekeyiterator"
        | "dict_reversevalueiterator"
        | "dict_reverseitemiterator" => advance_getitem(th, downcast(name, state)?, -1),
        "callable_iterator" => advance_callable(th, downcast(name, state)?),
        "iterator" => advance_getitem(th, downcast(name, state)?, 1),
        "_deque_iterator" | "_deque_reverse_iterator" => advance_deque(downcast(name, state)?),
        "bytes_iterator" | "bytearray_iterator" | "memory_iterator" => {
            crate::bytesobj::advance(downcast(name, state)?)
        }
        _ => Err(unknown(name)),
    }
}

/// The state of an iterator over a `collections.deque` (forward or reversed): CPython's
/// `dequeiterobject`, which fails once the deque changed under it.
pub struct DequeIterState {
    pub deque: Obj,
    pub index: usize,
    pub left: usize,
    pub state: u64,
    pub reverse: bool,
}

fn advance_deque(s: &mut DequeIterState) -> PyResult<Option<Value>> {
    let Kind::Opaque(_, b) = s.deque.kind() else {
        return Ok(None);
    };
    let Some(d) = b.downcast_ref::<isles_object::deque::DequeData>() else {
        return Ok(None);
    };
    if d.state.get() != s.state {
        s.left = 0;
        return Err(PyErr::new(
            isles_object::ExcKind::RuntimeError,
            "deque mutated during iteration",
        ));
    }
    if s.left == 0 {
        return Ok(None);
    }
    let items = d.items.borrow();
    let n = items.len();
    let i = if s.reverse {
        n.wrapping_sub(1 + s.index)
    } else {
        s.index
    };
    let v = items.get(i).cloned();
    s.index += 1;
    s.left -= 1;
    Ok(v)
}

fn unknown(name: &str) -> PyErr {
    PyErr::system_error(format!("unknown native iterator '{name}'"))
}

fn downcast<'s, T: 'static>(name: &str, state: &'s mut Box<dyn Any>) -> PyResult<&'s mut T> {
    state.downcast_mut::<T>().ok_or_else(|| unknown(name))
}

fn advance_map(th: &mut Thread<'_>, s: &mut MapState) -> PyResult<Option<Value>> {
    // One iterable (the common case): its item is the one argument, with no vector.
    if let [it] = &s.iters[..] {
        return match ops::next_item(th, it)? {
            Some(v) => th.call(&s.func, Args::positional(&[v])).map(Some),
            None => Ok(None),
        };
    }
    let mut args = Vec::with_capacity(s.iters.len());
    for it in &s.iters {
        match ops::next_item(th, it)? {
            Some(v) => args.push(v),
            None => return Ok(None),
        }
    }
    th.call(&s.func, Args::positional(&args)).map(Some)
}

fn advance_filter(th: &mut Thread<'_>, s: &mut FilterState) -> PyResult<Option<Value>> {
    while let Some(item) = ops::next_item(th, &s.it)? {
        let keep = if s.func.is_none() {
            ops::truthy(th, &item)?
        } else {
            let r = th.call(&s.func, Args::positional(std::slice::from_ref(&item)))?;
            ops::truthy(th, &r)?
        };
        if keep {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

fn advance_zip(th: &mut Thread<'_>, s: &mut ZipState) -> PyResult<Option<Value>> {
    if s.iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(s.iters.len());
    for (i, it) in s.iters.iter().enumerate() {
        match ops::next_item(th, it)? {
            Some(v) => items.push(v),
            None if s.strict => return zip_strict_end(th, &s.iters, i),
            None => return Ok(None),
        }
    }
    Ok(Some(Value::tuple(items)))
}

/// Iterator `i` of a strict zip ran out: fine only if every other one did too.
fn zip_strict_end(th: &mut Thread<'_>, iters: &[Value], i: usize) -> PyResult<Option<Value>> {
    let plural = |n: usize| {
        if n == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{n}")
        }
    };
    if i > 0 {
        return Err(PyErr::value_error(format!(
            "zip() argument {} is shorter than argument{}",
            i + 1,
            plural(i)
        )));
    }
    for (j, it) in iters.iter().enumerate().skip(1) {
        if ops::next(th, it)?.is_some() {
            return Err(PyErr::value_error(format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                plural(j)
            )));
        }
    }
    Ok(None)
}

/// One step of an enumerate over `it` (the general way: the item and the count's increment
/// may run Python code, so the state is out of its cell meanwhile).
pub(crate) fn advance_enumerate(
    th: &mut Thread<'_>,
    it: &Value,
    count: &mut Value,
    last: &mut Option<Obj>,
) -> PyResult<Option<Value>> {
    let Some(item) = ops::next_item(th, it)? else {
        return Ok(None);
    };
    let n = ops::binary(th, BinOp::Add, count, &Value::Int(1))?;
    let count = std::mem::replace(count, n);
    Ok(Some(ops::reuse_pair(last, count, item)))
}

/// One step of `reversed` over an exact list or tuple, which runs no Python code (the eval
/// loop's `next_fast` takes it): the item, `Some(None)` at the end, `None` for the other
/// sequences (`advance` steps them through `__getitem__`).
#[inline]
pub(crate) fn reverse_step(s: &mut ReverseState) -> Option<Option<Value>> {
    let Value::Obj(o) = &s.seq else { return None };
    let Ok(i) = usize::try_from(s.index) else {
        return Some(None);
    };
    let item = match o.kind() {
        Kind::List(l) => l.try_borrow().ok()?.get(i).cloned(),
        Kind::Tuple(t) if o.sub().is_none() => t.get(i).cloned(),
        _ => return None,
    };
    s.index = if item.is_some() { s.index - 1 } else { -1 };
    Some(item)
}

fn advance_list_reverse(s: &mut ReverseState) -> PyResult<Option<Value>> {
    let item = match (s.seq.kind(), usize::try_from(s.index)) {
        (Some(Kind::List(l)), Ok(i)) => l.borrow().get(i).cloned(),
        _ => None,
    };
    s.index = if item.is_some() { s.index - 1 } else { -1 };
    Ok(item)
}

/// The next item of `reversed` (`step` -1) or of a `__getitem__` iterator (`step` 1): an
/// IndexError or StopIteration from `__getitem__` ends the walk for good.
fn advance_getitem(
    th: &mut Thread<'_>,
    s: &mut ReverseState,
    step: i64,
) -> PyResult<Option<Value>> {
    if s.index < 0 {
        return Ok(None);
    }
    // An exact tuple (`reversed(args)`) is read directly: nothing can override its items.
    if let Value::Obj(o) = &s.seq
        && let Kind::Tuple(t) = o.kind()
        && o.sub().is_none()
    {
        let item = usize::try_from(s.index)
            .ok()
            .and_then(|i| t.get(i).cloned());
        s.index = if item.is_some() { s.index + step } else { -1 };
        return Ok(item);
    }
    match ops::getitem(th, &s.seq, &Value::Int(s.index)) {
        Ok(v) => {
            s.index += step;
            Ok(Some(v))
        }
        Err(e)
            if ops::err_matches(th, &e, ExcKind::IndexError)
                || ops::err_matches(th, &e, ExcKind::StopIteration) =>
        {
            s.index = -1;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn advance_callable(th: &mut Thread<'_>, s: &mut CallableIterState) -> PyResult<Option<Value>> {
    let v = th.call(&s.func, Args::positional(&[]))?;
    let hit = ops::compare(th, CmpOp::Eq, &v, &s.sentinel)?;
    if ops::truthy(th, &hit)? {
        return Ok(None);
    }
    Ok(Some(v))
}

/// `reversed(seq)`: a reverse iterator of CPython's type for each builtin sequence, or
/// `__reversed__` / the sequence protocol for instances.
pub fn reversed(th: &mut Thread<'_>, seq: &Value) -> PyResult<Value> {
    // No builtin sequence defines `__reversed__`: only a subclass or another type can.
    let plain = !seq.is_sub()
        && matches!(
            seq.kind(),
            Some(
                Kind::Range(_)
                    | Kind::List(_)
                    | Kind::Dict(_)
                    | Kind::Tuple(_)
                    | Kind::Str(_)
                    | Kind::Bytes(_)
                    | Kind::ByteArray(_)
            )
        );
    if !plain && let Some(r) = crate::dunder::call(th, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let last = |n: usize| n as i64 - 1;
    match seq.kind() {
        Some(Kind::Range(r)) => {
            let (n, step) = (r.len(), r.step);
            // An empty range gives `next == stop`: a `range_iterator` that is done.
            let state = IterState::Range {
                next: r.start + (n - 1) * step,
                stop: r.start - step,
                step: -step,
                long: reversed_range_is_long(r),
            };
            Ok(new_iter(state))
        }
        Some(Kind::List(l)) => {
            let index = last(l.borrow().len());
            Ok(reverse_iter("list_reverseiterator", seq.clone(), index))
        }
        Some(Kind::Dict(d)) => {
            let keys: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
            let index = last(keys.len());
            let keys = Value::tuple(keys);
            Ok(reverse_iter("dict_reversekeyiterator", keys, index))
        }
        Some(Kind::DictView(d, kind)) if !seq.is_sub() => {
            let Kind::Dict(d) = d.kind() else {
                return Err(PyErr::system_error("dict view without its dict"));
            };
            let (name, items): (_, Vec<Value>) = {
                let d = d.borrow();
                match kind {
                    ViewKind::Keys => (
                        "dict_reversekeyiterator",
                        d.iter().map(|e| e.key.clone()).collect(),
                    ),
                    ViewKind::Values => (
                        "dict_reversevalueiterator",
                        d.iter().map(|e| e.value.clone()).collect(),
                    ),
                    ViewKind::Items => (
                        "dict_reverseitemiterator",
                        d.iter()
                            .map(|e| Value::tuple(vec![e.key.clone(), e.value.clone()]))
                            .collect(),
                    ),
                }
            };
            let index = last(items.len());
            Ok(reverse_iter(name, Value::tuple(items), index))
        }
        Some(Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_)) => {
            let index = last(ops::len(th, seq)?);
            Ok(reverse_iter("reversed", seq.clone(), index))
        }
        _ if crate::dunder::lookup(seq, "__getitem__").is_some() => {
            let index = last(ops::len(th, seq)?);
            Ok(reverse_iter("reversed", seq.clone(), index))
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not reversible",
            ops::type_name(th, seq)
        ))),
    }
}

/// `iter(range(a[, b[, c]]))` without the range object, for `RangeIter`: `call` is the
/// callable and its arguments. `None` (run the call) unless the callable is this
/// interpreter's builtin `range` and the arguments are ints with a non-zero step.
pub fn range_iter(st: &isles_interp::InterpState, call: &[Value]) -> Option<Value> {
    let (Value::Obj(f), args) = call.split_first()? else {
        return None;
    };
    if !f.is(&st.types.range) {
        return None;
    }
    let int = |v: &Value| match v {
        Value::Int(i) => Some(i128::from(*i)),
        _ => None,
    };
    let (next, stop, step) = match args {
        [stop] => (0, int(stop)?, 1),
        [start, stop] => (int(start)?, int(stop)?, 1),
        [start, stop, step] => (int(start)?, int(stop)?, int(step)?),
        _ => return None,
    };
    if step == 0 {
        return None;
    }
    let long = range_is_long(&isles_object::Range {
        start: next,
        stop,
        step,
    });
    let state = IterState::Range {
        next,
        stop,
        step,
        long,
    };
    Some(new_iter(state))
}

/// Whether CPython iterates `r` with a `longrange_iterator` (`range_iter`): start, stop,
/// step or the length do not fit a C long, or the last step could overflow one.
pub fn range_is_long(r: &isles_object::Range) -> bool {
    let (lo, hi) = (i128::from(i64::MIN), i128::from(i64::MAX));
    let fits = |v: i128| (lo..=hi).contains(&v);
    if !fits(r.start) || !fits(r.stop) || !fits(r.step) {
        return true;
    }
    let n = r.len();
    if n > hi {
        return true;
    }
    n > 0
        && if r.step > 0 {
            r.stop > hi - (r.step - 1)
        } else {
            r.stop < lo + (-1 - r.step)
        }
}

/// Whether CPython's `reversed(r)` is a `longrange_iterator` (`range_reverse`): start, stop,
/// step, `-step`, `start - step` or the length do not fit a C long.
pub fn reversed_range_is_long(r: &isles_object::Range) -> bool {
    let (lo, hi) = (i128::from(i64::MIN), i128::from(i64::MAX));
    let fits = |v: i128| (lo..=hi).contains(&v);
    if !fits(r.start) || !fits(r.stop) || !fits(r.step) || r.step == lo {
        return true;
    }
    let start_less_step = if r.step > 0 {
        r.start - lo < r.step
    } else {
        hi - r.start < -r.step
    };
    start_less_step || r.len() > hi
}

/// The builtin iterator types with a `__length_hint__` (CPython 3.11's).
pub fn has_length_hint(type_name: &str) -> bool {
    matches!(
        type_name,
        "list_iterator"
            | "tuple_iterator"
            | "range_iterator"
            | "longrange_iterator"
            | "str_ascii_iterator"
            | "str_iterator"
            | "dict_keyiterator"
            | "dict_valueiterator"
            | "dict_itemiterator"
            | "dict_reversekeyiterator"
            | "dict_reversevalueiterator"
            | "dict_reverseitemiterator"
            | "set_iterator"
            | "list_reverseiterator"
            | "reversed"
            | "iterator"
            | "bytes_iterator"
            | "bytearray_iterator"
            | "_deque_iterator"
            | "_deque_reverse_iterator"
    )
}

/// `it.__length_hint__()` of a builtin iterator: the items left, as CPython's `*_len`
/// functions count them (0 once exhausted or after a size change); `NotImplemented` for an
/// `iterator` over a sequence without `__len__`.
pub fn length_hint(th: &mut Thread<'_>, it: &Value) -> PyResult<Value> {
    let Some(Kind::Iter(cell)) = it.kind() else {
        return Err(PyErr::type_error("__length_hint__ of a non-iterator"));
    };
    let st = cell.borrow();
    let n: usize = match &*st {
        IterState::Range {
            next, stop, step, ..
        } => {
            let left = isles_object::Range {
                start: *next,
                stop: *stop,
                step: *step,
            };
            return Ok(Value::from_i128(left.len()));
        }
        IterState::Seq { seq, index } => {
            let len = match seq.kind() {
                Kind::List(l) => l.borrow().len(),
                Kind::Tuple(t) => t.len(),
                _ => 0,
            };
            len.saturating_sub(*index)
        }
        IterState::Str { s, byte } => match s.kind() {
            Kind::Str(text) => text.as_str().get(*byte..).map_or(0, |t| t.chars().count()),
            _ => 0,
        },
        IterState::Dict {
            dict, len, left, ..
        } => match dict.kind() {
            Kind::Dict(d) if d.borrow().len() == *len => *left,
            _ => 0,
        },
        IterState::Set { set, pos, len } => set_left(set, *pos, *len),
        IterState::Native { name, state } => {
            let name = *name;
            if let Some(s) = state.downcast_ref::<DequeIterState>() {
                s.left
            } else if let Some(s) = state.downcast_ref::<crate::bytesobj::ByteIterState>() {
                match s.seq.kind() {
                    Some(Kind::Bytes(b)) => b.as_bytes().len().saturating_sub(s.index),
                    Some(Kind::ByteArray(b)) => b.borrow().len().saturating_sub(s.index),
                    _ => 0,
                }
            } else if let Some(s) = state.downcast_ref::<ReverseState>() {
                let (seq, index) = (s.seq.clone(), s.index);
                drop(st);
                return sequence_left(th, name, &seq, index);
            } else {
                0
            }
        }
        IterState::Enumerate { .. } | IterState::Running(_) | IterState::Exhausted(_) => 0,
    };
    Ok(Value::Int(n as i64))
}

/// The items a set iterator has left: none once the set changed size.
fn set_left(set: &Obj, pos: usize, len: usize) -> usize {
    let count = |t: &isles_object::SetTable| {
        let (mut n, mut at) = (0, pos);
        while let Some((i, _)) = t.next_active(at) {
            n += 1;
            at = i + 1;
        }
        n
    };
    match set.kind() {
        Kind::Set(t) => {
            let t = t.borrow();
            if t.len() == len { count(&t) } else { 0 }
        }
        Kind::FrozenSet(t) => count(t),
        _ => 0,
    }
}

/// [`length_hint`] of the iterators that walk a sequence by index (`ReverseState`).
fn sequence_left(th: &mut Thread<'_>, name: &str, seq: &Value, index: i64) -> PyResult<Value> {
    // A negative index: done (CPython has let go of the sequence).
    let Ok(at) = usize::try_from(index) else {
        return Ok(Value::Int(0));
    };
    let n = match name {
        "list_reverseiterator" => match seq.kind() {
            Some(Kind::List(l)) if l.borrow().len() > at => at + 1,
            _ => 0,
        },
        "iterator" => {
            // A builtin sequence has a length; an instance or a subclass's object may not.
            let plain = !seq.is_sub() && !matches!(seq.kind(), Some(Kind::Instance(_)));
            let has_len = plain || crate::dunder::lookup(seq, "__len__").is_some();
            if !has_len {
                return Ok(th.st.not_implemented.clone());
            }
            ops::len(th, seq)?.saturating_sub(at)
        }
        _ => {
            let size = ops::len(th, seq)?;
            if size > at { at + 1 } else { 0 }
        }
    };
    Ok(Value::Int(n as i64))
}

/// `iter(obj)` for an object with only `__getitem__`: CPython's `iterator` type.
pub fn seq_iter(seq: Value) -> Value {
    new_native("iterator", Box::new(ReverseState { seq, index: 0 }))
}

fn reverse_iter(name: &'static str, seq: Value, index: i64) -> Value {
    new_native(name, Box::new(ReverseState { seq, index }))
}
