//! The instruction set and the immutable code object the compiler produces.

use std::sync::Arc;

use num_bigint::BigInt;

/// Binary operators; the same set serves plain and in-place forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as Python spells it, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names `(__op__, __rop__, __iop__)` that implement the operator.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators (identity and membership have their own instructions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// `(__op__, reflected __op__)`.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction. Operands index the code object's tables or give jump targets
/// (absolute instruction indices).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,
    PopTop,
    /// Duplicate the top of the stack.
    Dup,
    /// Duplicate the two top items, keeping their order.
    Dup2,
    /// Swap the two top items.
    Rot2,
    /// Lift the second and third items up one, moving the top down to third place.
    Rot3,
    /// Move the top item down to fourth place.
    Rot4,
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell itself (for building a closure).
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Name lookup through the frame's local namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `(callable, self)` or `(NULL, bound)` for a following `CallMethod`.
    LoadMethod(u32),
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true).
    Is(bool),
    /// `in` (false) / `not in` (true).
    Contains(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Before `Call(n)`, `GetIter` of `for x in range(...)`: when the callable `n` slots down
    /// is the builtin `range` and the arguments are ints, replaces them with the range's
    /// iterator (no range object) and skips the two instructions after it.
    RangeIter(u32),
    /// Advance the iterator on top; on exhaustion pop it and jump.
    ForIter(u32),
    BuildList(u32),
    BuildTuple(u32),
    BuildMap(u32),
    BuildSlice(u32),
    /// Pops a value and appends it to the list `n` slots down (after the pop).
    ListAppend(u32),
    /// Pops a value and adds it to the set `n` slots down.
    SetAdd(u32),
    /// Pops value then key and stores them in the dict `n` slots down.
    MapAdd(u32),
    /// Pops an iterable and extends the list below it.
    ListExtend,
    /// Pops an iterable and adds its items to the set below it.
    SetUpdate,
    /// Pops a mapping and merges it into the dict below it; bit 0: reject duplicate keys
    /// (keyword arguments).
    DictMerge(u32),
    ListToTuple,
    BuildSet(u32),
    /// Call with a positional tuple and (bit 0) a keyword dict on top.
    CallEx(u32),
    /// `yield from`: sends TOS to the sub-iterator below it; on exhaustion pops both,
    /// pushes the result and jumps.
    SendSub(u32),
    UnpackSequence(u32),
    /// `a, *b, c = ...`: counts before and after the starred target.
    UnpackEx(u16, u16),
    /// Call with `n` positional arguments.
    Call(u32),
    /// Call with `n` arguments whose last ones are keyword values named by the tuple on top.
    CallKw(u32),
    /// Build a function from the code constant on top; flags say what lies below it
    /// (bit 0: defaults tuple, bit 1: kw-defaults dict, bit 3: closure tuple).
    MakeFunction(u32),
    ReturnValue,
    /// Raise: 0 re-raises, 1 raises TOS, 2 raises TOS1 from TOS.
    Raise(u32),
    /// Push a handler block: an exception raised until the matching PopBlock jumps to the
    /// target with the exception on the stack (used for both `except` and `finally`).
    SetupExcept(u32),
    PopBlock,
    /// Drop the current "exception being handled" and restore the previous one.
    PopExcept,
    /// Check the exception on top against the class below it; push a bool.
    CheckExcMatch,
    /// Re-raise the exception on top (end of an unmatched handler chain).
    Reraise,
    /// Formats the value for f-strings (bit 0-1: conversion, bit 2: has spec).
    FormatValue(u32),
    BuildString(u32),
    PrintExpr,
    /// Enter a context manager: pops it, pushes its `__exit__`, calls `__enter__`, sets up a
    /// handler block at the target, pushes the `__enter__` result.
    SetupWith(u32),
    /// Normal exit of a `with`: pops the exit callable and calls it with three Nones.
    WithExit,
    /// Exceptional exit: calls the exit callable (below the exception) with the exception;
    /// pushes whether it asked to suppress it.
    WithExcept,
    /// Import: name index; stack holds (level, fromlist).
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    LoadBuildClass,
    YieldValue,
    /// `match`: push whether the subject on top is a sequence pattern may match (kept).
    MatchSequence,
    /// `match`: push whether the subject on top is a mapping (kept).
    MatchMapping,
    /// Push `len()` of the top item (kept).
    GetLen,
    /// `match` mapping: with the keys tuple on top and the subject below, push a tuple of
    /// the subject's values for those keys, or None when one is missing.
    MatchKeys,
    /// `match` mapping `**rest`: replace the keys tuple on top with a dict of the subject's
    /// other items.
    CopyDictWithoutKeys,
    /// `match` class pattern: pops keyword names, class and subject; pushes the tuple of
    /// `n` positional then keyword attributes, or None when the subject does not match.
    MatchClass(u32),
    /// `await`: replace the top with its awaitable iterator (a coroutine itself, or what its
    /// `__await__` returns).
    GetAwaitable,
    /// `match`: push a copy of the item `n` places down (1 is the top).
    CopyN(u32),
    /// `match` capture: pop the top into the item `n` places down from the new top (1 is
    /// the top): the name's slot, stored to the name only once the whole pattern matched.
    StoreSlot(u32),
    // Superinstructions, written by [`fuse_pairs`] over the first of two instructions; the
    // second stays in place (a jump may land on it), and the fused one skips it. Both
    // operands are packed into one `u32` (see [`pair`]): a second operand field would make
    // every dispatch decode one more field.
    /// `LoadFast(a)` then `LoadFast(b)`.
    LoadFastLoadFast(u32),
    /// `LoadFast(a)` then `LoadConst(c)`.
    LoadFastLoadConst(u32),
    /// `StoreFast(a)` then `LoadFast(b)`.
    StoreFastLoadFast(u32),
    /// `LoadFast(a)` then `LoadAttr(n)`: the local's attribute, without pushing the local.
    LoadFastLoadAttr(u32),
    /// `ForIter(target)` then `StoreFast(a)`: the next item goes straight into the local.
    ForIterStoreFast(u32),
    /// `LoadFast(a)` then `LoadMethod(n)`: the local's method, without pushing the local first.
    LoadFastLoadMethod(u32),
    /// `BuildSlice(n)` then `BinarySubscr` (`x[a:b]`): an exact list, tuple or str sliced by
    /// ints or None with no slice object made.
    BuildSliceSubscr(u32),
    /// `LoadFast(a)`, `LoadMethod(n)`, `CallMethod(0)` (`self.step()`): a Python method
    /// found by the cached lookup gets its frame with no dispatch of the `CallMethod`.
    FastMethodCall0(u32),
    /// `LoadFast(a)`, `LoadMethod(n)`, then `k` (1 or 2) loads of locals or constants and
    /// `CallMethod(k)` (`parts.append(x)`, `d.get(k, 0)`): a native method found by the cached
    /// lookup is called with its arguments read in place, nothing pushed (a `PopTop` after it
    /// is done too); anything else runs as `LoadFastLoadMethod`.
    FastMethodCall(u8, u32),
    /// `StoreFast(a)` then `Jump(target)` (the end of most loop bodies).
    StoreFastJump(u32),
    /// `LoadFast(a)` then `ListAppend(n)`: a comprehension's item straight from the local.
    LoadFastListAppend(u32),
    /// `LoadFast(a)` then `YieldValue`: `yield x` of a local (generator expressions).
    LoadFastYieldValue(u32),
    /// `LoadFast(a)`, `LoadFast(b)`, `BinarySubscr`: `a[b]` without pushing either local.
    LoadFastLoadFastSubscr(u32),
    /// `LoadFast(a)`, `LoadConst(c)`, `BinarySubscr`: `a[c]` likewise.
    LoadFastLoadConstSubscr(u32),
    /// `LoadFast(a)`, `LoadConst(c)`, then `Binary(op)` or `Inplace(op)`: `a op c` on two
    /// numbers without pushing the operands (anything else runs the three as written).
    FastConstBinary(BinOp, u32),
    /// `LoadFast(a)`, `LoadFast(b)`, then `Binary(op)` or `Inplace(op)`, likewise.
    FastFastBinary(BinOp, u32),
    /// `FastConstBinary` then `StoreFast(d)` (`i += 1`, `j = i - 1`): a result of two
    /// numbers goes straight into the local; the three indices packed by [`triple`].
    FastConstBinaryStore(BinOp, u32),
    /// `FastFastBinary` then `StoreFast(d)`, likewise.
    FastFastBinaryStore(BinOp, u32),
    /// `LoadFast(a)`, `LoadConst(c)`, `Compare(op)` (and a conditional jump after it, taken
    /// at once), likewise.
    FastConstCompare(CmpOp, u32),
    /// `LoadFast(a)`, `LoadFast(b)`, `Compare(op)`, likewise.
    FastFastCompare(CmpOp, u32),
    /// `LoadFast(a)`, `LoadGlobal(g)`, `Compare(op)` (`op == PUSH` against a module
    /// constant), likewise.
    FastGlobalCompare(CmpOp, u32),
    /// `LoadConst(c)` then `Binary(op)` or `Inplace(op)`: the top of the stack `op c` in its
    /// slot when both are numbers.
    ConstBinary(BinOp, u32),
    /// `LoadConst(c)` then `Compare(op)` (and a conditional jump after it), likewise.
    ConstCompare(CmpOp, u32),
    /// `Dup2` then `BinarySubscr` (`a[i] op= x`): pushes `a[i]` without copying the two.
    Dup2BinarySubscr,
    /// `Rot3` then `StoreSubscr` (the end of `a[i] op= x`): stores without moving values.
    Rot3StoreSubscr,
    /// `UnpackSequence(2)`, `StoreFast(a)`, `StoreFast(b)`: an exact pair (tuple or list)
    /// goes straight into the two locals (`op, arg = code[pc]`, `for k, v in pairs`).
    UnpackStoreFast2(u32),
    /// `LoadDeref(d)`, `LoadFast(a)`, `BinarySubscr`: `d[a]` of a closure variable (the cell
    /// read in place) without pushing either.
    DerefFastSubscr(u32),
    /// `LoadConst(c)`, `LoadFast(a)`, `Compare(op)` (`0 <= x`), as `FastConstCompare`.
    ConstFastCompare(CmpOp, u32),
    /// `Binary(op)` then `StoreFast(a)`: a result of two numbers goes straight into the
    /// local.
    BinaryStoreFast(BinOp, u32),
    /// `Inplace(op)` then `StoreFast(a)`, likewise.
    InplaceStoreFast(BinOp, u32),
    /// `Inplace(op)`, `Rot3`, `StoreSubscr` (the end of `a[i] op= x`): on numbers, the
    /// result is stored into a list or dict with no push.
    InplaceStoreSubscr(BinOp),
    /// `LoadFast(a)`, `LoadConst(c)`, `Dup2`, `BinarySubscr` (the start of `a[c] op= x`):
    /// pushes `a`, `c` and `a[c]` at once.
    FastConstDupSubscr(u32),
    /// `LoadFast(a)` then `StoreAttr(n)` (`self.n = x`): stores into the local's attribute
    /// without pushing the local.
    LoadFastStoreAttr(u32),
    /// `LoadFast(v)`, `LoadFast(a)`, `StoreAttr(n)` (`self.n = n`): the local `v` stored into
    /// the cached attribute of the local `a` with no push or pop; the three indices packed by
    /// [`triple`]. A miss pushes `v` and runs the `LoadFastStoreAttr` at the next position.
    FastFastStoreAttr(u32),
    /// `LoadConst(c)`, `LoadFast(a)`, `StoreAttr(n)` (`self.n = 0`, `self.cur = None`), as
    /// `FastFastStoreAttr` with a constant.
    ConstFastStoreAttr(u32),
    /// `LoadFast(a)`, `LoadAttr(n)`, `LoadConst(c)`, `Inplace(op)` or `Binary(op)`,
    /// `LoadFast(a)`, `StoreAttr(n)` (`self.n += 1`): on a number in a cached instance
    /// attribute, read, computed and stored in place; the operands packed by [`triple`].
    FastAttrInplaceConst(BinOp, u32),
    /// `LoadFast(a)` then `Binary(op)` or `Inplace(op)`: the top of the stack `op` the local,
    /// in its slot when both are numbers (`x * k` inside a larger expression).
    FastBinary(BinOp, u32),
    /// `LoadFast(a)` then `Compare(op)` (and a conditional jump after it), likewise.
    FastCompare(CmpOp, u32),
    /// `LoadConst(c)` then `ReturnValue` (`return None`): the constant is returned without
    /// a push and a pop.
    ReturnConst(u32),
    /// `LoadFast(a)` then `ReturnValue` (`return x`): the local is returned without a push,
    /// a pop and a dispatch.
    ReturnFast(u32),
    /// `Binary(op)` then `ReturnValue` (`return f(n - 1) + f(n - 2)`): a result of two
    /// numbers is returned without a push, a pop and a dispatch; anything else runs the
    /// `Binary` and then the `ReturnValue`.
    BinaryReturn(BinOp),
    /// `LoadConst(c)` then `Is(neg)` (and a conditional jump after it, taken at once):
    /// `x is None` of the top of the stack.
    ConstIs(bool, u32),
    /// `LoadFast(a)`, `LoadConst(c)`, `Is(neg)` (and the jump), without pushing either.
    FastConstIs(bool, u32),
    /// `StoreFast(a)` then `StoreFast(b)` (`a, b = x, y`, stored last first).
    StoreFastStoreFast(u32),
    /// `LoadDeref(d)`, `LoadDeref(c)`, `LoadFast(k)`, `BinarySubscr`, `Contains(neg)` (and
    /// the jump): `d in c[k]` of two closure variables and a local (a comprehension's
    /// filter) with nothing pushed; the three indices packed by [`triple`].
    DerefSubscrContains(bool, u32),
    /// `except* T`: with the unhandled rest and T on top, push the new rest, then the part
    /// that matched (None when nothing did).
    StarMatch,
    /// `async for`: replace the top with its `__aiter__()`.
    GetAIter,
    /// `async for`: push the awaitable of `__anext__()` of the async iterator on top (kept).
    GetANext,
    /// `async for` handler: StopAsyncIteration pops the exception and the iterator and ends
    /// the handler; anything else is re-raised.
    EndAsyncFor,
    /// `async with`: pops the manager, pushes its bound `__aexit__` and `__aenter__()`.
    BeforeAsyncWith,
    /// `async with` handler: with the exit callable and the exception on top, push what
    /// `__aexit__` returns (to be awaited).
    AsyncWithExcept,
    /// Marks the `YieldValue` that follows as an async generator's own yield (not one
    /// passed out by an `await`).
    AsyncGenWrap,
    /// End of `except*`: with the original exception and the list of what the clauses
    /// raised (the unhandled rest last) on top, push what to re-raise, or None.
    PrepReraiseStar,
}

