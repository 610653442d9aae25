//! The eval loop. Python-to-Python calls push a frame onto the thread's frame list and go on
//! in the same loop, so they do not recurse on the Rust stack; only native code calling back
//! into Python starts a nested loop.

use std::cell::RefCell;
use std::rc::Rc;

use isles_compiler::{CodeObject, Instr};
use isles_object::{
    CodeData, Dict, ExcKind, Function, Kind, Obj, PyErr, PyResult, Quick, TbEntry, Value,
};

use crate::args::{Args, bind};
use crate::ops;
use crate::thread::{Block, BlockKind, Frame, NativeFn, Thread};

/// Whether a call with `n` positional arguments and `kwnames` binds them one to one to the
/// parameters of `code` (no defaults, keywords or `*args` to handle).
#[inline]
fn exact_positional(code: &CodeObject, n: usize, kwnames: &[Value]) -> bool {
    kwnames.is_empty()
        && n == code.argcount as usize
        && code.kwonlyargcount == 0
        && !code.flags.varargs
        && !code.flags.varkeywords
}

/// Whether a call of `code` with `n` positional arguments and no keywords is the plain case
/// the `Call` arms push a frame for themselves: exact arity, no generator.
#[inline(always)]
fn plain_call(f: &Function, n: usize) -> bool {
    f.code.plain_args as usize == n && f.code_swap.get().is_none()
}

/// Whether a call of `f` with `n` positional arguments and `kwnames` fills the first `n`
/// parameters and the defaults cover the others (no keywords, `*args`, `**kwargs` or
/// keyword-only parameters to handle): [`Thread::push_defaults`] then binds it.
#[inline]
fn defaults_cover(f: &Function, code: &CodeObject, n: usize, kwnames: &[Value]) -> bool {
    kwnames.is_empty()
        && n < code.argcount as usize
        && code.kwonlyargcount == 0
        && !code.flags.varargs
        && !code.flags.varkeywords
        && f.defaults
            .borrow()
            .as_ref()
            .is_some_and(|d| d.len() >= code.argcount as usize - n)
}

/// Whether a call of `f` with `n` positional arguments and no keywords needs only its
/// defaults pushed after them ([`defaults_cover`]), for the `Call` arms to push its frame
/// themselves, as for a [`plain_call`].
#[inline(always)]
fn defaults_call(f: &Function, n: usize) -> bool {
    let code = &f.code.code;
    !code.flags.generator && f.code_swap.get().is_none() && defaults_cover(f, code, n, &[])
}

/// `stack.push(v)` for the hottest arms: with room checked first, the push cannot grow, so
/// `v` is not also written to the stack frame for a drop should growing unwind (two stores
/// a push); growing is a cold call.
#[inline(always)]
fn push_value(stack: &mut Vec<Value>, v: Value) {
    if stack.len() < stack.capacity() {
        stack.push(v);
    } else {
        push_value_grow(stack, v);
    }
}

#[cold]
#[inline(never)]
fn push_value_grow(stack: &mut Vec<Value>, v: Value) {
    stack.push(v);
}

/// The hit path of the `LoadGlobal` inline cache (see [`Thread::load_global`]).
#[inline]
fn global_cached(code: &CodeData, globals: &Obj, builtins: &Obj, i: usize) -> Option<Value> {
    global_cached_with(code, globals, builtins, i, Value::clone)
}

/// [`global_cached`] handing the value to `f` in place (a comparison needs no clone).
#[inline]
fn global_cached_with<R>(
    code: &CodeData,
    globals: &Obj,
    builtins: &Obj,
    i: usize,
    f: impl FnOnce(&Value) -> R,
) -> Option<R> {
    let slot = code.global_cache.get(i)?.get();
    let Kind::Dict(g) = globals.kind() else {
        return None;
    };
    let g = g.borrow();
    if slot.globals != globals.id() || slot.globals_version != g.version() {
        return None;
    }
    if !slot.in_builtins {
        return g.entry_at(slot.index as usize).map(|e| f(&e.value));
    }
    let Kind::Dict(b) = builtins.kind() else {
        return None;
    };
    let b = b.borrow();
    if slot.builtins != builtins.id() || slot.builtins_version != b.version() {
        return None;
    }
    b.entry_at(slot.index as usize).map(|e| f(&e.value))
}

/// `globals["__name__"]` (None when missing) for a function made from `code`: remembered in
/// `code` with the dict's version, so closures made in a loop do not look it up each time.
fn module_name(code: &CodeData, globals: &Obj) -> Value {
    let Kind::Dict(d) = globals.kind() else {
        return Value::None;
    };
    let d = d.borrow();
    let mut m = code.module.borrow_mut();
    if m.1 == d.version() && m.0.is(globals) {
        return m.2.clone();
    }
    let v = d
        .get(crate::dunder::NAME.hash, |k| {
            k.as_str() == Some(crate::dunder::NAME.name)
        })
        .cloned()
        .unwrap_or(Value::None);
    *m = (globals.downgrade(), d.version(), v.clone());
    v
}

/// `UnboundLocalError` for reading the local `i` of `code` before it was assigned.
#[cold]
#[inline(never)]
fn unbound_local(code: &CodeData, i: usize) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            code.code.varnames[i]
        ),
    )
}

/// The error for reading the cell or free variable `i` of `code` while it is empty.
#[cold]
#[inline(never)]
fn unbound_deref(code: &CodeData, i: usize) -> PyErr {
    let ncell = code.code.cellvars.len();
    if i < ncell {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                code.code.cellvars[i]
            ),
        )
    } else {
        PyErr::new(
            ExcKind::NameError,
            format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                code.code.freevars[i - ncell]
            ),
        )
    }
}

/// The `Frame::ret_slot` bit of an `__init__` frame that a class call pushed (see
/// [`Thread::new_instance_at`]): the slot below it holds the new instance, which the return
/// leaves there in place of `__init__`'s None. Below the generator markers, which it keeps
/// apart from with one comparison.
pub(crate) const INIT_FRAME: usize = 1 << (usize::BITS - 2);
const _: () = assert!(INIT_FRAME < crate::generator::DRAIN_FIRST);

/// The stack height a frame's `ret_slot` cuts back to (the generator markers are all above
/// any stack and cut nothing).
#[inline]
pub(crate) fn ret_height(ret_slot: usize) -> usize {
    if ret_slot < crate::generator::DRAIN_FIRST {
        ret_slot & !INIT_FRAME
    } else {
        ret_slot
    }
}

/// RecursionError for one Python frame too many.
#[cold]
#[inline(never)]
fn recursion_error() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

impl<'i> Thread<'i> {
    /// Runs a module-level code object in the namespace `globals` (its locals too).
    pub fn run_code(&mut self, code: &Rc<CodeData>, globals: &Obj) -> PyResult<Value> {
        self.run_module_frame(code, globals, None)
    }

    /// Pushes a module-level frame over `globals` (with separate `locals` when given, as
    /// `exec`/`eval` allow) and runs it to completion.
    pub(crate) fn run_module_frame(
        &mut self,
        code: &Rc<CodeData>,
        globals: &Obj,
        locals: Option<Obj>,
    ) -> PyResult<Value> {
        let builtins = self.builtins_dict();
        let base = self.stack.len();
        let n = code.code.nlocalsplus();
        self.stack.resize(base + n, Value::Null);
        let func = Rc::new(Function {
            code: code.clone(),
            globals: globals.clone(),
            builtins,
            defaults: RefCell::new(None),
            kwdefaults: RefCell::new(None),
            closure: None,
            name: RefCell::new(Value::None),
            qualname: RefCell::new(Value::None),
            module: Value::None,
            dict: RefCell::new(None),
            code_swap: Default::default(),
        });
        self.push_frame(Frame {
            func,
            locals,
            base,
            ret_slot: base,
            ip: 0,
            block_base: self.blocks.len(),
        })?;
        self.run()
    }

    pub(crate) fn builtins_dict(&self) -> Obj {
        self.st
            .module_dict(&self.st.builtins)
            .expect("builtins is a module")
    }

    #[inline(always)]
    pub(crate) fn push_frame(&mut self, f: Frame) -> PyResult<()> {
        if self.frames.len() >= self.st.recursion_limit.get() {
            self.stack.truncate(f.ret_slot);
            return Err(recursion_error());
        }
        let Frame {
            func,
            locals,
            base,
            ret_slot,
            ip,
            block_base,
        } = f;
        crate::thread::push_frame_parts(
            &mut self.frames,
            func,
            locals,
            base,
            ret_slot,
            ip,
            block_base,
        );
        Ok(())
    }

    /// Runs a native function. A Rust panic inside it is caught by the [`Self::run`] that
    /// called it, not here: one catch per run of the loop instead of one per native call.
    #[inline(always)]
    fn call_native(&mut self, f: NativeFn, args: Args<'_>) -> PyResult<Value> {
        f(self, args)
    }

    /// Calls the native `__new__` of a builtin class with the class itself in `args[0]`
    /// (`reversed(x)`, `list(x)`): no subclass payload to make, so none of [`Self::call`]'s
    /// tests for one.
    pub(crate) fn call_builtin_new(&mut self, new: &Value, args: Args<'_>) -> PyResult<Value> {
        if let Some(Kind::Native(nf)) = new.kind()
            && nf.self_.is_none()
            && let Some(&f) = nf.func.downcast_ref::<NativeFn>()
        {
            return self.call_native(f, args);
        }
        self.call(new, args)
    }

    /// Calls any callable with positional and keyword arguments. A Python function (what
    /// `map`, `sorted(key=)` and the other natives mostly call) goes straight to its frame.
    #[inline]
    pub fn call(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        if let Some(Kind::Function(f)) = callable.kind() {
            return self.call_function(f, None, args);
        }
        self.call_other(callable, args)
    }

