//! Builtins that the eval loop answers without the native calling convention when their
//! arguments allow, known by the [`Quick`] tag given where the native object is made:
//! `len`, `isinstance`, `ord` and `chr` ([`quick_call`]), and the most called builtin
//! methods, `list.append`, `list.pop` and `dict.get` ([`quick_method`]); and the native
//! method calls of `local.m(x)` that need no stack ([`native_method_call`]).

use isles_compiler::Instr;
use isles_object::{CodeData, ExcKind, Kind, NativeFunc, Obj, PyErr, PyResult, Quick, Value};

use crate::ops;
use crate::{Args, NativeFn, Thread};

/// `local.m(x)` / `local.m(x, y)` of a `FastMethodCall(k, ..)` whose method `f`, a native
/// found by the cached lookup on `obj`, takes the `k` arguments that the loads from
/// `instrs[j]` push, read in place (locals of the frame at `base`, constants): a tagged
/// one is answered as in [`quick_method`], another called with `[obj, args...]`, and the
/// eval loop pushes nothing. `None` (nothing done): a native bound to a self or a `__new__`,
/// an unbound argument (its own `LoadFast` raises it); the method is pushed as
/// `LoadMethod` does. Out of line, so that a Python method's `FastMethodCall` costs what
/// `LoadFastLoadMethod` does.
#[inline(never)]
pub(crate) fn native_method_call(
    th: &mut Thread<'_>,
    code: &CodeData,
    f: &Value,
    obj: &Value,
    j: usize,
    k: usize,
    base: usize,
) -> Option<PyResult<Value>> {
    let Some(Kind::Native(nf)) = f.kind() else {
        return None;
    };
    if nf.self_.is_some() || nf.name == "__new__" {
        return None;
    }
    let locals = th.stack.get(base..)?;
    let [x, y] = load_args(&code.code.instrs, j, k, locals, &code.consts)?;
    // The `CallMethod`'s check, before the call as there.
    if th.st.gc_hooks.pending.get() {
        let (x, y) = (x.clone(), y.clone());
        th.gc_check();
        return call_native_method(th, nf, obj, k, x, y);
    }
    if let Some(v) = quick_method1(nf.quick, k, obj, x, y) {
        return Some(Ok(v));
    }
    let (x, y) = (x.clone(), y.clone());
    call_native_method(th, nf, obj, k, x, y)
}

/// The native `nf` called with `[obj, x, y]`, the first `k + 1` of them.
#[inline(always)]
fn call_native_method(
    th: &mut Thread<'_>,
    nf: &NativeFunc,
    obj: &Value,
    k: usize,
    x: Value,
    y: Value,
) -> Option<PyResult<Value>> {
    let &f = nf.func.downcast_ref::<NativeFn>()?;
    let args = [obj.clone(), x, y];
    Some(f(th, Args::positional(&args[..=k])))
}

/// The `k` (1 or 2) values that the loads from `instrs[j]` push: locals and constants, a
/// fused pair of loads read as its two halves; the second is Null when `k` is 1. `None` for
/// an unbound local or another instruction.
#[inline(always)]
fn load_args<'a>(
    instrs: &[Instr],
    j: usize,
    k: usize,
    locals: &'a [Value],
    consts: &'a [Value],
) -> Option<[&'a Value; 2]> {
    if k == 1 {
        return Some([load_arg(instrs, j, locals, consts)?, &Value::Null]);
    }
    match instrs.get(j)? {
        Instr::LoadFastLoadFast(p) => {
            let (b, c) = isles_compiler::unpair(*p);
            Some([bound(locals, b)?, bound(locals, c)?])
        }
        Instr::LoadFastLoadConst(p) => {
            let (b, c) = isles_compiler::unpair(*p);
            Some([bound(locals, b)?, consts.get(c)?])
        }
        _ => Some([
            load_arg(instrs, j, locals, consts)?,
            load_arg(instrs, j + 1, locals, consts)?,
        ]),
    }
}

