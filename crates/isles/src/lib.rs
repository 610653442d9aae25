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

pub use isles_channel::{Origin, Queue, QueueError, Shareable, SharedBytes, UnboundOp, no_gil};
pub use isles_interp::{GilMode, InterpConfig};
pub use isles_runtime::RuntimeConfig;

/// A Python error reported to the embedder, with everything a caller needs to show it.
///
/// ```
/// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
/// let Err(isles::Error::Exception(e)) = rt.main_interpreter().exec("{}['k']") else {
///     panic!("expected an exception")
/// };
/// assert_eq!(e.type_name, "KeyError");
/// assert_eq!(e.message, "'k'");
/// assert!(e.formatted.starts_with("Traceback (most recent call last):\n"));
/// assert!(e.formatted.ends_with("KeyError: 'k'\n"));
/// ```
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
///
/// ```
/// use isles::Error;
/// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
/// let i = rt.create_interpreter(isles::InterpConfig::default());
/// assert!(matches!(i.exec("x = (1 +"), Err(Error::Syntax { .. })));
/// assert!(matches!(i.exec("1 / 0"), Err(Error::Exception(e)) if e.type_name == "ZeroDivisionError"));
/// let main = rt.main_interpreter();
/// assert!(matches!(main.exec("raise SystemExit(3)"), Err(Error::Exit { code: 3, .. })));
/// i.close();
/// assert_eq!(i.exec("x = 1"), Err(Error::Closed));
/// ```
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
///
/// Dropping the last clone finalizes the runtime: every interpreter still open (the main one
/// last) is closed and its memory freed; [`Interpreter`] handles kept past that point report
/// [`Error::Closed`].
///
/// ```
/// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
/// let worker = rt.create_interpreter(isles::InterpConfig::default());
/// drop(rt);
/// assert_eq!(worker.exec("x = 1"), Err(isles::Error::Closed));
/// ```
#[derive(Clone)]
pub struct Runtime {
    inner: isles_runtime::Runtime,
    main: Arc<Mutex<Option<Interpreter>>>,
    _finalizer: Arc<Finalizer>,
}

/// Closes the runtime's interpreters when the last [`Runtime`] clone goes. Interpreters hold
/// their runtime and the runtime holds them until closed (PEP 734: an interpreter lives until
/// closed, even with no handle left), so without this the two would keep each other alive.
struct Finalizer {
    runtime: isles_runtime::Runtime,
}

impl Drop for Finalizer {
    fn drop(&mut self) {
        let main = self.runtime.main_id();
        let mut open: Vec<isles_interp::Interpreter> = self
            .runtime
            .take_handles()
            .iter()
            .filter_map(|h| h.downcast_ref::<isles_interp::Interpreter>().cloned())
            .collect();
        open.sort_by_key(|i| (Some(i.id()) == main, i.id()));
        for interp in open {
            interp.finalize();
        }
    }
}

impl Runtime {
    /// The flag that makes the main interpreter raise `KeyboardInterrupt` at its next check
    /// (loop back-edges and calls). Signals belong to the embedding program: the CLI sets it
    /// from its SIGINT handler.
    pub fn interrupt_flag(&self) -> Arc<std::sync::atomic::AtomicBool> {
        self.inner.interrupt_flag()
    }

    /// Creates a runtime and its main interpreter. Runtimes are values: two in one process
    /// share nothing.
    ///
    /// ```
    /// let a = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let b = isles::Runtime::new(isles::RuntimeConfig::default());
    /// a.main_interpreter().exec("x = 'a'")?;
    /// assert!(b.main_interpreter().eval_repr("x").is_err());
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn new(config: RuntimeConfig) -> Runtime {
        let inner = isles_runtime::Runtime::new(config);
        let rt = Runtime {
            _finalizer: Arc::new(Finalizer {
                runtime: inner.clone(),
            }),
            inner,
            main: Arc::new(Mutex::new(None)),
        };
        let main = rt.create_interpreter(InterpConfig::legacy());
        *rt.main.lock().unwrap_or_else(|e| e.into_inner()) = Some(main);
        rt
    }

    /// The main interpreter (made with the runtime).
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let main = rt.main_interpreter();
    /// assert_eq!(main.id(), rt.main_interpreter().id());
    /// assert_eq!(main.eval_repr("__name__")?, "'__main__'");
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn main_interpreter(&self) -> Interpreter {
        self.main
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .expect("main interpreter exists from Runtime::new")
    }

