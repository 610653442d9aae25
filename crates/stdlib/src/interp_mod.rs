//! `_interpreters`: the native core under `concurrent.interpreters` (PEP 734) and
//! `interpreters` (PEP 554): create, list, close interpreters and run code in them.
//!
//! Running code in another interpreter releases the caller's GIL and takes the target's,
//! so two interpreters never wait on each other's locks while holding their own.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread, traceback};
use isles_channel::{
    ChannelError, Origin, Queue, QueueError, RecvChannel, SendChannel, Shareable, UnboundOp,
};
use isles_compiler::{CodeObject, Mode};
use isles_interp::{InterpConfig, Interpreter, new_module};
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};
use std::time::Duration;

pub(crate) fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = new_module("_interpreters");
    let d = th.st.module_dict(&m).expect("module dict");
    // CPython 3.14: InterpreterError derives from Exception, NotShareableError from TypeError.
    let exception = Value::Obj(th.st.types.exc(ExcKind::Exception).clone());
    let interp_error = make_class(th, "InterpreterError", &exception)?;
    let not_found = make_class(th, "InterpreterNotFoundError", &interp_error)?;
    let type_error = Value::Obj(th.st.types.exc(ExcKind::TypeError).clone());
    let not_shareable = make_class(th, "NotShareableError", &type_error)?;
    let funcs: &[(&'static str, NativeFn)] = &[
        ("create", create),
        ("destroy", destroy),
        ("list_all", list_all),
        ("get_current", get_current),
        ("get_main", get_main),
        ("whence", whence),
        ("is_running", is_running),
        ("exec", exec),
        ("call", call),
        ("prepare_main", prepare_main),
        ("is_shareable", is_shareable),
        ("queue_create", queue_create),
        ("queue_id", queue_id),
        ("queue_lookup", queue_lookup),
        ("queue_unbound", queue_unbound),
        ("queue_maxsize", queue_maxsize),
        ("queue_put", queue_put),
        ("queue_get", queue_get),
        ("queue_qsize", queue_qsize),
        ("queue_empty", queue_empty),
        ("queue_full", queue_full),
        ("prune_unshared", prune_unshared),
        ("channel_create", channel_create),
        ("channel_id", channel_id),
        ("channel_list_all", channel_list_all),
        ("channel_send", channel_send),
        ("channel_recv", channel_recv),
        ("channel_close", channel_close),
        ("channel_release", channel_release),
    ];
    if let Kind::Dict(dict) = d.kind() {
        let mut dict = dict.borrow_mut();
        dict.set_str("InterpreterError", interp_error);
        dict.set_str("InterpreterNotFoundError", not_found);
        dict.set_str("NotShareableError", not_shareable);
        for (name, f) in funcs {
            dict.set_str(name, th.native(name, *f));
        }
        // `Queue.put`/`Queue.get` themselves, as native methods: no Python frame on the hot
        // path of a round trip.
        dict.set_str(
            "queue_put_method",
            th.native_method("Queue", "put", queue_put_method),
        );
        dict.set_str(
            "queue_get_method",
            th.native_method("Queue", "get", queue_get_method),
        );
    }
    Ok(Value::Obj(m))
}

fn make_class(th: &mut Thread<'_>, name: &str, base: &Value) -> PyResult<Value> {
    let ns = Value::Obj(isles_object::Obj::new(Kind::Dict(Box::new(
        std::cell::RefCell::new(isles_object::Dict::new()),
    ))));
    if let Some(Kind::Dict(d)) = ns.kind() {
        d.borrow_mut()
            .set_str("__module__", Value::str("_interpreters"));
    }
    isles_ceval::classes::new_class(th, &Value::str(name), std::slice::from_ref(base), &ns)
}

/// This interpreter's instance of one of the module's exception classes.
pub(crate) fn module_error(th: &mut Thread<'_>, class: &str, msg: String) -> PyErr {
    let module = match th.st.modules.kind() {
        Kind::Dict(d) => d.borrow().get_str("_interpreters").cloned(),
        _ => None,
    };
    // Raised from Rust (an embedder's call) before Python imported the module: import it.
    let module = module.or_else(|| th.import("_interpreters").ok());
    let cls = module.and_then(|m| ops::getattr(th, &m, &th.intern(class)).ok());
    match cls {
        Some(c) => match th.call(&c, Args::positional(&[Value::str(msg.as_str())])) {
            Ok(Value::Obj(o)) => PyErr::from_obj(o),
            Ok(_) => PyErr::new(ExcKind::RuntimeError, msg),
            Err(e) => e,
        },
        None => PyErr::new(ExcKind::RuntimeError, msg),
    }
}

fn id_arg(th: &mut Thread<'_>, a: &Args<'_>, fname: &str) -> PyResult<u64> {
    match a.pos.first().or(a.kw("id")) {
        Some(Value::Int(i)) if *i >= 0 => Ok(*i as u64),
        Some(Value::Int(i)) => Err(PyErr::value_error(format!(
            "interpreter ID must be a non-negative int, got {i}"
        ))),
        Some(v) => Err(PyErr::type_error(format!(
            "{fname}() argument must be an int, not {}",
            type_name(th, v)
        ))),
        None => Err(PyErr::type_error(format!(
            "{fname}() missing required argument 'id'"
        ))),
    }
}

fn lookup(th: &mut Thread<'_>, id: u64) -> PyResult<Interpreter> {
    match Interpreter::from_id(&th.st.runtime, id) {
        Some(i) => Ok(i),
        None => Err(module_error(
            th,
            "InterpreterNotFoundError",
            format!("unrecognized interpreter ID {id}"),
        )),
    }
}

