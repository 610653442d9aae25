//! The special methods of the builtin types as attributes (`(1).__add__`, `int.__add__`,
//! `object.__repr__(self)`, `super().__eq__(other)`, `d.__getitem__(k)`), made on demand when
//! an attribute lookup finds nothing in the type's dict, so creating an interpreter costs
//! nothing for them. Value-level methods run the object operations of `ops` and answer
//! `NotImplemented` where CPython's slot would; `object`'s own methods are identity-based, so
//! a class's `__eq__` or `__repr__` may call them through `super()` without recursing.

use isles_compiler::{BinOp, CmpOp, UnOp};
use isles_object::{Builtin, ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::args::Args;
use crate::dunder;
use crate::ops;
use crate::thread::{NativeFn, Thread};

/// `self` of a special method taking `n` more positional arguments.
fn self_and(a: &Args<'_>, n: usize) -> PyResult<Value> {
    if a.pos.len() != n + 1 || !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.pos.len().saturating_sub(1)
        )));
    }
    Ok(a.pos[0].clone())
}

fn not_implemented(th: &Thread<'_>) -> Value {
    th.st.not_implemented.clone()
}

/// A TypeError from the operation means "not for these operands": `NotImplemented`.
fn or_not_implemented(th: &Thread<'_>, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if ops::err_matches(th, &e, ExcKind::TypeError) => Ok(not_implemented(th)),
        r => r,
    }
}

fn binop(th: &mut Thread<'_>, a: Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    let s = self_and(&a, 1)?;
    let other = a.pos[1].clone();
    if dunder::plain_user(&other) {
        return Ok(not_implemented(th));
    }
    let r = if reflected {
        ops::binary_base(th, op, &other, &s)
    } else {
        ops::binary_base(th, op, &s, &other)
    };
    or_not_implemented(th, r)
}

/// Whether the builtin comparison of `s` handles `other` itself (CPython's slot answers
/// NotImplemented for other types, leaving the reflected side to try).
fn comparable(th: &Thread<'_>, s: &Value, other: &Value) -> bool {
    use Builtin::*;
    let kind = |v: &Value| {
        let t = ops::type_of(th, v);
        t.as_type()
            .and_then(|t| t.builtin)
            .or_else(|| crate::subclass::payload_of(&t))
    };
    let (Some(x), Some(y)) = (kind(s), kind(other)) else {
        return false;
    };
    match x {
        Int | Bool => matches!(y, Int | Bool),
        Float => matches!(y, Int | Bool | Float),
        Complex => matches!(y, Int | Bool | Float | Complex),
        Set | FrozenSet => matches!(y, Set | FrozenSet),
        Bytes | ByteArray => matches!(y, Bytes | ByteArray),
        _ => x == y,
    }
}

fn cmpop(th: &mut Thread<'_>, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let s = self_and(&a, 1)?;
    let other = a.pos[1].clone();
    if dunder::plain_user(&other) || !comparable(th, &s, &other) {
        return Ok(not_implemented(th));
    }
    let r = ops::compare_base(th, op, &s, &other);
    or_not_implemented(th, r)
}

fn unop(th: &mut Thread<'_>, a: Args<'_>, op: UnOp) -> PyResult<Value> {
    let s = self_and(&a, 0)?;
    ops::unary_base(th, op, &s)
}

/// `builtins.name(self, other)` (or `(other, self)`), the payload standing for a subclass.
fn builtin_on(
    th: &mut Thread<'_>,
    a: Args<'_>,
    name: &str,
    n: usize,
    reflected: bool,
) -> PyResult<Value> {
    let s = crate::subclass::exact(&self_and(&a, n)?);
    let f = th
        .builtin(name)
        .ok_or_else(|| PyErr::system_error("missing builtin"))?;
    let mut args = vec![s];
    args.extend(a.pos[1..].iter().cloned());
    if reflected {
        args.reverse();
    }
    th.call(&f, Args::positional(&args))
}

/// `__trunc__`, `__floor__`, `__ceil__`: ints give themselves, floats round with `f`.
fn to_integral(th: &mut Thread<'_>, a: Args<'_>, f: fn(f64) -> f64) -> PyResult<Value> {
    let s = self_and(&a, 0)?;
    if let Some(b) = s.to_bigint() {
        return Ok(Value::from_bigint(b));
    }
    match s.as_float() {
        Some(x) => {
            let int = Value::Obj(th.st.types.int.clone());
            th.call(&int, Args::positional(&[Value::float(f(x))]))
        }
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name(th, &s)
        ))),
    }
}

