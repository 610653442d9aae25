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

#[test]
fn int_parsing() {
    let cases: &[(&str, u32, &str)] = &[
        ("0", 10, "0"),
        ("  -42  ", 10, "-42"),
        ("+7", 10, "7"),
        ("1_000", 10, "1000"),
        (
            "1__0",
            10,
            "ValueError: invalid literal for int() with base 10: '1__0'",
        ),
        (
            "_1",
            10,
            "ValueError: invalid literal for int() with base 10: '_1'",
        ),
        (
            "1_",
            10,
            "ValueError: invalid literal for int() with base 10: '1_'",
        ),
        ("0x_1f", 0, "31"),
        ("0x1F", 16, "31"),
        (
            "0x1f",
            10,
            "ValueError: invalid literal for int() with base 10: '0x1f'",
        ),
        ("0_0", 0, "0"),
        (
            "010",
            0,
            "ValueError: invalid literal for int() with base 0: '010'",
        ),
        ("00", 0, "0"),
        ("0", 0, "0"),
        (
            "0b",
            0,
            "ValueError: invalid literal for int() with base 0: '0b'",
        ),
        ("0b101", 0, "5"),
        ("0o17", 0, "15"),
        ("0o17", 8, "15"),
        (
            "0b12",
            0,
            "ValueError: invalid literal for int() with base 0: '0b12'",
        ),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        (
            "10",
            1,
            "ValueError: int() base must be >= 2 and <= 36, or 0",
        ),
        (
            "10",
            37,
            "ValueError: int() base must be >= 2 and <= 36, or 0",
        ),
        ("\u{665}\u{666}", 10, "56"),
        ("\u{3000} 12\u{a0}", 10, "12"),
        (
            "\u{1c}5",
            10,
            "ValueError: invalid literal for int() with base 10: '\\x1c5'",
        ),
        (
            "5\u{1c}",
            10,
            "ValueError: invalid literal for int() with base 10: '5\\x1c'",
        ),
        (
            "1 2",
            10,
            "ValueError: invalid literal for int() with base 10: '1 2'",
        ),
        (
            "+-1",
            10,
            "ValueError: invalid literal for int() with base 10: '+-1'",
        ),
        (
            "- 1",
            10,
            "ValueError: invalid literal for int() with base 10: '- 1'",
        ),
        (
            "",
            10,
            "ValueError: invalid literal for int() with base 10: ''",
        ),
        (
            "   ",
            10,
            "ValueError: invalid literal for int() with base 10: '   '",
        ),
        (
            "\u{e9}",
            10,
            "ValueError: invalid literal for int() with base 10: '\u{e9}'",
        ),
        (
            "12\u{e9}",
            10,
            "ValueError: invalid literal for int() with base 10: '12\u{e9}'",
        ),
        (
            "0x",
            16,
            "ValueError: invalid literal for int() with base 16: '0x'",
        ),
        (
            "0x_",
            16,
            "ValueError: invalid literal for int() with base 16: '0x_'",
        ),
        (
            "0_7",
            0,
            "ValueError: invalid literal for int() with base 0: '0_7'",
        ),
        (
            "07",
            0,
            "ValueError: invalid literal for int() with base 0: '07'",
        ),
        (" 0 ", 0, "0"),
        (
            "\u{0}",
            10,
            "ValueError: invalid literal for int() with base 10: '\\x00'",
        ),
        (
            "1\u{0}",
            10,
            "ValueError: invalid literal for int() with base 10: '1\\x00'",
        ),
        ("ff", 16, "255"),
        ("-0b11", 0, "-3"),
        ("0B11", 2, "3"),
        ("0O7", 8, "7"),
        (
            "12345678901234567890123456789",
            10,
            "12345678901234567890123456789",
        ),
        ("\u{1d7ce}\u{1d7cf}", 10, "1"),
    ];
    for &(s, base, want) in cases {
        let got = match parse_int(s, base) {
            Ok(v) => v.to_string(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, want, "int({s:?}, {base})");
    }
    let ones = "1".repeat(700);
    assert_eq!(parse_int(&ones, 10).unwrap(), big(&ones));
    assert_eq!(parse_int(&ones, 16).unwrap().to_string().len(), 842);
    let long = format!("{}x", "9".repeat(5000));
    assert_eq!(
        parse_int(&long, 10).unwrap_err().to_string(),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has \
         5000 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(parse_int_with_limit(&"9".repeat(5000), 10, 0).is_ok());
    assert!(parse_int(&"f".repeat(5000), 16).is_ok());
    for s in ["x".repeat(300), "\u{e9}".repeat(300)] {
        let msg = parse_int(&s, 10).unwrap_err().message().to_owned();
        assert_eq!(msg.chars().count(), 240, "{msg}");
    }
    assert!(check_int_str_digits(&tenp(4299), 4300).is_ok());
    assert!(check_int_str_digits(&-(tenp(4300) - 1u32), 4300).is_ok());
    assert_eq!(
        check_int_str_digits(&tenp(4300), 4300)
            .unwrap_err()
            .to_string(),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(check_int_str_digits(&tenp(5000), 0).is_ok());
}

#[test]
fn float_parsing() {
    let cases: &[(&str, &str)] = &[
        ("1.5", "1.5"),
        ("  -2.5e3 ", "-2500.0"),
        ("1_0.5", "10.5"),
        (
            "1._5",
            "ValueError: could not convert string to float: '1._5'",
        ),
        (
            "1_e5",
            "ValueError: could not convert string to float: '1_e5'",
        ),
        (
            "1e_5",
            "ValueError: could not convert string to float: '1e_5'",
        ),
        ("1e5_0", "1e+50"),
        (
            "in_f",
            "ValueError: could not convert string to float: 'in_f'",
        ),
        ("inf", "inf"),
        ("-Infinity", "-inf"),
        ("+iNF", "inf"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("NaN", "nan"),
        (
            "nan(1)",
            "ValueError: could not convert string to float: 'nan(1)'",
        ),
        (
            ". 5",
            "ValueError: could not convert string to float: '. 5'",
        ),
        (".5", "0.5"),
        ("5.", "5.0"),
        (".", "ValueError: could not convert string to float: '.'"),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        (
            "1e+",
            "ValueError: could not convert string to float: '1e+'",
        ),
        ("1e+5", "100000.0"),
        ("1E-5", "1e-05"),
        (
            "0x10",
            "ValueError: could not convert string to float: '0x10'",
        ),
        ("1\u{a0}", "1.0"),
        ("\u{665}.5", "5.5"),
        ("\u{663}_\u{663}", "33.0"),
        ("-1_000.0_1e-1_0", "-1.00001e-07"),
        ("", "ValueError: could not convert string to float: ''"),
        ("  ", "ValueError: could not convert string to float: '  '"),
        (
            "1__0",
            "ValueError: could not convert string to float: '1__0'",
        ),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1_", "ValueError: could not convert string to float: '1_'"),
        ("1e400", "inf"),
        ("-1e400", "-inf"),
        ("1e-400", "0.0"),
        ("2.2250738585072011e-308", "2.225073858507201e-308"),
        ("0.1", "0.1"),
        ("9007199254740993", "9007199254740992.0"),
        (
            "\u{1c}5",
            "ValueError: could not convert string to float: '\\x1c5'",
        ),
        (
            "infinity_",
            "ValueError: could not convert string to float: 'infinity_'",
        ),
        (
            "infinit",
            "ValueError: could not convert string to float: 'infinit'",
        ),
        (
            "+-1",
            "ValueError: could not convert string to float: '+-1'",
        ),
        (
            "--1",
            "ValueError: could not convert string to float: '--1'",
        ),
        (
            "1.5.",
            "ValueError: could not convert string to float: '1.5.'",
        ),
        (
            "1e5e5",
            "ValueError: could not convert string to float: '1e5e5'",
        ),
        (
            "\u{0}",
            "ValueError: could not convert string to float: '\\x00'",
        ),
        ("123456789e-330", "1.24e-322"),
    ];
    for &(s, want) in cases {
        assert_eq!(fr(parse_float(s)), want, "float({s:?})");
    }
    assert_eq!(fr(parse_float(&"1".repeat(400))), "inf");
    assert!(parse_float("-nan").unwrap().is_sign_negative());
}

#[test]
fn rounding() {
    let cases: &[(f64, i64, &str)] = &[
        (25.0, -1, "20.0"),
        (35.0, -1, "40.0"),
        (5.0, -1, "0.0"),
        (50.0, -2, "0.0"),
        (150.0, -2, "200.0"),
        (
            1.7e+308,
            -308,
            "OverflowError: rounded value too large to represent",
        ),
        (-0.4, 0, "-0.0"),
        (0.125, 2, "0.12"),
        (2.675, 2, "2.67"),
        (-1.0e-300, 5, "-0.0"),
        (1.0e+300, -300, "1e+300"),
        (5.0e-324, 323, "0.0"),
        (5.0e-324, 400, "5e-324"),
        (123.456, -400, "0.0"),
        (-123.456, -400, "-0.0"),
        (
            1.5e+308,
            -308,
            "OverflowError: rounded value too large to represent",
        ),
        (
            -1.6e+308,
            -308,
            "OverflowError: rounded value too large to represent",
        ),
        (0.5, 0, "0.0"),
        (1.5, 0, "2.0"),
        (-2.5, 0, "-2.0"),
        (123.456, 1, "123.5"),
        (123.456, -1, "120.0"),
        (123.456, -2, "100.0"),
        (-123.456, -3, "-0.0"),
        (0.285, 2, "0.28"),
        (1.005, 2, "1.0"),
        (1.0000000000000002e+16, -1, "1e+16"),
        (f64::INFINITY, 2, "inf"),
        (f64::NAN, -2, "nan"),
        (-f64::INFINITY, 0, "-inf"),
        (1.0e+22, -22, "1e+22"),
        (4500000000000000.0, -15, "4000000000000000.0"),
        (0.1, 20, "0.1"),
        (0.3333333333333333, 16, "0.3333333333333333"),
        (0.3333333333333333, 17, "0.3333333333333333"),
        (2.5, -308, "0.0"),
        (5.0e+307, -308, "1e+308"),
        (1.0e-320, 322, "1e-320"),
        (1.0e-320, 321, "1e-320"),
        (7.0, -9223372036854775807, "0.0"),
        (7.0, 9223372036854775807, "7.0"),
    ];
    for &(x, n, want) in cases {
        assert_eq!(fr(float_round(x, n)), want, "round({x:?}, {n})");
    }
    let ints: &[(&str, i64, &str)] = &[
        ("125", -1, "120"),
        ("135", -1, "140"),
        ("-125", -1, "-120"),
        ("-135", -1, "-140"),
        ("5", -1, "0"),
        ("15", -1, "20"),
        ("4", -1000, "0"),
        ("12345", 2, "12345"),
        ("0", -5, "0"),
        ("149", -2, "100"),
        ("150", -2, "200"),
        ("250", -2, "200"),
        ("-250", -2, "-200"),
        (
            "1000000000000000000005000000000",
            -10,
            "1000000000000000000000000000000",
        ),
        (
            "1000000000000000000015000000000",
            -10,
            "1000000000000000000020000000000",
        ),
    ];
    for &(x, n, want) in ints {
        assert_eq!(int_round(&big(x), n).to_string(), want, "round({x}, {n})");
    }
    let to_int = |x: f64| match float_round_to_int(x) {
        Ok(v) => v.to_string(),
        Err(e) => e.to_string(),
    };
    assert_eq!(to_int(0.5), "0");
    assert_eq!(to_int(1.5), "2");
    assert_eq!(to_int(2.5), "2");
    assert_eq!(to_int(-2.5), "-2");
    assert_eq!(to_int(-0.4), "0");
    assert_eq!(to_int(1e20), "100000000000000000000");
    assert_eq!(
        to_int(f64::INFINITY),
        "OverflowError: cannot convert float infinity to integer"
    );
    assert_eq!(
        to_int(f64::NAN),
        "ValueError: cannot convert float NaN to integer"
    );
}

/// (value, flags, width, precision, conversion, expected)
type PercentCase<T> = (
    T,
    &'static str,
    Option<usize>,
    Option<usize>,
    char,
    &'static str,
);

#[test]
fn formatting() {
    let floats: &[(f64, &str, &str)] = &[
        (
            1.5,
            "d",
            "ValueError: Unknown format code 'd' for object of type 'float'",
        ),
        (1.5, ".", "ValueError: Format specifier missing precision"),
        (
            1.5,
            "abc",
            "ValueError: Invalid format specifier 'abc' for object of type 'float'",
        ),
        (1.5, "_f", "1.500000"),
        (1.5, ",%", "150.000000%"),
        (
            1.5,
            "x",
            "ValueError: Unknown format code 'x' for object of type 'float'",
        ),
        (
            1.5,
            "\u{e9}",
            "ValueError: Unknown format code '\\xe9' for object of type 'float'",
        ),
        (
            100000.0,
            "99999999999999999999",
            "ValueError: Too many decimal digits in format string",
        ),
        (
            100000.0,
            ".99999999999999999999f",
            "ValueError: Too many decimal digits in format string",
        ),
        (
            1.5,
            "5.5.5",
            "ValueError: Invalid format specifier '5.5.5' for object of type 'float'",
        ),
        (1.5, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (
            1.5,
            ".2f.",
            "ValueError: Invalid format specifier '.2f.' for object of type 'float'",
        ),
        (1.5, "#", "1.5"),
        (1.5, "#.0f", "2."),
        (1.0e+16, "#", "1.e+16"),
        (1.0, "", "1.0"),
        (1.0e+16, "", "1e+16"),
        (1234.5, ".2", "1.2e+03"),
        (1.0, ".3", "1.0"),
        (-0.0, "z", "0.0"),
        (-0.0001, "z.2f", "0.00"),
        (-0.0001, "z.2e", "-1.00e-04"),
        (f64::INFINITY, "010", "0000000inf"),
        (f64::NAN, "+", "+nan"),
        (1234567.891, ",.2f", "1,234,567.89"),
        (1234567.891, "_", "1_234_567.891"),
        (-1234.5, "015,.1f", "-0,000,001,234.5"),
        (1234.5, "0=15_.1f", "0_000_001_234.5"),
        (0.5, "%", "50.000000%"),
        (1.5, "*^12.3e", "*1.500e+00**"),
        (1.0e-05, "g", "1e-05"),
        (1.0e-05, ".3n", "1e-05"),
        (123456789.0, "n", "1.23457e+08"),
        (-1.5, " 10", "      -1.5"),
        (1.5, "+", "+1.5"),
        (2.5, ".0f", "2"),
        (3.5, ".0f", "4"),
        (0.125, ".2f", "0.12"),
        (
            1.0e+300,
            ".3f",
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000",
        ),
        (12.0, "#g", "12.0000"),
        (1.0e+100, "G", "1E+100"),
        (-f64::INFINITY, "F", "-INF"),
        (1.5, "\u{665}", "  1.5"),
    ];
    let ints: &[(&str, &str, &str)] = &[
        (
            "5",
            ".2",
            "ValueError: Precision not allowed in integer format specifier",
        ),
        (
            "5",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "5",
            "+c",
            "ValueError: Sign not allowed with integer format specifier 'c'",
        ),
        (
            "5",
            "#c",
            "ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        ("5", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("5", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("5", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("5", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("5", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("5", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("5", "_x", "5"),
        ("5", ",b", "ValueError: Cannot specify ',' with 'b'."),
        (
            "5",
            "s",
            "ValueError: Unknown format code 's' for object of type 'int'",
        ),
        (
            "5",
            "\u{1}",
            "ValueError: Unknown format code '\\x1' for object of type 'int'",
        ),
        (
            "5",
            "\u{e9}",
            "ValueError: Unknown format code '\\xe9' for object of type 'int'",
        ),
        ("65", "c", "A"),
        ("-1", "c", "OverflowError: %c arg not in range(0x110000)"),
        (
            "1114112",
            "c",
            "OverflowError: %c arg not in range(0x110000)",
        ),
        (
            "1000000000000000000000000000000",
            "c",
            "OverflowError: Python int too large to convert to C long",
        ),
        (
            "5",
            "ab",
            "ValueError: Invalid format specifier 'ab' for object of type 'int'",
        ),
        (
            "5",
            "<<<",
            "ValueError: Unknown format code '<' for object of type 'int'",
        ),
        ("65", "05c", "0000A"),
        (
            "5",
            "\u{0}",
            "ValueError: Unknown format code '\\x0' for object of type 'int'",
        ),
        ("5", "#", "5"),
        ("5", "#o", "0o5"),
        ("255", "#X", "0XFF"),
        ("-255", "#010x", "-0x00000ff"),
        ("1234567", ",", "1,234,567"),
        ("-1234567", "012,", "-001,234,567"),
        ("3735928559", "_x", "dead_beef"),
        (
            "3735928559",
            "#_b",
            "0b1101_1110_1010_1101_1011_1110_1110_1111",
        ),
        ("-5", "=+8", "-      5"),
        ("5", " ", " 5"),
        ("1234", "n", "1234"),
        ("100000000000000000000", "e", "1.000000e+20"),
        (
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "e",
            "OverflowError: int too large to convert to float",
        ),
        ("7", "%", "700.000000%"),
        ("12", "^9", "   12    "),
        ("0", "010_", "00_000_000"),
        ("-42", "x<10", "-42xxxxxxx"),
        ("1234", "0<8", "12340000"),
        ("0", "f", "0.000000"),
    ];
    let strs: &[(&str, &str, &str)] = &[
        (
            "s",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "s",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        ("s", ",s", "ValueError: Cannot specify ',' with 's'."),
        ("s", ",", "ValueError: Cannot specify ',' with 's'."),
        (
            "s",
            "abc",
            "ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "s",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "s",
            "=",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "s",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "s",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "x",
            "z5",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("s", "05", "s0000"),
        (
            "s",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "s",
            "x=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("s", ".0", ""),
        ("abc", ".1", "a"),
        ("abc", "^7.2", "  ab   "),
        ("abc", "*>6", "***abc"),
        ("\u{4e2d}\u{6587}", "^5", " \u{4e2d}\u{6587}  "),
        ("abc", "2", "abc"),
        ("abc", ".5", "abc"),
        ("a", "<<3", "a<<"),
    ];
    let pct: &[PercentCase<f64>] = &[
        (f64::INFINITY, "0", Some(5), None, 'f', "00inf"),
        (f64::NAN, "+", None, None, 'f', "+nan"),
        (1.5, "+", None, Some(2), 'f', "+1.50"),
        (1.0, "#", None, None, 'g', "1.00000"),
        (1.0, "#", None, Some(0), 'e', "1.e+00"),
        (0.0001, "", None, None, 'g', "0.0001"),
        (1.0e-05, "", None, None, 'G', "1E-05"),
        (1.0e+16, "", None, Some(3), 'g', "1e+16"),
        (-1.5, "-", Some(8), Some(2), 'f', "-1.50   "),
        (2.5, " 0", Some(8), Some(1), 'f', " 00002.5"),
    ];
    let pcti: &[PercentCase<&str>] = &[
        ("-3", "", Some(5), None, 'd', "   -3"),
        ("3", "-0", Some(5), None, 'd', "3    "),
        ("255", "#", None, None, 'X', "0XFF"),
        ("255", "#", Some(10), None, 'x', "      0xff"),
        ("255", "#0", Some(10), None, 'x', "0x000000ff"),
        ("-255", "#0", Some(10), None, 'x', "-0x00000ff"),
        ("8", "#", None, None, 'o', "0o10"),
        ("-8", "#", None, Some(5), 'o', "-0o00010"),
        ("3", "", None, Some(5), 'd', "00003"),
        ("3", "+", None, Some(3), 'd', "+003"),
        ("-3", " 0", Some(5), None, 'd', "-0003"),
        ("3", "0-", Some(5), None, 'd', "3    "),
        ("3", "- ", Some(5), None, 'd', " 3   "),
        (
            "100000000000000000000",
            "",
            None,
            None,
            'x',
            "56bc75e2d63100000",
        ),
        (
            "-100000000000000000000",
            "+#",
            Some(30),
            None,
            'X',
            "          -0X56BC75E2D63100000",
        ),
    ];
    for &(x, spec, want) in floats {
        let got = py_format_float(x, spec).unwrap_or_else(|e| e.to_string());
        assert_eq!(got, want, "format({x:?}, {spec:?})");
    }
    for &(x, spec, want) in ints {
        let got = py_format_int(&big(x), spec, "int").unwrap_or_else(|e| e.to_string());
        assert_eq!(got, want, "format({x}, {spec:?})");
    }
    for &(s, spec, want) in strs {
        let got = py_format_str(s, spec).unwrap_or_else(|e| e.to_string());
        assert_eq!(got, want, "format({s:?}, {spec:?})");
    }
    for &(x, flags, w, p, conv, want) in pct {
        assert_eq!(
            percent_float(x, flags, w, p, conv),
            want,
            "%{flags}{w:?}.{p:?}{conv}"
        );
    }
    for &(x, flags, w, p, conv, want) in pcti {
        assert_eq!(
            percent_int(&big(x), flags, w, p, conv),
            want,
            "%{flags}{w:?}.{p:?}{conv}"
        );
    }
    assert_eq!(
        parse_format_spec("abc"),
        Err(NumError::Value("Invalid format specifier".into()))
    );
    let spec = parse_format_spec("*<+z#012_.3f").unwrap();
    assert_eq!(
        spec,
        FormatSpec {
            fill: '*',
            align: Some('<'),
            sign: Some('+'),
            z: true,
            alternate: true,
            zero: false,
            width: Some(12),
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let spec = parse_format_spec("010").unwrap();
    assert!(spec.zero && spec.fill == '0' && spec.align.is_none() && spec.width == Some(10));
    assert_eq!(
        py_format_int(&big("3"), "s", "bool").unwrap_err().message(),
        "Unknown format code 's' for object of type 'bool'"
    );
}

#[test]
fn hex_and_ratios() {
    let hexes: &[(f64, &str)] = &[
        (5e-324, "0x0.0000000000001p-1022"),
        (-0.0, "-0x0.0p+0"),
        (1.0, "0x1.0000000000000p+0"),
        (f64::INFINITY, "inf"),
        (-f64::NAN, "nan"),
        (0.1, "0x1.999999999999ap-4"),
        (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
        (2.225073858507201e-308, "0x0.fffffffffffffp-1022"),
        (-1e300, "-0x1.7e43c8800759cp+996"),
    ];
    for &(x, want) in hexes {
        assert_eq!(float_hex(x), want, "{x:?}.hex()");
    }
    let too_large = "OverflowError: hexadecimal value too large to represent as a float";
    let invalid = "ValueError: invalid hexadecimal floating-point string";
    let fromhex: &[(&str, &str)] = &[
        ("0x1p-1075", "0.0"),
        ("0x1.8p-1075", "5e-324"),
        ("0x1p1024", too_large),
        ("0x1.fffffffffffff8p1023", too_large),
        ("0x1.fffffffffffff7ffp1023", "1.7976931348623157e+308"),
        (" -0X1.8P+1 ", "-3.0"),
        ("1.8", "1.5"),
        (".", invalid),
        ("0x.p1", invalid),
        ("0x1p", invalid),
        ("-inf", "-inf"),
        (" nan ", "nan"),
        ("infinity", "inf"),
        ("0x", invalid),
        ("0x1.", "1.0"),
        ("0x.8", "0.5"),
        ("0x1p99999999999999999999999", too_large),
        ("0x0p99999999999999999999999", "0.0"),
        ("0x1p-99999999999999999999999", "0.0"),
        ("0x1_0", invalid),
        ("\u{a0}1", invalid),
        ("0x1.000000000000080000000000001p0", "1.0000000000000002"),
        ("0x1.00000000000008p0", "1.0"),
        ("0x1.00000000000018p0", "1.0000000000000004"),
        ("", invalid),
        ("0x1p+", invalid),
        ("00x1", invalid),
        ("0xx1", invalid),
        ("-0x0p0", "-0.0"),
        ("0x1p99999 junk", too_large),
    ];
    for &(s, want) in fromhex {
        assert_eq!(fr(float_fromhex(s)), want, "float.fromhex({s:?})");
    }
    let ratio = |x: f64| match float_as_integer_ratio(x) {
        Ok((n, d)) => format!("{n}/{d}"),
        Err(e) => e.to_string(),
    };
    assert_eq!(ratio(0.1), "3602879701896397/36028797018963968");
    assert_eq!(ratio(-0.0), "0/1");
    assert_eq!(ratio(-2.5), "-5/2");
    assert_eq!(ratio(1e22), "10000000000000000000000/1");
    assert_eq!(ratio(5e-324), format!("1/{}", pow2(1074)));
    assert_eq!(
        ratio(f64::INFINITY),
        "OverflowError: cannot convert Infinity to integer ratio"
    );
    assert_eq!(
        ratio(f64::NAN),
        "ValueError: cannot convert NaN to integer ratio"
    );
    let i = BigInt::from;
    assert_eq!(int_to_string_radix(&i(-5), 2), "-0b101");
    assert_eq!(int_to_string_radix(&i(15), 8), "0o17");
    assert_eq!(int_to_string_radix(&i(255), 16), "0xff");
    assert_eq!(int_to_string_radix(&i(0), 16), "0x0");
    assert_eq!(int_to_string_radix(&i(-35), 36), "-z");
}

/// float_repr must read back to the same bits, through Rust's parser and ours.
fn repr_reads_back(x: f64) {
    let s = float_repr(x);
    let rust = match s.as_str() {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => s.parse::<f64>().expect("repr parses"),
    };
    let ours = parse_float(&s).expect("repr parses");
    if x.is_nan() {
        assert!(rust.is_nan() && ours.is_nan(), "{s}");
    } else {
        assert_eq!(rust.to_bits(), x.to_bits(), "{s}");
        assert_eq!(ours.to_bits(), x.to_bits(), "{s}");
    }
}

#[test]
fn repr_ties_pick_dtoa_digits() {
    // Exactly halfway between two shortest candidates: dtoa takes the even last digit,
    // unless that one would not read back (below a power of two).
    assert_eq!(float_repr(13.5f64.powi(8)), "1103240376.8789062");
    assert_eq!(float_repr(2f64.powi(-24)), "5.960464477539063e-08");
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// The big-int result of `pow(b, e, m)` as an `i64`, as `small_modpow` must give it.
    fn modpow_by_bigints(b: i64, e: i64, m: i64) -> Option<i64> {
        match int_pow(&BigInt::from(b), &BigInt::from(e), Some(&BigInt::from(m))) {
            Ok(IntPowResult::Int(z)) => z.try_into().ok(),
            _ => None,
        }
    }

    #[test]
    fn small_modpow_edges() {
        let edges = [
            i64::MIN,
            i64::MIN + 1,
            -7,
            -2,
            -1,
            0,
            1,
            2,
            3,
            1_000_003,
            i64::MAX,
        ];
        for &b in &edges {
            for &e in &[0, 1, 2, 63, 65537, i64::MAX] {
                for &m in &edges {
                    if m == 0 {
                        assert_eq!(small_modpow(b, e, m), None);
                        continue;
                    }
                    assert_eq!(
                        small_modpow(b, e, m),
                        modpow_by_bigints(b, e, m),
                        "pow({b}, {e}, {m})"
                    );
                }
            }
        }
        assert_eq!(small_modpow(3, -1, 7), None);
    }

    proptest! {
        #[test]
        fn small_modpow_matches_big_ints(b in any::<i64>(), e in 0i64..100_000, m in any::<i64>()) {
            prop_assume!(m != 0);
            prop_assert_eq!(small_modpow(b, e, m), modpow_by_bigints(b, e, m));
        }

        #[test]
        fn repr_round_trips(bits in any::<u64>()) {
            repr_reads_back(f64::from_bits(bits));
        }

        #[test]
        fn repr_round_trips_small_exponents(m in any::<u64>(), e in -40i32..40) {
            repr_reads_back((m >> 11) as f64 * 2f64.powi(e - 52));
        }

        #[test]
        fn hex_round_trips(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            let back = float_fromhex(&float_hex(x)).unwrap();
            prop_assert!(back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan()));
        }

        #[test]
        fn int_text_round_trips(v in any::<i128>(), radix in prop::sample::select(vec![2u32, 8, 16])) {
            let x = BigInt::from(v);
            prop_assert_eq!(parse_int(&int_to_string_radix(&x, radix), 0).unwrap(), x.clone());
            prop_assert_eq!(parse_int(&x.to_string(), 10).unwrap(), x);
        }

        #[test]
        fn true_division_matches_float_division_when_exact(
            a in -(1i64 << 53)..(1i64 << 53),
            b in -(1i64 << 53)..(1i64 << 53),
        ) {
            prop_assume!(b != 0);
            let want = a as f64 / b as f64;
            prop_assert_eq!(int_true_div(&BigInt::from(a), &BigInt::from(b)).unwrap().to_bits(), want.to_bits());
        }

        #[test]
        fn floor_ops_agree(a in any::<i64>(), b in any::<i64>()) {
            prop_assume!(b != 0);
            let (q, r) = big_divmod(&BigInt::from(a), &BigInt::from(b)).unwrap();
            if let Some(fq) = i64_floordiv(a, b) {
                prop_assert_eq!(BigInt::from(fq), q);
            }
            prop_assert_eq!(BigInt::from(i64_mod(a, b).unwrap()), r);
        }
    }
}
