//! The methods of `str`: searching, splitting, case mapping, padding, predicates, `format`.
//! Positions are code-point indices, as Python counts them.

use isles_ceval::ops::{self, type_name};
use isles_ceval::strformat::{self, FormatArgs};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::methods::{self, Arity, adjust_indices, check, index_arg, slice_bound};
use crate::strchars;

pub(crate) fn install(th: &Thread<'_>) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("swapcase", str_swapcase),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("replace", str_replace),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("format", str_format),
        ("format_map", str_format_map),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isidentifier", str_isidentifier),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("encode", str_encode),
        ("translate", str_translate),
    ];
    methods::install(&th.st.types.str_, "str", fns);
    methods::install_wrapped(
        &th.st.types.str_,
        "str",
        "maketrans",
        str_maketrans,
        methods::staticmethod,
    );
}

fn is_str(v: &Value) -> bool {
    v.as_str().is_some()
}

/// `self` as text plus the other positional arguments.
fn this<'a>(th: &Thread<'_>, a: &Args<'a>, meth: &str) -> PyResult<(&'a str, &'a [Value])> {
    let (s, rest) = methods::receiver(th, a, "str", meth, is_str)?;
    Ok((s.as_str().unwrap_or(""), rest))
}

/// `self` of a method taking no arguments.
fn this_only<'a>(th: &Thread<'_>, a: &Args<'a>, meth: &str) -> PyResult<&'a str> {
    let (s, rest) = this(th, a, meth)?;
    check(a, "str", meth, rest.len(), Arity::NoArgs)?;
    Ok(s)
}

fn text(s: String) -> PyResult<Value> {
    Ok(Value::str(s))
}

/// An argument that must be a str ("must be str, not int").
fn str_arg<'a>(th: &Thread<'_>, v: &'a Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| PyErr::type_error(format!("must be str, not {}", type_name(th, v))))
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Byte offset of the code point at `idx` (clamped to the end).
fn byte_at(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        return idx.min(s.len());
    }
    s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
}

// ---------------------------------------------------------------------------------------------
// join, split

