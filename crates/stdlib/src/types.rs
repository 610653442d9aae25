//! The class machinery's builtins: `property`, `staticmethod`, `classmethod`, `super`,
//! `type(name, bases, ns)`, `issubclass`, `object.__init__`, `BaseException.__init__`.

use crate::methods::{self, install_classmethod, install_one};
use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{ExcKind, Kind, Obj, Property, PyErr, PyResult, Value};

/// Whether `cls` (or a base other than `object`) defines `name` itself: the test of
/// CPython's `object_init`/`object_new` for which extra arguments they accept.
pub(crate) fn overrides_object(cls: &Obj, name: &str) -> bool {
    ops::lookup_type_attr(cls, name)
        .is_some_and(|f| !matches!(f.kind(), Some(Kind::Native(n)) if n.owner == Some("object")))
}

pub(crate) fn builtins_set(th: &Thread<'_>, name: &str, v: Value) {
    if let Some(d) = th.st.module_dict(&th.st.builtins)
        && let Kind::Dict(d) = d.kind()
    {
        d.borrow_mut().set_str(name, v);
    }
}

pub fn install(th: &mut Thread<'_>) {
    let t = &th.st.types;
    let news: &[(&Obj, &'static str, NativeFn)] = &[
        (&t.property, "property", new_property),
        (&t.staticmethod, "staticmethod", new_staticmethod),
        (&t.classmethod, "classmethod", new_classmethod),
        (&t.super_, "super", isles_ceval::attrs::super_new),
        (&t.type_, "type", new_type),
    ];
    for (ty, owner, f) in news {
        install_one(ty, owner, "__new__", *f);
        builtins_set(th, owner, Value::Obj((*ty).clone()));
    }
    install_one(&t.module, "module", "__new__", new_module_obj);
    methods::install(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
        ],
    );
    methods::install(
        &t.type_,
        "type",
        &[
            ("__init__", type_init),
            ("__call__", type_call),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
        ],
    );
    install_classmethod(
        &t.object,
        "object",
        "__init_subclass__",
        object_init_subclass,
    );
    install_classmethod(&t.type_, "type", "__prepare__", type_prepare);
    methods::install(
        t.exc(ExcKind::BaseException),
        "BaseException",
        &[
            ("__init__", exception_init),
            ("__reduce__", exception_reduce),
            ("__setstate__", exception_setstate),
            ("add_note", exception_add_note),
            ("with_traceback", exception_with_traceback),
        ],
    );
    let own_inits: &[(ExcKind, &'static str, NativeFn)] = &[
        (ExcKind::ImportError, "ImportError", import_error_init),
        (ExcKind::NameError, "NameError", name_error_init),
        (
            ExcKind::AttributeError,
            "AttributeError",
            attribute_error_init,
        ),
        (ExcKind::StopIteration, "StopIteration", exception_init),
        (ExcKind::SystemExit, "SystemExit", exception_init),
    ];
    for (kind, owner, f) in own_inits {
        install_one(t.exc(*kind), owner, "__init__", *f);
    }
    let beg = t.exc(ExcKind::BaseExceptionGroup);
    install_one(
        beg,
        "BaseExceptionGroup",
        "__new__",
        isles_ceval::excgroup::new_group,
    );
    methods::install(
        beg,
        "BaseExceptionGroup",
        &[
            ("derive", group_derive),
            ("split", group_split),
            ("subgroup", group_subgroup),
        ],
    );
    methods::install(
        &t.property,
        "property",
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    builtins_set(th, "NotImplemented", th.st.not_implemented.clone());
    builtins_set(th, "Ellipsis", th.st.ellipsis.clone());
}

/// `types.ModuleType(name, doc=None)`: a fresh, empty module.
fn new_module_obj(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("module", &["name", "doc"])?;
    let name = a.pos.get(1).or(a.kw("name"));
    let Some(name) = name else {
        return Err(PyErr::type_error(
            "module() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(n) = name.as_str() else {
        return Err(PyErr::type_error(format!(
            "module() argument 'name' must be str, not {}",
            type_name(th, name)
        )));
    };
    let m = isles_interp::new_module(n);
    if let Some(doc) = a.pos.get(2).or(a.kw("doc"))
        && let Some(d) = th.st.module_dict(&m)
        && let Kind::Dict(d) = d.kind()
    {
        d.borrow_mut().set_str("__doc__", doc.clone());
    }
    Ok(Value::Obj(m))
}

/// A property's docstring when none is given: its getter's `__doc__` (CPython's
/// `property.__init__`).
fn getter_doc(th: &mut Thread<'_>, fget: &Value) -> Value {
    if fget.is_none() {
        return Value::None;
    }
    ops::getattr(th, fget, &th.intern("__doc__")).unwrap_or(Value::None)
}

fn new_property(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("property", &["fget", "fset", "fdel", "doc"])?;
    let arg = |i: usize, kw: &str| {
        a.pos
            .get(i + 1)
            .or(a.kw(kw))
            .cloned()
            .unwrap_or(Value::None)
    };
    let (fget, mut doc) = (arg(0, "fget"), arg(3, "doc"));
    if doc.is_none() {
        doc = getter_doc(th, &fget);
    }
    Ok(property(fget, arg(1, "fset"), arg(2, "fdel"), doc))
}

pub(crate) fn property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::Obj(Obj::new(Kind::Property(Box::new(Property {
        fget,
        fset,
        fdel,
        doc,
    }))))
}

/// `prop.setter(f)` and friends: a copy of the property with one accessor replaced.
fn property_with(th: &mut Thread<'_>, a: Args<'_>, which: usize) -> PyResult<Value> {
    a.check_count("property accessor", 2, 2)?;
    let Some(Kind::Property(p)) = a.pos[0].kind() else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = a.pos[1].clone();
    let [g, s, d] = parts;
    // A docstring taken from the old getter follows a new getter.
    let mut doc = p.doc.clone();
    if which == 0 {
        let old_doc = getter_doc(th, &p.fget);
        if doc.is_none() || ops::eq(th, &doc, &old_doc)? {
            doc = getter_doc(th, &g);
        }
    }
    Ok(property(g, s, d, doc))
}

/// `prop.__get__(obj, type=None)`, `prop.__set__(obj, value)`, `prop.__delete__(obj)`
/// called directly: the accessor, or CPython's "has no getter/setter/deleter" error.
fn property_call(
    th: &mut Thread<'_>,
    a: &Args<'_>,
    which: usize,
    args: &[Value],
) -> PyResult<Value> {
    let Some(Kind::Property(p)) = a.pos[0].kind() else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let f = [&p.fget, &p.fset, &p.fdel][which].clone();
    if f.is_none() {
        // CPython names the property by its `__set_name__` name; a getter function's name
        // is the usual one.
        let name = match p.fget.kind() {
            Some(Kind::Function(g)) => format!(" '{}'", g.name.borrow().as_str().unwrap_or("")),
            _ => String::new(),
        };
        let what = ["getter", "setter", "deleter"][which];
        return Err(PyErr::new(
            isles_object::ExcKind::AttributeError,
            format!(
                "property{name} of '{}' object has no {what}",
                type_name(th, &args[0])
            ),
        ));
    }
    th.call(&f, Args::positional(args))
}

fn property_get(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("__get__")?;
    match a.pos.len() {
        1 => Err(PyErr::type_error(" expected at least 1 argument, got 0")),
        2 | 3 if a.pos[1].is_none() => {
            if a.pos.get(2).is_none_or(Value::is_none) {
                return Err(PyErr::type_error("__get__(None, None) is invalid"));
            }
            Ok(a.pos[0].clone())
        }
        2 | 3 => property_call(th, &a, 0, &a.pos[1..2]),
        n => Err(PyErr::type_error(format!(
            " expected at most 2 arguments, got {}",
            n - 1
        ))),
    }
}

fn property_set(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("__set__")?;
    if a.pos.len() != 3 {
        return Err(PyErr::type_error(format!(
            " expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    property_call(th, &a, 1, &a.pos[1..3]).map(|_| Value::None)
}

fn property_delete(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__delete__", 2, 2)?;
    property_call(th, &a, 2, &a.pos[1..2]).map(|_| Value::None)
}

fn property_getter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    property_with(th, a, 0)
}

fn property_setter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    property_with(th, a, 1)
}

fn property_deleter(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    property_with(th, a, 2)
}

fn wrap_callable(a: &Args<'_>, name: &str) -> PyResult<Value> {
    a.no_kwargs(name)?;
    match a.pos.len() {
        2 => Ok(a.pos[1].clone()),
        n => Err(PyErr::type_error(format!(
            "{name} expected 1 argument, got {}",
            n.saturating_sub(1)
        ))),
    }
}

fn new_staticmethod(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let f = wrap_callable(&a, "staticmethod")?;
    Ok(Value::Obj(Obj::new(Kind::StaticMethod(f))))
}

fn new_classmethod(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let f = wrap_callable(&a, "classmethod")?;
    Ok(Value::Obj(Obj::new(Kind::ClassMethod(f))))
}

fn new_type(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match a.pos.len() {
        2 => Ok(Value::Obj(ops::type_of(th, &a.pos[1]))),
        4 => {
            let bases = match a.pos[2].kind() {
                Some(Kind::Tuple(t)) => t.to_vec(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "type.__new__() argument 2 must be tuple, not {}",
                        type_name(th, &a.pos[2])
                    )));
                }
            };
            if !matches!(a.pos[3].kind(), Some(Kind::Dict(_))) {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    type_name(th, &a.pos[3])
                )));
            }
            let meta = match a.pos[0].as_obj() {
                Some(m) if m.as_type().is_some() => m.clone(),
                _ => th.st.types.type_.clone(),
            };
            let kw = isles_ceval::classes::ClassKw {
                names: a.kwnames.to_vec(),
                vals: a.kwvals.to_vec(),
            };
            // `type(name, bases, ns)` with a base of another metaclass builds through it.
            let winner = isles_ceval::classes::calculate_meta(th, &meta, &bases)?;
            if meta.is(&th.st.types.type_) && !winner.is(&meta) {
                return th.call(
                    &Value::Obj(winner),
                    Args {
                        pos: &a.pos[1..],
                        ..a
                    },
                );
            }
            isles_ceval::classes::new_class_full(th, &meta, &a.pos[1], &bases, &a.pos[3], &kw)
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

fn object_getattribute(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__getattribute__", 2, 2)?;
    let Some(n) = a.pos[1].as_str() else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(th, &a.pos[1])
        )));
    };
    // An instance of a subclass of a builtin type (`class T(tuple)`) takes the generic lookup
    // too: `ops::getattr` would call the subclass's own `__getattribute__` again.
    match a.pos[0].kind() {
        Some(Kind::Instance(_) | Kind::Exception(_)) => {
            isles_ceval::attrs::generic_getattr(th, &a.pos[0], n)
        }
        _ if a.pos[0].is_sub() => isles_ceval::attrs::generic_getattr(th, &a.pos[0], n),
        _ => ops::getattr(th, &a.pos[0], &a.pos[1]),
    }
}