/// The value `instrs[i]`, a `LoadFast` or `LoadConst`, pushes (see [`load_args`]).
#[inline(always)]
fn load_arg<'a>(
    instrs: &[Instr],
    i: usize,
    locals: &'a [Value],
    consts: &'a [Value],
) -> Option<&'a Value> {
    match instrs.get(i)? {
        Instr::LoadFast(b) => bound(locals, *b as usize),
        Instr::LoadConst(c) => consts.get(*c as usize),
        _ => None,
    }
}

/// The local `b` unless it is unbound.
#[inline(always)]
fn bound(locals: &[Value], b: usize) -> Option<&Value> {
    locals.get(b).filter(|v| !v.is_null())
}

/// `recv.append(x)`, `recv.get(x)` and `recv.get(x, y)` for the native tagged `q` with `k`
/// arguments, answered without a call as [`quick_method`] does; `None`: call the native.
#[inline(always)]
fn quick_method1(q: Quick, k: usize, recv: &Value, x: &Value, y: &Value) -> Option<Value> {
    match (q, k) {
        (Quick::ListAppend, 1) => append_to(recv, x.clone()).ok().map(|()| Value::None),
        (Quick::DictGet, 1) => dict_get(recv, x, None),
        (Quick::DictGet, 2) => dict_get(recv, x, Some(y)),
        _ => None,
    }
}

/// `d.get(key, default)` of the dict `d` (not borrowed elsewhere) when finding `key` runs
/// no Python code; `None`: the native must do it.
#[inline(always)]
fn dict_get(d: &Value, key: &Value, default: Option<&Value>) -> Option<Value> {
    let Value::Obj(o) = d else { return None };
    let Kind::Dict(d) = o.kind() else {
        return None;
    };
    let d = d.try_borrow().ok()?;
    match ops::dict_find_simple(&d, key)? {
        Some(i) => d.entry_at(i).map(|e| e.value.clone()),
        None => Some(default.cloned().unwrap_or(Value::None)),
    }
}

/// The tag of the native `nf` as the receiver's method: none for a bound copy (a bound
/// method stored as an attribute), whose self is not the value below the arguments.
#[inline(always)]
pub(crate) fn method_tag(nf: &NativeFunc) -> Quick {
    if nf.self_.is_some() {
        Quick::No
    } else {
        nf.quick
    }
}

/// `lst.append(x)`, `lst.pop()` and `d.get(k)` / `d.get(k, default)` for the native tagged
/// `q` (see [`method_tag`]), answered on the values `[method, self, args...]` at
/// `stack[slot..]`: the result takes the method's slot and the values above it go (`true`),
/// with no arguments moved into an array and no native call. The receiver is tested by
/// kind, as the natives themselves test it. `false`: call the native (another shape, an
/// empty list, a key whose hash or equality may run Python code, a list or dict borrowed
/// elsewhere); the stack is as it was.
#[inline]
pub(crate) fn quick_method(q: Quick, stack: &mut Vec<Value>, slot: usize) -> bool {
    let v = match (q, stack.get(slot + 1..)) {
        (Quick::ListAppend, Some([_, _])) => {
            // The item moves into the list (no clone), or back onto the stack.
            let Some(x) = stack.pop() else { return false };
            match append_to(&stack[slot + 1], x) {
                Ok(()) => Value::None,
                Err(x) => {
                    stack.push(x);
                    return false;
                }
            }
        }
        (Quick::ListPop, Some([Value::Obj(o)])) => {
            let Kind::List(l) = o.kind() else {
                return false;
            };
            match l.try_borrow_mut().ok().and_then(|mut l| l.pop()) {
                Some(v) => v,
                None => return false,
            }
        }
        (Quick::DictGet, Some([d, key, rest @ ..])) if rest.len() <= 1 => {
            match dict_get(d, key, rest.first()) {
                Some(v) => v,
                None => return false,
            }
        }
        _ => return false,
    };
    put_result(stack, slot, v);
    true
}

