//! Attribute access on instances, classes and `super()` objects: descriptors (functions,
//! properties, static and class methods, user `__get__`/`__set__`), instance dicts,
//! `__getattr__`/`__setattr__`/`__delattr__` hooks.

use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::args::Args;
use crate::dunder;
use crate::ops;
use crate::thread::Thread;

fn attr_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::AttributeError, msg)
}

/// The object a descriptor found on a type gives when read through `obj` (an instance, or
/// None when read through the class `owner`).
pub fn descr_get(th: &mut Thread<'_>, attr: Value, obj: &Value) -> PyResult<Value> {
    match attr.kind() {
        Some(Kind::Function(_)) => Ok(Value::Obj(Obj::new(Kind::Method(obj.clone(), attr)))),
        Some(Kind::StaticMethod(f)) => Ok(f.clone()),
        Some(Kind::ClassMethod(f)) => {
            let cls = Value::Obj(ops::type_of(th, obj));
            Ok(Value::Obj(Obj::new(Kind::Method(cls, f.clone()))))
        }
        Some(Kind::Property(p)) => {
            if p.fget.is_none() {
                return Err(attr_error("unreadable attribute".into()));
            }
            let fget = p.fget.clone();
            th.call(&fget, Args::positional(std::slice::from_ref(obj)))
        }
        Some(Kind::Native(_)) => Ok(ops::bind_to(obj, attr)),
        Some(Kind::Slot(m)) => {
            let v = obj
                .as_obj()
                .and_then(Obj::instance)
                .and_then(|i| i.slots.borrow().get(m.index).cloned());
            match v {
                Some(v) if !v.is_null() => Ok(v),
                _ => Err(attr_error(format!(
                    "'{}' object has no attribute '{}'",
                    ops::type_name(th, obj),
                    m.name
                ))),
            }
        }
        Some(Kind::Instance(_)) => match dunder::lookup(&attr, "__get__") {
            Some(get) => {
                let owner = Value::Obj(ops::type_of(th, obj));
                dunder::call_method(th, &attr, get, &[obj.clone(), owner])
            }
            None => Ok(attr),
        },
        _ => Ok(attr),
    }
}

fn is_data_descriptor(v: &Value) -> bool {
    match v.kind() {
        Some(Kind::Property(_) | Kind::Slot(_)) => true,
        Some(Kind::Instance(_)) => {
            dunder::lookup(v, "__set__").is_some() || dunder::lookup(v, "__delete__").is_some()
        }
        _ => false,
    }
}

fn own_dict_get(obj: &Value, n: &str, h: i64) -> Option<Value> {
    let eq = |k: &Value| k.as_str() == Some(n);
    let o = obj.as_obj()?;
    if let Some(i) = o.instance() {
        return i.dict()?.borrow().get(h, eq).cloned();
    }
    match o.kind() {
        Kind::Exception(e) => e.dict.borrow().get(h, eq).cloned(),
        _ => None,
    }
}

/// Names an instance can see, for "Did you mean" hints.
fn visible_names(obj: &Value, cls: &Obj) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let dict_keys = |d: &isles_object::Dict, out: &mut Vec<String>| {
        for e in d.iter() {
            if let Some(k) = e.key.as_str()
                && !out.iter().any(|x| x == k)
            {
                out.push(k.to_string());
            }
        }
    };
    if let Some(d) = obj.as_obj().and_then(Obj::instance).and_then(|i| i.dict()) {
        dict_keys(&d.borrow(), &mut names)
    } else if let Some(Kind::Exception(e)) = obj.kind() {
        dict_keys(&e.dict.borrow(), &mut names)
    }
    for t in isles_interp::mro_of(cls) {
        if let Some(ty) = t.as_type() {
            dict_keys(&ty.dict.borrow(), &mut names);
        }
    }
    names.sort();
    names
}

