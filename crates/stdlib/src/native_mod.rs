//! Helpers shared by the native modules: building a module object from a table of functions
//! and registering its init so each interpreter that imports it gets its own module.

use isles_ceval::ops::type_name;
use isles_ceval::{NativeFn, Thread, dunder};
use isles_interp::new_module;
use isles_object::{Kind, Obj, PyErr, PyResult, Value, pynum};
use num_bigint::BigInt;

/// A fresh module named `name` holding the native functions `funcs`.
pub fn module(th: &Thread<'_>, name: &str, funcs: &[(&'static str, NativeFn)]) -> Value {
    let m = new_module(name);
    for (n, f) in funcs {
        set_attr(th, &m, n, th.native(n, *f));
    }
    Value::Obj(m)
}

/// Sets a module attribute.
pub fn set_attr(th: &Thread<'_>, m: &Obj, name: &str, v: Value) {
    if let Some(d) = th.st.module_dict(m)
        && let Kind::Dict(d) = d.kind()
    {
        // Interned, as names in code are: `math.sqrt` finds its key by identity.
        d.borrow_mut().set_str_value(&th.st.intern(name), v);
    }
}

pub fn num_err(e: pynum::NumError) -> PyErr {
    isles_ceval::strformat::num_err(e)
}

/// `operator.index(v)` as a big integer, with CPython's message for non-integers.
pub fn index_big(th: &mut Thread<'_>, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if let Some(f) = dunder::lookup(v, "__index__") {
        let r = dunder::call_method(th, v, f, &[])?;
        return r.to_bigint().ok_or_else(|| {
            PyErr::type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(th, &r)
            ))
        });
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(th, v)
    )))
}

/// `float(v)` for numbers (`__float__`, then `__index__`), with CPython's message otherwise.
pub fn to_f64(th: &mut Thread<'_>, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    match v {
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(b.get() as i64 as f64),
        _ => {}
    }
    if let Some(Kind::BigInt(b)) = v.kind() {
        return pynum::bigint_to_f64(b).map_err(num_err);
    }
    if let Some(f) = dunder::lookup(v, "__float__") {
        let r = dunder::call_method(th, v, f, &[])?;
        return r.as_float().ok_or_else(|| {
            PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(th, v),
                type_name(th, &r)
            ))
        });
    }
    if dunder::lookup(v, "__index__").is_some() {
        let b = index_big(th, v)?;
        return pynum::bigint_to_f64(&b).map_err(num_err);
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        type_name(th, v)
    )))
}
