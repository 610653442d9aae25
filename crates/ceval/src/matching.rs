//! Runtime support for the `match` statement: which subjects sequence and mapping patterns
//! accept, looking keys up for mapping patterns, and class patterns (`__match_args__`).

use isles_object::{Builtin, Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::ops;
use crate::thread::Thread;

/// Whether a sequence pattern may match: list, tuple, range and their kin, never str,
/// bytes or bytearray (CPython's `Py_TPFLAGS_SEQUENCE`).
pub fn is_sequence(th: &Thread<'_>, v: &Value) -> bool {
    match v.kind() {
        Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range(_)) => true,
        Some(Kind::Instance(_)) => {
            let t = ops::type_of(th, v);
            inherits_builtin(&t, &[Builtin::List, Builtin::Tuple])
        }
        _ => false,
    }
}

/// Whether a mapping pattern may match (CPython's `Py_TPFLAGS_MAPPING`).
pub fn is_mapping(th: &Thread<'_>, v: &Value) -> bool {
    match v.kind() {
        Some(Kind::Dict(_)) => true,
        Some(Kind::Instance(_)) => {
            let t = ops::type_of(th, v);
            inherits_builtin(&t, &[Builtin::Dict])
        }
        _ => false,
    }
}

fn inherits_builtin(t: &Obj, kinds: &[Builtin]) -> bool {
    isles_interp::mro_of(t).iter().any(|c| {
        c.as_type()
            .and_then(|ty| ty.builtin)
            .is_some_and(|b| kinds.contains(&b))
    })
}

/// The values of `keys` in the mapping `subject`, or None when one is missing.
pub fn match_keys(th: &mut Thread<'_>, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = match keys.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => return Err(PyErr::system_error("match keys must be a tuple")),
    };
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if ops::eq(th, s, &k)? {
                let r = ops::repr(th, &k)?;
                return Err(PyErr::value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
        }
        let found = match subject.kind() {
            Some(Kind::Dict(_)) => ops::dict_get(th, subject, &k)?,
            _ => {
                // A mapping of another kind: its `get` with a private default.
                let get = ops::getattr(th, subject, &th.intern("get"))?;
                let marker = Value::Obj(Obj::new(Kind::Tuple(Box::new([]))));
                let v = th.call(&get, crate::Args::positional(&[k.clone(), marker.clone()]))?;
                if v.is(&marker) { None } else { Some(v) }
            }
        };
        match found {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
        seen.push(k);
    }
    Ok(Value::tuple(values))
}

/// `**rest` of a mapping pattern: a new dict of the subject's items without `keys`.
pub fn dict_without_keys(th: &mut Thread<'_>, subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = Value::Obj(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(
        Dict::new(),
    )))));
    let items = match subject.kind() {
        Some(Kind::Dict(d)) => d.borrow().items(),
        _ => {
            let items = ops::getattr(th, subject, &th.intern("items"))?;
            let items = th.call(&items, crate::Args::positional(&[]))?;
            let mut out = Vec::new();
            for pair in ops::iterate(th, &items)? {
                let kv = ops::iterate(th, &pair)?;
                if kv.len() == 2 {
                    out.push((kv[0].clone(), kv[1].clone()));
                }
            }
            out
        }
    };
    for (k, v) in items {
        ops::dict_set(th, &rest, k, v)?;
    }
    if let Some(Kind::Tuple(ks)) = keys.kind() {
        for k in ks.iter() {
            ops::delitem(th, &rest, k)?;
        }
    }
    Ok(rest)
}

/// The builtin types whose class pattern with one positional sub-pattern matches the whole
/// subject (`case int(x)`).
fn matches_self(t: &Obj) -> bool {
    isles_interp::mro_of(t).iter().any(|c| {
        c.as_type().and_then(|ty| ty.builtin).is_some_and(|b| {
            matches!(
                b,
                Builtin::Bool
                    | Builtin::Int
                    | Builtin::Float
                    | Builtin::Str
                    | Builtin::List
                    | Builtin::Tuple
                    | Builtin::Dict
                    | Builtin::Set
                    | Builtin::FrozenSet
            )
        }) || matches!(ty_name(c).as_str(), "bytes" | "bytearray")
    })
}

fn ty_name(t: &Obj) -> String {
    t.as_type().map(|t| t.name.to_string()).unwrap_or_default()
}

/// A class pattern: the attributes for `npos` positional and the keyword sub-patterns, or
/// None when the subject is not an instance of `cls` or lacks one of them.
pub fn match_class(
    th: &mut Thread<'_>,
    subject: &Value,
    cls: &Value,
    npos: usize,
    kwnames: &Value,
) -> PyResult<Value> {
    let Some(cls_obj) = cls.as_obj().filter(|c| c.as_type().is_some()) else {
        return Err(PyErr::type_error("called match pattern must be a type"));
    };
    if !ops::is_instance(th, subject, cls_obj) {
        return Ok(Value::None);
    }
    let kw: Vec<Value> = match kwnames.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let cname = ops::type_name_of_type(cls_obj);
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(npos + kw.len());
    let mut get = |th: &mut Thread<'_>, name: &Value, out: &mut Vec<Value>| -> PyResult<bool> {
        let n = name.as_str().unwrap_or("").to_string();
        if seen.contains(&n) {
            return Err(PyErr::type_error(format!(
                "{cname}() got multiple sub-patterns for attribute '{n}'"
            )));
        }
        seen.push(n);
        match ops::getattr(th, subject, name) {
            Ok(v) => {
                out.push(v);
                Ok(true)
            }
            Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => Ok(false),
            Err(e) => Err(e),
        }
    };
    if npos > 0 {
        let match_args = match ops::getattr(th, cls, &th.intern("__match_args__")) {
            Ok(v) => Some(v),
            Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => None,
            Err(e) => return Err(e),
        };
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        match match_args {
            None if matches_self(cls_obj) => {
                if npos > 1 {
                    return Err(PyErr::type_error(format!(
                        "{cname}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                out.push(subject.clone());
            }
            m => {
                let names: Vec<Value> = match &m {
                    None => Vec::new(),
                    Some(v) => match v.kind() {
                        Some(Kind::Tuple(t)) => t.to_vec(),
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "{cname}.__match_args__ must be a tuple (got {})",
                                ops::type_name(th, v)
                            )));
                        }
                    },
                };
                if npos > names.len() {
                    return Err(PyErr::type_error(format!(
                        "{cname}() accepts {} positional sub-pattern{} ({npos} given)",
                        names.len(),
                        plural(names.len())
                    )));
                }
                for name in &names[..npos] {
                    if name.as_str().is_none() {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            ops::type_name(th, name)
                        )));
                    }
                    if !get(th, name, &mut out)? {
                        return Ok(Value::None);
                    }
                }
            }
        }
    }
    for name in &kw {
        if !get(th, name, &mut out)? {
            return Ok(Value::None);
        }
    }
    Ok(Value::tuple(out))
}
