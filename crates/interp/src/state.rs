//! Everything one interpreter owns: builtin types, modules, interned strings, its code views.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use isles_compiler::{CodeObject, Constant};
use isles_object::{Builtin, CodeData, Dict, ExcKind, Kind, Module, Obj, PyStr, TypeObj, Value};

/// The builtin type objects of one interpreter.
pub struct BuiltinTypes {
    /// Shared by the dicts of every type of the interpreter (see `TypeDict::epoch`).
    pub type_epoch: Rc<Cell<u64>>,
    pub object: Obj,
    pub type_: Obj,
    pub none: Obj,
    pub bool_: Obj,
    pub int: Obj,
    pub float: Obj,
    pub str_: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub method: Obj,
    pub code: Obj,
    pub module: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub cell: Obj,
    pub iterator: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub property: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub generator: Obj,
    pub coroutine: Obj,
    pub async_generator: Obj,
    /// What an async generator's `__anext__()`/`asend()` and `athrow()`/`aclose()` return.
    pub async_generator_asend: Obj,
    pub async_generator_athrow: Obj,
    pub dict_keys: Obj,
    pub dict_values: Obj,
    pub dict_items: Obj,
    pub member_descriptor: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub complex: Obj,
    pub memoryview: Obj,
    /// The builtin iterator types (`map`, `list_iterator`, ...), in [`ITERATOR_TYPES`] order,
    /// each made on first use ([`BuiltinTypes::iterator_type`]).
    iterators: Box<[OnceCell<Obj>]>,
    /// The builtin exception classes, indexed by `ExcKind::index()`, each made on first use
    /// ([`BuiltinTypes::exc`]): most programs touch a handful of the 67, and an idle
    /// interpreter none but `BaseException`. A class never made has no instances or
    /// subclasses, so nothing can tell it apart from one made at start-up.
    exceptions: Box<[OnceCell<Obj>]>,
}

/// A shared code object (kept alive so its address stays a valid key) and this
/// interpreter's view of it.
type CodeView = (Arc<CodeObject>, Rc<CodeData>);

