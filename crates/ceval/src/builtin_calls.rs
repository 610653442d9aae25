//! Builtins that the eval loop answers without the native calling convention when their
//! arguments allow, known by the [`Quick`] tag given where the native object is made:
//! `len`, `isinstance`, `ord` and `chr` ([`quick_call`]), and the most called builtin
//! methods, `list.append`, `list.pop` and `dict.get` ([`quick_method`]).

use isles_object::{ExcKind, Kind, NativeFunc, Obj, PyErr, PyResult, Quick, Value};

use crate::ops;
use crate::{Args, Thread};

/// `lst.append(x)`, `lst.pop()` and `d.get(k)` / `d.get(k, default)` answered on the
/// values `[method, self, args...]` at `stack[slot..]`: no arguments moved, no native call.
/// The native is known by its tag (only the builtin types' own method objects carry these),
/// the receiver by kind, as the natives themselves test it. `None`: call the native (another
/// shape, an empty list, a key whose hash or equality may run Python code, a list or dict
/// borrowed elsewhere).
#[inline]
pub(crate) fn quick_method(nf: &NativeFunc, stack: &[Value], slot: usize) -> Option<Value> {
    if nf.quick == Quick::No || nf.self_.is_some() {
        return None;
    }
    match (nf.quick, stack.get(slot + 1..)?) {
        (Quick::ListAppend, [Value::Obj(o), x]) => {
            let Kind::List(l) = o.kind() else {
                return None;
            };
            let mut items = l.try_borrow_mut().ok()?;
            isles_object::list::push(&mut items, x.clone());
            Some(Value::None)
        }
        (Quick::ListPop, [Value::Obj(o)]) => {
            let Kind::List(l) = o.kind() else {
                return None;
            };
            l.try_borrow_mut().ok()?.pop()
        }
        (Quick::DictGet, [Value::Obj(o), key, rest @ ..]) if rest.len() <= 1 => {
            let Kind::Dict(d) = o.kind() else {
                return None;
            };
            let d = d.try_borrow().ok()?;
            match ops::dict_find_simple(&d, key)? {
                Some(i) => d.entry_at(i).map(|e| e.value.clone()),
                None => Some(rest.first().cloned().unwrap_or(Value::None)),
            }
        }
        _ => None,
    }
}

/// `len(x)` of a str, list, tuple or dict, `isinstance(x, C)` of a plain class, `ord(c)` of
/// a one-character str and `chr(i)` of an ASCII code, answered on the values `[f, args...]`
/// at `stack[slot..]` when `f` is the builtin itself (a rebound name is another object with
/// no tag): no arguments moved, no call. `None`: call the native.
#[inline]
pub(crate) fn quick_call(th: &Thread<'_>, nf: &NativeFunc, slot: usize) -> Option<Value> {
    if nf.quick == Quick::No {
        return None;
    }
    match (nf.quick, th.stack.get(slot + 1..)?) {
        (Quick::Len, [x]) => ops::len_quick(x).map(|n| Value::Int(n as i64)),
        (Quick::IsInstance, [x, cls]) => quick_isinstance(th, x, cls).map(Value::bool),
        (Quick::Ord, [Value::Obj(o)]) => match o.kind() {
            Kind::Str(s) if s.char_len() == 1 => s.char_at(0).map(|c| Value::Int(c as i64)),
            _ => None,
        },
        (Quick::Chr, [Value::Int(i)]) => th.ascii_chars.get(usize::try_from(*i).ok()?).cloned(),
        _ => None,
    }
}

pub fn builtin_len(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("len")?;
    a.check_count("len", 1, 1)?;
    Ok(Value::Int(ops::len(th, &a.pos[0])? as i64))
}

pub fn builtin_isinstance(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if let ([obj, cls], []) = (a.pos, a.kwnames)
        && let Some(b) = quick_isinstance(th, obj, cls)
    {
        return Ok(Value::bool(b));
    }
    a.no_kwargs("isinstance")?;
    a.check_count("isinstance", 2, 2)?;
    Ok(Value::bool(is_instance_of(th, &a.pos[0], &a.pos[1])?))
}

