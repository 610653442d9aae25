//! isles-ceval: the thread state, frames and the eval loop, and the object operations that may
//! run Python code (so they take the thread state as their first parameter).
#![forbid(unsafe_code)]

mod args;
pub mod attrs;
pub mod dunder;
pub mod classes;
mod eval;
pub mod generator;
mod import;
pub mod iters;
pub mod ops;
pub mod strformat;
pub mod sets;
mod thread;
pub mod traceback;

pub use args::Args;
pub use thread::{NativeFn, Thread};
