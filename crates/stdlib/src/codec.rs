//! Text encodings for `str.encode`, `bytes.decode`, `str(b, enc)`, `bytes(s, enc)` and text
//! files: utf-8, utf-16 and utf-32 (with or without byte order mark), ascii and latin-1 with
//! the error handlers strict, ignore, replace,
//! backslashreplace and (encoding only) xmlcharrefreplace, raising CPython's
//! `UnicodeEncodeError` / `UnicodeDecodeError` / `LookupError`.

use isles_ceval::Thread;
use isles_ceval::ops;
use isles_object::{ExcKind, Kind, PyErr, PyResult, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// `utf-8-sig`: UTF-8 after a byte order mark (written first, skipped when read).
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`wide`); `order` None: a byte order mark, little endian when
    /// encoding; Some(big endian?) for the `-le`/`-be` codecs.
    Utf16 {
        order: Option<bool>,
    },
    Utf32 {
        order: Option<bool>,
    },
}

impl Encoding {
    /// The codec's canonical name, as error messages show it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Sig => "utf-8-sig",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
            Encoding::Utf16 { order: None } => "utf-16",
            Encoding::Utf16 { order: Some(false) } => "utf-16-le",
            Encoding::Utf16 { order: Some(true) } => "utf-16-be",
            Encoding::Utf32 { order: None } => "utf-32",
            Encoding::Utf32 { order: Some(false) } => "utf-32-le",
            Encoding::Utf32 { order: Some(true) } => "utf-32-be",
        }
    }

    /// Looks an encoding up by any of its usual spellings.
    pub fn lookup(name: &str) -> PyResult<Encoding> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Encoding::Utf8),
            "utf_8_sig" | "utf8_sig" => Ok(Encoding::Utf8Sig),
            "ascii" | "us_ascii" | "646" | "us" => Ok(Encoding::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Ok(Encoding::Latin1),
            "utf_16" | "utf16" | "u16" => Ok(Encoding::Utf16 { order: None }),
            "utf_16_le" | "utf_16le" => Ok(Encoding::Utf16 { order: Some(false) }),
            "utf_16_be" | "utf_16be" => Ok(Encoding::Utf16 { order: Some(true) }),
            "utf_32" | "utf32" | "u32" => Ok(Encoding::Utf32 { order: None }),
            "utf_32_le" | "utf_32le" => Ok(Encoding::Utf32 { order: Some(false) }),
            "utf_32_be" | "utf_32be" => Ok(Encoding::Utf32 { order: Some(true) }),
            _ => Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown encoding: {name}"),
            )),
        }
    }

    fn limit(self) -> u32 {
        match self {
            Encoding::Utf8
            | Encoding::Utf8Sig
            | Encoding::Utf16 { .. }
            | Encoding::Utf32 { .. } => 0x110000,
            Encoding::Ascii => 0x80,
            Encoding::Latin1 => 0x100,
        }
    }
}

const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        ExcKind::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// Makes a `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's five arguments and the
/// attributes they stand for.
fn unicode_error(
    th: &mut Thread<'_>,
    kind: ExcKind,
    enc: Encoding,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        Value::str(enc.name()),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let o = ops::new_exception(th.st.types.exc(kind), args.clone());
    if let Kind::Exception(e) = o.kind() {
        let mut d = e.dict.borrow_mut();
        for (name, v) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(args)
        {
            d.set_str(name, v);
        }
    }
    PyErr::from_obj(o)
}

