//! `_zlib` (behind the bundled `zlib`): deflate compression through flate2 on the system zlib (the library CPython links,
//! so compressed bytes match CPython's byte for byte), plus `crc32` and `adler32`. The
//! one-shot functions and checksums live here; the bundled `zlib.py` wraps the streaming
//! handles in `Compress`/`Decompress` classes.

use std::cell::RefCell;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread};
use isles_object::{Dict, Kind, Obj, PyErr, PyResult, Value};

use crate::native_mod::set_attr;

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let m = crate::native_mod::module(
        th,
        "_zlib",
        &[
            ("compress", compress),
            ("decompress", decompress),
            ("crc32", crc32),
            ("adler32", adler32),
            ("_compressobj", compressobj),
            ("_c_compress", c_compress),
            ("_c_flush", c_flush),
            ("_decompressobj", decompressobj),
            ("_d_decompress", d_decompress),
        ],
    );
    let Some(mo) = m.as_obj() else {
        return Err(PyErr::system_error("zlib module"));
    };
    let ns = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new())))));
    ops::dict_set(th, &ns, Value::str("__module__"), Value::str("zlib"))?;
    let exc = Value::Obj(th.st.types.exc(isles_object::ExcKind::Exception).clone());
    let error = isles_ceval::classes::new_class(th, &Value::str("error"), &[exc], &ns)?;
    set_attr(th, mo, "error", error);
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (n, v) in ints {
        set_attr(th, mo, n, Value::Int(*v));
    }
    set_attr(th, mo, "ZLIB_VERSION", Value::str("1.2.13"));
    set_attr(th, mo, "ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
    Ok(m)
}

/// A `zlib.error` carrying `msg`.
fn zerror(th: &mut Thread<'_>, msg: String) -> PyErr {
    let cls = th
        .import("_zlib")
        .and_then(|m| ops::getattr(th, &m, &th.intern("error")));
    match cls {
        Ok(Value::Obj(c)) => {
            PyErr::from_obj(ops::new_exception(&c, vec![Value::str(msg.as_str())]))
        }
        _ => PyErr::system_error(msg),
    }
}

fn data_arg(th: &Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_none()
        && let Some(b) = v.bytes_like()
    {
        return Ok(b);
    }
    Err(PyErr::type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(th, v)
    )))
}

fn int_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        _ => crate::methods::index_arg(th, v),
    }
}

/// Positional-or-keyword argument `i` named `name` (after the positional-only data).
fn opt<'a>(a: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    a.pos.get(i).or_else(|| a.kw(name))
}

fn level_of(level: i64) -> Option<Compression> {
    match level {
        -1 => Some(Compression::default()),
        0..=9 => Some(Compression::new(level as u32)),
        _ => None,
    }
}

/// A compressor for `wbits` (9..15 zlib, -9..-15 raw deflate, 25..31 gzip).
fn new_compress(level: i64, wbits: i64) -> Option<Compress> {
    let lvl = level_of(level)?;
    match wbits {
        9..=15 => Some(Compress::new_with_window_bits(lvl, true, wbits as u8)),
        -15..=-9 => Some(Compress::new_with_window_bits(lvl, false, (-wbits) as u8)),
        25..=31 => Some(Compress::new_gzip(lvl, (wbits - 16) as u8)),
        _ => None,
    }
}

/// A decompressor for `wbits`; 0 and 40..47 read the header (a gzip magic picks gzip).
fn new_decompress(wbits: i64, first: &[u8]) -> Option<Decompress> {
    match wbits {
        0 => Some(Decompress::new_with_window_bits(true, 15)),
        8..=15 => Some(Decompress::new_with_window_bits(true, wbits.max(9) as u8)),
        -15..=-8 => Some(Decompress::new_with_window_bits(
            false,
            (-wbits).max(9) as u8,
        )),
        24..=31 => Some(Decompress::new_gzip((wbits - 16).max(9) as u8)),
        40..=47 => {
            if first.starts_with(&[0x1f, 0x8b]) {
                Some(Decompress::new_gzip((wbits - 32).max(9) as u8))
            } else {
                Some(Decompress::new_with_window_bits(
                    true,
                    (wbits - 32).max(9) as u8,
                ))
            }
        }
        _ => None,
    }
}