/// `__iadd__` and friends: the in-place operator on the payload, without the class's own.
fn inplace(th: &mut Thread<'_>, a: Args<'_>, op: BinOp) -> PyResult<Value> {
    let s = self_and(&a, 1)?;
    let r = ops::inplace_base(th, op, &s, &a.pos[1]);
    or_not_implemented(th, r)
}

macro_rules! natives {
    ($($name:ident => |$th:ident, $a:ident| $body:expr;)*) => {
        $(fn $name($th: &mut Thread<'_>, $a: Args<'_>) -> PyResult<Value> { $body })*
    };
}

natives! {
    add => |th, a| binop(th, a, BinOp::Add, false);
    sub => |th, a| binop(th, a, BinOp::Sub, false);
    mul => |th, a| binop(th, a, BinOp::Mul, false);
    truediv => |th, a| binop(th, a, BinOp::TrueDiv, false);
    floordiv => |th, a| binop(th, a, BinOp::FloorDiv, false);
    mod_ => |th, a| binop(th, a, BinOp::Mod, false);
    pow => |th, a| binop(th, a, BinOp::Pow, false);
    and => |th, a| binop(th, a, BinOp::And, false);
    or => |th, a| binop(th, a, BinOp::Or, false);
    xor => |th, a| binop(th, a, BinOp::Xor, false);
    lshift => |th, a| binop(th, a, BinOp::LShift, false);
    rshift => |th, a| binop(th, a, BinOp::RShift, false);
    radd => |th, a| binop(th, a, BinOp::Add, true);
    rsub => |th, a| binop(th, a, BinOp::Sub, true);
    rmul => |th, a| binop(th, a, BinOp::Mul, true);
    rtruediv => |th, a| binop(th, a, BinOp::TrueDiv, true);
    rfloordiv => |th, a| binop(th, a, BinOp::FloorDiv, true);
    rmod => |th, a| binop(th, a, BinOp::Mod, true);
    rpow => |th, a| binop(th, a, BinOp::Pow, true);
    rand => |th, a| binop(th, a, BinOp::And, true);
    ror => |th, a| binop(th, a, BinOp::Or, true);
    rxor => |th, a| binop(th, a, BinOp::Xor, true);
    eq => |th, a| cmpop(th, a, CmpOp::Eq);
    ne => |th, a| cmpop(th, a, CmpOp::Ne);
    lt => |th, a| cmpop(th, a, CmpOp::Lt);
    le => |th, a| cmpop(th, a, CmpOp::Le);
    gt => |th, a| cmpop(th, a, CmpOp::Gt);
    ge => |th, a| cmpop(th, a, CmpOp::Ge);
    neg => |th, a| unop(th, a, UnOp::Neg);
    pos => |th, a| unop(th, a, UnOp::Pos);
    invert => |th, a| unop(th, a, UnOp::Invert);
    abs => |th, a| builtin_on(th, a, "abs", 0, false);
    bool_ => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::bool(ops::truthy_base(th, &s)?))
    };
    int => |th, a| {
        let s = self_and(&a, 0)?;
        let f = Value::Obj(th.st.types.int.clone());
        th.call(&f, Args::positional(&[s]))
    };
    float => |th, a| {
        let s = self_and(&a, 0)?;
        let f = Value::Obj(th.st.types.float.clone());
        th.call(&f, Args::positional(&[s]))
    };
    call_ => |th, a| {
        let Some((s, rest)) = a.pos.split_first() else {
            return Err(PyErr::type_error("descriptor '__call__' needs an argument"));
        };
        th.call(s, Args { pos: rest, ..a })
    };
    len => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::Int(ops::len_base(th, &s)? as i64))
    };
    getitem => |th, a| {
        let s = self_and(&a, 1)?;
        ops::getitem_base(th, &s, &a.pos[1])
    };
    setitem => |th, a| {
        let s = self_and(&a, 2)?;
        ops::setitem_base(th, &s, &a.pos[1], a.pos[2].clone())?;
        Ok(Value::None)
    };
    delitem => |th, a| {
        let s = self_and(&a, 1)?;
        ops::delitem_base(th, &s, &a.pos[1])?;
        Ok(Value::None)
    };
    contains => |th, a| {
        let s = self_and(&a, 1)?;
        Ok(Value::bool(ops::contains_base(th, &s, &a.pos[1])?))
    };
    iter => |th, a| {
        let s = self_and(&a, 0)?;
        ops::get_iter_base(th, &s)
    };
    next => |th, a| {
        let s = self_and(&a, 0)?;
        match ops::next_base(th, &s)? {
            Some(v) => Ok(v),
            None => Err(PyErr::new(ExcKind::StopIteration, "")),
        }
    };
    hash => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::Int(ops::hash_base(th, &s)?))
    };
    repr => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::str(ops::repr_base(th, &s)?))
    };
    str_ => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::str(ops::str_base(th, &s)?))
    };
    format => |th, a| {
        let s = self_and(&a, 1)?;
        let spec = a.pos[1].as_str().unwrap_or("").to_string();
        Ok(Value::str(crate::strformat::format_base(th, &s, &spec)?))
    };
    rlshift => |th, a| binop(th, a, BinOp::LShift, true);
    rrshift => |th, a| binop(th, a, BinOp::RShift, true);
    divmod_ => |th, a| builtin_on(th, a, "divmod", 1, false);
    rdivmod => |th, a| builtin_on(th, a, "divmod", 1, true);
    round => |th, a| {
        let f = th.builtin("round").ok_or_else(|| PyErr::system_error("no round"))?;
        let args: Vec<Value> = a.pos.iter().take(2).cloned().collect();
        if a.pos.is_empty() || a.pos.len() > 2 {
            return Err(PyErr::type_error("__round__ expected at most 1 argument"));
        }
        let args = [vec![crate::subclass::exact(&args[0])], args[1..].to_vec()].concat();
        th.call(&f, Args::positional(&args))
    };
    trunc => |th, a| to_integral(th, a, f64::trunc);
    floor => |th, a| to_integral(th, a, f64::floor);
    ceil => |th, a| to_integral(th, a, f64::ceil);
    getnewargs => |_th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::tuple(vec![crate::subclass::exact(&s)]))
    };
    exact_copy => |_th, a| {
        let s = self_and(&a, 0)?;
        Ok(crate::subclass::exact(&s))
    };
    reversed_ => |th, a| builtin_on(th, a, "reversed", 0, false);
    iadd => |th, a| inplace(th, a, BinOp::Add);
    imul => |th, a| inplace(th, a, BinOp::Mul);
    ior => |th, a| inplace(th, a, BinOp::Or);
    iand => |th, a| inplace(th, a, BinOp::And);
    isub => |th, a| inplace(th, a, BinOp::Sub);
    ixor => |th, a| inplace(th, a, BinOp::Xor);
    alloc => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::Int(ops::len_base(th, &s)? as i64 + 1))
    };
    object_eq => |th, a| {
        let s = self_and(&a, 1)?;
        Ok(if s.is(&a.pos[1]) { Value::bool(true) } else { not_implemented(th) })
    };
    object_ne => |th, a| {
        let s = self_and(&a, 1)?;
        // As CPython: the inverse of __eq__ unless that is NotImplemented.
        let r = match dunder::lookup(&s, "__eq__") {
            Some(f) => dunder::call_method(th, &s, f, &a.pos[1..2])?,
            None if s.is(&a.pos[1]) => Value::bool(true),
            None => not_implemented(th),
        };
        if dunder::is_not_implemented(&r) {
            return Ok(r);
        }
        Ok(Value::bool(!ops::truthy(th, &r)?))
    };
    object_cmp => |th, a| {
        self_and(&a, 1)?;
        Ok(not_implemented(th))
    };
    object_dir => |th, a| {
        let s = self_and(&a, 0)?;
        let f = th.builtin("dir").ok_or_else(|| PyErr::system_error("no dir"))?;
        th.call(&f, Args::positional(&[s]))
    };
    length_hint => |th, a| {
        let s = self_and(&a, 0)?;
        crate::iters::length_hint(th, &s)
    };
    object_getstate => |th, a| {
        // The instance dict when it has entries, else None (CPython 3.11 without slots).
        let s = self_and(&a, 0)?;
        let d = s.as_obj().and_then(Obj::instance).and_then(|i| i.dict.clone());
        Ok(match d {
            Some(d) if ops::truthy(th, &Value::Obj(d.clone()))? => Value::Obj(d),
            _ => Value::None,
        })
    };
    object_hash => |_th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::Int(s.as_obj().map_or(0, |o| (o.id() >> 4) as i64)))
    };
    object_repr => |th, a| {
        let s = self_and(&a, 0)?;
        let t = ops::type_of(th, &s);
        let (m, q) = t
            .as_type()
            .map(|t| (t.module_name(), t.qualname()))
            .unwrap_or_default();
        let id = s.as_obj().map_or(0, Obj::id);
        Ok(Value::str(if m == "builtins" {
            format!("<{q} object at {id:#x}>")
        } else {
            format!("<{m}.{q} object at {id:#x}>")
        }))
    };
    exception_str => |th, a| {
        let s = self_and(&a, 0)?;
        match s.kind() {
            Some(Kind::Exception(e)) => Ok(Value::str(ops::exception_str_base(th, e)?)),
            _ => Ok(Value::str(ops::repr(th, &s)?)),
        }
    };
    exception_repr => |th, a| {
        let s = self_and(&a, 0)?;
        match s.kind() {
            Some(Kind::Exception(e)) => Ok(Value::str(ops::exception_repr_base(th, e)?)),
            _ => Ok(Value::str(ops::repr(th, &s)?)),
        }
    };
    object_str => |th, a| {
        let s = self_and(&a, 0)?;
        Ok(Value::str(ops::repr(th, &s)?))
    };
    object_format => |th, a| {
        let s = self_and(&a, 1)?;
        match a.pos[1].as_str() {
            Some("") => Ok(Value::str(ops::str_(th, &s)?)),
            Some(_) => Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                ops::type_name(th, &s)
            ))),
            None => Err(PyErr::type_error(format!(
                "__format__() argument must be str, not {}",
                ops::type_name(th, &a.pos[1])
            ))),
        }
    };
}

