//! round() for floats and ints: CPython's float___round__ (correctly rounded through decimal
//! digits, ties to even on the exact binary value) and long_round.

use super::convert::{decompose, f64_to_bigint};
use super::floatfmt::fixed_digits;
use super::{NumError, overflow};
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Pow, Zero};

/// round(x, ndigits) for a float.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() {
        return Ok(x);
    }
    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them x is returned as is, or becomes a
    // zero of x's sign, without looking at digits (bounds use 0.30103 > log10(2)).
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = if ndigits >= 0 {
        let (digits, decpt) = fixed_digits(x, ndigits as usize);
        let digits = std::str::from_utf8(&digits)
            .expect("ASCII digits")
            .to_owned();
        format!("{sign}0{digits}e{}", decpt - digits.len() as i64)
    } else {
        let k = (-ndigits) as u32;
        format!("{sign}{}e{k}", round_to_multiple(x, k))
    };
    let rounded: f64 = text.parse().expect("valid float text");
    if rounded.is_infinite() {
        return Err(overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// |x| / 10**k rounded to an integer, ties to even, computed exactly.
fn round_to_multiple(x: f64, k: u32) -> BigUint {
    if x == 0.0 {
        return BigUint::zero();
    }
    let (m, e) = decompose(x);
    let scale: BigUint = Pow::pow(BigUint::from(10u32), k);
    let (num, den) = if e >= 0 {
        (BigUint::from(m) << e as u64, scale)
    } else {
        (BigUint::from(m), scale << (-e) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    }
}

/// round(x) for a float: the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x.round_ties_even())
}

/// round(x, ndigits) for an int: x itself for ndigits >= 0, else the nearest multiple of
/// 10**-ndigits, ties to even.
pub fn int_round(x: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || x.is_zero() {
        return x.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2|x| once k exceeds x's bit length, so the result is 0; this also spares
    // computing an enormous power of ten.
    if k > x.bits() {
        return BigInt::zero();
    }
    let m: BigInt = Pow::pow(BigInt::from(10u32), k);
    let (q, r) = x.div_mod_floor(&m);
    let twice: BigInt = &r * 2u32;
    if twice > m || (twice == m && q.is_odd()) {
        x - r + m
    } else {
        x - r
    }
}
