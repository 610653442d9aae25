//! The `sys` module: this interpreter's argv, modules and limits.

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_interp::new_module;
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

/// Makes `sys` and puts it into `sys.modules`; returns it.
pub fn install(th: &mut Thread<'_>) -> Obj {
    let st = th.st;
    let m = new_module("sys");
    let d = st.module_dict(&m).expect("module dict");
    let set = |name: &str, v: Value| {
        if let Kind::Dict(d) = d.kind() {
            d.borrow_mut().set_str(name, v);
        }
    };
    set(
        "argv",
        Value::list(st.argv.iter().map(|a| Value::str(a.as_str())).collect()),
    );
    set("modules", Value::Obj(st.modules.clone()));
    set(
        "path",
        Value::list(
            st.runtime
                .config()
                .module_paths
                .iter()
                .map(|p| Value::str(p.display().to_string()))
                .collect(),
        ),
    );
    set("maxsize", Value::Int(i64::MAX));
    set("platform", Value::str("linux"));
    set("byteorder", Value::str("little"));
    // Made on first use (`InterpState::lazy_modules`): an idle interpreter skips the
    // `current_exe` system call and a dozen objects.
    let fill = th.native("_fill_sys_extra", crate::sys_extra::fill);
    st.lazy_modules.borrow_mut().push((m.clone(), fill));
    if let Kind::Dict(mods) = st.modules.kind() {
        mods.borrow_mut().set_str("sys", Value::Obj(m.clone()));
    }
    m
}

pub(crate) fn getrecursionlimit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(th.st.recursion_limit.get() as i64))
}

pub(crate) fn setrecursionlimit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("setrecursionlimit", 1, 1)?;
    match a.pos[0] {
        Value::Int(n) if n >= 1 => {
            th.st.recursion_limit.set(n as usize);
            Ok(Value::None)
        }
        Value::Int(_) => Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        ref other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, other)
        ))),
    }
}

pub(crate) fn getswitchinterval(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("getswitchinterval", 0, 0)?;
    Ok(Value::inline_float(th.st.switch_interval.get()))
}

pub(crate) fn setswitchinterval(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("setswitchinterval", 1, 1)?;
    let secs = match a.pos[0] {
        Value::Float(f) => f.get(),
        Value::Int(i) => i as f64,
        _ => return Err(PyErr::type_error("must be real number, not str")),
    };
    if secs <= 0.0 {
        return Err(PyErr::value_error(
            "switch interval must be strictly positive",
        ));
    }
    th.st.switch_interval.set(secs);
    Ok(Value::None)
}

/// Defers `version_info`, `float_info`, `flags` and the other informational attributes
/// (bundled `_isles_sys`) to the first time `sys` is asked for a missing attribute.
pub(crate) fn defer_sys_info(th: &Thread<'_>, sys: &isles_object::Obj) {
    let fill = th.native("_fill_sys_info", fill_sys_info);
    th.st.lazy_modules.borrow_mut().push((sys.clone(), fill));
}

fn fill_sys_info(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(sys) = a
        .pos
        .first()
        .filter(|s| matches!(s.kind(), Some(Kind::Module(_))))
    else {
        return Err(PyErr::system_error("_fill_sys_info needs the sys module"));
    };
    let present = match sys.kind() {
        Some(Kind::Module(m)) => match m.dict.kind() {
            Kind::Dict(d) => d.borrow().iter().map(|e| e.key.clone()).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let module = th.import("_isles_sys")?;
    let fill = isles_ceval::ops::getattr(th, &module, &th.intern("fill"))?;
    th.call(
        &fill,
        Args::positional(&[sys.clone(), Value::list(present)]),
    )
}
