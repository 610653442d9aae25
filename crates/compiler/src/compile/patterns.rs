//! The `match` statement: each case's pattern becomes a test sequence over the subject on
//! the stack. A failed test jumps into a chain of `PopTop`s that drops exactly the items the
//! pattern had pushed so far (CPython's "fail_pop" blocks), then on to the next case.
//! Captured values wait in one stack slot per name below the pattern's work and are stored
//! to their names only once the whole pattern matched, so a failed case binds nothing.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, ExprContext, Number, Pattern};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::bytecode::{CmpOp, Constant, Instr};
use crate::error::CompileError;

/// State while compiling one pattern.
struct PatCtx {
    /// Failure jumps: (instruction index, items on the stack above the baseline at the jump).
    fails: Vec<(usize, usize)>,
    /// Items above the baseline now (the subject of the pattern being compiled included).
    depth: usize,
    /// Names bound so far, in order.
    names: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (last case, or a guard follows).
    allow_irrefutable: bool,
    /// Items between this context's baseline and the capture slots (an or-pattern's
    /// alternatives run above the outer pattern's items).
    base: usize,
    /// The names the case's pattern binds, one capture slot each (the first nearest the top).
    slots: Vec<String>,
}

impl PatCtx {
    fn new(allow_irrefutable: bool) -> PatCtx {
        PatCtx {
            fails: Vec::new(),
            depth: 1,
            names: Vec::new(),
            allow_irrefutable,
            base: 0,
            slots: Vec::new(),
        }
    }
}

/// The names a pattern binds, in first-binding order (an or-pattern's first alternative
/// speaks for all of them).
fn pattern_names(p: &Pattern, out: &mut Vec<String>) {
    let add = |n: &ast::Identifier, out: &mut Vec<String>| {
        if !out.iter().any(|x| x == n.id.as_str()) {
            out.push(n.id.to_string());
        }
    };
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                pattern_names(inner, out);
            }
            if let Some(n) = &a.name {
                add(n, out);
            }
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                add(n, out);
            }
        }
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_names(p, out));
            if let Some(r) = &m.rest {
                add(r, out);
            }
        }
        Pattern::MatchClass(c) => {
            c.arguments
                .patterns
                .iter()
                .for_each(|p| pattern_names(p, out));
            c.arguments
                .keywords
                .iter()
                .for_each(|k| pattern_names(&k.pattern, out));
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                pattern_names(first, out);
            }
        }
    }
}

