//! Float to text: a port of CPython's PyOS_double_to_string / format_float_short, fed with
//! digits from Rust's float formatting. That is exact in the same way as David Gay's dtoa,
//! which CPython uses (shortest round-trip digits, or correctly rounded ties-to-even digits),
//! except for which shortest candidate wins an exact tie; `break_tie_to_even` settles that.

use std::fmt::Write;

use super::convert::decompose;

/// The flags of PyOS_double_to_string (Py_DTSF_*).
#[derive(Clone, Copy, Default, Debug)]
pub(super) struct DtoaFlags {
    /// Always emit a sign ('+' for non-negative values).
    pub sign: bool,
    /// Make integral non-exponent results end in ".0".
    pub add_dot_0: bool,
    /// The '#' alternate form: keep trailing zeros (for 'g') and a trailing point.
    pub alt: bool,
    /// The 'z' option: a negative value that rounds to zero prints without its sign.
    pub no_neg_0: bool,
}

/// What _Py_dg_dtoa is asked for.
#[derive(Clone, Copy)]
enum Mode {
    /// Mode 0: the shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (at least 1).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// Digits of |x| as _Py_dg_dtoa returns them: no leading or trailing zeros (zero itself is
/// "0"), and the value is 0.DIGITS * 10**decpt. A nonzero value that rounds to nothing in
/// mode 3 gives no digits and decpt == -ndigits, as dtoa's "no_digits" path does.
fn dtoa(x: f64, mode: Mode) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    match mode {
        Mode::Shortest => {
            // Sized up front: `format!` grows its string several times for one float.
            let mut text = String::with_capacity(32);
            let _ = write!(text, "{x:e}");
            let (mut digits, decpt) = sci_digits(&text);
            let decpt = break_tie_to_even(x, &mut digits, decpt);
            (digits, decpt)
        }
        Mode::Significant(n) => {
            // No double has more than 767 significant digits, so beyond 800 every digit is
            // exact and capping changes only the trailing zeros, which are stripped anyway.
            let n = n.clamp(1, 800);
            sci_digits(&format!("{:.*e}", n - 1, x))
        }
        Mode::Fixed(n) => {
            // A double has at most 1074 digits after the point; see above.
            let s = format!("{:.*}", n.min(1100), x);
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = int.len() as i64;
            let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
            let lead = digits.iter().take_while(|&&d| d == b'0').count();
            digits.drain(..lead);
            decpt -= lead as i64;
            strip_trailing_zeros(&mut digits);
            if digits.is_empty() {
                decpt = -(n as i64);
            }
            (digits, decpt)
        }
    }
}

/// dtoa mode 3: the digits of |x| correctly rounded to `ndigits` places after the point,
/// and the decimal point position, as `dtoa` describes them.
pub(super) fn fixed_digits(x: f64, ndigits: usize) -> (Vec<u8>, i64) {
    dtoa(x, Mode::Fixed(ndigits))
}

/// When x lies exactly halfway between two shortest candidates, Rust's shortest formatting
/// may take either (it took the upper one for 13.5**8) while dtoa takes the one with an even
/// last digit; this redoes that choice. A tie needs 2x / 10**p to be an odd integer, p being the last digit's place value,
/// which exact integer arithmetic settles. Returns the (possibly new) decimal point position.
fn break_tie_to_even(x: f64, digits: &mut Vec<u8>, decpt: i64) -> i64 {
    let p = decpt - digits.len() as i64;
    let (m, e) = decompose(x);
    let tz = m.trailing_zeros();
    // 2x == odd * 2**e2
    let (odd, e2) = (u128::from(m >> tz), e + 1 + i64::from(tz));
    let twice_over_scale = if p >= 0 {
        // 2x / 10**p is odd only if the powers of two cancel and 5**p divides the odd part.
        if e2 != p || p > 22 {
            return decpt;
        }
        let five = 5u128.pow(p as u32);
        if odd % five != 0 {
            return decpt;
        }
        odd / five
    } else {
        let q = -p;
        if e2 + q != 0 || q > 40 {
            return decpt;
        }
        match 5u128.checked_pow(q as u32).and_then(|f| f.checked_mul(odd)) {
            Some(n) => n,
            None => return decpt,
        }
    };
    let Some(d) = std::str::from_utf8(digits)
        .ok()
        .and_then(|s| s.parse::<u128>().ok())
    else {
        return decpt;
    };
    let n = twice_over_scale;
    if n != 2 * d + 1 && n + 1 != 2 * d {
        return decpt;
    }
    let lo = n / 2;
    let even = if lo % 2 == 0 { lo } else { lo + 1 };
    // Below a power of two the spacing of doubles halves, so the lower candidate may not
    // read back as x; dtoa only ever picks digits that do.
    if even == d || format!("{even}e{p}").parse::<f64>() != Ok(x.abs()) {
        return decpt;
    }
    let text = even.to_string();
    let new_decpt = p + text.len() as i64;
    *digits = text.into_bytes();
    strip_trailing_zeros(digits);
    new_decpt
}

/// Digits and decimal point position from Rust's "d.ddde-5" scientific output.
fn sci_digits(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').expect("scientific format");
    let exp: i64 = exp.parse().expect("exponent");
    let mut digits: Vec<u8> = mant.bytes().filter(|&b| b != b'.').collect();
    strip_trailing_zeros(&mut digits);
    (digits, exp + 1)
}

fn strip_trailing_zeros(digits: &mut Vec<u8>) {
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// PyOS_double_to_string(x, code, precision, flags): `code` is one of "eEfFgGr"; for 'r'
/// the precision is ignored.
pub(super) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision + 1),
        'f' => (Mode::Fixed(precision), precision),
        // Precision 0 makes no sense for 'g'; CPython reads it as 1.
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        'r' => (Mode::Shortest, 0),
        _ => panic!("double_to_string: bad format code {code:?}"),
    };
    format_float_short(x, code, mode, precision as i64, upper, flags)
}

