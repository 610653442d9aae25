//! An insertion-ordered hash table for dicts, namespaces and sets.
//!
//! Hashing and equality of arbitrary keys may run Python code, which this layer cannot do,
//! so callers pass the hash and an equality predicate; the table itself never calls back.

use hashbrown::HashTable;

use crate::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Tables of up to this many slots are scanned, not probed, and keep no index: most instance
/// dicts and keyword dicts are that small, and filling one then costs no hash-table inserts.
const SMALL: usize = 8;

// The table sits behind a `Box` in `Kind::Dict` inside a `RefCell`: 56 bytes here make that
// a 64-byte block (it was 88 in a 96-byte block with the index inline).
#[derive(Default, Clone)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    /// Positions of the live entries by hash; `None` exactly while there are at most
    /// [`SMALL`] slots. Boxed: only larger tables pay for the index's header.
    index: Option<Box<HashTable<u32>>>,
    len: usize,
    /// Bumped by every change; never decreases while the dict lives, so caches derived from
    /// its contents (a type's special-method flags) can tell that they are stale.
    version: u64,
    /// Bits `hash % 64` and `(hash >> 6) % 64` set for every key ever added since the last
    /// clear (a two-probe Bloom filter): a clear one proves a key absent without a scan (a method call checks that the instance dict does not
    /// shadow the method; small tables are scanned, so misses would cost a full scan).
    key_bits: u64,
}

/// The bits a key of this hash sets in a dict's key bits (see `Dict::may_contain_bits`).
#[inline(always)]
pub fn hash_bit(hash: i64) -> u64 {
    let h = hash as u64;
    (1 << (h & 63)) | (1 << ((h >> 6) & 63))
}

/// The hash the index probes with: Python's hash mixed so that its top bits vary. hashbrown
/// tags each slot with the top 7 bits, and a small int's hash is the int itself, so without
/// this every int key had the same tag and a lookup compared every key of each group it
/// probed (about eight per miss at the usual load).
#[inline(always)]
fn table_hash(hash: i64) -> u64 {
    (hash as u64)
        .wrapping_mul(0xf135_7aea_2e62_a9c5)
        .rotate_left(26)
}

