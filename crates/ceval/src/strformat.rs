//! String formatting: `str % args`, `format(value, spec)` (used by `str.format` and
//! f-strings), the `str.format` field language, and `ascii()`.

use isles_object::pynum::{self, NumError};
use isles_object::{ExcKind, Kind, PyErr, PyResult, Value};
use num_bigint::BigInt;

use crate::ops;
use crate::thread::Thread;

/// The Python exception for a failed numeric algorithm.
pub fn num_err(e: NumError) -> PyErr {
    match e {
        NumError::ZeroDivision(m) => PyErr::zero_div(m),
        NumError::Overflow(m) => PyErr::overflow(m),
        NumError::Value(m) => PyErr::value_error(m),
    }
}

/// `ascii(v)`: the repr with every non-ASCII character escaped.
pub fn ascii(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    Ok(escape_non_ascii(&ops::repr(th, v)?))
}

fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// format(value, spec)

/// `format(value, spec)`.
pub fn format_value(th: &mut Thread<'_>, value: &Value, spec: &str) -> PyResult<String> {
    // A small int or an exact str with no spec: the text, in a buffer of its exact size (the
    // str made from it then needs no shrinking copy).
    if spec.is_empty() {
        if let Value::Int(i) = value {
            return Ok(isles_object::value::i64_text(*i, &mut [0; 20]).to_owned());
        }
        if let Some(s) = value.plain_str() {
            return Ok(s.as_str().to_owned());
        }
    }
    let mut out = String::new();
    if push_padded(&mut out, value, spec) {
        return Ok(out);
    }
    if let Some(r) = crate::dunder::call(th, value, "__format__", &[Value::str(spec)])? {
        return match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(PyErr::type_error(format!(
                "__format__ must return a str, not {}",
                ops::type_name(th, &r)
            ))),
        };
    }
    format_base(th, value, spec)
}

/// Appends `format(v, spec)` for a small int or an exact str and a spec that is only
/// `[[fill]align]width` (`{:>6}`, `{:<10}`, `{:*^9}`, `{:8}`), without parsing the spec
/// into its general form, making a `BigInt` or padded copies. False (nothing appended) for
/// anything else: signs, `=`, zero padding, precision, types, grouping.
fn push_padded(out: &mut String, v: &Value, spec: &str) -> bool {
    let mut it = spec.chars();
    let (fill, align, width) = match (it.next(), it.next()) {
        (Some(f), Some(a @ ('<' | '>' | '^'))) => (f, Some(a), &spec[f.len_utf8() + 1..]),
        (Some(a @ ('<' | '>' | '^')), _) => (' ', Some(a), &spec[1..]),
        _ => (' ', None, spec),
    };
    if width.is_empty()
        || width.len() > 6
        || width.starts_with('0')
        || !width.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let width: usize = width.parse().unwrap_or(0);
    let mut buf = [0; 20];
    let (text, len, align) = match v {
        Value::Int(i) => {
            let t = isles_object::value::i64_text(*i, &mut buf);
            (t, t.len(), align.unwrap_or('>'))
        }
        _ => match v.plain_str() {
            Some(s) => (s.as_str(), s.char_len(), align.unwrap_or('<')),
            None => return false,
        },
    };
    let pad = width.saturating_sub(len);
    let left = match align {
        '<' => 0,
        '>' => pad,
        _ => pad / 2,
    };
    out.reserve(text.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, pad - left));
    true
}

/// Appends `str(v)` for the values whose text needs no Python code (a small int, an exact
/// str): what `format(v, "")`, `f"{v}"`, `"{}".format(v)` and `"%s"`/`"%d" % v` print for them.
/// False (nothing appended) for anything else.
#[inline]
fn push_plain(out: &mut String, v: &Value) -> bool {
    match v {
        Value::Int(i) => {
            out.push_str(isles_object::value::i64_text(*i, &mut [0; 20]));
            true
        }
        _ => match v.plain_str() {
            Some(s) => {
                out.push_str(s.as_str());
                true
            }
            None => false,
        },
    }
}

