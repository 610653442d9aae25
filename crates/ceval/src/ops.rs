//! Object operations with Python semantics: arithmetic, comparison, truth, repr/str, hashing,
//! attributes, subscripts, iteration. Each takes the thread first since any of them may have to
//! run Python code (a dunder method) in a later stage of the object model.

use std::cell::RefCell;

use isles_compiler::{BinOp, CmpOp, UnOp};
use isles_object::pynum;
use isles_object::{Builtin, ExcKind, IterState, Kind, Obj, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::dunder;
use crate::thread::Thread;

// ---------------------------------------------------------------------------------------------
// Types and names

/// The class of a value.
pub fn type_of(th: &Thread<'_>, v: &Value) -> Obj {
    let t = &th.st.types;
    match v {
        Value::Null | Value::None => t.none.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Obj(o) if o.sub().is_some() => o.sub().expect("sub").class.borrow().clone(),
        Value::Obj(o) => match o.kind() {
            Kind::Str(_) => t.str_.clone(),
            Kind::BigInt(_) => t.int.clone(),
            Kind::Float(_) => t.float.clone(),
            Kind::List(_) => t.list.clone(),
            Kind::Tuple(_) => t.tuple.clone(),
            Kind::Dict(_) => t.dict.clone(),
            Kind::Function(_) => t.function.clone(),
            Kind::Native(_) => t.builtin_function.clone(),
            Kind::Method(..) => t.method.clone(),
            Kind::Code(_) => t.code.clone(),
            Kind::Module(_) => t.module.clone(),
            Kind::Type(ty) => ty.metaclass.as_ref().unwrap_or(&t.type_).clone(),
            Kind::Instance(i) => i.class.borrow().clone(),
            Kind::Exception(e) => e.class.clone(),
            Kind::Range(_) => t.range.clone(),
            Kind::Slice(..) => t.slice.clone(),
            Kind::Cell(_) => t.cell.clone(),
            Kind::Iter(_) => t
                .iterator_type(&type_name(th, v))
                .unwrap_or(&t.iterator)
                .clone(),
            Kind::NotImplemented => t.not_implemented.clone(),
            Kind::Ellipsis => t.ellipsis.clone(),
            Kind::Property(_) => t.property.clone(),
            Kind::Set(_) => t.set.clone(),
            Kind::FrozenSet(_) => t.frozenset.clone(),
            Kind::Generator(g) if g.coroutine => t.coroutine.clone(),
            Kind::Generator(g) if g.async_gen => t.async_generator.clone(),
            Kind::Generator(_) => t.generator.clone(),
            Kind::DictView(_, k) => match k {
                isles_object::ViewKind::Keys => t.dict_keys.clone(),
                isles_object::ViewKind::Values => t.dict_values.clone(),
                isles_object::ViewKind::Items => t.dict_items.clone(),
            },
            Kind::StaticMethod(_) => t.staticmethod.clone(),
            Kind::ClassMethod(_) => t.classmethod.clone(),
            Kind::Super { .. } => t.super_.clone(),
            Kind::Other(_) => t.object.clone(),
            Kind::Bytes(_) => t.bytes.clone(),
            Kind::ByteArray(_) => t.bytearray.clone(),
            Kind::Complex(..) => t.complex.clone(),
            Kind::MemoryView(_) => t.memoryview.clone(),
            Kind::Opaque(cls, _) => cls.clone(),
            Kind::Slot(_) => t.member_descriptor.clone(),
        },
    }
}

/// The `__name__` of a value's type, as error messages quote it.
pub fn type_name(th: &Thread<'_>, v: &Value) -> String {
    match v {
        Value::Obj(o) => match o.kind() {
            Kind::Iter(it) => it.borrow().type_name().into(),
            _ => type_name_of_type(&type_of(th, v)),
        },
        _ => type_name_of_type(&type_of(th, v)),
    }
}

pub fn type_name_of_type(t: &Obj) -> String {
    t.as_type()
        .map_or_else(|| "object".into(), |t| t.name.to_string())
}

/// `isinstance` against a single class, walking the MRO.
pub fn is_instance(th: &Thread<'_>, v: &Value, cls: &Obj) -> bool {
    let t = type_of(th, v);
    is_subtype(&t, cls)
}

pub fn is_subtype(t: &Obj, cls: &Obj) -> bool {
    if t.is(cls) {
        return true;
    }
    t.as_type()
        .is_some_and(|ty| ty.mro.borrow().iter().any(|m| m.is(cls)))
}

// ---------------------------------------------------------------------------------------------
// Exceptions

/// Makes an exception instance of class `cls` with `args`.
pub fn new_exception(cls: &Obj, args: Vec<Value>) -> Obj {
    Obj::new(Kind::Exception(Box::new(isles_object::ExcObj {
        class: cls.clone(),
        args: RefCell::new(Value::tuple(args)),
        dict: RefCell::new(isles_object::Dict::new()),
        cause: RefCell::new(Value::None),
        context: RefCell::new(Value::None),
        suppress_context: std::cell::Cell::new(false),
        traceback: RefCell::new(Vec::new()),
        group: RefCell::new(Value::None),
    })))
}

/// Turns a lazy error into an exception object, in place, and returns that object.
pub fn normalize(th: &Thread<'_>, err: &mut PyErr) -> Obj {
    match &err.0.value {
        isles_object::ErrValue::Obj(o) => o.clone(),
        isles_object::ErrValue::Lazy(kind, msg) => {
            let cls = th.st.types.exc(*kind).clone();
            let args = if msg.is_empty() && *kind == ExcKind::StopIteration {
                vec![]
            } else {
                vec![Value::str(msg.as_str())]
            };
            let o = new_exception(&cls, args);
            if let Some(attr) = err.0.attr.take()
                && let Kind::Exception(x) = o.kind()
            {
                let (name, obj) = *attr;
                let mut d = x.dict.borrow_mut();
                d.set_str("name", name);
                d.set_str("obj", obj);
            }
            err.0.value = isles_object::ErrValue::Obj(o.clone());
            o
        }
    }
}

/// Whether the error is (a subclass of) builtin exception `kind`.
pub fn err_matches(th: &Thread<'_>, err: &PyErr, kind: ExcKind) -> bool {
    match &err.0.value {
        isles_object::ErrValue::Lazy(k, _) => k.is_subclass_of(kind),
        isles_object::ErrValue::Obj(o) => th
            .st
            .types
            .exc_made(kind)
            .is_some_and(|c| is_instance(th, &Value::Obj(o.clone()), c)),
    }
}

fn num_err(e: pynum::NumError) -> PyErr {
    match e {
        pynum::NumError::ZeroDivision(m) => PyErr::zero_div(m),
        pynum::NumError::Overflow(m) => PyErr::overflow(m),
        pynum::NumError::Value(m) => PyErr::value_error(m),
    }
}

// ---------------------------------------------------------------------------------------------
// Truth, repr, str

pub fn truthy(th: &mut Thread<'_>, v: &Value) -> PyResult<bool> {
    if v.is_sub() {
        if let Some(n) = exact_deque_len(v) {
            return Ok(n > 0);
        }
        if let Some(b) = dunder::truthy(th, v)? {
            return Ok(b);
        }
    }
    truthy_base(th, v)
}

/// The length of an exact `collections.deque` (whose class is the one that made its payload,
/// so no Python `__len__` applies): `while d:` and `len(d)` skip the method lookup.
#[inline]
fn exact_deque_len(v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else { return None };
    let Kind::Opaque(base, b) = o.kind() else {
        return None;
    };
    if !o.sub()?.class.borrow().is(base) {
        return None;
    }
    b.downcast_ref::<isles_object::deque::DequeData>()
        .map(|d| d.items.borrow().len())
}

/// `d[i]` of an exact `collections.deque` with an int index in range (no `__getitem__`
/// lookup); `None` for anything else, errors included.
#[inline]
fn exact_deque_item(v: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (v, key) else {
        return None;
    };
    let Kind::Opaque(base, b) = o.kind() else {
        return None;
    };
    if o.sub()?.class_id.get() != base.id() {
        return None;
    }
    let items = b
        .downcast_ref::<isles_object::deque::DequeData>()?
        .items
        .borrow();
    let n = items.len() as i64;
    let j = if *i < 0 { *i + n } else { *i };
    if !(0..n).contains(&j) {
        return None;
    }
    items.get(j as usize).cloned()
}

/// [`truthy`] of a builtin subclass's payload, without the class's own dunders (what
/// `int.__bool__(x)` or `super().__bool__()` runs); the same as `truthy` for anything else.
pub fn truthy_base(th: &mut Thread<'_>, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Null | Value::None => false,
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::Float(f) => f.get() != 0.0,
        Value::Obj(o) => match o.kind() {
            Kind::Str(s) => !s.as_str().is_empty(),
            Kind::BigInt(b) => !b.is_zero(),
            Kind::Float(f) => *f != 0.0,
            Kind::List(l) => !l.borrow().is_empty(),
            Kind::Tuple(t) => !t.is_empty(),
            Kind::Dict(d) => !d.borrow().is_empty(),
            Kind::Range(r) => !r.is_empty(),
            Kind::Set(d) => !d.borrow().is_empty(),
            Kind::DictView(d, _) => matches!(d.kind(), Kind::Dict(d) if !d.borrow().is_empty()),
            Kind::FrozenSet(d) => !d.is_empty(),
            Kind::Bytes(b) => !b.as_bytes().is_empty(),
            Kind::ByteArray(b) => !b.borrow().is_empty(),
            Kind::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Kind::Instance(_) | Kind::Exception(_) => dunder::truthy(th, v)?.unwrap_or(true),
            _ => {
                let _ = th;
                true
            }
        },
    })
}

/// `repr(float)`, CPython's shortest round-trip form.
pub fn float_repr(f: f64) -> String {
    pynum::float_repr(f)
}

pub fn int_to_str(th: &Thread<'_>, b: &BigInt) -> PyResult<String> {
    let s = b.to_string();
    let digits = s.len() - (b.is_negative() as usize);
    let limit = th.st.int_max_str_digits.get();
    if limit > 0 && digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// `repr(v)`. Containers being shown are on the thread's `repr_seen` stack (so a container
/// reached again, even through a user `__repr__`, shows as `[...]`); an error unwinds it.
pub fn repr(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    let mut out = String::new();
    let depth = th.repr_seen.len();
    let r = repr_into(th, v, &mut out);
    th.repr_seen.truncate(depth);
    r.map(|_| out)
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    let r = repr(th, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    Ok(out)
}

/// `str(v)`.
pub fn str_(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    // str, bytes and bytearray have a `__str__` of their own, so a subclass's `__repr__`
    // does not change their str().
    if v.is_sub()
        && matches!(
            v.kind(),
            Some(Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_))
        )
    {
        return match dunder::call(th, v, "__str__", &[])? {
            Some(r) => match r.as_str() {
                Some(t) => Ok(t.to_string()),
                None => Err(PyErr::type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(th, &r)
                ))),
            },
            None => str_base(th, v),
        };
    }
    if dunder::user_class(v).is_some()
        && let Some(s) = dunder::str_(th, v)?
    {
        return Ok(s);
    }
    match v {
        Value::Obj(o) => match o.kind() {
            Kind::Str(s) => Ok(s.as_str().to_string()),
            Kind::Exception(e) => exception_str_base(th, e),
            _ => repr(th, v),
        },
        _ => repr(th, v),
    }
}

/// `BaseException.__str__`: the text of the arguments (and the special forms of
/// SyntaxError, UnicodeError and OSError), whatever `__str__` the class defines.
pub fn exception_str_base(th: &mut Thread<'_>, e: &isles_object::ExcObj) -> PyResult<String> {
    if let Some(s) = crate::introspect::syntax_error_str(th, e) {
        return Ok(s);
    }
    if let Some(s) = crate::excgroup::str_of(e) {
        return Ok(s);
    }
    let args = e.args.borrow().clone();
    if let Some(s) = unicode_error_str(th, &e.class, &args) {
        return Ok(s);
    }
    if let Some(s) = os_error_str(th, e)? {
        return Ok(s);
    }
    match args.kind() {
        Some(Kind::Tuple(t)) if t.is_empty() => Ok(String::new()),
        Some(Kind::Tuple(t)) if t.len() == 1 => {
            let a = t[0].clone();
            // KeyError shows its key as a repr, so `KeyError: 'k'`.
            if is_subtype(&e.class, th.st.types.exc(ExcKind::KeyError)) {
                repr(th, &a)
            } else {
                str_(th, &a)
            }
        }
        _ => repr(th, &args),
    }
}

/// `BaseException.__repr__`: `Name(args...)`, whatever `__repr__` the class defines.
pub fn exception_repr_base(th: &mut Thread<'_>, e: &isles_object::ExcObj) -> PyResult<String> {
    let mut out = type_name_of_type(&e.class);
    let args = e.args.borrow().clone();
    match args.kind() {
        Some(Kind::Tuple(t)) if t.len() == 1 => {
            out.push('(');
            let a = t[0].clone();
            out.push_str(&repr(th, &a)?);
            out.push(')');
        }
        _ => out.push_str(&repr(th, &args)?),
    }
    Ok(out)
}

/// `str.__str__(x)` and friends: the text of a builtin subclass's payload, without the
/// class's `__str__` (types without a `__str__` of their own show their repr).
pub fn str_base(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    match v.kind() {
        Some(Kind::Str(s)) => Ok(s.as_str().to_string()),
        Some(Kind::Bytes(_) | Kind::ByteArray(_)) => repr_base(th, v),
        _ if v.is_sub() => repr(th, v),
        _ => str_(th, v),
    }
}

/// Whether CPython makes `owner.name` a slot wrapper (a special method filling a type
/// slot) rather than a method: its repr says so.
fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    let coexist = matches!(
        (owner, name),
        ("dict", "__getitem__" | "__contains__")
            | ("list", "__getitem__")
            | ("set" | "frozenset", "__contains__")
    );
    !coexist
        && matches!(
            name,
            "__abs__"
                | "__add__"
                | "__aiter__"
                | "__and__"
                | "__anext__"
                | "__await__"
                | "__bool__"
                | "__call__"
                | "__contains__"
                | "__del__"
                | "__delattr__"
                | "__delete__"
                | "__delitem__"
                | "__divmod__"
                | "__eq__"
                | "__float__"
                | "__floordiv__"
                | "__ge__"
                | "__get__"
                | "__getattribute__"
                | "__getitem__"
                | "__gt__"
                | "__hash__"
                | "__iadd__"
                | "__iand__"
                | "__ifloordiv__"
                | "__ilshift__"
                | "__imatmul__"
                | "__imod__"
                | "__imul__"
                | "__index__"
                | "__init__"
                | "__int__"
                | "__invert__"
                | "__ior__"
                | "__ipow__"
                | "__irshift__"
                | "__isub__"
                | "__iter__"
                | "__itruediv__"
                | "__ixor__"
                | "__le__"
                | "__len__"
                | "__lshift__"
                | "__lt__"
                | "__matmul__"
                | "__mod__"
                | "__mul__"
                | "__ne__"
                | "__neg__"
                | "__next__"
                | "__or__"
                | "__pos__"
                | "__pow__"
                | "__radd__"
                | "__rand__"
                | "__rdivmod__"
                | "__repr__"
                | "__rfloordiv__"
                | "__rlshift__"
                | "__rmatmul__"
                | "__rmod__"
                | "__rmul__"
                | "__ror__"
                | "__rpow__"
                | "__rrshift__"
                | "__rshift__"
                | "__rsub__"
                | "__rtruediv__"
                | "__rxor__"
                | "__set__"
                | "__setattr__"
                | "__setitem__"
                | "__str__"
                | "__sub__"
                | "__truediv__"
                | "__xor__"
        )
}

/// `str()` of an OSError that has `errno` and `strerror`: `[Errno 2] No such file or
/// directory: 'x'`.
/// `errno`, `strerror`, `filename` or `filename2` of an OSError: set by the runtime where
/// it raises one, else taken from the arguments as `OSError(errno, strerror[, filename[,
/// winerror[, filename2]]])` does; `None` otherwise.
pub fn os_error_field(e: &isles_object::ExcObj, name: &str) -> Option<Value> {
    if let Some(v) = e.dict.borrow().get_str(name) {
        return Some(v.clone());
    }
    let args = e.args.borrow().clone();
    let Some(Kind::Tuple(t)) = args.kind() else {
        return Some(Value::None);
    };
    if !(2..=5).contains(&t.len()) {
        return Some(Value::None);
    }
    let i = match name {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        _ => 4,
    };
    Some(t.get(i).cloned().unwrap_or(Value::None))
}

