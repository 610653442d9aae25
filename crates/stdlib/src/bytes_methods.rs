//! `bytes`, `bytearray` and `memoryview`: constructors and methods. The two byte-string types
//! share one implementation; transforming methods return the receiver's own type, as in
//! CPython. Character classes are ASCII-only, as for bytes in CPython.
//!
//! Helpers for other native modules (`io`, `struct`): [`new_bytes`], [`bytes_of`].

use isles_ceval::bytesobj::{self, buffer, byte_value, is_bytes_like};
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Kind, MemView, Obj, PyErr, PyResult, Value};

use crate::codec;
use crate::methods::{self, Arity, adjust_indices, check, index_arg, slice_bound};

/// A new immutable `bytes` value (the buffer is shared, never copied, when sent across
/// interpreters).
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::bytes(data)
}

/// The contents of a bytes-like value (bytes, bytearray, memoryview), or CPython's
/// "a bytes-like object is required, not 'T'" TypeError.
pub fn bytes_of(th: &Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    buffer(th, v)
}

pub(crate) fn install(th: &Thread<'_>) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("count", b_count),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("replace", b_replace),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("upper", b_upper),
        ("lower", b_lower),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("swapcase", b_swapcase),
        ("isalpha", b_isalpha),
        ("isdigit", b_isdigit),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("istitle", b_istitle),
        ("isascii", b_isascii),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("translate", b_translate),
    ];
    let t = &th.st.types;
    methods::install(&t.bytes, "bytes", shared);
    methods::install(&t.bytearray, "bytearray", shared);
    let mutating: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
    ];
    methods::install(&t.bytearray, "bytearray", mutating);
    let view: &[(&'static str, NativeFn)] = &[
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", b_hex),
        ("release", mv_release),
        ("cast", mv_cast),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
    ];
    methods::install(&t.memoryview, "memoryview", view);
    for (name, f) in [
        ("readonly", mv_readonly as NativeFn),
        ("nbytes", mv_nbytes),
        ("obj", mv_obj),
        ("format", mv_format),
        ("itemsize", mv_itemsize),
        ("shape", mv_shape),
        ("strides", mv_strides),
        ("ndim", mv_ndim),
        ("suboffsets", mv_suboffsets),
        ("c_contiguous", mv_contiguous),
        ("f_contiguous", mv_f_contiguous),
        ("contiguous", mv_contiguous),
    ] {
        methods::install_wrapped(&t.memoryview, "memoryview", name, f, methods::getter);
    }
    for (ty, owner) in [(&t.bytes, "bytes"), (&t.bytearray, "bytearray")] {
        methods::install_classmethod(ty, owner, "fromhex", b_fromhex);
        methods::install_wrapped(ty, owner, "maketrans", b_maketrans, methods::staticmethod);
    }
    for (ty, owner, f) in [
        (&t.bytes, "bytes", new_bytes_type as NativeFn),
        (&t.bytearray, "bytearray", new_bytearray),
        (&t.memoryview, "memoryview", new_memoryview),
    ] {
        methods::install_one(ty, owner, "__new__", f);
        crate::types::builtins_set(th, owner, Value::Obj(ty.clone()));
    }
}

// ---------------------------------------------------------------------------------------------
// Constructors

/// The bytes of `bytes(x)` / `bytearray(x)` for a single argument without an encoding.
fn bytes_from_object(th: &mut Thread<'_>, x: &Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(x) {
        return buffer(th, x);
    }
    if let Some(b) = isles_ceval::dunder::call(th, x, "__bytes__", &[])? {
        return match b.as_bytes() {
            Some(d) => Ok(d.to_vec()),
            None => Err(PyErr::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(th, &b)
            ))),
        };
    }
    if x.as_str().is_some() {
        return Err(PyErr::type_error("string argument without an encoding"));
    }
    // A TypeError from __index__ falls through to the other conversions, as in CPython.
    let as_index = ops::to_index_or_none(th, x)?;
    if x.is_int_like() || as_index.is_some() {
        let n = index_arg(th, as_index.as_ref().unwrap_or(x))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        return Ok(vec![0u8; methods::alloc_guard(n)?]);
    }
    let it = match ops::get_iter(th, x) {
        Ok(it) => it,
        Err(_) => {
            return Err(PyErr::type_error(format!(
                "cannot convert '{}' object to bytes",
                type_name(th, x)
            )));
        }
    };
    let mut out = Vec::new();
    while let Some(v) = ops::next(th, &it)? {
        let v = if v.is_int_like() {
            v
        } else {
            ops::number_index(th, &v)?
        };
        out.push(
            byte_value(th, &v).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?,
        );
    }
    Ok(out)
}