/// `obj.name` for instances of classes (user classes and exceptions).
pub fn instance_getattr(th: &mut Thread<'_>, obj: &Value, name: &Value) -> PyResult<Value> {
    let found = match dunder::lookup_special(obj, dunder::GETATTRIBUTE) {
        Some(ga) => dunder::call_method(th, obj, ga, std::slice::from_ref(name)),
        None => {
            let (n, h) = ops::str_and_hash(name);
            generic_getattr_hashed(th, obj, n, h)
        }
    };
    // As CPython's slot_tp_getattr_hook: an AttributeError from either lookup goes to
    // `__getattr__`.
    match found {
        Ok(v) => Ok(v),
        Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => {
            match dunder::lookup_special(obj, dunder::GETATTR) {
                Some(f) => dunder::call_method(th, obj, f, std::slice::from_ref(name)),
                None => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// `object.__getattribute__`: attribute lookup without `__getattribute__`/`__getattr__` hooks.
pub fn generic_getattr(th: &mut Thread<'_>, obj: &Value, n: &str) -> PyResult<Value> {
    generic_getattr_hashed(th, obj, n, isles_object::hash::hash_str(n))
}

/// [`generic_getattr`] with the name's str hash known (names in code cache theirs).
pub fn generic_getattr_hashed(
    th: &mut Thread<'_>,
    obj: &Value,
    n: &str,
    h: i64,
) -> PyResult<Value> {
    let cls = ops::type_of(th, obj);
    let attr = ops::lookup_type_attr_hashed(&cls, n, h);
    if let Some(a) = &attr
        && is_data_descriptor(a)
    {
        return descr_get(th, a.clone(), obj);
    }
    if let Some(v) = own_dict_get(obj, n, h) {
        return Ok(v);
    }
    if let Some(a) = attr {
        return descr_get(th, a, obj);
    }
    if let Some(v) = special_instance_attr(th, obj, &cls, n) {
        return Ok(v);
    }
    if let Some(f) = crate::builtin_dunders::for_type(th, &cls, n) {
        return Ok(ops::bind_to(obj, f));
    }
    let mut e = attr_error(format!(
        "'{}' object has no attribute '{n}'",
        ops::type_name_of_type(&cls)
    ));
    e.0.suggestion = crate::traceback::suggest(n, &visible_names(obj, &cls));
    Err(e.with_attr(&Value::str(n), obj))
}

/// Per exception class, the attributes isles keeps in the exception's dict that CPython
/// keeps as struct members (absent from `e.__dict__`).
const EXC_FIELDS: &[(isles_object::ExcKind, &[&str])] = &[
    (
        isles_object::ExcKind::OSError,
        &[
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
        ],
    ),
    (isles_object::ExcKind::ImportError, &["msg", "name", "path"]),
    (
        isles_object::ExcKind::UnicodeError,
        &["encoding", "object", "start", "end", "reason"],
    ),
    (isles_object::ExcKind::NameError, &["name"]),
    (isles_object::ExcKind::AttributeError, &["name", "obj"]),
    (
        isles_object::ExcKind::SyntaxError,
        &["msg", "print_file_and_line"],
    ),
    (
        isles_object::ExcKind::SyntaxError,
        &crate::traceback::SYNTAX_LOCATION_FIELDS,
    ),
];

fn special_instance_attr(th: &mut Thread<'_>, obj: &Value, cls: &Obj, n: &str) -> Option<Value> {
    match n {
        "__class__" => return Some(Value::Obj(cls.clone())),
        "__dict__" => {
            // A snapshot: instance attributes live in the object itself.
            if let Some(i) = obj.as_obj()?.instance() {
                return i.dict.clone().map(Value::Obj);
            }
            let d = match obj.kind()? {
                Kind::Exception(e) => {
                    let mut d = e.dict.borrow().clone();
                    // The fields CPython keeps in the exception struct, not its `__dict__`.
                    for (kind, fields) in EXC_FIELDS {
                        if ops::is_subtype(&e.class, th.st.types.exc(*kind)) {
                            for f in *fields {
                                d.remove_str(f);
                            }
                        }
                    }
                    d
                }
                _ => return None,
            };
            return Some(Value::Obj(Obj::new(Kind::Dict(Box::new(
                std::cell::RefCell::new(d),
            )))));
        }
        _ => {}
    }
    let Some(Kind::Exception(e)) = obj.kind() else {
        return None;
    };
    match n {
        "args" => Some(e.args.borrow().clone()),
        "message" | "exceptions" if !e.group.borrow().is_none() => crate::excgroup::attr(e, n),
        "__cause__" => Some(e.cause.borrow().clone()),
        "__context__" => Some(e.context.borrow().clone()),
        "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
        // `SystemExit.code`: None, the one argument, or all of them.
        "code" if ops::is_subtype(&e.class, th.st.types.exc(isles_object::ExcKind::SystemExit)) => {
            Some(match &*e.args.borrow() {
                Value::Obj(o) => match o.kind() {
                    Kind::Tuple(items) if items.len() == 1 => items[0].clone(),
                    Kind::Tuple(items) if items.is_empty() => Value::None,
                    _ => Value::Obj(o.clone()),
                },
                _ => Value::None,
            })
        }
        "errno" | "strerror" | "filename" | "filename2"
            if ops::is_subtype(&e.class, th.st.types.exc(isles_object::ExcKind::OSError)) =>
        {
            ops::os_error_field(e, n)
        }
        // Set where the interpreter raises them; None for ones made by hand.
        "name" if ops::is_subtype(&e.class, th.st.types.exc(isles_object::ExcKind::NameError)) => {
            Some(Value::None)
        }
        "name" | "obj"
            if ops::is_subtype(
                &e.class,
                th.st.types.exc(isles_object::ExcKind::AttributeError),
            ) =>
        {
            Some(Value::None)
        }
        // An ImportError subclass whose `__init__` did not run ImportError's.
        "msg" | "name" | "path"
            if ops::is_subtype(
                &e.class,
                th.st.types.exc(isles_object::ExcKind::ImportError),
            ) =>
        {
            Some(Value::None)
        }
        // A Unicode error made by hand: its fields are its arguments.
        "encoding" | "object" | "start" | "end" | "reason"
            if ops::is_subtype(
                &e.class,
                th.st.types.exc(isles_object::ExcKind::UnicodeError),
            ) =>
        {
            let translate = ops::is_subtype(
                &e.class,
                th.st
                    .types
                    .exc(isles_object::ExcKind::UnicodeTranslateError),
            );
            let names: &[&str] = if translate {
                &["object", "start", "end", "reason"]
            } else {
                &["encoding", "object", "start", "end", "reason"]
            };
            match (e.args.borrow().kind(), names.iter().position(|f| *f == n)) {
                (Some(Kind::Tuple(t)), Some(i)) if t.len() == names.len() => Some(t[i].clone()),
                (_, None) => Some(Value::None),
                _ => None,
            }
        }
        // `StopIteration.value`: the generator's return value, its first argument.
        "value"
            if ops::is_subtype(
                &e.class,
                th.st.types.exc(isles_object::ExcKind::StopIteration),
            ) =>
        {
            Some(match &*e.args.borrow() {
                Value::Obj(o) => match o.kind() {
                    Kind::Tuple(items) => items.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            })
        }
        "__traceback__" => Some(if e.traceback.borrow().is_empty() {
            Value::None
        } else {
            // Made on request from the entries (bundled `_isles_tbobj`); if that fails, a
            // true value still says "has one".
            th.traceback_object(obj).unwrap_or(Value::bool(true))
        }),
        _ => None,
    }
}

/// `obj.name = value` for instances.
pub fn instance_setattr(
    th: &mut Thread<'_>,
    obj: &Value,
    name: &Value,
    value: Value,
) -> PyResult<()> {
    if let Some(sa) = dunder::lookup_special(obj, dunder::SETATTR) {
        dunder::call_method(th, obj, sa, &[name.clone(), value])?;
        return Ok(());
    }
    generic_setattr(th, obj, name, Some(value))
}

/// `del obj.name` for instances.
pub fn instance_delattr(th: &mut Thread<'_>, obj: &Value, name: &Value) -> PyResult<()> {
    if let Some(da) = dunder::lookup_special(obj, dunder::DELATTR) {
        dunder::call_method(th, obj, da, std::slice::from_ref(name))?;
        return Ok(());
    }
    generic_setattr(th, obj, name, None)
}

/// `object.__setattr__` (value) / `object.__delattr__` (None).
pub fn generic_setattr(
    th: &mut Thread<'_>,
    obj: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let (n, h) = ops::str_and_hash(name);
    let cls = ops::type_of(th, obj);
    if let Some(a) = ops::lookup_type_attr_hashed(&cls, n, h) {
        match a.kind() {
            Some(Kind::Slot(m)) => {
                if let Some(i) = obj.as_obj().and_then(Obj::instance)
                    && let Some(slot) = i.slots.borrow_mut().get_mut(m.index)
                {
                    if value.is_none() && slot.is_null() {
                        return Err(attr_error(m.name.clone()));
                    }
                    *slot = value.unwrap_or(Value::Null);
                    return Ok(());
                }
                return Err(PyErr::type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    m.name,
                    m.owner,
                    ops::type_name(th, obj)
                )));
            }
            Some(Kind::Property(p)) => {
                let (f, what) = match &value {
                    Some(_) => (p.fset.clone(), "setter"),
                    None => (p.fdel.clone(), "deleter"),
                };
                if f.is_none() {
                    // A builtin type's data attribute (`int.real` on an `int` subclass).
                    if let Some(Kind::Native(nf)) = p.fget.kind()
                        && let Some(owner) = nf.owner
                    {
                        return Err(readonly_message(owner, n));
                    }
                    return Err(attr_error(format!(
                        "property '{n}' of '{}' object has no {what}",
                        ops::type_name_of_type(&cls)
                    )));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                th.call(&f, Args::positional(&args))?;
                return Ok(());
            }
            Some(Kind::Instance(_)) => {
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if let Some(f) = dunder::lookup(&a, hook) {
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    dunder::call_method(th, &a, f, &args)?;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    if n == "__class__" {
        return set_class(th, obj, value);
    }
    let inst = obj.as_obj().and_then(Obj::instance);
    let dict = match obj.kind() {
        _ if inst.is_some() => match inst.and_then(|i| i.dict()) {
            Some(d) if n == "__dict__" => return set_instance_dict(th, d, value),
            Some(d) => d,
            None => return Err(unsettable_error(th, obj, n, false)),
        },
        Some(Kind::Exception(e)) => {
            if value.is_none()
                && matches!(n, "args" | "__traceback__" | "__cause__" | "__context__")
            {
                return Err(PyErr::type_error(format!("{n} may not be deleted")));
            }
            if n == "args" {
                if let Some(v) = value {
                    *e.args.borrow_mut() = Value::tuple(ops::iterate(th, &v)?);
                }
                return Ok(());
            }
            if (n == "message" || n == "exceptions") && !e.group.borrow().is_none() {
                return Err(attr_error("readonly attribute".to_string()));
            }
            if n == "__traceback__" {
                return set_exc_traceback(th, obj, value.unwrap_or(Value::None));
            }
            if n == "__suppress_context__" {
                e.suppress_context.set(match value {
                    Some(Value::Bool(b)) => b.get(),
                    None => {
                        return Err(PyErr::type_error("can't delete numeric/char attribute"));
                    }
                    Some(_) => {
                        return Err(PyErr::type_error("attribute value type must be bool"));
                    }
                });
                return Ok(());
            }
            if n == "__cause__" || n == "__context__" {
                let v = value.unwrap_or(Value::None);
                if !v.is_none() && !matches!(v.kind(), Some(Kind::Exception(_))) {
                    let what = if n == "__cause__" { "cause" } else { "context" };
                    return Err(PyErr::type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    )));
                }
                if n == "__cause__" {
                    e.suppress_context.set(true);
                    *e.cause.borrow_mut() = v;
                } else {
                    *e.context.borrow_mut() = v;
                }
                return Ok(());
            }
            &e.dict
        }
        _ => {
            return Err(attr_error(format!(
                "'{}' object has no attribute '{n}'",
                ops::type_name(th, obj)
            )));
        }
    };
    match value {
        Some(v) => {
            dict.borrow_mut().set_str_value(name, v);
        }
        None => {
            if dict.borrow_mut().remove_str(n).is_none() {
                return Err(attr_error(format!(
                    "'{}' object has no attribute '{n}'",
                    ops::type_name_of_type(&cls)
                )));
            }
        }
    }
    Ok(())
}

/// `obj.__dict__ = d` / `del obj.__dict__` for an instance with a dict. The instance keeps
/// its own dict object (attribute caches hold on to it), so assigning copies `d`'s items
/// into it: later changes to `d` itself are not seen, a known difference from CPython.
fn set_instance_dict(
    th: &Thread<'_>,
    dict: &std::cell::RefCell<isles_object::Dict>,
    value: Option<Value>,
) -> PyResult<()> {
    let src = match value.as_ref().map(|v| (v, v.kind())) {
        None => isles_object::Dict::new(),
        // A copy first: `d` may be this very dict.
        Some((_, Some(Kind::Dict(d)))) => d.borrow().clone(),
        Some((v, _)) => {
            return Err(PyErr::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                ops::type_name(th, v)
            )));
        }
    };
    dict.borrow_mut().assign_from(&src);
    Ok(())
}

/// Whether CPython defines `owner.n` as a read-only member (`READONLY` in `tp_members`),
/// whose assignment says "readonly attribute"; the other read-only data attributes of
/// builtin types are getters without a setter ([`readonly_message`]).
fn is_readonly_member(owner: &str, n: &str) -> bool {
    match owner {
        "range" | "slice" => matches!(n, "start" | "stop" | "step"),
        "complex" => matches!(n, "real" | "imag"),
        "code" => matches!(
            n,
            "co_argcount"
                | "co_consts"
                | "co_exceptiontable"
                | "co_filename"
                | "co_firstlineno"
                | "co_flags"
                | "co_kwonlyargcount"
                | "co_linetable"
                | "co_name"
                | "co_names"
                | "co_nlocals"
                | "co_posonlyargcount"
                | "co_qualname"
                | "co_stacksize"
        ),
        "function" => matches!(n, "__closure__" | "__globals__" | "__builtins__"),
        "method" => matches!(n, "__func__" | "__self__"),
        "property" => matches!(n, "fget" | "fset" | "fdel"),
        "staticmethod" | "classmethod" => matches!(n, "__func__" | "__wrapped__"),
        "super" => matches!(n, "__self__" | "__self_class__" | "__thisclass__"),
        "type" => matches!(
            n,
            "__base__"
                | "__mro__"
                | "__basicsize__"
                | "__dictoffset__"
                | "__flags__"
                | "__itemsize__"
                | "__weakrefoffset__"
        ),
        "generator" => n == "gi_code",
        "coroutine" => n == "cr_code",
        "async_generator" => matches!(n, "ag_code" | "ag_running"),
        _ => false,
    }
}

/// The error for assigning or deleting the read-only data attribute `n` that builtin type
/// `owner` defines.
pub(crate) fn readonly_message(owner: &str, n: &str) -> PyErr {
    attr_error(if is_readonly_member(owner, n) {
        "readonly attribute".to_string()
    } else {
        format!("attribute '{n}' of '{owner}' objects is not writable")
    })
}

/// The error for `obj.n = v` / `del obj.n` when the object has no place to store `n`
/// (CPython's `_PyObject_GenericSetAttrWithDict` without an instance dict): a read-only
/// data attribute of the type, a method or other class attribute ("is read-only"), or
/// nothing at all. `found` is what the type's MRO holds under `n`; for a builtin object
/// whose attribute is served by `getattr` without a class dict entry, `probe` says whether
/// reading it works.
pub fn unsettable_error(th: &mut Thread<'_>, obj: &Value, n: &str, probe: bool) -> PyErr {
    let cls = ops::type_of(th, obj);
    let tn = ops::type_name_of_type(&cls);
    if is_readonly_member(&tn, n) {
        return readonly_message(&tn, n);
    }
    let read_only = || attr_error(format!("'{tn}' object attribute '{n}' is read-only"));
    let found = ops::lookup_type_attr(&cls, n);
    match found.as_ref().and_then(Value::kind) {
        Some(Kind::Property(p)) if p.fset.is_none() => {
            return match p.fget.kind() {
                Some(Kind::Native(nf)) => readonly_message(nf.owner.unwrap_or(&tn), n),
                _ => attr_error(format!("property '{n}' of '{tn}' object has no setter")),
            };
        }
        Some(_) => return read_only(),
        None => {}
    }
    if probe && let Ok(v) = ops::getattr(th, obj, &Value::str(n)) {
        let method_like = matches!(v.kind(), Some(Kind::Native(_) | Kind::Method(..)));
        return if method_like || n == "__doc__" {
            read_only()
        } else {
            readonly_message(&tn, n)
        };
    }
    attr_error(format!("'{tn}' object has no attribute '{n}'"))
}

/// `exc.__traceback__ = tb` (and `with_traceback`): None drops the entries; a traceback
/// object (made by the bundled `_isles_tbobj` from some exception's entries) gives this
/// exception the entries from that object's position outward, as CPython's chain would.
pub fn set_exc_traceback(th: &mut Thread<'_>, exc: &Value, tb: Value) -> PyResult<()> {
    let Some(Kind::Exception(e)) = exc.kind() else {
        return Err(PyErr::system_error("set_exc_traceback: not an exception"));
    };
    if tb.is_none() {
        e.traceback.borrow_mut().clear();
        return Ok(());
    }
    let src = ops::getattr(th, &tb, &Value::str("_isles_exc")).ok();
    let index = ops::getattr(th, &tb, &Value::str("_isles_index")).ok();
    let len = ops::getattr(th, &tb, &Value::str("_isles_len")).ok();
    let (Some(src), Some(Value::Int(index)), Some(Value::Int(len))) = (src, index, len) else {
        return Err(PyErr::type_error(
            "__traceback__ must be a traceback or None",
        ));
    };
    let entries = match src.kind() {
        Some(Kind::Exception(s)) => {
            let all = s.traceback.borrow();
            // Stored innermost first, later raises appending outer entries; the chain's
            // index counts from the outermost entry it had when made.
            let keep = (len.max(0) as usize)
                .saturating_sub(index.max(0) as usize)
                .min(all.len());
            all[..keep].to_vec()
        }
        _ => {
            return Err(PyErr::type_error(
                "__traceback__ must be a traceback or None",
            ));
        }
    };
    *e.traceback.borrow_mut() = entries;
    Ok(())
}

/// `obj.__class__ = new` / `del obj.__class__` (CPython's `object_set_class`): only between
/// Python classes whose instances have the same layout (builtin payload, slots, `__dict__`,
/// `__weakref__`), with CPython's messages otherwise.
pub fn set_class(th: &mut Thread<'_>, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::type_error("can't delete __class__ attribute"));
    };
    let Some(new) = value.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(PyErr::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            ops::type_name(th, &value)
        )));
    };
    let old = ops::type_of(th, obj);
    let inst = obj.as_obj().and_then(Obj::instance);
    let (Some(inst), Some(nt), Some(ot)) = (inst, new.as_type(), old.as_type()) else {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    if nt.builtin.is_some() || ot.builtin.is_some() {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if layout(new) != layout(&old) {
        return Err(PyErr::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            ops::type_name_of_type(new),
            ops::type_name_of_type(&old)
        )));
    }
    if dunder::hooks(new) & dunder::HOOK_DEL != 0 {
        inst.flags.set(inst.flags.get() | isles_object::gc::HAS_DEL);
    }
    inst.set_class(new.clone());
    Ok(())
}