pub struct InterpState {
    pub id: u64,
    pub types: BuiltinTypes,
    pub builtins: Obj,
    pub main: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    pub argv: Vec<String>,
    /// The runtime this interpreter belongs to (for the shared code cache).
    pub runtime: isles_runtime::Runtime,
    /// Fx-hashed: names are short, and a fresh interpreter interns a few hundred of them.
    /// Interned strs, found by their text: the table holds only the str objects (keyed by an
    /// Fx hash of the text), so interning a name allocates the object and nothing else.
    interned: RefCell<hashbrown::HashTable<Value>>,
    codes: RefCell<HashMap<usize, CodeView>>,
    /// The one code object of each `CodeData` asked for one (by its address, kept valid by
    /// the object's own reference): `f.__code__ is g.__code__` for functions made from the
    /// same code, and the nested code in `co_consts` is that same object, as in CPython.
    code_objs: RefCell<HashMap<usize, Obj>>,
    /// Buffered standard output, flushed when large and at exit (as CPython's block buffering
    /// when stdout is not a terminal).
    pub stdout: RefCell<Vec<u8>>,
    pub recursion_limit: Cell<usize>,
    pub int_max_str_digits: Cell<usize>,
    /// Threads started by `_thread` that have not finished yet.
    pub threads_running: Cell<usize>,
    /// Functions (with their arguments) handed to threads that have not picked them up yet.
    pub pending_threads: RefCell<HashMap<u64, Value>>,
    pub next_token: Cell<u64>,
    /// Fired when the interpreter is closed: wakes its threads' blocking waits (queue and
    /// channel waits, locks, sleeps), which then fail (`Interrupt::hook`).
    pub interrupt: isles_channel::Interrupt,
    /// The origin of `time.perf_counter()`.
    pub started: std::time::Instant,
    /// `sys.getswitchinterval()`, in seconds.
    pub switch_interval: Cell<f64>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    /// Builtin modules written in Rust, from the stdlib's static table: `(init, isolated)` of
    /// the one called `name`, its init function made when asked. The init runs once per
    /// interpreter that imports the module (PEP 489 multi-phase init). (A registry filled
    /// per interpreter made ~20 function objects that an idle interpreter never calls.)
    pub native_table: Cell<Option<NativeTable>>,
    /// From [`InterpConfig`](crate::InterpConfig): may Python code start threads, daemon
    /// threads, and must non-isolated native modules be refused.
    pub allow_threads: bool,
    pub allow_daemon_threads: bool,
    pub check_multi_interp_extensions: bool,
    /// Modules written in Python and bundled with the binary: (name, source, is package).
    pub bundled: Cell<&'static [(&'static str, &'static str, bool)]>,
    /// Modules with attributes still to make (e.g. `sys.stdout`, which needs the `_io`
    /// classes): the module and a function that adds the missing attributes. It runs the
    /// first time a missing attribute, the module's `__dict__` or `dir()` is asked for, so an
    /// interpreter that never prints does not build them.
    pub lazy_modules: RefCell<Vec<(Obj, Value)>>,
    /// The builtin exception classes not yet in `builtins` (a bit for each name): each
    /// goes in when a global lookup misses it ([`InterpState::lazy_builtin`]), or all at
    /// once when the namespace itself is looked at ([`InterpState::fill_builtins`]).
    builtins_pending: Cell<u128>,
    /// The builtin functions made on first use, as exception classes are: their names and
    /// what makes one (by position), set by the stdlib ([`InterpState::set_lazy_builtins`]).
    lazy_funcs: Cell<(&'static [&'static str], Option<BuiltinMaker>)>,
    /// Which of `lazy_funcs` are not in `builtins` yet (bit = position).
    funcs_pending: Cell<u128>,
    /// Where dying instances queue their finalizers (shared with user classes).
    pub gc_hooks: Rc<isles_object::GcHooks>,
    /// The cycle collector's registry and settings (`crate::gc`).
    pub gc: RefCell<crate::GcState>,
}

/// Names of the builtin iterator types: the native iterators' type names.
pub const ITERATOR_TYPES: &[&str] = &[
    "map",
    "filter",
    "zip",
    "enumerate",
    "reversed",
    "list_iterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "longrange_iterator",
    "callable_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "memory_iterator",
    "_deque_iterator",
    "_deque_reverse_iterator",
];

fn make_type(
    epoch: &Rc<Cell<u64>>,
    name: &'static str,
    builtin: Option<Builtin>,
    bases: Vec<Obj>,
    exc: Option<ExcKind>,
) -> Obj {
    make_type_in(epoch, "builtins", name, builtin, bases, exc)
}

fn make_type_in(
    epoch: &Rc<Cell<u64>>,
    module: &'static str,
    name: &'static str,
    builtin: Option<Builtin>,
    bases: Vec<Obj>,
    exc: Option<ExcKind>,
) -> Obj {
    let mro = match bases.as_slice() {
        // One base (every builtin type but ExceptionGroup): the base, then its MRO, in one
        // allocation (this runs ~40 times per interpreter created).
        [b] => {
            let above = b.as_type().map(|t| t.mro.borrow());
            let above = above.as_deref().map_or(&[][..], Vec::as_slice);
            let mut mro = Vec::with_capacity(above.len() + 1);
            mro.push(b.clone());
            mro.extend(above.iter().cloned());
            mro
        }
        _ => c3_merge(&bases),
    };
    let t = TypeObj {
        name: name.into(),
        qualname_cell: std::cell::RefCell::new(name.into()),
        module: module.into(),
        bases: std::cell::RefCell::new(bases),
        mro: std::cell::RefCell::new(mro),
        dict: isles_object::TypeDict::new(Dict::new(), epoch.clone()),
        builtin,
        exc_kind: exc,
        hooks: Default::default(),
        cache: Default::default(),
        metaclass: None,
        slot_count: 0,
        has_dict: false,
        gc: None,
        inst: Default::default(),
        subclasses: Default::default(),
    };
    let bases = t.bases.borrow().clone();
    let t = Obj::new(Kind::Type(Box::new(t)));
    for b in bases.iter().filter_map(Obj::as_type) {
        b.add_subclass(&t);
    }
    t
}

