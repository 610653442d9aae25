//! The per-type attribute cache ([`isles_object::value::TypeCache`]) and the instance
//! attribute fast paths built on it: `obj.x`, `obj.x = v` and `obj.m(...)` on instances of
//! classes without attribute hooks cost one MRO version check, one cache probe and one
//! instance-dict probe, instead of a hashed walk of every dict on the MRO.

use isles_object::value::{CacheEntry, TypeCache};
use isles_object::{Kind, Obj, PyResult, TypeObj, Value};

use crate::dunder;
use crate::thread::Thread;

/// The sum of the versions of the dicts on the type's MRO (itself included). Dict versions
/// only grow, so the sum changes exactly when one of these dicts changed.
#[inline]
pub fn stamp(ty: &TypeObj) -> u64 {
    let mut s = ty.dict.borrow().version();
    for c in &ty.mro {
        if let Kind::Type(t) = c.kind() {
            s = s.wrapping_add(t.dict.borrow().version());
        }
    }
    s
}

#[inline]
fn slot_of(h: i64) -> usize {
    let h = h as u64;
    ((h ^ (h >> 29)) as usize) & (TypeCache::SIZE - 1)
}

/// The class at MRO position `pos` (0 is `ty` itself).
#[inline]
fn mro_at(ty: &TypeObj, pos: usize) -> Option<&TypeObj> {
    if pos == 0 {
        Some(ty)
    } else {
        ty.mro.get(pos - 1).and_then(Obj::as_type)
    }
}

/// `name` (text `n`, hash `h`; `key` is the str object when the caller has one) looked up on
/// the MRO of `ty` whose current [`stamp`] is `st`, through the type's cache.
pub fn lookup_at(ty: &TypeObj, st: u64, n: &str, h: i64, key: Option<&Value>) -> Option<Value> {
    let slot = slot_of(h);
    {
        let c = ty.cache.borrow();
        if let Some(e) = c.entries.get(slot)
            && c.stamp == st
            && e.hash == h
            && (key.is_some_and(|k| e.name.is(k)) || e.name.as_str() == Some(n))
        {
            if e.pos == u32::MAX {
                return None;
            }
            let hit = mro_at(ty, e.pos as usize).and_then(|t| {
                t.dict
                    .borrow()
                    .entry_at(e.index as usize)
                    .map(|en| en.value.clone())
            });
            if hit.is_some() {
                return hit;
            }
        }
    }
    let mut found = None;
    for pos in 0..=ty.mro.len() {
        let Some(t) = mro_at(ty, pos) else { continue };
        let d = t.dict.borrow();
        if let Some(i) = d.find(h, |k| k.as_str() == Some(n)) {
            found = d.entry_at(i).map(|e| (pos, i, e.value.clone()));
            break;
        }
    }
    let mut c = ty.cache.borrow_mut();
    if c.stamp != st || c.entries.is_empty() {
        // Entries of an older stamp are never read again; reuse the storage.
        c.stamp = st;
        c.entries.clear();
        c.entries.resize(TypeCache::SIZE, CacheEntry::default());
    }
    let (pos, index) = match &found {
        Some((p, i, _)) => (*p as u32, u32::try_from(*i).unwrap_or(u32::MAX)),
        None => (u32::MAX, 0),
    };
    if index != u32::MAX {
        c.entries[slot] = CacheEntry {
            hash: h,
            name: key.cloned().unwrap_or_else(|| Value::str(n)),
            pos,
            index,
        };
    }
    found.map(|(_, _, v)| v)
}

/// [`lookup_at`] at the type's current stamp.
#[inline]
pub fn lookup(ty: &TypeObj, n: &str, h: i64, key: Option<&Value>) -> Option<Value> {
    lookup_at(ty, stamp(ty), n, h, key)
}

/// Whether `k` is the str `key` (identity first: attribute names are interned).
#[inline]
fn same_name(k: &Value, key: &Value, n: &str) -> bool {
    k.is(key) || k.as_str() == Some(n)
}

