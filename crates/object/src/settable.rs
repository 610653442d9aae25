//! The hash table behind `set` and `frozenset`, laid out exactly as CPython 3.11's
//! `Objects/setobject.c` lays it out.
//!
//! Sets iterate in slot order, so printing a set matches CPython only if every element lands in
//! the same slot: same table sizes, same probe sequence (linear probes, then perturbation), same
//! resize points and the same reinsertion order. Equality of keys may run Python code, which this
//! layer cannot do, so lookups are split: [`SetTable::candidates`] lists the keys with an equal
//! hash along the probe sequence, the caller compares them outside any borrow, and then calls
//! [`SetTable::insert_absent`] or [`SetTable::remove_slot`]. [`SetTable::version`] changes on
//! every mutation so the caller can notice that a comparison changed the table and start over.

use crate::value::Value;

/// `PySet_MINSIZE`: the size of a new table.
pub const MIN_SIZE: usize = 8;
/// How many neighbouring slots are tried before perturbing (for cache locality).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted entry: keeps probe chains intact until the next resize.
    Dummy,
    Active {
        hash: i64,
        key: Value,
    },
}

/// CPython's slot visiting order for `hash` in a table of `mask + 1` slots: the home slot, its
/// 9 right neighbours if they fit before the end, then a perturbed jump, and so on forever.
struct Probe {
    mask: usize,
    base: usize,
    offset: usize,
    probes: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe {
            mask,
            base,
            offset: 0,
            probes: Self::probes_at(base, mask),
            perturb: hash as u64,
        }
    }

    fn probes_at(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.offset > self.probes {
            self.perturb >>= PERTURB_SHIFT;
            let next = (self.base as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb);
            self.base = (next as usize) & self.mask;
            self.offset = 0;
            self.probes = Self::probes_at(self.base, self.mask);
        }
        let i = self.base + self.offset;
        self.offset += 1;
        Some(i)
    }
}