/// C3 merge of the bases' MROs (the MRO without the type itself).
fn c3_merge(bases: &[Obj]) -> Vec<Obj> {
    let mut seqs: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| {
            let mut l = vec![b.clone()];
            if let Some(t) = b.as_type() {
                l.extend(t.mro.borrow().iter().cloned());
            }
            l
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut mro: Vec<Obj> = Vec::new();
    while let Some(head) = seqs
        .iter()
        .filter_map(|s| s.first())
        .find(|h| !seqs.iter().any(|s| s.iter().skip(1).any(|x| x.is(h))))
        .cloned()
    {
        for s in &mut seqs {
            if s.first().is_some_and(|x| x.is(&head)) {
                s.remove(0);
            }
        }
        mro.push(head);
    }
    mro
}

/// The mro of a type lists the type itself first; it cannot hold itself at construction, so
/// it is stored without it and `mro_of` adds it.
pub fn mro_of(t: &Obj) -> Vec<Obj> {
    let mut v = vec![t.clone()];
    if let Some(ty) = t.as_type() {
        v.extend(ty.mro.borrow().iter().cloned());
    }
    v
}

impl BuiltinTypes {
    fn new() -> BuiltinTypes {
        let epoch = Rc::new(Cell::new(0));
        let object = make_type(&epoch, "object", Some(Builtin::Object), vec![], None);
        let with_object = |name: &'static str, b: Builtin| {
            make_type(&epoch, name, Some(b), vec![object.clone()], None)
        };
        let type_ = with_object("type", Builtin::Type);
        let int = with_object("int", Builtin::Int);
        let bool_ = make_type(&epoch, "bool", Some(Builtin::Bool), vec![int.clone()], None);
        BuiltinTypes {
            none: with_object("NoneType", Builtin::NoneType),
            float: with_object("float", Builtin::Float),
            str_: with_object("str", Builtin::Str),
            list: with_object("list", Builtin::List),
            tuple: with_object("tuple", Builtin::Tuple),
            dict: with_object("dict", Builtin::Dict),
            function: with_object("function", Builtin::Function),
            builtin_function: with_object("builtin_function_or_method", Builtin::BuiltinFunction),
            method: with_object("method", Builtin::Method),
            code: with_object("code", Builtin::Code),
            module: with_object("module", Builtin::Module),
            range: with_object("range", Builtin::Range),
            slice: with_object("slice", Builtin::Slice),
            cell: with_object("cell", Builtin::Cell),
            iterator: with_object("iterator", Builtin::Iterator),
            not_implemented: with_object("NotImplementedType", Builtin::NotImplementedType),
            ellipsis: with_object("ellipsis", Builtin::Ellipsis),
            property: with_object("property", Builtin::Property),
            staticmethod: with_object("staticmethod", Builtin::StaticMethod),
            classmethod: with_object("classmethod", Builtin::ClassMethod),
            super_: with_object("super", Builtin::Super),
            set: with_object("set", Builtin::Set),
            frozenset: with_object("frozenset", Builtin::FrozenSet),
            generator: with_object("generator", Builtin::Generator),
            coroutine: with_object("coroutine", Builtin::Generator),
            async_generator: with_object("async_generator", Builtin::Generator),
            async_generator_asend: with_object("async_generator_asend", Builtin::Object),
            async_generator_athrow: with_object("async_generator_athrow", Builtin::Object),
            dict_keys: with_object("dict_keys", Builtin::DictView),
            dict_values: with_object("dict_values", Builtin::DictView),
            dict_items: with_object("dict_items", Builtin::DictView),
            member_descriptor: with_object("member_descriptor", Builtin::MemberDescriptor),
            bytes: with_object("bytes", Builtin::Bytes),
            bytearray: with_object("bytearray", Builtin::ByteArray),
            complex: with_object("complex", Builtin::Complex),
            memoryview: with_object("memoryview", Builtin::MemoryView),
            iterators: ITERATOR_TYPES.iter().map(|_| OnceCell::new()).collect(),
            object,
            type_,
            int,
            bool_,
            exceptions: ExcKind::ALL.iter().map(|_| OnceCell::new()).collect(),
            type_epoch: epoch,
        }
    }

    /// The builtin iterator type called `name`, if there is one.
    pub fn iterator_type(&self, name: &str) -> Option<&Obj> {
        let i = ITERATOR_TYPES.iter().position(|n| *n == name)?;
        let name = ITERATOR_TYPES[i];
        let cell = self.iterators.get(i)?;
        Some(cell.get_or_init(|| {
            let bases = vec![self.object.clone()];
            // The deque's iterators live in `_collections`, as CPython's do.
            let module = if name.starts_with("_deque") {
                "_collections"
            } else {
                "builtins"
            };
            make_type_in(
                &self.type_epoch,
                module,
                name,
                Some(Builtin::Iterator),
                bases,
                None,
            )
        }))
    }

    /// The class of builtin exception `k` (made now, with its bases, if it is the first use).
    pub fn exc(&self, k: ExcKind) -> &Obj {
        let cell = &self.exceptions[k.index()];
        if let Some(c) = cell.get() {
            return c;
        }
        let bases = match k.parent() {
            // ExceptionGroup(BaseExceptionGroup, Exception).
            Some(ExcKind::Exception) if k == ExcKind::ExceptionGroup => vec![
                self.exc(ExcKind::BaseExceptionGroup).clone(),
                self.exc(ExcKind::Exception).clone(),
            ],
            Some(p) => vec![self.exc(p).clone()],
            None => vec![self.object.clone()],
        };
        let ty = Some(Builtin::BaseException);
        cell.get_or_init(|| make_type(&self.type_epoch, k.name(), ty, bases, Some(k)))
    }

    /// The class of builtin exception `k` if it was made: when it was not, no object is an
    /// instance of it.
    pub fn exc_made(&self, k: ExcKind) -> Option<&Obj> {
        self.exceptions[k.index()].get()
    }

    /// Every builtin type, for registration in `builtins` and for teardown.
    pub fn all(&self) -> Vec<&Obj> {
        let mut v = vec![
            &self.object,
            &self.type_,
            &self.none,
            &self.bool_,
            &self.int,
            &self.float,
            &self.str_,
            &self.list,
            &self.tuple,
            &self.dict,
            &self.function,
            &self.builtin_function,
            &self.method,
            &self.code,
            &self.module,
            &self.range,
            &self.slice,
            &self.cell,
            &self.iterator,
            &self.not_implemented,
            &self.ellipsis,
            &self.property,
            &self.staticmethod,
            &self.classmethod,
            &self.super_,
            &self.set,
            &self.frozenset,
            &self.generator,
            &self.coroutine,
            &self.async_generator,
            &self.async_generator_asend,
            &self.async_generator_athrow,
            &self.dict_keys,
            &self.dict_values,
            &self.dict_items,
            &self.member_descriptor,
            &self.bytes,
            &self.bytearray,
            &self.complex,
            &self.memoryview,
        ];
        v.extend(self.iterators.iter().filter_map(OnceCell::get));
        v.extend(self.exceptions.iter().filter_map(OnceCell::get));
        v
    }
}