/// CPython's `restrict=True` check: Python code may not run code in, bind into or close the
/// main interpreter, which the module did not create ("cannot destroy unrecognized
/// interpreter 0"; `op` is the verb phrase). Interpreters an embedder made stay reachable.
fn unrestricted(th: &mut Thread<'_>, id: u64, op: &str) -> PyResult<()> {
    if th.st.runtime.main_id() == Some(id) {
        return Err(module_error(
            th,
            "InterpreterError",
            format!("cannot {op} unrecognized interpreter {id}"),
        ));
    }
    Ok(())
}

fn create(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let config = InterpConfig {
        whence: "_interpreters module",
        ..InterpConfig::default()
    };
    let interp = Interpreter::new(&th.st.runtime, config);
    // The new interpreter's GIL is free: nobody else knows it yet.
    interp.with_gil(|g, st| {
        let mut t = Thread::new(g, st);
        crate::init(&mut t);
    });
    Ok(Value::Int(interp.id() as i64))
}

fn destroy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let id = id_arg(th, &a, "destroy")?;
    let interp = lookup(th, id)?;
    unrestricted(th, id, "destroy")?;
    if id == th.st.id {
        return Err(module_error(
            th,
            "InterpreterError",
            "cannot destroy the current interpreter".into(),
        ));
    }
    // As CPython's Py_EndInterpreter: wait for the target's non-daemon threads, then close.
    // Both take the target's GIL: let go of ours meanwhile.
    let code = th
        .st
        .runtime
        .cached_code("<isles shutdown>", SHUTDOWN_THREADS, Mode::Exec, || {
            isles_compiler::compile(SHUTDOWN_THREADS, "<isles shutdown>", Mode::Exec)
        })
        .map_err(|e| traceback::syntax_error_to_pyerr(th, &e))?;
    // Claims the running flag for good (the interpreter is about to go), so that an `exec`
    // from another thread cannot slip in between this check and the close.
    if !interp.begin_run() {
        return Err(module_error(
            th,
            "InterpreterError",
            "interpreter running".into(),
        ));
    }
    th.gil.release(move || {
        let _ = in_target(&interp, |t, st| {
            let data = st.code_data(&code);
            let globals = isles_interp::new_module("<isles shutdown>");
            let globals = st
                .module_dict(&globals)
                .ok_or_else(|| PyErr::system_error("module without dict"))?;
            if let (Kind::Dict(g), Some(b)) = (globals.kind(), st.module_dict(&st.builtins)) {
                g.borrow_mut().set_str("__builtins__", Value::Obj(b));
            }
            t.run_code(&data, &globals).map(|_| ())
        });
        interp.close()
    });
    Ok(Value::None)
}

/// Run in an interpreter about to be closed: its non-daemon threads finish first.
const SHUTDOWN_THREADS: &str =
    "import sys\nif 'threading' in sys.modules:\n    sys.modules['threading']._shutdown()\n";

fn list_all(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let items = th
        .st
        .runtime
        .interpreters()
        .into_iter()
        .map(|r| Value::tuple(vec![Value::Int(r.id as i64), Value::str(r.whence)]))
        .collect();
    Ok(Value::list(items))
}

fn get_current(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(th.st.id as i64))
}

fn get_main(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(th
        .st
        .runtime
        .main_id()
        .map_or(Value::None, |i| Value::Int(i as i64)))
}

fn whence(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let id = id_arg(th, &a, "whence")?;
    lookup(th, id)?;
    let w = th
        .st
        .runtime
        .interpreters()
        .into_iter()
        .find(|r| r.id == id)
        .map_or("unknown", |r| r.whence);
    Ok(Value::str(w))
}

fn is_running(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let id = id_arg(th, &a, "is_running")?;
    let interp = lookup(th, id)?;
    Ok(Value::bool(interp.is_running() || id == th.st.id))
}

/// What crosses back from a failed run (CPython's `excinfo`): the exception class's
/// `__name__`, `__qualname__` and `__module__`, `str()` of the exception, and the whole
/// traceback as CPython prints it (`errdisplay`).
struct Failure {
    name: String,
    qualname: String,
    module: String,
    msg: String,
    errdisplay: String,
}

impl Failure {
    /// The tuple `concurrent.interpreters` builds its `ExcInfo` from.
    fn to_value(&self) -> Value {
        Value::tuple(vec![
            Value::str(self.name.as_str()),
            Value::str(self.qualname.as_str()),
            Value::str(self.module.as_str()),
            Value::str(self.msg.as_str()),
            Value::str(self.errdisplay.as_str()),
        ])
    }
}

/// What `exec` runs: module code (from source, or a module-level code object), or a function
/// that takes no arguments, called in the target against its `__main__` (CPython 3.14 runs a
/// function's body this way; its globals do not come along).
enum Script {
    Module(Arc<CodeObject>),
    Body(Callee),
}

