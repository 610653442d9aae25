//! File objects: `open()` for text and binary files, `sys.stdin`/`sys.stdout`/`sys.stderr`,
//! `input()`, and the `_io` module (`open`, `TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `UnsupportedOperation`). Blocking OS calls (opening, reading, writing,
//! reading the console) release the interpreter's GIL.
//!
//! A file object is a `Kind::Opaque` of one of the `_io` classes holding a [`FileState`].
//! Reading loads the rest of the file in one OS call on first use; writes are buffered and
//! flushed on `flush()`, `close()`, `seek()`, `tell()` and when the buffer grows large.

use std::cell::{Cell, RefCell};
use std::io::{Read, Seek, SeekFrom, Write};

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_interp::new_module;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::codec::{self, Encoding};
use crate::methods::{self, Arity};

/// Where a file object's bytes go.
enum Backend {
    File(std::fs::File),
    /// This interpreter's buffered stdout.
    Stdout,
    Stderr,
    Stdin,
}

struct Inner {
    backend: Option<Backend>,
    /// Bytes read from the OS and not yet consumed (binary) or their decoded text (text).
    rbuf: Vec<u8>,
    rpos: usize,
    text: Option<String>,
    tpos: usize,
    /// Whether `rbuf` holds everything up to the end of the file.
    loaded: bool,
    /// The OS file offset at which `rbuf` starts.
    base: u64,
    wbuf: Vec<u8>,
}

pub struct FileState {
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: Encoding,
    /// The encoding as `open()` was given it (CPython echoes it), or the locale's `UTF-8`.
    enc_name: String,
    errors: String,
    /// `open(newline=)`: `None` is universal newlines; otherwise lines end only at this
    /// separator (any of them for `""`) and nothing is translated on reading.
    newline: Option<String>,
    closed: Cell<bool>,
    inner: RefCell<Inner>,
}

const WRITE_CHUNK: usize = 1 << 16;

/// The `_io` classes of this interpreter, made once and kept in the `_io` module.
struct Classes {
    text: Obj,
    reader: Obj,
    writer: Obj,
    random: Obj,
    unsupported: Obj,
}

fn make_class(th: &mut Thread<'_>, name: &str, bases: Vec<Value>) -> PyResult<Obj> {
    let ns = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(
        isles_object::Dict::new(),
    )))));
    ops::dict_set(th, &ns, Value::str("__module__"), Value::str("_io"))?;
    let cls = isles_ceval::classes::new_class(th, &Value::str(name), &bases, &ns)?;
    cls.as_obj()
        .cloned()
        .ok_or_else(|| PyErr::system_error("class creation"))
}

pub(crate) fn init_io(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = new_module("_io");
    // The methods live once on the base class; the concrete classes only name the kind.
    let base = make_class(th, "_IOBase", vec![])?;
    install_methods(th, &base);
    let b = || vec![Value::Obj(base.clone())];
    let text = make_class(th, "TextIOWrapper", b())?;
    let reader = make_class(th, "BufferedReader", b())?;
    let writer = make_class(th, "BufferedWriter", b())?;
    let random = make_class(th, "BufferedRandom", b())?;
    let unsupported = make_class(
        th,
        "UnsupportedOperation",
        vec![
            Value::Obj(th.st.types.exc(ExcKind::OSError).clone()),
            Value::Obj(th.st.types.exc(ExcKind::ValueError).clone()),
        ],
    )?;
    if let Some(d) = th.st.module_dict(&m)
        && let Kind::Dict(d) = d.kind()
    {
        let mut d = d.borrow_mut();
        d.set_str("_IOBase", Value::Obj(base.clone()));
        d.set_str("TextIOWrapper", Value::Obj(text));
        d.set_str("BufferedReader", Value::Obj(reader));
        d.set_str("BufferedWriter", Value::Obj(writer));
        d.set_str("BufferedRandom", Value::Obj(random));
        d.set_str("UnsupportedOperation", Value::Obj(unsupported));
        d.set_str("open", th.native("open", builtin_open));
        d.set_str("DEFAULT_BUFFER_SIZE", Value::Int(8192));
    }
    Ok(Value::Obj(m))
}