/// [`format_value`] without a user `__format__` (`int.__format__(x, spec)`).
pub fn format_base(th: &mut Thread<'_>, value: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return match value {
            Value::Bool(b) => Ok(if b.get() { "True" } else { "False" }.to_string()),
            _ => ops::str_(th, value),
        };
    }
    if let Some(f) = value.as_float() {
        return pynum::py_format_float(f, spec).map_err(num_err);
    }
    if let Some(Kind::Complex(re, im)) = value.kind() {
        return format_complex(*re, *im, spec);
    }
    if let Some(i) = value.to_bigint() {
        let tn = if matches!(value, Value::Bool(_)) {
            "bool"
        } else {
            "int"
        };
        return format_int(th, &i, spec, tn);
    }
    if let Some(s) = value.as_str() {
        return pynum::py_format_str(s, spec).map_err(num_err);
    }
    Err(PyErr::type_error(format!(
        "unsupported format string passed to {}.__format__",
        ops::type_name(th, value)
    )))
}

/// `format(complex, spec)`: each part formatted as a float, then the whole padded.
fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let p = pynum::parse_format_spec_for(spec, "complex").map_err(num_err)?;
    if p.zero {
        return Err(PyErr::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if p.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if let Some(t) = p.ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
    {
        return Err(PyErr::value_error(format!(
            "Unknown format code '{t}' for object of type 'complex'"
        )));
    }
    let sign = p.sign.map(String::from).unwrap_or_default();
    let group = p.grouping.map(String::from).unwrap_or_default();
    let alt = if p.alternate { "#" } else { "" };
    let body = match (p.ty, p.precision) {
        (None, None) => crate::complexobj::repr(re, im),
        (ty, prec) => {
            let ty = ty.map_or("g".to_string(), String::from);
            let prec = prec.map(|n| format!(".{n}")).unwrap_or_default();
            let part = |x: f64, sign: &str| {
                pynum::py_format_float(x, &format!("{sign}{alt}{group}{prec}{ty}")).map_err(num_err)
            };
            let im_s = part(im, "+")?;
            if p.ty.is_none() {
                if re == 0.0 && re.is_sign_positive() {
                    format!("{}j", part(im, &sign)?)
                } else {
                    format!("({}{im_s}j)", part(re, &sign)?)
                }
            } else {
                format!("{}{im_s}j", part(re, &sign)?)
            }
        }
    };
    let width = p.width.unwrap_or(0);
    let n = body.chars().count();
    if n >= width {
        return Ok(body);
    }
    let pad = width - n;
    let fill = |k: usize| p.fill.to_string().repeat(k);
    Ok(match p.align.unwrap_or('>') {
        '<' => body + &fill(pad),
        '^' => fill(pad / 2) + &body + &fill(pad - pad / 2),
        _ => fill(pad) + &body,
    })
}

fn format_int(th: &Thread<'_>, i: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    let parsed = pynum::parse_format_spec_for(spec, type_name).map_err(num_err)?;
    if matches!(parsed.ty, None | Some('d' | 'n')) {
        check_digits(th, i)?;
    }
    pynum::format_int(i, &parsed, type_name).map_err(num_err)
}

fn check_digits(th: &Thread<'_>, i: &BigInt) -> PyResult<()> {
    pynum::check_int_str_digits(i, th.st.int_max_str_digits.get()).map_err(num_err)
}

// ---------------------------------------------------------------------------------------------
// str % args

/// Where `%` conversions take their values from (CPython's unicode_formatter_t).
struct PctArgs {
    /// The tuple's items, or the single non-tuple argument (or a value looked up by key).
    args: Value,
    /// -1 when `args` is a single value.
    arglen: i64,
    argidx: i64,
    /// Set when the right operand is a mapping, for `%(key)s`.
    dict: Option<Value>,
    /// Formatting bytes: text is latin-1 code points, `%s` takes bytes-like values.
    bytes: bool,
}

impl PctArgs {
    fn new(th: &Thread<'_>, args: &Value) -> PctArgs {
        let (arglen, argidx) = match args.kind() {
            Some(Kind::Tuple(t)) => (t.len() as i64, 0),
            _ => (-1, -2),
        };
        let is_mapping = match args.kind() {
            Some(Kind::Dict(_) | Kind::List(_) | Kind::Range(_)) => true,
            Some(Kind::Instance(_)) => crate::dunder::lookup(args, "__getitem__").is_some(),
            _ => false,
        };
        let _ = th;
        PctArgs {
            args: args.clone(),
            arglen,
            argidx,
            dict: is_mapping.then(|| args.clone()),
            bytes: false,
        }
    }

    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(Kind::Tuple(t)) = self.args.kind()
                && let Some(v) = usize::try_from(i).ok().and_then(|i| t.get(i))
            {
                return Ok(v.clone());
            }
        }
        Err(PyErr::type_error("not enough arguments for format string"))
    }
}