fn str_join(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (sep, rest) = this(th, &a, "join")?;
    check(&a, "str", "join", rest.len(), Arity::One)?;
    // An exact list or tuple of strs (nearly every join): sized once, copied once, with the
    // character count added up from the parts. Anything else takes the general path below.
    if let Value::Obj(o) = &rest[0]
        && o.sub().is_none()
    {
        let r = match o.kind() {
            Kind::List(l) => join_strs(&a.pos[0], sep, &l.borrow()),
            Kind::Tuple(t) => join_strs(&a.pos[0], sep, t),
            _ => None,
        };
        if let Some(v) = r {
            return Ok(v);
        }
    }
    // CPython's `PySequence_Fast`: the items are collected first, so a generator runs to
    // its end in one run (`ops::iterate`), not one resumption per item.
    let items = match ops::get_iter(th, &rest[0]) {
        Ok(it) => ops::iterate(th, &it)?,
        Err(e) if ops::err_matches(th, &e, ExcKind::TypeError) => {
            return Err(PyErr::type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(s) = item.as_str() else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(th, item)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    text(out)
}

/// `sep.join(items)` when every item is a str; `None` otherwise (the caller reports the
/// error or iterates in general).
fn join_strs(sep_v: &Value, sep: &str, items: &[Value]) -> Option<Value> {
    let sep_chars = sep_v.as_pystr().map_or(0, |p| p.char_len());
    let (mut bytes, mut chars) = (0usize, 0usize);
    for item in items {
        let p = item.as_pystr()?;
        bytes += p.as_str().len();
        chars += p.char_len();
    }
    let gaps = items.len().saturating_sub(1);
    bytes += gaps * sep.len();
    chars += gaps * sep_chars;
    let mut out = String::with_capacity(bytes);
    // One-character parts (a parser's list of characters) are stored as a byte, no copy call.
    let mut push = |s: &str| match s.as_bytes() {
        [b] if b.is_ascii() => out.push(char::from(*b)),
        _ => out.push_str(s),
    };
    for (i, item) in items.iter().enumerate() {
        if i > 0 && !sep.is_empty() {
            push(sep);
        }
        push(item.as_str()?);
    }
    Some(Value::str_with_char_len(out, chars))
}

/// The `sep` and `maxsplit` of split/rsplit; maxsplit < 0 means no limit.
fn split_args<'a>(
    th: &mut Thread<'_>,
    a: &Args<'a>,
    meth: &str,
) -> PyResult<(&'a str, Option<&'a str>, usize)> {
    let (s, rest) = this(th, a, meth)?;
    // `s.split()`, the usual call: nothing to bind.
    if rest.is_empty() && a.kwnames.is_empty() {
        return Ok((s, None, usize::MAX));
    }
    let b = methods::bind_kw(
        a,
        rest,
        "str",
        meth,
        &["sep", "maxsplit"],
        Arity::Takes(0, 2),
    )?;
    let sep = match b[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some("") => return Err(PyErr::value_error("empty separator")),
            Some(t) => Some(t),
            None => {
                return Err(PyErr::type_error(format!(
                    "must be str or None, not {}",
                    type_name(th, v)
                )));
            }
        },
    };
    let max = match b[1] {
        None => -1,
        Some(v) => index_arg(th, v)?,
    };
    Ok((s, sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

fn str_list(parts: impl IntoIterator<Item = impl Into<String>>) -> PyResult<Value> {
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

fn str_split(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, sep, max) = split_args(th, &a, "split")?;
    if s.is_ascii() {
        return Ok(Value::list(split_ascii(th, s, sep, max)));
    }
    match sep {
        Some(sep) => str_list(s.splitn(max.saturating_add(1), sep)),
        None => str_list(split_whitespace(s, max)),
    }
}

/// The whitespace of ASCII text for `str.split()`: `\t` to `\r`, the separators 0x1c-0x1f and
/// the space, as bits of one word. All are at or below b' ', so a single compare settles every
/// printable character.
const ASCII_SPACES: u64 = 0x3e00 | 0xf000_0000 | 1 << 32;

fn ascii_space(c: u8) -> bool {
    c <= b' ' && ASCII_SPACES >> c & 1 != 0
}

/// The index of the first whitespace byte of ASCII `b` at or after `i` (`b.len()` if none),
/// eight bytes at a time: the lowest byte below b'!' of a word is flagged exactly by the
/// borrow trick (bytes are below 0x80), and most words of text have no byte below b'!' at
/// all. A flagged control character that is not whitespace (`\x00`) is stepped over.
fn next_ascii_space(b: &[u8], mut i: usize) -> usize {
    const BELOW: u64 = 0x2121_2121_2121_2121;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let w = u64::from_le_bytes(bytes);
        let low = w.wrapping_sub(BELOW) & !w & HIGH;
        if low == 0 {
            i += 8;
            continue;
        }
        let j = i + (low.trailing_zeros() / 8) as usize;
        if b.get(j).copied().is_some_and(ascii_space) {
            return j;
        }
        i = j + 1;
    }
    b.get(i..)
        .and_then(|rest| rest.iter().position(|&c| ascii_space(c)))
        .map_or(b.len(), |k| i + k)
}

/// `str.split` of ASCII text (so every piece is ASCII and its length is its byte count):
/// a one-byte separator is found by byte compare, and no whitespace test needs Unicode.
/// One-character pieces are the thread's shared strs, as CPython shares them.
fn split_ascii(th: &mut Thread<'_>, s: &str, sep: Option<&str>, max: usize) -> Vec<Value> {
    let mut piece = |p: &str| match p.as_bytes() {
        &[b] => th.char_str(char::from(b)),
        _ => Value::str_with_char_len(p, p.len()),
    };
    let mut out;
    let bytes = s.as_bytes();
    match sep {
        Some(sep) if sep.len() == 1 => {
            let b = sep.as_bytes()[0];
            out = Vec::new();
            let mut start = 0;
            // memchr's start-up costs more than a byte loop over a short text.
            if bytes.len() < 64 {
                for (i, &c) in bytes.iter().enumerate() {
                    if c == b && out.len() < max {
                        out.push(piece(&s[start..i]));
                        start = i + 1;
                    }
                }
            } else {
                for i in memchr::memchr_iter(b, bytes) {
                    if out.len() == max {
                        break;
                    }
                    out.push(piece(&s[start..i]));
                    start = i + 1;
                }
            }
            out.push(piece(&s[start..]));
        }
        Some(sep) => out = s.splitn(max.saturating_add(1), sep).map(piece).collect(),
        None => {
            // Room for the words of a line of text without regrowing; longer texts grow.
            out = Vec::with_capacity((s.len() / 2 + 1).min(16));
            let mut i = 0;
            while let Some(k) = bytes[i..].iter().position(|&c| !ascii_space(c)) {
                i += k;
                if out.len() == max {
                    out.push(piece(&s[i..]));
                    break;
                }
                let start = i;
                i = next_ascii_space(bytes, i);
                out.push(piece(&s[start..i]));
            }
        }
    }
    out
}

fn str_rsplit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, sep, max) = split_args(th, &a, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => s
            .rsplitn(max.saturating_add(1), sep)
            .map(String::from)
            .collect(),
        None => {
            let rev: String = s.chars().rev().collect();
            split_whitespace(&rev, max)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
    };
    parts.reverse();
    str_list(parts)
}

/// split() with no separator: runs of whitespace separate, none at the ends; after `max`
/// splits the rest (from its first non-space) is the last item.
fn split_whitespace(s: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(strchars::is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest.to_string());
            break;
        }
        let end = rest.find(strchars::is_space).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(strchars::is_space);
    }
    out
}

