//! The `math` module with CPython 3.11's results and errors: libm for the elementary functions,
//! CPython's own algorithms where it has them (fsum, hypot/dist, gamma/lgamma, log of big
//! ints, remainder, pow's special values), exact big-int arithmetic for the integer functions.

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread, dunder};
use isles_compiler::BinOp;
use isles_object::{PyErr, PyResult, Value, pynum};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::native_mod::{self, index_big, num_err, to_f64};

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("log1p", log1p),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("atan2", atan2),
        ("copysign", copysign),
        ("remainder", remainder),
        ("fmod", fmod),
        ("pow", pow),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("degrees", degrees),
        ("radians", radians),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("modf", modf),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("fsum", fsum),
        ("prod", prod),
        ("hypot", hypot),
        ("dist", dist),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
    ];
    let m = native_mod::module(th, "math", funcs);
    if let Value::Obj(o) = &m {
        for (n, v) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            native_mod::set_attr(th, o, n, Value::float(v));
        }
    }
    Ok(m)
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow("math range error")
}

fn one_arg<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    a.no_kwargs(name)?;
    a.check_count(name, 1, 1)?;
    Ok(&a.pos[0])
}

fn two_floats(th: &mut Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    a.no_kwargs(name)?;
    a.check_count(name, 2, 2)?;
    Ok((to_f64(th, &a.pos[0])?, to_f64(th, &a.pos[1])?))
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is a range error (`can_overflow`) or a domain error (a singularity).
fn math_1(
    th: &mut Thread<'_>,
    a: Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::float(r))
}

macro_rules! math1 {
    ($($name:ident, $f:expr, $ovf:expr;)*) => {$(
        fn $name(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
            math_1(th, a, concat!("math.", stringify!($name)), $f, $ovf)
        }
    )*};
}

math1! {
    acos, f64::acos, false;
    acosh, glibc_acosh, false;
    asin, f64::asin, false;
    asinh, glibc_asinh, false;
    atan, f64::atan, false;
    atanh, glibc_atanh, false;
    cbrt, glibc_cbrt, false;
    cos, f64::cos, false;
    cosh, f64::cosh, true;
    exp, f64::exp, true;
    exp2, f64::exp2, true;
    expm1, f64::exp_m1, true;
    fabs, f64::abs, false;
    log1p, |x: f64| if x == 0.0 { x } else { x.ln_1p() }, false;
    sin, f64::sin, false;
    sinh, f64::sinh, true;
    sqrt, f64::sqrt, false;
    tan, f64::tan, false;
    tanh, f64::tanh, false;
}

// glibc's algorithms for cbrt, asinh, acosh and atanh (CPython calls the platform's libm;
// these are the ones whose Rust counterparts round differently), over std's log/log1p, which
// are glibc's. Literals keep glibc's spelling.