/// Shared argument handling of `bytes(...)` and `bytearray(...)`.
fn constructor_bytes(th: &mut Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    let rest = &a.pos[1..];
    let b = methods::bind_kw(
        a,
        rest,
        name,
        name,
        &["source", "encoding", "errors"],
        Arity::Takes(0, 3),
    )
    .map_err(|_| {
        PyErr::type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            rest.len() + a.kwnames.len()
        ))
    })?;
    match (b[0], b[1], b[2]) {
        (None, None, None) => Ok(Vec::new()),
        (Some(x), None, None) => bytes_from_object(th, x),
        (Some(x), enc, errs) => {
            let Some(s) = x.as_str() else {
                return Err(PyErr::type_error(if enc.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            };
            if enc.is_none() {
                return Err(PyErr::type_error("string argument without an encoding"));
            }
            let (e, errors) = codec::names(th, name, enc, errs)?;
            codec::encode(th, s, e, errors)
        }
        (None, _, _) => Err(PyErr::type_error(if b[1].is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })),
    }
}

fn new_bytes_type(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() == 2
        && a.kwnames.is_empty()
        && let Some(Kind::Bytes(_)) = a.pos[1].kind()
        && !a.pos[1].is_sub()
    {
        return Ok(a.pos[1].clone());
    }
    Ok(Value::bytes(constructor_bytes(th, &a, "bytes")?))
}

pub(crate) fn new_bytearray(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bytearray(constructor_bytes(th, &a, "bytearray")?))
}

fn new_memoryview(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let rest = &a.pos[1..];
    let b = methods::bind_kw(
        &a,
        rest,
        "memoryview",
        "memoryview",
        &["object"],
        Arity::Expected(1, 1),
    )?;
    let Some(x) = b[0] else {
        return Err(PyErr::type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    match x.kind() {
        Some(Kind::MemoryView(m)) => {
            if m.released.get() {
                return Err(bytesobj::released_error());
            }
            Ok(Value::Obj(Obj::new(Kind::MemoryView(Box::new(
                bytesobj::view_copy(m),
            )))))
        }
        Some(Kind::Bytes(_) | Kind::ByteArray(_)) => {
            let len = bytesobj::len(x).unwrap_or(Ok(0))?;
            let obj = x
                .as_obj()
                .cloned()
                .ok_or_else(|| PyErr::system_error("memoryview"))?;
            Ok(view_value(obj, 0, 1, len))
        }
        _ => Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(th, x)
        ))),
    }
}

fn view_value(obj: Obj, start: usize, step: isize, len: usize) -> Value {
    Value::Obj(Obj::new(Kind::MemoryView(Box::new(MemView::of_bytes(
        obj, start, step, len,
    )))))
}

// ---------------------------------------------------------------------------------------------
// Receivers and arguments

fn is_byte_string(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_)))
}

fn owner_of(v: &Value) -> &'static str {
    match v.kind() {
        Some(Kind::ByteArray(_)) => "bytearray",
        Some(Kind::MemoryView(_)) => "memoryview",
        _ => "bytes",
    }
}

/// `self` (its bytes and the value) and the remaining positional arguments.
fn this<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    meth: &str,
) -> PyResult<(Vec<u8>, &'a Value, &'a [Value])> {
    let owner = a.pos.first().map_or("bytes", owner_of);
    let (s, rest) = methods::receiver(th, a, owner, meth, is_byte_string)?;
    Ok((buffer(th, s)?, s, rest))
}

/// A result of the receiver's own type.
fn like(receiver: &Value, data: Vec<u8>) -> Value {
    match receiver.kind() {
        Some(Kind::ByteArray(_)) => Value::bytearray(data),
        _ => Value::bytes(data),
    }
}

