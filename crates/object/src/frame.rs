//! Frames of Python code as the eval loop runs them, and a generator's frame while it is
//! suspended: typed here, below the eval loop, so that resuming a generator takes its frame
//! back without a downcast.

use std::rc::Rc;

use crate::value::{Function, Obj, Value};

/// One frame of Python code being run.
pub struct Frame {
    /// The function being run, for its code, globals and builtins: one reference count per
    /// call instead of one for each. Module code runs in a function made for it.
    pub func: Rc<Function>,
    /// The namespace of module and class bodies; `None` means "the globals".
    pub locals: Option<Obj>,
    /// Where the frame's fast locals start in the thread's value stack.
    pub base: usize,
    /// Where the caller's stack is cut back to (and the result pushed) on return; with
    /// `eval::INIT_FRAME` set for an `__init__` run by a class call, or one of the markers of
    /// `generator` for a generator frame.
    pub ret_slot: usize,
    pub ip: usize,
    /// Where this frame's handler blocks start in the thread's blocks.
    pub block_base: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// An exception jumps to `handler` with the exception pushed.
    Setup,
    /// An exception is being handled; leaving it restores the previous one.
    Handler,
}

#[derive(Clone, Copy)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Absolute value-stack height to cut back to.
    pub level: usize,
}

/// A generator's frame taken off the thread while it is not running. The vectors stay with
/// the generator across resumptions (resuming moves their contents out, the next `yield`
/// moves them back), so a step allocates nothing.
pub struct Suspended {
    /// `None` only while the frame runs on the thread.
    pub frame: Option<Frame>,
    /// The frame's slots from its base: locals, cells, then its value stack.
    pub values: Vec<Value>,
    /// Exceptions being handled inside the generator when it yielded.
    pub excs: Vec<Value>,
    /// The frame's handler blocks, their levels relative to its base.
    pub blocks: Vec<Block>,
}
