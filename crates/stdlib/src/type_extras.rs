//! Attributes of builtin types that CPython has beyond the operators: `range.start`/`stop`/
//! `step`/`count`/`index`, `slice.indices`, `str.translate`/`maketrans`,
//! `float.__getformat__`, `type.mro`.

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

pub fn install(th: &Thread<'_>) {
    use crate::methods::{getter, install_classmethod, install_one, install_wrapped};
    let t = &th.st.types;
    let props: [(&Obj, &'static str, &'static str, NativeFn); 6] = [
        (&t.range, "range", "start", range_start),
        (&t.range, "range", "stop", range_stop),
        (&t.range, "range", "step", range_step),
        (&t.slice, "slice", "start", slice_start),
        (&t.slice, "slice", "stop", slice_stop),
        (&t.slice, "slice", "step", slice_step),
    ];
    for (ty, owner, name, f) in props {
        install_wrapped(ty, owner, name, f, getter);
    }
    let methods: [(&Obj, &'static str, &'static str, NativeFn); 3] = [
        (&t.range, "range", "count", range_count),
        (&t.range, "range", "index", range_index),
        (&t.slice, "slice", "indices", slice_indices),
    ];
    for (ty, owner, name, f) in methods {
        install_one(ty, owner, name, f);
    }
    // The code type's data attributes are answered by the object itself; these entries make
    // them visible to `dir(types.CodeType)` (a `Mock(spec_set=CodeType)` checks it).
    for (name, f) in CODE_ATTRS {
        install_wrapped(&t.code, "code", name, *f, getter);
    }
    install_one(&t.type_, "type", "mro", type_mro);
    install_one(&t.type_, "type", "__subclasses__", type_subclasses);
    install_classmethod(&t.float, "float", "__getformat__", float_getformat);
    for (ty, owner) in [
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.dict, "dict"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
        (&t.type_, "type"),
    ] {
        install_classmethod(ty, owner, "__class_getitem__", class_getitem);
    }
}

macro_rules! code_getters {
    ($($f:ident => $name:literal,)*) => {
        $(fn $f(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
            match a.pos {
                [c] if matches!(c.kind(), Some(Kind::Code(_))) => {
                    ops::getattr(th, c, &Value::str($name))
                }
                _ => Err(PyErr::type_error(concat!("descriptor '", $name,
                    "' for 'code' objects needs a code object"))),
            }
        })*
        const CODE_ATTRS: &[(&str, NativeFn)] = &[$(($name, $f as NativeFn)),*];
    };
}

code_getters! {
    co_name => "co_name",
    co_qualname => "co_qualname",
    co_filename => "co_filename",
    co_firstlineno => "co_firstlineno",
    co_argcount => "co_argcount",
    co_posonlyargcount => "co_posonlyargcount",
    co_kwonlyargcount => "co_kwonlyargcount",
    co_nlocals => "co_nlocals",
    co_varnames => "co_varnames",
    co_cellvars => "co_cellvars",
    co_freevars => "co_freevars",
    co_names => "co_names",
    co_consts => "co_consts",
    co_flags => "co_flags",
}

/// `C.mro()`: the method resolution order as a list (`C.__mro__` is the same as a tuple).
fn type_mro(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match a.pos {
        [cls] => match cls.as_obj().filter(|o| o.as_type().is_some()) {
            Some(o) => Ok(Value::list(
                isles_interp::mro_of(o)
                    .into_iter()
                    .map(Value::Obj)
                    .collect(),
            )),
            None => Err(PyErr::type_error(format!(
                "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
                type_name(th, cls)
            ))),
        },
        // CPython names the class the method is bound to: "B.mro() takes no arguments".
        [cls, rest @ ..] => Err(PyErr::type_error(format!(
            "{}.mro() takes no arguments ({} given)",
            cls.as_obj()
                .and_then(|o| o.as_type().map(|t| t.name.to_string()))
                .unwrap_or_else(|| "type".into()),
            rest.len()
        ))),
        [] => Err(PyErr::type_error(
            "unbound method type.mro() needs an argument",
        )),
    }
}