fn required(th: &Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    buffer(th, v)
}

/// The subsequence argument of find/count/index: bytes-like, or an int for one byte.
fn sub_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return buffer(th, v);
    }
    if v.is_int_like() {
        return Ok(vec![byte_value(th, v)?]);
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(th, v)
    )))
}

// ---------------------------------------------------------------------------------------------
// decode, hex, fromhex

fn b_decode(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, "decode")?;
    let b = methods::bind_kw(
        &a,
        rest,
        owner_of(s),
        "decode",
        &["encoding", "errors"],
        Arity::Takes(0, 2),
    )?;
    let (enc, errors) = codec::names(th, "decode", b[0], b[1])?;
    Ok(Value::str(codec::decode(th, &data, enc, errors)?))
}

fn b_hex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(s) = a.pos.first() else {
        return Err(PyErr::type_error("hex() needs an argument"));
    };
    let data = buffer(th, s)?;
    let rest = &a.pos[1..];
    let b = methods::bind_kw(
        &a,
        rest,
        owner_of(s),
        "hex",
        &["sep", "bytes_per_sep"],
        Arity::Takes(0, 2),
    )?;
    let hex: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = b[0] else {
        return Ok(Value::str(hex.concat()));
    };
    let sep: String = match (sep.as_str(), sep.bytes_like()) {
        (Some(t), _) => t.to_string(),
        (None, Some(d)) => d.iter().map(|b| *b as char).collect(),
        _ => {
            ops::len(th, sep)?;
            return Err(PyErr::type_error("sep must be str or bytes."));
        }
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    let per = match b[1] {
        Some(v) => index_arg(th, v)?,
        None => 1,
    };
    if per == 0 || data.is_empty() {
        return Ok(Value::str(hex.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups counted from the right.
        let first = hex.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(hex[..first].concat());
        }
        g.extend(hex[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        hex.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(Value::str(groups.join(&sep)))
}

fn b_fromhex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or(Value::None);
    let rest = a.pos.get(1..).unwrap_or(&[]);
    let name = match cls.as_obj().map(|o| o.is(&th.st.types.bytearray)) {
        Some(true) => "bytearray",
        _ => "bytes",
    };
    check(&a, name, "fromhex", rest.len(), Arity::One)?;
    let Some(s) = rest[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(th, &rest[0])
        )));
    };
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or_else(|| bad(i))?;
        let lo = b
            .get(i + 1)
            .and_then(|c| (*c as char).to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(if name == "bytearray" {
        Value::bytearray(out)
    } else {
        Value::bytes(out)
    })
}

// ---------------------------------------------------------------------------------------------
// Searching

struct Search {
    data: Vec<u8>,
    sub: Vec<u8>,
    start: i64,
    end: i64,
}

fn search_args(th: &mut Thread<'_>, a: &Args<'_>, meth: &str) -> PyResult<Search> {
    let (data, s, rest) = this(th, a, meth)?;
    check(a, owner_of(s), meth, rest.len(), Arity::Takes(1, 3))?;
    let sub = sub_arg(th, &rest[0])?;
    let start = slice_bound(th, rest.get(1), true)?;
    let end = slice_bound(th, rest.get(2), true)?;
    let (start, end) = adjust_indices(start, end, data.len());
    Ok(Search {
        data,
        sub,
        start,
        end,
    })
}

impl Search {
    fn window(&self) -> Option<&[u8]> {
        (self.start <= self.end).then(|| &self.data[self.start as usize..self.end as usize])
    }

    fn find(&self, right: bool) -> i64 {
        let Some(w) = self.window() else {
            return -1;
        };
        let hit = if right {
            bytesobj::rfind(w, &self.sub)
        } else {
            bytesobj::find(w, &self.sub, 0)
        };
        hit.map_or(-1, |i| self.start + i as i64)
    }
}

fn find_like(
    th: &mut Thread<'_>,
    a: Args<'_>,
    meth: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let i = search_args(th, &a, meth)?.find(right);
    if raise && i < 0 {
        return Err(PyErr::value_error("subsection not found"));
    }
    Ok(Value::Int(i))
}

fn b_find(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "find", false, false)
}

