//! Hashes of builtin values: CPython's numeric hash, and CPython's str/bytes hash.
//!
//! Set iteration order depends on hashes, so str must hash exactly as CPython 3.11 does with
//! `PYTHONHASHSEED=0`: SipHash-1-3 with a zero key over the string's internal (PEP 393)
//! representation, `sys.hash_info.cutoff == 0` (no small-string special case).

const MODULUS: i64 = (1 << 61) - 1;

/// CPython's hash of an int that fits in 64 bits.
pub fn hash_i64(x: i64) -> i64 {
    let neg = x < 0;
    let m = (x.unsigned_abs() % MODULUS as u64) as i64;
    let h = if neg { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// One SipHash round (the `SINGLE_ROUND` of CPython's `Python/pyhash.c`).
const fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
}

/// SipHash's starting state for the key (`k0`, `k1`).
const fn sip_init(k0: u64, k1: u64) -> [u64; 4] {
    [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ]
}

/// The state for the zero key CPython uses with `PYTHONHASHSEED=0`.
const ZERO_KEY: [u64; 4] = sip_init(0, 0);

/// One compression round over the 8-byte block `m`.
const fn sip_compress(v: &mut [u64; 4], m: u64) {
    v[3] ^= m;
    sip_round(v);
    v[0] ^= m;
}

/// Compresses the final block `last` (the tail bytes, the length's low byte on top) and
/// runs the three finalization rounds.
const fn sip_finish(mut v: [u64; 4], last: u64) -> u64 {
    sip_compress(&mut v, last);
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// A SipHash value as a Python hash: -1 is reserved for errors.
const fn py_hash(h: u64) -> i64 {
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// SipHash-1-3 of `data` under the key (`k0`, `k1`): one compression round per 8-byte block,
/// three finalization rounds.
///
/// A `const fn`, so the hashes of names the runtime looks up by a fixed spelling (special
/// methods) are computed at compile time.
pub const fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = sip_init(k0, k1);
    let full = data.len() / 8 * 8;
    let mut i = 0;
    while i < full {
        let m = u64::from_le_bytes([
            data[i],
            data[i + 1],
            data[i + 2],
            data[i + 3],
            data[i + 4],
            data[i + 5],
            data[i + 6],
            data[i + 7],
        ]);
        sip_compress(&mut v, m);
        i += 8;
    }
    // The length's low byte goes in the top byte of the final block.
    let mut b = (data.len() as u64) << 56;
    let mut k = 0;
    while full + k < data.len() {
        b |= (data[full + k] as u64) << (8 * k);
        k += 1;
    }
    sip_finish(v, b)
}

/// CPython's `_Py_HashBytes` with a zero hash secret (`PYTHONHASHSEED=0`): the hash of
/// `bytes`, and of a str given its internal representation. A `const fn` for names hashed at
/// compile time; [`hash_bytes_rt`] is the same value, faster at run time.
pub const fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    py_hash(siphash13(0, 0, data))
}

/// [`hash_bytes`] at run time: SipHash-1-3 with the zero key over whole 8-byte loads (the
/// `const fn` assembles each block byte by byte, about twice the instructions for short
/// texts). Values must stay CPython's: set iteration order of strs depends on them.
#[inline]
pub fn hash_bytes_rt(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut v = ZERO_KEY;
    let (blocks, tail) = data.as_chunks::<8>();
    for block in blocks {
        sip_compress(&mut v, u64::from_le_bytes(*block));
    }
    let mut last = [0u8; 8];
    last[..tail.len()].copy_from_slice(tail);
    let b = u64::from_le_bytes(last) | (data.len() as u64) << 56;
    py_hash(sip_finish(v, b))
}

/// The hash of a str, as CPython 3.11 computes it with `PYTHONHASHSEED=0`.
///
/// CPython hashes the PEP 393 storage: one byte per code point when all are below 256,
/// little-endian UCS-2 when all are below 65536, UCS-4 otherwise.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes_rt(s.as_bytes());
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| u32::from(c) as u8));
    } else if max < 0x1_0000 {
        for c in s.chars() {
            buf.extend_from_slice(&(u32::from(c) as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&u32::from(c).to_le_bytes());
        }
    }
    hash_bytes_rt(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values from `PYTHONHASHSEED=0 python3 -c "print(hash(s))"` (CPython 3.11).
    #[test]
    fn str_hash_matches_cpython() {
        let cases: &[(&str, i64)] = &[
            ("", 0),
            ("a", 4644417185603328019),
            ("abc", -4594863902769663758),
            ("abcdefgh", 4574395652268504554),
            ("hello world, longer string", -4913090315238366918),
            ("caf\u{e9}", 137524001917817222),
            (
                "\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}",
                -2129700217430894956,
            ),
            ("\u{100}", 75343234424780393),
            ("na\u{ef}ve \u{20ac}", 4678049083325335741),
            ("\u{4e2d}\u{6587}\u{5b57}", -6824799605581912990),
            ("a\u{1F600}", -6970120874385731343),
            ("\u{1F600}\u{1F601}x", -1933692435062745483),
            ("xxxxxxx", 4423015880544474238),
            ("yyyyyyyy", -7435270784369056656),
            ("zzzzzzzzzzzzzzz", 4830315668676304122),
            (
                "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}",
                7733902853344948650,
            ),
        ];
        for &(s, want) in cases {
            assert_eq!(hash_str(s), want, "hash({s:?})");
        }
        // The run-time and compile-time SipHash agree at every length around the block size.
        let text = b"abcdefghijklmnopqrstuvwxyz0123456789";
        for n in 0..text.len() {
            assert_eq!(
                hash_bytes_rt(&text[..n]),
                hash_bytes(&text[..n]),
                "length {n}"
            );
        }
    }

    #[test]
    fn int_hash() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(MODULUS), 0);
        assert_eq!(hash_i64(-MODULUS - 5), -5);
    }
}
