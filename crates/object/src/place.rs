//! Building a value where it will live: room first, then the value, with no stack copy.
//!
//! `Vec::push(v)` and `Box::new(v)` left out of line take `v` by pointer, and keep a copy
//! of it on the stack for dropping should growing or allocating unwind; that copy is
//! written by the caller's field-by-field stores and read back by 16-byte loads, which the
//! processor cannot forward from those stores (a store-forwarding stall, ~15 cycles). On
//! the hottest paths (a Python call's frame, a dict entry, an iterator object) that cost
//! more than the rest of the push. These make the value only once there is room for it.

use std::mem::ManuallyDrop;

/// Pushes what `make` returns onto `v`. `once_with` is a trusted-length iterator, so
/// `extend` grows `v` first and only then calls `make`, whose result is written straight
/// into the new slot.
#[inline(always)]
pub fn push_made<T>(v: &mut Vec<T>, make: impl FnOnce() -> T) {
    v.extend(std::iter::once_with(make));
}

/// `Box::new(wrap(value))`, allocating first and then moving `value` in once, through
/// `wrap` (a `RefCell::new`, say). `value` is held in `ManuallyDrop` across the allocation
/// so that no copy is kept for a drop on unwinding (an allocation that unwinds would leak it
/// instead).
#[inline(always)]
pub fn boxed_map<T, U>(value: T, wrap: impl FnOnce(T) -> U) -> Box<U> {
    let value = ManuallyDrop::new(value);
    Box::write(Box::new_uninit(), wrap(ManuallyDrop::into_inner(value)))
}
