//! Character classes and case mappings for the str methods, following CPython's Unicode
//! database where Rust's `char` methods differ from it.

use isles_object::pynum;

/// Py_UNICODE_ISSPACE: Rust's White_Space plus the information separators U+001C..U+001F.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The line boundaries of `str.splitlines`.
pub(crate) fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// General category Lt (Rust has no titlecase predicate).
pub(crate) fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

pub(crate) fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// The titlecase mapping, where it differs from the uppercase one.
pub(crate) fn push_title(out: &mut String, c: char) {
    let special = match c as u32 {
        0xdf => Some("Ss"),
        0x587 => Some("\u{535}\u{582}"),
        0xfb00 => Some("Ff"),
        0xfb01 => Some("Fi"),
        0xfb02 => Some("Fl"),
        0xfb03 => Some("Ffi"),
        0xfb04 => Some("Ffl"),
        0xfb05 | 0xfb06 => Some("St"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return;
    }
    let single = match c as u32 {
        0x1c4..=0x1c6 => Some(0x1c5),
        0x1c7..=0x1c9 => Some(0x1c8),
        0x1ca..=0x1cc => Some(0x1cb),
        0x1f1..=0x1f3 => Some(0x1f2),
        0x10d0..=0x10ff => Some(c as u32),
        n @ 0x1f80..=0x1faf => Some(n | 8),
        0x1fb3 | 0x1fbc => Some(0x1fbc),
        0x1fc3 | 0x1fcc => Some(0x1fcc),
        0x1ff3 | 0x1ffc => Some(0x1ffc),
        _ => None,
    };
    match single.and_then(char::from_u32) {
        Some(t) => out.push(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// Characters skipped when looking for the cased neighbours of a capital sigma.
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}') || is_combining_mark(c)
}

/// The lowercase of `chars[i]`; a capital sigma becomes final sigma at the end of a word
/// (after a cased letter and not before one), as CPython's `handle_capital_sigma` decides.
pub(crate) fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars.get(i).copied().unwrap_or(' ');
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased_before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let cased_after = chars
        .get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    out.push(if cased_before && !cased_after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

/// Full case folding: lowercase, except where folding differs (ß, ligatures, final sigma).
pub(crate) fn push_fold(out: &mut String, c: char) {
    match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'ς' => out.push('σ'),
        '\u{fb00}' => out.push_str("ff"),
        '\u{fb01}' => out.push_str("fi"),
        '\u{fb02}' => out.push_str("fl"),
        '\u{fb03}' => out.push_str("ffi"),
        '\u{fb04}' => out.push_str("ffl"),
        '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Unicode decimal digits (category Nd), as `int()` accepts them.
pub(crate) fn is_decimal(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && c.is_numeric()
            && pynum::parse_int(c.encode_utf8(&mut [0; 4]), 10).is_ok())
}

/// Numeric_Type=Digit or Decimal: decimals plus superscripts and circled/parenthesized digits.
pub(crate) fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(
            c as u32,
            0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070 | 0x2074..=0x2079
                | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490
                | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788
                | 0x278a..=0x2792 | 0x1f100..=0x1f10a
        )
}

/// Any Numeric_Type: categories N* plus the CJK numeral ideographs.
pub(crate) fn is_numeric(c: char) -> bool {
    c.is_numeric()
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '萬'
                | '億'
                | '兆'
                | '零'
                | '壹'
                | '貳'
                | '參'
                | '肆'
                | '伍'
                | '陸'
                | '柒'
                | '捌'
                | '玖'
                | '拾'
                | '佰'
                | '仟'
        )
}

/// Categories L*: Rust's Alphabetic less letter numbers and combining marks.
pub(crate) fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric() && !is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x300..=0x36f | 0x483..=0x489 | 0x591..=0x5c7 | 0x610..=0x61a | 0x64b..=0x65f | 0x670
            | 0x900..=0x903 | 0x93a..=0x94f | 0x951..=0x957 | 0x962 | 0x963 | 0x981..=0x983
            | 0x9bc..=0x9d7 | 0xe31 | 0xe34..=0xe3a | 0xe47..=0xe4e
    ) && !matches!(c as u32, 0x93d | 0x950 | 0x9bd)
}

pub(crate) fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Printable as `repr()` decides it: the character appears as itself.
pub(crate) fn is_printable(c: char) -> bool {
    if c == '\\' || c == '\'' {
        return true;
    }
    let r = pynum::py_str_repr(c.encode_utf8(&mut [0; 4]));
    r.chars().nth(1) == Some(c)
}