/// The kinds of builtin values a special method applies to.
fn applies(b: Builtin, name: &str) -> bool {
    use Builtin::*;
    let number = matches!(b, Int | Bool | Float | Complex);
    let integer = matches!(b, Int | Bool);
    let seq = matches!(b, Str | List | Tuple | Bytes | ByteArray);
    let container = seq || matches!(b, Dict | Set | FrozenSet | Range | DictView | MemoryView);
    let set = matches!(b, Set | FrozenSet | DictView);
    match name {
        "__eq__" | "__ne__" | "__hash__" | "__repr__" | "__str__" | "__format__" | "__lt__"
        | "__le__" | "__gt__" | "__ge__" => true,
        "__add__" | "__mul__" | "__rmul__" => number || seq,
        "__radd__" => number,
        "__mod__" => (number && b != Complex) || matches!(b, Str | Bytes | ByteArray),
        "__sub__" | "__rsub__" | "__and__" | "__rand__" | "__or__" | "__ror__" | "__xor__"
        | "__rxor__" => {
            number && (integer || matches!(name, "__sub__" | "__rsub__"))
                || set
                || (b == Dict && matches!(name, "__or__" | "__ror__"))
        }
        "__truediv__" | "__rtruediv__" | "__pow__" | "__rpow__" | "__neg__" | "__pos__"
        | "__abs__" => number,
        "__bool__" => number || matches!(b, NoneType | Range),
        "__floordiv__" | "__rfloordiv__" | "__float__" | "__round__" | "__trunc__"
        | "__floor__" | "__ceil__" | "__divmod__" | "__rdivmod__" => number && b != Complex,
        "__rmod__" => (number && b != Complex) || matches!(b, Str | Bytes | ByteArray),
        "__rlshift__" | "__rrshift__" => integer,
        "__getnewargs__" => matches!(b, Int | Bool | Float | Complex | Str | Bytes | Tuple),
        "__reversed__" => matches!(b, List | Dict | Range | DictView),
        "__iadd__" | "__imul__" => matches!(b, List | ByteArray),
        "__ior__" => matches!(b, Set | Dict),
        "__iand__" | "__isub__" | "__ixor__" => b == Set,
        "__bytes__" => b == Bytes,
        "__complex__" => b == Complex,
        "__alloc__" => b == ByteArray,
        "__lshift__" | "__rshift__" | "__invert__" | "__int__" => {
            integer || (b == Float && name == "__int__")
        }
        "__len__" | "__contains__" => container,
        "__iter__" => container || matches!(b, Iterator | Generator),
        "__getitem__" => seq || matches!(b, Dict | Range | MemoryView),
        "__setitem__" | "__delitem__" => matches!(b, List | Dict | ByteArray | MemoryView),
        "__next__" => matches!(b, Iterator | Generator),
        "__call__" => matches!(b, Function | BuiltinFunction | Method),
        _ => false,
    }
}