/// Two operands of a superinstruction in one `u32` (first in the high half); `None` when
/// either does not fit in 16 bits.
fn pair(a: u32, b: u32) -> Option<u32> {
    (a <= 0xFFFF && b <= 0xFFFF).then_some(a << 16 | b)
}

/// The operands [`pair`] packed.
#[inline(always)]
pub fn unpair(p: u32) -> (usize, usize) {
    ((p >> 16) as usize, (p & 0xFFFF) as usize)
}

/// Three operands of a superinstruction in one `u32` (10 bits each, first highest); `None`
/// when one does not fit.
fn triple(a: u32, b: u32, c: u32) -> Option<u32> {
    (a < 1 << 10 && b < 1 << 10 && c < 1 << 10).then_some(a << 20 | b << 10 | c)
}

/// The operands [`triple`] packed.
#[inline(always)]
pub fn untriple(t: u32) -> (usize, usize, usize) {
    (
        (t >> 20) as usize,
        (t >> 10 & 0x3FF) as usize,
        (t & 0x3FF) as usize,
    )
}

/// `d in c[k]` of two closure variables and a local at `j` (see
/// [`Instr::DerefSubscrContains`]).
fn deref_contains_at(instrs: &[Instr], j: usize) -> Option<Instr> {
    match instrs.get(j..j + 5)? {
        [
            Instr::LoadDeref(d),
            Instr::LoadDeref(c),
            Instr::LoadFast(k),
            Instr::BinarySubscr,
            Instr::Contains(neg),
        ] => triple(*d, *c, *k).map(|t| Instr::DerefSubscrContains(*neg, t)),
        _ => None,
    }
}

