//! Methods and data attributes of the numeric types: `int` (`bit_length`, `bit_count`,
//! `to_bytes`, `from_bytes`, `as_integer_ratio`, `real`/`imag`/`numerator`/`denominator`),
//! `float` (`is_integer`, `hex`, `fromhex`, `as_integer_ratio`) and `complex` (its
//! constructor, `conjugate`, `real`/`imag`).

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Kind, Obj, PyErr, PyResult, Value, pynum};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::methods::{self, Arity, check};

pub(crate) fn install(th: &Thread<'_>) {
    let t = &th.st.types;
    let int_fns: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
        ("conjugate", int_conjugate),
        ("__index__", int_conjugate),
    ];
    methods::install(&t.int, "int", int_fns);
    let float_fns: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("hex", float_hex),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
    ];
    methods::install(&t.float, "float", float_fns);
    methods::install(&t.complex, "complex", &[("conjugate", complex_conjugate)]);
    let props: &[(&Obj, &'static str, &'static str, NativeFn)] = &[
        (&t.int, "int", "real", int_real),
        (&t.int, "int", "imag", int_imag),
        (&t.int, "int", "numerator", int_real),
        (&t.int, "int", "denominator", int_denominator),
        (&t.float, "float", "real", float_real),
        (&t.float, "float", "imag", float_imag),
        (&t.complex, "complex", "real", complex_real),
        (&t.complex, "complex", "imag", complex_imag),
    ];
    for (ty, owner, name, f) in props {
        methods::install_wrapped(ty, owner, name, *f, methods::getter);
    }
    let classmethods: &[(&Obj, &'static str, &'static str, NativeFn)] = &[
        (&t.int, "int", "from_bytes", int_from_bytes),
        (&t.float, "float", "fromhex", float_fromhex),
    ];
    for (ty, owner, name, f) in classmethods {
        methods::install_classmethod(ty, owner, name, *f);
    }
    methods::install_one(&t.complex, "complex", "__new__", new_complex);
    crate::types::builtins_set(th, "complex", Value::Obj(t.complex.clone()));
}

fn num_err(e: pynum::NumError) -> PyErr {
    isles_ceval::strformat::num_err(e)
}

// ---------------------------------------------------------------------------------------------
// int

fn is_int(v: &Value) -> bool {
    v.is_int_like()
}

fn int_self(th: &Thread<'_>, a: &Args<'_>, meth: &str) -> PyResult<(BigInt, usize)> {
    let (s, rest) = methods::receiver(th, a, "int", meth, is_int)?;
    Ok((s.to_bigint().unwrap_or_default(), rest.len()))
}

fn int_only(th: &Thread<'_>, a: &Args<'_>, meth: &str) -> PyResult<BigInt> {
    let (i, n) = int_self(th, a, meth)?;
    check(a, "int", meth, n, Arity::NoArgs)?;
    Ok(i)
}

fn int_bit_length(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let i = int_only(th, &a, "bit_length")?;
    Ok(Value::Int(i.magnitude().bits() as i64))
}

fn int_bit_count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let i = int_only(th, &a, "bit_count")?;
    let n: u64 = i
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_as_integer_ratio(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let i = int_only(th, &a, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(i), Value::Int(1)]))
}

/// `int.conjugate()` and `__index__`: the int itself (a bool becomes a plain int).
fn int_conjugate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let i = int_only(th, &a, "conjugate")?;
    Ok(Value::from_bigint(i))
}

fn int_real(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (i, _) = int_self(th, &a, "real")?;
    Ok(Value::from_bigint(i))
}

fn int_imag(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    int_self(th, &a, "imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    int_self(th, &a, "denominator")?;
    Ok(Value::Int(1))
}

/// The `byteorder` argument: true for little-endian.
fn byteorder(th: &Thread<'_>, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
            None => Err(PyErr::type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                type_name(th, v)
            ))),
        },
    }
}

fn int_to_bytes(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (i, _) = int_self(th, &a, "to_bytes")?;
    let rest = &a.pos[1..];
    let b = methods::bind_kw(
        &a,
        rest,
        "int",
        "to_bytes",
        &["length", "byteorder", "signed"],
        Arity::Takes(0, 3),
    )?;
    let length = match b[0] {
        Some(v) => methods::index_arg(th, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = byteorder(th, b[1], "to_bytes")?;
    let signed = match b[2] {
        Some(v) => ops::truthy(th, v)?,
        None => false,
    };
    if !signed && i.is_negative() {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.magnitude().to_bytes_le()
    };
    if i.is_zero() {
        bytes.clear();
    }
    let length = methods::alloc_guard(length)?;
    // Minimal two's complement may carry a sign byte the caller's length does not need.
    if signed && bytes.len() > length {
        let fill = if i.is_negative() { 0xff } else { 0 };
        while bytes.len() > length && bytes.last() == Some(&fill) {
            let n = bytes.len();
            let top = if n >= 2 { bytes[n - 2] } else { fill };
            if (top & 0x80 != 0) != i.is_negative() {
                break;
            }
            bytes.pop();
        }
    }
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if signed && i.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn int_from_bytes(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let rest = a.pos.get(1..).unwrap_or(&[]);
    let b = methods::bind_kw(
        &a,
        rest,
        "int",
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        Arity::Takes(1, 3),
    )?;
    let Some(src) = b[0] else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let data = match src.bytes_like() {
        Some(d) => d,
        None if src.as_str().is_some() => {
            return Err(PyErr::type_error("cannot convert 'str' object to bytes"));
        }
        None => {
            let bytes_type = Value::Obj(th.st.types.bytes.clone());
            let v = th.call(&bytes_type, Args::positional(std::slice::from_ref(src)))?;
            v.as_bytes().unwrap_or(&[]).to_vec()
        }
    };
    let little = byteorder(th, b[1], "from_bytes")?;
    let signed = match b[2] {
        Some(v) => ops::truthy(th, v)?,
        None => false,
    };
    let mut le = data;
    if !little {
        le.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    Ok(Value::from_bigint(v))
}

// ---------------------------------------------------------------------------------------------
// float

fn float_self(th: &Thread<'_>, a: &Args<'_>, meth: &str) -> PyResult<f64> {
    let (s, rest) = methods::receiver(th, a, "float", meth, |v| v.as_float().is_some())?;
    check(a, "float", meth, rest.len(), Arity::NoArgs)?;
    Ok(s.as_float().unwrap_or(0.0))
}

fn float_is_integer(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(th, &a, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f == f.floor()))
}

fn float_hex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(th, &a, "hex")?;
    Ok(Value::str(pynum::float_hex(f)))
}

fn float_as_integer_ratio(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let f = float_self(th, &a, "as_integer_ratio")?;
    let (n, d) = pynum::float_as_integer_ratio(f).map_err(num_err)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_conjugate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(float_self(th, &a, "conjugate")?))
}

fn float_real(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(float_self(th, &a, "real")?))
}