fn b_rfind(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "rfind", true, false)
}

fn b_index(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "index", false, true)
}

fn b_rindex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "rindex", true, true)
}

fn count_of(w: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return w.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = bytesobj::find(w, sub, i) {
        n += 1;
        i = j + sub.len();
    }
    n
}

fn b_count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let q = search_args(th, &a, "count")?;
    let n = q.window().map_or(0, |w| count_of(w, &q.sub));
    Ok(Value::Int(n as i64))
}

fn affix(th: &mut Thread<'_>, a: Args<'_>, meth: &str, at_end: bool) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::Takes(1, 3))?;
    let start = slice_bound(th, rest.get(1), true)?;
    let end = slice_bound(th, rest.get(2), true)?;
    let (start, end) = adjust_indices(start, end, data.len());
    let cands: Vec<&Value> = match rest[0].kind() {
        Some(Kind::Tuple(t)) => t.iter().collect(),
        _ if is_bytes_like(&rest[0]) => vec![&rest[0]],
        _ => {
            return Err(PyErr::type_error(format!(
                "{meth} first arg must be bytes or a tuple of bytes, not {}",
                type_name(th, &rest[0])
            )));
        }
    };
    for c in cands {
        let p = if is_bytes_like(c) {
            buffer(th, c)?
        } else {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(th, c)
            )));
        };
        if start > end {
            continue;
        }
        let w = &data[start as usize..end as usize];
        if (at_end && w.ends_with(&p)) || (!at_end && w.starts_with(&p)) {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn b_startswith(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    affix(th, a, "startswith", false)
}

fn b_endswith(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    affix(th, a, "endswith", true)
}

fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, b) in data.iter().enumerate() {
            if n < count {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(*b);
            let _ = i;
        }
        if n < count {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while n < count {
        match bytesobj::find(data, old, i) {
            Some(j) => {
                out.extend_from_slice(&data[i..j]);
                out.extend_from_slice(new);
                i = j + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    out
}

fn b_replace(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, "replace")?;
    check(
        &a,
        owner_of(s),
        "replace",
        rest.len(),
        Arity::Expected(2, 3),
    )?;
    let (old, new) = (required(th, &rest[0])?, required(th, &rest[1])?);
    let count = match rest.get(2) {
        Some(v) => index_arg(th, v)?,
        None => -1,
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    Ok(like(s, replace_bytes(&data, &old, &new, count)))
}

// ---------------------------------------------------------------------------------------------
// split, join, strip

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The receiver's bytes, the receiver, `sep` (None: whitespace) and `maxsplit`.
struct SplitArgs(Vec<u8>, Value, Option<Vec<u8>>, usize);

fn split_args(th: &mut Thread<'_>, a: &Args<'_>, meth: &str) -> PyResult<SplitArgs> {
    let (data, s, rest) = this(th, a, meth)?;
    let b = methods::bind_kw(
        a,
        rest,
        owner_of(s),
        meth,
        &["sep", "maxsplit"],
        Arity::Takes(0, 2),
    )?;
    let sep = match b[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let d = required(th, v)?;
            if d.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(d)
        }
    };
    let max = match b[1] {
        None => -1,
        Some(v) => index_arg(th, v)?,
    };
    Ok(SplitArgs(
        data,
        s.clone(),
        sep,
        usize::try_from(max).unwrap_or(usize::MAX),
    ))
}

fn split_ws(data: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() && is_space(data[i]) {
        i += 1;
    }
    while i < data.len() {
        if out.len() == max {
            out.push(data[i..].to_vec());
            break;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        out.push(data[start..i].to_vec());
        while i < data.len() && is_space(data[i]) {
            i += 1;
        }
    }
    out
}

fn split_sep(data: &[u8], sep: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < max {
        match bytesobj::find(data, sep, i) {
            Some(j) => {
                out.push(data[i..j].to_vec());
                i = j + sep.len();
            }
            None => break,
        }
    }
    out.push(data[i..].to_vec());
    out
}

fn list_like(receiver: &Value, parts: Vec<Vec<u8>>) -> Value {
    Value::list(parts.into_iter().map(|p| like(receiver, p)).collect())
}

fn b_split(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let SplitArgs(data, s, sep, max) = split_args(th, &a, "split")?;
    let parts = match sep {
        Some(sep) => split_sep(&data, &sep, max),
        None => split_ws(&data, max),
    };
    Ok(list_like(&s, parts))
}

fn b_rsplit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let SplitArgs(mut data, s, sep, max) = split_args(th, &a, "rsplit")?;
    data.reverse();
    let mut parts = match sep {
        Some(mut sep) => {
            sep.reverse();
            split_sep(&data, &sep, max)
        }
        None => split_ws(&data, max),
    };
    for p in parts.iter_mut() {
        p.reverse();
    }
    parts.reverse();
    Ok(list_like(&s, parts))
}

fn b_splitlines(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, "splitlines")?;
    let b = methods::bind_kw(
        &a,
        rest,
        owner_of(s),
        "splitlines",
        &["keepends"],
        Arity::Takes(0, 1),
    )?;
    let keep = match b[0] {
        None => false,
        Some(v) => ops::truthy(th, v)?,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let crlf = c == b'\r' && data.get(i + 1) == Some(&b'\n');
            let end_incl = if crlf { i + 2 } else { i + 1 };
            out.push(data[start..if keep { end_incl } else { i }].to_vec());
            i = end_incl;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(data[start..].to_vec());
    }
    Ok(list_like(s, out))
}

fn b_join(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (sep, s, rest) = this(th, &a, "join")?;
    check(&a, owner_of(s), "join", rest.len(), Arity::One)?;
    let items = ops::iterate(th, &rest[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if !is_bytes_like(item) {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(th, item)
            )));
        }
        out.extend_from_slice(&buffer(th, item)?);
    }
    Ok(like(s, out))
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(th: &mut Thread<'_>, a: Args<'_>, meth: &str, side: Side) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::Expected(0, 1))?;
    let set: Option<Vec<u8>> = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(required(th, v)?),
    };
    let strip_it = |b: u8| match &set {
        None => is_space(b),
        Some(set) => set.contains(&b),
    };
    let mut lo = 0;
    let mut hi = data.len();
    if matches!(side, Side::Left | Side::Both) {
        while lo < hi && strip_it(data[lo]) {
            lo += 1;
        }
    }
    if matches!(side, Side::Right | Side::Both) {
        while hi > lo && strip_it(data[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(like(s, data[lo..hi].to_vec()))
}

fn b_strip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    strip(th, a, "strip", Side::Both)
}

fn b_lstrip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    strip(th, a, "lstrip", Side::Left)
}

