//! `_re`: the matching core of the bundled `re` module. Python's regex syntax is translated
//! to fancy-regex's (backtracking where needed: backreferences, lookaround, atomic groups),
//! reporting CPython's `re.error` messages for the common syntax errors; spans are returned
//! in characters. Python semantics the translation keeps: `$` matches before a final
//! newline, `\Z` is the very end, `{,n}` and literal braces, VERBOSE whitespace and comments,
//! ASCII classes under `re.ASCII`, DOTALL/MULTILINE per flag.

use std::fmt::Write as _;

use fancy_regex::Regex;
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread};
use isles_object::{BoolWord, Kind, Obj, PyErr, PyResult, Value};

use crate::native_mod;

const I: i64 = 2;
const M: i64 = 8;
const S: i64 = 16;
const X: i64 = 64;
const A: i64 = 256;

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_mod::module(
        th,
        "_re",
        &[
            ("compile", compile),
            ("match", match_at),
            ("all_spans", all_spans),
            ("sub_literal", sub_literal),
            ("info", info),
            ("install", install),
        ],
    ))
}

/// One translation of a pattern and the regexes made from it, each compiled on first use
/// (a compile costs as much as thousands of matches). Matches anchored at a position (match,
/// fullmatch) run these with an anchored input over the whole text, so what precedes the
/// position stays visible to lookbehind, `\b` and `^`.
struct Engine {
    src: String,
    /// `src`: searches and matches.
    search: std::cell::OnceCell<Regex>,
    /// `(?:src)\z`: fullmatch.
    full: std::cell::OnceCell<Regex>,
    /// A match that is not empty, tried where an empty match was refused.
    nonempty: std::cell::OnceCell<Regex>,
}

impl Compiled {
    /// The engine for a subject (the text a match can see) that is ASCII or not.
    fn engine(&self, ascii_subject: bool) -> &Engine {
        match &self.ascii {
            Some(e) if ascii_subject => e,
            _ => &self.unicode,
        }
    }
}

impl Engine {
    fn new(src: String) -> Engine {
        Engine {
            src,
            search: std::cell::OnceCell::new(),
            full: std::cell::OnceCell::new(),
            nonempty: std::cell::OnceCell::new(),
        }
    }

    fn search(&self) -> PyResult<&Regex> {
        variant(&self.search, || self.src.clone())
    }

    fn full(&self) -> PyResult<&Regex> {
        variant(&self.full, || format!("(?:{})\\z", self.src))
    }

    fn nonempty(&self) -> PyResult<&Regex> {
        variant(&self.nonempty, || {
            format!("\\A(?:{})(?<=[\\s\\S])", self.src)
        })
    }
}

/// A compiled pattern: its engines and group table.
struct Compiled {
    unicode: Engine,
    /// The pattern with `\w`, `\d`, `\s`, `\b` and their negations given their ASCII
    /// meanings, used for ASCII subjects (where they mean the same): a Unicode `\w` costs
    /// millions of instructions to compile, its ASCII form almost nothing. None when the
    /// pattern has none of them (or is ASCII already).
    ascii: Option<Engine>,
    /// The attribute names of a `re.Match` (`new_match`), made once per pattern.
    match_keys: std::cell::OnceCell<[Value; 5]>,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: i64,
    /// A bytes pattern (matched as the latin-1 decoding of its subject): the native
    /// `Pattern` methods leave those to the Python code.
    bytes: bool,
    /// The `re.Match` class the native `Pattern` methods make matches of; weak, since a
    /// strong reference from this opaque payload would hide a cycle from the collector
    /// (class -> module -> pattern cache -> pattern -> here).
    match_cls: Option<isles_object::gc::WeakObj>,
}

struct SyntaxError {
    msg: String,
    pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// Python pattern to fancy-regex pattern.
struct Translator {
    p: Vec<char>,
    i: usize,
    out: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<(usize, bool)>,
    /// Open look-behind groups: the depth of `open` they sit at and where their body starts
    /// in `out`.
    lookbehinds: Vec<(usize, usize)>,
    /// Class escapes and `\b` take their ASCII meanings (see [`Compiled::ascii`]).
    force_ascii: bool,
    /// Whether a class escape or `\b` was given its Unicode meaning.
    unicode_classes: bool,
}

fn push_lit(out: &mut String, c: char) {
    if c.is_alphanumeric() || c == '_' {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:x}}}", c as u32);
    }
}

impl Translator {
    fn peek(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & X != 0
    }

    fn ascii(&self) -> bool {
        self.flags & A != 0 || self.force_ascii
    }

    /// A class escape (`\d` ...) as fancy-regex text, honouring re.ASCII.
    fn class_escape(&mut self, c: char, in_class: bool) -> Option<String> {
        let ascii = self.ascii();
        if !ascii && "dwsDWS".contains(c) {
            self.unicode_classes = true;
        }
        // A str pattern's `\s` (without re.ASCII) is `str.isspace`, which also has the
        // separators `\x1c`-`\x1f`: regex's `\s` (White_Space) lacks them, ASCII's too.
        if self.flags & A == 0 && (c == 's' || c == 'S') {
            return Some(
                match (c, ascii, in_class) {
                    ('s', true, true) => " \\t-\\r\\x1c-\\x1f",
                    ('s', true, false) => "[ \\t-\\r\\x1c-\\x1f]",
                    ('s', false, true) => "\\s\\x1c-\\x1f",
                    ('s', false, false) => "[\\s\\x1c-\\x1f]",
                    (_, true, true) => "\\x00-\\x08\\x0e-\\x1b!-\\x{10ffff}",
                    (_, true, false) => "[^ \\t-\\r\\x1c-\\x1f]",
                    (_, false, true) => "[\\S--\\x1c-\\x1f]",
                    (_, false, false) => "[^\\s\\x1c-\\x1f]",
                }
                .to_string(),
            );
        }
        // A str pattern's `\w` is `str.isalnum()` or `_`: letters and numbers (`½`, `²`, `Ⅻ`),
        // not the marks and connectors regex's Unicode `\w` adds.
        if !ascii && (c == 'w' || c == 'W') {
            return Some(
                match (c, in_class) {
                    ('w', true) => "\\p{L}\\p{N}_",
                    ('w', false) => "[\\p{L}\\p{N}_]",
                    // `\W` is a negated class inside a class too.
                    _ => "[^\\p{L}\\p{N}_]",
                }
                .to_string(),
            );
        }
        let s = match c {
            'd' if ascii => "0-9",
            'w' if ascii => "a-zA-Z0-9_",
            's' if ascii => " \\t\\n\\r\\x0c\\x0b",
            'd' => "\\d",
            'w' => "\\w",
            's' => "\\s",
            'D' if ascii => {
                return Some(if in_class {
                    "\\x00-/:-\\x{10ffff}".into()
                } else {
                    "[^0-9]".into()
                });
            }
            'W' if ascii => {
                return Some(if in_class {
                    "\\x00-/:-@\\[-\\^`\\{-\\x{10ffff}".into()
                } else {
                    "[^a-zA-Z0-9_]".into()
                });
            }
            'S' if ascii => {
                return Some(if in_class {
                    "\\x00-\\x08\\x0e-\\x1f!-\\x{10ffff}".into()
                } else {
                    "[^ \\t\\n\\r\\x0c\\x0b]".into()
                });
            }
            'D' => "\\D",
            'W' => "\\W",
            'S' => "\\S",
            _ => return None,
        };
        // ASCII ranges need brackets outside a class; escapes stand alone.
        Some(if in_class || s.starts_with('\\') {
            s.to_string()
        } else {
            format!("[{s}]")
        })
    }

