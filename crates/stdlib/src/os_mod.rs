//! `posix`: the small native core under the bundled `os` and `posixpath` modules (working
//! directory, directory listing and creation, removal, renaming, stat, pid, urandom, a
//! snapshot of the environment). Blocking file-system calls release the GIL; errors are
//! CPython's OSError subclasses with `[Errno N]` messages.

use std::cell::RefCell;
use std::sync::Arc;

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread, dunder};
use isles_object::value::PyBytes;
use isles_object::{Dict, Kind, Obj, PyErr, PyResult, Value};

use crate::io_mod::os_error;
use crate::native_mod::{self, index_big};

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = native_mod::module(
        th,
        "posix",
        &[
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("stat", stat),
            ("lstat", lstat),
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("chmod", chmod),
            ("urandom", urandom),
            ("cpu_count", cpu_count),
            ("fspath", fspath),
            ("_environ", environ),
        ],
    );
    if let Some(o) = m.as_obj() {
        for (n, f) in crate::fd_mod::FUNCS {
            native_mod::set_attr(th, o, n, th.native(n, *f));
        }
        native_mod::set_attr(th, o, "_fdtable", crate::fd_mod::table_value());
    }
    Ok(m)
}

/// `os.fspath(p)`: str and bytes pass through; other objects must define `__fspath__`.
/// The OSError for a failed call on a path argument: it names the path as a string (an
/// os.PathLike's `__fspath__()`), as CPython does.
fn path_error(th: &mut Thread<'_>, e: &std::io::Error, arg: &Value) -> PyErr {
    let name = fspath_value(th, arg).unwrap_or_else(|_| arg.clone());
    os_error(th, e, Some(&name))
}

pub(crate) fn fspath_value(th: &mut Thread<'_>, p: &Value) -> PyResult<Value> {
    if p.as_str().is_some() || matches!(p.kind(), Some(Kind::Bytes(_))) {
        return Ok(p.clone());
    }
    if let Some(f) = dunder::lookup(p, "__fspath__") {
        let r = dunder::call_method(th, p, f, &[])?;
        if r.as_str().is_some() || matches!(r.kind(), Some(Kind::Bytes(_))) {
            return Ok(r);
        }
        return Err(PyErr::type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(th, p),
            type_name(th, &r)
        )));
    }
    Err(PyErr::type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name(th, p)
    )))
}

fn fspath(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("fspath", 1, 1)?;
    fspath_value(th, &a.pos[0])
}

/// A path argument as a Rust string, with CPython's message for other types.
fn path_arg(th: &mut Thread<'_>, fname: &str, what: &str, v: &Value) -> PyResult<String> {
    let p = fspath_value(th, v).map_err(|_| {
        let extra = match fname {
            "listdir" => ", integer or None",
            "chmod" => " or integer",
            _ => "",
        };
        let sep = if extra.is_empty() { " or" } else { "," };
        PyErr::type_error(format!(
            "{fname}: {what} should be string, bytes{sep} os.PathLike{extra}, not {}",
            type_name(th, v)
        ))
    })?;
    if let Some(s) = p.as_str() {
        if s.contains('\0') {
            return Err(PyErr::value_error(format!(
                "{fname}: embedded null character in {what}"
            )));
        }
        return Ok(s.to_string());
    }
    if let Some(Kind::Bytes(b)) = p.kind() {
        return Ok(String::from_utf8_lossy(b.as_bytes()).into_owned());
    }
    Err(PyErr::type_error("path must be str"))
}

fn getcwd(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("getcwd", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(th, &e, None))?;
    Ok(Value::str(d.to_string_lossy().into_owned()))
}

fn chdir(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("chdir", 1, 1)?;
    let p = path_arg(th, "chdir", "path", &a.pos[0])?;
    std::env::set_current_dir(&p).map_err(|e| path_error(th, &e, &a.pos[0]))?;
    Ok(Value::None)
}

