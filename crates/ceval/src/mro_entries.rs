//! PEP 560's `__mro_entries__`: a class statement's base that is not a class (such as
//! `typing.Generic[T]`) names the classes to use instead.

use isles_object::{PyResult, Value};

use crate::ops;
use crate::thread::Thread;

/// The bases a class statement really gets, and (when any was replaced) the ones written,
/// which the class keeps as `__orig_bases__`.
pub(crate) fn resolve_bases(
    th: &mut Thread<'_>,
    bases: Vec<Value>,
) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases
        .iter()
        .all(|b| b.as_obj().is_some_and(|o| o.as_type().is_some()))
    {
        return Ok((bases, None));
    }
    let orig = Value::tuple(bases.clone());
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if b.as_obj().is_some_and(|o| o.as_type().is_some()) {
            out.push(b);
            continue;
        }
        match ops::getattr(th, &b, &th.intern("__mro_entries__")) {
            Ok(f) => {
                let r = th.call(&f, crate::Args::positional(std::slice::from_ref(&orig)))?;
                out.extend(ops::iterate(th, &r)?);
                changed = true;
            }
            Err(_) => out.push(b),
        }
    }
    Ok((out, changed.then_some(orig)))
}
