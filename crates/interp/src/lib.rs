//! isles-interp: one interpreter's state, guarded by its own GIL.
//!
//! [`Interpreter`] is a `Send + Sync` handle; the heap behind it is `!Send` and reachable only
//! through [`Interpreter::with_gil`], which holds that interpreter's lock (and no other).

mod gc;
mod gil;
mod state;
mod teardown;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub use gc::{GcState, WeakEntry, is_container};
pub use gil::Gil;
pub use isles_runtime::{Runtime, RuntimeConfig};
pub use state::{BuiltinMaker, BuiltinTypes, InterpState, NativeTable, mro_of, new_module};
pub use teardown::{for_each_child, function_children};

/// Which GIL an interpreter runs under (CPython's `PyInterpreterConfig.gil`).
///
/// ```
/// use isles_interp::{GilMode, InterpConfig};
/// assert_eq!(InterpConfig::default().gil, GilMode::Own);
/// let shared = InterpConfig { gil: GilMode::Shared, ..InterpConfig::default() };
/// assert_eq!(shared.gil, GilMode::Shared);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GilMode {
    /// Its own GIL (`PyInterpreterConfig_OWN_GIL`): its threads never wait for another
    /// interpreter's, so interpreters run in parallel.
    #[default]
    Own,
    /// The main interpreter's GIL (`PyInterpreterConfig_SHARED_GIL`): at most one thread at a
    /// time runs Python code in main and in every interpreter sharing it. State stays separate.
    /// (For the main interpreter itself, or once main is closed, this is [`GilMode::Own`].)
    Shared,
}

/// Per-interpreter settings (in the spirit of CPython's `PyInterpreterConfig`). The default is
/// CPython's "isolated" configuration, the one `concurrent.interpreters.create()` uses;
/// [`InterpConfig::legacy`] is the main interpreter's.
///
/// ```
/// use isles_interp::InterpConfig;
/// let no_threads = InterpConfig { allow_threads: false, ..InterpConfig::default() };
/// assert!(!no_threads.allow_threads);
/// assert!(InterpConfig::legacy().allow_daemon_threads);
/// ```
#[derive(Debug, Clone)]
pub struct InterpConfig {
    /// How PEP 734 reports the interpreter's origin (`Interpreter.whence`): CPython's
    /// "runtime init" for main, "_interpreters module" for `concurrent.interpreters.create()`,
    /// "C-API" (the default) for an embedder's.
    pub whence: &'static str,
    /// `sys.argv`; the runtime's argv is used when empty for the main interpreter.
    pub argv: Vec<String>,
    /// Whether Python code may start threads (`_thread.start_new_thread`, `threading`).
    pub allow_threads: bool,
    /// Whether those threads may be daemon threads (which could outlive the interpreter).
    pub allow_daemon_threads: bool,
    /// Whether importing a native module that is not isolated (single-phase init) fails.
    pub check_multi_interp_extensions: bool,
    /// Its own GIL or main's.
    pub gil: GilMode,
}

impl Default for InterpConfig {
    fn default() -> Self {
        InterpConfig {
            whence: "C-API",
            argv: Vec::new(),
            allow_threads: true,
            allow_daemon_threads: false,
            check_multi_interp_extensions: true,
            gil: GilMode::Own,
        }
    }
}

impl InterpConfig {
    /// The main interpreter's settings: daemon threads allowed, any native module loads.
    pub fn legacy() -> InterpConfig {
        InterpConfig {
            whence: "runtime init",
            allow_daemon_threads: true,
            check_multi_interp_extensions: false,
            ..InterpConfig::default()
        }
    }
}

struct Shared {
    id: u64,
    runtime: Runtime,
    cell: gil::GilCell,
    /// The state's `interrupt`, reachable without the GIL.
    interrupt: isles_channel::Interrupt,
    /// Whether some thread is running this interpreter's `__main__` code (PEP 734's
    /// `is_running()`; a second `exec` is refused meanwhile).
    running: AtomicBool,
}

impl Drop for Shared {
    fn drop(&mut self) {
        close_cell(&self.cell, &self.interrupt, None);
        self.runtime.unregister_interpreter(self.id);
    }
}

/// How long [`Interpreter::close`] waits for the threads it woke to leave the interpreter
/// before it tears the heap down under any that are still inside.
pub const CLOSE_DRAIN: std::time::Duration = std::time::Duration::from_secs(2);

