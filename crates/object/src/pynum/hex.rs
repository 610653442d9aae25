//! float.hex(), float.fromhex(), float.as_integer_ratio() and bin()/oct()/hex() of ints.

use super::convert::{decompose, round_to_f64};
use super::floatfmt::float_repr;
use super::strrepr::is_ascii_space;
use super::{NumError, overflow, value_err};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// float.hex(): "[-]0x1.<13 hex digits>p<exp>" for normal numbers, "0x0.<...>p-1022" for
/// subnormals; infinities and NaN as their repr.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let (m, e) = decompose(x);
    let frac = m & ((1 << 52) - 1);
    let (lead, exp) = if m >> 52 == 1 {
        (1, e + 52)
    } else {
        (0, -1022)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// _Py_parse_inf_or_nan: an optionally signed "inf", "infinity" or "nan" (any case) at the
/// start of `b`, with the number of bytes it takes.
fn parse_inf_or_nan(b: &[u8]) -> Option<(f64, usize)> {
    let (negative, start) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let starts = |at: usize, word: &[u8]| {
        b.len() >= at + word.len() && b[at..at + word.len()].eq_ignore_ascii_case(word)
    };
    let (v, len) = if starts(start, b"inf") {
        let len = if starts(start + 3, b"inity") { 8 } else { 3 };
        (f64::INFINITY, len)
    } else if starts(start, b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negative { -v } else { v }, start + len))
}

/// float.fromhex(s), correctly rounded (ties to even) like CPython's float_fromhex.
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let invalid = || value_err("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i] as char) {
        i += 1;
    }
    let value = if let Some((v, len)) = parse_inf_or_nan(&b[i..]) {
        i += len;
        v
    } else {
        let negative = match at(i) {
            b'-' => {
                i += 1;
                true
            }
            b'+' => {
                i += 1;
                false
            }
            _ => false,
        };
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
            i += 2;
        }
        let mut digits: Vec<u8> = Vec::new();
        while let Some(d) = (at(i) as char).to_digit(16) {
            digits.push(d as u8);
            i += 1;
        }
        let mut frac_digits = 0i128;
        if at(i) == b'.' {
            i += 1;
            while let Some(d) = (at(i) as char).to_digit(16) {
                digits.push(d as u8);
                frac_digits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return Err(invalid());
        }
        let mut exp: i128 = 0;
        if matches!(at(i), b'p' | b'P') {
            i += 1;
            let exp_negative = match at(i) {
                b'-' => {
                    i += 1;
                    true
                }
                b'+' => {
                    i += 1;
                    false
                }
                _ => false,
            };
            if !at(i).is_ascii_digit() {
                return Err(invalid());
            }
            while at(i).is_ascii_digit() {
                // strtol saturates; anything this large already settles the outcome.
                exp = (exp * 10 + i128::from(at(i) - b'0')).min(1 << 80);
                i += 1;
            }
            if exp_negative {
                exp = -exp;
            }
        }
        let coeff = BigUint::from_radix_be(&digits, 16).expect("hex digits");
        // CPython's bounds on the exponent (LONG_MIN / 2, LONG_MAX / 2) decide the extreme
        // cases before any rounding: zero, or overflow for any nonzero coefficient.
        let magnitude = if coeff.is_zero() || exp < i128::from(i64::MIN / 2) {
            0.0
        } else if exp > i128::from(i64::MAX / 2) {
            return Err(overflow(
                "hexadecimal value too large to represent as a float",
            ));
        } else {
            let e2 = i64::try_from(exp - 4 * frac_digits).unwrap_or(i64::MIN);
            round_to_f64(&coeff, false, e2)
                .ok_or_else(|| overflow("hexadecimal value too large to represent as a float"))?
        };
        if negative { -magnitude } else { magnitude }
    };
    while i < b.len() && is_ascii_space(b[i] as char) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    Ok(value)
}

/// float.as_integer_ratio(): the fraction in lowest terms, the denominator a power of two.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_err("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let (m, e) = decompose(x);
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + i64::from(tz));
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    let num = BigInt::from_biguint(sign, BigUint::from(m));
    Ok(if e >= 0 {
        (num << e as u64, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-e) as u64)
    })
}

/// bin(), oct() and hex() of an int (radix 2, 8, 16, with the 0b/0o/0x prefix after any
/// sign); other radices give bare lowercase digits.
pub fn int_to_string_radix(x: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if x.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", x.magnitude().to_str_radix(radix))
}