/// Other names of builtin exception classes in `builtins`.
const EXC_ALIASES: &[(&str, ExcKind)] = &[
    ("EnvironmentError", ExcKind::OSError),
    ("IOError", ExcKind::OSError),
];

// `InterpState::builtins_pending` has a bit for each name of a builtin exception class.
const _: () = assert!(ExcKind::ALL.len() + EXC_ALIASES.len() <= 128);

/// The names in `builtins` of the builtin exception classes, with their bit in
/// `InterpState::builtins_pending`.
fn exc_names() -> impl Iterator<Item = (u128, &'static str, ExcKind)> {
    ExcKind::ALL
        .iter()
        .map(|&k| (k.name(), k))
        .chain(EXC_ALIASES.iter().copied())
        .enumerate()
        .map(|(i, (n, k))| (1u128 << i, n, k))
}

/// Makes the builtin function at a position of the table given to
/// [`InterpState::set_lazy_builtins`].
pub type BuiltinMaker = fn(&InterpState, usize) -> Value;

/// Finds a module of a static table of native modules: its init function (made now) and
/// whether it is isolated.
pub type NativeTable = fn(&str) -> Option<(Value, bool)>;

/// Room for the names an idle interpreter interns (see [`InterpState::intern`]).
const INTERNED_CAPACITY: usize = 224;