/// `k` when the instructions from `j` are `k` (1 or 2) loads of locals or constants and then
/// `CallMethod(k)` (see [`Instr::FastMethodCall`]).
fn simple_args_call(instrs: &[Instr], j: usize) -> Option<u8> {
    let load = |k: usize| {
        matches!(
            instrs.get(k),
            Some(Instr::LoadFast(_) | Instr::LoadConst(_))
        )
    };
    match (instrs.get(j + 1), instrs.get(j + 2)) {
        (Some(Instr::CallMethod(1)), _) if load(j) => Some(1),
        (_, Some(Instr::CallMethod(2))) if load(j) && load(j + 1) => Some(2),
        _ => None,
    }
}

/// The operands `a`, `b` and the local of a `StoreFast` as the fourth instruction from `j`,
/// packed by [`triple`] (an operator triple whose result is stored).
fn store_after(instrs: &[Instr], j: usize, a: u32, b: u32) -> Option<u32> {
    match instrs.get(j + 3) {
        Some(Instr::StoreFast(d)) => triple(a, b, *d),
        _ => None,
    }
}

/// Rewrites common pairs (and two triples) of instructions into one superinstruction each
/// (same length: the later instructions are kept, so jump targets and source positions stay
/// valid). Saves a dispatch per pair, and for `LoadFastLoadAttr` and the subscripts the
/// pushes and pops of the operands.
pub fn fuse_pairs(instrs: &mut [Instr]) {
    thread_jumps(instrs);
    // A load pair followed by its operator (a fused triple) saves more than a pair that
    // would swallow its first load: `t = x; x + 1` is `StoreFast`, `FastConstBinary`.
    let triple_at = |instrs: &[Instr], j: usize| {
        matches!(
            (instrs.get(j), instrs.get(j + 1), instrs.get(j + 2)),
            (
                Some(Instr::LoadFast(_)),
                Some(Instr::LoadFast(_) | Instr::LoadConst(_)),
                Some(
                    Instr::Binary(_) | Instr::Inplace(_) | Instr::Compare(_) | Instr::BinarySubscr
                )
            ) | (
                Some(Instr::LoadFast(_) | Instr::LoadConst(_)),
                Some(Instr::LoadFast(_)),
                Some(Instr::StoreAttr(_))
            ) | (
                Some(Instr::LoadFast(_)),
                Some(Instr::LoadConst(_)),
                Some(Instr::Is(_))
            ) | (
                Some(Instr::LoadFast(_)),
                Some(Instr::LoadGlobal(_)),
                Some(Instr::Compare(_))
            ) | (
                Some(Instr::LoadDeref(_)),
                Some(Instr::LoadFast(_)),
                Some(Instr::BinarySubscr)
            ) | (
                Some(Instr::LoadConst(_)),
                Some(Instr::LoadFast(_)),
                Some(Instr::Compare(_))
            ) | (
                Some(Instr::UnpackSequence(2)),
                Some(Instr::StoreFast(_)),
                Some(Instr::StoreFast(_))
            )
        ) || deref_contains_at(instrs, j).is_some()
    };
    // A local's attribute or method, or a local as an operand, without pushing the local
    // saves more than a `StoreFast`, `LoadFast` pair before it.
    let attr_at = |instrs: &[Instr], j: usize| {
        matches!(
            (instrs.get(j), instrs.get(j + 1)),
            (
                Some(Instr::LoadFast(_)),
                Some(
                    Instr::LoadAttr(_)
                        | Instr::LoadMethod(_)
                        | Instr::StoreAttr(_)
                        | Instr::Binary(_)
                        | Instr::Inplace(_)
                        | Instr::Compare(_)
                )
            )
        )
    };
    let mut i = 0;
    while i + 1 < instrs.len() {
        if !triple_at(instrs, i) && triple_at(instrs, i + 1)
            || matches!(instrs[i], Instr::StoreFast(_)) && attr_at(instrs, i + 1)
        {
            i += 1;
            continue;
        }
        let third = instrs.get(i + 2).copied();
        let fused = match (instrs[i], instrs[i + 1]) {
            (Instr::LoadFast(a), Instr::LoadFast(b)) => pair(a, b).map(|p| match third {
                Some(Instr::BinarySubscr) => Instr::LoadFastLoadFastSubscr(p),
                Some(Instr::Binary(op) | Instr::Inplace(op)) => {
                    match store_after(instrs, i, a, b) {
                        Some(t) => Instr::FastFastBinaryStore(op, t),
                        None => Instr::FastFastBinary(op, p),
                    }
                }
                Some(Instr::Compare(op)) => Instr::FastFastCompare(op, p),
                Some(Instr::StoreAttr(n)) => {
                    triple(a, b, n).map_or(Instr::LoadFastLoadFast(p), Instr::FastFastStoreAttr)
                }
                _ => Instr::LoadFastLoadFast(p),
            }),
            (Instr::LoadFast(a), Instr::LoadConst(b)) => pair(a, b).map(|p| match third {
                Some(Instr::BinarySubscr) => Instr::LoadFastLoadConstSubscr(p),
                Some(Instr::Dup2) if matches!(instrs.get(i + 3), Some(Instr::BinarySubscr)) => {
                    Instr::FastConstDupSubscr(p)
                }
                Some(Instr::Binary(op) | Instr::Inplace(op)) => {
                    match store_after(instrs, i, a, b) {
                        Some(t) => Instr::FastConstBinaryStore(op, t),
                        None => Instr::FastConstBinary(op, p),
                    }
                }
                Some(Instr::Compare(op)) => Instr::FastConstCompare(op, p),
                Some(Instr::Is(neg)) => Instr::FastConstIs(neg, p),
                _ => Instr::LoadFastLoadConst(p),
            }),
            (Instr::LoadFast(a), Instr::LoadGlobal(g)) => match third {
                Some(Instr::Compare(op)) => pair(a, g).map(|p| Instr::FastGlobalCompare(op, p)),
                _ => None,
            },
            (Instr::LoadDeref(_), Instr::LoadDeref(_)) => deref_contains_at(instrs, i),
            (Instr::LoadDeref(d), Instr::LoadFast(a)) => match third {
                Some(Instr::BinarySubscr) => pair(d, a).map(Instr::DerefFastSubscr),
                _ => None,
            },
            (Instr::LoadConst(c), Instr::LoadFast(a)) => match third {
                Some(Instr::Compare(op)) => pair(c, a).map(|p| Instr::ConstFastCompare(op, p)),
                Some(Instr::StoreAttr(n)) => triple(c, a, n).map(Instr::ConstFastStoreAttr),
                _ => None,
            },
            (Instr::UnpackSequence(2), Instr::StoreFast(a)) => match third {
                Some(Instr::StoreFast(b)) => pair(a, b).map(Instr::UnpackStoreFast2),
                _ => None,
            },
            (Instr::LoadConst(c), Instr::Is(neg)) => Some(Instr::ConstIs(neg, c)),
            (Instr::LoadConst(c), Instr::ReturnValue) => Some(Instr::ReturnConst(c)),
            (Instr::LoadFast(a), Instr::ReturnValue) => Some(Instr::ReturnFast(a)),
            (Instr::Binary(op), Instr::ReturnValue) => Some(Instr::BinaryReturn(op)),
            (Instr::Binary(op), Instr::StoreFast(a)) => Some(Instr::BinaryStoreFast(op, a)),
            (Instr::Inplace(op), Instr::StoreFast(a)) => Some(Instr::InplaceStoreFast(op, a)),
            (Instr::Inplace(op), Instr::Rot3) => match third {
                Some(Instr::StoreSubscr) => Some(Instr::InplaceStoreSubscr(op)),
                _ => None,
            },
            (Instr::LoadConst(c), Instr::Binary(op) | Instr::Inplace(op)) => {
                Some(Instr::ConstBinary(op, c))
            }
            (Instr::LoadConst(c), Instr::Compare(op)) => Some(Instr::ConstCompare(op, c)),
            (Instr::BuildSlice(n), Instr::BinarySubscr) => Some(Instr::BuildSliceSubscr(n)),
            (Instr::Dup2, Instr::BinarySubscr) => Some(Instr::Dup2BinarySubscr),
            (Instr::Rot3, Instr::StoreSubscr) => Some(Instr::Rot3StoreSubscr),
            (Instr::StoreFast(a), Instr::LoadFast(b)) => pair(a, b).map(Instr::StoreFastLoadFast),
            (Instr::StoreFast(a), Instr::StoreFast(b)) => pair(a, b).map(Instr::StoreFastStoreFast),
            (Instr::LoadFast(a), Instr::LoadAttr(n)) => match instrs.get(i + 2..i + 6) {
                Some(
                    &[
                        Instr::LoadConst(c),
                        Instr::Binary(op) | Instr::Inplace(op),
                        Instr::LoadFast(a2),
                        Instr::StoreAttr(n2),
                    ],
                ) if a2 == a && n2 == n => {
                    triple(a, n, c).map(|t| Instr::FastAttrInplaceConst(op, t))
                }
                _ => pair(a, n).map(Instr::LoadFastLoadAttr),
            },
            (Instr::LoadFast(a), Instr::StoreAttr(b)) => pair(a, b).map(Instr::LoadFastStoreAttr),
            (Instr::LoadFast(a), Instr::Binary(op) | Instr::Inplace(op)) => {
                Some(Instr::FastBinary(op, a))
            }
            (Instr::LoadFast(a), Instr::Compare(op)) => Some(Instr::FastCompare(op, a)),
            (Instr::ForIter(t), Instr::StoreFast(b)) => pair(t, b).map(Instr::ForIterStoreFast),
            (Instr::LoadFast(a), Instr::LoadMethod(b)) => pair(a, b).map(|p| match third {
                Some(Instr::CallMethod(0)) => Instr::FastMethodCall0(p),
                _ => match simple_args_call(instrs, i + 2) {
                    Some(k) => Instr::FastMethodCall(k, p),
                    None => Instr::LoadFastLoadMethod(p),
                },
            }),
            (Instr::StoreFast(a), Instr::Jump(t)) => pair(a, t).map(Instr::StoreFastJump),
            (Instr::LoadFast(a), Instr::YieldValue) => Some(Instr::LoadFastYieldValue(a)),
            (Instr::LoadFast(a), Instr::ListAppend(n)) => pair(a, n).map(Instr::LoadFastListAppend),
            _ => None,
        };
        // The second instruction may start a pair of its own (it runs when jumped to).
        if let Some(f) = fused {
            instrs[i] = f;
        }
        i += 1;
    }
}

