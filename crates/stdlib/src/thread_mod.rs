//! `_thread` and `time`: OS threads running code of this interpreter (taking turns under its
//! GIL), locks, and the clocks. Every blocking wait releases the GIL.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread, traceback};
use isles_channel::WakeAll;
use isles_interp::Interpreter;

use crate::native_mod::module;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

pub(crate) fn init_thread(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(module(
        th,
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("daemon_threads_allowed", daemon_threads_allowed),
            ("get_ident", get_ident),
            ("_count", count),
            ("_lock_new", lock_new),
            ("_lock_acquire", lock_acquire),
            ("_lock_release", lock_release),
            ("_lock_locked", lock_locked),
            ("_format_current_exception", format_current_exception),
            ("_write_stderr", write_stderr),
        ],
    ))
}

pub(crate) fn init_time(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(module(
        th,
        "_time",
        &[
            ("sleep", sleep),
            ("time", time),
            ("perf_counter", perf_counter),
            ("monotonic", perf_counter),
            ("time_ns", time_ns),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
        ],
    ))
}

/// A stable number for the calling OS thread (`threading.get_ident()`).
fn current_ident() -> i64 {
    // ThreadId has no stable integer accessor; its Debug form is "ThreadId(N)".
    let text = format!("{:?}", std::thread::current().id());
    text.trim_start_matches("ThreadId(")
        .trim_end_matches(')')
        .parse()
        .unwrap_or(0)
}

fn daemon_threads_allowed(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(th.st.allow_daemon_threads))
}

fn get_ident(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(current_ident()))
}

fn count(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(th.st.threads_running.get() as i64))
}

/// `start_new_thread(function, args, kwargs=None)`. The function and its arguments stay in
/// this interpreter's heap (they are not `Send`): the new OS thread gets a token and picks
/// them up once it holds the GIL.
fn start_new_thread(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("start_new_thread", 2, 3)?;
    let func = a.pos[0].clone();
    let args = a.pos[1].clone();
    if !matches!(args.kind(), Some(Kind::Tuple(_))) {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    }
    let kwargs = a.pos.get(2).cloned().unwrap_or(Value::None);
    if !th.st.allow_threads {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "thread is not supported for isolated subinterpreters",
        ));
    }
    let Some(interp) = Interpreter::from_id(&th.st.runtime, th.st.id) else {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "interpreter is shutting down",
        ));
    };
    let token = th.st.next_token.get();
    th.st.next_token.set(token + 1);
    th.st
        .pending_threads
        .borrow_mut()
        .insert(token, Value::tuple(vec![func, args, kwargs]));
    th.st.threads_running.set(th.st.threads_running.get() + 1);
    let (tx, rx) = std::sync::mpsc::channel::<i64>();
    let spawned = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let _ = tx.send(current_ident());
            interp.with_gil(|g, st| {
                let mut t = Thread::new(g, st);
                run_thread(&mut t, token);
                st.threads_running
                    .set(st.threads_running.get().saturating_sub(1));
                st.flush_stdout();
            });
        });
    if let Err(e) = spawned {
        th.st.pending_threads.borrow_mut().remove(&token);
        th.st
            .threads_running
            .set(th.st.threads_running.get().saturating_sub(1));
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            format!("can't start new thread: {e}"),
        ));
    }
    let ident = th.gil.release(move || rx.recv().unwrap_or(0));
    Ok(Value::Int(ident))
}

fn run_thread(t: &mut Thread<'_>, token: u64) {
    let Some(job) = t.st.pending_threads.borrow_mut().remove(&token) else {
        return;
    };
    let Some(Kind::Tuple(parts)) = job.kind() else {
        return;
    };
    let (func, args, kwargs) = (parts[0].clone(), parts[1].clone(), parts[2].clone());
    let r = t.call_star(&func, &args, &kwargs);
    if let Err(mut e) = r {
        // A thread of a closed interpreter ends quietly, whatever its unwinding raised.
        if ops::err_matches(t, &e, ExcKind::SystemExit) || t.st.interrupt.is_fired() {
            return;
        }
        t.st.flush_stdout();
        let fr = ops::repr(t, &func).unwrap_or_default();
        let report = traceback::format_exception(t, &mut e);
        eprint!("Exception ignored in thread started by: {fr}\n{report}");
    }
}

/// Writes text to the process's stderr (after this interpreter's buffered stdout).
fn write_stderr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("_write_stderr", 1, 1)?;
    th.st.flush_stdout();
    eprint!("{}", a.pos[0].as_str().unwrap_or(""));
    Ok(Value::None)
}

/// The report CPython prints for the exception being handled (traceback included).
fn format_current_exception(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let Some(exc) = th.current_exception() else {
        return Ok(Value::str(""));
    };
    let Some(o) = exc.as_obj() else {
        return Ok(Value::str(""));
    };
    let mut e = PyErr::from_obj(o.clone());
    if let Kind::Exception(x) = o.kind() {
        e.0.traceback = x.traceback.borrow().clone();
    }
    Ok(Value::str(traceback::format_exception(th, &mut e)))
}