    /// Escapes that stand for one character: `\n`, `\x41`, `\u00e9`, `\101`, `\.`.
    fn char_escape(
        &mut self,
        c: char,
        start: usize,
        in_class: bool,
    ) -> Result<Option<char>, SyntaxError> {
        let hex = |t: &mut Self, n: usize| -> Result<char, SyntaxError> {
            let digits: String = t.p[t.i..].iter().take(n).collect();
            if digits.len() < n || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
                let shown: String = t.p[start
                    ..(t.i + digits.chars().take_while(|d| d.is_ascii_hexdigit()).count())
                        .min(t.p.len())]
                    .iter()
                    .collect();
                return err(format!("incomplete escape {shown}"), start);
            }
            t.i += n;
            let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
            char::from_u32(v).map_or_else(
                || {
                    err(
                        format!("bad escape {}", t.p[start..t.i].iter().collect::<String>()),
                        start,
                    )
                },
                Ok,
            )
        };
        Ok(Some(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'b' if in_class => '\x08',
            'x' => hex(self, 2)?,
            'u' => hex(self, 4)?,
            'U' => hex(self, 8)?,
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && matches!(self.peek(0), Some('0'..='7')) {
                    v = v * 8 + self.peek(0).and_then(|d| d.to_digit(8)).unwrap_or(0);
                    self.i += 1;
                    n += 1;
                }
                char::from_u32(v).unwrap_or('\0')
            }
            '1'..='9' if in_class => {
                let mut v = c.to_digit(8).unwrap_or(0);
                if c > '7' {
                    return err(format!("bad escape \\{c}"), start);
                }
                let mut n = 1;
                while n < 3 && matches!(self.peek(0), Some('0'..='7')) {
                    v = v * 8 + self.peek(0).and_then(|d| d.to_digit(8)).unwrap_or(0);
                    self.i += 1;
                    n += 1;
                }
                char::from_u32(v).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), start),
            c => c,
        }))
    }

    fn class(&mut self) -> Result<(), SyntaxError> {
        let start = self.i - 1;
        let mut out = String::from("[");
        if self.peek(0) == Some('^') {
            out.push('^');
            self.i += 1;
        }
        let mut first = true;
        let mut prev: Option<char> = None;
        loop {
            let Some(c) = self.peek(0) else {
                return err("unterminated character set", start);
            };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let escaped = c == '\\';
            let lit = if escaped {
                let Some(e) = self.peek(0) else {
                    return err("bad escape (end of pattern)", self.i - 1);
                };
                self.i += 1;
                if let Some(cls) = self.class_escape(e, true) {
                    out.push_str(&cls);
                    prev = None;
                    continue;
                }
                match self.char_escape(e, self.i - 2, true)? {
                    Some(ch) => ch,
                    None => continue,
                }
            } else {
                c
            };
            if lit == '-' && !escaped && prev.is_some() && self.peek(0).is_some_and(|n| n != ']') {
                // A range: the next item is its upper end.
                let lo = prev.unwrap_or('\0');
                let range_start = self.i - 2;
                let hi = match self.peek(0) {
                    Some('\\') => {
                        self.i += 1;
                        let e = self.peek(0).unwrap_or('\\');
                        self.i += 1;
                        if self.class_escape(e, true).is_some() {
                            return err(format!("bad character range {lo}-\\{e}"), range_start);
                        }
                        self.char_escape(e, self.i - 2, true)?.unwrap_or(e)
                    }
                    Some(h) => {
                        self.i += 1;
                        h
                    }
                    None => return err("unterminated character set", start),
                };
                if hi < lo {
                    return err(format!("bad character range {lo}-{hi}"), range_start);
                }
                out.push('-');
                push_lit(&mut out, hi);
                prev = None;
                continue;
            }
            push_lit(&mut out, lit);
            prev = Some(lit);
        }
        out.push(']');
        if out == "[]" {
            out = "[^\\x{0}-\\x{10ffff}]".into();
        } else if out == "[^]" {
            out = "[\\x{0}-\\x{10ffff}]".into();
        }
        self.out.push_str(&out);
        Ok(())
    }

    fn name(&mut self, end: char, start: usize) -> Result<String, SyntaxError> {
        let mut name = String::new();
        loop {
            match self.peek(0) {
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
                None => return err(format!("missing {end}, unterminated name"), start),
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        let ok = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ok {
            return err(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    /// What follows `(`.
    fn group(&mut self) -> Result<(), SyntaxError> {
        let start = self.i - 1;
        if self.peek(0) != Some('?') {
            self.groups += 1;
            self.open.push((start, self.verbose()));
            self.out.push('(');
            return Ok(());
        }
        self.i += 1;
        let c = self.peek(0);
        self.i += 1;
        match c {
            Some(':') => self.out.push_str("(?:"),
            Some('=') => self.out.push_str("(?="),
            Some('!') => self.out.push_str("(?!"),
            Some('>') => self.out.push_str("(?>"),
            Some('#') => {
                while let Some(ch) = self.peek(0) {
                    self.i += 1;
                    if ch == ')' {
                        return Ok(());
                    }
                }
                return err("missing ), unterminated comment", start);
            }
            Some('<') => match self.peek(0) {
                Some('=') => {
                    self.i += 1;
                    self.out.push_str("(?<=");
                    self.lookbehinds.push((self.open.len(), self.out.len()));
                }
                Some('!') => {
                    self.i += 1;
                    self.out.push_str("(?<!");
                    self.lookbehinds.push((self.open.len(), self.out.len()));
                }
                _ => {
                    let bad: String = self.p[start + 1..(self.i + 1).min(self.p.len())]
                        .iter()
                        .collect();
                    return err(format!("unknown extension {bad}"), start + 1);
                }
            },
            Some('P') => match self.peek(0) {
                Some('<') => {
                    self.i += 1;
                    let name = self.name('>', self.i)?;
                    if self.names.iter().any(|(n, _)| *n == name) {
                        return err(
                            format!(
                                "redefinition of group name '{name}' as group {}; was group {}",
                                self.groups + 1,
                                self.names
                                    .iter()
                                    .find(|(n, _)| *n == name)
                                    .map_or(0, |x| x.1)
                            ),
                            start + 4,
                        );
                    }
                    self.groups += 1;
                    self.names.push((name.clone(), self.groups));
                    let _ = write!(self.out, "(?P<{name}>");
                }
                Some('=') => {
                    self.i += 1;
                    let at = self.i;
                    let name = self.name(')', at)?;
                    let Some(&(_, idx)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return err(format!("unknown group name '{name}'"), at);
                    };
                    let _ = write!(self.out, "\\{idx}");
                    return Ok(());
                }
                _ => {
                    let bad: String = self.p[start + 1..(self.i + 1).min(self.p.len())]
                        .iter()
                        .collect();
                    return err(format!("unknown extension {bad}"), start + 1);
                }
            },
            Some('(') => {
                let at = self.i;
                let name = self.name(')', at)?;
                let idx = match name.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => match self.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, idx)) => idx,
                        None => return err(format!("unknown group name '{name}'"), at),
                    },
                };
                let _ = write!(self.out, "(?({idx})");
            }
            Some(f) if "aiLmsux-".contains(f) => {
                self.i -= 1;
                let mut on = 0i64;
                let mut off = 0i64;
                let mut neg = false;
                loop {
                    let Some(ch) = self.peek(0) else {
                        return err("missing -, : or )", self.i);
                    };
                    self.i += 1;
                    let bit = match ch {
                        'a' => A,
                        'i' => I,
                        'L' => 4,
                        'm' => M,
                        's' => S,
                        'u' => 32,
                        'x' => X,
                        '-' => {
                            neg = true;
                            continue;
                        }
                        ':' => {
                            // Scoped flags: fancy-regex takes i/m/s; verbose is ours.
                            self.open.push((start, self.verbose()));
                            let set = |bits: i64| {
                                let mut s = String::new();
                                for (b, ch) in [(I, 'i'), (M, 'm'), (S, 's')] {
                                    if bits & b != 0 {
                                        s.push(ch);
                                    }
                                }
                                s
                            };
                            let (a, b) = (set(on), set(off));
                            if (on | off) & X != 0 {
                                self.flags = (self.flags | (on & X)) & !(off & X);
                            }
                            if a.is_empty() && b.is_empty() {
                                self.out.push_str("(?:");
                            } else if b.is_empty() {
                                let _ = write!(self.out, "(?{a}:");
                            } else {
                                let _ = write!(self.out, "(?{a}-{b}:");
                            }
                            self.flags =
                                (self.flags | (on & (I | M | S | A))) & !(off & (I | M | S | A));
                            return Ok(());
                        }
                        ')' => {
                            if neg {
                                return err("missing :", self.i - 1);
                            }
                            if start != 0 && on & !X != 0 {
                                return err(
                                    "global flags not at the start of the expression",
                                    start,
                                );
                            }
                            self.flags |= on;
                            return Ok(());
                        }
                        _ => return err("unknown flag", self.i - 1),
                    };
                    if neg {
                        off |= bit;
                    } else {
                        on |= bit;
                    }
                }
            }
            None => return err("unexpected end of pattern", self.i - 1),
            Some(other) => {
                return err(format!("unknown extension ?{other}"), start + 1);
            }
        }
        self.open.push((start, self.verbose()));
        Ok(())
    }

    /// A `{...}` quantifier if the text at `i` is one; else None (the brace is literal).
    fn braces(&self) -> Option<(String, usize)> {
        let mut j = self.i;
        let mut body = String::new();
        while let Some(&c) = self.p.get(j) {
            j += 1;
            if c == '}' {
                let (lo, hi) = match body.split_once(',') {
                    Some((lo, hi)) => (lo, Some(hi)),
                    None => (body.as_str(), None),
                };
                let num = |s: &str| s.is_empty() || s.chars().all(|c| c.is_ascii_digit());
                if !num(lo) || !hi.is_none_or(num) || (lo.is_empty() && hi.is_none()) {
                    return None;
                }
                let lo = if lo.is_empty() { "0" } else { lo };
                let text = match hi {
                    None => format!("{{{lo}}}"),
                    Some(h) => format!("{{{lo},{h}}}"),
                };
                return Some((text, j));
            }
            body.push(c);
        }
        None
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        // Whether the previous item can take a quantifier, and whether it already has one.
        let mut repeatable = false;
        let mut quantified = false;
        while let Some(c) = self.peek(0) {
            let at = self.i;
            self.i += 1;
            if self.verbose() {
                if c.is_whitespace() {
                    continue;
                }
                if c == '#' {
                    while let Some(ch) = self.peek(0) {
                        self.i += 1;
                        if ch == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let quant = match c {
                '*' | '+' | '?' => Some(c.to_string()),
                '{' => match self.braces() {
                    Some((text, end)) => {
                        let bounds = text.trim_matches(|c| c == '{' || c == '}');
                        if let Some((lo, hi)) = bounds.split_once(',')
                            && let (Ok(lo), Ok(hi)) = (lo.parse::<u64>(), hi.parse::<u64>())
                            && lo > hi
                        {
                            return err("min repeat greater than max repeat", at + 1);
                        }
                        self.i = end;
                        Some(text)
                    }
                    None => None,
                },
                _ => None,
            };
            if let Some(q) = quant {
                if quantified {
                    return err("multiple repeat", at);
                }
                if !repeatable {
                    return err("nothing to repeat", at);
                }
                self.out.push_str(&q);
                if let Some(m @ ('?' | '+')) = self.peek(0) {
                    self.i += 1;
                    self.out.push(m);
                }
                quantified = true;
                continue;
            }
            quantified = false;
            repeatable = true;
            match c {
                '\\' => {
                    let Some(e) = self.peek(0) else {
                        return err("bad escape (end of pattern)", at);
                    };
                    self.i += 1;
                    if let Some(cls) = self.class_escape(e, false) {
                        self.out.push_str(&cls);
                        continue;
                    }
                    match e {
                        'A' => {
                            self.out.push_str("\\A");
                            repeatable = false;
                        }
                        'Z' => {
                            self.out.push_str("\\z");
                            repeatable = false;
                        }
                        'b' | 'B' if self.flags & A != 0 => {
                            // fancy-regex refuses `(?-u:\b)`: the boundary between an ASCII
                            // word character and anything else, by lookaround.
                            self.out.push_str(if e == 'b' {
                                "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))"
                            } else {
                                "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))"
                            });
                            repeatable = false;
                        }
                        'b' | 'B' => {
                            // Unicode `\b` is cheap to compile, and on an ASCII subject means
                            // what the ASCII one does: the ASCII engine keeps it.
                            let _ = write!(self.out, "\\{e}");
                            repeatable = false;
                        }
                        '1'..='7'
                            if matches!(self.peek(0), Some('0'..='7'))
                                && matches!(self.peek(1), Some('0'..='7')) =>
                        {
                            let digits: String =
                                [e, self.p[self.i], self.p[self.i + 1]].iter().collect();
                            let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                            if v > 0o377 {
                                return err(
                                    format!(
                                        "octal escape value \\{digits} outside of range 0-0o377"
                                    ),
                                    at,
                                );
                            }
                            self.i += 2;
                            push_lit(&mut self.out, char::from_u32(v).unwrap_or('\0'));
                        }
                        '1'..='9' => {
                            let mut n = e.to_digit(10).unwrap_or(0) as usize;
                            if let Some(d) = self.peek(0).and_then(|d| d.to_digit(10)) {
                                n = n * 10 + d as usize;
                                self.i += 1;
                            }
                            if n > self.groups {
                                return err(format!("invalid group reference {n}"), at + 1);
                            }
                            let _ = write!(self.out, "\\{n}");
                        }
                        _ => {
                            if let Some(ch) = self.char_escape(e, at, false)? {
                                push_lit(&mut self.out, ch);
                            }
                        }
                    }
                }
                '[' => self.class()?,
                '(' => {
                    self.group()?;
                    repeatable = false;
                }
                ')' => {
                    let Some((_, verbose)) = self.open.pop() else {
                        return err("unbalanced parenthesis", at);
                    };
                    self.flags = if verbose {
                        self.flags | X
                    } else {
                        self.flags & !X
                    };
                    if let Some(&(depth, body)) = self.lookbehinds.last()
                        && depth == self.open.len()
                    {
                        self.lookbehinds.pop();
                        check_fixed_width(&self.out[body..])?;
                    }
                    self.out.push(')');
                }
                '|' => {
                    self.out.push('|');
                    repeatable = false;
                }
                '.' => self.out.push_str(if self.flags & S != 0 {
                    "(?s:.)"
                } else {
                    "[^\\n]"
                }),
                '^' => {
                    self.out
                        .push_str(if self.flags & M != 0 { "(?m:^)" } else { "\\A" });
                    repeatable = false;
                }
                '$' => {
                    self.out.push_str(if self.flags & M != 0 {
                        "(?m:$)"
                    } else {
                        "(?=\\n?\\z)"
                    });
                    repeatable = false;
                }
                c => push_lit(&mut self.out, c),
            }
        }
        if let Some(&(pos, _)) = self.open.last() {
            return err("missing ), unterminated subpattern", pos);
        }
        Ok(())
    }
}

fn translate(
    pattern: &str,
    flags: i64,
    force_ascii: bool,
) -> Result<(String, Translator), SyntaxError> {
    let mut t = Translator {
        force_ascii,
        unicode_classes: false,
        p: pattern.chars().collect(),
        i: 0,
        out: String::new(),
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        lookbehinds: Vec::new(),
    };
    t.run()?;
    let mut prefix = String::new();
    if t.flags & I != 0 {
        prefix.push_str("(?i)");
    }
    let body = std::mem::take(&mut t.out);
    Ok((format!("{prefix}{body}"), t))
}

/// CPython accepts only look-behinds whose alternatives all match the same number of
/// characters; fancy-regex would take any. Bodies regex-syntax cannot parse (backreferences,
/// nested look-arounds) are left to fancy-regex.
fn check_fixed_width(body: &str) -> Result<(), SyntaxError> {
    use regex_syntax::hir::{Hir, HirKind};
    fn width(h: &Hir) -> Option<(usize, Option<usize>)> {
        Some(match h.kind() {
            HirKind::Empty | HirKind::Look(_) => (0, Some(0)),
            HirKind::Literal(l) => {
                let n = std::str::from_utf8(&l.0).map_or(l.0.len(), |s| s.chars().count());
                (n, Some(n))
            }
            HirKind::Class(_) => (1, Some(1)),
            HirKind::Repetition(r) => {
                let (lo, hi) = width(&r.sub)?;
                let lo = lo.checked_mul(r.min as usize)?;
                let hi = match (hi, r.max) {
                    (Some(h), Some(m)) => h.checked_mul(m as usize),
                    (Some(0), None) => Some(0),
                    _ => None,
                };
                (lo, hi)
            }
            HirKind::Capture(c) => width(&c.sub)?,
            HirKind::Concat(v) => {
                let mut lo = 0usize;
                let mut hi = Some(0usize);
                for x in v {
                    let (l, h) = width(x)?;
                    lo = lo.checked_add(l)?;
                    hi = hi.zip(h).and_then(|(a, b)| a.checked_add(b));
                }
                (lo, hi)
            }
            HirKind::Alternation(v) => {
                let mut it = v.iter().map(width);
                let first = it.next()??;
                let mut acc = first;
                for w in it {
                    let (l, h) = w?;
                    acc.0 = acc.0.min(l);
                    acc.1 = acc.1.zip(h).map(|(a, b)| a.max(b));
                }
                acc
            }
        })
    }
    let Ok(hir) = regex_syntax::Parser::new().parse(body) else {
        return Ok(());
    };
    match width(&hir) {
        Some((lo, Some(hi))) if lo == hi => Ok(()),
        _ => Err(SyntaxError {
            msg: "look-behind requires fixed-width pattern".to_string(),
            pos: None,
        }),
    }
}

fn compile_regex(src: &str) -> Result<Regex, SyntaxError> {
    fancy_regex::RegexBuilder::new(src)
        .backtrack_limit(10_000_000)
        .build()
        .map_err(|e| {
            let msg = e.to_string();
            let lookbehind = msg.contains("ook-behind") || msg.contains("ookbehind");
            SyntaxError {
                msg: if lookbehind {
                    "look-behind requires fixed-width pattern".to_string()
                } else {
                    msg
                },
                pos: None,
            }
        })
}

fn compile_all(
    pattern: &str,
    flags: i64,
    bytes: bool,
    match_cls: Option<isles_object::gc::WeakObj>,
) -> Result<Compiled, SyntaxError> {
    let (src, t) = translate(pattern, flags, false)?;
    let unicode = Engine::new(src);
    // One engine is compiled now, so that errors are raised by compile(): the ASCII one when
    // there is one, the Unicode one is then compiled for the first non-ASCII subject.
    let ascii = if t.unicode_classes {
        let (src, _) = translate(pattern, flags, true)?;
        Some(Engine::new(src))
    } else {
        None
    };
    let first = ascii.as_ref().unwrap_or(&unicode);
    let re = compile_regex(&first.src)?;
    let _ = first.search.set(re);
    Ok(Compiled {
        unicode,
        ascii,
        match_keys: std::cell::OnceCell::new(),
        groups: t.groups,
        names: t.names,
        flags: t.flags,
        bytes,
        match_cls,
    })
}

/// `compile(pattern, flags, error_cls[, is_bytes, match_cls])`: a compiled handle, or
/// `error_cls(msg, pattern, pos)` raised.
fn compile(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("compile", 3, 5)?;
    let Some(pattern) = a.pos[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "first argument must be string or compiled pattern, not {}",
            type_name(th, &a.pos[0])
        )));
    };
    let flags = ops::index_value(&a.pos[1]).unwrap_or(0);
    let bytes = a
        .pos
        .get(3)
        .is_some_and(|b| matches!(b, Value::Bool(BoolWord::TRUE)));
    let match_cls = a
        .pos
        .get(4)
        .and_then(Value::as_obj)
        .filter(|c| c.as_type().is_some())
        .map(Obj::downgrade);
    match compile_all(pattern, flags, bytes, match_cls) {
        Ok(c) => Ok(Value::Obj(Obj::new(Kind::Other(Box::new(c))))),
        Err(e) => {
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            let exc = th.call(
                &a.pos[2],
                Args::positional(&[Value::str(e.msg), a.pos[0].clone(), pos]),
            )?;
            match exc {
                Value::Obj(o) => Err(PyErr::from_obj(o)),
                _ => Err(PyErr::value_error("bad pattern")),
            }
        }
    }
}

