//! Instances of Python subclasses of builtin types (`class L(list)`, `class P(tuple)`): the
//! object keeps the builtin payload in its kind and the class, dict and slots beside it. A
//! builtin `__new__` called with such a class makes the payload (immutable types) or an empty
//! one that `__init__` fills (list, dict, set, bytearray), as CPython's constructors do.

use isles_object::{
    Builtin, Dict, IterState, Kind, NativeFunc, Obj, PyErr, PyResult, SetTable, TypeObj, Value,
};
use num_bigint::BigInt;
use std::cell::RefCell;

use crate::args::Args;

/// Builtin types that Python classes may derive from (besides object, type and exceptions).
pub fn subclassable(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::Int
            | Builtin::Float
            | Builtin::Str
            | Builtin::Tuple
            | Builtin::Bytes
            | Builtin::FrozenSet
            | Builtin::Complex
            | Builtin::List
            | Builtin::Dict
            | Builtin::Set
            | Builtin::ByteArray
    )
}

/// The builtin iterator types CPython 3.11 lets classes derive from (the others, such as
/// `list_iterator`, are final).
pub const ITERATOR_BASES: &[&str] = &["enumerate", "reversed", "zip", "map", "filter"];

/// Whether Python classes may derive from the builtin type `t` (besides object, type and
/// exceptions).
pub fn subclassable_type(t: &TypeObj) -> bool {
    match t.builtin {
        Some(Builtin::Iterator) => ITERATOR_BASES.contains(&&*t.name),
        Some(b) => subclassable(b),
        None => false,
    }
}

/// The builtin type whose payload instances of `cls` carry (`list` for `class L(list)`).
fn payload_type(cls: &Obj) -> Option<Obj> {
    isles_interp::mro_of(cls)
        .into_iter()
        .find(|t| t.as_type().is_some_and(subclassable_type))
}

/// The builtin payload instances of `cls` carry (`list` for `class L(list)`), if any.
pub fn payload_of(cls: &Obj) -> Option<Builtin> {
    payload_type(cls).and_then(|t| t.as_type().and_then(|t| t.builtin))
}

/// Whether two bases carry different builtin payloads (`class X(int, str)`,
/// `class Y(map, zip)`), which one object cannot hold.
pub fn layout_conflict(bases: &[Obj]) -> bool {
    let mut seen: Option<Obj> = None;
    for b in bases {
        if let Some(p) = payload_type(b) {
            if seen.as_ref().is_some_and(|s| !s.is(&p)) {
                return true;
            }
            seen = Some(p);
        }
    }
    false
}

/// CPython refuses slots on subclasses of its variable-sized types (int, bytes, tuple).
pub fn check_slots(mro: &[Obj], names: &[String]) -> PyResult<()> {
    let payload = mro
        .iter()
        .filter_map(|t| t.as_type().and_then(|t| t.builtin))
        .find(|b| subclassable(*b));
    let real = names.iter().any(|n| n != "__dict__" && n != "__weakref__");
    match payload {
        Some(b @ (Builtin::Int | Builtin::Bytes | Builtin::Tuple)) if real => {
            let name = match b {
                Builtin::Int => "int",
                Builtin::Bytes => "bytes",
                _ => "tuple",
            };
            Err(PyErr::type_error(format!(
                "nonempty __slots__ not supported for subtype of '{name}'"
            )))
        }
        _ => Ok(()),
    }
}

/// The builtin types whose `__init__` fills an object their `__new__` made empty.
pub fn filled_by_init(owner: &str) -> bool {
    matches!(owner, "list" | "dict" | "set" | "bytearray")
}

/// The user class a builtin `__new__(cls, ...)` is asked to make an instance of, if any.
pub fn new_target(n: &NativeFunc, args: &Args<'_>) -> Option<Obj> {
    if n.name != "__new__" {
        return None;
    }
    // The class first: `reversed(x)`, `list(x)` call with the builtin class itself, and the
    // owner's name compares below are the dearer test.
    let cls = args.pos.first()?.as_obj()?;
    let t = cls.as_type()?;
    if t.builtin.is_some() || t.exc_kind.is_some() {
        return None;
    }
    let owner = n.owner?;
    (matches!(
        owner,
        "int" | "float" | "str" | "tuple" | "bytes" | "frozenset" | "complex"
    ) || filled_by_init(owner)
        || ITERATOR_BASES.contains(&owner))
    .then(|| cls.clone())
}

/// The empty payload a mutable builtin's `__new__` makes for a subclass.
pub fn empty_payload(n: &NativeFunc) -> Option<Kind> {
    Some(match n.owner? {
        "list" => Kind::List(RefCell::new(Vec::new())),
        "dict" => Kind::Dict(Box::new(RefCell::new(Dict::new()))),
        "set" => Kind::Set(Box::new(RefCell::new(SetTable::new()))),
        "bytearray" => Kind::ByteArray(RefCell::new(Vec::new())),
        _ => return None,
    })
}

/// An instance of `cls` around `kind`.
pub fn make(cls: &Obj, kind: Kind) -> Value {
    Value::Obj(Obj::new_sub(kind, crate::gc::instance_of(cls)))
}

/// Re-makes the exact builtin value `v` (what a builtin `__new__` returned) as an instance
/// of `cls`; anything else is returned as it is.
pub fn wrap(cls: &Obj, v: Value) -> Value {
    let kind = match &v {
        Value::Int(i) => Kind::BigInt(BigInt::from(*i)),
        Value::Bool(b) => Kind::BigInt(BigInt::from(b.get() as i64)),
        Value::Float(f) => Kind::Float(f.get()),
        Value::Obj(o) if o.sub().is_none() => match o.kind().copy_immutable() {
            Some(k) => k,
            None => match take_iterator(cls, o) {
                Some(k) => k,
                None => return v,
            },
        },
        _ => return v,
    };
    make(cls, kind)
}

/// The state of the new iterator `o` (held only here) when it is of the builtin iterator
/// type `cls` derives from; not what `reversed(x)` returns from `x.__reversed__()`, which
/// CPython hands back as it is.
fn take_iterator(cls: &Obj, o: &Obj) -> Option<Kind> {
    let Kind::Iter(cell) = o.kind() else {
        return None;
    };
    let base = payload_type(cls)?;
    let mut state = cell.borrow_mut();
    let own = matches!(
        &*state,
        IterState::Native { .. } | IterState::Enumerate { .. }
    ) && base.as_type().is_some_and(|t| t.name == state.type_name());
    if !own || o.strong_count() != 1 {
        return None;
    }
    let done = state.exhausted();
    let taken = std::mem::replace(&mut *state, done);
    Some(Kind::Iter(Box::new(RefCell::new(taken))))
}

/// The exact builtin value inside `v` (what `int(x)` gives for an int subclass instance
/// without running the class's dunders); other values as they are.
pub fn exact(v: &Value) -> Value {
    let Some(o) = v.as_obj().filter(|o| o.sub().is_some()) else {
        return v.clone();
    };
    match o.kind() {
        Kind::BigInt(b) => Value::from_bigint(b.clone()),
        Kind::Float(f) => Value::float(*f),
        k => match k.copy_immutable() {
            Some(k) => Value::Obj(Obj::new(k)),
            None => v.clone(),
        },
    }
}
