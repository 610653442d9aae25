//! int(str, base) and float(str): CPython's PyLong_FromUnicodeObject / PyLong_FromString and
//! PyFloat_FromString, including Unicode digits and whitespace and PEP 515 underscores.

use super::strrepr::{is_ascii_space, py_str_repr, transform_decimal_and_space};
use super::{NumError, value_err};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// CPython's default for sys.get_int_max_str_digits().
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked (_PY_LONG_MAX_STR_DIGITS_THRESHOLD).
const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// int(s, base) with CPython's default limit on the number of digits for bases that are not
/// powers of two.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, NumError> {
    parse_int_with_limit(s, base, DEFAULT_INT_MAX_STR_DIGITS)
}

/// int(s, base) under sys.set_int_max_str_digits(max_str_digits); 0 means no limit.
pub fn parse_int_with_limit(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, NumError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(value_err("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        // CPython formats the message with "%.200R": the repr is cut to 200 characters.
        let repr: String = py_str_repr(s).chars().take(200).collect();
        NumError::Value(format!(
            "invalid literal for int() with base {base}: {repr}"
        ))
    };
    let ascii = transform_decimal_and_space(s);
    let b = ascii.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_ascii_space(at(pos) as char) && pos < b.len() {
        pos += 1;
    }
    let negative = match at(pos) {
        b'+' => {
            pos += 1;
            false
        }
        b'-' => {
            pos += 1;
            true
        }
        _ => false,
    };
    let mut radix = base;
    // A base-0 literal with a leading 0 and no prefix is a C-style octal, allowed only when
    // its value is zero.
    let mut must_be_zero = false;
    if radix == 0 {
        radix = match (at(pos), at(pos + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                must_be_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match radix {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if at(pos) == b'0' && prefix != 0 && at(pos + 1).to_ascii_lowercase() == prefix {
        pos += 2;
        // One underscore may separate the prefix from the digits.
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    while pos < b.len() {
        let c = b[pos];
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else {
            match (c as char).to_digit(36) {
                Some(d) if d < radix => {
                    digits.push(d as u8);
                    prev_underscore = false;
                }
                _ => break,
            }
        }
        pos += 1;
    }
    if prev_underscore {
        return Err(invalid());
    }
    if !radix.is_power_of_two()
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits.len() > max_str_digits
    {
        // Raised before the rest of the string is looked at, as CPython does.
        return Err(NumError::Value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    while pos < b.len() && is_ascii_space(b[pos] as char) {
        pos += 1;
    }
    if pos != b.len() {
        return Err(invalid());
    }
    let mag = BigUint::from_radix_be(&digits, radix).expect("digits below the radix");
    if must_be_zero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// float(s): surrounding whitespace, underscores between digits, an optional sign, then a
/// decimal literal or inf/infinity/nan in any case.
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let invalid = || {
        NumError::Value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let ascii = transform_decimal_and_space(s);
    let text = if ascii.contains('_') {
        strip_underscores(&ascii).ok_or_else(invalid)?
    } else {
        ascii
    };
    let t = text.trim_matches(is_ascii_space);
    parse_float_literal(t).ok_or_else(invalid)
}

/// Removes underscores, each of which must sit between two ASCII digits.
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// The grammar _Py_dg_strtod and _Py_parse_inf_or_nan accept, on the whole string.
fn parse_float_literal(t: &str) -> Option<f64> {
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let b = body.as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != b.len() {
        return None;
    }
    // The syntax is checked; Rust's parser accepts all of it and rounds correctly.
    let v: f64 = body.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// The check CPython makes before writing an int in decimal (str, repr, '%d', format 'd'):
/// more than `max_str_digits` digits (0: no limit) is refused.
pub fn check_int_str_digits(x: &BigInt, max_str_digits: usize) -> Result<(), NumError> {
    if max_str_digits == 0 {
        return Ok(());
    }
    // An int of b bits has at most floor(b * log10(2)) + 1 digits; the margin absorbs
    // float error.
    if (x.bits() as f64) * std::f64::consts::LOG10_2 + 2.0 < max_str_digits as f64 {
        return Ok(());
    }
    let bound: BigUint = num_traits::Pow::pow(BigUint::from(10u32), max_str_digits);
    if *x.magnitude() >= bound {
        return Err(NumError::Value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}
