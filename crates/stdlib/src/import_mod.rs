//! The import system's builtins: `__import__` and the `_imp` natives behind `runpy` (the
//! machinery itself is `isles_ceval::import`).

use isles_ceval::{Args, NativeFn, Thread};
use isles_interp::new_module;
use isles_object::{Kind, PyErr, PyResult, Value};

pub fn install(th: &Thread<'_>) {
    // `__main__` is not imported: no package, no spec (as for a script run by CPython).
    if let Some(d) = th.st.module_dict(&th.st.main)
        && let Kind::Dict(d) = d.kind()
    {
        let mut d = d.borrow_mut();
        d.set_str("__package__", Value::None);
        d.set_str("__spec__", Value::None);
    }
}

/// A fresh module named `name` holding the given native functions.
pub(crate) fn native_module(
    th: &Thread<'_>,
    name: &str,
    funcs: &[(&'static str, NativeFn)],
) -> Value {
    let m = new_module(name);
    if let Some(d) = th.st.module_dict(&m)
        && let Kind::Dict(d) = d.kind()
    {
        let mut d = d.borrow_mut();
        for (n, f) in funcs {
            d.set_str(n, th.native(n, *f));
        }
    }
    Value::Obj(m)
}

pub(crate) fn init_imp(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_module(
        th,
        "_imp",
        &[("find_module", find_module), ("exec_main", exec_main)],
    ))
}

fn str_arg(a: &Args<'_>, i: usize, fname: &str) -> PyResult<String> {
    a.pos
        .get(i)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| PyErr::type_error(format!("{fname}() argument {} must be str", i + 1)))
}

/// `find_module(name)`: `(origin, is_package)` or None; imports the parent package.
fn find_module(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("find_module", 1, 1)?;
    let name = str_arg(&a, 0, "find_module")?;
    Ok(match th.find_module(&name)? {
        Some((origin, is_pkg)) => Value::tuple(vec![Value::str(origin), Value::bool(is_pkg)]),
        None => Value::None,
    })
}

/// `exec_main(name, origin)`: runs the module's code in `__main__`.
fn exec_main(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("exec_main", 2, 2)?;
    let name = str_arg(&a, 0, "exec_main")?;
    let origin = str_arg(&a, 1, "exec_main")?;
    th.exec_main(&name, &origin)
}