fn os_error_str(th: &mut Thread<'_>, e: &isles_object::ExcObj) -> PyResult<Option<String>> {
    if !is_subtype(&e.class, th.st.types.exc(ExcKind::OSError)) {
        return Ok(None);
    }
    let errno = os_error_field(e, "errno");
    let strerror = os_error_field(e, "strerror");
    let filename = os_error_field(e, "filename");
    let (Some(errno), Some(strerror)) = (errno, strerror) else {
        return Ok(None);
    };
    if errno.is_none() {
        return Ok(None);
    }
    let head = format!("[Errno {}] {}", repr(th, &errno)?, str_(th, &strerror)?);
    let filename2 = os_error_field(e, "filename2").filter(|f| !f.is_none());
    Ok(Some(match (filename, filename2) {
        (Some(f), Some(f2)) if !f.is_none() => {
            format!("{head}: {} -> {}", repr(th, &f)?, repr(th, &f2)?)
        }
        (Some(f), _) if !f.is_none() => format!("{head}: {}", repr(th, &f)?),
        _ => head,
    }))
}

/// `str()` of a UnicodeEncodeError/UnicodeDecodeError made from its five arguments.
fn unicode_error_str(th: &Thread<'_>, class: &Obj, args: &Value) -> Option<String> {
    let Some(Kind::Tuple(t)) = args.kind() else {
        return None;
    };
    let [enc, obj, start, end, reason] = &t[..] else {
        return None;
    };
    let (enc, reason) = (enc.as_str()?, reason.as_str()?);
    let (start, end) = (index_value(start)?, index_value(end)?);
    let single = end == start + 1;
    let pos = if single {
        format!("position {start}")
    } else {
        format!("position {start}-{}", end - 1)
    };
    if is_subtype(class, th.st.types.exc(ExcKind::UnicodeEncodeError)) {
        let text = obj.as_pystr()?;
        if !single {
            return Some(format!(
                "'{enc}' codec can't encode characters in {pos}: {reason}"
            ));
        }
        let c = text.char_at(usize::try_from(start).ok()?)? as u32;
        let esc = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        return Some(format!(
            "'{enc}' codec can't encode character '{esc}' in {pos}: {reason}"
        ));
    }
    if is_subtype(class, th.st.types.exc(ExcKind::UnicodeDecodeError)) {
        let data = obj.bytes_like()?;
        if !single {
            return Some(format!(
                "'{enc}' codec can't decode bytes in {pos}: {reason}"
            ));
        }
        let b = data.get(usize::try_from(start).ok()?)?;
        return Some(format!(
            "'{enc}' codec can't decode byte 0x{b:02x} in {pos}: {reason}"
        ));
    }
    None
}

fn repr_into(th: &mut Thread<'_>, v: &Value, out: &mut String) -> PyResult<()> {
    if matches!(
        v.kind(),
        Some(
            Kind::List(_) | Kind::Tuple(_) | Kind::Dict(_) | Kind::Exception(_) | Kind::Method(..)
        )
    ) {
        return th.recurse(" while getting the repr of an object", |th| {
            repr_value(th, v, out)
        });
    }
    repr_value(th, v, out)
}

/// [`repr`] of a builtin subclass's payload, ignoring the class's `__repr__`.
pub fn repr_base(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    let mut out = String::new();
    let depth = th.repr_seen.len();
    let r = th.recurse(" while getting the repr of an object", |th| {
        repr_kind(th, v, &mut out)
    });
    th.repr_seen.truncate(depth);
    r.map(|_| out)
}

fn repr_value(th: &mut Thread<'_>, v: &Value, out: &mut String) -> PyResult<()> {
    let meta_class = matches!(v.kind(), Some(Kind::Type(t)) if t.metaclass.is_some());
    if (v.is_sub() || meta_class) && dunder::lookup(v, "__repr__").is_some() {
        out.push_str(&dunder::repr(th, v)?.unwrap_or_default());
        return Ok(());
    }
    repr_kind(th, v, out)
}

fn repr_kind(th: &mut Thread<'_>, v: &Value, out: &mut String) -> PyResult<()> {
    match v {
        Value::Null => out.push_str("<NULL>"),
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if b.get() { "True" } else { "False" }),
        Value::Int(i) => out.push_str(isles_object::value::i64_text(*i, &mut [0; 20])),
        Value::Float(f) => out.push_str(&float_repr(f.get())),
        Value::Obj(o) => match o.kind() {
            Kind::Str(s) => out.push_str(&pynum::py_str_repr(s.as_str())),
            Kind::BigInt(b) => out.push_str(&int_to_str(th, b)?),
            Kind::Float(f) => out.push_str(&float_repr(*f)),
            Kind::List(l) => {
                if th.repr_seen.contains(&o.id()) {
                    out.push_str("[...]");
                    return Ok(());
                }
                th.repr_seen.push(o.id());
                out.push('[');
                let mut i = 0;
                loop {
                    let item = match l.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => break,
                    };
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(th, &item, out)?;
                    i += 1;
                }
                out.push(']');
                th.repr_seen.pop();
            }
            Kind::Tuple(t) => {
                if th.repr_seen.contains(&o.id()) {
                    out.push_str("(...)");
                    return Ok(());
                }
                th.repr_seen.push(o.id());
                out.push('(');
                for (i, item) in t.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(th, item, out)?;
                }
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                th.repr_seen.pop();
            }
            Kind::Dict(d) => {
                if th.repr_seen.contains(&o.id()) {
                    out.push_str("{...}");
                    return Ok(());
                }
                th.repr_seen.push(o.id());
                out.push('{');
                let items: Vec<(Value, Value)> = d.borrow().items();
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(th, k, out)?;
                    out.push_str(": ");
                    repr_into(th, val, out)?;
                }
                out.push('}');
                th.repr_seen.pop();
            }
            Kind::Function(f) => {
                let q = f.qualname.borrow().as_str().unwrap_or("?").to_string();
                out.push_str(&format!("<function {q} at {:#x}>", o.id()));
            }
            Kind::Native(n) => match (&n.self_, n.owner) {
                (Some(s), owner) => {
                    let tn = type_name(th, s);
                    let what = match owner {
                        Some(owner) if is_slot_wrapper(owner, n.name) => "method-wrapper",
                        _ => "built-in method",
                    };
                    out.push_str(&format!(
                        "<{what} {} of {tn} object at {:#x}>",
                        if what == "method-wrapper" {
                            format!("'{}'", n.name)
                        } else {
                            n.name.to_string()
                        },
                        s.as_obj().map_or(0, Obj::id)
                    ));
                }
                (None, Some("Quitter")) => {
                    out.push_str(&format!("Use {}() or Ctrl-D (i.e. EOF) to exit", n.name));
                }
                (None, Some(owner)) => {
                    let what = if is_slot_wrapper(owner, n.name) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    out.push_str(&format!("<{what} '{}' of '{owner}' objects>", n.name));
                }
                (None, None) => out.push_str(&format!("<built-in function {}>", n.name)),
            },
            Kind::Method(s, f) => {
                let fname = match f.kind() {
                    Some(Kind::Function(f)) => {
                        f.qualname.borrow().as_str().unwrap_or("?").to_string()
                    }
                    _ => "?".into(),
                };
                let s = s.clone();
                let mut inner = String::new();
                repr_into(th, &s, &mut inner)?;
                out.push_str(&format!("<bound method {fname} of {inner}>"));
            }
            Kind::Code(c) => out.push_str(&format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                o.id(),
                c.code.filename,
                c.code.first_line
            )),
            Kind::Module(m) => {
                // CPython's forms: loaded from a file, frozen into its binary, or built in.
                const FROZEN: &[&str] = &[
                    "zipimport",
                    "abc",
                    "codecs",
                    "io",
                    "_collections_abc",
                    "_sitebuiltins",
                    "genericpath",
                    "ntpath",
                    "posixpath",
                    "os",
                    "site",
                    "stat",
                    "importlib.util",
                    "importlib.machinery",
                    "runpy",
                    "__hello__",
                    "os.path",
                ];
                const BUILTIN: &[&str] = &[
                    "_abc",
                    "_ast",
                    "_codecs",
                    "_collections",
                    "_functools",
                    "_imp",
                    "_io",
                    "_locale",
                    "_operator",
                    "_signal",
                    "_sre",
                    "_stat",
                    "_string",
                    "_symtable",
                    "_thread",
                    "_tokenize",
                    "_tracemalloc",
                    "_warnings",
                    "_weakref",
                    "atexit",
                    "builtins",
                    "errno",
                    "faulthandler",
                    "gc",
                    "itertools",
                    "marshal",
                    "posix",
                    "pwd",
                    "sys",
                    "time",
                    "xxsubtype",
                ];
                let file = match m.dict.kind() {
                    Kind::Dict(d) => d
                        .borrow()
                        .get_str("__file__")
                        .and_then(|f| f.as_str().map(str::to_string))
                        // Bundled modules' `<frozen name>` is no file to show.
                        .filter(|f| !f.starts_with('<')),
                    _ => None,
                };
                let name = &*m.name;
                out.push_str(&match file {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    None if FROZEN.contains(&name) => format!("<module '{name}' (frozen)>"),
                    None if BUILTIN.contains(&name) => format!("<module '{name}' (built-in)>"),
                    None => format!("<module '{name}'>"),
                });
            }
            Kind::Type(t) => {
                let module = t.module_name();
                if module == "builtins" {
                    out.push_str(&format!("<class '{}'>", t.qualname()));
                } else {
                    out.push_str(&format!("<class '{module}.{}'>", t.qualname()));
                }
            }
            Kind::Instance(_) if dunder::lookup(v, "__repr__").is_some() => {
                out.push_str(&dunder::repr(th, v)?.unwrap_or_default());
            }
            Kind::Exception(_) if dunder::lookup(v, "__repr__").is_some() => {
                out.push_str(&dunder::repr(th, v)?.unwrap_or_default());
            }
            Kind::Instance(_) => {
                let t = type_of(th, v);
                let ty = t.as_type().map(|t| (t.module_name(), t.qualname()));
                let (m, q) = ty.unwrap_or_default();
                out.push_str(&format!("<{m}.{q} object at {:#x}>", o.id()));
            }
            Kind::Exception(e) => out.push_str(&exception_repr_base(th, e)?),
            Kind::Range(r) => {
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
            }
            Kind::Slice(a, b, c) => {
                let (a, b, c) = (a.clone(), b.clone(), c.clone());
                out.push_str("slice(");
                repr_into(th, &a, out)?;
                out.push_str(", ");
                repr_into(th, &b, out)?;
                out.push_str(", ");
                repr_into(th, &c, out)?;
                out.push(')');
            }
            Kind::Cell(_) => out.push_str(&format!("<cell at {:#x}>", o.id())),
            Kind::Iter(_) => {
                let n = type_name(th, v);
                out.push_str(&format!("<{n} object at {:#x}>", o.id()));
            }
            Kind::NotImplemented => out.push_str("NotImplemented"),
            Kind::Ellipsis => out.push_str("Ellipsis"),
            Kind::Property(_) => out.push_str(&format!("<property object at {:#x}>", o.id())),
            Kind::Set(_) | Kind::FrozenSet(_) => {
                if th.repr_seen.contains(&o.id()) {
                    out.push_str(&format!("{}(...)", type_name(th, v)));
                    return Ok(());
                }
                th.repr_seen.push(o.id());
                let r = crate::sets::repr(th, v);
                th.repr_seen.pop();
                out.push_str(&r?);
            }
            Kind::DictView(..) => {
                let items = iterate(th, v)?;
                out.push_str(&type_name(th, v));
                out.push('(');
                repr_into(th, &Value::list(items), out)?;
                out.push(')');
            }
            Kind::Generator(g) => out.push_str(&format!(
                "<{} object {} at {:#x}>",
                if g.coroutine {
                    "coroutine"
                } else if g.async_gen {
                    "async_generator"
                } else {
                    "generator"
                },
                crate::generator::qualname(g).as_str().unwrap_or(""),
                o.id()
            )),
            Kind::StaticMethod(f) | Kind::ClassMethod(f) => {
                let which = if matches!(o.kind(), Kind::StaticMethod(_)) {
                    "staticmethod"
                } else {
                    "classmethod"
                };
                let f = f.clone();
                out.push_str(which);
                out.push('(');
                repr_into(th, &f, out)?;
                out.push(')');
            }
            Kind::Super { start, obj } => {
                let (start, obj) = (start.clone(), obj.clone());
                // An unbound super (`super(C, None)`) shows CPython's NULL.
                let tn = match obj {
                    Value::None => "NULL".to_string(),
                    _ => format!("<{} object>", type_name(th, &obj)),
                };
                out.push_str(&format!(
                    "<super: <class '{}'>, {tn}>",
                    type_name_of_type(&start)
                ));
            }
            Kind::Other(_) => out.push_str(&format!("<object at {:#x}>", o.id())),
            Kind::Slot(m) => {
                let what = if matches!(m.name.as_str(), "__dict__" | "__weakref__") {
                    "attribute"
                } else {
                    "member"
                };
                out.push_str(&format!("<{what} '{}' of '{}' objects>", m.name, m.owner))
            }
            Kind::Bytes(_) | Kind::ByteArray(_) | Kind::MemoryView(_) => {
                let r = crate::bytesobj::repr(v).unwrap_or_default();
                match r.strip_prefix("bytearray") {
                    Some(rest) if v.is_sub() => {
                        out.push_str(&type_name(th, v));
                        out.push_str(rest);
                    }
                    _ => out.push_str(&r),
                }
            }
            Kind::Complex(re, im) => out.push_str(&crate::complexobj::repr(*re, *im)),
            Kind::Opaque(cls, _) => match lookup_type_attr(cls, "__repr__") {
                Some(f) => {
                    let r = th.call(&f, crate::args::Args::positional(std::slice::from_ref(v)))?;
                    out.push_str(r.as_str().unwrap_or(""));
                }
                None => {
                    let n = type_name_of_type(cls);
                    out.push_str(&format!("<{n} object at {:#x}>", o.id()));
                }
            },
        },
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Numbers

enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(b.get() as i64)),
        Value::Float(f) => Some(Num::F(f.get())),
        Value::Obj(o) => match o.kind() {
            Kind::BigInt(b) => Some(Num::B(b.clone())),
            Kind::Float(f) => Some(Num::F(*f)),
            _ => None,
        },
        _ => None,
    }
}

fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    pynum::bigint_to_f64(b).map_err(num_err)
}

fn num_to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => big_to_f64(b),
        Num::F(f) => Ok(*f),
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(_) => BigInt::zero(),
    }
}

fn float_result(r: pynum::PowResult) -> Value {
    match r {
        pynum::PowResult::Float(f) => Value::float(f),
        pynum::PowResult::Complex(re, im) => Value::complex(re, im),
    }
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_div("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => pynum::float_floordiv(a, b).map_err(num_err)?,
        BinOp::Mod => pynum::float_mod(a, b).map_err(num_err)?,
        BinOp::Pow => return pynum::float_pow(a, b).map(float_result).map_err(num_err),
        _ => return Ok(Value::Null),
    }))
}

fn int_op_i64(op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mul => a.checked_mul(b).map(Value::Int),
        BinOp::TrueDiv => Some(Value::float(pynum::i64_true_div(a, b).map_err(num_err)?)),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(PyErr::zero_div("integer division or modulo by zero"));
            }
            pynum::i64_floordiv(a, b).map(Value::Int)
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(PyErr::zero_div("integer modulo by zero"));
            }
            pynum::i64_mod(a, b).map(Value::Int)
        }
        BinOp::Pow => {
            if b < 0 {
                return pynum::float_pow(a as f64, b as f64)
                    .map(|r| Some(float_result(r)))
                    .map_err(num_err);
            }
            pynum::i64_pow(a, b).map(Value::Int)
        }
        BinOp::And => Some(Value::Int(a & b)),
        BinOp::Or => Some(Value::Int(a | b)),
        BinOp::Xor => Some(Value::Int(a ^ b)),
        BinOp::LShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if b < 63 && a == ((a << b) >> b) {
                Some(Value::Int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(Value::Int(if b >= 64 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> b
            }))
        }
        BinOp::MatMul => return Ok(Some(Value::Null)),
    })
}

fn int_op_big(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => Value::from_bigint(a * b),
        BinOp::TrueDiv => Value::float(pynum::int_true_div(a, b).map_err(num_err)?),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::zero_div("integer division or modulo by zero"));
            }
            Value::from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::zero_div("integer modulo by zero"));
            }
            Value::from_bigint(a.mod_floor(b))
        }
        BinOp::Pow => match pynum::int_pow(a, b, None).map_err(num_err)? {
            pynum::IntPowResult::Int(i) => Value::from_bigint(i),
            pynum::IntPowResult::Float(f) => Value::float(f),
        },
        BinOp::And => Value::from_bigint(a & b),
        BinOp::Or => Value::from_bigint(a | b),
        BinOp::Xor => Value::from_bigint(a ^ b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let Some(s) = b.to_usize() else {
                return Err(PyErr::overflow("too many digits in integer"));
            };
            if a.is_zero() {
                Value::Int(0)
            } else {
                Value::from_bigint(a << s)
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => Value::from_bigint(a >> s),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::MatMul => Value::Null,
    })
}