/// A cursor over the format string (a byte position in its text) that remembers running
/// off its end, as CPython's `fmtcnt` going negative does.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    ended: bool,
}

impl Cursor<'_> {
    #[inline]
    fn read(&mut self) -> Option<char> {
        let c = match self.text.as_bytes().get(self.pos) {
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => self.text[self.pos..].chars().next(),
            None => None,
        };
        match c {
            Some(c) if !self.ended => {
                self.pos += c.len_utf8();
                Some(c)
            }
            _ => {
                self.ended = true;
                None
            }
        }
    }

    fn peek_is(&self, b: u8) -> bool {
        self.text.as_bytes().get(self.pos) == Some(&b)
    }

    /// The character index of the character before the cursor (error messages count
    /// characters).
    fn char_index_before(&self) -> usize {
        self.text[..self.pos].chars().count().saturating_sub(1)
    }
}

/// The `%` flags, as bits of [`PctSpec::flags`].
const FLAG_CHARS: [char; 5] = ['-', '+', ' ', '#', '0'];
const F_MINUS: u8 = 1;
const F_ZERO: u8 = 1 << 4;

/// One parsed `%` conversion.
#[derive(Default)]
struct PctSpec {
    flags: u8,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
}

impl PctSpec {
    fn has(&self, flag: char) -> bool {
        FLAG_CHARS
            .iter()
            .position(|c| *c == flag)
            .is_some_and(|i| self.flags & (1 << i) != 0)
    }

    /// The flags as text, for the number formatters.
    fn flag_text(&self) -> String {
        FLAG_CHARS
            .iter()
            .enumerate()
            .filter(|(i, _)| self.flags & (1 << i) != 0)
            .map(|(_, c)| *c)
            .collect()
    }
}

/// `fmt % args` for a str `fmt`.
pub fn percent(th: &mut Thread<'_>, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text = fmt.as_str().unwrap_or("");
    Ok(Value::str(percent_chars(th, text, args, false)?))
}

/// `fmt % args` for a bytes `fmt`: the same machinery over latin-1 code points.
pub fn percent_bytes(th: &mut Thread<'_>, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|b| *b as char).collect();
    let s = percent_chars(th, &text, args, true)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

fn percent_chars(th: &mut Thread<'_>, text: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let mut ctx = PctArgs::new(th, args);
    ctx.bytes = bytes;
    let mut cur = Cursor {
        text,
        pos: 0,
        ended: false,
    };
    // Room for the converted values too, so the common short results grow no more than once.
    let mut out = String::with_capacity(text.len() + 16);
    loop {
        // The text up to the next `%` in one copy.
        let rest = &text[cur.pos..];
        let lit = rest.find('%').unwrap_or(rest.len());
        out.push_str(&rest[..lit]);
        cur.pos += lit;
        if cur.read().is_none() {
            break;
        }
        if cur.peek_is(b'%') {
            cur.pos += 1;
            out.push('%');
            continue;
        }
        let spec = parse_pct(th, &mut cur, &mut ctx)?;
        let v = ctx.next()?;
        if !bytes && push_quick(&mut out, &spec, &v) {
            continue;
        }
        let at = cur.char_index_before();
        let s = if bytes {
            convert_pct_bytes(th, &spec, &v, at)?
        } else {
            convert_pct(th, &spec, &v, at)?
        };
        out.push_str(&s);
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return Err(PyErr::type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// A `%` conversion of bytes formatting, as latin-1 code points.
fn convert_pct_bytes(
    th: &mut Thread<'_>,
    spec: &PctSpec,
    v: &Value,
    at: usize,
) -> PyResult<String> {
    let latin1 = |d: &[u8]| -> String { d.iter().map(|b| *b as char).collect() };
    let text = match spec.conv {
        's' | 'b' => {
            let data = match v.bytes_like() {
                Some(d) => d,
                None => match crate::dunder::call(th, v, "__bytes__", &[])? {
                    Some(b) if b.as_bytes().is_some() => b.as_bytes().unwrap_or(&[]).to_vec(),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            ops::type_name(th, v)
                        )));
                    }
                },
            };
            latin1(&data)
        }
        'r' | 'a' => ascii(th, v)?,
        'c' => {
            let b = match v.bytes_like() {
                Some(d) if d.len() == 1 => d[0],
                Some(_) => {
                    return Err(PyErr::type_error(
                        "%c requires an integer in range(256) or a single byte",
                    ));
                }
                None => match v.to_bigint() {
                    Some(i) => num_traits::ToPrimitive::to_u8(&i)
                        .ok_or_else(|| PyErr::overflow("%c arg not in range(256)"))?,
                    None => {
                        return Err(PyErr::type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ));
                    }
                },
            };
            (b as char).to_string()
        }
        _ => return convert_pct(th, spec, v, at),
    };
    let text = match (spec.prec, spec.conv) {
        (Some(p), 's' | 'b' | 'r' | 'a') => text.chars().take(p).collect(),
        _ => text,
    };
    Ok(pad_text(text, spec))
}

