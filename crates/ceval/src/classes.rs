//! Classes: `class` statements (`__build_class__`), `type(name, bases, ns)`, the C3 method
//! resolution order, and calling a class to make an instance.

use std::cell::RefCell;

use isles_object::{Builtin, Dict, ExcKind, Instance, Kind, Obj, PyErr, PyResult, TypeObj, Value};

use crate::args::Args;
use crate::ops;
use crate::thread::Thread;

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = a.pos[0].clone();
    let name = a.pos[1].clone();
    let bases = a.pos[2..].to_vec();
    let ns = Value::Obj(Obj::new(Kind::Dict(RefCell::new(Dict::new()))));
    th.call_with_locals(&func, ns.as_obj().expect("dict"))?;
    let meta = match a.kw("metaclass") {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => Value::Obj(ops::type_of(th, b)),
            None => Value::Obj(th.st.types.type_.clone()),
        },
    };
    let cls = if meta.as_obj().is_some_and(|m| m.is(&th.st.types.type_)) {
        new_class(th, &name, &bases, &ns)?
    } else {
        let args = [name, Value::tuple(bases), ns.clone()];
        th.call(&meta, Args::positional(&args))?
    };
    Ok(cls)
}

/// Creates a class object: `type(name, bases, ns)`.
pub fn new_class(
    th: &mut Thread<'_>,
    name: &Value,
    bases: &[Value],
    ns: &Value,
) -> PyResult<Value> {
    let Some(name) = name.as_str() else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            ops::type_name(th, name)
        )));
    };
    let mut base_objs = Vec::with_capacity(bases.len());
    for b in bases {
        match b.as_obj() {
            Some(o) if o.as_type().is_some() => {
                let bt = o.as_type().expect("type");
                if let Some(k) = bt.builtin
                    && !matches!(k, Builtin::Object | Builtin::BaseException)
                {
                    // Types CPython marks final refuse subclasses outright.
                    let final_type = matches!(
                        k,
                        Builtin::Bool
                            | Builtin::NoneType
                            | Builtin::Range
                            | Builtin::Slice
                            | Builtin::MemoryView
                            | Builtin::Function
                            | Builtin::Generator
                    );
                    return Err(PyErr::type_error(if final_type {
                        format!("type '{}' is not an acceptable base type", bt.name)
                    } else {
                        format!("subclassing '{}' is not supported yet", bt.name)
                    }));
                }
                base_objs.push(o.clone());
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    ops::type_name(th, b)
                )));
            }
        }
    }
    if base_objs.is_empty() {
        base_objs.push(th.st.types.object.clone());
    }
    let mro = c3_mro(&base_objs).ok_or_else(|| {
        let names: Vec<String> = base_objs.iter().map(ops::type_name_of_type).collect();
        PyErr::type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    let mut dict = Dict::new();
    let mut classcell = None;
    let (mut module, mut qualname) = (String::from("__main__"), name.to_string());
    if let Some(Kind::Dict(d)) = ns.kind() {
        for e in d.borrow().iter() {
            match e.key.as_str() {
                Some("__classcell__") => classcell = Some(e.value.clone()),
                Some("__qualname__") => {
                    qualname = e.value.as_str().unwrap_or(name).to_string();
                }
                Some(k) => {
                    if k == "__module__" {
                        module = e.value.as_str().unwrap_or("__main__").to_string();
                    }
                    dict.push_new(e.hash, e.key.clone(), e.value.clone());
                }
                None => dict.push_new(e.hash, e.key.clone(), e.value.clone()),
            }
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
    if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
        dict.set_str("__hash__", Value::None);
    }
    // Functions named __new__ are static methods implicitly, as in CPython.
    if let Some(f) = dict.get_str("__new__").cloned()
        && matches!(f.kind(), Some(Kind::Function(_)))
    {
        dict.set_str("__new__", Value::Obj(Obj::new(Kind::StaticMethod(f))));
    }
    for m in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict.get_str(m).cloned()
            && matches!(f.kind(), Some(Kind::Function(_)))
        {
            dict.set_str(m, Value::Obj(Obj::new(Kind::ClassMethod(f))));
        }
    }
    let exc_kind = mro
        .iter()
        .find_map(|t| t.as_type().and_then(|t| t.exc_kind));
    let cls = Obj::new(Kind::Type(Box::new(TypeObj {
        name: name.to_string(),
        qualname,
        module,
        bases: base_objs,
        mro,
        dict: RefCell::new(dict),
        builtin: None,
        exc_kind,
        hooks: Default::default(),
    })));
    if let Some(cell) = classcell
        && let Some(Kind::Cell(c)) = cell.kind()
    {
        *c.borrow_mut() = Value::Obj(cls.clone());
    }
    let cls_v = Value::Obj(cls.clone());
    // __init_subclass__ of the nearest base that defines one.
    if let Some(t) = cls.as_type() {
        for base in t.mro.iter() {
            let hook = base
                .as_type()
                .and_then(|bt| bt.dict.borrow().get_str("__init_subclass__").cloned());
            if let Some(Kind::ClassMethod(f)) = hook.as_ref().and_then(|h| h.kind()) {
                let f = f.clone();
                th.call(&f, Args::positional(std::slice::from_ref(&cls_v)))?;
                break;
            }
        }
    }
    Ok(cls_v)
}

/// The C3 linearization of a class with these bases, without the class itself.
fn c3_mro(bases: &[Obj]) -> Option<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = bases.iter().map(isles_interp::mro_of).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Obj> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|cand| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(cand))))?;
        for s in seqs.iter_mut() {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

fn is_user_function(v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::Function(_) | Kind::StaticMethod(_) | Kind::ClassMethod(_) | Kind::Method(..))
    )
}

