//! isles-compiler: turns Python source into immutable bytecode that every interpreter may share.
//!
//! The output, [`CodeObject`], is plain data (`Send + Sync`): interpreters hold it in an `Arc`
//! and build their own per-interpreter constants from it, so one compilation serves them all.
#![forbid(unsafe_code)]

mod anchors;
mod bytecode;
mod compile;
mod error;
mod error_map;
mod symtable;

pub use anchors::caret_anchors;
pub use bytecode::{
    BinOp, CmpOp, CodeFlags, CodeObject, Constant, Instr, Pos, UnOp, source_line, unpair, untriple,
};
pub use compile::{Mode, compile};
pub use error::{CompileError, SyntaxKind};
pub use symtable::mangle;

/// How deeply expressions and statements may nest before compiling gives up with
/// RecursionError (CPython's limit is of the same order).
pub const MAX_NESTING: usize = 2000;
