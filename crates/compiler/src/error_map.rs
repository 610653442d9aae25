//! Turns parse failures into the SyntaxError CPython 3.11 would report for the same source.
//!
//! CPython finds many errors in its tokenizer before the grammar runs (brackets, strings,
//! indentation), with messages of their own; ruff reports such input differently. So a small
//! scan of the source reproduces the tokenizer's checks first, and only then is ruff's own
//! error translated.

use ruff_python_ast::{self as ast, token::TokenKind};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
};
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
        const MSG: &str = "expected 'except' or 'finally' block";
        if err.location.start().to_usize() >= source.len() {
            // At the end of the file CPython names the last line, without a caret.
            let body = source.strip_suffix('\n').unwrap_or(source);
            let last = body.rfind('\n').map_or(0, |i| i + 1);
            return CompileError::at_range(MSG, range_at(body.len().max(last))).no_caret();
        }
        // CPython underlines the token after the try body.
        return CompileError::at_range(MSG, err.location);
    }
    if let Some(e) = grammar_error(source, err) {
        return e;
    }
    let msg = match &err.error {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => "expected ':'",
        _ => "invalid syntax",
    };
    // CPython blames a bracket left open on an earlier line rather than the token after it.
    if msg == "invalid syntax"
        && let Some((c, off)) = open_bracket_before(source, err.location.start().to_usize())
    {
        return CompileError::at_range(format!("'{}' was never closed", c as char), range_at(off));
    }
    // CPython points at the offending token; an empty range at the end of a line still
    // gets one caret.
    let r = err.location;
    let one_line =
        !source[r.start().to_usize()..r.end().to_usize().min(source.len())].contains('\n');
    if msg == "invalid syntax" && one_line {
        return CompileError::at_range(msg, r);
    }
    let start = r.start();
    CompileError::at_range(msg, TextRange::new(start, start))
}

