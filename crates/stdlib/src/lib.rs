//! isles-stdlib: the builtin modules, created once per interpreter that uses them.
#![forbid(unsafe_code)]

mod builtins;
mod builtins_exec;
mod builtins_extra;
mod bundled;
pub mod bytes_methods;
mod cmath_mod;
pub mod codec;
mod collections_core;
mod deque_mod;
mod dict_methods;
mod dict_views;
mod fd_mod;
mod gc_mod;
mod hashlib_mod;
mod import_mod;
mod interp_mod;
pub mod io_mod;
mod json_mod;
mod math_erf;
mod math_mod;
mod methods;
mod native_mod;
mod num_methods;
mod os_mod;
mod random_mod;
mod re_mod;
mod readline_mod;
mod seq_methods;
mod share;
mod sizeof;
mod str_methods;
mod strchars;
mod struct_mod;
mod subclass_init;
mod subprocess_mod;
mod sys;
mod sys_extra;
mod testmods;
mod thread_mod;
mod traceback_mod;
mod type_extras;
mod types;
mod tz_mod;
mod zlib_mod;

use isles_ceval::{NativeFn, Thread};
use isles_object::Value;

pub use share::{from_shareable, to_shareable};

/// The stdlib's modules written in Rust: name, init (run once per importing interpreter,
/// PEP 489 multi-phase init) and whether the module is isolated (loads in subinterpreters).
const NATIVE_MODULES: &[(&str, NativeFn, bool)] = &[
    ("_imp", import_mod::init_imp, true),
    ("_isles_tb", traceback_mod::init, true),
    ("_isles_readline", readline_mod::init, true),
    ("_interpreters", interp_mod::init, true),
    ("_thread", thread_mod::init_thread, true),
    ("_time", thread_mod::init_time, true),
    ("_collections", deque_mod::init, true),
    ("_io", io_mod::init_io, true),
    ("math", math_mod::init, true),
    ("cmath", cmath_mod::init, true),
    ("_random", random_mod::init, true),
    ("_json", json_mod::init, true),
    ("posix", os_mod::init, true),
    ("_re", re_mod::init, true),
    ("_struct", struct_mod::init, true),
    ("_hashlib", hashlib_mod::init, true),
    ("_zlib", zlib_mod::init, true),
    ("_subprocess", subprocess_mod::init, true),
    ("_tz", tz_mod::init, true),
    ("gc", gc_mod::init_gc, true),
    ("_weakref", gc_mod::init_weakref, true),
    ("_isles_gc", gc_mod::init_isles_gc, true),
    ("_testnative", testmods::init_native, true),
    // Single-phase init: refused outside the main interpreter (seed 001's proposal).
    ("_testsinglephase", testmods::init_single, false),
];

/// [`isles_interp::InterpState::native_table`] over [`NATIVE_MODULES`].
fn native_module(name: &str) -> Option<(Value, bool)> {
    let &(name, init, isolated) = NATIVE_MODULES.iter().find(|(n, _, _)| *n == name)?;
    Some((isles_ceval::native_fn(name, init), isolated))
}

/// Fills a fresh interpreter: `builtins`, the builtin types' methods, `sys`.
pub fn init(th: &mut Thread<'_>) {
    builtins::install(th);
    str_methods::install(th);
    seq_methods::install(th);
    dict_methods::install(th);
    bytes_methods::install(th);
    num_methods::install(th);
    let sys = sys::install(th);
    // After builtins: it replaces `type.__new__` with the three-argument form.
    types::install(th);
    collections_core::install(th);
    subclass_init::install(th);
    type_extras::install(th);
    dict_views::install(th);
    import_mod::install(th);
    th.st.native_table.set(Some(native_module));
    th.st.bundled.set(bundled::MODULES);
    io_mod::defer_sys_streams(th, &sys);
    sys::defer_sys_info(th, &sys);
}
