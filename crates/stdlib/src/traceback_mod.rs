//! `_isles_tb`: the natives behind the bundled `traceback` and `warnings` modules (formatting
//! an exception exactly as an uncaught one prints, the current exception, caller frames).

use isles_ceval::{Args, Thread, traceback};
use isles_object::{Kind, PyErr, PyResult, Value};

pub(crate) fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::import_mod::native_module(
        th,
        "_isles_tb",
        &[
            ("format_exception", format_exception),
            ("format_exception_only", format_exception_only),
            ("current", current),
            ("caller", caller),
            ("caller_namespaces", caller_namespaces),
            ("refresh_locals", refresh_locals),
            ("tb_entries", tb_entries),
            ("stack_entries", stack_entries),
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

/// The one argument of `fname`, a frame count named `what`: a non-negative int.
fn count_arg(a: &Args<'_>, fname: &str, what: &str) -> PyResult<usize> {
    a.check_count(fname, 1, 1)?;
    match a.pos[0] {
        Value::Int(n) if n >= 0 => Ok(n as usize),
        _ => Err(PyErr::value_error(format!(
            "{what} must be a non-negative int"
        ))),
    }
}

/// `caller(depth)`: `(filename, lineno, line, funcname, module_name)` of the Python frame
/// `depth` levels out from the innermost, or None past the outermost.
fn caller(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let depth = count_arg(&a, "caller", "depth")?;
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

/// `caller_namespaces(depth)`: `(f_globals, f_locals)` of the Python frame `depth` levels
/// out from the innermost, or None past the outermost.
fn caller_namespaces(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let depth = count_arg(&a, "caller_namespaces", "depth")?;
    let (Some(g), Some(l)) = (th.frame_globals_at(depth), th.frame_locals_at(depth)) else {
        return Ok(Value::None);
    };
    Ok(Value::tuple(vec![Value::Obj(g), Value::Obj(l)]))
}

/// `refresh_locals(d)`: `d`, refreshed from its frame's variables if it is the `f_locals` of
/// a function frame still running on this thread.
fn refresh_locals(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("refresh_locals", 1, 1)?;
    if let Some(o) = a.pos[0].as_obj()
        && let Some(depth) = th.frame_depth_of_locals(o)
    {
        th.frame_locals_at(depth);
    }
    Ok(a.pos[0].clone())
}

/// One entry as `(filename, lineno, name, line, text)`: `line` is the stripped source line
/// (None where there is no file) and `text` the entry exactly as a traceback prints it.
fn entry_tuple(e: &isles_object::TbEntry) -> Value {
    let code = &e.code;
    let line_no = code.positions.get(e.instr as usize).map_or(0, |p| p.line);
    let line = if code.filename.starts_with('<') && code.filename.ends_with('>') {
        Value::None
    } else {
        code.source_line(line_no)
            .map_or(Value::None, |l| Value::str(l.trim()))
    };
    Value::tuple(vec![
        Value::str(code.filename.to_string()),
        Value::Int(i64::from(line_no)),
        Value::str(code.name.to_string()),
        line,
        Value::str(traceback::format_tb(std::slice::from_ref(e))),
    ])
}

/// `tb_entries(exc)`: the entries of an exception's traceback, outermost first.
fn tb_entries(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("tb_entries", 1, 1)?;
    let e = exc_arg(&a, "tb_entries")?;
    Ok(Value::list(
        e.0.traceback.iter().rev().map(entry_tuple).collect(),
    ))
}

/// `stack_entries(skip)`: the Python frames of this thread, outermost first, leaving out the
/// innermost `skip`.
fn stack_entries(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let skip = count_arg(&a, "stack_entries", "skip")?;
    let mut out = Vec::new();
    let mut depth = skip;
    while let Some(e) = th.frame_entry(depth) {
        out.push(entry_tuple(&e));
        depth += 1;
    }
    out.reverse();
    Ok(Value::list(out))
}