fn parse_pct(th: &mut Thread<'_>, cur: &mut Cursor<'_>, ctx: &mut PctArgs) -> PyResult<PctSpec> {
    if cur.peek_is(b'(') {
        pct_key(th, cur, ctx)?;
    }
    let mut spec = PctSpec::default();
    let mut ch = '\0';
    while let Some(c) = cur.read() {
        ch = c;
        let Some(i) = FLAG_CHARS.iter().position(|f| *f == c) else {
            break;
        };
        spec.flags |= 1 << i;
    }
    if ch == '*' {
        let w = star_arg(th, ctx)?;
        if w < 0 {
            spec.flags |= F_MINUS;
        }
        spec.width = Some(w.unsigned_abs() as usize);
        ch = cur.read().unwrap_or(ch);
    } else if ch.is_ascii_digit() {
        let (n, next) = pct_digits(cur, ch, "width too big")?;
        spec.width = Some(n);
        ch = next;
    }
    if ch == '.' {
        spec.prec = Some(0);
        ch = cur.read().unwrap_or(ch);
        if ch == '*' {
            spec.prec = Some(star_arg(th, ctx)?.max(0) as usize);
            ch = cur.read().unwrap_or(ch);
        } else if ch.is_ascii_digit() {
            let (n, next) = pct_digits(cur, ch, "precision too big")?;
            spec.prec = Some(n);
            ch = next;
        }
    }
    if !cur.ended && matches!(ch, 'h' | 'l' | 'L') {
        ch = cur.read().unwrap_or(ch);
    }
    if cur.ended {
        return Err(PyErr::value_error("incomplete format"));
    }
    spec.conv = ch;
    Ok(spec)
}

/// `%(key)`: the value under `key` becomes the only argument.
fn pct_key(th: &mut Thread<'_>, cur: &mut Cursor<'_>, ctx: &mut PctArgs) -> PyResult<()> {
    let Some(dict) = ctx.dict.clone() else {
        return Err(PyErr::type_error("format requires a mapping"));
    };
    cur.pos += 1;
    let start = cur.pos;
    let mut depth = 1;
    while depth > 0 {
        match cur.read() {
            Some(')') => depth -= 1,
            Some('(') => depth += 1,
            Some(_) => {}
            None => return Err(PyErr::value_error("incomplete format key")),
        }
    }
    let key = cur.text[start..cur.pos - 1].to_string();
    let key = if ctx.bytes {
        Value::bytes(key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>())
    } else {
        Value::str(key)
    };
    ctx.args = ops::getitem(th, &dict, &key)?;
    ctx.arglen = -1;
    ctx.argidx = -2;
    Ok(())
}

/// Digits after `first`; returns the number and the character that ended it.
fn pct_digits(cur: &mut Cursor<'_>, first: char, too_big: &str) -> PyResult<(usize, char)> {
    let mut n = first.to_digit(10).unwrap_or(0) as usize;
    let mut ch = first;
    while let Some(c) = cur.read() {
        ch = c;
        let Some(d) = c.to_digit(10) else { break };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= i32::MAX as usize)
            .ok_or_else(|| PyErr::value_error(too_big))?;
    }
    Ok((n, ch))
}

fn star_arg(th: &mut Thread<'_>, ctx: &mut PctArgs) -> PyResult<i64> {
    let v = ctx.next()?;
    if !v.is_int_like() {
        return Err(PyErr::type_error("* wants int"));
    }
    let _ = th;
    v.to_bigint()
        .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
        .filter(|w| w.unsigned_abs() <= i32::MAX as u64)
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))
}