fn compiled(v: &Value) -> PyResult<&Compiled> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<Compiled>()
            .ok_or_else(|| PyErr::type_error("expected a compiled pattern")),
        _ => Err(PyErr::type_error("expected a compiled pattern")),
    }
}

/// `info(handle)`: `(groups, {name: index}, flags)`.
fn info(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("info", 1, 1)?;
    let c = compiled(&a.pos[0])?;
    let d = Value::Obj(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(
        isles_object::Dict::new(),
    )))));
    let names = c.names.clone();
    let (groups, flags) = (c.groups, c.flags);
    for (n, i) in names {
        ops::dict_set(th, &d, Value::str(n), Value::Int(i as i64))?;
    }
    Ok(Value::tuple(vec![
        Value::Int(groups as i64),
        d,
        Value::Int(flags),
    ]))
}

/// Byte offsets of each character (plus the end), so spans can be given in characters.
struct Offsets {
    ascii: bool,
    bytes: Vec<usize>,
}

impl Offsets {
    fn new(s: &str) -> Offsets {
        if s.is_ascii() {
            return Offsets {
                ascii: true,
                bytes: Vec::new(),
            };
        }
        let mut bytes: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        bytes.push(s.len());
        Offsets {
            ascii: false,
            bytes,
        }
    }