/// A `Jump` to a `Jump` goes straight to the final target (the end of an `elif` chain that
/// ends a loop body). A backward `Jump` is where a thread lets others in, and only `Jump`
/// checks for it, so conditional jumps are not sent to one. `JumpIfFalseOrPop` and
/// `JumpIfTrueOrPop` whose target tests the same value again (`if a and b:`, `a < b < c`)
/// go where that test would, as CPython's flow-graph optimiser does: the value's truth is
/// asked once, as in CPython (`__bool__` runs once).
fn thread_jumps(instrs: &mut [Instr]) {
    for i in 0..instrs.len() {
        let (mut t, on_false) = match instrs[i] {
            Instr::JumpIfFalseOrPop(t) => (t, true),
            Instr::JumpIfTrueOrPop(t) => (t, false),
            _ => continue,
        };
        let mut new = None;
        for _ in 0..8 {
            match (instrs.get(t as usize), on_false) {
                (Some(Instr::JumpIfFalseOrPop(u)), true)
                | (Some(Instr::JumpIfTrueOrPop(u)), false)
                    if *u != t =>
                {
                    t = *u;
                    new = Some(if on_false {
                        Instr::JumpIfFalseOrPop(t)
                    } else {
                        Instr::JumpIfTrueOrPop(t)
                    });
                }
                (Some(Instr::PopJumpIfFalse(u)), true) => {
                    new = Some(Instr::PopJumpIfFalse(*u));
                    break;
                }
                (Some(Instr::PopJumpIfTrue(u)), false) => {
                    new = Some(Instr::PopJumpIfTrue(*u));
                    break;
                }
                // The opposite test pops the value and goes on after itself.
                (Some(Instr::PopJumpIfTrue(_) | Instr::JumpIfTrueOrPop(_)), true) => {
                    new = Some(Instr::PopJumpIfFalse(t + 1));
                    break;
                }
                (Some(Instr::PopJumpIfFalse(_) | Instr::JumpIfFalseOrPop(_)), false) => {
                    new = Some(Instr::PopJumpIfTrue(t + 1));
                    break;
                }
                _ => break,
            }
        }
        if let Some(n) = new {
            instrs[i] = n;
        }
    }
    for i in 0..instrs.len() {
        let Instr::Jump(mut t) = instrs[i] else {
            continue;
        };
        // Bounded: `while True: pass` is a jump to itself.
        for _ in 0..8 {
            match instrs.get(t as usize) {
                Some(Instr::Jump(u)) if *u != t => t = *u,
                _ => break,
            }
        }
        instrs[i] = Instr::Jump(t);
    }
}

