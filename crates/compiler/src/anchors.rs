//! Caret anchors for tracebacks: CPython 3.11 re-parses the failing expression's text and, for
//! binary operators and subscripts, marks the operator part with `^` and the rest with `~`.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// For a one-line source segment (the failing expression), the 0-based byte offsets inside
/// it of the secondary range `(left_end, right_start)`, or `None` when the whole range gets
/// plain carets.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let module = parsed.into_syntax();
    let [Stmt::Expr(e)] = &module.body[..] else {
        return None;
    };
    let b = segment.as_bytes();
    match &*e.value {
        Expr::BinOp(op) => {
            let left_end = op.left.range().end().to_usize();
            let right_start = op.right.range().start().to_usize();
            // The operator is the first non-space, non-')' character between the operands
            // (CPython skips only whitespace; parentheses around the left operand end before).
            let mut i = left_end;
            while i < right_start {
                let c = b[i];
                if c.is_ascii_whitespace() || c == b')' || c == b'\\' {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                if j < right_start && !b[j].is_ascii_whitespace() {
                    j += 1;
                }
                return Some((i, j));
            }
            None
        }
        Expr::Subscript(s) => {
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            let n = b.len();
            while left < n && b[left] != b'[' {
                left += 1;
            }
            while right < n && b[right] != b']' {
                right += 1;
            }
            if right < n {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
