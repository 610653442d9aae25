//! Values and heap objects.
//!
//! A [`Value`] holds None, bools, small ints and floats inline; everything else is an [`Obj`],
//! a reference-counted pointer into the owning interpreter's heap. `Obj` wraps `Rc`, so values
//! are `!Send`: no object can leave its interpreter's threads by safe code.

use std::any::Any;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use isles_compiler::CodeObject;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::dict::Dict;
use crate::exc::ExcKind;
use crate::gc::WeakObj;

/// A Python value. `Null` is an internal marker (an empty local slot, the "no self" half of a
/// method call) and never reaches Python code.
///
/// Every payload is one integer or pointer word at the same offset (a bool and a float's bits
/// in a word: [`BoolWord`], [`FloatBits`]), so that the compiler passes and keeps a value as
/// two registers (tag, payload) instead of a 16-byte block in memory. As a block, a value
/// was moved as a tag byte, two overlapping 4-byte pieces of bytes 1-7 (the bool's byte and
/// padding) and the payload word, and the 16-byte reload of those pieces stalled on
/// store-to-load forwarding: the hottest instructions of the eval loop.
#[derive(Clone, Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    Null,
    None,
    Bool(BoolWord),
    Int(i64),
    Float(FloatBits),
    Obj(Obj),
}

/// The payload of [`Value::Bool`]: a bool kept in a whole word (see [`Value`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BoolWord(u64);