/// An open-addressing set table (`PySetObject`'s `table`, `mask`, `fill`, `used`, `finger`).
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
    version: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Number of slots (a power of two).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Changes on every mutation, so a caller that ran Python code between a lookup and an
    /// update can tell whether its lookup is stale.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn touch(&mut self) {
        self.version = self.version.wrapping_add(1);
    }

    /// Active keys whose hash equals `hash`, with their slots, in the order CPython's lookup
    /// would compare them (along the probe sequence, up to the first empty slot).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        for i in Probe::new(hash, self.mask()) {
            match &self.slots[i] {
                Slot::Empty => break,
                Slot::Active { hash: h, key } if *h == hash => out.push((i, key.clone())),
                _ => {}
            }
        }
        out
    }

    /// The slot of the key with this hash for which `eq` is true: `Some(None)` when there is
    /// none, `None` when `eq` could not tell for some candidate (only Python code can).
    #[inline]
    pub fn find_by(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Option<Option<usize>> {
        for i in Probe::new(hash, self.mask()) {
            match &self.slots[i] {
                Slot::Empty => return Some(None),
                Slot::Active { hash: h, key } if *h == hash && eq(key)? => return Some(Some(i)),
                _ => {}
            }
        }
        Some(None)
    }

    /// The slot holding `key` by identity, if any (no Python code needed).
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        for i in Probe::new(hash, self.mask()) {
            match &self.slots[i] {
                Slot::Empty => return None,
                Slot::Active { hash: h, key: k } if *h == hash && k.is(key) => return Some(i),
                _ => {}
            }
        }
        None
    }

    /// `set_add_entry` in one probe for a key whose comparisons `eq(key, stored)` decides
    /// without Python code: `None` when done (added, or an equal key was there), `Some(key)` back when `eq`
    /// could not tell for some candidate (the caller compares the general way).
    #[inline]
    pub fn add_by(
        &mut self,
        hash: i64,
        key: Value,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Option<Value> {
        let mask = self.mask();
        let mut freeslot = None;
        let mut empty = 0;
        for i in Probe::new(hash, mask) {
            match &self.slots[i] {
                Slot::Empty => {
                    empty = i;
                    break;
                }
                Slot::Active { hash: h, key: k } if *h == hash => match eq(&key, k) {
                    Some(true) => return None,
                    Some(false) => {}
                    None => return Some(key),
                },
                Slot::Dummy if freeslot.is_none() => freeslot = Some(i),
                _ => {}
            }
        }
        self.touch();
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active { hash, key };
            return None;
        }
        self.slots[empty] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(self.grow_target());
        }
        None
    }

    /// The tail of `set_add_entry` once the key is known to be absent: the first dummy on the
    /// probe path is reused, else the first empty slot is filled and the table may grow.
    pub fn insert_absent(&mut self, hash: i64, key: Value) {
        self.touch();
        let mask = self.mask();
        let mut freeslot = None;
        for i in Probe::new(hash, mask) {
            match self.slots[i] {
                Slot::Empty => {
                    if let Some(f) = freeslot {
                        self.slots[f] = Slot::Active { hash, key };
                        self.used += 1;
                        return;
                    }
                    self.slots[i] = Slot::Active { hash, key };
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        self.resize(self.grow_target());
                    }
                    return;
                }
                Slot::Dummy if freeslot.is_none() => freeslot = Some(i),
                _ => {}
            }
        }
    }

    fn grow_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Turns an active slot into a dummy (`set_discard_entry`); returns its key.
    pub fn remove_slot(&mut self, slot: usize) -> Option<Value> {
        match self.slots.get(slot) {
            Some(Slot::Active { .. }) => {}
            _ => return None,
        }
        self.touch();
        let old = std::mem::replace(&mut self.slots[slot], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// `set.pop()`: the first active slot at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = self.remove_slot(i);
        self.finger = i + 1;
        key
    }

    /// `set_clear_internal`: back to an empty minimum-size table (the finger is kept, as in
    /// CPython, so a later `pop` starts where the old one stopped).
    pub fn clear(&mut self) {
        self.touch();
        self.slots = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// `set_table_resize`: the smallest power of two above `minused` slots, live keys
    /// reinserted in old slot order, dummies dropped.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        // CPython keeps using its embedded small table when staying at the minimum size, and
        // returns early if that table has no dummies to drop.
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        self.touch();
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
    }

    /// `set_insert_clean`: puts a key known to be absent in the first empty slot of its probe
    /// sequence (the table has no dummies; counters are the caller's business).
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        for i in Probe::new(hash, mask) {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Active { hash, key };
                return;
            }
        }
    }

    /// The pre-sizing `set_merge` and the dict branch of `set_update_internal` do before adding
    /// `incoming` keys ("one big resize at the start").
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// `set_merge(self, other)` up to the point where comparisons are needed: returns the
    /// entries of `other` (in slot order) that the caller must still add one by one with
    /// `set_add_entry`, or nothing when a fast path (this table empty) already did the work.
    pub fn merge_begin(&mut self, other: &SetTable) -> Vec<(i64, Value)> {
        if other.used == 0 {
            return Vec::new();
        }
        self.presize(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: a slot-for-slot copy.
            self.touch();
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return Vec::new();
        }
        if self.fill == 0 {
            self.touch();
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.iter() {
                self.insert_clean(hash, key.clone());
            }
            return Vec::new();
        }
        other.iter().map(|(h, k)| (h, k.clone())).collect()
    }

    /// A new table with the same keys, as `set.copy()` builds it (`set_merge` into an empty set).
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        let rest = t.merge_begin(self);
        debug_assert!(rest.is_empty());
        t
    }

    /// The end of `set_difference_update_internal`: drop dummies if they are over a quarter
    /// of the table.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.grow_target());
        }
    }

    /// `set_swap_bodies` for `intersection_update`: takes `other`'s contents but keeps this
    /// table's `pop` finger.
    pub fn replace_body(&mut self, other: SetTable) {
        let finger = self.finger;
        let version = self.version.wrapping_add(1);
        *self = other;
        self.finger = finger;
        self.version = version;
    }

    /// Active entries (hash, key) in slot order: the iteration order of the set.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// The first active slot at or after `from`, with its key: a set iterator's step over the
    /// live table, as CPython's `setiter_iternext`.
    pub fn next_active(&self, from: usize) -> Option<(usize, Value)> {
        self.slots
            .iter()
            .enumerate()
            .skip(from)
            .find_map(|(i, s)| match s {
                Slot::Active { key, .. } => Some((i, key.clone())),
                _ => None,
            })
    }

    /// The keys in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// The entries in iteration order (a snapshot to walk while running Python code).
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.iter().map(|(h, k)| (h, k.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Adds ints (whose hash is themselves for small non-negative values) the way a set does
    /// with no user `__eq__`: identity/value comparison of candidates, then insert.
    fn add(t: &mut SetTable, x: i64) {
        let h = crate::hash::hash_i64(x);
        let present = t
            .candidates(h)
            .iter()
            .any(|(_, k)| matches!(k, Value::Int(v) if *v == x));
        if !present {
            t.insert_absent(h, Value::Int(x));
        }
    }

    fn remove(t: &mut SetTable, x: i64) -> bool {
        let h = crate::hash::hash_i64(x);
        let slot = t
            .candidates(h)
            .into_iter()
            .find(|(_, k)| matches!(k, Value::Int(v) if *v == x));
        match slot {
            Some((i, _)) => t.remove_slot(i).is_some(),
            None => false,
        }
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|(_, k)| match k {
                Value::Int(v) => *v,
                _ => unreachable!("test tables hold ints"),
            })
            .collect()
    }

    fn table_of(xs: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &x in xs {
            add(&mut t, x);
        }
        t
    }

    // Expected orders below come from CPython 3.11 (`print(...)` of the same operations).

    #[test]
    fn small_ints_collide_and_probe_linearly() {
        assert_eq!(ints(&table_of(&[5, 100])), vec![100, 5]);
        assert_eq!(ints(&table_of(&[0, 8, 16])), vec![0, 8, 16]);
    }

    #[test]
    fn growth_thresholds() {
        let t = table_of(&[0, 1, 2, 3, 4]);
        assert_eq!(t.capacity(), 32);
        let t = table_of(&(0..19).collect::<Vec<_>>());
        assert_eq!(t.capacity(), 128);
        let t = table_of(&[40, 3, 77, 12, 9, 100]);
        assert_eq!(ints(&t), vec![3, 100, 40, 9, 12, 77]);
    }

    #[test]
    fn dummies_are_reused_first_on_the_path() {
        let mut t = table_of(&[0, 8, 16, 24]);
        assert!(remove(&mut t, 0));
        assert!(remove(&mut t, 16));
        add(&mut t, 32);
        assert_eq!(ints(&t), vec![32, 8, 24]);
        assert!(!remove(&mut t, 99));
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn pop_uses_the_finger_and_clear_keeps_it() {
        let mut t = table_of(&(0..8).collect::<Vec<_>>());
        assert!(matches!(t.pop(), Some(Value::Int(0))));
        assert!(matches!(t.pop(), Some(Value::Int(1))));
        t.clear();
        for x in [1, 2, 3] {
            add(&mut t, x);
        }
        assert!(matches!(t.pop(), Some(Value::Int(2))));
        let mut e = SetTable::new();
        assert!(e.pop().is_none());
    }

    #[test]
    fn copy_and_merge() {
        let t = table_of(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 33]);
        let c = t.copy();
        assert_eq!(ints(&c), ints(&t));
        let mut m = table_of(&[100]);
        let rest = m.merge_begin(&t);
        assert_eq!(rest.len(), 10);
        let mut e = SetTable::new();
        assert!(e.merge_begin(&SetTable::new()).is_empty());
    }

    #[test]
    fn version_changes_on_mutation() {
        let mut t = SetTable::new();
        let v0 = t.version();
        add(&mut t, 1);
        assert_ne!(t.version(), v0);
        let v1 = t.version();
        let _ = t.candidates(1);
        assert_eq!(t.version(), v1);
    }
}