fn float_imag(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    float_self(th, &a, "imag")?;
    Ok(Value::inline_float(0.0))
}

fn float_fromhex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let rest = a.pos.get(1..).unwrap_or(&[]);
    check(&a, "float", "fromhex", rest.len(), Arity::One)?;
    let Some(s) = rest[0].as_str() else {
        return Err(PyErr::type_error(
            "bad argument type for built-in operation",
        ));
    };
    let _ = th;
    Ok(Value::float(pynum::float_fromhex(s).map_err(num_err)?))
}

// ---------------------------------------------------------------------------------------------
// complex

fn complex_self(th: &Thread<'_>, a: &Args<'_>, meth: &str) -> PyResult<(f64, f64)> {
    let (s, _) = methods::receiver(th, a, "complex", meth, isles_ceval::complexobj::is_complex)?;
    match s.kind() {
        Some(Kind::Complex(re, im)) => Ok((*re, *im)),
        _ => Err(PyErr::system_error("complex receiver")),
    }
}

fn complex_conjugate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (re, im) = complex_self(th, &a, "conjugate")?;
    check(&a, "complex", "conjugate", a.pos.len() - 1, Arity::NoArgs)?;
    Ok(Value::complex(re, -im))
}

fn complex_real(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(complex_self(th, &a, "real")?.0))
}

fn complex_imag(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(complex_self(th, &a, "imag")?.1))
}

/// A complex constructor argument as (re, im): numbers, or `__complex__`/`__float__`.
fn complex_part(th: &mut Thread<'_>, v: &Value, first: bool) -> PyResult<(f64, f64)> {
    if let Some(Kind::Complex(re, im)) = v.kind() {
        return Ok((*re, *im));
    }
    if let Some(f) = v.as_float() {
        return Ok((f, 0.0));
    }
    if let Some(i) = v.to_bigint() {
        let f = pynum::bigint_to_f64(&i)
            .map_err(|_| PyErr::overflow("int too large to convert to float"))?;
        return Ok((f, 0.0));
    }
    for (name, complex) in [
        ("__complex__", true),
        ("__float__", false),
        ("__index__", false),
    ] {
        if let Some(r) = isles_ceval::dunder::call(th, v, name, &[])? {
            return match (r.kind(), complex) {
                (Some(Kind::Complex(re, im)), true) => Ok((*re, *im)),
                _ if r.as_float().is_some() => Ok((r.as_float().unwrap_or(0.0), 0.0)),
                _ if r.is_int_like() => complex_part(th, &r, first),
                _ => Err(PyErr::type_error(format!(
                    "{name} returned non-{} (type {})",
                    if complex { "complex" } else { "float" },
                    type_name(th, &r)
                ))),
            };
        }
    }
    Err(PyErr::type_error(if first {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(th, v)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            type_name(th, v)
        )
    }))
}

fn new_complex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let rest = &a.pos[1..];
    let b = methods::bind_kw(
        &a,
        rest,
        "complex",
        "complex",
        &["real", "imag"],
        Arity::Takes(0, 2),
    )?;
    let (real, imag) = (b[0], b[1]);
    if let Some(s) = real.and_then(Value::as_str) {
        if imag.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = isles_ceval::complexobj::parse(s)?;
        return Ok(Value::complex(re, im));
    }
    if let Some(i) = imag
        && i.as_str().is_some()
    {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    if let (Some(r), None) = (real, imag)
        && let Some(Kind::Complex(..)) = r.kind()
    {
        return Ok(r.clone());
    }
    let (mut re, cr_imag) = match real {
        Some(v) => complex_part(th, v, true)?,
        None => (0.0, 0.0),
    };
    // As CPython: parts are only combined when the other argument was complex, so
    // complex(1, -0.0) keeps its negative zero.
    let mut im = match imag {
        Some(v) => {
            let (ci_real, ci_imag) = complex_part(th, v, false)?;
            if isles_ceval::complexobj::is_complex(v) {
                re -= ci_imag;
            }
            if real.is_some_and(isles_ceval::complexobj::is_complex) {
                ci_real + cr_imag
            } else {
                ci_real
            }
        }
        None => cr_imag,
    };
    if imag.is_none() && real.is_none() {
        im = 0.0;
    }
    Ok(Value::complex(re, im))
}

/// `abs()` of a complex, for `builtins.abs`.
pub(crate) fn complex_abs(v: &Value) -> Option<PyResult<Value>> {
    match v.kind()? {
        Kind::Complex(re, im) => Some(isles_ceval::complexobj::abs(*re, *im).map(Value::float)),
        _ => None,
    }
}
