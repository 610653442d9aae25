//! Uncaught exceptions and syntax errors printed exactly as CPython 3.11 prints them.

use isles_compiler::{CompileError, caret_anchors};
use isles_object::{BoolWord, ExcKind, Kind, Obj, PyErr, PyResult, TbEntry, Value};

use crate::ops;
use crate::thread::Thread;

const RECURSIVE_CUTOFF: usize = 3;
const TRACEBACK_LIMIT: usize = 1000;

/// Byte offset `col` in `line` as a character offset.
fn char_offset(line: &str, col: usize) -> usize {
    let col = col.min(line.len());
    let mut c = col;
    while !line.is_char_boundary(c) {
        c -= 1;
    }
    line[..c].chars().count()
}

/// One `File "…", line N, in name` entry with its source line and carets.
fn format_entry(out: &mut String, e: &TbEntry) {
    let code = &e.code;
    let pos = code
        .positions
        .get(e.instr as usize)
        .copied()
        .unwrap_or_default();
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.filename, pos.line, code.name
    ));
    // CPython reads the line from the file; pseudo-files like `<string>` have none.
    if code.filename.starts_with('<') && code.filename.ends_with('>') {
        return;
    }
    let Some(line) = code.source_line(pos.line) else {
        return;
    };
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.trim().is_empty() {
        return;
    }
    let truncation = line.chars().count() - stripped.chars().count();
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if pos.line == 0 {
        return;
    }
    let start = char_offset(line, pos.col as usize);
    let mut end = char_offset(line, pos.end_col as usize);
    let mut anchors: Option<(usize, usize)> = None;
    if pos.end_line == pos.line {
        if end <= start {
            return;
        }
        let seg_start = pos.col as usize;
        let seg_end = (pos.end_col as usize).min(line.len());
        if let Some(seg) = line.get(seg_start..seg_end)
            && let Some((l, r)) = caret_anchors(seg)
        {
            anchors = Some((start + char_offset(seg, l), start + char_offset(seg, r)));
        }
    } else {
        end = line.trim_end().chars().count();
    }
    let stripped_len = stripped.chars().count();
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    out.push_str("    ");
    for p in truncation + 1..=end {
        let ch = if p <= start {
            ' '
        } else if anchors.is_some_and(|(l, r)| l < p && p <= r) {
            '^'
        } else if anchors.is_some() {
            '~'
        } else {
            '^'
        };
        out.push(ch);
    }
    out.push('\n');
}

/// Formats the traceback entries (outermost first), collapsing recursion as CPython does.
pub fn format_tb(entries: &[TbEntry]) -> String {
    let mut out = String::new();
    let entries = &entries[entries.len().saturating_sub(TRACEBACK_LIMIT)..];
    let mut last: Option<(String, u32, String)> = None;
    let mut cnt = 0usize;
    for e in entries {
        let line = e.code.positions.get(e.instr as usize).map_or(0, |p| p.line);
        let key = (e.code.filename.to_string(), line, e.code.name.to_string());
        if last.as_ref() != Some(&key) {
            if cnt > RECURSIVE_CUTOFF {
                repeated(&mut out, cnt);
            }
            last = Some(key);
            cnt = 0;
        }
        cnt += 1;
        if cnt <= RECURSIVE_CUTOFF {
            format_entry(&mut out, e);
        }
    }
    if cnt > RECURSIVE_CUTOFF {
        repeated(&mut out, cnt);
    }
    out
}

fn repeated(out: &mut String, cnt: usize) {
    let n = cnt - RECURSIVE_CUTOFF;
    out.push_str(&format!(
        "  [Previous line repeated {n} more time{}]\n",
        if n > 1 { "s" } else { "" }
    ));
}

