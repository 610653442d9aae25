//! `bytes`, `bytearray` and `memoryview` as operands: repr, concatenation, repetition,
//! comparison, subscripts, item assignment, membership and iteration. `ops` dispatches here
//! for these kinds; their methods live in `isles-stdlib`'s `bytes_methods`.

use std::cell::RefCell;

use isles_compiler::{BinOp, CmpOp};
use isles_object::{Kind, MemView, Obj, PyErr, PyResult, Value};

use crate::ops::{self, type_name};
use crate::thread::Thread;

/// Whether `v` is bytes, bytearray or memoryview.
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::Bytes(_) | Kind::ByteArray(_) | Kind::MemoryView(_))
    )
}

/// The contents of a bytes-like value, or CPython's "a bytes-like object is required" error.
pub fn buffer(th: &Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Kind::MemoryView(m)) = v.kind() {
        return view_bytes(m);
    }
    v.bytes_like().ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(th, v)
        ))
    })
}

/// The bytes a memoryview shows; fails once released.
pub fn view_bytes(m: &MemView) -> PyResult<Vec<u8>> {
    m.to_vec().ok_or_else(released_error)
}

pub fn released_error() -> PyErr {
    PyErr::value_error("operation forbidden on released memoryview object")
}

/// `repr(bytes)` body: `b'...'` with CPython's choice of quote and escapes.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytes-like kind, or `None` for other kinds.
pub fn repr(v: &Value) -> Option<String> {
    match v.kind()? {
        Kind::Bytes(b) => Some(bytes_repr(b.as_bytes())),
        Kind::ByteArray(b) => Some(format!("bytearray({})", bytes_repr(&b.borrow()))),
        Kind::MemoryView(_) => {
            let id = v.as_obj().map_or(0, Obj::id);
            let what = match v.kind() {
                Some(Kind::MemoryView(m)) if m.released.get() => "released memory",
                _ => "memory",
            };
            Some(format!("<{what} at {id:#x}>"))
        }
        _ => None,
    }
}

/// A result of the same kind as `like` (bytearray operations give bytearrays).
fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    match like.kind() {
        Some(Kind::ByteArray(_)) => Value::bytearray(data),
        _ => Value::bytes(data),
    }
}

/// `+`, `*` and `%` with a bytes-like left operand (or `*` with one on the right).
pub fn binary(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let left = matches!(a.kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_)));
    match op {
        BinOp::Add if left || matches!(a.kind(), Some(Kind::MemoryView(_))) => {
            if !is_bytes_like(b) {
                if crate::dunder::user_class(b).is_some() {
                    return Ok(None);
                }
                return Err(PyErr::type_error(format!(
                    "can't concat {} to {}",
                    type_name(th, b),
                    type_name(th, a)
                )));
            }
            let mut x = buffer(th, a)?;
            x.extend_from_slice(&buffer(th, b)?);
            Ok(Some(same_kind(a, x)))
        }
        BinOp::Mul if left => repeat(th, a, b).map(Some),
        BinOp::Mul if matches!(b.kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_))) => {
            if ops::index_value(a).is_none() {
                if crate::dunder::user_class(a).is_some() {
                    return Ok(None);
                }
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(th, a)
                )));
            }
            repeat(th, b, a).map(Some)
        }
        BinOp::Mod if left => {
            let fmt = buffer(th, a)?;
            let out = crate::strformat::percent_bytes(th, &fmt, b)?;
            Ok(Some(same_kind(a, out)))
        }
        _ => Ok(None),
    }
}

fn repeat(th: &mut Thread<'_>, seq: &Value, n: &Value) -> PyResult<Value> {
    let data = buffer(th, seq)?;
    if matches!(seq.kind(), Some(Kind::Bytes(_))) {
        // bytearray's is a MemoryError, as CPython's.
        ops::check_repeat_len(n, data.len(), "bytes are")?;
    }
    let k = ops::repeat_count(th, n, data.len(), 1)?;
    Ok(same_kind(seq, data.repeat(k)))
}

/// `bytearray += x` and `bytearray *= n`, in place.
pub fn inplace(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(Kind::ByteArray(cell)) = a.kind() else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            if !is_bytes_like(b) {
                return Err(PyErr::type_error(format!(
                    "can't concat {} to bytearray",
                    type_name(th, b)
                )));
            }
            let more = buffer(th, b)?;
            cell.borrow_mut().extend_from_slice(&more);
            Ok(Some(a.clone()))
        }
        BinOp::Mul if ops::index_value(b).is_some() => {
            let len = cell.borrow().len();
            let k = ops::repeat_count(th, b, len, 1)?;
            let data = cell.borrow().repeat(k);
            *cell.borrow_mut() = data;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// Comparison between two bytes-like values (bytes and bytearray compare with each other);
/// `None` when either side is not one.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let ordered = |v: &Value| matches!(v.kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_)));
    if ordered(a) && ordered(b) {
        let (x, y) = (a.bytes_like(), b.bytes_like());
        let o = x.cmp(&y);
        return Ok(Some(ops::cmp_ord(op, o)));
    }
    // memoryview supports only == and != (against any bytes-like value).
    if matches!(op, CmpOp::Eq | CmpOp::Ne)
        && (matches!(a.kind(), Some(Kind::MemoryView(_)))
            || matches!(b.kind(), Some(Kind::MemoryView(_))))
    {
        if a.is(b) {
            return Ok(Some(op == CmpOp::Eq));
        }
        let same = match (view_or_bytes(a), view_or_bytes(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        };
        return Ok(Some(same == (op == CmpOp::Eq)));
    }
    Ok(None)
}

/// A released memoryview equals nothing but itself.
fn view_or_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.kind()? {
        Kind::MemoryView(m) => m.to_vec(),
        _ => v.bytes_like(),
    }
}

