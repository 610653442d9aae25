//! `_json`: the JSON encoder and scanner behind the bundled `json` package, in Rust for speed,
//! with CPython 3.11's output byte for byte (float repr, escapes, indentation, separators) and
//! its decoder's error messages and positions (in characters).

use std::cell::RefCell;
use std::fmt::Write as _;

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread};
use isles_object::{Dict, Kind, Obj, PyErr, PyResult, Value};
use num_bigint::BigInt;

use crate::native_mod;

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_mod::module(
        th,
        "_json",
        &[
            ("encode", encode),
            ("scan", scan),
            ("encode_basestring", encode_basestring),
            ("encode_basestring_ascii", encode_basestring_ascii),
        ],
    ))
}

// ---------------------------------------------------------------------------------------------
// Encoding

/// Appends `s` as a JSON string literal.
pub fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let n = c as u32;
                if n > 0xffff {
                    let v = n - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (v >> 10),
                        0xdc00 | (v & 0x3ff)
                    );
                } else {
                    let _ = write!(out, "\\u{n:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    default: Value,
    check_circular: bool,
    /// Ids of the containers being encoded (circular reference check).
    markers: Vec<usize>,
}

fn float_text(enc: &Encoder, f: f64) -> PyResult<String> {
    if f.is_finite() {
        return Ok(ops::float_repr(f));
    }
    if !enc.allow_nan {
        return Err(PyErr::value_error(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

impl Encoder {
    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, o: &Obj) -> PyResult<()> {
        if self.check_circular {
            if self.markers.contains(&o.id()) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
            self.markers.push(o.id());
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn value(
        &mut self,
        th: &mut Thread<'_>,
        out: &mut String,
        v: &Value,
        level: usize,
    ) -> PyResult<()> {
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if b.get() { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&float_text(self, f.get())?),
            Value::Obj(o) => match o.kind() {
                Kind::Str(s) => quote(out, s.as_str(), self.ensure_ascii),
                Kind::BigInt(b) => out.push_str(&ops::int_to_str(th, b)?),
                Kind::Float(f) => out.push_str(&float_text(self, *f)?),
                Kind::List(items) => {
                    let items = items.borrow().clone();
                    self.array(th, out, o, &items, level)?;
                }
                Kind::Tuple(items) => {
                    let items = items.to_vec();
                    self.array(th, out, o, &items, level)?;
                }
                Kind::Dict(_) => self.object(th, out, o, v, level)?,
                _ => {
                    self.enter(o)?;
                    let r = if self.default.is_none() {
                        Err(PyErr::type_error(format!(
                            "Object of type {} is not JSON serializable",
                            type_name(th, v)
                        )))
                    } else {
                        let d = self.default.clone();
                        th.call(&d, Args::positional(std::slice::from_ref(v)))
                    };
                    let r = r.and_then(|nv| {
                        th.recurse(" while encoding a JSON object", |th| {
                            self.value(th, out, &nv, level)
                        })
                    });
                    self.leave();
                    r?;
                }
            },
            Value::Null => return Err(PyErr::system_error("NULL value in json encoder")),
        }
        Ok(())
    }

    fn array(
        &mut self,
        th: &mut Thread<'_>,
        out: &mut String,
        o: &Obj,
        items: &[Value],
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(o)?;
        out.push('[');
        self.newline(out, level + 1);
        let r = th.recurse(" while encoding a JSON object", |th| {
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&self.item_sep);
                    self.newline(out, level + 1);
                }
                self.value(th, out, it, level + 1)?;
            }
            Ok(())
        });
        self.leave();
        r?;
        self.newline(out, level);
        out.push(']');
        Ok(())
    }

    fn key_text(&self, th: &mut Thread<'_>, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::None => "null".to_string(),
            Value::Bool(b) => b.get().to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_text(self, f.get())?,
            _ => match k.kind() {
                Some(Kind::Str(s)) => s.as_str().to_string(),
                Some(Kind::BigInt(b)) => ops::int_to_str(th, b)?,
                Some(Kind::Float(f)) => float_text(self, *f)?,
                _ if self.skipkeys => return Ok(None),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        type_name(th, k)
                    )));
                }
            },
        }))
    }

    fn object(
        &mut self,
        th: &mut Thread<'_>,
        out: &mut String,
        o: &Obj,
        v: &Value,
        level: usize,
    ) -> PyResult<()> {
        let Kind::Dict(d) = o.kind() else {
            return Err(PyErr::system_error("json: expected a dict"));
        };
        if d.borrow().is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        let mut items: Vec<(Value, Value)> = d.borrow().items();
        if self.sort_keys {
            let pairs: Vec<Value> = items
                .iter()
                .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                .collect();
            let sorted = th
                .builtin("sorted")
                .ok_or_else(|| PyErr::system_error("json: no sorted()"))?;
            let r = th.call(&sorted, Args::positional(&[Value::list(pairs)]))?;
            items = ops::iterate(th, &r)?
                .into_iter()
                .filter_map(|p| match p.kind() {
                    Some(Kind::Tuple(t)) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                    _ => None,
                })
                .collect();
        }
        let _ = v;
        self.enter(o)?;
        out.push('{');
        self.newline(out, level + 1);
        let r = th.recurse(" while encoding a JSON object", |th| {
            let mut first = true;
            for (k, val) in &items {
                let Some(key) = self.key_text(th, k)? else {
                    continue;
                };
                if !first {
                    out.push_str(&self.item_sep);
                    self.newline(out, level + 1);
                }
                first = false;
                quote(out, &key, self.ensure_ascii);
                out.push_str(&self.key_sep);
                self.value(th, out, val, level + 1)?;
            }
            Ok(())
        });
        self.leave();
        r?;
        self.newline(out, level);
        out.push('}');
        Ok(())
    }
}

