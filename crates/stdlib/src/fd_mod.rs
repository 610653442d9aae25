//! File descriptors for `os.open`/`read`/`write`/`lseek`/`fstat`/`close`/`pipe`: each
//! interpreter's `posix` module holds a table from descriptor numbers to the `std::fs::File`
//! that owns them (so descriptors close when the interpreter goes away and no `unsafe`
//! conversion from a raw number is needed). 0, 1 and 2 are the process's standard streams.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, OwnedFd};

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_object::value::PyBytes;
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

use crate::io_mod::os_error;

/// The open descriptors of one interpreter.
#[derive(Default)]
pub struct FdTable(RefCell<HashMap<i32, std::fs::File>>);

pub const FUNCS: &[(&str, isles_ceval::NativeFn)] = &[
    ("open", open),
    ("read", read),
    ("write", write),
    ("close", close),
    ("lseek", lseek),
    ("pipe", pipe),
    ("fstat", fstat),
];

pub fn table_value() -> Value {
    Value::Obj(Obj::new(Kind::Other(Box::new(FdTable::default()))))
}

fn with_table<R>(th: &mut Thread<'_>, f: impl FnOnce(&FdTable) -> R) -> PyResult<R> {
    let posix = th.import("posix")?;
    let t = isles_ceval::ops::getattr(th, &posix, &th.intern("_fdtable"))?;
    match t.kind() {
        Some(Kind::Other(b)) => match b.downcast_ref::<FdTable>() {
            Some(table) => Ok(f(table)),
            None => Err(PyErr::system_error(
                "posix._fdtable is not a descriptor table",
            )),
        },
        _ => Err(PyErr::system_error(
            "posix._fdtable is not a descriptor table",
        )),
    }
}

fn ebadf(th: &Thread<'_>) -> PyErr {
    os_error(th, &std::io::Error::from_raw_os_error(9), None)
}

fn fd_arg(th: &Thread<'_>, v: &Value) -> PyResult<i32> {
    match v {
        Value::Int(n) => i32::try_from(*n).map_err(|_| {
            PyErr::overflow(if *n < 0 {
                "fd is less than minimum"
            } else {
                "fd is greater than maximum"
            })
        }),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, v)
        ))),
    }
}

fn int_arg(th: &Thread<'_>, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, v)
        ))),
    }
}

fn insert(th: &mut Thread<'_>, file: std::fs::File) -> PyResult<i32> {
    let fd = file.as_raw_fd();
    with_table(th, |t| {
        t.0.borrow_mut().insert(fd, file);
    })?;
    Ok(fd)
}

/// `os.open(path, flags, mode=0o777)`.
fn open(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    a.check_count("open", 2, 3)?;
    let path = crate::os_mod::fspath_value(th, &a.pos[0])?;
    let Some(p) = path.as_str().map(str::to_string) else {
        return Err(PyErr::type_error("open: path should be string"));
    };
    let flags = int_arg(th, &a.pos[1])? as i32;
    let mode = match a.pos.get(2) {
        Some(v) => int_arg(th, v)? as u32,
        None => 0o777,
    };
    let acc = flags & 3;
    let mut o = std::fs::OpenOptions::new();
    o.read(acc == 0 || acc == 2)
        .write(acc == 1 || acc == 2)
        .mode(mode)
        .custom_flags(flags & !3);
    let file = th
        .gil
        .release(move || o.open(&p))
        .map_err(|e| os_error(th, &e, Some(&path)))?;
    Ok(Value::Int(i64::from(insert(th, file)?)))
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Obj(Obj::new(Kind::Bytes(PyBytes::new(std::sync::Arc::from(b)))))
}

