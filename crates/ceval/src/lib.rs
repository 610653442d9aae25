//! isles-ceval: the thread state, frames and the eval loop, and the object operations that may
//! run Python code (so they take the thread state as their first parameter).
#![forbid(unsafe_code)]

mod args;
pub mod asyncgen;
mod asyncops;
pub mod attrs;
pub mod builtin_calls;
pub mod builtin_docs;
pub mod builtin_dunders;
pub mod bytesobj;
pub mod classes;
pub mod complexobj;
pub mod dunder;
mod eval;
pub mod excgroup;
pub mod gc;
pub mod generator;
pub mod import;
mod introspect;
pub mod iters;
mod matching;
mod mro_entries;
pub mod ops;
pub mod sets;
pub mod strformat;
pub mod subclass;
mod thread;
pub mod traceback;
pub mod typecache;

pub use args::Args;

/// The `SystemError` a caught Rust panic becomes (design brief §3).
pub fn panic_error(panic: &(dyn std::any::Any + Send)) -> isles_object::PyErr {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into());
    isles_object::PyErr::new(
        isles_object::ExcKind::SystemError,
        format!("internal error: {what}"),
    )
}
pub use thread::{NativeFn, Thread, native_fn, native_fn_quick, native_method};