/// Tears the heap down; it is freed as soon as no thread is inside the interpreter. Threads
/// of the interpreter parked in a blocking wait are woken first (the interrupt): their waits
/// raise `SystemExit`, so they unwind (running their `finally` blocks) and leave. With
/// `drain`, that long is given to them to leave before the teardown.
fn close_cell(
    cell: &gil::GilCell,
    interrupt: &isles_channel::Interrupt,
    drain: Option<std::time::Duration>,
) {
    // Already closed: nothing to do, and no need for the lock (which a thread of another
    // interpreter sharing this GIL may hold while it drops the last handle).
    if !cell.is_closing() {
        interrupt.fire();
        if let Some(d) = drain {
            cell.drain(std::time::Instant::now() + d);
        }
        cell.close(InterpState::teardown);
    }
}

/// A handle to one interpreter. Cloning shares the same interpreter.
#[derive(Clone)]
pub struct Interpreter {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Interpreter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interpreter")
            .field("id", &self.shared.id)
            .finish()
    }
}

impl Interpreter {
    /// Creates a bare interpreter (builtin types, empty `builtins` and `__main__`); the
    /// standard library fills it in.
    pub fn new(runtime: &Runtime, config: InterpConfig) -> Interpreter {
        let id = runtime.register_interpreter(config.whence);
        let argv = if config.argv.is_empty() && runtime.main_id() == Some(id) {
            runtime.config().argv.clone()
        } else {
            config.argv.clone()
        };
        let main = match config.gil {
            GilMode::Shared => runtime
                .main_id()
                .filter(|&m| m != id)
                .and_then(|m| Interpreter::from_id(runtime, m)),
            GilMode::Own => None,
        };
        let cell = gil::GilCell::new(main.as_ref().map(|m| &m.shared.cell));
        let st = InterpState::new(id, argv, runtime.clone(), &config);
        let interrupt = st.interrupt.clone();
        cell.init(st);
        tracing::debug!(id, "interpreter created");
        let interp = Interpreter {
            shared: Arc::new(Shared {
                id,
                runtime: runtime.clone(),
                cell,
                interrupt,
                running: AtomicBool::new(false),
            }),
        };
        runtime.set_handle(id, Arc::new(interp.clone()));
        interp
    }

    /// The live interpreter with this id in `runtime`.
    pub fn from_id(runtime: &Runtime, id: u64) -> Option<Interpreter> {
        runtime.handle(id)?.downcast_ref::<Interpreter>().cloned()
    }

    /// Marks the interpreter as running; false if it already was.
    pub fn begin_run(&self) -> bool {
        !self.shared.running.swap(true, Ordering::AcqRel)
    }

    pub fn end_run(&self) {
        self.shared.running.store(false, Ordering::Release);
    }

    pub fn is_running(&self) -> bool {
        self.shared.running.load(Ordering::Acquire)
    }

    pub fn id(&self) -> u64 {
        self.shared.id
    }

    pub fn runtime(&self) -> &Runtime {
        &self.shared.runtime
    }

    /// Runs `f` holding this interpreter's GIL. Returns `None` if the interpreter was closed.
    pub fn with_gil<R: Send>(&self, f: impl FnOnce(Gil<'_>, &InterpState) -> R) -> Option<R> {
        self.shared.cell.with(|g| g.state().map(|st| f(g, st)))
    }

    /// Frees the interpreter's heap now (later `with_gil` calls return `None`). Its threads
    /// parked in blocking waits are woken (the waits raise `SystemExit`) and given up to
    /// [`CLOSE_DRAIN`] to unwind and leave; a thread still inside after that (running code,
    /// or in a wait that cannot be interrupted) finds the heap torn down.
    pub fn close(&self) {
        close_cell(&self.shared.cell, &self.shared.interrupt, Some(CLOSE_DRAIN));
        self.shared.runtime.unregister_interpreter(self.shared.id);
    }

    /// Closes for the runtime's finalization: as [`Interpreter::close`], but without waiting
    /// for woken threads (daemon threads at exit are not waited for).
    pub fn finalize(&self) {
        close_cell(&self.shared.cell, &self.shared.interrupt, None);
        self.shared.runtime.unregister_interpreter(self.shared.id);
    }

    /// Whether the two interpreters run under one GIL (see [`GilMode::Shared`]).
    pub fn shares_gil_with(&self, other: &Interpreter) -> bool {
        self.shared.cell.shares_lock(&other.shared.cell)
    }

    /// Whether some thread holds this interpreter's GIL right now (a snapshot, for tests and
    /// diagnostics).
    pub fn gil_is_held(&self) -> bool {
        self.shared.cell.is_locked()
    }

    /// Whether closing this interpreter has begun (its interrupt fired): code still running
    /// in it is unwinding.
    pub fn is_closing(&self) -> bool {
        self.shared.interrupt.is_fired()
    }

    pub fn is_closed(&self) -> bool {
        self.shared.cell.with(|g| g.state().is_none())
    }
}

// The handle must cross threads; the heap must not.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Interpreter>();
};
