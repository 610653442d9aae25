//! Call arguments and their binding to a Python function's parameters.

use isles_compiler::CodeObject;
use isles_object::{Dict, Function, Kind, Obj, PyErr, PyResult, Value};
use std::cell::RefCell;

/// Arguments as a native function receives them: positional values, then keyword names with
/// their values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames
            .iter()
            .position(|k| k.as_str() == Some(name))
            .map(|i| &self.kwvals[i])
    }

    /// Fails with CPython's message when keywords are given to a function that takes none.
    #[inline]
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(no_kwargs_error(fname))
        }
    }

    /// Fails unless every keyword is one of `allowed`.
    pub fn only_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for k in self.kwnames {
            let name = k.as_str().unwrap_or("");
            if !allowed.contains(&name) {
                return Err(PyErr::type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
        Ok(())
    }

    /// Checks the positional count against `min..=max`, with CPython's messages for builtins.
    #[inline]
    pub fn check_count(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(count_error(fname, n, min, max))
    }
}

// The error paths of the checks every native call makes, kept out of line so the checks
// inline into the natives as a compare and a branch.
#[cold]
#[inline(never)]
fn no_kwargs_error(fname: &str) -> PyErr {
    PyErr::type_error(format!("{fname}() takes no keyword arguments"))
}

#[cold]
#[inline(never)]
fn count_error(fname: &str, n: usize, min: usize, max: usize) -> PyErr {
    {
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        PyErr::type_error(msg)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// The most keywords a call binds in place (see [`kw_slots`]).
pub(crate) const MAX_FAST_KW: usize = 4;

/// Where each keyword of a call goes among the parameters of `code`, when the call binds
/// without an error or a `*args`/`**kwargs` to make: each of `kwnames` is (by identity) one of
/// `params`, the interned parameter names, a distinct one after the `npos` positional
/// arguments and not positional-only, and every parameter left over has a default
/// (`ndefaults` of the positional ones; a keyword-only one in `kwdefaults`). `None` leaves the
/// call to [`bind`], which compares names as strings and makes CPython's errors.
pub(crate) fn kw_slots(
    code: &CodeObject,
    params: &[Obj],
    npos: usize,
    kwnames: &[Value],
    ndefaults: usize,
    kwdefaults: Option<&Obj>,
) -> Option<[u8; MAX_FAST_KW]> {
    let argc = code.argcount as usize;
    let total = params.len();
    if kwnames.len() > MAX_FAST_KW
        || npos > argc
        || total > 64
        || total != code.total_args()
        || code.flags.varargs
        || code.flags.varkeywords
    {
        return None;
    }
    let posonly = code.posonlyargcount as usize;
    let first = npos.max(posonly);
    let mut slots = [0u8; MAX_FAST_KW];
    let mut given: u64 = 0;
    for (k, slot) in kwnames.iter().zip(&mut slots) {
        let k = k.as_obj()?;
        let i = first + params[first..].iter().position(|p| p.is(k))?;
        if given & (1 << i) != 0 {
            return None;
        }
        given |= 1 << i;
        *slot = i as u8;
    }
    // The positional parameters no argument fills must all have defaults.
    let first_default = argc - ndefaults.min(argc);
    if (npos..first_default).any(|i| given & (1 << i) == 0) {
        return None;
    }
    for (i, p) in params.iter().enumerate().skip(argc) {
        if given & (1 << i) == 0 && kwdefault(kwdefaults, p).is_none() {
            return None;
        }
    }
    Some(slots)
}

/// The default of the keyword-only parameter `name` in a function's `__kwdefaults__`.
pub(crate) fn kwdefault(kwdefaults: Option<&Obj>, name: &Obj) -> Option<Value> {
    match (kwdefaults?.kind(), name.as_str()) {
        (Kind::Dict(d), Some(n)) => d.borrow().get_str(n).cloned(),
        _ => None,
    }
}

/// Binds arguments to the parameters of `f` in `slots`, its first `code.total_args()` fast
/// locals (all `Null` on entry), so that a call allocates nothing but its `*args` tuple and
/// `**kwargs` dict. Messages follow CPython 3.11, naming the function by its `__qualname__`.
pub(crate) fn bind(f: &Function, args: Args<'_>, slots: &mut [Value]) -> PyResult<()> {
    let code: &CodeObject = &f.code.code;
    let name = || match f.qualname.borrow().as_str() {
        Some(q) => q.to_string(),
        None => code.qualname.to_string(),
    };
    let argc = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let total = argc + kwonly;
    let npos = args.pos.len();
    if slots.len() < code.total_args() {
        return Err(PyErr::system_error("too few slots to bind arguments"));
    }
    let defaults = f.defaults.borrow();
    let defaults = defaults.as_deref();

    // Positional arguments.
    let take = npos.min(argc);
    slots[..take].clone_from_slice(&args.pos[..take]);
    if npos > argc && code.flags.varargs {
        slots[total] = Value::tuple(args.pos[argc..].to_vec());
    } else if code.flags.varargs {
        slots[total] = Value::tuple(Vec::new());
    }

    // Keyword arguments.
    let kwdict_slot = if code.flags.varkeywords {
        let i = total + code.flags.varargs as usize;
        slots[i] = Value::Obj(Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new())))));
        Some(i)
    } else {
        None
    };
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let kname = k.as_str().unwrap_or("");
        let found = code.varnames[posonly..total]
            .iter()
            .position(|p| &**p == kname)
            .map(|i| i + posonly);
        match found {
            Some(i) => {
                if !slots[i].is_null() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{kname}'",
                        name()
                    )));
                }
                slots[i] = v.clone();
            }
            None => {
                if let Some(ds) = kwdict_slot {
                    if let Some(Kind::Dict(d)) = slots[ds].kind() {
                        d.borrow_mut().set_str_value(k, v.clone());
                    }
                } else {
                    // As CPython: any positional-only parameter given by keyword (all of
                    // them named) before the unexpected keyword itself.
                    let posonly_as_kw: Vec<&str> = args
                        .kwnames
                        .iter()
                        .filter_map(|k| k.as_str())
                        .filter(|k| code.varnames[..posonly].iter().any(|p| &**p == *k))
                        .collect();
                    if !posonly_as_kw.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            name(),
                            posonly_as_kw.join(", ")
                        )));
                    }
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{kname}'",
                        name()
                    )));
                }
            }
        }
    }
    // Too many positional arguments is reported after the keywords' errors, as CPython does.
    if npos > argc && !code.flags.varargs {
        let ndef = defaults.map_or(0, |d| d.len());
        let kw_given = args
            .kwnames
            .iter()
            .filter(|k| {
                code.varnames[argc..total]
                    .iter()
                    .any(|v| Some(&**v) == k.as_str())
            })
            .count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argc - ndef, argc)
        } else {
            format!("{argc} positional argument{}", plural(argc))
        };
        let given = if kw_given > 0 {
            format!(
                "{npos} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                plural(npos),
                plural(kw_given)
            )
        } else {
            format!(
                "{npos} {}",
                if npos == 1 { "was given" } else { "were given" }
            )
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {takes} but {given}",
            name()
        )));
    }

    // Defaults and missing arguments.
    let ndef = defaults.map_or(0, |d| d.len());
    let first_default = argc - ndef.min(argc);
    let mut missing: Vec<&str> = Vec::new();
    for i in take..argc {
        if slots[i].is_null() {
            if i >= first_default {
                if let Some(d) = defaults {
                    slots[i] = d[i - first_default].clone();
                }
            } else {
                missing.push(&code.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            name(),
            missing.len(),
            plural(missing.len()),
            quoted_list(&missing)
        )));
    }
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow();
        for (i, slot) in slots.iter_mut().enumerate().take(total).skip(argc) {
            if slot.is_null() {
                let pname = &*code.varnames[i];
                let dv = kwdefaults.as_ref().and_then(|d| match d.kind() {
                    Kind::Dict(d) => d.borrow().get_str(pname).cloned(),
                    _ => None,
                });
                match dv {
                    Some(v) => *slot = v,
                    None => missing.push(pname),
                }
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            name(),
            missing.len(),
            plural(missing.len()),
            quoted_list(&missing)
        )));
    }
    Ok(())
}