fn object_setattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__setattr__", 3, 3)?;
    match a.pos[0].kind() {
        Some(Kind::Instance(_) | Kind::Exception(_)) => {
            isles_ceval::attrs::generic_setattr(th, &a.pos[0], &a.pos[1], Some(a.pos[2].clone()))?
        }
        // CPython's hackcheck: a class is changed through `type.__setattr__`.
        Some(Kind::Type(_)) => {
            return Err(PyErr::type_error(
                "can't apply this __setattr__ to type object",
            ));
        }
        _ => ops::setattr(th, &a.pos[0], &a.pos[1], a.pos[2].clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__delattr__", 2, 2)?;
    if a.pos[0].as_obj().is_some_and(|o| o.as_type().is_some()) {
        return Err(PyErr::type_error(
            "can't apply this __delattr__ to type object",
        ));
    }
    isles_ceval::attrs::generic_setattr(th, &a.pos[0], &a.pos[1], None)?;
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kwds)`: the empty namespace of a class body.
fn type_prepare(_th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(Obj::new(Kind::Dict(Box::new(
        std::cell::RefCell::new(isles_object::Dict::new()),
    )))))
}

/// The class `type.__setattr__`/`__delattr__` got as `self`.
fn class_arg<'a>(th: &Thread<'_>, a: &'a Args<'_>, name: &str) -> PyResult<&'a Obj> {
    match a.pos[0].as_obj() {
        Some(o) if o.as_type().is_some() => Ok(o),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            type_name(th, &a.pos[0])
        ))),
    }
}

/// `type.__setattr__(cls, name, value)`: the plain class store (what a metaclass's
/// `super().__setattr__` reaches, not its own hook again).
fn type_setattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__setattr__", 3, 3)?;
    let cls = class_arg(th, &a, "__setattr__")?;
    isles_ceval::attrs::type_setattr(th, cls, &a.pos[1], Some(a.pos[2].clone()))?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("__delattr__", 2, 2)?;
    let cls = class_arg(th, &a, "__delattr__")?;
    isles_ceval::attrs::type_setattr(th, cls, &a.pos[1], None)?;
    Ok(Value::None)
}

/// `type.__init__`: the class is complete after `type.__new__`; arguments were checked there.
fn type_init(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    match a.pos.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kwargs)`: what calling a class does (for a metaclass's
/// `super().__call__(...)`).
fn type_call(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(cls) = a
        .pos
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_type().is_some())
    else {
        return Err(PyErr::type_error(
            "descriptor '__call__' of 'type' object needs an argument",
        ));
    };
    let cls = cls.clone();
    isles_ceval::classes::type_call(
        th,
        &cls,
        Args {
            pos: &a.pos[1..],
            ..a
        },
    )
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        let name = a
            .pos
            .first()
            .map(|c| ops::type_name_of_type(&ops::type_of(th, c)));
        let cls_name = a
            .pos
            .first()
            .and_then(|c| c.as_obj())
            .and_then(|c| c.as_type().map(|t| t.name.to_string()))
            .or(name)
            .unwrap_or_default();
        return Err(PyErr::type_error(format!(
            "{cls_name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__init__(self)`: extra arguments are an error unless the class overrides
/// `__new__` but not `__init__` (CPython 3.11's `object_init`), so `super().__init__(x)`
/// from a class's own `__init__` fails as it does there.
fn object_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(this) = a.pos.first() else {
        return Err(PyErr::type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    };
    if a.pos.len() == 1 && a.kwnames.is_empty() {
        return Ok(Value::None);
    }
    let cls = ops::type_of(th, this);
    if overrides_object(&cls, "__init__") {
        return Err(PyErr::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if !overrides_object(&cls, "__new__") {
        return Err(PyErr::type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            ops::type_name_of_type(&cls)
        )));
    }
    Ok(Value::None)
}

/// `BaseException.__init__`: the arguments become `args`; keywords are refused.
fn exception_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if let Some(this) = a.pos.first()
        && !a.kwnames.is_empty()
    {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            ops::type_name(th, this)
        )));
    }
    exception_kw_init(a, "BaseException", &[])
}

/// `ImportError.__init__(*args, name=None, path=None)`: `msg` is the one argument (None
/// with any other count), so a subclass's `super().__init__(msg, name=..., path=...)` sets
/// all three, as CPython's `ImportError_init`.
fn import_error_init(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exception_kw_init(a, "ImportError", &["name", "path"])?;
    if let [this, rest @ ..] = a.pos
        && let Some(Kind::Exception(e)) = this.kind()
    {
        let msg = match rest {
            [m] => m.clone(),
            _ => Value::None,
        };
        e.dict.borrow_mut().set_str("msg", msg);
    }
    Ok(Value::None)
}

/// `NameError.__init__(*args, name=None)`.
fn name_error_init(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exception_kw_init(a, "NameError", &["name"])
}

/// `AttributeError.__init__(*args, name=None, obj=None)`.
fn attribute_error_init(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    exception_kw_init(a, "AttributeError", &["name", "obj"])
}

/// The `__init__` of an exception type whose only keywords are `fields`: the positional
/// arguments become `args`, each field the keyword's value or None (CPython's
/// `PyArg_ParseTupleAndKeywords` with "|$O...:<owner>" names the type that defines it).
fn exception_kw_init(a: Args<'_>, owner: &str, fields: &[&str]) -> PyResult<Value> {
    for k in a.kwnames {
        let k = k.as_str().unwrap_or("");
        if !fields.contains(&k) {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {owner}()"
            )));
        }
    }
    if let Some(Kind::Exception(e)) = a.pos.first().and_then(|v| v.kind()) {
        *e.args.borrow_mut() = Value::tuple(a.pos[1..].to_vec());
        let mut d = e.dict.borrow_mut();
        for field in fields {
            let v = a.kw(field).cloned().unwrap_or(Value::None);
            d.set_str(field, v);
        }
    }
    Ok(Value::None)
}

