//! The `builtins` module and the methods of the builtin types, installed per interpreter.

use isles_ceval::generator::Fold;
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::pynum;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Range, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

fn set(th: &Thread<'_>, dict: &Obj, name: &str, v: Value) {
    if let Kind::Dict(d) = dict.kind() {
        let key = th.intern(name);
        d.borrow_mut().set_str_value(&key, v);
    }
}

/// Installs `builtins` and the builtin types' methods into the thread's interpreter.
pub fn install(th: &mut Thread<'_>) {
    let st = th.st;
    let b = st.module_dict(&st.builtins).expect("builtins module");
    st.set_lazy_builtins(&FUNC_NAMES, make_func);
    let t = &st.types;
    let types: &[(&str, &Obj, NativeFn)] = &[
        ("int", &t.int, new_int),
        ("float", &t.float, new_float),
        ("str", &t.str_, new_str),
        ("bool", &t.bool_, new_bool),
        ("list", &t.list, new_list),
        ("tuple", &t.tuple, new_tuple),
        ("range", &t.range, new_range),
        ("type", &t.type_, new_type),
        ("object", &t.object, new_object),
        ("dict", &t.dict, new_dict),
        ("slice", &t.slice, new_slice),
    ];
    for (name, ty, f) in types {
        crate::methods::install_one(ty, leak_name(name), "__new__", *f);
        set(th, &b, name, Value::Obj((*ty).clone()));
    }
    crate::methods::install_one(
        t.exc(ExcKind::BaseException),
        "BaseException",
        "__new__",
        new_exception,
    );
    // The exception classes go into `builtins` on first use (`InterpState::lazy_builtin`),
    // or all at once when the module's namespace is looked at.
    let fill = th.native("_fill_builtins", fill_builtins);
    st.lazy_modules
        .borrow_mut()
        .push((st.builtins.clone(), fill));
    set(th, &b, "None", Value::None);
    set(th, &b, "True", Value::bool(true));
    set(th, &b, "False", Value::bool(false));
    set(th, &b, "__name__", Value::str("builtins"));

    const LIST_METHODS: &[(&str, NativeFn)] = &[
        ("append", list_append),
        ("pop", list_pop),
        ("insert", list_insert),
        ("extend", list_extend),
        ("count", list_count),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("remove", list_remove),
    ];
    crate::methods::install(&t.list, "list", LIST_METHODS);
}

/// The builtin functions: each interpreter makes one when a global lookup first misses it,
/// or all of them when `builtins`' namespace is looked at (`InterpState::lazy_builtin`).
const FUNCS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", isles_ceval::builtin_calls::builtin_len),
    ("repr", builtin_repr),
    ("abs", builtin_abs),
    ("min", builtin_min),
    ("max", builtin_max),
    ("isinstance", isles_ceval::builtin_calls::builtin_isinstance),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("sum", builtin_sum),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("callable", builtin_callable),
    ("iter", crate::builtins_extra::builtin_iter),
    ("next", crate::builtins_extra::builtin_next),
    ("any", crate::builtins_extra::builtin_any),
    ("all", crate::builtins_extra::builtin_all),
    ("sorted", crate::seq_methods::builtin_sorted),
    ("bin", crate::builtins_extra::builtin_bin),
    ("oct", crate::builtins_extra::builtin_oct),
    ("hex", crate::builtins_extra::builtin_hex),
    ("ascii", crate::builtins_extra::builtin_ascii),
    ("format", crate::builtins_extra::builtin_format),
    ("getattr", crate::builtins_extra::builtin_getattr),
    ("setattr", crate::builtins_extra::builtin_setattr),
    ("hasattr", crate::builtins_extra::builtin_hasattr),
    ("delattr", crate::builtins_extra::builtin_delattr),
    ("exit", crate::builtins_extra::builtin_exit),
    ("quit", crate::builtins_extra::builtin_exit),
    ("exec", crate::builtins_exec::builtin_exec),
    ("eval", crate::builtins_exec::builtin_eval),
    ("compile", crate::builtins_exec::builtin_compile),
    ("globals", crate::builtins_exec::builtin_globals),
    ("locals", crate::builtins_exec::builtin_locals),
    ("vars", crate::builtins_exec::builtin_vars),
    ("dir", crate::builtins_exec::builtin_dir),
    ("open", crate::io_mod::builtin_open),
    ("input", crate::io_mod::builtin_input),
    ("issubclass", crate::types::issubclass),
    ("__import__", isles_ceval::import::builtin_import),
    ("aiter", isles_ceval::asyncgen::builtin_aiter),
    ("anext", isles_ceval::asyncgen::builtin_anext),
    // The iterator types that are builtins: classes whose `__new__` is the function.
    ("reversed", crate::builtins_extra::new_reversed),
    ("enumerate", crate::builtins_extra::new_enumerate),
    ("zip", crate::builtins_extra::new_zip),
    ("map", crate::builtins_extra::new_map),
    ("filter", crate::builtins_extra::new_filter),
];

