//! Generators: a generator owns a suspended frame (its locals and value stack saved off the
//! thread's stack); resuming pushes the frame back and runs it until it yields or returns.

use std::rc::Rc;

use isles_compiler::Instr;
use isles_object::{ExcKind, Generator, IterState, Kind, Obj, PyErr, PyResult, Suspended, Value};

use crate::ops;
use crate::thread::{Block, BlockKind, Frame, Thread, push_frame_parts};

/// Resuming a frame paused at a `yield` statement (`yield x` whose value is dropped): moves
/// it past the `PopTop` that would drop the value sent in, which the caller then drops
/// itself instead of pushing it (nothing runs in between either way); `false` otherwise.
#[inline(always)]
fn skip_pop_top(f: &mut Frame) -> bool {
    let pop = matches!(f.func.code.code.instrs.get(f.ip), Some(Instr::PopTop));
    if pop {
        f.ip += 1;
    }
    pop
}

/// The collector's view into a suspended frame: every object it holds, once each.
pub(crate) fn visit_suspended(s: &Suspended, f: &mut dyn FnMut(&Obj)) -> bool {
    if let Some(fr) = &s.frame {
        // The function's own references are reported by the function object while it lives;
        // a frame reports them only when it is the last holder of the function.
        if Rc::strong_count(&fr.func) == 1 && !isles_interp::function_children(&fr.func, f) {
            return false;
        }
        if let Some(l) = &fr.locals {
            f(l);
        }
    }
    for v in s.values.iter().chain(&s.excs) {
        if let Value::Obj(o) = v {
            f(o);
        }
    }
    true
}

/// [`Thread::suspend_frame_into`] for a frame already taken off the frame list (the
/// thread's handler blocks and handled exceptions passed apart from its value stack).
fn park_frame(
    blocks: &mut Vec<Block>,
    exc_stack: &mut Vec<Value>,
    frame: Frame,
    s: &mut Suspended,
) {
    park_blocks(blocks, exc_stack, frame.base, frame.block_base, s);
    s.frame = Some(frame);
}

/// Moves the handler blocks of a frame being suspended (from `block_base`, their levels
/// made relative to its `base`) and the exceptions they handle into `s`.
#[inline]
fn park_blocks(
    blocks: &mut Vec<Block>,
    exc_stack: &mut Vec<Value>,
    base: usize,
    block_base: usize,
    s: &mut Suspended,
) {
    if blocks.len() > block_base {
        park_blocks_in(blocks, exc_stack, base, block_base, s);
    }
}

/// [`park_blocks`] for a frame suspended inside a `try` or `with`: out of line, so that the
/// usual step (no blocks) keeps its registers.
#[inline(never)]
fn park_blocks_in(
    blocks: &mut Vec<Block>,
    exc_stack: &mut Vec<Value>,
    base: usize,
    block_base: usize,
    s: &mut Suspended,
) {
    let handlers = blocks[block_base..]
        .iter()
        .filter(|b| b.kind == BlockKind::Handler)
        .count();
    let from = exc_stack.len().saturating_sub(handlers);
    s.excs.extend(exc_stack.drain(from..));
    s.blocks.extend(blocks.drain(block_base..).map(|b| Block {
        level: b.level - base,
        ..b
    }));
}

/// Runs a plain suspended generator to its end in one run, collecting what it yields (for
/// `ops::iterate`, which natives such as `sum`, `min`, `list` and `sorted` use): no
/// resumption per item. Nothing else runs between the items in either case, so this is the
/// same as calling `next` until it stops. `None` when the generator needs the general path
/// (running, finished, a coroutine, at the recursion limit).
pub(crate) fn drain(th: &mut Thread<'_>, gen_v: &Value) -> Option<PyResult<Vec<Value>>> {
    let Some(Kind::Generator(g)) = gen_v.kind() else {
        return None;
    };
    // The items go onto the caller's stack (saved while the generator runs) above `from`; a
    // panic caught by `call_native` cuts that stack back, items included.
    let from = th.stack.len();
    if !th.start_gen_frame(gen_v, DRAIN_GEN, Value::None) {
        return None;
    }
    let r = th.run();
    g.running.set(false);
    let mut caller = th.saved_stacks.pop().unwrap_or_default();
    let items = caller.split_off(from.min(caller.len()));
    // Many items must not leave the thread's stack that large for good.
    if caller.capacity() > 1 << 14 {
        caller.shrink_to(caller.len().max(1024) * 2);
    }
    let values = std::mem::replace(&mut th.stack, caller);
    let state = g.frame.borrow_mut().take();
    drop(state);
    drop(values);
    Some(match r {
        Ok(_) => Ok(items),
        Err(e) => Err(escaped(th, e)),
    })
}

/// What one resumption produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// `Frame::ret_slot` of a generator frame that `ForIterStoreFast` resumed inside the
/// caller's loop, plus the caller's local that the loop stores each item in: its `yield`
/// stores the value there and moves the caller past the `StoreFast` half of the pair, so a
/// step pushes nothing and dispatches one instruction less; otherwise as [`INLINE_GEN`].
/// Local indices of the pair fit 16 bits (`isles_compiler::unpair`).
pub(crate) const INLINE_STORE: usize = usize::MAX - 0xFFFF;

/// `Frame::ret_slot` of a generator frame that `ForIter` resumed inside the caller's loop
/// (CPython 3.12's `FOR_ITER_GEN`; see [`Thread::enter_gen`]): no nested `run` per step. Its
/// `yield`, `return` and an escaping exception hand control straight back to the caller's
/// frame, whose value stack waits in `saved_stacks` with the generator on top.
pub(crate) const INLINE_GEN: usize = INLINE_STORE - 1;

/// `Frame::ret_slot` of the sub-generator of a `yield from` that `SendSub` resumed in the
/// delegating frame's loop: its `yield` pushes the value for the delegating frame's own
/// `YieldValue`, its `return` pops it, pushes the return value and jumps past the send loop.
pub(crate) const INLINE_SUB: usize = INLINE_STORE - 2;

