//! Exception groups (PEP 654): `BaseExceptionGroup(message, exceptions)`, `split`/`subgroup`,
//! and the two steps of `except*` (matching one clause, and building what is re-raised).

use isles_object::{ExcKind, ExcObj, Kind, Obj, PyErr, PyResult, Value};

use crate::{Args, Thread, ops};

/// The `(message, exceptions)` of an exception group, or None when `v` is not one.
pub fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let Some(Kind::Exception(e)) = v.kind() else {
        return None;
    };
    exc_parts(e)
}

fn exc_parts(e: &ExcObj) -> Option<(Value, Vec<Value>)> {
    let g = e.group.borrow();
    match g.kind() {
        Some(Kind::Tuple(t)) if t.len() == 2 => match t[1].kind() {
            Some(Kind::Tuple(x)) => Some((t[0].clone(), x.to_vec())),
            _ => None,
        },
        _ => None,
    }
}

/// `message` and `exceptions` of a group (read-only attributes).
pub fn attr(e: &ExcObj, name: &str) -> Option<Value> {
    let g = e.group.borrow();
    let Some(Kind::Tuple(t)) = g.kind() else {
        return None;
    };
    match name {
        "message" => t.first().cloned(),
        "exceptions" => t.get(1).cloned(),
        _ => None,
    }
}