const _: () = assert!(
    FUNCS.len() <= 128,
    "InterpState keeps a 128-bit pending set"
);

const FUNC_NAMES: [&str; FUNCS.len()] = {
    let mut names = [""; FUNCS.len()];
    let mut i = 0;
    while i < FUNCS.len() {
        names[i] = FUNCS[i].0;
        i += 1;
    }
    names
};

fn make_func(st: &isles_interp::InterpState, i: usize) -> Value {
    match FUNCS.get(i) {
        // The builtin iterator classes (`zip`, `map`, ...): `f` is their `__new__`.
        Some(&(name, f)) if let Some(t) = st.types.iterator_type(name) => {
            crate::methods::install_one(t, name, "__new__", f);
            Value::Obj(t.clone())
        }
        // site's `Quitter` objects: their repr tells how to leave the interactive prompt.
        Some(&(name @ ("exit" | "quit"), f)) => Value::Obj(isles_object::Obj::new(
            isles_object::Kind::Native(Box::new(isles_object::NativeFunc {
                name,
                owner: Some("Quitter"),
                self_: None,
                func: std::rc::Rc::new(f as NativeFn),
                quick: isles_object::Quick::No,
            })),
        )),
        Some(&(name, f)) => {
            isles_ceval::native_fn_quick(name, f, isles_object::Quick::builtin(name))
        }
        None => Value::None,
    }
}

fn fill_builtins(th: &mut Thread<'_>, _: Args<'_>) -> PyResult<Value> {
    th.st.fill_builtins();
    Ok(Value::None)
}

/// Type names for native methods must be `'static`; the builtin set is fixed.
fn leak_name(name: &str) -> &'static str {
    match name {
        "int" => "int",
        "float" => "float",
        "str" => "str",
        "bool" => "bool",
        "list" => "list",
        "tuple" => "tuple",
        "range" => "range",
        "type" => "type",
        "object" => "object",
        "dict" => "dict",
        "slice" => "slice",
        _ => "object",
    }
}

fn num_err(e: pynum::NumError) -> PyErr {
    match e {
        pynum::NumError::ZeroDivision(m) => PyErr::zero_div(m),
        pynum::NumError::Overflow(m) => PyErr::overflow(m),
        pynum::NumError::Value(m) => PyErr::value_error(m),
    }
}

// ---------------------------------------------------------------------------------------------
// Functions

fn builtin_print(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("print", &["sep", "end", "file", "flush"])?;
    let text_arg = |v: Option<&Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(PyErr::type_error(format!(
                    "{what} must be None or a string, not {}",
                    type_name(th, v)
                ))),
            },
        }
    };
    let sep = text_arg(a.kw("sep"), "sep", " ")?;
    let end = text_arg(a.kw("end"), "end", "\n")?;
    let mut texts = Vec::with_capacity(a.pos.len());
    for v in a.pos.iter() {
        texts.push(ops::str_(th, v)?);
    }
    let mut parts: Vec<&str> = Vec::with_capacity(texts.len() * 2 + 1);
    for (i, t) in texts.iter().enumerate() {
        if i > 0 {
            parts.push(&sep);
        }
        parts.push(t);
    }
    parts.push(&end);
    let file = a.kw("file").filter(|f| !f.is_none());
    crate::io_mod::write_parts(th, file, &parts)?;
    if let Some(flush) = a.kw("flush")
        && ops::truthy(th, flush)?
    {
        let target = match file {
            Some(f) => f.clone(),
            None => crate::io_mod::sys_stream(th, "stdout")?,
        };
        crate::io_mod::flush_stream(th, &target)?;
    }
    Ok(Value::None)
}

fn builtin_repr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("repr")?;
    a.check_count("repr", 1, 1)?;
    Ok(Value::str(ops::repr(th, &a.pos[0])?))
}

fn builtin_abs(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("abs")?;
    a.check_count("abs", 1, 1)?;
    let v = &a.pos[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Float(f) => Value::float(f.get().abs()),
        _ => match v.kind() {
            Some(Kind::BigInt(b)) => Value::from_bigint(b.abs()),
            Some(Kind::Float(f)) => Value::float(f.abs()),
            _ => {
                if let Some(r) = crate::num_methods::complex_abs(v) {
                    return r;
                }
                if let Some(r) = isles_ceval::dunder::call(th, v, "__abs__", &[])? {
                    return Ok(r);
                }
                return Err(PyErr::type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(th, v)
                )));
            }
        },
    })
}

