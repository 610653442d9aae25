//! Example native modules for the PEP 489 rules (design brief §5) and for fault tests, as
//! CPython ships `_testmultiphase`/`_testsinglephase`/`_testcapi`:
//! - `_testnative` is isolated: its init runs once per importing interpreter and makes that
//!   interpreter's module state (a counter), so each interpreter counts alone; its `panic()`
//!   raises a Rust panic inside a native function (it must surface as `SystemError`);
//! - `_testsinglephase` declares itself not isolated, so it refuses to load in interpreters
//!   that check for that (every subinterpreter made with the default config).

use std::cell::Cell;
use std::rc::Rc;

use isles_ceval::{Args, NativeFn, Thread};
use isles_interp::new_module;
use isles_object::{Kind, NativeFunc, Obj, PyErr, PyResult, Value};

/// A module whose functions are bound to `state` (its per-interpreter module state).
fn module_with_state(name: &str, state: Value, funcs: &[(&'static str, NativeFn)]) -> Value {
    let m = new_module(name);
    if let Kind::Module(md) = m.kind()
        && let Kind::Dict(d) = md.dict.kind()
    {
        let mut d = d.borrow_mut();
        for (n, f) in funcs {
            d.set_str(
                n,
                Value::Obj(Obj::new(Kind::Native(Box::new(NativeFunc {
                    name: n,
                    owner: None,
                    self_: Some(state.clone()),
                    func: Rc::new(*f),
                    quick: isles_object::Quick::No,
                })))),
            );
        }
    }
    Value::Obj(m)
}

pub(crate) fn init_native(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let state = Value::Obj(Obj::new(Kind::Other(Box::new(Cell::new(0i64)))));
    Ok(module_with_state(
        "_testnative",
        state,
        &[("increment", increment), ("count", count), ("panic", panic)],
    ))
}

pub(crate) fn init_single(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let state = Value::Obj(Obj::new(Kind::Other(Box::new(Cell::new(0i64)))));
    Ok(module_with_state(
        "_testsinglephase",
        state,
        &[("increment", increment), ("count", count)],
    ))
}

fn counter<'a>(a: &Args<'a>) -> PyResult<&'a Cell<i64>> {
    match a.pos.first().and_then(Value::kind) {
        Some(Kind::Other(b)) => b
            .downcast_ref::<Cell<i64>>()
            .ok_or_else(|| PyErr::system_error("module state missing")),
        _ => Err(PyErr::system_error("module state missing")),
    }
}

fn increment(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let c = counter(&a)?;
    c.set(c.get() + 1);
    Ok(Value::Int(c.get()))
}

fn count(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(counter(&a)?.get()))
}

/// Panics on purpose: the fault test of the design brief §3.
fn panic(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let msg = a
        .pos
        .get(1)
        .and_then(Value::as_str)
        .unwrap_or("boom")
        .to_string();
    std::panic::panic_any(format!("_testnative.panic: {msg}"))
}
