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

use isles_ceval::Thread;

pub use share::{from_shareable, to_shareable};

/// Fills a fresh interpreter: `builtins`, the builtin types' methods, `sys`.
pub fn init(th: &mut Thread<'_>) {
    builtins::install(th);
    builtins_extra::install(th);
    str_methods::install(th);
    seq_methods::install(th);
    dict_methods::install(th);
    bytes_methods::install(th);
    num_methods::install(th);
    io_mod::install(th);
    sys::install(th);
    // After builtins: it replaces `type.__new__` with the three-argument form.
    types::install(th);
    collections_core::install(th);
    subclass_init::install(th);
    type_extras::install(th);
    dict_views::install(th);
    import_mod::install(th);
    import_mod::register(th);
    traceback_mod::register(th);
    readline_mod::register(th);
    interp_mod::register(th);
    thread_mod::register(th);
    deque_mod::register(th);
    native_mod::register(
        th,
        &[
            ("math", math_mod::init),
            ("cmath", cmath_mod::init),
            ("_random", random_mod::init),
            ("_json", json_mod::init),
            ("posix", os_mod::init),
            ("_re", re_mod::init),
            ("_struct", struct_mod::init),
            ("_hashlib", hashlib_mod::init),
            ("_zlib", zlib_mod::init),
            ("_subprocess", subprocess_mod::init),
            ("_tz", tz_mod::init),
            ("gc", gc_mod::init_gc),
            ("_weakref", gc_mod::init_weakref),
            ("_isles_gc", gc_mod::init_isles_gc),
        ],
    );
    testmods::register(th);
    th.st.bundled.set(bundled::MODULES);
    if let Ok(sys) = th.import("sys")
        && let Some(sys) = sys.as_obj()
    {
        io_mod::defer_sys_streams(th, sys);
        sys::defer_sys_info(th, sys);
    }
}
