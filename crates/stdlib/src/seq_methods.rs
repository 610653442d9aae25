//! `tuple.count`/`tuple.index`, `list.index` with bounds, `list.sort` and `sorted()`.
//!
//! Sorting compares only with `<`, as CPython does, and must survive comparisons that raise
//! or are inconsistent, so it is written here rather than borrowed from `slice::sort_by`
//! (which may panic on an inconsistent order). Short lists use CPython's own run detection
//! and binary insertion, so the comparisons made (and any error raised) match it. Keys that
//! compare without Python code (ints, floats, exact strs, tuples of them) are sorted by
//! `sort_unstable_by` with the position as the tie-break instead ([`plain_order`]).

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_compiler::CmpOp;
use isles_object::{Kind, PyErr, PyResult, Value};

use crate::methods::{self, Arity, adjust_indices, check, slice_bound};

pub(crate) fn install(th: &Thread<'_>) {
    let t = &th.st.types;
    let tuple: &[(&'static str, NativeFn)] = &[("count", tuple_count), ("index", tuple_index)];
    methods::install(&t.tuple, "tuple", tuple);
    let list: &[(&'static str, NativeFn)] = &[("index", list_index), ("sort", list_sort)];
    methods::install(&t.list, "list", list);
}

fn is_tuple(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Tuple(_)))
}

fn is_list(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::List(_)))
}

/// A snapshot of a tuple's or list's items.
fn items_of(v: &Value) -> Vec<Value> {
    match v.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        Some(Kind::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    }
}

fn same(th: &mut Thread<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || ops::eq(th, a, b)?)
}