/// The messages of CPython's `invalid_*` grammar rules, for the parse errors ruff reports
/// for the same source.
fn grammar_error(src: &str, err: &ParseError) -> Option<CompileError> {
    use ParseErrorType as P;
    let r = err.location;
    let at = |m: &str| Some(CompileError::at_range(m, r));
    let text = src.get(r.start().to_usize()..r.end().to_usize())?;
    match &err.error {
        P::InvalidAssignmentTarget => {
            let target = parse_target(text);
            let name = target
                .as_ref()
                .map_or("expression", crate::compile::expr_kind_name);
            if name == "yield expression" {
                return at("assignment to yield expression not possible");
            }
            if target.as_ref().is_some_and(hint_target) && assignment_hint(src, r) {
                return at(&format!(
                    "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                ));
            }
            at(&format!("cannot assign to {name}"))
        }
        P::InvalidDeleteTarget => at(&format!("cannot delete {}", kind_name(text))),
        P::InvalidAugmentedAssignmentTarget => at(&format!(
            "'{}' is an illegal expression for augmented assignment",
            kind_name(text)
        )),
        P::InvalidNamedAssignmentTarget => at(&format!(
            "cannot use assignment expressions with {}",
            kind_name(text)
        )),
        P::InvalidAnnotatedAssignmentTarget => match kind_name(text) {
            k @ ("tuple" | "list") => at(&format!("only single target (not {k}) can be annotated")),
            _ => at("illegal target for annotation"),
        },
        // CPython reports these at the last token it read: the call's closing parenthesis.
        P::PositionalAfterKeywordArgument => Some(CompileError::at_range(
            "positional argument follows keyword argument",
            range_at(call_close(src, r.end().to_usize())),
        )),
        P::PositionalAfterKeywordUnpacking => Some(CompileError::at_range(
            "positional argument follows keyword argument unpacking",
            range_at(call_close(src, r.end().to_usize())),
        )),
        P::InvalidArgumentUnpackingOrder => Some(CompileError::at_range(
            "iterable argument unpacking follows keyword argument unpacking",
            range_at(r.start().to_usize()),
        )),
        P::NonDefaultParamAfterDefaultParam => at("non-default argument follows default argument"),
        P::ParamAfterVarKeywordParam => at("arguments cannot follow var-keyword argument"),
        P::ExpectedKeywordParam => at("named arguments must follow bare *"),
        P::VarParameterWithDefault => {
            let before = src[..r.start().to_usize()]
                .trim_end()
                .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
            let which = if before.trim_end().ends_with("**") {
                "var-keyword"
            } else {
                "var-positional"
            };
            Some(CompileError::at_range(
                format!("{which} argument cannot have default value"),
                range_at(r.start().to_usize()),
            ))
        }
        P::InvalidStarredExpressionUsage => Some(CompileError::at_range(
            "invalid syntax",
            range_at(r.start().to_usize()),
        )),
        P::UnparenthesizedGeneratorExpression => at("Generator expression must be parenthesized"),
        P::ExpectedImaginaryNumber => at("imaginary number required in complex literal"),
        P::ExpectedRealNumber => at("real number required in complex literal"),
        P::SimpleStatementsOnSameLine => legacy_print(src, r),
        P::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => {
            // `a if b` with no else: CPython underlines `a if b`.
            let (ls, _) = logical_line(src, r.start().to_usize());
            let line = &src[ls..r.start().to_usize()];
            let if_at = line.rfind(" if ")?;
            let a_start = expr_start_before(src, ls + if_at);
            let end = ls + line.trim_end().len();
            Some(CompileError::at_range(
                "expected 'else' after 'if' expression",
                TextRange::new(size(a_start), size(end)),
            ))
        }
        P::ExpectedToken { expected, found } => expected_token(src, r, *expected, *found),
        P::FStringError(fe) | P::Lexical(LexicalErrorType::FStringError(fe)) => {
            use InterpolatedStringErrorType as F;
            let msg = match fe {
                F::UnclosedLbrace => "f-string: expecting '}'",
                F::InvalidConversionFlag => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                }
                F::SingleRbrace => "f-string: single '}' is not allowed",
                F::LambdaWithoutParentheses => {
                    "f-string: lambda expressions are not allowed without parentheses"
                }
                _ => return None,
            };
            fstring_error(src, r, msg)
        }
        P::ExpectedExpression if in_empty_fstring_field(src, r) => {
            fstring_error(src, r, "f-string: empty expression not allowed")
        }
        P::Lexical(LexicalErrorType::InvalidByteLiteral) => {
            let (s, e) = string_span(src, r.start().to_usize())?;
            Some(CompileError::at_range(
                "bytes can only contain ASCII literal characters",
                TextRange::new(size(s), size(e)),
            ))
        }
        P::Lexical(LexicalErrorType::UnicodeError) => unicode_error(src, r),
        _ => None,
    }
}

fn size(off: usize) -> TextSize {
    TextSize::new(off as u32)
}

/// The expression `text` (the source of an invalid target), parsed on its own.
fn parse_target(text: &str) -> Option<ast::Expr> {
    let wrapped = format!("({text}\n)");
    let parsed = ruff_python_parser::parse_expression(&wrapped).ok()?;
    Some(parsed.into_syntax().body.as_ref().clone())
}

fn kind_name(text: &str) -> &'static str {
    parse_target(text).map_or("expression", |e| crate::compile::expr_kind_name(&e))
}

/// Whether CPython's grammar reads the target as a `bitwise_or` that its "Maybe you meant
/// '=='" rule accepts (it leaves out lists, tuples, generators, True, False and None).
fn hint_target(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::UnaryOp(u) => u.op != ast::UnaryOp::Not,
        E::List(_)
        | E::Tuple(_)
        | E::Generator(_)
        | E::BooleanLiteral(_)
        | E::NoneLiteral(_)
        | E::Compare(_)
        | E::BoolOp(_)
        | E::If(_)
        | E::Lambda(_)
        | E::Named(_)
        | E::Starred(_)
        | E::Yield(_)
        | E::YieldFrom(_) => false,
        _ => true,
    }
}