/// `Frame::ret_slot` of the generator inside an `enumerate` that `ForIter` advances in the
/// caller's loop: its `yield` pushes the `(count, value)` pair (or, before an
/// `UnpackSequence(2)`, the two values) and bumps the count; otherwise as [`INLINE_GEN`].
pub(crate) const INLINE_ENUM: usize = INLINE_STORE - 3;

/// `Frame::ret_slot` of a generator frame that [`drain`] runs to its end in one go: a
/// `yield` appends the value to the caller's saved stack and goes on at once. The markers
/// above it (`ret_slot > DRAIN_GEN`) are the frames that run inside their caller's loop.
pub(crate) const DRAIN_GEN: usize = INLINE_STORE - 4;

/// `Frame::ret_slot` of a generator frame that [`drain_fold`] runs for `sum` (then `min`
/// and `max`): a `yield` folds the value into the accumulator on top of the caller's saved
/// stack when that runs no Python code (ints and floats), and otherwise suspends the
/// generator there for the caller to go on one item at a time, as CPython's loop does.
const DRAIN_SUM: usize = INLINE_STORE - 5;
const DRAIN_MIN: usize = INLINE_STORE - 6;
const DRAIN_MAX: usize = INLINE_STORE - 7;
/// `any` and `all`: a `yield` goes on while the item's truth is known without Python code
/// and is not the one that ends the search.
const DRAIN_ANY: usize = INLINE_STORE - 8;
const DRAIN_ALL: usize = INLINE_STORE - 9;

/// The lowest `ret_slot` marker: `ret_slot >= DRAIN_FIRST` is a frame whose `yield` goes
/// to [`Thread::drain_yield`] or [`Thread::leave_gen_yield`].
pub(crate) const DRAIN_FIRST: usize = DRAIN_ALL;

/// The natives that fold a generator's items with [`drain_fold`].
#[derive(Clone, Copy)]
pub enum Fold {
    Sum,
    Min,
    Max,
    Any,
    All,
}

/// The truth of `v` when asking runs no Python code (no `__bool__` or `__len__` of a class).
fn pure_truth(v: &Value) -> Option<bool> {
    match v {
        Value::None => Some(false),
        Value::Bool(b) => Some(b.get()),
        Value::Int(i) => Some(*i != 0),
        Value::Float(f) => Some(f.get() != 0.0),
        Value::Obj(o) if o.sub().is_none() => match o.kind() {
            Kind::Str(s) => Some(!s.as_str().is_empty()),
            Kind::Tuple(t) => Some(!t.is_empty()),
            Kind::List(l) => Some(!l.try_borrow().ok()?.is_empty()),
            _ => None,
        },
        _ => None,
    }
}