    fn len(&self, s: &str) -> usize {
        if self.ascii {
            s.len()
        } else {
            self.bytes.len() - 1
        }
    }

    fn to_byte(&self, ch: usize) -> usize {
        if self.ascii { ch } else { self.bytes[ch] }
    }

    fn to_char(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.bytes.partition_point(|&x| x < b)
        }
    }
}

/// A position argument clamped to `0..=len`, as sre adjusts `pos` and `endpos`.
fn clamp(i: i64, len: usize) -> usize {
    if i < 0 { 0 } else { (i as usize).min(len) }
}

fn run_err(e: fancy_regex::Error) -> PyErr {
    PyErr::new(
        isles_object::ExcKind::RuntimeError,
        format!("regular expression could not be matched: {e}"),
    )
}

/// Spans of one match as a flat tuple `(s0, e0, s1, e1, ...)`, -1 for groups that did not
/// take part. `shift` is added to every position (a match on a slice).
fn spans(
    caps: &fancy_regex::Captures<'_, str>,
    groups: usize,
    off: &Offsets,
    shift: usize,
) -> Value {
    let mut out = Vec::with_capacity(2 * (groups + 1));
    for g in 0..=groups {
        match caps.get(g) {
            Some(m) => {
                out.push(Value::Int((off.to_char(m.start() + shift)) as i64));
                out.push(Value::Int((off.to_char(m.end() + shift)) as i64));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(out)
}

/// The subject argument of the `_re` functions: a str (bytes subjects arrive decoded).
fn str_arg<'a>(th: &Thread<'_>, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name(th, v)
        ))
    })
}