/// A byte value from an int-like value, with CPython's messages.
pub fn byte_value(th: &Thread<'_>, v: &Value) -> PyResult<u8> {
    let Some(i) = ops::index_value(v) else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, v)
        )));
    };
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

fn index_error(kind: &Kind) -> PyErr {
    PyErr::index_error(match kind {
        Kind::ByteArray(_) => "bytearray index out of range",
        _ => "index out of range",
    })
}

/// Resolves an index into a length, or `None` when out of range.
fn resolve(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(j).ok().filter(|j| *j < len)
}

fn indices_error(th: &Thread<'_>, obj: &Value, key: &Value) -> PyErr {
    let what = match obj.kind() {
        Some(Kind::Bytes(_)) => "byte".to_string(),
        _ => type_name(th, obj),
    };
    PyErr::type_error(format!(
        "{what} indices must be integers or slices, not {}",
        type_name(th, key)
    ))
}

/// `obj[key]` for bytes, bytearray and memoryview.
pub fn getitem(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(kind) = obj.kind() else {
        return Ok(None);
    };
    if let Kind::MemoryView(m) = kind {
        return view_getitem(th, obj, m, key).map(Some);
    }
    if !matches!(kind, Kind::Bytes(_) | Kind::ByteArray(_)) {
        return Ok(None);
    }
    let data = buffer(th, obj)?;
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, data.len())?;
        let out: Vec<u8> = (0..n).map(|k| data[(s + k as i64 * st) as usize]).collect();
        return Ok(Some(same_kind(obj, out)));
    }
    let Some(i) = ops::index_value(key) else {
        return Err(indices_error(th, obj, key));
    };
    match resolve(i, data.len()) {
        Some(j) => Ok(Some(Value::Int(data[j] as i64))),
        None => Err(index_error(kind)),
    }
}

fn view_getitem(th: &mut Thread<'_>, obj: &Value, m: &MemView, key: &Value) -> PyResult<Value> {
    if m.released.get() {
        return Err(released_error());
    }
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, m.len)?;
        let start = m.start as isize + s as isize * m.step;
        return Ok(Value::Obj(Obj::new(Kind::MemoryView(MemView {
            obj: m.obj.clone(),
            start: start.max(0) as usize,
            step: m.step * st as isize,
            len: n,
            released: std::cell::Cell::new(false),
        }))));
    }
    let Some(i) = ops::index_value(key) else {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    };
    let _ = obj;
    let Some(j) = resolve(i, m.len) else {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    };
    let data = view_bytes(m)?;
    Ok(Value::Int(data[j] as i64))
}

