//! Growth of list storage by appends.
//!
//! `Vec::push` doubles a full vector. For a large list that means copying it into a fresh
//! allocation twice as big at each step, and with mimalloc (no `mremap` as glibc's realloc
//! does for large blocks) every page the copy writes is a fresh page the kernel must clear.
//! Past [`LARGE`] items a list grows fourfold instead: the same final allocation in a third
//! as many copies, with a third of the bytes copied and cleared. CPython's 1/8
//! over-allocation would copy the whole list about every eighth growth, which mimalloc makes
//! several times slower (docs/performance.md, "Object layout round 2").

use crate::value::Value;

/// Items (16 bytes each, so 1 MiB) from which an append to a full list grows it fourfold.
pub const LARGE: usize = 1 << 16;

/// Appends `v` to a list's items (what `list.append` uses; comprehensions keep `Vec::push`,
/// since a call in the eval loop's `ListAppend` changed the code of the whole loop).
// Out of line, as `Vec::push`'s own body is in the eval loop: inlined there, this test came on
// top of the one in `push` (7 instructions more per `list.append`); here `push` is inlined
// after it and its test folds away.
#[inline(never)]
pub fn push(items: &mut Vec<Value>, v: Value) {
    if items.len() == items.capacity() {
        grow(items);
    }
    items.push(v);
}

/// Makes room in a full list: doubling (at least 4), or fourfold from [`LARGE`] items.
#[cold]
#[inline(never)]
fn grow(items: &mut Vec<Value>) {
    let n = items.len();
    items.reserve_exact(if n >= LARGE { 3 * n } else { n.max(4) });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_lists_double_large_ones_grow_fourfold() {
        let mut v = Vec::new();
        let mut caps = Vec::new();
        for i in 0..(LARGE * 5) {
            push(&mut v, Value::Int(i as i64));
            if caps.last() != Some(&v.capacity()) {
                caps.push(v.capacity());
            }
        }
        assert_eq!(caps[caps.len() - 3..], [LARGE, 4 * LARGE, 16 * LARGE]);
        assert!(matches!(v[LARGE * 5 - 1], Value::Int(x) if x == (LARGE * 5 - 1) as i64));
    }
}