fn numeric_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Some(Value::bool(x.get() & y.get()))),
            BinOp::Or => return Ok(Some(Value::bool(x.get() | y.get()))),
            BinOp::Xor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    let r = match (&x, &y) {
        (Num::F(_), _) | (_, Num::F(_)) => {
            if matches!(
                op,
                BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
            ) {
                return Ok(None);
            }
            float_op(op, num_to_f64(&x)?, num_to_f64(&y)?)?
        }
        (Num::I(p), Num::I(q)) => match int_op_i64(op, *p, *q)? {
            Some(v) => v,
            None => int_op_big(op, &BigInt::from(*p), &BigInt::from(*q))?,
        },
        _ => int_op_big(op, &to_big(&x), &to_big(&y))?,
    };
    Ok(if r.is_null() { None } else { Some(r) })
}

// ---------------------------------------------------------------------------------------------
// Binary operators

/// The operators on small ints and inline floats that cannot fail or need anything but the
/// two numbers; `None` sends the caller down the general path. The eval loop tries this
/// before calling [`binary`] / [`inplace`].
#[inline(always)]
pub fn fast_arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => x.checked_add(y).map(Value::Int),
                BinOp::Sub => x.checked_sub(y).map(Value::Int),
                BinOp::Mul => x.checked_mul(y).map(Value::Int),
                // Non-negative operands: Python's floor semantics agree with Rust's.
                BinOp::FloorDiv if x >= 0 && y > 0 => Some(Value::Int(x / y)),
                BinOp::Mod if x >= 0 && y > 0 => Some(Value::Int(x % y)),
                BinOp::And => Some(Value::Int(x & y)),
                BinOp::Or => Some(Value::Int(x | y)),
                BinOp::Xor => Some(Value::Int(x ^ y)),
                BinOp::RShift if (0..64).contains(&y) => Some(Value::Int(x >> y)),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => fast_float(op, x.get(), y.get()),
        // i64 -> f64 rounds to nearest, ties to even, as CPython's int-to-float conversion.
        (Value::Float(x), Value::Int(y)) => fast_float(op, x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => fast_float(op, *x as f64, y.get()),
        _ => None,
    }
}

#[inline(always)]
fn fast_float(op: BinOp, x: f64, y: f64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        BinOp::Pow => return fast_pow(x, y),
        _ => return None,
    };
    Some(Value::float(r))
}

/// `x ** y` for a positive finite base and a finite exponent whose result is finite: libm's
/// `pow`, as CPython's `float_pow` calls it (an underflow to 0 is no error there either).
/// Everything else (negative bases, zeros, infinities, overflow) takes the general path.
#[inline]
fn fast_pow(x: f64, y: f64) -> Option<Value> {
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return None;
    }
    let r = x.powf(y);
    r.is_finite().then(|| Value::float(r))
}

pub fn binary(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(v) = fast_arith(op, a, b) {
        return Ok(v);
    }
    if op == BinOp::Add
        && let (Some(x), Some(y)) = (a.plain_str(), b.plain_str())
    {
        return Ok(concat_strs(x, y));
    }
    // A builtin type's subclass: its own dunders first, then the payload's operator.
    if (a.is_sub() || b.is_sub())
        && let Some(v) = dunder::binary(th, op, a, b)?
    {
        return Ok(v);
    }
    binary_base(th, op, a, b)
}

/// Appends the items of the exact list `b` to `a` when `a` is an exact list held by this one
/// reference (see [`binary_owned`]).
fn append_to_unique_list(a: &Value, b: &Value) -> bool {
    if let Value::Obj(o) = a
        && o.strong_count() == 1
        && o.sub().is_none()
        && let Kind::List(x) = o.kind()
        && !b.is_sub()
        && let Some(Kind::List(y)) = b.kind()
        && let (Ok(mut xs), Ok(ys)) = (x.try_borrow_mut(), y.try_borrow())
    {
        extend_cloned(&mut xs, &ys);
        return true;
    }
    false
}

/// [`binary`] for a caller that owns `a` (the eval loop's popped operand). An exact list
/// that nothing else refers to, such as the slice in `x[i:] + x[:i]`, takes `b`'s items at
/// its end and becomes the result: its own items are neither copied nor freed. Nothing can
/// tell (exact lists have no weak references, and no one else ever sees the temporary).
///
/// Two exact strs are joined here, before the other kinds are tried; a left str that nothing
/// else refers to (the middle result of `a + " " + b`) takes the right one's text at its end
/// and becomes the result, which saves making and freeing an object.
pub fn binary_owned(th: &mut Thread<'_>, op: BinOp, mut a: Value, b: &Value) -> PyResult<Value> {
    if op == BinOp::Add {
        if let Some(y) = b.plain_str()
            && let Value::Obj(o) = &mut a
        {
            if let Some(x) = o.unique_str_mut() {
                x.push_str_exact(y);
                return Ok(a);
            }
            if let Some(x) = a.plain_str() {
                return Ok(concat_strs(x, y));
            }
        }
        if append_to_unique_list(&a, b) {
            return Ok(a);
        }
    }
    binary(th, op, &a, b)
}

/// [`binary`] without a builtin subclass's own dunders (`int.__add__(x, y)`).
pub fn binary_base(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(v) = numeric_binop(op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = crate::complexobj::binary(op, a, b)? {
        return Ok(v);
    }
    let user = dunder::plain_user(a) || dunder::plain_user(b);
    // A class's reflected method comes before a builtin sequence's concatenation or
    // repetition (CPython tries the number slots first); `str % x` formats first.
    if user
        && op != BinOp::Mod
        && let Some(v) = dunder::binary(th, op, a, b)?
    {
        return Ok(v);
    }
    if let Some(v) = crate::bytesobj::binary(th, op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = sequence_binop(th, op, a, b)? {
        return Ok(v);
    }
    if user
        && op == BinOp::Mod
        && let Some(v) = dunder::binary(th, op, a, b)?
    {
        return Ok(v);
    }
    if let Some(v) = crate::sets::binary(th, op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = crate::sets::view_binary(th, op, a, b)? {
        return Ok(v);
    }
    // `int | None` (PEP 604): a `types.UnionType` of classes and None.
    let unionable = |v: &Value| v.is_none() || matches!(v.kind(), Some(Kind::Type(_)));
    if op == BinOp::Or && unionable(a) && unionable(b) {
        let types =
            crate::import::builtin_import(th, crate::Args::positional(&[Value::str("types")]))?;
        let make = getattr(th, &types, &th.intern("_union"))?;
        return th.call(&make, crate::Args::positional(&[a.clone(), b.clone()]));
    }
    Err(binop_type_error(th, op, a, b))
}

/// In-place form: lists extend in place; everything else falls back to the binary operator.
pub fn inplace(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if dunder::user_class(a).is_some()
        && let Some(v) = dunder::call(th, a, op.dunders().2, std::slice::from_ref(b))?
        && !dunder::is_not_implemented(&v)
    {
        return Ok(v);
    }
    inplace_base(th, op, a, b)
}

/// [`inplace`] without a builtin subclass's own in-place dunder (`list.__iadd__(x, y)`).
pub fn inplace_base(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (BinOp::Or, Some(Kind::Dict(_)), Some(Kind::Dict(_))) = (op, a.kind(), b.kind()) {
        dict_merge(th, a, b)?;
        return Ok(a.clone());
    }
    if let (BinOp::Add, Some(Kind::List(l))) = (op, a.kind()) {
        let items = iterate(th, b)?;
        l.borrow_mut().extend(items);
        return Ok(a.clone());
    }
    if let (BinOp::Mul, Some(Kind::List(l))) = (op, a.kind())
        && index_value(b).is_some()
    {
        let len = l.borrow().len();
        let n = repeat_count(th, b, len, VALUE_SIZE)?;
        let mut l = l.borrow_mut();
        let orig = l.clone();
        l.clear();
        l.reserve(orig.len() * n);
        for _ in 0..n {
            extend_cloned(&mut l, &orig);
        }
        return Ok(a.clone());
    }
    if let Some(v) = crate::sets::inplace(th, op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = crate::bytesobj::inplace(th, op, a, b)? {
        return Ok(v);
    }
    binary(th, op, a, b).map_err(|e| {
        // CPython names the augmented operator (`+=`) when neither side supports it.
        let generic = format!("unsupported operand type(s) for {}:", op.symbol());
        match &e.0.value {
            isles_object::ErrValue::Lazy(ExcKind::TypeError, m) if m.starts_with(&generic) => {
                let sym = match op {
                    BinOp::Pow => "**=".to_string(),
                    _ => format!("{}=", op.symbol()),
                };
                binop_error(th, &sym, a, b)
            }
            _ => e,
        }
    })
}

fn binop_type_error(th: &Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyErr {
    binop_error(th, op.symbol(), a, b)
}

fn binop_error(th: &Thread<'_>, symbol: &str, a: &Value, b: &Value) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        symbol,
        type_name(th, a),
        type_name(th, b)
    ))
}

/// An int usable as a sequence index or repeat count.
pub fn index_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        Value::Obj(o) => match o.kind() {
            Kind::BigInt(b) => {
                Some(
                    b.to_i64()
                        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
                )
            }
            _ => None,
        },
        _ => None,
    }
}

/// `operator.index(v)`: ints as they are, instances through `__index__` (whose result must
/// be an int); `None` for anything else.
pub fn to_index(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<Value>> {
    if v.is_int_like() {
        return Ok(Some(match v {
            Value::Bool(b) => Value::Int(b.get() as i64),
            _ => v.clone(),
        }));
    }
    match dunder::call(th, v, "__index__", &[])? {
        Some(r) if r.is_int_like() => Ok(Some(r)),
        Some(r) => Err(PyErr::type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(th, &r)
        ))),
        None => Ok(None),
    }
}

/// [`to_index`] where a TypeError (no `__index__`, or one returning a non-int) means "not an
/// integer" and lets the caller try its other conversions, as CPython's
/// `PyLong_AsLongAndOverflow` callers and `bytes()` do. Ints are left to the caller.
pub fn to_index_or_none(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<Value>> {
    if v.is_int_like() || !matches!(v, Value::Obj(_)) {
        return Ok(None);
    }
    match to_index(th, v) {
        Err(e) if err_matches(th, &e, ExcKind::TypeError) => Ok(None),
        r => r,
    }
}

/// [`index_value`] for any value: ints as they are (huge ones saturate), anything else
/// through `__index__`, with [`number_index`]'s TypeError.
pub fn index_saturating(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    if let Some(i) = index_value(v) {
        return Ok(i);
    }
    // `number_index` returns an int, which `index_value` always reads.
    Ok(index_value(&number_index(th, v)?).unwrap_or(0))
}

/// CPython's `PyNumber_Index`: [`to_index`], and its TypeError for a value without
/// `__index__`.
pub fn number_index(th: &mut Thread<'_>, v: &Value) -> PyResult<Value> {
    match to_index(th, v)? {
        Some(i) => Ok(i),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, v)
        ))),
    }
}

/// A subscript key with `__index__` instances (alone or in a slice) turned into ints, so the
/// builtin containers can use it.
fn index_key(th: &mut Thread<'_>, key: &Value) -> PyResult<Value> {
    match key.kind() {
        Some(Kind::Instance(_)) => Ok(to_index(th, key)?.unwrap_or_else(|| key.clone())),
        Some(Kind::Slice(a, b, c)) if [a, b, c].iter().any(|x| dunder::user_class(x).is_some()) => {
            let mut parts = Vec::with_capacity(3);
            for x in [a, b, c] {
                parts.push(match x.kind() {
                    Some(Kind::Instance(_)) => to_index(th, x)?.unwrap_or_else(|| x.clone()),
                    _ => x.clone(),
                });
            }
            let [a, b, c]: [Value; 3] =
                parts.try_into().map_err(|_| PyErr::system_error("slice"))?;
            Ok(Value::Obj(Obj::new(Kind::Slice(a, b, c))))
        }
        _ => Ok(key.clone()),
    }
}

/// For str and bytes: a result longer than `isize::MAX` items is CPython's OverflowError
/// ("repeated string is too long"), checked before the MemoryError of [`repeat_count`].
pub(crate) fn check_repeat_len(n: &Value, len: usize, what: &str) -> PyResult<()> {
    // A count beyond 64 bits is `repeat_count`'s OverflowError, with its own message.
    if let Value::Int(k) = *n
        && k > 0
        && (k as u128) * (len as u128) > isize::MAX as u128
    {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            format!("repeated {what} too long"),
        ));
    }
    Ok(())
}

/// Asking for more memory than the machine has is a MemoryError up front. With an
/// overcommitting allocator the allocation itself succeeds and filling it hangs the process
/// until the OOM killer comes; CPython's malloc fails instead.
pub(crate) fn check_alloc(bytes: u64) -> PyResult<()> {
    if bytes > 1 << 28 && bytes > physical_memory() {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(())
}

/// The machine's memory in bytes (`MemTotal`), read only for requests over 256 MiB.
fn physical_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("MemTotal:"))?.to_owned();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(1 << 40, |kib| kib.saturating_mul(1024))
}

/// The count of `seq * n` for a sequence of `item_len` items of `elem_size` bytes each.
pub(crate) fn repeat_count(
    th: &Thread<'_>,
    n: &Value,
    item_len: usize,
    elem_size: u64,
) -> PyResult<usize> {
    let Some(k) = index_value(n) else {
        return Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(th, n)
        )));
    };
    // CPython converts the count with PyNumber_AsSsize_t first: beyond 64 bits (either sign,
    // even for an empty sequence) that is an OverflowError, not a MemoryError.
    if let Value::Obj(o) = n
        && let Kind::BigInt(b) = o.kind()
        && b.to_i64().is_none()
    {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    if k <= 0 || item_len == 0 {
        return Ok(0);
    }
    let k = k as u64;
    match k.checked_mul(item_len as u64) {
        Some(t) if t <= (isize::MAX as u64) / 16 => check_alloc(t.saturating_mul(elem_size))?,
        _ => return Err(PyErr::new(ExcKind::MemoryError, "")),
    }
    Ok(k as usize)
}

/// `x + y` for two strs: one allocation, no rescan of the text. A short result gets room up
/// to the next multiple of 16 bytes (the allocator's block holds that much anyway), so that
/// when it is a temporary joined again (`a + " " + b`) the text grows in place
/// ([`binary_owned`]) without a reallocation.
fn concat_strs(x: &isles_object::PyStr, y: &isles_object::PyStr) -> Value {
    let n = x.as_str().len() + y.as_str().len();
    let mut s = String::with_capacity(if n < 128 { (n + 15) & !15 } else { n });
    s.push_str(x.as_str());
    s.push_str(y.as_str());
    Value::str_with_char_len(s, x.char_len() + y.char_len())
}

/// `x += y` (or `x = x + y`) of two exact strs when the next instruction stores the result
/// into the local at stack index `local`, which holds `x`: the local's reference is dropped
/// first, so when the stack's is then the only one the text grows in place (amortised
/// doubling) instead of being copied, as CPython's `unicode_concatenate`; a loop of appends
/// is linear, not quadratic. When the local holds another object the two are joined here
/// all the same (the store that follows takes the result). On true the result is on the
/// stack in place of the two operands; on false (not two exact strs) nothing changed.
pub fn concat_str_into_local(stack: &mut Vec<Value>, local: usize) -> bool {
    let n = stack.len();
    if n < 2 || local >= n - 2 {
        return false;
    }
    let (rest, top) = stack.split_at_mut(n - 2);
    let [a, b] = top else {
        return false;
    };
    let (Some(_), Some(y)) = (a.plain_str(), b.plain_str()) else {
        return false;
    };
    // Not an append to that local (`k = a + b`): joined here as `binary_owned` joins two
    // strs (a unique temporary grows by exactly `y`), and the store runs next.
    let append = rest[local].is(a);
    if append {
        rest[local] = Value::Null;
    }
    if let Value::Obj(o) = a
        && let Some(x) = o.unique_str_mut()
    {
        if append {
            x.push_str(y);
        } else {
            x.push_str_exact(y);
        }
    } else if let Some(x) = a.plain_str() {
        let r = concat_strs(x, y);
        *a = r;
    }
    stack.pop();
    true
}