impl Compiler {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            self.set_pos(case.pattern.range());
            let mut pc = PatCtx::new(last || case.guard.is_some());
            pattern_names(&case.pattern, &mut pc.slots);
            let nslots = pc.slots.len();
            for _ in 0..nslots {
                self.load_const(Constant::None);
            }
            // The subject stays below the slots until the case is chosen.
            self.emit(Instr::CopyN(nslots as u32 + 1));
            self.pattern(&case.pattern, &mut pc)?;
            // names[0]'s slot is on top: stored first, as CPython binds in order.
            for name in pc.slots.clone().iter() {
                self.name_op(name, ExprContext::Store);
            }
            let slot_fails: Vec<(usize, usize)> =
                pc.fails.drain(..).map(|(j, k)| (j, k + nslots)).collect();
            pc.fails = slot_fails;
            if let Some(g) = &case.guard {
                self.cond(g, &mut case.pattern.range())?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                pc.fails.push((j, 0));
            }
            self.emit(Instr::PopTop);
            self.body(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_chain(pc.fails);
        }
        // No case matched: drop the subject.
        self.emit(Instr::PopTop);
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        Ok(())
    }

    /// Emits the pops for the recorded failure jumps: a jump made with `k` items on the
    /// stack lands `k` pops before the end of the chain.
    fn fail_chain(&mut self, fails: Vec<(usize, usize)>) {
        let max = fails.iter().map(|f| f.1).max().unwrap_or(0);
        let mut labels = vec![0; max + 1];
        for k in (1..=max).rev() {
            labels[k] = self.here();
            self.emit(Instr::PopTop);
        }
        labels[0] = self.here();
        for (j, k) in fails {
            self.patch(j, labels[k]);
        }
    }

    fn jump_fail(&mut self, pc: &mut PatCtx, depth: usize) {
        let j = self.emit(Instr::PopJumpIfFalse(0));
        pc.fails.push((j, depth));
    }

    /// After `MatchKeys`/`MatchClass`: fails the pattern when the match op produced None,
    /// otherwise spreads its tuple of `n` sub-subjects onto the stack.
    fn unpack_unless_none(&mut self, pc: &mut PatCtx, n: usize) {
        self.emit(Instr::Dup);
        self.load_const(Constant::None);
        self.emit(Instr::Is(true));
        self.jump_fail(pc, pc.depth);
        self.emit(Instr::UnpackSequence(n as u32));
        pc.depth = pc.depth + n - 1;
    }

    fn bind_capture(&mut self, name: &ast::Identifier, pc: &mut PatCtx) -> CResult {
        let n = name.id.as_str();
        if pc.names.iter().any(|x| x == n) {
            return Err(CompileError::at_range(
                format!("multiple assignments to name '{n}' in pattern"),
                name.range,
            ));
        }
        pc.names.push(n.to_string());
        match pc.slots.iter().position(|x| x == n) {
            // Slot j is j places below the pattern's items (names[0] nearest).
            Some(j) => self.emit(Instr::StoreSlot((pc.base + pc.depth + j) as u32)),
            // An or-alternative binding other names: `or_pattern` reports it.
            None => self.emit(Instr::PopTop),
        };
        pc.depth -= 1;
        Ok(())
    }

    /// A pattern nested in a sequence, mapping or class pattern: always may be irrefutable.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Compiles `p` against the subject on top of the stack, consuming it on success.
    fn pattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        self.set_pos(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.set_pos(p.range());
                self.emit(Instr::Compare(CmpOp::Eq));
                pc.depth -= 1;
                self.jump_fail(pc, pc.depth);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.load_const(c);
                self.emit(Instr::Is(false));
                pc.depth -= 1;
                self.jump_fail(pc, pc.depth);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(CompileError::at_range(msg, a.range));
                    }
                    match &a.name {
                        Some(n) => self.bind_capture(n, pc)?,
                        None => {
                            self.emit(Instr::PopTop);
                            pc.depth -= 1;
                        }
                    }
                }
                Some(inner) => {
                    self.emit(Instr::Dup);
                    pc.depth += 1;
                    self.pattern(inner, pc)?;
                    match &a.name {
                        Some(n) => self.bind_capture(n, pc)?,
                        None => {
                            self.emit(Instr::PopTop);
                            pc.depth -= 1;
                        }
                    }
                }
            },
            Pattern::MatchStar(s) => {
                // Only reached inside a sequence pattern, where the list is on top.
                match &s.name {
                    Some(n) => self.bind_capture(n, pc)?,
                    None => {
                        self.emit(Instr::PopTop);
                        pc.depth -= 1;
                    }
                }
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(s, pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, s: &ast::PatternMatchSequence, pc: &mut PatCtx) -> CResult {
        let pats = &s.patterns;
        let stars: Vec<usize> = pats
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Pattern::MatchStar(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(CompileError::at_range(
                "multiple starred names in sequence pattern",
                s.range,
            ));
        }
        self.emit(Instr::MatchSequence);
        self.jump_fail(pc, pc.depth);
        let n = pats.len();
        match stars.first() {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int(n as i64));
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_fail(pc, pc.depth);
                self.emit(Instr::UnpackSequence(n as u32));
            }
            Some(&si) => {
                if n > 1 {
                    self.emit(Instr::GetLen);
                    self.load_const(Constant::Int(n as i64 - 1));
                    self.emit(Instr::Compare(CmpOp::Ge));
                    self.jump_fail(pc, pc.depth);
                }
                self.emit(Instr::UnpackEx(si as u16, (n - si - 1) as u16));
            }
        }
        pc.depth = pc.depth + n - 1;
        for p in pats {
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &ast::PatternMatchMapping, pc: &mut PatCtx) -> CResult {
        self.emit(Instr::MatchMapping);
        self.jump_fail(pc, pc.depth);
        let n = m.keys.len();
        if n == 0 && m.rest.is_none() {
            self.emit(Instr::PopTop);
            pc.depth -= 1;
            return Ok(());
        }
        if n > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int(n as i64));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.jump_fail(pc, pc.depth);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            if let Some(r) = literal_repr(k) {
                if seen.contains(&r) {
                    return Err(CompileError::at_range(
                        format!("mapping pattern checks duplicate key ({r})"),
                        m.range,
                    ));
                }
                seen.push(r);
            }
            self.expr(k)?;
        }
        self.set_pos(m.range);
        self.emit(Instr::BuildTuple(n as u32));
        self.emit(Instr::MatchKeys);
        pc.depth += 2;
        self.unpack_unless_none(pc, n);
        for p in &m.patterns {
            self.subpattern(p, pc)?;
        }
        match &m.rest {
            Some(r) => {
                self.set_pos(m.range);
                self.emit(Instr::CopyDictWithoutKeys);
                self.bind_capture(r, pc)?;
            }
            None => {
                self.emit(Instr::PopTop);
                pc.depth -= 1;
            }
        }
        self.emit(Instr::PopTop);
        pc.depth -= 1;
        Ok(())
    }

    fn class_pattern(&mut self, c: &ast::PatternMatchClass, pc: &mut PatCtx) -> CResult {
        let args = &c.arguments;
        let mut kw: Vec<Constant> = Vec::new();
        for (i, k) in args.keywords.iter().enumerate() {
            let name = k.attr.id.as_str();
            if args.keywords[..i]
                .iter()
                .any(|o| o.attr.id.as_str() == name)
            {
                return Err(CompileError::at_range(
                    format!("attribute name repeated in class pattern: {name}"),
                    k.pattern.range(),
                ));
            }
            kw.push(Constant::Str(Arc::from(name)));
        }
        self.expr(&c.cls)?;
        let n = args.patterns.len() + kw.len();
        self.load_const(Constant::Tuple(kw));
        self.set_pos(c.range);
        self.emit(Instr::MatchClass(args.patterns.len() as u32));
        self.unpack_unless_none(pc, n);
        for p in args.patterns.iter() {
            self.subpattern(p, pc)?;
        }
        for k in &args.keywords {
            self.subpattern(&k.pattern, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &ast::PatternMatchOr, pc: &mut PatCtx) -> CResult {
        let mut ends = Vec::new();
        let mut bound: Option<Vec<String>> = None;
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_pos(alt.range());
            self.emit(Instr::Dup);
            let mut sub = PatCtx::new(i + 1 == n && pc.allow_irrefutable);
            sub.names = pc.names.clone();
            sub.base = pc.base + pc.depth;
            sub.slots = pc.slots.clone();
            self.pattern(alt, &mut sub)?;
            let mut names = sub.names[pc.names.len()..].to_vec();
            names.sort();
            match &bound {
                None => bound = Some(names),
                Some(b) if *b != names => {
                    return Err(CompileError::at_range(
                        "alternative patterns bind different names",
                        alt.range(),
                    ));
                }
                Some(_) => {}
            }
            self.emit(Instr::PopTop);
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_chain(sub.fails);
        }
        let j = self.emit(Instr::Jump(0));
        pc.fails.push((j, pc.depth));
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        pc.names.extend(bound.unwrap_or_default());
        pc.depth -= 1;
        Ok(())
    }
}

/// The repr CPython shows for a literal mapping key in the duplicate-key error, for the
/// literal kinds it can tell apart at compile time.
fn literal_repr(e: &Expr) -> Option<String> {
    Some(match e {
        Expr::StringLiteral(s) => {
            let v = s.value.to_str();
            let q = if v.contains('\'') && !v.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut out = String::from(q);
            for ch in v.chars() {
                match ch {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    '\r' => out.push_str("\\r"),
                    c if c == q => {
                        out.push('\\');
                        out.push(c);
                    }
                    c => out.push(c),
                }
            }
            out.push(q);
            out
        }
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => i.to_string(),
            _ => return None,
        },
        Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.to_string(),
        Expr::NoneLiteral(_) => "None".to_string(),
        _ => return None,
    })
}
