//! The per-type attribute cache ([`isles_object::value::TypeCache`]) and the instance
//! attribute fast paths built on it: `obj.x`, `obj.x = v` and `obj.m(...)` on instances of
//! classes without attribute hooks cost one MRO version check, one cache probe and one
//! instance-dict probe, instead of a hashed walk of every dict on the MRO.

use isles_object::WeakObj;
use isles_object::value::{AttrHot, AttrSlot, AttrWhere, CacheEntry, TypeCache};
use isles_object::{CodeData, Kind, Obj, PyResult, TypeObj, Value};

use crate::dunder;
use crate::thread::Thread;

/// The sum of the versions of the dicts on the type's MRO (itself included). Dict versions
/// only grow, so the sum changes exactly when one of these dicts changed (or the MRO itself:
/// `classes::set_bases` moves the class's version far ahead).
#[inline]
pub fn stamp(ty: &TypeObj) -> u64 {
    let mut s = ty.dict.borrow().version();
    for c in ty.mro.borrow().iter() {
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

/// The class at MRO position `pos` (0 is `ty` itself; `mro` is the rest of its MRO).
#[inline]
fn mro_at<'a>(ty: &'a TypeObj, mro: &'a [Obj], pos: usize) -> Option<&'a TypeObj> {
    if pos == 0 {
        Some(ty)
    } else {
        mro.get(pos - 1).and_then(Obj::as_type)
    }
}

/// Where `name` (text `n`, hash `h`) first is on the MRO of `ty` (`mro` is the rest of it):
/// the MRO position, the entry in that class's dict, and the value.
fn find_on_mro(ty: &TypeObj, mro: &[Obj], n: &str, h: i64) -> Option<(usize, usize, Value)> {
    (0..=mro.len()).find_map(|pos| {
        let d = mro_at(ty, mro, pos)?.dict.borrow();
        let i = d.find(h, |k| k.as_str() == Some(n))?;
        d.entry_at(i).map(|e| (pos, i, e.value.clone()))
    })
}

/// `name` (text `n`, hash `h`; `key` is the str object when the caller has one) looked up on
/// the MRO of `ty` whose current [`stamp`] is `st`, through the type's cache.
pub fn lookup_at(ty: &TypeObj, st: u64, n: &str, h: i64, key: Option<&Value>) -> Option<Value> {
    let slot = slot_of(h);
    let mro = ty.mro.borrow();
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
            let hit = mro_at(ty, &mro, e.pos as usize).and_then(|t| {
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
    let found = find_on_mro(ty, &mro, n, h);
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

/// See [`attr_owner`].
type AttrOwner<'a> = (
    Obj,
    Option<&'a std::cell::RefCell<isles_object::Dict>>,
    Option<&'a isles_object::value::Instance>,
);

/// The class, attribute dict and (for an instance of a Python class) the instance of an
/// object whose attributes the functions below can handle: an instance of a Python class, or
/// an exception outside the names an exception keeps in fields of its own (`args`,
/// `__cause__`...), which the general path handles.
#[inline]
fn attr_owner<'a>(obj: &'a Value, n: &str) -> Option<AttrOwner<'a>> {
    match obj.kind()? {
        Kind::Instance(inst) => Some((inst.class.borrow().clone(), inst.dict(), Some(inst))),
        Kind::Exception(e)
            if !matches!(
                n,
                "args"
                    | "message"
                    | "exceptions"
                    | "__traceback__"
                    | "__cause__"
                    | "__context__"
                    | "__suppress_context__"
                    | "__class__"
                    | "__dict__"
            ) =>
        {
            Some((e.class.clone(), Some(&e.dict), None))
        }
        _ => None,
    }
}

/// `obj.name` for an instance of a class without `__getattribute__` (or an exception, see
/// [`attr_owner`]), when no Python code is needed: a value in the instance dict, a
/// `__slots__` value, a method or a plain class attribute. `None`: the general path
/// (`attrs::instance_getattr`) decides.
#[inline]
pub fn instance_getattr(th: &mut Thread<'_>, obj: &Value, name: &Value) -> Option<PyResult<Value>> {
    let (n, h) = crate::ops::str_and_hash(name);
    let (cls, dict, inst) = attr_owner(obj, n)?;
    let ty = cls.as_type()?;
    let st = stamp(ty);
    if dunder::hooks_at(&cls, ty, st) & dunder::HOOK_GETATTRIBUTE != 0 {
        return None;
    }
    let attr = lookup_at(ty, st, n, h, Some(name));
    match attr.as_ref().and_then(Value::kind) {
        Some(Kind::Slot(m)) => {
            let v = inst?.slots.borrow().get(m.index).cloned()?;
            return (!v.is_null()).then_some(Ok(v));
        }
        // Data descriptors (and instances that may be ones) take the general path.
        Some(Kind::Property(_) | Kind::Instance(_)) => return None,
        _ => {}
    }
    if let Some(d) = dict
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

/// `obj.name = value` for an instance of a class without `__setattr__` (or an exception, see
/// [`attr_owner`]), when the class attribute of that name (if any) is not a data descriptor
/// run by Python code. Gives the value back when the general path must decide.
#[inline]
pub fn instance_setattr(obj: &Value, name: &Value, value: Value) -> Option<Value> {
    let (n, h) = crate::ops::str_and_hash(name);
    let Some((cls, dict, inst)) = attr_owner(obj, n) else {
        return Some(value);
    };
    let Some(ty) = cls.as_type() else {
        return Some(value);
    };
    let st = stamp(ty);
    if dunder::hooks_at(&cls, ty, st) & dunder::HOOK_SETATTR != 0
        || n == "__class__"
        || n == "__dict__"
    {
        return Some(value);
    }
    match lookup_at(ty, st, n, h, Some(name))
        .as_ref()
        .and_then(Value::kind)
    {
        Some(Kind::Slot(m)) => {
            let Some(inst) = inst else {
                return Some(value);
            };
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
        _ => match dict {
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
    binds_self(&f).then_some(f)
}

/// A class attribute that `LoadMethod` calls with the instance as first argument: a Python
/// function, or a native method of a class (such as `Queue.put`) not yet bound to an object.
#[inline]
fn binds_self(f: &Value) -> bool {
    match f.kind() {
        Some(Kind::Function(_)) => true,
        Some(Kind::Native(nf)) => nf.owner.is_some() && nf.self_.is_none(),
        _ => false,
    }
}

/// Slot `i` of the code's attribute cache, once the cache exists.
#[inline(always)]
fn slot_at(code: &CodeData, i: usize) -> Option<&AttrSlot> {
    code.attr_cache.get()?.get(i)
}

/// Slot `i` of the code's attribute cache, making the cache on first use.
fn slot_made(code: &CodeData, i: usize) -> Option<&AttrSlot> {
    code.attr_cache
        .get_or_init(|| (0..code.names.len()).map(|_| AttrSlot::default()).collect())
        .get(i)
}

/// The interpreter's type epoch (see `TypeDict::epoch`).
#[inline(always)]
fn epoch_of(th: &Thread<'_>) -> u64 {
    th.st.types.type_epoch.get()
}

/// The function a method slot found, upgraded (the slot holds it weakly).
#[inline(always)]
fn slot_func(slot: &AttrSlot) -> Option<Value> {
    slot.func.borrow().upgrade().map(Value::Obj)
}

/// The attribute slot `i` of `code` if it was filled for instances of `cls` at the class's
/// current stamp: where the attribute lives and, for a method, the function (upgraded here,
/// so a hit on an attribute clones nothing). While the interpreter's type epoch is the one
/// the slot recorded, no class changed at all and the stamp is not even recomputed.
#[inline(always)]
fn valid_slot(
    th: &Thread<'_>,
    code: &CodeData,
    i: usize,
    cls: &Obj,
) -> Option<(AttrWhere, u32, Option<Value>)> {
    let slot = slot_at(code, i)?;
    let hot = slot.hot.get();
    if hot.kind == AttrWhere::Empty || hot.class != cls.id() {
        return None;
    }
    if hot.epoch != epoch_of(th) {
        revalidate(th, slot, cls)?;
    }
    let func = match hot.kind {
        AttrWhere::Method => Some(slot_func(slot)?),
        _ => None,
    };
    Some((hot.kind, hot.index, func))
}

/// [`valid_slot`] after the type epoch moved: the slot holds if the class's MRO stamp is
/// still the one it was filled at; then it records the epoch read before the stamp.
#[cold]
fn revalidate(th: &Thread<'_>, slot: &AttrSlot, cls: &Obj) -> Option<()> {
    let ty = cls.as_type()?;
    let epoch = epoch_of(th);
    if stamp(ty) != slot.stamp.get() || !slot.class.borrow().is(cls) {
        return None;
    }
    let mut hot = slot.hot.get();
    hot.epoch = epoch;
    slot.hot.set(hot);
    Some(())
}

/// Where instances of `cls` keep `name` when neither a hook nor a data descriptor on the
/// class intervenes: `Some((stamp, kind, index))` for a `__slots__` member, or for the
/// instance dict (the index is filled in by the caller).
fn plan(
    th: &Thread<'_>,
    cls: &Obj,
    name: &Value,
) -> Option<(Stamp, AttrWhere, u32, Option<Value>)> {
    let ty = cls.as_type()?;
    let epoch = epoch_of(th);
    let st = stamp(ty);
    if dunder::hooks_at(cls, ty, st) & (dunder::HOOK_GETATTRIBUTE | dunder::HOOK_SETATTR) != 0 {
        return None;
    }
    let (n, h) = crate::ops::str_and_hash(name);
    if n == "__class__" || n == "__dict__" {
        return None;
    }
    let attr = lookup_at(ty, st, n, h, Some(name));
    match attr.as_ref().and_then(Value::kind) {
        Some(Kind::Slot(m)) => Some((
            (st, epoch),
            AttrWhere::Slot,
            u32::try_from(m.index).ok()?,
            None,
        )),
        Some(Kind::Property(_) | Kind::Instance(_)) => None,
        _ => Some(((st, epoch), AttrWhere::Dict, 0, attr)),
    }
}

/// An MRO stamp and the type epoch read before it was computed.
type Stamp = (u64, u64);

fn fill(
    code: &CodeData,
    i: usize,
    cls: &Obj,
    st: Stamp,
    kind: AttrWhere,
    index: u32,
    func: WeakObj,
) {
    if let Some(slot) = slot_made(code, i) {
        let hash = code.names[i].as_pystr().map_or(0, |s| s.hash());
        let old = (slot.class.replace(cls.downgrade()), slot.func.replace(func));
        slot.stamp.set(st.0);
        slot.hot.set(AttrHot {
            class: cls.id(),
            epoch: st.1,
            hash,
            bits: isles_object::dict::hash_bit(hash),
            name: code.names[i].as_obj().map_or(0, Obj::id),
            index,
            pos: 0,
            kind,
        });
        drop(old);
    }
}

/// Position of `name` in an instance dict.
#[inline]
fn dict_index(d: &isles_object::Dict, name: &Value) -> Option<usize> {
    let (n, h) = crate::ops::str_and_hash(name);
    d.find(h, |k| same_name(k, name, n))
}

/// Whether `a` and `b` are the same object (attribute names are interned, so a name in an
/// instance dict is usually the very object the code names): one pointer compare.
#[inline(always)]
fn same_obj(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if x.is(y))
}

/// Whether `k` is the object at address `id` (a live object's address is its identity).
#[inline(always)]
fn is_at(k: &Value, id: usize) -> bool {
    matches!(k, Value::Obj(o) if o.id() == id)
}

/// A copy of `v`, inlined here (the derived `clone` is an out-of-line call).
#[inline(always)]
fn copy_value(v: &Value) -> Value {
    match v {
        Value::Obj(o) => Value::Obj(o.clone()),
        Value::Null => Value::Null,
        Value::None => Value::None,
        Value::Bool(b) => Value::bool(b.get()),
        Value::Int(n) => Value::Int(*n),
        Value::Float(f) => Value::inline_float(f.get()),
    }
}

/// Slot `i` of `code` when it says instances of `inst`'s class keep the attribute in their
/// dict, filled for that class with no class changed since (`epoch` is the interpreter's type
/// epoch): the common case of `self.x = v`, answered with no calls and no hashing once the
/// caller sees the name's key at that entry. `None`: the caller takes the full path.
#[inline(always)]
fn dict_hit(
    epoch: u64,
    code: &CodeData,
    i: usize,
    inst: &isles_object::value::Instance,
) -> Option<AttrHot> {
    let hot = slot_at(code, i)?.hot.get();
    if hot.class != inst.class_id.get() || hot.epoch != epoch || hot.kind != AttrWhere::Dict {
        return None;
    }
    Some(hot)
}

/// `LoadAttr` of name `i` of `code` on an instance whose attribute the code's inline cache
/// locates (see [`dict_hit`]); `epoch` is the interpreter's type epoch. Inlined into the
/// eval loop, so it takes the object by reference (a local need not be cloned) and needs no
/// `Thread`. `None`: [`load_attr`] decides.
#[inline(always)]
pub fn load_attr_quick(epoch: u64, code: &CodeData, i: usize, obj: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let Kind::Instance(inst) = o.kind() else {
        return module_attr_quick(code, i, o);
    };
    let hot = slot_at(code, i)?.hot.get();
    if hot.class != inst.class_id.get() || hot.epoch != epoch {
        return None;
    }
    if hot.kind == AttrWhere::Dict {
        let d = inst.dict()?.borrow();
        let e = d.entry_at(hot.index as usize)?;
        is_at(&e.key, hot.name).then(|| copy_value(&e.value))
    } else if hot.kind == AttrWhere::Slot {
        let slots = inst.slots.borrow();
        let v = slots.get(hot.index as usize)?;
        (!v.is_null()).then(|| copy_value(v))
    } else {
        None
    }
}

/// `obj.name op= c` (`FastAttrInplaceConst`) on an instance whose dict entry for name `i`
/// of `code` the inline cache locates (see [`dict_hit`]) and whose value and `c` the
/// operator's fast path takes (`ops::fast_arith`: small ints and floats, no Python code):
/// the entry updated in place under one borrow and one check. `None`: the caller loads,
/// operates and stores the general way.
#[inline(always)]
pub fn inplace_attr_quick(
    epoch: u64,
    code: &CodeData,
    i: usize,
    obj: &Value,
    op: isles_compiler::BinOp,
    c: &Value,
) -> Option<()> {
    let Value::Obj(o) = obj else { return None };
    let Kind::Instance(inst) = o.kind() else {
        return None;
    };
    let hot = dict_hit(epoch, code, i, inst)?;
    let mut d = inst.dict()?.borrow_mut();
    let index = hot.index as usize;
    let e = d.entry_at(index)?;
    if !is_at(&e.key, hot.name) {
        return None;
    }
    let r = crate::ops::fast_arith(op, &e.value, c)?;
    // The old value is a small int or a float (the fast path took it): nothing to drop.
    *d.value_at_mut(index)? = r;
    Some(())
}

/// `mod.name` through slot `i` of `code` (see [`AttrWhere::Module`]): the module's dict
/// entry at the remembered position when its key is the name. A module's getattr answers
/// from its dict before anything else for every name but `__dict__`, and the slot is never
/// filled for a dunder name, so this is what the full lookup would find.
#[inline(always)]
fn module_attr_quick(code: &CodeData, i: usize, o: &Obj) -> Option<Value> {
    let Kind::Module(m) = o.kind() else {
        return None;
    };
    let hot = slot_at(code, i)?.hot.get();
    if hot.kind != AttrWhere::Module || o.sub().is_some() {
        return None;
    }
    let Kind::Dict(d) = m.dict.kind() else {
        return None;
    };
    let d = d.borrow();
    let e = d.entry_at(hot.index as usize)?;
    let name = code.names.get(i)?;
    (same_obj(&e.key, name) || e.key.as_str() == name.as_str()).then(|| copy_value(&e.value))
}

/// `LoadMethod` of name `i` of `code` on a module whose dict entry slot `i` remembers (see
/// [`module_attr_quick`]): the value, to be called with no self. `None`: the general
/// `LoadMethod` decides (and [`load_method_slow`] fills the slot).
#[inline(always)]
pub fn module_method_quick(code: &CodeData, i: usize, obj: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    module_attr_quick(code, i, o)
}

/// `mod.name` on a module (no subclass) whose dict holds `name` (not a dunder): the value,
/// remembering its position in slot `i` of `code` for [`module_attr_quick`]. `None`: the
/// general lookup decides (a missing name, a lazy attribute, `__getattr__`, errors).
#[inline(never)]
fn module_attr(code: &CodeData, i: usize, obj: &Value) -> Option<Value> {
    let o = obj.as_obj()?;
    if let Some(v) = module_attr_quick(code, i, o) {
        return Some(v);
    }
    let Kind::Module(m) = o.kind() else {
        return None;
    };
    let name = code.names.get(i)?;
    if o.sub().is_some() || name.as_str()?.starts_with("__") {
        return None;
    }
    let Kind::Dict(d) = m.dict.kind() else {
        return None;
    };
    let d = d.borrow();
    let j = dict_index(&d, name)?;
    let v = d.entry_at(j)?.value.clone();
    if let Some(slot) = slot_made(code, i) {
        let old = (
            slot.class.replace(WeakObj::default()),
            slot.func.replace(WeakObj::default()),
        );
        slot.hot.set(AttrHot {
            index: u32::try_from(j).ok()?,
            kind: AttrWhere::Module,
            ..AttrHot::default()
        });
        drop(old);
    }
    Some(v)
}

/// `LoadAttr` of name `i` of `code`: instance attributes through the code's inline cache,
/// everything else through [`crate::ops::getattr`].
#[inline(never)]
pub fn load_attr(th: &mut Thread<'_>, code: &CodeData, i: usize, obj: &Value) -> PyResult<Value> {
    match load_attr_quick(epoch_of(th), code, i, obj) {
        Some(v) => Ok(v),
        None => load_attr_slow(th, code, i, obj),
    }
}

/// [`load_attr`] when the inline cache's quick check did not answer.
#[inline(never)]
fn load_attr_slow(th: &mut Thread<'_>, code: &CodeData, i: usize, obj: &Value) -> PyResult<Value> {
    if let Some(v) = module_attr(code, i, obj) {
        return Ok(v);
    }
    let name = &code.names[i];
    if let Some(Kind::Instance(inst)) = obj.kind() {
        let cls = inst.class.borrow();
        match valid_slot(th, code, i, &cls) {
            Some((AttrWhere::Dict, index, _)) => {
                if let Some(d) = inst.dict() {
                    let d = d.borrow();
                    if let Some(e) = d.entry_at(index as usize)
                        && e.key.is(name)
                    {
                        return Ok(e.value.clone());
                    }
                    if let Some(j) = dict_index(&d, name)
                        && let Some(e) = d.entry_at(j)
                    {
                        return Ok(e.value.clone());
                    }
                }
            }
            Some((AttrWhere::Slot, index, _)) => {
                if let Some(v) = inst.slots.borrow().get(index as usize)
                    && !v.is_null()
                {
                    return Ok(v.clone());
                }
            }
            Some((AttrWhere::Class, index, _)) => {
                if let Some(v) = instance_value(inst, name) {
                    return Ok(v);
                }
                // The slot's stamp holds, so the entry is still the one it was filled from.
                let pos = slot_at(code, i).map_or(0, |s| s.hot.get().pos);
                if let Some(ty) = cls.as_type() {
                    let mro = ty.mro.borrow();
                    if let Some(t) = mro_at(ty, &mro, pos as usize)
                        && let Some(e) = t.dict.borrow().entry_at(index as usize)
                    {
                        return Ok(e.value.clone());
                    }
                }
            }
            Some((AttrWhere::Method, _, Some(func)))
                if matches!(func.kind(), Some(Kind::Function(_)))
                    && instance_value(inst, name).is_none() =>
            {
                // `f = obj.m`: the bound method, with no lookup.
                return Ok(Value::Obj(Obj::new(Kind::Method(obj.clone(), func))));
            }
            _ => {
                let planned = plan(th, &cls, name);
                if planned.is_none() {
                    fill_property(th, code, i, &cls, name);
                }
                if let Some((st, kind, index, attr)) = planned {
                    let found = match kind {
                        AttrWhere::Slot => {
                            let v = inst.slots.borrow().get(index as usize).cloned();
                            v.filter(|v| !v.is_null()).map(|v| (v, index))
                        }
                        _ => inst.dict().and_then(|d| {
                            let d = d.borrow();
                            let j = dict_index(&d, name)?;
                            let v = d.entry_at(j)?.value.clone();
                            Some((v, u32::try_from(j).ok()?))
                        }),
                    };
                    if let Some((v, index)) = found {
                        fill(code, i, &cls, st, kind, index, WeakObj::default());
                        return Ok(v);
                    }
                    if kind == AttrWhere::Dict
                        && let Some(f) = attr.as_ref().and_then(Value::as_obj)
                        && let Kind::Function(_) = f.kind()
                    {
                        fill(code, i, &cls, st, AttrWhere::Method, 0, f.downgrade());
                        return Ok(Value::Obj(Obj::new(Kind::Method(
                            obj.clone(),
                            Value::Obj(f.clone()),
                        ))));
                    }
                    if kind == AttrWhere::Dict
                        && let Some(v) = fill_class_attr(code, i, &cls, st, name)
                    {
                        return Ok(v);
                    }
                }
            }
        }
    }
    crate::ops::getattr(th, obj, name)
}

/// Fills slot `i` of `code` for instances of `cls` when their attribute `name` is a property
/// whose getter is a Python function, and no `__getattribute__` or `__getattr__` (which an
/// AttributeError from the getter would reach) is in the way: see [`property_getter`].
#[cold]
fn fill_property(th: &Thread<'_>, code: &CodeData, i: usize, cls: &Obj, name: &Value) {
    let Some(ty) = cls.as_type() else {
        return;
    };
    let epoch = epoch_of(th);
    let st = stamp(ty);
    if dunder::hooks_at(cls, ty, st) & (dunder::HOOK_GETATTRIBUTE | dunder::HOOK_GETATTR) != 0 {
        return;
    }
    let (n, h) = crate::ops::str_and_hash(name);
    let Some(attr) = lookup_at(ty, st, n, h, Some(name)) else {
        return;
    };
    if attr.is_sub() {
        return;
    }
    if let Some(Kind::Property(p)) = attr.kind()
        && let Value::Obj(fget) = &p.fget
        && let Kind::Function(_) = fget.kind()
    {
        fill(
            code,
            i,
            cls,
            (st, epoch),
            AttrWhere::Property,
            0,
            fget.downgrade(),
        );
    }
}

/// The getter of the property that slot `i` of `code` found on the class of instance `obj`
/// while no class changed since (see [`fill_property`]): the function object and the
/// function, for the caller to run as a frame.
#[inline]
pub fn property_getter(
    th: &Thread<'_>,
    code: &CodeData,
    i: usize,
    obj: &Value,
) -> Option<(Value, std::rc::Rc<isles_object::Function>)> {
    let Some(Kind::Instance(inst)) = obj.kind() else {
        return None;
    };
    let slot = slot_at(code, i)?;
    let hot = slot.hot.get();
    if hot.kind != AttrWhere::Property
        || hot.class != inst.class_id.get()
        || hot.epoch != epoch_of(th)
    {
        return None;
    }
    let f = slot_func(slot)?;
    let Some(Kind::Function(func)) = f.kind() else {
        return None;
    };
    let func = func.clone();
    Some((f, func))
}

/// The value of `name` in the instance dict, if it has one there (the key bits answer most
/// misses without a scan).
#[inline]
fn instance_value(inst: &isles_object::value::Instance, name: &Value) -> Option<Value> {
    let d = inst.dict()?.borrow();
    let (_, h) = crate::ops::str_and_hash(name);
    if !d.may_contain(h) {
        return None;
    }
    let j = dict_index(&d, name)?;
    Some(d.entry_at(j)?.value.clone())
}

/// Whether a class attribute read through an instance is the value itself: no descriptor
/// (`__get__`) can be involved, whatever the instance.
fn plain_class_value(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.sub().is_none()
                && matches!(
                    o.kind(),
                    Kind::Str(_)
                        | Kind::BigInt(_)
                        | Kind::Float(_)
                        | Kind::Tuple(_)
                        | Kind::List(_)
                        | Kind::Dict(_)
                        | Kind::Set(_)
                        | Kind::FrozenSet(_)
                )
        }
        _ => true,
    }
}

/// `obj.name` of an instance without that attribute, found as a plain class attribute
/// (see [`plain_class_value`]): fills slot `i` with where the class keeps it.
#[cold]
fn fill_class_attr(code: &CodeData, i: usize, cls: &Obj, st: Stamp, name: &Value) -> Option<Value> {
    let ty = cls.as_type()?;
    let (n, h) = crate::ops::str_and_hash(name);
    let (pos, j, v) = find_on_mro(ty, &ty.mro.borrow(), n, h)?;
    let pos = u16::try_from(pos).ok()?;
    if !plain_class_value(&v) {
        return None;
    }
    fill(
        code,
        i,
        cls,
        st,
        AttrWhere::Class,
        u32::try_from(j).ok()?,
        WeakObj::default(),
    );
    if let Some(slot) = slot_at(code, i) {
        let mut hot = slot.hot.get();
        hot.pos = pos;
        slot.hot.set(hot);
    }
    Some(v)
}

/// `StoreAttr` of name `i` of `code` on an instance whose attribute the code's inline cache
/// locates: replaces the value the instance has, or appends the attribute to a fresh
/// instance dict at the position earlier instances had it (`__init__`): the value stored
/// over (`Null` for a new attribute), for the caller to drop and then run a `__del__` that
/// queued. Gives `v` back when [`store_attr`] must decide.
#[inline(always)]
pub fn store_attr_quick(
    epoch: u64,
    code: &CodeData,
    i: usize,
    obj: &Value,
    v: Value,
) -> Result<Value, Value> {
    let Value::Obj(o) = obj else { return Err(v) };
    let Kind::Instance(inst) = o.kind() else {
        return Err(v);
    };
    let Some(hot) = dict_hit(epoch, code, i, inst) else {
        return Err(v);
    };
    let Some(d) = inst.dict() else {
        return Err(v);
    };
    let index = hot.index as usize;
    let mut d = d.borrow_mut();
    match d.replace_at_key(index, hot.name, v) {
        Ok(old) => {
            // The old value's `__del__` may look at the instance: the dict is free by then.
            drop(d);
            Ok(old)
        }
        Err(v) => {
            let Some(name) = code.names.get(i) else {
                return Err(v);
            };
            store_fresh(inst, d, index, hot.hash, name, v).map(|()| Value::Null)
        }
    }
}

/// [`store_attr_quick`] into an instance dict that lacks the attribute: appended at
/// `index` when that is the dict's end and its key bits prove the name absent.
#[inline(never)]
fn store_fresh(
    inst: &isles_object::value::Instance,
    mut d: std::cell::RefMut<'_, isles_object::Dict>,
    index: usize,
    hash: i64,
    name: &Value,
    v: Value,
) -> Result<(), Value> {
    // A dict made with room for the class's hint grows only past it: only then can the
    // hint be too small.
    if d.append_absent_at(index, hash, name, v)? {
        let n = d.len();
        drop(d);
        raise_dict_hint(inst, n);
    }
    Ok(())
}

/// Records that an instance dict of `inst`'s class reached `n` entries, so new instances
/// reserve that room (see `InstanceCache::dict_hint`).
#[cold]
fn raise_dict_hint(inst: &isles_object::value::Instance, n: usize) {
    if let Some(t) = inst.class.borrow().as_type()
        && n > usize::from(t.inst.dict_hint.get())
    {
        t.inst.dict_hint.set(u8::try_from(n).unwrap_or(u8::MAX));
    }
}

/// `StoreAttr` of name `i` of `code` (see [`load_attr`]).
#[inline(never)]
pub fn store_attr(
    th: &mut Thread<'_>,
    code: &CodeData,
    i: usize,
    obj: &Value,
    v: Value,
) -> PyResult<()> {
    match store_attr_quick(epoch_of(th), code, i, obj, v) {
        Ok(_) => Ok(()),
        Err(v) => store_attr_slow(th, code, i, obj, v),
    }
}

/// [`store_attr`] when the inline cache's quick check did not answer.
#[inline(never)]
fn store_attr_slow(
    th: &mut Thread<'_>,
    code: &CodeData,
    i: usize,
    obj: &Value,
    v: Value,
) -> PyResult<()> {
    let name = &code.names[i];
    if let Some(Kind::Instance(inst)) = obj.kind() {
        let cls = inst.class.borrow().clone();
        let (kind, index) = match valid_slot(th, code, i, &cls) {
            Some((k @ (AttrWhere::Dict | AttrWhere::Slot), index, _)) => (k, index),
            _ => match plan(th, &cls, name) {
                Some((st, k, index, _)) => {
                    fill(code, i, &cls, st, k, index, WeakObj::default());
                    (k, index)
                }
                None => return crate::ops::setattr(th, obj, name, v),
            },
        };
        match kind {
            AttrWhere::Slot => {
                let mut slots = inst.slots.borrow_mut();
                if let Some(slot) = slots.get_mut(index as usize) {
                    let old = std::mem::replace(slot, v);
                    drop(slots);
                    drop(old);
                    return Ok(());
                }
            }
            _ => {
                if let Some(d) = inst.dict() {
                    let mut d = d.borrow_mut();
                    let same = d.entry_at(index as usize).is_some_and(|e| e.key.is(name));
                    if same && let Some(slot) = d.value_at_mut(index as usize) {
                        let old = std::mem::replace(slot, v);
                        drop(d);
                        drop(old);
                    } else {
                        let j = d.set_str_value(name, v);
                        if let Ok(j) = u32::try_from(j)
                            && let Some(slot) = slot_at(code, i)
                        {
                            let mut hot = slot.hot.get();
                            hot.index = j;
                            slot.hot.set(hot);
                        }
                    }
                    return Ok(());
                }
            }
        }
    }
    crate::ops::setattr(th, obj, name, v)
}

/// `LoadMethod` of name `i` of `code` on a str, list, dict, tuple, set or bytes (not of a
/// subclass): the type's native method, through the code's inline cache.
#[inline]
fn builtin_method(th: &Thread<'_>, code: &CodeData, i: usize, o: &Obj) -> Option<Value> {
    let cls = builtin_class(&th.st.types, o)?;
    if let Some((AttrWhere::Method, _, func)) = valid_slot(th, code, i, cls) {
        return func;
    }
    let ty = cls.as_type()?;
    let epoch = epoch_of(th);
    let st = stamp(ty);
    let name = &code.names[i];
    let (n, h) = crate::ops::str_and_hash(name);
    let f = lookup_at(ty, st, n, h, Some(name))?;
    match f.kind() {
        Some(Kind::Native(nf)) if nf.owner.is_some() && nf.self_.is_none() => {
            fill(
                code,
                i,
                cls,
                (st, epoch),
                AttrWhere::Method,
                0,
                f.as_obj()?.downgrade(),
            );
            Some(f)
        }
        _ => None,
    }
}

/// The class of an exact object of a builtin type defined in a higher layer
/// (`collections.deque`), which has no instance dict to shadow its class's native methods.
#[inline(never)]
fn exact_opaque_class(o: &Obj) -> Option<&Obj> {
    let sub = o.sub()?;
    match o.kind() {
        Kind::Opaque(base, _) if sub.dict.is_none() && sub.class_id.get() == base.id() => {
            Some(base)
        }
        _ => None,
    }
}

/// The type of a str, list, dict, tuple, set, bytes, big int or float object (not of a
/// subclass), or of an exact deque (see [`exact_opaque_class`]), by reference: no `type_of`
/// call and no count traffic on the type object.
#[inline(always)]
pub fn builtin_class<'a>(t: &'a isles_interp::BuiltinTypes, o: &'a Obj) -> Option<&'a Obj> {
    Some(match o.kind() {
        _ if o.sub().is_some() => exact_opaque_class(o)?,
        Kind::Str(_) => &t.str_,
        Kind::BigInt(_) => &t.int,
        Kind::Float(_) => &t.float,
        Kind::List(_) => &t.list,
        Kind::Dict(_) => &t.dict,
        Kind::Tuple(_) => &t.tuple,
        Kind::Set(_) => &t.set,
        Kind::FrozenSet(_) => &t.frozenset,
        Kind::Bytes(_) => &t.bytes,
        Kind::ByteArray(_) => &t.bytearray,
        _ => return None,
    })
}

/// `LoadMethod` of name `i` of `code` on a builtin container or str whose native method the
/// code's inline cache holds (builtin types' dicts cannot change, so the epoch check is
/// only there to notice a slot refilled for another type): `stack.append` in a loop.
#[inline(always)]
fn builtin_method_quick(
    t: &isles_interp::BuiltinTypes,
    code: &CodeData,
    i: usize,
    o: &Obj,
) -> Option<Value> {
    let slot = slot_at(code, i)?;
    let hot = slot.hot.get();
    if hot.kind != AttrWhere::Method || hot.epoch != t.type_epoch.get() {
        return None;
    }
    if builtin_class(t, o)?.id() != hot.class {
        return None;
    }
    slot_func(slot)
}

/// `LoadMethod` of name `i` of `code` on an instance whose class's function the code's
/// inline cache holds, when the instance dict cannot shadow it (its key bits rule the name
/// out), or on a builtin container or str (see [`builtin_method_quick`]). `None`:
/// [`load_method`] decides.
#[inline(always)]
pub fn load_method_quick(
    t: &isles_interp::BuiltinTypes,
    code: &CodeData,
    i: usize,
    obj: &Value,
) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let Kind::Instance(inst) = o.kind() else {
        return builtin_method_quick(t, code, i, o);
    };
    let slot = slot_at(code, i)?;
    let hot = slot.hot.get();
    if hot.kind != AttrWhere::Method
        || hot.class != inst.class_id.get()
        || hot.epoch != t.type_epoch.get()
    {
        return None;
    }
    if let Some(d) = inst.dict()
        && d.borrow().may_contain_bits(hot.bits)
    {
        return None;
    }
    slot_func(slot)
}

/// `LoadMethod` of name `i` of `code`: on an instance, the class's function when the
/// instance dict does not shadow it; on a builtin container or str, its native method;
/// through the code's inline cache. `None`: the general path decides.
#[inline]
pub fn load_method(th: &Thread<'_>, code: &CodeData, i: usize, obj: &Value) -> Option<Value> {
    let o = obj.as_obj()?;
    let Kind::Instance(inst) = o.kind() else {
        return builtin_method(th, code, i, o);
    };
    let name = &code.names[i];
    // Most instance dicts hold no key of the method name's hash bit: no scan then.
    let shadowed = || {
        inst.dict().is_some_and(|d| {
            let d = d.borrow();
            name.as_pystr().is_some_and(|s| d.may_contain(s.hash()))
                && dict_index(&d, name).is_some()
        })
    };
    if let Some(slot) = slot_at(code, i) {
        let hot = slot.hot.get();
        if hot.kind == AttrWhere::Method
            && hot.class == inst.class_id.get()
            && hot.epoch == epoch_of(th)
        {
            if shadowed() {
                return None;
            }
            return slot_func(slot);
        }
    }
    let cls = inst.class.borrow();
    if let Some((AttrWhere::Method, _, func)) = valid_slot(th, code, i, &cls) {
        if shadowed() {
            return None;
        }
        return func;
    }
    let (st, kind, _, attr) = plan(th, &cls, name)?;
    let f = attr?;
    if kind != AttrWhere::Dict || shadowed() || !binds_self(&f) {
        return None;
    }
    fill(
        code,
        i,
        &cls,
        st,
        AttrWhere::Method,
        0,
        f.as_obj()?.downgrade(),
    );
    Some(f)
}

/// `LoadMethod` when the inline cache did not answer: pushes the callable and the object to
/// pass as self, or a bound callable and `Null` (see `CallMethod`). `super().m(...)` pushes
/// the function and the instance, with no bound method made.
#[inline(never)]
pub fn load_method_slow(
    th: &mut Thread<'_>,
    code: &CodeData,
    i: usize,
    obj: Value,
) -> PyResult<()> {
    // `math.sqrt(x)`, `mod.f(x)`: the module's function, called with no self.
    if let Some(f) = module_attr(code, i, &obj) {
        th.stack.push(f);
        th.stack.push(Value::Null);
        return Ok(());
    }
    let name = &code.names[i];
    if let Some(Kind::Super { start, obj: inner }) = obj.kind()
        && !obj.is_sub()
        && let Some(f) = crate::attrs::super_method(th, start, inner, name)
    {
        let inner = inner.clone();
        th.stack.push(f);
        th.stack.push(inner);
        return Ok(());
    }
    let (f, with_self) = crate::ops::get_method(th, &obj, name)?;
    th.stack.push(f);
    th.stack.push(if with_self { obj } else { Value::Null });
    Ok(())
}