/// The index hash of the entry at `slot` (what the index rehashes with when it grows).
#[inline(always)]
fn slot_hash(entries: &[Option<Entry>], slot: u32) -> u64 {
    entries[slot as usize]
        .as_ref()
        .map_or(0, |e| table_hash(e.hash))
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries (no allocation when `n` is 0).
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }

    /// Appends the str `key` (hash `hash`) when it would land at position `at` of a small
    /// table and the key bits prove it absent, so no scan is needed: an attribute store into
    /// a fresh instance dict at the position the inline cache remembers: whether the
    /// entries had to grow for it. Gives `value` back otherwise.
    #[inline]
    pub fn append_absent_at(
        &mut self,
        at: usize,
        hash: i64,
        key: &Value,
        value: Value,
    ) -> Result<bool, Value> {
        if at >= SMALL || self.entries.len() != at || self.may_contain(hash) {
            return Err(value);
        }
        self.version += 1;
        self.key_bits |= hash_bit(hash);
        let grew = at == self.entries.capacity();
        if grew {
            self.grow();
        }
        let key = key.clone();
        crate::place::push_made(&mut self.entries, move || Some(Entry { hash, key, value }));
        self.len += 1;
        Ok(grew)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Makes room for `n` more entries at once (a caller about to add a known number).
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve_exact(n);
    }

    /// The change counter (see the field).
    /// Moves the version far past where it was: a stamp that sums versions (the type
    /// caches' MRO stamps) then cannot come back to an earlier value when the dicts it sums
    /// change (a class's MRO after `__bases__` assignment).
    pub fn renew_version(&mut self) {
        self.version = self.version.wrapping_add(1 << 32);
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of the entry whose key satisfies `eq`, among those with this hash.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        // Small tables (most instance dicts) are cheaper to scan than to probe.
        let Some(index) = &self.index else {
            return entries
                .iter()
                .position(|e| e.as_ref().is_some_and(|e| e.hash == hash && eq(&e.key)));
        };
        index
            .find(table_hash(hash), |&i| {
                entries[i as usize]
                    .as_ref()
                    .is_some_and(|e| e.hash == hash && eq(&e.key))
            })
            .map(|&i| i as usize)
    }

    /// False when no key with this hash can be in the dict (see `key_bits`); true means
    /// only that one may be.
    #[inline]
    pub fn may_contain(&self, hash: i64) -> bool {
        self.may_contain_bits(hash_bit(hash))
    }

    /// [`Dict::may_contain`] with the hash's bits already computed ([`hash_bit`]).
    #[inline(always)]
    pub fn may_contain_bits(&self, m: u64) -> bool {
        self.key_bits & m == m
    }

    #[inline]
    pub fn get(&self, hash: i64, eq: impl FnMut(&Value) -> bool) -> Option<&Value> {
        self.find(hash, eq)
            .and_then(|i| self.entries[i].as_ref().map(|e| &e.value))
    }

    /// Keys whose hash matches, so a caller can compare them with code that may re-enter.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let entries = &self.entries;
        let Some(index) = &self.index else {
            if !self.may_contain(hash) {
                return Vec::new();
            }
            return entries
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    e.as_ref()
                        .filter(|e| e.hash == hash)
                        .map(|e| (i, e.key.clone()))
                })
                .collect();
        };
        index
            .iter_hash(table_hash(hash))
            .filter_map(|&i| {
                let i = i as usize;
                entries[i]
                    .as_ref()
                    .filter(|e| e.hash == hash)
                    .map(|e| (i, e.key.clone()))
            })
            .collect()
    }

    /// Inserts or replaces; returns the old value.
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: impl FnMut(&Value) -> bool,
    ) -> Option<Value> {
        if let Some(i) = self.find(hash, eq) {
            self.version += 1;
            let e = self.entries[i].as_mut().expect("found entry is live");
            return Some(std::mem::replace(&mut e.value, value));
        }
        self.push_new(hash, key, value);
        None
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        let i = self.entries.len();
        if i == self.entries.capacity() {
            // Full: drop the deleted slots when they are more than half, else make room.
            if i >= 16 && i > 2 * self.len {
                self.compact();
            } else {
                self.grow();
            }
        }
        let i = self.entries.len();
        self.key_bits |= hash_bit(hash);
        crate::place::push_made(&mut self.entries, move || Some(Entry { hash, key, value }));
        self.len += 1;
        let entries = &self.entries;
        if let Some(index) = &mut self.index {
            index.insert_unique(table_hash(hash), i as u32, |&j| slot_hash(entries, j));
        } else if i == SMALL {
            // Outgrew the scan: index every live entry, this one included.
            self.reindex();
        }
    }

    /// Room for more entries when the vector is full: half as many again (at least 4), not
    /// `Vec`'s doubling, so a dict of 5 or 6 keys built one key at a time holds 6 entries
    /// (240 bytes), not 8 (320), and a large one wastes a sixth on average, not a quarter.
    #[cold]
    fn grow(&mut self) {
        let cap = self.entries.capacity();
        self.entries.reserve_exact((cap / 2).max(4 - cap.min(4)));
    }

    /// Rebuilds the index over the live entries (none while the table is small enough to
    /// scan).
    fn reindex(&mut self) {
        let entries = &self.entries;
        if entries.len() <= SMALL {
            self.index = None;
            return;
        }
        let mut index = HashTable::with_capacity(self.len);
        for (j, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                index.insert_unique(table_hash(e.hash), j as u32, |&k| slot_hash(entries, k));
            }
        }
        self.index = Some(Box::new(index));
    }

    /// Makes this dict a copy of `other` (`dict(d)` into a new empty dict): the table is
    /// cloned instead of rebuilt entry by entry. The version moves past both dicts' versions.
    pub fn assign_from(&mut self, other: &Dict) {
        let version = self.version.max(other.version) + 1;
        *self = other.clone();
        self.version = version;
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        self.version += 1;
        if let Some(index) = &mut self.index
            && let Ok(found) = index.find_entry(table_hash(e.hash), |&j| j as usize == i)
        {
            found.remove();
        }
        self.len -= 1;
        Some(e)
    }

    /// [`Self::remove_at`] for a caller that wants only the value: returned in registers,
    /// where the whole entry comes back through memory that the caller's 16-byte load of
    /// the value reads back from narrower stores (a store-forwarding stall per `pop`).
    #[inline(never)]
    pub fn remove_value_at(&mut self, i: usize) -> Option<Value> {
        self.remove_at(i).map(|e| e.value)
    }

    pub fn remove(&mut self, hash: i64, eq: impl FnMut(&Value) -> bool) -> Option<Entry> {
        let i = self.find(hash, eq)?;
        self.remove_at(i)
    }

    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(Option::as_ref)
    }

    /// The value of entry `i` replaced by `v` when that entry's key is the object at address
    /// `key` (an attribute name, compared by identity): the old value, or `v` back.
    #[inline(always)]
    pub fn replace_at_key(&mut self, i: usize, key: usize, v: Value) -> Result<Value, Value> {
        match self.entries.get_mut(i) {
            Some(Some(e)) if matches!(&e.key, Value::Obj(k) if k.id() == key) => {
                self.version += 1;
                Ok(std::mem::replace(&mut e.value, v))
            }
            _ => Err(v),
        }
    }

    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.version += 1;
        self.entries
            .get_mut(i)
            .and_then(Option::as_mut)
            .map(|e| &mut e.value)
    }

    /// Number of slots (live or deleted) so iteration by position can detect the end.
    /// The first live entry at or after slot `*slot`, with `*slot` moved past it (an
    /// iterator's walk over the table).
    pub fn next_entry(&self, slot: &mut usize) -> Option<&Entry> {
        while let Some(e) = self.entries.get(*slot) {
            *slot += 1;
            if e.is_some() {
                return e.as_ref();
            }
        }
        None
    }

    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(Option::as_ref)
    }

    /// A snapshot of the (key, value) pairs, so callers can run code that may change the
    /// dict while they go through them.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&mut self) {
        self.version += 1;
        self.key_bits = 0;
        self.index = None;
        self.entries.clear();
        self.len = 0;
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(Option::is_some)?;
        self.remove_at(i)
    }

    /// Drops deleted slots so positions stay dense.
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.reindex();
    }

    /// Looks up a str key (the common case for namespaces).
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        let h = crate::hash::hash_str(key);
        self.get(h, |k| k.as_str() == Some(key))
    }

    pub fn set_str(&mut self, key: &str, value: Value) {
        let h = crate::hash::hash_str(key);
        let k = Value::str(key);
        self.insert(h, k, value, |k| k.as_str() == Some(key));
    }

    /// Sets a str key using an existing str value as the key object; returns the position of
    /// its entry (attribute caches remember it).
    pub fn set_str_value(&mut self, key: &Value, value: Value) -> usize {
        let s = key.as_pystr().expect("str key");
        let h = s.hash();
        let text = s.as_str();
        if let Some(i) = self.find(h, |k| k.is(key) || k.as_str() == Some(text)) {
            if let Some(v) = self.value_at_mut(i) {
                *v = value;
            }
            return i;
        }
        self.push_new(h, key.clone(), value);
        self.entries.len() - 1
    }

    pub fn remove_str(&mut self, key: &str) -> Option<Entry> {
        let h = crate::hash::hash_str(key);
        self.remove(h, |k| k.as_str() == Some(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The boxed table stays one 64-byte block, and a deleted slot costs no tag word.
    const _: () = assert!(std::mem::size_of::<std::cell::RefCell<Dict>>() <= 64);
    const _: () = assert!(std::mem::size_of::<Option<Entry>>() == 40);

    fn int_dict(keys: impl IntoIterator<Item = i64>) -> Dict {
        let mut d = Dict::new();
        for k in keys {
            d.insert(
                k,
                Value::Int(k),
                Value::Int(-k),
                |v| matches!(v, Value::Int(x) if *x == k),
            );
        }
        d
    }

    #[test]
    fn grows_by_half_and_indexes_past_small() {
        let mut d = Dict::new();
        let mut caps = Vec::new();
        for k in 0..40 {
            d.push_new(k, Value::Int(k), Value::None);
            if caps.last() != Some(&d.entries.capacity()) {
                caps.push(d.entries.capacity());
            }
            assert_eq!(d.index.is_some(), d.slots() > SMALL);
        }
        assert_eq!(caps, [4, 6, 9, 13, 19, 28, 42]);
        for k in 0..40 {
            assert_eq!(
                d.find(k, |v| matches!(v, Value::Int(x) if *x == k)),
                Some(k as usize)
            );
        }
    }

    #[test]
    fn deletes_compact_when_full() {
        let mut d = int_dict(0..30);
        for k in 0..25 {
            assert!(
                d.remove(k, |v| matches!(v, Value::Int(x) if *x == k))
                    .is_some()
            );
        }
        // Refill until the vector is full again: the dead slots go, positions stay in order.
        for k in 100..120 {
            d.insert(
                k,
                Value::Int(k),
                Value::None,
                |v| matches!(v, Value::Int(x) if *x == k),
            );
        }
        let keys: Vec<i64> = d
            .iter()
            .filter_map(|e| match e.key {
                Value::Int(x) => Some(x),
                _ => None,
            })
            .collect();
        let want: Vec<i64> = (25..30).chain(100..120).collect();
        assert_eq!(keys, want);
        assert!(d.slots() < 45);
        for &k in &want {
            assert!(
                d.find(k, |v| matches!(v, Value::Int(x) if *x == k))
                    .is_some()
            );
        }
        assert_eq!(d.len(), want.len());
    }
}
