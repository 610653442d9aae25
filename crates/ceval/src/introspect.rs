//! What `exec`, `eval`, `globals()`, `locals()`, `vars()` and `dir()` need from the running
//! frames: the caller's namespaces, and running a code object in given namespaces.

use std::cell::RefCell;
use std::rc::Rc;

use isles_object::{CodeData, Dict, Kind, Obj, PyErr, PyResult, Value};

use crate::thread::Thread;

/// The bound local variables, cells and free variables of a function frame of `code` whose
/// slots (locals, cells, free variables) start at `slots[0]`.
pub(crate) fn fast_locals(code: &isles_compiler::CodeObject, slots: &[Value]) -> Dict {
    let nvars = code.varnames.len();
    let cell_value = |slot: usize| match slots.get(slot).and_then(|v| v.kind()) {
        Some(Kind::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    };
    let mut d = Dict::new();
    let mut add = |name: &str, v: Value| {
        if !v.is_null() {
            d.set_str(name, v);
        }
    };
    for (i, name) in code.varnames.iter().enumerate() {
        let v = match code.cellvars.iter().position(|c| c == name) {
            Some(ci) => cell_value(nvars + ci),
            None => slots.get(i).cloned().unwrap_or(Value::Null),
        };
        add(name, v);
    }
    for (ci, name) in code.cellvars.iter().enumerate() {
        if !code.varnames.contains(name) {
            add(name, cell_value(nvars + ci));
        }
    }
    for (fi, name) in code.freevars.iter().enumerate() {
        add(name, cell_value(nvars + code.cellvars.len() + fi));
    }
    d
}

/// Brings the `f_locals` dict `cached` up to `now` (the frame's bound variables): unbound
/// names leave it, other keys stay.
fn refresh_locals(code: &isles_compiler::CodeObject, now: &Dict, cached: &Obj) {
    if let Kind::Dict(cur) = cached.kind() {
        let mut cur = cur.borrow_mut();
        for name in code
            .varnames
            .iter()
            .chain(&code.cellvars)
            .chain(&code.freevars)
        {
            match now.get_str(name) {
                Some(v) => cur.set_str(name, v.clone()),
                None => {
                    cur.remove_str(name);
                }
            }
        }
    }
}

impl<'i> Thread<'i> {
    /// The globals of the innermost Python frame (the caller of a native function).
    pub fn frame_globals(&self) -> Obj {
        match self.frames.last() {
            Some(f) => f.func.globals.clone(),
            None => self.st.module_dict(&self.st.main).unwrap_or_else(new_dict),
        }
    }

    /// `locals()` of the innermost Python frame: the namespace itself for module and class
    /// bodies; for functions one dict per frame, refreshed from the fast locals and cells on
    /// each call (unbound names dropped, other keys kept), as CPython 3.11's `f_locals`.
    pub fn frame_locals(&mut self) -> Obj {
        self.frame_locals_at(0)
            .unwrap_or_else(|| self.frame_globals())
    }

    /// The globals of the Python frame `depth` levels out from the innermost (`f_globals`).
    pub fn frame_globals_at(&self, depth: usize) -> Option<Obj> {
        let i = self.frames.len().checked_sub(depth + 1)?;
        Some(self.frames[i].func.globals.clone())
    }

    /// How many levels out from the innermost the function frame whose `f_locals` dict is `d`
    /// runs, if it still runs.
    pub fn frame_depth_of_locals(&self, d: &Obj) -> Option<usize> {
        let i = self.frames.iter().rposition(|f| {
            f.func.code.code.flags.optimized && f.locals.as_ref().is_some_and(|l| l.is(d))
        })?;
        Some(self.frames.len() - 1 - i)
    }

    /// [`Thread::frame_locals`] of the Python frame `depth` levels out from the innermost
    /// (`f_locals`), or None past the outermost.
    pub fn frame_locals_at(&mut self, depth: usize) -> Option<Obj> {
        let fi = self.frames.len().checked_sub(depth + 1)?;
        let f = &self.frames[fi];
        if !f.func.code.code.flags.optimized {
            return Some(f.locals.clone().unwrap_or_else(|| f.func.globals.clone()));
        }
        let code = &f.func.code.code;
        // Each running generator frame runs on its own values, its caller's stack saved (see
        // `generator::resume`): frame `fi`'s values are the stack saved by the first
        // generator frame above it, or the thread's stack when none is.
        let above = self.frames[fi + 1..]
            .iter()
            .filter(|g| {
                let fl = &g.func.code.code.flags;
                fl.generator || fl.coroutine || fl.async_generator
            })
            .count();
        let values = match above {
            0 => &self.stack,
            k => match self.saved_stacks.len().checked_sub(k) {
                Some(at) => &self.saved_stacks[at],
                None => &self.stack,
            },
        };
        let d = fast_locals(code, values.get(f.base..).unwrap_or(&[]));
        let Some(cached) = f.locals.clone() else {
            let o = Obj::new(Kind::Dict(Box::new(RefCell::new(d))));
            // It may come to hold itself (`l = locals()`): the collector must see it.
            self.st.gc_track(&o);
            self.frames[fi].locals = Some(o.clone());
            return Some(o);
        };
        refresh_locals(code, &d, &cached);
        Some(cached)
    }

    /// A function frame that made its `f_locals` dict (`locals()`, `sys._getframe`) is
    /// leaving: the dict gets the final variables, as CPython's frame object keeps them for
    /// later reads. Out of line: the return path only tests that the frame has a dict.
    #[cold]
    #[inline(never)]
    pub(crate) fn keep_final_locals(&self, func: &isles_object::Function, base: usize, d: &Obj) {
        let code = &func.code.code;
        if code.flags.optimized {
            let now = fast_locals(code, self.stack.get(base..).unwrap_or(&[]));
            refresh_locals(code, &now, d);
        }
    }

    /// `sys.displayhook` for code compiled in "single" mode: prints the repr of a value
    /// that is not None and keeps it in `builtins._`.
    pub(crate) fn display_value(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = crate::ops::repr(self, v)?;
        self.write_stdout(&r);
        self.write_stdout("\n");
        if let Kind::Dict(b) = self.builtins_dict().kind() {
            b.borrow_mut().set_str("_", v.clone());
        }
        Ok(())
    }

    /// Runs module-level code (from `exec`/`eval`/`compile`) with these globals and locals.
    pub fn run_code_in(
        &mut self,
        code: &Rc<CodeData>,
        globals: &Obj,
        locals: Option<Obj>,
    ) -> PyResult<Value> {
        if code.code.flags.optimized || !code.code.freevars.is_empty() {
            return Err(PyErr::type_error(
                "code object passed to exec() may not contain free variables",
            ));
        }
        let locals = locals.filter(|l| !l.is(globals));
        self.run_module_frame(code, globals, locals)
    }
}

fn new_dict() -> Obj {
    Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new()))))
}

