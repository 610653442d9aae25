//! Hashes of builtin values: CPython's numeric hash, and a fixed fast hash for str.

use rustc_hash::FxHasher;
use std::hash::Hasher;

const MODULUS: i64 = (1 << 61) - 1;

/// CPython's hash of an int that fits in 64 bits.
pub fn hash_i64(x: i64) -> i64 {
    let neg = x < 0;
    let m = (x.unsigned_abs() % MODULUS as u64) as i64;
    let h = if neg { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// The hash of a str. Not CPython's (which is randomized per process anyway).
pub fn hash_str(s: &str) -> i64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.write_u8(0xff);
    let v = (h.finish() >> 1) as i64;
    if v == -1 { -2 } else { v }
}
