//! `set` and `frozenset`: the algorithms of CPython 3.11's `Objects/setobject.c` over
//! [`SetTable`], so results land in the same slots and iterate (and print) in CPython's order.
//!
//! Hashing and equality go through `ops` so user `__hash__`/`__eq__` work. Comparisons may run
//! Python code that mutates the very set being probed, so no `RefCell` borrow is held across
//! them: a lookup copies the candidate keys out, compares them, and starts over if the table's
//! version changed meanwhile.

use std::cell::RefCell;

use isles_compiler::{BinOp, CmpOp};
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, SetTable, Value, ViewKind};

use crate::ops;
use crate::thread::Thread;

/// Read access to the table of a `set` (behind a `RefCell`) or a `frozenset`.
#[derive(Clone, Copy)]
enum Tab<'a> {
    Cell(&'a RefCell<SetTable>),
    Plain(&'a SetTable),
}

impl Tab<'_> {
    fn read<R>(self, f: impl FnOnce(&SetTable) -> R) -> R {
        match self {
            Tab::Cell(c) => f(&c.borrow()),
            Tab::Plain(t) => f(t),
        }
    }
}

fn tab(v: &Value) -> Option<Tab<'_>> {
    match v.kind()? {
        Kind::Set(c) => Some(Tab::Cell(c)),
        Kind::FrozenSet(t) => Some(Tab::Plain(t)),
        _ => None,
    }
}

fn cell_of(v: &Value) -> PyResult<&RefCell<SetTable>> {
    match v.kind() {
        Some(Kind::Set(c)) => Ok(c),
        _ => Err(PyErr::system_error("expected a set")),
    }
}

/// A copy of the table of a set or frozenset value.
pub fn table(v: &Value) -> Option<SetTable> {
    tab(v).map(|t| t.read(SetTable::clone))
}

/// The elements of a set or frozenset in iteration (slot) order.
pub fn keys_of(v: &Value) -> Vec<Value> {
    tab(v).map(|t| t.read(SetTable::keys)).unwrap_or_default()
}

fn entries_of(v: &Value) -> Vec<(i64, Value)> {
    tab(v)
        .map(|t| t.read(SetTable::entries))
        .unwrap_or_default()
}

fn len_of(v: &Value) -> usize {
    tab(v).map_or(0, |t| t.read(SetTable::len))
}

pub fn is_set(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Set(_) | Kind::FrozenSet(_)))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::FrozenSet(_)))
}

pub fn new_set(t: SetTable) -> Value {
    Value::Obj(Obj::new(Kind::Set(Box::new(RefCell::new(t)))))
}

pub fn new_frozenset(t: SetTable) -> Value {
    Value::Obj(Obj::new(Kind::FrozenSet(Box::new(t))))
}

/// A result of the same base type as `like` (`make_new_set_basetype`).
fn wrap_like(like: &Value, t: SetTable) -> Value {
    if is_frozen(like) {
        new_frozenset(t)
    } else {
        new_set(t)
    }
}

/// Takes the table out of a set built locally.
fn take(v: &Value) -> SetTable {
    match v.kind() {
        Some(Kind::Set(c)) => c.replace(SetTable::new()),
        Some(Kind::FrozenSet(t)) => (**t).clone(),
        _ => SetTable::new(),
    }
}

/// `set_lookkey`: the slot of `item` (hash `h`), comparing candidates outside any borrow.
fn lookup(th: &mut Thread<'_>, t: Tab<'_>, item: &Value, h: i64) -> PyResult<Option<usize>> {
    // An int or exact str among keys that cannot run Python code: no candidate list.
    if (matches!(item, Value::Int(_)) || item.plain_str().is_some())
        && let Some(found) = t.read(|t| t.find_by(h, |k| ops::simple_key_eq(item, k)))
    {
        return Ok(found);
    }
    'restart: loop {
        let (version, cands) = t.read(|t| (t.version(), t.candidates(h)));
        for (slot, k) in cands {
            let equal = k.is(item) || ops::eq(th, &k, item)?;
            if t.read(SetTable::version) != version {
                continue 'restart;
            }
            if equal {
                return Ok(Some(slot));
            }
        }
        return Ok(None);
    }
}