/// `obj[key] = value` for bytearray and memoryview; `None` for other kinds.
pub fn setitem(th: &mut Thread<'_>, obj: &Value, key: &Value, value: &Value) -> PyResult<bool> {
    match obj.kind() {
        Some(Kind::ByteArray(cell)) => {
            bytearray_setitem(th, obj, cell, key, value)?;
            Ok(true)
        }
        Some(Kind::MemoryView(m)) => {
            view_setitem(th, m, key, value)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn bytearray_setitem(
    th: &mut Thread<'_>,
    obj: &Value,
    cell: &RefCell<Vec<u8>>,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        let new: Vec<u8> = if is_bytes_like(value) {
            buffer(th, value)?
        } else if value.is_int_like() || matches!(value.kind(), Some(Kind::Str(_))) {
            return Err(PyErr::type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            let items = ops::iterate(th, value)?;
            items
                .iter()
                .map(|v| byte_value(th, v))
                .collect::<PyResult<_>>()?
        };
        let len = cell.borrow().len();
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, len)?;
        return ops::assign_slice(&mut cell.borrow_mut(), (s, st, n), new, "bytes");
    }
    let Some(i) = ops::index_value(key) else {
        return Err(indices_error(th, obj, key));
    };
    let byte = byte_value(th, value)?;
    let len = cell.borrow().len();
    match resolve(i, len) {
        Some(j) => {
            cell.borrow_mut()[j] = byte;
            Ok(())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

fn view_setitem(th: &mut Thread<'_>, m: &MemView, key: &Value, value: &Value) -> PyResult<()> {
    if m.released.get() {
        return Err(released_error());
    }
    if m.readonly() {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let Kind::ByteArray(cell) = m.obj.kind() else {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    };
    let at = |k: usize| (m.start as isize + k as isize * m.step) as usize;
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, m.len)?;
        let new = buffer(th, value)?;
        if new.len() != n {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut data = cell.borrow_mut();
        for (k, v) in new.into_iter().enumerate() {
            let idx = at((s + k as i64 * st) as usize);
            if let Some(slot) = data.get_mut(idx) {
                *slot = v;
            }
        }
        return Ok(());
    }
    let Some(i) = ops::index_value(key) else {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    };
    let Some(j) = resolve(i, m.len) else {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    };
    let Some(b) = ops::index_value(value) else {
        return Err(PyErr::type_error("memoryview: invalid type for format 'B'"));
    };
    let b = u8::try_from(b)
        .map_err(|_| PyErr::value_error("memoryview: invalid value for format 'B'"))?;
    if let Some(slot) = cell.borrow_mut().get_mut(at(j)) {
        *slot = b;
    }
    Ok(())
}

/// `del bytearray[key]`.
pub fn delitem(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<bool> {
    let Some(Kind::ByteArray(cell)) = obj.kind() else {
        return Ok(false);
    };
    let len = cell.borrow().len();
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, len)?;
        let mut idx: Vec<usize> = (0..n).map(|k| (s + k as i64 * st) as usize).collect();
        idx.sort_unstable();
        let mut data = cell.borrow_mut();
        for i in idx.into_iter().rev() {
            data.remove(i);
        }
        return Ok(true);
    }
    let Some(i) = ops::index_value(key) else {
        return Err(indices_error(th, obj, key));
    };
    match resolve(i, len) {
        Some(j) => {
            cell.borrow_mut().remove(j);
            Ok(true)
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

/// `item in container` for bytes-like containers.
pub fn contains(th: &mut Thread<'_>, container: &Value, item: &Value) -> PyResult<Option<bool>> {
    if !is_bytes_like(container) {
        return Ok(None);
    }
    let hay = buffer(th, container)?;
    if let Some(Kind::MemoryView(_)) = container.kind() {
        let found = ops::index_value(item).is_some_and(|i| hay.iter().any(|b| *b as i64 == i));
        return Ok(Some(found));
    }
    if is_bytes_like(item) {
        let needle = buffer(th, item)?;
        return Ok(Some(find(&hay, &needle, 0).is_some()));
    }
    if item.is_int_like() {
        let b = byte_value(th, item)?;
        return Ok(Some(hay.contains(&b)));
    }
    Err(PyErr::type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(th, item)
    )))
}

/// The first index of `needle` in `hay` at or after `from`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// The last index of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `len()` of a bytes-like value.
pub fn len(v: &Value) -> Option<PyResult<usize>> {
    match v.kind()? {
        Kind::Bytes(b) => Some(Ok(b.as_bytes().len())),
        Kind::ByteArray(b) => Some(Ok(b.borrow().len())),
        Kind::MemoryView(m) => Some(if m.released.get() {
            Err(released_error())
        } else {
            Ok(m.len)
        }),
        _ => None,
    }
}

/// State of `bytes_iterator` / `bytearray_iterator`: reads the live object each step.
pub struct ByteIterState {
    pub seq: Value,
    pub index: usize,
}

pub fn iter(v: &Value) -> Option<PyResult<Value>> {
    let name = match v.kind()? {
        Kind::Bytes(_) => "bytes_iterator",
        Kind::ByteArray(_) => "bytearray_iterator",
        Kind::MemoryView(m) => {
            if m.released.get() {
                return Some(Err(released_error()));
            }
            "memory_iterator"
        }
        _ => return None,
    };
    let st = ByteIterState {
        seq: v.clone(),
        index: 0,
    };
    Some(Ok(crate::iters::new_native(name, Box::new(st))))
}

pub fn advance(s: &mut ByteIterState) -> PyResult<Option<Value>> {
    let b = match s.seq.kind() {
        Some(Kind::Bytes(b)) => b.as_bytes().get(s.index).copied(),
        Some(Kind::ByteArray(b)) => b.borrow().get(s.index).copied(),
        Some(Kind::MemoryView(m)) => view_bytes(m)?.get(s.index).copied(),
        _ => None,
    };
    s.index += 1;
    Ok(b.map(|b| Value::Int(b as i64)))
}

/// `hash()` of bytes (and of read-only memoryviews, which hash as their bytes).
pub fn hash(th: &Thread<'_>, v: &Value) -> Option<PyResult<i64>> {
    match v.kind()? {
        Kind::Bytes(b) => Some(Ok(b.hash())),
        Kind::ByteArray(_) => Some(Err(PyErr::type_error("unhashable type: 'bytearray'"))),
        Kind::MemoryView(m) => Some(if !m.readonly() {
            Err(PyErr::value_error("cannot hash writable memoryview object"))
        } else {
            view_bytes(m).map(|d| isles_object::hash::hash_bytes(&d))
        }),
        _ => {
            let _ = th;
            None
        }
    }
}
