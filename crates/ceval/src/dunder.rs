//! Special methods of user classes: the operations in `ops` consult these when an operand is
//! an instance of a class written in Python.

use isles_compiler::{BinOp, CmpOp};
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

use crate::args::Args;
use crate::ops;
use crate::thread::Thread;

/// The class of an instance whose special methods may be Python code.
pub fn user_class(v: &Value) -> Option<Obj> {
    let o = v.as_obj()?;
    if let Some(i) = o.sub() {
        return Some(i.class.borrow().clone());
    }
    match o.kind() {
        Kind::Instance(i) => Some(i.class.borrow().clone()),
        Kind::Exception(e) if e.class.as_type().is_some_and(|t| t.builtin.is_none()) => {
            Some(e.class.clone())
        }
        // A class whose metaclass is written in Python: `len(Color)`, `for m in Color`.
        Kind::Type(t) => t.metaclass.clone(),
        _ => None,
    }
}

/// An instance of a class written in Python that is not a builtin type's subclass (those
/// fall back to their builtin payload's behaviour when the class defines no dunder).
pub fn plain_user(v: &Value) -> bool {
    !v.is_sub() && user_class(v).is_some()
}

/// The special method `name` as the user class defines it (builtin defaults excluded).
pub fn lookup(v: &Value, name: &str) -> Option<Value> {
    let cls = user_class(v)?;
    native_if_opaque(v, ops::lookup_type_attr(&cls, name))
}

fn not_native(f: Option<Value>) -> Option<Value> {
    f.filter(|f| !matches!(f.kind(), Some(Kind::Native(_))))
}

/// A class whose instances carry an opaque native payload (`collections.deque`) has no
/// builtin behaviour to fall back on: its native special methods are the behaviour (all but
/// `object`'s defaults).
#[inline]
fn native_if_opaque(v: &Value, f: Option<Value>) -> Option<Value> {
    if matches!(v.kind(), Some(Kind::Opaque(..))) {
        f.filter(|f| !matches!(f.kind(), Some(Kind::Native(n)) if n.owner == Some("object")))
    } else {
        not_native(f)
    }
}

/// A special method name with its str hash, computed at compile time for the constants
/// below: attribute access consults them on every read and write of an instance attribute.
#[derive(Clone, Copy)]
pub struct Special {
    pub name: &'static str,
    pub hash: i64,
}

impl Special {
    pub const fn new(name: &'static str) -> Special {
        Special {
            name,
            hash: isles_object::hash::hash_bytes(name.as_bytes()),
        }
    }
}

pub const GETATTRIBUTE: Special = Special::new("__getattribute__");
pub const GETATTR: Special = Special::new("__getattr__");
pub const SETATTR: Special = Special::new("__setattr__");
pub const DELATTR: Special = Special::new("__delattr__");
/// Looked up on every call of a class.
pub const NEW: Special = Special::new("__new__");
pub const NAME: Special = Special::new("__name__");
pub const INIT: Special = Special::new("__init__");
/// Looked up on every step of a for loop over a user or builtin-class iterator.
pub const NEXT: Special = Special::new("__next__");

pub const DEL: Special = Special::new("__del__");

/// The attribute hooks, as bits of [`hooks`] (bit `i` is `HOOKS[i]`), and `__del__` (asked
/// when an instance is made: only instances of classes with it pay for finalization).
const HOOKS: [Special; 5] = [GETATTRIBUTE, GETATTR, SETATTR, DELATTR, DEL];
pub const HOOK_DEL: u8 = 1 << 4;
const HOOKS_VALID: u8 = 0x80;

/// Bits of [`hooks`]: the class defines `__getattribute__` / `__getattr__` / `__setattr__` in
/// Python.
pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_GETATTR: u8 = 1 << 1;
pub const HOOK_SETATTR: u8 = 1 << 2;

