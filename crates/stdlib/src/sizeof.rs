//! `sys.getsizeof`: the sizes CPython 3.11 reports on a 64-bit build for the builtin types
//! (so programs that print or compare them see familiar numbers), `__sizeof__` plus the GC
//! header for classes that define it.

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread, dunder};
use isles_object::{Kind, PyErr, PyResult, Value};

/// `sys.getsizeof(obj[, default])`.
pub fn getsizeof(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("getsizeof", &["object", "default"])?;
    a.check_count("getsizeof", 0, 2)?;
    let Some(obj) = a.pos.first().or(a.kw("object")) else {
        return Err(PyErr::type_error(
            "getsizeof() missing required argument 'object' (pos 1)",
        ));
    };
    if let Some(Kind::Instance(inst)) = obj.kind() {
        if let Some(f) = dunder::lookup(obj, "__sizeof__") {
            let r = dunder::call_method(th, obj, f, &[])?;
            let n = match r {
                Value::Int(n) => n,
                Value::Bool(b) => b.get() as i64,
                _ => {
                    if let Some(d) = a.pos.get(1).or(a.kw("default")) {
                        return Ok(d.clone());
                    }
                    return Err(PyErr::type_error("an integer is required"));
                }
            };
            if n < 0 {
                return Err(PyErr::value_error("__sizeof__() should return >= 0"));
            }
            // The GC header, and the managed-dict pointers of instances with a __dict__.
            let extra = if inst.dict.is_some() { 32 } else { 16 };
            return Ok(Value::Int(n + extra));
        }
        if inst
            .class
            .borrow()
            .as_type()
            .is_some_and(|t| t.builtin.is_some())
        {
            // A bare object(): just the header.
            return Ok(Value::Int(16));
        }
        let slots = inst.slots.borrow().len() as i64;
        return Ok(Value::Int(if inst.dict.is_some() {
            56 + 8 * slots
        } else {
            32 + 8 * slots
        }));
    }
    let _ = type_name(th, obj);
    Ok(Value::Int(builtin_size(obj)))
}

fn builtin_size(v: &Value) -> i64 {
    match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => match o.kind() {
            Kind::BigInt(b) => int_size(b.bits()),
            Kind::Float(_) => 24,
            Kind::Complex(..) => 32,
            Kind::Str(s) => {
                let n = s.char_len() as i64;
                let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                match max {
                    0..=0x7f => 49 + n,
                    0x80..=0xff => 73 + n,
                    0x100..=0xffff => 74 + 2 * n,
                    _ => 76 + 4 * n,
                }
            }
            Kind::Bytes(b) => 33 + b.as_bytes().len() as i64,
            Kind::ByteArray(b) => match b.borrow().len() {
                0 => 56,
                n => 57 + n as i64,
            },
            Kind::Tuple(t) => 40 + 8 * t.len() as i64,
            Kind::List(l) => {
                let l = l.borrow();
                56 + 8 * list_allocated(l.len(), l.capacity()) as i64
            }
            Kind::Dict(d) => dict_size(d.borrow().len(), {
                let d = d.borrow();
                d.iter().all(|e| e.key.as_str().is_some())
            }),
            Kind::Set(s) => set_size(s.borrow().len()),
            Kind::FrozenSet(s) => set_size(s.len()),
            Kind::Range(_) => 48,
            Kind::Slice(..) => 56,
            Kind::Function(_) => 152,
            Kind::Native(_) => 72,
            Kind::Method(..) => 48,
            Kind::Type(t) if t.builtin.is_some() => 424,
            Kind::Type(_) => 1688,
            Kind::Module(_) => 72,
            Kind::Generator(_) => 200,
            Kind::MemoryView(_) => 184,
            Kind::Iter(_) => 48,
            Kind::Exception(_) => 72,
            Kind::Cell(_) => 24,
            Kind::Property(_) => 80,
            Kind::StaticMethod(_) | Kind::ClassMethod(_) => 40,
            Kind::DictView(..) => 40,
            Kind::NotImplemented | Kind::Ellipsis => 16,
            _ => 48,
        },
        _ => 16,
    }
}

/// The slots CPython would have allocated for a list of `len` items. A list whose storage
/// has room to spare grew by appends, so it gets CPython's append growth
/// (`list_resize`: `n + n/8 + 6`, rounded down to a multiple of 4); one built at its exact
/// size (a display, `list(...)`) has its items rounded up to an even count.
fn list_allocated(len: usize, capacity: usize) -> usize {
    if capacity <= len {
        // Filled from a sized source: CPython rounds the preallocation up to an even count.
        return if len >= 3 { (len + 1) & !1 } else { len };
    }
    let mut allocated = 0usize;
    while allocated < len {
        let size = allocated + 1;
        allocated = (size + (size >> 3) + 6) & !3;
    }
    allocated
}

/// An int: 24 bytes of header and 4 per 30-bit digit (zero has one).
fn int_size(bits: u64) -> i64 {
    24 + 4 * (bits.div_ceil(30).max(1) as i64)
}

/// A dict: its object, and a keys table sized as CPython grows it (power-of-two index of one
/// byte per slot while small, two thirds usable; entries of 16 bytes when every key is a str).
fn dict_size(n: usize, str_keys: bool) -> i64 {
    if n == 0 {
        return 64;
    }
    let mut size = 8usize;
    while n > size * 2 / 3 {
        size *= 2;
    }
    let index = if size <= 128 {
        1
    } else if size <= 1 << 16 {
        2
    } else {
        4
    };
    let entry = if str_keys { 16 } else { 24 };
    (48 + 48 + size * index + (size * 2 / 3) * entry) as i64
}

/// A set: 216 bytes with its inline table of 8 slots; a larger table (16-byte entries) is
/// regrown as CPython does, to the power of two above four times the entries once it is 60%
/// full.
fn set_size(n: usize) -> i64 {
    let mut table = 8usize;
    for used in 1..=n {
        if used * 5 >= (table - 1) * 3 {
            let min = if used > 50_000 { used * 2 } else { used * 4 };
            table = 8;
            while table <= min {
                table <<= 1;
            }
        }
    }
    if table == 8 {
        216
    } else {
        (216 + 16 * table) as i64
    }
}