/// Runs `c` over `data` with `flush`, growing the output until all input is taken (and, for
/// `Finish`, the stream is ended).
fn run_compress(
    th: &mut Thread<'_>,
    c: &mut Compress,
    data: &[u8],
    flush: FlushCompress,
) -> PyResult<Vec<u8>> {
    let start = c.total_in();
    let finish = matches!(flush, FlushCompress::Finish);
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(1024));
        }
        let done = (c.total_in() - start) as usize;
        let before = (c.total_in(), out.len());
        let Ok(st) = c.compress_vec(&data[done..], &mut out, flush) else {
            return Err(zerror(th, "Error -2 while compressing data".into()));
        };
        let all_in = (c.total_in() - start) as usize == data.len();
        let room = out.len() < out.capacity();
        if finish && st == Status::StreamEnd {
            break;
        }
        if !finish && all_in && room {
            break;
        }
        if (c.total_in(), out.len()) == before && room {
            break;
        }
    }
    Ok(out)
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error(
            "compress() takes at least 1 positional argument (0 given)",
        ));
    }
    a.check_count("compress", 1, 3)?;
    a.only_kwargs("compress", &["level", "wbits"])?;
    let data = data_arg(th, &a.pos[0])?;
    let level = match opt(&a, 1, "level") {
        Some(v) => int_arg(th, v)?,
        None => -1,
    };
    let wbits = match opt(&a, 2, "wbits") {
        Some(v) => int_arg(th, v)?,
        None => 15,
    };
    let Some(mut c) = new_compress(level, wbits) else {
        return Err(zerror(th, "Bad compression level".into()));
    };
    let out = run_compress(th, &mut c, &data, FlushCompress::Finish)?;
    Ok(Value::bytes(out))
}

/// What one decompression run did.
struct Inflated {
    out: Vec<u8>,
    /// Input bytes taken.
    used: usize,
    eof: bool,
}

/// Inflates `data` until the stream ends, the input runs out, or `max` output bytes (0: no
/// limit) are made.
fn run_decompress(
    th: &mut Thread<'_>,
    d: &mut Decompress,
    data: &[u8],
    max: usize,
) -> PyResult<Inflated> {
    let start = d.total_in();
    let mut out: Vec<u8> = Vec::with_capacity(if max > 0 {
        max.min(1 << 16)
    } else {
        (data.len() * 3).clamp(64, 1 << 20)
    });
    let mut eof = false;
    loop {
        if max > 0 && out.len() >= max {
            break;
        }
        if out.len() == out.capacity() {
            let grow = out.capacity().max(1024);
            let grow = if max > 0 {
                grow.min(max - out.len())
            } else {
                grow
            };
            out.reserve_exact(grow);
        }
        if max > 0 && out.capacity() > max {
            // Never write past max_length.
            let mut limited = Vec::with_capacity(max);
            limited.extend_from_slice(&out);
            out = limited;
        }
        let used = (d.total_in() - start) as usize;
        let before = (d.total_in(), out.len());
        let st = d.decompress_vec(&data[used..], &mut out, FlushDecompress::None);
        match st {
            Ok(Status::StreamEnd) => {
                eof = true;
                break;
            }
            Ok(_) => {
                let progressed = (d.total_in(), out.len()) != before;
                let all_in = (d.total_in() - start) as usize == data.len();
                if !progressed || (all_in && out.len() < out.capacity()) {
                    break;
                }
            }
            Err(e) => {
                let msg = e.message().unwrap_or("invalid data").to_string();
                return Err(zerror(
                    th,
                    format!("Error -3 while decompressing data: {msg}"),
                ));
            }
        }
    }
    Ok(Inflated {
        out,
        used: (d.total_in() - start) as usize,
        eof,
    })
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error(
            "decompress() takes at least 1 positional argument (0 given)",
        ));
    }
    a.check_count("decompress", 1, 3)?;
    a.only_kwargs("decompress", &["wbits", "bufsize"])?;
    let data = data_arg(th, &a.pos[0])?;
    let wbits = match opt(&a, 1, "wbits") {
        Some(v) => int_arg(th, v)?,
        None => 15,
    };
    if let Some(v) = opt(&a, 2, "bufsize")
        && int_arg(th, v)? < 0
    {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let Some(mut d) = new_decompress(wbits, &data) else {
        return Err(zerror(
            th,
            "Error -2 while preparing to decompress data: inconsistent stream state".into(),
        ));
    };
    let r = run_decompress(th, &mut d, &data, 0)?;
    if !r.eof {
        return Err(zerror(
            th,
            "Error -5 while decompressing data: incomplete or truncated stream".into(),
        ));
    }
    Ok(Value::bytes(r.out))
}