fn script_of(th: &mut Thread<'_>, v: Option<&Value>) -> PyResult<Script> {
    if let Some(src) = v.and_then(Value::as_str).map(str::to_string) {
        let code = th
            .st
            .runtime
            .cached_code("<string>", &src, Mode::Exec, || {
                isles_compiler::compile(&src, "<string>", Mode::Exec)
            })
            .map_err(|e| traceback::syntax_error_to_pyerr(th, &e))?;
        return Ok(Script::Module(code));
    }
    let no_args = |code: &CodeObject, what: &str| {
        if code.total_args() == 0 {
            Ok(())
        } else {
            Err(PyErr::value_error(format!(
                "_interpreters.exec(): bad {what} (arguments not supported)"
            )))
        }
    };
    let body = |code: Arc<CodeObject>| {
        Script::Body(Callee::Function {
            code,
            defaults: None,
            kwdefaults: None,
            globals: Vec::new(),
        })
    };
    match v.and_then(Value::kind) {
        Some(Kind::Function(func)) => {
            if !func.cells().is_empty() {
                return Err(PyErr::value_error(
                    "_interpreters.exec(): closures not supported",
                ));
            }
            no_args(&func.code.code, "func")?;
            Ok(body(func.code.code.clone()))
        }
        Some(Kind::Code(data)) if !data.code.flags.optimized => {
            Ok(Script::Module(data.code.clone()))
        }
        Some(Kind::Code(data)) => {
            if !data.code.freevars.is_empty() {
                return Err(PyErr::value_error(
                    "_interpreters.exec(): closures not supported",
                ));
            }
            no_args(&data.code, "code object")?;
            Ok(body(data.code.clone()))
        }
        _ => {
            let got = match v {
                None | Some(Value::None) => "None".to_string(),
                Some(v) => type_name(th, v),
            };
            Err(PyErr::type_error(format!(
                "_interpreters.exec() argument 2 must be a string, a function, or a code object, not {got}"
            )))
        }
    }
}

/// `exec(id, code)`: runs source (or a function's body) in the target's `__main__`. Returns
/// None, or the [`Failure`] of the uncaught exception; a syntax error is raised here, in the
/// caller.
fn exec(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let id = id_arg(th, &a, "exec")?;
    let script = script_of(th, a.pos.get(1))?;
    let interp = lookup(th, id)?;
    unrestricted(th, id, "exec code for")?;
    if id == th.st.id || !interp.begin_run() {
        return Err(module_error(
            th,
            "InterpreterError",
            "interpreter already running".into(),
        ));
    }
    // Keep the output of both interpreters in program order.
    th.st.flush_stdout();
    let target = interp.clone();
    let outcome = th.gil.release(move || match &script {
        Script::Module(code) => run_in(&target, code),
        Script::Body(callee) => in_target(&target, |t, _st| {
            let f = rebuild_callee(t, callee)?;
            t.call(&f, Args::positional(&[])).map(|_| ())
        }),
    });
    interp.end_run();
    match outcome {
        None => Err(module_error(
            th,
            "InterpreterNotFoundError",
            format!("unrecognized interpreter ID {id}"),
        )),
        Some(Ok(())) => Ok(Value::None),
        Some(Err(f)) => Ok(f.to_value()),
    }
}

/// Runs compiled code in `interp`'s `__main__` under its GIL (called with no GIL held).
fn run_in(interp: &Interpreter, code: &Arc<CodeObject>) -> Option<Result<(), Failure>> {
    in_target(interp, |t, st| {
        let data = st.code_data(code);
        let globals = st.module_dict(&st.main).expect("__main__ is a module");
        t.run_code(&data, &globals).map(|_| ())
    })
}

/// Runs `f` in `interp` under its GIL (called with no GIL held): a Rust panic becomes
/// `SystemError` there, and an uncaught exception comes back as its [`Failure`]. `None` if
/// the interpreter was closed before or meanwhile.
fn in_target<R: Send>(
    interp: &Interpreter,
    f: impl FnOnce(&mut Thread<'_>, &isles_interp::InterpState) -> PyResult<R>,
) -> Option<Result<R, Failure>> {
    let r = interp.with_gil(|g, st| {
        let mut t = Thread::new(g, st);
        let r = match catch_unwind(AssertUnwindSafe(|| f(&mut t, st))) {
            Ok(r) => r,
            Err(panic) => Err(isles_ceval::panic_error(&*panic)),
        };
        st.flush_stdout();
        let mut t = Thread::new(g, st);
        r.map_err(|mut e| failure_of(&mut t, &mut e))
    });
    // Closed while it ran (its waits were interrupted): it is gone.
    r.filter(|_| !interp.is_closing())
}

fn failure_of(t: &mut Thread<'_>, e: &mut PyErr) -> Failure {
    let mut errdisplay = traceback::format_exception(t, e);
    if errdisplay.ends_with('\n') {
        errdisplay.pop();
    }
    let exc = Value::Obj(ops::normalize(t, e));
    let name = ops::type_name(t, &exc);
    let class = Value::Obj(ops::type_of(t, &exc));
    let mut text = |attr: &str, default: &str| {
        ops::getattr(t, &class, &t.intern(attr))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| default.to_string())
    };
    let qualname = text("__qualname__", &name);
    let module = text("__module__", "builtins");
    let msg = ops::str_(t, &exc).unwrap_or_default();
    Failure {
        name,
        qualname,
        module,
        msg,
        errdisplay,
    }
}