fn classes(th: &mut Thread<'_>) -> PyResult<Classes> {
    let m = th.import("_io")?;
    let get = |th: &mut Thread<'_>, n: &str| -> PyResult<Obj> {
        let v = ops::getattr(th, &m, &th.intern(n))?;
        v.as_obj()
            .cloned()
            .ok_or_else(|| PyErr::system_error("_io class"))
    };
    Ok(Classes {
        text: get(th, "TextIOWrapper")?,
        reader: get(th, "BufferedReader")?,
        writer: get(th, "BufferedWriter")?,
        random: get(th, "BufferedRandom")?,
        unsupported: get(th, "UnsupportedOperation")?,
    })
}

fn install_methods(th: &Thread<'_>, cls: &Obj) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("seek", f_seek),
        ("tell", f_tell),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("isatty", f_isatty),
        ("fileno", f_fileno),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_enter),
        ("__next__", f_next),
        ("__repr__", f_repr),
    ];
    methods::install(cls, "file", fns);
    for (name, f) in [
        ("closed", p_closed as NativeFn),
        ("name", p_name),
        ("mode", p_mode),
        ("encoding", p_encoding),
    ] {
        let getter = th.native_method("file", name, f);
        let prop = crate::types::property(getter, Value::None, Value::None, Value::None);
        if let Some(t) = cls.as_type() {
            let key = th.intern(name);
            t.dict.borrow_mut().set_str_value(&key, prop);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// The OSError subclass and message for an I/O error, as CPython raises them:
/// `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.
pub fn os_error(th: &Thread<'_>, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let kind = match errno {
        2 => ExcKind::FileNotFoundError,
        1 | 13 => ExcKind::PermissionError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    let text = e.to_string();
    let strerror = match text.find(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let args = vec![Value::Int(errno as i64), Value::str(strerror.as_str())];
    let o = ops::new_exception(th.st.types.exc(kind), args.clone());
    if let Kind::Exception(x) = o.kind() {
        let mut d = x.dict.borrow_mut();
        d.set_str("errno", args[0].clone());
        d.set_str("strerror", args[1].clone());
        d.set_str("filename", filename.cloned().unwrap_or(Value::None));
    }
    PyErr::from_obj(o)
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

fn unsupported(th: &mut Thread<'_>, msg: &str) -> PyErr {
    match classes(th) {
        Ok(c) => PyErr::from_obj(ops::new_exception(&c.unsupported, vec![Value::str(msg)])),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------------------------------------
// open()

struct Mode {
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    create: bool,
    truncate: bool,
    exclusive: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || PyErr::value_error(format!("invalid mode: '{mode}'"));
    let mut m = Mode {
        binary: false,
        readable: false,
        writable: false,
        append: false,
        create: false,
        truncate: false,
        exclusive: false,
    };
    let (mut kinds, mut plus, mut text) = (0, false, false);
    for (i, c) in mode.char_indices() {
        if mode[..i].contains(c) {
            return Err(invalid());
        }
        match c {
            'r' => {
                kinds += 1;
                m.readable = true;
            }
            'w' => {
                kinds += 1;
                m.writable = true;
                m.create = true;
                m.truncate = true;
            }
            'a' => {
                kinds += 1;
                m.writable = true;
                m.create = true;
                m.append = true;
            }
            'x' => {
                kinds += 1;
                m.writable = true;
                m.exclusive = true;
            }
            '+' => plus = true,
            'b' => m.binary = true,
            't' => text = true,
            _ => return Err(invalid()),
        }
    }
    if text && m.binary {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if kinds > 1 {
        return Err(PyErr::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(PyErr::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if plus {
        m.readable = true;
        m.writable = true;
    }
    Ok(m)
}

pub(crate) fn builtin_open(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = methods::bind_kw(
        &a,
        a.pos,
        "open",
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        Arity::Takes(0, 8),
    )?;
    let Some(file) = b[0] else {
        return Err(PyErr::type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    // An os.PathLike (pathlib.Path, ...) opens its __fspath__(), which is also the name.
    let converted;
    let file = if file.as_str().is_none()
        && file.as_bytes().is_none()
        && isles_ceval::dunder::lookup(file, "__fspath__").is_some()
    {
        converted = crate::os_mod::fspath_value(th, file)?;
        &converted
    } else {
        file
    };
    let path = match file.as_str() {
        Some(p) => p.to_string(),
        None => match file.bytes_like() {
            Some(d) if file.as_bytes().is_some() => String::from_utf8_lossy(&d).into_owned(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(th, file)
                )));
            }
        },
    };
    let mode_s = match b[1] {
        None => "r",
        Some(v) => v.as_str().ok_or_else(|| {
            PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name(th, v)
            ))
        })?,
    };
    let mode = parse_mode(mode_s)?;
    let newline = match b[5].filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match v.as_str() {
            Some(n @ ("" | "\n" | "\r" | "\r\n")) => Some(n.to_string()),
            Some(n) => {
                return Err(PyErr::value_error(format!("illegal newline value: {n}")));
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "open() argument 'newline' must be str or None, not {}",
                    type_name(th, v)
                )));
            }
        },
    };
    let given = |v: Option<&Value>| v.is_some_and(|v| !v.is_none());
    if mode.binary {
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if given(b[i]) {
                return Err(PyErr::value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(mode.readable)
        .write(mode.writable && !mode.append)
        .append(mode.append)
        .create(mode.create)
        .truncate(mode.truncate)
        .create_new(mode.exclusive);
    let p = path.clone();
    let opened = th.gil.release(move || {
        let f = opts.open(&p)?;
        // Opening a directory for reading succeeds on Linux; CPython reports EISDIR.
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    });
    let f = opened.map_err(|e| os_error(th, &e, Some(file)))?;
    // As CPython, the encoding is looked up once the file is open.
    let (encoding, errors) = codec::names(
        th,
        "open",
        b[3].filter(|v| !v.is_none()),
        b[4].filter(|v| !v.is_none()),
    )?;
    let c = classes(th)?;
    let cls = match (mode.binary, mode.readable, mode.writable) {
        (false, _, _) => c.text,
        (true, true, true) => c.random,
        (true, true, false) => c.reader,
        _ => c.writer,
    };
    let state = FileState {
        name: file.clone(),
        mode: mode_s.to_string(),
        binary: mode.binary,
        readable: mode.readable,
        writable: mode.writable,
        encoding,
        enc_name: b[3].and_then(Value::as_str).unwrap_or("UTF-8").to_string(),
        errors: errors.to_string(),
        newline,
        closed: Cell::new(false),
        inner: RefCell::new(Inner::new(Backend::File(f))),
    };
    Ok(Value::Obj(Obj::new(Kind::Opaque(cls, Box::new(state)))))
}

impl Inner {
    fn new(backend: Backend) -> Inner {
        Inner {
            backend: Some(backend),
            rbuf: Vec::new(),
            rpos: 0,
            text: None,
            tpos: 0,
            loaded: false,
            base: 0,
            wbuf: Vec::new(),
        }
    }
}

/// A console stream for `sys.stdin`/`sys.stdout`/`sys.stderr`.
fn console(th: &mut Thread<'_>, which: &str) -> PyResult<Value> {
    let c = classes(th)?;
    let (backend, readable, name) = match which {
        "stdin" => (Backend::Stdin, true, "<stdin>"),
        "stdout" => (Backend::Stdout, false, "<stdout>"),
        _ => (Backend::Stderr, false, "<stderr>"),
    };
    let state = FileState {
        name: Value::str(name),
        mode: if readable { "r" } else { "w" }.to_string(),
        binary: false,
        readable,
        writable: !readable,
        encoding: Encoding::Utf8,
        enc_name: "utf-8".to_string(),
        newline: None,
        errors: if which == "stderr" {
            "backslashreplace"
        } else {
            "strict"
        }
        .to_string(),
        closed: Cell::new(false),
        inner: RefCell::new(Inner::new(backend)),
    };
    Ok(Value::Obj(Obj::new(Kind::Opaque(c.text, Box::new(state)))))
}

/// Defers `sys.stdin`, `sys.stdout`, `sys.stderr` and their `__std*__` twins to the first
/// time `sys` is asked for one of them: they need the `_io` classes, which most
/// interpreters never use.
pub(crate) fn defer_sys_streams(th: &Thread<'_>, sys: &Obj) {
    let fill = th.native("_fill_sys_streams", fill_sys_streams);
    th.st.lazy_modules.borrow_mut().push((sys.clone(), fill));
}

/// Makes the streams `sys` (the argument) does not have yet.
fn fill_sys_streams(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(sys) = a.pos.first().and_then(|s| s.as_obj().cloned()) else {
        return Err(PyErr::system_error(
            "_fill_sys_streams needs the sys module",
        ));
    };
    let d = th
        .st
        .module_dict(&sys)
        .ok_or_else(|| PyErr::system_error("sys has no dict"))?;
    let Kind::Dict(d) = d.kind() else {
        return Err(PyErr::system_error("sys has no dict"));
    };
    for which in ["stdin", "stdout", "stderr"] {
        let dunder = format!("__{which}__");
        let missing: Vec<&str> = [which, dunder.as_str()]
            .into_iter()
            .filter(|n| d.borrow().get_str(n).is_none())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let v = console(th, which)?;
        for n in missing {
            let key = th.intern(n);
            d.borrow_mut().set_str_value(&key, v.clone());
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// Method plumbing

fn file_self<'a>(a: &Args<'a>) -> PyResult<(&'a FileState, &'a Value)> {
    let Some(s) = a.pos.first() else {
        return Err(PyErr::type_error("file method needs an argument"));
    };
    match s.kind() {
        Some(Kind::Opaque(_, st)) => match st.downcast_ref::<FileState>() {
            Some(f) => Ok((f, s)),
            None => Err(PyErr::type_error("descriptor requires a file object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a file object")),
    }
}

fn open_self<'a>(a: &Args<'a>) -> PyResult<(&'a FileState, &'a Value)> {
    let (f, s) = file_self(a)?;
    if f.closed.get() {
        return Err(closed_error());
    }
    Ok((f, s))
}

fn borrow(f: &FileState) -> PyResult<std::cell::RefMut<'_, Inner>> {
    f.inner
        .try_borrow_mut()
        .map_err(|_| PyErr::new(ExcKind::RuntimeError, "reentrant call inside file object"))
}

fn check_readable(th: &mut Thread<'_>, f: &FileState) -> PyResult<()> {
    if f.readable {
        Ok(())
    } else {
        Err(unsupported(th, "not readable"))
    }
}

fn check_writable(th: &mut Thread<'_>, f: &FileState) -> PyResult<()> {
    if f.writable {
        Ok(())
    } else {
        Err(unsupported(th, "not writable"))
    }
}

/// Writes out buffered bytes (releasing the GIL).
fn flush_inner(th: &mut Thread<'_>, f: &FileState, inner: &mut Inner) -> PyResult<()> {
    if inner.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut inner.wbuf);
    match inner.backend.as_mut() {
        Some(Backend::File(file)) => th
            .gil
            .release(|| file.write_all(&data))
            .map_err(|e| os_error(th, &e, Some(&f.name))),
        Some(Backend::Stdout) => {
            th.st.stdout.borrow_mut().extend_from_slice(&data);
            flush_console(th);
            Ok(())
        }
        Some(Backend::Stderr) => {
            flush_console(th);
            th.gil.release(|| {
                let mut e = std::io::stderr().lock();
                let _ = e.write_all(&data);
                let _ = e.flush();
            });
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Writes this interpreter's buffered stdout to the process's stdout, without the GIL.
pub fn flush_console(th: &mut Thread<'_>) {
    let data = std::mem::take(&mut *th.st.stdout.borrow_mut());
    if data.is_empty() {
        return;
    }
    th.gil.release(|| {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&data);
        let _ = out.flush();
    });
}

/// Loads the rest of the file into the read buffer (one OS read, without the GIL), and
/// decodes it for text files.
fn load(th: &mut Thread<'_>, f: &FileState, inner: &mut Inner) -> PyResult<()> {
    if inner.loaded {
        return Ok(());
    }
    flush_inner(th, f, inner)?;
    let mut data = Vec::new();
    let r = match inner.backend.as_mut() {
        Some(Backend::File(file)) => th.gil.release(|| {
            let pos = file.stream_position()?;
            file.read_to_end(&mut data)?;
            Ok(pos)
        }),
        Some(Backend::Stdin) => {
            flush_console(th);
            th.gil
                .release(|| std::io::stdin().lock().read_to_end(&mut data).map(|_| 0))
        }
        _ => Ok(0),
    };
    let base = r.map_err(|e| os_error(th, &e, Some(&f.name)))?;
    inner.base = base;
    inner.rbuf = data;
    inner.rpos = 0;
    inner.loaded = true;
    if !f.binary {
        let text = codec::decode(th, &inner.rbuf, f.encoding, &f.errors)?;
        inner.text = Some(text);
        inner.tpos = 0;
    }
    Ok(())
}

/// Drops what was read ahead, putting the OS position back at the logical position.
fn unread(th: &mut Thread<'_>, f: &FileState, inner: &mut Inner) -> PyResult<()> {
    if !inner.loaded {
        return Ok(());
    }
    let consumed = consumed_bytes(th, f, inner)?;
    let target = inner.base + consumed as u64;
    if let Some(Backend::File(file)) = inner.backend.as_mut() {
        th.gil
            .release(|| file.seek(SeekFrom::Start(target)))
            .map_err(|e| os_error(th, &e, Some(&f.name)))?;
    }
    inner.loaded = false;
    inner.rbuf.clear();
    inner.rpos = 0;
    inner.text = None;
    inner.tpos = 0;
    Ok(())
}

/// How many bytes of the read buffer have been consumed.
fn consumed_bytes(th: &mut Thread<'_>, f: &FileState, inner: &Inner) -> PyResult<usize> {
    match &inner.text {
        None => Ok(inner.rpos),
        Some(t) if f.encoding == Encoding::Utf8 => Ok(inner.tpos.min(t.len())),
        Some(t) => Ok(codec::encode(th, &t[..inner.tpos], f.encoding, &f.errors)?.len()),
    }
}

/// Reads up to `n` characters (all when `None`), with universal newlines unless `newline`
/// names the one separator that ends a line.
fn read_text(inner: &mut Inner, n: Option<usize>, line: bool, newline: Option<&str>) -> String {
    let Some(text) = inner.text.as_ref() else {
        return String::new();
    };
    if let Some(sep) = newline {
        let rest = &text[inner.tpos..];
        let mut end = match n {
            Some(n) => rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i),
            None => rest.len(),
        };
        if line {
            let found = match sep {
                "" => rest[..end].find(['\n', '\r']).map(|i| {
                    if rest[i..].starts_with("\r\n") && i + 2 <= end {
                        i + 2
                    } else {
                        i + 1
                    }
                }),
                sep => rest[..end].find(sep).map(|i| i + sep.len()),
            };
            if let Some(e) = found {
                end = e;
            }
        }
        let out = rest[..end].to_string();
        inner.tpos += end;
        return out;
    }
    let rest = &text[inner.tpos..];
    let mut out = String::new();
    let mut count = 0;
    let mut it = rest.char_indices().peekable();
    let mut used = rest.len();
    while let Some((i, c)) = it.next() {
        if n.is_some_and(|n| count >= n) {
            used = i;
            break;
        }
        count += 1;
        if c == '\r' {
            if let Some((_, '\n')) = it.peek() {
                it.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
        if line && (c == '\n' || c == '\r') {
            used = it.peek().map_or(rest.len(), |(j, _)| *j);
            break;
        }
    }
    inner.tpos += used;
    out
}

fn read_bytes(inner: &mut Inner, n: Option<usize>, line: bool) -> Vec<u8> {
    let rest = &inner.rbuf[inner.rpos..];
    let mut end = n.map_or(rest.len(), |n| n.min(rest.len()));
    if line && let Some(i) = rest[..end].iter().position(|b| *b == b'\n') {
        end = i + 1;
    }
    let out = rest[..end].to_vec();
    inner.rpos += end;
    out
}

/// One read of `n` units (or all) as a str or bytes value.
fn read_value(th: &mut Thread<'_>, f: &FileState, n: Option<usize>, line: bool) -> PyResult<Value> {
    check_readable(th, f)?;
    let mut inner = borrow(f)?;
    if matches!(inner.backend, Some(Backend::Stdin)) && line {
        drop(inner);
        return match read_console_line(th)? {
            Some(s) => Ok(Value::str(s)),
            None => Ok(Value::str("")),
        };
    }
    load(th, f, &mut inner)?;
    Ok(if f.binary {
        Value::bytes(read_bytes(&mut inner, n, line))
    } else {
        Value::str(read_text(&mut inner, n, line, f.newline.as_deref()))
    })
}

/// A size argument: None or negative means "all".
fn size_arg(th: &Thread<'_>, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = ops::index_value(v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    type_name(th, v)
                ))
            })?;
            Ok(usize::try_from(n).ok())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Methods

fn f_read(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    methods::check_count("file", "read", a.pos.len() - 1, Arity::Takes(0, 1))?;
    let n = size_arg(th, a.pos.get(1))?;
    read_value(th, f, n, false)
}

fn f_readline(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    methods::check_count("file", "readline", a.pos.len() - 1, Arity::Takes(0, 1))?;
    let n = size_arg(th, a.pos.get(1))?;
    read_value(th, f, n, true)
}

fn f_readlines(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let mut out = Vec::new();
    loop {
        let line = read_value(th, f, None, true)?;
        if !ops::truthy(th, &line)? {
            break;
        }
        out.push(line);
    }
    Ok(Value::list(out))
}

fn f_next(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let line = read_value(th, f, None, true)?;
    if ops::truthy(th, &line)? {
        Ok(line)
    } else {
        Err(PyErr::new(ExcKind::StopIteration, ""))
    }
}

fn write_data(th: &mut Thread<'_>, f: &FileState, data: &[u8]) -> PyResult<()> {
    check_writable(th, f)?;
    let mut inner = borrow(f)?;
    unread(th, f, &mut inner)?;
    if matches!(inner.backend, Some(Backend::Stdout)) {
        drop(inner);
        let mut buf = th.st.stdout.borrow_mut();
        buf.extend_from_slice(data);
        let big = buf.len() > WRITE_CHUNK;
        drop(buf);
        if big {
            flush_console(th);
        }
        return Ok(());
    }
    inner.wbuf.extend_from_slice(data);
    let unbuffered = matches!(inner.backend, Some(Backend::Stderr));
    if unbuffered || inner.wbuf.len() > WRITE_CHUNK {
        flush_inner(th, f, &mut inner)?;
    }
    Ok(())
}

/// What `write(v)` puts in the file: str for text files, bytes-like for binary ones.
fn encode_arg(th: &mut Thread<'_>, f: &FileState, v: &Value) -> PyResult<(Vec<u8>, usize)> {
    if f.binary {
        let d = crate::bytes_methods::bytes_of(th, v)?;
        let n = d.len();
        return Ok((d, n));
    }
    let Some(s) = v.as_pystr() else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            type_name(th, v)
        )));
    };
    // A UTF-16/32 stream starts with one byte order mark: later writes (and writes to a
    // file that already has data) are little endian without one, as CPython's encoder.
    let encoding = match f.encoding {
        Encoding::Utf16 { order: None } if !stream_at_start(f) => {
            Encoding::Utf16 { order: Some(false) }
        }
        Encoding::Utf32 { order: None } if !stream_at_start(f) => {
            Encoding::Utf32 { order: Some(false) }
        }
        Encoding::Utf8Sig if !stream_at_start(f) => Encoding::Utf8,
        e => e,
    };
    let d = match f.newline.as_deref() {
        Some(sep @ ("\r" | "\r\n")) => {
            codec::encode(th, &s.as_str().replace('\n', sep), encoding, &f.errors)?
        }
        _ => codec::encode(th, s.as_str(), encoding, &f.errors)?,
    };
    Ok((d, s.char_len()))
}

/// Whether nothing precedes the next write (the file is empty or positioned at 0).
fn stream_at_start(f: &FileState) -> bool {
    let Ok(inner) = f.inner.try_borrow() else {
        return false;
    };
    if !inner.wbuf.is_empty() {
        return false;
    }
    match &inner.backend {
        Some(Backend::File(file)) => {
            use std::io::Seek;
            if f.mode.contains('a') {
                file.metadata().is_ok_and(|m| m.len() == 0)
            } else {
                let mut file = file;
                file.stream_position().is_ok_and(|p| p == 0)
            }
        }
        _ => true,
    }
}

fn f_write(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    methods::check_count("file", "write", a.pos.len() - 1, Arity::One)?;
    let (data, n) = encode_arg(th, f, &a.pos[1])?;
    write_data(th, f, &data)?;
    Ok(Value::Int(n as i64))
}

fn f_writelines(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    methods::check_count("file", "writelines", a.pos.len() - 1, Arity::One)?;
    for line in ops::iterate(th, &a.pos[1])? {
        let (data, _) = encode_arg(th, f, &line)?;
        write_data(th, f, &data)?;
    }
    Ok(Value::None)
}

fn f_flush(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let mut inner = borrow(f)?;
    flush_inner(th, f, &mut inner)?;
    if matches!(inner.backend, Some(Backend::Stdout)) {
        drop(inner);
        flush_console(th);
    }
    Ok(Value::None)
}

fn f_close(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = file_self(&a)?;
    if f.closed.get() {
        return Ok(Value::None);
    }
    let mut inner = borrow(f)?;
    let r = flush_inner(th, f, &mut inner);
    f.closed.set(true);
    if let Some(Backend::File(file)) = inner.backend.take() {
        th.gil.release(move || drop(file));
    }
    r.map(|_| Value::None)
}

fn f_seek(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    methods::check_count("file", "seek", a.pos.len() - 1, Arity::Takes(1, 2))?;
    let offset = methods::index_arg(th, &a.pos[1])?;
    let whence = match a.pos.get(2) {
        Some(v) => methods::index_arg(th, v)?,
        None => 0,
    };
    if !f.binary && whence != 0 && offset != 0 {
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return Err(unsupported(th, msg));
    }
    let target = match whence {
        0 => {
            if offset < 0 {
                return Err(PyErr::value_error(format!(
                    "negative seek position {offset}"
                )));
            }
            SeekFrom::Start(offset as u64)
        }
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
    };
    let mut inner = borrow(f)?;
    flush_inner(th, f, &mut inner)?;
    unread(th, f, &mut inner)?;
    let Some(Backend::File(file)) = inner.backend.as_mut() else {
        return Err(unsupported(th, "underlying stream is not seekable"));
    };
    let pos = th
        .gil
        .release(|| file.seek(target))
        .map_err(|e| os_error(th, &e, Some(&f.name)))?;
    Ok(Value::Int(pos as i64))
}

fn f_tell(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let mut inner = borrow(f)?;
    flush_inner(th, f, &mut inner)?;
    if inner.loaded {
        let consumed = consumed_bytes(th, f, &inner)?;
        return Ok(Value::Int((inner.base + consumed as u64) as i64));
    }
    let Some(Backend::File(file)) = inner.backend.as_mut() else {
        return Err(unsupported(th, "underlying stream is not seekable"));
    };
    let pos = th
        .gil
        .release(|| file.stream_position())
        .map_err(|e| os_error(th, &e, Some(&f.name)))?;
    Ok(Value::Int(pos as i64))
}

fn f_readable(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    Ok(Value::bool(f.readable))
}

fn f_writable(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    Ok(Value::bool(f.writable))
}

fn f_seekable(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let inner = borrow(f)?;
    Ok(Value::bool(matches!(inner.backend, Some(Backend::File(_)))))
}

fn f_isatty(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let inner = borrow(f)?;
    use std::io::IsTerminal;
    Ok(Value::bool(match inner.backend {
        Some(Backend::Stdout) => std::io::stdout().is_terminal(),
        Some(Backend::Stderr) => std::io::stderr().is_terminal(),
        Some(Backend::Stdin) => std::io::stdin().is_terminal(),
        _ => false,
    }))
}

fn f_fileno(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = open_self(&a)?;
    let inner = borrow(f)?;
    match inner.backend {
        Some(Backend::Stdin) => Ok(Value::Int(0)),
        Some(Backend::Stdout) => Ok(Value::Int(1)),
        Some(Backend::Stderr) => Ok(Value::Int(2)),
        _ => {
            drop(inner);
            Err(unsupported(th, "fileno"))
        }
    }
}

fn f_enter(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (_, s) = open_self(&a)?;
    Ok(s.clone())
}

fn f_exit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let first = a.pos.first().cloned().into_iter().collect::<Vec<_>>();
    f_close(th, Args::positional(&first))?;
    Ok(Value::None)
}

fn f_repr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, s) = file_self(&a)?;
    let cls = ops::type_name(th, s);
    let name = ops::repr(th, &f.name)?;
    if f.closed.get() {
        return Ok(Value::str(format!("<_io.{cls} [closed]>")));
    }
    Ok(Value::str(if f.binary {
        format!("<_io.{cls} name={name}>")
    } else {
        format!(
            "<_io.{cls} name={name} mode='{}' encoding='{}'>",
            f.mode, f.enc_name
        )
    }))
}

