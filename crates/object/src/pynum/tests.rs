//! Unit tests; every expected value was produced by CPython 3.11.

use super::*;
use num_bigint::BigInt;
use num_traits::{One, Pow};

fn big(s: &str) -> BigInt {
    s.parse().expect("decimal literal")
}

fn tenp(n: u32) -> BigInt {
    Pow::pow(BigInt::from(10u32), n)
}

fn pow2(n: u32) -> BigInt {
    BigInt::one() << n
}

fn fr(r: Result<f64, NumError>) -> String {
    match r {
        Ok(v) => float_repr(v),
        Err(e) => e.to_string(),
    }
}

#[test]
fn repr_of_floats() {
    let cases: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (100.0, "100.0"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (1.5e300, "1.5e+300"),
        (5e-324, "5e-324"),
        (1234567890123456.0, "1234567890123456.0"),
        (0.0001, "0.0001"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (0.1, "0.1"),
        (1.0 / 3.0, "0.3333333333333333"),
        (2e16 + 8.0, "2.000000000000001e+16"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (1e22, "1e+22"),
        (-1.5, "-1.5"),
        (9007199254740993.0, "9007199254740992.0"),
        (1e15, "1000000000000000.0"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (f64::MAX, "1.7976931348623157e+308"),
        (-1e-7, "-1e-07"),
        (123.456, "123.456"),
    ];
    for &(x, want) in cases {
        assert_eq!(float_repr(x), want, "repr({x:?})");
    }
}

#[test]
fn hashes() {
    let floats: &[(f64, i64)] = &[
        (1e-5, 2170758078822671208),
        (1.5e300, 1837492894133638746),
        (5e-324, 16777216),
        (0.0001, 936979306793984537),
        (f64::INFINITY, 314159),
        (f64::NEG_INFINITY, -314159),
        (0.1, 230584300921369408),
        (1.0 / 3.0, 768614336404564608),
        (1e22, 1864712049423028464),
        (-1.5, -1152921504606846977),
        (2.2250738585072014e-308, 32768),
        (f64::MAX, 2234066890152476671),
        (-1.0, -2),
        (0.5, 1152921504606846976),
        (-0.5, -1152921504606846976),
        (1e300, 1224995262755759164),
        (2305843009213693951.0, 1),
        (4611686018427387904.0, 2),
        (-0.0, 0),
        (f64::NAN, 0),
    ];
    for &(x, want) in floats {
        assert_eq!(hash_f64(x), want, "hash({x:?})");
    }
    let ints: &[(BigInt, i64)] = &[
        (pow2(61) - 1, 0),
        (pow2(61), 1),
        (-pow2(61), -2),
        (pow2(200) + 5, 131077),
        (-(pow2(200) + 5u32), -131077),
        (BigInt::from(-1), -2),
        (BigInt::from(-2), -2),
        (tenp(40), 1388497483929617590),
    ];
    for (x, want) in ints {
        assert_eq!(hash_bigint(x), *want, "hash({x})");
    }
    for v in [-5i64, -1, 0, 1, 7, 1 << 40, -(1 << 62), i64::MIN, i64::MAX] {
        assert_eq!(hash_bigint(&BigInt::from(v)), crate::hash::hash_i64(v));
        if v.unsigned_abs() <= 1 << 53 {
            assert_eq!(hash_f64(v as f64), crate::hash::hash_i64(v));
        }
    }
    for x in [1e16, -3e18, 1e300, 2f64.powi(70), 123456.0] {
        assert_eq!(hash_f64(x), hash_bigint(&f64_to_bigint(x).unwrap()));
    }
}

#[test]
fn int_to_float() {
    let cases: &[(BigInt, &str)] = &[
        (pow2(53) + 1, "9007199254740992.0"),
        (pow2(53) + 3, "9007199254740996.0"),
        (-(pow2(64) + pow2(11)), "-1.8446744073709552e+19"),
        (pow2(64) + pow2(11) + 1, "1.8446744073709556e+19"),
        (
            pow2(1024) - pow2(970),
            "OverflowError: int too large to convert to float",
        ),
        (pow2(1024) - pow2(971), "1.7976931348623157e+308"),
        (-(pow2(1024) - pow2(971)), "-1.7976931348623157e+308"),
        (
            Pow::pow(BigInt::from(3u32), 700u32),
            "OverflowError: int too large to convert to float",
        ),
    ];
    for (x, want) in cases {
        assert_eq!(fr(bigint_to_f64(x)), *want, "float({x})");
    }
}

#[test]
fn float_to_int() {
    assert_eq!(
        f64_to_bigint(1e300).unwrap(),
        big(
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
        )
    );
    assert_eq!(f64_to_bigint(-2.5).unwrap(), BigInt::from(-2));
    assert_eq!(f64_to_bigint(-0.9).unwrap(), BigInt::from(0));
    assert_eq!(f64_to_bigint(1.5e19).unwrap(), big("15000000000000000000"));
    assert_eq!(f64_to_bigint(-9.3e18).unwrap(), big("-9300000000000000000"));
    assert_eq!(
        f64_to_bigint(f64::INFINITY),
        Err(NumError::Overflow(
            "cannot convert float infinity to integer".into()
        ))
    );
    assert_eq!(
        f64_to_bigint(f64::NAN),
        Err(NumError::Value(
            "cannot convert float NaN to integer".into()
        ))
    );
}

#[test]
fn true_division() {
    let i = BigInt::from;
    let cases: Vec<(BigInt, BigInt, &str)> = vec![
        (tenp(400), tenp(399), "10.0"),
        (i(1), i(3), "0.3333333333333333"),
        (i(-7), i(2), "-3.5"),
        (i(0), i(-5), "-0.0"),
        (
            pow2(1100),
            Pow::pow(BigInt::from(3u32), 500u32),
            "3.7356645449244473e+92",
        ),
        (i(1), tenp(400), "0.0"),
        (i(-1), tenp(330), "-0.0"),
        (pow2(2000), pow2(2000) - 1, "1.0"),
        (
            tenp(308) * 18,
            i(10),
            "OverflowError: integer division result too large for a float",
        ),
        (
            tenp(308) * big("17976931348623157"),
            tenp(16),
            "1.7976931348623157e+308",
        ),
        (
            pow2(1024) - pow2(970),
            i(1),
            "OverflowError: integer division result too large for a float",
        ),
        (pow2(1024) - pow2(970) - 1, i(1), "1.7976931348623157e+308"),
        (i(3), pow2(1075), "1e-323"),
        (i(3), pow2(1076), "5e-324"),
        (i(1), pow2(1075), "0.0"),
        (i(5), pow2(1076), "5e-324"),
        (tenp(20) + 1, tenp(20), "1.0"),
        (pow2(60) + 1, i(3), "3.843071682022823e+17"),
        (i(1), i(0), "ZeroDivisionError: division by zero"),
    ];
    for (a, b, want) in cases {
        assert_eq!(fr(int_true_div(&a, &b)), want, "{a} / {b}");
    }
    assert_eq!(fr(i64_true_div(1, 3)), "0.3333333333333333");
    assert_eq!(fr(i64_true_div(0, -5)), "-0.0");
    assert_eq!(fr(i64_true_div(i64::MAX, 3)), "3.0744573456182584e+18");
    assert_eq!(fr(i64_true_div(1 << 60 | 1, 3)), "3.843071682022823e+17");
    assert_eq!(
        fr(i64_true_div(3, 0)),
        "ZeroDivisionError: division by zero"
    );
}

#[test]
fn machine_int_floor_ops() {
    assert_eq!(i64_floordiv(7, 2), Some(3));
    assert_eq!(i64_floordiv(-7, 2), Some(-4));
    assert_eq!(i64_floordiv(7, -2), Some(-4));
    assert_eq!(i64_floordiv(-7, -2), Some(3));
    assert_eq!(i64_floordiv(i64::MIN, -1), None);
    assert_eq!(i64_floordiv(1, 0), None);
    assert_eq!(i64_mod(-7, 2), Some(1));
    assert_eq!(i64_mod(7, -2), Some(-1));
    assert_eq!(i64_mod(-8, 2), Some(0));
    assert_eq!(i64_mod(i64::MIN, -1), Some(0));
    assert_eq!(i64_mod(1, 0), None);
    let (a, b) = (big("-100000000000000000000007"), BigInt::from(10));
    assert_eq!(
        big_floordiv(&a, &b).unwrap(),
        big("-10000000000000000000001")
    );
    assert_eq!(big_mod(&a, &b).unwrap(), BigInt::from(3));
    assert_eq!(
        big_divmod(&a, &-b.clone()).unwrap(),
        (big("10000000000000000000000"), BigInt::from(-7))
    );
    let z = BigInt::from(0);
    assert_eq!(
        big_mod(&a, &z),
        Err(NumError::ZeroDivision("integer modulo by zero".into()))
    );
    assert_eq!(
        big_floordiv(&a, &z),
        Err(NumError::ZeroDivision(
            "integer division or modulo by zero".into()
        ))
    );
}

#[test]
fn float_floor_ops() {
    let inf = f64::INFINITY;
    let p = |r: Result<(f64, f64), NumError>| match r {
        Ok((q, m)) => format!("({}, {})", float_repr(q), float_repr(m)),
        Err(e) => e.to_string(),
    };
    assert_eq!(fr(float_floordiv(5.0, 2.0)), "2.0");
    assert_eq!(fr(float_floordiv(-5.0, 2.0)), "-3.0");
    assert_eq!(fr(float_floordiv(5.0, -2.0)), "-3.0");
    assert_eq!(fr(float_mod(-5.0, 2.0)), "1.0");
    assert_eq!(fr(float_mod(5.0, -2.0)), "-1.0");
    assert_eq!(fr(float_mod(-0.0, 2.0)), "0.0");
    assert_eq!(fr(float_mod(0.0, -2.0)), "-0.0");
    assert_eq!(fr(float_mod(-5.0, inf)), "inf");
    assert_eq!(fr(float_mod(5.0, -inf)), "-inf");
    assert_eq!(fr(float_floordiv(5.0, inf)), "0.0");
    assert_eq!(fr(float_floordiv(-5.0, inf)), "-1.0");
    assert_eq!(p(float_divmod(-5.0, inf)), "(-1.0, inf)");
    assert_eq!(p(float_divmod(0.0, -3.0)), "(-0.0, -0.0)");
    assert_eq!(p(float_divmod(-0.0, 3.0)), "(-0.0, 0.0)");
    assert_eq!(
        p(float_divmod(1e308, 1e-308)),
        "(inf, 3.498445546245627e-309)"
    );
    assert_eq!(p(float_divmod(7.5, -2.0)), "(-4.0, -0.5)");
    assert_eq!(fr(float_floordiv(inf, 3.0)), "nan");
    assert_eq!(fr(float_mod(inf, 3.0)), "nan");
    assert_eq!(fr(float_mod(f64::NAN, 1.0)), "nan");
    assert_eq!(fr(float_mod(3.0, f64::NAN)), "nan");
    assert_eq!(p(float_divmod(-1e-300, 1e300)), "(-1.0, 1e+300)");
    assert_eq!(fr(float_floordiv(0.1, 0.01)), "10.0");
    assert_eq!(p(float_divmod(0.1, 0.01)), "(10.0, 3.469446951953614e-18)");
    assert_eq!(fr(float_mod(1.0, 0.1)), "0.09999999999999995");
    assert_eq!(
        fr(float_floordiv(5.0, 0.0)),
        "ZeroDivisionError: float floor division by zero"
    );
    assert_eq!(fr(float_mod(5.0, -0.0)), "ZeroDivisionError: float modulo");
    assert_eq!(
        p(float_divmod(5.0, 0.0)),
        "ZeroDivisionError: float divmod()"
    );
    assert_eq!(
        fr(float_truediv(5.0, 0.0)),
        "ZeroDivisionError: float division by zero"
    );
}

fn pow_repr(r: Result<PowResult, NumError>) -> String {
    match r {
        Ok(PowResult::Float(v)) => float_repr(v),
        Ok(PowResult::Complex(re, im)) => format!("({}, {})", float_repr(re), float_repr(im)),
        Err(e) => e.to_string(),
    }
}

#[test]
fn float_powers() {
    let inf = f64::INFINITY;
    let nan = f64::NAN;
    let range = "OverflowError: (34, 'Numerical result out of range')";
    let cases: &[(f64, f64, &str)] = &[
        (-8.0, 1.0 / 3.0, "(1.0000000000000002, 1.7320508075688772)"),
        (-2.0, 0.5, "(8.659560562354934e-17, 1.4142135623730951)"),
        (-1.5, 2.5, "(8.436824361685386e-16, 2.7556759606310752)"),
        (
            -1e200,
            1.5,
            "(-1.8369701987210295e+284, -9.999999999999999e+299)",
        ),
        (-1e-200, 1.5, "(-1.8369702e-316, -1e-300)"),
        (1.0, nan, "1.0"),
        (nan, 0.0, "1.0"),
        (-1.0, inf, "1.0"),
        (-1.0, -inf, "1.0"),
        (0.5, inf, "0.0"),
        (0.5, -inf, "inf"),
        (2.0, -inf, "0.0"),
        (-inf, 3.0, "-inf"),
        (-inf, 2.0, "inf"),
        (-inf, -3.0, "-0.0"),
        (-inf, -2.0, "0.0"),
        (inf, -0.5, "0.0"),
        (-0.0, 3.0, "-0.0"),
        (-0.0, 2.0, "0.0"),
        (-0.0, 0.5, "0.0"),
        (0.0, 0.0, "1.0"),
        (-2.0, 3.0, "-8.0"),
        (-2.0, 1e20, range),
        (-1.0, 1e300, "1.0"),
        (-2.0, -1075.0, "-0.0"),
        (2.0, -1080.0, "0.0"),
        (10.0, 308.5, range),
        (10.0, 400.0, range),
        (2.0, 0.5, "1.4142135623730951"),
        (1.1, 1000.0, "2.4699329180060256e+41"),
        (-1.1, 1001.0, "-2.7169262098066285e+41"),
        (-0.5, -1075.5, "OverflowError: complex exponentiation"),
        (
            -2.0,
            1023.5,
            "(-3.693279312887325e+295, -1.2711610061536464e+308)",
        ),
        (-2.0, 1024.5, "OverflowError: complex exponentiation"),
        (
            0.0,
            -1.0,
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        (
            -0.0,
            -1.5,
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
    ];
    for &(x, y, want) in cases {
        assert_eq!(pow_repr(float_pow(x, y)), want, "{x:?} ** {y:?}");
    }
}

#[test]
fn int_powers() {
    let i = BigInt::from;
    let show = |r: Result<IntPowResult, NumError>| match r {
        Ok(IntPowResult::Int(v)) => v.to_string(),
        Ok(IntPowResult::Float(f)) => float_repr(f),
        Err(e) => e.to_string(),
    };
    let cases: Vec<(BigInt, BigInt, Option<BigInt>, &str)> = vec![
        (i(2), i(-1), None, "0.5"),
        (i(-2), i(-3), None, "-0.125"),
        (
            i(0),
            i(-1),
            None,
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        (i(3), i(-1), Some(i(7)), "5"),
        (i(3), i(-1), Some(i(-7)), "-2"),
        (i(-3), i(5), Some(i(7)), "2"),
        (i(3), i(5), Some(i(-7)), "-2"),
        (
            i(2),
            i(-1),
            Some(i(4)),
            "ValueError: base is not invertible for the given modulus",
        ),
        (
            i(2),
            i(3),
            Some(i(0)),
            "ValueError: pow() 3rd argument cannot be 0",
        ),
        (i(5), i(0), Some(i(1)), "0"),
        (i(0), i(-1), Some(i(1)), "0"),
        (i(0), i(0), Some(i(5)), "1"),
        (i(0), i(0), None, "1"),
        (i(-1), tenp(30) + 1, None, "-1"),
        (
            tenp(400),
            i(-1),
            None,
            "OverflowError: int too large to convert to float",
        ),
        (
            i(2),
            -tenp(400),
            None,
            "OverflowError: int too large to convert to float",
        ),
        (i(10), i(-400), None, "0.0"),
        (i(4), i(3), Some(i(-64)), "0"),
        (i(-3), i(3), None, "-27"),
        (i(7), i(30), None, "22539340290692258087863249"),
    ];
    for (b, e, m, want) in cases {
        assert_eq!(
            show(int_pow(&b, &e, m.as_ref())),
            want,
            "pow({b}, {e}, {m:?})"
        );
    }
    assert!(int_pow(&i(3), &tenp(30), None).is_err());
    assert_eq!(i64_pow(3, 4), Some(81));
    assert_eq!(i64_pow(-2, 63), Some(i64::MIN));
    assert_eq!(i64_pow(2, 63), None);
    assert_eq!(i64_pow(-1, i64::MAX), Some(-1));
    assert_eq!(i64_pow(0, 0), Some(1));
    assert_eq!(i64_pow(2, -1), None);
}

#[test]
fn repr_of_strings() {
    let cases: &[(&str, &str)] = &[
        ("abc", "'abc'"),
        ("it's", "\"it's\""),
        ("it's \"x\"", "'it\\'s \"x\"'"),
        ("say \"hi\"", "'say \"hi\"'"),
        ("a\\b", "'a\\\\b'"),
        ("\n\r\t", "'\\n\\r\\t'"),
        ("\x00\x1b\x7f", "'\\x00\\x1b\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{a1}", "'\\x80\\x9f\\xa0¡'"),
        ("\u{ad}", "'\\xad'"),
        ("é中😀", "'é中😀'"),
        ("\u{34f}", "'\u{34f}'"),
        ("\u{61c}", "'\\u061c'"),
        ("\u{115f}\u{1160}", "'\u{115f}\u{1160}'"),
        ("\u{17b4}\u{17b5}", "'\u{17b4}\u{17b5}'"),
        ("\u{180b}\u{180e}\u{180f}", "'\u{180b}\\u180e\u{180f}'"),
        ("\u{200b}\u{200f}", "'\\u200b\\u200f'"),
        ("\u{2028}\u{202e}", "'\\u2028\\u202e'"),
        ("\u{2060}\u{206f}", "'\\u2060\\u206f'"),
        ("\u{3000}\u{feff}", "'\\u3000\\ufeff'"),
        ("\u{fff0}\u{fffb}\u{fffc}", "'\\ufff0\\ufffb\u{fffc}'"),
        ("\u{e000}\u{f8ff}", "'\\ue000\\uf8ff'"),
        ("\u{fdd0}\u{ffff}", "'\\ufdd0\\uffff'"),
        ("\u{e0001}\u{e0100}", "'\\U000e0001\u{e0100}'"),
        (
            "\u{1680}\u{2000}\u{200a}\u{202f}\u{205f}",
            "'\\u1680\\u2000\\u200a\\u202f\\u205f'",
        ),
        ("\u{10ffff}\u{f0000}", "'\\U0010ffff\\U000f0000'"),
        ("\u{378}\u{1fbf0}", "'\\u0378\u{1fbf0}'"),
        ("", "''"),
        ("'", "\"'\""),
        ("\"", "'\"'"),
    ];
    for &(s, want) in cases {
        assert_eq!(py_str_repr(s), want, "repr({s:?})");
    }
}