/// `C.__subclasses__()`: the live classes that name `C` as a base, oldest first.
fn type_subclasses(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let [cls, rest @ ..] = a.pos else {
        return Err(PyErr::type_error(
            "unbound method type.__subclasses__() needs an argument",
        ));
    };
    let Some(t) = cls.as_obj().and_then(Obj::as_type) else {
        return Err(PyErr::type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            type_name(th, cls)
        )));
    };
    if !rest.is_empty() || !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.__subclasses__() takes no arguments ({} given)",
            t.name,
            rest.len() + a.kwnames.len()
        )));
    }
    let subs = t.subclasses.borrow();
    Ok(Value::list(
        subs.iter()
            .filter_map(isles_object::WeakObj::upgrade)
            .map(Value::Obj)
            .collect(),
    ))
}

/// `list[int]`: a `types.GenericAlias`.
fn class_getitem(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    let types = isles_ceval::import::builtin_import(th, Args::positional(&[Value::str("types")]))?;
    let alias = ops::getattr(th, &types, &th.intern("GenericAlias"))?;
    th.call(&alias, Args::positional(a.pos))
}

fn slice_part(a: &Args<'_>, i: usize) -> PyResult<Value> {
    match a.pos.first().and_then(Value::kind) {
        Some(Kind::Slice(x, y, z)) => Ok([x, y, z][i].clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'slice' object")),
    }
}

fn slice_start(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    slice_part(&a, 0)
}

fn slice_stop(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    slice_part(&a, 1)
}

fn slice_step(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    slice_part(&a, 2)
}

fn range_of(th: &Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<isles_object::Range> {
    match a.pos.first().and_then(Value::kind) {
        Some(Kind::Range(r)) => Ok(**r),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            a.pos
                .first()
                .map_or("NoneType".into(), |v| type_name(th, v))
        ))),
    }
}

fn range_start(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_i128(range_of(th, &a, "start")?.start))
}

fn range_stop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_i128(range_of(th, &a, "stop")?.stop))
}

fn range_step(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_i128(range_of(th, &a, "step")?.step))
}

/// The position of `x` in the range: arithmetic for exact ints, comparisons otherwise.
fn range_find(th: &mut Thread<'_>, a: &Args<'_>, name: &str) -> PyResult<Option<i128>> {
    let r = range_of(th, a, name)?;
    a.no_kwargs(name)?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let x = &a.pos[1];
    if x.is_int_like() && !x.is_sub() {
        let Some(v) = x.to_bigint().and_then(|b| i128::try_from(b).ok()) else {
            return Ok(None);
        };
        let off = v - r.start;
        if off % r.step != 0 {
            return Ok(None);
        }
        let i = off / r.step;
        return Ok((0..r.len()).contains(&i).then_some(i));
    }
    for i in 0..r.len() {
        if ops::eq(th, &Value::from_i128(r.get(i)), x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn range_count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let r = range_of(th, &a, "count")?;
    let x = a.pos.get(1).cloned().unwrap_or(Value::None);
    if x.is_int_like() && !x.is_sub() {
        return Ok(Value::Int(range_find(th, &a, "count")?.is_some() as i64));
    }
    range_find(th, &a, "count")?;
    let mut n = 0;
    for i in 0..r.len() {
        if ops::eq(th, &Value::from_i128(r.get(i)), &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match range_find(th, &a, "index")? {
        Some(i) => Ok(Value::from_i128(i)),
        None => {
            let r = ops::repr(th, &a.pos[1])?;
            Err(PyErr::value_error(format!("{r} is not in range")))
        }
    }
}

fn slice_indices(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(Kind::Slice(start, stop, step)) = a.pos.first().and_then(Value::kind) else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    a.no_kwargs("indices")?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let Some(n) = ops::to_index(th, &a.pos[1])?.and_then(|v| ops::index_value(&v)) else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, &a.pos[1])
        )));
    };
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (s, e, st) = (start.clone(), stop.clone(), step.clone());
    let (lo, hi, step, _) = ops::slice_indices(th, &s, &e, &st, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(lo),
        Value::Int(hi),
        Value::Int(step),
    ]))
}

/// `float.__getformat__('double')`: the platform's float layout.
fn float_getformat(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match a.pos.get(1).and_then(Value::as_str) {
        Some("double") | Some("float") => Ok(Value::str("IEEE, little-endian")),
        Some(_) => Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
        None => Err(PyErr::type_error(format!(
            "__getformat__() argument must be str, not {}",
            a.pos
                .get(1)
                .map_or("NoneType".to_string(), |v| type_name(_th, v))
        ))),
    }
}