fn str_splitlines(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "splitlines")?;
    let b = methods::bind_kw(
        &a,
        rest,
        "str",
        "splitlines",
        &["keepends"],
        Arity::Takes(0, 1),
    )?;
    let keep = match b[0] {
        None => false,
        Some(v) if v.as_float().is_some() => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        Some(v) => index_arg(th, v)? != 0,
    };
    let mut out = Vec::new();
    let mut line = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !strchars::is_linebreak(c) {
            line.push(c);
            continue;
        }
        let crlf = c == '\r' && chars.peek() == Some(&'\n');
        if keep {
            line.push(c);
            if crlf {
                line.push('\n');
            }
        }
        if crlf {
            chars.next();
        }
        out.push(std::mem::take(&mut line));
    }
    if !line.is_empty() {
        out.push(line);
    }
    str_list(out)
}

// ---------------------------------------------------------------------------------------------
// strip

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(th: &mut Thread<'_>, a: Args<'_>, meth: &str, side: Side) -> PyResult<Value> {
    let (s, rest) = this(th, &a, meth)?;
    check(&a, "str", meth, rest.len(), Arity::Expected(0, 1))?;
    let chars: Option<&str> = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(t) => Some(t),
            None => {
                return Err(PyErr::type_error(format!("{meth} arg must be None or str")));
            }
        },
    };
    // ASCII text and characters: trim bytes, no character decoding or substring search.
    let ascii = a.pos[0].as_pystr().is_some_and(|p| p.is_ascii());
    if ascii && chars.is_none_or(str::is_ascii) {
        let strip = |b: &u8| match chars {
            None => strchars::is_space(char::from(*b)),
            Some(set) => set.as_bytes().contains(b),
        };
        let bytes = s.as_bytes();
        let start = match side {
            Side::Right => 0,
            _ => bytes.iter().position(|b| !strip(b)).unwrap_or(bytes.len()),
        };
        let end = match side {
            Side::Left => bytes.len(),
            _ => bytes
                .iter()
                .rposition(|b| !strip(b))
                .map_or(start, |i| i + 1),
        };
        let r = s.get(start..end.max(start)).unwrap_or("");
        return Ok(same_or_new(&a.pos[0], s, r));
    }
    let pred = |c: char| match chars {
        None => strchars::is_space(c),
        Some(set) => set.contains(c),
    };
    let r = match side {
        Side::Left => s.trim_start_matches(pred),
        Side::Right => s.trim_end_matches(pred),
        Side::Both => s.trim_matches(pred),
    };
    Ok(same_or_new(&a.pos[0], s, r))
}