/// A callable as it crosses to another interpreter: never the object, only what rebuilds it.
enum Callee {
    /// A Python function: its shared, immutable code, with copies of its defaults; rebuilt
    /// against the target's `__main__`, together with the globals it names that the target's
    /// `__main__` lacks (helper functions, itself for recursion, modules by name, shareable
    /// values).
    Function {
        code: Arc<CodeObject>,
        defaults: Option<Vec<Shareable>>,
        kwdefaults: Option<Vec<(String, Shareable)>>,
        globals: Vec<(String, Global)>,
    },
    /// A builtin function, found by name in the target's `builtins`.
    Builtin(&'static str),
}

/// A global a crossing function uses, as the target rebuilds it.
enum Global {
    Value(Shareable),
    Function(Callee),
    /// A function already being rebuilt (recursion, mutual recursion): the code's address.
    Same(usize),
    /// A module: the target imports it by name.
    Module(String),
}

/// How many functions deep the globals of a crossing function are followed.
const MAX_CALLEE_DEPTH: usize = 32;

/// Every global/attribute name the code (and the code nested in it) mentions.
fn code_names(code: &CodeObject, out: &mut Vec<Arc<str>>) {
    out.extend(code.names.iter().cloned());
    for c in &code.consts {
        if let isles_compiler::Constant::Code(inner) = c {
            code_names(inner, out);
        }
    }
}

fn callee_of(th: &mut Thread<'_>, f: &Value) -> PyResult<Callee> {
    callee_in(th, f, &mut Vec::new())
}

fn callee_in(th: &mut Thread<'_>, f: &Value, seen: &mut Vec<usize>) -> PyResult<Callee> {
    match f.kind() {
        Some(Kind::Function(func)) => {
            if !func.cells().is_empty() {
                let name = func.qualname.borrow().as_str().unwrap_or("?").to_string();
                return Err(module_error(
                    th,
                    "NotShareableError",
                    format!(
                        "function {name}() has a closure and cannot be called in another interpreter"
                    ),
                ));
            }
            let code = func.code.code.clone();
            seen.push(Arc::as_ptr(&code) as usize);
            let defaults = func.defaults.borrow().clone();
            let defaults = match defaults {
                Some(d) => Some(
                    d.iter()
                        .map(|v| crate::share::to_shareable(th, v, true))
                        .collect::<PyResult<Vec<_>>>()?,
                ),
                None => None,
            };
            let kwdefaults = func.kwdefaults.borrow().clone();
            let kwdefaults = match kwdefaults.as_ref().map(|o| o.kind()) {
                Some(Kind::Dict(d)) => {
                    let items = d.borrow().items();
                    let mut out = Vec::new();
                    for (k, v) in items {
                        let k = k.as_str().unwrap_or("").to_string();
                        out.push((k, crate::share::to_shareable(th, &v, true)?));
                    }
                    Some(out)
                }
                _ => None,
            };
            let mut names = Vec::new();
            code_names(&code, &mut names);
            names.sort();
            names.dedup();
            let mut globals = Vec::new();
            for name in names {
                let v = match func.globals.kind() {
                    Kind::Dict(d) => d.borrow().get_str(&name).cloned(),
                    _ => None,
                };
                let Some(v) = v else { continue };
                let g = match v.kind() {
                    Some(Kind::Function(g)) => {
                        let ptr = Arc::as_ptr(&g.code.code) as usize;
                        if seen.contains(&ptr) {
                            Some(Global::Same(ptr))
                        } else if seen.len() < MAX_CALLEE_DEPTH {
                            callee_in(th, &v, seen).ok().map(Global::Function)
                        } else {
                            None
                        }
                    }
                    Some(Kind::Module(m)) => Some(Global::Module(m.name.clone())),
                    _ => crate::share::to_shareable(th, &v, false)
                        .ok()
                        .map(Global::Value),
                };
                if let Some(g) = g {
                    globals.push((name.to_string(), g));
                }
            }
            Ok(Callee::Function {
                code,
                defaults,
                kwdefaults,
                globals,
            })
        }
        Some(Kind::Native(n))
            if n.self_.is_none() && th.builtin(n.name).is_some_and(|b| b.is(f)) =>
        {
            Ok(Callee::Builtin(n.name))
        }
        _ => Err(crate::share::not_shareable(th, f)),
    }
}

/// Rebuilds a [`Callee`] in the target interpreter.
fn rebuild_callee(t: &mut Thread<'_>, callee: &Callee) -> PyResult<Value> {
    rebuild_in(t, callee, &mut Vec::new())
}

fn rebuild_in(
    t: &mut Thread<'_>,
    callee: &Callee,
    built: &mut Vec<(usize, Value)>,
) -> PyResult<Value> {
    match callee {
        Callee::Builtin(name) => t
            .builtin(name)
            .ok_or_else(|| PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))),
        Callee::Function {
            code,
            defaults,
            kwdefaults,
            globals: needed,
        } => {
            let st = t.st;
            let (Some(globals), Some(builtins)) =
                (st.module_dict(&st.main), st.module_dict(&st.builtins))
            else {
                return Err(PyErr::system_error("__main__ or builtins is not a module"));
            };
            let defaults = match defaults {
                Some(d) => Some(
                    d.iter()
                        .map(|s| crate::share::from_shareable(t, s))
                        .collect::<PyResult<Vec<_>>>()?,
                ),
                None => None,
            };
            let kwdefaults = match kwdefaults {
                Some(items) => {
                    let mut d = isles_object::Dict::new();
                    for (k, s) in items {
                        d.set_str(k, crate::share::from_shareable(t, s)?);
                    }
                    Some(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(d)))))
                }
                None => None,
            };
            let f = Value::Obj(Obj::new(Kind::Function(std::rc::Rc::new(
                isles_object::Function {
                    code: st.code_data(code),
                    globals: globals.clone(),
                    builtins,
                    defaults: std::cell::RefCell::new(defaults.map(std::rc::Rc::from)),
                    kwdefaults: std::cell::RefCell::new(kwdefaults),
                    closure: None,
                    name: std::cell::RefCell::new(st.intern(&code.name)),
                    qualname: std::cell::RefCell::new(Value::str(&*code.qualname)),
                    module: Value::str("__main__"),
                    dict: std::cell::RefCell::new(None),
                    code_swap: Default::default(),
                },
            ))));
            built.push((Arc::as_ptr(code) as usize, f.clone()));
            // What the target's __main__ already defines wins: only missing names are added.
            let Kind::Dict(gd) = globals.kind() else {
                return Err(PyErr::system_error("__main__ has no dict"));
            };
            for (name, g) in needed {
                if gd.borrow().get_str(name).is_some() {
                    continue;
                }
                let v = match g {
                    Global::Value(s) => crate::share::from_shareable(t, s)?,
                    Global::Function(c) => rebuild_in(t, c, built)?,
                    Global::Same(ptr) => match built.iter().find(|(p, _)| p == ptr) {
                        Some((_, v)) => v.clone(),
                        None => continue,
                    },
                    Global::Module(m) => t.import(m)?,
                };
                gd.borrow_mut().set_str(name, v);
            }
            Ok(f)
        }
    }
}