fn kw_flag(th: &mut Thread<'_>, a: &Args<'_>, name: &str, default: bool) -> PyResult<bool> {
    match a.kw(name) {
        Some(v) => ops::truthy(th, v),
        None => Ok(default),
    }
}

fn kw_str(a: &Args<'_>, name: &str, default: &str) -> String {
    a.kw(name)
        .and_then(|v| v.as_str())
        .unwrap_or(default)
        .to_string()
}

/// `encode(obj, *, indent, item_separator, key_separator, sort_keys, ensure_ascii,
/// allow_nan, skipkeys, default, check_circular)`; `indent` is None or the indent string.
fn encode(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("encode", 1, 1)?;
    let indent = match a.kw("indent") {
        None | Some(Value::None) => None,
        Some(v) => Some(v.as_str().unwrap_or("").to_string()),
    };
    let mut enc = Encoder {
        indent,
        item_sep: kw_str(&a, "item_separator", ", "),
        key_sep: kw_str(&a, "key_separator", ": "),
        sort_keys: kw_flag(th, &a, "sort_keys", false)?,
        ensure_ascii: kw_flag(th, &a, "ensure_ascii", true)?,
        allow_nan: kw_flag(th, &a, "allow_nan", true)?,
        skipkeys: kw_flag(th, &a, "skipkeys", false)?,
        default: a.kw("default").cloned().unwrap_or(Value::None),
        check_circular: kw_flag(th, &a, "check_circular", true)?,
        markers: Vec::new(),
    };
    let mut out = String::new();
    enc.value(th, &mut out, &a.pos[0], 0)?;
    Ok(Value::str(out))
}

fn encode_str(th: &mut Thread<'_>, a: Args<'_>, ascii: bool) -> PyResult<Value> {
    a.check_count("encode_basestring", 1, 1)?;
    let Some(s) = a.pos[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "first argument must be a string, not {}",
            type_name(th, &a.pos[0])
        )));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote(&mut out, s, ascii);
    Ok(Value::str(out))
}

fn encode_basestring(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    encode_str(th, a, false)
}

fn encode_basestring_ascii(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    encode_str(th, a, true)
}

// ---------------------------------------------------------------------------------------------
// Decoding

