//! format(x, spec) for floats, ints and strs (CPython's Python/formatter_unicode.c) and the
//! numeric conversions of the printf-style `%` operator (Objects/unicodeobject.c).
//!
//! Number formatting assumes the C locale for 'n', as CPython has unless a program calls
//! locale.setlocale(LC_NUMERIC, ...): no grouping and a '.' decimal point.

use super::convert::bigint_to_f64;
use super::floatfmt::{DtoaFlags, double_to_string};
use super::strrepr::decimal_value;
use super::{NumError, overflow, value_err};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// A parsed format specification: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]
/// ["." precision][type]`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    /// The fill character: as given, '0' when the `0` option supplied it, else ' '.
    pub fill: char,
    /// '<', '>', '=' or '^' when given; otherwise each type has its default.
    pub align: Option<char>,
    /// '+', '-' or ' ' when given.
    pub sign: Option<char>,
    /// The `z` option: negative zero results are shown as positive zero (floats only).
    pub z: bool,
    /// The `#` option.
    pub alternate: bool,
    /// The `0` option took effect (no explicit fill): fill is '0', and numbers default to
    /// '=' alignment.
    pub zero: bool,
    pub width: Option<usize>,
    /// ',' or '_' when given.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type when given; each type has its default.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            z: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Parses a format spec. The one error whose CPython text names the object's type comes out
/// as plain "Invalid format specifier"; [`parse_format_spec_for`] gives the full text.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, NumError> {
    parse_spec(spec, None)
}

/// Parses a format spec for formatting an object of the named type, with CPython 3.11's
/// "Invalid format specifier '...' for object of type '...'" text.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    parse_spec(spec, Some(type_name))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// get_integer: a run of decimal digits (any script, as CPython accepts), or `None` when
/// there is none. Overflow is checked against Py_ssize_t's range.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| value_err("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

fn parse_spec(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut f = FormatSpec::default();
    let mut pos = 0;
    let mut fill_given = false;
    if end >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    // The historical "0" option: zero fill, unless a fill character was given.
    if !fill_given && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(value_err("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(value_err("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(value_err("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(NumError::Value(match type_name {
            Some(t) => format!("Invalid format specifier '{spec}' for object of type '{t}'"),
            None => "Invalid format specifier".to_owned(),
        }));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    // Grouping is checked against the type again by each formatter, which knows the
    // default; an explicit type can be checked now, where CPython checks it.
    if let Some(t) = f.ty {
        check_grouping(&f, t)?;
    }
    Ok(f)
}

/// A character for an error message: itself when printable ASCII, else C's "\x%x".
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn check_grouping(f: &FormatSpec, ty: char) -> Result<(), NumError> {
    let Some(sep) = f.grouping else {
        return Ok(());
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(()),
        _ => Err(NumError::Value(format!(
            "Cannot specify '{sep}' with '{}'.",
            code_text(ty)
        ))),
    }
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    NumError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(ty)
    ))
}

/// _PyUnicode_InsertThousandsGrouping: the digits with a separator every `group` digits,
/// left-padded with zeros to at least `min_width` characters; the padding is grouped too, so
/// that zero fill reads like part of the number.
fn group_digits(digits: &[char], min_width: i64, sep: Option<(char, i64)>) -> String {
    let Some((sep, group)) = sep else {
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        return "0".repeat(zeros) + &digits.iter().collect::<String>();
    };
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut end = digits.len();
    // Groups are produced right to left, each as zeros + digits + separator.
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let len = group.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let mut p = "0".repeat(n_zeros as usize);
        let start = end - n_chars as usize;
        p.extend(&digits[start..end]);
        end = start;
        if !pieces.is_empty() {
            p.push(sep);
        }
        pieces.push(p);
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.iter().rev().map(String::as_str).collect()
}

/// The parts of a formatted number, as calc_number_widths and fill_number lay them out:
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a [char],
    has_decimal: bool,
    remainder: &'a str,
}

fn fill_number(
    n: &Number<'_>,
    f: &FormatSpec,
    align: char,
    sep: Option<(char, i64)>,
    upper: bool,
) -> String {
    let sign = match f.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let width = f.width.map_or(-1, |w| w as i64);
    let non_digit = i64::from(sign.is_some())
        + n.prefix.chars().count() as i64
        + i64::from(n.has_decimal)
        + n.remainder.chars().count() as i64;
    let min_width = if f.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let mut grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, sep)
    };
    let padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let fill = |k: i64| f.fill.to_string().repeat(k as usize);
    let mut out = fill(lpad);
    out.extend(sign);
    if upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
        grouped = grouped.to_ascii_uppercase();
    } else {
        out.push_str(n.prefix);
    }
    out.push_str(&fill(spad));
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    out.push_str(&fill(rpad));
    out
}

/// format(x, spec) for a float, spec already parsed.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('\0');
    check_grouping(spec, ty)?;
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(ty, "float"));
    }
    format_float_checked(x, spec, ty)
}