/// What `call` brings back: the result, or why it failed.
enum CallOutcome {
    Returned(Shareable),
    /// The result could not cross: the message of the `NotShareableError`.
    Unshareable(String),
}

/// `call(id, callable, args, kwargs)`: calls a function in the target interpreter. Returns
/// `(result, None)`, or `(None, (type name, message, formatted))` when it raised.
fn call(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("call", 4, 4)?;
    let id = id_arg(th, &a, "call")?;
    let interp = lookup(th, id)?;
    unrestricted(th, id, "make a call in")?;
    let callee = callee_of(th, &a.pos[1])?;
    let args = ops::iterate(th, &a.pos[2])?
        .iter()
        .map(|v| crate::share::to_shareable(th, v, true))
        .collect::<PyResult<Vec<_>>>()?;
    let mut kwargs = Vec::new();
    if let Some(Kind::Dict(d)) = a.pos[3].kind() {
        let items = d.borrow().items();
        for (k, v) in items {
            kwargs.push((
                k.as_str().unwrap_or("").to_string(),
                crate::share::to_shareable(th, &v, true)?,
            ));
        }
    }
    if id == th.st.id || !interp.begin_run() {
        return Err(module_error(
            th,
            "InterpreterError",
            "interpreter already running".into(),
        ));
    }
    th.st.flush_stdout();
    let target = interp.clone();
    let outcome = th.gil.release(move || {
        in_target(&target, |t, _st| {
            let f = rebuild_callee(t, &callee)?;
            let pos = args
                .iter()
                .map(|s| crate::share::from_shareable(t, s))
                .collect::<PyResult<Vec<_>>>()?;
            let mut names = Vec::with_capacity(kwargs.len());
            let mut vals = Vec::with_capacity(kwargs.len());
            for (k, s) in &kwargs {
                names.push(t.intern(k));
                vals.push(crate::share::from_shareable(t, s)?);
            }
            let r = t.call(
                &f,
                Args {
                    pos: &pos,
                    kwnames: &names,
                    kwvals: &vals,
                },
            )?;
            Ok(match crate::share::to_shareable(t, &r, true) {
                Ok(s) => CallOutcome::Returned(s),
                Err(mut e) => {
                    let exc = Value::Obj(ops::normalize(t, &mut e));
                    CallOutcome::Unshareable(ops::str_(t, &exc).unwrap_or_default())
                }
            })
        })
    });
    interp.end_run();
    match outcome {
        None => Err(module_error(
            th,
            "InterpreterNotFoundError",
            format!("unrecognized interpreter ID {id}"),
        )),
        Some(Ok(CallOutcome::Returned(s))) => {
            let v = crate::share::from_shareable(th, &s)?;
            Ok(Value::tuple(vec![v, Value::None]))
        }
        Some(Ok(CallOutcome::Unshareable(msg))) => Err(module_error(th, "NotShareableError", msg)),
        Some(Err(f)) => Ok(Value::tuple(vec![Value::None, f.to_value()])),
    }
}

fn is_shareable(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("is_shareable", 1, 1)?;
    Ok(Value::bool(
        crate::share::to_shareable(th, &a.pos[0], false).is_ok(),
    ))
}

/// `prepare_main(id, ns)`: binds shareable values in the target's `__main__`.
fn prepare_main(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let id = id_arg(th, &a, "prepare_main")?;
    let interp = lookup(th, id)?;
    unrestricted(th, id, "update __main__ for")?;
    let mut items: Vec<(String, Shareable)> = Vec::new();
    if let Some(Kind::Dict(d)) = a.pos.get(1).and_then(Value::kind) {
        let entries = d.borrow().items();
        for (k, v) in entries {
            let Some(name) = k.as_str() else {
                return Err(PyErr::type_error(
                    "bad argument type for built-in operation",
                ));
            };
            items.push((name.to_string(), crate::share::to_shareable(th, &v, false)?));
        }
    }
    // As CPython: no binding into a __main__ that code is running in.
    if id == th.st.id || interp.is_running() {
        return Err(module_error(
            th,
            "InterpreterError",
            "interpreter already running".into(),
        ));
    }
    let done = th.gil.release(move || {
        interp.with_gil(|g, st| {
            let mut t = Thread::new(g, st);
            let globals = st.module_dict(&st.main).expect("__main__ is a module");
            for (name, s) in &items {
                match crate::share::from_shareable(&mut t, s) {
                    Ok(v) => {
                        if let Kind::Dict(d) = globals.kind() {
                            d.borrow_mut().set_str(name, v);
                        }
                    }
                    Err(_) => return false,
                }
            }
            true
        })
    });
    match done {
        Some(true) => Ok(Value::None),
        Some(false) => Err(PyErr::system_error(
            "prepare_main: a value could not be rebuilt",
        )),
        None => Err(module_error(
            th,
            "InterpreterNotFoundError",
            format!("unrecognized interpreter ID {id}"),
        )),
    }
}