/// `text.encode(enc, errors)`.
pub fn encode(th: &mut Thread<'_>, text: &str, enc: Encoding, errors: &str) -> PyResult<Vec<u8>> {
    match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Utf8Sig => return Ok([&UTF8_BOM[..], text.as_bytes()].concat()),
        Encoding::Utf16 { order } | Encoding::Utf32 { order } => {
            let wide = matches!(enc, Encoding::Utf32 { .. });
            return Ok(encode_wide(text, wide, order));
        }
        _ => {}
    }
    let limit = enc.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] as u32 >= limit {
            i += 1;
        }
        let bad = &chars[start..i];
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    th,
                    ExcKind::UnicodeEncodeError,
                    enc,
                    Value::str(text),
                    start,
                    i,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(bad.iter().map(|_| b'?')),
            "backslashreplace" => {
                for &c in bad {
                    let n = c as u32;
                    let s = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(s.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in bad {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
    }
    Ok(out)
}

/// UTF-16/UTF-32 bytes of `text`, after a byte order mark when `order` is None.
fn encode_wide(text: &str, wide: bool, order: Option<bool>) -> Vec<u8> {
    let big = order == Some(true);
    let mut out = Vec::with_capacity(text.len() * if wide { 4 } else { 2 } + 4);
    let mut unit = |u: u32| {
        if wide {
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        } else {
            let u = u as u16;
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
    };
    if order.is_none() {
        unit(0xfeff);
    }
    for c in text.chars() {
        if wide {
            unit(c as u32);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                unit(u32::from(*u));
            }
        }
    }
    out
}

/// Decodes UTF-16/UTF-32: a byte order mark (when `order` is None) picks the byte order,
/// little endian without one. Errors name the codec with the order in use, as CPython does.
fn decode_wide(
    th: &mut Thread<'_>,
    data: &[u8],
    wide: bool,
    order: Option<bool>,
    errors: &str,
) -> PyResult<String> {
    let size = if wide { 4 } else { 2 };
    let (mut big, mut pos) = (order == Some(true), 0);
    if order.is_none() && data.len() >= size {
        let (le_bom, be_bom): (&[u8], &[u8]) = if wide {
            (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
        } else {
            (&[0xff, 0xfe], &[0xfe, 0xff])
        };
        if data.starts_with(le_bom) {
            pos = size;
        } else if data.starts_with(be_bom) {
            (big, pos) = (true, size);
        }
    }
    let enc = if wide {
        Encoding::Utf32 { order: Some(big) }
    } else {
        Encoding::Utf16 { order: Some(big) }
    };
    let read = |at: usize| -> u32 {
        let b = &data[at..at + size];
        match (wide, big) {
            (true, true) => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
            (true, false) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            (false, true) => u32::from(u16::from_be_bytes([b[0], b[1]])),
            (false, false) => u32::from(u16::from_le_bytes([b[0], b[1]])),
        }
    };
    let mut out = String::with_capacity(data.len() / size);
    while pos < data.len() {
        // (start, end, reason) of an undecodable piece, or the character and its length.
        let bad: (usize, usize, &str) = if data.len() - pos < size {
            (pos, data.len(), "truncated data")
        } else {
            let u = read(pos);
            if wide {
                match char::from_u32(u) {
                    Some(c) => {
                        out.push(c);
                        pos += size;
                        continue;
                    }
                    None if u >= 0x110000 => (pos, pos + 4, "code point not in range(0x110000)"),
                    None => (
                        pos,
                        pos + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    ),
                }
            } else if !(0xd800..0xe000).contains(&u) {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                pos += 2;
                continue;
            } else if u >= 0xdc00 {
                (pos, pos + 2, "illegal encoding")
            } else if data.len() - pos < 4 {
                (pos, data.len(), "unexpected end of data")
            } else {
                let lo = read(pos + 2);
                if (0xdc00..0xe000).contains(&lo) {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                    continue;
                }
                (pos, pos + 2, "illegal UTF-16 surrogate")
            }
        };
        on_decode_error(th, errors, enc, data, bad, &mut out)?;
        pos = bad.1;
    }
    Ok(out)
}

/// The first undecodable range at or after `from`: (start, end, reason).
/// Applies the error handler `errors` to the undecodable bytes `data[start..end]`: the
/// UnicodeDecodeError for "strict", else what the handler puts into `out`.
fn on_decode_error(
    th: &mut Thread<'_>,
    errors: &str,
    enc: Encoding,
    data: &[u8],
    (start, end, reason): (usize, usize, &'static str),
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => Err(unicode_error(
            th,
            ExcKind::UnicodeDecodeError,
            enc,
            Value::bytes(data.to_vec()),
            start,
            end,
            reason,
        )),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

fn next_error(data: &[u8], from: usize, enc: Encoding) -> Option<(usize, usize, &'static str)> {
    match enc {
        Encoding::Latin1 | Encoding::Utf16 { .. } | Encoding::Utf32 { .. } => None,
        Encoding::Ascii => data[from..]
            .iter()
            .position(|b| *b >= 0x80)
            .map(|p| (from + p, from + p + 1, "ordinal not in range(128)")),
        Encoding::Utf8 | Encoding::Utf8Sig => match std::str::from_utf8(&data[from..]) {
            Ok(_) => None,
            Err(e) => {
                let start = from + e.valid_up_to();
                Some(match e.error_len() {
                    None => (start, data.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = data[start];
                        let invalid_start = matches!(first, 0x80..=0xc1 | 0xf5..=0xff);
                        let reason = if invalid_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start, start + n, reason)
                    }
                })
            }
        },
    }
}

fn push_valid(out: &mut String, chunk: &[u8], enc: Encoding) {
    match enc {
        Encoding::Utf8 => out.push_str(std::str::from_utf8(chunk).unwrap_or("")),
        _ => out.extend(chunk.iter().map(|b| *b as char)),
    }
}

/// `data.decode(enc, errors)`.
pub fn decode(th: &mut Thread<'_>, data: &[u8], enc: Encoding, errors: &str) -> PyResult<String> {
    if enc == Encoding::Utf8Sig {
        let data = data.strip_prefix(&UTF8_BOM[..]).unwrap_or(data);
        return decode(th, data, Encoding::Utf8, errors);
    }
    if let Encoding::Utf16 { order } | Encoding::Utf32 { order } = enc {
        let wide = matches!(enc, Encoding::Utf32 { .. });
        return decode_wide(th, data, wide, order, errors);
    }
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while let Some((start, end, reason)) = next_error(data, pos, enc) {
        push_valid(&mut out, &data[pos..start], enc);
        on_decode_error(th, errors, enc, data, (start, end, reason), &mut out)?;
        pos = end;
    }
    push_valid(&mut out, &data[pos..], enc);
    Ok(out)
}

/// The `encoding` and `errors` arguments (str or absent), with CPython's type errors.
pub fn names<'a>(
    th: &Thread<'_>,
    fname: &str,
    encoding: Option<&'a Value>,
    errors: Option<&'a Value>,
) -> PyResult<(Encoding, &'a str)> {
    let text = |v: Option<&'a Value>, what: &str, default: &'static str| -> PyResult<&'a str> {
        match v {
            None => Ok(default),
            Some(v) => v.as_str().ok_or_else(|| {
                PyErr::type_error(format!(
                    "{fname}() argument '{what}' must be str, not {}",
                    ops::type_name(th, v)
                ))
            }),
        }
    };
    let enc = Encoding::lookup(text(encoding, "encoding", "utf-8")?)?;
    Ok((enc, text(errors, "errors", "strict")?))
}