fn convert_pct(th: &mut Thread<'_>, spec: &PctSpec, v: &Value, at: usize) -> PyResult<String> {
    match spec.conv {
        's' | 'r' | 'a' => {
            let s = match spec.conv {
                's' => ops::str_(th, v)?,
                'r' => ops::repr(th, v)?,
                _ => ascii(th, v)?,
            };
            let s = match spec.prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            Ok(pad_text(s, spec))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let i = pct_int_arg(th, spec.conv, v)?;
            let conv = if matches!(spec.conv, 'i' | 'u') {
                'd'
            } else {
                spec.conv
            };
            if conv == 'd' {
                check_digits(th, &i)?;
            }
            Ok(pynum::percent_int(
                &i,
                &spec.flag_text(),
                spec.width,
                spec.prec,
                conv,
            ))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = pct_float_arg(th, v)?;
            Ok(pynum::percent_float(
                x,
                &spec.flag_text(),
                spec.width,
                spec.prec,
                spec.conv,
            ))
        }
        'c' => Ok(pad_text(pct_char(th, v)?.to_string(), spec)),
        c => {
            let shown = if (' '..='~').contains(&c) { c } else { '?' };
            Err(PyErr::value_error(format!(
                "unsupported format character '{shown}' ({:#x}) at index {at}",
                c as u32
            )))
        }
    }
}

/// Appends the conversions that need no Python code and no number formatter: `%s` of an
/// exact str or a small int and `%d` of a small int, with a width and the `-` flag (and `0`
/// for `%d`), no precision. False (nothing appended) for anything else.
#[inline]
fn push_quick(out: &mut String, spec: &PctSpec, v: &Value) -> bool {
    if spec.prec.is_some() {
        return false;
    }
    let Some(w) = spec.width else {
        return spec.flags == 0
            && (spec.conv == 's'
                || (matches!(spec.conv, 'd' | 'i' | 'u') && matches!(v, Value::Int(_))))
            && push_plain(out, v);
    };
    let mut buf = [0; 20];
    let (sign, body, count) = match (spec.conv, v) {
        ('d' | 'i' | 'u', Value::Int(i)) if spec.flags & !(F_MINUS | F_ZERO) == 0 => {
            let body = isles_object::value::i64_text(i.unsigned_abs() as i64, &mut buf);
            let body = if *i == i64::MIN { &body[1..] } else { body };
            let sign = if *i < 0 { "-" } else { "" };
            (sign, body, sign.len() + body.len())
        }
        ('s', _) if spec.flags & !F_MINUS == 0 => match v {
            Value::Int(i) => {
                let body = isles_object::value::i64_text(*i, &mut buf);
                ("", body, body.len())
            }
            _ => match v.plain_str() {
                Some(s) => ("", s.as_str(), s.char_len()),
                None => return false,
            },
        },
        _ => return false,
    };
    let pad = w.saturating_sub(count);
    if spec.flags & F_MINUS != 0 {
        out.push_str(sign);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if spec.flags & F_ZERO != 0 {
        out.push_str(sign);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(body);
    }
    true
}

fn pad_text(s: String, spec: &PctSpec) -> String {
    let len = s.chars().count();
    let Some(w) = spec.width.filter(|w| *w > len) else {
        return s;
    };
    let pad = " ".repeat(w - len);
    if spec.has('-') { s + &pad } else { pad + &s }
}

fn pct_int_arg(th: &mut Thread<'_>, conv: char, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = v.to_bigint() {
        return Ok(i);
    }
    if let Some(i) = crate::dunder::call(th, v, "__index__", &[])?
        && let Some(i) = i.to_bigint()
    {
        return Ok(i);
    }
    let tn = ops::type_name(th, v);
    if matches!(conv, 'o' | 'x' | 'X') {
        return Err(PyErr::type_error(format!(
            "%{conv} format: an integer is required, not {tn}"
        )));
    }
    match v.as_float() {
        Some(f) => pynum::f64_to_bigint(f).map_err(num_err),
        None => Err(PyErr::type_error(format!(
            "%{conv} format: a real number is required, not {tn}"
        ))),
    }
}