fn p_closed(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = file_self(&a)?;
    Ok(Value::bool(f.closed.get()))
}

fn p_name(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = file_self(&a)?;
    Ok(f.name.clone())
}

fn p_mode(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = file_self(&a)?;
    Ok(Value::str(f.mode.as_str()))
}

fn p_encoding(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (f, _) = file_self(&a)?;
    Ok(Value::str(f.enc_name.as_str()))
}

// ---------------------------------------------------------------------------------------------
// The console: input() and sys.stdin

/// One line from the process's stdin (newline kept), or `None` at end of input.
fn read_console_line(th: &mut Thread<'_>) -> PyResult<Option<String>> {
    flush_console(th);
    let mut line = Vec::new();
    let r = th.gil.release(|| {
        let mut lock = std::io::stdin().lock();
        std::io::BufRead::read_until(&mut lock, b'\n', &mut line)
    });
    let n = r.map_err(|e| os_error(th, &e, None))?;
    if n == 0 {
        return Ok(None);
    }
    Ok(Some(codec::decode(th, &line, Encoding::Utf8, "strict")?))
}

/// The current `sys.<name>` (it may have been replaced by a user object).
pub fn sys_stream(th: &mut Thread<'_>, name: &str) -> PyResult<Value> {
    // Fast path (every print): sys's own dict, straight from sys.modules.
    if let Kind::Dict(mods) = th.st.modules.kind()
        && let Some(Value::Obj(m)) = mods.borrow().get_str("sys")
        && let Kind::Module(m) = m.kind()
        && let Kind::Dict(d) = m.dict.kind()
        && let Some(v) = d.borrow().get_str(name)
    {
        return Ok(v.clone());
    }
    let sys = th.import("sys")?;
    ops::getattr(th, &sys, &th.intern(name))
        .map_err(|_| PyErr::new(ExcKind::RuntimeError, format!("lost sys.{name}")))
}