fn b_rstrip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    strip(th, a, "rstrip", Side::Right)
}

// ---------------------------------------------------------------------------------------------
// Case mapping and predicates (ASCII only)

fn map_bytes(
    th: &mut Thread<'_>,
    a: Args<'_>,
    meth: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::NoArgs)?;
    Ok(like(s, f(&data)))
}

fn b_upper(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_bytes(th, a, "upper", |d| d.to_ascii_uppercase())
}

fn b_lower(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_bytes(th, a, "lower", |d| d.to_ascii_lowercase())
}

fn b_swapcase(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_bytes(th, a, "swapcase", |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn b_capitalize(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_bytes(th, a, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_title(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_bytes(th, a, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate(
    th: &mut Thread<'_>,
    a: Args<'_>,
    meth: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::NoArgs)?;
    Ok(Value::bool(f(&data)))
}

fn b_isalpha(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn b_isdigit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn b_isalnum(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn b_isspace(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isspace", |d| {
        !d.is_empty() && d.iter().all(|b| is_space(*b))
    })
}

fn b_isascii(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isascii", |d| d.is_ascii())
}

fn b_isupper(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn b_islower(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn b_istitle(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---------------------------------------------------------------------------------------------
// partition, padding, affixes, translate

fn partition(th: &mut Thread<'_>, a: Args<'_>, meth: &str, right: bool) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::One)?;
    let sep = required(th, &rest[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let hit = if right {
        bytesobj::rfind(&data, &sep)
    } else {
        bytesobj::find(&data, &sep, 0)
    };
    let parts = match hit {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if right => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| like(s, p)).collect(),
    ))
}

fn b_partition(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    partition(th, a, "partition", false)
}

fn b_rpartition(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    partition(th, a, "rpartition", true)
}

fn pad(th: &mut Thread<'_>, a: Args<'_>, meth: &str, side: Side) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::Expected(1, 2))?;
    let width = index_arg(th, &rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(v) => match v.bytes_like() {
            Some(d) if d.len() == 1 && is_byte_string(v) => d[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{meth}() argument 2 must be a byte string of length 1, not {}",
                    type_name(th, v)
                )));
            }
        },
    };
    let len = data.len() as i64;
    if width <= len {
        return Ok(like(s, data));
    }
    let marg = methods::alloc_guard(width - len)?;
    let left = match side {
        Side::Left => 0,
        Side::Right => marg,
        Side::Both => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(like(s, out))
}

fn b_center(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pad(th, a, "center", Side::Both)
}

fn b_ljust(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pad(th, a, "ljust", Side::Left)
}

fn b_rjust(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pad(th, a, "rjust", Side::Right)
}

fn b_zfill(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, "zfill")?;
    check(&a, owner_of(s), "zfill", rest.len(), Arity::One)?;
    let width = index_arg(th, &rest[0])?;
    let len = data.len() as i64;
    if width <= len {
        return Ok(like(s, data));
    }
    let zeros = vec![b'0'; methods::alloc_guard(width - len)?];
    let out = match data.first() {
        Some(&c @ (b'+' | b'-')) => {
            let mut o = vec![c];
            o.extend(zeros);
            o.extend_from_slice(&data[1..]);
            o
        }
        _ => {
            let mut o = zeros;
            o.extend(data);
            o
        }
    };
    Ok(like(s, out))
}

fn b_expandtabs(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, "expandtabs")?;
    let b = methods::bind_kw(
        &a,
        rest,
        owner_of(s),
        "expandtabs",
        &["tabsize"],
        Arity::Takes(0, 1),
    )?;
    let tab = match b[0] {
        Some(v) => index_arg(th, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for c in data {
        match c {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                out.extend(std::iter::repeat_n(b' ', methods::alloc_guard(n)?));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(like(s, out))
}

fn remove_affix(th: &mut Thread<'_>, a: Args<'_>, meth: &str, suffix: bool) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, meth)?;
    check(&a, owner_of(s), meth, rest.len(), Arity::One)?;
    let p = required(th, &rest[0])?;
    let out = if suffix {
        data.strip_suffix(p.as_slice())
    } else {
        data.strip_prefix(p.as_slice())
    };
    Ok(like(s, out.unwrap_or(&data).to_vec()))
}

fn b_removeprefix(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    remove_affix(th, a, "removeprefix", false)
}

fn b_removesuffix(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    remove_affix(th, a, "removesuffix", true)
}

fn b_translate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, s, rest) = this(th, &a, "translate")?;
    let b = methods::bind_kw(
        &a,
        rest,
        owner_of(s),
        "translate",
        &["table", "delete"],
        Arity::Expected(1, 2),
    )?;
    let table = match b[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = required(th, v)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match b[1] {
        Some(v) => required(th, v)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(like(s, out))
}

fn b_maketrans(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let (from, to) = (required(th, &a.pos[0])?, required(th, &a.pos[1])?);
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}

// ---------------------------------------------------------------------------------------------
// bytearray mutation

fn bytearray_self<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    meth: &str,
) -> PyResult<(&'a std::cell::RefCell<Vec<u8>>, &'a [Value])> {
    let (s, rest) = methods::receiver(th, a, "bytearray", meth, |v| {
        matches!(v.kind(), Some(Kind::ByteArray(_)))
    })?;
    match s.kind() {
        Some(Kind::ByteArray(c)) => Ok((c, rest)),
        _ => Err(PyErr::system_error("bytearray receiver")),
    }
}

fn ba_append(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "append")?;
    check(&a, "bytearray", "append", rest.len(), Arity::One)?;
    let b = byte_value(th, &rest[0])?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "extend")?;
    check(&a, "bytearray", "extend", rest.len(), Arity::One)?;
    let x = &rest[0];
    let more = if is_bytes_like(x) {
        buffer(th, x)?
    } else {
        if x.is_int_like() || ops::get_iter(th, x).is_err() {
            return Err(PyErr::type_error(format!(
                "can't extend bytearray with {}",
                type_name(th, x)
            )));
        }
        let items = ops::iterate(th, x)?;
        items
            .iter()
            .map(|v| byte_value(th, v))
            .collect::<PyResult<Vec<u8>>>()?
    };
    cell.borrow_mut().extend(more);
    Ok(Value::None)
}