/// What an instance of `cls` is made of: its builtin payload, its slot names in order, and
/// whether it has a `__dict__` and a `__weakref__`.
pub(crate) fn layout(cls: &Obj) -> (Option<isles_object::Builtin>, Vec<String>, bool, bool) {
    let mro = isles_interp::mro_of(cls);
    let payload = mro
        .iter()
        .filter_map(|t| t.as_type().and_then(|t| t.builtin))
        .find(|b| *b != isles_object::Builtin::Object);
    let mut slots: Vec<(usize, String)> = Vec::new();
    let mut weak = false;
    for t in mro.iter().filter_map(|t| t.as_type()) {
        if t.builtin.is_some() {
            continue;
        }
        weak |= crate::classes::introduced_slots(t).1;
        let d = t.dict.borrow();
        for (_, v) in d.items() {
            if let Some(Kind::Slot(m)) = v.kind()
                && m.index != usize::MAX
            {
                slots.push((m.index, m.name.clone()));
            }
        }
    }
    slots.sort();
    let has_dict = cls.as_type().is_some_and(|t| t.has_dict);
    (
        payload,
        slots.into_iter().map(|s| s.1).collect(),
        has_dict,
        weak,
    )
}

/// CPython's `best_base`: of `bases`, the one whose solid base ([`solid_base`]) is the
/// most derived; that is `__base__`, the class whose instance layout the new class extends.
fn best_base(bases: &[Obj]) -> Option<Obj> {
    let mut best: Option<(Obj, &Obj)> = None;
    for b in bases {
        let solid = solid_base(b);
        match &best {
            Some((w, _)) if ops::is_subtype(w, &solid) => {}
            Some((w, _)) if !ops::is_subtype(&solid, w) => {}
            _ => best = Some((solid, b)),
        }
    }
    best.map(|(_, b)| b.clone())
        .or_else(|| bases.first().cloned())
}