/// The value-level special methods, by name.
const VALUE_NATIVES: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__sub__", sub),
    ("__mul__", mul),
    ("__truediv__", truediv),
    ("__floordiv__", floordiv),
    ("__mod__", mod_),
    ("__pow__", pow),
    ("__and__", and),
    ("__or__", or),
    ("__xor__", xor),
    ("__lshift__", lshift),
    ("__rshift__", rshift),
    ("__radd__", radd),
    ("__rsub__", rsub),
    ("__rmul__", rmul),
    ("__rtruediv__", rtruediv),
    ("__rfloordiv__", rfloordiv),
    ("__rmod__", rmod),
    ("__rpow__", rpow),
    ("__rand__", rand),
    ("__ror__", ror),
    ("__rxor__", rxor),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__invert__", invert),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", int),
    ("__float__", float),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__next__", next),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__str__", str_),
    ("__format__", format),
    ("__rlshift__", rlshift),
    ("__rrshift__", rrshift),
    ("__divmod__", divmod_),
    ("__rdivmod__", rdivmod),
    ("__round__", round),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__getnewargs__", getnewargs),
    ("__bytes__", exact_copy),
    ("__complex__", exact_copy),
    ("__reversed__", reversed_),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__ior__", ior),
    ("__iand__", iand),
    ("__isub__", isub),
    ("__ixor__", ixor),
    ("__alloc__", alloc),
    ("__call__", call_),
];