/// The result `r` of a method that returns part or a changed copy of `s` (`a.pos[0]`'s text):
/// `s` itself when nothing changed and it is an exact str (as CPython returns `self`),
/// otherwise a new str, counted without a scan when `s` is ASCII.
fn same_or_new(this: &Value, s: &str, r: &str) -> Value {
    match this.plain_str() {
        Some(_) if r.len() == s.len() => this.clone(),
        Some(p) if p.is_ascii() => Value::str_with_char_len(r, r.len()),
        _ => Value::str(r),
    }
}

fn str_strip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    strip(th, a, "strip", Side::Both)
}

fn str_lstrip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    strip(th, a, "lstrip", Side::Left)
}

fn str_rstrip(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    strip(th, a, "rstrip", Side::Right)
}

// ---------------------------------------------------------------------------------------------
// Case mapping

fn map_case(
    th: &mut Thread<'_>,
    a: Args<'_>,
    meth: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let s = this_only(th, &a, meth)?;
    text(f(s))
}

fn str_upper(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if let Some(p) = a.pos.first().and_then(Value::plain_str)
        && p.is_ascii()
    {
        this_only(th, &a, "upper")?;
        let s = p.as_str().to_ascii_uppercase();
        return Ok(Value::str_with_char_len(s, p.char_len()));
    }
    map_case(th, a, "upper", str::to_uppercase)
}

fn str_lower(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if let Some(p) = a.pos.first().and_then(Value::plain_str)
        && p.is_ascii()
    {
        this_only(th, &a, "lower")?;
        let s = p.as_str().to_ascii_lowercase();
        return Ok(Value::str_with_char_len(s, p.char_len()));
    }
    map_case(th, a, "lower", str::to_lowercase)
}

fn str_casefold(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_case(th, a, "casefold", |s| {
        let mut out = String::with_capacity(s.len());
        s.chars().for_each(|c| strchars::push_fold(&mut out, c));
        out
    })
}

fn str_capitalize(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    // ASCII: no special casing (titlecase digraphs, final sigma) can apply.
    if let Some(p) = a.pos.first().and_then(Value::as_pystr)
        && p.is_ascii()
    {
        let s = this_only(th, &a, "capitalize")?;
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return Ok(Value::str_with_char_len(out, p.char_len()));
    }
    map_case(th, a, "capitalize", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, c) in chars.iter().enumerate() {
            if i == 0 {
                strchars::push_title(&mut out, *c);
            } else {
                strchars::push_lower(&mut out, &chars, i);
            }
        }
        out
    })
}

fn str_title(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_case(th, a, "title", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, c) in chars.iter().enumerate() {
            if prev_cased {
                strchars::push_lower(&mut out, &chars, i);
            } else {
                strchars::push_title(&mut out, *c);
            }
            prev_cased = strchars::is_cased(*c);
        }
        out
    })
}

fn str_swapcase(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    map_case(th, a, "swapcase", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, c) in chars.iter().enumerate() {
            if c.is_uppercase() {
                strchars::push_lower(&mut out, &chars, i);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(*c);
            }
        }
        out
    })
}

// ---------------------------------------------------------------------------------------------
// Searching

/// The `sub[, start[, end]]` arguments of the search methods, resolved against `s`.
struct Search<'a> {
    s: &'a str,
    sub: &'a Value,
    start: i64,
    end: i64,
}

fn search_args<'a>(th: &mut Thread<'_>, a: &Args<'a>, meth: &str) -> PyResult<Search<'a>> {
    let (s, rest) = this(th, a, meth)?;
    check(a, "str", meth, rest.len(), Arity::Takes(1, 3))?;
    let start = slice_bound(th, rest.get(1), true)?;
    let end = slice_bound(th, rest.get(2), true)?;
    let (start, end) = adjust_indices(start, end, char_len(s));
    Ok(Search {
        s,
        sub: &rest[0],
        start,
        end,
    })
}

impl Search<'_> {
    /// The searched window as text, with its starting code-point index; `None` when empty
    /// and out of range.
    fn window(&self) -> Option<&str> {
        if self.start > self.end {
            return None;
        }
        let (b0, b1) = (
            byte_at(self.s, self.start as usize),
            byte_at(self.s, self.end as usize),
        );
        Some(&self.s[b0..b1])
    }

    fn find(&self, th: &Thread<'_>, from_right: bool) -> PyResult<i64> {
        let sub = str_arg(th, self.sub)?;
        let Some(w) = self.window() else {
            return Ok(-1);
        };
        let hit = if from_right {
            w.rfind(sub)
        } else {
            w.find(sub)
        };
        Ok(match hit {
            Some(b) => self.start + char_len(&w[..b]) as i64,
            None => -1,
        })
    }
}