/// CPython's `solid_base`: the nearest class on `cls`'s `__base__` chain whose instances
/// add fields to their base's layout (a class that only adds `__dict__`/`__weakref__` does
/// not; most builtin exceptions share `BaseException`'s).
fn solid_base(cls: &Obj) -> Obj {
    let Some(t) = cls.as_type() else {
        return cls.clone();
    };
    let base = || t.bases.borrow().first().cloned();
    if let Some(kind) = t.exc_kind {
        use isles_object::ExcKind as K;
        let own = matches!(
            kind,
            K::BaseException
                | K::AttributeError
                | K::BaseExceptionGroup
                | K::ExceptionGroup
                | K::ImportError
                | K::NameError
                | K::OSError
                | K::StopIteration
                | K::SyntaxError
                | K::SystemExit
                | K::UnicodeDecodeError
                | K::UnicodeEncodeError
                | K::UnicodeTranslateError
        );
        return match base() {
            Some(b) if !own => solid_base(&b),
            _ => cls.clone(),
        };
    }
    if t.builtin.is_some() {
        return cls.clone();
    }
    let adds_slots = t
        .dict
        .borrow()
        .items()
        .iter()
        .any(|(_, v)| matches!(v.kind(), Some(Kind::Slot(m)) if m.index != usize::MAX));
    match best_base(&t.bases.borrow()) {
        Some(b) if !adds_slots => solid_base(&b),
        _ => cls.clone(),
    }
}