fn sequence_binop(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (op, a.kind(), b.kind()) {
        (BinOp::Add, Some(Kind::Str(x)), Some(Kind::Str(y))) => Ok(Some(concat_strs(x, y))),
        (BinOp::Mod, Some(Kind::Str(_)), _) => crate::strformat::percent(th, a, b).map(Some),
        (BinOp::Add, Some(Kind::Str(_)), _) => Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(th, b)
        ))),
        (BinOp::Add, Some(Kind::List(x)), Some(Kind::List(y))) => {
            let (x, y) = (x.borrow(), y.borrow());
            let mut v = Vec::with_capacity(x.len() + y.len());
            extend_cloned(&mut v, &x);
            extend_cloned(&mut v, &y);
            Ok(Some(Value::list(v)))
        }
        (BinOp::Add, Some(Kind::List(_)), _) => Err(PyErr::type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(th, b)
        ))),
        (BinOp::Add, Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            extend_cloned(&mut v, x);
            extend_cloned(&mut v, y);
            Ok(Some(Value::tuple(v)))
        }
        (BinOp::Add, Some(Kind::Tuple(_)), _) => Err(PyErr::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(th, b)
        ))),
        (BinOp::Mul, Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_)), _) => {
            repeat(th, a, b).map(Some)
        }
        (BinOp::Or, Some(Kind::Dict(x)), Some(Kind::Dict(_))) => {
            let out = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(
                x.borrow().clone(),
            )))));
            dict_merge(th, &out, b)?;
            Ok(Some(out))
        }
        (BinOp::Mul, _, Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_))) => {
            if index_value(a).is_some() || dunder::lookup(a, "__index__").is_some() {
                repeat(th, b, a).map(Some)
            } else {
                Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(th, a)
                )))
            }
        }
        _ => Ok(None),
    }
}

const VALUE_SIZE: u64 = std::mem::size_of::<Value>() as u64;

/// Appends clones of `src` to `out`. Ints and objects (nearly every item) take one compare
/// each; the derived `Clone` of `Value` goes through a jump table and copies each variant's
/// bytes piecewise, about twice the instructions per item of a slice or a concatenation.
#[inline]
pub(crate) fn extend_cloned(out: &mut Vec<Value>, src: &[Value]) {
    out.reserve(src.len());
    out.extend(src.iter().map(|v| match v {
        Value::Obj(o) => Value::Obj(o.clone()),
        Value::Int(i) => Value::Int(*i),
        other => other.clone(),
    }));
}

/// A copy of `src` made by [`extend_cloned`].
#[inline]
pub(crate) fn cloned_values(src: &[Value]) -> Vec<Value> {
    let mut v = Vec::with_capacity(src.len());
    extend_cloned(&mut v, src);
    v
}

fn repeat(th: &mut Thread<'_>, seq: &Value, n: &Value) -> PyResult<Value> {
    let n = &match n.kind() {
        Some(Kind::Instance(_)) => to_index(th, n)?.unwrap_or_else(|| n.clone()),
        _ => n.clone(),
    };
    match seq.kind() {
        Some(Kind::Str(s)) => {
            check_repeat_len(n, s.as_str().chars().count(), "string is")?;
            let k = repeat_count(th, n, s.as_str().len(), 1)?;
            Ok(Value::str(s.as_str().repeat(k)))
        }
        Some(Kind::List(l)) => {
            let items = l.borrow().clone();
            let k = repeat_count(th, n, items.len(), VALUE_SIZE)?;
            let mut v = Vec::with_capacity(items.len() * k);
            for _ in 0..k {
                extend_cloned(&mut v, &items);
            }
            Ok(Value::list(v))
        }
        Some(Kind::Tuple(t)) => {
            let k = repeat_count(th, n, t.len(), VALUE_SIZE)?;
            let mut v = Vec::with_capacity(t.len() * k);
            for _ in 0..k {
                extend_cloned(&mut v, t);
            }
            Ok(Value::tuple(v))
        }
        _ => Err(PyErr::system_error("repeat of a non-sequence")),
    }
}

pub fn unary(th: &mut Thread<'_>, op: UnOp, v: &Value) -> PyResult<Value> {
    if op == UnOp::Not {
        return Ok(Value::bool(!truthy(th, v)?));
    }
    if dunder::user_class(v).is_some() {
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            _ => "__invert__",
        };
        if let Some(r) = dunder::call(th, v, name, &[])? {
            return Ok(r);
        }
    }
    unary_base(th, op, v)
}

/// [`unary`] (not `not`) without a builtin subclass's own dunders.
pub fn unary_base(th: &mut Thread<'_>, op: UnOp, v: &Value) -> PyResult<Value> {
    let r = match (op, as_num(v)) {
        (UnOp::Neg, Some(Num::I(i))) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        (UnOp::Neg, Some(Num::B(b))) => Value::from_bigint(-b),
        (UnOp::Neg, Some(Num::F(f))) => Value::float(-f),
        (UnOp::Pos, Some(Num::I(i))) => Value::Int(i),
        (UnOp::Pos, Some(Num::B(b))) => Value::from_bigint(b),
        (UnOp::Pos, Some(Num::F(f))) => Value::float(f),
        (UnOp::Invert, Some(Num::I(i))) => Value::Int(!i),
        (UnOp::Invert, Some(Num::B(b))) => Value::from_bigint(-b - 1),
        (UnOp::Neg, None) if let Some(Kind::Complex(re, im)) = v.kind() => Value::complex(-re, -im),
        (UnOp::Pos, None) if let Some(Kind::Complex(re, im)) = v.kind() => Value::complex(*re, *im),
        _ => {
            let sym = match op {
                UnOp::Neg => "-",
                UnOp::Pos => "+",
                _ => "~",
            };
            return Err(PyErr::type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                type_name(th, v)
            )));
        }
    };
    Ok(r)
}

// ---------------------------------------------------------------------------------------------
// Comparison and hashing

pub(crate) fn cmp_ord(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// Compares an int (exact) with a float the way CPython does: exactly, never by rounding
/// the int.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = pynum::f64_to_bigint(fl).ok()?;
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn num_compare(op: CmpOp, a: &Num, b: &Num) -> bool {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), Num::I(y)) => {
            if y.unsigned_abs() < (1 << 53) {
                x.partial_cmp(&(*y as f64))
            } else {
                cmp_int_float(&BigInt::from(*y), *x).map(Ordering::reverse)
            }
        }
        (Num::I(x), Num::F(y)) => {
            if x.unsigned_abs() < (1 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                cmp_int_float(&BigInt::from(*x), *y)
            }
        }
        (Num::F(x), Num::B(y)) => cmp_int_float(y, *x).map(Ordering::reverse),
        (Num::B(x), Num::F(y)) => cmp_int_float(x, *y),
        (x, y) => Some(to_big(x).cmp(&to_big(y))),
    };
    match ord {
        Some(o) => cmp_ord(op, o),
        None => op == CmpOp::Ne,
    }
}

/// Comparisons of two small ints or two inline floats (never NaN: NaNs are boxed).
#[inline(always)]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<Value> {
    fast_compare_bool(op, a, b).map(Value::bool)
}

/// [`fast_compare`]'s result as a plain bool (the eval loop branches on it directly).
#[inline(always)]
pub fn fast_compare_bool(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.get().partial_cmp(&y.get())?,
        (Value::Obj(_), Value::Obj(_)) => return str_compare(op, a, b),
        _ => return None,
    };
    Some(cmp_ord(op, ord))
}

/// [`fast_compare`] of two exact strs (kept out of line: the eval loop inlines the int and
/// float cases).
/// One-character strs (a parser's `ch == '"'`, `"a" <= ch <= "z"`) are compared by their
/// byte without a call; UTF-8 byte order is code point order, as str ordering needs.
#[inline(never)]
fn str_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
        return None;
    };
    if oa.sub().is_some() || ob.sub().is_some() {
        return None;
    }
    let (Kind::Str(x), Kind::Str(y)) = (oa.kind(), ob.kind()) else {
        return None;
    };
    let ord = match (x.as_str().as_bytes(), y.as_str().as_bytes()) {
        ([p], [q]) => p.cmp(q),
        (p, q) => match op {
            CmpOp::Eq => return Some(oa.is(ob) || (p.len() == q.len() && x.same_text(y))),
            CmpOp::Ne => return Some(!(oa.is(ob) || (p.len() == q.len() && x.same_text(y)))),
            _ => p.cmp(q),
        },
    };
    Some(cmp_ord(op, ord))
}

pub fn compare(th: &mut Thread<'_>, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(v) = fast_compare(op, a, b) {
        return Ok(v);
    }
    if (a.is_sub() || b.is_sub())
        && let Some(v) = dunder::compare(th, op, a, b)?
    {
        return Ok(v);
    }
    compare_base(th, op, a, b)
}

/// [`compare`] without a builtin subclass's own dunders (`str.__lt__(x, y)`).
pub fn compare_base(th: &mut Thread<'_>, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(Value::bool(num_compare(op, &x, &y)));
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Str(x)), Some(Kind::Str(y))) => {
            return Ok(Value::bool(cmp_ord(op, x.as_str().cmp(y.as_str()))));
        }
        (Some(Kind::List(x)), Some(Kind::List(y))) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return seq_compare(th, op, &x, &y);
        }
        // Tuples cannot change while compared, so they are compared in place.
        (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => return seq_compare(th, op, x, y),
        // Slices compare as the tuples of their start, stop and step.
        (Some(Kind::Slice(a1, b1, c1)), Some(Kind::Slice(a2, b2, c2))) => {
            let x = [a1.clone(), b1.clone(), c1.clone()];
            let y = [a2.clone(), b2.clone(), c2.clone()];
            return seq_compare(th, op, &x, &y);
        }
        _ => {}
    }
    if let Some(r) = crate::sets::compare(th, op, a, b)? {
        return Ok(Value::bool(r));
    }
    if let Some(r) = crate::sets::view_compare(th, op, a, b)? {
        return Ok(Value::bool(r));
    }
    if let Some(r) = crate::bytesobj::compare(op, a, b)? {
        return Ok(Value::bool(r));
    }
    if dunder::plain_user(a) || dunder::plain_user(b) {
        if let Some(v) = dunder::compare(th, op, a, b)? {
            return Ok(v);
        }
        match op {
            CmpOp::Eq => return Ok(Value::bool(a.is(b))),
            CmpOp::Ne => return Ok(Value::bool(!a.is(b))),
            _ => {}
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(eq_base(th, a, b)?)),
        CmpOp::Ne => Ok(Value::bool(!eq_base(th, a, b)?)),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(th, a),
            type_name(th, b)
        ))),
    }
}

fn seq_compare(th: &mut Thread<'_>, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
    th.recurse(" in comparison", |th| seq_compare_items(th, op, x, y))
}

fn seq_compare_items(th: &mut Thread<'_>, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
    for (p, q) in x.iter().zip(y.iter()) {
        if !p.is(q) && !eq(th, p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::bool(false)),
                CmpOp::Ne => Ok(Value::bool(true)),
                _ => compare(th, op, p, q),
            };
        }
    }
    Ok(Value::bool(cmp_ord(op, x.len().cmp(&y.len()))))
}

/// `a == b`.
pub fn eq(th: &mut Thread<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.plain_str(), b.plain_str()) {
        return Ok(a.is(b) || x.same_text(y));
    }
    if (a.is_sub() || b.is_sub())
        && let Some(v) = dunder::compare(th, CmpOp::Eq, a, b)?
    {
        return truthy(th, &v);
    }
    eq_base(th, a, b)
}

/// [`eq`] without a builtin subclass's own `__eq__`.
fn eq_base(th: &mut Thread<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_compare(CmpOp::Eq, &x, &y));
    }
    if dunder::plain_user(a) || dunder::plain_user(b) {
        let r = compare(th, CmpOp::Eq, a, b)?;
        return truthy(th, &r);
    }
    if a.is(b) {
        return Ok(true);
    }
    if let Some(r) = crate::bytesobj::compare(CmpOp::Eq, a, b)? {
        return Ok(r);
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Str(x)), Some(Kind::Str(y))) => Ok(x.as_str() == y.as_str()),
        (Some(Kind::Complex(re, im)), _) => {
            Ok(crate::complexobj::eq(th, (*re, *im), b)?.unwrap_or(false))
        }
        (_, Some(Kind::Complex(re, im))) => {
            Ok(crate::complexobj::eq(th, (*re, *im), a)?.unwrap_or(false))
        }
        (Some(Kind::List(x)), Some(Kind::List(y))) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(th, &x, &y)
        }
        (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            seq_eq(th, &x, &y)
        }
        (Some(Kind::Dict(x)), Some(Kind::Dict(y))) => {
            let xs: Vec<(Value, Value)> = x.borrow().items();
            if xs.len() != y.borrow().len() {
                return Ok(false);
            }
            let ydict = b.clone();
            for (k, v) in xs {
                match dict_get(th, &ydict, &k)? {
                    Some(w) if eq(th, &v, &w)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        }
        (Some(Kind::Set(_) | Kind::FrozenSet(_)), Some(Kind::Set(_) | Kind::FrozenSet(_))) => {
            Ok(crate::sets::compare(th, CmpOp::Eq, a, b)?.unwrap_or(false))
        }
        (Some(Kind::Range(x)), Some(Kind::Range(y))) => Ok(x.len() == y.len()
            && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)))),
        // Bound methods are equal when bound to the same object (identity, as in 3.8+) and
        // their functions are equal: `handlers.remove(self.on_event)` finds the entry.
        (Some(Kind::Method(s1, f1)), Some(Kind::Method(s2, f2))) => {
            let (s1, s2, f1, f2) = (s1.clone(), s2.clone(), f1.clone(), f2.clone());
            Ok(s1.is(&s2) && eq(th, &f1, &f2)?)
        }
        (Some(Kind::Native(x)), Some(Kind::Native(y))) => Ok(match (&x.self_, &y.self_) {
            (Some(s1), Some(s2)) => s1.is(s2) && x.name == y.name && x.owner == y.owner,
            _ => false,
        }),
        _ => Ok(false),
    }
}

/// A bound method's hash: its object's identity with its function's hash (CPython's
/// `meth_hash`), so equal bound methods hash alike.
fn method_hash(
    th: &mut Thread<'_>,
    self_: &Value,
    func: Option<&Value>,
    name: &str,
) -> PyResult<i64> {
    let who = match self_ {
        Value::Obj(o) => (o.id() >> 4) as i64,
        v => hash(th, v)?,
    };
    let what = match func {
        Some(f) => hash(th, f)?,
        None => isles_object::hash::hash_str(name),
    };
    Ok(who ^ what)
}

fn seq_eq(th: &mut Thread<'_>, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    th.recurse(" in comparison", |th| seq_eq_items(th, x, y))
}

fn seq_eq_items(th: &mut Thread<'_>, x: &[Value], y: &[Value]) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y) {
        if !p.is(q) && !eq(th, p, q)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn hash(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    if v.is_sub()
        && let Some(h) = dunder::hash(th, v)?
    {
        return Ok(h);
    }
    hash_base(th, v)
}

/// [`hash`] of a builtin subclass's payload, without the class's `__hash__`.
pub fn hash_base(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Null | Value::None => 0x5f3759df,
        Value::Bool(b) => b.get() as i64,
        Value::Int(i) => isles_object::hash::hash_i64(*i),
        Value::Float(f) => {
            if f.get().is_nan() {
                0
            } else {
                pynum::hash_f64(f.get())
            }
        }
        Value::Obj(o) => match o.kind() {
            Kind::Str(s) => s.hash(),
            Kind::BigInt(b) => pynum::hash_bigint(b),
            Kind::Float(f) if !f.is_nan() => pynum::hash_f64(*f),
            Kind::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for item in t.iter() {
                    let h = hash(th, item)? as u64;
                    acc = acc.wrapping_add(h.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Kind::Instance(_) | Kind::Exception(_) => match dunder::hash(th, v)? {
                Some(h) => h,
                None => (o.id() >> 4) as i64,
            },
            Kind::FrozenSet(d) => crate::sets::hash(th, d)?,
            Kind::Method(s, f) => {
                let (s, f) = (s.clone(), f.clone());
                method_hash(th, &s, Some(&f), "")?
            }
            Kind::Native(n) if n.self_.is_some() => {
                let s = n.self_.clone().unwrap_or(Value::None);
                method_hash(th, &s, None, n.name)?
            }
            Kind::Complex(re, im) => crate::complexobj::hash(*re, *im),
            Kind::Bytes(_) | Kind::ByteArray(_) | Kind::MemoryView(_) => {
                crate::bytesobj::hash(th, v).unwrap_or(Ok(0))?
            }
            // Slices became hashable only in 3.12; keys and items views compare as sets.
            Kind::List(_)
            | Kind::Dict(_)
            | Kind::Set(_)
            | Kind::Slice(..)
            | Kind::DictView(_, isles_object::ViewKind::Keys | isles_object::ViewKind::Items) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    type_name(th, v)
                )));
            }
            _ => (o.id() >> 4) as i64,
        },
    })
}

// ---------------------------------------------------------------------------------------------
// Containers

/// Sets every item of dict `src` in `dict`.
fn dict_merge(th: &mut Thread<'_>, dict: &Value, src: &Value) -> PyResult<()> {
    let items = match src.kind() {
        Some(Kind::Dict(d)) => d.borrow().items(),
        _ => return Ok(()),
    };
    for (k, v) in items {
        dict_set(th, dict, k, v)?;
    }
    Ok(())
}

