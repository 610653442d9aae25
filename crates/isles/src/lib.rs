//! isles: the embedding API. Create a [`Runtime`], get interpreters from it, run Python code
//! in them from any thread. Each interpreter has its own GIL; nothing is shared between them
//! but immutable compiled code.
//!
//! ```
//! let rt = isles::Runtime::new(isles::RuntimeConfig::default());
//! let main = rt.main_interpreter();
//! main.exec("x = 6 * 7").unwrap();
//! assert_eq!(main.eval_repr("x").unwrap(), "42");
//! ```
//!
//! Objects never leave their interpreter: values are `!Send`, so this does not compile:
//!
//! ```compile_fail
//! use isles_object::Value;
//! let v = Value::str("hello");
//! std::thread::spawn(move || drop(v));
//! ```
#![forbid(unsafe_code)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use isles_ceval::{Thread, traceback};
use isles_compiler::{CompileError, Mode};
use isles_interp::InterpState;
use isles_object::{ExcKind, PyErr, Value};

pub use isles_interp::InterpConfig;
pub use isles_runtime::RuntimeConfig;

/// A Python error reported to the embedder, with everything a caller needs to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyException {
    /// The exception class name, e.g. `"ZeroDivisionError"`.
    pub type_name: String,
    /// `str()` of the exception.
    pub message: String,
    /// The whole report as CPython prints it (`Traceback (most recent call last): ...`).
    pub formatted: String,
}

/// Errors of the embedding API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The source did not compile; `formatted` is CPython's SyntaxError report.
    Syntax { message: String, formatted: String },
    /// Python code raised an exception that was not caught.
    Exception(PyException),
    /// Python code raised `SystemExit` (e.g. `sys.exit(n)`): the exit status CPython would
    /// use, and the text it would print to stderr (empty for None or an int).
    Exit { code: i32, message: String },
    /// The interpreter has been closed.
    Closed,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Syntax { formatted, .. } => f.write_str(formatted),
            Error::Exception(e) => f.write_str(&e.formatted),
            Error::Exit { code, .. } => write!(f, "SystemExit({code})"),
            Error::Closed => f.write_str("interpreter is closed"),
        }
    }
}

impl std::error::Error for Error {}

/// A runtime: the registry of interpreters and the shared code cache. Cheap to clone.
#[derive(Clone)]
pub struct Runtime {
    inner: isles_runtime::Runtime,
    main: Arc<Mutex<Option<Interpreter>>>,
}

impl Runtime {
    /// Creates a runtime and its main interpreter.
    pub fn new(config: RuntimeConfig) -> Runtime {
        let inner = isles_runtime::Runtime::new(config);
        let rt = Runtime {
            inner,
            main: Arc::new(Mutex::new(None)),
        };
        let main = rt.create_interpreter(InterpConfig {
            whence: "runtime init",
            argv: Vec::new(),
        });
        *rt.main.lock().unwrap_or_else(|e| e.into_inner()) = Some(main);
        rt
    }

    /// The main interpreter (made with the runtime).
    pub fn main_interpreter(&self) -> Interpreter {
        self.main
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .expect("main interpreter exists from Runtime::new")
    }

    /// Creates another interpreter, isolated from all others.
    pub fn create_interpreter(&self, config: InterpConfig) -> Interpreter {
        let inner = isles_interp::Interpreter::new(&self.inner, config);
        inner.with_gil(|g, st| {
            let mut th = Thread::new(g, st);
            isles_stdlib::init(&mut th);
        });
        Interpreter { inner }
    }

    /// How many sources this runtime has compiled: every `(filename, source)` pair once,
    /// however many interpreters run or import it.
    pub fn compile_count(&self) -> u64 {
        self.inner.compile_count()
    }

    /// Ids of the live interpreters.
    pub fn interpreter_ids(&self) -> Vec<u64> {
        self.inner
            .interpreters()
            .into_iter()
            .map(|r| r.id)
            .collect()
    }
}

/// A handle to one interpreter; `Send + Sync`, cheap to clone.
#[derive(Clone, Debug)]
pub struct Interpreter {
    inner: isles_interp::Interpreter,
}

impl Interpreter {
    pub fn id(&self) -> u64 {
        self.inner.id()
    }

    /// Runs `source` in this interpreter's `__main__` (filename `<string>`).
    pub fn exec(&self, source: &str) -> Result<(), Error> {
        self.run_source(source, "<string>").map(|_| ())
    }

    /// Runs a file's source in `__main__`, as the CLI does.
    pub fn run_source(&self, source: &str, filename: &str) -> Result<(), Error> {
        if !filename.starts_with('<') {
            self.inner.with_gil(|_, st| {
                if let Some(d) = st.module_dict(&st.main)
                    && let isles_object::Kind::Dict(d) = d.kind()
                {
                    d.borrow_mut().set_str("__file__", Value::str(filename));
                }
            });
        }
        self.run(source, filename, Mode::Exec, false).map(|_| ())
    }

