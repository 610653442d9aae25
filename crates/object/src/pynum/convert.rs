//! Exact conversions between ints and floats, int true division, and the numeric hash.

use super::{NumError, overflow, zero_div};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// Bits in a double's significand (DBL_MANT_DIG).
pub(super) const MANT_DIG: i64 = 53;
/// DBL_MIN_EXP: the smallest normal double is 2**(MIN_EXP - 1).
pub(super) const MIN_EXP: i64 = -1021;
/// DBL_MAX_EXP: every finite double is below 2**MAX_EXP.
pub(super) const MAX_EXP: i64 = 1024;

/// 2**k as a double, for k in the normal range.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// v * 2**e, exact whenever the result is representable: v is an integer below 2**64, so
/// stepping by at most 2**1022 never leaves an intermediate subnormal (which would round twice).
pub(super) fn ldexp(v: f64, e: i64) -> f64 {
    if e > 1023 {
        ldexp(v * pow2(1023), e - 1023)
    } else if e < -1022 {
        ldexp(v * pow2(-1022), e + 1022)
    } else {
        v * pow2(e)
    }
}

/// The double nearest to (m + f) * 2**e, ties to even, where 0 <= f < 1 and `sticky` says
/// whether f > 0; `None` when the rounded value reaches 2**1024.
///
/// The caller must leave at least one bit to drop whenever `sticky` is set, so that the
/// sticky part lies strictly below the rounding position.
pub(super) fn round_to_f64(m: &BigUint, sticky: bool, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 + e;
    if top > MAX_EXP {
        return None;
    }
    if top < MIN_EXP - MANT_DIG {
        // Below half the smallest subnormal, so it rounds to zero.
        return Some(0.0);
    }
    let lsb = top.max(MIN_EXP) - MANT_DIG;
    let drop = lsb - e;
    let kept: u64 = if drop <= 0 {
        debug_assert!(!sticky);
        (m << (-drop) as u64).to_u64().expect("at most 53 bits")
    } else {
        let kept = (m >> drop as u64).to_u64().expect("at most 53 bits");
        let half = BigUint::from(1u8) << (drop - 1) as u64;
        let rem = m - (BigUint::from(kept) << drop as u64);
        let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        kept + u64::from(up)
    };
    if 64 - kept.leading_zeros() as i64 + lsb > MAX_EXP {
        return None;
    }
    Some(ldexp(kept as f64, lsb))
}

/// float(int): correctly rounded, ties to even.
pub fn bigint_to_f64(x: &BigInt) -> Result<f64, NumError> {
    if let Some(v) = x.to_i64() {
        // i64 -> f64 `as` rounds to nearest, ties to even.
        return Ok(v as f64);
    }
    let mag = round_to_f64(x.magnitude(), false, 0)
        .ok_or_else(|| overflow("int too large to convert to float"))?;
    Ok(if x.sign() == Sign::Minus { -mag } else { mag })
}

/// (mantissa, exponent) with |x| == mantissa * 2**exponent, for finite nonzero x.
pub(super) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// int(float): truncates toward zero.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(super::value_err("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = decompose(t);
    let mag = BigInt::from(m) << e as u64;
    Ok(if t < 0.0 { -mag } else { mag })
}

/// int / int: the correctly rounded quotient, as CPython's long_true_divide computes it.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(zero_div("division by zero"));
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let signed = |v: f64| if negate { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (x, y) = (a.magnitude(), b.magnitude());
    let diff = x.bits() as i64 - y.bits() as i64;
    // a/b lies in [2**(diff-1), 2**(diff+1)).
    let too_large = || overflow("integer division result too large for a float");
    if diff > MAX_EXP + 1 {
        return Err(too_large());
    }
    if diff < MIN_EXP - MANT_DIG - 5 {
        return Ok(signed(0.0));
    }
    // Scale so the integer quotient has at least 55 bits: two more than a double holds,
    // which keeps the remainder's sticky bit strictly below the rounding position.
    let shift = diff - MANT_DIG - 2;
    let (q, r) = if shift >= 0 {
        x.div_rem(&(y << shift as u64))
    } else {
        (x << (-shift) as u64).div_rem(y)
    };
    let v = round_to_f64(&q, !r.is_zero(), shift).ok_or_else(too_large)?;
    Ok(signed(v))
}

/// int / int for machine ints: exact doubles divide correctly rounded in one step.
pub fn i64_true_div(a: i64, b: i64) -> Result<f64, NumError> {
    if b == 0 {
        return Err(zero_div("division by zero"));
    }
    const EXACT: u64 = 1 << MANT_DIG;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    int_true_div(&BigInt::from(a), &BigInt::from(b))
}

/// The modulus of CPython's numeric hash, 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i64 = 61;
const HASH_INF: i64 = 314_159;

fn signed_hash(h: u64, negative: bool) -> i64 {
    let h = h as i64;
    let h = if negative { -h } else { h };
    // -1 is the C-level error return, so CPython never uses it as a hash.
    if h == -1 { -2 } else { h }
}

/// hash(float): |x| = m * 2**e hashes to m * 2**e mod (2**61 - 1), so integral floats hash
/// like the equal int. NaN gives 0: CPython hashes NaN by identity, which the caller does.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (m, e) = decompose(x);
    // Multiplying by 2**k modulo 2**61 - 1 is a rotation of the 61-bit residue; 2**-k is
    // 2**(61-k), which rem_euclid gives.
    let k = e.rem_euclid(HASH_BITS) as u32;
    let h = m % HASH_MODULUS;
    let h = if k == 0 {
        h
    } else {
        ((h << k) & HASH_MODULUS) | (h >> (61 - k))
    };
    signed_hash(h, x < 0.0)
}

/// hash(int): |x| mod (2**61 - 1) with x's sign; agrees with `hash::hash_i64`.
pub fn hash_bigint(x: &BigInt) -> i64 {
    let h = (x.magnitude() % HASH_MODULUS)
        .to_u64()
        .expect("below the modulus");
    signed_hash(h, x.sign() == Sign::Minus)
}
