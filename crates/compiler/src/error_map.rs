//! Turns parse failures into the SyntaxError CPython 3.11 would report for the same source.
//!
//! CPython finds many errors in its tokenizer before the grammar runs (brackets, strings,
//! indentation), with messages of their own; ruff reports such input differently. So a small
//! scan of the source reproduces the tokenizer's checks first, and only then is ruff's own
//! error translated.

use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

use crate::error::{CompileError, SyntaxKind};

pub(crate) fn from_parse_error(source: &str, err: &ParseError) -> CompileError {
    // The tokenizer's error wins unless the parser already failed on an earlier token
    // (CPython's parser pulls tokens lazily, so it never sees the later problem).
    if let Some((e, detected_at)) = scan(source)
        && err.location.start().to_usize() >= detected_at
    {
        return e;
    }
    if let ParseErrorType::OtherError(m) = &err.error
        && m.starts_with("Expected `except` or `finally`")
    {
        // CPython underlines the token after the try body.
        return CompileError::at_range("expected 'except' or 'finally' block", err.location);
    }
    let msg = match &err.error {
        ParseErrorType::ExpectedToken { expected, .. } if format!("{expected}") == "':'" => {
            "expected ':'".to_string()
        }
        _ => "invalid syntax".to_string(),
    };
    // CPython blames a bracket left open on an earlier line rather than the token after it.
    if msg == "invalid syntax"
        && let Some((c, off)) = open_bracket_before(source, err.location.start().to_usize())
    {
        return CompileError::at_range(format!("'{}' was never closed", c as char), range_at(off));
    }
    // CPython points at the offending token; an empty range at the end of a line still
    // gets one caret.
    let start = err.location.start();
    CompileError::at_range(msg, TextRange::new(start, start))
}

/// Tokenizer errors that CPython reports even where ruff's parser accepts the source.
pub(crate) fn tokenizer_only(source: &str) -> Option<CompileError> {
    let opens = source
        .bytes()
        .filter(|b| matches!(b, b'(' | b'[' | b'{'))
        .count();
    if opens < 200 {
        return None;
    }
    scan(source).map(|(e, _)| e)
}

fn range_at(off: usize) -> TextRange {
    let o = TextSize::new(off as u32);
    TextRange::new(o, o)
}

/// Names of the block-opening statements, as CPython's "expected an indented block after …".
fn block_kind(stmt: &str) -> String {
    let word: String = stmt
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "async" => "function definition".to_string(),
        w @ ("if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
        | "match" | "case") => format!("'{w}' statement"),
        _ => "statement".to_string(),
    }
}

/// Reproduces the tokenizer's errors: brackets, unterminated strings, indentation. Returns
/// the error and the byte offset at which the tokenizer would notice it.
fn scan(src: &str) -> Option<(CompileError, usize)> {
    let e = scan_inner(src, usize::MAX).0?;
    let at = match e.msg.as_str() {
        m if m.ends_with("was never closed") => src.len(),
        // The indentation itself is the first token of its line: ruff fails on it there.
        "unexpected indent" => e.range.map_or(0, |r| {
            let at = r.start().to_usize();
            src[..at].rfind('\n').map_or(0, |n| n + 1)
        }),
        _ => e.range.map_or(0, |r| r.start().to_usize()),
    };
    Some((e, at))
}

/// The innermost bracket still open at byte `at`, if it was opened on an earlier line.
fn open_bracket_before(src: &str, at: usize) -> Option<(u8, usize)> {
    let (_, open) = scan_inner(src, at);
    let (c, off) = *open.last()?;
    let line = |o: usize| src[..o.min(src.len())].matches('\n').count();
    (line(off) < line(at)).then_some((c, off))
}

fn scan_inner(src: &str, stop_at: usize) -> (Option<CompileError>, Vec<(u8, usize)>) {
    let mut brackets: Vec<(u8, usize)> = Vec::new();
    let e = scan_until(src, stop_at, &mut brackets);
    (e, brackets)
}

