//! The `cmath` module with CPython 3.11's results: the C99 Annex G special values (tables
//! observed from CPython, one per function, indexed by the class of the real and imaginary
//! parts), the same scaled formulas near overflow and underflow, and the same errors
//! (`ValueError: math domain error`, `OverflowError: math range error`).

use isles_ceval::complexobj::quot;
use isles_ceval::ops::type_name;
use isles_ceval::{Args, NativeFn, Thread, dunder};
use isles_object::{Kind, PyErr, PyResult, Value};
use std::f64::consts::{E, FRAC_PI_2, LN_2, LN_10, PI};

use crate::math_mod::glibc_asinh as asinh;
use crate::native_mod::{self, to_f64};

type C = (f64, f64);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

type R = (C, Errno);

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh_f),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    let m = native_mod::module(th, "cmath", funcs);
    if let Value::Obj(o) = &m {
        for (n, v) in [
            ("pi", Value::float(PI)),
            ("e", Value::float(E)),
            ("tau", Value::float(std::f64::consts::TAU)),
            ("inf", Value::float(f64::INFINITY)),
            ("nan", Value::float(f64::NAN)),
            ("infj", Value::complex(0.0, f64::INFINITY)),
            ("nanj", Value::complex(0.0, f64::NAN)),
        ] {
            native_mod::set_attr(th, o, n, v);
        }
    }
    Ok(m)
}

const LARGE: f64 = f64::MAX / 4.0;
/// `2 * (53 / 2) + 1`: scaling by this power of two makes any subnormal normal.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

/// Class of a double for the special-value tables: -inf, negative, -0, +0, positive, +inf,
/// nan.
fn class(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 { 5 } else { 0 }
    } else if d != 0.0 {
        if d > 0.0 { 4 } else { 1 }
    } else if d.is_sign_positive() {
        3
    } else {
        2
    }
}

// Each table has 7 rows (class of the real part) of 7 entries (class of the imaginary part):
// `re,im` with `I` infinity, `N` nan, `P`, `P12`, `P34`, `P14` multiples of pi; `!` for
// "math domain error"; `U` where a formula gives the value instead.
const ACOS: &str = "P34,I P,I P,I P,-I P,-I P34,-I N,I;P12,I U U U U P12,-I N,N;\
    P12,I U U U U P12,-I P12,N;P12,I U U U U P12,-I P12,N;P12,I U U U U P12,-I N,N;\
    P14,I 0,I 0,I 0,-I 0,-I P14,-I N,I;N,I N,N N,N N,N N,N N,-I N,N";
const ACOSH: &str = "I,-P34 I,-P I,-P I,P I,P I,P34 I,N;I,-P12 U U U U I,P12 N,N;\
    I,-P12 U U U U I,P12 N,N;I,-P12 U U U U I,P12 N,N;I,-P12 U U U U I,P12 N,N;\
    I,-P14 I,-0 I,-0 I,0 I,0 I,P14 I,N;I,N N,N N,N N,N N,N I,N N,N";
const ASINH: &str = "-I,-P14 -I,-0 -I,-0 -I,0 -I,0 -I,P14 -I,N;-I,-P12 U U U U -I,P12 N,N;\
    -I,-P12 U U U U -I,P12 N,N;I,-P12 U U U U I,P12 N,N;I,-P12 U U U U I,P12 N,N;\
    I,-P14 I,-0 I,-0 I,0 I,0 I,P14 I,N;I,N N,N N,-0 N,0 N,N I,N N,N";
const ATANH: &str = "-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N;\
    -0,-P12 U U U U -0,P12 N,N;-0,-P12 U U U U -0,P12 -0,N;0,-P12 U U U U 0,P12 0,N;\
    0,-P12 U U U U 0,P12 N,N;0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N;\
    0,-P12 N,N N,N N,N N,N 0,P12 N,N";
const COSH: &str = "! U I,0 I,-0 U ! I,N;! U U U U ! N,N;! U U U U ! N,0;! U U U U ! N,0;\
    ! U U U U ! N,N;! U I,-0 I,0 U ! I,N;N,N N,N N,0 N,0 N,N N,N N,N";