/// The float a `%f`/`%e`/`%g` argument stands for: CPython's `PyFloat_AsDouble`, which
/// asks `__float__` and then `__index__` of other objects (`'%.2f' % Decimal('1.5')`).
fn pct_float_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = v.to_bigint() {
        return pynum::bigint_to_f64(&i).map_err(num_err);
    }
    if let Some(r) = crate::dunder::call(th, v, "__float__", &[])? {
        return r.as_float().ok_or_else(|| {
            PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                ops::type_name(th, v),
                ops::type_name(th, &r)
            ))
        });
    }
    if let Some(i) = crate::dunder::call(th, v, "__index__", &[])?
        && let Some(i) = i.to_bigint()
    {
        return pynum::bigint_to_f64(&i).map_err(num_err);
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        ops::type_name(th, v)
    )))
}

fn pct_char(th: &mut Thread<'_>, v: &Value) -> PyResult<char> {
    if let Some(s) = v.as_pystr() {
        return match s.char_at(0) {
            Some(c) if s.char_len() == 1 => Ok(c),
            _ => Err(PyErr::type_error("%c requires int or char")),
        };
    }
    // An object with __index__ counts as an int (PyLong_AsLongAndOverflow); its TypeErrors
    // all become the one below.
    let converted = ops::to_index_or_none(th, v)?;
    let Some(i) = converted.as_ref().unwrap_or(v).to_bigint() else {
        return Err(PyErr::type_error("%c requires int or char"));
    };
    num_traits::ToPrimitive::to_u32(&i)
        .filter(|c| *c < 0x110000)
        .map(|c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))
}

// ---------------------------------------------------------------------------------------------
// str.format

/// The arguments of `str.format(*pos, **kw)` or `str.format_map(mapping)`.
pub struct FormatArgs<'a> {
    /// `None` for `format_map`, which has no positional arguments.
    pub pos: Option<&'a [Value]>,
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
    pub mapping: Option<&'a Value>,
}

#[derive(PartialEq, Eq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct FormatCtx<'a> {
    args: FormatArgs<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `fmt.format(...)`: CPython's MarkupIterator and field-name rules and messages.
pub fn format_fields(th: &mut Thread<'_>, fmt: &str, args: FormatArgs<'_>) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut ctx = FormatCtx {
        args,
        numbering: Numbering::Init,
        next_auto: 0,
    };
    build_string(th, &mut ctx, &chars, 2)
}

/// One `{...}` replacement field, as ranges of the format string.
struct Field {
    name: std::ops::Range<usize>,
    conv: Option<char>,
    spec: std::ops::Range<usize>,
    spec_nested: bool,
}

fn build_string(
    th: &mut Thread<'_>,
    ctx: &mut FormatCtx<'_>,
    s: &[char],
    depth: i32,
) -> PyResult<String> {
    if depth <= 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    while i < s.len() {
        let Some(field) = literal_part(s, &mut i, &mut out)? else {
            continue;
        };
        let obj = field_object(th, ctx, &s[field.name.clone()])?;
        let obj = match field.conv {
            None => obj,
            Some('r') => Value::str(ops::repr(th, &obj)?),
            Some('s') => Value::str(ops::str_(th, &obj)?),
            Some('a') => Value::str(ascii(th, &obj)?),
            Some(c) if (' '..'\x7f').contains(&c) && c != ' ' => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {c}"
                )));
            }
            Some(c) => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier \\x{:x}",
                    c as u32
                )));
            }
        };
        let spec_chars = &s[field.spec.clone()];
        if spec_chars.is_empty() && push_plain(&mut out, &obj) {
            continue;
        }
        let spec = if field.spec_nested {
            build_string(th, ctx, spec_chars, depth - 1)?
        } else {
            spec_chars.iter().collect()
        };
        if push_padded(&mut out, &obj, &spec) {
            continue;
        }
        out.push_str(&format_value(th, &obj, &spec)?);
    }
    Ok(out)
}

/// Copies literal text up to the next field into `out` and parses that field, if any.
fn literal_part(s: &[char], i: &mut usize, out: &mut String) -> PyResult<Option<Field>> {
    let start = *i;
    let mut c = '\0';
    let mut markup = false;
    while let Some(&ch) = s.get(*i) {
        *i += 1;
        c = ch;
        if ch == '{' || ch == '}' {
            markup = true;
            break;
        }
    }
    let at_end = *i >= s.len();
    if c == '}' && markup && (at_end || s.get(*i) != Some(&'}')) {
        return Err(PyErr::value_error(
            "Single '}' encountered in format string",
        ));
    }
    if at_end && markup && c == '{' {
        return Err(PyErr::value_error(
            "Single '{' encountered in format string",
        ));
    }
    let mut end = *i;
    if markup {
        if s.get(*i) == Some(&c) {
            *i += 1;
            markup = false;
        } else {
            end -= 1;
        }
    }
    out.extend(&s[start..end]);
    if !markup {
        return Ok(None);
    }
    parse_field(s, i).map(Some)
}

