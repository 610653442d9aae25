//! isles-stdlib: the builtin modules, created once per interpreter that uses them.
#![forbid(unsafe_code)]

mod builtins;
mod sys;

use isles_ceval::Thread;

/// Fills a fresh interpreter: `builtins`, the builtin types' methods, `sys`.
pub fn init(th: &mut Thread<'_>) {
    builtins::install(th);
    sys::install(th);
}