/// `os.read(fd, n)`: at most n bytes, one OS read.
fn read(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("read", 2, 2)?;
    let fd = fd_arg(th, &a.pos[0])?;
    let n = int_arg(th, &a.pos[1])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(os_error(th, &std::io::Error::from_raw_os_error(22), None));
    };
    let mut buf = vec![0u8; n];
    let r = if fd == 0 {
        th.gil.release(|| std::io::stdin().read(&mut buf))
    } else {
        let file = with_table(th, |t| t.0.borrow().get(&fd).map(std::fs::File::try_clone))?;
        match file {
            Some(Ok(mut f)) => th.gil.release(|| f.read(&mut buf)),
            Some(Err(e)) => Err(e),
            None => return Err(ebadf(th)),
        }
    };
    let got = r.map_err(|e| os_error(th, &e, None))?;
    buf.truncate(got);
    Ok(bytes_value(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
fn write(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("write", 2, 2)?;
    let fd = fd_arg(th, &a.pos[0])?;
    let Some(data) = a.pos[1].bytes_like() else {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(th, &a.pos[1])
        )));
    };
    let r = match fd {
        1 => th.gil.release(|| {
            let mut out = std::io::stdout().lock();
            out.write(&data).and_then(|n| out.flush().map(|()| n))
        }),
        2 => th.gil.release(|| std::io::stderr().write(&data)),
        _ => {
            let file = with_table(th, |t| t.0.borrow().get(&fd).map(std::fs::File::try_clone))?;
            match file {
                Some(Ok(mut f)) => th.gil.release(|| f.write(&data)),
                Some(Err(e)) => Err(e),
                None => return Err(ebadf(th)),
            }
        }
    };
    let n = r.map_err(|e| os_error(th, &e, None))?;
    Ok(Value::Int(n as i64))
}

/// `os.close(fd)`.
fn close(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("close", 1, 1)?;
    let fd = fd_arg(th, &a.pos[0])?;
    if (0..=2).contains(&fd) {
        return Ok(Value::None);
    }
    match with_table(th, |t| t.0.borrow_mut().remove(&fd))? {
        Some(file) => {
            drop(file);
            Ok(Value::None)
        }
        None => Err(ebadf(th)),
    }
}

/// `os.lseek(fd, pos, how)`: the new offset.
fn lseek(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("lseek", 3, 3)?;
    let fd = fd_arg(th, &a.pos[0])?;
    let pos = int_arg(th, &a.pos[1])?;
    let how = int_arg(th, &a.pos[2])?;
    let target = match how {
        0 => SeekFrom::Start(u64::try_from(pos).unwrap_or(u64::MAX)),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => {
            return Err(os_error(th, &std::io::Error::from_raw_os_error(22), None));
        }
    };
    if how == 0 && pos < 0 {
        return Err(os_error(th, &std::io::Error::from_raw_os_error(22), None));
    }
    let r = with_table(th, |t| {
        t.0.borrow_mut().get_mut(&fd).map(|f| f.seek(target))
    })?;
    match r {
        Some(Ok(n)) => Ok(Value::Int(n as i64)),
        Some(Err(e)) => Err(os_error(th, &e, None)),
        None => Err(ebadf(th)),
    }
}

/// `os.pipe()`: `(read end, write end)`.
fn pipe(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("pipe", 0, 0)?;
    let (r, w) = std::io::pipe().map_err(|e| os_error(th, &e, None))?;
    let r = std::fs::File::from(OwnedFd::from(r));
    let w = std::fs::File::from(OwnedFd::from(w));
    let rfd = insert(th, r)?;
    let wfd = insert(th, w)?;
    Ok(Value::tuple(vec![
        Value::Int(i64::from(rfd)),
        Value::Int(i64::from(wfd)),
    ]))
}

/// `os.fstat(fd)`: the same fields as `os.stat`.
fn fstat(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("fstat", 1, 1)?;
    let fd = fd_arg(th, &a.pos[0])?;
    let md = with_table(th, |t| t.0.borrow().get(&fd).map(std::fs::File::metadata))?;
    match md {
        Some(Ok(md)) => Ok(crate::os_mod::stat_tuple(&md)),
        Some(Err(e)) => Err(os_error(th, &e, None)),
        None => Err(ebadf(th)),
    }
}