fn ba_pop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "pop")?;
    check(&a, "bytearray", "pop", rest.len(), Arity::Expected(0, 1))?;
    let len = cell.borrow().len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let i = match rest.first() {
        Some(v) => index_arg(th, v)?,
        None => -1,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(Value::Int(cell.borrow_mut().remove(j as usize) as i64))
}

fn ba_insert(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "insert")?;
    if rest.len() != 2 {
        return Err(PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            rest.len()
        )));
    }
    let i = index_arg(th, &rest[0])?;
    let b = byte_value(th, &rest[1])?;
    let len = cell.borrow().len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    cell.borrow_mut().insert(j as usize, b);
    Ok(Value::None)
}

fn ba_remove(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "remove")?;
    check(&a, "bytearray", "remove", rest.len(), Arity::One)?;
    let b = byte_value(th, &rest[0])?;
    let pos = cell.borrow().iter().position(|x| *x == b);
    match pos {
        Some(i) => {
            cell.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn ba_clear(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "clear")?;
    check(&a, "bytearray", "clear", rest.len(), Arity::NoArgs)?;
    cell.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "copy")?;
    check(&a, "bytearray", "copy", rest.len(), Arity::NoArgs)?;
    Ok(Value::bytearray(cell.borrow().clone()))
}

fn ba_reverse(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (cell, rest) = bytearray_self(th, &a, "reverse")?;
    check(&a, "bytearray", "reverse", rest.len(), Arity::NoArgs)?;
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// memoryview

fn view_self<'a>(th: &Thread<'_>, a: &Args<'a>, meth: &str) -> PyResult<(&'a MemView, &'a Value)> {
    let (s, rest) = methods::receiver(th, a, "memoryview", meth, |v| {
        matches!(v.kind(), Some(Kind::MemoryView(_)))
    })?;
    let _ = rest;
    match s.kind() {
        Some(Kind::MemoryView(m)) => Ok((m, s)),
        _ => Err(PyErr::system_error("memoryview receiver")),
    }
}

