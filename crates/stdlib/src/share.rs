//! Values that cross interpreters: Python objects to [`Shareable`] data and back. Only plain
//! data crosses (design brief §3); everything else is refused with `NotShareableError`.

use std::sync::Arc;

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread};
use isles_channel::{Queue, RecvChannel, SendChannel, Shareable, SharedBytes};
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

/// How deep tuples may nest when crossing (deeper data would recurse without bound).
const MAX_DEPTH: usize = 200;

/// The `NotShareableError` class of this interpreter's `_interpreters` module.
pub fn not_shareable(th: &mut Thread<'_>, v: &Value) -> PyErr {
    let tn = type_name(th, v);
    crate::interp_mod::module_error(
        th,
        "NotShareableError",
        format!("{tn} does not support cross-interpreter data"),
    )
}

/// Converts a value for sending; `deep` also copies lists, dicts and sets (for `call()`).
pub fn to_shareable(th: &mut Thread<'_>, v: &Value, deep: bool) -> PyResult<Shareable> {
    convert(th, v, deep, 0)
}

fn convert(th: &mut Thread<'_>, v: &Value, deep: bool, depth: usize) -> PyResult<Shareable> {
    if depth > MAX_DEPTH {
        return Err(not_shareable(th, v));
    }
    let items = |th: &mut Thread<'_>, xs: &[Value]| -> PyResult<Arc<[Shareable]>> {
        xs.iter()
            .map(|x| convert(th, x, deep, depth + 1))
            .collect::<PyResult<Vec<_>>>()
            .map(Arc::from)
    };
    Ok(match v {
        Value::None => Shareable::None,
        Value::Bool(b) => Shareable::Bool(b.get()),
        Value::Int(i) => Shareable::Int(*i),
        Value::Float(f) => Shareable::Float(f.get()),
        Value::Null => return Err(PyErr::system_error("NULL crossing interpreters")),
        Value::Obj(o) => match o.kind() {
            Kind::Str(s) => Shareable::Str(Arc::from(s.as_str())),
            // The Arc buffer itself crosses: no copy.
            Kind::Bytes(b) => Shareable::Bytes(SharedBytes::from_arc(b.arc().clone())),
            Kind::BigInt(b) => Shareable::from_bigint(b.clone()),
            Kind::Float(f) => Shareable::Float(*f),
            Kind::Tuple(t) => Shareable::Tuple(items(th, t)?),
            Kind::List(l) if deep => {
                let xs = l.borrow().clone();
                Shareable::List(items(th, &xs)?)
            }
            Kind::Set(_) | Kind::FrozenSet(_) if deep => {
                let xs = ops::iterate(th, v)?;
                let xs = items(th, &xs)?;
                if matches!(o.kind(), Kind::Set(_)) {
                    Shareable::Set(xs)
                } else {
                    Shareable::FrozenSet(xs)
                }
            }
            Kind::Dict(d) if deep => {
                let mut out = Vec::new();
                for (k, x) in d.borrow().items() {
                    out.push((
                        convert(th, &k, deep, depth + 1)?,
                        convert(th, &x, deep, depth + 1)?,
                    ));
                }
                Shareable::Dict(Arc::from(out))
            }
            Kind::Other(b) => match other_shareable(b.as_ref()) {
                Some(s) => s,
                None => return Err(not_shareable(th, v)),
            },
            Kind::Instance(_) => match core_of(th, v) {
                Some(s) => s,
                None => return Err(not_shareable(th, v)),
            },
            _ => return Err(not_shareable(th, v)),
        },
    })
}

/// Native handles that may cross: queues, channel ends, bytes buffers.
fn other_shareable(b: &dyn std::any::Any) -> Option<Shareable> {
    if let Some(q) = b.downcast_ref::<Queue>() {
        return Some(Shareable::Queue(q.clone()));
    }
    if let Some(r) = b.downcast_ref::<RecvChannel>() {
        return Some(Shareable::RecvChannel(r.clone()));
    }
    if let Some(s) = b.downcast_ref::<SendChannel>() {
        return Some(Shareable::SendChannel(s.clone()));
    }
    b.downcast_ref::<SharedBytes>()
        .map(|bytes| Shareable::Bytes(bytes.clone()))
}

/// The native handle inside a Python-level wrapper (`Queue`, channel ends).
fn core_of(th: &mut Thread<'_>, v: &Value) -> Option<Shareable> {
    let core = ops::getattr(th, v, &th.intern("_core")).ok()?;
    match core.kind() {
        Some(Kind::Other(b)) => other_shareable(b.as_ref()),
        _ => None,
    }
}

/// Rebuilds a received value in this interpreter.
pub fn from_shareable(th: &mut Thread<'_>, s: &Shareable) -> PyResult<Value> {
    let items = |th: &mut Thread<'_>, xs: &[Shareable]| -> PyResult<Vec<Value>> {
        xs.iter().map(|x| from_shareable(th, x)).collect()
    };
    Ok(match s {
        Shareable::None => Value::None,
        Shareable::Unbound => {
            let m = th.import("concurrent.interpreters")?;
            ops::getattr(th, &m, &th.intern("UNBOUND"))?
        }
        Shareable::Bool(b) => Value::bool(*b),
        Shareable::Int(i) => Value::Int(*i),
        Shareable::BigInt(b) => Value::from_bigint((**b).clone()),
        Shareable::Float(f) => Value::float(*f),
        Shareable::Str(s) => Value::str(&**s),
        Shareable::Bytes(b) => Value::bytes(b.as_arc().clone()),
        Shareable::Tuple(t) => Value::tuple(items(th, t)?),
        Shareable::List(l) => Value::list(items(th, l)?),
        Shareable::Dict(d) => {
            let dict = Value::Obj(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(
                isles_object::Dict::new(),
            )))));
            for (k, x) in d.iter() {
                let (k, x) = (from_shareable(th, k)?, from_shareable(th, x)?);
                ops::dict_set(th, &dict, k, x)?;
            }
            dict
        }
        Shareable::Set(xs) => {
            let vals = items(th, xs)?;
            ops::new_set(th, vals)?
        }
        Shareable::FrozenSet(xs) => {
            let vals = items(th, xs)?;
            let set = ops::new_set(th, vals)?;
            let frozenset = Value::Obj(th.st.types.frozenset.clone());
            th.call(&frozenset, Args::positional(&[set]))?
        }
        Shareable::Queue(q) => {
            let core = Value::Obj(Obj::new(Kind::Other(Box::new(q.clone()))));
            wrap(th, "concurrent.interpreters", "_queue_from_core", core)?
        }
        Shareable::SendChannel(s) => {
            let core = Value::Obj(Obj::new(Kind::Other(Box::new(s.clone()))));
            wrap(th, "interpreters", "_send_end", core)?
        }
        Shareable::RecvChannel(r) => {
            let core = Value::Obj(Obj::new(Kind::Other(Box::new(r.clone()))));
            wrap(th, "interpreters", "_recv_end", core)?
        }
    })
}

/// Rebuilds the Python wrapper of a native handle with `module.factory(core)`.
fn wrap(th: &mut Thread<'_>, module: &str, factory: &str, core: Value) -> PyResult<Value> {
    let m = th.import(module)?;
    let f = ops::getattr(th, &m, &th.intern(factory))?;
    th.call(&f, Args::positional(&[core]))
}