/// Looks `key` up in a dict object.
pub fn dict_get(th: &mut Thread<'_>, dict: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(Kind::Dict(d)) = dict.kind() {
        let d = d.borrow();
        if let Some(found) = dict_find_simple(&d, key) {
            return Ok(found.and_then(|i| d.entry_at(i)).map(|e| e.value.clone()));
        }
    }
    let h = hash(th, key)?;
    let Some(Kind::Dict(d)) = dict.kind() else {
        return Ok(None);
    };
    let cands = d.borrow().candidates(h);
    for (i, k) in cands {
        if k.is(key) || eq(th, &k, key)? {
            return Ok(d.borrow().entry_at(i).map(|e| e.value.clone()));
        }
    }
    Ok(None)
}

/// Removes `key` from a dict, giving its value if it was there. Int and str keys are found
/// in place ([`dict_find_simple`]); others compare candidate keys copied out first, as their
/// `__eq__` may change the dict.
pub fn dict_remove(th: &mut Thread<'_>, dict: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(Kind::Dict(d)) = dict.kind() else {
        return Err(PyErr::system_error("dict_remove on a non-dict"));
    };
    let simple = {
        let d = d.borrow();
        dict_find_simple(&d, key)
    };
    if let Some(found) = simple {
        return Ok(found.and_then(|i| d.borrow_mut().remove_value_at(i)));
    }
    let h = hash(th, key)?;
    let cands = d.borrow().candidates(h);
    for (i, k) in cands {
        if k.is(key) || eq(th, &k, key)? {
            return Ok(d.borrow_mut().remove_value_at(i));
        }
    }
    Ok(None)
}

pub fn dict_set(th: &mut Thread<'_>, dict: &Value, key: Value, value: Value) -> PyResult<()> {
    let value = match setitem_fast(dict, &key, value) {
        None => return Ok(()),
        Some(v) => v,
    };
    let h = hash(th, &key)?;
    let Some(Kind::Dict(d)) = dict.kind() else {
        return Err(PyErr::system_error("dict_set on a non-dict"));
    };
    let cands = d.borrow().candidates(h);
    for (i, k) in cands {
        if k.is(&key) || eq(th, &k, &key)? {
            if let Some(slot) = d.borrow_mut().value_at_mut(i) {
                *slot = value;
            }
            return Ok(());
        }
    }
    d.borrow_mut().push_new(h, key, value);
    Ok(())
}

fn norm_index(
    th: &Thread<'_>,
    container: &Value,
    idx: &Value,
    len: usize,
    what: &str,
) -> PyResult<usize> {
    let Some(i) = index_value(idx) else {
        let tn = type_name(th, container);
        return Err(PyErr::type_error(if tn == "str" {
            format!(
                "string indices must be integers, not '{}'",
                type_name(th, idx)
            )
        } else {
            format!(
                "{tn} indices must be integers or slices, not {}",
                type_name(th, idx)
            )
        }));
    };
    let n = len as i64;
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if j < 0 || j >= n {
        // An index beyond Py_ssize_t fails before any range check.
        if what != "range object"
            && matches!(idx.kind(), Some(Kind::BigInt(b)) if b.to_i64().is_none())
        {
            return Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        return Err(PyErr::index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(
    th: &Thread<'_>,
    a: &Value,
    b: &Value,
    c: &Value,
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let get = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            _ => index_value(v).map(Some).ok_or_else(|| {
                PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    };
    let _ = th;
    let step = get(c)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(x) => {
                let x = if x < 0 { x.saturating_add(n) } else { x };
                x.clamp(lo, hi)
            }
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(get(a)?, 0, 0, n), clamp(get(b)?, n, 0, n))
    } else {
        (
            clamp(get(a)?, n - 1, -1, n - 1),
            clamp(get(b)?, -1, -1, n - 1),
        )
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// `obj[key]`. An exact ASCII str indexed in range (a parser's `text[pos]`) is answered
/// inline in the caller, with the shared one-character str; the rest is out of line.
#[inline]
pub fn getitem(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<Value> {
    if let (Some(s), Value::Int(i)) = (obj.plain_str(), key)
        && s.is_ascii()
    {
        let n = s.char_len() as i64;
        let j = if *i < 0 { *i + n } else { *i };
        if (0..n).contains(&j) {
            return Ok(th.char_str(s.as_str().as_bytes()[j as usize] as char));
        }
    }
    getitem_slow(th, obj, key)
}

#[inline(never)]
fn getitem_slow(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<Value> {
    if dunder::user_class(obj).is_some() {
        if let Some(v) = exact_deque_item(obj, key) {
            return Ok(v);
        }
        if let Some(v) = dunder::call(th, obj, "__getitem__", std::slice::from_ref(key))? {
            return Ok(v);
        }
    }
    getitem_base(th, obj, key)
}

/// [`getitem`] without a builtin subclass's own `__getitem__`.
pub fn getitem_base(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(Kind::Type(_)) = obj.kind() {
        let cls = obj.as_obj().expect("type").clone();
        if let Some(f) = lookup_type_attr(&cls, "__class_getitem__") {
            let f = match f.kind() {
                Some(Kind::ClassMethod(g)) => {
                    Value::Obj(Obj::new(Kind::Method(obj.clone(), g.clone())))
                }
                _ => f,
            };
            return th.call(&f, crate::args::Args::positional(std::slice::from_ref(key)));
        }
        // A class with a metaclass __getitem__ (`Enum['X']`) is subscripted through it.
        let meta = type_of(th, obj);
        if let Some(f) = lookup_type_attr(&meta, "__getitem__")
            && matches!(f.kind(), Some(Kind::Function(_)))
        {
            return dunder::call_method(th, obj, f, std::slice::from_ref(key));
        }
        return Err(PyErr::type_error(format!(
            "type '{}' is not subscriptable",
            type_name_of_type(&cls)
        )));
    }
    let key = &index_key(th, key)?;
    if let Some(v) = crate::bytesobj::getitem(th, obj, key)? {
        return Ok(v);
    }
    // A dict takes a slice as a key (and finds it unhashable, as in CPython 3.11).
    if let Some(Kind::Slice(a, b, c)) = key.kind()
        && !matches!(obj.kind(), Some(Kind::Dict(_)))
    {
        return get_slice(th, obj, a, b, c);
    }
    match obj.kind() {
        Some(Kind::List(l)) => {
            let len = l.borrow().len();
            let i = norm_index(th, obj, key, len, "list")?;
            Ok(l.borrow()[i].clone())
        }
        Some(Kind::Tuple(t)) => {
            let i = norm_index(th, obj, key, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        Some(Kind::Str(s)) => {
            let i = norm_index(th, obj, key, s.char_len(), "string")?;
            let c = s.char_at(i).unwrap_or('\0');
            Ok(th.char_str(c))
        }
        Some(Kind::Range(r)) => {
            let r = **r;
            let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
            let i = norm_index(th, obj, key, len, "range object")?;
            Ok(Value::from_i128(r.get(i as i128)))
        }
        Some(Kind::Dict(_)) => match dict_get(th, obj, key)? {
            Some(v) => Ok(v),
            None if obj.is_sub() && dunder::lookup(obj, "__missing__").is_some() => Ok(
                dunder::call(th, obj, "__missing__", std::slice::from_ref(key))?
                    .unwrap_or(Value::None),
            ),
            None => {
                let k = key.clone();
                let o = new_exception(th.st.types.exc(ExcKind::KeyError), vec![k]);
                Err(PyErr::from_obj(o))
            }
        },
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            type_name(th, obj)
        ))),
    }
}

pub(crate) fn get_slice(
    th: &mut Thread<'_>,
    obj: &Value,
    a: &Value,
    b: &Value,
    c: &Value,
) -> PyResult<Value> {
    let pick = |items: &[Value], start: i64, step: i64, n: usize| -> Vec<Value> {
        if step == 1 {
            return cloned_values(&items[start as usize..start as usize + n]);
        }
        (0..n)
            .map(|k| items[(start + k as i64 * step) as usize].clone())
            .collect()
    };
    match obj.kind() {
        Some(Kind::Range(r)) => {
            // A range again: the picked start and stop mapped through the range.
            let r = **r;
            let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
            let (s, e, st, _) = slice_indices(th, a, b, c, len)?;
            let range = isles_object::Range {
                start: r.start + s as i128 * r.step,
                stop: r.start + e as i128 * r.step,
                step: r.step * st as i128,
            };
            Ok(Value::Obj(Obj::new(Kind::Range(Box::new(range)))))
        }
        Some(Kind::List(l)) => {
            let items = l.borrow();
            let (s, _, st, n) = slice_indices(th, a, b, c, items.len())?;
            Ok(Value::list(pick(&items, s, st, n)))
        }
        Some(Kind::Tuple(t)) => {
            let (s, _, st, n) = slice_indices(th, a, b, c, t.len())?;
            // As CPython: the whole of an exact tuple is the tuple itself.
            if st == 1 && n == t.len() && !obj.is_sub() {
                return Ok(obj.clone());
            }
            Ok(Value::tuple(pick(t, s, st, n)))
        }
        Some(Kind::Str(ps)) if ps.is_ascii() => {
            // ASCII: character indices are byte indices, so no per-slice char vector.
            let text = ps.as_str();
            let (s, _, st, n) = slice_indices(th, a, b, c, text.len())?;
            if st == 1 {
                let s = s as usize;
                // As CPython: the whole of an exact str is the str itself, one character
                // is the shared one, and the piece is known to be ASCII (no rescan).
                return Ok(match n {
                    1 => th.char_str(char::from(text.as_bytes()[s])),
                    _ if n == text.len() && !obj.is_sub() => obj.clone(),
                    _ => Value::str_with_char_len(&text[s..s + n], n),
                });
            }
            let bytes = text.as_bytes();
            let out: String = (0..n)
                .map(|k| bytes[(s + k as i64 * st) as usize] as char)
                .collect();
            Ok(Value::str(out))
        }
        Some(Kind::Str(ps)) => {
            let chars: Vec<char> = ps.as_str().chars().collect();
            let (s, _, st, n) = slice_indices(th, a, b, c, chars.len())?;
            if st == 1 && n == chars.len() && !obj.is_sub() {
                return Ok(obj.clone());
            }
            let out: String = (0..n)
                .map(|k| chars[(s + k as i64 * st) as usize])
                .collect();
            Ok(Value::str(out))
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            type_name(th, obj)
        ))),
    }
}

pub fn setitem(th: &mut Thread<'_>, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if dunder::user_class(obj).is_some() {
        let args = [key.clone(), value.clone()];
        if dunder::call(th, obj, "__setitem__", &args)?.is_some() {
            return Ok(());
        }
    }
    setitem_base(th, obj, key, value)
}

/// [`setitem`] without a builtin subclass's own `__setitem__`.
pub fn setitem_base(th: &mut Thread<'_>, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let key = &index_key(th, key)?;
    if crate::bytesobj::setitem(th, obj, key, &value)? {
        return Ok(());
    }
    match obj.kind() {
        Some(Kind::List(l)) => {
            if let Some(Kind::Slice(a, b, c)) = key.kind() {
                // CPython's `PySequence_Fast(v, "can only assign an iterable")`.
                let new = match value.kind() {
                    Some(Kind::List(_) | Kind::Tuple(_)) => iterate(th, &value)?,
                    _ => {
                        let it = match get_iter(th, &value) {
                            Ok(it) => it,
                            Err(e) if err_matches(th, &e, ExcKind::TypeError) => {
                                let plain = c.is_none() || index_value(c) == Some(1);
                                return Err(PyErr::type_error(if plain {
                                    "can only assign an iterable"
                                } else {
                                    "must assign iterable to extended slice"
                                }));
                            }
                            Err(e) => return Err(e),
                        };
                        iterate(th, &it)?
                    }
                };
                let len = l.borrow().len();
                let (s, _, st, n) = slice_indices(th, a, b, c, len)?;
                return assign_slice(&mut l.borrow_mut(), (s, st, n), new, "sequence");
            }
            let len = l.borrow().len();
            let i = norm_index(th, obj, key, len, "list assignment")?;
            l.borrow_mut()[i] = value;
            Ok(())
        }
        Some(Kind::Dict(_)) => dict_set(th, obj, key.clone(), value),
        _ => Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            type_name(th, obj)
        ))),
    }
}

/// `seq[slice] = new` on a resolved slice (start, step, count): a plain slice may change the
/// length, an extended one must match it (`what` names the items in the error).
pub(crate) fn assign_slice<T>(
    data: &mut Vec<T>,
    (s, st, n): (i64, i64, usize),
    new: Vec<T>,
    what: &str,
) -> PyResult<()> {
    if st == 1 {
        let s = s as usize;
        data.splice(s..s + n, new);
        return Ok(());
    }
    if new.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign {what} of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    for (k, v) in new.into_iter().enumerate() {
        data[(s + k as i64 * st) as usize] = v;
    }
    Ok(())
}

