//! The thread state: one OS thread's frames and value stack inside one interpreter.

use std::rc::Rc;

use isles_interp::{Gil, InterpState};
use isles_object::{ExcKind, Function, Kind, NativeFunc, Obj, PyErr, PyResult, Quick, Value};

use crate::args::Args;

/// A function written in Rust. Receives the thread it runs on (never looked up from TLS).
pub type NativeFn = fn(&mut Thread<'_>, Args<'_>) -> PyResult<Value>;

pub(crate) use isles_object::{Block, BlockKind, Frame};

pub struct Thread<'i> {
    pub st: &'i InterpState,
    pub gil: Gil<'i>,
    pub(crate) stack: Vec<Value>,
    /// The value stacks of the callers of running generators: a generator runs on its own
    /// values as the thread's stack (see `generator::resume`), innermost caller last.
    pub(crate) saved_stacks: Vec<Vec<Value>>,
    pub(crate) frames: Vec<Frame>,
    /// Active handler blocks (try/with) of all frames, innermost last; a frame's own start at
    /// its `block_base`. One vector per thread, so a frame that runs a `try` allocates nothing.
    pub(crate) blocks: Vec<Block>,
    /// Nesting of native recursion (repr and comparison of nested containers); counts
    /// against the recursion limit together with the Python frames, as in CPython.
    pub(crate) native_depth: usize,
    /// Exceptions being handled (`sys.exc_info()`), innermost last.
    pub(crate) exc_stack: Vec<Value>,
    /// Set by `yield`: the run ended because the generator frame on top yielded (it is still
    /// on the thread; `generator::resume` takes it off).
    pub(crate) yielded: bool,
    /// Set by `AsyncGenWrap`: the yield that follows is an async generator's own.
    pub(crate) agen_wrapped: bool,
    /// Counts switch points; the clock is read only every 64th, when another thread waits.
    pub(crate) ticks: u32,
    pub(crate) last_switch: std::time::Instant,
    /// Containers whose repr is being built (CPython's `Py_ReprEnter`).
    pub(crate) repr_seen: Vec<usize>,
    /// Reused argument buffer for calls of native functions from the eval loop.
    pub(crate) arg_buf: Vec<Value>,
    /// One-character ASCII strs, made on first use: iterating over or indexing a str makes
    /// them all the time, and a shared one keeps its hash.
    pub(crate) ascii_chars: Vec<Value>,
}

