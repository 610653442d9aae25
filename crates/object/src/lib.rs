//! isles-object: values, objects, the dict table and errors, shared by every layer above.
//!
//! Nothing here runs Python code or knows an interpreter: operations that may call back into
//! Python live in `isles-ceval`, which passes its thread state explicitly.
#![forbid(unsafe_code)]

pub mod deque;
pub mod dict;
pub mod exc;
pub mod frame;
pub mod gc;
pub mod hash;
pub mod list;
pub mod place;
pub mod pynum;
pub mod settable;
pub mod typedict;
pub mod value;

pub use dict::Dict;
pub use exc::{ErrState, ErrValue, ExcKind, PyErr, PyResult, TbEntry};
pub use frame::{Block, BlockKind, Frame, Suspended};
pub use gc::{GcHooks, Pending, WeakObj};
pub use settable::SetTable;
pub use typedict::TypeDict;
pub use value::{
    BoolWord, Builtin, CodeData, ExcObj, FloatBits, Function, Generator, GlobalSlot, Instance,
    IterState, Kind, MemView, Module, NativeFunc, Obj, Property, PyBytes, PyStr, Quick, Range,
    SlotMember, TypeObj, Value, ViewKind,
};