/// `Class.name`.
pub fn type_getattr(th: &mut Thread<'_>, cls: &Obj, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    // A class's docstring is its own: `type.__doc__` does not look at the bases.
    if n == "__doc__"
        && let Some(t) = cls.as_type()
        && t.builtin.is_none()
    {
        return Ok(t
            .dict
            .borrow()
            .get_str("__doc__")
            .cloned()
            .unwrap_or(Value::None));
    }
    // `type`'s data descriptors come before the class's own attributes.
    if let ("__name__" | "__qualname__" | "__mro__" | "__bases__" | "__dict__", Some(t)) =
        (n, cls.as_type())
        && t.metaclass.is_none()
    {
        let tuple = |items: &[Obj]| Value::tuple(items.iter().cloned().map(Value::Obj).collect());
        return Ok(match n {
            // An assigned `__name__` is kept in the class dict (the name is not mutable).
            "__name__" => match t
                .dict
                .borrow()
                .get_str("__name__")
                .filter(|v| v.as_str().is_some())
            {
                Some(v) if t.builtin.is_none() => v.clone(),
                _ => Value::str(&*t.name),
            },
            "__qualname__" => Value::str(t.qualname()),
            "__mro__" => tuple(&isles_interp::mro_of(cls)),
            "__bases__" => tuple(&t.bases.borrow()),
            _ => class_dict_proxy(th, cls),
        });
    }
    if let Some(v) = ops::lookup_type_attr(cls, n) {
        if n == "__new__"
            && let Some(Kind::Native(f)) = v.kind()
            && f.owner.is_some_and(|o| o != "object")
            && f.self_.is_none()
        {
            return Ok(share_new(cls, v.clone(), f.owner));
        }
        return match v.kind() {
            Some(Kind::ClassMethod(f)) => Ok(Value::Obj(Obj::new(Kind::Method(
                Value::Obj(cls.clone()),
                f.clone(),
            )))),
            Some(Kind::StaticMethod(f)) => Ok(f.clone()),
            Some(Kind::Instance(_)) => match dunder::lookup(&v, "__get__") {
                Some(get) => {
                    dunder::call_method(th, &v, get, &[Value::None, Value::Obj(cls.clone())])
                }
                None => Ok(v),
            },
            _ => Ok(v),
        };
    }
    let t = cls.as_type().expect("a type object");
    let tuple = |items: &[Obj]| Value::tuple(items.iter().cloned().map(Value::Obj).collect());
    match n {
        "__name__" => Ok(Value::str(&*t.name)),
        "__qualname__" => Ok(Value::str(t.qualname())),
        "__class__" => Ok(Value::Obj(ops::type_of(th, &Value::Obj(cls.clone())))),
        "__module__" => Ok(Value::str(&*t.module)),
        "__bases__" => Ok(tuple(&t.bases.borrow())),
        "__base__" => Ok(best_base(&t.bases.borrow()).map_or(Value::None, Value::Obj)),
        "__mro__" => Ok(tuple(&isles_interp::mro_of(cls))),
        // The builtin types' docstrings and signatures are CPython's.
        "__doc__" | "__text_signature__" => {
            let found = t
                .builtin
                .and_then(|_| crate::builtin_docs::lookup(&format!("type:{}", t.name)));
            let (sig, doc) = found.unwrap_or((None, None));
            let text = if n == "__doc__" { doc } else { sig };
            Ok(text.map_or(Value::None, Value::str))
        }
        "__dict__" => Ok(class_dict_proxy(th, cls)),
        _ => {
            // Attributes of the metaclass, bound to the class (`type` itself when the class
            // names none: `C.mro()`).
            let meta = t
                .metaclass
                .clone()
                .unwrap_or_else(|| th.st.types.type_.clone());
            if let Some(v) = ops::lookup_type_attr(&meta, n) {
                return descr_get(th, v, &Value::Obj(cls.clone()));
            }
            match crate::builtin_dunders::for_type(th, cls, n) {
                Some(f) => Ok(f),
                None => Err(attr_error(format!(
                    "type object '{}' has no attribute '{n}'",
                    ops::type_name_of_type(cls)
                ))),
            }
        }
    }
}