fn scan_until(src: &str, stop_at: usize, brackets: &mut Vec<(u8, usize)>) -> Option<CompileError> {
    let bytes = src.as_bytes();
    let mut indents: Vec<usize> = vec![0];
    let mut i = 0;
    let mut at_line_start = true;
    let mut line_no = 1u32;
    // The start of the last logical line that ended with ':' and its line number.
    let mut pending_block: Option<(usize, u32)> = None;
    let mut last_sig: Option<u8> = None;
    let mut logical_start = 0usize;
    let mut logical_line = 1u32;
    while i < bytes.len() {
        if i >= stop_at {
            return None;
        }
        if at_line_start && brackets.is_empty() {
            // Measure indentation of a new logical line.
            let ls = i;
            let mut width = 0;
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t' || bytes[i] == b'\x0c')
            {
                width = if bytes[i] == b'\t' {
                    (width / 8 + 1) * 8
                } else {
                    width + 1
                };
                i += 1;
            }
            at_line_start = false;
            if i >= bytes.len() || bytes[i] == b'\n' || bytes[i] == b'#' || bytes[i] == b'\r' {
                // Blank or comment-only lines do not count.
                if i < bytes.len() && bytes[i] == b'#' {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < bytes.len() {
                    i += 1;
                    line_no += 1;
                    at_line_start = true;
                }
                continue;
            }
            let top = *indents.last().unwrap_or(&0);
            if let Some((block_start, block_line)) = pending_block.take() {
                if width <= top {
                    let kind = block_kind(&src[block_start..]);
                    return Some(
                        CompileError::at_range(
                            format!("expected an indented block after {kind} on line {block_line}"),
                            range_at(i),
                        )
                        .with_kind(SyntaxKind::IndentationError),
                    );
                }
                indents.push(width);
            } else if width > top {
                let mut e = CompileError::at_range("unexpected indent", range_at(i))
                    .with_kind(SyntaxKind::IndentationError);
                e.range = Some(range_at(i));
                return Some(e.no_caret());
            } else if width < top {
                while indents.last().is_some_and(|&t| t > width) {
                    indents.pop();
                }
                if indents.last() != Some(&width) {
                    let line_end = src[i..].find('\n').map_or(src.len(), |e| i + e);
                    return Some(
                        CompileError::at_range(
                            "unindent does not match any outer indentation level",
                            range_at(line_end),
                        )
                        .with_kind(SyntaxKind::IndentationError),
                    );
                }
            }
            logical_start = ls;
            logical_line = line_no;
            last_sig = None;
            continue;
        }
        let c = bytes[i];
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' if i + 1 < bytes.len() && bytes[i + 1] == b'\n' => {
                i += 2;
                line_no += 1;
            }
            b'\n' => {
                line_no += 1;
                i += 1;
                if brackets.is_empty() {
                    if last_sig == Some(b':') {
                        pending_block = Some((logical_start, logical_line));
                    }
                    at_line_start = true;
                }
            }
            b'(' | b'[' | b'{' => {
                // CPython's tokenizer allows 200 levels (MAXLEVEL).
                if brackets.len() >= 200 {
                    return Some(CompileError::at_range(
                        "too many nested parentheses",
                        range_at(i),
                    ));
                }
                brackets.push((c, i));
                last_sig = Some(c);
                i += 1;
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match brackets.pop() {
                    None => {
                        return Some(CompileError::at_range(
                            format!("unmatched '{}'", c as char),
                            range_at(i),
                        ));
                    }
                    Some((o, _)) if o != open => {
                        return Some(CompileError::at_range(
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            ),
                            range_at(i),
                        ));
                    }
                    _ => {}
                }
                last_sig = Some(c);
                i += 1;
            }
            b'\'' | b'"' => {
                let q = c;
                let start = string_start(bytes, i);
                let triple = i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q;
                let raw = bytes[start..i].iter().any(|b| *b == b'r' || *b == b'R');
                if triple {
                    i += 3;
                    let mut closed = false;
                    while i < bytes.len() {
                        if bytes[i] == b'\\' && !raw {
                            if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                                line_no += 1;
                            }
                            i += 2;
                            continue;
                        }
                        if bytes[i] == b'\\' {
                            i += 2;
                            continue;
                        }
                        if bytes[i] == b'\n' {
                            line_no += 1;
                        }
                        if bytes[i] == q
                            && i + 2 < bytes.len()
                            && i + 2 < bytes.len()
                            && bytes[i + 1] == q
                            && bytes[i + 2] == q
                        {
                            i += 3;
                            closed = true;
                            break;
                        }
                        i += 1;
                    }
                    if !closed {
                        let (line, _) = crate::error::line_col(src, start);
                        return Some(CompileError::at_range(
                            format!(
                                "unterminated triple-quoted string literal (detected at line {})",
                                line_no.max(line)
                            ),
                            range_at(start),
                        ));
                    }
                } else {
                    i += 1;
                    let mut closed = false;
                    while i < bytes.len() && bytes[i] != b'\n' {
                        if bytes[i] == b'\\' {
                            if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                                line_no += 1;
                            }
                            i += 2;
                            continue;
                        }
                        if bytes[i] == q {
                            closed = true;
                            i += 1;
                            break;
                        }
                        i += 1;
                    }
                    if !closed {
                        return Some(CompileError::at_range(
                            format!("unterminated string literal (detected at line {line_no})"),
                            range_at(start),
                        ));
                    }
                }
                last_sig = Some(q);
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            _ => {
                last_sig = Some(c);
                i += 1;
            }
        }
    }
    if let Some((c, off)) = brackets.first() {
        return Some(CompileError::at_range(
            format!("'{}' was never closed", *c as char),
            range_at(*off),
        ));
    }
    if let Some((block_start, block_line)) = pending_block {
        let kind = block_kind(&src[block_start..]);
        let mut e = CompileError::at_range(
            format!("expected an indented block after {kind} on line {block_line}"),
            range_at(src.len()),
        )
        .with_kind(SyntaxKind::IndentationError);
        e.range = Some(range_at(src.len()));
        return Some(e);
    }
    None
}

/// Where a string token starts, including its prefix letters (r, b, f, u).
fn string_start(bytes: &[u8], quote: usize) -> usize {
    let mut s = quote;
    while s > 0
        && matches!(
            bytes[s - 1],
            b'r' | b'R' | b'b' | b'B' | b'f' | b'F' | b'u' | b'U'
        )
    {
        s -= 1;
    }
    if s > 0 && (bytes[s - 1].is_ascii_alphanumeric() || bytes[s - 1] == b'_') {
        // Part of an identifier, not a prefix.
        return quote;
    }
    s
}