/// `str()` of a group: `message (N sub-exceptions)`.
pub fn str_of(e: &ExcObj) -> Option<String> {
    let (msg, excs) = exc_parts(e)?;
    let n = excs.len();
    Some(format!(
        "{} ({n} sub-exception{})",
        msg.as_str().unwrap_or_default(),
        if n == 1 { "" } else { "s" }
    ))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn new_group(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    let Some(mut cls) = a.pos.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::system_error(
            "BaseExceptionGroup.__new__ without a class",
        ));
    };
    let args = &a.pos[1..];
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (msg, seq) = (&args[0], &args[1]);
    if msg.as_str().is_none() {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            ops::type_name(th, msg)
        )));
    }
    let is_seq = match seq.kind() {
        Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range(_) | Kind::Str(_)) => true,
        Some(Kind::Dict(_) | Kind::Set(_) | Kind::FrozenSet(_)) => false,
        _ => {
            let t = ops::type_of(th, seq);
            ops::lookup_type_attr(&t, "__getitem__").is_some()
                && ops::lookup_type_attr(&t, "keys").is_none()
        }
    };
    if !is_seq {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = ops::iterate(th, seq)?;
    if items.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let types = &th.st.types;
    let (base_exc, exc) = (
        types.exc(ExcKind::BaseException).clone(),
        types.exc(ExcKind::Exception).clone(),
    );
    let (base_eg, eg) = (
        types.exc(ExcKind::BaseExceptionGroup).clone(),
        types.exc(ExcKind::ExceptionGroup).clone(),
    );
    let mut nested_base = false;
    for (i, it) in items.iter().enumerate() {
        if !ops::is_instance(th, it, &base_exc) {
            return Err(PyErr::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !ops::is_instance(th, it, &exc);
    }
    if cls.is(&base_eg) {
        if !nested_base {
            cls = eg;
        }
    } else if cls.is(&eg) {
        if nested_base {
            return Err(PyErr::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && ops::is_subtype(&cls, &exc) {
        return Err(PyErr::type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            ops::type_name_of_type(&cls)
        )));
    }
    let o = ops::new_exception(&cls, args.to_vec());
    if let Kind::Exception(x) = o.kind() {
        *x.group.borrow_mut() = Value::tuple(vec![msg.clone(), Value::tuple(items)]);
    }
    Ok(Value::Obj(o))
}

/// What `split`/`subgroup` test each exception against.
enum Cond {
    /// An exception class or a tuple of them.
    Types(Value),
    /// A predicate called with each exception (groups included).
    Func(Value),
    /// The leaf exceptions with these ids (for re-raising from `except*`).
    Leaves(Vec<usize>),
}

fn cond_of(th: &mut Thread<'_>, v: &Value) -> PyResult<Cond> {
    let base = th.st.types.exc(ExcKind::BaseException).clone();
    let is_exc_type = |x: &Value| {
        x.as_obj()
            .is_some_and(|o| matches!(o.kind(), Kind::Type(_)) && ops::is_subtype(o, &base))
    };
    if is_exc_type(v) {
        return Ok(Cond::Types(v.clone()));
    }
    if let Some(Kind::Tuple(t)) = v.kind()
        && t.iter().all(is_exc_type)
    {
        return Ok(Cond::Types(v.clone()));
    }
    let callable = matches!(
        v.kind(),
        Some(Kind::Function(_) | Kind::Native(_) | Kind::Method(..))
    ) || (!matches!(v.kind(), Some(Kind::Type(_)))
        && ops::lookup_type_attr(&ops::type_of(th, v), "__call__").is_some());
    if callable {
        return Ok(Cond::Func(v.clone()));
    }
    Err(PyErr::type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn matches(th: &mut Thread<'_>, e: &Value, cond: &Cond) -> PyResult<bool> {
    match cond {
        Cond::Types(t) => {
            let classes = match t.kind() {
                Some(Kind::Tuple(items)) => items.to_vec(),
                _ => vec![t.clone()],
            };
            Ok(classes
                .iter()
                .filter_map(|c| c.as_obj())
                .any(|c| ops::is_instance(th, e, c)))
        }
        Cond::Func(f) => {
            let r = th.call(f, Args::positional(std::slice::from_ref(e)))?;
            ops::truthy(th, &r)
        }
        Cond::Leaves(ids) => {
            Ok(parts(e).is_none() && e.as_obj().is_some_and(|o| ids.contains(&o.id())))
        }
    }
}

/// `eg.derive(excs)` with the original's traceback, cause, context and notes copied over.
fn derive(th: &mut Thread<'_>, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let list = Value::list(excs);
    let derive = ops::getattr(th, eg, &th.intern("derive"))?;
    let new = th.call(&derive, Args::positional(&[list]))?;
    let (Some(Kind::Exception(src)), Some(Kind::Exception(dst))) = (eg.kind(), new.kind()) else {
        return Err(PyErr::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    if parts(&new).is_none() {
        return Err(PyErr::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
    *dst.cause.borrow_mut() = src.cause.borrow().clone();
    *dst.context.borrow_mut() = src.context.borrow().clone();
    dst.suppress_context.set(src.suppress_context.get());
    if let Some(n) = src.dict.borrow().get_str("__notes__").cloned() {
        dst.dict.borrow_mut().set_str("__notes__", n);
    }
    Ok(new)
}

/// Splits `e` into the part matching `cond` and the rest (either may be None), keeping the
/// nesting of groups.
fn split_rec(
    th: &mut Thread<'_>,
    e: &Value,
    cond: &Cond,
    want_rest: bool,
) -> PyResult<(Value, Value)> {
    if (!matches!(cond, Cond::Leaves(_)) || parts(e).is_none()) && matches(th, e, cond)? {
        return Ok((e.clone(), Value::None));
    }
    let Some((_, excs)) = parts(e) else {
        return Ok((Value::None, e.clone()));
    };
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for x in &excs {
        let (a, b) = th.recurse("", |th| split_rec(th, x, cond, want_rest))?;
        if !a.is_none() {
            m.push(a);
        }
        if want_rest && !b.is_none() {
            r.push(b);
        }
    }
    let m = if m.is_empty() {
        Value::None
    } else {
        derive(th, e, m)?
    };
    let r = if r.is_empty() {
        Value::None
    } else {
        derive(th, e, r)?
    };
    Ok((m, r))
}

/// `eg.split(cond)` / `eg.subgroup(cond)` (the first item only).
pub fn split(
    th: &mut Thread<'_>,
    eg: &Value,
    cond: &Value,
    want_rest: bool,
) -> PyResult<(Value, Value)> {
    let c = cond_of(th, cond)?;
    split_rec(th, eg, &c, want_rest)
}

/// One `except* T` clause against what is still unhandled: `(matched, rest)`. A naked
/// exception that matches is wrapped in a group.
pub fn star_match(th: &mut Thread<'_>, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    let base = th.st.types.exc(ExcKind::BaseException).clone();
    let base_eg = th.st.types.exc(ExcKind::BaseExceptionGroup).clone();
    let classes = match typ.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => vec![typ.clone()],
    };
    for c in &classes {
        match c.as_obj() {
            Some(o) if matches!(o.kind(), Kind::Type(_)) && ops::is_subtype(o, &base) => {
                if ops::is_subtype(o, &base_eg) {
                    return Err(PyErr::type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            _ => {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    let cond = Cond::Types(typ.clone());
    if matches(th, exc, &cond)? {
        if parts(exc).is_some() {
            return Ok((exc.clone(), Value::None));
        }
        let wrapped = new_group(
            th,
            Args::positional(&[
                Value::Obj(base_eg),
                Value::str(""),
                Value::tuple(vec![exc.clone()]),
            ]),
        )?;
        if let (Some(Kind::Exception(src)), Some(Kind::Exception(dst))) =
            (exc.kind(), wrapped.kind())
        {
            *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
        }
        return Ok((wrapped, Value::None));
    }
    if parts(exc).is_some() {
        return split_rec(th, exc, &cond, true);
    }
    Ok((Value::None, exc.clone()))
}

/// Ids of the leaf exceptions under `e`.
fn leaf_ids(e: &Value, out: &mut Vec<usize>) {
    match parts(e) {
        Some((_, excs)) => excs.iter().for_each(|x| leaf_ids(x, out)),
        None => out.extend(e.as_obj().map(Obj::id)),
    }
}

/// Whether `e` is `orig` or a part of it split off unchanged (same traceback, cause, context).
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(Kind::Exception(a)), Some(Kind::Exception(b))) = (e.kind(), orig.kind()) else {
        return false;
    };
    let same_tb = {
        let (x, y) = (a.traceback.borrow(), b.traceback.borrow());
        x.len() == y.len()
            && x.iter()
                .zip(y.iter())
                .all(|(p, q)| std::sync::Arc::ptr_eq(&p.code, &q.code) && p.instr == q.instr)
    };
    let same = |p: &Value, q: &Value| match (p.as_obj(), q.as_obj()) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    same_tb
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

/// The end of an `except*` statement: from what the clauses raised (and the unhandled rest,
/// the last item of `raised`), what propagates: re-raised parts keep the original group's
/// shape; new exceptions join them in a fresh group. None when everything was handled.
pub fn prep_reraise_star(th: &mut Thread<'_>, orig: &Value, raised: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match raised.kind() {
        Some(Kind::List(l)) => l
            .borrow()
            .iter()
            .filter(|v| !v.is_none())
            .cloned()
            .collect(),
        _ => return Err(PyErr::system_error("except*: bad raised list")),
    };
    if items.is_empty() {
        return Ok(Value::None);
    }
    if parts(orig).is_none() {
        // A naked exception was wrapped: only one clause could run.
        return Ok(items[0].clone());
    }
    let (mut fresh, mut again) = (Vec::new(), Vec::new());
    for e in items {
        if same_metadata(&e, orig) {
            leaf_ids(&e, &mut again);
        } else {
            fresh.push(e);
        }
    }
    let reraised = if again.is_empty() {
        Value::None
    } else {
        split_rec(th, orig, &Cond::Leaves(again), false)?.0
    };
    if fresh.is_empty() {
        return Ok(reraised);
    }
    if !reraised.is_none() {
        fresh.push(reraised);
    }
    if fresh.len() == 1 {
        return Ok(fresh.remove(0));
    }
    let cls = Value::Obj(th.st.types.exc(ExcKind::BaseExceptionGroup).clone());
    new_group(
        th,
        Args::positional(&[cls, Value::str(""), Value::list(fresh)]),
    )
}

impl Thread<'_> {
    /// The `StarMatch` instruction. The matched part becomes the exception being handled
    /// while its clause runs, so what the clause raises gets it as `__context__`.
    pub(crate) fn star_match(&mut self) -> PyResult<()> {
        let (Some(typ), Some(rest)) = (self.stack.pop(), self.stack.pop()) else {
            return Err(PyErr::system_error("except*: stack underflow"));
        };
        let (m, r) = star_match(self, &rest, &typ)?;
        if !m.is_none()
            && let Some(top) = self.exc_stack.last_mut()
        {
            *top = m.clone();
        }
        self.stack.push(r);
        self.stack.push(m);
        Ok(())
    }

    /// The `PrepReraiseStar` instruction.
    pub(crate) fn prep_reraise_star(&mut self) -> PyResult<()> {
        let (Some(raised), Some(orig)) = (self.stack.pop(), self.stack.pop()) else {
            return Err(PyErr::system_error("except*: stack underflow"));
        };
        let r = prep_reraise_star(self, &orig, &raised)?;
        self.stack.push(r);
        Ok(())
    }
}