/// `BaseException.add_note(note)` (3.11): appends to `__notes__`, which tracebacks print
/// after the message.
fn exception_add_note(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseException.add_note", 2, 2)?;
    let (exc, note) = (&a.pos[0], &a.pos[1]);
    if note.as_str().is_none() {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            ops::type_name(th, note)
        )));
    }
    let name = th.intern("__notes__");
    let notes = match ops::getattr(th, exc, &name) {
        Ok(n) => n,
        Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => {
            let l = Value::Obj(Obj::new(Kind::List(std::cell::RefCell::new(Vec::new()))));
            ops::setattr(th, exc, &name, l.clone())?;
            l
        }
        Err(e) => return Err(e),
    };
    match notes.kind() {
        Some(Kind::List(l)) => l.borrow_mut().push(note.clone()),
        _ => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ));
        }
    }
    Ok(Value::None)
}

/// `BaseException.__reduce__()`: `(type(e), e.args)`, with the attribute dict third when it
/// holds anything, so `copy.copy` and pickle rebuild exceptions through their class. An
/// OSError with a file name gives it (and `filename2`) back in the arguments, and an
/// ImportError its `name`/`path` in the state, as CPython's own `__reduce__`s.
fn exception_reduce(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseException.__reduce__", 1, 1)?;
    let exc = &a.pos[0];
    let Some(Kind::Exception(e)) = exc.kind() else {
        return Err(PyErr::type_error("__reduce__ of a non-exception"));
    };
    let cls = Value::Obj(ops::type_of(th, exc));
    let mut args = e.args.borrow().clone();
    let field = |th: &mut Thread<'_>, n: &str| {
        let n = th.intern(n);
        ops::getattr(th, exc, &n).unwrap_or(Value::None)
    };
    if ops::is_subtype(&e.class, th.st.types.exc(ExcKind::OSError))
        && let Some(Kind::Tuple(t)) = args.kind()
        && t.len() == 2
    {
        let (filename, filename2) = (field(th, "filename"), field(th, "filename2"));
        if !filename.is_none() {
            let mut v = t.to_vec();
            v.push(filename);
            if !filename2.is_none() {
                v.extend([Value::None, filename2]);
            }
            args = Value::tuple(v);
        }
    }
    let d = ops::getattr(th, exc, &th.intern("__dict__"))?;
    if ops::is_subtype(&e.class, th.st.types.exc(ExcKind::ImportError))
        && let Some(Kind::Dict(dd)) = d.kind()
    {
        for n in ["name", "path"] {
            let v = field(th, n);
            if !v.is_none() {
                dd.borrow_mut().set_str(n, v);
            }
        }
    }
    let mut items = vec![cls, args];
    if matches!(d.kind(), Some(Kind::Dict(dd)) if !dd.borrow().is_empty()) {
        items.push(d);
    }
    Ok(Value::tuple(items))
}