const EXP: &str = "0,0 U 0,-0 0,0 U 0,0 0,0;! U U U U ! N,N;! U U U U ! N,N;! U U U U ! N,N;\
    ! U U U U ! N,N;! U I,-0 I,0 U ! I,N;N,N N,N N,-0 N,0 N,N N,N N,N";
const LOG: &str = "I,-P34 I,-P I,-P I,P I,P I,P34 I,N;I,-P12 U U U U I,P12 N,N;\
    I,-P12 U U U U I,P12 N,N;I,-P12 U U U U I,P12 N,N;I,-P12 U U U U I,P12 N,N;\
    I,-P14 I,-0 I,-0 I,0 I,0 I,P14 I,N;I,N N,N N,N N,N N,N I,N N,N";
const SINH: &str = "! U -I,-0 -I,0 U ! I,N;! U U U U ! N,N;! U U U U ! 0,N;! U U U U ! 0,N;\
    ! U U U U ! N,N;! U I,-0 I,0 U ! I,N;N,N N,N N,-0 N,0 N,N N,N N,N";
const SQRT: &str = "I,-I 0,-I 0,-I 0,I 0,I I,I N,I;I,-I U U U U I,I N,N;\
    I,-I U U U U I,I N,N;I,-I U U U U I,I N,N;I,-I U U U U I,I N,N;\
    I,-I I,-0 I,-0 I,0 I,0 I,I I,N;I,-I N,N N,N N,N N,N I,I N,N";
const TANH: &str = "-1,0 U -1,-0 -1,0 U -1,0 -1,0;! U U U U ! N,N;! U U U U ! N,N;\
    ! U U U U ! N,N;! U U U U ! N,N;1,0 U 1,-0 1,0 U 1,0 1,0;\
    N,N N,N N,-0 N,0 N,N N,N N,N";
const RECT: &str = "! U -I,0 -I,-0 U ! I,N;! U U U U ! N,N;0,0 U U U U 0,0 0,0;\
    0,0 U U U U 0,0 0,0;! U U U U ! N,N;! U I,-0 I,0 U ! I,N;N,N N,N N,0 N,0 N,N N,N N,N";

fn token(t: &str) -> f64 {
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let v = match t {
        "I" => f64::INFINITY,
        "N" => f64::NAN,
        "P" => PI,
        "P12" => FRAC_PI_2,
        "P14" => PI / 4.0,
        "P34" => 0.75 * PI,
        "1" => 1.0,
        _ => 0.0,
    };
    if neg { -v } else { v }
}

/// The table's value for a non-finite argument.
fn special(table: &str, z: C) -> R {
    let entry = table
        .split(';')
        .nth(class(z.0))
        .and_then(|row| row.split_whitespace().nth(class(z.1)))
        .unwrap_or("N,N");
    if entry == "!" {
        return ((f64::NAN, f64::NAN), Errno::Dom);
    }
    let (a, b) = entry.split_once(',').unwrap_or(("N", "N"));
    ((token(a), token(b)), Errno::Ok)
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { x.ln_1p() }
}