/// The order of two ints or two exact strs; `None` for anything else.
fn scalar_order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Obj(x), Value::Obj(y)) if x.sub().is_none() && y.sub().is_none() => {
            match (x.kind(), y.kind()) {
                // UTF-8 bytes sort as their code points do.
                (Kind::Str(s), Kind::Str(t)) => Some(s.as_str().cmp(t.as_str())),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The order of two exact strs or two exact tuples of ints and exact strs (CPython's: the
/// first items that differ decide, else the shorter is less); `None` for anything else, whose
/// comparison might run Python code or raise.
fn pure_order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    if let (Value::Obj(x), Value::Obj(y)) = (a, b)
        && x.sub().is_none()
        && y.sub().is_none()
        && let (Kind::Tuple(s), Kind::Tuple(t)) = (x.kind(), y.kind())
    {
        for (p, q) in s.iter().zip(t.iter()) {
            match scalar_order(p, q)? {
                std::cmp::Ordering::Equal => {}
                o => return Some(o),
            }
        }
        return Some(s.len().cmp(&t.len()));
    }
    scalar_order(a, b)
}

/// Folds `v` into `acc` when that cannot run Python code or be told apart from doing it in
/// CPython's order; `false` (nothing done) otherwise.
fn fold_pure(kind: usize, acc: &mut Value, v: &Value) -> bool {
    // Ints that convert to floats exactly.
    const EXACT: i64 = 1 << 53;
    match kind {
        // The item that decides (or one whose truth needs Python code) ends the run.
        DRAIN_ANY => pure_truth(v) == Some(false),
        DRAIN_ALL => pure_truth(v) == Some(true),
        DRAIN_SUM => {
            let r = match (&*acc, v) {
                (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                    Some(c) => Value::Int(c),
                    None => return false,
                },
                (Value::Float(a), Value::Float(b)) => Value::inline_float(a.get() + b.get()),
                (Value::Int(a), Value::Float(b)) if a.abs() <= EXACT => {
                    Value::inline_float(*a as f64 + b.get())
                }
                (Value::Float(a), Value::Int(b)) if b.abs() <= EXACT => {
                    Value::inline_float(a.get() + *b as f64)
                }
                _ => return false,
            };
            *acc = r;
            true
        }
        _ => {
            let better = match (&*acc, v) {
                (Value::Null, Value::Int(_) | Value::Float(_)) => true,
                // Tuples of ints and exact strs (`min((len(x), x) for ...)`): their order
                // needs no Python code either.
                (Value::Null, Value::Obj(_)) if pure_order(v, v).is_some() => true,
                (Value::Obj(_), Value::Obj(_)) => match pure_order(v, acc) {
                    Some(o) if kind == DRAIN_MAX => o.is_gt(),
                    Some(o) => o.is_lt(),
                    None => return false,
                },
                (Value::Int(a), Value::Int(b)) => {
                    if kind == DRAIN_MAX {
                        b > a
                    } else {
                        b < a
                    }
                }
                (Value::Float(a), Value::Float(b)) => {
                    if kind == DRAIN_MAX {
                        b.get() > a.get()
                    } else {
                        b.get() < a.get()
                    }
                }
                _ => return false,
            };
            if better {
                *acc = v.clone();
            }
            true
        }
    }
}

/// `sum`, `min` or `max` (no key) over the plain suspended generator `gen_v`, starting from
/// `acc` (`Null` for no item yet): runs it in one nested run while its items fold without
/// running Python code. `Some(Ok(None))`: it finished and `acc` is the result;
/// `Some(Ok(Some(v)))`: it is suspended just after yielding `v`, which the caller handles
/// (and the rest) the general way; `None`: not a generator this can run.
pub fn drain_fold(
    th: &mut Thread<'_>,
    gen_v: &Value,
    acc: &mut Value,
    fold: Fold,
) -> Option<PyResult<Option<Value>>> {
    let Some(Kind::Generator(g)) = gen_v.kind() else {
        return None;
    };
    let kind = match fold {
        Fold::Sum => DRAIN_SUM,
        Fold::Min => DRAIN_MIN,
        Fold::Max => DRAIN_MAX,
        Fold::Any => DRAIN_ANY,
        Fold::All => DRAIN_ALL,
    };
    // The accumulator waits on the caller's stack (saved while the generator runs).
    th.stack.push(std::mem::replace(acc, Value::None));
    if !th.start_gen_frame(gen_v, kind, Value::None) {
        *acc = th.stack.pop().unwrap_or(Value::None);
        return None;
    }
    let r = th.run();
    let yielded = std::mem::take(&mut th.yielded);
    let mut caller = th.saved_stacks.pop().unwrap_or_default();
    *acc = caller.pop().unwrap_or(Value::None);
    let values = std::mem::replace(&mut th.stack, caller);
    Some(match r {
        Ok(v) if yielded => {
            if park_top(&mut th.frames, &mut th.blocks, &mut th.exc_stack, g, values) {
                Ok(Some(v))
            } else {
                Err(PyErr::system_error("corrupt generator state"))
            }
        }
        Ok(_) => {
            g.running.set(false);
            let state = g.frame.borrow_mut().take();
            drop(state);
            drop(values);
            Ok(None)
        }
        Err(e) => {
            g.running.set(false);
            let state = g.frame.borrow_mut().take();
            drop(state);
            drop(values);
            Err(escaped(th, e))
        }
    })
}

/// The generator whose frame runs inline for the caller whose value stack ends in `top`:
/// `top` itself, or the generator inside the `enumerate` on top.
fn driven_gen(top: Option<&Value>) -> Option<Value> {
    match top?.kind()? {
        Kind::Generator(_) => top.cloned(),
        Kind::Iter(cell) => match &*cell.borrow() {
            IterState::Enumerate { it, .. } => Some(it.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The generator inside the enumerate whose state is `es`, when it is one [`INLINE_ENUM`]
/// can run: a small count that cannot overflow on the next step.
fn enumerated_gen(es: &IterState) -> Option<&Generator> {
    match es {
        IterState::Enumerate {
            it: Value::Obj(o),
            count: Value::Int(c),
            ..
        } if *c < i64::MAX => match o.kind() {
            Kind::Generator(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

/// An enumerate's count for this step, the stored one moved on by one.
#[inline]
fn bump(count: &mut Value) -> Value {
    match count {
        Value::Int(c) => {
            let now = *c;
            *c = now.saturating_add(1);
            Value::Int(now)
        }
        other => other.clone(),
    }
}

/// Puts the top frame, which just yielded, and its values back into its generator `g`
/// (the frame moves straight from the frame list into the generator).
#[inline(always)]
fn park_top(
    frames: &mut Vec<Frame>,
    blocks: &mut Vec<Block>,
    exc_stack: &mut Vec<Value>,
    g: &Generator,
    values: Vec<Value>,
) -> bool {
    g.running.set(false);
    let Ok(mut state) = g.frame.try_borrow_mut() else {
        return false;
    };
    let Some(s) = state.as_mut() else {
        return false;
    };
    let Some(frame) = frames.pop() else {
        return false;
    };
    // Left empty (no allocation) when the frame was resumed.
    std::mem::forget(std::mem::replace(&mut s.values, values));
    park_blocks(blocks, exc_stack, frame.base, frame.block_base, s);
    g.needs_close.set(!s.blocks.is_empty());
    // The slot is empty while the frame runs: tested first, so the usual case moves the
    // frame in once, with no copy of the old contents for a drop.
    if s.frame.is_none() {
        // Forgetting the None that was there: an assignment calls its drop.
        std::mem::forget(s.frame.replace(frame));
    } else if let Some(old) = s.frame.replace(frame) {
        drop(old);
    }
    true
}

impl Thread<'_> {
    /// Takes the top frame (a generator's, which just yielded or was just set up) off the
    /// thread into `s`, with the exceptions it is handling; its values are the caller's to
    /// move. Block levels are kept relative to the frame's base.
    fn suspend_frame_into(&mut self, s: &mut Suspended) {
        let frame = self.frames.pop().expect("frame to suspend");
        park_frame(&mut self.blocks, &mut self.exc_stack, frame, s);
    }

    /// `ForIter` over the generator on top of the stack (or an `enumerate` over one): when it
    /// is a plain generator that is suspended (not running, not finished), its frame is pushed
    /// to run in the caller's loop on its own values (the caller's stack saved, as [`resume`]
    /// does) and `true` returned. Anything else (including the recursion limit) takes the
    /// general path through `next`.
    #[inline(always)]
    pub(crate) fn enter_gen(&mut self) -> bool {
        self.enter_gen_as(INLINE_GEN)
    }

    /// [`Self::enter_gen`] for `ForIterStoreFast`, whose `StoreFast` half stores into the
    /// local `a`: a plain generator's `yield` stores there itself ([`INLINE_STORE`]).
    #[inline(always)]
    pub(crate) fn enter_gen_store(&mut self, a: usize) -> bool {
        self.enter_gen_as(INLINE_STORE + a)
    }

    /// One out-of-line copy for both loop forms, so the start inlines into it.
    #[inline(never)]
    fn enter_gen_as(&mut self, ret_slot: usize) -> bool {
        // Other iterators leave at once, without a reference count update.
        let Some(Value::Obj(o)) = self.stack.last() else {
            return false;
        };
        match o.kind() {
            Kind::Generator(_) => {}
            Kind::Iter(_) => return self.enter_enumerated(),
            _ => return false,
        }
        self.start_on_caller_stack(|t, top| match top.kind() {
            Some(Kind::Generator(g)) => t.start_frame_none(g, ret_slot),
            _ => false,
        })
    }

    /// [`Self::start_frame_of`] resuming with None (what `next` sends).
    #[inline(always)]
    fn start_frame_none(&mut self, g: &Generator, ret_slot: usize) -> bool {
        match self.start_frame_of(g, ret_slot, false) {
            Some(push) => {
                if push {
                    self.stack.push(Value::None);
                }
                true
            }
            None => false,
        }
    }

    /// Runs `start` on the value on top of the caller's stack, with that stack taken off the
    /// thread so the generator it starts is borrowed from it while its frame goes on (no
    /// reference count update). The stack is saved when `start` started a frame, else put
    /// back.
    #[inline(always)]
    fn start_on_caller_stack(&mut self, start: impl FnOnce(&mut Self, &Value) -> bool) -> bool {
        let caller = std::mem::take(&mut self.stack);
        let started = caller.last().is_some_and(|top| start(self, top));
        if started {
            self.saved_stacks.push(caller);
        } else {
            self.stack = caller;
        }
        started
    }

    /// [`Self::enter_gen`] for an `enumerate` on top of the stack (over a generator that
    /// [`INLINE_ENUM`] can run).
    #[inline(never)]
    fn enter_enumerated(&mut self) -> bool {
        self.start_on_caller_stack(|t, top| match top.kind() {
            Some(Kind::Iter(cell)) => match enumerated_gen(&cell.borrow()) {
                Some(g) => t.start_frame_none(g, INLINE_ENUM),
                None => false,
            },
            _ => false,
        })
    }

    /// `SendSub` of `send` into the sub-iterator on top of the stack: when it is a plain
    /// suspended generator, its frame is pushed to run in this loop ([`INLINE_SUB`]) and
    /// `true` returned; otherwise (nothing done) the general path resumes it.
    ///
    /// The sub-generator is borrowed from the caller's stack while its frame starts, as for a
    /// `for` loop ([`Self::enter_gen`]): no reference count update; `send` comes back when
    /// nothing was done.
    pub(crate) fn enter_sub(&mut self, send: Value) -> Result<(), Value> {
        match self.stack.last() {
            Some(Value::Obj(o)) if matches!(o.kind(), Kind::Generator(_)) => {}
            _ => return Err(send),
        }
        let sending = !send.is_none();
        let mut send = Some(send);
        let started = self.start_on_caller_stack(|t, top| match top.kind() {
            Some(Kind::Generator(g)) => match t.start_frame_of(g, INLINE_SUB, sending) {
                Some(push) => {
                    if push && let Some(v) = send.take() {
                        // The value of the paused `yield` expression.
                        t.stack.push(v);
                    }
                    true
                }
                None => false,
            },
            _ => false,
        });
        match send {
            // Not pushed: dropped here, where the skipped `PopTop` would drop it.
            Some(v) if !started => Err(v),
            _ => Ok(()),
        }
    }

    /// Pushes the suspended frame of the plain generator `gen_v` with `ret_slot` (one of the
    /// markers above), to run on its own values with the caller's stack saved and the
    /// generator marked running; `false` (nothing done) when it is not one that can.
    fn start_gen_frame(&mut self, gen_v: &Value, ret_slot: usize, send: Value) -> bool {
        let Some(Kind::Generator(g)) = gen_v.kind() else {
            return false;
        };
        let caller = std::mem::take(&mut self.stack);
        match self.start_frame_of(g, ret_slot, !send.is_none()) {
            Some(push) => {
                self.saved_stacks.push(caller);
                if push {
                    // The value of the paused `yield` expression.
                    self.stack.push(send);
                }
                true
            }
            None => {
                self.stack = caller;
                false
            }
        }
    }

    /// [`Self::start_gen_frame`] with the caller's stack already taken off the thread (the
    /// thread's stack is empty), for a send of a value other than None when `sending`: on
    /// `Some` the generator's values are the thread's stack and the caller saves its stack
    /// and pushes the sent value when that says so (the paused `yield` is an expression);
    /// on `None` nothing changed.
    #[inline(always)]
    fn start_frame_of(&mut self, g: &Generator, ret_slot: usize, sending: bool) -> Option<bool> {
        if g.coroutine
            || g.async_gen
            || g.running.get()
            || self.frames.len() >= self.st.recursion_limit.get()
        {
            return None;
        }
        let Ok(mut state) = g.frame.try_borrow_mut() else {
            return None;
        };
        let s = state.as_mut()?;
        let f = s.frame.as_mut()?;
        let started = f.ip > 0;
        // Sending a value into a just-started generator is the general path's TypeError.
        if !started && sending {
            return None;
        }
        let push = started && !skip_pop_top(f);
        let block_base = self.blocks.len();
        if !s.blocks.is_empty() {
            self.blocks.append(&mut s.blocks);
            self.exc_stack.append(&mut s.excs);
        }
        // The thread's stack is an empty vector here: swapping leaves no allocation behind.
        std::mem::swap(&mut self.stack, &mut s.values);
        if let Some(Frame {
            func, locals, ip, ..
        }) = s.frame.take()
        {
            // Base 0: the generator runs on its own values as the thread's stack.
            push_frame_parts(&mut self.frames, func, locals, 0, ret_slot, ip, block_base);
        }
        g.running.set(true);
        drop(state);
        Some(push)
    }

    /// `yield v` in a frame that runs in its caller's loop (`ret_slot > DRAIN_GEN`): the frame
    /// goes back into its generator and the caller goes on with `v` pushed (an `enumerate`'s
    /// pair for [`INLINE_ENUM`]). A `yield from`'s delegating frame yields `v` in turn, as
    /// its `YieldValue` would: `Some(v)` when that ends this run (the delegating frame is one
    /// that `resume` runs), `None` when the loop goes on with the frame now on top.
    pub(crate) fn leave_gen_yield(&mut self, v: Value) -> PyResult<Option<Value>> {
        // The usual cases first: a `for` loop over a plain generator.
        let kind = self.frames.last().map_or(0, |f| f.ret_slot);
        if kind >= INLINE_GEN {
            let caller = self.saved_stacks.pop().unwrap_or_default();
            let values = std::mem::replace(&mut self.stack, caller);
            if let Some(Kind::Generator(g)) = self.stack.last().and_then(Value::kind)
                && park_top(
                    &mut self.frames,
                    &mut self.blocks,
                    &mut self.exc_stack,
                    g,
                    values,
                )
            {
                self.give_to_loop(kind, v);
                return Ok(None);
            }
            return Err(PyErr::system_error(
                "inline generator frame without its generator",
            ));
        }
        self.leave_gen_yield_other(v)
    }

    /// The item `v` that a generator frame run by a `for` loop (`ret_slot` `kind`) yielded,
    /// handed to the loop's frame, now on top: pushed, or for [`INLINE_STORE`] stored as the
    /// `StoreFast` half of the loop's `ForIterStoreFast` would, moving the frame past it.
    #[inline(always)]
    fn give_to_loop(&mut self, kind: usize, v: Value) {
        match kind.checked_sub(INLINE_STORE) {
            Some(a) => {
                if let Some(f) = self.frames.last_mut() {
                    f.ip += 1;
                    if let Some(slot) = self.stack.get_mut(f.base + a) {
                        // Only an object needs dropping: tested here, so that ints and
                        // other inline values cost no call.
                        if let Value::Obj(old) = std::mem::replace(slot, v) {
                            drop(old);
                        }
                    }
                }
            }
            None => self.stack.push(v),
        }
    }

    /// [`Self::leave_gen_yield`] for an `enumerate`'s generator and a `yield from`'s.
    #[inline(never)]
    fn leave_gen_yield_other(&mut self, v: Value) -> PyResult<Option<Value>> {
        loop {
            let Some(kind) = self.frames.last().map(|f| f.ret_slot) else {
                return Err(PyErr::system_error("generator frame missing"));
            };
            let caller = self.saved_stacks.pop().unwrap_or_default();
            let values = std::mem::replace(&mut self.stack, caller);
            let (frames, blocks, excs) = (&mut self.frames, &mut self.blocks, &mut self.exc_stack);
            let parked = match self.stack.last().and_then(Value::kind) {
                Some(Kind::Generator(g)) => {
                    park_top(frames, blocks, excs, g, values).then_some(None)
                }
                Some(Kind::Iter(cell)) if kind == INLINE_ENUM => {
                    let mut st = cell.borrow_mut();
                    match &mut *st {
                        IterState::Enumerate {
                            it: Value::Obj(o),
                            count,
                            ..
                        } => match o.kind() {
                            Kind::Generator(g) => {
                                park_top(frames, blocks, excs, g, values).then(|| Some(bump(count)))
                            }
                            _ => false.then_some(None),
                        },
                        _ => false.then_some(None),
                    }
                }
                _ => None,
            };
            match parked {
                None => {
                    return Err(PyErr::system_error(
                        "inline generator frame without its generator",
                    ));
                }
                Some(Some(count)) => {
                    // `for i, x in enumerate(gen)`: the pair goes straight onto the stack as
                    // the `UnpackSequence(2)` after the `ForIter` would leave it, or into the
                    // two locals of an `UnpackStoreFast2` (`i`, then `x`, as its two
                    // `StoreFast`s would store them).
                    let Some(f) = self.frames.last_mut() else {
                        return Err(PyErr::system_error("enumerate loop without its frame"));
                    };
                    match f.func.code.code.instrs.get(f.ip) {
                        Some(Instr::UnpackSequence(2)) => {
                            f.ip += 1;
                            self.stack.push(v);
                            self.stack.push(count);
                        }
                        Some(Instr::UnpackStoreFast2(p)) => {
                            let (a, b) = isles_compiler::unpair(*p);
                            f.ip += 3;
                            let base = f.base;
                            let old_a = std::mem::replace(&mut self.stack[base + a], count);
                            let old_b = std::mem::replace(&mut self.stack[base + b], v);
                            drop((old_a, old_b));
                        }
                        _ => self.stack.push(Value::tuple(vec![count, v])),
                    }
                    return Ok(None);
                }
                Some(None) if kind != INLINE_SUB => {
                    self.give_to_loop(kind, v);
                    return Ok(None);
                }
                Some(None) => {}
            }
            // The delegating frame's `YieldValue` (just past its `SendSub`) yields `v` now.
            let Some(f) = self.frames.last_mut() else {
                return Err(PyErr::system_error("yield from without its frame"));
            };
            f.ip += 1;
            match f.ret_slot {
                r if r > DRAIN_GEN => {}
                r if r >= DRAIN_FIRST => {
                    // The delegating frame goes on in its send loop with None sent in.
                    let r = self.drain_yield(v, r);
                    if r.is_none() {
                        self.stack.push(Value::None);
                    }
                    return Ok(r);
                }
                _ => return Ok(Some(v)),
            }
        }
    }

    /// `yield v` in a frame [`drain`] or [`drain_fold`] runs (its `ret_slot` `kind`): `v`
    /// joins the items on the caller's saved stack, or folds into the accumulator there, and
    /// the generator goes on as `next` would resume it; the caller gives the `yield` its
    /// None (or skips the `PopTop` of a `yield` statement). `Some(v)` when `v` cannot fold
    /// without running Python code: the run ends there, the generator suspended at this
    /// `yield`.
    #[inline]
    pub(crate) fn drain_yield(&mut self, v: Value, kind: usize) -> Option<Value> {
        let Some(items) = self.saved_stacks.last_mut() else {
            return Some(v);
        };
        if kind == DRAIN_GEN {
            items.push(v);
        } else if !items.last_mut().is_some_and(|acc| fold_pure(kind, acc, &v)) {
            return Some(v);
        }
        None
    }

    /// A frame that ran in its caller's loop ended (returned, or an exception escaped it,
    /// with the frame already popped): the caller's stack comes back, with the generator (or
    /// the enumerate over it) still on top, and the generator is finished.
    pub(crate) fn leave_gen_done(&mut self, frame: Frame) {
        self.blocks.truncate(frame.block_base);
        let caller = self.saved_stacks.pop().unwrap_or_default();
        let values = std::mem::replace(&mut self.stack, caller);
        let state = driven_gen(self.stack.last()).and_then(|g| match g.kind() {
            Some(Kind::Generator(g)) => {
                g.running.set(false);
                g.frame.borrow_mut().take()
            }
            _ => None,
        });
        drop(state);
        drop(values);
    }

    /// `return v` in a frame that ran in its caller's loop: a `for` loop is done (the
    /// iterator is popped and the caller goes on at the loop's exit); a `yield from` takes
    /// `v` as its value and goes on past its send loop.
    pub(crate) fn leave_gen_return(&mut self, frame: Frame, v: Value) -> PyResult<()> {
        let kind = frame.ret_slot;
        self.leave_gen_done(frame);
        self.stack.pop();
        let Some(f) = self.frames.last_mut() else {
            return Err(PyErr::system_error(
                "inline generator frame without a caller",
            ));
        };
        // The caller's position is just past its `ForIter` (or on the `StoreFast` half of a
        // `ForIterStoreFast`), or just past its `SendSub`.
        f.ip = match f.func.code.code.instrs.get(f.ip.wrapping_sub(1)) {
            Some(Instr::ForIter(t)) if kind != INLINE_SUB => *t as usize,
            Some(Instr::ForIterStoreFast(p)) if kind != INLINE_SUB => isles_compiler::unpair(*p).0,
            Some(Instr::SendSub(t)) if kind == INLINE_SUB => {
                let t = *t as usize;
                self.stack.push(v);
                t
            }
            _ => {
                return Err(PyErr::system_error(
                    "inline generator frame without its loop",
                ));
            }
        };
        Ok(())
    }

    /// Wraps the frame just pushed for a generator function into a generator object.
    pub(crate) fn make_generator(&mut self) -> Value {
        let Some(top) = self.frames.last() else {
            return Value::None;
        };
        let (base, ret_slot) = (top.base, top.ret_slot);
        // Room for the frame's value stack too: the generator runs on this vector.
        let mut values = Vec::with_capacity(self.stack.len() - base + 16);
        values.extend(self.stack.drain(base..));
        self.stack.truncate(ret_slot);
        let mut s = Suspended {
            frame: None,
            values,
            excs: Vec::new(),
            blocks: Vec::new(),
        };
        self.suspend_frame_into(&mut s);
        let Some(frame) = &s.frame else {
            return Value::None;
        };
        let code = frame.func.code.clone();
        let async_gen = code.code.flags.async_generator;
        let coroutine = code.code.flags.coroutine && !async_gen;
        let g = Obj::new(Kind::Generator(Box::new(Generator {
            frame: std::cell::RefCell::new(Some(s)),
            running: std::cell::Cell::new(false),
            coroutine,
            async_gen,
            code,
            name: std::cell::RefCell::new(None),
            qualname: std::cell::RefCell::new(None),
            needs_close: std::cell::Cell::new(false),
            hooks: Some(self.st.gc_hooks.clone()),
        })));
        self.st.gc_track(&g);
        Value::Obj(g)
    }
}

fn generator(v: &Value) -> PyResult<&Generator> {
    match v.kind() {
        Some(Kind::Generator(g)) => Ok(g),
        _ => Err(PyErr::type_error("expected a generator")),
    }
}

/// Runs a generator until its next yield (`send` is the value of the paused `yield`
/// expression) or, with `throw`, raises that exception at the paused point.
pub fn resume(
    th: &mut Thread<'_>,
    gen_v: &Value,
    send: Value,
    throw: Option<PyErr>,
) -> PyResult<GenStep> {
    let g = generator(gen_v)?;
    if g.running.get() {
        return Err(PyErr::value_error("generator already executing"));
    }
    // The state stays in the generator while it runs (its frame on the thread), as for the
    // frames that run in their caller's loop: only the frame and the values move.
    let (mut frame, values, block_base) = {
        let Ok(mut state) = g.frame.try_borrow_mut() else {
            return Err(PyErr::system_error("generator state in use"));
        };
        let Some(s) = state.as_mut() else {
            drop(state);
            return match throw {
                Some(e) => Err(e),
                None => Ok(GenStep::Return(Value::None)),
            };
        };
        let Some(frame) = s.frame.take() else {
            return Err(PyErr::system_error("corrupt generator state"));
        };
        if frame.ip == 0 && throw.is_none() && !send.is_none() {
            s.frame = Some(frame);
            return Err(PyErr::type_error(
                "can't send non-None value to a just-started generator",
            ));
        }
        let block_base = th.blocks.len();
        if !s.blocks.is_empty() {
            th.blocks.append(&mut s.blocks);
            th.exc_stack.append(&mut s.excs);
        }
        (frame, std::mem::take(&mut s.values), block_base)
    };
    let started = frame.ip > 0;
    // The generator's values become the thread's stack while it runs (its frame's base is
    // 0) and the caller's stack waits in `saved_stacks`: no value moves on a step.
    let caller = std::mem::replace(&mut th.stack, values);
    th.saved_stacks.push(caller);
    frame.base = 0;
    frame.ret_slot = 0;
    frame.block_base = block_base;
    if started && throw.is_none() && !skip_pop_top(&mut frame) {
        th.stack.push(send);
    } else {
        // Dropped now, where the skipped `PopTop` would drop it.
        drop(send);
    }
    let r = match th.push_frame(frame) {
        Ok(()) => {
            g.running.set(true);
            let entry = th.frames.len();
            let r = match throw {
                Some(e) => match th.unwind(e, entry) {
                    Ok(()) => th.run(),
                    Err(e) => Err(e),
                },
                None => th.run(),
            };
            g.running.set(false);
            r
        }
        Err(e) => {
            th.blocks.truncate(block_base);
            Err(e)
        }
    };
    let caller = th.saved_stacks.pop().unwrap_or_default();
    let values = std::mem::replace(&mut th.stack, caller);
    if r.is_ok() && std::mem::take(&mut th.yielded) {
        let mut state = g.frame.borrow_mut();
        match state.as_mut() {
            Some(s) => {
                // `s.values` was left empty (no allocation) when the run began.
                std::mem::forget(std::mem::replace(&mut s.values, values));
                th.suspend_frame_into(s);
                g.needs_close.set(!s.blocks.is_empty());
            }
            None => {
                drop(state);
                let frame = th.frames.pop();
                drop((frame, values));
            }
        }
        return r.map(GenStep::Yield);
    }
    // Finished: the state goes (dropped outside the borrow).
    let state = g.frame.borrow_mut().take();
    drop(state);
    drop(values);
    match r {
        Ok(v) => Ok(GenStep::Return(v)),
        Err(e) => Err(escaped(th, e)),
    }
}

/// An exception escaping a generator's frame: StopIteration becomes RuntimeError (PEP 479).
pub(crate) fn escaped(th: &mut Thread<'_>, e: PyErr) -> PyErr {
    if !ops::err_matches(th, &e, ExcKind::StopIteration) {
        return e;
    }
    // The StopIteration keeps the generator's frames; the RuntimeError starts in the caller.
    crate::traceback::from_cause(
        th,
        e,
        ExcKind::RuntimeError,
        "generator raised StopIteration",
    )
}

/// `gen.send(v)` / `next(gen)`: the yielded value, or StopIteration carrying the result.
pub fn send(th: &mut Thread<'_>, gen_v: &Value, v: Value) -> PyResult<Value> {
    match resume(th, gen_v, v, None)? {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration(th, r)),
    }
}

/// `StopIteration(value)`, or a bare one for None.
pub fn stop_iteration(th: &Thread<'_>, value: Value) -> PyErr {
    if value.is_none() {
        return PyErr::new(ExcKind::StopIteration, "");
    }
    let cls = th.st.types.exc(ExcKind::StopIteration).clone();
    PyErr::from_obj(ops::new_exception(&cls, vec![value]))
}

/// `gen.throw(exc)`. A generator paused inside `yield from` / `await` hands the exception
/// to the iterator it delegates to first (CPython's `gen_throw` through `_PyGen_yf`): what
/// that iterator yields is yielded, its return value resumes this generator past the loop,
/// and only what it raises is raised here. GeneratorExit closes the iterator instead.
pub fn throw(th: &mut Thread<'_>, gen_v: &Value, exc: PyErr) -> PyResult<Value> {
    throw_args(th, gen_v, exc, &[])
}

/// `gen.throw(...)` with the arguments as given (`raw`), which an iterator that is not a
/// generator receives unchanged in its own `throw`, as in CPython.
pub fn throw_args(
    th: &mut Thread<'_>,
    gen_v: &Value,
    mut exc: PyErr,
    raw: &[Value],
) -> PyResult<Value> {
    let g = generator(gen_v)?;
    if !g.running.get()
        && let Some((sub, past_loop)) = delegate_of(g)
    {
        g.running.set(true);
        let outcome = throw_into_delegate(th, &sub, exc, raw);
        g.running.set(false);
        match outcome {
            Delegated::Yield(x) => return Ok(x),
            Delegated::Return(v) => {
                if let Some(s) = g.frame.borrow_mut().as_mut()
                    && let Some(frame) = s.frame.as_mut()
                {
                    s.values.pop();
                    frame.ip = past_loop as usize;
                }
                return send(th, gen_v, v);
            }
            Delegated::Raise(e) => exc = e,
        }
    }
    match resume(th, gen_v, Value::None, Some(exc))? {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration(th, r)),
    }
}

/// What the iterator a generator delegates to did with a thrown exception.
enum Delegated {
    Yield(Value),
    Return(Value),
    Raise(PyErr),
}

/// The iterator a suspended generator delegates to (`yield from` / `await`) and the
/// instruction just past that send loop; `None` when it is paused at a plain `yield`.
fn delegate_of(g: &Generator) -> Option<(Value, u32)> {
    let state = g.frame.borrow();
    let s = state.as_ref()?;
    let frame = s.frame.as_ref()?;
    let instrs = &frame.func.code.code.instrs;
    let at = frame.ip.checked_sub(2)?;
    match (instrs.get(at), instrs.get(at + 1)) {
        (Some(Instr::SendSub(past)), Some(Instr::YieldValue)) => {
            Some((s.values.last()?.clone(), *past))
        }
        _ => None,
    }
}

fn throw_into_delegate(
    th: &mut Thread<'_>,
    sub: &Value,
    mut exc: PyErr,
    raw: &[Value],
) -> Delegated {
    if ops::err_matches(th, &exc, ExcKind::GeneratorExit) {
        let closed = if matches!(sub.kind(), Some(Kind::Generator(_))) {
            close(th, sub).map(drop)
        } else {
            match ops::getattr(th, sub, &th.intern("close")) {
                Ok(f) => th.call(&f, crate::Args::positional(&[])).map(drop),
                Err(_) => Ok(()),
            }
        };
        return Delegated::Raise(closed.err().unwrap_or(exc));
    }
    let r = if matches!(sub.kind(), Some(Kind::Generator(_))) {
        throw_args(th, sub, exc, raw)
    } else {
        let Ok(f) = ops::getattr(th, sub, &th.intern("throw")) else {
            return Delegated::Raise(exc);
        };
        if raw.is_empty() {
            let v = Value::Obj(ops::normalize(th, &mut exc));
            th.call(&f, crate::Args::positional(&[v]))
        } else {
            th.call(&f, crate::Args::positional(raw))
        }
    };
    match r {
        Ok(x) => Delegated::Yield(x),
        Err(mut e) if ops::err_matches(th, &e, ExcKind::StopIteration) => {
            Delegated::Return(stop_value(th, &mut e))
        }
        Err(e) => Delegated::Raise(e),
    }
}

/// The value a StopIteration carries (its first argument, or None).
pub(crate) fn stop_value(th: &mut Thread<'_>, e: &mut PyErr) -> Value {
    let exc = ops::normalize(th, e);
    match exc.kind() {
        Kind::Exception(x) => match x.args.borrow().kind() {
            Some(Kind::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// `gen.close()`: raises GeneratorExit inside (closing a delegated-to iterator first);
/// yielding in response is an error.
pub fn close(th: &mut Thread<'_>, gen_v: &Value) -> PyResult<Value> {
    let g = generator(gen_v)?;
    if g.running.get() {
        return Err(PyErr::value_error("generator already executing"));
    }
    let started = g
        .frame
        .borrow()
        .as_ref()
        .is_some_and(|s| s.frame.as_ref().is_some_and(|f| f.ip > 0));
    if !started {
        g.frame.borrow_mut().take();
        return Ok(Value::None);
    }
    let exit = PyErr::new(ExcKind::GeneratorExit, "");
    match throw(th, gen_v, exit) {
        Ok(_) => Err(PyErr::new(
            ExcKind::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Err(e)
            if ops::err_matches(th, &e, ExcKind::GeneratorExit)
                || ops::err_matches(th, &e, ExcKind::StopIteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// The exception `gen.throw(x)` raises for an argument `x` (a class or an instance).
pub fn exception_from(th: &mut Thread<'_>, v: &Value) -> PyErr {
    match v.kind() {
        // A caught exception thrown in keeps its traceback; the generator's frame is added
        // in front of it, as CPython's gen.throw does (contextmanager tracebacks rely on it).
        Some(Kind::Exception(_)) => {
            let mut e = th.reraise(v);
            e.0.context_set = false;
            e
        }
        Some(Kind::Type(_)) => match th.call(v, crate::Args::positional(&[])) {
            Ok(inst) if matches!(inst.kind(), Some(Kind::Exception(_))) => {
                PyErr::from_obj(inst.as_obj().expect("exc").clone())
            }
            Ok(_) => PyErr::type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        },
        _ => {
            PyErr::type_error("exceptions must be classes or instances deriving from BaseException")
        }
    }
}

/// What `await v` iterates: a coroutine itself, or the iterator its `__await__` returns.
pub fn awaitable(th: &mut Thread<'_>, v: &Value) -> PyResult<Value> {
    if crate::asyncgen::is_await(v) {
        return Ok(v.clone());
    }
    if let Some(Kind::Generator(g)) = v.kind()
        && g.coroutine
    {
        return Ok(v.clone());
    }
    let t = crate::ops::type_of(th, v);
    let Some(f) = crate::ops::lookup_type_attr(&t, "__await__") else {
        return Err(PyErr::type_error(format!(
            "object {} can't be used in 'await' expression",
            crate::ops::type_name(th, v)
        )));
    };
    let it = crate::dunder::call_method(th, v, f, &[])?;
    match it.kind() {
        Some(Kind::Generator(g)) if !g.coroutine => Ok(it),
        Some(Kind::Iter(_)) => Ok(it),
        _ if crate::dunder::lookup(&it, "__next__").is_some() => Ok(it),
        _ => Err(PyErr::type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            crate::ops::type_name(th, &it)
        ))),
    }
}

/// A generator's `__qualname__`: the assigned one, else its code's.
pub fn qualname(g: &Generator) -> Value {
    g.qualname
        .borrow()
        .clone()
        .unwrap_or_else(|| g.code.qualname.clone())
}

/// The data attributes of generators, coroutines and asynchronous generators
/// (`__name__`, `gi_running`, `cr_await` ...); `None` when `n` is not one of them.
pub fn attr(th: &mut Thread<'_>, g: &Generator, n: &str) -> Option<PyResult<Value>> {
    let prefix = if g.coroutine {
        "cr_"
    } else if g.async_gen {
        "ag_"
    } else {
        "gi_"
    };
    let field = match n.strip_prefix(prefix) {
        Some(f) => f,
        None => {
            return match n {
                "__name__" => Some(Ok(g
                    .name
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| Value::str(&*g.code.code.name)))),
                "__qualname__" => Some(Ok(qualname(g))),
                _ => None,
            };
        }
    };
    Some(Ok(match field {
        "running" => Value::bool(g.running.get()),
        "code" => th.st.code_object(&g.code),
        "frame" => return Some(frame_snapshot(th, g)),
        "yieldfrom" if prefix == "gi_" => delegate_of(g).map_or(Value::None, |(v, _)| v),
        "await" if prefix != "gi_" => delegate_of(g).map_or(Value::None, |(v, _)| v),
        "suspended" => Value::bool(
            !g.running.get()
                && g.frame
                    .borrow()
                    .as_ref()
                    .is_some_and(|s| s.frame.as_ref().is_some_and(|f| f.ip > 0)),
        ),
        "origin" if prefix == "cr_" => Value::None,
        _ => return None,
    }))
}

/// `gi_frame`: None once the generator finished; otherwise a snapshot frame (the bundled
/// `_isles_tbobj.frame`: code names and the current line, no locals).
fn frame_snapshot(th: &mut Thread<'_>, g: &Generator) -> PyResult<Value> {
    let (line, locals) = {
        let state = g.frame.borrow();
        let Some(s) = state.as_ref() else {
            return Ok(Value::None);
        };
        match &s.frame {
            Some(f) => (
                f.func
                    .code
                    .code
                    .positions
                    .get(f.ip.saturating_sub(1))
                    .map_or(f.func.code.code.first_line, |p| p.line),
                Some(crate::introspect::fast_locals(&g.code.code, &s.values)),
            ),
            None => (
                th.frames
                    .iter()
                    .rev()
                    .find(|f| Rc::ptr_eq(&f.func.code, &g.code))
                    .and_then(|f| f.func.code.code.positions.get(f.ip.saturating_sub(1)))
                    .map_or(g.code.code.first_line, |p| p.line),
                None,
            ),
        }
    };
    let module = th.import("_isles_tbobj")?;
    let c = &g.code.code;
    let code_cls = ops::getattr(th, &module, &th.intern("code"))?;
    let code = th.call(
        &code_cls,
        crate::Args::positional(&[
            Value::str(&*c.name),
            Value::str(&*c.filename),
            Value::Int(i64::from(c.first_line)),
        ]),
    )?;
    let frame_cls = ops::getattr(th, &module, &th.intern("frame"))?;
    let frame = th.call(
        &frame_cls,
        crate::Args::positional(&[code, Value::Int(i64::from(line))]),
    )?;
    if let Some(d) = locals {
        let d = Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(d))));
        ops::setattr(th, &frame, &th.intern("f_locals"), Value::Obj(d))?;
    }
    Ok(frame)
}

/// `gen.__name__ = v` / `gen.__qualname__ = v`; `None` for other names.
pub fn set_attr(g: &Generator, n: &str, value: Value) -> Option<PyResult<()>> {
    let slot = match n {
        "__name__" => &g.name,
        "__qualname__" => &g.qualname,
        _ => return None,
    };
    if value.as_str().is_none() {
        return Some(Err(PyErr::type_error(format!(
            "{n} must be set to a string object"
        ))));
    }
    *slot.borrow_mut() = Some(value);
    Some(Ok(()))
}
