//! Floor division, modulo and power for ints and floats, following CPython's longobject.c
//! and floatobject.c case by case (signed zeros, infinities, NaNs, complex results).

use super::convert::bigint_to_f64;
use super::{NumError, overflow, value_err, zero_div};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// a // b for machine ints; `None` when b is 0 or the quotient overflows (MIN // -1), for the
/// caller to redo with big ints or raise.
pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// a % b for machine ints, with the sign of b; `None` only when b is 0.
pub fn i64_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    // wrapping_rem makes MIN % -1 the correct 0 instead of a panic.
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// int // int, rounding toward negative infinity.
pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

/// int % int, with the sign of the divisor.
pub fn big_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(zero_div("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// divmod(int, int).
pub fn big_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

/// float / float.
pub fn float_truediv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's _float_div_mod: fmod is exact, and the quotient is rebuilt from it and snapped
/// to an integral value, so that q * b + r stays as close to a as floats allow.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        // fmod's sign for a zero remainder varies across platforms; Python wants b's sign.
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// float // float.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// float % float, with the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// divmod(float, float).
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// The value of a float power: a negative base to a non-integral power is complex.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PowResult {
    Float(f64),
    /// (real, imag)
    Complex(f64, f64),
}

fn is_odd_integer(x: f64) -> bool {
    // Every double of magnitude 2**53 or more is even.
    x.abs() < 9007199254740992.0 && x == x.trunc() && (x as i64) % 2 != 0
}

/// float ** float, CPython's float_pow: the special cases are settled here rather than left
/// to the platform pow, whose handling of them varies.
pub fn float_pow(x: f64, y: f64) -> Result<PowResult, NumError> {
    use PowResult::Float;
    if y == 0.0 {
        return Ok(Float(1.0));
    }
    if x.is_nan() {
        return Ok(Float(x));
    }
    if y.is_nan() {
        return Ok(Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Float(if y > 0.0 {
            if odd { x } else { x.abs() }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return complex_pow_negative(x, y);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        // The platform pow signals ERANGE on overflow; underflow to 0 is not an error.
        return Err(overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// complex(x) ** complex(y) for x < 0 and y finite and non-integral, as _Py_c_pow does it
/// (the small-integer-exponent path of complex_pow cannot apply here).
fn complex_pow_negative(x: f64, y: f64) -> Result<PowResult, NumError> {
    let vabs = x.hypot(0.0);
    let len = vabs.powf(y);
    let at = 0.0f64.atan2(x);
    let phase = at * y;
    let re = len * phase.cos();
    let im = len * phase.sin();
    if re.is_infinite() || im.is_infinite() {
        return Err(overflow("complex exponentiation"));
    }
    Ok(PowResult::Complex(re, im))
}

/// The value of an int power: a negative exponent without a modulus gives a float.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPowResult {
    Int(BigInt),
    Float(f64),
}

/// Results of more than 2**32 bits (512 MiB) are refused rather than attempted: CPython
/// would try and usually die of MemoryError, whereas a failed allocation aborts a Rust
/// process outright.
const MAX_POW_BITS: u64 = 1 << 32;

/// pow(int, int[, int]) as CPython's long_pow.
///
/// The one message that is not CPython's is the refusal of results beyond 2**32 bits, which
/// CPython would attempt (and typically fail with MemoryError).
pub fn int_pow(
    base: &BigInt,
    exp: &BigInt,
    modulus: Option<&BigInt>,
) -> Result<IntPowResult, NumError> {
    let Some(modulus) = modulus else {
        if exp.sign() == Sign::Minus {
            let b = bigint_to_f64(base)?;
            let e = bigint_to_f64(exp)?;
            return match float_pow(b, e)? {
                PowResult::Float(f) => Ok(IntPowResult::Float(f)),
                PowResult::Complex(..) => unreachable!("integral exponent"),
            };
        }
        return plain_pow(base, exp.magnitude()).map(IntPowResult::Int);
    };
    if modulus.is_zero() {
        return Err(value_err("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    if m.is_one() {
        return Ok(IntPowResult::Int(BigInt::zero()));
    }
    let mut b = base.mod_floor(&m);
    if exp.sign() == Sign::Minus {
        b = b
            .modinv(&m)
            .ok_or_else(|| value_err("base is not invertible for the given modulus"))?;
    }
    let z = b.modpow(&BigInt::from(exp.magnitude().clone()), &m);
    let z = if modulus.sign() == Sign::Minus && !z.is_zero() {
        z - m
    } else {
        z
    };
    Ok(IntPowResult::Int(z))
}

/// `pow(base, exp, modulus)` when all three are machine ints and `exp >= 0`, `modulus != 0`
/// (the common case of modular arithmetic loops): square-and-multiply in `u128`, without the
/// big-int allocations and Montgomery set-up. `None` means: take [`int_pow`].
pub fn small_modpow(base: i64, exp: i64, modulus: i64) -> Option<i64> {
    if exp < 0 || modulus == 0 {
        return None;
    }
    let m = modulus.unsigned_abs() as u128;
    let mut b = (base as i128).rem_euclid(m as i128) as u128;
    let mut e = exp as u64;
    let mut z: u128 = 1 % m;
    while e > 0 {
        if e & 1 == 1 {
            z = z * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    // The result takes the modulus' sign, as CPython's does.
    let z = if modulus < 0 && z != 0 {
        z as i128 - m as i128
    } else {
        z as i128
    };
    i64::try_from(z).ok()
}

fn plain_pow(base: &BigInt, exp: &BigUint) -> Result<BigInt, NumError> {
    if exp.is_zero() {
        return Ok(BigInt::one());
    }
    if base.is_zero() || base.is_one() {
        return Ok(base.clone());
    }
    if base.magnitude().is_one() {
        // base is -1.
        return Ok(if exp.is_odd() {
            base.clone()
        } else {
            BigInt::one()
        });
    }
    let bits = (base.bits() - 1).max(1);
    match exp.to_u64() {
        Some(e) if bits.checked_mul(e).is_some_and(|b| b <= MAX_POW_BITS) => {
            Ok(num_traits::Pow::pow(base, e))
        }
        _ => Err(overflow("integer exponentiation result is too large")),
    }
}

/// a ** b for machine ints with b >= 0; `None` on overflow or a negative exponent, for the
/// caller to redo with [`int_pow`].
pub fn i64_pow(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    match a {
        0 => Some(if b == 0 { 1 } else { 0 }),
        1 => Some(1),
        -1 => Some(if b % 2 == 0 { 1 } else { -1 }),
        _ => a.checked_pow(u32::try_from(b).ok()?),
    }
}