fn min_max(
    th: &mut Thread<'_>,
    a: Args<'_>,
    name: &str,
    op: isles_compiler::CmpOp,
) -> PyResult<Value> {
    a.only_kwargs(name, &["key", "default"])?;
    if a.pos.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if a.pos.len() > 1 && a.kw("default").is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = a.kw("key").filter(|k| !k.is_none()).cloned();
    let mut best: Option<(Value, Value)> = None;
    // Items are taken one at a time (the key and comparisons run between two items of a
    // generator, as in CPython); a generator of ints or floats without a key folds in one
    // run (`drain_fold`).
    let mut pending = None;
    let it = if a.pos.len() == 1 {
        let it = ops::get_iter(th, &a.pos[0])?;
        let fold = if op == isles_compiler::CmpOp::Lt {
            Fold::Min
        } else {
            Fold::Max
        };
        let mut acc = Value::Null;
        if key.is_none()
            && let Some(r) = isles_ceval::generator::drain_fold(th, &it, &mut acc, fold)
        {
            pending = r?;
            if !acc.is_null() {
                best = Some((acc.clone(), acc));
            }
            if pending.is_none() {
                return min_max_end(name, best, &a);
            }
        }
        Some(it)
    } else {
        None
    };
    let mut rest = a.pos.iter();
    loop {
        let item = match (pending.take(), &it) {
            (Some(v), _) => v,
            (None, Some(it)) => match ops::next_item(th, it)? {
                Some(v) => v,
                None => break,
            },
            (None, None) => match rest.next() {
                Some(v) => v.clone(),
                None => break,
            },
        };
        let k = match &key {
            Some(f) => th.call(f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let better = ops::compare(th, op, &k, &bk)?;
                if ops::truthy(th, &better)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    min_max_end(name, best, &a)
}

/// The result of `min`/`max`: the best item, else `default=`, else the empty-sequence error.
fn min_max_end(name: &str, best: Option<(Value, Value)>, a: &Args<'_>) -> PyResult<Value> {
    match best {
        Some((_, v)) => Ok(v),
        None => match a.kw("default") {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        },
    }
}

fn builtin_min(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    min_max(th, a, "min", isles_compiler::CmpOp::Lt)
}

fn builtin_max(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    min_max(th, a, "max", isles_compiler::CmpOp::Gt)
}

/// `issubclass(sub, cls)`: the metaclass's `__subclasscheck__`, else the MRO.
pub(crate) fn is_subclass_of(th: &mut Thread<'_>, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(Kind::Tuple(t)) = cls.kind() {
        for c in t.iter() {
            if th.recurse(" in __subclasscheck__", |th| is_subclass_of(th, sub, c))? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(f) = isles_ceval::builtin_calls::check_hook(cls, "__subclasscheck__") {
        let r = isles_ceval::dunder::call_method(th, cls, f, std::slice::from_ref(sub))?;
        return ops::truthy(th, &r);
    }
    let Some(sub) = sub.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    match cls.as_obj().filter(|c| c.as_type().is_some()) {
        Some(target) => Ok(ops::is_subtype(sub, target)),
        None => Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn builtin_id(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("id", 1, 1)?;
    Ok(Value::Int(match &a.pos[0] {
        Value::Obj(o) => o.id() as i64,
        other => {
            // Inline values have no address; derive a stable stand-in from their bits.
            let bits = match other {
                Value::Int(i) => *i as u64,
                Value::Float(f) => f.get().to_bits(),
                Value::Bool(b) => b.get() as u64,
                _ => 0,
            };
            (bits.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 4) as i64
        }
    }))
}

fn builtin_hash(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("hash", 1, 1)?;
    Ok(Value::Int(ops::hash(th, &a.pos[0])?))
}

fn builtin_divmod(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("divmod", 2, 2)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    let real = |v: &Value| v.is_int_like() || v.as_float().is_some();
    if !real(x) || !real(y) {
        if let Some(r) = isles_ceval::dunder::call(th, x, "__divmod__", std::slice::from_ref(y))?
            && !isles_ceval::dunder::is_not_implemented(&r)
        {
            return Ok(r);
        }
        if let Some(r) = isles_ceval::dunder::call(th, y, "__rdivmod__", std::slice::from_ref(x))?
            && !isles_ceval::dunder::is_not_implemented(&r)
        {
            return Ok(r);
        }
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(th, x),
            type_name(th, y)
        )));
    }
    if (x.as_float().is_some() || y.as_float().is_some())
        && let (Some(p), Some(q)) = (as_f64(x), as_f64(y))
    {
        let (d, m) = pynum::float_divmod(p, q).map_err(num_err)?;
        return Ok(Value::tuple(vec![Value::float(d), Value::float(m)]));
    }
    if let (Some(_), Some(q)) = (x.to_bigint(), y.to_bigint())
        && num_traits::Zero::is_zero(&q)
    {
        return Err(PyErr::zero_div("integer division or modulo by zero"));
    }
    let d = ops::binary(th, isles_compiler::BinOp::FloorDiv, x, y)?;
    let m = ops::binary(th, isles_compiler::BinOp::Mod, x, y)?;
    Ok(Value::tuple(vec![d, m]))
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        _ if v.as_float().is_some() => v.as_float(),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(b.get() as i64 as f64),
        _ => v.to_bigint().and_then(|b| pynum::bigint_to_f64(&b).ok()),
    }
}

fn builtin_pow(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = crate::methods::bind_kw(
        &a,
        a.pos,
        "pow",
        "pow",
        &["base", "exp", "mod"],
        crate::methods::Arity::Takes(0, 3),
    )?;
    let (Some(base), Some(exp)) = (b[0], b[1]) else {
        let (name, pos) = if b[0].is_none() {
            ("base", 1)
        } else {
            ("exp", 2)
        };
        return Err(PyErr::type_error(format!(
            "pow() missing required argument '{name}' (pos {pos})"
        )));
    };
    if let Some(m) = b[2].filter(|m| !m.is_none()) {
        if isles_ceval::dunder::user_class(base).is_some()
            && let Some(r) =
                isles_ceval::dunder::call(th, base, "__pow__", &[exp.clone(), m.clone()])?
        {
            return Ok(r);
        }
        if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (base, exp, m)
            && let Some(z) = pynum::small_modpow(*b, *e, *m)
        {
            return Ok(Value::Int(z));
        }
        let (Some(b), Some(e), Some(m)) = (base.to_bigint(), exp.to_bigint(), m.to_bigint()) else {
            return Err(pow3_error(th, [base, exp, m]));
        };
        return match pynum::int_pow(&b, &e, Some(&m)).map_err(num_err)? {
            pynum::IntPowResult::Int(i) => Ok(Value::from_bigint(i)),
            pynum::IntPowResult::Float(f) => Ok(Value::float(f)),
        };
    }
    ops::binary(th, isles_compiler::BinOp::Pow, base, exp)
}

/// The error of a three-argument `pow` whose arguments are not all ints, as CPython's
/// `ternary_op` finds it: each distinct operand type's slot in turn (float refuses any modulus,
/// complex refuses one when both operands convert), else "unsupported operand type(s)".
fn pow3_error(th: &Thread<'_>, args: [&Value; 3]) -> PyErr {
    let names = args.map(|v| type_name(th, v));
    let numeric = |n: &str| matches!(n, "int" | "bool" | "float" | "complex");
    for (i, n) in names.iter().enumerate() {
        if names[..i].contains(n) {
            continue;
        }
        match n.as_str() {
            "float" => {
                return PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                );
            }
            "complex" if numeric(&names[0]) && numeric(&names[1]) => {
                return PyErr::value_error("complex modulo");
            }
            _ => {}
        }
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        names[0], names[1], names[2]
    ))
}

