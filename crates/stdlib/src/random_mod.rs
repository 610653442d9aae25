//! `_random`: the Mersenne Twister core of `random` (CPython's `_randommodule.c` behaviour:
//! `init_by_array` seeding from the 32-bit words of `abs(n)`, 53-bit `random()`,
//! `getrandbits`, state tuples). Each generator is an object owned by its interpreter; the
//! bundled `random.py` builds the `Random` class on top.

use std::cell::RefCell;

use isles_ceval::ops::type_name;
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Kind, NativeFunc, Obj, PyErr, PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use sha2::{Digest, Sha512};

use crate::native_mod::{self, index_big};

const N: usize = 624;
const M: usize = 397;

/// One generator's state: 624 words and the position in them.
pub struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG01: [u32; 2] = [0, 0x9908_b0df];
        if self.index >= N {
            for kk in 0..N {
                let y = (self.mt[kk] & 0x8000_0000) | (self.mt[(kk + 1) % N] & 0x7fff_ffff);
                self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)
    }

    /// A non-negative int of `k` random bits (CPython's word order: least significant first).
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }
}

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_mod::module(
        th,
        "_random",
        &[
            ("new", new),
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
            ("randbelow", randbelow),
            ("getstate", getstate),
            ("setstate", setstate),
            ("str_seed", str_seed),
            ("bit_length", bit_length),
            ("bind", bind),
        ],
    ))
}

fn new(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let mut mt = Mt {
        mt: [0; N],
        index: N + 1,
    };
    mt.init_genrand(5489);
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(RefCell::new(
        mt,
    ))))))
}

fn state<'a>(th: &Thread<'_>, v: &'a Value) -> PyResult<&'a RefCell<Mt>> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<RefCell<Mt>>()
            .ok_or_else(|| PyErr::type_error("expected a random generator state")),
        _ => Err(PyErr::type_error(format!(
            "expected a random generator state, not {}",
            type_name(th, v)
        ))),
    }
}

fn check(a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    a.no_kwargs(name)?;
    a.check_count(name, n, n)
}

/// `seed(state, n)`: `n` an int (its absolute value is used) or None (OS randomness).
fn seed(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "seed", 2)?;
    let st = state(th, &a.pos[0])?;
    if a.pos[1].is_none() {
        let mut buf = [0u8; N * 4];
        let key: Vec<u32> = match std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        {
            Ok(()) => buf
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
            Err(_) => {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default();
                vec![t.as_nanos() as u32, t.as_secs() as u32, std::process::id()]
            }
        };
        st.borrow_mut().init_by_array(&key);
        return Ok(Value::None);
    }
    let n = index_big(th, &a.pos[1])?.abs();
    let mut key = n.to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    st.borrow_mut().init_by_array(&key);
    Ok(Value::None)
}

fn random(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "random", 1)?;
    Ok(Value::inline_float(
        state(th, &a.pos[0])?.borrow_mut().random(),
    ))
}

fn bits_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<u64> {
    let k = index_big(th, v)?;
    if k.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    k.to_u64()
        .filter(|k| *k <= i32::MAX as u64)
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))
}

fn getrandbits(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "getrandbits", 2)?;
    let st = state(th, &a.pos[0])?;
    let k = bits_arg(th, &a.pos[1])?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(st.borrow_mut().getrandbits(k)))
}

/// `randbelow(state, n)`: CPython's `_randbelow_with_getrandbits` (rejection sampling on
/// `n.bit_length()` bits), for n > 0.
fn randbelow(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "randbelow", 2)?;
    let st = state(th, &a.pos[0])?;
    let n = index_big(th, &a.pos[1])?;
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    let k = n.bits();
    let mut g = st.borrow_mut();
    if let Some(small) = n.to_u64().filter(|_| k <= 32) {
        loop {
            let r = (g.next_u32() >> (32 - k)) as u64;
            if r < small {
                return Ok(Value::Int(r as i64));
            }
        }
    }
    loop {
        let r = g.getrandbits(k);
        if r < n {
            return Ok(Value::from_bigint(r));
        }
    }
}

fn getstate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "getstate", 1)?;
    let g = state(th, &a.pos[0])?.borrow();
    let mut items: Vec<Value> = g.mt.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(g.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "setstate", 2)?;
    let st = state(th, &a.pos[0])?;
    let Some(Kind::Tuple(items)) = a.pos[1].kind() else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items.iter()) {
        let b = index_big(th, v)?;
        if b.is_negative() {
            return Err(PyErr::overflow("can't convert negative int to unsigned"));
        }
        *w = (b & BigInt::from(u32::MAX)).to_u32().unwrap_or(0);
    }
    let index = index_big(th, &items[N])?;
    let Some(index) = index.to_usize().filter(|i| *i <= N) else {
        return Err(PyErr::value_error("invalid state"));
    };
    let mut g = st.borrow_mut();
    g.mt = words;
    g.index = index;
    Ok(Value::None)
}

/// The int `random.seed(s, version=2)` derives from a str: its UTF-8 bytes followed by their
/// SHA-512 digest, read big-endian.
fn str_seed(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "str_seed", 1)?;
    // str seeds hash their UTF-8 encoding, bytes and bytearray seeds themselves.
    let data: Vec<u8> = match a.pos[0].as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None => crate::bytes_methods::bytes_of(th, &a.pos[0]).map_err(|_| {
            PyErr::type_error(format!("expected str, not {}", type_name(th, &a.pos[0])))
        })?,
    };
    let mut bytes = data.clone();
    bytes.extend_from_slice(&Sha512::digest(&data));
    Ok(Value::from_bigint(BigInt::from_bytes_be(
        Sign::Plus,
        &bytes,
    )))
}

fn bit_length(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "bit_length", 1)?;
    Ok(Value::Int(index_big(th, &a.pos[0])?.bits() as i64))
}

/// `bind(state, name)`: `random` or `getrandbits` of one generator as a builtin method, so
/// the module-level `random.random()` is one native call (as CPython's C method is).
fn bind(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    check(&a, "bind", 2)?;
    state(th, &a.pos[0])?;
    let (name, f): (&'static str, NativeFn) = match a.pos[1].as_str() {
        Some("random") => ("random", random),
        Some("getrandbits") => ("getrandbits", getrandbits),
        _ => return Err(PyErr::value_error("bind: unknown method")),
    };
    Ok(Value::Obj(Obj::new(Kind::Native(Box::new(NativeFunc {
        name,
        owner: Some("Random"),
        self_: Some(a.pos[0].clone()),
        func: std::rc::Rc::new(f),
        quick: isles_object::Quick::No,
    })))))
}