/// Start and end of the logical line around `pos` (continued through open brackets).
fn logical_line(src: &str, pos: usize) -> (usize, usize) {
    let start = src[..pos].rfind('\n').map_or(0, |i| i + 1);
    let start = start + (src[start..].len() - src[start..].trim_start_matches([' ', '\t']).len());
    let end = src[pos..].find('\n').map_or(src.len(), |i| pos + i);
    (start, end)
}

/// Depth-0 single `=` signs (not `==`, `<=`, `+=`, ...) in `s`.
fn single_equals(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    let mut depth = 0i32;
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'\'' | b'"' => {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'=' if depth == 0 => {
                let prev = if i > 0 { b[i - 1] } else { b' ' };
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                if next != b'=' && !b"=<>!+-*/%&|^@:".contains(&prev) {
                    out.push(i);
                }
                if next == b'=' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// CPython's `invalid_named_expression`: a target that starts an expression statement, then
/// one `=` and a value not followed by another `=`, reads as a comparison typo.
fn assignment_hint(src: &str, r: TextRange) -> bool {
    let (ls, le) = logical_line(src, r.start().to_usize());
    let before = &src[ls..r.start().to_usize()];
    if !single_equals(before).is_empty() || before.trim_start().starts_with(['@']) {
        return false;
    }
    let first = before.split_whitespace().next().unwrap_or("");
    if matches!(first, "for" | "with" | "async" | "del" | "import" | "from") {
        return false;
    }
    let after = &src[r.end().to_usize()..le.max(r.end().to_usize())];
    let eqs = single_equals(after);
    if eqs.first().is_none_or(|&i| !after[..i].trim().is_empty()) {
        return false;
    }
    let rest = &after[eqs[0] + 1..];
    let word = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    eqs.len() == 1
        && !matches!(word, "yield" | "lambda" | "not")
        && !rest.trim_start().starts_with('*')
}

/// `print "x"`: CPython's `invalid_legacy_expression` hint; other juxtaposed expressions are
/// plain invalid syntax at the second one.
fn legacy_print(src: &str, r: TextRange) -> Option<CompileError> {
    let (ls, le) = logical_line(src, r.start().to_usize());
    let before = src[ls..r.start().to_usize()].trim_end();
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()?;
    let word_start = ls + before.len() - word.len();
    let next = src[r.start().to_usize()..].chars().next()?;
    if (word == "print" || word == "exec") && next != '(' && next != '=' && next != '.' {
        let line = &src[word_start..le];
        let line = line.split(" #").next().unwrap_or(line).trim_end();
        let line = line.trim_end_matches(';').trim_end();
        return Some(CompileError::at_range(
            format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
            TextRange::new(size(word_start), size(word_start + line.len())),
        ));
    }
    None
}

/// Where the expression that ends just before `end` starts, within its bracket: after the
/// last `,`, opening bracket or `=` at its depth.
fn expr_start_before(src: &str, end: usize) -> usize {
    let b = src.as_bytes();
    let mut depth = 0i32;
    let mut i = end;
    while i > 0 {
        let c = b[i - 1];
        match c {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth > 0 => depth -= 1,
            b'(' | b'[' | b'{' | b',' | b'\n' | b';' if depth == 0 => break,
            b'=' if depth == 0
                && !(i >= 2 && b"=<>!".contains(&b[i - 2]))
                && b.get(i) != Some(&b'=') =>
            {
                break;
            }
            b':' if depth == 0 => break,
            _ => {}
        }
        i -= 1;
    }
    while i < end && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    // A keyword that opens the line (`return x y`) is not part of the expression.
    let word: String = src[i..end]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if matches!(
        word.as_str(),
        "return" | "if" | "elif" | "while" | "assert" | "del" | "yield" | "in"
    ) {
        i += word.len();
        while i < end && b[i] == b' ' {
            i += 1;
        }
    }
    i
}

/// Where the expression starting at `start` ends: the next `,`, `:`, closing bracket or
/// juxtaposed operand at its depth.
fn expr_end_after(src: &str, start: usize) -> usize {
    let b = src.as_bytes();
    let mut depth = 0i32;
    let mut i = start;
    let mut last_atom = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' | b'{' => {
                depth += 1;
            }
            b')' | b']' | b'}' if depth == 0 => break,
            b')' | b']' | b'}' => depth -= 1,
            b',' | b':' | b'\n' | b';' | b'=' if depth == 0 => break,
            b' ' | b'\t' if depth == 0 => {
                let mut j = i;
                while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                    j += 1;
                }
                let n = b.get(j).copied().unwrap_or(b'\n');
                let word: String = src[j..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let is_op_word = matches!(
                    word.as_str(),
                    "and" | "or" | "not" | "in" | "is" | "if" | "else" | "for"
                );
                if last_atom
                    && (n.is_ascii_alphanumeric() || n == b'_' || n == b'"' || n == b'\'')
                    && !is_op_word
                {
                    break;
                }
                i = j;
                continue;
            }
            b'\'' | b'"' => {
                let q = c;
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        last_atom =
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b')' | b']' | b'}' | b'"' | b'\'');
        i += 1;
    }
    let mut e = i.min(b.len());
    while e > start && (b[e - 1] == b' ' || b[e - 1] == b'\t') {
        e -= 1;
    }
    e
}

fn expected_token(
    src: &str,
    r: TextRange,
    expected: TokenKind,
    found: TokenKind,
) -> Option<CompileError> {
    let pos = r.start().to_usize();
    let (_, open, _) = scan_inner(src, pos);
    let starts_expr = matches!(
        found,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Lambda
            | TokenKind::Not
    );
    if let Some(&(bracket, _)) = open.last() {
        if expected == TokenKind::Colon
            && bracket == b'{'
            && matches!(found, TokenKind::Comma | TokenKind::Rbrace)
        {
            // CPython underlines the key that has no value.
            let a = expr_start_before(src, pos);
            return Some(CompileError::at_range(
                "':' expected after dictionary key",
                TextRange::new(size(a), size(src[..pos].trim_end().len().max(a))),
            ));
        }
        if matches!(
            expected,
            TokenKind::Comma
                | TokenKind::Colon
                | TokenKind::Rpar
                | TokenKind::Rsqb
                | TokenKind::Rbrace
        ) && starts_expr
        {
            let a = expr_start_before(src, pos);
            let a_text = src[a..pos].trim();
            let single_name =
                !a_text.is_empty() && a_text.chars().all(|c| c.is_alphanumeric() || c == '_');
            if a_text.is_empty() || (single_name && found == TokenKind::String) {
                return None;
            }
            let b = expr_end_after(src, pos);
            return Some(CompileError::at_range(
                "invalid syntax. Perhaps you forgot a comma?",
                TextRange::new(size(a), size(b)),
            ));
        }
        return None;
    }
    if expected == TokenKind::Colon && found == TokenKind::Equal {
        // `if x = 1:`: CPython suggests `==` or `:=` for a name assigned inside an expression.
        let (ls, _) = logical_line(src, pos);
        let before = src[ls..pos].trim_end();
        let name = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()?;
        if name.is_empty() || name.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let a = ls + before.len() - name.len();
        let mut v = r.end().to_usize();
        while src.as_bytes().get(v) == Some(&b' ') {
            v += 1;
        }
        let b = expr_end_after(src, v);
        return Some(CompileError::at_range(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            TextRange::new(size(a), size(b)),
        ));
    }
    None
}

/// The closing bracket of the call whose arguments continue at `pos`.
fn call_close(src: &str, pos: usize) -> usize {
    let mut depth = 0i32;
    for (i, c) in src.bytes().enumerate().skip(pos) {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return i,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    pos
}

/// `f"{}"`: the field that failed is empty.
fn in_empty_fstring_field(src: &str, r: TextRange) -> bool {
    let pos = r.start().to_usize();
    let before = src[..pos].trim_end_matches(' ');
    before.ends_with('{')
        && src[pos..].trim_start().starts_with(['}', '!', ':', '='])
        && string_span(src, pos).is_some()
}

/// CPython 3.11 compiles an f-string's fields on their own and reports their errors just
/// after the string token.
fn fstring_error(src: &str, r: TextRange, msg: &str) -> Option<CompileError> {
    let (_, end) = string_span(src, r.start().to_usize())?;
    Some(CompileError::at_range(msg, range_at(end)))
}

/// `"\N{NOPE}"`, `"\x1"`: CPython's unicode-escape codec error, reported after the string.
fn unicode_error(src: &str, r: TextRange) -> Option<CompileError> {
    let pos = r.start().to_usize();
    let (s, e) = string_span(src, pos)?;
    let body_start = s + src[s..].find(['\'', '"'])?;
    let quote = src.as_bytes()[body_start];
    let triple = src[body_start..].starts_with(&String::from_utf8(vec![quote; 3]).ok()?);
    let body_start = body_start + if triple { 3 } else { 1 };
    let bs = src[body_start..pos.max(body_start)]
        .rfind('\\')
        .map(|i| body_start + i)?;
    let kind = src[bs + 1..].chars().next()?;
    let esc_end = match kind {
        'N' => src[bs..].find('}').map_or(bs + 2, |i| bs + i + 1),
        _ => {
            let want = match kind {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let digits = src[bs + 2..]
                .chars()
                .take(want)
                .take_while(char::is_ascii_hexdigit)
                .count();
            bs + 2 + digits
        }
    };
    let what = match kind {
        'N' if src[bs + 2..].starts_with('{') && src[bs..esc_end].ends_with('}') => {
            "unknown Unicode character name".to_string()
        }
        'N' => "malformed \\N character escape".to_string(),
        'x' => "truncated \\xXX escape".to_string(),
        'u' => "truncated \\uXXXX escape".to_string(),
        'U' if esc_end - bs == 10 => "illegal Unicode character".to_string(),
        _ => "truncated \\UXXXXXXXX escape".to_string(),
    };
    let p0 = src[body_start..bs].chars().count();
    let p1 = p0 + src[bs..esc_end].chars().count() - 1;
    Some(CompileError::at_range(
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {p0}-{p1}: {what}"
        ),
        range_at(e),
    ))
}

/// The string token (prefix to closing quote) that contains byte `pos`.
fn string_span(src: &str, pos: usize) -> Option<(usize, usize)> {
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() && i <= pos {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let start = string_start(b, i);
                let end = skip_string(b, i).0;
                if (start..end.max(start + 1)).contains(&pos) {
                    return Some((start, end));
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Skips the string literal whose opening quote is at `quote`: returns the offset after it
/// (or where the scan stopped), the newlines it crossed and whether it was closed.
fn skip_string(bytes: &[u8], quote: usize) -> (usize, u32, bool) {
    let q = bytes[quote];
    let start = string_start(bytes, quote);
    let raw = bytes[start..quote].iter().any(|b| *b == b'r' || *b == b'R');
    let triple = quote + 2 < bytes.len() && bytes[quote + 1] == q && bytes[quote + 2] == q;
    let mut lines = 0;
    let mut i = quote + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    lines += 1;
                }
                // In a raw string the backslash still keeps the quote after it.
                let _ = raw;
                i += 2;
                continue;
            }
            b'\n' if !triple => return (i, lines, false),
            b'\n' => lines += 1,
            c if c == q
                && (!triple || (bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q))) =>
            {
                return (i + if triple { 3 } else { 1 }, lines, true);
            }
            _ => {}
        }
        i += 1;
    }
    (bytes.len(), lines, false)
}

/// Tokenizer errors that CPython reports even where ruff's parser accepts the source.
pub(crate) fn tokenizer_only(source: &str) -> Option<CompileError> {
    // Tabs and spaces mixed in indentation: ruff takes what CPython refuses (TabError).
    if (source.contains("\n\t") || source.starts_with('\t'))
        && let Some((e, _)) = scan(source)
        && e.kind == SyntaxKind::TabError
    {
        return Some(e);
    }
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
    let (e, _, eof_block) = scan_inner(src, usize::MAX);
    let e = e?;
    let at = match e.msg.as_str() {
        // A block header ending the file: the parser fails just after its ':'.
        _ if let Some(at) = eof_block => at,
        m if m.ends_with("was never closed") => src.len(),
        // The indentation itself is the first token of its line: ruff fails on it there.
        "unexpected indent"
        | "unindent does not match any outer indentation level"
        | "inconsistent use of tabs and spaces in indentation" => e.range.map_or(0, |r| {
            let at = r.start().to_usize();
            src[..at].rfind('\n').map_or(0, |n| n + 1)
        }),
        m if m.ends_with(" literal")
            || m.starts_with("invalid digit")
            || m.starts_with("leading zeros") =>
        {
            // The number token's start: ruff stops there too.
            let r = e.range.map_or(0, |r| r.start().to_usize());
            let b = src.as_bytes();
            let mut s = r.min(b.len());
            while s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'_' | b'.')) {
                s -= 1;
            }
            s
        }
        _ => e.range.map_or(0, |r| r.start().to_usize()),
    };
    Some((e, at))
}