    /// Creates another interpreter, isolated from all others: its own `__main__`, `sys`,
    /// modules and builtins, and (unless `config.gil` says otherwise) its own GIL.
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let a = rt.create_interpreter(isles::InterpConfig::default());
    /// let b = rt.create_interpreter(isles::InterpConfig::default());
    /// a.exec("import sys\nsys.tag = 'a'")?;
    /// assert_eq!(b.eval_repr("hasattr(__import__('sys'), 'tag')")?, "False");
    /// // Interpreters run Python code on any thread, at the same time as each other.
    /// let t = std::thread::spawn(move || a.eval_repr("sum(range(1000))"));
    /// assert_eq!(b.eval_repr("sum(range(10))")?, "45");
    /// assert_eq!(t.join().unwrap()?, "499500");
    /// # Ok::<(), isles::Error>(())
    /// ```
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
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let (a, b) = (rt.main_interpreter(), rt.create_interpreter(isles::InterpConfig::default()));
    /// let before = rt.compile_count();
    /// a.exec("y = [i * i for i in range(5)]")?;
    /// b.exec("y = [i * i for i in range(5)]")?;
    /// assert_eq!(rt.compile_count(), before + 1);
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn compile_count(&self) -> u64 {
        self.inner.compile_count()
    }

    /// A cross-interpreter queue (PEP 734's `create_queue`): pass it to interpreters with
    /// [`Interpreter::prepare_main`] and put or get from Rust on any thread.
    ///
    /// ```
    /// use isles::{Shareable, UnboundOp};
    /// use std::time::Duration;
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let q = rt.create_queue(0, UnboundOp::Unbound);
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// i.prepare_main(&[("q", Shareable::Queue(q.clone()))])?;
    /// i.exec("q.put(('done', 6 * 7))")?;
    /// let got = q.get(Some(Duration::from_secs(5)), isles::no_gil)?;
    /// assert_eq!(got, Shareable::Tuple(vec![Shareable::from("done"), Shareable::Int(42)].into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn create_queue(&self, maxsize: usize, unbounditems: UnboundOp) -> Queue {
        self.inner.channels().create_queue(maxsize, unbounditems)
    }

    /// Ids of the live interpreters (main included); ids are never reused.
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// assert_eq!(rt.interpreter_ids(), vec![rt.main_interpreter().id(), i.id()]);
    /// i.close();
    /// assert_eq!(rt.interpreter_ids(), vec![rt.main_interpreter().id()]);
    /// ```
    pub fn interpreter_ids(&self) -> Vec<u64> {
        self.inner
            .interpreters()
            .into_iter()
            .map(|r| r.id)
            .collect()
    }
}

/// A handle to one interpreter; `Send + Sync`, cheap to clone (clones name the same
/// interpreter). The interpreter lives until [`Interpreter::close`] or the end of its runtime,
/// whether or not a handle is kept.
///
/// ```
/// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
/// let i = rt.create_interpreter(isles::InterpConfig::default());
/// let j = i.clone();
/// std::thread::spawn(move || j.exec("n = 1")).join().unwrap()?;
/// assert_eq!(i.eval_repr("n")?, "1");
/// # Ok::<(), isles::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Interpreter {
    inner: isles_interp::Interpreter,
}

impl Interpreter {
    /// The interpreter's id, as `concurrent.interpreters` shows it (main is 0).
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// assert_eq!(rt.main_interpreter().id(), 0);
    /// assert_eq!(i.eval_repr("__import__('concurrent.interpreters').interpreters.get_current().id")?, i.id().to_string());
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn id(&self) -> u64 {
        self.inner.id()
    }

    /// Runs `source` in this interpreter's `__main__` (filename `<string>`); its globals stay
    /// for later calls. The interpreter stays usable after an error.
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// i.exec("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)")?;
    /// i.exec("r = fib(20)")?;
    /// assert_eq!(i.eval_repr("r")?, "6765");
    /// assert!(i.exec("fib(None)").is_err());
    /// assert_eq!(i.eval_repr("fib(10)")?, "55");
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn exec(&self, source: &str) -> Result<(), Error> {
        self.run_source(source, "<string>").map(|_| ())
    }