fn parse_field(s: &[char], i: &mut usize) -> PyResult<Field> {
    let name_start = *i;
    let mut c = '\0';
    while let Some(&ch) = s.get(*i) {
        *i += 1;
        c = ch;
        match ch {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while s.get(*i).is_some_and(|&x| x != ']') {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: name_start..i.saturating_sub(1).max(name_start),
        conv: None,
        spec: 0..0,
        spec_nested: false,
    };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = s.get(*i) else {
            return Err(PyErr::value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        *i += 1;
        field.conv = Some(conv);
        if let Some(&next) = s.get(*i) {
            *i += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(PyErr::value_error(
                    "expected ':' after conversion specifier",
                ));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while let Some(&ch) = s.get(*i) {
        *i += 1;
        if ch == '{' {
            field.spec_nested = true;
            count += 1;
        } else if ch == '}' {
            count -= 1;
            if count == 0 {
                field.spec = spec_start..*i - 1;
                return Ok(field);
            }
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

/// A run of ASCII digits as an index; `None` when `s` has anything else.
fn digits_index(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(char::is_ascii_digit) {
        return Ok(None);
    }
    let text: String = s.iter().collect();
    text.parse::<usize>()
        .ok()
        .filter(|n| *n <= i64::MAX as usize)
        .map(Some)
        .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))
}

fn field_object(th: &mut Thread<'_>, ctx: &mut FormatCtx<'_>, name: &[char]) -> PyResult<Value> {
    let first_len = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_len];
    let mut obj = first_object(th, ctx, first)?;
    let mut j = first_len;
    while let Some(&c) = name.get(j) {
        j += 1;
        let start = j;
        match c {
            '.' => {
                while name.get(j).is_some_and(|x| *x != '.' && *x != '[') {
                    j += 1;
                }
                let attr = nonempty(&name[start..j])?;
                obj = ops::getattr(th, &obj, &Value::str(attr))?;
            }
            '[' => {
                while name.get(j).is_some_and(|x| *x != ']') {
                    j += 1;
                }
                if j >= name.len() {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                }
                let key_chars = &name[start..j];
                j += 1;
                let key = match digits_index(key_chars)? {
                    Some(n) => Value::Int(n as i64),
                    None => Value::str(nonempty(key_chars)?),
                };
                obj = ops::getitem(th, &obj, &key)?;
            }
            _ => {
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok(obj)
}

fn nonempty(s: &[char]) -> PyResult<String> {
    if s.is_empty() {
        return Err(PyErr::value_error("Empty attribute in format string"));
    }
    Ok(s.iter().collect())
}

fn first_object(th: &mut Thread<'_>, ctx: &mut FormatCtx<'_>, first: &[char]) -> PyResult<Value> {
    let empty = first.is_empty();
    let mut index = digits_index(first)?;
    if empty || index.is_some() {
        if ctx.numbering == Numbering::Init {
            ctx.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        match (&ctx.numbering, empty) {
            (Numbering::Manual, true) => {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            (Numbering::Auto, false) => {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            _ => {}
        }
        if empty {
            index = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    match index {
        Some(i) => {
            let Some(pos) = ctx.args.pos else {
                return Err(PyErr::value_error(
                    "Format string contains positional fields",
                ));
            };
            pos.get(i).cloned().ok_or_else(|| {
                PyErr::new(
                    ExcKind::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
            })
        }
        None => keyword_object(th, ctx, first.iter().collect()),
    }
}

fn keyword_object(th: &mut Thread<'_>, ctx: &FormatCtx<'_>, key: String) -> PyResult<Value> {
    if let Some(m) = ctx.args.mapping {
        return ops::getitem(th, m, &Value::str(key));
    }
    let found = ctx
        .args
        .kwnames
        .iter()
        .position(|k| k.as_str() == Some(key.as_str()));
    match found.and_then(|i| ctx.args.kwvals.get(i)) {
        Some(v) => Ok(v.clone()),
        None => {
            let exc = ops::new_exception(th.st.types.exc(ExcKind::KeyError), vec![Value::str(key)]);
            Err(PyErr::from_obj(exc))
        }
    }
}