fn c_sqrt(z: C) -> R {
    if !finite(z) {
        return special(SQRT, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = libm::ldexp(ax, SCALE_UP);
        libm::ldexp(
            (ax + ax.hypot(libm::ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    };
    (r, Errno::Ok)
}

fn c_log(z: C) -> R {
    if !finite(z) {
        return special(LOG, z);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((f64::NEG_INFINITY, z.1.atan2(z.0)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

fn c_acos(z: C) -> R {
    if !finite(z) {
        return special(ACOS, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let im = -((z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0).copysign(z.1);
        return ((z.1.abs().atan2(z.0), im), Errno::Ok);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
    let s2 = c_sqrt((1.0 + z.0, z.1)).0;
    (
        (2.0 * s1.0.atan2(s2.0), asinh(s2.0 * s1.1 - s2.1 * s1.0)),
        Errno::Ok,
    )
}

fn c_acosh(z: C) -> R {
    if !finite(z) {
        return special(ACOSH, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        return ((re, z.1.atan2(z.0)), Errno::Ok);
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
    let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
    (
        (asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0)),
        Errno::Ok,
    )
}

fn c_asinh(z: C) -> R {
    if !finite(z) {
        return special(ASINH, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return ((re, z.1.atan2(z.0.abs())), Errno::Ok);
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
    let s2 = c_sqrt((1.0 - z.1, z.0)).0;
    (
        (
            asinh(s1.0 * s2.1 - s2.0 * s1.1),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        ),
        Errno::Ok,
    )
}

fn c_atanh(z: C) -> R {
    if !finite(z) {
        return special(ATANH, z);
    }
    if z.0 < 0.0 {
        let ((re, im), e) = c_atanh((-z.0, -z.1));
        return ((-re, -im), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, FRAC_PI_2.copysign(z.1)), Errno::Ok);
    }
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return ((f64::INFINITY, z.1), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ((re, (2.0f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok);
    }
    let one_m = 1.0 - z.0;
    let re = log1p(4.0 * z.0 / (one_m * one_m + ay * ay)) / 4.0;
    let im = -(-2.0 * z.1).atan2(one_m * (1.0 + z.0) - ay * ay) / 2.0;
    ((re, im), Errno::Ok)
}

/// `(±inf + iy)` with finite nonzero `y`: infinities whose signs follow cos(y) and sin(y).
fn inf_signs(y: f64) -> C {
    (
        f64::INFINITY.copysign(y.cos()),
        f64::INFINITY.copysign(y.sin()),
    )
}

fn overflowed(r: C) -> Errno {
    if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn inf_real_finite_imag(z: C) -> bool {
    z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0
}

fn c_cosh(z: C) -> R {
    if !finite(z) {
        if inf_real_finite_imag(z) {
            let (c, s) = inf_signs(z.1);
            return ((c, if z.0 > 0.0 { s } else { -s }), Errno::Ok);
        }
        return special(COSH, z);
    }
    let r = if z.0.abs() > log_large() {
        let xm1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * xm1.cosh() * E, z.1.sin() * xm1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    (r, overflowed(r))
}

fn c_sinh(z: C) -> R {
    if !finite(z) {
        if inf_real_finite_imag(z) {
            let (c, s) = inf_signs(z.1);
            return ((if z.0 > 0.0 { c } else { -c }, s), Errno::Ok);
        }
        return special(SINH, z);
    }
    let r = if z.0.abs() > log_large() {
        let xm1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * xm1.sinh() * E, z.1.sin() * xm1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    (r, overflowed(r))
}

fn c_exp(z: C) -> R {
    if !finite(z) {
        if inf_real_finite_imag(z) {
            let r = if z.0 > 0.0 {
                inf_signs(z.1)
            } else {
                (0.0f64.copysign(z.1.cos()), 0.0f64.copysign(z.1.sin()))
            };
            return (r, Errno::Ok);
        }
        return special(EXP, z);
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    (r, overflowed(r))
}

fn c_tanh(z: C) -> R {
    if !finite(z) {
        if inf_real_finite_imag(z) {
            let im = 0.0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            return ((if z.0 > 0.0 { 1.0 } else { -1.0 }, im), Errno::Ok);
        }
        return special(TANH, z);
    }
    if z.0.abs() > log_large() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1.0f64.copysign(z.0), im), Errno::Ok);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

/// `f(iz)` turned back: the functions defined through their hyperbolic counterparts.
fn rotated(f: fn(C) -> R, z: C) -> R {
    let ((re, im), e) = f((-z.1, z.0));
    ((im, -re), e)
}

/// The argument as a complex: complex, `__complex__`, or a real number.
fn complex_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<C> {
    if let Some(Kind::Complex(re, im)) = v.kind() {
        return Ok((*re, *im));
    }
    if let Some(f) = dunder::lookup(v, "__complex__") {
        let r = dunder::call_method(th, v, f, &[])?;
        return match r.kind() {
            Some(Kind::Complex(re, im)) => Ok((*re, *im)),
            _ => Err(PyErr::type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(th, &r)
            ))),
        };
    }
    Ok((to_f64(th, v)?, 0.0))
}

fn result(r: R) -> PyResult<Value> {
    match r.1 {
        Errno::Ok => Ok(Value::complex(r.0.0, r.0.1)),
        Errno::Dom => Err(PyErr::value_error("math domain error")),
        Errno::Range => Err(PyErr::overflow("math range error")),
    }
}

fn one(th: &mut Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<C> {
    a.no_kwargs(name)?;
    a.check_count(name, 1, 1)?;
    complex_arg(th, &a.pos[0])
}

macro_rules! cfunc {
    ($($name:ident, $f:expr;)*) => {$(
        fn $name(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
            let name = concat!("cmath.", stringify!($name));
            let z = one(th, &a, name.trim_end_matches("_f"))?;
            result($f(z))
        }
    )*};
}

cfunc! {
    acos, c_acos;
    acosh, c_acosh;
    asin, |z| rotated(c_asinh, z);
    asinh_f, c_asinh;
    atan, |z| rotated(c_atanh, z);
    atanh, c_atanh;
    cos, |z: C| c_cosh((-z.1, z.0));
    cosh, c_cosh;
    exp, c_exp;
    log10, |z| { let ((re, im), e) = c_log(z); ((re / LN_10, im / LN_10), e) };
    sin, |z| rotated(c_sinh, z);
    sinh, c_sinh;
    sqrt, c_sqrt;
    tan, |z| rotated(c_tanh, z);
    tanh, c_tanh;
}

fn log(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("log")?;
    a.check_count("log", 1, 2)?;
    let x = complex_arg(th, &a.pos[0])?;
    let mut r = c_log(x);
    if let Some(b) = a.pos.get(1) {
        let base = complex_arg(th, b)?;
        // As in CPython, only the last step's error counts.
        let (lb, e) = c_log(base);
        r = match quot(r.0, lb) {
            Some(q) => (q, e),
            None => ((f64::NAN, f64::NAN), Errno::Dom),
        };
    }
    result(r)
}

fn phase(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let z = one(th, &a, "cmath.phase")?;
    Ok(Value::float(z.1.atan2(z.0)))
}

fn polar(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let z = one(th, &a, "cmath.polar")?;
    let r = if z.0.is_infinite() || z.1.is_infinite() {
        f64::INFINITY
    } else if z.0.is_nan() || z.1.is_nan() {
        f64::NAN
    } else {
        let h = z.0.hypot(z.1);
        if h.is_infinite() {
            return Err(PyErr::overflow("math range error"));
        }
        h
    };
    Ok(Value::tuple(vec![
        Value::float(r),
        Value::float(z.1.atan2(z.0)),
    ]))
}

fn rect(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("rect")?;
    a.check_count("rect", 2, 2)?;
    let r = to_f64(th, &a.pos[0])?;
    let phi = to_f64(th, &a.pos[1])?;
    let z = (r, phi);
    let out = if !finite(z) {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = inf_signs(phi);
            if r > 0.0 {
                ((c, s), Errno::Ok)
            } else {
                ((-c, -s), Errno::Ok)
            }
        } else {
            special(RECT, z)
        }
    } else if phi == 0.0 {
        ((r, r * phi), Errno::Ok)
    } else {
        ((r * phi.cos(), r * phi.sin()), Errno::Ok)
    };
    result(out)
}

fn isfinite(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let z = one(th, &a, "cmath.isfinite")?;
    Ok(Value::bool(finite(z)))
}

fn isinf(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let z = one(th, &a, "cmath.isinf")?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let z = one(th, &a, "cmath.isnan")?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("isclose", &["rel_tol", "abs_tol", "a", "b"])?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let get = |i: usize, name: &str| a.pos.get(i).or(a.kw(name));
    let (Some(x), Some(y)) = (get(0, "a"), get(1, "b")) else {
        let missing = if get(0, "a").is_none() { "a" } else { "b" };
        let pos = if missing == "a" { 1 } else { 2 };
        return Err(PyErr::type_error(format!(
            "isclose() missing required argument '{missing}' (pos {pos})"
        )));
    };
    let x = complex_arg(th, x)?;
    let y = complex_arg(th, y)?;
    let rel = match a.kw("rel_tol") {
        Some(v) => to_f64(th, v)?,
        None => 1e-9,
    };
    let abs_tol = match a.kw("abs_tol") {
        Some(v) => to_f64(th, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x.0 == y.0 && x.1 == y.1 {
        return Ok(Value::bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let close = diff <= rel * y.0.hypot(y.1) || diff <= rel * x.0.hypot(x.1) || diff <= abs_tol;
    Ok(Value::bool(close))
}