/// `isinstance(obj, cls)` when `cls` is a plain class (no metaclass, so no
/// `__instancecheck__`) or a tuple of them, answered from the object's type by reference:
/// `obj`'s exact class, then its MRO by pointer. `None` where [`is_instance_of`] must decide:
/// other second arguments, and an instance of a Python class that is not a subclass (its
/// class may claim another `__class__`).
#[inline]
pub fn quick_isinstance(th: &Thread<'_>, obj: &Value, cls: &Value) -> Option<bool> {
    let plain = |c: &Value| match c {
        Value::Obj(o) => matches!(o.kind(), Kind::Type(t) if t.metaclass.is_none()),
        _ => false,
    };
    let targets: &[Value] = match cls.kind()? {
        Kind::Tuple(t) if t.iter().all(plain) => t,
        Kind::Type(t) if t.metaclass.is_none() => std::slice::from_ref(cls),
        _ => return None,
    };
    let within = |ty: &Obj| {
        let mro = ty.as_type().map(|t| t.mro.borrow());
        let mro = mro.as_deref().map_or(&[][..], Vec::as_slice);
        targets
            .iter()
            .filter_map(Value::as_obj)
            .any(|c| ty.is(c) || mro.iter().any(|m| m.is(c)))
    };
    let t = &th.st.types;
    let ty = match obj {
        Value::None => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Null => return None,
        Value::Obj(o) => match o.kind() {
            Kind::Instance(inst) => {
                let id = inst.class_id.get();
                if targets
                    .iter()
                    .any(|c| c.as_obj().is_some_and(|c| c.id() == id))
                {
                    return Some(true);
                }
                return within(&inst.class.borrow()).then_some(true);
            }
            _ => crate::typecache::builtin_class(t, o)?,
        },
    };
    Some(within(ty))
}

/// The `__instancecheck__`/`__subclasscheck__` a Python metaclass (or the class of a
/// non-class second argument) defines; `None` for plain classes, which need no call.
pub fn check_hook(cls: &Value, name: &str) -> Option<Value> {
    if let Some(Kind::Type(t)) = cls.kind()
        && t.metaclass.is_none()
    {
        return None;
    }
    crate::dunder::lookup(cls, name)
}

/// `isinstance(obj, cls)` with CPython's protocol: an exact type match first, then the
/// metaclass's `__instancecheck__`, then the MRO.
pub fn is_instance_of(th: &mut Thread<'_>, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(Kind::Tuple(t)) = cls.kind() {
        // Plain classes only (no metaclass hook): one type lookup, no recursion guard.
        if t.iter()
            .all(|c| matches!(c.kind(), Some(Kind::Type(ty)) if ty.metaclass.is_none()))
        {
            let ty = ops::type_of(th, obj);
            let within = |ty: &Obj| {
                t.iter()
                    .any(|c| c.as_obj().is_some_and(|c| ops::is_subtype(ty, c)))
            };
            return Ok(within(&ty) || claimed_class(th, obj, &ty)?.is_some_and(|c| within(&c)));
        }
        for c in t.iter() {
            if th.recurse(" in __instancecheck__", |th| is_instance_of(th, obj, c))? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(target) = cls.as_obj()
        && let Some(t) = target.as_type()
    {
        let ty = ops::type_of(th, obj);
        if ty.is(target) {
            return Ok(true);
        }
        // A plain class (no metaclass, so no `__instancecheck__`): its MRO decides, then a
        // `__class__` the object claims (a `Mock(spec=C)` passes for a C).
        if t.metaclass.is_none() {
            return Ok(ops::is_subtype(&ty, target)
                || claimed_class(th, obj, &ty)?.is_some_and(|c| ops::is_subtype(&c, target)));
        }
    }
    if let Some(f) = check_hook(cls, "__instancecheck__") {
        let r = crate::dunder::call_method(th, cls, f, std::slice::from_ref(obj))?;
        return ops::truthy(th, &r);
    }
    match cls.as_obj().filter(|c| c.as_type().is_some()) {
        Some(target) => Ok(ops::is_instance(th, obj, target)
            || claimed_class(th, obj, &ops::type_of(th, obj))?
                .is_some_and(|c| ops::is_subtype(&c, target))),
        None => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// The class an instance of a Python class reports through a `__class__` attribute its class
/// defines, when that differs from its type (CPython's `object_isinstance` asks for it).
fn claimed_class(th: &mut Thread<'_>, obj: &Value, ty: &Obj) -> PyResult<Option<Obj>> {
    if obj.as_obj().and_then(Obj::instance).is_none()
        || ops::lookup_type_attr(ty, "__class__").is_none()
    {
        return Ok(None);
    }
    let c = match ops::getattr(th, obj, &Value::str("__class__")) {
        Ok(c) => c,
        Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(c.as_obj()
        .filter(|c| c.as_type().is_some() && !c.is(ty))
        .cloned())
}
