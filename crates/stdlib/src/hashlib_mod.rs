//! `_hashlib`: message digests for the bundled `hashlib` (md5, sha1 and the SHA-2 family,
//! from the RustCrypto crates). A hash object keeps the running state in Rust, so `update`
//! costs only the new data.

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_object::{Kind, Obj, PyErr, PyResult, Value};
use sha2::Digest;
use std::cell::RefCell;

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::native_mod::module(
        th,
        "_hashlib",
        &[
            ("new", new),
            ("update", update),
            ("digest", digest),
            ("copy", copy),
        ],
    ))
}

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

struct Hasher(RefCell<State>);

fn state(v: &Value) -> PyResult<&Hasher> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<Hasher>()
            .ok_or_else(|| PyErr::type_error("expected a hash state")),
        _ => Err(PyErr::type_error("expected a hash state")),
    }
}

/// The data argument, with CPython's messages for str and non-buffers.
fn data_arg(th: &Thread<'_>, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    v.bytes_like().ok_or_else(|| {
        let _ = type_name(th, v);
        PyErr::type_error("object supporting the buffer API required")
    })
}

/// `new(name)`: a fresh state, or None for an unknown algorithm.
fn new(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("new", 1, 1)?;
    let st = match a.pos[0].as_str().unwrap_or("") {
        "md5" => State::Md5(md5::Md5::new()),
        "sha1" => State::Sha1(sha1::Sha1::new()),
        "sha224" => State::Sha224(sha2::Sha224::new()),
        "sha256" => State::Sha256(sha2::Sha256::new()),
        "sha384" => State::Sha384(sha2::Sha384::new()),
        "sha512" => State::Sha512(sha2::Sha512::new()),
        _ => return Ok(Value::None),
    };
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(Hasher(
        RefCell::new(st),
    ))))))
}

fn update(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("update", 2, 2)?;
    let data = data_arg(th, &a.pos[1])?;
    let h = state(&a.pos[0])?;
    match &mut *h.0.borrow_mut() {
        State::Md5(s) => s.update(&data),
        State::Sha1(s) => s.update(&data),
        State::Sha224(s) => s.update(&data),
        State::Sha256(s) => s.update(&data),
        State::Sha384(s) => s.update(&data),
        State::Sha512(s) => s.update(&data),
    }
    Ok(Value::None)
}

/// `digest(state)`: the digest so far (the state goes on).
fn digest(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("digest", 1, 1)?;
    let h = state(&a.pos[0])?;
    let out: Vec<u8> = match h.0.borrow().clone() {
        State::Md5(s) => s.finalize().to_vec(),
        State::Sha1(s) => s.finalize().to_vec(),
        State::Sha224(s) => s.finalize().to_vec(),
        State::Sha256(s) => s.finalize().to_vec(),
        State::Sha384(s) => s.finalize().to_vec(),
        State::Sha512(s) => s.finalize().to_vec(),
    };
    Ok(Value::bytes(out))
}

fn copy(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("copy", 1, 1)?;
    let h = state(&a.pos[0])?;
    let st = h.0.borrow().clone();
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(Hasher(
        RefCell::new(st),
    ))))))
}