struct Scanner<'s> {
    s: &'s str,
    b: &'s [u8],
    strict: bool,
    error_cls: Value,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

/// The character index of byte offset `pos` (error positions count characters).
fn char_index(s: &str, pos: usize) -> usize {
    s[..pos.min(s.len())].chars().count()
}

impl Scanner<'_> {
    fn error(&self, th: &mut Thread<'_>, msg: &str, pos: usize) -> PyErr {
        let args = [
            Value::str(msg),
            Value::str(self.s),
            Value::Int(char_index(self.s, pos) as i64),
        ];
        match th.call(&self.error_cls, Args::positional(&args)) {
            Ok(Value::Obj(o)) => PyErr::from_obj(o),
            Ok(_) => PyErr::value_error(msg.to_string()),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&self, th: &mut Thread<'_>, i: usize) -> PyResult<(Value, usize)> {
        let Some(&c) = self.b.get(i) else {
            return Err(self.error(th, "Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(th, i + 1)?;
                Ok((Value::str(s), end))
            }
            b'{' => th.recurse(
                " while decoding a JSON object from a unicode string",
                |th| self.object(th, i + 1),
            ),
            b'[' => th.recurse(" while decoding a JSON array from a unicode string", |th| {
                self.array(th, i + 1)
            }),
            b'n' if self.b[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if self.b[i..].starts_with(b"true") => Ok((Value::bool(true), i + 4)),
            b'f' if self.b[i..].starts_with(b"false") => Ok((Value::bool(false), i + 5)),
            b'N' if self.b[i..].starts_with(b"NaN") => self.constant(th, "NaN", f64::NAN, i + 3),
            b'I' if self.b[i..].starts_with(b"Infinity") => {
                self.constant(th, "Infinity", f64::INFINITY, i + 8)
            }
            b'-' if self.b[i..].starts_with(b"-Infinity") => {
                self.constant(th, "-Infinity", f64::NEG_INFINITY, i + 9)
            }
            b'-' | b'0'..=b'9' => self.number(th, i),
            _ => Err(self.error(th, "Expecting value", i)),
        }
    }

    fn constant(
        &self,
        th: &mut Thread<'_>,
        name: &str,
        v: f64,
        end: usize,
    ) -> PyResult<(Value, usize)> {
        if self.parse_constant.is_none() {
            return Ok((Value::float(v), end));
        }
        let r = th.call(&self.parse_constant, Args::positional(&[Value::str(name)]))?;
        Ok((r, end))
    }

    fn number(&self, th: &mut Thread<'_>, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            _ => return Err(self.error(th, "Expecting value", start)),
        }
        let mut is_float = false;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 2;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            is_float = true;
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        if !hook.is_none() {
            let r = th.call(hook, Args::positional(&[Value::str(text)]))?;
            return Ok((r, i));
        }
        if is_float {
            let f: f64 = text.parse().map_err(|_| {
                PyErr::value_error(format!("could not convert string to float: '{text}'"))
            })?;
            return Ok((Value::float(f), i));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok((Value::Int(n), i));
        }
        let digits = text.trim_start_matches('-').len();
        let limit = th.st.int_max_str_digits.get();
        if limit > 0 && digits > limit {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        let n: BigInt = text
            .parse()
            .map_err(|_| PyErr::value_error("invalid literal for int()"))?;
        Ok((Value::from_bigint(n), i))
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let h = self.b.get(i..i + 4)?;
        if !h.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    }

    /// Scans a string body starting after the opening quote; returns it and the index after
    /// the closing quote.
    fn string(&self, th: &mut Thread<'_>, start: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = start;
        loop {
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            let Some(&c) = b.get(i) else {
                return Err(self.error(th, "Unterminated string starting at", start - 1));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = b.get(i + 1) else {
                        return Err(self.error(th, "Unterminated string starting at", start - 1));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    if e != b'u' {
                        return Err(self.error(th, "Invalid \\escape", i));
                    }
                    let Some(mut cp) = self.hex4(i + 2) else {
                        return Err(self.error(th, "Invalid \\uXXXX escape", i + 1));
                    };
                    i += 6;
                    if (0xd800..0xdc00).contains(&cp)
                        && b.get(i) == Some(&b'\\')
                        && b.get(i + 1) == Some(&b'u')
                    {
                        let Some(lo) = self.hex4(i + 2) else {
                            return Err(self.error(th, "Invalid \\uXXXX escape", i + 1));
                        };
                        if (0xdc00..0xe000).contains(&lo) {
                            cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00));
                            i += 6;
                        }
                    }
                    // Lone surrogates cannot live in a Rust string; they become U+FFFD.
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                }
                _ => return Err(self.error(th, "Invalid control character at", i)),
            }
        }
    }

    fn array(&self, th: &mut Thread<'_>, start: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) == Some(&b']') {
            return Ok((Value::list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(th, i)?;
            items.push(v);
            i = self.skip_ws(end);
            match self.b.get(i) {
                Some(b']') => return Ok((Value::list(items), i + 1)),
                Some(b',') => i = self.skip_ws(i + 1),
                _ => return Err(self.error(th, "Expecting ',' delimiter", i)),
            }
        }
    }

    fn object(&self, th: &mut Thread<'_>, start: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        let end;
        if self.b.get(i) == Some(&b'}') {
            end = i + 1;
        } else {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(self.error(
                        th,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (k, after) = self.string(th, i + 1)?;
                i = self.skip_ws(after);
                if self.b.get(i) != Some(&b':') {
                    return Err(self.error(th, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, after) = self.value(th, i)?;
                pairs.push((th.intern(&k), v));
                i = self.skip_ws(after);
                match self.b.get(i) {
                    Some(b'}') => {
                        end = i + 1;
                        break;
                    }
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error(th, "Expecting ',' delimiter", i)),
                }
            }
        }
        if !self.object_pairs_hook.is_none() {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            let r = th.call(
                &self.object_pairs_hook,
                Args::positional(&[Value::list(list)]),
            )?;
            return Ok((r, end));
        }
        let d = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new())))));
        for (k, v) in pairs {
            ops::dict_set(th, &d, k, v)?;
        }
        if !self.object_hook.is_none() {
            let r = th.call(&self.object_hook, Args::positional(&[d]))?;
            return Ok((r, end));
        }
        Ok((d, end))
    }
}

