//! `bytes`, `bytearray` and `memoryview` as operands: repr, concatenation, repetition,
//! comparison, subscripts, item assignment, membership and iteration. `ops` dispatches here
//! for these kinds; their methods live in `isles-stdlib`'s `bytes_methods`.

use std::cell::RefCell;

use isles_compiler::{BinOp, CmpOp};
use isles_object::{Kind, MemView, Obj, PyErr, PyResult, Value};
use num_traits::ToPrimitive;

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
            // Two bytes: sized once, without the operands' intermediate copies.
            if let (Some(Kind::Bytes(x)), Some(Kind::Bytes(y))) = (a.kind(), b.kind()) {
                let (x, y) = (x.as_bytes(), y.as_bytes());
                let mut data = Vec::with_capacity(x.len() + y.len());
                data.extend_from_slice(x);
                data.extend_from_slice(y);
                return Ok(Some(Value::bytes(data)));
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
        let same = match (view_items(a), view_items(b)) {
            (Some(x), Some(y)) => x.0 == y.0 && items_equal(&x.1, &y.1),
            _ => false,
        };
        return Ok(Some(same == (op == CmpOp::Eq)));
    }
    Ok(None)
}

/// The shape and unpacked items of a view or bytes-like value; a released memoryview equals
/// nothing but itself.
fn view_items(v: &Value) -> Option<(Vec<usize>, Vec<Value>)> {
    match v.kind()? {
        Kind::MemoryView(m) if !m.released.get() => {
            let items = (0..m.len)
                .map(|k| view_item(m, k))
                .collect::<PyResult<_>>()
                .ok()?;
            Some((
                m.shape.as_deref().map_or(vec![m.len], <[usize]>::to_vec),
                items,
            ))
        }
        Kind::MemoryView(_) => None,
        _ => {
            let b = v.bytes_like()?;
            Some((
                vec![b.len()],
                b.into_iter().map(|x| Value::Int(i64::from(x))).collect(),
            ))
        }
    }
}

/// Items of two views compare by value (as struct unpacks them; NaN never equals).
fn items_equal(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| match (x, y) {
            (Value::Int(p), Value::Int(q)) => p == q,
            (Value::Bool(p), Value::Bool(q)) => p == q,
            _ => match (x.as_float(), y.as_float()) {
                (Some(p), Some(q)) => p == q,
                _ => match (x.bytes_like(), y.bytes_like()) {
                    (Some(p), Some(q)) => p == q,
                    _ => match (x.as_float(), ops::index_value(y)) {
                        (Some(p), Some(q)) => p == q as f64,
                        _ => match (ops::index_value(x), y.as_float()) {
                            (Some(p), Some(q)) => p as f64 == q,
                            _ => x.to_bigint().is_some() && x.to_bigint() == y.to_bigint(),
                        },
                    },
                },
            },
        })
}

