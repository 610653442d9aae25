//! `complex` numbers: arithmetic with CPython's algorithms (`_Py_c_quot`, `c_powi`,
//! `_Py_c_pow`), repr, hash, equality with ints and floats, and parsing `complex(str)`.

use isles_compiler::BinOp;
use isles_object::{BoolWord, Kind, PyErr, PyResult, Value, pynum};

use crate::ops;
use crate::thread::Thread;

/// A complex operand: a complex, or a real number widened to one. `Err` for an int too large
/// for a float; `None` for non-numbers.
fn operand(v: &Value) -> Option<PyResult<(f64, f64)>> {
    match v {
        Value::Int(i) => Some(Ok((*i as f64, 0.0))),
        Value::Bool(b) => Some(Ok((b.get() as i64 as f64, 0.0))),
        Value::Float(f) => Some(Ok((f.get(), 0.0))),
        Value::Obj(o) => match o.kind() {
            Kind::Complex(re, im) => Some(Ok((*re, *im))),
            Kind::Float(f) => Some(Ok((*f, 0.0))),
            Kind::BigInt(b) => Some(
                pynum::bigint_to_f64(b)
                    .map(|f| (f, 0.0))
                    .map_err(|_| PyErr::overflow("int too large to convert to float")),
            ),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_complex(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Complex(..)))
}

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for division by zero.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `complex ** complex`: `Err` carries CPython's message.
fn pow(a: C, b: C) -> PyResult<C> {
    let zero_div = || PyErr::zero_div("0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else {
            quot((1.0, 0.0), powu(a, -n)).ok_or_else(zero_div)?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_div());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        // glibc's cos/sin of an infinite angle set EDOM, which CPython reports this way.
        if phase.is_infinite() {
            return Err(zero_div());
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::overflow("complex exponentiation"));
    }
    Ok(r)
}

/// `a op b` when either side is complex; `None` when the other side is not a number or the
/// operator does not apply (so the caller reports the unsupported operand types).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_complex(a) && !is_complex(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(None);
    };
    let (x, y) = (x?, y?);
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => prod(x, y),
        BinOp::TrueDiv => quot(x, y).ok_or_else(|| PyErr::zero_div("complex division by zero"))?,
        BinOp::Pow => pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::complex(r.0, r.1)))
}

/// A float the way complex's repr shows it: shortest repr without a trailing `.0`.
fn part(x: f64) -> String {
    let s = pynum::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

pub fn repr(re: f64, im: f64) -> String {
    let imag = |x: f64| {
        let s = part(x);
        if s.starts_with('-') {
            s
        } else {
            format!("+{s}")
        }
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im))
    } else {
        format!("({}{}j)", part(re), imag(im))
    }
}

pub fn hash(re: f64, im: f64) -> i64 {
    let h = |x: f64| if x.is_nan() { 0 } else { pynum::hash_f64(x) };
    let combined = (h(re) as u64).wrapping_add(1000003u64.wrapping_mul(h(im) as u64)) as i64;
    if combined == -1 { -2 } else { combined }
}

/// `complex == other` for numeric `other`; `None` when `other` is not a number.
pub fn eq(th: &mut Thread<'_>, c: C, other: &Value) -> PyResult<Option<bool>> {
    if let Some(Kind::Complex(re, im)) = other.kind() {
        return Ok(Some(c.0 == *re && c.1 == *im));
    }
    if !(other.is_int_like() || other.as_float().is_some()) {
        return Ok(None);
    }
    if c.1 != 0.0 {
        return Ok(Some(false));
    }
    // The real part against an int compares exactly, as float == int does.
    let r = ops::compare(th, isles_compiler::CmpOp::Eq, &Value::float(c.0), other)?;
    Ok(Some(matches!(r, Value::Bool(BoolWord::TRUE))))
}

/// `abs(complex)`.
pub fn abs(re: f64, im: f64) -> PyResult<f64> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if re.is_nan() || im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(PyErr::overflow("absolute value too large"));
    }
    Ok(r)
}

/// Length of the float literal at the start of `s` (digits with underscores, a fraction, an
/// exponent, or inf/infinity/nan), without a sign.
fn float_prefix(s: &[u8]) -> usize {
    for word in ["infinity", "inf", "nan"] {
        if s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return word.len();
        }
    }
    let digits = |from: usize| {
        let mut i = from;
        while i < s.len() && (s[i].is_ascii_digit() || (s[i] == b'_' && i > from)) {
            i += 1;
        }
        i
    };
    let mut i = digits(0);
    let int_digits = i > 0;
    if i < s.len() && s[i] == b'.' {
        let j = digits(i + 1);
        if !int_digits && j == i + 1 {
            return 0;
        }
        i = j;
    } else if !int_digits {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let k = digits(j);
        if k > j {
            i = k;
        }
    }
    i
}

/// Parses a signed float at `s[*pos..]`, advancing `pos`; `None` if there is none (the sign,
/// if any, is left unread).
fn signed_float(s: &str, pos: &mut usize) -> PyResult<Option<f64>> {
    let b = s.as_bytes();
    let mut i = *pos;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let n = float_prefix(&b[i..]);
    if n == 0 {
        return Ok(None);
    }
    let text = &s[*pos..i + n];
    let x = pynum::parse_float(text).map_err(|_| malformed())?;
    *pos = i + n;
    Ok(Some(x))
}

fn malformed() -> PyErr {
    PyErr::value_error("complex() arg is a malformed string")
}

/// `complex(str)`.
pub fn parse(text: &str) -> PyResult<(f64, f64)> {
    // Strings with underscores go through CPython's underscore-aware path, which words its
    // failure differently.
    parse_inner(text).map_err(|e| {
        if text.contains('_') {
            PyErr::value_error(format!(
                "could not convert string to complex: {}",
                pynum::py_str_repr(text)
            ))
        } else {
            e
        }
    })
}

fn parse_inner(text: &str) -> PyResult<(f64, f64)> {
    let mut s = text.trim_matches(|c: char| c.is_whitespace());
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim_matches(|c: char| c.is_whitespace());
    }
    if !s.is_ascii() || s.is_empty() {
        return Err(malformed());
    }
    let b = s.as_bytes();
    let mut pos = 0;
    let is_j = |i: usize| i < b.len() && (b[i] == b'j' || b[i] == b'J');
    let (mut re, mut im) = (0.0, 0.0);
    match signed_float(s, &mut pos)? {
        Some(x) => {
            if is_j(pos) {
                im = x;
                pos += 1;
            } else if pos < b.len() && (b[pos] == b'+' || b[pos] == b'-') {
                re = x;
                match signed_float(s, &mut pos)? {
                    Some(y) => im = y,
                    None => {
                        im = if b[pos] == b'-' { -1.0 } else { 1.0 };
                        pos += 1;
                    }
                }
                if !is_j(pos) {
                    return Err(malformed());
                }
                pos += 1;
            } else {
                re = x;
            }
        }
        None => {
            if pos < b.len() && (b[pos] == b'+' || b[pos] == b'-') {
                im = if b[pos] == b'-' { -1.0 } else { 1.0 };
                pos += 1;
            } else {
                im = 1.0;
            }
            if !is_j(pos) {
                return Err(malformed());
            }
            pos += 1;
        }
    }
    if pos != b.len() {
        return Err(malformed());
    }
    Ok((re, im))
}
