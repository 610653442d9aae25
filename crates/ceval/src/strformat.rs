//! String formatting: `str % args`, `format(value, spec)` (used by `str.format` and
//! f-strings).

use isles_object::{PyErr, PyResult, Value};

use crate::thread::Thread;

/// `fmt % args` for a str `fmt`.
pub fn percent(th: &mut Thread<'_>, fmt: &Value, args: &Value) -> PyResult<Value> {
    let _ = (th, fmt, args);
    Err(PyErr::type_error(
        "not all arguments converted during string formatting",
    ))
}

/// `format(value, spec)`.
pub fn format_value(th: &mut Thread<'_>, value: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return crate::ops::str_(th, value);
    }
    Err(PyErr::type_error("format specs are not supported yet"))
}