fn value_native(name: &str) -> Option<NativeFn> {
    VALUE_NATIVES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// The special methods `dir()` lists for builtin type `b` (beyond object's).
pub fn names_for(b: Builtin) -> Vec<&'static str> {
    VALUE_NATIVES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| applies(b, n))
        .collect()
}

fn object_native(name: &str) -> Option<NativeFn> {
    Some(match name {
        "__eq__" => object_eq,
        "__ne__" => object_ne,
        "__lt__" | "__le__" | "__gt__" | "__ge__" => object_cmp,
        "__hash__" => object_hash,
        "__repr__" => object_repr,
        "__str__" => object_str,
        "__format__" => object_format,
        "__dir__" => object_dir,
        "__getstate__" => object_getstate,
        "__subclasshook__" => object_cmp,
        _ => return None,
    })
}

/// Static names for the natives' `name` field.
fn static_name(name: &str) -> Option<&'static str> {
    const OBJECT_ONLY: [&str; 4] = [
        "__dir__",
        "__getstate__",
        "__subclasshook__",
        "__length_hint__",
    ];
    VALUE_NATIVES
        .iter()
        .map(|(n, _)| *n)
        .chain(OBJECT_ONLY)
        .find(|n| *n == name)
}

fn static_owner(t: &Obj) -> &'static str {
    match t.as_type().and_then(|t| t.builtin) {
        Some(Builtin::Int) => "int",
        Some(Builtin::Bool) => "bool",
        Some(Builtin::Float) => "float",
        Some(Builtin::Complex) => "complex",
        Some(Builtin::Str) => "str",
        Some(Builtin::List) => "list",
        Some(Builtin::Tuple) => "tuple",
        Some(Builtin::Dict) => "dict",
        Some(Builtin::Set) => "set",
        Some(Builtin::FrozenSet) => "frozenset",
        Some(Builtin::Bytes) => "bytes",
        Some(Builtin::ByteArray) => "bytearray",
        Some(Builtin::Range) => "range",
        Some(Builtin::BaseException) => "BaseException",
        _ => "object",
    }
}

/// The special method `name` of the first builtin type in `mro` that has it, unbound.
pub fn find(th: &Thread<'_>, mro: &[Obj], name: &str) -> Option<Value> {
    let sname = static_name(name)?;
    for t in mro {
        let Some(b) = t.as_type().and_then(|t| t.builtin) else {
            continue;
        };
        let f = if b == Builtin::Object {
            object_native(name)
        } else if b == Builtin::BaseException {
            match name {
                "__str__" => Some(exception_str as NativeFn),
                "__repr__" => Some(exception_repr as NativeFn),
                _ => None,
            }
        } else if applies(b, name) {
            value_native(name)
        } else if b == Builtin::Iterator
            && name == "__length_hint__"
            && t.as_type()
                .is_some_and(|t| crate::iters::has_length_hint(&t.name))
        {
            Some(length_hint as NativeFn)
        } else {
            None
        };
        if let Some(f) = f {
            let made = &t.as_type()?.inst.dunders;
            if let Some((_, v)) = made.borrow().iter().find(|(n, _)| *n == sname) {
                return Some(v.clone());
            }
            let v = th.native_method(static_owner(t), sname, f);
            made.borrow_mut().push((sname, v.clone()));
            return Some(v);
        }
    }
    None
}

/// The special method `name` of a builtin type (its MRO), unbound.
pub fn for_type(th: &Thread<'_>, cls: &Obj, name: &str) -> Option<Value> {
    if !name.starts_with("__") {
        return None;
    }
    find(th, &isles_interp::mro_of(cls), name)
}