pub fn delitem(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<()> {
    if dunder::user_class(obj).is_some()
        && dunder::call(th, obj, "__delitem__", std::slice::from_ref(key))?.is_some()
    {
        return Ok(());
    }
    delitem_base(th, obj, key)
}

/// [`delitem`] without a builtin subclass's own `__delitem__`.
pub fn delitem_base(th: &mut Thread<'_>, obj: &Value, key: &Value) -> PyResult<()> {
    let key = &index_key(th, key)?;
    if crate::bytesobj::delitem(th, obj, key)? {
        return Ok(());
    }
    match obj.kind() {
        Some(Kind::List(l)) => {
            if let Some(Kind::Slice(a, b, c)) = key.kind() {
                let len = l.borrow().len();
                let (s, _, st, n) = slice_indices(th, a, b, c, len)?;
                if n == 0 {
                    return Ok(());
                }
                // The lowest index deleted, and the distance between deleted items.
                let (lo, gap) = if st > 0 {
                    (s as usize, st as usize)
                } else {
                    (
                        (s + (n as i64 - 1) * st) as usize,
                        st.unsigned_abs() as usize,
                    )
                };
                // One pass, and the items dropped once the list is no longer borrowed (a
                // `__del__` may look at it).
                let removed: Vec<Value> = {
                    let mut l = l.borrow_mut();
                    if gap == 1 {
                        l.drain(lo..lo + n).collect()
                    } else {
                        let mut out = Vec::with_capacity(n);
                        let tail: Vec<Value> = l.drain(lo..).collect();
                        for (k, v) in tail.into_iter().enumerate() {
                            if k % gap == 0 && k / gap < n {
                                out.push(v);
                            } else {
                                l.push(v);
                            }
                        }
                        out
                    }
                };
                drop(removed);
                return Ok(());
            }
            let len = l.borrow().len();
            let i = norm_index(th, obj, key, len, "list assignment")?;
            l.borrow_mut().remove(i);
            Ok(())
        }
        Some(Kind::Dict(_)) => {
            if dict_remove(th, obj, key)?.is_some() {
                return Ok(());
            }
            let o = new_exception(th.st.types.exc(ExcKind::KeyError), vec![key.clone()]);
            Err(PyErr::from_obj(o))
        }
        _ => {
            // CPython's `PySequence_DelItem` words it "doesn't" (an index into a type with
            // sequence methods); `PyObject_DelItem` "does not".
            let numeric = matches!(
                obj,
                Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
            ) || matches!(
                obj.kind(),
                Some(Kind::BigInt(_) | Kind::Float(_) | Kind::Complex(..))
            );
            let verb = if index_value(key).is_some() && !numeric {
                "doesn't"
            } else {
                "does not"
            };
            Err(PyErr::type_error(format!(
                "'{}' object {verb} support item deletion",
                type_name(th, obj)
            )))
        }
    }
}

/// `item in container`. One character in a short exact str (a parser's `ch in " \n\t"`)
/// is answered inline in the caller; the rest is out of line.
#[inline]
pub fn contains(th: &mut Thread<'_>, container: &Value, item: &Value) -> PyResult<bool> {
    if let (Some(s), Some(c)) = (container.plain_str(), item.plain_str())
        && let Some(r) = char_in_short_str(s.as_str(), c.as_str())
    {
        return Ok(r);
    }
    contains_slow(th, container, item)
}

/// A one-byte `c` in a text under 16 bytes. `None`: another case.
#[inline(always)]
fn char_in_short_str(s: &str, c: &str) -> Option<bool> {
    match c.as_bytes() {
        [b] if s.len() < 16 => Some(byte_in_short(s, *b)),
        _ => None,
    }
}

/// `b` in a short text by a plain loop: `<[u8]>::contains` calls core's `memchr`, ~20
/// instructions before it looks at a byte (sudoku's candidate digits, a parser's `" \n\t"`).
#[inline(always)]
fn byte_in_short(s: &str, b: u8) -> bool {
    s.bytes().any(|x| x == b)
}

#[inline(never)]
fn contains_slow(th: &mut Thread<'_>, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(r) = contains_fast(container, item) {
        return Ok(r);
    }
    if dunder::user_class(container).is_some() {
        if let Some(r) = dunder::call(th, container, "__contains__", std::slice::from_ref(item))? {
            return truthy(th, &r);
        }
        if !container.is_sub()
            && (dunder::lookup(container, "__iter__").is_some()
                || dunder::lookup(container, "__getitem__").is_some())
        {
            let it = get_iter(th, container)?;
            while let Some(x) = next(th, &it)? {
                if x.is(item) || eq(th, &x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    contains_base(th, container, item)
}

/// `item in container` when no Python code can take part: a str in a str, an int or str in
/// an exact list or tuple whose items are ints and strs (others are compared the general
/// way), an int or str key in an exact dict. `None`: the general path.
#[inline]
pub(crate) fn contains_fast(container: &Value, item: &Value) -> Option<bool> {
    let Value::Obj(c) = container else {
        return None;
    };
    if c.sub().is_some() {
        return None;
    }
    // Whether an item of the sequence equals `item`; `None` when only Python code can tell.
    let same = |x: &Value| -> Option<bool> {
        if x.is(item) {
            return Some(true);
        }
        match (item, x) {
            (Value::Int(a), Value::Int(b)) => Some(a == b),
            (Value::Int(_), _) if x.plain_str().is_some() => Some(false),
            (Value::Obj(_), Value::Int(_) | Value::None) => Some(false),
            (Value::Obj(_), Value::Obj(_)) => Some(item.plain_str()?.same_text(x.plain_str()?)),
            _ => None,
        }
    };
    match c.kind() {
        Kind::Str(s) => {
            let sub = item.plain_str()?.as_str();
            Some(match sub.as_bytes() {
                [b] if s.as_str().len() < 16 => byte_in_short(s.as_str(), *b),
                [b] => s.as_str().as_bytes().contains(b),
                _ => s.as_str().contains(sub),
            })
        }
        Kind::List(l) => {
            if !matches!(item, Value::Int(_)) && item.plain_str().is_none() {
                return None;
            }
            for x in l.borrow().iter() {
                if same(x)? {
                    return Some(true);
                }
            }
            Some(false)
        }
        Kind::Tuple(t) => {
            if !matches!(item, Value::Int(_)) && item.plain_str().is_none() {
                return None;
            }
            for x in t.iter() {
                if same(x)? {
                    return Some(true);
                }
            }
            Some(false)
        }
        Kind::Dict(d) => dict_find_simple(&d.borrow(), item).map(|i| i.is_some()),
        Kind::Set(c) => set_find_simple(&*c.try_borrow().ok()?, item),
        Kind::FrozenSet(t) => set_find_simple(t, item),
        _ => None,
    }
}

/// An int or exact str `item` in a set's table when no stored key needs Python code to
/// compare: one probe, no candidate list or key copy (`sets::contains` ~340 instructions).
#[inline]
fn set_find_simple(t: &isles_object::SetTable, item: &Value) -> Option<bool> {
    let h = simple_hash(item)?;
    t.find_by(h, |k| simple_key_eq(item, k))
        .map(|s| s.is_some())
}

/// [`contains`] without a builtin subclass's own `__contains__`.
pub fn contains_base(th: &mut Thread<'_>, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(r) = crate::bytesobj::contains(th, container, item)? {
        return Ok(r);
    }
    match container.kind() {
        Some(Kind::Str(s)) => match item.kind() {
            Some(Kind::Str(sub)) => Ok(s.as_str().contains(sub.as_str())),
            _ => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(th, item)
            ))),
        },
        Some(Kind::List(l)) => {
            let mut i = 0;
            loop {
                let x = match l.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => return Ok(false),
                };
                if x.is(item) || eq(th, &x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Some(Kind::Tuple(t)) => {
            for x in t.iter() {
                if x.is(item) || eq(th, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Kind::Dict(_)) => Ok(dict_get(th, container, item)?.is_some()),
        Some(Kind::DictView(d, kind)) => {
            let dv = Value::Obj(d.clone());
            match kind {
                isles_object::ViewKind::Keys => Ok(dict_get(th, &dv, item)?.is_some()),
                isles_object::ViewKind::Items => {
                    let Some(Kind::Tuple(kv)) = item.kind() else {
                        return Ok(false);
                    };
                    if kv.len() != 2 {
                        return Ok(false);
                    }
                    match dict_get(th, &dv, &kv[0])? {
                        Some(v) => Ok(v.is(&kv[1]) || eq(th, &v, &kv[1])?),
                        None => Ok(false),
                    }
                }
                isles_object::ViewKind::Values => {
                    for x in iterate(th, container)? {
                        if x.is(item) || eq(th, &x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            }
        }
        Some(Kind::Set(_) | Kind::FrozenSet(_)) => crate::sets::contains(th, container, item),
        Some(Kind::Range(r)) => {
            let r = **r;
            Ok(match index_value(item).map(i128::from) {
                Some(i) if matches!(item, Value::Int(_) | Value::Bool(_)) => {
                    let in_bounds = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    in_bounds && (i - r.start) % r.step == 0
                }
                _ => {
                    let items = iterate(th, container)?;
                    let mut found = false;
                    for x in items {
                        if eq(th, &x, item)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            })
        }
        _ => Err(PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(th, container)
        ))),
    }
}

pub fn len(th: &mut Thread<'_>, v: &Value) -> PyResult<usize> {
    if let Some(n) = len_quick(v) {
        return Ok(n);
    }
    if let Some(n) = exact_deque_len(v) {
        return Ok(n);
    }
    if dunder::user_class(v).is_some()
        && let Some(n) = dunder::len(th, v)?
    {
        return Ok(n);
    }
    len_base(th, v)
}

/// [`len`] without a builtin subclass's own `__len__`.
/// The length of an exact str, list, tuple or dict (no `__len__` to ask).
#[inline]
pub fn len_quick(v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else { return None };
    if o.sub().is_some() {
        return None;
    }
    match o.kind() {
        Kind::Str(s) => Some(s.char_len()),
        Kind::List(l) => Some(l.borrow().len()),
        Kind::Tuple(t) => Some(t.len()),
        Kind::Dict(d) => Some(d.borrow().len()),
        _ => None,
    }
}

pub fn len_base(th: &mut Thread<'_>, v: &Value) -> PyResult<usize> {
    if let Some(n) = crate::bytesobj::len(v) {
        return n;
    }
    match v.kind() {
        Some(Kind::Str(s)) => Ok(s.char_len()),
        Some(Kind::List(l)) => Ok(l.borrow().len()),
        Some(Kind::Tuple(t)) => Ok(t.len()),
        Some(Kind::Dict(d)) => Ok(d.borrow().len()),
        Some(Kind::Set(d)) => Ok(d.borrow().len()),
        Some(Kind::DictView(d, _)) => match d.kind() {
            Kind::Dict(d) => Ok(d.borrow().len()),
            _ => Ok(0),
        },
        Some(Kind::FrozenSet(d)) => Ok(d.len()),
        Some(Kind::Range(r)) => usize::try_from(r.len())
            .ok()
            .filter(|n| *n <= i64::MAX as usize)
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
        _ => Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            type_name(th, v)
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Iteration

pub fn get_iter(th: &mut Thread<'_>, v: &Value) -> PyResult<Value> {
    // The common cases first (builtin objects, never instances of Python classes): no class
    // lookups.
    if let Value::Obj(o) = v
        && o.sub().is_none()
    {
        match o.kind() {
            Kind::List(_) | Kind::Tuple(_) => {
                let state = IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                };
                return Ok(crate::iters::new_iter(state));
            }
            Kind::Iter(_) => return Ok(v.clone()),
            Kind::Generator(g) if !g.coroutine && !g.async_gen => return Ok(v.clone()),
            _ => {}
        }
    }
    // `__iter__ = None` marks a class as not iterable.
    if dunder::user_class(v).is_some() && dunder::lookup(v, "__iter__").is_some_and(|f| f.is_none())
    {
        return Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            type_name(th, v)
        )));
    }
    if dunder::user_class(v).is_some()
        && let Some(it) = dunder::call(th, v, "__iter__", &[])?
    {
        let is_iter = matches!(it.kind(), Some(Kind::Iter(_) | Kind::Generator(_)))
            || dunder::lookup(&it, "__next__").is_some();
        if !is_iter {
            return Err(PyErr::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(th, &it)
            )));
        }
        return Ok(it);
    }
    get_iter_base(th, v)
}

/// [`get_iter`] without a builtin subclass's own `__iter__`.
pub fn get_iter_base(th: &mut Thread<'_>, v: &Value) -> PyResult<Value> {
    if let Some(it) = crate::bytesobj::iter(v) {
        return it;
    }
    if let Some(Kind::Opaque(cls, _)) = v.kind()
        && let Some(f) = lookup_type_attr(cls, "__iter__")
    {
        return th.call(&f, crate::args::Args::positional(std::slice::from_ref(v)));
    }
    let state = match v.kind() {
        Some(Kind::Range(r)) => IterState::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
            long: crate::iters::range_is_long(r),
        },
        Some(Kind::List(_) | Kind::Tuple(_)) => IterState::Seq {
            seq: v.as_obj().cloned().expect("object"),
            index: 0,
        },
        Some(Kind::Dict(d)) => IterState::Dict {
            dict: v.as_obj().expect("dict").clone(),
            slot: 0,
            len: d.borrow().len(),
            left: d.borrow().len(),
            kind: isles_object::ViewKind::Keys,
            last: None,
        },
        Some(Kind::DictView(d, kind)) => {
            let n = match d.kind() {
                Kind::Dict(d) => d.borrow().len(),
                _ => 0,
            };
            IterState::Dict {
                dict: d.clone(),
                slot: 0,
                len: n,
                left: n,
                kind: *kind,
                last: None,
            }
        }
        Some(Kind::Str(_)) => IterState::Str {
            s: v.as_obj().cloned().expect("object"),
            byte: 0,
        },
        Some(Kind::Generator(g)) if g.coroutine => {
            return Err(PyErr::type_error("'coroutine' object is not iterable"));
        }
        Some(Kind::Generator(g)) if g.async_gen => {
            return Err(PyErr::type_error(
                "'async_generator' object is not iterable",
            ));
        }
        Some(Kind::Iter(_) | Kind::Generator(_)) => return Ok(v.clone()),
        Some(Kind::Set(_) | Kind::FrozenSet(_)) => {
            let len = len_base(th, v)?;
            let set = v.as_obj().cloned().expect("object");
            return Ok(crate::iters::new_set_iter(set, len));
        }
        // The old sequence protocol: `__getitem__` with 0, 1, ... until IndexError.
        _ if dunder::user_class(v).is_some()
            && dunder::lookup(v, "__getitem__").is_some()
            && !dunder::lookup(v, "__iter__").is_some_and(|f| f.is_none()) =>
        {
            return Ok(crate::iters::seq_iter(v.clone()));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                type_name(th, v)
            )));
        }
    };
    Ok(crate::iters::new_iter(state))
}

/// [`next`], with the steps that run no Python code (lists, tuples, ranges, strs, dicts,
/// sets) taken in place first, as the eval loop's `ForIter` does: natives that consume an
/// iterator item by item (`map`, `filter`, `zip`, `enumerate`, `min`, `all`) call this.
#[inline]
pub fn next_item(th: &mut Thread<'_>, it: &Value) -> PyResult<Option<Value>> {
    match next_fast(it, &th.ascii_chars) {
        Some(v) => Ok(Some(v)),
        None => next(th, it),
    }
}

/// Advances an iterator: `Ok(None)` when exhausted. A StopIteration raised while stepping
/// (by a class's `__next__`, or by the function of a `map` or `filter`) ends the iteration
/// too, as CPython's consumers of `tp_iternext` take it.
#[inline]
pub fn next(th: &mut Thread<'_>, it: &Value) -> PyResult<Option<Value>> {
    next_or_stop(th, it, false)
}

/// [`next`] for the builtin `next(it)`, which passes on a StopIteration raised while stepping
/// as it is (with its value) when `keep_stop`.
pub fn next_or_stop(th: &mut Thread<'_>, it: &Value, keep_stop: bool) -> PyResult<Option<Value>> {
    let ends =
        |th: &mut Thread<'_>, e: &PyErr| !keep_stop && err_matches(th, e, ExcKind::StopIteration);
    // Generators first: they are the common case here (the eval loop's `next_fast` takes
    // ranges and lists), and no check below can match one.
    if let Some(Kind::Generator(_)) = it.kind() {
        return match crate::generator::resume(th, it, Value::None, None)? {
            crate::generator::GenStep::Yield(v) => Ok(Some(v)),
            crate::generator::GenStep::Return(_) => Ok(None),
        };
    }
    if let Some(Kind::Iter(cell)) = it.kind()
        && let IterState::Str { s, byte } = &mut *cell.borrow_mut()
        && let Kind::Str(text) = s.kind()
        && let Some(&b) = text.as_str().as_bytes().get(*byte)
        && b.is_ascii()
    {
        *byte += 1;
        return Ok(Some(th.char_str(b as char)));
    }
    if dunder::user_class(it).is_some() {
        let found = dunder::lookup_special(it, dunder::NEXT);
        if found.is_none() && matches!(it.kind(), Some(Kind::Iter(_))) {
            // A subclass of a builtin iterator (`class E(enumerate)`) that keeps its `__next__`.
            return next_payload(th, it, keep_stop);
        }
        return match found.map(|f| dunder::call_method(th, it, f, &[])) {
            Some(Ok(v)) => Ok(Some(v)),
            None => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                type_name(th, it)
            ))),
            Some(Err(e)) if ends(th, &e) => Ok(None),
            Some(Err(e)) => Err(e),
        };
    }
    next_payload(th, it, keep_stop)
}

/// [`next`] by the payload alone, not the class's `__next__` (what `enumerate.__next__(e)`
/// and `super().__next__()` in a subclass of a builtin iterator run).
pub fn next_base(th: &mut Thread<'_>, it: &Value) -> PyResult<Option<Value>> {
    next_payload(th, it, false)
}

/// The builtin part of [`next_or_stop`].
fn next_payload(th: &mut Thread<'_>, it: &Value, keep_stop: bool) -> PyResult<Option<Value>> {
    let ends =
        |th: &mut Thread<'_>, e: &PyErr| !keep_stop && err_matches(th, e, ExcKind::StopIteration);
    if let Some(Kind::Generator(_)) = it.kind() {
        return next_or_stop(th, it, keep_stop);
    }
    if let Some(Kind::Opaque(cls, _)) = it.kind()
        && let Some(f) = lookup_type_attr_hashed(cls, dunder::NEXT.name, dunder::NEXT.hash)
    {
        return match th.call(&f, crate::args::Args::positional(std::slice::from_ref(it))) {
            Ok(v) => Ok(Some(v)),
            Err(e) if ends(th, &e) => Ok(None),
            Err(e) => Err(e),
        };
    }
    let Some(Kind::Iter(cell)) = it.kind() else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            type_name(th, it)
        )));
    };
    let mut st = cell.borrow_mut();
    let out = match &mut *st {
        IterState::Range {
            next, stop, step, ..
        } => {
            let more = if *step > 0 {
                *next < *stop
            } else {
                *next > *stop
            };
            if more {
                let v = *next;
                *next += *step;
                Some(Value::from_i128(v))
            } else {
                None
            }
        }
        IterState::Seq { seq, index } => {
            let item = match seq.kind() {
                Kind::List(l) => l.borrow().get(*index).cloned(),
                Kind::Tuple(t) => t.get(*index).cloned(),
                _ => None,
            };
            if item.is_some() {
                *index += 1;
            }
            item
        }
        IterState::Str { s, byte } => {
            let text = s.as_str().unwrap_or("");
            match text[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Some(th.char_str(c))
                }
                None => None,
            }
        }
        IterState::Dict {
            dict,
            slot,
            len,
            left,
            kind,
            last,
        } => {
            let Kind::Dict(d) = dict.kind() else {
                return Ok(None);
            };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            match d.next_entry(slot) {
                Some(_) if *left == 0 => {
                    *slot = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary keys changed during iteration",
                    ));
                }
                Some(e) => {
                    *left -= 1;
                    Some(dict_iter_item(*kind, e, last))
                }
                None => None,
            }
        }
        // A set iterator runs no Python code: stepped in place.
        IterState::Set { set, pos, len } => {
            let r = crate::iters::advance_set(set, pos, len);
            if let Ok(None) = r {
                *st = st.exhausted();
            }
            return r;
        }
        IterState::Native { .. } | IterState::Enumerate { .. } | IterState::Running(_) => {
            // Take the state out so the iterator may run Python code (which might touch
            // this very iterator) without a RefCell borrow held.
            let name = st.type_name();
            let taken = std::mem::replace(&mut *st, IterState::Running(name));
            drop(st);
            let (r, back) = match taken {
                IterState::Native { name, mut state } => (
                    crate::iters::advance(th, name, &mut state),
                    IterState::Native { name, state },
                ),
                IterState::Enumerate {
                    it,
                    mut count,
                    mut last,
                } => (
                    crate::iters::advance_enumerate(th, &it, &mut count, &mut last),
                    IterState::Enumerate { it, count, last },
                ),
                _ => return Err(PyErr::value_error("generator already executing")),
            };
            let mut st = cell.borrow_mut();
            // An error leaves the iterator as it is (`map` goes on with the next item), as
            // in CPython.
            *st = match &r {
                Ok(None) => IterState::Exhausted(name),
                _ => back,
            };
            drop(st);
            return match r {
                Err(e) if ends(th, &e) => Ok(None),
                r => r,
            };
        }
        IterState::Exhausted(_) => None,
    };
    if out.is_none() {
        *st = st.exhausted();
    }
    Ok(out)
}