fn fx_hash(s: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(s)
}

pub fn new_module(name: &str) -> Obj {
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    d.set_str("__doc__", Value::None);
    let dict = Obj::new(Kind::Dict(Box::new(RefCell::new(d))));
    Obj::new(Kind::Module(Module {
        name: name.to_string(),
        dict,
    }))
}

impl InterpState {
    pub(crate) fn new(
        id: u64,
        argv: Vec<String>,
        runtime: isles_runtime::Runtime,
        config: &crate::InterpConfig,
    ) -> InterpState {
        let types = BuiltinTypes::new();
        let builtins = new_module("builtins");
        let main = new_module("__main__");
        let modules = Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::new()))));
        let st = InterpState {
            id,
            types,
            builtins,
            main,
            modules,
            argv,
            runtime,
            // An idle interpreter interns about 110 names, a running program a few hundred:
            // 256 buckets, not grown from 4.
            interned: RefCell::new(hashbrown::HashTable::with_capacity(INTERNED_CAPACITY)),
            codes: RefCell::new(HashMap::new()),
            code_objs: RefCell::new(HashMap::new()),
            stdout: RefCell::new(Vec::new()),
            recursion_limit: Cell::new(1000),
            int_max_str_digits: Cell::new(4300),
            switch_interval: Cell::new(0.005),
            threads_running: Cell::new(0),
            pending_threads: RefCell::new(HashMap::new()),
            next_token: Cell::new(0),
            interrupt: isles_channel::Interrupt::new(),
            started: std::time::Instant::now(),
            not_implemented: Value::Obj(Obj::new(Kind::NotImplemented)),
            ellipsis: Value::Obj(Obj::new(Kind::Ellipsis)),
            native_table: Cell::new(None),
            allow_threads: config.allow_threads,
            allow_daemon_threads: config.allow_daemon_threads,
            check_multi_interp_extensions: config.check_multi_interp_extensions,
            bundled: Cell::new(&[]),
            lazy_modules: RefCell::new(Vec::new()),
            builtins_pending: Cell::new(u128::MAX >> (128 - exc_names().count())),
            lazy_funcs: Cell::new((&[], None)),
            funcs_pending: Cell::new(0),
            gc_hooks: Rc::default(),
            gc: RefCell::default(),
        };
        if let (Kind::Dict(m), Kind::Module(b), Kind::Module(mm)) =
            (st.modules.kind(), st.builtins.kind(), st.main.kind())
        {
            let mut m = m.borrow_mut();
            m.set_str("builtins", Value::Obj(st.builtins.clone()));
            m.set_str("__main__", Value::Obj(st.main.clone()));
            if let Kind::Dict(d) = mm.dict.kind() {
                d.borrow_mut()
                    .set_str("__builtins__", Value::Obj(st.builtins.clone()));
            }
            let _ = b;
        }
        st
    }

    /// The interned str object for `s` (names, attribute keys).
    pub fn intern(&self, s: &str) -> Value {
        let h = fx_hash(s);
        let is = |v: &Value| v.as_str() == Some(s);
        if let Some(v) = self.interned.borrow().find(h, is) {
            return v.clone();
        }
        let v = Value::Obj(Obj::new(Kind::Str(PyStr::new(s))));
        self.interned
            .borrow_mut()
            .insert_unique(h, v.clone(), |v| fx_hash(v.as_str().unwrap_or("")));
        v
    }

    /// This interpreter's view of a shared code object, built once.
    pub fn code_data(&self, code: &Arc<CodeObject>) -> Rc<CodeData> {
        let key = Arc::as_ptr(code) as usize;
        if let Some((_, d)) = self.codes.borrow().get(&key) {
            return d.clone();
        }
        let consts: Box<[Value]> = code.consts.iter().map(|c| self.constant(c)).collect();
        let names: Box<[Value]> = code.names.iter().map(|n| self.intern(n)).collect();
        let data = Rc::new(CodeData::new(code.clone(), consts, names));
        self.codes
            .borrow_mut()
            .insert(key, (code.clone(), data.clone()));
        data
    }

    /// The code object of `data` (see `code_objs`).
    pub fn code_object(&self, data: &Rc<CodeData>) -> Value {
        let key = Rc::as_ptr(data) as usize;
        if let Some(o) = self.code_objs.borrow().get(&key) {
            return Value::Obj(o.clone());
        }
        let o = Obj::new(Kind::Code(data.clone()));
        self.code_objs.borrow_mut().insert(key, o.clone());
        Value::Obj(o)
    }

    pub fn constant(&self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => Value::from_bigint(b.clone()),
            Constant::Float(f) => Value::inline_float(*f),
            Constant::Complex(re, im) => Value::complex(*re, *im),
            Constant::Str(s) => {
                // One ASCII character: the interned str, which is also the thread's shared
                // one (`Thread::char_str`), so `text[i] is " "` holds as in CPython.
                if (s.len() == 1 && s.is_ascii())
                    || (s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
                {
                    self.intern(s)
                } else {
                    Value::str(&**s)
                }
            }
            Constant::Bytes(b) => Value::bytes(b.clone()),
            Constant::Tuple(items) => {
                Value::tuple(items.iter().map(|c| self.constant(c)).collect())
            }
            Constant::Code(code) => self.code_object(&self.code_data(code)),
            Constant::Ellipsis => self.ellipsis.clone(),
        }
    }

    /// The native module called `name`: its init function and whether it is isolated.
    pub fn native_module(&self, name: &str) -> Option<(Value, bool)> {
        self.native_table.get().and_then(|t| t(name))
    }

    /// Makes the builtin functions called `names` on first use: `make(st, i)` makes the
    /// one at position `i` (at most 128; later ones are never made).
    pub fn set_lazy_builtins(&self, names: &'static [&'static str], make: BuiltinMaker) {
        self.lazy_funcs.set((names, Some(make)));
        let n = names.len().min(128);
        self.funcs_pending
            .set(if n == 0 { 0 } else { u128::MAX >> (128 - n) });
    }

    /// A name missing from `builtins` that is a builtin exception class or function not
    /// put there yet: puts it there now and returns it.
    pub fn lazy_builtin(&self, name: &str) -> Option<Value> {
        let pending = self.builtins_pending.get();
        if pending != 0
            && let Some((bit, n, k)) = exc_names().find(|(_, n, _)| *n == name)
            && pending & bit != 0
        {
            self.builtins_pending.set(pending & !bit);
            return self.put_builtin(n, || Value::Obj(self.types.exc(k).clone()));
        }
        let pending = self.funcs_pending.get();
        if pending == 0 {
            return None;
        }
        let (names, make) = self.lazy_funcs.get();
        let i = names.iter().position(|n| *n == name)?;
        let bit = 1u128.checked_shl(u32::try_from(i).ok()?)?;
        if pending & bit == 0 {
            return None;
        }
        self.funcs_pending.set(pending & !bit);
        self.put_builtin(names[i], || make.map_or(Value::None, |m| m(self, i)))
    }

    /// `builtins[name]`, set to `make()` first if it is not there.
    fn put_builtin(&self, name: &'static str, make: impl FnOnce() -> Value) -> Option<Value> {
        let d = self.module_dict(&self.builtins)?;
        let Kind::Dict(d) = d.kind() else {
            return None;
        };
        if let Some(v) = d.borrow().get_str(name) {
            return Some(v.clone());
        }
        let v = make();
        d.borrow_mut().set_str_value(&self.intern(name), v.clone());
        Some(v)
    }

    /// Puts every builtin exception class not yet there into `builtins` (before its dict is
    /// shown to Python code); names set meanwhile are kept.
    pub fn fill_builtins(&self) {
        let pending = self.builtins_pending.replace(0);
        for (bit, name, k) in exc_names() {
            if pending & bit != 0 {
                self.put_builtin(name, || Value::Obj(self.types.exc(k).clone()));
            }
        }
        let pending = self.funcs_pending.replace(0);
        let (names, make) = self.lazy_funcs.get();
        for (i, name) in names.iter().enumerate().take(128) {
            if pending & (1u128 << i) != 0 {
                self.put_builtin(name, || make.map_or(Value::None, |m| m(self, i)));
            }
        }
    }

    pub fn module_dict(&self, module: &Obj) -> Option<Obj> {
        match module.kind() {
            Kind::Module(m) => Some(m.dict.clone()),
            _ => None,
        }
    }

    /// Writes buffered stdout to the process's stdout.
    pub fn flush_stdout(&self) {
        use std::io::Write;
        let mut buf = self.stdout.borrow_mut();
        if !buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&buf);
            let _ = out.flush();
            buf.clear();
        }
    }

    /// Breaks the reference cycles of the heap (module dicts, type dicts, instances, caches:
    /// everything reachable) so dropping the state frees everything.
    pub(crate) fn teardown(&self) {
        self.flush_stdout();
        // Deaths from here on are not finalized (the queue would keep what it holds alive).
        self.gc_hooks.closed.set(true);
        drop(self.gc_hooks.take());
        let mut roots = self.gc_roots();
        roots.extend([
            self.modules.clone(),
            self.builtins.clone(),
            self.main.clone(),
        ]);
        roots.extend(self.types.all().into_iter().cloned());
        let values = self
            .interned
            .borrow()
            .iter()
            .cloned()
            .chain(
                self.codes
                    .borrow()
                    .values()
                    .flat_map(|(_, d)| d.consts.to_vec()),
            )
            .chain(self.pending_threads.borrow().values().cloned())
            .chain(
                self.lazy_modules
                    .borrow()
                    .iter()
                    .flat_map(|(m, f)| [Value::Obj(m.clone()), f.clone()]),
            )
            .chain([self.not_implemented.clone(), self.ellipsis.clone()])
            .collect::<Vec<Value>>();
        roots.extend(values.into_iter().filter_map(|v| v.as_obj().cloned()));
        crate::teardown::break_cycles(roots);
        self.codes.borrow_mut().clear();
        self.code_objs.borrow_mut().clear();
        self.interned.borrow_mut().clear();
        self.pending_threads.borrow_mut().clear();
        self.lazy_modules.borrow_mut().clear();
        drop(self.gc_hooks.take());
        if let Ok(mut g) = self.gc.try_borrow_mut() {
            *g = crate::GcState::default();
        }
    }
}
