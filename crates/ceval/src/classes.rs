//! Classes: `class` statements (`__build_class__`, metaclasses and `__prepare__`),
//! `type(name, bases, ns)`, the C3 method resolution order, `__slots__`, `__set_name__`,
//! `__init_subclass__`, and calling a class to make an instance.

use std::cell::{Cell, RefCell};

use isles_object::{
    Builtin, Dict, ExcKind, Kind, Obj, PyErr, PyResult, SlotMember, TypeObj, Value,
};

use crate::args::Args;
use crate::ops;
use crate::thread::Thread;

/// Keyword arguments passed along to a metaclass and `__init_subclass__`.
#[derive(Clone, Default)]
pub struct ClassKw {
    pub names: Vec<Value>,
    pub vals: Vec<Value>,
}

impl ClassKw {
    fn from_args(a: &Args<'_>, skip: &str) -> ClassKw {
        let mut kw = ClassKw::default();
        for (n, v) in a.kwnames.iter().zip(a.kwvals) {
            if n.as_str() != Some(skip) {
                kw.names.push(n.clone());
                kw.vals.push(v.clone());
            }
        }
        kw
    }

    fn args<'a>(&'a self, pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &self.names,
            kwvals: &self.vals,
        }
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = a.pos[0].clone();
    let name = a.pos[1].clone();
    let (bases, orig_bases) = crate::mro_entries::resolve_bases(th, a.pos[2..].to_vec())?;
    let kw = ClassKw::from_args(&a, "metaclass");
    let explicit = a.kw("metaclass").cloned();
    let mut meta = match &explicit {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => Value::Obj(ops::type_of(th, b)),
            None => Value::Obj(th.st.types.type_.clone()),
        },
    };
    if let Some(m) = meta.as_obj().filter(|m| m.as_type().is_some()) {
        meta = Value::Obj(calculate_meta(th, m, &bases)?);
    }
    // `type.__prepare__` makes the plain dict made below.
    let ns = match meta
        .as_obj()
        .filter(|m| m.as_type().is_some())
        .and_then(|m| ops::lookup_type_attr(m, "__prepare__"))
        .filter(|p| !matches!(p.kind(), Some(Kind::ClassMethod(f)) if matches!(f.kind(), Some(Kind::Native(n)) if n.owner == Some("type"))))
    {
        Some(_) => {
            let prepare = ops::getattr(th, &meta, &th.intern("__prepare__"))?;
            let pos = [name.clone(), Value::tuple(bases.clone())];
            let ns = th.call(&prepare, kw.args(&pos))?;
            if !matches!(ns.kind(), Some(Kind::Dict(_))) {
                return Err(PyErr::type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    ops::type_name_of_type(meta.as_obj().expect("type")),
                    ops::type_name(th, &ns)
                )));
            }
            ns
        }
        None => Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new()))))),
    };
    if let (Some(orig), Some(Kind::Dict(d))) = (orig_bases, ns.kind()) {
        d.borrow_mut().set_str("__orig_bases__", orig);
    }
    th.call_with_locals(&func, ns.as_obj().expect("dict"))?;
    match meta.as_obj() {
        Some(m) if m.is(&th.st.types.type_) => {
            let m = m.clone();
            new_class_full(th, &m, &name, &bases, &ns, &kw)
        }
        _ => {
            let pos = [name, Value::tuple(bases), ns];
            th.call(&meta, kw.args(&pos))
        }
    }
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`).
pub fn calculate_meta(th: &Thread<'_>, meta: &Obj, bases: &[Value]) -> PyResult<Obj> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = ops::type_of(th, b);
        if ops::is_subtype(&winner, &bt) {
            continue;
        }
        if ops::is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Creates a class object: `type(name, bases, ns)`.
pub fn new_class(
    th: &mut Thread<'_>,
    name: &Value,
    bases: &[Value],
    ns: &Value,
) -> PyResult<Value> {
    let meta = th.st.types.type_.clone();
    new_class_full(th, &meta, name, bases, ns, &ClassKw::default())
}

/// The names listed in `__slots__` (a string or an iterable of strings).
fn slot_names(th: &mut Thread<'_>, slots: &Value) -> PyResult<Vec<String>> {
    let items = match slots.as_str() {
        Some(_) => vec![slots.clone()],
        None => ops::iterate(th, slots)?,
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match it.as_str() {
            Some(s) if !isles_object::pynum::is_identifier(s) => {
                return Err(PyErr::type_error("__slots__ must be identifiers"));
            }
            Some(s) => out.push(s.to_string()),
            None => {
                return Err(PyErr::type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    ops::type_name(th, &it)
                )));
            }
        }
    }
    Ok(out)
}

/// CPython's checks on `__dict__` and `__weakref__` in `__slots__`: each at most once, and
/// only where the bases do not already give instances one.
fn check_special_slots(bases: &[Obj], names: &[String], base_has_dict: bool) -> PyResult<()> {
    let count = |n: &str| names.iter().filter(|s| *s == n).count();
    if count("__dict__") > usize::from(!base_has_dict) {
        return Err(PyErr::type_error(
            "__dict__ slot disallowed: we already got one",
        ));
    }
    let base_weak = bases.iter().any(|b| crate::attrs::layout(b).3);
    if count("__weakref__") > usize::from(!base_weak) {
        return Err(PyErr::type_error(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
        ));
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
pub fn new_class_full(
    th: &mut Thread<'_>,
    meta: &Obj,
    name: &Value,
    bases: &[Value],
    ns: &Value,
    kw: &ClassKw,
) -> PyResult<Value> {
    let Some(name) = name.as_str() else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            ops::type_name(th, name)
        )));
    };
    let meta = calculate_meta(th, meta, bases)?;
    let mut base_objs = Vec::with_capacity(bases.len());
    for b in bases {
        match b.as_obj() {
            Some(o) if o.as_type().is_some() => {
                let bt = o.as_type().expect("type");
                if let Some(k) = bt.builtin
                    && !matches!(k, Builtin::Object | Builtin::BaseException | Builtin::Type)
                    && !crate::subclass::subclassable_type(bt)
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
                            | Builtin::Iterator
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
    if let Some(dup) = base_objs
        .iter()
        .enumerate()
        .find_map(|(i, b)| base_objs[..i].iter().any(|o| o.is(b)).then_some(b))
    {
        return Err(PyErr::type_error(format!(
            "duplicate base class {}",
            ops::type_name_of_type(dup)
        )));
    }
    let mro = c3_mro(&base_objs).ok_or_else(|| mro_error(&base_objs))?;
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
    check_layouts(&base_objs)?;
    // Instance layout: the slots of the bases, then this class's own.
    let base_slots = base_objs
        .iter()
        .filter_map(|b| b.as_type().map(|t| t.slot_count))
        .max()
        .unwrap_or(0);
    let base_has_dict = base_objs.iter().any(|b| {
        b.as_type()
            .is_some_and(|t| t.has_dict || t.exc_kind.is_some())
    });
    let (slot_count, has_dict) = match dict.get_str("__slots__").cloned() {
        None => (base_slots, true),
        Some(slots) => {
            // Private names in `__slots__` are mangled like the attribute accesses to them.
            let names: Vec<String> = slot_names(th, &slots)?
                .into_iter()
                .map(|s| isles_compiler::mangle(Some(name), &s).into_owned())
                .collect();
            crate::subclass::check_slots(&mro, &names)?;
            let mut has_dict = base_has_dict;
            let mut n = base_slots;
            check_special_slots(&base_objs, &names, base_has_dict)?;
            // Checked against the namespace as written: a repeated name is no conflict.
            if let Some(s) = names
                .iter()
                .find(|s| *s != "__dict__" && *s != "__weakref__" && dict.get_str(s).is_some())
            {
                return Err(PyErr::value_error(format!(
                    "'{s}' in __slots__ conflicts with class variable"
                )));
            }
            for s in names {
                if s == "__dict__" {
                    has_dict = true;
                    continue;
                }
                if s == "__weakref__" {
                    continue;
                }
                let member = SlotMember {
                    name: s.clone(),
                    owner: name.to_string(),
                    index: n,
                };
                dict.set_str(&s, Value::Obj(Obj::new(Kind::Slot(Box::new(member)))));
                n += 1;
            }
            (n, has_dict)
        }
    };
    if dict.get_str("__doc__").is_none() {
        dict.set_str("__doc__", Value::None);
    }
    let exc_kind = mro
        .iter()
        .find_map(|t| t.as_type().and_then(|t| t.exc_kind));
    let metaclass = (!meta.is(&th.st.types.type_)).then_some(meta);
    let cls = Obj::new(Kind::Type(Box::new(TypeObj {
        name: name.to_string().into(),
        qualname_cell: std::cell::RefCell::new(qualname.into()),
        module: module.into(),
        bases: std::cell::RefCell::new(base_objs),
        mro: std::cell::RefCell::new(mro),
        dict: isles_object::TypeDict::new(dict, th.st.types.type_epoch.clone()),
        builtin: None,
        exc_kind,
        hooks: Default::default(),
        cache: Default::default(),
        metaclass,
        slot_count,
        has_dict,
        gc: Some(th.st.gc_hooks.clone()),
        inst: Default::default(),
        subclasses: Default::default(),
    })));
    if let Some(t) = cls.as_type() {
        for b in t.bases.borrow().iter().filter_map(Obj::as_type) {
            b.add_subclass(&cls);
        }
    }
    th.st.gc_track(&cls);
    if let Some(cell) = classcell
        && let Some(Kind::Cell(c)) = cell.kind()
    {
        *c.borrow_mut() = Value::Obj(cls.clone());
    }
    let cls_v = Value::Obj(cls.clone());
    set_names(th, &cls)?;
    init_subclass(th, &cls, kw)?;
    Ok(cls_v)
}

/// Calls `__set_name__(cls, name)` on the class attributes that define it.
fn set_names(th: &mut Thread<'_>, cls: &Obj) -> PyResult<()> {
    let Some(t) = cls.as_type() else {
        return Ok(());
    };
    let attrs: Vec<(Value, Value)> = t.dict.borrow().items();
    for (k, v) in attrs {
        if crate::dunder::user_class(&v).is_none() {
            continue;
        }
        if let Some(f) = crate::dunder::lookup(&v, "__set_name__")
            && let Err(e) =
                crate::dunder::call_method(th, &v, f, &[Value::Obj(cls.clone()), k.clone()])
        {
            // CPython 3.11 reports it as a RuntimeError caused by the error.
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                ops::type_name(th, &v),
                ops::repr(th, &k)?,
                t.name
            );
            return Err(crate::traceback::from_cause(
                th,
                e,
                ExcKind::RuntimeError,
                msg,
            ));
        }
    }
    Ok(())
}

/// `super().__init_subclass__(**kwds)` of the new class's nearest base that defines one.
fn init_subclass(th: &mut Thread<'_>, cls: &Obj, kw: &ClassKw) -> PyResult<()> {
    let Some(t) = cls.as_type() else {
        return Ok(());
    };
    let cls_v = Value::Obj(cls.clone());
    // A copy: the hook may assign `__bases__`.
    let mro = t.mro.borrow().clone();
    for base in mro.iter() {
        let hook = base
            .as_type()
            .and_then(|bt| bt.dict.borrow().get_str("__init_subclass__").cloned());
        if let Some(Kind::ClassMethod(f)) = hook.as_ref().and_then(|h| h.kind()) {
            let f = f.clone();
            th.call(&f, kw.args(std::slice::from_ref(&cls_v)))?;
            return Ok(());
        }
    }
    if !kw.names.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            t.name
        )));
    }
    Ok(())
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

/// Calling a class object: builtin value types through their native `__new__`, other
/// classes through [`call_class`]. A metaclass `__call__` was handled by the caller.
pub fn type_call(th: &mut Thread<'_>, cls: &Obj, args: Args<'_>) -> PyResult<Value> {
    // `type(None)()`, `type(...)()`: the singletons' types return the singleton.
    if let Some(k @ (Builtin::NoneType | Builtin::Ellipsis | Builtin::NotImplementedType)) =
        cls.as_type().and_then(|t| t.builtin)
    {
        if !args.pos.is_empty() || !args.kwnames.is_empty() {
            let name = match k {
                Builtin::NoneType => "NoneType",
                Builtin::Ellipsis => "EllipsisType",
                _ => "NotImplementedType",
            };
            return Err(PyErr::type_error(format!("{name} takes no arguments")));
        }
        return Ok(match k {
            Builtin::NoneType => Value::None,
            Builtin::Ellipsis => th.st.ellipsis.clone(),
            _ => th.st.not_implemented.clone(),
        });
    }
    // `super()`: the calling frame's class and first argument, with no `__new__` lookup.
    if let (Some(Builtin::Super), [], []) = (
        cls.as_type().and_then(|t| t.builtin),
        args.pos,
        args.kwnames,
    ) {
        let (start, obj) = th.super_context()?;
        crate::attrs::super_check(th, &start, &obj)?;
        return Ok(Value::Obj(Obj::new(Kind::Super { start, obj })));
    }
    // `str(i)` and `str(s)`: the builtin str type cannot be changed, so no `__new__` lookup.
    if let (Some(Builtin::Str), [v], []) = (
        cls.as_type().and_then(|t| t.builtin),
        args.pos,
        args.kwnames,
    ) {
        match v {
            Value::Int(i) => return Ok(Value::int_str(*i)),
            _ if v.plain_str().is_some() => return Ok(v.clone()),
            _ => {}
        }
    }
    let builtin_value_type = cls
        .as_type()
        .and_then(|t| t.builtin)
        .is_some_and(|b| !matches!(b, Builtin::Object | Builtin::BaseException));
    if !builtin_value_type {
        return call_class(th, cls, args);
    }
    let new = builtin_new(th, cls);
    match new {
        // `int(x)`, `str(x)`, `float(x)`: the class and up to two arguments in an array.
        Some(new)
            if matches!(new.kind(), Some(Kind::Native(_)))
                && args.pos.len() <= 2
                && args.kwnames.is_empty() =>
        {
            let mut pos: [Value; 3] = Default::default();
            pos[0] = Value::Obj(cls.clone());
            for (d, v) in pos[1..].iter_mut().zip(args.pos) {
                *d = v.clone();
            }
            th.call_builtin_new(&new, Args::positional(&pos[..=args.pos.len()]))
        }
        Some(new) if matches!(new.kind(), Some(Kind::Native(_))) => {
            let mut pos = Vec::with_capacity(args.pos.len() + 1);
            pos.push(Value::Obj(cls.clone()));
            pos.extend_from_slice(args.pos);
            th.call(
                &new,
                Args {
                    pos: &pos,
                    kwnames: args.kwnames,
                    kwvals: args.kwvals,
                },
            )
        }
        _ => Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            ops::type_name_of_type(cls)
        ))),
    }
}

/// The native `__new__` of the builtin class `cls` when calling the class is only calling it
/// with the class in front of the arguments (what [`type_call`] does for `reversed(t)`,
/// `list(x)`, `int(s)`), so that the caller may call it directly. `None` for the classes
/// `type_call` treats apart: the singletons' types, `super`, `str` (its quick cases),
/// `object` and the exceptions.
pub(crate) fn plain_builtin_new(th: &Thread<'_>, cls: &Obj) -> Option<crate::NativeFn> {
    match cls.as_type()?.builtin? {
        Builtin::NoneType
        | Builtin::Ellipsis
        | Builtin::NotImplementedType
        | Builtin::Super
        | Builtin::Str
        | Builtin::Object
        | Builtin::BaseException => None,
        _ => match builtin_new(th, cls)?.kind() {
            Some(Kind::Native(nf)) if nf.self_.is_none() => {
                nf.func.downcast_ref::<crate::NativeFn>().copied()
            }
            _ => None,
        },
    }
}

/// The `__new__` of the builtin type `cls`, remembered per type until any class changes.
fn builtin_new(th: &Thread<'_>, cls: &Obj) -> Option<Value> {
    let t = cls.as_type()?;
    let epoch = th.st.types.type_epoch.get();
    if t.inst.new_epoch.get() == epoch
        && let Some(f) = t.inst.new.borrow().upgrade()
    {
        return Some(Value::Obj(f));
    }
    let new = ops::lookup_type_attr_hashed(cls, crate::dunder::NEW.name, crate::dunder::NEW.hash)
        .map(crate::attrs::raw_new);
    if let Some(f) = new.as_ref().and_then(Value::as_obj) {
        let old = t.inst.new.replace(f.downgrade());
        t.inst.new_epoch.set(epoch);
        drop(old);
    }
    new
}

/// Calls a class (not a builtin value type): `__new__` then `__init__`.
pub fn call_class(th: &mut Thread<'_>, cls: &Obj, a: Args<'_>) -> PyResult<Value> {
    // A plain class seen before, no class changed since: no `__new__`/`__init__` lookups.
    match cls.as_type().and_then(cached_init) {
        Some(Some(init)) => {
            let obj = crate::gc::new_instance(th, cls);
            return init_instance(th, obj, Some(Value::Obj(init)), a);
        }
        Some(None) if a.pos.is_empty() && a.kwnames.is_empty() => {
            return Ok(crate::gc::new_instance(th, cls));
        }
        _ => {}
    }
    // An exception class seen before (`raise E(...)` in a loop): no lookups either.
    if let Some(init) = cls.as_type().and_then(cached_exc_init) {
        match init {
            Some(f) => {
                let obj = Value::Obj(ops::new_exception(cls, a.pos.to_vec()));
                return init_instance(th, obj, Some(Value::Obj(f)), a);
            }
            None if a.kwnames.is_empty() => {
                return Ok(Value::Obj(ops::new_exception(cls, a.pos.to_vec())));
            }
            None => {}
        }
    }
    let cls_v = Value::Obj(cls.clone());
    let new = ops::lookup_type_attr_hashed(cls, crate::dunder::NEW.name, crate::dunder::NEW.hash)
        .map(crate::attrs::raw_new);
    let init =
        ops::lookup_type_attr_hashed(cls, crate::dunder::INIT.name, crate::dunder::INIT.hash);
    let user_new = new.as_ref().is_some_and(is_user_function);
    // list, dict, set and bytearray subclasses are filled by the builtin `__init__`, and so
    // is a `collections.deque` (a class with a native payload).
    let user_init = init.as_ref().is_some_and(runs_init);
    // A native __new__ other than object's (type's, for metaclasses) makes the object.
    let native_new = new.as_ref().filter(|n| {
        matches!(n.kind(), Some(Kind::Native(f)) if f.owner.is_some_and(|o| o != "object" && o != "BaseException"))
    });
    let has_args = !a.pos.is_empty() || !a.kwnames.is_empty();
    let is_exc = cls.as_type().is_some_and(|t| t.exc_kind.is_some());
    if has_args && !user_new && !user_init && !is_exc && native_new.is_none() {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments",
            ops::type_name_of_type(cls)
        )));
    }
    // `__new__` gets the class in front of the arguments; a plain instance (object's
    // `__new__`, the common case) needs neither that copy nor the instance check below.
    let with_cls = |th: &mut Thread<'_>, f: &Value| {
        let mut with_cls = Vec::with_capacity(a.pos.len() + 1);
        with_cls.push(cls_v.clone());
        with_cls.extend_from_slice(a.pos);
        let with_cls_args = Args {
            pos: &with_cls,
            kwnames: a.kwnames,
            kwvals: a.kwvals,
        };
        th.call(f, with_cls_args)
    };
    let obj = match (&new, user_new) {
        (Some(n), true) => {
            let f = match n.kind() {
                Some(Kind::StaticMethod(f)) => f.clone(),
                _ => n.clone(),
            };
            with_cls(th, &f)?
        }
        _ if is_exc && native_new.is_none() => {
            remember_exc(th, cls, init.as_ref().filter(|_| user_init));
            crate::import::new_exception_kw(th, cls, &a, user_init)?
        }
        _ => match native_new {
            Some(n) => {
                let n = n.clone();
                with_cls(th, &n)?
            }
            None => {
                let init = init.filter(|_| user_init);
                remember_plain(cls, init.as_ref());
                let obj = crate::gc::new_instance(th, cls);
                return init_instance(th, obj, init, a);
            }
        },
    };
    if !ops::is_instance(th, &obj, cls) {
        return Ok(obj);
    }
    // `__new__` may return an instance of a subclass: its class's `__init__` runs.
    let ocls = ops::type_of(th, &obj);
    if !ocls.is(cls) {
        let init =
            ops::lookup_type_attr_hashed(&ocls, crate::dunder::INIT.name, crate::dunder::INIT.hash);
        return init_instance(th, obj, init.filter(runs_init), a);
    }
    // BaseException's `__init__` after a Python `__new__`: the call's arguments become `args`.
    if user_new
        && !user_init
        && let Some(Kind::Exception(e)) = obj.kind()
    {
        *e.args.borrow_mut() = Value::tuple(a.pos.to_vec());
    }
    init_instance(th, obj, init.filter(|_| user_init), a)
}

/// The `__init__` of a plain class that [`remember_plain`] recorded, while no class changed
/// since: `Some(Some(f))` for the Python function `f`, `Some(None)` for object's.
#[inline]
pub(crate) fn cached_init(t: &TypeObj) -> Option<Option<Obj>> {
    remembered(t, &t.inst.epoch, &t.inst.init)
}

/// The `__init__` in one of `t`'s remembered (epoch, init) pairs, while no class changed since
/// it was stored by [`remember_init`].
#[inline]
fn remembered(
    t: &TypeObj,
    epoch: &Cell<u64>,
    init: &RefCell<Option<isles_object::WeakObj>>,
) -> Option<Option<Obj>> {
    if epoch.get() != t.dict.epoch() {
        return None;
    }
    init.borrow().as_ref().map(isles_object::WeakObj::upgrade)
}

/// Stores `init` (a Python function, or the base's native `__init__` when `None`) in one of
/// `t`'s (epoch, init) pairs; any other `__init__` is not remembered.
fn remember_init(
    t: &TypeObj,
    epoch: &Cell<u64>,
    slot: &RefCell<Option<isles_object::WeakObj>>,
    init: Option<&Value>,
) {
    let weak = match init.map(|f| (f, f.kind())) {
        None => isles_object::WeakObj::default(),
        Some((Value::Obj(f), Some(Kind::Function(_)))) => f.downgrade(),
        Some(_) => return,
    };
    epoch.set(t.dict.epoch());
    *slot.borrow_mut() = Some(weak);
}

/// Remembers for [`call_class`] that `cls` makes its instances with object's `__new__` and
/// `init` (a Python function, or object's `__init__` when `None`), until a class changes.
fn remember_plain(cls: &Obj, init: Option<&Value>) {
    let Some(t) = cls.as_type() else {
        return;
    };
    remember_init(t, &t.inst.epoch, &t.inst.init, init);
}

/// The `__init__` [`remember_exc`] recorded for exception class `t`, while no class changed
/// since: `Some(Some(f))` for the Python function `f`, `Some(None)` for BaseException's.
#[inline]
fn cached_exc_init(t: &TypeObj) -> Option<Option<Obj>> {
    remembered(t, &t.inst.exc_epoch, &t.inst.exc_init)
}

/// Remembers for [`call_class`] that exception class `cls` (no Python `__new__`) makes its
/// instances with nothing but `args` and then runs `init` (a Python function, or
/// BaseException's `__init__` when `None`), until a class changes. The classes whose
/// instances get more fields (see `import::new_exception_kw`) are left out.
fn remember_exc(th: &Thread<'_>, cls: &Obj, init: Option<&Value>) {
    let Some(t) = cls.as_type() else {
        return;
    };
    let types = &th.st.types;
    let special = [
        ExcKind::OSError,
        ExcKind::SyntaxError,
        ExcKind::ImportError,
        ExcKind::NameError,
        ExcKind::AttributeError,
    ];
    if special.iter().any(|&k| ops::is_subtype(cls, types.exc(k))) {
        return;
    }
    remember_init(t, &t.inst.exc_epoch, &t.inst.exc_init, init);
}

/// Whether a class's `__init__` must be called: anything but a native (a Python function, a
/// callable object, a `functools.partial`, even None, whose call raises as CPython's does),
/// or the builtin one of list, dict, set and bytearray (which fills the new object).
fn runs_init(f: &Value) -> bool {
    is_user_function(f)
        || !matches!(f.kind(), Some(Kind::Native(_)))
        || matches!(f.kind(), Some(Kind::Native(n)) if n.owner.is_some_and(|o| crate::subclass::filled_by_init(o) || o == "deque"))
}

/// Runs `init` (the class's `__init__`, when it is not object's) on a new instance.
fn init_instance(
    th: &mut Thread<'_>,
    obj: Value,
    init: Option<Value>,
    a: Args<'_>,
) -> PyResult<Value> {
    if let Some(init) = init {
        let r = match init.kind() {
            Some(Kind::Function(_)) => th.call_with_self(&init, &obj, a)?,
            _ => {
                // Through the descriptor protocol: a callable object without `__get__` is
                // called without the instance, as CPython's slot lookup does.
                let bound = crate::attrs::descr_get(th, init, &obj)?;
                th.call(&bound, a)?
            }
        };
        if !r.is_none() {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                ops::type_name(th, &r)
            )));
        }
    }
    Ok(obj)
}

/// `C.__dict__` (a copy) with the entries CPython's `type.__new__` adds to a class: the
/// `__dict__` and `__weakref__` descriptors when the class introduces them, then `__doc__`
/// (None without a docstring).
pub fn namespace_view(cls: &Obj) -> Value {
    let Some(t) = cls.as_type() else {
        return Value::None;
    };
    // A builtin type shows the checking `__new__` that `C.__new__` gives.
    let own_new = t
        .builtin
        .and_then(|_| t.dict.borrow().get_str("__new__").cloned());
    if let Some(new) = own_new
        && let Some(Kind::Native(f)) = new.kind()
        && f.self_.is_none()
        && f.owner.is_some_and(|o| o != "object")
    {
        crate::attrs::share_new(cls, new.clone(), f.owner);
    }
    let mut d = t.dict.borrow().clone();
    if t.builtin.is_none() {
        let (adds_dict, adds_weakref) = introduced_slots(t);
        let member = |name: &str| {
            Value::Obj(Obj::new(Kind::Slot(Box::new(SlotMember {
                name: name.to_string(),
                owner: t.name.to_string(),
                index: usize::MAX,
            }))))
        };
        let extras: Vec<&str> = [(adds_dict, "__dict__"), (adds_weakref, "__weakref__")]
            .into_iter()
            .filter(|(adds, name)| *adds && d.get_str(name).is_none())
            .map(|(_, name)| name)
            .collect();
        // Without a docstring, `type.__new__` put `__doc__` after the class body: the
        // descriptors go just before it, ahead of attributes set on the class later.
        if !extras.is_empty() && d.get_str("__doc__").is_some_and(Value::is_none) {
            let mut ordered = isles_object::Dict::new();
            for e in d.iter() {
                if e.key.as_str() == Some("__doc__") {
                    for name in &extras {
                        ordered.set_str(name, member(name));
                    }
                }
                ordered.insert(e.hash, e.key.clone(), e.value.clone(), |_| false);
            }
            d = ordered;
        } else {
            for name in extras {
                d.set_str(name, member(name));
            }
        }
        if d.get_str("__doc__").is_none() {
            d.set_str("__doc__", Value::None);
        }
    }
    Value::Obj(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(d)))))
}

/// Whether a class adds `__dict__` and `__weakref__` to what its bases' instances have.
pub(crate) fn introduced_slots(t: &isles_object::TypeObj) -> (bool, bool) {
    if let Some(slots) = t.dict.borrow().get_str("__slots__") {
        let names: Vec<String> = match slots.kind() {
            Some(Kind::Str(s)) => vec![s.as_str().to_string()],
            Some(Kind::Tuple(items)) => items
                .iter()
                .filter_map(|v| v.as_str())
                .map(str::to_string)
                .collect(),
            Some(Kind::List(items)) => items
                .borrow()
                .iter()
                .filter_map(|v| v.as_str())
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let has = |n: &str| names.iter().any(|x| x == n);
        return (has("__dict__"), has("__weakref__"));
    }
    let (mut dict, mut weak, mut var_sized) = (false, false, false);
    for b in t
        .mro
        .borrow()
        .iter()
        .filter_map(|b| b.as_type())
        .filter(|b| !std::ptr::eq(*b, t))
    {
        match b.builtin {
            Some(Builtin::Type | Builtin::Module | Builtin::Function) => {
                (dict, weak) = (true, true)
            }
            Some(Builtin::Int | Builtin::Bool | Builtin::Tuple | Builtin::Bytes | Builtin::Str) => {
                var_sized = true
            }
            Some(_) => dict |= b.exc_kind.is_some(),
            None => {
                let (d, w) = match b.dict.borrow().get_str("__slots__") {
                    Some(_) => (b.has_dict, introduced_slots(b).1),
                    None => (true, true),
                };
                dict |= d;
                weak |= w;
            }
        }
    }
    (!dict, !weak && !var_sized)
}

/// CPython's `best_base` check: bases whose instances carry different builtin payloads
/// (`class X(int, str)`) or unrelated `__slots__` layouts cannot be combined.
fn check_layouts(bases: &[Obj]) -> PyResult<()> {
    let slotted: Vec<&Obj> = bases
        .iter()
        .filter(|b| b.as_type().is_some_and(|t| t.slot_count > 0))
        .collect();
    let slot_conflict = slotted.iter().any(|a| {
        slotted
            .iter()
            .any(|b| !ops::is_subtype(a, b) && !ops::is_subtype(b, a))
    });
    if slot_conflict || crate::subclass::layout_conflict(bases) {
        return Err(PyErr::type_error(
            "multiple bases have instance lay-out conflict",
        ));
    }
    Ok(())
}

/// The base that decides the instance layout of a class with these bases (CPython's
/// `tp_base`): the first one whose instances carry a builtin payload or `__slots__` values,
/// else the first.
fn layout_base(bases: &[Obj]) -> Option<Obj> {
    bases
        .iter()
        .find(|b| {
            b.as_type()
                .is_some_and(|t| t.slot_count > 0 || crate::subclass::payload_of(b).is_some())
        })
        .or_else(|| bases.first())
        .cloned()
}

/// `C.__bases__ = value` (CPython's `type_set_bases`): the new bases are checked as CPython
/// checks them, then `cls` and every class below it get the MRO of their bases; when one of
/// those MROs cannot be made, nothing changes. The caches notice through `cls`'s dict: its
/// version jumps (every MRO stamp that counts it changes) and the type epoch moves.
pub fn set_bases(th: &Thread<'_>, cls: &Obj, value: Option<Value>) -> PyResult<()> {
    let t = cls.as_type().expect("a type object");
    let name = ops::type_name_of_type(cls);
    if t.gc.is_none() {
        return Err(PyErr::type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{name}'"
        )));
    }
    let Some(value) = value else {
        return Err(PyErr::type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{name}'"
        )));
    };
    let Some(Kind::Tuple(items)) = value.kind() else {
        return Err(PyErr::type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            ops::type_name(th, &value)
        )));
    };
    if items.is_empty() {
        return Err(PyErr::type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    let mut bases = Vec::with_capacity(items.len());
    for item in items.iter() {
        let Some(b) = item.as_obj().filter(|o| o.as_type().is_some()) else {
            return Err(PyErr::type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                ops::type_name(th, item)
            )));
        };
        if ops::is_subtype(b, cls) {
            return Err(PyErr::type_error(
                "a __bases__ item causes an inheritance cycle",
            ));
        }
        bases.push(b.clone());
    }
    check_layouts(&bases)?;
    let old_bases = t.bases.borrow().clone();
    if let (Some(new), Some(old)) = (layout_base(&bases), layout_base(&old_bases)) {
        let heap = |b: &Obj| b.as_type().is_some_and(|t| t.gc.is_some());
        let why = if heap(&new) != heap(&old) {
            Some("deallocator")
        } else if crate::attrs::layout(&new) != crate::attrs::layout(&old) {
            Some("object layout")
        } else {
            None
        };
        if let Some(why) = why {
            return Err(PyErr::type_error(format!(
                "__bases__ assignment: '{}' {why} differs from '{}'",
                ops::type_name_of_type(&new),
                ops::type_name_of_type(&old)
            )));
        }
    }
    let Some(mro) = c3_mro(&bases) else {
        return Err(mro_error(&bases));
    };
    // The class, then every class below it (again after each of its bases changed), keeping
    // what each had for the way back.
    let mut undo: Vec<(Obj, Vec<Obj>)> = vec![(cls.clone(), t.mro.replace(mro))];
    *t.bases.borrow_mut() = bases.clone();
    let mut queue: std::collections::VecDeque<Obj> = subclasses_of(cls).into();
    let mut failed = None;
    while let Some(sub) = queue.pop_front() {
        let Some(st) = sub.as_type() else { continue };
        let sub_bases = st.bases.borrow().clone();
        match c3_mro(&sub_bases) {
            Some(m) => {
                let old = st.mro.replace(m);
                if !undo.iter().any(|(o, _)| o.is(&sub)) {
                    undo.push((sub.clone(), old));
                }
                queue.extend(subclasses_of(&sub));
            }
            None => {
                failed = Some(mro_error(&sub_bases));
                break;
            }
        }
    }
    if let Some(e) = failed {
        for (o, old) in undo.into_iter().rev() {
            if let Some(ot) = o.as_type() {
                *ot.mro.borrow_mut() = old;
            }
        }
        *t.bases.borrow_mut() = old_bases;
        return Err(e);
    }
    for b in old_bases.iter().filter_map(Obj::as_type) {
        b.subclasses
            .borrow_mut()
            .retain(|w| w.upgrade().is_some_and(|o| !o.is(cls)));
    }
    for b in bases.iter().filter_map(Obj::as_type) {
        b.add_subclass(cls);
    }
    t.dict.borrow_mut().renew_version();
    Ok(())
}

/// The live classes naming `cls` as a base.
fn subclasses_of(cls: &Obj) -> Vec<Obj> {
    cls.as_type().map_or_else(Vec::new, |t| {
        t.subclasses
            .borrow()
            .iter()
            .filter_map(isles_object::WeakObj::upgrade)
            .collect()
    })
}

/// CPython's error for bases whose MROs cannot be merged.
fn mro_error(bases: &[Obj]) -> PyErr {
    let names: Vec<String> = bases.iter().map(ops::type_name_of_type).collect();
    PyErr::type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}