pub(crate) fn builtin_input(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("input")?;
    if a.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "input expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    if let Some(p) = a.pos.first() {
        let text = ops::str_(th, p)?;
        write_to(th, None, &text)?;
    }
    let stdout = sys_stream(th, "stdout")?;
    flush_stream(th, &stdout)?;
    let stdin = sys_stream(th, "stdin")?;
    let line = if is_console(&stdin, "stdin") {
        read_console_line(th)?
    } else {
        let readline = ops::getattr(th, &stdin, &th.intern("readline"))?;
        let v = th.call(&readline, Args::positional(&[]))?;
        v.as_str().filter(|s| !s.is_empty()).map(String::from)
    };
    match line {
        None => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Some(mut s) => {
            if s.ends_with('\n') {
                s.pop();
            }
            Ok(Value::str(s))
        }
    }
}

/// Whether `v` is this interpreter's console stream `which` (so writes can take the fast
/// path).
fn is_console(v: &Value, which: &str) -> bool {
    let Some(Kind::Opaque(_, st)) = v.kind() else {
        return false;
    };
    let Some(f) = st.downcast_ref::<FileState>() else {
        return false;
    };
    let Ok(inner) = f.inner.try_borrow() else {
        return false;
    };
    matches!(
        (&inner.backend, which),
        (Some(Backend::Stdout), "stdout")
            | (Some(Backend::Stderr), "stderr")
            | (Some(Backend::Stdin), "stdin")
    )
}

