//! `_struct`: the packing core of the bundled `struct` module. Formats are parsed into a
//! layout (offsets with native alignment for `@`), then values are packed or unpacked with
//! CPython 3.11's conversions, range checks and `struct.error` messages (which differ by byte
//! order and code, quirks included).

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread};
use isles_object::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

use crate::native_mod::{self, to_f64};

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = native_mod::module(
        th,
        "_struct",
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("unpack", unpack),
            ("pack_into", pack_into),
            ("unpack_from", unpack_from),
            ("_check_iter", check_iter),
        ],
    );
    let ns = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new())))));
    if let Some(Kind::Dict(d)) = ns.kind() {
        d.borrow_mut().set_str("__module__", Value::str("struct"));
    }
    let base = th
        .builtin("Exception")
        .ok_or_else(|| PyErr::system_error("no Exception class"))?;
    let cls = isles_ceval::classes::new_class(th, &Value::str("error"), &[base], &ns)?;
    if let Value::Obj(o) = &m {
        native_mod::set_attr(th, o, "error", cls);
    }
    Ok(m)
}

/// A `struct.error` of this interpreter.
fn error(th: &mut Thread<'_>, msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    let module = match th.st.modules.kind() {
        Kind::Dict(d) => d.borrow().get_str("_struct").cloned(),
        _ => None,
    };
    let cls = module.and_then(|m| ops::getattr(th, &m, &th.intern("error")).ok());
    match cls {
        Some(c) => match th.call(&c, Args::positional(&[Value::str(msg.as_str())])) {
            Ok(Value::Obj(o)) => PyErr::from_obj(o),
            Ok(_) => PyErr::new(ExcKind::SystemError, msg),
            Err(e) => e,
        },
        None => PyErr::new(ExcKind::SystemError, msg),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@`: native byte order, sizes and alignment.
    Native,
    /// `=` and `<`: standard sizes, little-endian.
    Little,
    /// `>` and `!`.
    Big,
}

struct Item {
    code: u8,
    /// Repeat count; for `s` and `p` the field width.
    count: usize,
    offset: usize,
    size: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes.
    nargs: usize,
}

fn item_size(code: u8, order: Order) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' => {
            if order == Order::Native {
                8
            } else {
                4
            }
        }
        b'n' | b'N' | b'P' if order == Order::Native => 8,
        _ => return None,
    })
}

fn parse(th: &mut Thread<'_>, fmt: &[u8]) -> PyResult<Layout> {
    let (order, rest) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let too_long = |th: &mut Thread<'_>| error(th, "total struct size too long");
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nargs = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n = 0usize;
            while i < rest.len() && rest[i].is_ascii_digit() {
                n = match n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((rest[i] - b'0') as usize))
                {
                    Some(n) => n,
                    None => return Err(too_long(th)),
                };
                i += 1;
            }
            if i >= rest.len() {
                return Err(error(th, "repeat count given without format specifier"));
            }
            count = n;
        }
        let code = rest[i];
        i += 1;
        let Some(isz) = item_size(code, order) else {
            return Err(error(th, "bad char in struct format"));
        };
        if order == Order::Native && isz > 1 {
            size = size.div_ceil(isz) * isz;
        }
        let width = match code {
            b's' | b'p' | b'x' => count,
            _ => match count.checked_mul(isz) {
                Some(w) => w,
                None => return Err(too_long(th)),
            },
        };
        match code {
            b'x' => {}
            b's' | b'p' => {
                items.push(Item {
                    code,
                    count,
                    offset: size,
                    size: count,
                });
                nargs += 1;
            }
            _ => {
                for k in 0..count {
                    items.push(Item {
                        code,
                        count: 1,
                        offset: size + k * isz,
                        size: isz,
                    });
                }
                nargs += count;
            }
        }
        size = match size.checked_add(width) {
            Some(s) if s <= isize::MAX as usize => s,
            _ => return Err(too_long(th)),
        };
    }
    Ok(Layout {
        order,
        items,
        size,
        nargs,
    })
}

/// The format argument: str or bytes, with CPython's message otherwise.
fn format_arg(th: &mut Thread<'_>, v: Option<&Value>, missing: &str) -> PyResult<Layout> {
    let Some(v) = v else {
        return Err(PyErr::type_error(missing.to_string()));
    };
    let bytes = match v.kind() {
        Some(Kind::Str(s)) => s.as_str().as_bytes().to_vec(),
        Some(Kind::Bytes(b)) => b.as_bytes().to_vec(),
        _ => {
            return Err(PyErr::type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                type_name(th, v)
            )));
        }
    };
    parse(th, &bytes)
}

fn calcsize(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("calcsize")?;
    a.check_count("_struct.calcsize", 1, 1)?;
    let l = format_arg(th, a.pos.first(), "")?;
    Ok(Value::Int(l.size as i64))
}

/// An integer argument: ints as they are, others through `__index__`.
fn int_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if isles_ceval::dunder::lookup(v, "__index__").is_some() {
        return native_mod::index_big(th, v);
    }
    Err(error(th, "required argument is not an integer"))
}

fn range_msg(code: u8, lo: i128, hi: i128, order: Order) -> String {
    let named = match (code, order) {
        (b'b', _) => Some("byte"),
        (b'B', _) => Some("ubyte"),
        (b'h', Order::Native | Order::Little) => Some("short"),
        (b'H', Order::Native | Order::Little) => Some("ushort"),
        _ => None,
    };
    match named {
        Some(n) => format!("{n} format requires {lo} <= number <= {hi}"),
        None => format!("'{}' format requires {lo} <= number <= {hi}", code as char),
    }
}

/// The integer to store for an integer code, range-checked as CPython 3.11 does.
fn int_value(th: &mut Thread<'_>, code: u8, size: usize, order: Order, v: &Value) -> PyResult<u64> {
    let b = int_arg(th, v)?;
    let out_of_range = |th: &mut Thread<'_>| error(th, "argument out of range");
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let bits = size * 8;
    // Big-endian 8-byte codes and the native pointer go through a byte-array conversion
    // with its own message.
    if (order == Order::Big && size == 8) || code == b'P' {
        let fits = if code == b'P' {
            b.to_i64().is_some() || b.to_u64().is_some()
        } else if signed {
            b.to_i64().is_some()
        } else {
            b.to_u64().is_some()
        };
        if !fits {
            return Err(error(th, "int too large to convert"));
        }
        return Ok(b
            .to_i64()
            .map_or_else(|| b.to_u64().unwrap_or(0), |x| x as u64));
    }
    // b, B and the native/little h, H convert through a C long first, so negatives of the
    // unsigned ones get the range message.
    let via_long =
        matches!(code, b'b' | b'B') || (matches!(code, b'h' | b'H') && order != Order::Big);
    if signed || via_long {
        let Some(x) = b.to_i64() else {
            return Err(out_of_range(th));
        };
        let (lo, hi): (i128, i128) = if signed {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        };
        if (x as i128) < lo || (x as i128) > hi {
            return Err(error(th, range_msg(code, lo, hi, order)));
        }
        return Ok(x as u64);
    }
    let Some(x) = b.to_u64() else {
        return Err(out_of_range(th));
    };
    if bits < 64 && x >= 1u64 << bits {
        return Err(error(th, range_msg(code, 0, (1i128 << bits) - 1, order)));
    }
    Ok(x)
}

fn float_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<f64> {
    match to_f64(th, v) {
        Ok(f) => Ok(f),
        Err(_) => Err(error(th, "required argument is not a float")),
    }
}

/// CPython's `PyFloat_Pack2`: IEEE half precision, round half to even.
fn pack_half(x: f64) -> Option<u16> {
    let (sign, e, bits): (u16, i32, u32);
    if x == 0.0 {
        return Some(if x.is_sign_negative() { 0x8000 } else { 0 });
    }
    if x.is_infinite() {
        return Some(if x < 0.0 { 0xfc00 } else { 0x7c00 });
    }
    if x.is_nan() {
        return Some(if x.is_sign_negative() { 0xfe00 } else { 0x7e00 });
    }
    sign = (x < 0.0) as u16;
    let (mut f, mut ex) = libm::frexp(x.abs());
    f *= 2.0;
    ex -= 1;
    if ex >= 16 {
        return None;
    } else if ex < -25 {
        f = 0.0;
        ex = 0;
    } else if ex < -14 {
        f = libm::ldexp(f, 14 + ex);
        ex = 0;
    } else {
        ex += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut b = f as u32;
    f -= b as f64;
    let mut ee = ex;
    if f > 0.5 || (f == 0.5 && b % 2 == 1) {
        b += 1;
        if b == 1024 {
            b = 0;
            ee += 1;
            if ee == 31 {
                return None;
            }
        }
    }
    e = ee;
    bits = b;
    Some((bits as u16) | ((e as u16) << 10) | (sign << 15))
}

fn unpack_half(h: u16) -> f64 {
    let neg = h & 0x8000 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 { f64::INFINITY } else { f64::NAN }
    } else if e == 0 {
        libm::ldexp(f / 1024.0, -14)
    } else {
        libm::ldexp(1.0 + f / 1024.0, e - 15)
    };
    if neg { -x } else { x }
}

fn put(out: &mut [u8], v: u64, size: usize, order: Order) {
    let le = v.to_le_bytes();
    for k in 0..size {
        let byte = le[k];
        if order == Order::Big {
            out[size - 1 - k] = byte;
        } else {
            out[k] = byte;
        }
    }
}

fn get(data: &[u8], size: usize, order: Order) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let byte = if order == Order::Big {
            data[k]
        } else {
            data[size - 1 - k]
        };
        v = (v << 8) | byte as u64;
    }
    v
}

fn pack_values(th: &mut Thread<'_>, l: &Layout, args: &[Value], out: &mut [u8]) -> PyResult<()> {
    for (it, v) in l.items.iter().zip(args) {
        let dst = &mut out[it.offset..it.offset + it.size];
        match it.code {
            b'c' => match v.bytes_like() {
                Some(b) if b.len() == 1 && !matches!(v.kind(), Some(Kind::MemoryView(_))) => {
                    dst[0] = b[0]
                }
                _ => return Err(error(th, "char format requires a bytes object of length 1")),
            },
            b's' | b'p' => {
                let data = match v.kind() {
                    Some(Kind::Bytes(b)) => b.as_bytes().to_vec(),
                    Some(Kind::ByteArray(b)) => b.borrow().clone(),
                    _ => {
                        return Err(error(
                            th,
                            format!("argument for '{}' must be a bytes object", it.code as char),
                        ));
                    }
                };
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                    dst[0] = n.min(255) as u8;
                }
            }
            b'?' => dst[0] = ops::truthy(th, v)? as u8,
            b'e' => {
                let x = float_arg(th, v)?;
                let Some(h) = pack_half(x) else {
                    return Err(PyErr::overflow("float too large to pack with e format"));
                };
                put(dst, h as u64, 2, l.order);
            }
            b'f' => {
                let x = float_arg(th, v)?;
                let f = x as f32;
                if f.is_infinite() && x.is_finite() && l.order != Order::Native {
                    return Err(PyErr::overflow("float too large to pack with f format"));
                }
                put(dst, f.to_bits() as u64, 4, l.order);
            }
            b'd' => {
                let x = float_arg(th, v)?;
                put(dst, x.to_bits(), 8, l.order);
            }
            code => {
                let x = int_value(th, code, it.size, l.order, v)?;
                put(dst, x, it.size, l.order);
            }
        }
    }
    Ok(())
}

fn unpack_values(l: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(l.nargs);
    for it in &l.items {
        let src = &data[it.offset..it.offset + it.size];
        out.push(match it.code {
            b'c' => Value::bytes(src.to_vec()),
            b's' => Value::bytes(src.to_vec()),
            b'p' => {
                if it.count == 0 {
                    Value::bytes(Vec::new())
                } else {
                    let n = (src[0] as usize).min(it.count - 1);
                    Value::bytes(src[1..1 + n].to_vec())
                }
            }
            b'?' => Value::bool(src[0] != 0),
            b'e' => Value::float(unpack_half(get(src, 2, l.order) as u16)),
            b'f' => Value::float(f32::from_bits(get(src, 4, l.order) as u32) as f64),
            b'd' => Value::float(f64::from_bits(get(src, 8, l.order))),
            code => {
                let raw = get(src, it.size, l.order);
                let bits = it.size * 8;
                if matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n') {
                    let shift = 64 - bits;
                    Value::Int(((raw << shift) as i64) >> shift)
                } else {
                    Value::from_i128(raw as i128)
                }
            }
        });
    }
    Value::tuple(out)
}

fn buffer_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    v.bytes_like().ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(th, v)
        ))
    })
}

fn pack(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("pack")?;
    let l = format_arg(th, a.pos.first(), "missing format argument")?;
    let args = &a.pos[1..];
    if args.len() != l.nargs {
        return Err(error(
            th,
            format!(
                "pack expected {} items for packing (got {})",
                l.nargs,
                args.len()
            ),
        ));
    }
    let mut out = vec![0u8; l.size];
    pack_values(th, &l, args, &mut out)?;
    Ok(Value::bytes(out))
}

fn unpack(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("unpack")?;
    a.check_count("unpack", 2, 2)?;
    let l = format_arg(th, a.pos.first(), "")?;
    let data = buffer_arg(th, &a.pos[1])?;
    if data.len() != l.size {
        return Err(error(
            th,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(unpack_values(&l, &data))
}

fn offset_arg(th: &mut Thread<'_>, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => {
            let b = crate::native_mod::index_big(th, v)?;
            b.to_i64().ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })
        }
    }
}

/// The start of the window, with CPython's messages for a bad offset.
fn window(
    th: &mut Thread<'_>,
    size: usize,
    buflen: usize,
    offset: i64,
    what: (&str, &str),
) -> PyResult<usize> {
    let n = buflen as i64;
    let mut off = offset;
    if off < 0 {
        if off + n < 0 {
            return Err(error(
                th,
                format!("offset {offset} out of range for {buflen}-byte buffer"),
            ));
        }
        off += n;
        if n - off < size as i64 {
            let msg = if what.0 == "unpack_from" {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            } else {
                format!("no space to pack {size} bytes at offset {offset}")
            };
            return Err(error(th, msg));
        }
    } else if n - off < size as i64 {
        return Err(error(
            th,
            format!(
                "{} requires a buffer of at least {} bytes for {} {size} bytes at offset {off} \
                 (actual buffer size is {buflen})",
                what.0,
                size as i64 + off,
                what.1
            ),
        ));
    }
    Ok(off as usize)
}

fn unpack_from(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("unpack_from", &["buffer", "offset"])?;
    if a.pos.is_empty() {
        return Err(PyErr::type_error(
            "unpack_from() takes at least 1 positional argument (0 given)",
        ));
    }
    let l = format_arg(th, a.pos.first(), "")?;
    let Some(buf) = a.pos.get(1).or(a.kw("buffer")) else {
        return Err(PyErr::type_error(
            "unpack_from() missing required argument 'buffer' (pos 2)",
        ));
    };
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "unpack_from() takes at most 3 arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    let data = buffer_arg(th, buf)?;
    let offset = offset_arg(th, a.pos.get(2).or(a.kw("offset")))?;
    let start = window(th, l.size, data.len(), offset, ("unpack_from", "unpacking"))?;
    Ok(unpack_values(&l, &data[start..start + l.size]))
}

fn pack_into(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("pack_into")?;
    let l = format_arg(th, a.pos.first(), "missing format argument")?;
    let Some(buf) = a.pos.get(1) else {
        return Err(error(th, "pack_into expected buffer argument"));
    };
    let Some(off) = a.pos.get(2) else {
        return Err(error(th, "pack_into expected offset argument"));
    };
    let args = &a.pos[3..];
    if args.len() != l.nargs {
        return Err(error(
            th,
            format!(
                "pack_into expected {} items for packing (got {})",
                l.nargs,
                args.len()
            ),
        ));
    }
    // The target: a bytearray, or a writable memoryview of one.
    let (target, start, step, len) = match buf.kind() {
        Some(Kind::ByteArray(b)) => (buf.as_obj().cloned(), 0usize, 1isize, b.borrow().len()),
        Some(Kind::MemoryView(m)) if !m.readonly() && !m.released.get() => {
            let (start, step, len) = m.byte_window();
            (Some(m.obj.clone()), start, step, len)
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                type_name(th, buf)
            )));
        }
    };
    let offset = offset_arg(th, Some(off))?;
    let at = window(th, l.size, len, offset, ("pack_into", "packing"))?;
    let mut out = vec![0u8; l.size];
    pack_values(th, &l, args, &mut out)?;
    if let Some(t) = target
        && let Kind::ByteArray(b) = t.kind()
    {
        let mut b = b.borrow_mut();
        for (k, byte) in out.into_iter().enumerate() {
            let i = start as isize + (at + k) as isize * step;
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| b.get_mut(i)) {
                *slot = byte;
            }
        }
    }
    Ok(Value::None)
}

/// `_check_iter(fmt, buffer)`: the item size for `iter_unpack`, after its checks.
fn check_iter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("iter_unpack", 2, 2)?;
    let l = format_arg(th, a.pos.first(), "")?;
    let data = buffer_arg(th, &a.pos[1])?;
    if l.size == 0 {
        return Err(error(
            th,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % l.size != 0 {
        return Err(error(
            th,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    Ok(Value::tuple(vec![
        Value::Int(l.size as i64),
        Value::bytes(data),
    ]))
}