fn listdir(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("listdir", 0, 1)?;
    let arg = a
        .pos
        .first()
        .or(a.kw("path"))
        .cloned()
        .unwrap_or(Value::None);
    let p = if arg.is_none() {
        ".".to_string()
    } else {
        path_arg(th, "listdir", "path", &arg)?
    };
    let q = p.clone();
    let r = th.gil.release(move || -> std::io::Result<Vec<String>> {
        let mut names = Vec::new();
        for ent in std::fs::read_dir(&q)? {
            names.push(ent?.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    });
    let fname = if arg.is_none() { Value::str(".") } else { arg };
    let names = r.map_err(|e| os_error(th, &e, Some(&fname)))?;
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn mkdir(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("mkdir", 1, 2)?;
    let p = path_arg(th, "mkdir", "path", &a.pos[0])?;
    let mode = match a.pos.get(1).or(a.kw("mode")) {
        Some(m) => u32::try_from(index_big(th, m)?).unwrap_or(0o777),
        None => 0o777,
    };
    let r = th.gil.release(move || {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(&p)
    });
    r.map_err(|e| path_error(th, &e, &a.pos[0]))?;
    Ok(Value::None)
}

fn simple(
    th: &mut Thread<'_>,
    a: &Args<'_>,
    fname: &str,
    f: fn(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    a.check_count(fname, 1, 1)?;
    let p = path_arg(th, fname, "path", &a.pos[0])?;
    th.gil
        .release(move || f(&p))
        .map_err(|e| path_error(th, &e, &a.pos[0]))?;
    Ok(Value::None)
}

fn rmdir(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    simple(th, &a, "rmdir", |p| std::fs::remove_dir(p))
}

fn remove(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    simple(th, &a, "remove", |p| std::fs::remove_file(p))
}

fn rename(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("rename", 2, 2)?;
    let src = path_arg(th, "rename", "src", &a.pos[0])?;
    let dst = path_arg(th, "rename", "dst", &a.pos[1])?;
    th.gil
        .release(move || std::fs::rename(&src, &dst))
        .map_err(|e| path_error(th, &e, &a.pos[0]))?;
    Ok(Value::None)
}

fn stat_impl(th: &mut Thread<'_>, a: Args<'_>, fname: &str, follow: bool) -> PyResult<Value> {
    a.check_count(fname, 1, 1)?;
    let p = path_arg(th, fname, "path", &a.pos[0])?;
    let md = th
        .gil
        .release(move || {
            if follow {
                std::fs::metadata(&p)
            } else {
                std::fs::symlink_metadata(&p)
            }
        })
        .map_err(|e| path_error(th, &e, &a.pos[0]))?;
    Ok(stat_tuple(&md))
}

/// The fields of `os.stat_result` from file metadata.
pub(crate) fn stat_tuple(md: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let t = |s: i64, ns: i64| Value::inline_float(s as f64 + ns as f64 * 1e-9);
    Value::tuple(vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
    ])
}

fn stat(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    stat_impl(th, a, "stat", true)
}

fn lstat(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    stat_impl(th, a, "lstat", false)
}

fn getpid(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("getpid", 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("getppid", 0, 0)?;
    Ok(Value::Int(i64::from(std::os::unix::process::parent_id())))
}

fn id_fn(a: &Args<'_>, fname: &str, id: u32) -> PyResult<Value> {
    a.check_count(fname, 0, 0)?;
    Ok(Value::Int(i64::from(id)))
}

fn getuid(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    id_fn(&a, "getuid", rustix::process::getuid().as_raw())
}

fn geteuid(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    id_fn(&a, "geteuid", rustix::process::geteuid().as_raw())
}

fn getgid(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    id_fn(&a, "getgid", rustix::process::getgid().as_raw())
}

fn getegid(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    id_fn(&a, "getegid", rustix::process::getegid().as_raw())
}

/// `os.chmod(path, mode)`.
fn chmod(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    a.check_count("chmod", 2, 2)?;
    let p = path_arg(th, "chmod", "path", &a.pos[0])?;
    let mode = match a.pos[1] {
        Value::Int(m) => u32::try_from(m).map_err(|_| PyErr::overflow("mode is out of range"))?,
        ref v => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(th, v)
            )));
        }
    };
    th.gil
        .release(move || std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)))
        .map_err(|e| path_error(th, &e, &a.pos[0]))?;
    Ok(Value::None)
}

fn cpu_count(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn urandom(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("urandom", 1, 1)?;
    let n = index_big(th, &a.pos[0])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(PyErr::value_error("negative argument not allowed"));
    };
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .map_err(|e| os_error(th, &e, None))?;
    Ok(Value::Obj(Obj::new(Kind::Bytes(PyBytes::new(Arc::from(
        buf,
    ))))))
}

/// A fresh dict of the process environment (each interpreter's `os.environ` is its own copy).
fn environ(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let mut d = Dict::new();
    for (k, v) in std::env::vars_os() {
        d.set_str(
            &k.to_string_lossy(),
            Value::str(v.to_string_lossy().into_owned()),
        );
    }
    Ok(Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(d))))))
}