/// format_float_internal, after the type is known to be a float type.
fn format_float_checked(x: f64, spec: &FormatSpec, ty: char) -> Result<String, NumError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_err("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtoaFlags::default()
    };
    let mut code = ty;
    let mut default_precision = 6;
    if code == '\0' {
        // No type: repr() when there is no precision, else 'g' keeping a digit after the
        // point.
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut val = x;
    let mut percent = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        percent = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(val, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits: Vec<char> = body[..n_int].chars().collect();
    let rest = &body[n_int..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let number = Number {
        negative,
        prefix: "",
        digits: &digits,
        has_decimal,
        remainder,
    };
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    Ok(fill_number(
        &number,
        spec,
        align,
        separator(spec, ty),
        false,
    ))
}

/// The grouping separator and group size; none for 'n', which uses the C locale.
fn separator(spec: &FormatSpec, ty: char) -> Option<(char, i64)> {
    if ty == 'n' {
        return None;
    }
    match spec.grouping? {
        '_' if matches!(ty, 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        sep => Some((sep, 3)),
    }
}

/// format(x, spec) for an int; `type_name` names x's type in error messages ("int", "bool").
///
/// CPython also refuses to write more than sys.get_int_max_str_digits() decimal digits; the
/// caller applies [`check_int_str_digits`](super::check_int_str_digits) for 'd', 'n' and no
/// type, since the limit is interpreter state.
pub fn format_int(x: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_checked(bigint_to_f64(x)?, spec, ty);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_err(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = x
            .to_i64()
            .ok_or_else(|| overflow("Python int too large to convert to C long"))?;
        let c = u32::try_from(v)
            .ok()
            .filter(|&v| v < 0x110000)
            .ok_or_else(|| overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates cannot live in a Rust string; U+FFFD stands in for them.
        let c = char::from_u32(c).unwrap_or('\u{fffd}').to_string();
        // The character goes in as a "remainder", which is copied without grouping.
        let number = Number {
            negative: false,
            prefix: "",
            digits: &[],
            has_decimal: false,
            remainder: &c,
        };
        return Ok(fill_number(&number, spec, align, None, false));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits: Vec<char> = x.magnitude().to_str_radix(radix).chars().collect();
    let number = Number {
        negative: x.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(fill_number(
        &number,
        spec,
        align,
        separator(spec, ty),
        ty == 'X',
    ))
}

/// format(s, spec) for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => {
            return Err(value_err("Space not allowed in string format specifier"));
        }
        Some(_) => {
            return Err(value_err("Sign not allowed in string format specifier"));
        }
        None => {}
    }
    if spec.z {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_err(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_err(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    if let Some(p) = spec.precision {
        len = len.min(p);
    }
    let total = spec.width.map_or(len, |w| w.max(len));
    let lpad = match spec.align.unwrap_or('<') {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let fill = spec.fill.to_string();
    let mut out = fill.repeat(lpad);
    out.extend(s.chars().take(len));
    out.push_str(&fill.repeat(rpad));
    Ok(out)
}

/// format(x, spec) for a float from the spec text, with CPython's messages throughout.
pub fn py_format_float(x: f64, spec: &str) -> Result<String, NumError> {
    format_float(x, &parse_format_spec_for(spec, "float")?)
}

/// format(x, spec) for an int from the spec text. An empty spec means str(x), which the
/// caller must supply itself for int subclasses whose str() differs (bool).
pub fn py_format_int(x: &BigInt, spec: &str, type_name: &str) -> Result<String, NumError> {
    format_int(x, &parse_format_spec_for(spec, type_name)?, type_name)
}

/// format(s, spec) for a str from the spec text.
pub fn py_format_str(s: &str, spec: &str) -> Result<String, NumError> {
    format_str(s, &parse_format_spec_for(spec, "str")?)
}

/// The `%` operator's printf flags.
#[derive(Default)]
struct PercentFlags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

fn percent_flags(flags: &str) -> PercentFlags {
    let mut f = PercentFlags::default();
    for c in flags.chars() {
        match c {
            '-' => f.ljust = true,
            '+' => f.sign = true,
            ' ' => f.blank = true,
            '#' => f.alt = true,
            '0' => f.zero = true,
            _ => {}
        }
    }
    f
}

/// unicode_format_arg_output for numeric conversions: sign, '0x'-style prefix and padding
/// around the converted text.
fn percent_output(text: &str, f: &PercentFlags, width: Option<usize>, conv: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let fill = if f.zero { '0' } else { ' ' };
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    let signchar = match chars.first() {
        Some(&c @ ('-' | '+')) => {
            len -= 1;
            pindex = 1;
            Some(c)
        }
        _ if f.sign => Some('+'),
        _ if f.blank => Some(' '),
        _ => None,
    };
    let mut width = width.map_or(-1, |w| w as i64).max(len);
    let prefixed = f.alt && matches!(conv, 'x' | 'X' | 'o');
    let mut out = String::new();
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !f.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        out.extend(signchar);
        if prefixed {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len.max(0) as usize]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}

/// `%e %E %f %F %g %G` of the `%` operator; `flags` holds any of "-+ #0".
pub fn percent_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> String {
    let f = percent_flags(flags);
    let dflags = DtoaFlags {
        alt: f.alt,
        ..DtoaFlags::default()
    };
    let text = double_to_string(x, conv, precision.unwrap_or(6), dflags);
    percent_output(&text, &f, width, conv)
}

/// `%d %i %u %x %X %o` of the `%` operator; `flags` holds any of "-+ #0". The decimal digit
/// limit is the caller's to check, as for [`format_int`].
pub fn percent_int(
    x: &BigInt,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> String {
    let f = percent_flags(flags);
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude().to_str_radix(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    // _PyUnicode_FormatLong: the precision is a minimum digit count.
    if let Some(p) = precision
        && p > digits.len()
    {
        digits = "0".repeat(p - digits.len()) + &digits;
    }
    let mut text = String::new();
    if x.sign() == Sign::Minus {
        text.push('-');
    }
    if f.alt {
        text.push_str(prefix);
    }
    text.push_str(&digits);
    percent_output(&text, &f, width, conv)
}
