//! `_subprocess`: runs a child process to completion for the bundled `subprocess` module
//! (std::process::Command): arguments, working directory, environment, bytes for its stdin,
//! and for stdout/stderr one of inherit, capture, /dev/null or (stderr) the stdout pipe. The
//! GIL is released while the child runs; pipes are drained on helper threads so a child that
//! fills one pipe while we read the other cannot deadlock.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_object::value::PyBytes;
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

use crate::io_mod::os_error;

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::native_mod::module(
        th,
        "_subprocess",
        &[("run", run)],
    ))
}

const INHERIT: i64 = 0;
const CAPTURE: i64 = 1;
const DEVNULL: i64 = 2;
const TO_STDOUT: i64 = 3;

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Obj(Obj::new(Kind::Bytes(PyBytes::new(std::sync::Arc::from(b)))))
}

fn str_list(th: &Thread<'_>, v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = match v.kind() {
        Some(Kind::List(l)) => l.borrow().clone(),
        _ => return Err(PyErr::type_error(format!("{what} must be a list of str"))),
    };
    items
        .iter()
        .map(|x| {
            x.as_str().map(str::to_string).ok_or_else(|| {
                PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(th, x)
                ))
            })
        })
        .collect()
}

enum Outcome {
    Done(std::process::ExitStatus, Vec<u8>, Vec<u8>),
    TimedOut(Vec<u8>, Vec<u8>),
}

fn drain<R: Read + Send + 'static>(r: Option<R>) -> Option<std::thread::JoinHandle<Vec<u8>>> {
    r.map(|mut r| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    })
}

fn joined(h: Option<std::thread::JoinHandle<Vec<u8>>>) -> Vec<u8> {
    h.and_then(|h| h.join().ok()).unwrap_or_default()
}

/// `run(args, cwd, env, input, stdout_mode, stderr_mode, timeout)` ->
/// `(returncode, stdout bytes or None, stderr bytes or None)`; `(None, out, err)` when the
/// timeout passed (the child has been killed).
fn run(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("run", 7, 7)?;
    let argv = str_list(th, &a.pos[0], "args")?;
    let Some(program) = argv.first().cloned() else {
        return Err(PyErr::new(
            isles_object::ExcKind::IndexError,
            "list index out of range",
        ));
    };
    let mut cmd = Command::new(&program);
    cmd.args(&argv[1..]);
    if let Some(cwd) = a.pos[1].as_str() {
        cmd.current_dir(cwd);
    }
    if let Some(Kind::Dict(d)) = a.pos[2].kind() {
        cmd.env_clear();
        for e in d.borrow().iter() {
            if let (Some(k), Some(v)) = (e.key.as_str(), e.value.as_str()) {
                cmd.env(k, v);
            }
        }
    }
    let input = match &a.pos[3] {
        Value::None => None,
        v => Some(v.bytes_like().ok_or_else(|| {
            PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(th, v)
            ))
        })?),
    };
    let mode = |v: &Value| match v {
        Value::Int(n) => *n,
        _ => INHERIT,
    };
    let (out_mode, err_mode) = (mode(&a.pos[4]), mode(&a.pos[5]));
    let timeout = match &a.pos[6] {
        Value::Float(f) => Some(f.get()),
        Value::Int(n) => Some(*n as f64),
        _ => None,
    };
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::inherit()
    });
    let pick = |m: i64| match m {
        CAPTURE | TO_STDOUT => Stdio::piped(),
        DEVNULL => Stdio::null(),
        _ => Stdio::inherit(),
    };
    // stderr=STDOUT with captured stdout: both ends write to one OS pipe.
    let merged = if err_mode == TO_STDOUT && out_mode == CAPTURE {
        let (reader, writer) = std::io::pipe().map_err(|e| os_error(th, &e, None))?;
        let w2 = writer.try_clone().map_err(|e| os_error(th, &e, None))?;
        cmd.stdout(writer);
        cmd.stderr(w2);
        Some(reader)
    } else {
        cmd.stdout(pick(out_mode));
        cmd.stderr(if err_mode == TO_STDOUT {
            Stdio::inherit()
        } else {
            pick(err_mode)
        });
        None
    };
    // At a terminal CPython's line-buffered stdout is already out; in a pipe it is not
    // (block buffering), so only a terminal gets our buffered output first.
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        th.st.flush_stdout();
    }
    let result = th.gil.release(move || -> std::io::Result<Outcome> {
        let mut child = cmd.spawn()?;
        // Our copies of the merged pipe's write ends must close for the reader to end.
        drop(cmd);
        let feeder = match (input, child.stdin.take()) {
            (Some(data), Some(mut pipe)) => Some(std::thread::spawn(move || {
                let _ = pipe.write_all(&data);
            })),
            _ => None,
        };
        let out_h = match merged {
            Some(r) => drain(Some(r)),
            None => drain(child.stdout.take()),
        };
        let err_h = drain(child.stderr.take());
        let status = match timeout {
            None => Some(child.wait()?),
            Some(t) => {
                let deadline = Instant::now() + Duration::from_secs_f64(t.max(0.0));
                loop {
                    if let Some(s) = child.try_wait()? {
                        break Some(s);
                    }
                    if Instant::now() >= deadline {
                        let _ = child.kill();
                        let _ = child.wait();
                        break None;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        };
        if let Some(f) = feeder {
            let _ = f.join();
        }
        let (out, err) = (joined(out_h), joined(err_h));
        Ok(match status {
            Some(s) => Outcome::Done(s, out, err),
            None => Outcome::TimedOut(out, err),
        })
    });
    let outcome = result.map_err(|e| os_error(th, &e, Some(&Value::str(program))))?;
    let wrap = |m: i64, b: Vec<u8>| {
        if m == CAPTURE {
            bytes_value(b)
        } else {
            Value::None
        }
    };
    Ok(match outcome {
        Outcome::Done(status, out, err) => {
            use std::os::unix::process::ExitStatusExt;
            let code = status
                .code()
                .map_or_else(|| -i64::from(status.signal().unwrap_or(0)), i64::from);
            Value::tuple(vec![
                Value::Int(code),
                wrap(out_mode, out),
                wrap(err_mode, err),
            ])
        }
        Outcome::TimedOut(out, err) => {
            Value::tuple(vec![Value::None, wrap(out_mode, out), wrap(err_mode, err)])
        }
    })
}