/// `BaseException.__setstate__(state)`: sets each item of a state dict as an attribute.
fn exception_setstate(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseException.__setstate__", 2, 2)?;
    let (exc, state) = (&a.pos[0], &a.pos[1]);
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Kind::Dict(d)) = state.kind() else {
        return Err(PyErr::type_error("state is not a dictionary"));
    };
    let items = d.borrow().items();
    for (k, v) in items {
        ops::setattr(th, exc, &k, v)?;
    }
    Ok(Value::None)
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__` and returns the exception.
fn exception_with_traceback(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseException.with_traceback", 2, 2)?;
    if matches!(a.pos[0].kind(), Some(Kind::Exception(_))) {
        isles_ceval::attrs::set_exc_traceback(th, &a.pos[0], a.pos[1].clone())?;
    }
    Ok(a.pos[0].clone())
}

pub(crate) fn issubclass(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("issubclass", 2, 2)?;
    Ok(Value::bool(crate::builtins::is_subclass_of(
        th, &a.pos[0], &a.pos[1],
    )?))
}

/// `eg.derive(excs)`: a group like this one (same message) around other exceptions.
fn group_derive(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseExceptionGroup.derive", 2, 2)?;
    let msg = ops::getattr(th, &a.pos[0], &th.intern("message"))?;
    let cls = Value::Obj(th.st.types.exc(ExcKind::BaseExceptionGroup).clone());
    isles_ceval::excgroup::new_group(th, Args::positional(&[cls, msg, a.pos[1].clone()]))
}

/// `eg.split(cond)`: `(match, rest)`, each a group shaped like this one, or None.
fn group_split(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseExceptionGroup.split", 2, 2)?;
    let (m, r) = isles_ceval::excgroup::split(th, &a.pos[0], &a.pos[1], true)?;
    Ok(Value::tuple(vec![m, r]))
}

/// `eg.subgroup(cond)`: the matching part of `split`.
fn group_subgroup(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("BaseExceptionGroup.subgroup", 2, 2)?;
    Ok(isles_ceval::excgroup::split(th, &a.pos[0], &a.pos[1], false)?.0)
}