#[allow(clippy::excessive_precision)]
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = libm::frexp(x.abs());
    let u = 0.354895765043919860
        + (1.50819193781584896
            + (-2.11499494167371287
                + (2.44693122563534430
                    + (-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    libm::ldexp(ym, xe / 3).copysign(x)
}

const LN2: f64 = std::f64::consts::LN_2;
const TWO_POW_28: f64 = 268435456.0;

pub(crate) fn glibc_asinh(x: f64) -> f64 {
    let xa = x.abs();
    if !x.is_finite() {
        return x + x;
    }
    if xa < 1.0 / TWO_POW_28 {
        return x;
    }
    let w = if xa > TWO_POW_28 {
        xa.ln() + LN2
    } else if xa > 2.0 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn glibc_acosh(x: f64) -> f64 {
    if x < 1.0 {
        f64::NAN
    } else if x >= TWO_POW_28 {
        if x.is_infinite() { x } else { x.ln() + LN2 }
    } else if x == 1.0 {
        0.0
    } else if x > 2.0 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

fn glibc_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 1.0 / TWO_POW_28 {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        f64::INFINITY
    };
    t.copysign(x)
}

fn erf(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.erf")?)?;
    Ok(Value::float(crate::math_erf::erf(x)))
}

fn erfc(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.erfc")?)?;
    Ok(Value::float(crate::math_erf::erfc(x)))
}

// ---------------------------------------------------------------------------------------------
// Gamma and lgamma: Lanczos' approximation with CPython's coefficients (g = 6.0246...).

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_2;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> PyResult<f64> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(domain())
        };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            let mut f = 1.0;
            for i in 2..(x as i64) {
                f *= i as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(range()) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(range())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

fn lgamma_f(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

fn gamma(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.gamma")?)?;
    Ok(Value::float(tgamma(x)?))
}

fn lgamma(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.lgamma")?)?;
    Ok(Value::float(lgamma_f(x)?))
}

// ---------------------------------------------------------------------------------------------
// Two-argument float functions (CPython's `math_2` error rules).

fn math_2(x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn atan2(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    use std::f64::consts::PI;
    let (y, x) = two_floats(th, &a, "atan2")?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            }
        } else {
            (0.5 * PI).copysign(y)
        }
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    math_2(y, x, r)
}

fn copysign(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(th, &a, "copysign")?;
    math_2(x, y, x.copysign(y))
}

fn remainder(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(th, &a, "remainder")?;
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    math_2(x, y, r)
}

fn fmod(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(th, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

fn pow(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(th, &a, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
        r
    };
    Ok(Value::float(r))
}

fn nextafter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(th, &a, "nextafter")?;
    Ok(Value::float(libm::nextafter(x, y)))
}

fn ulp(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.ulp")?)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

fn degrees(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.degrees")?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.radians")?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(
        to_f64(th, one_arg(&a, "math.isfinite")?)?.is_finite(),
    ))
}

fn isinf(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(
        to_f64(th, one_arg(&a, "math.isinf")?)?.is_infinite(),
    ))
}

fn isnan(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(
        to_f64(th, one_arg(&a, "math.isnan")?)?.is_nan(),
    ))
}

/// Binds `names` from positional then keyword arguments; `required` of them must be given.
fn bind<'a>(
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    if a.pos.len() > npos {
        return Err(PyErr::type_error(format!(
            "{fname}() takes {} positional argument{} but {} were given",
            if npos == 1 {
                "exactly 1".to_string()
            } else {
                format!("{npos}")
            },
            if npos == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = a.pos.iter().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            let msg = if i < a.pos.len().max(1) && npos == 1 {
                format!(
                    "{fname}() takes exactly 1 positional argument ({} given)",
                    a.pos.len()
                )
            } else {
                format!("{fname}() missing required argument '{n}' (pos {})", i + 1)
            };
            return Err(PyErr::type_error(msg));
        }
    }
    Ok(out)
}

fn isclose(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = bind(&a, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let x = to_f64(th, b[0].unwrap_or(&Value::None))?;
    let y = to_f64(th, b[1].unwrap_or(&Value::None))?;
    let rel = match b[2] {
        Some(v) => to_f64(th, v)?,
        None => 1e-9,
    };
    let abs = match b[3] {
        Some(v) => to_f64(th, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

// ---------------------------------------------------------------------------------------------
// Rounding to ints.

fn float_to_int(f: f64) -> PyResult<Value> {
    Ok(Value::from_bigint(
        pynum::f64_to_bigint(f).map_err(num_err)?,
    ))
}

fn rounding(
    th: &mut Thread<'_>,
    a: Args<'_>,
    name: &str,
    dunder_name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one_arg(&a, name)?;
    if let Some(v) = x.as_float() {
        return float_to_int(f(v));
    }
    if x.is_int_like() {
        return Ok(Value::from_bigint(x.to_bigint().unwrap_or_default()));
    }
    if let Some(m) = dunder::lookup(x, dunder_name) {
        return dunder::call_method(th, x, m, &[]);
    }
    let v = to_f64(th, x)?;
    float_to_int(f(v))
}

fn floor(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    rounding(th, a, "math.floor", "__floor__", f64::floor)
}

fn ceil(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    rounding(th, a, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&a, "math.trunc")?;
    if let Some(v) = x.as_float() {
        return float_to_int(v.trunc());
    }
    if x.is_int_like() {
        return Ok(Value::from_bigint(x.to_bigint().unwrap_or_default()));
    }
    if let Some(m) = dunder::lookup(x, "__trunc__") {
        return dunder::call_method(th, x, m, &[]);
    }
    Err(PyErr::type_error(format!(
        "type {} doesn't define __trunc__ method",
        type_name(th, x)
    )))
}

fn frexp(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.frexp")?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("ldexp")?;
    a.check_count("ldexp", 2, 2)?;
    let x = to_f64(th, &a.pos[0])?;
    let Some(e) = a.pos[1].to_bigint() else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else {
        match e.to_i32() {
            Some(e) => libm::ldexp(x, e),
            None if e.is_negative() => 0f64.copysign(x),
            None => f64::INFINITY,
        }
    };
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

fn modf(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = to_f64(th, one_arg(&a, "math.modf")?)?;
    let (f, i) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(Value::tuple(vec![Value::float(f), Value::float(i)]))
}

// ---------------------------------------------------------------------------------------------
// Logarithms (ints of any size, as CPython's `loghelper`).

/// A positive big int as `m * 2**e` with `m` in [0.5, 1), correctly rounded.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let shift = bits - 64;
    let top = (n >> shift as usize).to_u64().unwrap_or(u64::MAX);
    let sticky = (n - (BigInt::from(top) << shift as usize)) != BigInt::zero();
    let m = (top | sticky as u64) as f64;
    let (fm, fe) = libm::frexp(m);
    (fm, fe as i64 + shift)
}

fn loghelper(th: &mut Thread<'_>, x: &Value, name: &str, f: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_int_like() {
        let n = x.to_bigint().unwrap_or_default();
        if n.sign() != Sign::Plus {
            return Err(domain());
        }
        return Ok(match pynum::bigint_to_f64(&n) {
            Ok(v) => f(v),
            Err(_) => {
                let (m, e) = big_frexp(&n);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let v = to_f64(th, x)?;
    let _ = name;
    let r = f(v);
    if r.is_nan() && !v.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && v.is_finite() {
        return Err(domain());
    }
    Ok(r)
}

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.log10()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn log(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("log")?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(th, &a.pos[0], "log", m_log)?;
    let Some(base) = a.pos.get(1) else {
        return Ok(Value::float(num));
    };
    let den = loghelper(th, base, "log", m_log)?;
    if den == 0.0 {
        return Err(PyErr::zero_div("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log2(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&a, "math.log2")?;
    Ok(Value::float(loghelper(th, x, "log2", m_log2)?))
}

fn log10(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&a, "math.log10")?;
    Ok(Value::float(loghelper(th, x, "log10", m_log10)?))
}

// ---------------------------------------------------------------------------------------------
// Sums, products, norms.

/// Shewchuk's exact partials, rounded half-even at the end (CPython's `math.fsum`).
fn fsum(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let seq = one_arg(&a, "math.fsum")?;
    let it = ops::get_iter(th, seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::next(th, &it)? {
        let mut x = to_f64(th, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = bind(&a, "prod", &["iterable", "start"], 1, 1)?;
    if a.kwnames.iter().any(|k| k.as_str() == Some("iterable")) {
        return Err(PyErr::type_error(
            "prod() takes exactly 1 positional argument (0 given)",
        ));
    }
    let it = ops::get_iter(th, b[0].unwrap_or(&Value::None))?;
    let mut acc = b[1].cloned().unwrap_or(Value::Int(1));
    while let Some(item) = ops::next(th, &it)? {
        acc = match (&acc, &item) {
            (Value::Int(x), Value::Int(y)) if x.checked_mul(*y).is_some() => Value::Int(x * y),
            _ => ops::binary(th, BinOp::Mul, &acc, &item)?,
        };
    }
    Ok(acc)
}

/// CPython's `vector_norm`: scaled, split squares with compensated summation and one
/// correction step of the square root.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let (_, max_e) = libm::frexp(max);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn norm_of(vals: impl Iterator<Item = f64>) -> f64 {
    let (mut max, mut nan) = (0.0f64, false);
    let v: Vec<f64> = vals
        .map(|x| {
            let x = x.abs();
            nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    vector_norm(&v, max, nan)
}

fn hypot(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("hypot")?;
    let mut v = Vec::with_capacity(a.pos.len());
    for x in a.pos {
        v.push(to_f64(th, x)?);
    }
    Ok(Value::float(norm_of(v.into_iter())))
}

fn dist(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("dist")?;
    a.check_count("dist", 2, 2)?;
    let p = ops::iterate(th, &a.pos[0])?;
    let q = ops::iterate(th, &a.pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        let (x, y) = (to_f64(th, x)?, to_f64(th, y)?);
        d.push(x - y);
    }
    Ok(Value::float(norm_of(d.into_iter())))
}

// ---------------------------------------------------------------------------------------------
// Integer functions.

fn gcd(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("math.gcd")?;
    let mut acc = BigInt::zero();
    for x in a.pos {
        let n = index_big(th, x)?;
        acc = acc.gcd(&n);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("math.lcm")?;
    let mut acc = BigInt::one();
    for x in a.pos {
        let n = index_big(th, x)?;
        acc = if acc.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&n)
        };
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let n = index_big(th, one_arg(&a, "math.isqrt")?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// The product lo * (lo+1) * ... * hi, split in halves so the big multiplications balance.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for i in lo..=hi {
            acc *= i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn max_i64_err(what: &str) -> PyErr {
    PyErr::overflow(format!("{what} must not exceed {}", i64::MAX))
}

fn factorial(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let n = index_big(th, one_arg(&a, "math.factorial")?)?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(PyErr::overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(Value::from_bigint(range_product(2, n as u64)))
}

fn nonneg(th: &mut Thread<'_>, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = index_big(th, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

fn perm(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("perm")?;
    a.check_count("perm", 1, 2)?;
    let n = nonneg(th, &a.pos[0], "n")?;
    let k = match a.pos.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(k) => nonneg(th, k, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(max_i64_err("k"));
    };
    if let Some(nn) = n.to_u64() {
        return Ok(Value::from_bigint(range_product(nn - k + 1, nn)));
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn comb(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("comb")?;
    a.check_count("comb", 2, 2)?;
    let n = nonneg(th, &a.pos[0], "n")?;
    let k = nonneg(th, &a.pos[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(max_i64_err("min(n - k, k)"));
    };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}