fn tuple_count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (t, rest) = methods::receiver(th, &a, "tuple", "count", is_tuple)?;
    check(&a, "tuple", "count", rest.len(), Arity::One)?;
    let mut n = 0;
    for v in items_of(t) {
        if same(th, &v, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `seq.index(x[, start[, stop]])`: the position, or `None` when absent.
fn index_in(
    th: &mut Thread<'_>,
    a: &Args<'_>,
    owner: &str,
    is_owner: fn(&Value) -> bool,
) -> PyResult<Option<i64>> {
    let (seq, rest) = methods::receiver(th, a, owner, "index", is_owner)?;
    check(a, owner, "index", rest.len(), Arity::Expected(1, 3))?;
    let start = slice_bound(th, rest.get(1), false)?;
    let stop = slice_bound(th, rest.get(2), false)?;
    let mut i = start.unwrap_or(0);
    loop {
        // The list may change while `==` runs, so its length is read afresh each step.
        let items = items_of(seq);
        let (lo, hi) = adjust_indices(Some(i), stop, items.len());
        i = lo;
        let Some(v) = usize::try_from(i)
            .ok()
            .filter(|_| i < hi)
            .and_then(|j| items.get(j))
        else {
            return Ok(None);
        };
        if same(th, v, &rest[0])? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn tuple_index(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match index_in(th, &a, "tuple", is_tuple)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

fn list_index(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match index_in(th, &a, "list", is_list)? {
        Some(i) => Ok(Value::Int(i)),
        None => {
            let r = ops::repr(th, &a.pos[1])?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sorting

/// The `key=` and `reverse=` keywords of sort/sorted.
fn sort_options(th: &mut Thread<'_>, a: &Args<'_>) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match k.as_str().unwrap_or("") {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "reverse" => {
                if v.as_float().is_some() || !v.is_int_like() {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(th, v)
                    )));
                }
                reverse = ops::truthy(th, v)?;
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    Ok((key, reverse))
}

fn list_sort(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let (list, rest) = methods::receiver(th, &a, "list", "sort", is_list)?;
    if !rest.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(th, &a)?;
    sort_list(th, list, key, reverse)?;
    Ok(Value::None)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub(crate) fn builtin_sorted(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            a.pos.len()
        )));
    }
    let list = Value::list(ops::iterate(th, &a.pos[0])?);
    let (key, reverse) = sort_options(th, &a)?;
    sort_list(th, &list, key, reverse)?;
    Ok(list)
}

/// Sorts a list object in place; while it runs the list looks empty, as in CPython.
fn sort_list(th: &mut Thread<'_>, list: &Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let Some(Kind::List(cell)) = list.kind() else {
        return Ok(());
    };
    let items = std::mem::take(&mut *cell.borrow_mut());
    let result = sort_items(th, items, key, reverse);
    let mut l = cell.borrow_mut();
    let modified = !l.is_empty();
    match result {
        Ok(sorted) | Err((sorted, _)) if modified => {
            *l = sorted;
            Err(PyErr::value_error("list modified during sort"))
        }
        Ok(sorted) => {
            *l = sorted;
            Ok(())
        }
        Err((items, e)) => {
            *l = items;
            Err(e)
        }
    }
}

type SortResult = Result<Vec<Value>, (Vec<Value>, PyErr)>;

/// Sorts values by their keys; on error gives back the values (in some order) and the error.
fn sort_items(
    th: &mut Thread<'_>,
    mut items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> SortResult {
    let keys = match &key {
        None => None,
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for v in &items {
                match th.call(f, Args::positional(std::slice::from_ref(v))) {
                    Ok(k) => keys.push(k),
                    Err(e) => return Err((items, e)),
                }
            }
            Some(keys)
        }
    };
    // Reversing before and after keeps equal items in their original order.
    if reverse {
        items.reverse();
    }
    let keys = keys.map(|mut k| {
        if reverse {
            k.reverse();
        }
        k
    });
    // No key function and plain items of one kind: a stable sort of the items themselves
    // (no key or position vectors).
    if keys.is_none() && one_plain_kind(&items) {
        items.sort_by(|a, b| match (Plain::of(a), Plain::of(b)) {
            (Some(x), Some(y)) => x.cmp(y),
            _ => std::cmp::Ordering::Equal,
        });
        if reverse {
            items.reverse();
        }
        return Ok(items);
    }
    if let Some(order) = plain_order(keys.as_deref().unwrap_or(&items)) {
        let mut out: Vec<Value> = order
            .into_iter()
            .map(|i| std::mem::take(&mut items[i]))
            .collect();
        if reverse {
            out.reverse();
        }
        return Ok(out);
    }
    let mut pairs: Vec<(Value, Value)> = match keys {
        Some(k) => k.into_iter().zip(items).collect(),
        None => items.into_iter().map(|v| (v.clone(), v)).collect(),
    };
    let mut sorter = Sorter { th, err: None };
    sorter.sort(&mut pairs);
    let mut out: Vec<Value> = pairs.into_iter().map(|(_, v)| v).collect();
    if let Some(e) = sorter.err {
        return Err((out, e));
    }
    if reverse {
        out.reverse();
    }
    Ok(out)
}

/// One element of a key whose comparisons run no Python code: an int that fits a machine
/// word, a float that is not a NaN, or the text of an exact str (UTF-8 orders as code points).
#[derive(Clone, Copy, PartialEq)]
enum Plain<'a> {
    Int(i64),
    Float(f64),
    Str(&'a str),
}

impl<'a> Plain<'a> {
    fn of(v: &'a Value) -> Option<Plain<'a>> {
        match v {
            Value::Int(i) => Some(Plain::Int(*i)),
            Value::Float(f) if !f.get().is_nan() => Some(Plain::Float(f.get())),
            _ => v.plain_str().map(|s| Plain::Str(s.as_str())),
        }
    }

    fn same_kind(self, other: Plain<'_>) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// Only called on two of one kind; `Equal` for -0.0 and 0.0, as `<` sees them.
    fn cmp(self, other: Plain<'_>) -> std::cmp::Ordering {
        match (self, other) {
            (Plain::Int(a), Plain::Int(b)) => a.cmp(&b),
            (Plain::Float(a), Plain::Float(b)) => {
                a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal)
            }
            (Plain::Str(a), Plain::Str(b)) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        }
    }
}

/// Whether every value is a [`Plain`] value of the kind of the first.
fn one_plain_kind(values: &[Value]) -> bool {
    let Some(p0) = values.first().and_then(Plain::of) else {
        return false;
    };
    values
        .iter()
        .all(|v| Plain::of(v).is_some_and(|p| p.same_kind(p0)))
}

/// CPython's pre-sort check (`unsafe_long_compare` and friends, `unsafe_tuple_compare`): when
/// every key is a [`Plain`] value of one kind, or every key is an exact tuple of such values
/// with one kind per position, `<` runs no Python code, cannot fail and orders totally, so
/// the stable order of the keys is the one the general sort below would reach by its own
/// comparisons. Gives the positions of the keys in that order, or None for the general sort.
fn plain_order(keys: &[Value]) -> Option<Vec<usize>> {
    let first = keys.first()?;
    if let Some(p0) = Plain::of(first) {
        let mut ks: Vec<(Plain<'_>, usize)> = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            let p = Plain::of(k).filter(|p| p.same_kind(p0))?;
            ks.push((p, i));
        }
        // Equal ints and strs are told apart only by position, which breaks the ties.
        ks.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
        return Some(ks.into_iter().map(|(_, i)| i).collect());
    }
    // Tuples: the kinds seen at each position, checked across all keys.
    let mut kinds: Vec<Plain<'_>> = Vec::new();
    let mut ks: Vec<(&[Value], usize)> = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        let Value::Obj(o) = k else { return None };
        let (None, Kind::Tuple(t)) = (o.sub(), o.kind()) else {
            return None;
        };
        for (j, item) in t.iter().enumerate() {
            let p = Plain::of(item)?;
            match kinds.get(j) {
                Some(kind) if !kind.same_kind(p) => return None,
                Some(_) => {}
                None => kinds.push(p),
            }
        }
        ks.push((t, i));
    }
    ks.sort_unstable_by(|a, b| {
        for (x, y) in a.0.iter().zip(b.0) {
            if let (Some(x), Some(y)) = (Plain::of(x), Plain::of(y)) {
                let c = x.cmp(y);
                if c != std::cmp::Ordering::Equal {
                    return c;
                }
            }
        }
        a.0.len().cmp(&b.0.len()).then(a.1.cmp(&b.1))
    });
    Some(ks.into_iter().map(|(_, i)| i).collect())
}

/// Runs the sort; after the first failed comparison every comparison says "not less", so
/// the sort finishes quickly and the error is reported.
struct Sorter<'t, 'i> {
    th: &'t mut Thread<'i>,
    err: Option<PyErr>,
}

/// Below this length CPython sorts with a single binary insertion pass.
const MIN_MERGE: usize = 64;

impl Sorter<'_, '_> {
    fn lt(&mut self, a: &(Value, Value), b: &(Value, Value)) -> bool {
        if self.err.is_some() {
            return false;
        }
        let r = ops::compare(self.th, CmpOp::Lt, &a.0, &b.0).and_then(|r| ops::truthy(self.th, &r));
        r.unwrap_or_else(|e| {
            self.err = Some(e);
            false
        })
    }

    fn sort(&mut self, v: &mut [(Value, Value)]) {
        if v.len() < 2 {
            return;
        }
        if v.len() < MIN_MERGE {
            let run = self.count_run(v);
            self.binary_insertion(v, run);
            return;
        }
        let mid = v.len() / 2;
        let (left, right) = v.split_at_mut(mid);
        self.sort(left);
        self.sort(right);
        self.merge(v, mid);
    }

    /// Length of the run at the start (a strictly descending run is reversed in place).
    fn count_run(&mut self, v: &mut [(Value, Value)]) -> usize {
        let mut n = 2;
        if self.lt(&v[1], &v[0]) {
            while n < v.len() && self.lt(&v[n], &v[n - 1]) {
                n += 1;
            }
            v[..n].reverse();
        } else {
            while n < v.len() && !self.lt(&v[n], &v[n - 1]) {
                n += 1;
            }
        }
        n
    }

    /// Inserts `v[start..]` one by one into the sorted prefix, after equal items.
    fn binary_insertion(&mut self, v: &mut [(Value, Value)], start: usize) {
        for i in start..v.len() {
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if self.lt(&v[i], &v[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
    }

    /// Merges the sorted halves `v[..mid]` and `v[mid..]`, taking from the left on ties.
    fn merge(&mut self, v: &mut [(Value, Value)], mid: usize) {
        let left: Vec<(Value, Value)> = v[..mid].to_vec();
        let right: Vec<(Value, Value)> = v[mid..].to_vec();
        let (mut i, mut j) = (0, 0);
        for slot in v.iter_mut() {
            let take_right = match (left.get(i), right.get(j)) {
                (Some(l), Some(r)) => self.lt(r, l),
                (None, _) => true,
                (_, None) => false,
            };
            if take_right {
                *slot = right[j].clone();
                j += 1;
            } else {
                *slot = left[i].clone();
                i += 1;
            }
        }
    }
}