/// The last line: `TypeName: message`.
pub fn format_exception_only(th: &mut Thread<'_>, err: &mut PyErr) -> String {
    let exc = ops::normalize(th, err);
    // A SyntaxError with a location prints it: file, line, caret.
    if let Some(ce) = compile_error_of(&exc) {
        return format_syntax_error(&ce);
    }
    let v = Value::Obj(exc.clone());
    let t = ops::type_of(th, &v);
    let (module, qualname) = t
        .as_type()
        .map(|t| (t.module_name(), t.qualname()))
        .unwrap_or_default();
    let name = if module == "builtins" || module == "__main__" {
        qualname
    } else {
        format!("{module}.{qualname}")
    };
    let msg = match ops::str_(th, &v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    };
    if let Some(s) = &err.0.suggestion {
        out.pop();
        out.push_str(&format!(". Did you mean: '{s}'?\n"));
    }
    // PEP 678 notes, one per line after the message.
    let notes = match exc.kind() {
        Kind::Exception(x) => x.dict.borrow().get_str("__notes__").cloned(),
        _ => None,
    };
    if let Some(notes) = notes {
        let items = match notes.kind() {
            Some(Kind::List(l)) => Some(l.borrow().clone()),
            Some(Kind::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        };
        match items {
            Some(items) => {
                for n in items {
                    match ops::str_(th, &n) {
                        Ok(s) => out.push_str(&s),
                        Err(_) => out.push_str("<note str() failed>"),
                    }
                    out.push('\n');
                }
            }
            None => {
                let r =
                    ops::repr(th, &notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
            }
        }
    }
    out
}

/// For an AttributeError that records the object and name of a failed lookup (the builtin
/// types' lookups, whose hint is not worked out when they fail: `hasattr` would pay for it),
/// the "Did you mean" hint from `dir(obj)`, worked out when printed, as CPython's.
fn attribute_suggestion(th: &mut Thread<'_>, exc: &Obj) -> Option<String> {
    let Kind::Exception(x) = exc.kind() else {
        return None;
    };
    if !ops::is_subtype(
        &x.class,
        th.st.types.exc(isles_object::ExcKind::AttributeError),
    ) {
        return None;
    }
    let (name, obj) = {
        let d = x.dict.borrow();
        (
            d.get_str("name")?.as_str()?.to_string(),
            d.get_str("obj")?.clone(),
        )
    };
    let dir = th.builtin("dir")?;
    let names = th.call(&dir, crate::Args::positional(&[obj])).ok()?;
    let Some(Kind::List(items)) = names.kind() else {
        return None;
    };
    // CPython gives up on objects with more than 750 attributes.
    let candidates: Vec<String> = items
        .borrow()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    if candidates.len() > 750 {
        return None;
    }
    suggest(&name, &candidates)
}

/// The whole report for an uncaught exception.
pub fn format_exception(th: &mut Thread<'_>, err: &mut PyErr) -> String {
    format_report(th, err, Ctx::default())
}

/// The report the interpreter prints for an exception nothing caught: [`format_exception`]
/// with the hints only CPython's own printer gives.
pub fn format_uncaught(th: &mut Thread<'_>, err: &mut PyErr) -> String {
    let ctx = Ctx {
        hints: true,
        ..Ctx::default()
    };
    format_report(th, err, ctx)
}

fn format_report(th: &mut Thread<'_>, err: &mut PyErr, mut ctx: Ctx) -> String {
    let exc = ops::normalize(th, err);
    let tb = err.0.traceback.clone();
    let suggestion = err.0.suggestion.clone();
    let mut out = String::new();
    format_chained(th, &exc, &tb, suggestion.as_deref(), &mut ctx, &mut out);
    out
}

/// CPython's limits on how much of an exception group is printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where printing is inside nested exception groups (CPython's `_ExceptionPrintContext`).
#[derive(Default)]
struct Ctx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    /// Work out "Did you mean" hints for builtin types' AttributeErrors now (the interpreter's
    /// own report of an uncaught exception does; CPython 3.11's `traceback` module does not).
    hints: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line behind the group margin (`| `, or `+ ` for a group header).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let ind = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&ind);
            out.push_str(line);
        }
    }
}