fn builtin_round(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let b = crate::methods::bind_kw(
        &a,
        a.pos,
        "round",
        "round",
        &["number", "ndigits"],
        crate::methods::Arity::Takes(0, 2),
    )?;
    let Some(number) = b[0] else {
        return Err(PyErr::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let pos: Vec<Value> = b.iter().flatten().map(|v| (*v).clone()).collect();
    let a = Args::positional(&pos);
    if isles_ceval::dunder::user_class(number).is_some() {
        let args: &[Value] = if pos.len() > 1 { &pos[1..] } else { &[] };
        if let Some(r) = isles_ceval::dunder::call(th, number, "__round__", args)? {
            return Ok(r);
        }
    }
    let nd_index;
    let nd = match a.pos.get(1).filter(|v| !v.is_none()) {
        // ndigits goes through __index__ (PyNumber_Index), with its TypeError otherwise.
        Some(n) if !n.is_int_like() => {
            nd_index = ops::number_index(th, n)?;
            Some(&nd_index)
        }
        n => n,
    };
    let fv = a.pos[0].as_float();
    match (&a.pos[0], nd) {
        (_, None) if fv.is_some() => Ok(Value::from_bigint(
            pynum::float_round_to_int(fv.unwrap_or(0.0)).map_err(num_err)?,
        )),
        (Value::Float(f), None) => Ok(Value::from_bigint(
            pynum::float_round_to_int(f.get()).map_err(num_err)?,
        )),
        (_, Some(n)) if fv.is_some() => {
            let f = &fv.unwrap_or(0.0);
            let n = ops::index_value(n).ok_or_else(|| {
                PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(th, n)
                ))
            })?;
            Ok(Value::float(pynum::float_round(*f, n).map_err(num_err)?))
        }
        (v, n) if v.is_int_like() => match n {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(b.get() as i64),
                _ => v.clone(),
            }),
            Some(n) => {
                let n = ops::index_value(n).unwrap_or(0);
                let b = v.to_bigint().expect("int");
                Ok(Value::from_bigint(pynum::int_round(&b, n)))
            }
        },
        (v, _) => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(th, v)
        ))),
    }
}