impl BoolWord {
    pub const FALSE: BoolWord = BoolWord(0);
    pub const TRUE: BoolWord = BoolWord(1);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        BoolWord(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// The payload of [`Value::Float`]: a float's bits in an integer word (see [`Value`]).
#[derive(Clone, Copy, Debug)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A reference to a heap object.
#[derive(Clone)]
pub struct Obj(Rc<ObjData>);

pub struct ObjData {
    pub kind: Kind,
    /// Set on an instance of a Python subclass of a builtin type (`class L(list)`): its class,
    /// `__dict__` and slots. The builtin payload stays in `kind`, so native code that takes a
    /// list takes a list subclass too, as CPython's `PyList_Check` does.
    pub sub: Option<Box<Instance>>,
}

impl Drop for ObjData {
    #[inline]
    fn drop(&mut self) {
        // The one check every object death pays: instances with `__del__` or weak
        // references report their death to their interpreter (`crate::gc`).
        let addr = self as *const ObjData as usize;
        if let Some(i) = self.sub.as_deref_mut()
            && i.flags.get() != 0
        {
            crate::gc::instance_died(addr, i, Some(&mut self.kind));
        }
        match &mut self.kind {
            Kind::Instance(i) if i.flags.get() != 0 => crate::gc::instance_died(addr, i, None),
            Kind::Generator(g) if g.needs_close.get() => crate::gc::generator_died(g),
            // CPython releases list and tuple items last to first (finalizers see that order).
            Kind::List(l) => {
                let l = l.get_mut();
                while let Some(v) = l.pop() {
                    drop(v);
                }
            }
            Kind::Tuple(t) => t.iter_mut().rev().for_each(|v| drop(std::mem::take(v))),
            _ => {}
        }
    }
}

// Every object is an `Rc<ObjData>`: two counts, the kind and `sub`. At 56 bytes a kind
// makes that allocation 80 bytes, one of mimalloc's size classes (64, 80, 96, ...); payloads
// larger than 48 bytes go behind a `Box` so that a str, tuple or list does not pay for them.
const _: () = assert!(std::mem::size_of::<Kind>() <= 56);
const _: () = assert!(std::mem::size_of::<ObjData>() <= 64);
// The tag word and one payload word, with a free tag value for `Option<Value>`.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);
// An inline-cache hit reads one `AttrHot`: kept at six words, so a slot is 88 bytes.
const _: () = assert!(std::mem::size_of::<AttrHot>() == 48);

/// The object kinds. Builtin types are recognised by kind; instances of classes carry their
/// class.
pub enum Kind {
    Str(PyStr),
    /// An int outside i64 (or any int when it is an instance of an int subclass).
    BigInt(BigInt),
    /// A NaN float (or an instance of a float subclass). NaNs are boxed so that each has an
    /// identity, as in CPython: `x in [x]` is true while `nan in [float("nan")]` is false.
    Float(f64),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(Box<RefCell<Dict>>),
    /// Behind a pointer, as is `Exception`: the two largest payloads (160 and 200 bytes) would
    /// make every object, every str and int included, that large. An `Rc`, so that a running
    /// frame holds its function (code, globals, builtins) with one reference count.
    Function(Rc<Function>),
    Native(Box<NativeFunc>),
    /// A function bound to `self`.
    Method(Value, Value),
    Code(Rc<CodeData>),
    Module(Module),
    Type(Box<TypeObj>),
    Instance(Instance),
    Exception(Box<ExcObj>),
    Range(Box<Range>),
    Slice(Value, Value, Value),
    Cell(RefCell<Value>),
    Iter(Box<RefCell<IterState>>),
    NotImplemented,
    Ellipsis,
    Property(Box<Property>),
    /// A set: CPython's open-addressing table, so iteration order matches CPython's.
    Set(Box<RefCell<crate::settable::SetTable>>),
    FrozenSet(Box<crate::settable::SetTable>),
    Generator(Box<Generator>),
    /// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
    DictView(Obj, ViewKind),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super()`: attribute lookup on `obj`'s MRO after `start`.
    Super {
        start: Obj,
        obj: Value,
    },
    /// A `__slots__` member descriptor.
    Slot(Box<SlotMember>),
    /// Room for objects defined by higher layers (stdlib modules' own kinds).
    Other(Box<dyn Any>),
    /// An immutable `bytes`: an `Arc` buffer, so it can cross interpreters without a copy.
    Bytes(PyBytes),
    ByteArray(RefCell<Vec<u8>>),
    /// `complex(real, imag)`.
    Complex(f64, f64),
    /// A `memoryview` over a bytes-like object.
    MemoryView(Box<MemView>),
    /// An object of a builtin type defined in a higher layer (file objects, ...): its class
    /// (whose dict holds the native methods) and its own state.
    Opaque(Obj, Box<dyn Any>),
}

/// A `bytes` value: shared immutable storage with a cached hash.
pub struct PyBytes {
    data: Arc<[u8]>,
    hash: Cell<i64>,
}

impl PyBytes {
    pub fn new(data: Arc<[u8]>) -> PyBytes {
        PyBytes {
            data,
            hash: Cell::new(-1),
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    /// The shared buffer (for sending across interpreters without copying).
    pub fn arc(&self) -> &Arc<[u8]> {
        &self.data
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_bytes_rt(&self.data);
        self.hash.set(h);
        h
    }
}

/// A `memoryview`: the viewed object and the window into it: `len` items of `itemsize`
/// bytes in `format` (a native struct code), the first at byte `start`, `step` bytes apart.
/// `shape` is set only for a multi-dimensional view made by `cast` (then C-contiguous).
pub struct MemView {
    pub obj: Obj,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub format: u8,
    pub itemsize: usize,
    pub shape: Option<Box<[usize]>>,
    pub released: Cell<bool>,
}

/// A str: UTF-8 text with a cached hash and character count. The text is a `String`, not a
/// `Box<str>`, so that `s += t` on a str nothing else refers to can grow it in place with
/// amortised doubling (see [`Obj::unique_str_mut`]); the extra capacity word costs no space,
/// as `Kind` has larger variants.
pub struct PyStr {
    s: String,
    hash: Cell<i64>,
    nchars: usize,
}

/// `a == b` for two texts of the same length. Dict keys and compared strs are mostly short
/// (`"A1"`, a word): those are compared by at most two overlapping word loads each, without
/// the `memcmp` call (~20 instructions with its set-up).
#[inline(always)]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| s[at..at + 8].try_into().ok().map(u64::from_ne_bytes);
    let half = |s: &[u8], at: usize| s[at..at + 4].try_into().ok().map(u32::from_ne_bytes);
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        let s = s.into();
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            hash: Cell::new(-1),
            nchars,
        }
    }

    /// A str whose character count the caller already knows (the sum of its parts' counts
    /// when it was built by concatenation), so the text is not scanned again.
    pub fn with_char_len(s: impl Into<String>, nchars: usize) -> PyStr {
        let s = s.into();
        debug_assert_eq!(nchars, s.chars().count());
        PyStr {
            s,
            hash: Cell::new(-1),
            nchars,
        }
    }

    /// `self == other` for two strs: different cached hashes or lengths decide without
    /// looking at the text.
    #[inline]
    pub fn same_text(&self, other: &PyStr) -> bool {
        if self.s.len() != other.s.len() {
            return false;
        }
        let (h1, h2) = (self.hash.get(), other.hash.get());
        if h1 != -1 && h2 != -1 && h1 != h2 {
            return false;
        }
        same_bytes(self.s.as_bytes(), other.s.as_bytes())
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// Length in code points, as `len()` sees it.
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    /// The cached hash is read inline (every dict lookup with a str key asks); computing it
    /// is out of line.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        self.hash_slow()
    }

    #[inline(never)]
    fn hash_slow(&self) -> i64 {
        // The character count already says whether the text is ASCII (no rescan).
        let h = if self.is_ascii() {
            crate::hash::hash_bytes_rt(self.s.as_bytes())
        } else {
            crate::hash::hash_str(&self.s)
        };
        self.hash.set(h);
        h
    }

    /// [`Self::push_str`] reserving only the room `other` needs: for a temporary that is
    /// kept as it is, not appended to again (no doubling of its buffer).
    pub fn push_str_exact(&mut self, other: &PyStr) {
        // `reserve_exact` keeps any room there is (no reallocation when it fits).
        self.s.reserve_exact(other.s.len());
        self.push_str(other);
    }

    /// Appends `other`'s text: for a str only its owner can see (`Obj::unique_str_mut`).
    pub fn push_str(&mut self, other: &PyStr) {
        self.s.push_str(&other.s);
        self.nchars += other.nchars;
        *self.hash.get_mut() = -1;
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map(|b| *b as char)
        } else {
            self.s.chars().nth(index)
        }
    }
}

/// Per-interpreter view of a shared code object: its constants and names made into this
/// interpreter's objects once.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    /// Inline cache of global-name loads, one slot per entry of `names` (see [`GlobalSlot`]).
    /// Cells rather than one `RefCell`: a hit reads its slot with no borrow flag to test,
    /// set and reset.
    pub global_cache: Box<[std::cell::Cell<GlobalSlot>]>,
    /// `argcount` when a call with that many positional arguments and no keywords binds
    /// them one to one and runs a frame (no keyword-only parameters, `*args`, `**kwargs`,
    /// and not a generator, coroutine or async generator); `u32::MAX` otherwise. The
    /// call arms' test for pushing the frame themselves, in one compare.
    pub plain_args: u32,
    /// Inline cache of instance attribute loads, stores and method loads, one slot per entry
    /// of `names` (see [`AttrSlot`]); made on first use.
    pub attr_cache: std::cell::OnceCell<Box<[AttrSlot]>>,
    /// The code's qualified name as a str, shared by the functions made from it.
    pub qualname: Value,
    /// The parameter names interned in this interpreter, made by the first call with keywords:
    /// keyword names at call sites are interned constants, so binding compares pointers.
    pub param_names: std::cell::OnceCell<Box<[Obj]>>,
    /// The code's name interned in this interpreter, made by the first function made from
    /// it (a closure made in a loop needs no lookup in the intern table).
    pub name: std::cell::OnceCell<Value>,
    /// `__name__` of the globals that the last function made from this code was made in,
    /// with that dict (weakly, so the address is not reused) and its version: a function's
    /// `__module__` with no dict lookup while they still hold.
    pub module: RefCell<(crate::gc::WeakObj, u64, Value)>,
}

impl CodeData {
    pub fn new(code: Arc<CodeObject>, consts: Box<[Value]>, names: Box<[Value]>) -> CodeData {
        let global_cache = vec![std::cell::Cell::new(GlobalSlot::EMPTY); names.len()].into();
        let f = &code.flags;
        let plain = code.kwonlyargcount == 0 && !f.varargs && !f.varkeywords && !f.generator;
        CodeData {
            plain_args: if plain { code.argcount } else { u32::MAX },
            consts,
            names,
            global_cache,
            attr_cache: std::cell::OnceCell::new(),
            qualname: Value::str(&*code.qualname),
            param_names: std::cell::OnceCell::new(),
            name: std::cell::OnceCell::new(),
            module: RefCell::new((crate::gc::WeakObj::default(), 0, Value::None)),
            code,
        }
    }
}

/// Where instances of one class keep an attribute: valid for an instance whose class is
/// `class` while that class's MRO stamp (the sum of its dicts' versions) is `stamp`, which
/// also means the class still has no `__getattribute__`/`__setattr__` hook and no data
/// descriptor of that name. Holds only weak references, so it keeps no object alive and
/// closes no cycle; a weak reference also keeps the address from being reused.
#[derive(Default)]
pub struct AttrSlot {
    /// What the hit path reads, in one `Cell` (no borrow flag to check).
    pub hot: Cell<AttrHot>,
    /// The class `hot.class` is the address of: held weakly so that the address cannot be
    /// reused by another object while the slot names it.
    pub class: RefCell<WeakObj>,
    pub stamp: Cell<u64>,
    /// For [`AttrWhere::Method`]: the function found on the class.
    pub func: RefCell<WeakObj>,
}

/// The part of an [`AttrSlot`] that an attribute access checks: the class's address (see
/// [`Instance::class_id`]; 0 in an empty slot), the type epoch at which the class's MRO stamp
/// was last seen to hold (while the interpreter's epoch is still this, no class changed, so
/// the stamp need not be recomputed), where the attribute lives and the name's hash bit for
/// a method's shadow check.
#[derive(Clone, Copy, Default)]
pub struct AttrHot {
    pub class: usize,
    pub epoch: u64,
    /// The name's hash (a store appending to a fresh instance dict).
    pub hash: i64,
    /// The bits the name sets in a dict's key bits (`dict::hash_bit`): a method's shadow
    /// check tests the instance dict's with no hashing.
    pub bits: u64,
    /// The address of the name object (the code's own `names` entry, which lives as long
    /// as the slot): an instance-dict hit compares the entry's key with it, no lookup of
    /// the name in the code.
    pub name: usize,
    pub index: u32,
    /// For [`AttrWhere::Class`]: the MRO position of the class whose dict holds it.
    pub pos: u16,
    pub kind: AttrWhere,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum AttrWhere {
    #[default]
    Empty,
    /// In the instance dict, usually at entry `index`.
    Dict,
    /// In `__slots__` value `index`.
    Slot,
    /// A plain function on the class, not shadowed in the instance dict.
    Method,
    /// A class attribute that is no descriptor (a number, str, tuple...), at entry `index`
    /// of the dict of MRO class `pos`, when the instance dict does not shadow it.
    Class,
    /// A property whose getter is the Python function in the slot's `func` (`LoadAttr`
    /// runs it as a frame of the calling loop).
    Property,
    /// An attribute of a module (no subclass): usually at entry `index` of its dict; any
    /// module whose dict holds the name's key there answers, so the slot names no object.
    Module,
}

/// Where a global name was last found: the position of its entry in the globals dict (or in
/// the builtins dict when `in_builtins`), valid while both dicts are the same objects at the
/// same versions (a dict's version changes with every insert, update or removal). Holds no
/// references, so the cache cannot keep objects alive or make cycles.
#[derive(Clone, Copy)]
pub struct GlobalSlot {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins: usize,
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
}

impl GlobalSlot {
    pub const EMPTY: GlobalSlot = GlobalSlot {
        globals: 0,
        globals_version: 0,
        builtins: 0,
        builtins_version: 0,
        index: u32::MAX,
        in_builtins: false,
    };
}

pub struct Function {
    pub code: Rc<CodeData>,
    pub globals: Obj,
    pub builtins: Obj,
    pub defaults: RefCell<Option<Rc<[Value]>>>,
    pub kwdefaults: RefCell<Option<Obj>>,
    /// The tuple of cells `MakeFunction` was given (`__closure__` itself, as in CPython):
    /// kept as made, so making a closure copies no cells. Read it through
    /// [`Function::cells`].
    pub closure: Option<Obj>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub module: Value,
    pub dict: RefCell<Option<Obj>>,
    /// Set by `f.__code__ = c`: the function that calls of this one run from then on (the
    /// new code with this function's globals, closure, defaults and names, which the
    /// setters keep in step). This function keeps its first code, so frames (and
    /// generators) already running it go on in that code, as CPython's frames keep theirs.
    pub code_swap: std::cell::OnceCell<RefCell<Rc<Function>>>,
}

impl Function {
    /// What a call of this function runs: the function made by the last `__code__`
    /// assignment, if any.
    pub fn swapped(&self) -> Option<Rc<Function>> {
        self.code_swap.get().map(|r| r.borrow().clone())
    }

    /// The function's closure cells, in `co_freevars` order (none for a plain function).
    #[inline]
    pub fn cells(&self) -> &[Value] {
        match self.closure.as_ref().map(Obj::kind) {
            Some(Kind::Tuple(t)) => t,
            _ => &[],
        }
    }
}

/// A function written in Rust. The callable is type-erased here because its signature names
/// the thread state, which lives in a higher layer.
pub struct NativeFunc {
    pub name: &'static str,
    /// For methods of builtin types: the type's name (used in reprs and errors).
    pub owner: Option<&'static str>,
    pub self_: Option<Value>,
    pub func: Rc<dyn Any>,
    /// Which of the few natives the eval loop answers itself this is (see [`Quick`]).
    pub quick: Quick,
}

/// The natives that the eval loop answers on the stack values when their arguments allow
/// (`isles_ceval::builtin_calls`), named once where the native object is made, so that a
/// call tests one byte instead of comparing names. Only the builtin types' methods and the
/// builtins module's functions get a tag: a rebound name or an override is another object.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum Quick {
    #[default]
    No,
    ListAppend,
    ListPop,
    DictGet,
    Len,
    IsInstance,
    Ord,
    Chr,
}

impl Quick {
    /// The tag of the builtin type `owner`'s method `name`.
    pub fn method(owner: &str, name: &str) -> Quick {
        match (owner, name) {
            ("list", "append") => Quick::ListAppend,
            ("list", "pop") => Quick::ListPop,
            ("dict", "get") => Quick::DictGet,
            _ => Quick::No,
        }
    }

    /// The tag of the builtins module's function `name`.
    pub fn builtin(name: &str) -> Quick {
        match name {
            "len" => Quick::Len,
            "isinstance" => Quick::IsInstance,
            "ord" => Quick::Ord,
            "chr" => Quick::Chr,
            _ => Quick::No,
        }
    }
}

pub struct Module {
    pub name: String,
    pub dict: Obj,
}

pub struct TypeObj {
    /// Builtin types name themselves with static text: three `String`s per type were a
    /// sixth of the allocations of an interpreter's start.
    pub name: Cow<'static, str>,
    /// `__qualname__` (assignable on classes; read it through [`TypeObj::qualname`]).
    pub qualname_cell: RefCell<Cow<'static, str>>,
    pub module: Cow<'static, str>,
    /// `__bases__` and the MRO after the type itself: assigning `C.__bases__` replaces both
    /// (and its subclasses' MROs), see `isles_ceval::classes::set_bases`.
    pub bases: RefCell<Vec<Obj>>,
    pub mro: RefCell<Vec<Obj>>,
    pub dict: crate::TypeDict,
    /// Which builtin type this is, for kind-based dispatch.
    pub builtin: Option<Builtin>,
    /// Set on builtin exception classes.
    pub exc_kind: Option<ExcKind>,
    /// Which attribute hooks (`__getattribute__`, `__getattr__`, `__setattr__`,
    /// `__delattr__`) the class or its bases define in Python, with the sum of the MRO's dict
    /// versions it was computed at; see `isles_ceval::dunder::hooks`.
    pub hooks: Cell<(u64, u8)>,
    /// Where attributes were last found on the MRO (see [`TypeCache`]).
    pub cache: RefCell<TypeCache>,
    /// The class of this class when it is not `type` (`metaclass=`).
    pub metaclass: Option<Obj>,
    /// How many `__slots__` values instances carry (this class's and its bases').
    pub slot_count: usize,
    /// Whether instances have a `__dict__` (false when `__slots__` all the way down).
    pub has_dict: bool,
    /// The interpreter's collector hooks (user classes only): where a dying instance with
    /// `__del__` or weak references queues its finalization.
    pub gc: Option<Rc<crate::gc::GcHooks>>,
    /// What making an instance needs, remembered between calls of the class.
    pub inst: InstanceCache,
    /// `__subclasses__()`: the classes naming this one as a base, oldest first (weak, so a
    /// class does not keep its subclasses alive).
    pub subclasses: RefCell<Vec<crate::gc::WeakObj>>,
}

/// Per class: how calling it makes an instance, so `C(...)` need not look up `__new__` and
/// `__init__` on every call, and how large instance dicts grow.
#[derive(Default)]
pub struct InstanceCache {
    /// `init` is valid while the interpreter's type epoch is still `epoch` (no class changed).
    pub epoch: Cell<u64>,
    /// `None`: nothing cached. `Some(w)`: the class is plain (object's `__new__`), and its
    /// `__init__` is the Python function `w` refers to, or object's when `w` is empty. A weak
    /// reference: the class dict holds the function, and the collector sees only that.
    pub init: RefCell<Option<WeakObj>>,
    /// How many attributes instances' dicts reached (up to 8): new ones reserve that room.
    pub dict_hint: Cell<u8>,
    /// For a builtin type (whose namespace Python code cannot change): its `__new__`, held
    /// weakly, valid while the type epoch is still `new_epoch`.
    pub new: RefCell<WeakObj>,
    pub new_epoch: Cell<u64>,
    /// For an exception class whose instances BaseException's `__new__` makes with nothing
    /// but `args` (no OSError errno mapping, no SyntaxError/ImportError/NameError/
    /// AttributeError fields): `Some(w)` while the type epoch is still `exc_epoch`, `w` the
    /// class's Python `__init__` (empty: BaseException's).
    pub exc_init: RefCell<Option<WeakObj>>,
    pub exc_epoch: Cell<u64>,
    /// For a builtin type: the special methods made on demand for it (`isles_ceval`'s
    /// `builtin_dunders`), kept so `list.__len__ is list.__len__`, as CPython's slot wrappers.
    pub dunders: RefCell<Vec<(&'static str, Value)>>,
}

impl TypeObj {
    /// Records `sub` as a direct subclass. Entries of subclasses that died are dropped when
    /// the list is full, before it would grow: `object` gets ~40 subclasses per interpreter
    /// created, and pruning on every push made that quadratic.
    pub fn add_subclass(&self, sub: &Obj) {
        let mut subs = self.subclasses.borrow_mut();
        if subs.len() == subs.capacity() {
            subs.retain(crate::gc::WeakObj::is_alive);
        }
        subs.push(sub.downgrade());
    }

    pub fn qualname(&self) -> String {
        self.qualname_cell.borrow().to_string()
    }

    /// `__module__`: a class's own `__module__` entry (which assignment changes), else the
    /// module it was made in.
    pub fn module_name(&self) -> String {
        if self.builtin.is_none()
            && let Some(m) = self
                .dict
                .borrow()
                .get_str("__module__")
                .and_then(Value::as_str)
        {
            return m.to_string();
        }
        self.module.to_string()
    }
}

/// A type's attribute lookup cache: per name, which dict of the MRO holds it (position 0 is
/// the type itself) and at which entry, or that none does. Valid while the sum of the MRO's
/// dict versions equals `stamp` (versions only grow, so any change to any dict on the MRO
/// changes the sum; subclasses see a change to a base the same way). Holds no attribute
/// values, so it cannot keep objects alive or close reference cycles; only the looked-up
/// names (strs) are kept, to compare with.
#[derive(Default)]
pub struct TypeCache {
    pub stamp: u64,
    pub entries: Vec<CacheEntry>,
}

/// One name in a [`TypeCache`]; `pos == u32::MAX` records that no class on the MRO has it.
#[derive(Clone, Default)]
pub struct CacheEntry {
    pub hash: i64,
    pub name: Value,
    pub pos: u32,
    pub index: u32,
}

impl TypeCache {
    /// Number of entries (direct-mapped by the name's hash).
    pub const SIZE: usize = 32;
}

/// The builtin types, by what their instances are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Builtin {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Function,
    BuiltinFunction,
    Method,
    Code,
    Module,
    Range,
    Slice,
    Cell,
    Iterator,
    NotImplementedType,
    Ellipsis,
    BaseException,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Set,
    FrozenSet,
    Generator,
    DictView,
    MemberDescriptor,
    Bytes,
    ByteArray,
    Complex,
    MemoryView,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A generator: its suspended frame (`None` once it finished).
pub struct Generator {
    pub frame: RefCell<Option<crate::frame::Suspended>>,
    pub running: Cell<bool>,
    /// Made by an `async def`: a coroutine (awaited, not iterated).
    pub coroutine: bool,
    /// Made by an `async def` that yields: an asynchronous generator.
    pub async_gen: bool,
    /// The code it runs (`gi_code`; the default `__name__`/`__qualname__`).
    pub code: Rc<CodeData>,
    /// `__name__`/`__qualname__` once assigned (otherwise the code's).
    pub name: RefCell<Option<Value>>,
    pub qualname: RefCell<Option<Value>>,
    /// Set while it is suspended inside a `try` (or `with`): dropping it then must close it,
    /// so `finally` blocks and `__exit__`s run, as CPython's generator finalizer does.
    pub needs_close: Cell<bool>,
    /// Where its death queues that close (its interpreter's queue).
    pub hooks: Option<std::rc::Rc<crate::gc::GcHooks>>,
}

/// A `property`: accessor functions (or None).
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct Instance {
    /// Set only through [`Instance::set_class`], which keeps `class_id` in step.
    pub class: RefCell<Obj>,
    /// The address of `class` (`Obj::id`), which attribute inline caches compare without a
    /// borrow of `class`.
    pub class_id: Cell<usize>,
    /// `__dict__`: a dict object, the same one `obj.__dict__` returns; None when the
    /// class's `__slots__` leave it out.
    pub dict: Option<Obj>,
    /// Values of `__slots__` members; `Null` while unset.
    pub slots: Slots,
    /// `crate::gc::{HAS_DEL, HAS_WEAKREFS, FINALIZED}`.
    pub flags: Cell<u8>,
}

impl Instance {
    /// A fresh instance of `class` with an empty dict (if it has one) and unset slots.
    pub fn new(class: Obj) -> Instance {
        let (has_dict, nslots) = class
            .as_type()
            .map_or((true, 0), |t| (t.has_dict, t.slot_count));
        let hint = class.as_type().map_or(0, |t| t.inst.dict_hint.get());
        Instance {
            class_id: Cell::new(class.id()),
            class: RefCell::new(class),
            dict: has_dict.then(|| {
                Obj::new(Kind::Dict(Box::new(RefCell::new(Dict::with_capacity(
                    hint.into(),
                )))))
            }),
            // Most classes have no slots: no empty vector made and boxed then.
            slots: if nslots == 0 {
                Slots::default()
            } else {
                Slots::new(vec![Value::Null; nslots].into_boxed_slice())
            },
            flags: Cell::new(0),
        }
    }

    /// `obj.__class__ = cls` (the caller checked the layouts).
    pub fn set_class(&self, cls: Obj) {
        self.class_id.set(cls.id());
        let old = self.class.replace(cls);
        drop(old);
    }

    /// The table of the instance dict, if it has one.
    #[inline]
    pub fn dict(&self) -> Option<&RefCell<Dict>> {
        match self.dict.as_ref()?.kind() {
            Kind::Dict(d) => Some(d),
            _ => None,
        }
    }
}

/// An instance's `__slots__` values behind one pointer, none at all for the usual instance
/// without slots: a `RefCell<Box<[Value]>>` inline took 24 bytes of every instance, which
/// kept `Kind` (so every object) a size class larger.
#[derive(Default)]
pub struct Slots(Option<Box<RefCell<Box<[Value]>>>>);

/// A shared borrow of an instance's slot values (an empty slice when it has none).
pub enum SlotsRef<'a> {
    Empty,
    Some(std::cell::Ref<'a, Box<[Value]>>),
}

/// A mutable borrow of an instance's slot values.
pub enum SlotsMut<'a> {
    Empty,
    Some(std::cell::RefMut<'a, Box<[Value]>>),
}

impl Slots {
    pub fn new(values: Box<[Value]>) -> Slots {
        Slots((!values.is_empty()).then(|| Box::new(RefCell::new(values))))
    }

    pub fn borrow(&self) -> SlotsRef<'_> {
        match &self.0 {
            Some(c) => SlotsRef::Some(c.borrow()),
            None => SlotsRef::Empty,
        }
    }

    pub fn try_borrow(&self) -> Result<SlotsRef<'_>, std::cell::BorrowError> {
        Ok(match &self.0 {
            Some(c) => SlotsRef::Some(c.try_borrow()?),
            None => SlotsRef::Empty,
        })
    }

    pub fn borrow_mut(&self) -> SlotsMut<'_> {
        match &self.0 {
            Some(c) => SlotsMut::Some(c.borrow_mut()),
            None => SlotsMut::Empty,
        }
    }

    /// Moves the values out, leaving none.
    pub fn take(&mut self) -> Slots {
        Slots(self.0.take())
    }
}

impl std::ops::Deref for SlotsRef<'_> {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        match self {
            SlotsRef::Some(r) => r,
            SlotsRef::Empty => &[],
        }
    }
}

impl std::ops::Deref for SlotsMut<'_> {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        match self {
            SlotsMut::Some(r) => r,
            SlotsMut::Empty => &[],
        }
    }
}

impl std::ops::DerefMut for SlotsMut<'_> {
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            SlotsMut::Some(r) => r,
            SlotsMut::Empty => &mut [],
        }
    }
}

/// A `__slots__` member of a class (`member_descriptor`): reads and writes one slot of
/// the instance.
pub struct SlotMember {
    pub name: String,
    pub owner: String,
    pub index: usize,
}

pub struct ExcObj {
    pub class: Obj,
    pub args: RefCell<Value>,
    pub dict: RefCell<Dict>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// `__traceback__`: entries innermost first, kept when the exception is caught so a
    /// re-raise or a chained report can show where it came from.
    pub traceback: RefCell<Vec<crate::exc::TbEntry>>,
    /// An exception group's `(message, exceptions)` tuple, set by its `__new__`; None for
    /// other exceptions.
    pub group: RefCell<Value>,
}

/// A range. Bounds are i128 so ranges over ints just past 64 bits work; wider ones are
/// rejected when the range is made.
#[derive(Debug, Clone, Copy)]
pub struct Range {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl Range {
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// Iterator states for the builtin iterables.
pub enum IterState {
    Range {
        next: i128,
        stop: i128,
        step: i128,
        /// CPython's `longrange_iterator`: the range (or its reverse) does not fit C longs.
        long: bool,
    },
    Seq {
        seq: Obj,
        index: usize,
    },
    Str {
        s: Obj,
        byte: usize,
    },
    /// Over a dict (or one of its views): slot position and the size it must keep.
    Dict {
        dict: Obj,
        slot: usize,
        len: usize,
        /// Entries still to come: finding another one means keys were replaced while the
        /// size stayed the same ("dictionary keys changed during iteration").
        left: usize,
        kind: ViewKind,
        /// The last `(key, value)` tuple an items iterator handed out: refilled in place
        /// for the next item when nothing else holds it any more (`for k, v in d.items()`
        /// unpacks and drops it), as CPython's `dictiter_iternextitem` does.
        last: Option<Obj>,
    },
    /// Over a set or frozenset (`set_iterator`): the next table slot, and the size the set
    /// must keep (CPython raises when it changes while iterated; `usize::MAX` once it did).
    Set {
        set: Obj,
        pos: usize,
        len: usize,
    },
    /// `enumerate`: the next count (a Python int, so it may grow past 64 bits) and the
    /// iterator it counts; `last` is the `(count, item)` tuple it handed out last, refilled
    /// in place for the next item when nothing else holds it (CPython's `en_result`).
    Enumerate {
        it: Value,
        count: Value,
        last: Option<Obj>,
    },
    /// Iterators implemented in higher layers (map, zip, ...): `name` is the
    /// Python type name, `state` their own data, advanced by `isles_ceval::iters`.
    Native {
        name: &'static str,
        state: Box<dyn Any>,
    },
    /// Temporarily taken out while a native iterator runs (it may call Python code); the
    /// iterator's type name.
    Running(&'static str),
    /// Done for good (its sequence let go, as CPython's iterators do); the type name.
    Exhausted(&'static str),
}

impl IterState {
    /// The Python type name of the iterator in this state.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Range { long: false, .. } => "range_iterator",
            IterState::Range { long: true, .. } => "longrange_iterator",
            IterState::Str { s, .. } => match s.kind() {
                Kind::Str(s) if !s.is_ascii() => "str_iterator",
                _ => "str_ascii_iterator",
            },
            IterState::Seq { seq, .. } => match seq.kind() {
                Kind::Tuple(_) => "tuple_iterator",
                _ => "list_iterator",
            },
            IterState::Dict { kind, .. } => match kind {
                ViewKind::Keys => "dict_keyiterator",
                ViewKind::Values => "dict_valueiterator",
                ViewKind::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Native { name, .. }
            | IterState::Running(name)
            | IterState::Exhausted(name) => name,
        }
    }

    /// This iterator, done (same type name).
    #[inline]
    pub fn exhausted(&self) -> IterState {
        IterState::Exhausted(self.type_name())
    }
}

impl Kind {
    /// A copy of an immutable builtin value (int, float, str, tuple, bytes, frozenset,
    /// complex), for re-making it as an instance of a subclass.
    pub fn copy_immutable(&self) -> Option<Kind> {
        Some(match self {
            Kind::Str(s) => Kind::Str(PyStr::new(s.as_str())),
            Kind::BigInt(b) => Kind::BigInt(b.clone()),
            Kind::Float(f) => Kind::Float(*f),
            Kind::Tuple(t) => Kind::Tuple(t.clone()),
            Kind::Bytes(b) => Kind::Bytes(PyBytes::new(b.arc().clone())),
            Kind::FrozenSet(t) => Kind::FrozenSet(t.clone()),
            Kind::Complex(re, im) => Kind::Complex(*re, *im),
            _ => return None,
        })
    }
}

impl MemView {
    /// The viewed bytes, or `None` once released or when the base shrank below the window.
    pub fn to_vec(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let pick = |d: &[u8]| -> Option<Vec<u8>> {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for k in 0..self.len {
                let i = usize::try_from(self.start as isize + k as isize * self.step).ok()?;
                out.extend_from_slice(d.get(i..i + self.itemsize)?);
            }
            Some(out)
        };
        match self.obj.kind() {
            Kind::Bytes(b) => pick(b.as_bytes()),
            Kind::ByteArray(b) => pick(&b.borrow()),
            _ => None,
        }
    }

    pub fn readonly(&self) -> bool {
        !matches!(self.obj.kind(), Kind::ByteArray(_))
    }

    /// A view of bytes `start..start + len * step` (format `B`).
    pub fn of_bytes(obj: Obj, start: usize, step: isize, len: usize) -> MemView {
        MemView {
            obj,
            start,
            step,
            len,
            format: b'B',
            itemsize: 1,
            shape: None,
            released: Cell::new(false),
        }
    }

    /// The window in bytes (start, step, count) for code that reads raw bytes (`struct`):
    /// a contiguous view of any format is a run of bytes.
    pub fn byte_window(&self) -> (usize, isize, usize) {
        if self.itemsize != 1 && self.step == self.itemsize as isize {
            (self.start, 1, self.len * self.itemsize)
        } else {
            (self.start, self.step, self.len * self.itemsize)
        }
    }
}

impl Obj {
    #[inline]
    pub fn new(kind: Kind) -> Obj {
        // Not `Rc::new`: that copies `kind` into a stack temporary at once, with 16-byte
        // loads of the caller's narrower stores (a store-forwarding stall), then copies it
        // again after allocating. `new_cyclic` allocates first and moves `kind` in once,
        // by when the caller's stores have left the store buffer; `ManuallyDrop` spares it
        // a copy kept for dropping `kind` should the allocation unwind (it would leak).
        let kind = std::mem::ManuallyDrop::new(kind);
        Obj(Rc::new_cyclic(move |_| ObjData {
            kind: std::mem::ManuallyDrop::into_inner(kind),
            sub: None,
        }))
    }

    /// An instance of a subclass of a builtin type: `kind` is the builtin payload.
    pub fn new_sub(kind: Kind, inst: Instance) -> Obj {
        Obj(Rc::new(ObjData {
            kind,
            sub: Some(Box::new(inst)),
        }))
    }

    /// The class part of an instance of a builtin type's subclass.
    #[inline]
    pub fn sub(&self) -> Option<&Instance> {
        self.0.sub.as_deref()
    }

    /// The class, dict and slots of an instance of a Python class, whether it is a plain
    /// instance or one of a builtin type's subclass.
    #[inline]
    pub fn instance(&self) -> Option<&Instance> {
        match self.kind() {
            Kind::Instance(i) => Some(i),
            _ => self.sub(),
        }
    }

    pub(crate) fn from_rc(rc: Rc<ObjData>) -> Obj {
        Obj(rc)
    }

    pub(crate) fn rc(&self) -> &Rc<ObjData> {
        &self.0
    }

    #[inline]
    pub fn kind(&self) -> &Kind {
        &self.0.kind
    }

    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// The object's identity, as `id()` reports it.
    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.kind() {
            Kind::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_type(&self) -> Option<&TypeObj> {
        match self.kind() {
            Kind::Type(t) => Some(t),
            _ => None,
        }
    }

    pub fn strong_count(&self) -> usize {
        Rc::strong_count(&self.0)
    }

    /// The items of an exact tuple held only through this reference (see
    /// [`Obj::unique_str_mut`]).
    #[inline]
    pub fn unique_tuple_mut(&mut self) -> Option<&mut [Value]> {
        match Rc::get_mut(&mut self.0) {
            Some(ObjData {
                kind: Kind::Tuple(t),
                sub: None,
            }) => Some(t),
            _ => None,
        }
    }

    /// The text of an exact str held only through this reference (no other `Obj`, no weak
    /// one), which may then change in place without anyone seeing it: CPython's
    /// refcount-1 `s += t`.
    #[inline]
    pub fn unique_str_mut(&mut self) -> Option<&mut PyStr> {
        match Rc::get_mut(&mut self.0) {
            Some(ObjData {
                kind: Kind::Str(s),
                sub: None,
            }) => Some(s),
            _ => None,
        }
    }
}

impl Value {
    pub fn str(s: impl Into<String>) -> Value {
        Value::Obj(Obj::new(Kind::Str(PyStr::new(s))))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::Obj(Obj::new(Kind::List(RefCell::new(items))))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Obj(Obj::new(Kind::Tuple(items.into_boxed_slice())))
    }

    /// An int value, kept inline when it fits in 64 bits.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(Obj::new(Kind::BigInt(b))),
        }
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn kind(&self) -> Option<&Kind> {
        match self {
            Value::Obj(o) => Some(o.kind()),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        self.as_obj().and_then(Obj::as_str)
    }

    /// The str payload of an exact `str` (not of an instance of a str subclass, whose
    /// comparisons and hashing may be written in Python).
    #[inline]
    pub fn plain_str(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) if o.sub().is_none() => match o.kind() {
                Kind::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// `str(i)` of a small int: decimal digits written into a stack buffer, no formatter.
    pub fn int_str(i: i64) -> Value {
        let mut buf = [0; 20];
        let s = i64_text(i, &mut buf);
        Value::str_with_char_len(s, s.len())
    }

    /// A str built from parts whose character counts add up to `nchars`.
    pub fn str_with_char_len(s: impl Into<String>, nchars: usize) -> Value {
        Value::Obj(Obj::new(Kind::Str(PyStr::with_char_len(s, nchars))))
    }

    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.kind() {
            Some(Kind::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// Whether this is an instance of a Python subclass of a builtin type.
    #[inline]
    pub fn is_sub(&self) -> bool {
        matches!(self, Value::Obj(o) if o.sub().is_some())
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): inline values compare by value and kind, objects by address.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }

    /// A bool value.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }

    /// A float value held inline, NaN included (see [`Value::float`] for CPython's NaN
    /// identities).
    #[inline(always)]
    pub const fn inline_float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }

    /// A float value; NaN gets a heap box of its own (see [`Kind::Float`]).
    #[inline]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value::Obj(Obj::new(Kind::Float(f)))
        } else {
            Value::inline_float(f)
        }
    }

    /// The float inside a float value, boxed or not.
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(f.get()),
            Value::Obj(o) => match o.kind() {
                Kind::Float(f) => Some(*f),
                _ => None,
            },
            _ => None,
        }
    }

    /// A `bytes` value owning `data`.
    pub fn bytes(data: impl Into<Arc<[u8]>>) -> Value {
        Value::Obj(Obj::new(Kind::Bytes(PyBytes::new(data.into()))))
    }

    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::Obj(Obj::new(Kind::ByteArray(RefCell::new(data))))
    }

    pub fn complex(re: f64, im: f64) -> Value {
        Value::Obj(Obj::new(Kind::Complex(re, im)))
    }

    /// The contents of a `bytes` value (not bytearray: that one may change under the caller).
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self.kind() {
            Some(Kind::Bytes(b)) => Some(b.as_bytes()),
            _ => None,
        }
    }

    /// A copy of the contents of any bytes-like value (bytes, bytearray, memoryview).
    pub fn bytes_like(&self) -> Option<Vec<u8>> {
        match self.kind()? {
            Kind::Bytes(b) => Some(b.as_bytes().to_vec()),
            Kind::ByteArray(b) => Some(b.borrow().clone()),
            Kind::MemoryView(m) => m.to_vec(),
            _ => None,
        }
    }

    /// An int value from an i128.
    pub fn from_i128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::Obj(Obj::new(Kind::BigInt(BigInt::from(i)))),
        }
    }

    /// Integer value as a BigInt, for ints and bools.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
            Value::Obj(o) => match o.kind() {
                Kind::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_int_like(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Bool(_))
            || matches!(self.kind(), Some(Kind::BigInt(_)))
    }
}

/// Writes the decimal text of `i` at the end of `buf` (20 bytes fit `i64::MIN`), two digits
/// per division from a table of pairs as itoa does; returns where the text starts.
fn i64_digits(i: i64, buf: &mut [u8; 20]) -> usize {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566\
676869707172737475767778798081828384858687888990919293949596979899";
    let mut n = i.unsigned_abs();
    let mut pos = buf.len();
    while n >= 100 {
        let d = (n % 100) as usize * 2;
        n /= 100;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if n >= 10 {
        let d = n as usize * 2;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[d..d + 2]);
    } else {
        pos -= 1;
        buf[pos] = b'0' + n as u8;
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    pos
}

/// The decimal text of `i`, written at the end of `buf` (20 bytes fit `i64::MIN`).
pub fn i64_text(i: i64, buf: &mut [u8; 20]) -> &str {
    let pos = i64_digits(i, buf);
    std::str::from_utf8(&buf[pos..]).unwrap_or_default()
}

#[cfg(test)]
mod i64_text_tests {
    #[test]
    fn decimal_text_of_i64() {
        let mut vals = vec![
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            101,
            -100,
            12345,
            i64::MAX,
            i64::MIN,
        ];
        let mut x = 1i64;
        for _ in 0..18 {
            x *= 10;
            vals.extend([x - 1, x, x + 1, -x, 1 - x]);
        }
        for v in vals {
            assert_eq!(super::i64_text(v, &mut [0; 20]), v.to_string());
        }
    }
}