fn queue_of(th: &Thread<'_>, v: &Value) -> PyResult<Queue> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<Queue>()
            .cloned()
            .ok_or_else(|| PyErr::type_error("expected a queue")),
        _ => Err(PyErr::type_error(format!(
            "expected a queue, not {}",
            type_name(th, v)
        ))),
    }
}

fn queue_error(th: &mut Thread<'_>, e: QueueError) -> PyErr {
    let class = match e {
        QueueError::Interrupted { .. } => return crate::thread_mod::closed_error(th),
        QueueError::Empty { .. } => "QueueEmpty",
        QueueError::Full { .. } => "QueueFull",
        QueueError::NotFound { .. } => "QueueNotFoundError",
        QueueError::ItemInterpreterDestroyed { .. } => "ItemInterpreterDestroyed",
        _ => "QueueError",
    };
    module_error(th, class, e.to_string())
}

fn timeout_arg(v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let secs = match v {
                Value::Int(i) => *i as f64,
                other => other
                    .as_float()
                    .ok_or_else(|| PyErr::type_error("timeout must be a number"))?,
            };
            if secs < 0.0 {
                return Err(PyErr::value_error("timeout value must be non-negative"));
            }
            Ok(Some(Duration::from_secs_f64(secs)))
        }
    }
}

/// CPython's flags for the `unbounditems` policies (`_crossinterp`): 1 remove, 2 error,
/// 3 unbound; None means "the queue's default".
fn unbound_arg(v: Option<&Value>) -> PyResult<Option<UnboundOp>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(1)) => Ok(Some(UnboundOp::Remove)),
        Some(Value::Int(2)) => Ok(Some(UnboundOp::Error)),
        Some(Value::Int(3)) => Ok(Some(UnboundOp::Unbound)),
        Some(_) => Err(PyErr::value_error("unsupported unbounditems value")),
    }
}

/// `queue_create(maxsize, unboundop)`.
fn queue_create(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let maxsize = match a.pos.first() {
        Some(Value::Int(n)) => (*n).max(0) as usize,
        Some(Value::Bool(b)) => usize::from(b.get()),
        None => 0,
        Some(v) if matches!(v.kind(), Some(Kind::BigInt(_))) => {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ));
        }
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(th, v)
            )));
        }
    };
    let unbound = unbound_arg(a.pos.get(1))?.unwrap_or_default();
    let q = th.st.runtime.channels().create_queue(maxsize, unbound);
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(q)))))
}

fn queue_id(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_id", 1, 1)?;
    Ok(Value::Int(queue_of(th, &a.pos[0])?.id() as i64))
}

/// `queue_lookup(id)`: the native queue with this id (`Queue(id)`), or `QueueNotFoundError`.
fn queue_lookup(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_lookup", 1, 1)?;
    let Value::Int(id) = a.pos[0] else {
        return Err(PyErr::type_error(format!(
            "id must be an int, got {}",
            ops::repr(th, &a.pos[0])?
        )));
    };
    let q = u64::try_from(id)
        .map_err(|_| QueueError::NotFound { id: 0 })
        .and_then(|id| th.st.runtime.channels().queue(id));
    match q {
        Ok(q) => Ok(Value::Obj(Obj::new(Kind::Other(Box::new(q))))),
        Err(_) => Err(module_error(
            th,
            "QueueNotFoundError",
            format!("queue {id} not found"),
        )),
    }
}

/// `queue_unbound(q)`: the queue's default `unbounditems` policy as CPython's flag.
fn queue_unbound(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_unbound", 1, 1)?;
    Ok(Value::Int(
        match queue_of(th, &a.pos[0])?.default_unbound() {
            UnboundOp::Remove => 1,
            UnboundOp::Error => 2,
            UnboundOp::Unbound => 3,
        },
    ))
}

fn queue_maxsize(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_maxsize", 1, 1)?;
    Ok(Value::Int(queue_of(th, &a.pos[0])?.maxsize() as i64))
}

fn queue_qsize(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_qsize", 1, 1)?;
    Ok(Value::Int(queue_of(th, &a.pos[0])?.qsize() as i64))
}

fn queue_empty(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_empty", 1, 1)?;
    Ok(Value::bool(queue_of(th, &a.pos[0])?.empty()))
}

fn queue_full(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_full", 1, 1)?;
    Ok(Value::bool(queue_of(th, &a.pos[0])?.full()))
}