    /// [`Self::call`] of anything but a Python function.
    #[inline(never)]
    fn call_other(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        match callable.kind() {
            Some(Kind::Native(n)) => {
                let f = *n
                    .func
                    .downcast_ref::<NativeFn>()
                    .ok_or_else(|| PyErr::system_error("bad native function"))?;
                match &n.self_ {
                    // A bound builtin method with few arguments: self goes in front in a
                    // local array.
                    Some(s) if args.pos.len() < 4 => {
                        let mut pos: [Value; 4] = Default::default();
                        pos[0] = s.clone();
                        pos[1..=args.pos.len()].clone_from_slice(args.pos);
                        self.call_native(
                            f,
                            Args {
                                pos: &pos[..=args.pos.len()],
                                kwnames: args.kwnames,
                                kwvals: args.kwvals,
                            },
                        )
                    }
                    Some(s) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(s.clone());
                        pos.extend_from_slice(args.pos);
                        self.call_native(
                            f,
                            Args {
                                pos: &pos,
                                kwnames: args.kwnames,
                                kwvals: args.kwvals,
                            },
                        )
                    }
                    None => match crate::subclass::new_target(n, &args) {
                        Some(cls) => match crate::subclass::empty_payload(n) {
                            Some(k) => {
                                let v = crate::subclass::make(&cls, k);
                                self.st.gc_track(v.as_obj().expect("made"));
                                Ok(v)
                            }
                            None => Ok(crate::subclass::wrap(&cls, self.call_native(f, args)?)),
                        },
                        None => self.call_native(f, args),
                    },
                }
            }
            Some(Kind::Function(f)) => self.call_function(f, None, args),
            Some(Kind::Method(s, f)) if matches!(f.kind(), Some(Kind::Function(_))) => {
                self.call_with_self(f, s, args)
            }
            Some(Kind::Method(s, f)) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(s.clone());
                pos.extend_from_slice(args.pos);
                let f = f.clone();
                self.call(
                    &f,
                    Args {
                        pos: &pos,
                        kwnames: args.kwnames,
                        kwvals: args.kwvals,
                    },
                )
            }
            Some(Kind::Type(t)) => {
                let cls = callable.as_obj().expect("type").clone();
                // A metaclass's own __call__ replaces the usual __new__/__init__ sequence.
                if let Some(meta) = &t.metaclass
                    && let Some(f) = ops::lookup_type_attr(meta, "__call__")
                    && matches!(f.kind(), Some(Kind::Function(_)))
                {
                    let f = ops::bind_to(callable, f);
                    return self.call(&f, args);
                }
                crate::classes::type_call(self, &cls, args)
            }
            // Also an instance of a subclass of a builtin type (`class C(tuple)` with `__call__`).
            Some(k) if matches!(k, Kind::Instance(_) | Kind::Exception(_)) || callable.is_sub() => {
                let t = ops::type_of(self, callable);
                match ops::lookup_type_attr(&t, "__call__") {
                    Some(f) => {
                        let f = ops::bind_to(callable, f);
                        self.call(&f, args)
                    }
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not callable",
                        ops::type_name(self, callable)
                    ))),
                }
            }
            Some(Kind::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, args)
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                ops::type_name(self, callable)
            ))),
        }
    }

    /// Runs the Python function `func` on `args`, with `self_` in front for a method call:
    /// the values go on the stack and [`Self::enter_function`] binds them in place (a
    /// generator function returns its generator unrun).
    #[inline(never)]
    fn call_function(
        &mut self,
        func: &Rc<Function>,
        self_: Option<&Value>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let base = self.stack.len();
        if let Some(s) = self_ {
            self.stack.push(s.clone());
        }
        self.stack.extend_from_slice(args.pos);
        self.stack.extend_from_slice(args.kwvals);
        match self.enter_function(func.clone(), base, args.kwnames, base)? {
            Some(generator) => Ok(generator),
            None => self.run(),
        }
    }

    /// Calls `f` with `self_` in front of `args` (a method call), without making a bound
    /// method; a Python function gets them in place on the stack.
    pub fn call_with_self(&mut self, f: &Value, self_: &Value, args: Args<'_>) -> PyResult<Value> {
        if let Some(Kind::Function(func)) = f.kind() {
            return self.call_function(func, Some(self_), args);
        }
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(self_.clone());
        pos.extend_from_slice(args.pos);
        self.call(
            f,
            Args {
                pos: &pos,
                kwnames: args.kwnames,
                kwvals: args.kwvals,
            },
        )
    }

    /// The class and instance a zero-argument `super()` refers to, from the calling frame.
    pub(crate) fn super_context(&self) -> PyResult<(Obj, Value)> {
        let f = self
            .frames
            .last()
            .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): no current frame"))?;
        let code = &f.func.code.code;
        if code.argcount == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let nvars = code.varnames.len();
        let mut first = self.stack[f.base].clone();
        // A first argument captured by an inner function lives in its cell.
        if let Some(ci) = code.cell2arg.iter().position(|c| *c == Some(0))
            && let Some(Kind::Cell(c)) = self.stack[f.base + nvars + ci].kind()
        {
            first = c.borrow().clone();
        }
        let class_slot = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .map(|i| f.base + nvars + code.cellvars.len() + i);
        let cls = class_slot.and_then(|s| match self.stack[s].kind() {
            Some(Kind::Cell(c)) => c.borrow().as_obj().cloned(),
            _ => None,
        });
        match cls {
            Some(c) if c.as_type().is_some() => Ok((c, first)),
            _ => Err(PyErr::new(
                ExcKind::RuntimeError,
                "super(): __class__ cell not found",
            )),
        }
    }

    /// An f-string replacement field: conversion (1 str, 2 repr, 3 ascii), then format spec.
    fn format_value(&mut self, v: &Value, conv: u32, spec: Option<&Value>) -> PyResult<String> {
        let converted;
        let v = match conv {
            1 => {
                converted = Value::str(ops::str_(self, v)?);
                &converted
            }
            2 => {
                converted = Value::str(ops::repr(self, v)?);
                &converted
            }
            3 => {
                converted = Value::str(ops::ascii(self, v)?);
                &converted
            }
            _ => v,
        };
        let spec = spec.and_then(Value::as_str).unwrap_or("");
        if spec.is_empty()
            && let Some(s) = v.as_str()
            && !v.is_sub()
        {
            return Ok(s.to_string());
        }
        crate::strformat::format_value(self, v, spec)
    }

    /// Hands the GIL to a waiting thread when this one has held it for the switch interval.
    /// Also where a SIGINT becomes KeyboardInterrupt.
    #[inline(always)]
    pub(crate) fn maybe_switch(&mut self) -> PyResult<()> {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks.is_multiple_of(64) {
            return self.switch_if_due();
        }
        Ok(())
    }

    /// KeyboardInterrupt when a SIGINT arrived for this (the main) interpreter.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.st.runtime.take_interrupt(self.st.id) {
            let cls = self.st.types.exc(ExcKind::KeyboardInterrupt).clone();
            return Err(PyErr::from_obj(ops::new_exception(&cls, Vec::new())));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn switch_if_due(&mut self) -> PyResult<()> {
        self.check_interrupt()?;
        if !self.gil.contended() {
            return Ok(());
        }
        let interval = std::time::Duration::from_secs_f64(self.st.switch_interval.get());
        if self.last_switch.elapsed() >= interval {
            self.gil.switch();
            self.last_switch = std::time::Instant::now();
        }
        Ok(())
    }

    /// One step of `yield from`: sends into the sub-iterator.
    fn send_sub(&mut self, sub: &Value, v: Value) -> PyResult<crate::generator::GenStep> {
        use crate::generator::GenStep;
        if let Some(r) = crate::asyncgen::send_sub(self, sub, &v) {
            return r;
        }
        if matches!(sub.kind(), Some(Kind::Generator(_))) {
            return crate::generator::resume(self, sub, v, None);
        }
        if v.is_none() {
            return Ok(match ops::next(self, sub)? {
                Some(x) => GenStep::Yield(x),
                None => GenStep::Return(Value::None),
            });
        }
        let send = ops::getattr(self, sub, &self.intern("send"))?;
        match self.call(&send, Args::positional(&[v])) {
            Ok(x) => Ok(GenStep::Yield(x)),
            Err(mut e) if ops::err_matches(self, &e, ExcKind::StopIteration) => {
                Ok(GenStep::Return(crate::generator::stop_value(self, &mut e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `{**m}` and `f(**m)`: merges a mapping into the dict `d`.
    fn dict_merge(&mut self, d: &Value, m: &Value, reject_dups: bool) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m.kind() {
            Some(Kind::Dict(src)) => src.borrow().items(),
            _ => self.mapping_items(m, reject_dups)?,
        };
        for (k, v) in items {
            if reject_dups {
                if k.as_str().is_none() {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                if ops::dict_get(self, d, &k)?.is_some() {
                    let n = self.stack.len();
                    let f = self.stack[n.saturating_sub(3)].clone();
                    return Err(PyErr::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_name(&f),
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            ops::dict_set(self, d, k, v)?;
        }
        Ok(())
    }

    /// The items of a mapping that is not a dict (`keys()` and `m[key]`, as CPython's
    /// `PyDict_Update`), with CPython's errors for an object that is no mapping.
    fn mapping_items(&mut self, m: &Value, reject_dups: bool) -> PyResult<Vec<(Value, Value)>> {
        let keys = match ops::getattr(self, m, &self.intern("keys")) {
            Ok(k) => k,
            Err(e) if !ops::err_matches(self, &e, ExcKind::AttributeError) => return Err(e),
            Err(_) => {
                let what = if reject_dups {
                    let n = self.stack.len();
                    let f = self.stack[n.saturating_sub(3)].clone();
                    format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.callable_name(&f),
                        ops::type_name(self, m)
                    )
                } else {
                    format!("'{}' object is not a mapping", ops::type_name(self, m))
                };
                return Err(PyErr::type_error(what));
            }
        };
        let keys = self.call(&keys, Args::positional(&[]))?;
        let mut items = Vec::new();
        for k in ops::iterate(self, &keys)? {
            let v = ops::getitem(self, m, &k)?;
            items.push((k, v));
        }
        Ok(items)
    }

    /// How CPython names a callable in argument errors (`f()`, `C.m()`).
    /// CPython's `_PyObject_FunctionStr`: `module.qualname()`, without the module for
    /// builtins.
    fn callable_name(&self, f: &Value) -> String {
        let with_module = |m: &str, q: &str| {
            if m == "builtins" || m.is_empty() {
                format!("{q}()")
            } else {
                format!("{m}.{q}()")
            }
        };
        match f.kind() {
            Some(Kind::Function(func)) => with_module(
                func.module.as_str().unwrap_or(""),
                func.qualname.borrow().as_str().unwrap_or("?"),
            ),
            Some(Kind::Method(_, func)) => self.callable_name(func),
            Some(Kind::Native(n)) => match n.owner {
                Some(o) => format!("{o}.{}()", n.name),
                None => format!("{}()", n.name),
            },
            Some(Kind::Type(t)) => with_module(&t.module_name(), &t.qualname()),
            _ => "function".to_string(),
        }
    }

    /// `f(*args, **kwargs)` with a tuple (or any iterable) and a dict (or None).
    pub fn call_star(&mut self, f: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
        let pos = match args.kind() {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => ops::iterate(self, args).map_err(|e| {
                if ops::err_matches(self, &e, ExcKind::TypeError)
                    && ops::get_iter(self, args).is_err()
                {
                    PyErr::type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(f),
                        ops::type_name(self, args)
                    ))
                } else {
                    e
                }
            })?,
        };
        let (names, vals): (Vec<Value>, Vec<Value>) = match kwargs.kind() {
            Some(Kind::Dict(d)) => d.borrow().items().into_iter().unzip(),
            _ => (Vec::new(), Vec::new()),
        };
        self.call(
            f,
            Args {
                pos: &pos,
                kwnames: &names,
                kwvals: &vals,
            },
        )
    }

    /// Runs a class body function with `ns` as its local namespace.
    pub fn call_with_locals(&mut self, func: &Value, ns: &Obj) -> PyResult<Value> {
        let Some(Kind::Function(f)) = func.kind() else {
            return Err(PyErr::system_error("class body is not a function"));
        };
        let base = self.stack.len();
        self.bind_frame(f.clone(), base, &[], base)?;
        if let Some(f) = self.frames.last_mut() {
            f.locals = Some(ns.clone());
        }
        self.run()
    }

    /// Binds the values at `stack[args_start..]` (the last `kwnames.len()` of them keyword
    /// values) to the parameters of `f` in their place, then pushes its frame, whose result
    /// goes to `ret_slot`. Nothing is allocated beyond a `*args` tuple and `**kwargs` dict.
    fn bind_frame(
        &mut self,
        f: Rc<Function>,
        args_start: usize,
        kwnames: &[Value],
        ret_slot: usize,
    ) -> PyResult<()> {
        if !kwnames.is_empty() && self.bind_kw_in_place(&f, args_start, kwnames) {
            return self.setup_frame(f, args_start, ret_slot);
        }
        let start = self.stack.len();
        self.stack
            .resize(start + f.code.code.total_args(), Value::Null);
        let (given, slots) = self.stack.split_at_mut(start);
        let given = given.get(args_start..).unwrap_or_default();
        let npos = given.len().saturating_sub(kwnames.len());
        let (pos, kwvals) = given.split_at(npos);
        if let Err(e) = bind(
            &f,
            Args {
                pos,
                kwnames,
                kwvals,
            },
            slots,
        ) {
            self.stack.truncate(start);
            return Err(e);
        }
        self.stack.drain(args_start..start);
        self.setup_frame(f, args_start, ret_slot)
    }

    /// Binds a call with keywords that [`crate::args::kw_slots`] accepts where its values
    /// are: the keyword values move from the top of the stack into their parameters' slots,
    /// the defaults fill the rest (no second copy of the arguments, no string compares).
    /// `false`: nothing was moved, [`bind`] must do it.
    #[inline(never)]
    fn bind_kw_in_place(&mut self, f: &Function, args_start: usize, kwnames: &[Value]) -> bool {
        let code: &CodeObject = &f.code.code;
        let params = f.code.param_names.get_or_init(|| {
            code.varnames[..code.total_args()]
                .iter()
                .filter_map(|n| self.st.intern(n).as_obj().cloned())
                .collect()
        });
        let nkw = kwnames.len();
        let npos = self.stack.len() - args_start - nkw;
        let defaults = f.defaults.borrow();
        let kwdefaults = f.kwdefaults.borrow();
        let ndefaults = defaults.as_ref().map_or(0, |d| d.len());
        let Some(slots) =
            crate::args::kw_slots(code, params, npos, kwnames, ndefaults, kwdefaults.as_ref())
        else {
            return false;
        };
        let mut vals: [Value; crate::args::MAX_FAST_KW] = Default::default();
        for v in vals[..nkw].iter_mut().rev() {
            *v = self.pop();
        }
        let len = args_start + params.len();
        self.stack.reserve(len - self.stack.len());
        while self.stack.len() < len {
            self.stack.push(Value::Null);
        }
        let locals = &mut self.stack[args_start..];
        for (v, &i) in vals[..nkw].iter_mut().zip(&slots) {
            locals[i as usize] = std::mem::take(v);
        }
        // Every value was taken out: the Nulls left need no drop call.
        std::mem::forget(vals);
        let argc = code.argcount as usize;
        if let Some(d) = defaults.as_deref() {
            let first_default = argc - d.len().min(argc);
            for i in npos.max(first_default)..argc {
                if locals[i].is_null() {
                    locals[i] = d[i - first_default].clone();
                }
            }
        }
        for (i, p) in params.iter().enumerate().skip(argc) {
            if locals[i].is_null() {
                locals[i] = crate::args::kwdefault(kwdefaults.as_ref(), p).unwrap_or_default();
            }
        }
        true
    }

    /// Fills the non-parameter locals, cells and free variables of a frame of `func` whose
    /// parameters are bound at `stack[base..]`, then pushes the frame.
    #[inline(always)]
    fn setup_frame(&mut self, func: Rc<Function>, base: usize, ret_slot: usize) -> PyResult<()> {
        let code = &func.code.code;
        let nvars = code.varnames.len();
        let have = self.stack.len();
        if have < base + nvars {
            self.stack.resize(base + nvars, Value::Null);
        } else if have > base + nvars {
            self.stack.truncate(base + nvars);
        }
        if !code.cell2arg.is_empty() || func.closure.is_some() {
            self.push_cells(&func, base);
        }
        // The limit is checked before the frame is made, so that it is built in place.
        if self.frames.len() >= self.st.recursion_limit.get() {
            self.stack.truncate(ret_height(ret_slot));
            return Err(recursion_error());
        }
        let block_base = self.blocks.len();
        crate::thread::push_frame_parts(
            &mut self.frames,
            func,
            None,
            base,
            ret_slot,
            0,
            block_base,
        );
        Ok(())
    }

    /// Pushes the cells of a new frame of `func` at `base` (its parameters that inner
    /// functions capture start with the argument's value), then its closure's cells.
    #[inline(never)]
    fn push_cells(&mut self, func: &Function, base: usize) {
        for c in func.code.code.cell2arg.iter() {
            let init = match c {
                Some(a) => self.stack[base + *a as usize].clone(),
                None => Value::Null,
            };
            self.stack
                .push(Value::Obj(Obj::new(Kind::Cell(RefCell::new(init)))));
        }
        self.stack.extend_from_slice(func.cells());
    }

    /// Pushes the defaults of `func` for the parameters that the arguments from
    /// `args_start` up leave unfilled (see [`defaults_cover`]), borrowed in place.
    #[inline(always)]
    fn push_defaults(&mut self, func: &Function, args_start: usize) {
        let missing = func.code.code.argcount as usize - (self.stack.len() - args_start);
        if let Some(d) = func.defaults.borrow().as_deref() {
            self.stack.extend_from_slice(&d[d.len() - missing..]);
        }
    }

    /// `stack.truncate(n)`, with the drop inline for a single value: a returning frame's
    /// one value costs less than a call of the slice's drop.
    #[inline(always)]
    fn cut_stack(&mut self, n: usize) {
        // First to last, as CPython clears a frame's locals: their `__del__`s run in order.
        // One value (the usual case) is popped inline; more go to `truncate`, which drops
        // front to back.
        let len = self.stack.len();
        if len == n + 1 {
            self.stack.pop();
        } else if len > n {
            self.stack.truncate(n);
        }
    }

    /// The end of a returning frame's call: its values above `ret_slot` go (first to last)
    /// and the result `v` takes the place of the callable at `ret_slot`.
    #[inline(always)]
    fn finish_call(&mut self, ret_slot: usize, v: Value) {
        let top = ret_slot + 1;
        let len = self.stack.len();
        if len == top + 1 {
            // One value (the usual case). The local is released before the callable, as
            // CPython clears a frame's locals before its function; both drops are matched
            // here so that they are inline (an `Option<Value>`'s or a `Value`'s drop is a
            // call), and done after both moves so that the stack is not read again.
            let local = self.stack.pop();
            let callable = std::mem::replace(&mut self.stack[ret_slot], v);
            if let Some(Value::Obj(o)) = local {
                drop(o);
            }
            if let Value::Obj(o) = callable {
                drop(o);
            }
            return;
        }
        if len > top {
            self.stack.truncate(top);
        }
        if self.stack.len() == top
            && let Some(t) = self.stack.get_mut(ret_slot)
        {
            if let Value::Obj(o) = std::mem::replace(t, v) {
                drop(o);
            }
        } else {
            self.stack.push(v);
        }
    }

    /// Calls the callable at `stack[slot]` with the `n` values above it as positional
    /// arguments (`kwnames` names the last ones). Python functions get a new frame in the
    /// running loop (returns `None`); anything else is called now and its result returned.
    fn call_at(
        &mut self,
        slot: usize,
        args_start: usize,
        kwnames: &[Value],
    ) -> PyResult<Option<Value>> {
        if let Some(Kind::Function(f)) = self.stack[slot].kind() {
            let func = f.clone();
            return self.enter_function(func, args_start, kwnames, slot);
        }
        match self.stack[slot].kind() {
            Some(Kind::Native(_)) if kwnames.is_empty() && args_start == slot + 1 => {
                return self.call_native_at(slot).map(Some);
            }
            Some(Kind::Method(s, f)) if matches!(f.kind(), Some(Kind::Function(_))) => {
                // Put self in front of the arguments and call the function in place.
                let (s, f) = (s.clone(), f.clone());
                self.stack[slot] = f;
                self.stack.insert(args_start, s);
                return self.call_at(slot, args_start, kwnames);
            }
            Some(Kind::Type(t)) if t.metaclass.is_none() => {
                // A builtin class has no cached Python `__init__` to run in this loop.
                if t.builtin.is_none()
                    && let Some(r) = self.new_instance_at(slot, args_start, kwnames)
                {
                    return r;
                }
                if kwnames.is_empty() && args_start == slot + 1 {
                    return self.type_call_at(slot).map(Some);
                }
            }
            _ => {}
        }
        self.call_general(slot, args_start, kwnames).map(Some)
    }

    /// [`Self::call_at`] for callables other than Python functions, through [`Thread::call`].
    #[inline(never)]
    fn call_general(
        &mut self,
        slot: usize,
        args_start: usize,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        // Up to three positional arguments move into a local array (the callee may push on
        // the stack, so they cannot stay there), the callable with them.
        let n = self.stack.len() - args_start;
        if kwnames.is_empty() && n <= 3 && args_start == slot + 1 {
            let mut buf: [Value; 3] = Default::default();
            for k in (0..n).rev() {
                buf[k] = self.pop();
            }
            let callable = self.pop();
            return self.call(&callable, Args::positional(&buf[..n]));
        }
        // More arguments move to a reused buffer; a nested native call finds it taken and
        // allocates its own.
        let callable = self.stack[slot].clone();
        let mut all = std::mem::take(&mut self.arg_buf);
        all.extend(self.stack.drain(args_start..));
        self.stack.truncate(slot);
        let npos = all.len() - kwnames.len();
        let r = self.call(
            &callable,
            Args {
                pos: &all[..npos],
                kwnames,
                kwvals: &all[npos..],
            },
        );
        all.clear();
        if all.capacity() > self.arg_buf.capacity() {
            self.arg_buf = all;
        }
        r
    }

    /// Pushes the frame of the Python function `func` for the values at `stack[args_start..]`
    /// (the last `kwnames.len()` of them keyword values); its result goes to `ret` (a stack
    /// slot, with [`INIT_FRAME`] for an `__init__`). A generator function's frame becomes
    /// the generator object, returned.
    #[inline(always)]
    fn enter_function(
        &mut self,
        func: Rc<Function>,
        args_start: usize,
        kwnames: &[Value],
        ret: usize,
    ) -> PyResult<Option<Value>> {
        if func.code_swap.get().is_some() {
            return self.enter_swapped(&func, args_start, kwnames, ret);
        }
        let code: &CodeObject = &func.code.code;
        let nargs = self.stack.len() - args_start;
        let generator = code.flags.generator;
        // Exact positional arguments go straight into the new frame's locals.
        if !exact_positional(code, nargs, kwnames) {
            if defaults_cover(&func, code, nargs, kwnames) {
                // Fewer positional arguments than parameters, the rest from the defaults:
                // the defaults are pushed after them, with no binding step.
                self.push_defaults(&func, args_start);
            } else {
                self.bind_frame(func, args_start, kwnames, ret)?;
                if generator {
                    return Ok(Some(self.make_generator()));
                }
                return Ok(None);
            }
        }
        self.setup_frame(func, args_start, ret)?;
        if generator {
            return Ok(Some(self.make_generator()));
        }
        Ok(None)
    }

    /// [`Self::enter_function`] for a function whose `__code__` was assigned: the function
    /// made for the new code runs.
    #[cold]
    #[inline(never)]
    fn enter_swapped(
        &mut self,
        func: &Function,
        args_start: usize,
        kwnames: &[Value],
        ret: usize,
    ) -> PyResult<Option<Value>> {
        let Some(f) = func.swapped() else {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "function's replacement code is missing",
            ));
        };
        self.enter_function(f, args_start, kwnames, ret)
    }

    /// Calls the builtin function or bound builtin method at `stack[slot]` with the values
    /// above it: up to three move into an array of their own size with self in front (the
    /// callee may push on the stack, so they cannot stay there), so that nothing else is
    /// copied, initialised or dropped.
    #[inline(never)]
    fn call_native_at(&mut self, slot: usize) -> PyResult<Value> {
        let n = self.stack.len() - slot - 1;
        let f = match self.stack[slot].kind() {
            Some(Kind::Native(nf)) if n <= 3 && nf.self_.is_none() && nf.name != "__new__" => {
                let Some(&f) = nf.func.downcast_ref::<NativeFn>() else {
                    return Err(PyErr::system_error("bad native function"));
                };
                f
            }
            Some(Kind::Native(nf)) if n <= 2 && nf.self_.is_some() => {
                return self.call_bound_native_at(slot);
            }
            _ => return self.call_general(slot, slot + 1, &[]),
        };
        // The arguments pop last first; the array holds them in order.
        macro_rules! call {
            ([$($p:ident),*], [$($a:ident),*]) => {{
                $(let $p = self.pop();)*
                drop(self.pop());
                self.call_native(f, Args::positional(&[$($a),*]))
            }};
        }
        match n {
            0 => call!([], []),
            1 => call!([a], [a]),
            2 => call!([b, a], [a, b]),
            _ => call!([c, b, a], [a, b, c]),
        }
    }

    /// [`Self::call_native_at`] for a bound builtin method (`m = l.append; m(x)`): its self
    /// goes in front of the (at most two) arguments.
    #[inline(never)]
    fn call_bound_native_at(&mut self, slot: usize) -> PyResult<Value> {
        let (f, s) = match self.stack[slot].kind() {
            Some(Kind::Native(nf)) => match (nf.func.downcast_ref::<NativeFn>(), &nf.self_) {
                (Some(&f), Some(s)) => (f, s.clone()),
                _ => return self.call_general(slot, slot + 1, &[]),
            },
            _ => return self.call_general(slot, slot + 1, &[]),
        };
        let mut args: [Value; 3] = Default::default();
        let n = self.stack.len() - slot - 1;
        for a in args[1..=n].iter_mut().rev() {
            *a = self.pop();
        }
        args[0] = s;
        drop(self.pop());
        self.call_native(f, Args::positional(&args[..=n]))
    }

    /// Calls the class at `stack[slot]` (no metaclass) with the (at most three) values above
    /// it through `type_call`, without [`Self::call_general`]'s second dispatch; `type(x)`
    /// answers from the value's type.
    #[inline(never)]
    fn type_call_at(&mut self, slot: usize) -> PyResult<Value> {
        let n = self.stack.len() - slot - 1;
        if n > 3 {
            return self.call_general(slot, slot + 1, &[]);
        }
        if n == 1
            && self.stack[slot]
                .as_obj()
                .is_some_and(|c| c.is(&self.st.types.type_))
        {
            let v = self.pop();
            drop(self.pop());
            return Ok(Value::Obj(ops::type_of(self, &v)));
        }
        let cls = match self.stack[slot].as_obj() {
            Some(c) => c.clone(),
            None => return self.call_general(slot, slot + 1, &[]),
        };
        // A builtin class whose call is its native `__new__` (`reversed(t)`, `list(x)`):
        // called here with the class in front, none of `type_call`'s tests.
        if let Some(new) = crate::classes::plain_builtin_new(self, &cls) {
            let mut args: [Value; 4] = Default::default();
            for a in args[1..=n].iter_mut().rev() {
                *a = self.pop();
            }
            args[0] = self.pop();
            return self.call_native(new, Args::positional(&args[..=n]));
        }
        let mut args: [Value; 3] = Default::default();
        for a in args[..n].iter_mut().rev() {
            *a = self.pop();
        }
        drop(self.pop());
        crate::classes::type_call(self, &cls, Args::positional(&args[..n]))
    }

    /// `LoadAttr` of name `i` of `code` on `obj` when the inline cache's quick check did not
    /// answer: a property whose getter is a Python function (see
    /// [`crate::typecache::property_getter`]) runs as a frame of this loop, its result taking
    /// the getter's place (returns `None`); anything else is looked up now.
    #[inline(never)]
    fn load_attr_at(&mut self, code: &CodeData, i: usize, obj: Value) -> PyResult<Option<Value>> {
        if let Some((f, func)) = crate::typecache::property_getter(self, code, i, &obj) {
            let slot = self.stack.len();
            self.stack.push(f);
            self.stack.push(obj);
            return self.enter_function(func, slot + 1, &[], slot);
        }
        crate::typecache::load_attr(self, code, i, &obj).map(Some)
    }

    /// `cls(...)` for a plain class whose `__init__` is cached (see
    /// [`crate::classes::cached_init`]): the new instance takes the class's place in
    /// `stack[slot]` and its `__init__` runs as a frame of this loop, which the return
    /// replaces by the instance (see [`INIT_FRAME`]). `None`: the general way must do it.
    #[inline(never)]
    fn new_instance_at(
        &mut self,
        slot: usize,
        args_start: usize,
        kwnames: &[Value],
    ) -> Option<PyResult<Option<Value>>> {
        let cls = self.stack[slot].as_obj()?;
        let init = crate::classes::cached_init(cls.as_type()?)?;
        let Some(init) = init else {
            if args_start != self.stack.len() {
                return None;
            }
            let obj = crate::gc::new_instance(self, cls);
            self.cut_stack(slot);
            return Some(Ok(Some(obj)));
        };
        let Kind::Function(func) = init.kind() else {
            return None;
        };
        if func.code.code.flags.generator {
            return None;
        }
        let func = func.clone();
        let obj = crate::gc::new_instance(self, cls);
        self.stack[slot] = obj.clone();
        self.stack.insert(args_start, obj);
        Some(self.enter_function(func, args_start, kwnames, slot | INIT_FRAME))
    }

    /// The end of an `__init__` frame that [`Self::new_instance_at`] pushed: the instance
    /// below its arguments becomes the call's result, or a TypeError the call's when it
    /// returned something other than None.
    #[inline(never)]
    fn leave_init(&mut self, f: Frame, v: Value) -> PyResult<()> {
        self.blocks.truncate(f.block_base);
        self.cut_stack(ret_height(f.ret_slot) + 1);
        drop(f);
        if !v.is_none() {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                ops::type_name(self, &v)
            )));
        }
        Ok(())
    }

    fn make_function(&mut self, flags: u32) -> PyResult<Value> {
        let code_v = self.pop();
        let Some(Kind::Code(code)) = code_v.kind() else {
            return Err(PyErr::system_error("MakeFunction without code"));
        };
        // The tuple of cells becomes the closure as it is (`__closure__` is that tuple).
        let closure = if flags & 8 != 0 {
            match self.pop() {
                Value::Obj(t) if matches!(t.kind(), Kind::Tuple(_)) => Some(t),
                _ => None,
            }
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.pop().as_obj().cloned()
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            match self.pop().kind() {
                Some(Kind::Tuple(t)) => Some(Rc::from(t.to_vec())),
                _ => None,
            }
        } else {
            None
        };
        let frame = self.frames.last().expect("frame");
        let globals = frame.func.globals.clone();
        let builtins = frame.func.builtins.clone();
        let module = module_name(code, &globals);
        let c = &code.code;
        let f = Obj::new(Kind::Function(Rc::new(Function {
            code: code.clone(),
            globals,
            builtins,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            name: RefCell::new(code.name.get_or_init(|| self.st.intern(&c.name)).clone()),
            qualname: RefCell::new(code.qualname.clone()),
            module,
            dict: RefCell::new(None),
            code_swap: Default::default(),
        })));
        self.st.gc_track(&f);
        Ok(Value::Obj(f))
    }

    /// `from m import *`: the names in `__all__`, or every public name.
    fn import_star(&mut self, m: &Value, target: &Obj) -> PyResult<()> {
        if ops::has_lazy_attrs(self, m)
            && let Some(o) = m.as_obj()
        {
            self.complete_module(o)?;
        }
        let Some(d) = m.as_obj().and_then(|o| self.st.module_dict(o)) else {
            return Ok(());
        };
        let Kind::Dict(dict) = d.kind() else {
            return Ok(());
        };
        let all = dict.borrow().get_str("__all__").cloned();
        let names: Vec<Value> = match all {
            Some(a) => ops::iterate(self, &a)?,
            None => dict
                .borrow()
                .iter()
                .filter(|e| e.key.as_str().is_some_and(|k| !k.starts_with('_')))
                .map(|e| e.key.clone())
                .collect(),
        };
        for n in names {
            let v = ops::getattr(self, m, &n)?;
            if let Kind::Dict(t) = target.kind() {
                t.borrow_mut().set_str_value(&n, v);
            }
        }
        Ok(())
    }

    /// `raise` (n = 0), `raise exc` (1), `raise exc from cause` (2).
    fn do_raise(&mut self, n: u32) -> PyErr {
        match n {
            0 => match self.exc_stack.last().cloned() {
                // A bare `raise` does not add the current frame again (CPython jumps
                // straight to unwinding).
                Some(exc) => {
                    let mut e = self.reraise(&exc);
                    e.0.reraised = true;
                    e
                }
                None => PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
            },
            1 => {
                let v = self.pop();
                self.make_raise(v)
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                let mut e = self.make_raise(v);
                let cause = match cause.kind() {
                    Some(Kind::Type(_)) => match self.make_raise(cause.clone()).0.value {
                        isles_object::ErrValue::Obj(o) => Value::Obj(o),
                        _ => Value::None,
                    },
                    Some(Kind::Exception(_)) => cause,
                    _ if cause.is_none() => Value::None,
                    _ => {
                        return PyErr::type_error(
                            "exception causes must derive from BaseException",
                        );
                    }
                };
                let exc = ops::normalize(self, &mut e);
                if let Kind::Exception(x) = exc.kind() {
                    *x.cause.borrow_mut() = cause;
                    x.suppress_context.set(true);
                }
                e
            }
        }
    }

    /// `except cls:` matching, with CPython's check that `cls` is an exception class.
    fn exc_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        let classes: Vec<Value> = match cls.kind() {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => vec![cls.clone()],
        };
        let base = self.st.types.exc(ExcKind::BaseException).clone();
        let mut matched = false;
        for c in &classes {
            match c.as_obj() {
                Some(o) if matches!(o.kind(), Kind::Type(_)) && ops::is_subtype(o, &base) => {
                    matched = matched || ops::is_instance(self, exc, o);
                }
                _ => {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        Ok(matched)
    }

    /// Looks up `__enter__`/`__exit__` on the context manager's type, pushes the bound exit
    /// and returns what `__enter__` gives.
    fn setup_with(&mut self, ctx: &Value) -> PyResult<Value> {
        let t = ops::type_of(self, ctx);
        let enter = ops::lookup_type_attr(&t, "__enter__");
        let exit = ops::lookup_type_attr(&t, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = ops::type_name(self, ctx);
            let missing = if ops::lookup_type_attr(&t, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(PyErr::type_error(format!(
                "'{tn}' object does not support the context manager protocol{missing}"
            )));
        };
        // Through the descriptor protocol, as CPython's special-method lookup (a MagicMock's
        // `__enter__` is an object with `__get__`).
        let enter = crate::attrs::descr_get(self, enter, ctx)?;
        let exit = crate::attrs::descr_get(self, exit, ctx)?;
        self.stack.push(exit);
        self.call(&enter, Args::positional(&[]))
    }

    /// The error for `raise v`: classes are instantiated, instances raised as they are.
    fn make_raise(&mut self, v: Value) -> PyErr {
        let base_exc = self.st.types.exc(ExcKind::BaseException).clone();
        match v.kind() {
            // An exception raised again keeps the traceback it already has.
            Some(Kind::Exception(_)) => {
                let mut e = self.reraise(&v);
                e.0.context_set = false;
                e
            }
            Some(Kind::Type(_)) if ops::is_subtype(v.as_obj().expect("type"), &base_exc) => {
                match self.call(&v, Args::positional(&[])) {
                    Ok(inst) => match inst.as_obj() {
                        Some(o) if matches!(o.kind(), Kind::Exception(_)) => {
                            PyErr::from_obj(o.clone())
                        }
                        _ => PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            ops::repr(self, &v).unwrap_or_default(),
                            ops::type_name(self, &inst)
                        )),
                    },
                    Err(e) => e,
                }
            }
            _ => PyErr::type_error("exceptions must derive from BaseException"),
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().expect("stack not empty")
    }

    fn name_error(&self, name: &Value) -> PyErr {
        let n = name.as_str().unwrap_or("?");
        let mut e = PyErr::new(ExcKind::NameError, format!("name '{n}' is not defined"));
        e.0.suggestion = self.name_suggestion(n);
        // `NameError.name` (3.10+): the exception is made now to carry it.
        if let Kind::Exception(x) = crate::ops::normalize(self, &mut e).kind() {
            x.dict.borrow_mut().set_str("name", name.clone());
        }
        e
    }

    /// CPython looks among the frame's bound locals, then globals, then builtins.
    fn name_suggestion(&self, name: &str) -> Option<String> {
        self.st.fill_builtins();
        let f = self.frames.last()?;
        let keys = |o: &Obj| -> Vec<String> {
            match o.kind() {
                Kind::Dict(d) => d
                    .borrow()
                    .iter()
                    .filter_map(|e| e.key.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            }
        };
        let code = &f.func.code.code;
        if code.flags.optimized {
            let locals: Vec<String> = code
                .varnames
                .iter()
                .enumerate()
                .filter(|(i, _)| !self.stack[f.base + i].is_null())
                .map(|(_, n)| n.to_string())
                .collect();
            if let Some(s) = crate::traceback::suggest(name, &locals) {
                return Some(s);
            }
        } else if let Some(l) = &f.locals
            && let Some(s) = crate::traceback::suggest(name, &keys(l))
        {
            return Some(s);
        }
        crate::traceback::suggest(name, &keys(&f.func.globals))
            .or_else(|| crate::traceback::suggest(name, &keys(&f.func.builtins)))
    }

    /// `LoadGlobal`: globals, then builtins, through the code's inline cache (a hit costs
    /// two version compares and an indexed read instead of hashing the name).
    fn load_global(&mut self, frame_idx: usize, name_idx: usize) -> PyResult<Value> {
        let f = &*self.frames[frame_idx].func;
        let (Kind::Dict(g), Kind::Dict(b)) = (f.globals.kind(), f.builtins.kind()) else {
            return Err(PyErr::system_error("globals or builtins is not a dict"));
        };
        let (g, b) = (g.borrow(), b.borrow());
        let (gid, bid) = (f.globals.id(), f.builtins.id());
        let Some(cell) = f.code.global_cache.get(name_idx) else {
            return Err(PyErr::system_error("global name index out of range"));
        };
        let slot = cell.get();
        if slot.globals == gid && slot.globals_version == g.version() {
            let hit = if !slot.in_builtins {
                g.entry_at(slot.index as usize)
            } else if slot.builtins == bid && slot.builtins_version == b.version() {
                b.entry_at(slot.index as usize)
            } else {
                None
            };
            if let Some(e) = hit {
                return Ok(e.value.clone());
            }
        }
        let name = &f.code.names[name_idx];
        let (text, h) = ops::str_and_hash(name);
        let eq = |k: &Value| k.as_str() == Some(text);
        let (found, in_builtins) = match g.find(h, eq) {
            Some(i) => (Some(i), false),
            None => (b.find(h, eq), true),
        };
        let Some(i) = found else {
            drop((g, b));
            if self.st.lazy_builtin(text).is_some() {
                return self.load_global(frame_idx, name_idx);
            }
            let name = self.frames[frame_idx].func.code.names[name_idx].clone();
            return Err(self.name_error(&name));
        };
        let dict = if in_builtins { &b } else { &g };
        let Some(e) = dict.entry_at(i) else {
            return Err(PyErr::system_error("dict entry vanished"));
        };
        cell.set(isles_object::GlobalSlot {
            globals: gid,
            globals_version: g.version(),
            builtins: bid,
            builtins_version: b.version(),
            index: u32::try_from(i).unwrap_or(u32::MAX),
            in_builtins,
        });
        Ok(e.value.clone())
    }

    /// The main loop: runs frames until the one that was on top when it started returns.
    ///
    /// A Rust panic in a native function called from here becomes `SystemError` raised in the
    /// frame that made the call (design brief §3), so a Python `try` can catch it. Natives
    /// that call back into Python do it through a nested run, which catches its own, so the
    /// frames above this run's top are consistent when a panic reaches this catch.
    #[inline(always)]
    pub(crate) fn run(&mut self) -> PyResult<Value> {
        let entry = self.frames.len();
        let depth = self.native_depth;
        loop {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run_steps(entry))) {
                Ok(r) => return r,
                Err(panic) => self.caught_panic(&*panic, entry, depth)?,
            }
        }
    }

    /// A panic caught by [`Self::run`] raised as `SystemError` in the top frame.
    #[cold]
    #[inline(never)]
    fn caught_panic(
        &mut self,
        panic: &(dyn std::any::Any + Send),
        entry: usize,
        depth: usize,
    ) -> PyResult<()> {
        self.native_depth = depth;
        let e = crate::panic_error(panic);
        if self.frames.len() < entry {
            return Err(e);
        }
        self.unwind(e, entry)
    }

    #[inline(always)]
    fn run_steps(&mut self, entry: usize) -> PyResult<Value> {
        loop {
            match self.step(entry) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => {}
                Err(e) => self.unwind(e, entry)?,
            }
        }
    }

    /// Handles an exception raised in the top frame: records the traceback, finds the
    /// innermost handler block of this run's frames and resumes there (`Ok`), or pops every
    /// frame of the run and hands the error back (`Err`).
    pub(crate) fn unwind(&mut self, mut e: PyErr, entry: usize) -> Result<(), PyErr> {
        if !e.0.context_set {
            e.0.context_set = true;
            if let Some(cur) = self.exc_stack.last().cloned() {
                let exc = ops::normalize(self, &mut e);
                if let (Kind::Exception(x), Some(c)) = (exc.kind(), cur.as_obj())
                    && !exc.is(c)
                    && x.context.borrow().is_none()
                {
                    *x.context.borrow_mut() = cur.clone();
                }
            }
        }
        let mut skip_tb = std::mem::take(&mut e.0.reraised);
        loop {
            let fi = self.frames.len() - 1;
            if !skip_tb {
                let f = &self.frames[fi];
                e.push_tb(TbEntry {
                    code: f.func.code.code.clone(),
                    instr: f.ip.saturating_sub(1) as u32,
                });
            }
            skip_tb = false;
            while self.blocks.len() > self.frames[fi].block_base
                && let Some(b) = self.blocks.pop()
            {
                self.stack.truncate(b.level);
                if b.kind == BlockKind::Handler {
                    // The exception escapes a handler: that handled exception is done.
                    self.exc_stack.pop();
                    continue;
                }
                let exc = ops::normalize(self, &mut e);
                if let Kind::Exception(x) = exc.kind() {
                    *x.traceback.borrow_mut() = std::mem::take(&mut e.0.traceback);
                }
                let v = Value::Obj(exc);
                self.blocks.push(Block {
                    kind: BlockKind::Handler,
                    handler: 0,
                    level: b.level,
                });
                self.exc_stack.push(v.clone());
                self.stack.push(v);
                self.frames[fi].ip = b.handler as usize;
                return Ok(());
            }
            let f = self.frames.pop().expect("frame while unwinding");
            if f.ret_slot > crate::generator::DRAIN_GEN {
                // The error leaves a generator that a `for` loop or `yield from` of this run
                // resumed: it goes on in that frame, as if `next` had raised it.
                self.leave_gen_done(f);
                if ops::err_matches(self, &e, ExcKind::StopIteration) {
                    // Now a RuntimeError (PEP 479), which unwinds as a new exception.
                    let e = crate::generator::escaped(self, e);
                    return self.unwind(e, entry);
                }
                continue;
            }
            if let Some(l) = &f.locals {
                self.keep_final_locals(&f.func, f.base, l);
            }
            self.stack.truncate(ret_height(f.ret_slot));
            self.blocks.truncate(f.block_base);
            if self.frames.len() < entry {
                return Err(e);
            }
        }
    }

    /// A PyErr re-raising a caught exception object with the traceback it already has.
    pub(crate) fn reraise(&self, exc: &Value) -> PyErr {
        let Some(o) = exc.as_obj() else {
            return PyErr::system_error("re-raise of a non-exception");
        };
        let mut e = PyErr::from_obj(o.clone());
        if let Kind::Exception(x) = o.kind() {
            e.0.traceback = x.traceback.borrow().clone();
        }
        e.0.context_set = true;
        e
    }

    /// Runs instructions of the top frame until a return that ends the run (`Some`). Calls
    /// of Python functions and returns from them switch frames inside this loop; an error
    /// returns to [`Thread::run`], which unwinds and comes back.
    fn step(&mut self, entry: usize) -> PyResult<Option<Value>> {
        'frames: loop {
            let fi = self.frames.len() - 1;
            let frame = &self.frames[fi];
            // The running function (one count, which keeps its code and globals here for
            // `LoadGlobal` without going through the frame list).
            let func = frame.func.clone();
            let base = frame.base;
            let mut ip = frame.ip;
            let code: &CodeData = &func.code;
            let instrs: &[Instr] = &code.code.instrs;
            macro_rules! sync {
                () => {
                    self.frames[fi].ip = ip
                };
            }
            // Where a reference may have just gone: runs queued finalizers (`__del__`) when a
            // dying object queued one, so they run as soon as in CPython as far as code can see.
            macro_rules! gc_point {
                () => {
                    if self.st.gc_hooks.pending.get() {
                        sync!();
                        crate::gc::run_pending(self);
                    }
                };
            }
            // Pushes the result of a fallible operation; on error the frame's position is
            // recorded (for the traceback) only then, keeping the success path free of it.
            macro_rules! push_or_raise {
                ($e:expr) => {
                    match $e {
                        Ok(v) => self.stack.push(v),
                        Err(e) => {
                            sync!();
                            return Err(e);
                        }
                    }
                };
            }
            // The local `i` (cloned), or UnboundLocalError at the current position.
            macro_rules! load_local {
                ($i:expr) => {{
                    let v = &self.stack[base + $i];
                    if v.is_null() {
                        sync!();
                        return Err(unbound_local(code, $i));
                    }
                    v.clone()
                }};
            }
            // The value of the cell or free variable `i` in `slot` (read in place, with no
            // reference count update of the cell), or its error at the current position.
            macro_rules! load_deref {
                ($slot:expr, $i:expr) => {{
                    let v = match self.stack[$slot].kind() {
                        Some(Kind::Cell(c)) => c.borrow().clone(),
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        sync!();
                        return Err(unbound_deref(code, $i));
                    }
                    v
                }};
            }
            // The two loads of a fused `LoadFast`, `LoadFast`/`LoadConst`, operator triple
            // (the operator runs next, as its own instruction).
            macro_rules! fused_loads {
                ($instr:expr, $a:expr, $b:expr, $two_locals:pat) => {{
                    let va = load_local!($a);
                    ip += 1;
                    let vb = match $instr {
                        $two_locals => load_local!($b),
                        _ => code.consts[$b].clone(),
                    };
                    self.stack.push(va);
                    self.stack.push(vb);
                }};
            }
            // The result `r` of a comparison at `ip - 1`: a conditional jump after it is
            // taken right away, else the bool is pushed.
            macro_rules! compare_jump {
                ($r:expr) => {{
                    let r = $r;
                    match instrs.get(ip) {
                        Some(Instr::PopJumpIfFalse(t)) => {
                            ip = if r { ip + 1 } else { *t as usize };
                        }
                        Some(Instr::PopJumpIfTrue(t)) => {
                            ip = if r { *t as usize } else { ip + 1 };
                        }
                        // `a < b and ...`, `a < b < c`: the bool stays only when it jumps.
                        Some(Instr::JumpIfFalseOrPop(t)) if r => ip += 1,
                        Some(Instr::JumpIfTrueOrPop(t)) if !r => ip += 1,
                        Some(Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t)) => {
                            self.stack.push(Value::bool(r));
                            ip = *t as usize;
                        }
                        _ => self.stack.push(Value::bool(r)),
                    }
                }};
            }
            // A generator's `yield v`: back to the `for` loop running it in this loop, into
            // the collecting native's list, or out of this `run` (the generator's `resume`
            // moves the frame off the thread).
            macro_rules! yield_value {
                ($v:expr) => {{
                    sync!();
                    let kind = self.frames[fi].ret_slot;
                    if kind >= crate::generator::DRAIN_FIRST {
                        if kind > crate::generator::DRAIN_GEN {
                            match self.leave_gen_yield($v)? {
                                None => continue 'frames,
                                Some(v) => {
                                    self.yielded = true;
                                    return Ok(Some(v));
                                }
                            }
                        }
                        match self.drain_yield($v, kind) {
                            None => {
                                // The frame goes on as `next` resumes it: a `yield`
                                // statement's `PopTop` is skipped rather than given a None
                                // to drop (nothing runs in between either way).
                                if let Some(Instr::PopTop) = instrs.get(ip) {
                                    ip += 1;
                                } else {
                                    self.stack.push(Value::None);
                                }
                                continue;
                            }
                            Some(v) => {
                                self.yielded = true;
                                return Ok(Some(v));
                            }
                        }
                    }
                    self.yielded = true;
                    return Ok(Some($v));
                }};
            }
            // `LoadMethod` of the name `n` on `obj`: pushes the function and `obj`, or a
            // bound callable and a `Null` (see `CallMethod`); `true` after a cache hit that
            // pushed a self.
            macro_rules! load_method {
                ($n:expr, $obj:expr) => {{
                    let (n, obj) = ($n, $obj);
                    if let Some(f) =
                        crate::typecache::load_method_quick(&self.st.types, code, n, &obj)
                    {
                        self.stack.push(f);
                        self.stack.push(obj);
                        true
                    } else if let Some(f) = crate::typecache::module_method_quick(code, n, &obj) {
                        // `mod.f(x)`: the module's function, called with no self.
                        self.stack.push(f);
                        self.stack.push(Value::Null);
                        false
                    } else if let Some(f) = crate::typecache::load_method(self, code, n, &obj) {
                        self.stack.push(f);
                        self.stack.push(obj);
                        true
                    } else if let Err(e) = crate::typecache::load_method_slow(self, code, n, obj) {
                        sync!();
                        return Err(e);
                    } else {
                        false
                    }
                }};
            }
            // `LoadFast(a)`, `LoadAttr(n)` the general way (a property getter runs as a frame).
            macro_rules! load_fast_attr_slow {
                ($a:expr, $n:expr) => {{
                    let obj = load_local!($a);
                    ip += 1;
                    sync!();
                    match self.load_attr_at(code, $n, obj)? {
                        Some(v) => self.stack.push(v),
                        None => continue 'frames,
                    }
                }};
            }
            // `Jump(t)`; a jump back is where a long-running thread lets the others in.
            macro_rules! jump {
                ($t:expr) => {{
                    let t = $t;
                    if t < ip {
                        // Loops are where a long-running thread lets the others in, and
                        // where a SIGINT becomes KeyboardInterrupt.
                        sync!();
                        self.maybe_switch()?;
                        self.gc_check();
                    }
                    ip = t;
                }};
            }
            loop {
                let instr = instrs[ip];
                ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        self.stack.pop();
                        gc_point!();
                    }
                    Instr::Dup => {
                        let v = self.top().clone();
                        self.stack.push(v);
                    }
                    Instr::Dup2 => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Instr::Rot2 => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Instr::Rot3 => {
                        let v = self.pop();
                        let n = self.stack.len();
                        self.stack.insert(n - 2, v);
                    }
                    Instr::Rot4 => {
                        let v = self.pop();
                        let n = self.stack.len();
                        self.stack.insert(n - 3, v);
                    }
                    Instr::LoadConst(i) => {
                        push_value(&mut self.stack, code.consts[i as usize].clone())
                    }
                    Instr::LoadFast(i) => {
                        let v = load_local!(i as usize);
                        push_value(&mut self.stack, v);
                    }
                    Instr::StoreFast(i) => {
                        let v = self.pop();
                        self.stack[base + i as usize] = v;
                    }
                    // The superinstructions (see `isles_compiler::fuse_pairs`) run both halves
                    // and skip the second; an error in the second half reports its position.
                    Instr::LoadFastLoadFast(p) => {
                        let (a, b) = isles_compiler::unpair(p);
                        let va = load_local!(a);
                        ip += 1;
                        let vb = load_local!(b);
                        self.stack.push(va);
                        self.stack.push(vb);
                    }
                    Instr::LoadFastLoadConst(p) => {
                        let (a, c) = isles_compiler::unpair(p);
                        let v = load_local!(a);
                        ip += 1;
                        self.stack.push(v);
                        self.stack.push(code.consts[c].clone());
                    }
                    Instr::StoreFastLoadFast(p) => {
                        let (a, b) = isles_compiler::unpair(p);
                        let v = self.pop();
                        self.stack[base + a] = v;
                        ip += 1;
                        let v = load_local!(b);
                        self.stack.push(v);
                    }
                    Instr::LoadFastLoadAttr(p) => {
                        let (a, n) = isles_compiler::unpair(p);
                        // The cached instance attribute of a local, without cloning the local.
                        let epoch = self.st.types.type_epoch.get();
                        let local = &self.stack[base + a];
                        if let Some(v) = crate::typecache::load_attr_quick(epoch, code, n, local) {
                            ip += 1;
                            self.stack.push(v);
                            continue;
                        }
                        load_fast_attr_slow!(a, n);
                    }
                    Instr::FastAttrInplaceConst(op, t) => {
                        let (a, n, c) = isles_compiler::untriple(t);
                        let epoch = self.st.types.type_epoch.get();
                        let local = &self.stack[base + a];
                        let k = &code.consts[c];
                        if crate::typecache::inplace_attr_quick(epoch, code, n, local, op, k)
                            .is_some()
                        {
                            ip += 5;
                            continue;
                        }
                        if let Some(v) = crate::typecache::load_attr_quick(epoch, code, n, local) {
                            if let Some(r) = ops::fast_arith(op, &v, &code.consts[c]) {
                                // The value stored over is a number: nothing to finalize.
                                match crate::typecache::store_attr_quick(epoch, code, n, local, r) {
                                    Ok(_) => ip += 5,
                                    // The store as written (`LoadFastStoreAttr`).
                                    Err(r) => {
                                        self.stack.push(r);
                                        ip += 3;
                                    }
                                }
                                continue;
                            }
                            // The operator as written (`ConstBinary`).
                            self.stack.push(v);
                            ip += 1;
                            continue;
                        }
                        load_fast_attr_slow!(a, n);
                    }
                    Instr::LoadFastLoadFastSubscr(p) | Instr::LoadFastLoadConstSubscr(p) => {
                        let (a, b) = isles_compiler::unpair(p);
                        let obj = &self.stack[base + a];
                        let key = match instr {
                            Instr::LoadFastLoadFastSubscr(_) => &self.stack[base + b],
                            _ => &code.consts[b],
                        };
                        if let Some(v) = ops::getitem_fast(obj, key) {
                            ip += 2;
                            self.stack.push(v);
                            continue;
                        }
                        let obj = load_local!(a);
                        ip += 1;
                        let key = match instr {
                            Instr::LoadFastLoadFastSubscr(_) => load_local!(b),
                            _ => code.consts[b].clone(),
                        };
                        ip += 1;
                        push_or_raise!(ops::getitem(self, &obj, &key));
                    }
                    Instr::DerefFastSubscr(p) => {
                        let (d, a) = isles_compiler::unpair(p);
                        let slot = base + code.code.varnames.len() + d;
                        let hit = match self.stack[slot].kind() {
                            Some(Kind::Cell(c)) => {
                                ops::getitem_fast(&c.borrow(), &self.stack[base + a])
                            }
                            _ => None,
                        };
                        if let Some(v) = hit {
                            ip += 2;
                            self.stack.push(v);
                            continue;
                        }
                        // The deref as written (its error included); the other two run next.
                        let v = load_deref!(slot, d);
                        self.stack.push(v);
                    }
                    // `a op b` of a local and a constant or two locals: on two numbers the
                    // result is pushed and the operator skipped; anything else (an unbound
                    // local included) runs the loads and then the operator's own instruction.
                    Instr::FastConstBinary(op, p) | Instr::FastFastBinary(op, p) => {
                        let (a, b) = isles_compiler::unpair(p);
                        let y = match instr {
                            Instr::FastFastBinary(..) => &self.stack[base + b],
                            _ => &code.consts[b],
                        };
                        if let Some(v) = ops::fast_arith(op, &self.stack[base + a], y) {
                            ip += 2;
                            push_value(&mut self.stack, v);
                            continue;
                        }
                        fused_loads!(instr, a, b, Instr::FastFastBinary(..));
                    }
                    Instr::FastConstBinaryStore(op, t) | Instr::FastFastBinaryStore(op, t) => {
                        let (a, b, d) = isles_compiler::untriple(t);
                        let y = match instr {
                            Instr::FastFastBinaryStore(..) => &self.stack[base + b],
                            _ => &code.consts[b],
                        };
                        if let Some(v) = ops::fast_arith(op, &self.stack[base + a], y) {
                            self.stack[base + d] = v;
                            ip += 3;
                            continue;
                        }
                        fused_loads!(instr, a, b, Instr::FastFastBinaryStore(..));
                    }
                    Instr::FastConstCompare(op, p) | Instr::FastFastCompare(op, p) => {
                        let (a, b) = isles_compiler::unpair(p);
                        let y = match instr {
                            Instr::FastFastCompare(..) => &self.stack[base + b],
                            _ => &code.consts[b],
                        };
                        if let Some(r) = ops::fast_compare_bool(op, &self.stack[base + a], y) {
                            ip += 2;
                            compare_jump!(r);
                            continue;
                        }
                        fused_loads!(instr, a, b, Instr::FastFastCompare(..));
                    }
                    Instr::ConstFastCompare(op, p) => {
                        let (c, a) = isles_compiler::unpair(p);
                        let x = &code.consts[c];
                        if let Some(r) = ops::fast_compare_bool(op, x, &self.stack[base + a]) {
                            ip += 2;
                            compare_jump!(r);
                            continue;
                        }
                        // The constant, then the local (its error at its own position).
                        self.stack.push(x.clone());
                        ip += 1;
                        let v = load_local!(a);
                        self.stack.push(v);
                    }
                    Instr::FastGlobalCompare(op, p) => {
                        let (a, g) = isles_compiler::unpair(p);
                        let x = &self.stack[base + a];
                        if let Some(Some(r)) =
                            global_cached_with(code, &func.globals, &func.builtins, g, |y| {
                                ops::fast_compare_bool(op, x, y)
                            })
                        {
                            ip += 2;
                            compare_jump!(r);
                            continue;
                        }
                        // The local, then `LoadGlobal` and `Compare` as written.
                        let v = load_local!(a);
                        self.stack.push(v);
                    }
                    // The top of the stack `op` a constant, in its slot.
                    Instr::ConstBinary(op, c) => {
                        let c = &code.consts[c as usize];
                        if let Some(a) = self.stack.last_mut()
                            && let Some(v) = ops::fast_arith(op, a, c)
                        {
                            *a = v;
                            ip += 1;
                            continue;
                        }
                        self.stack.push(c.clone());
                    }
                    // The top of the stack `op` a local, in its slot; otherwise the local is
                    // pushed (its error at its own position) and the operator runs next.
                    Instr::FastBinary(op, a) => {
                        let n = self.stack.len();
                        if let Some(v) =
                            ops::fast_arith(op, &self.stack[n - 1], &self.stack[base + a as usize])
                        {
                            self.stack[n - 1] = v;
                            ip += 1;
                            continue;
                        }
                        let v = load_local!(a as usize);
                        self.stack.push(v);
                    }
                    Instr::FastCompare(op, a) => {
                        if let Some(r) =
                            ops::fast_compare_bool(op, self.top(), &self.stack[base + a as usize])
                        {
                            self.stack.pop();
                            ip += 1;
                            compare_jump!(r);
                            continue;
                        }
                        let v = load_local!(a as usize);
                        self.stack.push(v);
                    }
                    Instr::ConstCompare(op, c) => {
                        let c = &code.consts[c as usize];
                        if let Some(a) = self.stack.last()
                            && let Some(r) = ops::fast_compare_bool(op, a, c)
                        {
                            self.stack.pop();
                            ip += 1;
                            compare_jump!(r);
                            continue;
                        }
                        self.stack.push(c.clone());
                    }
                    Instr::DeleteFast(i) => {
                        if self.stack[base + i as usize].is_null() {
                            sync!();
                            return Err(unbound_local(code, i as usize));
                        }
                        self.stack[base + i as usize] = Value::Null;
                        gc_point!();
                    }
                    Instr::LoadDeref(i) | Instr::LoadClosure(i) => {
                        let slot = base + code.code.varnames.len() + i as usize;
                        if let Instr::LoadClosure(_) = instr {
                            let cell = self.stack[slot].clone();
                            self.stack.push(cell);
                            continue;
                        }
                        let v = load_deref!(slot, i as usize);
                        self.stack.push(v);
                    }
                    Instr::StoreDeref(i) | Instr::DeleteDeref(i) => {
                        let slot = base + code.code.varnames.len() + i as usize;
                        let v = if let Instr::StoreDeref(_) = instr {
                            self.pop()
                        } else {
                            Value::Null
                        };
                        if let Some(Kind::Cell(c)) = self.stack[slot].kind() {
                            *c.borrow_mut() = v;
                        }
                    }
                    Instr::LoadGlobal(i) => {
                        match global_cached(code, &func.globals, &func.builtins, i as usize) {
                            Some(v) => push_value(&mut self.stack, v),
                            None => push_or_raise!(self.load_global(fi, i as usize)),
                        }
                    }
                    Instr::LoadName(i) => {
                        let (text, h) = ops::str_and_hash(&code.names[i as usize]);
                        let found = match self.frames[fi].locals.as_ref().map(|l| l.kind()) {
                            _ if self.frames[fi]
                                .locals
                                .as_ref()
                                .is_some_and(|l| l.sub().is_some()) =>
                            {
                                // A class body's `__prepare__` namespace: its own `__getitem__`.
                                let l = Value::Obj(self.frames[fi].locals.clone().expect("locals"));
                                match ops::getitem(self, &l, &code.names[i as usize]) {
                                    Ok(v) => Some(v),
                                    Err(e) if ops::err_matches(self, &e, ExcKind::KeyError) => None,
                                    Err(e) => {
                                        sync!();
                                        return Err(e);
                                    }
                                }
                            }
                            Some(Kind::Dict(d)) => {
                                d.borrow().get(h, |k| k.as_str() == Some(text)).cloned()
                            }
                            _ => None,
                        };
                        match found {
                            Some(v) => self.stack.push(v),
                            None => push_or_raise!(self.load_global(fi, i as usize)),
                        }
                    }
                    Instr::StoreGlobal(i) | Instr::StoreName(i) => {
                        let name = &code.names[i as usize];
                        let v = self.pop();
                        let target = match (instr, &self.frames[fi].locals) {
                            (Instr::StoreName(_), Some(l)) => l.clone(),
                            _ => self.frames[fi].func.globals.clone(),
                        };
                        if target.sub().is_some() {
                            let r = ops::setitem(self, &Value::Obj(target), name, v);
                            if let Err(e) = r {
                                sync!();
                                return Err(e);
                            }
                        } else if let Kind::Dict(d) = target.kind() {
                            d.borrow_mut().set_str_value(name, v);
                        }
                        gc_point!();
                    }
                    Instr::DeleteGlobal(i) | Instr::DeleteName(i) => {
                        let name = code.names[i as usize].clone();
                        let target = match (instr, &self.frames[fi].locals) {
                            (Instr::DeleteName(_), Some(l)) => l.clone(),
                            _ => self.frames[fi].func.globals.clone(),
                        };
                        if target.sub().is_some() {
                            let r = ops::delitem(self, &Value::Obj(target), &name);
                            if let Err(e) = r {
                                sync!();
                                return Err(if ops::err_matches(self, &e, ExcKind::KeyError) {
                                    self.name_error(&name)
                                } else {
                                    e
                                });
                            }
                        } else {
                            let removed = match target.kind() {
                                Kind::Dict(d) => {
                                    d.borrow_mut().remove_str(name.as_str().unwrap_or(""))
                                }
                                _ => None,
                            };
                            if removed.is_none() {
                                sync!();
                                return Err(self.name_error(&name));
                            }
                            drop(removed);
                        }
                        gc_point!();
                    }
                    Instr::LoadAttr(i) => {
                        let epoch = self.st.types.type_epoch.get();
                        // A hit replaces the object on top with its attribute: no pop, no push.
                        if let Some(top) = self.stack.last_mut()
                            && let Some(v) =
                                crate::typecache::load_attr_quick(epoch, code, i as usize, top)
                        {
                            let obj = std::mem::replace(top, v);
                            drop(obj);
                            continue;
                        }
                        let obj = self.pop();
                        sync!();
                        match self.load_attr_at(code, i as usize, obj)? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Instr::StoreAttr(i) => {
                        let obj = self.pop();
                        let v = self.pop();
                        let epoch = self.st.types.type_epoch.get();
                        // A `__del__` of the value stored over (or of the owner) runs before
                        // the next instruction, as CPython's does at the store.
                        let v = match crate::typecache::store_attr_quick(
                            epoch, code, i as usize, &obj, v,
                        ) {
                            Ok(old) => {
                                drop((old, obj));
                                gc_point!();
                                continue;
                            }
                            Err(v) => v,
                        };
                        if let Err(e) =
                            crate::typecache::store_attr(self, code, i as usize, &obj, v)
                        {
                            sync!();
                            return Err(e);
                        }
                        drop(obj);
                        gc_point!();
                    }
                    Instr::StoreFastStoreFast(p) => {
                        let (a, b) = isles_compiler::unpair(p);
                        let v = self.pop();
                        self.stack[base + a] = v;
                        let v = self.pop();
                        self.stack[base + b] = v;
                        ip += 1;
                    }
                    Instr::LoadFastStoreAttr(p) => {
                        let (a, n) = isles_compiler::unpair(p);
                        let v = self.pop();
                        let epoch = self.st.types.type_epoch.get();
                        let local = &self.stack[base + a];
                        let v = match crate::typecache::store_attr_quick(epoch, code, n, local, v) {
                            Ok(old) => {
                                ip += 1;
                                if let Value::Obj(o) = old {
                                    drop(o);
                                    gc_point!();
                                }
                                continue;
                            }
                            Err(v) => v,
                        };
                        let obj = load_local!(a);
                        ip += 1;
                        if let Err(e) = crate::typecache::store_attr(self, code, n, &obj, v) {
                            sync!();
                            return Err(e);
                        }
                        gc_point!();
                    }
                    Instr::FastFastStoreAttr(t) | Instr::ConstFastStoreAttr(t) => {
                        let (a, b, n) = isles_compiler::untriple(t);
                        let v = match instr {
                            Instr::FastFastStoreAttr(_) => load_local!(a),
                            _ => code.consts[a].clone(),
                        };
                        let epoch = self.st.types.type_epoch.get();
                        let local = &self.stack[base + b];
                        match crate::typecache::store_attr_quick(epoch, code, n, local, v) {
                            Ok(old) => {
                                ip += 2;
                                if let Value::Obj(o) = old {
                                    drop(o);
                                    gc_point!();
                                }
                            }
                            // The `LoadFastStoreAttr` at the next position stores it.
                            Err(v) => self.stack.push(v),
                        }
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = self.pop();
                        if let Err(e) = ops::delattr(self, &obj, &code.names[i as usize]) {
                            sync!();
                            return Err(e);
                        }
                        drop(obj);
                        gc_point!();
                    }
                    Instr::LoadMethod(i) => {
                        let obj = self.pop();
                        load_method!(i as usize, obj);
                    }
                    Instr::LoadFastLoadMethod(p) => {
                        let (a, n) = isles_compiler::unpair(p);
                        let obj = load_local!(a);
                        ip += 1;
                        load_method!(n, obj);
                    }
                    Instr::FastMethodCall0(p) => {
                        let (a, name) = isles_compiler::unpair(p);
                        let obj = load_local!(a);
                        ip += 1;
                        // A Python method's frame is pushed right away, with no dispatch of
                        // the `CallMethod`; anything else is called by it, as written.
                        if load_method!(name, obj) {
                            let slot = self.stack.len() - 2;
                            if let Some(Kind::Function(f)) = self.stack[slot].kind()
                                && plain_call(f, 1)
                            {
                                let func = f.clone();
                                ip += 1;
                                sync!();
                                self.gc_check();
                                self.setup_frame(func, slot + 1, slot)?;
                                continue 'frames;
                            }
                        }
                    }
                    Instr::FastMethodCall(k, p) => {
                        let (a, name) = isles_compiler::unpair(p);
                        let obj = load_local!(a);
                        ip += 1;
                        // `LoadFastLoadMethod`, but a native method is called (or answered)
                        // here with its arguments read in place and nothing pushed.
                        if let Some(f) =
                            crate::typecache::load_method_quick(&self.st.types, code, name, &obj)
                        {
                            if let Some(Kind::Native(_)) = f.kind() {
                                // The `CallMethod`'s position, for errors.
                                let at = ip;
                                ip += k as usize + 1;
                                sync!();
                                match crate::builtin_calls::native_method_call(
                                    self, code, &f, &obj, at, k as usize, base,
                                ) {
                                    Some(Ok(v)) => {
                                        // `x.m(y)` as a statement: its `PopTop` too.
                                        if let Some(Instr::PopTop) = instrs.get(ip) {
                                            ip += 1;
                                            drop(v);
                                            gc_point!();
                                        } else {
                                            self.stack.push(v);
                                        }
                                        continue;
                                    }
                                    Some(Err(e)) => return Err(e),
                                    None => ip = at,
                                }
                            }
                            self.stack.push(f);
                            self.stack.push(obj);
                        } else {
                            load_method!(name, obj);
                        }
                    }
                    Instr::CallMethod(n) => {
                        let n = n as usize;
                        let slot = self.stack.len() - n - 2;
                        sync!();
                        self.gc_check();
                        // `[f, self, args...]`, or `[f, Null, args...]` for an unbound f.
                        let null = self.stack[slot + 1].is_null();
                        let args_start = slot + 1 + null as usize;
                        if let Some(Kind::Native(nf)) = self.stack[slot].kind() {
                            let q = crate::builtin_calls::method_tag(nf);
                            if !null
                                && q != Quick::No
                                && crate::builtin_calls::quick_method(q, &mut self.stack, slot)
                            {
                                continue;
                            }
                            if null {
                                // The Null takes the callable's place and then the result's.
                                self.stack.swap(slot, slot + 1);
                                let v = self.call_native_at(slot + 1)?;
                                self.stack[slot] = v;
                            } else {
                                let v = self.call_native_at(slot)?;
                                self.stack.push(v);
                            }
                            continue;
                        }
                        // The frame is pushed right here; a Null below its arguments goes
                        // when it returns (the result replaces `f`).
                        if let Some(Kind::Function(f)) = self.stack[slot].kind()
                            && plain_call(f, self.stack.len() - args_start)
                        {
                            let func = f.clone();
                            self.setup_frame(func, args_start, slot)?;
                            continue 'frames;
                        }
                        if let Some(Kind::Function(f)) = self.stack[slot].kind()
                            && defaults_call(f, self.stack.len() - args_start)
                        {
                            let func = f.clone();
                            self.push_defaults(&func, args_start);
                            self.setup_frame(func, args_start, slot)?;
                            continue 'frames;
                        }
                        if null {
                            self.stack.remove(slot + 1);
                        }
                        match self.call_at(slot, slot + 1, &[])? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Instr::Call(n) => {
                        let n = n as usize;
                        let slot = self.stack.len() - n - 1;
                        sync!();
                        self.maybe_switch()?;
                        self.gc_check();
                        match self.stack[slot].kind() {
                            Some(Kind::Function(f)) if plain_call(f, n) => {
                                let func = f.clone();
                                self.setup_frame(func, slot + 1, slot)?;
                                continue 'frames;
                            }
                            Some(Kind::Function(f)) if defaults_call(f, n) => {
                                let func = f.clone();
                                self.push_defaults(&func, slot + 1);
                                self.setup_frame(func, slot + 1, slot)?;
                                continue 'frames;
                            }
                            Some(Kind::Native(nf)) => {
                                let q = nf.quick;
                                if q != Quick::No
                                    && crate::builtin_calls::quick_call(
                                        q,
                                        &self.st.types,
                                        &self.ascii_chars,
                                        &mut self.stack,
                                        slot,
                                    )
                                {
                                    continue;
                                }
                                let v = self.call_native_at(slot)?;
                                self.stack.push(v);
                                continue;
                            }
                            _ => {}
                        }
                        match self.call_at(slot, slot + 1, &[])? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Instr::CallKw(n) => {
                        let names = self.pop();
                        let kwnames: &[Value] = match names.kind() {
                            Some(Kind::Tuple(t)) => t,
                            _ => &[],
                        };
                        let n = n as usize;
                        let slot = self.stack.len() - n - 1;
                        sync!();
                        // A Python function whose keywords bind in place gets its frame
                        // here (not through `call_at`, `enter_function` and `bind_frame`).
                        if let Some(Kind::Function(f)) = self.stack[slot].kind()
                            && !f.code.code.flags.generator
                            && f.code_swap.get().is_none()
                        {
                            let func = f.clone();
                            if self.bind_kw_in_place(&func, slot + 1, kwnames) {
                                self.setup_frame(func, slot + 1, slot)?;
                                continue 'frames;
                            }
                        }
                        match self.call_at(slot, slot + 1, kwnames)? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Instr::BinarySubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        if let Some(v) = ops::getitem_fast(&obj, &key) {
                            self.stack.push(v);
                            continue;
                        }
                        push_or_raise!(ops::getitem(self, &obj, &key));
                    }
                    Instr::StoreSubscr | Instr::Rot3StoreSubscr => {
                        let (v, key, obj);
                        if let Instr::Rot3StoreSubscr = instr {
                            // An error reports the `StoreSubscr` half.
                            ip += 1;
                            (v, key, obj) = (self.pop(), self.pop(), self.pop());
                        } else {
                            (key, obj, v) = (self.pop(), self.pop(), self.pop());
                        }
                        let Some(v) = ops::setitem_fast(&obj, &key, v) else {
                            continue;
                        };
                        if let Err(e) = ops::setitem(self, &obj, &key, v) {
                            sync!();
                            return Err(e);
                        }
                    }
                    Instr::Dup2BinarySubscr => {
                        ip += 1;
                        if let [.., obj, key] = &self.stack[..]
                            && let Some(v) = ops::getitem_fast(obj, key)
                        {
                            self.stack.push(v);
                            continue;
                        }
                        let n = self.stack.len();
                        let (obj, key) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        push_or_raise!(ops::getitem(self, &obj, &key));
                    }
                    Instr::DeleteSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        if let Err(e) = ops::delitem(self, &obj, &key) {
                            sync!();
                            return Err(e);
                        }
                        drop((obj, key));
                        gc_point!();
                    }
                    Instr::Binary(op) | Instr::Inplace(op) => {
                        // Numbers work in place: the result takes the left operand's slot,
                        // with no pop and push of values that need no reference counting.
                        if let [.., a, b] = &mut self.stack[..]
                            && let Some(v) = ops::fast_arith(op, a, b)
                        {
                            *a = v;
                            self.stack.pop();
                            continue;
                        }
                        // `s += t` into the local that holds `s`: appends in place when the
                        // str has no other reference (see `ops::concat_str_into_local`).
                        if op == isles_compiler::BinOp::Add
                            && let Some(local) = match instrs[ip] {
                                Instr::StoreFast(i) => Some(i as usize),
                                Instr::StoreFastLoadFast(p) | Instr::StoreFastJump(p) => {
                                    Some(isles_compiler::unpair(p).0)
                                }
                                _ => None,
                            }
                            && ops::concat_str_into_local(&mut self.stack, base + local)
                        {
                            continue;
                        }
                        let b = self.pop();
                        let a = self.pop();
                        let r = if let Instr::Inplace(_) = instr {
                            ops::inplace(self, op, &a, &b)
                        } else {
                            ops::binary_owned(self, op, a, &b)
                        };
                        push_or_raise!(r);
                    }
                    Instr::BinaryStoreFast(op, l) | Instr::InplaceStoreFast(op, l) => {
                        if let [.., a, b] = &self.stack[..]
                            && let Some(v) = ops::fast_arith(op, a, b)
                        {
                            let n = self.stack.len() - 2;
                            self.stack.truncate(n);
                            self.stack[base + l as usize] = v;
                            ip += 1;
                            continue;
                        }
                        // As `Binary`/`Inplace`, whose `StoreFast` runs next.
                        if op == isles_compiler::BinOp::Add
                            && ops::concat_str_into_local(&mut self.stack, base + l as usize)
                        {
                            continue;
                        }
                        let b = self.pop();
                        let a = self.pop();
                        push_or_raise!(if let Instr::InplaceStoreFast(..) = instr {
                            ops::inplace(self, op, &a, &b)
                        } else {
                            ops::binary_owned(self, op, a, &b)
                        });
                    }
                    Instr::InplaceStoreSubscr(op) => {
                        if let [.., obj, key, a, b] = &mut self.stack[..]
                            && let Some(v) = ops::fast_arith(op, a, b)
                        {
                            match ops::setitem_fast(obj, key, v) {
                                None => {
                                    let n = self.stack.len() - 4;
                                    self.stack.truncate(n);
                                    ip += 2;
                                }
                                // The store as written, from the `Rot3` on.
                                Some(v) => {
                                    *a = v;
                                    self.stack.pop();
                                }
                            }
                            continue;
                        }
                        let b = self.pop();
                        let a = self.pop();
                        push_or_raise!(ops::inplace(self, op, &a, &b));
                    }
                    Instr::FastConstDupSubscr(p) => {
                        let (a, c) = isles_compiler::unpair(p);
                        let obj = load_local!(a);
                        ip += 1;
                        let key = code.consts[c].clone();
                        if let Some(v) = ops::getitem_fast(&obj, &key) {
                            ip += 2;
                            self.stack.push(obj);
                            self.stack.push(key);
                            self.stack.push(v);
                            continue;
                        }
                        // `Dup2BinarySubscr` runs next.
                        self.stack.push(obj);
                        self.stack.push(key);
                    }
                    Instr::Unary(op) => {
                        let a = self.pop();
                        // `if not x:`: the truth of `x` decides the jump after it at once.
                        if op == isles_compiler::UnOp::Not
                            && let Some(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)) =
                                instrs.get(ip)
                        {
                            let b = match a {
                                Value::Bool(b) => b.get(),
                                _ => match ops::truthy(self, &a) {
                                    Ok(b) => b,
                                    Err(e) => {
                                        sync!();
                                        return Err(e);
                                    }
                                },
                            };
                            compare_jump!(!b);
                            continue;
                        }
                        push_or_raise!(ops::unary(self, op, &a));
                    }
                    Instr::Compare(op) => {
                        if let [.., a, b] = &mut self.stack[..]
                            && let Some(r) = ops::fast_compare_bool(op, a, b)
                        {
                            // A comparison is almost always a branch condition: jump right away.
                            match instrs[ip] {
                                Instr::PopJumpIfFalse(t) => {
                                    ip = if r { ip + 1 } else { t as usize };
                                }
                                Instr::PopJumpIfTrue(t) => {
                                    ip = if r { t as usize } else { ip + 1 };
                                }
                                Instr::JumpIfFalseOrPop(_) if r => ip += 1,
                                Instr::JumpIfTrueOrPop(_) if !r => ip += 1,
                                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                                    *a = Value::bool(r);
                                    self.stack.pop();
                                    ip = t as usize;
                                    continue;
                                }
                                _ => {
                                    *a = Value::bool(r);
                                    self.stack.pop();
                                    continue;
                                }
                            }
                            self.stack.pop();
                            self.stack.pop();
                            continue;
                        }
                        let b = self.pop();
                        let a = self.pop();
                        push_or_raise!(ops::compare(self, op, &a, &b));
                    }
                    Instr::Is(neg) => {
                        let b = self.pop();
                        let a = self.pop();
                        // Like `Compare`: jump right away when a conditional jump follows.
                        compare_jump!(a.is(&b) != neg);
                    }
                    Instr::ConstIs(neg, c) => {
                        let a = self.pop();
                        ip += 1;
                        compare_jump!(a.is(&code.consts[c as usize]) != neg);
                    }
                    Instr::FastConstIs(neg, p) => {
                        let (a, c) = isles_compiler::unpair(p);
                        let x = &self.stack[base + a];
                        if x.is_null() {
                            sync!();
                            return Err(unbound_local(code, a));
                        }
                        let r = x.is(&code.consts[c]) != neg;
                        ip += 2;
                        compare_jump!(r);
                    }
                    Instr::DerefSubscrContains(neg, t) => {
                        let (d, c, k) = isles_compiler::untriple(t);
                        let cells = base + code.code.varnames.len();
                        // An empty cell reads as `Null`, which no fast path takes.
                        let hit = match (self.stack[cells + d].kind(), self.stack[cells + c].kind())
                        {
                            (Some(Kind::Cell(x)), Some(Kind::Cell(y))) => {
                                ops::getitem_fast(&y.borrow(), &self.stack[base + k])
                                    .and_then(|item| ops::contains_fast(&item, &x.borrow()))
                            }
                            _ => None,
                        };
                        if let Some(r) = hit {
                            ip += 4;
                            compare_jump!(r != neg);
                            continue;
                        }
                        // The first deref as written; `DerefFastSubscr` and the rest run next.
                        let v = load_deref!(cells + d, d);
                        self.stack.push(v);
                    }
                    Instr::Contains(neg) => {
                        let b = self.pop();
                        let a = self.pop();
                        match ops::contains(self, &b, &a) {
                            // Like `Compare`: jump right away when a conditional jump follows.
                            Ok(r) => compare_jump!(r != neg),
                            Err(e) => {
                                sync!();
                                return Err(e);
                            }
                        }
                    }
                    Instr::Jump(t) => jump!(t as usize),
                    Instr::StoreFastJump(p) => {
                        let (a, t) = isles_compiler::unpair(p);
                        let v = self.pop();
                        self.stack[base + a] = v;
                        ip += 1;
                        jump!(t);
                    }
                    Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                        let v = self.pop();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            Value::Int(i) => i != 0,
                            Value::None => false,
                            _ => match ops::truthy(self, &v) {
                                Ok(b) => b,
                                Err(e) => {
                                    sync!();
                                    return Err(e);
                                }
                            },
                        };
                        let jump_on = matches!(instr, Instr::PopJumpIfTrue(_));
                        if b == jump_on {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                        let v = self.top().clone();
                        let b = match ops::truthy(self, &v) {
                            Ok(b) => b,
                            Err(e) => {
                                sync!();
                                return Err(e);
                            }
                        };
                        let jump_on = matches!(instr, Instr::JumpIfTrueOrPop(_));
                        if b == jump_on {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = self.pop();
                        match ops::get_iter(self, &v) {
                            Ok(it) => self.stack.push(it),
                            Err(e) => {
                                sync!();
                                return Err(e);
                            }
                        }
                    }
                    Instr::RangeIter(n) => {
                        let at = self.stack.len() - n as usize - 1;
                        if let Some(it) = crate::iters::range_iter(self.st, &self.stack[at..]) {
                            self.stack.truncate(at);
                            self.stack.push(it);
                            // Past the `Call` and `GetIter` it stands in for.
                            ip += 2;
                        }
                    }
                    Instr::ForIter(t) => {
                        if let Some(v) = ops::next_fast(self.top(), &self.ascii_chars) {
                            self.stack.push(v);
                            continue;
                        }
                        if ops::end_fast(self.top()) {
                            self.stack.pop();
                            ip = t as usize;
                            continue;
                        }
                        sync!();
                        if self.enter_gen() {
                            continue 'frames;
                        }
                        let it = self.top().clone();
                        match ops::next(self, &it) {
                            Ok(Some(v)) => self.stack.push(v),
                            Ok(None) => {
                                self.stack.pop();
                                ip = t as usize;
                            }
                            Err(e) => {
                                sync!();
                                return Err(e);
                            }
                        }
                    }
                    Instr::ForIterStoreFast(p) => {
                        let (t, a) = isles_compiler::unpair(p);
                        let v = match ops::next_fast(self.top(), &self.ascii_chars) {
                            Some(v) => v,
                            None if ops::end_fast(self.top()) => {
                                self.stack.pop();
                                ip = t;
                                continue;
                            }
                            None => {
                                // A generator resumes in this loop and its `yield` does
                                // the `StoreFast` half of the pair.
                                sync!();
                                if self.enter_gen_store(a) {
                                    continue 'frames;
                                }
                                let it = self.top().clone();
                                match ops::next(self, &it) {
                                    Ok(Some(v)) => v,
                                    Ok(None) => {
                                        self.stack.pop();
                                        ip = t;
                                        continue;
                                    }
                                    Err(e) => {
                                        sync!();
                                        return Err(e);
                                    }
                                }
                            }
                        };
                        ip += 1;
                        self.stack[base + a] = v;
                    }
                    Instr::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let l = Obj::new(Kind::List(RefCell::new(items)));
                        self.st.gc_track(&l);
                        self.stack.push(Value::Obj(l));
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::tuple(items));
                    }
                    Instr::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let d = Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::with_capacity(
                            n as usize,
                        )))));
                        self.st.gc_track(&d);
                        let d = Value::Obj(d);
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            if let Err(e) = ops::dict_set(self, &d, k, v) {
                                sync!();
                                return Err(e);
                            }
                        }
                        self.stack.push(d);
                    }
                    Instr::BuildSlice(n) | Instr::BuildSliceSubscr(n) => {
                        // `x[a:b]` (`x[a:b:c]`) of an exact list, tuple or str with int or None
                        // bounds: the items are picked with no slice object made, as no
                        // `__index__` or `__getitem__` can run; anything else as written.
                        if let Instr::BuildSliceSubscr(_) = instr
                            && let [obj, bounds @ ..] =
                                &self.stack[self.stack.len() - n as usize - 1..]
                            && matches!(
                                obj.kind(),
                                Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_))
                            )
                            && !obj.is_sub()
                            && bounds
                                .iter()
                                .all(|v| matches!(v, Value::Int(_) | Value::None))
                        {
                            ip += 1;
                            let step = if n == 3 { self.pop() } else { Value::None };
                            let stop = self.pop();
                            let start = self.pop();
                            let obj = self.pop();
                            push_or_raise!(ops::get_slice(self, &obj, &start, &stop, &step));
                            continue;
                        }
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        self.stack
                            .push(Value::Obj(Obj::new(Kind::Slice(start, stop, step))));
                    }
                    Instr::LoadFastListAppend(p) => {
                        let (a, n) = isles_compiler::unpair(p);
                        let v = load_local!(a);
                        ip += 1;
                        let idx = self.stack.len() - n;
                        if let Some(Kind::List(l)) = self.stack[idx].kind() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Instr::ListAppend(n) => {
                        let v = self.pop();
                        let idx = self.stack.len() - n as usize;
                        if let Some(Kind::List(l)) = self.stack[idx].kind() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Instr::SetAdd(n) => {
                        let v = self.pop();
                        let set = self.stack[self.stack.len() - n as usize].clone();
                        if let Err(e) = ops::set_add(self, &set, v) {
                            sync!();
                            return Err(e);
                        }
                    }
                    Instr::MapAdd(n) => {
                        let v = self.pop();
                        let k = self.pop();
                        let d = self.stack[self.stack.len() - n as usize].clone();
                        if let Err(e) = ops::dict_set(self, &d, k, v) {
                            sync!();
                            return Err(e);
                        }
                    }
                    Instr::ListExtend => {
                        let it = self.pop();
                        sync!();
                        let items = ops::iterate(self, &it).map_err(|e| {
                            if ops::err_matches(self, &e, ExcKind::TypeError)
                                && ops::get_iter(self, &it).is_err()
                            {
                                PyErr::type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    ops::type_name(self, &it)
                                ))
                            } else {
                                e
                            }
                        })?;
                        if let Some(Kind::List(l)) = self.top().kind() {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetUpdate => {
                        let it = self.pop();
                        sync!();
                        let set = self.top().clone();
                        ops::set_update(self, &set, &it)?;
                    }
                    Instr::DictMerge(reject_dups) => {
                        let m = self.pop();
                        sync!();
                        let d = self.top().clone();
                        self.dict_merge(&d, &m, reject_dups != 0)?;
                    }
                    Instr::ListToTuple => {
                        let l = self.pop();
                        let items = match l.kind() {
                            Some(Kind::List(l)) => l.borrow().clone(),
                            _ => Vec::new(),
                        };
                        self.stack.push(Value::tuple(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        sync!();
                        let set = ops::new_set(self, items)?;
                        self.stack.push(set);
                    }
                    Instr::CallEx(flags) => {
                        let kw = if flags & 1 != 0 {
                            self.pop()
                        } else {
                            Value::None
                        };
                        let args = self.pop();
                        let f = self.pop();
                        sync!();
                        let r = self.call_star(&f, &args, &kw)?;
                        self.stack.push(r);
                    }
                    Instr::SendSub(t) => {
                        let v = self.pop();
                        sync!();
                        // A plain generator runs in this loop (see `INLINE_SUB`).
                        let v = match self.enter_sub(v) {
                            Ok(()) => continue 'frames,
                            Err(v) => v,
                        };
                        let sub = self.top().clone();
                        match self.send_sub(&sub, v)? {
                            crate::generator::GenStep::Yield(x) => self.stack.push(x),
                            crate::generator::GenStep::Return(r) => {
                                self.stack.pop();
                                self.stack.push(r);
                                ip = t as usize;
                            }
                        }
                    }
                    Instr::YieldValue => {
                        let v = self.pop();
                        yield_value!(v);
                    }
                    Instr::LoadFastYieldValue(a) => {
                        let v = load_local!(a as usize);
                        ip += 1;
                        yield_value!(v);
                    }
                    Instr::UnpackSequence(_) | Instr::UnpackStoreFast2(_) => {
                        let v = self.pop();
                        // Exact-size tuples and lists go straight onto the stack, no copy.
                        let exact = if v.is_sub() { None } else { v.kind() };
                        let n = match instr {
                            Instr::UnpackSequence(n) => n,
                            _ => 2,
                        };
                        if let Instr::UnpackStoreFast2(p) = instr {
                            // An exact pair goes straight into the two locals.
                            let (a, b) = isles_compiler::unpair(p);
                            let pair = match exact {
                                Some(Kind::Tuple(t)) if t.len() == 2 => {
                                    Some((t[0].clone(), t[1].clone()))
                                }
                                Some(Kind::List(l)) => match &l.borrow()[..] {
                                    [x, y] => Some((x.clone(), y.clone())),
                                    _ => None,
                                },
                                _ => None,
                            };
                            if let Some((x, y)) = pair {
                                ip += 2;
                                self.stack[base + a] = x;
                                self.stack[base + b] = y;
                                continue;
                            }
                        }
                        match exact {
                            Some(Kind::Tuple(t)) if t.len() == n as usize => {
                                self.stack.extend(t.iter().rev().cloned());
                                continue;
                            }
                            Some(Kind::List(l)) if l.borrow().len() == n as usize => {
                                self.stack.extend(l.borrow().iter().rev().cloned());
                                continue;
                            }
                            _ => {}
                        }
                        let items = match exact {
                            Some(Kind::Tuple(t)) => t.to_vec(),
                            Some(Kind::List(l)) => l.borrow().clone(),
                            _ => match ops::iterate(self, &v) {
                                Ok(items) => items,
                                Err(e) => {
                                    sync!();
                                    return Err(
                                        if ops::err_matches(self, &e, ExcKind::TypeError)
                                            && !matches!(v.kind(), Some(Kind::Str(_)))
                                        {
                                            PyErr::type_error(format!(
                                                "cannot unpack non-iterable {} object",
                                                ops::type_name(self, &v)
                                            ))
                                        } else {
                                            e
                                        },
                                    );
                                }
                            },
                        };
                        let n = n as usize;
                        if items.len() != n {
                            sync!();
                            return Err(PyErr::value_error(if items.len() > n {
                                format!("too many values to unpack (expected {n})")
                            } else {
                                format!(
                                    "not enough values to unpack (expected {n}, got {})",
                                    items.len()
                                )
                            }));
                        }
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx(before, after) => {
                        let v = self.pop();
                        let items = match ops::iterate(self, &v) {
                            Ok(i) => i,
                            Err(_) => {
                                sync!();
                                return Err(PyErr::type_error(format!(
                                    "cannot unpack non-iterable {} object",
                                    ops::type_name(self, &v)
                                )));
                            }
                        };
                        let (b, a) = (before as usize, after as usize);
                        if items.len() < b + a {
                            sync!();
                            return Err(PyErr::value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                b + a,
                                items.len()
                            )));
                        }
                        let mid = items[b..items.len() - a].to_vec();
                        for x in items[items.len() - a..].iter().rev() {
                            self.stack.push(x.clone());
                        }
                        self.stack.push(Value::list(mid));
                        for x in items[..b].iter().rev() {
                            self.stack.push(x.clone());
                        }
                    }
                    Instr::MakeFunction(flags) => {
                        sync!();
                        let f = self.make_function(flags)?;
                        self.stack.push(f);
                    }
                    Instr::ReturnValue
                    | Instr::ReturnConst(_)
                    | Instr::ReturnFast(_)
                    | Instr::BinaryReturn(_) => {
                        let v = match instr {
                            Instr::ReturnConst(c) => code.consts[c as usize].clone(),
                            Instr::ReturnFast(a) => load_local!(a as usize),
                            Instr::BinaryReturn(op) => {
                                let Some(v) = (match &self.stack[..] {
                                    [.., a, b] => ops::fast_arith(op, a, b),
                                    _ => None,
                                }) else {
                                    // As `Binary`; the `ReturnValue` after it runs next.
                                    let b = self.pop();
                                    let a = self.pop();
                                    push_or_raise!(ops::binary_owned(self, op, a, &b));
                                    continue;
                                };
                                // Two numbers: nothing to drop.
                                let n = self.stack.len() - 2;
                                self.stack.truncate(n);
                                v
                            }
                            _ => self.pop(),
                        };
                        let Some(f) = self.frames.pop() else {
                            return Err(PyErr::system_error("return without a frame"));
                        };
                        if f.ret_slot >= INIT_FRAME {
                            if f.ret_slot > crate::generator::DRAIN_GEN {
                                self.leave_gen_return(f, v)?;
                                continue 'frames;
                            }
                            if f.ret_slot < crate::generator::DRAIN_FIRST {
                                // Never the run's first frame: its caller is this loop's.
                                self.leave_init(f, v)?;
                                continue 'frames;
                            }
                        }
                        // Field by field, so that the drops inline.
                        let Frame {
                            func,
                            locals,
                            ret_slot,
                            block_base,
                            base,
                            ..
                        } = f;
                        if let Some(l) = locals {
                            self.keep_final_locals(&func, base, &l);
                        }
                        self.blocks.truncate(block_base);
                        if self.frames.len() < entry {
                            self.cut_stack(ret_slot);
                            drop(func);
                            return Ok(Some(v));
                        }
                        self.finish_call(ret_slot, v);
                        drop(func);
                        continue 'frames;
                    }
                    Instr::Raise(n) => {
                        sync!();
                        return Err(self.do_raise(n));
                    }
                    Instr::SetupExcept(t) => {
                        let level = self.stack.len();
                        self.blocks.push(Block {
                            kind: BlockKind::Setup,
                            handler: t,
                            level,
                        });
                    }
                    Instr::PopBlock => {
                        self.blocks.pop();
                    }
                    Instr::PopExcept => {
                        self.blocks.pop();
                        self.exc_stack.pop();
                    }
                    Instr::CheckExcMatch => {
                        let cls = self.pop();
                        let exc = self.top().clone();
                        match self.exc_matches(&exc, &cls) {
                            Ok(b) => self.stack.push(Value::bool(b)),
                            Err(e) => {
                                sync!();
                                return Err(e);
                            }
                        }
                    }
                    Instr::Reraise => {
                        let exc = self.pop();
                        sync!();
                        let mut e = self.reraise(&exc);
                        e.0.reraised = true;
                        return Err(e);
                    }
                    Instr::SetupWith(t) => {
                        let ctx = self.pop();
                        sync!();
                        let enter_result = self.setup_with(&ctx)?;
                        let level = self.stack.len();
                        self.blocks.push(Block {
                            kind: BlockKind::Setup,
                            handler: t,
                            level,
                        });
                        self.stack.push(enter_result);
                    }
                    Instr::WithExit => {
                        let exit = self.pop();
                        sync!();
                        self.call(
                            &exit,
                            Args::positional(&[Value::None, Value::None, Value::None]),
                        )?;
                    }
                    Instr::WithExcept => {
                        let n = self.stack.len();
                        let (exit, exc) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        let cls = Value::Obj(ops::type_of(self, &exc));
                        sync!();
                        let tb = self.exit_traceback(&exc);
                        let r = self.call(&exit, Args::positional(&[cls, exc, tb]))?;
                        let suppress = ops::truthy(self, &r)?;
                        self.stack.push(Value::bool(suppress));
                    }
                    Instr::LoadBuildClass => {
                        let f = self.native("__build_class__", crate::classes::build_class);
                        self.stack.push(f);
                    }
                    Instr::ImportName(i) => {
                        let fromlist = self.pop();
                        let level = match self.pop() {
                            Value::Int(l) => l.max(0) as usize,
                            _ => 0,
                        };
                        let name = code.names[i as usize].clone();
                        sync!();
                        let globals = self.frames[fi].func.globals.clone();
                        let m = self.import_name(
                            name.as_str().unwrap_or(""),
                            &fromlist,
                            level,
                            &globals,
                        )?;
                        self.stack.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = self.top().clone();
                        let name = code.names[i as usize].clone();
                        sync!();
                        let v = self.import_from(&m, &name)?;
                        self.stack.push(v);
                    }
                    Instr::ImportStar => {
                        let m = self.pop();
                        sync!();
                        let target = match &self.frames[fi].locals {
                            Some(l) => l.clone(),
                            None => self.frames[fi].func.globals.clone(),
                        };
                        self.import_star(&m, &target)?;
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let v = self.pop();
                        // An exact str with no spec and no (or a `!s`) conversion is its own
                        // text: pushed as it is, as CPython's FORMAT_VALUE does.
                        if spec.is_none() && flags & 3 <= 1 && v.plain_str().is_some() {
                            self.stack.push(v);
                        } else {
                            sync!();
                            let s = self.format_value(&v, flags & 3, spec.as_ref())?;
                            self.stack.push(Value::str(s));
                        }
                    }
                    Instr::BuildString(n) => {
                        let start = self.stack.len() - n as usize;
                        let parts = &self.stack[start..];
                        let len = parts.iter().map(|p| p.as_str().map_or(0, str::len)).sum();
                        let mut out = String::with_capacity(len);
                        for p in parts {
                            out.push_str(p.as_str().unwrap_or(""));
                        }
                        self.stack.truncate(start);
                        self.stack.push(Value::str(out));
                    }
                    Instr::MatchSequence => {
                        let b = crate::matching::is_sequence(self, self.top());
                        self.stack.push(Value::bool(b));
                    }
                    Instr::MatchMapping => {
                        let b = crate::matching::is_mapping(self, self.top());
                        self.stack.push(Value::bool(b));
                    }
                    Instr::GetLen => {
                        let v = self.top().clone();
                        push_or_raise!(ops::len(self, &v).map(|n| Value::Int(n as i64)));
                    }
                    Instr::MatchKeys => {
                        let n = self.stack.len();
                        let (subject, keys) =
                            (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        push_or_raise!(crate::matching::match_keys(self, &subject, &keys));
                    }
                    Instr::GetAwaitable => {
                        let v = self.pop();
                        sync!();
                        let it = crate::generator::awaitable(self, &v)?;
                        self.stack.push(it);
                    }
                    Instr::AsyncGenWrap => self.agen_wrapped = true,
                    Instr::GetAIter => {
                        sync!();
                        self.get_aiter()?;
                    }
                    Instr::GetANext => {
                        sync!();
                        self.get_anext()?;
                    }
                    Instr::EndAsyncFor => {
                        sync!();
                        self.end_async_for()?;
                    }
                    Instr::BeforeAsyncWith => {
                        sync!();
                        self.before_async_with()?;
                    }
                    Instr::AsyncWithExcept => {
                        sync!();
                        self.async_with_except()?;
                    }
                    Instr::StarMatch => {
                        sync!();
                        self.star_match()?;
                    }
                    Instr::PrepReraiseStar => {
                        sync!();
                        self.prep_reraise_star()?;
                    }
                    Instr::CopyN(n) => {
                        let v = self.stack[self.stack.len() - n as usize].clone();
                        self.stack.push(v);
                    }
                    Instr::StoreSlot(n) => {
                        let v = self.pop();
                        let at = self.stack.len() - n as usize;
                        self.stack[at] = v;
                    }
                    Instr::CopyDictWithoutKeys => {
                        let keys = self.pop();
                        let subject = self.top().clone();
                        push_or_raise!(crate::matching::dict_without_keys(self, &subject, &keys));
                    }
                    Instr::MatchClass(npos) => {
                        let names = self.pop();
                        let cls = self.pop();
                        let subject = self.pop();
                        push_or_raise!(crate::matching::match_class(
                            self,
                            &subject,
                            &cls,
                            npos as usize,
                            &names
                        ));
                    }
                    Instr::PrintExpr => {
                        let v = self.pop();
                        sync!();
                        self.display_value(&v)?;
                    }
                }
            }
        }
    }
}