/// Appends `x` to the exact or subclassed list `l` (not borrowed elsewhere); `Err(x)` when
/// the native must do it.
#[inline(always)]
fn append_to(l: &Value, x: Value) -> Result<(), Value> {
    let Value::Obj(o) = l else { return Err(x) };
    let Kind::List(l) = o.kind() else {
        return Err(x);
    };
    let Ok(mut items) = l.try_borrow_mut() else {
        return Err(x);
    };
    isles_object::list::push(&mut items, x);
    Ok(())
}

/// Ends a call answered in place: the values above `slot` go and `v` takes the callable's
/// place (the stack is a unique borrow here, so its length stays in a register between the
/// drops, which the loop's own pops reload).
#[inline(always)]
fn put_result(stack: &mut Vec<Value>, slot: usize, v: Value) {
    while stack.len() > slot + 1 {
        stack.pop();
    }
    stack[slot] = v;
}

/// `len(x)` of a str, list, tuple or dict, `isinstance(x, C)` of a plain class, `ord(c)` of
/// a one-character str and `chr(i)` of an ASCII code, for the builtin tagged `q`, answered
/// on the values `[f, args...]` at `stack[slot..]` (a rebound name is another object with no
/// tag): the result takes `f`'s slot and the arguments go (`true`), no arguments moved, no
/// call. `false`: call the native; the stack is as it was.
#[inline]
pub(crate) fn quick_call(
    q: Quick,
    types: &isles_interp::BuiltinTypes,
    ascii: &[Value],
    stack: &mut Vec<Value>,
    slot: usize,
) -> bool {
    let v = match (q, stack.get(slot + 1..)) {
        (Quick::Len, Some([x])) => match ops::len_quick(x) {
            Some(n) => Value::Int(n as i64),
            None => return false,
        },
        (Quick::IsInstance, Some([x, cls])) => match quick_isinstance(types, x, cls) {
            Some(b) => Value::bool(b),
            None => return false,
        },
        (Quick::Ord, Some([Value::Obj(o)])) => match o.kind() {
            Kind::Str(s) if s.char_len() == 1 => match s.char_at(0) {
                Some(c) => Value::Int(c as i64),
                None => return false,
            },
            _ => return false,
        },
        (Quick::Chr, Some([Value::Int(i)])) => {
            match usize::try_from(*i).ok().and_then(|i| ascii.get(i)) {
                Some(c) => c.clone(),
                None => return false,
            }
        }
        _ => return false,
    };
    put_result(stack, slot, v);
    true
}

pub fn builtin_len(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("len")?;
    a.check_count("len", 1, 1)?;
    Ok(Value::Int(ops::len(th, &a.pos[0])? as i64))
}

pub fn builtin_isinstance(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if let ([obj, cls], []) = (a.pos, a.kwnames)
        && let Some(b) = quick_isinstance(&th.st.types, obj, cls)
    {
        return Ok(Value::bool(b));
    }
    a.no_kwargs("isinstance")?;
    a.check_count("isinstance", 2, 2)?;
    Ok(Value::bool(is_instance_of(th, &a.pos[0], &a.pos[1])?))
}

/// `isinstance(obj, cls)` when `cls` is a plain class (no metaclass, so no
/// `__instancecheck__`) or a tuple of them, answered from the object's type by reference:
/// `obj`'s exact class, then its MRO by pointer. `None` where [`is_instance_of`] must decide:
/// other second arguments, and an instance of a Python class that is not a subclass (its
/// class may claim another `__class__`).
#[inline]
pub fn quick_isinstance(t: &isles_interp::BuiltinTypes, obj: &Value, cls: &Value) -> Option<bool> {
    let plain = |c: &Value| match c {
        Value::Obj(o) => matches!(o.kind(), Kind::Type(t) if t.metaclass.is_none()),
        _ => false,
    };
    let targets: &[Value] = match cls.kind()? {
        Kind::Tuple(t) if t.iter().all(plain) => t,
        Kind::Type(t) if t.metaclass.is_none() => std::slice::from_ref(cls),
        _ => return None,
    };
    let within = |ty: &Obj| {
        let mro = ty.as_type().map(|t| t.mro.borrow());
        let mro = mro.as_deref().map_or(&[][..], Vec::as_slice);
        targets
            .iter()
            .filter_map(Value::as_obj)
            .any(|c| ty.is(c) || mro.iter().any(|m| m.is(c)))
    };
    let ty = match obj {
        Value::None => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Null => return None,
        Value::Obj(o) => match o.kind() {
            Kind::Instance(inst) => {
                let id = inst.class_id.get();
                if targets
                    .iter()
                    .any(|c| c.as_obj().is_some_and(|c| c.id() == id))
                {
                    return Some(true);
                }
                return within(&inst.class.borrow()).then_some(true);
            }
            _ => crate::typecache::builtin_class(t, o)?,
        },
    };
    Some(within(ty))
}