fn find_like(
    th: &mut Thread<'_>,
    a: Args<'_>,
    meth: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let i = search_args(th, &a, meth)?.find(th, right)?;
    if raise && i < 0 {
        return Err(PyErr::value_error("substring not found"));
    }
    Ok(Value::Int(i))
}

fn str_find(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "find", false, false)
}

fn str_rfind(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "rfind", true, false)
}

fn str_index(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "index", false, true)
}

fn str_rindex(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    find_like(th, a, "rindex", true, true)
}

fn str_count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let q = search_args(th, &a, "count")?;
    let sub = str_arg(th, q.sub)?;
    let n = match q.window() {
        None => 0,
        Some(w) if sub.is_empty() => char_len(w) + 1,
        Some(w) => w.matches(sub).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix_match(th: &mut Thread<'_>, a: Args<'_>, meth: &str, at_end: bool) -> PyResult<Value> {
    let q = search_args(th, &a, meth)?;
    let candidates: Vec<&Value> = match q.sub.kind() {
        Some(Kind::Tuple(t)) => t.iter().collect(),
        Some(Kind::Str(_)) => vec![q.sub],
        _ => {
            return Err(PyErr::type_error(format!(
                "{meth} first arg must be str or a tuple of str, not {}",
                type_name(th, q.sub)
            )));
        }
    };
    for c in candidates {
        let Some(p) = c.as_str() else {
            return Err(PyErr::type_error(format!(
                "tuple for {meth} must only contain str, not {}",
                type_name(th, c)
            )));
        };
        let hit = q.window().is_some_and(|w| {
            if at_end {
                w.ends_with(p)
            } else {
                w.starts_with(p)
            }
        });
        if hit {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn str_startswith(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    affix_match(th, a, "startswith", false)
}

fn str_endswith(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    affix_match(th, a, "endswith", true)
}

fn str_replace(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "replace")?;
    check(&a, "str", "replace", rest.len(), Arity::Expected(2, 3))?;
    let arg = |i: usize| -> PyResult<&str> {
        rest[i].as_str().ok_or_else(|| {
            PyErr::type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                type_name(th, &rest[i])
            ))
        })
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let count = match rest.get(2) {
        Some(v) => index_arg(th, v)?,
        None => -1,
    };
    let n = usize::try_from(count).unwrap_or(usize::MAX);
    if let Some(v) = replace_byte(&a.pos[0], s, old, new, n) {
        return Ok(v);
    }
    match usize::try_from(count) {
        Ok(n) => text(s.replacen(old, new, n)),
        Err(_) => text(s.replace(old, new)),
    }
}

/// `str.replace` of one ASCII character (the common case): found by byte compare, and
/// `self` comes back unchanged (an exact str) when it does not occur, as in CPython.
fn replace_byte(this: &Value, s: &str, old: &str, new: &str, max: usize) -> Option<Value> {
    let &[b] = old.as_bytes() else {
        return None;
    };
    let p = this.as_pystr()?;
    let found = || memchr::memchr_iter(b, s.as_bytes());
    let hits = if max == usize::MAX {
        found().count()
    } else {
        found().take(max).count()
    };
    if hits == 0 && this.plain_str().is_some() {
        return Some(this.clone());
    }
    let mut out = String::with_capacity(s.len() - hits + hits * new.len());
    let mut start = 0;
    for i in found().take(hits) {
        out.push_str(&s[start..i]);
        out.push_str(new);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    let chars = p.char_len() - hits + hits * new.chars().count();
    Some(Value::str_with_char_len(out, chars))
}

fn partition(th: &mut Thread<'_>, a: Args<'_>, meth: &str, right: bool) -> PyResult<Value> {
    let (s, rest) = this(th, &a, meth)?;
    check(&a, "str", meth, rest.len(), Arity::One)?;
    let sep = str_arg(th, &rest[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let hit = if right { s.rfind(sep) } else { s.find(sep) };
    let parts = match hit {
        Some(b) => [&s[..b], sep, &s[b + sep.len()..]],
        None if right => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}

fn str_partition(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    partition(th, a, "partition", false)
}

fn str_rpartition(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    partition(th, a, "rpartition", true)
}

// ---------------------------------------------------------------------------------------------
// Padding

fn pad(th: &mut Thread<'_>, a: Args<'_>, meth: &str, side: Side) -> PyResult<Value> {
    let (s, rest) = this(th, &a, meth)?;
    check(&a, "str", meth, rest.len(), Arity::Expected(1, 2))?;
    let width = index_arg(th, &rest[0])?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(v) => match v.as_pystr() {
            Some(f) if f.char_len() == 1 => f.char_at(0).unwrap_or(' '),
            Some(_) => {
                return Err(PyErr::type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(th, v)
                )));
            }
        },
    };
    let len = char_len(s) as i64;
    if width <= len {
        return text(s.to_string());
    }
    let marg = methods::alloc_guard(width - len)?;
    let left = match side {
        Side::Left => 0,
        Side::Right => marg,
        Side::Both => marg / 2 + (marg & width as usize & 1),
    };
    let fill = fill.to_string();
    text(fill.repeat(left) + s + &fill.repeat(marg - left))
}

fn str_center(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pad(th, a, "center", Side::Both)
}

fn str_ljust(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pad(th, a, "ljust", Side::Left)
}

fn str_rjust(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pad(th, a, "rjust", Side::Right)
}

fn str_zfill(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "zfill")?;
    check(&a, "str", "zfill", rest.len(), Arity::One)?;
    let width = index_arg(th, &rest[0])?;
    let len = char_len(s) as i64;
    if width <= len {
        return text(s.to_string());
    }
    let zeros = "0".repeat(methods::alloc_guard(width - len)?);
    let out = match s.strip_prefix(['+', '-']) {
        Some(body) => format!("{}{zeros}{body}", &s[..1]),
        None => zeros + s,
    };
    text(out)
}

fn str_expandtabs(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "expandtabs")?;
    let b = methods::bind_kw(
        &a,
        rest,
        "str",
        "expandtabs",
        &["tabsize"],
        Arity::Takes(0, 1),
    )?;
    let tab = match b[0] {
        Some(v) => index_arg(th, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' if tab > 0 => {
                let n = tab - col % tab;
                out.extend(std::iter::repeat_n(' ', methods::alloc_guard(n)?));
                col += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    text(out)
}

fn remove_affix(th: &mut Thread<'_>, a: Args<'_>, meth: &str, suffix: bool) -> PyResult<Value> {
    let (s, rest) = this(th, &a, meth)?;
    check(&a, "str", meth, rest.len(), Arity::One)?;
    let Some(p) = rest[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "{meth}() argument must be str, not {}",
            type_name(th, &rest[0])
        )));
    };
    let r = if suffix {
        s.strip_suffix(p)
    } else {
        s.strip_prefix(p)
    };
    text(r.unwrap_or(s).to_string())
}