/// Writes `text` to `file` (None: the current `sys.stdout`).
pub fn write_to(th: &mut Thread<'_>, file: Option<&Value>, text: &str) -> PyResult<()> {
    write_parts(th, file, &[text])
}

/// Writes `parts` as `print` does: to the console in one go, to anything else with one
/// `write` call per part (as CPython's print calls `file.write` for each piece).
pub fn write_parts(th: &mut Thread<'_>, file: Option<&Value>, parts: &[&str]) -> PyResult<()> {
    let target = match file {
        Some(f) if !f.is_none() => f.clone(),
        _ => sys_stream(th, "stdout")?,
    };
    if is_console(&target, "stdout") {
        th.write_stdout(&parts.concat());
        return Ok(());
    }
    let write = ops::getattr(th, &target, &th.intern("write"))?;
    for p in parts {
        th.call(&write, Args::positional(&[Value::str(*p)]))?;
    }
    Ok(())
}

/// `file.flush()` (the console's flush writes the buffered output out).
pub fn flush_stream(th: &mut Thread<'_>, file: &Value) -> PyResult<()> {
    if is_console(file, "stdout") {
        flush_console(th);
        return Ok(());
    }
    match ops::getattr(th, file, &th.intern("flush")) {
        Ok(f) => th.call(&f, Args::positional(&[])).map(|_| ()),
        Err(_) => Ok(()),
    }
}