fn builtin_sum(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("sum", 1, 2)?;
    let mut acc = a
        .pos
        .get(1)
        .cloned()
        .or(a.kw("start").cloned())
        .unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    // One item at a time, as CPython: an `__add__` runs between two items of a generator.
    // A generator whose items are ints and floats folds in one run (`drain_fold`).
    let it = ops::get_iter(th, &a.pos[0])?;
    if let Some(r) = isles_ceval::generator::drain_fold(th, &it, &mut acc, Fold::Sum) {
        match r? {
            None => return Ok(acc),
            Some(v) => acc = ops::binary(th, isles_compiler::BinOp::Add, &acc, &v)?,
        }
    }
    while let Some(item) = ops::next_item(th, &it)? {
        acc = ops::binary(th, isles_compiler::BinOp::Add, &acc, &item)?;
    }
    Ok(acc)
}

fn builtin_chr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("chr")?;
    a.check_count("chr", 1, 1)?;
    let idx = ops::number_index(th, &a.pos[0])?;
    // CPython converts to a C int first.
    let Some(i) = ops::index_value(&idx).and_then(|i| i32::try_from(i).ok()) else {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(th.char_str(c)),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("ord")?;
    a.check_count("ord", 1, 1)?;
    match a.pos[0].as_pystr() {
        Some(s) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64))),
        Some(s) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        // bytes and bytearray of one byte give it.
        None if matches!(a.pos[0].kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_))) => {
            match crate::bytes_methods::bytes_of(th, &a.pos[0])?.as_slice() {
                [b] => Ok(Value::Int(i64::from(*b))),
                b => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ))),
            }
        }
        None => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(th, &a.pos[0])
        ))),
    }
}

fn builtin_callable(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("callable", 1, 1)?;
    let direct = matches!(
        a.pos[0].kind(),
        Some(Kind::Function(_) | Kind::Native(_) | Kind::Method(..) | Kind::Type(_))
    );
    // Anything whose type defines __call__ (instances of user classes) is callable too.
    Ok(Value::bool(
        direct || ops::lookup_type_attr(&ops::type_of(th, &a.pos[0]), "__call__").is_some(),
    ))
}

// ---------------------------------------------------------------------------------------------
// Constructors (`__new__` of the builtin types; args[0] is the type)

fn new_int(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = &a.pos[1..];
    let base_kw = a.kw("base");
    a.only_kwargs("int", &["base"])?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.get(1).or(base_kw);
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let bv = ops::index_saturating(th, b)?;
        if !(bv == 0 || (2..=36).contains(&bv)) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        if let Some(Kind::Bytes(_) | Kind::ByteArray(_)) = x.kind() {
            let text = String::from_utf8_lossy(&x.bytes_like().unwrap_or_default()).into_owned();
            return parse_int_checked(th, &text, bv as u32).map_err(|_| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base {bv}: {}",
                    ops::repr(th, x).unwrap_or_default()
                ))
            });
        }
        let Some(s) = x.as_str() else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return parse_int_checked(th, s, bv as u32);
    }
    if x.is_sub()
        && let Some(v) = int_from_dunders(th, x)?
    {
        return Ok(v);
    }
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => Ok(Value::from_bigint(
            pynum::f64_to_bigint(f.get()).map_err(num_err)?,
        )),
        _ => match x.kind() {
            Some(Kind::BigInt(b)) => Ok(Value::from_bigint(b.clone())),
            Some(Kind::Float(f)) => Ok(Value::from_bigint(
                pynum::f64_to_bigint(*f).map_err(num_err)?,
            )),
            Some(Kind::Str(s)) => match small_decimal(s.as_str()) {
                Some(i) => Ok(Value::Int(i)),
                None => parse_int_checked(th, s.as_str(), 10),
            },
            Some(Kind::Bytes(_) | Kind::ByteArray(_)) => {
                let text =
                    String::from_utf8_lossy(&x.bytes_like().unwrap_or_default()).into_owned();
                parse_int_checked(th, &text, 10).map_err(|_| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        ops::repr(th, x).unwrap_or_default()
                    ))
                })
            }
            _ => {
                if let Some(v) = int_from_dunders(th, x)? {
                    return Ok(v);
                }
                Err(PyErr::type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(th, x)
                )))
            }
        },
    }
}