fn str_removeprefix(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    remove_affix(th, a, "removeprefix", false)
}

fn str_removesuffix(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    remove_affix(th, a, "removesuffix", true)
}

// ---------------------------------------------------------------------------------------------
// format

fn str_format(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "format")?;
    let args = FormatArgs {
        pos: Some(rest),
        kwnames: a.kwnames,
        kwvals: a.kwvals,
        mapping: None,
    };
    text(strformat::format_fields(th, s, args)?)
}

fn str_format_map(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "format_map")?;
    check(&a, "str", "format_map", rest.len(), Arity::One)?;
    let args = FormatArgs {
        pos: None,
        kwnames: &[],
        kwvals: &[],
        mapping: Some(&rest[0]),
    };
    text(strformat::format_fields(th, s, args)?)
}

// ---------------------------------------------------------------------------------------------
// Predicates

fn predicate(th: &mut Thread<'_>, a: Args<'_>, meth: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this_only(th, &a, meth)?;
    Ok(Value::bool(f(s)))
}

/// Non-empty and every character satisfies `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn str_isdigit(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isdigit", |s| all_chars(s, strchars::is_digit))
}

fn str_isdecimal(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isdecimal", |s| all_chars(s, strchars::is_decimal))
}

fn str_isnumeric(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isnumeric", |s| all_chars(s, strchars::is_numeric))
}

