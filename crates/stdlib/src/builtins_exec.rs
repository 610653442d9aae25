//! The builtins that reach into namespaces and the compiler: `exec`, `eval`, `compile`,
//! `globals`, `locals`, `vars`, `dir`.

use std::rc::Rc;
use std::sync::Arc;

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, Thread};
use isles_compiler::Mode;
use isles_object::{CodeData, Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};

/// This interpreter's view of freshly compiled code. Not put in the interpreter's code
/// cache: strings given to `exec` in a loop would otherwise pile up there.
fn code_view(th: &Thread<'_>, code: Arc<isles_compiler::CodeObject>) -> Rc<CodeData> {
    let consts = code.consts.iter().map(|c| th.st.constant(c)).collect();
    let names = code.names.iter().map(|n| th.intern(n)).collect();
    Rc::new(CodeData::new(code, consts, names))
}

fn compile_str(
    th: &mut Thread<'_>,
    src: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<CodeData>> {
    let code = isles_compiler::compile(src, filename, mode)
        .map_err(|e| isles_ceval::traceback::syntax_error_to_pyerr(th, &e))?;
    th.compile_warnings(&code)?;
    Ok(code_view(th, code))
}

/// The code to run for `exec`/`eval`: a code object as is, or a string compiled in `mode`.
fn source_code(
    th: &mut Thread<'_>,
    fname: &str,
    src: &Value,
    mode: Mode,
) -> PyResult<Rc<CodeData>> {
    match src.kind() {
        Some(Kind::Code(c)) => Ok(c.clone()),
        Some(Kind::Str(s)) => {
            let text = s.as_str();
            // eval() ignores leading blanks, as CPython does for string input.
            let text = if mode == Mode::Eval {
                text.trim_start_matches([' ', '\t'])
            } else {
                text
            };
            compile_str(th, text, "<string>", mode)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// The (globals, locals) pair for `exec`/`eval` from their optional arguments.
fn namespaces(
    th: &mut Thread<'_>,
    fname: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Obj, Option<Obj>)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    let g = match globals {
        None => None,
        Some(g) => match g.as_obj() {
            Some(o) if matches!(o.kind(), Kind::Dict(_)) => Some(o.clone()),
            _ if fname == "exec" => {
                return Err(PyErr::type_error(format!(
                    "exec() globals must be a dict, not {}",
                    type_name(th, g)
                )));
            }
            _ => {
                return Err(PyErr::type_error(
                    "globals must be a real dict; try eval(expr, {}, mapping)",
                ));
            }
        },
    };
    let l = match locals {
        None => None,
        Some(l) => match l.as_obj() {
            Some(o) if matches!(o.kind(), Kind::Dict(_)) => Some(o.clone()),
            _ => return Err(PyErr::type_error("locals must be a mapping")),
        },
    };
    Ok(match (g, l) {
        (Some(g), l) => {
            if let Kind::Dict(d) = g.kind()
                && d.borrow().get_str("__builtins__").is_none()
            {
                // CPython puts the builtins namespace (a dict) there, not the module.
                th.st.fill_builtins();
                let b = th.st.module_dict(&th.st.builtins);
                if let Some(b) = b {
                    d.borrow_mut().set_str("__builtins__", Value::Obj(b));
                }
            }
            let l = l.unwrap_or_else(|| g.clone());
            (g, Some(l))
        }
        (None, Some(l)) => (th.frame_globals(), Some(l)),
        (None, None) => (th.frame_globals(), Some(th.frame_locals())),
    })
}

pub(crate) fn builtin_exec(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("exec", &["closure"])?;
    if a.pos.is_empty() {
        return Err(PyErr::type_error(
            "exec() takes at least 1 positional argument (0 given)",
        ));
    }
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "exec expected at most 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let code = source_code(th, "exec", &a.pos[0], Mode::Exec)?;
    let (g, l) = namespaces(th, "exec", a.pos.get(1), a.pos.get(2))?;
    th.run_code_in(&code, &g, l)?;
    Ok(Value::None)
}

pub(crate) fn builtin_eval(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("eval")?;
    a.check_count("eval", 1, 3)?;
    let code = source_code(th, "eval", &a.pos[0], Mode::Eval)?;
    let (g, l) = namespaces(th, "eval", a.pos.get(1), a.pos.get(2))?;
    th.run_code_in(&code, &g, l)
}

pub(crate) fn builtin_compile(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    a.only_kwargs("compile", &NAMES)?;
    if a.pos.len() > 6 {
        return Err(PyErr::type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            a.pos.len()
        )));
    }
    let arg = |i: usize| a.pos.get(i).or(a.kw(NAMES[i]));
    for (i, name) in NAMES.iter().enumerate().take(3) {
        if arg(i).is_none() {
            return Err(PyErr::type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let (src, filename, mode) = (arg(0), arg(1), arg(2));
    let (Some(src), Some(filename), Some(mode)) = (src, filename, mode) else {
        return Err(PyErr::system_error("compile() arguments"));
    };
    let Some(filename) = filename.as_str() else {
        return Err(PyErr::type_error(format!(
            "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
            type_name(th, filename)
        )));
    };
    let Some(mode) = mode.as_str() else {
        return Err(PyErr::type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            type_name(th, mode)
        )));
    };
    let mode = match mode {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    let Some(text) = src.as_str() else {
        return Err(PyErr::type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    let code = compile_str(th, text, filename, mode)?;
    Ok(th.st.code_object(&code))
}

pub(crate) fn builtin_globals(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("globals")?;
    a.check_count("globals", 0, 0)?;
    Ok(Value::Obj(th.frame_globals()))
}

pub(crate) fn builtin_locals(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("locals")?;
    a.check_count("locals", 0, 0)?;
    Ok(Value::Obj(th.frame_locals()))
}

pub(crate) fn builtin_vars(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("vars")?;
    a.check_count("vars", 0, 1)?;
    let Some(obj) = a.pos.first() else {
        return Ok(Value::Obj(th.frame_locals()));
    };
    match ops::getattr(th, obj, &th.intern("__dict__")) {
        Ok(d) => Ok(d),
        Err(e) if ops::err_matches(th, &e, ExcKind::AttributeError) => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
        Err(e) => Err(e),
    }
}

/// `dir(object)`'s names in CPython 3.11.
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// What user classes add: the `__dict__`/`__weakref__` descriptors (left out by `__slots__`),
/// `__module__` and `__doc__`.
fn class_extra_attrs(t: &Obj, out: &mut Vec<String>) {
    let Some(ty) = t.as_type() else {
        return;
    };
    if ty.builtin.is_some() {
        return;
    }
    out.push("__module__".into());
    out.push("__doc__".into());
    if ty.dict.borrow().get_str("__slots__").is_none() {
        out.push("__dict__".into());
        out.push("__weakref__".into());
    }
}

fn keys_of(d: &Dict, out: &mut Vec<String>) {
    for e in d.iter() {
        if let Some(k) = e.key.as_str() {
            out.push(k.to_string());
        }
    }
}

/// The names `dir()` lists for a class: its MRO's dicts and object's attributes.
fn class_names(t: &Obj, out: &mut Vec<String>) {
    out.extend(OBJECT_ATTRS.iter().map(|s| s.to_string()));
    for c in isles_interp::mro_of(t) {
        if let Some(ty) = c.as_type() {
            keys_of(&ty.dict.borrow(), out);
            if let Some(b) = ty.builtin {
                let names = isles_ceval::builtin_dunders::names_for(b);
                out.extend(names.into_iter().map(String::from));
                if b == isles_object::Builtin::Iterator
                    && isles_ceval::iters::has_length_hint(&ty.name)
                {
                    out.push("__length_hint__".into());
                }
            }
        }
        class_extra_attrs(&c, out);
    }
}

pub(crate) fn builtin_dir(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("dir")?;
    a.check_count("dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match a.pos.first() {
        None => {
            let l = th.frame_locals();
            if let Kind::Dict(d) = l.kind() {
                keys_of(&d.borrow(), &mut names);
            }
        }
        Some(obj) => {
            let cls = ops::type_of(th, obj);
            let user_dir = isles_ceval::dunder::user_class(obj)
                .and_then(|_| ops::lookup_type_attr(&cls, "__dir__"))
                .filter(|f| !matches!(f.kind(), Some(Kind::Native(_))));
            if let Some(f) = user_dir {
                let f = ops::bind_to(obj, f);
                let r = th.call(&f, Args::positional(&[]))?;
                let mut items = ops::iterate(th, &r)?;
                return sort_values(th, &mut items);
            }
            if ops::has_lazy_attrs(th, obj)
                && let Some(o) = obj.as_obj()
            {
                th.complete_module(o)?;
            }
            match obj.kind() {
                Some(Kind::Module(m)) => {
                    if let Kind::Dict(d) = m.dict.kind() {
                        keys_of(&d.borrow(), &mut names);
                    }
                }
                Some(Kind::Type(_)) => {
                    let t = obj.as_obj().cloned().unwrap_or(cls);
                    class_names(&t, &mut names);
                }
                _ => {
                    if let Ok(d) = ops::getattr(th, obj, &th.intern("__dict__"))
                        && let Some(Kind::Dict(d)) = d.kind()
                    {
                        keys_of(&d.borrow(), &mut names);
                    }
                    class_names(&cls, &mut names);
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn sort_values(th: &mut Thread<'_>, items: &mut [Value]) -> PyResult<Value> {
    let list = Value::list(items.to_vec());
    let sort = ops::getattr(th, &list, &th.intern("sort"))?;
    th.call(&sort, Args::positional(&[]))?;
    Ok(list)
}