/// `int(x)` through the class's `__int__`, `__index__` or `__trunc__`, if it defines one.
fn int_from_dunders(th: &mut Thread<'_>, x: &Value) -> PyResult<Option<Value>> {
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = isles_ceval::dunder::call(th, x, name, &[])? {
            if r.is_int_like() {
                return Ok(Some(Value::from_bigint(r.to_bigint().unwrap_or_default())));
            }
            return Err(PyErr::type_error(format!(
                "{name} returned non-int (type {})",
                type_name(th, &r)
            )));
        }
    }
    Ok(None)
}

/// `float(x)` through the class's `__float__`, if it defines one.
fn float_from_dunder(th: &mut Thread<'_>, x: &Value) -> PyResult<Option<Value>> {
    match isles_ceval::dunder::call(th, x, "__float__", &[])? {
        None => Ok(None),
        Some(r) => match r.as_float() {
            Some(f) => Ok(Some(Value::float(f))),
            None => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(th, x),
                type_name(th, &r)
            ))),
        },
    }
}

/// `int(s)` of a str that is an optional sign and at most 18 ASCII digits (nothing else:
/// no spaces, underscores or other digits), which fits an `i64`: no `BigInt` made.
fn small_decimal(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n = 0i64;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(d - b'0');
    }
    Some(if neg { -n } else { n })
}

/// `float(s)` of a str made only of ASCII digits, `.`, `e`, `E`, `+` and `-`: on those the
/// grammar of Rust's `f64` parser is Python's (no underscores, spaces, inf or nan can occur)
/// and both round correctly. None (the general path, and its message) when it does not parse.
fn plain_float(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    s.parse().ok()
}

fn parse_int_checked(th: &Thread<'_>, s: &str, base: u32) -> PyResult<Value> {
    let limit = th.st.int_max_str_digits.get();
    let digits = s.bytes().filter(u8::is_ascii_alphanumeric).count();
    let r = pynum::parse_int(s, base).map_err(num_err)?;
    if limit > 0 && (base & (base - 1)) != 0 && digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(Value::from_bigint(r))
}

fn new_float(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("float")?;
    let args = &a.pos[1..];
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(x) = args.first() else {
        return Ok(Value::float(0.0));
    };
    if x.is_sub()
        && let Some(v) = float_from_dunder(th, x)?
    {
        return Ok(v);
    }
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::float(*i as f64)),
        Value::Bool(b) => Ok(Value::float(b.get() as i64 as f64)),
        _ => match x.kind() {
            Some(Kind::Float(f)) => Ok(Value::float(*f)),
            Some(Kind::BigInt(b)) => Ok(Value::float(pynum::bigint_to_f64(b).map_err(num_err)?)),
            Some(Kind::Str(s)) => Ok(Value::float(match plain_float(s.as_str()) {
                Some(f) => f,
                None => pynum::parse_float(s.as_str()).map_err(num_err)?,
            })),
            Some(Kind::Bytes(_) | Kind::ByteArray(_)) => {
                let text =
                    String::from_utf8_lossy(&x.bytes_like().unwrap_or_default()).into_owned();
                pynum::parse_float(&text).map(Value::float).map_err(|_| {
                    PyErr::value_error(format!(
                        "could not convert string to float: {}",
                        ops::repr(th, x).unwrap_or_default()
                    ))
                })
            }
            _ => {
                if let Some(v) = float_from_dunder(th, x)? {
                    return Ok(v);
                }
                if let Some(i) = ops::to_index(th, x)?.and_then(|v| v.to_bigint()) {
                    return Ok(Value::float(pynum::bigint_to_f64(&i).map_err(num_err)?));
                }
                Err(PyErr::type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(th, x)
                )))
            }
        },
    }
}