/// The innermost bracket still open at byte `at`, if it was opened on an earlier line.
fn open_bracket_before(src: &str, at: usize) -> Option<(u8, usize)> {
    let (_, open, _) = scan_inner(src, at);
    let (c, off) = *open.last()?;
    let line = |o: usize| src[..o.min(src.len())].matches('\n').count();
    (line(off) < line(at)).then_some((c, off))
}

/// The error, the brackets still open, and for a block header that ends the file the offset
/// just after its ':' (where the parser notices).
fn scan_inner(
    src: &str,
    stop_at: usize,
) -> (Option<CompileError>, Vec<(u8, usize)>, Option<usize>) {
    let mut brackets: Vec<(u8, usize)> = Vec::new();
    let mut eof_block = None;
    let e = scan_until(src, stop_at, &mut brackets, &mut eof_block);
    (e, brackets, eof_block)
}

fn scan_until(
    src: &str,
    stop_at: usize,
    brackets: &mut Vec<(u8, usize)>,
    eof_block: &mut Option<usize>,
) -> Option<CompileError> {
    let bytes = src.as_bytes();
    let mut indents: Vec<usize> = vec![0];
    // CPython also measures indentation with tabs as one column; the two must agree.
    let mut alt_indents: Vec<usize> = vec![0];
    let mut i = 0;
    let mut at_line_start = true;
    let mut line_no = 1u32;
    // The start of the last logical line that ended with ':', its line number, and the offset
    // just after that ':'.
    let mut pending_block: Option<(usize, u32, usize)> = None;
    let mut last_sig: Option<u8> = None;
    let mut colon_end = 0usize;
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
            let mut alt = 0;
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t' || bytes[i] == b'\x0c')
            {
                width = if bytes[i] == b'\t' {
                    (width / 8 + 1) * 8
                } else {
                    width + 1
                };
                alt += 1;
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
            let alt_top = *alt_indents.last().unwrap_or(&0);
            let tab_error = || {
                CompileError::at_range(
                    "inconsistent use of tabs and spaces in indentation",
                    range_at(ls),
                )
                .with_kind(SyntaxKind::TabError)
                .no_caret()
            };
            // CPython's tokenizer: the same width must mean the same width with tabs as one
            // column, and an indent must indent in both.
            if (width == top && alt != alt_top) || (width > top && alt <= alt_top) {
                return Some(tab_error());
            }
            let block = pending_block
                .take()
                .map(|(start, line, _)| (block_kind(&src[start..]), line))
                .filter(|(kind, _)| kind != "statement");
            if let Some((kind, block_line)) = block {
                if width <= top {
                    return Some(
                        CompileError::at_range(
                            format!("expected an indented block after {kind} on line {block_line}"),
                            range_at(i),
                        )
                        .with_kind(SyntaxKind::IndentationError),
                    );
                }
                indents.push(width);
                alt_indents.push(alt);
            } else if width > top {
                // CPython's offset is the indentation's width (its caret is not shown).
                let at = i.saturating_sub(1).max(ls);
                let mut e = CompileError::at_range("unexpected indent", range_at(at))
                    .with_kind(SyntaxKind::IndentationError);
                e.range = Some(range_at(at));
                return Some(e.no_caret());
            } else if width < top {
                while indents.last().is_some_and(|&t| t > width) {
                    indents.pop();
                    alt_indents.pop();
                }
                if indents.last() == Some(&width) && alt_indents.last() != Some(&alt) {
                    return Some(tab_error());
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
                        pending_block = Some((logical_start, logical_line, colon_end));
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
                let start = string_start(bytes, i);
                let triple = i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c;
                let (end, lines, closed) = skip_string(bytes, i);
                if !closed {
                    if triple {
                        // A newline ending the file does not start another line.
                        let last = src.strip_suffix('\n').unwrap_or(src).len().max(start);
                        let (line, _) = crate::error::line_col(src, last);
                        return Some(CompileError::at_range(
                            format!(
                                "unterminated triple-quoted string literal (detected at line {line})"
                            ),
                            range_at(start),
                        ));
                    }
                    return Some(CompileError::at_range(
                        format!(
                            "unterminated string literal (detected at line {})",
                            line_no + lines
                        ),
                        range_at(start),
                    ));
                }
                line_no += lines;
                i = end;
                last_sig = Some(c);
            }
            b'0'..=b'9' | b'.'
                if (c != b'.' || bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                    && (i == 0
                        || !(bytes[i - 1].is_ascii_alphanumeric()
                            || bytes[i - 1] == b'_'
                            || bytes[i - 1] >= 0x80)) =>
            {
                match number_end(src, i) {
                    Ok(end) => i = end,
                    Err(e) => return Some(e),
                }
                last_sig = Some(b'0');
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            _ => {
                last_sig = Some(c);
                i += 1;
                if c == b':' {
                    colon_end = i;
                }
            }
        }
    }
    if let Some((c, off)) = brackets.first() {
        return Some(CompileError::at_range(
            format!("'{}' was never closed", *c as char),
            range_at(*off),
        ));
    }
    // A block header on the last line (with or without its newline) never got its block;
    // CPython points just after the header's last character.
    if pending_block.is_none() && last_sig == Some(b':') && !at_line_start {
        pending_block = Some((logical_start, logical_line, colon_end));
    }
    if let Some((block_start, block_line, header_end)) = pending_block
        && let kind = block_kind(&src[block_start..])
        && kind != "statement"
    {
        // CPython names the file's last line (blank or comment lines too), at its end,
        // without a caret.
        let body = src.strip_suffix('\n').unwrap_or(src);
        *eof_block = Some(header_end);
        return Some(
            CompileError::at_range(
                format!("expected an indented block after {kind} on line {block_line}"),
                range_at(body.len()),
            )
            .with_kind(SyntaxKind::IndentationError)
            .no_caret(),
        );
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

/// Checks the number token starting at `start` as CPython's tokenizer does; returns where it
/// ends or the tokenizer's SyntaxError ("invalid decimal literal", ...). CPython's offset
/// for these is the index of the offending character, so its caret sits one before it.
fn number_end(src: &str, start: usize) -> Result<usize, CompileError> {
    let b = src.as_bytes();
    let at = |off: usize, msg: String| -> CompileError {
        CompileError::at_range(msg, range_at(off.saturating_sub(1)))
    };
    let is_id = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    // After a number, a name character is an error (CPython lets `1if x else y` through
    // with a warning for the keywords that may follow a number).
    let check_end = |i: usize, kind: &str| -> Result<usize, CompileError> {
        match b.get(i) {
            Some(&c) if is_id(c) => {
                let rest = &src[i..];
                let kw = ["and", "else", "for", "if", "in", "is", "or", "not"]
                    .iter()
                    .any(|k| rest.starts_with(k));
                if kw {
                    Ok(i)
                } else {
                    Err(at(i, format!("invalid {kind} literal")))
                }
            }
            _ => Ok(i),
        }
    };
    let digits =
        |mut i: usize, ok: &dyn Fn(u8) -> bool, kind: &str| -> Result<usize, CompileError> {
            loop {
                while i < b.len() && ok(b[i]) {
                    i += 1;
                }
                if b.get(i) != Some(&b'_') {
                    return Ok(i);
                }
                i += 1;
                if !b.get(i).is_some_and(|c| ok(*c)) {
                    return Err(at(i, format!("invalid {kind} literal")));
                }
            }
        };
    let mut i = start;
    if b[i] == b'0' && matches!(b.get(i + 1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) {
        let (kind, ok): (&str, &dyn Fn(u8) -> bool) = match b[i + 1] {
            b'x' | b'X' => ("hexadecimal", &|c: u8| c.is_ascii_hexdigit()),
            b'o' | b'O' => ("octal", &|c: u8| (b'0'..=b'7').contains(&c)),
            _ => ("binary", &|c: u8| c == b'0' || c == b'1'),
        };
        i += 2;
        if b.get(i) == Some(&b'_') {
            i += 1;
        }
        if !b.get(i).is_some_and(|c| ok(*c)) {
            if let Some(&c) = b.get(i)
                && c.is_ascii_digit()
            {
                return Err(at(
                    i + 1,
                    format!("invalid digit '{}' in {kind} literal", c as char),
                ));
            }
            return Err(at(i, format!("invalid {kind} literal")));
        }
        i = digits(i, ok, kind)?;
        if let Some(&c) = b.get(i)
            && c.is_ascii_digit()
        {
            return Err(at(
                i + 1,
                format!("invalid digit '{}' in {kind} literal", c as char),
            ));
        }
        return check_end(i, kind);
    }
    let dec = |c: u8| c.is_ascii_digit();
    if b[i] != b'.' {
        let leading_zero = b[i] == b'0';
        i = digits(i, &dec, "decimal")?;
        if leading_zero
            && !matches!(b.get(i), Some(b'.' | b'e' | b'E' | b'j' | b'J'))
            && src[start..i].bytes().any(|c| c != b'0' && c != b'_')
        {
            let zeros = src[start..i]
                .bytes()
                .take_while(|c| *c == b'0' || *c == b'_')
                .count();
            return Err(CompileError::at_range(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                TextRange::new(size(start), size(start + zeros)),
            ));
        }
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i = digits(i, &dec, "decimal")?;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let e = i;
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
            if !b.get(i).is_some_and(|c| c.is_ascii_digit()) {
                return Err(at(i, "invalid decimal literal".to_string()));
            }
        } else if !b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            return check_end(e, "decimal");
        }
        i = digits(i, &dec, "decimal")?;
    }
    if matches!(b.get(i), Some(b'j' | b'J')) {
        i += 1;
        return check_end(i, "imaginary");
    }
    check_end(i, "decimal")
}