/// Collects all items of an iterable.
pub fn iterate(th: &mut Thread<'_>, v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        _ if v.is_sub() && dunder::lookup(v, "__iter__").is_some() => {}
        Some(Kind::List(l)) => return Ok(cloned_values(&l.borrow())),
        Some(Kind::Tuple(t)) => return Ok(cloned_values(t)),
        // The keys, copied at once (no iterator object, no size check per key: nothing runs
        // between two of them).
        Some(Kind::Dict(d)) => return Ok(d.borrow().iter().map(|e| e.key.clone()).collect()),
        _ => {}
    }
    let it = get_iter(th, v)?;
    if let Some(r) = crate::generator::drain(th, &it) {
        return r;
    }
    let mut out = Vec::new();
    while let Some(x) = next(th, &it)? {
        out.push(x);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Attributes

/// Finds `name` along a type's MRO.
/// The text of a str value (a name from code) and its cached hash; `("", 0)` for a non-str.
pub fn str_and_hash(name: &Value) -> (&str, i64) {
    match name.as_pystr() {
        Some(s) => (s.as_str(), s.hash()),
        None => ("", 0),
    }
}

pub fn lookup_type_attr(t: &Obj, name: &str) -> Option<Value> {
    lookup_type_attr_hashed(t, name, isles_object::hash::hash_str(name))
}

/// [`lookup_type_attr`] with the name's hash already known (str objects cache theirs).
pub fn lookup_type_attr_hashed(t: &Obj, name: &str, hash: i64) -> Option<Value> {
    crate::typecache::lookup(t.as_type()?, name, hash, None)
}

/// Whether module `m` still has attributes to make (`InterpState::lazy_modules`).
pub fn has_lazy_attrs(th: &Thread<'_>, m: &Value) -> bool {
    let lazy = th.st.lazy_modules.borrow();
    !lazy.is_empty()
        && m.as_obj()
            .is_some_and(|m| lazy.iter().any(|(o, _)| o.is(m)))
}

pub fn getattr(th: &mut Thread<'_>, obj: &Value, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    if obj.is_sub() {
        return crate::attrs::instance_getattr(th, obj, name);
    }
    match obj.kind() {
        Some(Kind::Instance(_) | Kind::Exception(_)) => {
            if let Some(r) = crate::typecache::instance_getattr(th, obj, name) {
                return r;
            }
            return crate::attrs::instance_getattr(th, obj, name);
        }
        Some(Kind::Type(_)) => {
            let cls = obj.as_obj().expect("type").clone();
            return crate::attrs::type_getattr(th, &cls, name);
        }
        Some(Kind::Super { start, obj: inner }) => {
            let (start, inner) = (start.clone(), inner.clone());
            return crate::attrs::super_getattr(th, &start, &inner, name);
        }
        Some(Kind::Property(p)) => match n {
            "fget" => return Ok(p.fget.clone()),
            "fset" => return Ok(p.fset.clone()),
            "fdel" => return Ok(p.fdel.clone()),
            "__doc__" => return Ok(p.doc.clone()),
            _ => {}
        },
        Some(Kind::StaticMethod(f) | Kind::ClassMethod(f)) if n == "__func__" => {
            return Ok(f.clone());
        }
        Some(Kind::Method(s, f)) => match n {
            "__self__" => return Ok(s.clone()),
            "__func__" => return Ok(f.clone()),
            _ => {
                let f = f.clone();
                if let Ok(v) = getattr(th, &f, name) {
                    return Ok(v);
                }
            }
        },
        Some(Kind::Module(m)) => {
            if n != "__dict__"
                && let Kind::Dict(d) = m.dict.kind()
                && let Some(v) = d.borrow().get_str(n)
            {
                return Ok(v.clone());
            }
            if has_lazy_attrs(th, obj) {
                let m = obj.as_obj().expect("module");
                if n == "__dict__" {
                    th.complete_module(m)?;
                } else {
                    th.complete_module_step(m)?;
                }
                return getattr(th, obj, name);
            }
            if n == "__dict__" {
                return Ok(Value::Obj(m.dict.clone()));
            }
            // PEP 562: a module-level `__getattr__` supplies missing attributes.
            let hook = match m.dict.kind() {
                Kind::Dict(d) => d.borrow().get_str("__getattr__").cloned(),
                _ => None,
            };
            if let Some(f) = hook {
                return th.call(&f, crate::Args::positional(std::slice::from_ref(name)));
            }
            let prefix = if th.is_initializing(obj) {
                "partially initialized "
            } else {
                ""
            };
            let suffix = if prefix.is_empty() {
                ""
            } else {
                " (most likely due to a circular import)"
            };
            return Err(PyErr::new(
                ExcKind::AttributeError,
                format!("{prefix}module '{}' has no attribute '{n}'{suffix}", m.name),
            ));
        }
        Some(Kind::Function(f)) => match n {
            _ if f.dict.borrow().as_ref().is_some_and(
                |d| matches!(d.kind(), Kind::Dict(d) if d.borrow().get_str(n).is_some()),
            ) =>
            {
                let d = f.dict.borrow().clone().expect("checked");
                if let Kind::Dict(d) = d.kind()
                    && let Some(v) = d.borrow().get_str(n)
                {
                    return Ok(v.clone());
                }
            }
            "__name__" => return Ok(f.name.borrow().clone()),
            "__qualname__" => return Ok(f.qualname.borrow().clone()),
            "__module__" => return Ok(f.module.clone()),
            // The compiler puts a def's docstring (or None) first in its constants.
            "__doc__" => {
                return Ok(match f.code.consts.first() {
                    Some(v) if &*f.code.code.name != "<lambda>" && v.as_str().is_some() => {
                        v.clone()
                    }
                    _ => Value::None,
                });
            }
            "__defaults__" => {
                return Ok(f
                    .defaults
                    .borrow()
                    .as_ref()
                    .map_or(Value::None, |d| Value::tuple(d.to_vec())));
            }
            // Made empty on first access when the def had no annotations.
            "__annotations__" => {
                let d = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(
                    isles_object::Dict::new(),
                )))));
                let mut fd = f.dict.borrow_mut();
                let fd = fd.get_or_insert_with(|| {
                    Obj::new(Kind::Dict(Box::new(
                        RefCell::new(isles_object::Dict::new()),
                    )))
                });
                if let Kind::Dict(dd) = fd.kind() {
                    dd.borrow_mut().set_str("__annotations__", d.clone());
                }
                return Ok(d);
            }
            "__kwdefaults__" => {
                return Ok(f
                    .kwdefaults
                    .borrow()
                    .as_ref()
                    .map_or(Value::None, |d| Value::Obj(d.clone())));
            }
            "__code__" => {
                let code = f.swapped().map_or_else(|| f.code.clone(), |s| s.code.clone());
                return Ok(th.st.code_object(&code));
            }
            "__dict__" => {
                let d = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| {
                        Obj::new(Kind::Dict(Box::new(
                            RefCell::new(isles_object::Dict::new()),
                        )))
                    })
                    .clone();
                return Ok(Value::Obj(d));
            }
            "__globals__" => return Ok(Value::Obj(f.globals.clone())),
            "__closure__" => {
                return Ok(f.closure.clone().map_or(Value::None, Value::Obj));
            }
            _ => {}
        },
        Some(Kind::Cell(c)) if n == "cell_contents" => {
            let v = c.borrow().clone();
            if v.is_null() {
                return Err(PyErr::value_error("Cell is empty"));
            }
            return Ok(v);
        }
        Some(Kind::Code(c)) => {
            if let Some(v) = crate::introspect::code_attr(c, n) {
                return Ok(v);
            }
        }
        Some(Kind::Native(nf)) if n == "__name__" => {
            return Ok(Value::str(nf.name));
        }
        // `len.__module__`: the builtins module's own functions say so.
        Some(Kind::Native(nf))
            if n == "__module__"
                && nf.owner.is_none()
                && th.builtin(nf.name).is_some_and(|b| {
                    matches!(b.kind(), Some(Kind::Native(bf)) if std::rc::Rc::ptr_eq(&bf.func, &nf.func))
                }) =>
        {
            return Ok(Value::str("builtins"));
        }
        Some(Kind::Native(nf)) if n == "__self__" && nf.self_.is_some() => {
            // A builtin type's checking `__new__` is bound to the type.
            if let Some(Value::Obj(pair)) = &nf.self_
                && nf.name == "__new__"
                && let Kind::Tuple(pair) = pair.kind()
                && let [holder @ Value::Obj(t), _] = &pair[..]
                && t.as_type().is_some()
            {
                return Ok(holder.clone());
            }
            return Ok(nf.self_.clone().unwrap_or(Value::None));
        }
        Some(Kind::Native(nf))
            if matches!(n, "__qualname__" | "__doc__" | "__text_signature__") =>
        {
            let key = match nf.owner {
                Some(o) => format!("{o}.{}", nf.name),
                None => nf.name.to_string(),
            };
            if n == "__qualname__" {
                return Ok(Value::str(key.as_str()));
            }
            // A function of a module other than builtins shares no name space with these.
            let known = nf.owner.is_some()
                || th
                    .builtin(nf.name)
                    .is_some_and(|b| matches!(b.kind(), Some(Kind::Native(bf)) if std::rc::Rc::ptr_eq(&bf.func, &nf.func)));
            let (sig, doc) = known
                .then(|| crate::builtin_docs::lookup(&key))
                .flatten()
                .unwrap_or((None, None));
            let text = if n == "__doc__" { doc } else { sig };
            return Ok(text.map_or(Value::None, Value::str));
        }
        Some(Kind::Generator(g)) => {
            if let Some(r) = crate::generator::attr(th, g, n) {
                return r;
            }
        }
        Some(Kind::Slice(a, b, c)) => match n {
            "start" => return Ok(a.clone()),
            "stop" => return Ok(b.clone()),
            "step" => return Ok(c.clone()),
            _ => {}
        },
        _ => {}
    }
    if n == "__class__" {
        return Ok(Value::Obj(type_of(th, obj)));
    }
    let t = type_of(th, obj);
    if let Some(v) = lookup_type_attr(&t, n) {
        // Data attributes of builtin types (`int.real`, `file.closed`) are native properties.
        if let Some(Kind::Property(p)) = v.kind() {
            let f = p.fget.clone();
            return th.call(&f, crate::args::Args::positional(std::slice::from_ref(obj)));
        }
        if let Some(Kind::ClassMethod(f)) = v.kind() {
            return Ok(Value::Obj(Obj::new(Kind::Method(
                Value::Obj(t.clone()),
                f.clone(),
            ))));
        }
        return Ok(bind(obj, v));
    }
    if let Some(f) = crate::builtin_dunders::for_type(th, &t, n) {
        return Ok(bind(obj, f));
    }
    if n == "__doc__" {
        return crate::attrs::type_getattr(th, &t, name);
    }
    Err(PyErr::new(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{n}'", type_name(th, obj)),
    )
    .with_attr(name, obj))
}

/// Binds a function found on a type to the instance it was looked up on.
pub fn bind_to(obj: &Value, attr: Value) -> Value {
    bind(obj, attr)
}

fn bind(obj: &Value, attr: Value) -> Value {
    match attr.kind() {
        Some(Kind::Function(_)) => Value::Obj(Obj::new(Kind::Method(obj.clone(), attr))),
        Some(Kind::Native(n)) if n.owner.is_some() && n.self_.is_none() => {
            Value::Obj(Obj::new(Kind::Native(Box::new(isles_object::NativeFunc {
                name: n.name,
                owner: n.owner,
                self_: Some(obj.clone()),
                func: n.func.clone(),
                quick: n.quick,
            }))))
        }
        _ => attr,
    }
}

/// For `obj.name(...)`: the unbound callable and whether `obj` must be passed as self.
pub fn get_method(th: &mut Thread<'_>, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
    if let Some(f) = crate::typecache::instance_method(obj, name) {
        return Ok((f, true));
    }
    let (n, h) = str_and_hash(name);
    let plain = match obj.as_obj().and_then(Obj::instance) {
        Some(i) => {
            i.dict()
                .is_none_or(|d| d.borrow().get(h, |k| k.as_str() == Some(n)).is_none())
                && dunder::lookup_special(obj, dunder::GETATTRIBUTE).is_none()
        }
        None => !matches!(
            obj.kind(),
            Some(Kind::Module(_) | Kind::Type(_) | Kind::Super { .. })
        ),
    };
    if plain {
        let t = type_of(th, obj);
        if let Some(v) = lookup_type_attr_hashed(&t, n, h) {
            match v.kind() {
                Some(Kind::Function(_)) => return Ok((v, true)),
                Some(Kind::Native(n)) if n.owner.is_some() && n.self_.is_none() => {
                    return Ok((v, true));
                }
                _ => {}
            }
        }
    }
    Ok((getattr(th, obj, name)?, false))
}

pub fn setattr(th: &mut Thread<'_>, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let n = name.as_str().unwrap_or("");
    if obj.is_sub() {
        return crate::attrs::instance_setattr(th, obj, name, value);
    }
    if n == "__class__" && !matches!(obj.kind(), Some(Kind::Instance(_))) {
        return crate::attrs::set_class(th, obj, Some(value));
    }
    match obj.kind() {
        Some(Kind::Instance(_) | Kind::Exception(_)) => {
            match crate::typecache::instance_setattr(obj, name, value) {
                None => Ok(()),
                Some(value) => crate::attrs::instance_setattr(th, obj, name, value),
            }
        }
        Some(Kind::Type(t)) => {
            if t.metaclass.is_some()
                && let Some(f) = dunder::lookup_special(obj, dunder::SETATTR)
            {
                return dunder::call_method(th, obj, f, &[name.clone(), value]).map(|_| ());
            }
            if n == "__qualname__" && value.as_str().is_none() && t.builtin.is_none() {
                return Err(PyErr::type_error(format!(
                    "can only assign string to {}.__qualname__, not '{}'",
                    t.name,
                    type_name(th, &value)
                )));
            }
            crate::attrs::type_setattr(th, obj.as_obj().expect("type"), name, Some(value))
        }
        Some(Kind::Module(m)) => {
            if let Kind::Dict(d) = m.dict.kind() {
                d.borrow_mut().set_str_value(name, value);
            }
            Ok(())
        }
        Some(Kind::Function(f)) => {
            if let Some(r) = set_function_slot(th, f, n, Some(value.clone())) {
                return r;
            }
            let d = f.dict.borrow().clone();
            let d = match d {
                Some(d) => d,
                None => {
                    let d = Obj::new(Kind::Dict(Box::new(
                        RefCell::new(isles_object::Dict::new()),
                    )));
                    *f.dict.borrow_mut() = Some(d.clone());
                    d
                }
            };
            if let Kind::Dict(d) = d.kind() {
                d.borrow_mut().set_str_value(name, value);
            }
            Ok(())
        }
        Some(Kind::Generator(g)) if crate::generator::attr(th, g, n).is_some() => {
            crate::generator::set_attr(g, n, value)
                .unwrap_or_else(|| Err(crate::attrs::readonly_message(&type_name(th, obj), n)))
        }
        _ => Err(crate::attrs::unsettable_error(th, obj, n, true)),
    }
}

/// A new set from items (hashing them).
pub fn new_set(th: &mut Thread<'_>, items: Vec<Value>) -> PyResult<Value> {
    if items.len() > 2 && crate::sets::display_is_constant(th, items.len()) {
        return crate::sets::from_constant_display(th, items);
    }
    Ok(crate::sets::new_set(crate::sets::from_items(th, items)?))
}

/// `set.add`.
pub fn set_add(th: &mut Thread<'_>, set: &Value, item: Value) -> PyResult<()> {
    crate::sets::add(th, set, item)
}

/// `{*iterable}` in a set display (CPython's `SET_UPDATE`): `set_update_internal`, which
/// merges a set operand slot by slot rather than adding its elements one by one.
pub fn set_update(th: &mut Thread<'_>, set: &Value, iterable: &Value) -> PyResult<()> {
    crate::sets::update(th, set, std::slice::from_ref(iterable))
}