/// Which of [`HOOKS`] the class defines in Python (itself or a base). Every attribute access
/// on an instance asks, so the answer is cached on the type and recomputed only when a dict on
/// its MRO changed (dict versions only grow, so their sum changes exactly then).
pub fn hooks(cls: &Obj) -> u8 {
    let Some(ty) = cls.as_type() else {
        return 0;
    };
    hooks_at(cls, ty, crate::typecache::stamp(ty))
}

/// [`hooks`] with the type's MRO stamp already computed.
#[inline]
pub fn hooks_at(cls: &Obj, ty: &isles_object::TypeObj, stamp: u64) -> u8 {
    let (at, bits) = ty.hooks.get();
    if at == stamp && bits & HOOKS_VALID != 0 {
        return bits;
    }
    let mut bits = HOOKS_VALID;
    for (i, h) in HOOKS.iter().enumerate() {
        if not_native(ops::lookup_type_attr_hashed(cls, h.name, h.hash)).is_some() {
            bits |= 1 << i;
        }
    }
    ty.hooks.set((stamp, bits));
    bits
}

/// [`lookup`] with the name's hash known.
pub fn lookup_special(v: &Value, s: Special) -> Option<Value> {
    let cls = user_class(v)?;
    if let Some(i) = HOOKS
        .iter()
        .position(|h| h.hash == s.hash && h.name == s.name)
        && hooks(&cls) & (1 << i) == 0
    {
        return None;
    }
    native_if_opaque(v, ops::lookup_type_attr_hashed(&cls, s.name, s.hash))
}

/// Calls the descriptor-resolved special method `f` of `obj` with `args`.
pub fn call_method(th: &mut Thread<'_>, obj: &Value, f: Value, args: &[Value]) -> PyResult<Value> {
    // Plain functions and native methods take `obj` in front: no bound method is made.
    match f.kind() {
        Some(Kind::Function(_)) => return th.call_with_self(&f, obj, Args::positional(args)),
        Some(Kind::Native(n)) if n.owner.is_some() && n.self_.is_none() && args.len() <= 2 => {
            let mut pos: [Value; 3] = Default::default();
            pos[0] = obj.clone();
            pos[1..=args.len()].clone_from_slice(args);
            return th.call(&f, Args::positional(&pos[..=args.len()]));
        }
        _ => {}
    }
    let bound = crate::attrs::descr_get(th, f, obj)?;
    th.call(&bound, Args::positional(args))
}

/// `obj.name(*args)` if the user class defines `name`.
pub fn call(
    th: &mut Thread<'_>,
    obj: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    match lookup(obj, name) {
        Some(f) => call_method(th, obj, f, args).map(Some),
        None => Ok(None),
    }
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::NotImplemented))
}

/// `a op b` through `__op__`/`__rop__`, or `None` if neither applies.
pub fn binary(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (l, r, _) = op.dunders();
    let (ta, tb) = (ops::type_of(th, a), ops::type_of(th, b));
    let rfirst = user_class(b).is_some()
        && !ta.is(&tb)
        && ops::is_subtype(&tb, &ta)
        && lookup(b, r).is_some();
    if rfirst
        && let Some(v) = call(th, b, r, std::slice::from_ref(a))?
        && !is_not_implemented(&v)
    {
        return Ok(Some(v));
    }
    if let Some(v) = call(th, a, l, std::slice::from_ref(b))?
        && !is_not_implemented(&v)
    {
        return Ok(Some(v));
    }
    if !rfirst
        && !ta.is(&tb)
        && let Some(v) = call(th, b, r, std::slice::from_ref(a))?
        && !is_not_implemented(&v)
    {
        return Ok(Some(v));
    }
    Ok(None)
}

