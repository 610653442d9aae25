//! The counting global allocator shared by the tests that measure the process's outstanding
//! bytes (teardown, cycle collection). Its counter is a process static; that is the test
//! harness measuring the process, not runtime state (see `xtask/globals-allowlist.toml`).

use std::sync::atomic::{AtomicIsize, Ordering};

pub struct Counting;

static OUTSTANDING: AtomicIsize = AtomicIsize::new(0);

// The allocator only forwards to `System` and counts; it has no `unsafe` of its own beyond
// the trait's contract, which it passes through unchanged.
#[allow(unsafe_code)]
mod allocator {
    use super::{Counting, OUTSTANDING};
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::Ordering;

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            OUTSTANDING.fetch_add(layout.size() as isize, Ordering::Relaxed);
            // SAFETY: forwarded with the caller's layout.
            unsafe { System.alloc(layout) }
        }
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            OUTSTANDING.fetch_add(layout.size() as isize, Ordering::Relaxed);
            // SAFETY: forwarded with the caller's layout.
            unsafe { System.alloc_zeroed(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            OUTSTANDING.fetch_sub(layout.size() as isize, Ordering::Relaxed);
            // SAFETY: `ptr` came from `alloc` with this layout.
            unsafe { System.dealloc(ptr, layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            OUTSTANDING.fetch_add(
                new_size as isize - layout.size() as isize,
                Ordering::Relaxed,
            );
            // SAFETY: forwarded unchanged.
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;
}

pub fn outstanding() -> isize {
    OUTSTANDING.load(Ordering::SeqCst)
}

/// Bytes outstanding beyond `baseline`, once within `tolerance` or after 2 s. A Python thread
/// that was joined has finished its work, but its OS thread may still be exiting (freeing its
/// std handle and thread-locals) for a moment after.
#[allow(dead_code)]
pub fn settled(baseline: isize, tolerance: isize) -> isize {
    let mut delta = outstanding() - baseline;
    for _ in 0..200 {
        if delta.abs() <= tolerance {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        delta = outstanding() - baseline;
    }
    delta
}