/// A lock usable from any thread; held state plus a condition to wait on.
#[derive(Default)]
struct LockCore {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl WakeAll for LockCore {
    fn wake_all(&self) {
        // Under the lock, so a waiter between its interrupt check and its wait is not missed.
        let _locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        self.cond.notify_all();
    }
}

/// What a blocking wait raises in a thread whose interpreter was closed meanwhile (the
/// interpreter's `Interrupt` cut the wait short): `SystemExit`, which ends a thread quietly and
/// passes `except Exception:` handlers, so the thread leaves and the closed interpreter's heap
/// is freed.
pub(crate) fn closed_error(th: &Thread<'_>) -> PyErr {
    PyErr::new(
        ExcKind::SystemExit,
        format!("interpreter {} was closed", th.st.id),
    )
}

fn core_of(th: &Thread<'_>, v: &Value) -> PyResult<Arc<LockCore>> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<Arc<LockCore>>()
            .cloned()
            .ok_or_else(|| PyErr::type_error("expected a lock")),
        _ => Err(PyErr::type_error(format!(
            "expected a lock, not {}",
            type_name(th, v)
        ))),
    }
}

fn lock_new(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let core: Arc<LockCore> = Arc::default();
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(core)))))
}

/// `_lock_acquire(lock, blocking, timeout)`: timeout < 0 waits forever.
fn lock_acquire(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("_lock_acquire", 3, 3)?;
    let core = core_of(th, &a.pos[0])?;
    let blocking = ops::truthy(th, &a.pos[1])?;
    let timeout = a.pos[2].as_float().or(match a.pos[2] {
        Value::Int(i) => Some(i as f64),
        _ => None,
    });
    let timeout = timeout.unwrap_or(-1.0);
    if !blocking && timeout >= 0.0 {
        return Err(PyErr::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error(
            "timeout value must be a non-negative number",
        ));
    }
    {
        let mut locked = core.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*locked {
            *locked = true;
            return Ok(Value::bool(true));
        }
    }
    if !blocking {
        return Ok(Value::bool(false));
    }
    let interrupt = th.st.interrupt.clone();
    let Some(_watch) = interrupt.watch(core.clone()) else {
        return Err(closed_error(th));
    };
    let got = th.gil.release(move || {
        let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
        let mut locked = core.locked.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if !*locked {
                *locked = true;
                return Some(true);
            }
            if interrupt.is_fired() {
                return None;
            }
            match deadline {
                None => {
                    locked = core.cond.wait(locked).unwrap_or_else(|e| e.into_inner());
                }
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return Some(false);
                    }
                    locked = core
                        .cond
                        .wait_timeout(locked, d - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
    });
    got.map(Value::bool).ok_or_else(|| closed_error(th))
}

fn lock_release(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("_lock_release", 1, 1)?;
    let core = core_of(th, &a.pos[0])?;
    let mut locked = core.locked.lock().unwrap_or_else(|e| e.into_inner());
    if !*locked {
        return Err(PyErr::new(ExcKind::RuntimeError, "release unlocked lock"));
    }
    *locked = false;
    core.cond.notify_one();
    Ok(Value::None)
}

fn lock_locked(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("_lock_locked", 1, 1)?;
    let core = core_of(th, &a.pos[0])?;
    let locked = *core.locked.lock().unwrap_or_else(|e| e.into_inner());
    Ok(Value::bool(locked))
}

fn seconds(th: &Thread<'_>, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        _ => v.as_float().ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(th, v)
            ))
        }),
    }
    .and_then(|s| {
        if s < 0.0 {
            Err(PyErr::value_error(format!(
                "{what} length must be non-negative"
            )))
        } else {
            Ok(s)
        }
    })
}

fn sleep(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("sleep", 1, 1)?;
    let secs = seconds(th, &a.pos[0], "sleep")?;
    th.st.flush_stdout();
    // The main interpreter's sleep wakes for a SIGINT (CPython's sleep is cut by EINTR).
    let flag = (th.st.runtime.main_id() == Some(th.st.id)).then(|| th.st.runtime.interrupt_flag());
    // Closing the interpreter cuts the sleep short (its `Interrupt`).
    let closing = th.st.interrupt.clone();
    let closed = th.gil.release(move || {
        let end = std::time::Instant::now() + Duration::from_secs_f64(secs);
        loop {
            let left = end.saturating_duration_since(std::time::Instant::now());
            if left.is_zero()
                || flag
                    .as_ref()
                    .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
            {
                return false;
            }
            let nap = if flag.is_some() {
                left.min(Duration::from_millis(20))
            } else {
                left
            };
            if closing.sleep(nap) {
                return true;
            }
        }
    });
    if closed {
        return Err(closed_error(th));
    }
    th.check_interrupt()?;
    Ok(Value::None)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::inline_float(since_epoch().as_secs_f64()))
}

fn time_ns(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_bigint(since_epoch().as_nanos().into()))
}

fn perf_counter(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::inline_float(th.st.started.elapsed().as_secs_f64()))
}

fn perf_counter_ns(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_bigint(
        th.st.started.elapsed().as_nanos().into(),
    ))
}

/// CPU time (user + system) of the process or of the calling thread in nanoseconds, as
/// CPython reads it (`clock_gettime`, nanosecond resolution).
fn cpu_ns(clock: rustix::time::ClockId) -> u128 {
    let t = rustix::time::clock_gettime(clock);
    t.tv_sec.max(0) as u128 * 1_000_000_000 + t.tv_nsec.max(0) as u128
}

use rustix::time::ClockId::{ProcessCPUTime, ThreadCPUTime};

fn process_time(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::inline_float(cpu_ns(ProcessCPUTime) as f64 * 1e-9))
}

fn process_time_ns(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_bigint(cpu_ns(ProcessCPUTime).into()))
}

fn thread_time(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::inline_float(cpu_ns(ThreadCPUTime) as f64 * 1e-9))
}

fn thread_time_ns(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_bigint(cpu_ns(ThreadCPUTime).into()))
}