/// `C.__dict__`: a read-only `mappingproxy` (the bundled `types`' `_class_dict`) that reads
/// the class's namespace anew on each use, so it sees later changes; the plain copy while
/// `types` itself is being imported.
pub fn class_dict_proxy(th: &mut Thread<'_>, cls: &Obj) -> Value {
    let proxy = th
        .import("types")
        .and_then(|m| ops::getattr(th, &m, &th.intern("_class_dict")));
    let Ok(p) = proxy else {
        return crate::classes::namespace_view(cls);
    };
    let read = Value::Obj(Obj::new(Kind::Native(Box::new(isles_object::NativeFunc {
        name: "__dict__",
        owner: None,
        self_: Some(Value::Obj(cls.clone())),
        func: std::rc::Rc::new(read_namespace as crate::NativeFn),
        quick: isles_object::Quick::No,
    }))));
    th.call(&p, crate::Args::positional(std::slice::from_ref(&read)))
        .unwrap_or_else(|_| crate::classes::namespace_view(cls))
}

/// A copy of the namespace of the class it is bound to (behind [`class_dict_proxy`]).
fn read_namespace(_: &mut Thread<'_>, a: crate::Args<'_>) -> PyResult<Value> {
    match a.pos.first().and_then(Value::as_obj) {
        Some(cls) => Ok(crate::classes::namespace_view(cls)),
        None => Err(PyErr::system_error(
            "class namespace reader without a class",
        )),
    }
}

/// A builtin type's `__new__` as `Class.__new__` shows it: called by hand, it checks its
/// first argument as CPython's `tp_new_wrapper` does before making the object. The type
/// that defines `new` keeps the checking form in its dict in place of `new` from then on,
/// so every read gives the same object, as in CPython (`int.__new__ is
/// int.__dict__['__new__']`); the class machinery calls the native inside ([`raw_new`]).
pub(crate) fn share_new(cls: &Obj, new: Value, owner: Option<&'static str>) -> Value {
    let holder = isles_interp::mro_of(cls)
        .into_iter()
        .find(|t| {
            t.as_type().is_some_and(|t| {
                t.dict
                    .borrow()
                    .get_str("__new__")
                    .is_some_and(|f| f.is(&new))
            })
        })
        .unwrap_or_else(|| cls.clone());
    let checked = Value::Obj(Obj::new(Kind::Native(Box::new(isles_object::NativeFunc {
        name: "__new__",
        owner,
        self_: Some(Value::tuple(vec![Value::Obj(holder.clone()), new])),
        func: std::rc::Rc::new(new_wrapper as crate::NativeFn),
        quick: isles_object::Quick::No,
    }))));
    if let Some(t) = holder.as_type() {
        t.dict.borrow_mut().set_str("__new__", checked.clone());
    }
    checked
}

