//! More of `sys`: `exit`, `exc_info`, the recursion limit and switch interval, `getsizeof`,
//! `intern`, the encodings, `maxunicode`, `version`, `executable` and `implementation`, added
//! to the module `sys.rs` builds.

use isles_ceval::ops;
use isles_ceval::{Args, Thread};
use isles_interp::new_module;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

/// Adds this file's attributes to the `sys` module (its only argument), keeping those
/// already set: it runs on first use of a missing attribute (`InterpState::lazy_modules`).
pub fn fill(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match a.pos.first().and_then(Value::as_obj) {
        Some(m) if matches!(m.kind(), Kind::Module(_)) => {
            if let Some(d) = th.st.module_dict(m) {
                extend(th, &d);
            }
            Ok(Value::None)
        }
        _ => Err(PyErr::system_error("_fill_sys_extra needs the sys module")),
    }
}

/// Adds this file's attributes to the `sys` module dict `d`, where missing.
fn extend(th: &Thread<'_>, d: &Obj) {
    let Kind::Dict(d) = d.kind() else {
        return;
    };
    let implementation = new_module("implementation");
    if let Some(idict) = th.st.module_dict(&implementation)
        && let Kind::Dict(id) = idict.kind()
    {
        let mut id = id.borrow_mut();
        id.set_str("name", Value::str("isles"));
        id.set_str("cache_tag", Value::None);
        id.set_str(
            "version",
            Value::tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(0),
                Value::str("final"),
                Value::Int(0),
            ]),
        );
    }
    let executable = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut d = d.borrow_mut();
    let mut put = |name: &str, v: Value| {
        if d.get_str(name).is_none() {
            d.set_str(name, v);
        }
    };
    put("exit", th.native("exit", exit));
    let fns: [(&'static str, isles_ceval::NativeFn); 5] = [
        ("getsizeof", crate::sizeof::getsizeof),
        ("getrecursionlimit", crate::sys::getrecursionlimit),
        ("setrecursionlimit", crate::sys::setrecursionlimit),
        ("getswitchinterval", crate::sys::getswitchinterval),
        ("setswitchinterval", crate::sys::setswitchinterval),
    ];
    for (name, f) in fns {
        put(name, th.native(name, f));
    }
    put("exc_info", th.native("exc_info", exc_info));
    put("exception", th.native("exception", exception));
    put("intern", th.native("intern", intern));
    put(
        "getdefaultencoding",
        th.native("getdefaultencoding", getdefaultencoding),
    );
    put(
        "getfilesystemencoding",
        th.native("getfilesystemencoding", getdefaultencoding),
    );
    put("maxunicode", Value::Int(0x10FFFF));
    put("version", Value::str("3.11.0 (isles)"));
    put("executable", Value::str(executable));
    put("implementation", Value::Obj(implementation));
}

/// `sys.exit([status])`: raises SystemExit with the status.
fn exit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("exit")?;
    a.check_count("exit", 0, 1)?;
    let cls = th.st.types.exc(ExcKind::SystemExit).clone();
    // `exit(None)` is a bare SystemExit, as CPython makes it.
    let args = a.pos.iter().filter(|v| !v.is_none()).cloned().collect();
    Err(PyErr::from_obj(ops::new_exception(&cls, args)))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
fn exc_info(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("exc_info", 0, 0)?;
    match th.current_exception() {
        Some(e) if !e.is_none() => {
            let t = Value::Obj(ops::type_of(th, &e));
            let tb = ops::getattr(th, &e, &th.intern("__traceback__"))?;
            Ok(Value::tuple(vec![t, e, tb]))
        }
        _ => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("exception", 0, 0)?;
    Ok(th.current_exception().unwrap_or(Value::None))
}

/// `sys.intern(s)`: this interpreter's interned copy of `s`.
fn intern(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("intern")?;
    a.check_count("intern", 1, 1)?;
    match a.pos[0].as_str() {
        Some(s) => Ok(th.intern(s)),
        None => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            ops::type_name(th, &a.pos[0])
        ))),
    }
}

fn getdefaultencoding(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("getdefaultencoding", 0, 0)?;
    Ok(Value::str("utf-8"))
}