/// The `__instancecheck__`/`__subclasscheck__` a Python metaclass (or the class of a
/// non-class second argument) defines; `None` for plain classes, which need no call.
pub fn check_hook(cls: &Value, name: &str) -> Option<Value> {
    if let Some(Kind::Type(t)) = cls.kind()
        && t.metaclass.is_none()
    {
        return None;
    }
    crate::dunder::lookup(cls, name)
}

/// `isinstance(obj, cls)` with CPython's protocol: an exact type match first, then the
/// metaclass's `__instancecheck__`, then the MRO.
pub fn is_instance_of(th: &mut Thread<'_>, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(Kind::Tuple(t)) = cls.kind() {
        // Plain classes only (no metaclass hook): one type lookup, no recursion guard.
        if t.iter()
            .all(|c| matches!(c.kind(), Some(Kind::Type(ty)) if ty.metaclass.is_none()))
        {
            let ty = ops::type_of(th, obj);
            let within = |ty: &Obj| {
                t.iter()
                    .any(|c| c.as_obj().is_some_and(|c| ops::is_subtype(ty, c)))
            };
            return Ok(within(&ty) || claimed_class(th, obj, &ty)?.is_some_and(|c| within(&c)));
        }
        for c in t.iter() {
            if th.recurse(" in __instancecheck__", |th| is_instance_of(th, obj, c))? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(target) = cls.as_obj()
        && let Some(t) = target.as_type()
    {
        let ty = ops::type_of(th, obj);
        if ty.is(target) {
            return Ok(true);
        }
        // A plain class (no metaclass, so no `__instancecheck__`): its MRO decides, then a
        // `__class__` the object claims (a `Mock(spec=C)` passes for a C).
        if t.metaclass.is_none() {
            return Ok(ops::is_subtype(&ty, target)
                || claimed_class(th, obj, &ty)?.is_some_and(|c| ops::is_subtype(&c, target)));
        }
    }
    if let Some(f) = check_hook(cls, "__instancecheck__") {
        let r = crate::dunder::call_method(th, cls, f, std::slice::from_ref(obj))?;
        return ops::truthy(th, &r);
    }
    match cls.as_obj().filter(|c| c.as_type().is_some()) {
        Some(target) => Ok(ops::is_instance(th, obj, target)
            || claimed_class(th, obj, &ops::type_of(th, obj))?
                .is_some_and(|c| ops::is_subtype(&c, target))),
        None => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// The class an instance of a Python class reports through a `__class__` attribute its class
/// defines, when that differs from its type (CPython's `object_isinstance` asks for it).
fn claimed_class(th: &mut Thread<'_>, obj: &Value, ty: &Obj) -> PyResult<Option<Obj>> {
    if obj.as_obj().and_then(Obj::instance).is_none()
        || ops::lookup_type_attr(ty, "__class__").is_none()
    {
        return Ok(None);
    }
    let c = match ops::getattr(th, obj, &Value::str("__class__")) {
        Ok(c) => c,
        Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(c.as_obj()
        .filter(|c| c.as_type().is_some() && !c.is(ty))
        .cloned())
}