/// The native `__new__` inside the checking form [`share_new`] put in a type's dict (`v`
/// itself for any other value).
#[inline]
pub fn raw_new(v: Value) -> Value {
    if let Some(Kind::Native(f)) = v.kind()
        && f.name == "__new__"
        && let Some(Value::Obj(pair)) = &f.self_
        && let Kind::Tuple(pair) = pair.kind()
        && let [Value::Obj(holder), raw] = &pair[..]
        && holder.as_type().is_some()
    {
        return raw.clone();
    }
    v
}

fn new_wrapper(th: &mut Thread<'_>, a: crate::Args<'_>) -> PyResult<Value> {
    let (Some(Kind::Tuple(pair)), args) = (a.pos[0].kind(), &a.pos[1..]) else {
        return Err(PyErr::system_error("__new__ wrapper"));
    };
    let (Some(Value::Obj(ty)), Some(new)) = (pair.first(), pair.get(1)) else {
        return Err(PyErr::system_error("__new__ wrapper"));
    };
    let name = ops::type_name_of_type(ty);
    let Some(sub) = args.first() else {
        return Err(PyErr::type_error(format!(
            "{name}.__new__(): not enough arguments"
        )));
    };
    let Some(sub_t) = sub.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(PyErr::type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            ops::type_name(th, sub)
        )));
    };
    let sub_name = ops::type_name_of_type(sub_t);
    if !ops::is_subtype(sub_t, ty) {
        return Err(PyErr::type_error(format!(
            "{name}.__new__({sub_name}): {sub_name} is not a subtype of {name}"
        )));
    }
    if let Some(base) = unsafe_new_base(sub_t, new) {
        let base_name = ops::type_name_of_type(&base);
        return Err(PyErr::type_error(format!(
            "{name}.__new__({sub_name}) is not safe, use {base_name}.__new__()"
        )));
    }
    th.call(
        new,
        crate::Args {
            pos: args,
            kwnames: a.kwnames,
            kwvals: a.kwvals,
        },
    )
}

/// CPython's "is not safe" check for `X.__new__(sub)`: the nearest class on `sub`'s first-base
/// chain whose `__new__` is not written in Python must use this native `new`; returns that
/// class when it does not (`object.__new__(int)` would skip int's own).
pub fn unsafe_new_base(sub: &Obj, new: &Value) -> Option<Obj> {
    let mut t = sub.clone();
    loop {
        let f = raw_new(ops::lookup_type_attr(&t, "__new__")?);
        if matches!(f.kind(), Some(Kind::Native(_))) {
            return (!f.is(new)).then_some(t);
        }
        let base = t.as_type()?.bases.borrow().first()?.clone();
        t = base;
    }
}

/// `Class.name = value` / `del Class.name`.
pub fn type_setattr(
    th: &Thread<'_>,
    cls: &Obj,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let t = cls.as_type().expect("a type object");
    if name.as_str() == Some("__bases__") {
        return crate::classes::set_bases(th, cls, value);
    }
    if t.builtin.is_some() {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str().unwrap_or(""),
            t.name
        )));
    }
    let n = name.as_str().unwrap_or("");
    if let Some(r) = check_special_type_attr(th, cls, t, n, value.as_ref()) {
        return r;
    }
    if n == "__qualname__"
        && let Some(q) = value.as_ref().and_then(Value::as_str)
    {
        *t.qualname_cell.borrow_mut() = q.to_string().into();
        return Ok(());
    }
    let mut d = t.dict.borrow_mut();
    match value {
        Some(v) => {
            d.set_str_value(name, v);
        }
        None => {
            let n = name.as_str().unwrap_or("");
            if d.remove_str(n).is_none() {
                return Err(attr_error(format!(
                    "type object '{}' has no attribute '{n}'",
                    t.name
                )));
            }
        }
    }
    Ok(())
}

/// CPython's checks on assigning or deleting the attributes a class keeps in its type
/// struct (`type_getsets`/`type_members`); `None` lets the store go on to the class dict.
fn check_special_type_attr(
    th: &Thread<'_>,
    cls: &Obj,
    t: &isles_object::TypeObj,
    n: &str,
    value: Option<&Value>,
) -> Option<PyResult<()>> {
    if is_readonly_member("type", n) {
        return Some(Err(readonly_message("type", n)));
    }
    if matches!(n, "__dict__" | "__text_signature__") {
        return Some(Err(readonly_message("type", n)));
    }
    if !matches!(n, "__name__" | "__qualname__" | "__module__" | "__doc__") {
        return None;
    }
    let Some(v) = value else {
        let shown = match t.dict.borrow().get_str("__name__") {
            Some(v) if v.as_str().is_some() => v.as_str().unwrap_or_default().to_string(),
            _ => t.name.to_string(),
        };
        return Some(Err(PyErr::type_error(format!(
            "cannot delete '{n}' attribute of immutable type '{shown}'"
        ))));
    };
    if matches!(n, "__name__" | "__qualname__") {
        let Some(s) = v.as_str() else {
            return Some(Err(PyErr::type_error(format!(
                "can only assign string to {}.{n}, not '{}'",
                ops::type_name_of_type(cls),
                ops::type_name(th, v)
            ))));
        };
        if n == "__name__" && s.contains('\0') {
            return Some(Err(PyErr::value_error(
                "type name must not contain null characters",
            )));
        }
    }
    None
}