    /// Evaluates an expression in `__main__` and returns its `repr()`.
    pub fn eval_repr(&self, expr: &str) -> Result<String, Error> {
        self.run(expr, "<string>", Mode::Eval, true)
            .map(|r| r.unwrap_or_default())
    }

    /// Waits for the interpreter's non-daemon threads, as CPython does before it exits.
    pub fn wait_for_threads(&self) -> Result<(), Error> {
        self.exec(
            "import sys\nif 'threading' in sys.modules:\n    sys.modules['threading']._shutdown()",
        )
    }

    /// Frees the interpreter's heap; later calls return [`Error::Closed`].
    pub fn close(&self) {
        self.inner.close();
    }

    fn run(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
        want_repr: bool,
    ) -> Result<Option<String>, Error> {
        let code = self
            .inner
            .runtime()
            .cached_code(filename, source, || {
                isles_compiler::compile(source, filename, mode)
            })
            .map_err(|e| syntax_error(&e))?;
        self.with_thread(|th, st| run_in(th, st, &code, want_repr))
    }

    /// Runs module `name` as `__main__`, as `isles -m name` does (through `runpy`).
    pub fn run_module(&self, name: &str) -> Result<(), Error> {
        self.with_thread(|th, _| {
            let r = th.import("runpy").and_then(|runpy| {
                let f = isles_ceval::ops::getattr(th, &runpy, &th.intern("_run_module_as_main"))?;
                th.call(&f, isles_ceval::Args::positional(&[Value::str(name)]))
            });
            r.map(|_| None).map_err(|e| report(th, e))
        })
        .map(|_| ())
    }

    /// Runs `f` on a thread of this interpreter under its GIL; a Rust panic becomes
    /// `SystemError`, and buffered stdout is flushed afterwards.
    fn with_thread(
        &self,
        f: impl FnOnce(&mut Thread<'_>, &InterpState) -> Result<Option<String>, Error>,
    ) -> Result<Option<String>, Error> {
        let result = self.inner.with_gil(|g, st| {
            let mut th = Thread::new(g, st);
            let outcome = catch_unwind(AssertUnwindSafe(|| f(&mut th, st)));
            let r = match outcome {
                Ok(r) => r,
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "panic".into());
                    let mut th = Thread::new(g, st);
                    Err(report(
                        &mut th,
                        PyErr::new(ExcKind::SystemError, format!("internal error: {what}")),
                    ))
                }
            };
            st.flush_stdout();
            r
        });
        result.unwrap_or(Err(Error::Closed))
    }
}

fn run_in(
    th: &mut Thread<'_>,
    st: &InterpState,
    code: &Arc<isles_compiler::CodeObject>,
    want_repr: bool,
) -> Result<Option<String>, Error> {
    let data = st.code_data(code);
    let globals = st.module_dict(&st.main).expect("__main__ is a module");
    match th.run_code(&data, &globals) {
        Ok(v) if want_repr => match isles_ceval::ops::repr(th, &v) {
            Ok(s) => Ok(Some(s)),
            Err(e) => Err(report(th, e)),
        },
        Ok(_) => Ok(None),
        Err(e) => Err(report(th, e)),
    }
}

fn report(th: &mut Thread<'_>, mut e: PyErr) -> Error {
    if isles_ceval::ops::err_matches(th, &e, ExcKind::SystemExit) {
        return system_exit(th, &mut e);
    }
    let formatted = traceback::format_exception(th, &mut e);
    let exc = isles_ceval::ops::normalize(th, &mut e);
    let v = Value::Obj(exc);
    let type_name = isles_ceval::ops::type_name(th, &v);
    let message = isles_ceval::ops::str_(th, &v).unwrap_or_default();
    Error::Exception(PyException {
        type_name,
        message,
        formatted,
    })
}

/// CPython's handling of an uncaught SystemExit: None exits 0, an int is the status,
/// anything else is printed and exits 1.
fn system_exit(th: &mut Thread<'_>, e: &mut PyErr) -> Error {
    let exc = isles_ceval::ops::normalize(th, e);
    let arg = match exc.kind() {
        isles_object::Kind::Exception(x) => match x.args.borrow().kind() {
            Some(isles_object::Kind::Tuple(t)) if t.len() == 1 => t[0].clone(),
            Some(isles_object::Kind::Tuple(t)) if t.is_empty() => Value::None,
            _ => x.args.borrow().clone(),
        },
        _ => Value::None,
    };
    match &arg {
        Value::None => Error::Exit {
            code: 0,
            message: String::new(),
        },
        Value::Int(i) => Error::Exit {
            code: *i as i32,
            message: String::new(),
        },
        Value::Bool(b) => Error::Exit {
            code: *b as i32,
            message: String::new(),
        },
        other => Error::Exit {
            code: 1,
            message: format!(
                "{}\n",
                isles_ceval::ops::str_(th, other).unwrap_or_default()
            ),
        },
    }
}

fn syntax_error(e: &CompileError) -> Error {
    Error::Syntax {
        message: e.msg.clone(),
        formatted: traceback::format_syntax_error(e),
    }
}