/// A byte value from an int-like value, with CPython's messages.
pub fn byte_value(th: &mut Thread<'_>, v: &Value) -> PyResult<u8> {
    let i = ops::index_saturating(th, v)?;
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

fn index_error(kind: &Kind) -> PyErr {
    PyErr::index_error(match kind {
        Kind::ByteArray(_) => "bytearray index out of range",
        _ => "index out of range",
    })
}

/// An int index beyond Py_ssize_t fails before any range check, as CPython's
/// `PyNumber_AsSsize_t(key, PyExc_IndexError)`.
fn too_big_index(key: &Value) -> PyResult<()> {
    match key.kind() {
        Some(Kind::BigInt(b)) if b.to_i64().is_none() => Err(PyErr::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        _ => Ok(()),
    }
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
    too_big_index(key)?;
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
    let _ = obj;
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        if m.shape.is_some() {
            return Err(PyErr::new(
                isles_object::ExcKind::NotImplementedError,
                "multi-dimensional slicing is not implemented",
            ));
        }
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, m.len)?;
        let start = m.start as isize + s as isize * m.step;
        return Ok(Value::Obj(Obj::new(Kind::MemoryView(Box::new(MemView {
            start: start.max(0) as usize,
            step: m.step * st as isize,
            len: n,
            shape: None,
            ..view_copy(m)
        })))));
    }
    if m.shape.is_some() {
        return Err(PyErr::new(
            isles_object::ExcKind::NotImplementedError,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    too_big_index(key)?;
    let Some(i) = ops::index_value(key) else {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    };
    let Some(j) = resolve(i, m.len) else {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    };
    view_item(m, j)
}

/// A view with the same object, window and format as `m` (not released).
pub fn view_copy(m: &MemView) -> MemView {
    MemView {
        obj: m.obj.clone(),
        start: m.start,
        step: m.step,
        len: m.len,
        format: m.format,
        itemsize: m.itemsize,
        shape: m.shape.clone(),
        released: std::cell::Cell::new(false),
    }
}

/// The size of a native single-character struct format (`@` prefix allowed), as
/// memoryview's `cast` accepts them.
pub fn native_format(f: &str) -> Option<(u8, usize)> {
    let f = f.strip_prefix('@').unwrap_or(f);
    let &[c] = f.as_bytes() else {
        return None;
    };
    let size = match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    };
    Some((c, size))
}

/// Item `k` of a view, unpacked by its format.
pub fn view_item(m: &MemView, k: usize) -> PyResult<Value> {
    let at = usize::try_from(m.start as isize + k as isize * m.step).ok();
    let bytes = match m.obj.kind() {
        Kind::Bytes(b) => at.and_then(|i| b.as_bytes().get(i..i + m.itemsize).map(<[u8]>::to_vec)),
        Kind::ByteArray(b) => {
            at.and_then(|i| b.borrow().get(i..i + m.itemsize).map(<[u8]>::to_vec))
        }
        _ => None,
    };
    let Some(b) = bytes else {
        return Err(released_error());
    };
    Ok(unpack_item(m.format, &b))
}

/// One item in native byte order.
pub fn unpack_item(format: u8, b: &[u8]) -> Value {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut a = [0u8; N];
        a.copy_from_slice(&b[..N]);
        a
    }
    let big = |v: u64| match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(v)),
    };
    match format {
        b'b' => Value::Int(i64::from(b[0] as i8)),
        b'B' => Value::Int(i64::from(b[0])),
        b'c' => Value::bytes(vec![b[0]]),
        b'?' => Value::bool(b[0] != 0),
        b'h' => Value::Int(i64::from(i16::from_ne_bytes(arr(b)))),
        b'H' => Value::Int(i64::from(u16::from_ne_bytes(arr(b)))),
        b'i' => Value::Int(i64::from(i32::from_ne_bytes(arr(b)))),
        b'I' => Value::Int(i64::from(u32::from_ne_bytes(arr(b)))),
        b'l' | b'q' | b'n' => Value::Int(i64::from_ne_bytes(arr(b))),
        b'L' | b'Q' | b'N' | b'P' => big(u64::from_ne_bytes(arr(b))),
        b'f' => Value::float(f64::from(f32::from_ne_bytes(arr(b)))),
        b'd' => Value::float(f64::from_ne_bytes(arr(b))),
        b'e' => Value::float(half_to_f64(u16::from_ne_bytes(arr(b)))),
        _ => Value::None,
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// One item packed for `format`, with memoryview's errors for a value of the wrong type or
/// out of range.
pub fn pack_item(format: u8, v: &Value) -> PyResult<Vec<u8>> {
    let fmt = format as char;
    let bad_type = || PyErr::type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let bad_value = || PyErr::value_error(format!("memoryview: invalid value for format '{fmt}'"));
    match format {
        b'c' => match v.kind() {
            Some(Kind::Bytes(b)) if b.as_bytes().len() == 1 => Ok(b.as_bytes().to_vec()),
            _ => Err(bad_value()),
        },
        b'?' => match v {
            Value::Bool(b) => Ok(vec![u8::from(b.get())]),
            _ => Err(bad_type()),
        },
        b'f' | b'd' | b'e' => {
            let f = match v {
                Value::Int(i) => *i as f64,
                Value::Bool(b) => f64::from(u8::from(b.get())),
                _ => v
                    .as_float()
                    .or_else(|| {
                        v.to_bigint()
                            .and_then(|b| num_traits::ToPrimitive::to_f64(&b))
                    })
                    .ok_or_else(bad_type)?,
            };
            Ok(match format {
                b'f' => (f as f32).to_ne_bytes().to_vec(),
                b'd' => f.to_ne_bytes().to_vec(),
                _ => return Err(bad_type()),
            })
        }
        _ => {
            let i = match v {
                Value::Int(i) => i128::from(*i),
                Value::Bool(b) => i128::from(b.get()),
                _ => v
                    .to_bigint()
                    .ok_or_else(bad_type)?
                    .try_into()
                    .map_err(|_| bad_value())?,
            };
            let (lo, hi, size): (i128, i128, usize) = match format {
                b'b' => (i8::MIN.into(), i8::MAX.into(), 1),
                b'B' => (0, u8::MAX.into(), 1),
                b'h' => (i16::MIN.into(), i16::MAX.into(), 2),
                b'H' => (0, u16::MAX.into(), 2),
                b'i' => (i32::MIN.into(), i32::MAX.into(), 4),
                b'I' => (0, u32::MAX.into(), 4),
                b'l' | b'q' | b'n' => (i64::MIN.into(), i64::MAX.into(), 8),
                _ => (0, u64::MAX.into(), 8),
            };
            if i < lo || i > hi {
                return Err(bad_value());
            }
            Ok(i.to_ne_bytes()[..size].to_vec())
        }
    }
}

/// All items of a view, unpacked (nested lists for a multi-dimensional one).
pub fn view_list(m: &MemView) -> PyResult<Value> {
    if m.released.get() {
        return Err(released_error());
    }
    let items: Vec<Value> = (0..m.len)
        .map(|k| view_item(m, k))
        .collect::<PyResult<_>>()?;
    fn nest(items: &[Value], shape: &[usize]) -> Value {
        match shape {
            [] | [_] => Value::list(items.to_vec()),
            [_, rest @ ..] => {
                let chunk = rest.iter().product::<usize>().max(1);
                Value::list(items.chunks(chunk).map(|c| nest(c, rest)).collect())
            }
        }
    }
    Ok(match &m.shape {
        Some(shape) => nest(&items, shape),
        None => Value::list(items),
    })
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
    too_big_index(key)?;
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
    if m.shape.is_some() {
        return Err(PyErr::new(
            isles_object::ExcKind::NotImplementedError,
            "memoryview assignments are currently restricted to ndim = 1",
        ));
    }
    let at = |k: usize| (m.start as isize + k as isize * m.step) as usize;
    let size = m.itemsize;
    if let Some(Kind::Slice(a, b, c)) = key.kind() {
        let (s, _, st, n) = ops::slice_indices(th, a, b, c, m.len)?;
        let (src_format, new) = match value.kind() {
            Some(Kind::MemoryView(v)) => (v.format, view_bytes(v)?),
            _ => (b'B', buffer(th, value)?),
        };
        if new.len() != n * size || (src_format != m.format && size != 1) {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut data = cell.borrow_mut();
        for (k, item) in new.chunks(size).enumerate() {
            let idx = at((s + k as i64 * st) as usize);
            if let Some(slot) = data.get_mut(idx..idx + size) {
                slot.copy_from_slice(item);
            }
        }
        return Ok(());
    }
    too_big_index(key)?;
    let Some(i) = ops::index_value(key) else {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    };
    let Some(j) = resolve(i, m.len) else {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    };
    let item = if m.format == b'?' {
        vec![u8::from(ops::truthy(th, value)?)]
    } else {
        pack_item(m.format, value)?
    };
    if let Some(slot) = cell.borrow_mut().get_mut(at(j)..at(j) + size) {
        slot.copy_from_slice(&item);
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
    too_big_index(key)?;
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
    if let Some(Kind::MemoryView(m)) = container.kind() {
        for k in 0..m.len {
            let v = view_item(m, k)?;
            if ops::eq(th, &v, item)? {
                return Ok(Some(true));
            }
        }
        return Ok(Some(false));
    }
    let hay = buffer(th, container)?;
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
            Ok(m.shape
                .as_ref()
                .map_or(m.len, |s| s.first().copied().unwrap_or(1)))
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
        Some(Kind::MemoryView(m)) => {
            if m.released.get() {
                return Err(released_error());
            }
            if m.shape.is_some() {
                return Err(PyErr::new(
                    isles_object::ExcKind::NotImplementedError,
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            if s.index >= m.len {
                return Ok(None);
            }
            s.index += 1;
            return view_item(m, s.index - 1).map(Some);
        }
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
        } else if !matches!(m.format, b'B' | b'b' | b'c') {
            Err(PyErr::value_error(
                "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
            ))
        } else {
            view_bytes(m).map(|d| isles_object::hash::hash_bytes(&d))
        }),
        _ => {
            let _ = th;
            None
        }
    }
}
