//! repr(str), and the character classes that int() and float() need (whitespace, Unicode
//! decimal digits) and identifiers (`str.isidentifier`, `__slots__`), all as CPython 3.11
//! defines them.

use super::unitables::{DECIMAL_ZEROS, NON_PRINTABLE};

/// str.isprintable() for one character.
pub(super) fn is_printable(c: char) -> bool {
    let c = c as u32;
    let i = NON_PRINTABLE.partition_point(|&(_, hi)| hi < c);
    !(i < NON_PRINTABLE.len() && NON_PRINTABLE[i].0 <= c)
}

/// Py_UNICODE_ISSPACE: str.isspace() for one character.
pub(super) fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Py_ISSPACE: the C locale's whitespace, which the ASCII-level parsers skip.
pub(super) fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// The value of a Unicode decimal digit (category Nd), which int() and float() accept.
pub(super) fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if i == 0 {
        return None;
    }
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, applied before int() and float()
/// parse: non-ASCII whitespace becomes ' ', non-ASCII decimal digits become ASCII digits, and
/// anything else non-ASCII ends the string with a '?' that no parser accepts.
pub(super) fn transform_decimal_and_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_unicode_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    out
}

/// repr(str): single quotes unless the text has ' but no ", backslash escapes for the quote,
/// backslash, \t \n \r, other controls and non-printable characters.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c < ' ' || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// str.isidentifier: `_` or XID_Start, then XID_Continue characters, as CPython checks them
/// (no normalization).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // ZWNJ and ZWJ joined XID_Continue in Unicode 15.1; CPython 3.11 has Unicode 14.
    (first == '_' || unicode_ident::is_xid_start(first))
        && chars.all(|c| unicode_ident::is_xid_continue(c) && !matches!(c, '\u{200c}' | '\u{200d}'))
}