/// `name` in the dict of a class on the MRO of `cls` after `start` (none when `start` is not
/// on it): hashed probes, no copy of the MRO.
fn super_find(cls: &Obj, start: &Obj, name: &Value) -> Option<Value> {
    let (n, h) = ops::str_and_hash(name);
    let rest = cls.as_type().map(|t| t.mro.borrow());
    let rest = rest.as_deref().map_or(&[][..], Vec::as_slice);
    let mut after = std::iter::once(cls)
        .chain(rest)
        .skip_while(|t| !t.is(start));
    after.next()?;
    after.find_map(|t| {
        t.as_type()?
            .dict
            .borrow()
            .get(h, |k| k.as_str() == Some(n))
            .cloned()
    })
}

/// `super().name`: the MRO of the instance's class, after `start`.
pub fn super_getattr(
    th: &mut Thread<'_>,
    start: &Obj,
    obj: &Value,
    name: &Value,
) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    if n == "__class__" {
        return Ok(Value::Obj(th.st.types.super_.clone()));
    }
    // An unbound super searches no MRO.
    if obj.is_none() {
        return match n {
            "__thisclass__" => Ok(Value::Obj(start.clone())),
            "__self__" | "__self_class__" => Ok(Value::None),
            _ => Err(attr_error(format!("'super' object has no attribute '{n}'"))),
        };
    }
    // super(C, cls) in a classmethod walks cls's own MRO; otherwise (instances, and classes
    // seen from their metaclass's methods) the MRO of the object's type.
    let type_case = matches!(obj.kind(), Some(Kind::Type(_)))
        && obj.as_obj().is_some_and(|o| ops::is_subtype(o, start));
    let cls = if type_case {
        obj.as_obj().expect("type").clone()
    } else {
        ops::type_of(th, obj)
    };
    if let Some(v) = super_find(&cls, start, name) {
        if type_case {
            return match v.kind() {
                Some(Kind::ClassMethod(f)) => {
                    Ok(Value::Obj(Obj::new(Kind::Method(obj.clone(), f.clone()))))
                }
                Some(Kind::StaticMethod(f)) => Ok(f.clone()),
                _ => Ok(v),
            };
        }
        return descr_get(th, v, obj);
    }
    let mro = isles_interp::mro_of(&cls);
    let after = mro
        .iter()
        .position(|t| t.is(start))
        .map_or(mro.len(), |i| i + 1);
    if let Some(f) = crate::builtin_dunders::find(th, &mro[after..], n) {
        // Unbound only when walking a class's own MRO (the classmethod case); a class seen
        // from its metaclass's methods is the instance the method binds to.
        return Ok(if type_case { f } else { ops::bind_to(obj, f) });
    }
    match n {
        "__thisclass__" => return Ok(Value::Obj(start.clone())),
        "__self__" => return Ok(obj.clone()),
        "__self_class__" => return Ok(Value::Obj(cls)),
        _ => {}
    }
    Err(attr_error(format!("'super' object has no attribute '{n}'")))
}

/// `super().name(...)` (`LoadMethod` on a super object) when `name` is a function or an
/// unbound native method on the MRO after `start` and `obj` is no class: that callable, to be
/// called with `obj` in front, with no bound method made. `None`: [`super_getattr`] decides.
pub fn super_method(th: &Thread<'_>, start: &Obj, obj: &Value, name: &Value) -> Option<Value> {
    if matches!(obj.kind(), Some(Kind::Type(_))) {
        return None;
    }
    let f = super_find(&ops::type_of(th, obj), start, name)?;
    let plain = match f.kind() {
        Some(Kind::Function(_)) => true,
        Some(Kind::Native(nf)) => nf.owner.is_some() && nf.self_.is_none(),
        _ => false,
    };
    plain.then_some(f)
}

/// `super()` / `super(cls, obj)`: the zero-argument form reads the calling frame's
/// `__class__` cell and first argument.
pub fn super_new(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let args = &a.pos[1..];
    let (start, obj) = match args.len() {
        0 => th.super_context()?,
        2 => match args[0].as_obj() {
            Some(o) if o.as_type().is_some() => (o.clone(), args[1].clone()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    ops::type_name(th, &args[0])
                )));
            }
        },
        _ => return Err(PyErr::type_error("super() takes 0 or 2 arguments")),
    };
    super_check(th, &start, &obj)?;
    Ok(Value::Obj(Obj::new(Kind::Super { start, obj })))
}

/// CPython's `supercheck`: `obj` must be an instance of `start` or a subclass of it (also
/// for the zero-argument form, whose first argument may be anything: `A.f(B())`).
pub(crate) fn super_check(th: &mut Thread<'_>, start: &Obj, obj: &Value) -> PyResult<()> {
    // None makes an unbound super, as CPython's `super_init`.
    let fits = obj.is_none()
        || match obj.as_obj() {
            Some(o) if o.as_type().is_some() => ops::is_subtype(o, start),
            _ => false,
        }
        || ops::is_instance(th, obj, start)
        // Last, what `obj.__class__` claims (proxies, mocks).
        || ops::getattr(th, obj, &Value::str("__class__"))
            .ok()
            .and_then(|c| c.as_obj().cloned())
            .is_some_and(|c| c.as_type().is_some() && ops::is_subtype(&c, start));
    if !fits {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(())
}
