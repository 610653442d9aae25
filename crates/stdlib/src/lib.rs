//! isles-stdlib: the builtin modules, created once per interpreter that uses them.
#![forbid(unsafe_code)]

mod builtins;
mod collections_core;
mod sys;
mod types;

use isles_ceval::Thread;

/// Fills a fresh interpreter: `builtins`, the builtin types' methods, `sys`.
pub fn init(th: &mut Thread<'_>) {
    builtins::install(th);
    sys::install(th);
    // After builtins: it replaces `type.__new__` with the three-argument form.
    types::install(th);
    collections_core::install(th);
}