fn str_isalpha(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isalpha", |s| all_chars(s, strchars::is_alpha))
}

fn str_isalnum(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isalnum", |s| all_chars(s, strchars::is_alnum))
}

fn str_isspace(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isspace", |s| all_chars(s, strchars::is_space))
}

fn str_isascii(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isascii", str::is_ascii)
}

fn str_isprintable(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isprintable", |s| {
        s.chars().all(strchars::is_printable)
    })
}

fn str_isidentifier(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isidentifier", isles_object::pynum::is_identifier)
}

/// isupper/islower: some cased character, and none of the other case.
fn cased_only(s: &str, wrong: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if wrong(c) || strchars::is_titlecase(c) {
            return false;
        }
        cased |= strchars::is_cased(c);
    }
    cased
}

fn str_isupper(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "isupper", |s| cased_only(s, char::is_lowercase))
}

fn str_islower(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "islower", |s| cased_only(s, char::is_uppercase))
}

fn str_istitle(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    predicate(th, a, "istitle", |s| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() || strchars::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn str_encode(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "encode")?;
    let b = methods::bind_kw(
        &a,
        rest,
        "str",
        "encode",
        &["encoding", "errors"],
        Arity::Takes(0, 2),
    )?;
    let (enc, errors) = crate::codec::names(th, "encode", b[0], b[1])?;
    Ok(Value::bytes(crate::codec::encode(th, s, enc, errors)?))
}

// ---------------------------------------------------------------------------------------------
// maketrans / translate

fn new_dict() -> Value {
    Value::Obj(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(
        Dict::new(),
    )))))
}

/// `str.maketrans(x[, y[, z]])`: a table of code points for `translate`.
fn str_maketrans(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let table = new_dict();
    match a.pos {
        [x] => {
            let Some(Kind::Dict(d)) = x.kind() else {
                return Err(PyErr::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let items = d.borrow().items();
            for (k, v) in items {
                let key = match (&k, k.as_str()) {
                    (_, Some(s)) => {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => Value::Int(c as i64),
                            _ => {
                                return Err(PyErr::value_error(
                                    "string keys in translate table must be of length 1",
                                ));
                            }
                        }
                    }
                    (Value::Int(_) | Value::Bool(_), None) => k.clone(),
                    _ => {
                        return Err(PyErr::type_error(
                            "keys in translate table must be strings or integers",
                        ));
                    }
                };
                ops::setitem(th, &table, &key, v)?;
            }
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            let Some(xs) = x.as_str() else {
                return Err(PyErr::type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            let Some(ys) = y.as_str() else {
                return Err(PyErr::type_error(format!(
                    "maketrans() argument 2 must be str, not {}",
                    type_name(th, y)
                )));
            };
            if xs.chars().count() != ys.chars().count() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (f, t) in xs.chars().zip(ys.chars()) {
                ops::setitem(th, &table, &Value::Int(f as i64), Value::Int(t as i64))?;
            }
            if let Some(z) = rest.first() {
                let Some(zs) = z.as_str() else {
                    return Err(PyErr::type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        type_name(th, z)
                    )));
                };
                for c in zs.chars() {
                    ops::setitem(th, &table, &Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [] => {
            return Err(PyErr::type_error(
                "maketrans expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "maketrans expected at most 3 arguments, got {}",
                a.pos.len()
            )));
        }
    }
    Ok(table)
}

/// `str.translate(table)`: each character looked up by code point in `table`; a missing
/// entry (LookupError) keeps it, None drops it, an int or str replaces it.
fn str_translate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this(th, &a, "translate")?;
    check(&a, "str", "translate", rest.len(), Arity::One)?;
    let table = rest[0].clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match ops::getitem(th, &table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if ops::err_matches(th, &e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None if (0..0x110000).contains(i) => {
                    return Err(PyErr::system_error(
                        "surrogate code points are not supported",
                    ));
                }
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ));
                }
            },
            v => match v.as_str() {
                Some(r) => out.push_str(r),
                None => {
                    return Err(PyErr::type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            },
        }
    }
    text(out)
}