/// One exception with the ones it was chained from printed first (cause or context).
fn format_chained(
    th: &mut Thread<'_>,
    exc: &Obj,
    tb: &[TbEntry],
    suggestion: Option<&str>,
    ctx: &mut Ctx,
    out: &mut String,
) {
    ctx.seen.push(exc.id());
    if let Kind::Exception(x) = exc.kind() {
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        let (linked, note) = if !cause.is_none() {
            (
                cause,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
        } else if !context.is_none() && !x.suppress_context.get() {
            (
                context,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        } else {
            (Value::None, "")
        };
        if let Some(o) = linked.as_obj().filter(|o| !ctx.seen.contains(&o.id())) {
            format_chained(th, o, &tb_of(o), None, ctx, out);
            ctx.emit(out, note, '|');
        }
    }
    let mut tb = tb.to_vec();
    tb.reverse();
    let Some((_, excs)) = crate::excgroup::parts(&Value::Obj(exc.clone())) else {
        let mut text = String::new();
        if !tb.is_empty() {
            text.push_str("Traceback (most recent call last):\n");
            text.push_str(&format_tb(&tb));
        }
        match compile_error_of(exc) {
            Some(ce) => text.push_str(&format_syntax_error(&ce)),
            None => {
                let mut e = PyErr::from_obj(exc.clone());
                e.0.suggestion = suggestion.map(str::to_string);
                if ctx.hints && e.0.suggestion.is_none() {
                    e.0.suggestion = attribute_suggestion(th, exc);
                }
                text.push_str(&format_exception_only(th, &mut e));
            }
        }
        ctx.emit(out, &text, '|');
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !tb.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        ctx.emit(out, &format_tb(&tb), '|');
    }
    let mut e = PyErr::from_obj(exc.clone());
    let only = format_exception_only(th, &mut e);
    ctx.emit(out, &only, '|');
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, sub) in excs.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        ));
        ctx.depth += 1;
        if truncated {
            let rest = excs.len() - MAX_GROUP_WIDTH;
            let s = if rest > 1 { "s" } else { "" };
            ctx.emit(out, &format!("and {rest} more exception{s}\n"), '|');
        } else if let Some(o) = sub.as_obj() {
            format_chained(th, o, &tb_of(o), None, ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The traceback entries an exception object carries.
fn tb_of(o: &Obj) -> Vec<TbEntry> {
    match o.kind() {
        Kind::Exception(x) => x.traceback.borrow().clone(),
        _ => Vec::new(),
    }
}

/// A compile error as a Python `SyntaxError` (or subclass) object, with CPython's attributes.
pub fn syntax_error_to_pyerr(th: &Thread<'_>, e: &CompileError) -> PyErr {
    let kind = match e.kind {
        isles_compiler::SyntaxKind::IndentationError => isles_object::ExcKind::IndentationError,
        isles_compiler::SyntaxKind::TabError => isles_object::ExcKind::TabError,
        isles_compiler::SyntaxKind::RecursionError => {
            return PyErr::new(isles_object::ExcKind::RecursionError, e.msg.clone());
        }
        isles_compiler::SyntaxKind::SyntaxError => isles_object::ExcKind::SyntaxError,
    };
    let cls = th.st.types.exc(kind).clone();
    let text = e.text.clone().map_or(Value::None, Value::str);
    let details = Value::tuple(vec![
        Value::str(e.filename.as_str()),
        Value::Int(e.line as i64),
        Value::Int(e.offset as i64),
        text.clone(),
        Value::Int(e.end_line as i64),
        Value::Int(e.end_offset as i64),
    ]);
    let exc = ops::new_exception(&cls, vec![Value::str(e.msg.as_str()), details]);
    if let Kind::Exception(x) = exc.kind() {
        let fields = [
            Value::str(e.filename.as_str()),
            Value::Int(e.line as i64),
            Value::Int(e.offset as i64),
            text,
            Value::Int(e.end_line as i64),
            Value::Int(e.end_offset as i64),
        ];
        set_syntax_error_attrs(x, Value::str(e.msg.as_str()), fields);
        x.dict
            .borrow_mut()
            .set_str("print_caret", Value::bool(e.show_caret));
    }
    PyErr::from_obj(exc)
}

/// A new `kind` error with message `msg` raised because of `cause` (CPython's
/// `_PyErr_FormatFromCause`): `cause` becomes its `__cause__` and `__context__`, with the
/// context suppressed; the cause keeps its own traceback entries.
pub(crate) fn from_cause(
    th: &mut Thread<'_>,
    mut cause: PyErr,
    kind: ExcKind,
    msg: impl Into<String>,
) -> PyErr {
    let cause_obj = ops::normalize(th, &mut cause);
    if let Kind::Exception(x) = cause_obj.kind() {
        *x.traceback.borrow_mut() = std::mem::take(&mut cause.0.traceback);
    }
    let mut err = PyErr::new(kind, msg.into());
    let new = ops::normalize(th, &mut err);
    if let Kind::Exception(x) = new.kind() {
        *x.cause.borrow_mut() = Value::Obj(cause_obj.clone());
        *x.context.borrow_mut() = Value::Obj(cause_obj);
        x.suppress_context.set(true);
    }
    err
}

/// The six location attributes of a SyntaxError object, in CPython's order.
pub(crate) const SYNTAX_LOCATION_FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `msg` and the six location attributes of a SyntaxError object, in CPython's order.
fn set_syntax_error_attrs(x: &isles_object::ExcObj, msg: Value, fields: [Value; 6]) {
    let mut d = x.dict.borrow_mut();
    d.set_str("msg", msg);
    for (name, v) in SYNTAX_LOCATION_FIELDS.into_iter().zip(fields) {
        d.set_str(name, v);
    }
    d.set_str("print_file_and_line", Value::None);
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the
/// attributes CPython's `SyntaxError.__init__` sets (None where not given).
pub fn init_syntax_error_attrs(
    th: &mut Thread<'_>,
    x: &isles_object::ExcObj,
    args: &[Value],
) -> PyResult<()> {
    let mut fields = [
        Value::None,
        Value::None,
        Value::None,
        Value::None,
        Value::None,
        Value::None,
    ];
    if let [_, info] = args {
        let items = ops::iterate(th, info)?;
        if !(4..=6).contains(&items.len()) {
            return Err(PyErr::type_error(format!(
                "function takes {} 4 arguments ({} given)",
                if items.len() < 4 {
                    "at least"
                } else {
                    "at most"
                },
                items.len()
            )));
        }
        for (slot, v) in fields.iter_mut().zip(items) {
            *slot = v;
        }
    }
    set_syntax_error_attrs(x, args.first().cloned().unwrap_or(Value::None), fields);
    Ok(())
}

/// Rebuilds the compile error a SyntaxError object describes (for printing it).
fn compile_error_of(exc: &Obj) -> Option<CompileError> {
    let Kind::Exception(x) = exc.kind() else {
        return None;
    };
    let d = x.dict.borrow();
    let int = |k: &str| match d.get_str(k) {
        Some(Value::Int(i)) => *i as u32,
        _ => 0,
    };
    let kind = match x.class.as_type().and_then(|t| t.exc_kind) {
        Some(isles_object::ExcKind::IndentationError) => {
            isles_compiler::SyntaxKind::IndentationError
        }
        Some(isles_object::ExcKind::TabError) => isles_compiler::SyntaxKind::TabError,
        _ => isles_compiler::SyntaxKind::SyntaxError,
    };
    let mut e = CompileError::new(d.get_str("msg")?.as_str()?.to_string()).with_kind(kind);
    e.filename = d.get_str("filename")?.as_str()?.to_string();
    e.line = int("lineno");
    e.offset = int("offset");
    e.end_line = int("end_lineno");
    e.end_offset = int("end_offset");
    e.text = d
        .get_str("text")
        .and_then(|t| t.as_str().map(str::to_string));
    e.show_caret = !matches!(d.get_str("print_caret"), Some(Value::Bool(BoolWord::FALSE)));
    Some(e)
}

/// A SyntaxError report: no traceback header, the line, a caret, the message.
pub fn format_syntax_error(e: &CompileError) -> String {
    if e.kind == isles_compiler::SyntaxKind::RecursionError {
        return format!("RecursionError: {}\n", e.msg);
    }
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.line);
    if let Some(text) = &e.text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let removed = line.chars().count() - stripped.chars().count();
        // print_error_text writes the line even when it is empty.
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        if e.show_caret && e.offset > 0 {
            let start = (e.offset as usize)
                .saturating_sub(1)
                .saturating_sub(removed);
            let mut width = 1;
            if e.end_line == e.line && e.end_offset > e.offset {
                width = (e.end_offset - e.offset) as usize;
            }
            out.push_str("    ");
            out.push_str(&" ".repeat(start));
            out.push_str(&"^".repeat(width));
            out.push('\n');
        }
    }
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    out
}

// ---------------------------------------------------------------------------------------------
// "Did you mean" suggestions (CPython's Levenshtein variant)

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest name to `name` among `candidates`, as CPython picks it.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_d = usize::MAX;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_d.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_d {
            best = Some(c);
            best_d = d;
        }
    }
    best.cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_pick_close_names() {
        let c = vec!["counter".to_string(), "print".to_string()];
        assert_eq!(suggest("countr", &c).as_deref(), Some("counter"));
        assert_eq!(suggest("zzzzzz", &c), None);
    }
}