    /// Runs a file's source in `__main__`, as the CLI does: `filename` is shown in tracebacks
    /// and set as `__file__` (except for `<string>`, the name of `-c` code: CPython sets
    /// `__file__` for a script and for `<stdin>`, not for `-c`).
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// i.run_source("name = __file__", "/srv/job.py")?;
    /// assert_eq!(i.eval_repr("name")?, "'/srv/job.py'");
    /// let Err(isles::Error::Exception(e)) = i.run_source("\nboom()", "/srv/job.py") else {
    ///     panic!("expected NameError")
    /// };
    /// assert!(e.formatted.contains("File \"/srv/job.py\", line 2, in <module>"));
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn run_source(&self, source: &str, filename: &str) -> Result<(), Error> {
        if filename != "<string>" {
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
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.main_interpreter();
    /// assert_eq!(i.eval_repr("[1, 'two', 3.0, None]")?, "[1, 'two', 3.0, None]");
    /// assert_eq!(i.eval_repr("2 ** 100")?, "1267650600228229401496703205376");
    /// assert!(matches!(i.eval_repr("x = 1"), Err(isles::Error::Syntax { .. })));
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn eval_repr(&self, expr: &str) -> Result<String, Error> {
        self.run(expr, "<string>", Mode::Eval, true)
            .map(|r| r.unwrap_or_default())
    }

    /// Waits for the interpreter's non-daemon threads, as CPython does before it exits.
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.main_interpreter();
    /// i.exec("import threading, time\nout = []\ndef work():\n    time.sleep(0.05)\n    out.append(1)\nthreading.Thread(target=work).start()")?;
    /// i.wait_for_threads()?;
    /// assert_eq!(i.eval_repr("out")?, "[1]");
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn wait_for_threads(&self) -> Result<(), Error> {
        self.exec(
            "import sys\nif 'threading' in sys.modules:\n    sys.modules['threading']._shutdown()",
        )
    }

    /// Whether the two interpreters run under one GIL: an interpreter created with
    /// [`GilMode::Shared`] shares main's; by default each has its own.
    ///
    /// ```
    /// use isles::{GilMode, InterpConfig};
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let main = rt.main_interpreter();
    /// let shared = rt.create_interpreter(InterpConfig { gil: GilMode::Shared, ..InterpConfig::default() });
    /// let own = rt.create_interpreter(InterpConfig::default());
    /// assert!(shared.shares_gil_with(&main));
    /// assert!(!own.shares_gil_with(&main));
    /// // Sharing a GIL shares no state.
    /// main.exec("x = 'main'")?;
    /// shared.exec("x = 'shared'")?;
    /// assert_eq!(main.eval_repr("x")?, "'main'");
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn shares_gil_with(&self, other: &Interpreter) -> bool {
        self.inner.shares_gil_with(&other.inner)
    }

    /// Whether some thread holds this interpreter's GIL at this moment (a snapshot for
    /// diagnostics and tests: it may change right after).
    ///
    /// ```
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// assert!(!i.gil_is_held());
    /// ```
    pub fn gil_is_held(&self) -> bool {
        self.inner.gil_is_held()
    }

    /// Frees the interpreter's heap; later calls return [`Error::Closed`] (closing again does
    /// nothing). Items it put in queues are handled by their `unbounditems` policy.
    ///
    /// ```
    /// use isles::{Shareable, UnboundOp};
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let q = rt.create_queue(0, UnboundOp::Unbound);
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// i.prepare_main(&[("q", Shareable::Queue(q.clone()))])?;
    /// i.exec("q.put('sent before close')")?;
    /// i.close();
    /// assert_eq!(i.exec("pass"), Err(isles::Error::Closed));
    /// assert!(!rt.interpreter_ids().contains(&i.id()));
    /// assert_eq!(q.get_nowait()?, Shareable::Unbound);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
            .cached_code(filename, source, mode, || {
                isles_compiler::compile(source, filename, mode)
            })
            .map_err(|e| syntax_error(&e))?;
        self.with_thread(|th, st| run_in(th, st, &code, want_repr))
    }

    /// Runs module `name` as `__main__`, as `isles -m name` does (through `runpy`).
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("isles_doc_{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("greet.py"), "import sys\nsys.greeting = 'hi from ' + __name__\n").unwrap();
    /// let rt = isles::Runtime::new(isles::RuntimeConfig {
    ///     module_paths: vec![dir.clone()],
    ///     ..isles::RuntimeConfig::default()
    /// });
    /// let main = rt.main_interpreter();
    /// main.run_module("greet")?;
    /// assert_eq!(main.eval_repr("__import__('sys').greeting")?, "'hi from __main__'");
    /// # std::fs::remove_dir_all(&dir).ok();
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn run_module(&self, name: &str) -> Result<(), Error> {
        self.with_thread(|th, _| {
            let r = th.import("runpy").and_then(|runpy| {
                let f = isles_ceval::ops::getattr(th, &runpy, &th.intern("_run_module_as_main"))?;
                th.call(&f, isles_ceval::Args::positional(&[Value::str(name)]))
            });
            r.map(|_| ()).map_err(|e| report(th, e))
        })
    }

    /// Runs `f` on this OS thread holding the interpreter's GIL. A Rust panic inside becomes
    /// `SystemError`; output is flushed afterwards.
    fn with_thread<R: Send>(
        &self,
        f: impl FnOnce(&mut Thread<'_>, &InterpState) -> Result<R, Error>,
    ) -> Result<R, Error> {
        // Seen as running meanwhile (PEP 734's `is_running()`), so another interpreter's
        // `exec` into it is refused as in CPython; a nested call leaves the mark to its owner.
        let marked = self.inner.begin_run();
        let result = self.inner.with_gil(|g, st| {
            let mut th = Thread::new(g, st);
            let outcome = catch_unwind(AssertUnwindSafe(|| f(&mut th, st)));
            let r = match outcome {
                Ok(r) => r,
                Err(panic) => {
                    let mut th = Thread::new(g, st);
                    Err(report(&mut th, isles_ceval::panic_error(&*panic)))
                }
            };
            st.flush_stdout();
            r
        });
        if marked {
            self.inner.end_run();
        }
        // Closed while the code ran (a wait it was parked in raised): what it ended with is
        // no result.
        if self.inner.is_closing() {
            return Err(Error::Closed);
        }
        result.unwrap_or(Err(Error::Closed))
    }

    /// Binds shareable values as globals of `__main__` (PEP 734's `prepare_main`).
    ///
    /// ```
    /// use isles::Shareable;
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// i.prepare_main(&[("n", Shareable::Int(20)), ("name", Shareable::from("isles"))])?;
    /// assert_eq!(i.eval_repr("name * 2 + str(n)")?, "'islesisles20'");
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn prepare_main(&self, values: &[(&str, Shareable)]) -> Result<(), Error> {
        self.with_thread(|th, st| {
            let globals = st
                .module_dict(&st.main)
                .ok_or_else(|| report(th, PyErr::system_error("__main__ is not a module")))?;
            for (name, s) in values {
                let v = isles_stdlib::from_shareable(th, s).map_err(|e| report(th, e))?;
                if let isles_object::Kind::Dict(d) = globals.kind() {
                    d.borrow_mut().set_str(name, v);
                }
            }
            Ok(())
        })
    }

    /// Calls the function `name` of `__main__` with shareable arguments and returns its result
    /// as a shareable value (lists, dicts and sets come back as deep copies).
    ///
    /// ```
    /// use isles::Shareable;
    /// let rt = isles::Runtime::new(isles::RuntimeConfig::default());
    /// let i = rt.create_interpreter(isles::InterpConfig::default());
    /// i.exec("def area(w, h):\n    return w * h")?;
    /// assert_eq!(i.call("area", &[Shareable::Int(6), Shareable::Int(7)])?, Shareable::Int(42));
    /// # Ok::<(), isles::Error>(())
    /// ```
    pub fn call(&self, name: &str, args: &[Shareable]) -> Result<Shareable, Error> {
        self.with_thread(|th, st| {
            let globals = st
                .module_dict(&st.main)
                .ok_or_else(|| report(th, PyErr::system_error("__main__ is not a module")))?;
            let f = match globals.kind() {
                isles_object::Kind::Dict(d) => d.borrow().get_str(name).cloned(),
                _ => None,
            };
            let Some(f) = f else {
                let e = PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"));
                return Err(report(th, e));
            };
            let pos = args
                .iter()
                .map(|s| isles_stdlib::from_shareable(th, s))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| report(th, e))?;
            let r = th
                .call(&f, isles_ceval::Args::positional(&pos))
                .map_err(|e| report(th, e))?;
            isles_stdlib::to_shareable(th, &r, true).map_err(|e| report(th, e))
        })
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
    if let Err(e) = th.compile_warnings(code) {
        return Err(report(th, e));
    }
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
    let formatted = traceback::format_uncaught(th, &mut e);
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
            code: b.get() as i32,
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