/// The arguments `(handle, string, pos, endpos, ...)` of `match`, `all_spans` and `findall`.
fn subject<'a>(
    th: &Thread<'_>,
    a: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Compiled, &'a str, i64, i64)> {
    a.check_count(name, 5, 5)?;
    let c = compiled(&a.pos[0])?;
    let s = str_arg(th, &a.pos[1])?;
    let at = |i: usize| ops::index_value(&a.pos[i]).unwrap_or(0);
    Ok((c, s, at(2), at(3)))
}

/// `match(handle, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch. The span
/// tuple, or None.
fn match_at(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (c, s, pos, endpos) = subject(th, &a, "match")?;
    let mode = ops::index_value(&a.pos[4]).unwrap_or(0);
    Ok(match_str(c, s, pos, endpos, mode)?.0)
}

/// A `re.Match` with the attributes `Match.__init__` sets, made without running Python code
/// (its class has no `__init__` work left that a match needs).
#[allow(clippy::too_many_arguments)]
fn new_match(
    th: &mut Thread<'_>,
    c: &Compiled,
    cls: &Value,
    pattern: &Value,
    subject: &Value,
    pos: usize,
    endpos: usize,
    spans: Value,
) -> PyResult<Value> {
    let Some(cls) = cls.as_obj().filter(|c| c.as_type().is_some()) else {
        return Err(PyErr::type_error("match: expected a class"));
    };
    let m = isles_ceval::gc::new_instance(th, cls);
    let Some(d) = m.as_obj().and_then(|o| o.instance()).and_then(|i| i.dict()) else {
        return Err(PyErr::system_error("match: instance without a dict"));
    };
    // The order `match_parts` looks for them in first.
    let keys = c
        .match_keys
        .get_or_init(|| ["re", "string", "pos", "endpos", "_spans"].map(|k| th.intern(k)));
    let vals = [
        pattern.clone(),
        subject.clone(),
        Value::Int(pos as i64),
        Value::Int(endpos as i64),
        spans,
    ];
    let mut d = d.borrow_mut();
    // The fresh dict is empty: each key is appended without a search, into room made once.
    let fresh = d.is_empty();
    if fresh {
        d.reserve(keys.len());
    }
    for (k, v) in keys.iter().zip(vals) {
        match k.as_pystr() {
            Some(s) if fresh => d.push_new(s.hash(), k.clone(), v),
            _ => {
                d.set_str_value(k, v);
            }
        }
    }
    drop(d);
    Ok(m)
}

/// The match of `c` on `s` in `mode` (0 search, 1 match, 2 fullmatch) between the
/// character positions `pos` and `endpos`: its span tuple or None, with the positions
/// clamped to the string.
fn match_str(
    c: &Compiled,
    s: &str,
    pos: i64,
    endpos: i64,
    mode: i64,
) -> PyResult<(Value, usize, usize)> {
    let off = Offsets::new(s);
    let n = off.len(s);
    let (pos, endpos) = (clamp(pos, n), clamp(endpos, n));
    if pos > endpos {
        return Ok((Value::None, pos, endpos));
    }
    let hay = &s[..off.to_byte(endpos)];
    let bpos = off.to_byte(pos);
    let e = c.engine(off.ascii || hay.is_ascii());
    let input = fancy_regex::RegexInput::new(hay).from_pos(bpos);
    let caps = match mode {
        0 => e.search()?.captures_input(input),
        1 => e.search()?.captures_input(input.anchored(true)),
        _ => e.full()?.captures_input(input.anchored(true)),
    };
    match caps.map_err(run_err)? {
        Some(caps) => Ok((spans(&caps, c.groups, &off, 0), pos, endpos)),
        None => Ok((Value::None, pos, endpos)),
    }
}

/// A lazily compiled variant of a pattern.
fn variant(cell: &std::cell::OnceCell<Regex>, src: impl FnOnce() -> String) -> PyResult<&Regex> {
    if let Some(r) = cell.get() {
        return Ok(r);
    }
    let r = compile_regex(&src()).map_err(|e| PyErr::system_error(e.msg))?;
    Ok(cell.get_or_init(|| r))
}