/// Rich comparison through `__eq__`, `__lt__`, ... with the reflected fallback; `None` when
/// neither side implements it.
pub fn compare(th: &mut Thread<'_>, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (name, reflected) = op.dunders();
    let (ta, tb) = (ops::type_of(th, a), ops::type_of(th, b));
    let rfirst = user_class(b).is_some() && !ta.is(&tb) && ops::is_subtype(&tb, &ta);
    let order: [(&Value, &str, &Value); 2] = if rfirst {
        [(b, reflected, a), (a, name, b)]
    } else {
        [(a, name, b), (b, reflected, a)]
    };
    for (x, m, y) in order {
        if let Some(v) = call(th, x, m, std::slice::from_ref(y))?
            && !is_not_implemented(&v)
        {
            return Ok(Some(v));
        }
        // `!=` defaults to the inverse of a user `__eq__`.
        if op == CmpOp::Ne
            && lookup(x, "__ne__").is_none()
            && let Some(v) = call(th, x, "__eq__", std::slice::from_ref(y))?
            && !is_not_implemented(&v)
        {
            return Ok(Some(Value::bool(!ops::truthy(th, &v)?)));
        }
    }
    Ok(None)
}

/// `repr()` through a user `__repr__`.
pub fn repr(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<String>> {
    text_method(th, v, "__repr__")
}

/// `str()` through a user `__str__` (or `__repr__`).
pub fn str_(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<String>> {
    match text_method(th, v, "__str__")? {
        Some(s) => Ok(Some(s)),
        None => repr(th, v),
    }
}

fn text_method(th: &mut Thread<'_>, v: &Value, name: &str) -> PyResult<Option<String>> {
    match call(th, v, name, &[])? {
        None => Ok(None),
        Some(r) => match r.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(PyErr::type_error(format!(
                "{name} returned non-string (type {})",
                ops::type_name(th, &r)
            ))),
        },
    }
}

/// `bool()` through `__bool__` or `__len__`.
pub fn truthy(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<bool>> {
    let found = lookup_special(v, BOOL);
    if let Some(r) = found.map(|f| call_method(th, v, f, &[])).transpose()? {
        return match r {
            Value::Bool(b) => Ok(Some(b.get())),
            _ => Err(PyErr::type_error(format!(
                "__bool__ should return bool, returned {}",
                ops::type_name(th, &r)
            ))),
        };
    }
    if let Some(f) = lookup_special(v, LEN) {
        let r = call_method(th, v, f, &[])?;
        return Ok(Some(len_result(th, r)?.unwrap_or(0) > 0));
    }
    Ok(None)
}

const BOOL: Special = Special::new("__bool__");
const LEN: Special = Special::new("__len__");

/// `len()` through `__len__`.
pub fn len(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<usize>> {
    let Some(f) = lookup_special(v, LEN) else {
        return Ok(None);
    };
    let r = call_method(th, v, f, &[])?;
    len_result(th, r)
}

/// Checks what `__len__` returned.
fn len_result(th: &mut Thread<'_>, r: Value) -> PyResult<Option<usize>> {
    match ops::index_value(&r) {
        Some(n) if n >= 0 && !matches!(r.kind(), Some(Kind::BigInt(_))) => Ok(Some(n as usize)),
        Some(n) if n < 0 => Err(PyErr::value_error("__len__() should return >= 0")),
        Some(_) => Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        )),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(th, &r)
        ))),
    }
}

/// `hash()` of a user instance: `None` means "by identity".
pub fn hash(th: &mut Thread<'_>, v: &Value) -> PyResult<Option<i64>> {
    let Some(cls) = user_class(v) else {
        return Ok(None);
    };
    match ops::lookup_type_attr(&cls, "__hash__") {
        Some(Value::None) => Err(PyErr::type_error(format!(
            "unhashable type: '{}'",
            ops::type_name(th, v)
        ))),
        Some(f) if !matches!(f.kind(), Some(Kind::Native(_))) => {
            let r = call_method(th, v, f, &[])?;
            match r {
                Value::Int(i) => Ok(Some(if i == -1 { -2 } else { i })),
                Value::Bool(b) => Ok(Some(b.get() as i64)),
                _ => match r.to_bigint() {
                    Some(b) => Ok(Some(isles_object::pynum::hash_bigint(&b))),
                    None => Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    )),
                },
            }
        }
        _ => Ok(None),
    }
}