/// `scan(s, idx, error_cls, whole, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant)`: decodes the value at character index `idx`. With `whole`
/// true it is `json.loads`: whitespace around the value is skipped and anything after it is
/// "Extra data"; otherwise it is `raw_decode` and returns `(value, end)`.
fn scan(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("scan", 10, 10)?;
    let Some(s) = a.pos[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            type_name(th, &a.pos[0])
        )));
    };
    let idx = ops::index_value(&a.pos[1]).unwrap_or(0).max(0) as usize;
    let whole = ops::truthy(th, &a.pos[3])?;
    let sc = Scanner {
        s,
        b: s.as_bytes(),
        error_cls: a.pos[2].clone(),
        strict: ops::truthy(th, &a.pos[4])?,
        object_hook: a.pos[5].clone(),
        object_pairs_hook: a.pos[6].clone(),
        parse_float: a.pos[7].clone(),
        parse_int: a.pos[8].clone(),
        parse_constant: a.pos[9].clone(),
    };
    let start = s.char_indices().nth(idx).map(|(b, _)| b).unwrap_or(s.len());
    if whole {
        if s.starts_with('\u{feff}') {
            return Err(sc.error(th, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
        }
        let i = sc.skip_ws(start);
        let (v, end) = sc.value(th, i)?;
        let end = sc.skip_ws(end);
        if end != s.len() {
            return Err(sc.error(th, "Extra data", end));
        }
        return Ok(v);
    }
    let (v, end) = sc.value(th, start)?;
    Ok(Value::tuple(vec![v, Value::Int(char_index(s, end) as i64)]))
}