/// `prune_unshared(table)`: removes the entries of dict `table` whose value nothing else
/// refers to. A table of handle wrappers pruned this way acts as a weak-value dictionary
/// (one wrapper per id while anyone holds it) without weak references.
fn prune_unshared(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("prune_unshared", 1, 1)?;
    let Some(Kind::Dict(d)) = a.pos[0].kind() else {
        return Err(PyErr::type_error(format!(
            "prune_unshared() argument must be dict, not {}",
            type_name(th, &a.pos[0])
        )));
    };
    let mut d = d.borrow_mut();
    let lonely: Vec<usize> = (0..d.slots())
        .filter(|&i| {
            d.entry_at(i)
                .and_then(|e| e.value.as_obj())
                .is_some_and(|o| o.strong_count() == 1)
        })
        .collect();
    // Dropped after the borrow: a wrapper's own drop may touch other objects.
    let removed: Vec<_> = lonely.into_iter().filter_map(|i| d.remove_at(i)).collect();
    drop(d);
    Ok(Value::Int(removed.len() as i64))
}

/// `queue_put(q, obj, block, timeout, unboundop)`.
fn queue_put(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_put", 5, 5)?;
    let q = queue_of(th, &a.pos[0])?;
    let block = ops::truthy(th, &a.pos[2])?;
    let op = unbound_arg(a.pos.get(4))?;
    put_into(th, &q, &a.pos[1], block, a.pos.get(3), op)
}

/// `queue_get(q, block, timeout)`.
fn queue_get(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("queue_get", 3, 3)?;
    let q = queue_of(th, &a.pos[0])?;
    let block = ops::truthy(th, &a.pos[1])?;
    get_from(th, &q, block, a.pos.get(2))
}

/// Binds the arguments of a method that CPython writes in Python as
/// `def name(self, <names>)`, self excluded, with the messages of a Python function. The last
/// `kw_only` names come after `*`; the first `required` have no default.
fn bind_method<'a, const N: usize>(
    a: &Args<'a>,
    qual: &str,
    names: &[&str; N],
    required: usize,
    kw_only: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let positional = names.len() - kw_only;
    let given = a.pos.len().saturating_sub(1);
    if given > positional {
        let takes = if required == positional {
            format!("{}", positional + 1)
        } else {
            format!("from {} to {}", required + 1, positional + 1)
        };
        return Err(PyErr::type_error(format!(
            "{qual}() takes {takes} positional arguments but {} were given",
            given + 1
        )));
    }
    let mut out: [Option<&'a Value>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(a.pos.iter().skip(1)) {
        *slot = Some(v);
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = k.as_str().unwrap_or("");
        let Some(i) = names.iter().position(|n| *n == k) else {
            return Err(PyErr::type_error(format!(
                "{qual}() got an unexpected keyword argument '{k}'"
            )));
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "{qual}() got multiple values for argument '{k}'"
            )));
        }
        out[i] = Some(v);
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(PyErr::type_error(format!(
            "{qual}() missing 1 required positional argument: '{}'",
            names[i]
        )));
    }
    Ok(out)
}

/// The native queue of a `concurrent.interpreters.Queue` (`self._core`).
fn queue_self(th: &mut Thread<'_>, a: &Args<'_>, qual: &str) -> PyResult<Queue> {
    let Some(this) = a.pos.first() else {
        return Err(PyErr::type_error(format!(
            "{qual}() missing 1 required positional argument: 'self'"
        )));
    };
    // `_core` is set in the instance dict by `_queue_from_core`; read it there directly (a
    // generic attribute lookup was 40 % of a put or get), and fall back to the full lookup
    // for anything else (a subclass with a `_core` property).
    // The dict holds `_core` and little else: a scan by text needs neither the interned
    // name nor its hash.
    if let Some(Kind::Instance(i)) = this.kind()
        && let Some(Kind::Dict(d)) = i.dict.as_ref().map(|d| d.kind())
        && let Ok(d) = d.try_borrow()
        && d.len() <= 4
        && let Some(e) = d.iter().find(|e| e.key.as_str() == Some("_core"))
    {
        return queue_of(th, &e.value);
    }
    let core = ops::getattr(th, this, &th.intern("_core"))?;
    queue_of(th, &core)
}

/// `Queue.put(self, obj, block=True, timeout=None, *, unbounditems=None)`.
fn queue_put_method(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let q = queue_self(th, &a, "Queue.put")?;
    let b = bind_method(
        &a,
        "Queue.put",
        &["obj", "block", "timeout", "unbounditems"],
        1,
        1,
    )?;
    let block = match b[1] {
        Some(v) => ops::truthy(th, v)?,
        None => true,
    };
    let op = match b[3] {
        None | Some(Value::None) => None,
        // The policy objects live in the Python module, which maps them to flags.
        Some(v) => {
            let m = th.import("concurrent.interpreters")?;
            let f = ops::getattr(th, &m, &th.intern("_unbound_flag"))?;
            let flag = th.call(&f, Args::positional(std::slice::from_ref(v)))?;
            unbound_arg(Some(&flag))?
        }
    };
    let item = b[0].cloned().unwrap_or(Value::None);
    put_into(th, &q, &item, block, b[2], op)
}

/// `Queue.get(self, block=True, timeout=None)`.
fn queue_get_method(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let q = queue_self(th, &a, "Queue.get")?;
    let b = bind_method(&a, "Queue.get", &["block", "timeout"], 0, 0)?;
    let block = match b[0] {
        Some(v) => ops::truthy(th, v)?,
        None => true,
    };
    get_from(th, &q, block, b[1])
}