/// Successive non-overlapping matches of `c` in `hay` from byte `pos` (all of them when
/// `count` is 0, at most `count` when it is positive, none when it is negative, as sre's
/// `while (!count || n < count)`), with Python 3.7's rule for empty matches: one may not start where the
/// previous empty match was. `each` gets each match's captures and the byte offset they are
/// relative to.
fn each_match(
    c: &Compiled,
    hay: &str,
    mut pos: usize,
    count: i64,
    mut each: impl FnMut(&fancy_regex::Captures<'_, str>, usize) -> PyResult<()>,
) -> PyResult<()> {
    let mut found = 0i64;
    let mut last_empty_at: Option<usize> = None;
    let e = c.engine(hay.is_ascii());
    while pos <= hay.len() {
        if count != 0 && found >= count {
            break;
        }
        let Some(caps) = e.search()?.captures_from_pos(hay, pos).map_err(run_err)? else {
            break;
        };
        let Some(m) = caps.get(0) else { break };
        if m.start() == m.end() && last_empty_at == Some(m.start()) {
            // Not allowed: a non-empty match may still start here (as sre retries);
            // otherwise move one character on and search again.
            let at = m.start();
            let ne = e.nonempty()?;
            if let Some(caps) = ne.captures(&hay[at..]).map_err(run_err)?
                && let Some(m2) = caps.get(0)
            {
                each(&caps, at)?;
                found += 1;
                last_empty_at = None;
                pos = at + m2.end();
                continue;
            }
            let Some(ch) = hay[m.start()..].chars().next() else {
                break;
            };
            pos = m.start() + ch.len_utf8();
            last_empty_at = None;
            continue;
        }
        each(&caps, 0)?;
        found += 1;
        last_empty_at = (m.start() == m.end()).then_some(m.end());
        pos = m.end();
    }
    Ok(())
}

/// The byte window `pos..endpos` (character positions, clamped) of `s`, with the offsets
/// that turn byte positions back into characters.
fn window(s: &str, pos: i64, endpos: i64) -> (Offsets, usize, usize) {
    let off = Offsets::new(s);
    let n = off.len(s);
    let (pos, endpos) = (clamp(pos, n), clamp(endpos, n));
    let (bpos, bend) = (off.to_byte(pos.min(endpos)), off.to_byte(endpos));
    (off, bpos, bend)
}

/// `all_spans(handle, string, pos, endpos, count)`: the span tuples of successive
/// non-overlapping matches (see [`each_match`]).
fn all_spans(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (c, s, pos, endpos) = subject(th, &a, "all_spans")?;
    let count = ops::index_value(&a.pos[4]).unwrap_or(0);
    let (off, pos, end) = window(s, pos, endpos);
    let mut out = Vec::new();
    each_match(c, &s[..end], pos, count, |caps, shift| {
        out.push(spans(caps, c.groups, &off, shift));
        Ok(())
    })?;
    Ok(Value::list(out))
}

/// Group `g` of a match as a str (`default` when it did not take part).
fn group_str(
    caps: &fancy_regex::Captures<'_, str>,
    g: usize,
    hay: &str,
    shift: usize,
    default: &Value,
) -> Value {
    match caps.get(g) {
        Some(m) => Value::str(&hay[m.start() + shift..m.end() + shift]),
        None => default.clone(),
    }
}

/// `Pattern.findall` of a str subject, `pos` and `endpos` in characters.
fn findall_str(c: &Compiled, s: &str, pos: i64, endpos: i64) -> PyResult<Value> {
    let (_, pos, end) = window(s, pos, endpos);
    let hay = &s[..end];
    let empty = Value::str("");
    let mut out = Vec::new();
    each_match(c, hay, pos, 0, |caps, shift| {
        out.push(match c.groups {
            0 => group_str(caps, 0, hay, shift, &empty),
            1 => group_str(caps, 1, hay, shift, &empty),
            g => Value::tuple(
                (1..=g)
                    .map(|i| group_str(caps, i, hay, shift, &empty))
                    .collect(),
            ),
        });
        Ok(())
    })?;
    Ok(Value::list(out))
}

/// `Pattern.split` of a str subject.
fn split_str(c: &Compiled, hay: &str, maxsplit: i64) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut last = 0;
    each_match(c, hay, 0, maxsplit, |caps, shift| {
        let Some(m) = caps.get(0) else {
            return Ok(());
        };
        out.push(Value::str(&hay[last..m.start() + shift]));
        for g in 1..=c.groups {
            out.push(group_str(caps, g, hay, shift, &Value::None));
        }
        last = m.end() + shift;
        Ok(())
    })?;
    out.push(Value::str(&hay[last..]));
    Ok(Value::list(out))
}

/// `Pattern.subn` of the str `subject` with a replacement without escapes: the new string
/// (`subject` itself when nothing was replaced) and the number of replacements.
fn sub_literal_str(
    c: &Compiled,
    subject: &Value,
    repl: &str,
    count: i64,
) -> PyResult<(Value, i64)> {
    let hay = subject.as_str().unwrap_or("");
    let mut out = String::with_capacity(hay.len());
    let mut last = 0;
    let mut n = 0i64;
    each_match(c, hay, 0, count, |caps, shift| {
        let Some(m) = caps.get(0) else {
            return Ok(());
        };
        let start = m.start() + shift;
        if last < start {
            out.push_str(&hay[last..start]);
        }
        out.push_str(repl);
        last = m.end() + shift;
        n += 1;
        Ok(())
    })?;
    if n == 0 {
        return Ok((subject.clone(), 0));
    }
    out.push_str(&hay[last..]);
    Ok((Value::str(out), n))
}

/// `sub_literal(handle, string, repl, count)`: [`sub_literal_str`] as a tuple.
fn sub_literal(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("sub_literal", 4, 4)?;
    let c = compiled(&a.pos[0])?;
    str_arg(th, &a.pos[1])?;
    let repl = str_arg(th, &a.pos[2])?;
    let count = ops::index_value(&a.pos[3]).unwrap_or(0);
    let (r, n) = sub_literal_str(c, &a.pos[1], repl, count)?;
    Ok(Value::tuple(vec![r, Value::Int(n)]))
}

// ---------------------------------------------------------------------------------------------
// Native methods of `re.Match`: `group`, `start`, `end`, `span` read the span tuple a match
// keeps (`_spans`) without running Python code, as sre's C methods do.

const MATCH_OWNER: &str = "re.Match";

const MATCH_METHODS: &[(&str, isles_ceval::NativeFn)] = &[
    ("group", match_group),
    ("start", match_start),
    ("end", match_end),
    ("span", match_span),
];

/// `install(Match, Pattern)`: puts the native methods on the `re.Match` and `re.Pattern`
/// classes.
fn install(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("install", 2, 2)?;
    for (cls, owner, table) in [
        (&a.pos[0], MATCH_OWNER, MATCH_METHODS),
        (&a.pos[1], PATTERN_OWNER, PATTERN_METHODS),
    ] {
        for &(name, f) in table {
            let m = crate::methods::native_method(owner, name, f);
            ops::setattr(th, cls, &Value::str(name), m)?;
        }
    }
    Ok(Value::None)
}