/// A transcription of CPython's format_float_short: the digit string is padded with zeros on
/// either side as needed and the decimal point (and exponent) placed.
fn format_float_short(
    x: f64,
    code: char,
    mode: Mode,
    precision: i64,
    upper: bool,
    flags: DtoaFlags,
) -> String {
    let mut out = String::with_capacity(32);
    let mut negative = x.is_sign_negative();
    if !x.is_finite() {
        // The sign of a NaN is never shown.
        if x.is_nan() {
            negative = false;
        }
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_owned()
        });
        return out;
    }
    let (digits, mut decpt) = dtoa(x, mode);
    let digits_len = digits.len() as i64;
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        // Exponent form from 1e16 on: 16 shortest digits padded with zeros would suggest
        // precision that is not there.
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    fn digit_str(d: &[u8]) -> &str {
        std::str::from_utf8(d).unwrap_or("")
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let d = decpt as usize;
        out.push_str(digit_str(&digits[..d]));
        out.push('.');
        out.push_str(digit_str(&digits[d..]));
    } else {
        out.push_str(digit_str(&digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": a sign always, at least two digits.
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("{sign}{:02}", exp.abs()));
    }
    out
}

/// repr(float): the shortest string that round-trips, in exponent form below 1e-4 and
/// from 1e16 on.
pub fn float_repr(x: f64) -> String {
    if let Some(s) = short_decimal_repr(x) {
        return s;
    }
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// Exact powers of ten as doubles (every one up to 1e22 is representable).
const POW10: [f64; 18] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17,
];

/// repr of a float that is a short decimal (`1.25`, `123.35`, `7.0`, `0.001`), without the
/// general digit generation and its formatting machinery. K is the largest k <= 17 with
/// |x| * 10**k < 2**50; there the doubles near |x|, scaled by 10**k, are less than 1/4
/// apart, so at most one integer n reads back as x (n / 10**k is one correctly rounded
/// division of two exact doubles, which is what reading the decimal text gives), and the
/// rounded product is within 1/4 of it. A shorter candidate at some k < K, times
/// 10**(K - k), is that n: so x has a form with at most K decimals exactly when n reads
/// back, and n without its trailing zeros is the shortest one, the digits dtoa's mode 0
/// gives. `None` below 1e-4 (repr's exponent form), for NaN, or when no such n exists.
fn short_decimal_repr(x: f64) -> Option<String> {
    let a = x.abs();
    if a.is_nan() || a < 1e-4 {
        return None;
    }
    const LIMIT: f64 = (1u64 << 50) as f64;
    if a >= LIMIT {
        return None;
    }
    // log10(2) ~ 0.30103 from the binary exponent, then corrected by at most a step or two.
    let e = ((a.to_bits() >> 52) & 0x7ff) as i64 - 1023;
    let mut k = ((49 - e) * 30103 / 100_000).clamp(0, 17) as usize;
    while k + 1 < POW10.len() && a * POW10[k + 1] < LIMIT {
        k += 1;
    }
    while k > 0 && a * POW10[k] >= LIMIT {
        k -= 1;
    }
    let mut n = (a * POW10[k] + 0.5) as u64;
    if n as f64 / POW10[k] != a {
        return None;
    }
    for (step, p) in [(8, 100_000_000), (4, 10_000), (2, 100), (1, 10)] {
        while k >= step && n.is_multiple_of(p) {
            n /= p;
            k -= step;
        }
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = &digits[at..];
    fn text(d: &[u8]) -> &str {
        std::str::from_utf8(d).unwrap_or("")
    }
    let mut out = String::with_capacity(digits.len() + k + 4);
    if x.is_sign_negative() {
        out.push('-');
    }
    if k == 0 {
        out.push_str(text(digits));
        out.push_str(".0");
    } else if digits.len() > k {
        let (int, frac) = digits.split_at(digits.len() - k);
        out.push_str(text(int));
        out.push('.');
        out.push_str(text(frac));
    } else {
        out.push_str("0.");
        for _ in digits.len()..k {
            out.push('0');
        }
        out.push_str(text(digits));
    }
    Some(out)
}

#[cfg(test)]
mod short_repr_tests {
    use super::*;

    fn general(x: f64) -> String {
        let flags = DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        };
        double_to_string(x, 'r', 0, flags)
    }

    /// The quick path gives the general path's text wherever it answers.
    #[test]
    fn short_decimals_match_general_repr() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut answered = 0;
        let mut check = |x: f64| {
            if let Some(s) = short_decimal_repr(x) {
                answered += 1;
                assert_eq!(s, general(x), "repr of {x:e}");
            }
        };
        for i in 0..200_000u64 {
            let r = next();
            let k = (r % 19) as i32;
            let n = (r >> 8) % [10, 1000, 1_000_000, 1 << 40, 1 << 53][(i % 5) as usize];
            let x = n as f64 / 10f64.powi(k);
            check(x);
            check(-x);
            check(x * 1.25 + 0.1);
            check(f64::from_bits(next() >> 2));
            check(f64::from_bits(x.to_bits() + 1));
            check(f64::from_bits(x.to_bits().saturating_sub(1)));
        }
        for x in [
            1e-4,
            0.0001,
            9.999999999999999e-5,
            1e15,
            1125899906842623.0,
            0.1,
            0.3,
            2.5,
        ] {
            check(x);
        }
        assert!(answered > 100_000);
    }
}