/// `del obj.name`.
pub fn delattr(th: &mut Thread<'_>, obj: &Value, name: &Value) -> PyResult<()> {
    if obj.is_sub() {
        return crate::attrs::instance_delattr(th, obj, name);
    }
    if name.as_str() == Some("__class__") && !matches!(obj.kind(), Some(Kind::Instance(_))) {
        return crate::attrs::set_class(th, obj, None);
    }
    match obj.kind() {
        Some(Kind::Instance(_) | Kind::Exception(_)) => {
            crate::attrs::instance_delattr(th, obj, name)
        }
        Some(Kind::Type(t)) => {
            if t.metaclass.is_some()
                && let Some(f) = dunder::lookup_special(obj, dunder::DELATTR)
            {
                return dunder::call_method(th, obj, f, std::slice::from_ref(name)).map(|_| ());
            }
            crate::attrs::type_setattr(th, obj.as_obj().expect("type"), name, None)
        }
        Some(Kind::Module(m)) => {
            if has_lazy_attrs(th, obj) {
                th.complete_module(obj.as_obj().expect("module"))?;
            }
            let n = name.as_str().unwrap_or("");
            let removed = match m.dict.kind() {
                Kind::Dict(d) => d.borrow_mut().remove_str(n),
                _ => None,
            };
            match removed {
                Some(_) => Ok(()),
                None => Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("module '{}' has no attribute '{n}'", m.name),
                )),
            }
        }
        Some(Kind::Function(f))
            if let Some(r) = set_function_slot(th, f, name.as_str().unwrap_or(""), None) =>
        {
            r
        }
        Some(Kind::Function(f))
            if f.dict.borrow().as_ref().is_some_and(|d| {
                match d.kind() {
                    Kind::Dict(d) => d.borrow_mut().remove_str(name.as_str().unwrap_or("")),
                    _ => None,
                }
                .is_some()
            }) =>
        {
            Ok(())
        }
        _ => Err(crate::attrs::unsettable_error(
            th,
            obj,
            name.as_str().unwrap_or(""),
            true,
        )),
    }
}

/// Assigning (`Some`) or deleting (`None`) a function attribute that lives in the function
/// itself rather than its `__dict__`: the defaults the next call binds, the names its repr
/// and errors show, and its code. `None` for other names.
fn set_function_slot(
    th: &Thread<'_>,
    f: &isles_object::Function,
    n: &str,
    value: Option<Value>,
) -> Option<PyResult<()>> {
    if n == "__code__" {
        return Some(set_function_code(f, value));
    }
    let r = set_function_fields(th, f, n, value.clone());
    // The function a `__code__` assignment made binds calls: it follows.
    if let (Some(Ok(())), Some(s)) = (&r, f.swapped())
        && matches!(
            n,
            "__defaults__" | "__kwdefaults__" | "__name__" | "__qualname__"
        )
    {
        set_function_fields(th, &s, n, value);
    }
    r
}

/// `f.__code__ = c` (CPython's `func_set_code`): calls run `c` from now on, through a
/// function made for it (see `Function::code_swap`).
fn set_function_code(f: &isles_object::Function, value: Option<Value>) -> PyResult<()> {
    let Some(Kind::Code(code)) = value.as_ref().and_then(Value::kind) else {
        return Err(PyErr::type_error("__code__ must be set to a code object"));
    };
    let nfree = code.code.freevars.len();
    let nclosure = f.cells().len();
    if nfree != nclosure {
        return Err(PyErr::value_error(format!(
            "{}() requires a code object with {nclosure} free vars, not {nfree}",
            f.name.borrow().as_str().unwrap_or("?")
        )));
    }
    // Its own copy of the defaults slice, so the collector sees each held once.
    let new = std::rc::Rc::new(isles_object::Function {
        code: code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        defaults: RefCell::new(f.defaults.borrow().as_ref().map(|d| d.to_vec().into())),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        closure: f.closure.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        module: f.module.clone(),
        dict: RefCell::new(None),
        code_swap: Default::default(),
    });
    match f.code_swap.get() {
        Some(s) => *s.borrow_mut() = new,
        None => {
            let _ = f.code_swap.set(RefCell::new(new));
        }
    }
    Ok(())
}

/// [`set_function_slot`] for the attributes stored in the function's fields.
fn set_function_fields(
    th: &Thread<'_>,
    f: &isles_object::Function,
    n: &str,
    value: Option<Value>,
) -> Option<PyResult<()>> {
    let must = |what: &str| Some(Err(PyErr::type_error(format!("{n} must be set to {what}"))));
    match n {
        "__defaults__" => match value.as_ref().map(|v| (v, v.kind())) {
            None | Some((Value::None, _)) => *f.defaults.borrow_mut() = None,
            Some((_, Some(Kind::Tuple(t)))) => {
                *f.defaults.borrow_mut() = Some(std::rc::Rc::from(t.to_vec()))
            }
            _ => return must("a tuple object"),
        },
        "__kwdefaults__" => match value.as_ref().map(|v| (v, v.kind())) {
            None | Some((Value::None, _)) => *f.kwdefaults.borrow_mut() = None,
            Some((v, Some(Kind::Dict(_)))) => *f.kwdefaults.borrow_mut() = v.as_obj().cloned(),
            _ => return must("a dict object"),
        },
        "__name__" | "__qualname__" => match value {
            Some(v) if v.as_str().is_some() => {
                let slot = if n == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                *slot.borrow_mut() = v;
            }
            _ => return must("a string object"),
        },
        "__annotations__" => match value {
            Some(v) if !v.is_none() && !matches!(v.kind(), Some(Kind::Dict(_))) => {
                return must("a dict object");
            }
            // Stored in the function's dict, where reading looks first; None and deleting
            // leave an empty dict to be made by the next read.
            Some(v) if !v.is_none() => return None,
            _ => {
                if let Some(Kind::Dict(d)) = f.dict.borrow().as_ref().map(Obj::kind) {
                    d.borrow_mut().remove_str("__annotations__");
                }
            }
        },
        "__globals__" | "__closure__" | "__builtins__" => {
            return Some(Err(crate::attrs::readonly_message("function", n)));
        }
        "__dict__" => match value {
            Some(v) if matches!(v.kind(), Some(Kind::Dict(_))) => {
                *f.dict.borrow_mut() = v.as_obj().cloned();
            }
            Some(v) => {
                return Some(Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(th, &v)
                ))));
            }
            None => return Some(Err(PyErr::type_error("cannot delete __dict__"))),
        },
        _ => return None,
    }
    Some(Ok(()))
}

/// Whether the type is one of the builtin kinds (for `isinstance` fast paths).
pub fn builtin_of(t: &Obj) -> Option<Builtin> {
    t.as_type().and_then(|t| t.builtin)
}

/// The hash of an int or str key, the keys [`simple_key_eq`] can compare.
#[inline]
fn simple_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(isles_object::hash::hash_i64(*i)),
        Value::Obj(o) if o.sub().is_some() => None,
        Value::Obj(o) => match o.kind() {
            Kind::Str(s) => Some(s.hash()),
            _ => None,
        },
        _ => None,
    }
}

/// `key == k` for an int or str `key`, when the answer needs no Python code; `None` when `k`
/// might be an object with an `__eq__` of its own (or a float, compared the general way).
#[inline]
pub(crate) fn simple_key_eq(key: &Value, k: &Value) -> Option<bool> {
    // Instances of subclasses (`class I(int)`) may equal anything: only Python code knows.
    let other_obj = |o: &Obj| match o.kind() {
        _ if o.sub().is_some() => None,
        Kind::Str(_) | Kind::BigInt(_) | Kind::Tuple(_) | Kind::Bytes(_) => Some(false),
        _ => None,
    };
    match key {
        Value::Int(a) => match k {
            Value::Int(b) => Some(a == b),
            Value::Bool(b) => Some(*a == b.get() as i64),
            Value::None | Value::Null => Some(false),
            Value::Float(_) => None,
            Value::Obj(o) => other_obj(o),
        },
        Value::Obj(ko) => {
            let Kind::Str(ks) = ko.kind() else {
                return None;
            };
            match k {
                Value::Obj(o) if o.is(ko) => Some(true),
                Value::Obj(o) => match o.kind() {
                    Kind::Str(s) if o.sub().is_none() => Some(isles_object::value::same_bytes(
                        s.as_str().as_bytes(),
                        ks.as_str().as_bytes(),
                    )),
                    _ => other_obj(o),
                },
                _ => Some(false),
            }
        }
        _ => None,
    }
}

/// Position of the int or str `key` in `d`, found without running Python code; `None` when
/// that is not possible (another key with the same hash might have its own `__eq__`).
#[inline]
pub(crate) fn dict_find_simple(d: &isles_object::Dict, key: &Value) -> Option<Option<usize>> {
    let h = simple_hash(key)?;
    let mut unknown = false;
    let found = d.find(h, |k| match simple_key_eq(key, k) {
        Some(b) => b,
        None => {
            unknown = true;
            false
        }
    });
    (!unknown).then_some(found)
}

/// `obj[key]` for a list or tuple with an int index in range, or a dict with an int or str
/// key it holds: the common cases, which need no Python code. `None`: the general path.
/// The list and tuple cases inline into the eval loop's subscript arms; dicts go out of line.
#[inline(always)]
pub fn getitem_fast(obj: &Value, key: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else {
        return None;
    };
    if o.sub().is_some() {
        return None;
    }
    let at = |len: usize, i: i64| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match (o.kind(), key) {
        (Kind::List(l), Value::Int(i)) => {
            let l = l.borrow();
            Some(l[at(l.len(), *i)?].clone())
        }
        (Kind::Tuple(t), Value::Int(i)) => Some(t[at(t.len(), *i)?].clone()),
        (Kind::Dict(d), _) => dict_getitem_fast(d, key),
        _ => None,
    }
}

#[inline(never)]
fn dict_getitem_fast(d: &RefCell<isles_object::Dict>, key: &Value) -> Option<Value> {
    let d = d.borrow();
    let i = dict_find_simple(&d, key)??;
    d.entry_at(i).map(|e| e.value.clone())
}

/// `obj[key] = v` for a list with an int index in range or a dict with an int or str key.
/// Gives `v` back when the general path must do it.
#[inline]
pub fn setitem_fast(obj: &Value, key: &Value, v: Value) -> Option<Value> {
    let Value::Obj(o) = obj else {
        return Some(v);
    };
    if o.sub().is_some() {
        return Some(v);
    }
    match (o.kind(), key) {
        (Kind::List(l), Value::Int(i)) => {
            let mut l = l.borrow_mut();
            let n = l.len() as i64;
            let j = if *i < 0 { i + n } else { *i };
            if !(0..n).contains(&j) {
                return Some(v);
            }
            let old = std::mem::replace(&mut l[j as usize], v);
            drop(l);
            drop(old);
            None
        }
        (Kind::Dict(d), _) => {
            let Some(found) = dict_find_simple(&d.borrow(), key) else {
                return Some(v);
            };
            let mut dm = d.borrow_mut();
            let old = match found {
                Some(i) => dm.value_at_mut(i).map(|slot| std::mem::replace(slot, v)),
                None => {
                    let h = simple_hash(key).unwrap_or(0);
                    dm.push_new(h, key.clone(), v);
                    None
                }
            };
            drop(dm);
            drop(old);
            None
        }
        _ => Some(v),
    }
}

/// What a dict iterator of `kind` yields for entry `e`. An items iterator refills its last
/// tuple when nothing else holds it (see `IterState::Dict::last`); the values it replaces
/// die with no Python code run (finalizers are queued), so the dict's borrow may be held.
#[inline]
fn dict_iter_item(
    kind: isles_object::ViewKind,
    e: &isles_object::dict::Entry,
    last: &mut Option<Obj>,
) -> Value {
    match kind {
        isles_object::ViewKind::Keys => e.key.clone(),
        isles_object::ViewKind::Values => e.value.clone(),
        isles_object::ViewKind::Items => reuse_pair(last, e.key.clone(), e.value.clone()),
    }
}

/// The pair `(a, b)` that an iterator hands out: the tuple it handed out last (`last`),
/// refilled in place when nothing else holds it any more (the loop unpacked and dropped
/// it), as CPython's dict items and enumerate iterators do; else a new one, kept in `last`.
pub(crate) fn reuse_pair(last: &mut Option<Obj>, a: Value, b: Value) -> Value {
    if let Some(t) = last
        && let Some([x, y]) = t.unique_tuple_mut()
    {
        let old = (std::mem::replace(x, a), std::mem::replace(y, b));
        let t = Value::Obj(t.clone());
        drop(old);
        return t;
    }
    let t = Value::tuple(vec![a, b]);
    *last = t.as_obj().cloned();
    t
}

/// One step of a range, list, tuple, dict, str or set iterator that yields a value (no
/// Python code); `None` when the general `next` must decide (other iterators, the end of
/// iteration, a dict or set that changed).
#[inline]
pub fn next_fast(it: &Value, ascii_chars: &[Value]) -> Option<Value> {
    let Some(Kind::Iter(cell)) = it.kind() else {
        return None;
    };
    let mut st = cell.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Enumerate { it, count, last } => enumerate_fast(it, count, last, ascii_chars),
        st => next_leaf(st, ascii_chars),
    }
}

/// Whether the iterator `it`, which [`next_fast`] did not step, is a range, list, tuple or
/// str iterator at its end; it is then left exhausted, as [`next`] leaves it. A loop over a
/// short sequence ends here, without the general path's tests for generators, iterator
/// classes and natives (about 380 instructions per loop).
#[inline]
pub fn end_fast(it: &Value) -> bool {
    let Some(Kind::Iter(cell)) = it.kind() else {
        return false;
    };
    let Ok(mut st) = cell.try_borrow_mut() else {
        return false;
    };
    let end = match &mut *st {
        IterState::Range {
            next, stop, step, ..
        } => {
            if *step > 0 {
                *next >= *stop
            } else {
                *next <= *stop
            }
        }
        IterState::Seq { seq, index } => match seq.kind() {
            Kind::List(l) => l.try_borrow().is_ok_and(|l| *index >= l.len()),
            Kind::Tuple(t) => *index >= t.len(),
            _ => false,
        },
        IterState::Str { s, byte } => s.as_str().is_some_and(|t| *byte >= t.len()),
        IterState::Native {
            name: "list_reverseiterator" | "reversed",
            state,
        } => state
            .downcast_mut()
            .is_some_and(|s| matches!(crate::iters::reverse_step(s), Some(None))),
        _ => false,
    };
    if end {
        *st = st.exhausted();
    }
    end
}

/// [`next_fast`] of an enumerate whose count is a small int and whose iterator
/// [`next_leaf`] steps: the pair, with no Python code run.
#[inline(never)]
fn enumerate_fast(
    it: &Value,
    count: &mut Value,
    last: &mut Option<Obj>,
    ascii_chars: &[Value],
) -> Option<Value> {
    let Value::Int(c) = *count else {
        return None;
    };
    let next = c.checked_add(1)?;
    let Some(Kind::Iter(cell)) = it.kind() else {
        return None;
    };
    let item = next_leaf(&mut *cell.try_borrow_mut().ok()?, ascii_chars)?;
    *count = Value::Int(next);
    Some(reuse_pair(last, Value::Int(c), item))
}

/// [`next_fast`] of the iterators that are not wrappers of another.
#[inline(always)]
fn next_leaf(st: &mut IterState, ascii_chars: &[Value]) -> Option<Value> {
    match st {
        IterState::Range {
            next, stop, step, ..
        } => {
            let more = if *step > 0 {
                *next < *stop
            } else {
                *next > *stop
            };
            if !more {
                return None;
            }
            let v = i64::try_from(*next).ok()?;
            *next += *step;
            Some(Value::Int(v))
        }
        IterState::Seq { seq, index } => {
            let item = match seq.kind() {
                Kind::List(l) => l.borrow().get(*index).cloned(),
                Kind::Tuple(t) => t.get(*index).cloned(),
                _ => None,
            }?;
            *index += 1;
            Some(item)
        }
        IterState::Dict {
            dict,
            slot,
            len,
            left,
            kind,
            last,
        } => {
            let Kind::Dict(d) = dict.kind() else {
                return None;
            };
            let d = d.borrow();
            if d.len() != *len || *left == 0 {
                return None;
            }
            let e = d.next_entry(slot)?;
            *left -= 1;
            Some(dict_iter_item(*kind, e, last))
        }
        // A set changed in size gives None: `next` raises.
        IterState::Set { set, pos, len } => crate::iters::set_step(set, pos, *len)?,
        // `reversed` of an exact list or tuple (`for f in reversed(fs)`): read in place, no
        // Python code runs (other sequences go through `__getitem__`, the general way).
        IterState::Native {
            name: "list_reverseiterator" | "reversed",
            state,
        } => crate::iters::reverse_step(state.downcast_mut()?)?,
        // ASCII characters are the thread's shared one-character strs (`Thread::char_str`;
        // the table is empty until that first runs, and then `next` takes them).
        IterState::Str { s, byte } => {
            let Kind::Str(text) = s.kind() else {
                return None;
            };
            let b = *text.as_str().as_bytes().get(*byte)?;
            let v = ascii_chars.get(b as usize)?.clone();
            *byte += 1;
            Some(v)
        }
        _ => None,
    }
}