fn new_str(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = &a.pos[1..];
    if let ([v], []) = (args, a.kwnames) {
        return match v {
            Value::Int(i) => Ok(Value::int_str(*i)),
            _ if v.plain_str().is_some() => Ok(v.clone()),
            _ => Ok(Value::str(ops::str_(th, v)?)),
        };
    }
    if args.len() + a.kwnames.len() > 3 {
        return Err(PyErr::type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() + a.kwnames.len()
        )));
    }
    let (enc, errs) = (
        args.get(1).or(a.kw("encoding")),
        args.get(2).or(a.kw("errors")),
    );
    if enc.is_some() || errs.is_some() {
        let (e, errors) = crate::codec::names(th, "str", enc, errs)?;
        let obj = args.first().or(a.kw("object"));
        let Some(data) = obj.and_then(Value::bytes_like) else {
            return Err(PyErr::type_error(match obj {
                Some(v) if v.as_str().is_some() => "decoding str is not supported".to_string(),
                Some(v) => format!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_name(th, v)
                ),
                None => "decoding to str: need a bytes-like object, NoneType found".to_string(),
            }));
        };
        return Ok(Value::str(crate::codec::decode(th, &data, e, errors)?));
    }
    match args.first().or(a.kw("object")) {
        None => Ok(Value::str("")),
        Some(v) if v.as_str().is_some() && !v.is_sub() => Ok(v.clone()),
        Some(v) => Ok(Value::str(ops::str_(th, v)?)),
    }
}

fn new_bool(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("bool")?;
    let args = &a.pos[1..];
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(Value::bool(false)),
        Some(v) => Ok(Value::bool(ops::truthy(th, v)?)),
    }
}

pub(crate) fn new_list(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("list")?;
    let args = &a.pos[1..];
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let l = match args.first() {
        None => Value::list(Vec::new()),
        Some(v)
            if matches!(v.kind(), Some(Kind::Instance(_)))
                && isles_ceval::dunder::lookup(v, "__len__").is_some() =>
        {
            // CPython asks an object for its length (the size hint) after its iterator, and
            // code that counts calls (a MagicMock's `mock_calls`) sees it.
            let it = ops::get_iter(th, v)?;
            match isles_ceval::dunder::len(th, v) {
                Err(e) if !ops::err_matches(th, &e, ExcKind::TypeError) => return Err(e),
                _ => {}
            }
            let mut items = ops::iterate(th, &it)?;
            items.shrink_to_fit();
            Value::list(items)
        }
        Some(v) => {
            // Exact storage, as CPython preallocates from the length (sys.getsizeof sees it).
            let mut items = ops::iterate(th, v)?;
            items.shrink_to_fit();
            Value::list(items)
        }
    };
    // `list()` and `dict()` results can close cycles like displays can: tracked the same.
    if let Some(o) = l.as_obj() {
        th.st.gc_track(o);
    }
    Ok(l)
}

fn new_tuple(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("tuple")?;
    let args = &a.pos[1..];
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(v) if matches!(v.kind(), Some(Kind::Tuple(_))) && !v.is_sub() => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(ops::iterate(th, v)?)),
    }
}

pub(crate) fn new_dict(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let d = Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(
        isles_object::Dict::new(),
    ))));
    th.st.gc_track(&d);
    let d = Value::Obj(d);
    if let Some(src) = a.pos.get(1) {
        crate::dict_methods::update_from(th, &d, src)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        ops::dict_set(th, &d, k.clone(), v.clone())?;
    }
    Ok(d)
}

fn new_slice(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("slice")?;
    let args = &a.pos[1..];
    let (start, stop, step) = match args {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => {
            return Err(PyErr::type_error(
                "slice expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    Ok(Value::Obj(Obj::new(Kind::Slice(start, stop, step))))
}

fn range_arg(th: &mut Thread<'_>, v: &Value) -> PyResult<i128> {
    let idx = ops::to_index(th, v)?;
    match idx.as_ref().and_then(Value::to_bigint) {
        Some(b) => b
            .to_i128()
            .filter(|i| i.unsigned_abs() < 1 << 100)
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(th, v)
        ))),
    }
}

fn new_range(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("range")?;
    let args = &a.pos[1..];
    let (start, stop, step) = match args.len() {
        1 => (0, range_arg(th, &args[0])?, 1),
        2 => (range_arg(th, &args[0])?, range_arg(th, &args[1])?, 1),
        3 => (
            range_arg(th, &args[0])?,
            range_arg(th, &args[1])?,
            range_arg(th, &args[2])?,
        ),
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ));
        }
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )));
        }
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(Obj::new(Kind::Range(Box::new(Range {
        start,
        stop,
        step,
    })))))
}

fn new_type(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = &a.pos[1..];
    if args.len() == 1 {
        return Ok(Value::Obj(ops::type_of(th, &args[0])));
    }
    Err(PyErr::type_error("type() takes 1 or 3 arguments"))
}