/// The attribute names a match method reads, with their str hashes (computed at compile time).
const fn key(name: &'static str) -> (&'static str, i64) {
    (name, isles_object::hash::hash_bytes(name.as_bytes()))
}
const SPANS: (&str, i64) = key("_spans");
const STRING: (&str, i64) = key("string");
const RE: (&str, i64) = key("re");

/// What a match method reads: its span tuple, subject and pattern.
struct MatchParts {
    spans: Value,
    string: Value,
    pattern: Value,
}

/// The parts of the `re.Match` `self` (the first argument), after checking for keywords.
fn match_parts(th: &Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<MatchParts> {
    if !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "Match.{name}() takes no keyword arguments"
        )));
    }
    let this = a.pos.first();
    let found = this
        .and_then(Value::as_obj)
        .and_then(|o| o.instance())
        .and_then(|i| i.dict())
        .and_then(|d| {
            let d = d.borrow();
            // A match made by `new_match` holds its keys at known positions: tried first.
            let get = |(name, h): (&str, i64), at: usize| match d.entry_at(at) {
                Some(e) if e.hash == h && e.key.as_str() == Some(name) => Some(e.value.clone()),
                _ => d.get(h, |k| k.as_str() == Some(name)).cloned(),
            };
            Some(MatchParts {
                spans: get(SPANS, 4)?,
                string: get(STRING, 1)?,
                pattern: get(RE, 0)?,
            })
        })
        .filter(|p| matches!(p.spans.kind(), Some(Kind::Tuple(_))));
    found.ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 're.Match' objects doesn't apply to a '{}' object",
            this.map_or_else(|| "NoneType".to_string(), |v| type_name(th, v))
        ))
    })
}

impl MatchParts {
    fn span_items(&self) -> &[Value] {
        match self.spans.kind() {
            Some(Kind::Tuple(t)) => t,
            _ => &[],
        }
    }

    /// Start and end of group `g` (-1 when it did not take part).
    fn span(&self, g: usize) -> (i64, i64) {
        let t = self.span_items();
        let at = |k: usize| t.get(k).and_then(ops::index_value).unwrap_or(-1);
        (at(2 * g), at(2 * g + 1))
    }

    /// The group number `key` names, as sre's `match_getindex`: an int (or anything with
    /// `__index__`), else a key of the pattern's `groupindex`.
    fn index(&self, th: &mut Thread<'_>, key: &Value) -> PyResult<usize> {
        let groups = (self.span_items().len() / 2).saturating_sub(1) as i64;
        let i = match ops::index_value(key) {
            Some(i) => i,
            None if key.is_int_like() => -1,
            None => match ops::to_index(th, key)? {
                Some(i) => ops::index_value(&i).unwrap_or(-1),
                None => {
                    let gi = ops::getattr(th, &self.pattern, &Value::str("groupindex"))?;
                    match ops::dict_get(th, &gi, key)? {
                        Some(Value::Int(i)) => i,
                        _ => -1,
                    }
                }
            },
        };
        if (0..=groups).contains(&i) {
            Ok(i as usize)
        } else {
            Err(PyErr::index_error("no such group"))
        }
    }

    /// The text of group `g`, `default` when it did not take part.
    fn get(&self, th: &mut Thread<'_>, g: usize, default: &Value) -> PyResult<Value> {
        let (s, e) = self.span(g);
        if s < 0 || e < s {
            return Ok(default.clone());
        }
        let (s, e) = (s as usize, e as usize);
        if let Some(ps) = self.string.as_pystr() {
            let text = ps.as_str();
            if ps.is_ascii() {
                if let Some(t) = text.get(s..e) {
                    return Ok(Value::str(t));
                }
            } else {
                let mut it = text.char_indices().map(|(b, _)| b).chain([text.len()]);
                let start = it.nth(s);
                let end = if e == s { start } else { it.nth(e - s - 1) };
                if let (Some(bs), Some(be)) = (start, end) {
                    return Ok(Value::str(&text[bs..be]));
                }
            }
        }
        let sl = Value::Obj(Obj::new(Kind::Slice(
            Value::Int(s as i64),
            Value::Int(e as i64),
            Value::None,
        )));
        ops::getitem(th, &self.string, &sl)
    }
}

/// `Match.group(*groups)`.
fn match_group(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let m = match_parts(th, &a, "group")?;
    match &a.pos[1..] {
        [] => m.get(th, 0, &Value::None),
        [g] => {
            let i = m.index(th, g)?;
            m.get(th, i, &Value::None)
        }
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = m.index(th, g)?;
                out.push(m.get(th, i, &Value::None)?);
            }
            Ok(Value::tuple(out))
        }
    }
}

/// The group of `start`/`end`/`span` (0 when not given), checked.
fn span_of(th: &mut Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<(i64, i64)> {
    let m = match_parts(th, a, name)?;
    let i = match &a.pos[1..] {
        [] => 0,
        [g] => m.index(th, g)?,
        more => {
            return Err(PyErr::type_error(format!(
                "{name} expected at most 1 argument, got {}",
                more.len()
            )));
        }
    };
    Ok(m.span(i))
}

/// `Match.start(group=0)`.
fn match_start(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(span_of(th, &a, "start")?.0))
}

/// `Match.end(group=0)`.
fn match_end(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(span_of(th, &a, "end")?.1))
}

/// `Match.span(group=0)`.
fn match_span(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (s, e) = span_of(th, &a, "span")?;
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

// ---------------------------------------------------------------------------------------------
// Native methods of `re.Pattern`: arguments bound as sre's argument clinic binds them, a str
// subject of a str pattern matched here, anything else (bytes) handed to the Python methods
// `_match`, `_findall`, `_split` and `_subn` with the arguments already converted.

const PATTERN_OWNER: &str = "re.Pattern";

const PATTERN_METHODS: &[(&str, isles_ceval::NativeFn)] = &[
    ("match", pattern_match),
    ("search", pattern_search),
    ("fullmatch", pattern_fullmatch),
    ("findall", pattern_findall),
    ("finditer", pattern_finditer),
    ("split", pattern_split),
    ("sub", pattern_sub),
    ("subn", pattern_subn),
];

const HANDLE: (&str, i64) = key("_h");

/// The compiled handle of the `re.Pattern` `self` (the first argument).
fn pattern_handle(th: &Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let this = a.pos.first();
    this.and_then(Value::as_obj)
        .and_then(|o| o.instance())
        .and_then(|i| i.dict())
        .and_then(|d| {
            let d = d.borrow();
            d.get(HANDLE.1, |k| k.as_str() == Some(HANDLE.0)).cloned()
        })
        .filter(|h| compiled(h).is_ok())
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{}' object",
                this.map_or_else(|| "NoneType".to_string(), |v| type_name(th, v))
            ))
        })
}