impl<'i> Thread<'i> {
    /// Attaches the calling OS thread to an interpreter whose GIL it holds.
    pub fn new(gil: Gil<'i>, st: &'i InterpState) -> Thread<'i> {
        st.gc_hooks
            .frame_visitor
            .set(Some(crate::generator::visit_suspended));
        Thread {
            st,
            gil,
            stack: Vec::with_capacity(1024),
            saved_stacks: Vec::new(),
            frames: Vec::with_capacity(64),
            blocks: Vec::with_capacity(16),
            native_depth: 0,
            exc_stack: Vec::new(),
            yielded: false,
            agen_wrapped: false,
            ticks: 0,
            last_switch: std::time::Instant::now(),
            repr_seen: Vec::new(),
            arg_buf: Vec::new(),
            ascii_chars: Vec::new(),
        }
    }

    /// Number of active Python frames (for the recursion limit).
    pub fn depth(&self) -> usize {
        self.frames.len()
    }

    /// Runs `f` one native recursion level deeper, failing with RecursionError past the
    /// interpreter's recursion limit.
    pub fn recurse<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Thread<'i>) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.frames.len() + self.native_depth >= self.st.recursion_limit.get() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// The exception being handled (`sys.exc_info()[1]`), if any.
    pub fn current_exception(&self) -> Option<Value> {
        self.exc_stack.last().cloned()
    }

    /// Makes a native function object.
    pub fn native(&self, name: &'static str, f: NativeFn) -> Value {
        native_fn(name, f)
    }

    /// Makes a native method for a builtin type.
    pub fn native_method(&self, owner: &'static str, name: &'static str, f: NativeFn) -> Value {
        native_method(owner, name, f)
    }

    /// The str of one character: for ASCII the shared one, read inline once the table is made.
    #[inline]
    pub fn char_str(&mut self, c: char) -> Value {
        match self.ascii_chars.get(c as usize) {
            Some(v) => v.clone(),
            None => self.char_str_slow(c),
        }
    }

    #[inline(never)]
    fn char_str_slow(&mut self, c: char) -> Value {
        if !c.is_ascii() {
            return Value::str(c.encode_utf8(&mut [0; 4]) as &str);
        }
        if self.ascii_chars.is_empty() {
            // The interpreter's interned strs, which one-character constants are too.
            self.ascii_chars = (0u8..128)
                .map(|b| self.st.intern((b as char).encode_utf8(&mut [0; 4]) as &str))
                .collect();
        }
        self.ascii_chars[c as usize].clone()
    }

    pub fn intern(&self, s: &str) -> Value {
        self.st.intern(s)
    }

    /// Writes to the interpreter's buffered stdout.
    pub fn write_stdout(&mut self, s: &str) {
        let mut buf = self.st.stdout.borrow_mut();
        buf.extend_from_slice(s.as_bytes());
        if buf.len() > 1 << 16 {
            // The OS write happens without the GIL, so other threads run meanwhile.
            let data = std::mem::take(&mut *buf);
            drop(buf);
            self.gil.release(move || {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(&data);
                let _ = out.flush();
            });
        }
    }

    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::new(kind, msg)
    }

    /// Looks up `name` in the builtins module.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        let d = self.st.module_dict(&self.st.builtins)?;
        match d.kind() {
            Kind::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        }
        .or_else(|| self.st.lazy_builtin(name))
    }
}

/// A builtin function object (what [`Thread::native`] makes; no thread needed).
pub fn native_fn(name: &'static str, f: NativeFn) -> Value {
    native_fn_quick(name, f, Quick::No)
}

/// [`native_fn`] for a function of the builtins module, tagged when the eval loop answers
/// some of its calls itself (see [`Quick`]).
pub fn native_fn_quick(name: &'static str, f: NativeFn, quick: Quick) -> Value {
    Value::Obj(Obj::new(Kind::Native(Box::new(NativeFunc {
        name,
        owner: None,
        self_: None,
        func: Rc::new(f),
        quick,
    }))))
}

/// A native method of the builtin type `owner` (no thread needed: type fillers run inside
/// the first borrow of the type's dict).
pub fn native_method(owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::Obj(Obj::new(Kind::Native(Box::new(NativeFunc {
        name,
        owner: Some(owner),
        self_: None,
        func: Rc::new(f),
        quick: Quick::method(owner, name),
    }))))
}

/// Pushes a frame made of these fields onto `frames`: the fields come in registers and are
/// stored straight into the vector's next slot ([`isles_object::place::push_made`]). A
/// `Vec::push` of a whole `Frame` left in the eval loop is a call that takes the frame
/// through a stack temporary, written field by field and read back by 16-byte loads that
/// those stores cannot forward to (a store-forwarding stall on every Python call). Room is
/// checked first and growing is a cold call of its own: with the growing path in this
/// function, every call also saved six registers and spilled all six fields for it (41
/// instructions, now 20).
#[inline(never)]
pub(crate) fn push_frame_parts(
    frames: &mut Vec<Frame>,
    func: Rc<Function>,
    locals: Option<Obj>,
    base: usize,
    ret_slot: usize,
    ip: usize,
    block_base: usize,
) {
    let make = move || Frame {
        func,
        locals,
        base,
        ret_slot,
        ip,
        block_base,
    };
    if frames.len() < frames.capacity() {
        isles_object::place::push_made(frames, make);
    } else {
        push_frame_grow(frames, make());
    }
}

#[cold]
#[inline(never)]
fn push_frame_grow(frames: &mut Vec<Frame>, frame: Frame) {
    frames.push(frame);
}
