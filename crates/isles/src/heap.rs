//! The `isles` binary's heap: mimalloc as the global allocator, and its tuning at start-up.
//!
//! This is the binary's one module with `unsafe` (an FFI call into mimalloc's option table);
//! the library crate forbids it. Built without the `mimalloc` feature (`cargo xtask leaks`),
//! the system allocator serves and there is nothing to tune.

/// mimalloc instead of glibc's malloc: an allocation costs a fraction of the instructions
/// (interpreter create + close -44 %), and each OS thread allocates from its own heap, so
/// interpreters running on different threads do not contend (docs/performance.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc v2's `mi_option_t` (include/mimalloc.h); the Rust
/// bindings name only some of the options.
#[cfg(feature = "mimalloc")]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory stays committed before mimalloc gives it back to the OS (its default
/// is 10 ms; whole arenas wait ten times as long). A program that frees a large structure
/// and then builds the next one (serializer.py: the 2.8M-item `parts` list, then the parsed
/// documents) otherwise faults the same memory back in, and the kernel clears every page of
/// it again: 3,000-5,000 faults and 0.2-0.4 s of system time per run at 10 ms against ~370
/// faults at 5 s, as many as with purging off (docs/performance.md, "Library round 5"). A finite delay still gives memory
/// back in a long run that shrank (mimalloc purges on later allocator activity). The price is
/// a higher peak RSS where phases overlap (serializer 198 -> 247 MB).
#[cfg(feature = "mimalloc")]
const PURGE_DELAY_MS: std::ffi::c_long = 5_000;

/// Sets the allocator's options; `MIMALLOC_PURGE_DELAY` in the environment, which mimalloc
/// reads at process start, still wins.
pub fn tune() {
    // Without the feature there is no option to set.
    #[cfg(feature = "mimalloc")]
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: `mi_option_set` takes an option index and a value by value and only stores
        // the value in mimalloc's option table (the index is checked against
        // `_mi_option_last`); it touches no memory of ours. `main` calls this before it starts
        // any thread, so no other thread reads the option table while it is written.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}