/// The arguments after `self` bound to `names` as CPython's argument clinic
/// (`_PyArg_UnpackKeywords`) binds them: its messages, in its order of checks. The first
/// `required` names must be given.
fn clinic<'a, const N: usize>(
    a: &Args<'a>,
    fname: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    let nkw = a.kwnames.len();
    let total = pos.len() + nkw;
    if total > N {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({total} given)",
            if pos.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" }
        )));
    }
    let kw = |name: &str| {
        a.kwnames
            .iter()
            .position(|k| k.as_str() == Some(name))
            .and_then(|i| a.kwvals.get(i))
    };
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (i, name) in names.iter().enumerate().skip(pos.len()) {
        if nkw > 0 {
            out[i] = kw(name);
        } else if i >= required {
            break;
        }
        if out[i].is_none() && i < required {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if nkw > 0 {
        for (i, name) in names.iter().enumerate().take(pos.len()) {
            if kw(name).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for k in a.kwnames {
            let k = k.as_str().unwrap_or("");
            if !names.contains(&k) {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (`__index__`), `default` when absent.
fn ssize_arg(th: &mut Thread<'_>, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else {
        return Ok(default);
    };
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    match ops::to_index(th, v)? {
        Some(i) => i
            .to_bigint()
            .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, v)
        ))),
    }
}

/// The compiled pattern when `subject` is an exact str and the pattern a str pattern: the
/// cases the native methods finish themselves.
fn str_case<'a>(h: &'a Value, subject: &Value) -> Option<&'a Compiled> {
    let c = compiled(h).ok()?;
    (!c.bytes && subject.plain_str().is_some()).then_some(c)
}

/// `self.<name>(*args)`: the Python code for the cases the native methods leave to it.
fn python_method(th: &mut Thread<'_>, this: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = ops::getattr(th, this, &Value::str(name))?;
    th.call(&f, Args::positional(args))
}

/// `Pattern.match`, `search` and `fullmatch` (`mode` 1, 0, 2).
fn pattern_find(th: &mut Thread<'_>, a: &Args<'_>, fname: &str, mode: i64) -> PyResult<Value> {
    let h = pattern_handle(th, a, fname)?;
    let [string, pos, endpos] = clinic(a, fname, ["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(&Value::None);
    let pos = ssize_arg(th, pos, 0)?;
    let endpos = ssize_arg(th, endpos, i64::MAX)?;
    if let Some(c) = str_case(&h, string)
        && let Some(cls) = c.match_cls.as_ref().and_then(|w| w.upgrade())
    {
        let s = string.as_str().unwrap_or("");
        let (r, pos, endpos) = match_str(c, s, pos, endpos, mode)?;
        if r.is_none() {
            return Ok(r);
        }
        return new_match(th, c, &Value::Obj(cls), &a.pos[0], string, pos, endpos, r);
    }
    let args = [
        string.clone(),
        Value::Int(pos),
        Value::Int(endpos),
        Value::Int(mode),
    ];
    python_method(th, &a.pos[0], "_match", &args)
}

/// `Pattern.match(string, pos=0, endpos=sys.maxsize)`.
fn pattern_match(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pattern_find(th, &a, "match", 1)
}

/// `Pattern.search(string, pos=0, endpos=sys.maxsize)`.
fn pattern_search(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pattern_find(th, &a, "search", 0)
}

/// `Pattern.fullmatch(string, pos=0, endpos=sys.maxsize)`.
fn pattern_fullmatch(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    pattern_find(th, &a, "fullmatch", 2)
}

/// The handle and the `(string, pos=0, endpos=sys.maxsize)` arguments of `findall` and
/// `finditer`.
fn string_pos_args(
    th: &mut Thread<'_>,
    a: &Args<'_>,
    fname: &str,
) -> PyResult<(Value, Value, i64, i64)> {
    let h = pattern_handle(th, a, fname)?;
    let [string, pos, endpos] = clinic(a, fname, ["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(&Value::None).clone();
    let pos = ssize_arg(th, pos, 0)?;
    let endpos = ssize_arg(th, endpos, i64::MAX)?;
    Ok((h, string, pos, endpos))
}

/// `Pattern.findall(string, pos=0, endpos=sys.maxsize)`.
fn pattern_findall(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (h, string, pos, endpos) = string_pos_args(th, &a, "findall")?;
    if let Some(c) = str_case(&h, &string) {
        return findall_str(c, string.as_str().unwrap_or(""), pos, endpos);
    }
    let args = [string, Value::Int(pos), Value::Int(endpos)];
    python_method(th, &a.pos[0], "_findall", &args)
}

/// `Pattern.finditer(string, pos=0, endpos=sys.maxsize)`: the matches come from the Python
/// generator `_finditer`.
fn pattern_finditer(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (_, string, pos, endpos) = string_pos_args(th, &a, "finditer")?;
    let args = [string, Value::Int(pos), Value::Int(endpos)];
    python_method(th, &a.pos[0], "_finditer", &args)
}

/// `Pattern.split(string, maxsplit=0)`.
fn pattern_split(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let h = pattern_handle(th, &a, "split")?;
    let [string, maxsplit] = clinic(&a, "split", ["string", "maxsplit"], 1)?;
    let string = string.unwrap_or(&Value::None);
    let maxsplit = ssize_arg(th, maxsplit, 0)?;
    if let Some(c) = str_case(&h, string) {
        return split_str(c, string.as_str().unwrap_or(""), maxsplit);
    }
    python_method(
        th,
        &a.pos[0],
        "_split",
        &[string.clone(), Value::Int(maxsplit)],
    )
}

/// `Pattern.sub` and `subn`: the new string and the number of replacements. A str
/// replacement without backslashes is literal (sre's own shortcut) and done here.
fn pattern_subx(th: &mut Thread<'_>, a: &Args<'_>, fname: &str) -> PyResult<(Value, Option<i64>)> {
    let h = pattern_handle(th, a, fname)?;
    let [repl, string, count] = clinic(a, fname, ["repl", "string", "count"], 2)?;
    let (repl, string) = (repl.unwrap_or(&Value::None), string.unwrap_or(&Value::None));
    let count = ssize_arg(th, count, 0)?;
    if let Some(c) = str_case(&h, string)
        && let Some(r) = repl.plain_str()
        && !r.as_str().contains('\\')
    {
        let (s, n) = sub_literal_str(c, string, r.as_str(), count)?;
        return Ok((s, Some(n)));
    }
    let args = [repl.clone(), string.clone(), Value::Int(count)];
    Ok((python_method(th, &a.pos[0], "_subn", &args)?, None))
}

/// `Pattern.sub(repl, string, count=0)`.
fn pattern_sub(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match pattern_subx(th, &a, "sub")? {
        (s, Some(_)) => Ok(s),
        (pair, None) => ops::getitem(th, &pair, &Value::Int(0)),
    }
}

/// `Pattern.subn(repl, string, count=0)`.
fn pattern_subn(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match pattern_subx(th, &a, "subn")? {
        (s, Some(n)) => Ok(Value::tuple(vec![s, Value::Int(n)])),
        (pair, None) => Ok(pair),
    }
}