/// `obj.name` for an instance of a class without `__getattribute__`, when no Python code is
/// needed: a value in the instance dict, a `__slots__` value, a method or a plain class
/// attribute. `None`: the general path (`attrs::instance_getattr`) decides.
#[inline]
pub fn instance_getattr(th: &mut Thread<'_>, obj: &Value, name: &Value) -> Option<PyResult<Value>> {
    let Some(Kind::Instance(inst)) = obj.kind() else {
        return None;
    };
    let cls = inst.class.borrow().clone();
    let ty = cls.as_type()?;
    let st = stamp(ty);
    if dunder::hooks_at(&cls, ty, st) & dunder::HOOK_GETATTRIBUTE != 0 {
        return None;
    }
    let (n, h) = crate::ops::str_and_hash(name);
    let attr = lookup_at(ty, st, n, h, Some(name));
    match attr.as_ref().and_then(Value::kind) {
        Some(Kind::Slot(m)) => {
            let v = inst.slots.borrow().get(m.index).cloned()?;
            return (!v.is_null()).then_some(Ok(v));
        }
        // Data descriptors (and instances that may be ones) take the general path.
        Some(Kind::Property(_) | Kind::Instance(_)) => return None,
        _ => {}
    }
    if let Some(d) = inst.dict()
        && let Some(v) = d.borrow().get(h, |k| same_name(k, name, n))
    {
        return Some(Ok(v.clone()));
    }
    let a = attr?;
    Some(match a.kind() {
        Some(Kind::Function(_)) => Ok(Value::Obj(Obj::new(Kind::Method(obj.clone(), a)))),
        _ => crate::attrs::descr_get(th, a, obj),
    })
}

/// `obj.name = value` for an instance of a class without `__setattr__`, when the class
/// attribute of that name (if any) is not a data descriptor run by Python code. Gives the
/// value back when the general path must decide.
#[inline]
pub fn instance_setattr(obj: &Value, name: &Value, value: Value) -> Option<Value> {
    let Some(Kind::Instance(inst)) = obj.kind() else {
        return Some(value);
    };
    let cls = inst.class.borrow().clone();
    let Some(ty) = cls.as_type() else {
        return Some(value);
    };
    let st = stamp(ty);
    if dunder::hooks_at(&cls, ty, st) & dunder::HOOK_SETATTR != 0 {
        return Some(value);
    }
    let (n, h) = crate::ops::str_and_hash(name);
    match lookup_at(ty, st, n, h, Some(name))
        .as_ref()
        .and_then(Value::kind)
    {
        Some(Kind::Slot(m)) => {
            let mut slots = inst.slots.borrow_mut();
            let Some(slot) = slots.get_mut(m.index) else {
                drop(slots);
                return Some(value);
            };
            let old = std::mem::replace(slot, value);
            drop(slots);
            drop(old);
            None
        }
        Some(Kind::Property(_) | Kind::Instance(_)) => Some(value),
        _ => match inst.dict() {
            Some(d) => {
                d.borrow_mut().set_str_value(name, value);
                None
            }
            None => Some(value),
        },
    }
}

/// `obj.name` about to be called (`LoadMethod`) on an instance: the function found on the
/// class when the instance dict does not shadow it and no `__getattribute__` intervenes.
#[inline]
pub fn instance_method(obj: &Value, name: &Value) -> Option<Value> {
    let Some(Kind::Instance(inst)) = obj.kind() else {
        return None;
    };
    let cls = inst.class.borrow().clone();
    let ty = cls.as_type()?;
    let st = stamp(ty);
    if dunder::hooks_at(&cls, ty, st) & dunder::HOOK_GETATTRIBUTE != 0 {
        return None;
    }
    let (n, h) = crate::ops::str_and_hash(name);
    if let Some(d) = inst.dict()
        && d.borrow().get(h, |k| same_name(k, name, n)).is_some()
    {
        return None;
    }
    let f = lookup_at(ty, st, n, h, Some(name))?;
    matches!(f.kind(), Some(Kind::Function(_))).then_some(f)
}