fn put_into(
    th: &mut Thread<'_>,
    q: &Queue,
    obj: &Value,
    block: bool,
    timeout: Option<&Value>,
    op: Option<UnboundOp>,
) -> PyResult<Value> {
    let item = crate::share::to_shareable(th, obj, false)?;
    let timeout = timeout_arg(timeout)?;
    let mut origin = Origin::new(th.st.id);
    if let Some(op) = op {
        origin = origin.with_unbound(op);
    }
    let gil = th.gil;
    let r = if block {
        q.put_interruptible(item, origin, timeout, Some(&th.st.interrupt), |wait| {
            gil.release(wait)
        })
    } else {
        q.put_nowait(item, origin)
    };
    r.map_err(|e| queue_error(th, e))?;
    Ok(Value::None)
}

fn get_from(
    th: &mut Thread<'_>,
    q: &Queue,
    block: bool,
    timeout: Option<&Value>,
) -> PyResult<Value> {
    let timeout = timeout_arg(timeout)?;
    th.st.flush_stdout();
    let gil = th.gil;
    let r = if block {
        q.get_interruptible(timeout, Some(&th.st.interrupt), |wait| gil.release(wait))
    } else {
        q.get_nowait()
    };
    let item = r.map_err(|e| queue_error(th, e))?;
    crate::share::from_shareable(th, &item)
}

/// The native end inside a channel-end object.
enum End {
    Recv(RecvChannel),
    Send(SendChannel),
}

fn end_of(th: &Thread<'_>, v: &Value) -> PyResult<End> {
    if let Some(Kind::Other(b)) = v.kind() {
        if let Some(r) = b.downcast_ref::<RecvChannel>() {
            return Ok(End::Recv(r.clone()));
        }
        if let Some(s) = b.downcast_ref::<SendChannel>() {
            return Ok(End::Send(s.clone()));
        }
    }
    Err(PyErr::type_error(format!(
        "expected a channel end, not {}",
        type_name(th, v)
    )))
}

fn channel_error(th: &mut Thread<'_>, e: ChannelError) -> PyErr {
    let class = match e {
        ChannelError::Interrupted { .. } => return crate::thread_mod::closed_error(th),
        ChannelError::Empty { .. } => "ChannelEmptyError",
        ChannelError::NotEmpty { .. } => "ChannelNotEmptyError",
        ChannelError::NotFound { .. } => "ChannelNotFoundError",
        ChannelError::Closed { .. } | ChannelError::Released { .. } => "ChannelClosedError",
        _ => "ChannelError",
    };
    module_error(th, class, e.to_string())
}

fn channel_create(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let (r, s) = th.st.runtime.channels().create_channel();
    Ok(Value::tuple(vec![
        Value::Obj(Obj::new(Kind::Other(Box::new(r)))),
        Value::Obj(Obj::new(Kind::Other(Box::new(s)))),
    ]))
}

/// `channel_list_all()`: the `(recv, send)` native ends of every open channel of the runtime.
fn channel_list_all(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("channel_list_all", 0, 0)?;
    let pairs = th
        .st
        .runtime
        .channels()
        .list_all_channels()
        .into_iter()
        .map(|(r, s)| {
            Value::tuple(vec![
                Value::Obj(Obj::new(Kind::Other(Box::new(r)))),
                Value::Obj(Obj::new(Kind::Other(Box::new(s)))),
            ])
        })
        .collect();
    Ok(Value::list(pairs))
}

fn channel_id(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("channel_id", 1, 1)?;
    Ok(Value::Int(match end_of(th, &a.pos[0])? {
        End::Recv(r) => r.id() as i64,
        End::Send(s) => s.id() as i64,
    }))
}

/// `channel_send(end, obj, block)`: a blocking send waits until a receiver has the object.
fn channel_send(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("channel_send", 3, 3)?;
    let End::Send(s) = end_of(th, &a.pos[0])? else {
        return Err(PyErr::type_error("expected a send end"));
    };
    let item = crate::share::to_shareable(th, &a.pos[1], false)?;
    let block = ops::truthy(th, &a.pos[2])?;
    let origin = Origin::new(th.st.id);
    th.st.flush_stdout();
    let gil = th.gil;
    let r = if block {
        s.send_interruptible(item, origin, None, Some(&th.st.interrupt), |wait| {
            gil.release(wait)
        })
        .map(|()| true)
    } else {
        s.send_nowait(item, origin)
    };
    let sent = r.map_err(|e| channel_error(th, e))?;
    Ok(Value::bool(sent))
}

/// `channel_recv(end, block)`.
fn channel_recv(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("channel_recv", 2, 2)?;
    let End::Recv(r) = end_of(th, &a.pos[0])? else {
        return Err(PyErr::type_error("expected a receive end"));
    };
    let block = ops::truthy(th, &a.pos[1])?;
    let me = th.st.id;
    th.st.flush_stdout();
    let gil = th.gil;
    let got = if block {
        r.recv_interruptible(me, None, Some(&th.st.interrupt), |wait| gil.release(wait))
    } else {
        r.recv_nowait(me)
    };
    let item = got.map_err(|e| channel_error(th, e))?;
    crate::share::from_shareable(th, &item)
}

fn channel_close(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("channel_close", 2, 2)?;
    let force = ops::truthy(th, &a.pos[1])?;
    let r = match end_of(th, &a.pos[0])? {
        End::Recv(r) => r.close(force),
        End::Send(s) => s.close(force),
    };
    r.map_err(|e| channel_error(th, e))?;
    Ok(Value::None)
}

fn channel_release(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("channel_release", 1, 1)?;
    let me = th.st.id;
    match end_of(th, &a.pos[0])? {
        End::Recv(r) => r.release(me),
        End::Send(s) => s.release(me),
    }
    Ok(Value::None)
}
