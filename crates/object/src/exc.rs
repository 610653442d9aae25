//! The builtin exception hierarchy and errors as values (`PyResult`).

use std::sync::Arc;

use isles_compiler::CodeObject;

use crate::value::{Obj, Value};

macro_rules! exc_kinds {
    ($($name:ident => $parent:expr),* $(,)?) => {
        /// The builtin exception classes; each interpreter makes its own class objects for them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($name),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }

            /// The base class (None for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$name => $parent),* }
            }
        }
    };
}

use ExcKind as K;

exc_kinds! {
    BaseException => None,
    BaseExceptionGroup => Some(K::BaseException),
    SystemExit => Some(K::BaseException),
    KeyboardInterrupt => Some(K::BaseException),
    GeneratorExit => Some(K::BaseException),
    Exception => Some(K::BaseException),
    ArithmeticError => Some(K::Exception),
    FloatingPointError => Some(K::ArithmeticError),
    OverflowError => Some(K::ArithmeticError),
    ZeroDivisionError => Some(K::ArithmeticError),
    AssertionError => Some(K::Exception),
    AttributeError => Some(K::Exception),
    BufferError => Some(K::Exception),
    EOFError => Some(K::Exception),
    ExceptionGroup => Some(K::Exception),
    ImportError => Some(K::Exception),
    ModuleNotFoundError => Some(K::ImportError),
    LookupError => Some(K::Exception),
    IndexError => Some(K::LookupError),
    KeyError => Some(K::LookupError),
    MemoryError => Some(K::Exception),
    NameError => Some(K::Exception),
    UnboundLocalError => Some(K::NameError),
    OSError => Some(K::Exception),
    BlockingIOError => Some(K::OSError),
    ChildProcessError => Some(K::OSError),
    ConnectionError => Some(K::OSError),
    BrokenPipeError => Some(K::ConnectionError),
    ConnectionAbortedError => Some(K::ConnectionError),
    ConnectionRefusedError => Some(K::ConnectionError),
    ConnectionResetError => Some(K::ConnectionError),
    FileExistsError => Some(K::OSError),
    FileNotFoundError => Some(K::OSError),
    InterruptedError => Some(K::OSError),
    IsADirectoryError => Some(K::OSError),
    NotADirectoryError => Some(K::OSError),
    PermissionError => Some(K::OSError),
    ProcessLookupError => Some(K::OSError),
    TimeoutError => Some(K::OSError),
    ReferenceError => Some(K::Exception),
    RuntimeError => Some(K::Exception),
    NotImplementedError => Some(K::RuntimeError),
    RecursionError => Some(K::RuntimeError),
    StopAsyncIteration => Some(K::Exception),
    StopIteration => Some(K::Exception),
    SyntaxError => Some(K::Exception),
    IndentationError => Some(K::SyntaxError),
    TabError => Some(K::IndentationError),
    SystemError => Some(K::Exception),
    TypeError => Some(K::Exception),
    ValueError => Some(K::Exception),
    UnicodeError => Some(K::ValueError),
    UnicodeDecodeError => Some(K::UnicodeError),
    UnicodeEncodeError => Some(K::UnicodeError),
    UnicodeTranslateError => Some(K::UnicodeError),
    Warning => Some(K::Exception),
    BytesWarning => Some(K::Warning),
    DeprecationWarning => Some(K::Warning),
    EncodingWarning => Some(K::Warning),
    FutureWarning => Some(K::Warning),
    ImportWarning => Some(K::Warning),
    PendingDeprecationWarning => Some(K::Warning),
    ResourceWarning => Some(K::Warning),
    RuntimeWarning => Some(K::Warning),
    SyntaxWarning => Some(K::Warning),
    UnicodeWarning => Some(K::Warning),
    UserWarning => Some(K::Warning),
}

impl ExcKind {
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(x) = k {
            if x == other {
                return true;
            }
            k = x.parent();
        }
        false
    }
}

/// One traceback entry: the code and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<CodeObject>,
    pub instr: u32,
}

/// The exception, either still lazy (kind + message, made by code that has no interpreter at
/// hand) or an exception object.
pub enum ErrValue {
    Lazy(ExcKind, String),
    Obj(Obj),
}

pub struct ErrState {
    pub value: ErrValue,
    pub traceback: Vec<TbEntry>,
    /// CPython's "Did you mean" hint for NameError/AttributeError, found when raised.
    pub suggestion: Option<String>,
    /// `__context__` has been settled for this raise (it is set once, when unwinding starts).
    pub context_set: bool,
    /// A re-raise: the frame it happens in is already in the traceback.
    pub reraised: bool,
    /// An AttributeError's `name` and `obj`, given to the exception object when it is made.
    pub attr: Option<Box<(crate::Value, crate::Value)>>,
}

/// A raised Python exception travelling as a Rust value.
pub struct PyErr(pub Box<ErrState>);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrState {
            value: ErrValue::Lazy(kind, msg.into()),
            traceback: Vec::new(),
            suggestion: None,
            context_set: false,
            reraised: false,
            attr: None,
        }))
    }

    /// Records the attribute name and object of an AttributeError (`e.name`, `e.obj`).
    pub fn with_attr(mut self, name: &crate::Value, obj: &crate::Value) -> PyErr {
        self.0.attr = Some(Box::new((name.clone(), obj.clone())));
        self
    }

    pub fn from_obj(exc: Obj) -> PyErr {
        PyErr(Box::new(ErrState {
            value: ErrValue::Obj(exc),
            traceback: Vec::new(),
            suggestion: None,
            context_set: false,
            reraised: false,
            attr: None,
        }))
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }

    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }

    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }

    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }

    pub fn system_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::SystemError, msg)
    }

    /// The lazy kind, if the error has not been turned into an object yet.
    pub fn lazy_kind(&self) -> Option<ExcKind> {
        match &self.0.value {
            ErrValue::Lazy(k, _) => Some(*k),
            ErrValue::Obj(_) => None,
        }
    }

    pub fn push_tb(&mut self, entry: TbEntry) {
        self.0.traceback.push(entry);
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0.value {
            ErrValue::Lazy(k, m) => write!(f, "{}: {}", k.name(), m),
            ErrValue::Obj(_) => write!(f, "<exception object>"),
        }
    }
}

/// Values a native function receives; kept here so every layer agrees on it.
pub fn none() -> Value {
    Value::None
}