/// Source positions of one instruction: 1-based lines, 0-based UTF-8 byte columns, as CPython.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compile-time constant. Interpreters turn these into their own objects once per code.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<Constant>),
    Code(Arc<CodeObject>),
    Ellipsis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// `async def`: calling it makes a coroutine.
    pub coroutine: bool,
    /// `async def` with `yield`: calling it makes an asynchronous generator.
    pub async_generator: bool,
    /// Function scope (fast locals) rather than module/class (name lookups).
    pub optimized: bool,
    /// Class body: needs `__class__` cell handling.
    pub class_body: bool,
}

/// Immutable compiled code, shared by every interpreter that runs it.
#[derive(Debug, PartialEq)]
pub struct CodeObject {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Pos>,
    pub consts: Vec<Constant>,
    /// Global, attribute and imported names.
    pub names: Vec<Arc<str>>,
    /// Fast locals: parameters first.
    pub varnames: Vec<Arc<str>>,
    /// Locals captured by inner functions (live in cells).
    pub cellvars: Vec<Arc<str>>,
    /// Names captured from enclosing functions.
    pub freevars: Vec<Arc<str>>,
    /// For each cell var that is also a parameter, its index in `varnames`.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// The whole source text, for tracebacks and SyntaxError reports.
    pub source: Arc<str>,
    /// Compile-time `SyntaxWarning`s (line, message); only on a module's top-level code.
    pub warnings: Vec<(u32, String)>,
}

impl CodeObject {
    /// Number of fast-local slots a frame needs (varnames then cells then free vars).
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total positional + keyword parameters, including `*args`/`**kwargs` slots.
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.flags.varargs as usize
            + self.flags.varkeywords as usize
    }

    /// The source line `line` (1-based) without its end-of-line characters.
    pub fn source_line(&self, line: u32) -> Option<&str> {
        source_line(&self.source, line)
    }
}

/// Line `line` (1-based) of `src`, without the line terminator.
pub fn source_line(src: &str, line: u32) -> Option<&str> {
    if line == 0 {
        return None;
    }
    src.split_inclusive('\n')
        .nth(line as usize - 1)
        .map(|l| l.trim_end_matches(['\n', '\r']))
}