/// `str()` of a SyntaxError that carries its location: CPython's "msg (file, line N)",
/// with the file's base name.
pub(crate) fn syntax_error_str(th: &Thread<'_>, e: &isles_object::ExcObj) -> Option<String> {
    let syntax = th.st.types.exc(isles_object::ExcKind::SyntaxError);
    if !crate::ops::is_subtype(&e.class, syntax) {
        return None;
    }
    let d = e.dict.borrow();
    let msg = match d.get_str("msg")? {
        // `str(SyntaxError())` is 'None', as CPython's str of its msg.
        Value::None => "None".to_string(),
        m => m.as_str()?.to_string(),
    };
    let file = d
        .get_str("filename")
        .and_then(|f| f.as_str())
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = match d.get_str("lineno") {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    Some(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, None) => msg,
    })
}

/// CPython's `co_flags` bits for what the compiler records (CO_NESTED is not recorded).
fn co_flags(f: &isles_compiler::CodeFlags) -> i64 {
    let mut bits = 0;
    if f.optimized {
        bits |= 0x1 | 0x2; // CO_OPTIMIZED | CO_NEWLOCALS
    }
    if f.varargs {
        bits |= 0x4;
    }
    if f.varkeywords {
        bits |= 0x8;
    }
    // `async def` code is marked a generator too here (it suspends the same way).
    bits |= match (f.generator, f.coroutine) {
        (_, true) => 0x80,     // CO_COROUTINE
        (true, false) => 0x20, // CO_GENERATOR
        (false, false) => 0,
    };
    bits
}

/// The `co_*` attributes of a code object.
pub(crate) fn code_attr(c: &CodeData, n: &str) -> Option<Value> {
    let code = &c.code;
    let names =
        |v: &[std::sync::Arc<str>]| Value::tuple(v.iter().map(|s| Value::str(&**s)).collect());
    Some(match n {
        "co_name" => Value::str(&*code.name),
        "co_qualname" => Value::str(&*code.qualname),
        "co_filename" => Value::str(&*code.filename),
        "co_firstlineno" => Value::Int(code.first_line as i64),
        "co_argcount" => Value::Int(code.argcount as i64),
        "co_posonlyargcount" => Value::Int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => names(&code.varnames),
        "co_cellvars" => names(&code.cellvars),
        "co_freevars" => names(&code.freevars),
        "co_names" => names(&code.names),
        "co_consts" => Value::tuple(c.consts.to_vec()),
        "co_flags" => Value::Int(co_flags(&code.flags)),
        _ => return None,
    })
}
