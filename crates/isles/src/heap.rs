//! The `isles` binary's heap: mimalloc as the global allocator, and its tuning at start-up.
//!
//! This is the binary's one module with `unsafe` (the allocator's FFI calls into mimalloc);
//! the library crate forbids it. Built without the `mimalloc` feature (`cargo xtask leaks`),
//! the system allocator serves and there is nothing to tune.

#[cfg(feature = "mimalloc")]
use std::alloc::{GlobalAlloc, Layout};
#[cfg(feature = "mimalloc")]
use std::ffi::c_void;

#[cfg(feature = "mimalloc")]
use libmimalloc_sys as mi;

/// mimalloc instead of glibc's malloc: an allocation costs a fraction of the instructions
/// (interpreter create + close -44 %), and each OS thread allocates from its own heap, so
/// interpreters running on different threads do not contend (docs/performance.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: Mimalloc = Mimalloc;

/// mimalloc behind Rust's allocator interface. The `mimalloc` crate's `MiMalloc` sends every
/// request through `mi_malloc_aligned`, three calls deep with checks of the alignment and of
/// the address it got, before the allocation itself; here a request that plain `mi_malloc`
/// already satisfies goes straight to it (a third of textproc's allocator instructions).
#[cfg(feature = "mimalloc")]
struct Mimalloc;

/// Every mimalloc block is aligned to a word: block sizes are whole words and pages start on
/// one (the free list keeps a pointer in each free block). Larger alignments (`u128`, SIMD
/// types) take mimalloc's aligned calls.
#[cfg(feature = "mimalloc")]
const WORD: usize = std::mem::size_of::<usize>();

#[cfg(feature = "mimalloc")]
// SAFETY: every method returns memory from mimalloc with the layout's alignment (a word at
// most on the plain calls, see `WORD`; the aligned calls otherwise) and at least its size, or
// null when out of memory, and `dealloc`/`realloc` receive only pointers that these methods
// returned (GlobalAlloc's contract on callers); `mi_free` and `mi_realloc` accept any
// mimalloc block, aligned or not.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl; mimalloc's calls have no precondition on the size.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's contract), so from mimalloc.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout` (the caller's contract); the
        // new block keeps the alignment as `alloc` chooses it.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

/// `mi_option_purge_delay` in mimalloc v2's `mi_option_t` (include/mimalloc.h); the Rust
/// bindings name only some of the options.
#[cfg(feature = "mimalloc")]
const MI_OPTION_PURGE_DELAY: mi::mi_option_t = 15;

/// How long freed memory stays committed before mimalloc gives it back to the OS (its default
/// is 10 ms; whole arenas wait ten times as long). A program that frees a large structure
/// and then builds the next one (serializer.py: the 2.8M-item `parts` list, then the parsed
/// documents) otherwise faults the same memory back in, and the kernel clears every page of
/// it again: 3,000-5,000 faults and 0.2-0.4 s of system time per run at 10 ms against ~370
/// faults at 5 s, as many as with purging off (docs/performance.md, "Library round 5"). A
/// finite delay still gives memory back in a long run that shrank (mimalloc purges on later
/// allocator activity). The price is a higher peak RSS where phases overlap (serializer 194
/// -> 247 MB).
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
        unsafe { mi::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}