/// Calls a class (not a builtin value type): `__new__` then `__init__`.
pub fn call_class(th: &mut Thread<'_>, cls: &Obj, a: Args<'_>) -> PyResult<Value> {
    let cls_v = Value::Obj(cls.clone());
    let new = ops::lookup_type_attr(cls, "__new__");
    let init = ops::lookup_type_attr(cls, "__init__");
    let user_new = new.as_ref().is_some_and(is_user_function);
    let user_init = init.as_ref().is_some_and(is_user_function);
    let has_args = !a.pos.is_empty() || !a.kwnames.is_empty();
    let is_exc = cls.as_type().is_some_and(|t| t.exc_kind.is_some());
    if has_args && !user_new && !user_init && !is_exc {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments",
            ops::type_name_of_type(cls)
        )));
    }
    let mut with_cls = Vec::with_capacity(a.pos.len() + 1);
    with_cls.push(cls_v.clone());
    with_cls.extend_from_slice(a.pos);
    let obj = match (&new, user_new) {
        (Some(n), true) => {
            let f = match n.kind() {
                Some(Kind::StaticMethod(f)) => f.clone(),
                _ => n.clone(),
            };
            th.call(
                &f,
                Args {
                    pos: &with_cls,
                    kwnames: a.kwnames,
                    kwvals: a.kwvals,
                },
            )?
        }
        _ if is_exc => crate::import::new_exception_kw(th, cls, &a, user_init)?,
        _ => Value::Obj(Obj::new(Kind::Instance(Instance {
            class: RefCell::new(cls.clone()),
            dict: RefCell::new(Dict::new()),
        }))),
    };
    if !ops::is_instance(th, &obj, cls) {
        return Ok(obj);
    }
    if let (Some(init), true) = (init, user_init) {
        let init = ops::bind_to(&obj, init);
        let r = th.call(&init, a)?;
        if !r.is_none() {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                ops::type_name(th, &r)
            )));
        }
    }
    let _ = ExcKind::TypeError;
    Ok(obj)
}
