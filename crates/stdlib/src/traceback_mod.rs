//! `_isles_tb`: the natives behind the bundled `traceback` and `warnings` modules (formatting
//! an exception exactly as an uncaught one prints, the current exception, caller frames).

use isles_ceval::{Args, Thread, traceback};
use isles_object::{Kind, PyErr, PyResult, Value};

pub fn register(th: &mut Thread<'_>) {
    crate::import_mod::register_native(th, "_isles_tb", init);
}

fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::import_mod::native_module(
        th,
        "_isles_tb",
        &[
            ("format_exception", format_exception),
            ("format_exception_only", format_exception_only),
            ("current", current),
            ("caller", caller),
        ],
    ))
}

/// The exception object argument with its own traceback entries, as a `PyErr`.
fn exc_arg(a: &Args<'_>, fname: &str) -> PyResult<PyErr> {
    match a.pos.first().and_then(Value::as_obj) {
        Some(o) if matches!(o.kind(), Kind::Exception(_)) => {
            let mut e = PyErr::from_obj(o.clone());
            if let Kind::Exception(x) = o.kind() {
                e.0.traceback = x.traceback.borrow().clone();
            }
            Ok(e)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() argument must be an exception"
        ))),
    }
}

/// `format_exception(exc)`: the text an uncaught `exc` prints (chained exceptions included).
fn format_exception(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("format_exception", 1, 1)?;
    let mut e = exc_arg(&a, "format_exception")?;
    Ok(Value::str(traceback::format_exception(th, &mut e)))
}

/// `format_exception_only(exc)`: its last line(s), `Type: message`.
fn format_exception_only(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("format_exception_only", 1, 1)?;
    let mut e = exc_arg(&a, "format_exception_only")?;
    Ok(Value::str(traceback::format_exception_only(th, &mut e)))
}

/// `current()`: the exception being handled, or None.
fn current(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("current", 0, 0)?;
    Ok(th.current_exception().unwrap_or(Value::None))
}

/// `caller(depth)`: `(filename, lineno, line, funcname, module_name)` of the Python frame
/// `depth` levels out from the innermost, or None past the outermost.
fn caller(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("caller", 1, 1)?;
    let depth = match a.pos[0] {
        Value::Int(n) if n >= 0 => n as usize,
        _ => return Err(PyErr::value_error("depth must be a non-negative int")),
    };
    Ok(match th.frame_info(depth) {
        Some(f) => Value::tuple(vec![
            Value::str(f.filename),
            Value::Int(i64::from(f.line)),
            Value::str(f.text),
            Value::str(f.name),
            f.module,
        ]),
        None => Value::None,
    })
}