fn checksum_args(th: &Thread<'_>, a: &Args<'_>, name: &str, init: u32) -> PyResult<(Vec<u8>, u32)> {
    a.no_kwargs(name)?;
    a.check_count(name, 1, 2)?;
    let data = data_arg(th, &a.pos[0])?;
    let value = match a.pos.get(1) {
        Some(v) => match v.to_bigint() {
            Some(b) => {
                let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xffff_ffffu32);
                u32::try_from(m).unwrap_or(0)
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(th, v)
                )));
            }
        },
        None => init,
    };
    Ok((data, value))
}

/// `crc32(data, value=0)`.
fn crc32(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, value) = checksum_args(th, &a, "crc32", 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(value);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

/// `adler32(data, value=1)`.
fn adler32(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (data, value) = checksum_args(th, &a, "adler32", 1)?;
    let mut h = adler2::Adler32::from_checksum(value);
    h.write_slice(&data);
    Ok(Value::Int(h.checksum() as i64))
}

struct CompressState(RefCell<Compress>);
struct DecompressState(RefCell<Decompress>);

fn other<'a, T: 'static>(v: &'a Value, what: &str) -> PyResult<&'a T> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<T>()
            .ok_or_else(|| PyErr::type_error(format!("expected a {what} state"))),
        _ => Err(PyErr::type_error(format!("expected a {what} state"))),
    }
}

/// `_compressobj(level, wbits)`: a compression stream handle.
fn compressobj(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("_compressobj", 2, 2)?;
    let level = int_arg(th, &a.pos[0])?;
    let wbits = int_arg(th, &a.pos[1])?;
    match new_compress(level, wbits) {
        Some(c) => Ok(Value::Obj(Obj::new(Kind::Other(Box::new(CompressState(
            RefCell::new(c),
        )))))),
        None => Err(PyErr::value_error("Invalid initialization option")),
    }
}

fn c_compress(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("compress", 2, 2)?;
    let data = data_arg(th, &a.pos[1])?;
    let st = other::<CompressState>(&a.pos[0], "compress")?;
    let mut c = st.0.borrow_mut();
    let out = run_compress(th, &mut c, &data, FlushCompress::None)?;
    Ok(Value::bytes(out))
}

/// `_c_flush(handle, mode)`: Z_NO_FLUSH gives nothing; Z_SYNC_FLUSH, Z_FULL_FLUSH and
/// Z_FINISH flush as zlib does.
fn c_flush(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("flush", 2, 2)?;
    let mode = int_arg(th, &a.pos[1])?;
    let flush = match mode {
        0 => return Ok(Value::bytes(Vec::new())),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => {
            return Err(zerror(
                th,
                "Error -2 while flushing: inconsistent stream state".into(),
            ));
        }
    };
    let st = other::<CompressState>(&a.pos[0], "compress")?;
    let mut c = st.0.borrow_mut();
    let out = run_compress(th, &mut c, &[], flush)?;
    Ok(Value::bytes(out))
}

/// `_decompressobj(wbits, first_bytes)`: a decompression stream handle.
fn decompressobj(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("_decompressobj", 2, 2)?;
    let wbits = int_arg(th, &a.pos[0])?;
    let first = data_arg(th, &a.pos[1])?;
    match new_decompress(wbits, &first) {
        Some(d) => Ok(Value::Obj(Obj::new(Kind::Other(Box::new(
            DecompressState(RefCell::new(d)),
        ))))),
        None => Err(PyErr::value_error("Invalid initialization option")),
    }
}

/// `_d_decompress(handle, data, max_length)` -> `(output, bytes used, eof)`.
fn d_decompress(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("decompress", 3, 3)?;
    let data = data_arg(th, &a.pos[1])?;
    let max = int_arg(th, &a.pos[2])?;
    if max < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    let st = other::<DecompressState>(&a.pos[0], "decompress")?;
    let mut d = st.0.borrow_mut();
    let r = run_decompress(th, &mut d, &data, max as usize)?;
    Ok(Value::tuple(vec![
        Value::bytes(r.out),
        Value::Int(r.used as i64),
        Value::bool(r.eof),
    ]))
}