/// `object.__new__(cls)`, with the checks of CPython's `tp_new_wrapper` and `object_new`
/// (it is called by hand: classes without a `__new__` of their own skip it).
fn new_object(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(c) = a.pos.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let Some(cls) = c.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name(th, c)
        )));
    };
    let name = ops::type_name_of_type(cls);
    let object_new = ops::lookup_type_attr(&th.st.types.object, "__new__").unwrap_or_default();
    if let Some(base) = isles_ceval::attrs::unsafe_new_base(cls, &object_new) {
        return Err(PyErr::type_error(format!(
            "object.__new__({name}) is not safe, use {}.__new__()",
            ops::type_name_of_type(&base)
        )));
    }
    if a.pos.len() > 1 || !a.kwnames.is_empty() {
        let own = |n: &str| crate::types::overrides_object(cls, n);
        if own("__new__") {
            return Err(PyErr::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !own("__init__") {
            return Err(PyErr::type_error(format!("{name}() takes no arguments")));
        }
    }
    Ok(isles_ceval::gc::new_instance(th, cls))
}

fn new_exception(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos[0].as_obj().expect("exception class").clone();
    Ok(Value::Obj(ops::new_exception(&cls, a.pos[1..].to_vec())))
}

// ---------------------------------------------------------------------------------------------
// list methods (args[0] is the list)

fn list_of<'a>(
    th: &Thread<'_>,
    v: &'a Value,
    meth: &str,
) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    match v.kind() {
        Some(Kind::List(l)) => Ok(l),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{meth}' for 'list' objects doesn't apply to a '{}' object",
            type_name(th, v)
        ))),
    }
}

fn method_args<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error(format!(
            "unbound method list.{name}() needs an argument"
        )));
    }
    if !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "list.{name}() takes no keyword arguments"
        )));
    }
    Ok(&a.pos[1..])
}

fn list_append(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    // The common call, `lst.append(x)`: nothing to check beyond its shape.
    if let ([Value::Obj(o), x], []) = (a.pos, a.kwnames)
        && let Kind::List(l) = o.kind()
    {
        isles_object::list::push(&mut l.borrow_mut(), x.clone());
        return Ok(Value::None);
    }
    let args = method_args(&a, "append")?;
    let l = list_of(th, &a.pos[0], "append")?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    isles_object::list::push(&mut l.borrow_mut(), args[0].clone());
    Ok(Value::None)
}

fn list_pop(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    // `lst.pop()` of a non-empty list.
    if let ([Value::Obj(o)], []) = (a.pos, a.kwnames)
        && let Kind::List(l) = o.kind()
    {
        let last = l.borrow_mut().pop();
        if let Some(v) = last {
            return Ok(v);
        }
    }
    let args = method_args(&a, "pop")?;
    let l = list_of(th, &a.pos[0], "pop")?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match args.first() {
        None => len - 1,
        Some(v) => ops::index_saturating(th, v)?,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(l.borrow_mut().remove(j as usize))
}

fn list_insert(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = method_args(&a, "insert")?;
    let l = list_of(th, &a.pos[0], "insert")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len()
        )));
    }
    let Value::Int(i) = ops::number_index(th, &args[0])? else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    };
    let len = l.borrow().len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(j as usize, args[1].clone());
    Ok(Value::None)
}

fn list_extend(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = method_args(&a, "extend")?;
    let l = list_of(th, &a.pos[0], "extend")?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "list.extend() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let items = ops::iterate(th, &args[0])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_count(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = method_args(&a, "count")?;
    let l = list_of(th, &a.pos[0], "count")?;
    let Some(x) = args.first() else {
        return Err(PyErr::type_error(
            "list.count() takes exactly one argument (0 given)",
        ));
    };
    let items = l.borrow().clone();
    let mut n = 0;
    for v in &items {
        if v.is(x) || ops::eq(th, v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    method_args(&a, "reverse")?;
    list_of(th, &a.pos[0], "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    method_args(&a, "copy")?;
    let items = list_of(th, &a.pos[0], "copy")?.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    method_args(&a, "clear")?;
    let mut old = std::mem::take(&mut *list_of(th, &a.pos[0], "clear")?.borrow_mut());
    // Last to first, as CPython (finalizers see that order).
    while let Some(v) = old.pop() {
        drop(v);
    }
    Ok(Value::None)
}

fn list_remove(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = method_args(&a, "remove")?;
    let l = list_of(th, &a.pos[0], "remove")?;
    let Some(x) = args.first() else {
        return Err(PyErr::type_error(
            "list.remove() takes exactly one argument (0 given)",
        ));
    };
    let items = l.borrow().clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(x) || ops::eq(th, v, x)? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}
