//! `set` and `frozenset`: elements are the keys of a `Dict` table; hashing and equality go
//! through `ops` so user-defined `__hash__`/`__eq__` work.

use std::cell::RefCell;

use isles_compiler::{BinOp, CmpOp};
use isles_object::{Dict, Kind, Obj, PyErr, PyResult, Value};

use crate::ops;
use crate::thread::Thread;

/// The element table of a set or frozenset value.
pub fn table(v: &Value) -> Option<Dict> {
    match v.kind()? {
        Kind::Set(d) => Some(d.borrow().clone()),
        Kind::FrozenSet(d) => Some(d.clone()),
        _ => None,
    }
}

pub fn is_set(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Set(_) | Kind::FrozenSet(_)))
}

/// Position of `item` in `d`, comparing candidates outside any borrow.
pub fn find(th: &mut Thread<'_>, d: &Dict, item: &Value) -> PyResult<Option<usize>> {
    let h = ops::hash(th, item)?;
    for (i, k) in d.candidates(h) {
        if k.is(item) || ops::eq(th, &k, item)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// Adds `item` to a table.
pub fn insert(th: &mut Thread<'_>, d: &mut Dict, item: Value) -> PyResult<()> {
    if find(th, d, &item)?.is_none() {
        let h = ops::hash(th, &item)?;
        d.push_new(h, item, Value::None);
    }
    Ok(())
}

pub fn from_items(th: &mut Thread<'_>, items: Vec<Value>) -> PyResult<Dict> {
    let mut d = Dict::new();
    for x in items {
        insert(th, &mut d, x)?;
    }
    Ok(d)
}

pub fn new_set(d: Dict) -> Value {
    Value::Obj(Obj::new(Kind::Set(RefCell::new(d))))
}

pub fn new_frozenset(d: Dict) -> Value {
    Value::Obj(Obj::new(Kind::FrozenSet(d)))
}

/// `set.add`.
pub fn add(th: &mut Thread<'_>, set: &Value, item: Value) -> PyResult<()> {
    let Some(Kind::Set(cell)) = set.kind() else {
        return Err(PyErr::system_error("set_add on a non-set"));
    };
    let h = ops::hash(th, &item)?;
    let cands = cell.borrow().candidates(h);
    for (_, k) in cands {
        if k.is(&item) || ops::eq(th, &k, &item)? {
            return Ok(());
        }
    }
    cell.borrow_mut().push_new(h, item, Value::None);
    Ok(())
}

pub fn contains(th: &mut Thread<'_>, set: &Value, item: &Value) -> PyResult<bool> {
    let d = table(set).unwrap_or_default();
    Ok(find(th, &d, item)?.is_some())
}

fn keys(d: &Dict) -> Vec<Value> {
    d.iter().map(|e| e.key.clone()).collect()
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets; the result has the left operand's type.
pub fn binary(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (table(a), table(b)) else {
        return Ok(None);
    };
    let mut out = Dict::new();
    match op {
        BinOp::Or => {
            for k in keys(&x).into_iter().chain(keys(&y)) {
                insert(th, &mut out, k)?;
            }
        }
        BinOp::And => {
            for k in keys(&x) {
                if find(th, &y, &k)?.is_some() {
                    insert(th, &mut out, k)?;
                }
            }
        }
        BinOp::Sub => {
            for k in keys(&x) {
                if find(th, &y, &k)?.is_none() {
                    insert(th, &mut out, k)?;
                }
            }
        }
        BinOp::Xor => {
            for k in keys(&x) {
                if find(th, &y, &k)?.is_none() {
                    insert(th, &mut out, k)?;
                }
            }
            for k in keys(&y) {
                if find(th, &x, &k)?.is_none() {
                    insert(th, &mut out, k)?;
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(match a.kind() {
        Some(Kind::FrozenSet(_)) => new_frozenset(out),
        _ => new_set(out),
    }))
}

fn subset(th: &mut Thread<'_>, x: &Dict, y: &Dict) -> PyResult<bool> {
    if x.len() > y.len() {
        return Ok(false);
    }
    for k in keys(x) {
        if find(th, y, &k)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and the subset order.
pub fn compare(th: &mut Thread<'_>, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (table(a), table(b)) else {
        return Ok(None);
    };
    Ok(Some(match op {
        CmpOp::Eq => x.len() == y.len() && subset(th, &x, &y)?,
        CmpOp::Ne => !(x.len() == y.len() && subset(th, &x, &y)?),
        CmpOp::Le => subset(th, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && subset(th, &x, &y)?,
        CmpOp::Ge => subset(th, &y, &x)?,
        CmpOp::Gt => y.len() < x.len() && subset(th, &y, &x)?,
    }))
}

/// CPython's frozenset hash (order independent).
pub fn hash(th: &mut Thread<'_>, d: &Dict) -> PyResult<i64> {
    let mut h: u64 = 0;
    for k in keys(d) {
        let x = ops::hash(th, &k)? as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h ^= ((d.len() as u64) + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    Ok(if r == -1 { 590923713 } else { r })
}

/// `repr()` of a set: `{1, 2}`, `set()`, `frozenset({1})`.
pub fn repr(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    let d = table(v).unwrap_or_default();
    let frozen = matches!(v.kind(), Some(Kind::FrozenSet(_)));
    if d.is_empty() {
        return Ok(if frozen { "frozenset()" } else { "set()" }.to_string());
    }
    let mut parts = Vec::with_capacity(d.len());
    for k in keys(&d) {
        parts.push(ops::repr(th, &k)?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if frozen {
        format!("frozenset({body})")
    } else {
        body
    })
}
