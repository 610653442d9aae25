//! isles-ceval: the thread state, frames and the eval loop, and the object operations that may
//! run Python code (so they take the thread state as their first parameter).
#![forbid(unsafe_code)]

mod args;
pub mod attrs;
pub mod bytesobj;
pub mod classes;
pub mod complexobj;
pub mod dunder;
mod eval;
pub mod generator;
pub mod import;
mod introspect;
pub mod iters;
mod matching;
pub mod ops;
pub mod sets;
pub mod strformat;
mod thread;
pub mod traceback;

pub use args::Args;
pub use thread::{NativeFn, Thread};