fn mv_tobytes(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (m, _) = view_self(th, &a, "tobytes")?;
    Ok(Value::bytes(bytesobj::view_bytes(m)?))
}

fn mv_tolist(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (m, _) = view_self(th, &a, "tolist")?;
    bytesobj::view_list(m)
}

/// `memoryview.cast(format, shape=...)`, with CPython's checks in CPython's order.
fn mv_cast(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "cast")?;
    let b = methods::bind_kw(
        &a,
        &a.pos[1..],
        "memoryview",
        "cast",
        &["format", "shape"],
        Arity::Expected(1, 2),
    )?;
    let Some(fmt) = b[0] else {
        return Err(PyErr::type_error(
            "cast() missing required argument 'format' (pos 1)",
        ));
    };
    let Some(fmt) = fmt.as_str() else {
        return Err(PyErr::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name(th, fmt)
        )));
    };
    let contiguous = m.shape.is_some() || m.len <= 1 || m.step == m.itemsize as isize;
    if !contiguous {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let mut shape_items = None;
    if let Some(sh) = b[1] {
        let items = match sh.kind() {
            Some(Kind::List(l)) => l.borrow().clone(),
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => return Err(PyErr::type_error("shape must be a list or a tuple")),
        };
        if items.len() > 64 {
            return Err(PyErr::value_error(
                "memoryview: number of dimensions must not exceed 64",
            ));
        }
        if m.shape.is_some() && items.len() != 1 {
            return Err(PyErr::type_error(
                "memoryview: cast must be 1D -> ND or ND -> 1D",
            ));
        }
        shape_items = Some(items);
    }
    let Some((format, itemsize)) = bytesobj::native_format(fmt) else {
        return Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte_format = |f: u8| matches!(f, b'B' | b'b' | b'c');
    if !byte_format(m.format) && !byte_format(format) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % itemsize != 0 {
        return Err(PyErr::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let mut shape = None;
    if let Some(items) = shape_items {
        let mut dims = Vec::with_capacity(items.len());
        for v in &items {
            match v {
                Value::Int(i) if *i > 0 => dims.push(*i as usize),
                _ => {
                    return Err(PyErr::value_error(
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                }
            }
        }
        let product = dims
            .iter()
            .try_fold(1usize, |p, d| p.checked_mul(*d))
            .and_then(|p| p.checked_mul(itemsize));
        if product != Some(nbytes) {
            return Err(PyErr::type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
        if dims.len() != 1 {
            shape = Some(dims.into_boxed_slice());
        }
    }
    Ok(Value::Obj(Obj::new(Kind::MemoryView(Box::new(MemView {
        obj: m.obj.clone(),
        start: m.start,
        step: itemsize as isize,
        len: nbytes / itemsize,
        format,
        itemsize,
        shape,
        released: std::cell::Cell::new(false),
    })))))
}

fn mv_dims(m: &MemView) -> Vec<usize> {
    m.shape.as_deref().map_or(vec![m.len], <[usize]>::to_vec)
}

fn ints(v: impl IntoIterator<Item = i64>) -> Value {
    Value::tuple(v.into_iter().map(Value::Int).collect())
}

fn mv_shape(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "shape")?;
    Ok(ints(mv_dims(m).into_iter().map(|d| d as i64)))
}

fn mv_strides(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "strides")?;
    let dims = mv_dims(m);
    if m.shape.is_none() {
        return Ok(ints([m.step as i64]));
    }
    let strides: Vec<i64> = (0..dims.len())
        .map(|i| (dims[i + 1..].iter().product::<usize>() * m.itemsize) as i64)
        .collect();
    Ok(ints(strides))
}

fn mv_ndim(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "ndim")?;
    Ok(Value::Int(mv_dims(m).len() as i64))
}

fn mv_suboffsets(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    live_view(th, &a, "suboffsets")?;
    Ok(Value::tuple(Vec::new()))
}

fn mv_contiguous(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "contiguous")?;
    Ok(Value::bool(
        m.shape.is_some() || m.len <= 1 || m.step == m.itemsize as isize,
    ))
}

fn mv_f_contiguous(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "f_contiguous")?;
    let dims = mv_dims(m);
    let multi = dims.iter().filter(|d| **d > 1).count() > 1;
    Ok(Value::bool(
        !multi && (m.shape.is_some() || m.len <= 1 || m.step == m.itemsize as isize),
    ))
}

fn mv_release(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (m, _) = view_self(th, &a, "release")?;
    m.released.set(true);
    Ok(Value::None)
}

fn mv_enter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (m, s) = view_self(th, &a, "__enter__")?;
    if m.released.get() {
        return Err(bytesobj::released_error());
    }
    Ok(s.clone())
}

fn mv_exit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (m, _) = view_self(th, &a, "__exit__")?;
    m.released.set(true);
    Ok(Value::None)
}

fn live_view<'a>(th: &Thread<'_>, a: &Args<'a>, name: &str) -> PyResult<&'a MemView> {
    let (m, _) = view_self(th, a, name)?;
    if m.released.get() {
        return Err(bytesobj::released_error());
    }
    Ok(m)
}

fn mv_readonly(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(live_view(th, &a, "readonly")?.readonly()))
}

fn mv_nbytes(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "nbytes")?;
    Ok(Value::Int((m.len * m.itemsize) as i64))
}

fn mv_obj(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(live_view(th, &a, "obj")?.obj.clone()))
}

fn mv_format(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = live_view(th, &a, "format")?;
    Ok(Value::str((m.format as char).to_string()))
}

fn mv_itemsize(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(live_view(th, &a, "itemsize")?.itemsize as i64))
}