/// `set_add_entry`: adds `item` (hash `h`) unless an equal key is present.
fn add_entry(th: &mut Thread<'_>, c: &RefCell<SetTable>, item: Value, h: i64) -> PyResult<()> {
    // An int or exact str among keys that cannot run Python code: one probe, no borrow
    // given up.
    let item = if matches!(item, Value::Int(_)) || item.plain_str().is_some() {
        let back = c.borrow_mut().add_by(h, item, ops::simple_key_eq);
        match back {
            None => return Ok(()),
            Some(item) => item,
        }
    } else {
        item
    };
    if lookup(th, Tab::Cell(c), &item, h)?.is_none() {
        c.borrow_mut().insert_absent(h, item);
    }
    Ok(())
}

/// `set_discard_entry`: whether `item` was there.
fn discard_entry(
    th: &mut Thread<'_>,
    c: &RefCell<SetTable>,
    item: &Value,
    h: i64,
) -> PyResult<bool> {
    match lookup(th, Tab::Cell(c), item, h)? {
        Some(slot) => {
            let old = c.borrow_mut().remove_slot(slot);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `set_merge`: adds every element of another set or frozenset.
fn merge(th: &mut Thread<'_>, c: &RefCell<SetTable>, other: Tab<'_>) -> PyResult<()> {
    if let Tab::Cell(o) = other
        && std::ptr::eq(o, c)
    {
        return Ok(());
    }
    let rest = other.read(|o| c.borrow_mut().merge_begin(o));
    for (h, k) in rest {
        add_entry(th, c, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`: adds the elements of any iterable, with CPython's fast paths for
/// sets (slot-order merge) and dicts (one resize up front, known hashes).
fn update_internal(th: &mut Thread<'_>, c: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if let Some(o) = tab(other) {
        return merge(th, c, o);
    }
    if let Some(Kind::Dict(d)) = other.kind() {
        let entries: Vec<(i64, Value)> =
            d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        c.borrow_mut().presize(entries.len());
        for (h, k) in entries {
            add_entry(th, c, k, h)?;
        }
        return Ok(());
    }
    for x in ops::iterate(th, other)? {
        let h = ops::hash(th, &x)?;
        add_entry(th, c, x, h)?;
    }
    Ok(())
}

/// A new table holding the elements of any iterable (`make_new_set`).
pub fn table_from(th: &mut Thread<'_>, iterable: &Value) -> PyResult<SetTable> {
    let c = RefCell::new(SetTable::new());
    update_internal(th, &c, iterable)?;
    Ok(c.into_inner())
}

/// A new table from items added one by one (a set display or comprehension).
pub fn from_items(th: &mut Thread<'_>, items: Vec<Value>) -> PyResult<SetTable> {
    let c = RefCell::new(SetTable::new());
    for x in items {
        let h = ops::hash(th, &x)?;
        add_entry(th, &c, x, h)?;
    }
    Ok(c.into_inner())
}

/// `set.add`.
pub fn add(th: &mut Thread<'_>, set: &Value, item: Value) -> PyResult<()> {
    let c = cell_of(set)?;
    let h = ops::hash(th, &item)?;
    add_entry(th, c, item, h)
}

/// The hash of a lookup key; an unhashable `set` key is looked up as the equal frozenset, as
/// CPython's `set_contains`/`set_remove`/`set_discard` do.
fn key_hash(th: &mut Thread<'_>, item: &Value) -> PyResult<(Value, i64)> {
    match ops::hash(th, item) {
        Ok(h) => Ok((item.clone(), h)),
        Err(e)
            if matches!(item.kind(), Some(Kind::Set(_)))
                && ops::err_matches(th, &e, ExcKind::TypeError) =>
        {
            let f = new_frozenset(keys_table(item));
            let h = ops::hash(th, &f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

/// A copy of a set's table (no comparisons needed: its keys are distinct).
fn keys_table(v: &Value) -> SetTable {
    tab(v).map(|t| t.read(SetTable::copy)).unwrap_or_default()
}

pub fn contains(th: &mut Thread<'_>, set: &Value, item: &Value) -> PyResult<bool> {
    let Some(t) = tab(set) else {
        return Ok(false);
    };
    let (key, h) = key_hash(th, item)?;
    Ok(lookup(th, t, &key, h)?.is_some())
}

/// `set.discard`/`set.remove`: whether `item` was there.
pub fn discard(th: &mut Thread<'_>, set: &Value, item: &Value) -> PyResult<bool> {
    let c = cell_of(set)?;
    let (key, h) = key_hash(th, item)?;
    discard_entry(th, c, &key, h)
}

/// `set.pop`.
pub fn pop(set: &Value) -> PyResult<Value> {
    let c = cell_of(set)?;
    let popped = c.borrow_mut().pop();
    popped.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

/// `set.clear`.
pub fn clear(set: &Value) -> PyResult<()> {
    cell_of(set)?.borrow_mut().clear();
    Ok(())
}

/// `set.copy()` / `set_copy`: a slot-for-slot copy where possible.
pub fn copy(v: &Value) -> Value {
    wrap_like(v, keys_table(v))
}

/// `set.update(*others)` and `|=`.
pub fn update(th: &mut Thread<'_>, set: &Value, others: &[Value]) -> PyResult<()> {
    let c = cell_of(set)?;
    for o in others {
        update_internal(th, c, o)?;
    }
    Ok(())
}

/// `set.union(*others)`: a copy of `so`, then each other merged in.
pub fn union(th: &mut Thread<'_>, so: &Value, others: &[Value]) -> PyResult<Value> {
    let result = new_set(keys_table(so));
    let c = cell_of(&result)?;
    for o in others {
        if o.is(so) {
            continue;
        }
        update_internal(th, c, o)?;
    }
    Ok(wrap_like(so, take(&result)))
}

/// `set_intersection`: iterates the smaller set, keeping its elements found in the larger.
fn intersection(th: &mut Thread<'_>, so: &Value, other: &Value) -> PyResult<SetTable> {
    if so.is(other) {
        return Ok(keys_table(so));
    }
    let Some(so_tab) = tab(so) else {
        return Ok(SetTable::new());
    };
    let result = RefCell::new(SetTable::new());
    if let Some(other_tab) = tab(other) {
        let (big, small) = if len_of(other) > len_of(so) {
            (other_tab, so)
        } else {
            (so_tab, other)
        };
        for (h, k) in entries_of(small) {
            if lookup(th, big, &k, h)?.is_some() {
                add_entry(th, &result, k, h)?;
            }
        }
        return Ok(result.into_inner());
    }
    for k in ops::iterate(th, other)? {
        let h = ops::hash(th, &k)?;
        if lookup(th, so_tab, &k, h)?.is_some() {
            add_entry(th, &result, k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// `set.intersection(*others)`.
pub fn intersection_multi(th: &mut Thread<'_>, so: &Value, others: &[Value]) -> PyResult<Value> {
    let mut result = so.clone();
    let mut fresh = false;
    for o in others {
        let t = intersection(th, &result, o)?;
        result = wrap_like(so, t);
        fresh = true;
    }
    Ok(if fresh { result } else { copy(so) })
}

/// `set.intersection_update(*others)` and `&=`: swaps in the intersection's table.
pub fn intersection_update(th: &mut Thread<'_>, so: &Value, others: &[Value]) -> PyResult<()> {
    let r = intersection_multi(th, so, others)?;
    let t = take(&r);
    cell_of(so)?.borrow_mut().replace_body(t);
    Ok(())
}

/// `set_difference_update_internal`: discards the elements of `other` from the set `so`.
fn difference_update_internal(th: &mut Thread<'_>, so: &Value, other: &Value) -> PyResult<()> {
    let c = cell_of(so)?;
    if so.is(other) {
        return clear(so);
    }
    if is_set(other) {
        // Against a much larger set, only the common elements matter.
        let entries = if (len_of(other) >> 3) > len_of(so) {
            intersection(th, so, other)?.entries()
        } else {
            entries_of(other)
        };
        for (h, k) in entries {
            discard_entry(th, c, &k, h)?;
        }
    } else {
        for k in ops::iterate(th, other)? {
            let h = ops::hash(th, &k)?;
            discard_entry(th, c, &k, h)?;
        }
    }
    c.borrow_mut().shrink_dummies();
    Ok(())
}

/// `set_difference`: a new table with the elements of `so` not in `other`.
fn difference(th: &mut Thread<'_>, so: &Value, other: &Value) -> PyResult<Value> {
    let other_size = match other.kind() {
        Some(Kind::Set(_) | Kind::FrozenSet(_)) => Some(len_of(other)),
        Some(Kind::Dict(d)) => Some(d.borrow().len()),
        _ => None,
    };
    let copy_and_difference = |th: &mut Thread<'_>| -> PyResult<Value> {
        let result = new_set(keys_table(so));
        difference_update_internal(th, &result, other)?;
        Ok(result)
    };
    let Some(other_size) = other_size else {
        return copy_and_difference(th);
    };
    if (len_of(so) >> 2) > other_size {
        return copy_and_difference(th);
    }
    let result = RefCell::new(SetTable::new());
    for (h, k) in entries_of(so) {
        let present = match tab(other) {
            Some(t) => lookup(th, t, &k, h)?.is_some(),
            None => ops::dict_get(th, other, &k)?.is_some(),
        };
        if !present {
            add_entry(th, &result, k, h)?;
        }
    }
    Ok(new_set(result.into_inner()))
}

/// `set.difference(*others)`.
pub fn difference_multi(th: &mut Thread<'_>, so: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(copy(so));
    };
    let result = difference(th, so, first)?;
    for o in rest {
        difference_update_internal(th, &result, o)?;
    }
    Ok(wrap_like(so, take(&result)))
}

/// `set.difference_update(*others)` and `-=`.
pub fn difference_update(th: &mut Thread<'_>, so: &Value, others: &[Value]) -> PyResult<()> {
    for o in others {
        difference_update_internal(th, so, o)?;
    }
    Ok(())
}

/// `set.symmetric_difference_update(other)` and `^=`: toggles each element of `other`.
pub fn symmetric_difference_update(th: &mut Thread<'_>, so: &Value, other: &Value) -> PyResult<()> {
    let c = cell_of(so)?;
    if so.is(other) {
        return clear(so);
    }
    let entries = match other.kind() {
        Some(Kind::Dict(d)) => d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect(),
        Some(Kind::Set(_) | Kind::FrozenSet(_)) => entries_of(other),
        _ => table_from(th, other)?.entries(),
    };
    for (h, k) in entries {
        if !discard_entry(th, c, &k, h)? {
            add_entry(th, c, k, h)?;
        }
    }
    Ok(())
}

/// `set.symmetric_difference(other)`: built from `other`'s elements, then toggled by `so`'s.
pub fn symmetric_difference(th: &mut Thread<'_>, so: &Value, other: &Value) -> PyResult<Value> {
    let result = new_set(table_from(th, other)?);
    symmetric_difference_update(th, &result, so)?;
    Ok(wrap_like(so, take(&result)))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets; the result has the left operand's type.
pub fn binary(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_set(a) || !is_set(b) {
        return Ok(None);
    }
    let r = match op {
        BinOp::Or => union(th, a, std::slice::from_ref(b))?,
        BinOp::And => wrap_like(a, intersection(th, a, b)?),
        BinOp::Sub => {
            let r = difference(th, a, b)?;
            wrap_like(a, take(&r))
        }
        BinOp::Xor => symmetric_difference(th, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// A dict's keys or items view: these act as sets (values views do not).
fn set_like_view(v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::DictView(_, ViewKind::Keys | ViewKind::Items))
    )
}

/// `|`, `&`, `-`, `^` with a keys or items view on either side (CPython's `dictviews_or` and
/// friends): a new set of the left operand's elements, updated by the right one (any
/// iterable). `None` when neither operand is such a view.
pub fn view_binary(
    th: &mut Thread<'_>,
    op: BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    if !(set_like_view(a) || set_like_view(b))
        || !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
    {
        return Ok(None);
    }
    let result = new_set(table_from(th, a)?);
    let others = std::slice::from_ref(b);
    match op {
        BinOp::Or => update(th, &result, others)?,
        BinOp::And => intersection_update(th, &result, others)?,
        BinOp::Sub => difference_update(th, &result, others)?,
        _ => symmetric_difference_update(th, &result, b)?,
    }
    Ok(Some(result))
}

/// Comparisons of a keys or items view with a set or another such view (CPython's
/// `dictview_richcompare`): sizes first, then membership, so unhashable item values work.
pub fn view_compare(
    th: &mut Thread<'_>,
    op: CmpOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<bool>> {
    let setish = |v: &Value| set_like_view(v) || is_set(v);
    if !(set_like_view(a) || set_like_view(b)) || !setish(a) || !setish(b) {
        return Ok(None);
    }
    let (la, lb) = (ops::len(th, a)?, ops::len(th, b)?);
    let within = |th: &mut Thread<'_>, x: &Value, y: &Value| -> PyResult<bool> {
        for k in ops::iterate(th, x)? {
            if !ops::contains(th, y, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(Some(match op {
        CmpOp::Eq => la == lb && within(th, a, b)?,
        CmpOp::Ne => !(la == lb && within(th, a, b)?),
        CmpOp::Le => la <= lb && within(th, a, b)?,
        CmpOp::Lt => la < lb && within(th, a, b)?,
        CmpOp::Ge => la >= lb && within(th, b, a)?,
        CmpOp::Gt => la > lb && within(th, b, a)?,
    }))
}

/// `|=`, `&=`, `-=`, `^=` on a `set` with a set or frozenset operand: in place, as CPython's
/// `set_ior` and friends. `None` when the operands are not both sets.
pub fn inplace(th: &mut Thread<'_>, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(a.kind(), Some(Kind::Set(_))) || !is_set(b) {
        return Ok(None);
    }
    let others = std::slice::from_ref(b);
    match op {
        BinOp::Or => update(th, a, others)?,
        BinOp::And => intersection_update(th, a, others)?,
        BinOp::Sub => difference_update(th, a, others)?,
        BinOp::Xor => symmetric_difference_update(th, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// `set_issubset` of two sets: every element of `x` is in `y`.
fn subset(th: &mut Thread<'_>, x: &Value, y: &Value) -> PyResult<bool> {
    if len_of(x) > len_of(y) {
        return Ok(false);
    }
    let Some(yt) = tab(y) else {
        return Ok(false);
    };
    for (h, k) in entries_of(x) {
        if lookup(th, yt, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.issubset(other)` / `a.issuperset(other)` for any iterable `other`.
pub fn relation(th: &mut Thread<'_>, so: &Value, other: &Value, superset: bool) -> PyResult<bool> {
    let o = if is_set(other) {
        other.clone()
    } else {
        new_set(table_from(th, other)?)
    };
    if superset {
        subset(th, &o, so)
    } else {
        subset(th, so, &o)
    }
}

/// `a.isdisjoint(other)`: iterates the smaller of two sets, or `other` if it is not a set.
pub fn isdisjoint(th: &mut Thread<'_>, so: &Value, other: &Value) -> PyResult<bool> {
    if so.is(other) {
        return Ok(len_of(so) == 0);
    }
    if is_set(other) {
        let (big, small) = if len_of(other) > len_of(so) {
            (other, so)
        } else {
            (so, other)
        };
        let Some(bt) = tab(big) else {
            return Ok(true);
        };
        for (h, k) in entries_of(small) {
            if lookup(th, bt, &k, h)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let Some(st) = tab(so) else {
        return Ok(true);
    };
    for k in ops::iterate(th, other)? {
        let h = ops::hash(th, &k)?;
        if lookup(th, st, &k, h)?.is_some() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and the subset order.
pub fn compare(th: &mut Thread<'_>, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if !is_set(a) || !is_set(b) {
        return Ok(None);
    }
    let (la, lb) = (len_of(a), len_of(b));
    Ok(Some(match op {
        CmpOp::Eq => la == lb && subset(th, a, b)?,
        CmpOp::Ne => !(la == lb && subset(th, a, b)?),
        CmpOp::Le => subset(th, a, b)?,
        CmpOp::Lt => la < lb && subset(th, a, b)?,
        CmpOp::Ge => subset(th, b, a)?,
        CmpOp::Gt => lb < la && subset(th, b, a)?,
    }))
}

/// CPython's frozenset hash: order independent, from the stored element hashes.
pub fn hash(_th: &mut Thread<'_>, t: &SetTable) -> PyResult<i64> {
    let mut h: u64 = 0;
    for (x, _) in t.iter() {
        let x = x as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h ^= ((t.len() as u64) + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    Ok(if r == -1 { 590923713 } else { r })
}

/// `repr()` of a set: `{1, 2}`, `set()`, `frozenset({1})`.
pub fn repr(th: &mut Thread<'_>, v: &Value) -> PyResult<String> {
    let keys = keys_of(v);
    // Anything but an exact set shows its type's name: `frozenset({1})`, `MySet({1})`.
    let exact_set = !is_frozen(v) && !v.is_sub();
    let name = ops::type_name(th, v);
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    let mut parts = Vec::with_capacity(keys.len());
    for k in &keys {
        parts.push(ops::repr(th, k)?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if exact_set {
        body
    } else {
        format!("{name}({body})")
    })
}

/// The set built by a display whose elements are all literals, more than two of them (`{1, 2,
/// 3}`). CPython compiles it as `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`, and the
/// compiler's constant merging rebuilds that frozenset from the first one's slot order; the
/// display then merges it into an empty set, which sizes the table differently from adding the
/// elements one by one.
pub fn from_constant_display(th: &mut Thread<'_>, items: Vec<Value>) -> PyResult<Value> {
    let first = from_items(th, items)?;
    let folded = from_items(th, first.keys())?;
    let c = RefCell::new(SetTable::new());
    merge(th, &c, Tab::Plain(&folded))?;
    Ok(new_set(c.into_inner()))
}

/// Whether the `BuildSet(n)` just executed by the current frame builds a display of literals
/// (CPython folds those into a frozenset constant, see [`from_constant_display`]).
///
/// The compiler emits the same instruction for every star-free display, so this reads the
/// instructions before it: the `n` values must come from constants only (`LoadConst`, with
/// the unary and binary operators and tuple displays CPython's AST optimizer folds).
// TODO: a compiler-level marker (e.g. a distinct instruction) would make this exact.
pub fn display_is_constant(th: &Thread<'_>, n: usize) -> bool {
    use isles_compiler::{Instr, UnOp};
    let Some(frame) = th.frames.last() else {
        return false;
    };
    let instrs = &frame.func.code.code.instrs;
    // The frame's ip was synced to just after the `BuildSet`.
    let Some(end) = frame.ip.checked_sub(1) else {
        return false;
    };
    if !matches!(instrs.get(end), Some(Instr::BuildSet(k)) if *k as usize == n) {
        return false;
    }
    // Walk back counting how many values are still needed from constant expressions.
    let mut need = n;
    for instr in instrs[..end].iter().rev() {
        match instr {
            // `ConstBinary` is a `LoadConst` fused with the operator after it.
            Instr::LoadConst(_) | Instr::ConstBinary(..) => need -= 1,
            Instr::Unary(UnOp::Neg | UnOp::Pos | UnOp::Invert) => {}
            Instr::Binary(_) => need += 1,
            // A tuple of constants (the compiler folds only flat ones).
            Instr::BuildTuple(k) => need = need + *k as usize - 1,
            _ => return false,
        }
        if need == 0 {
            return true;
        }
    }
    false
}
