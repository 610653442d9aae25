//! The code generator: ruff's AST to [`CodeObject`]s, one per function, class body and module.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, ExprContext, Number, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::{BinOp, CmpOp, CodeFlags, CodeObject, Constant, Instr, Pos, UnOp};
use crate::error::{CompileError, SyntaxKind};
use crate::symtable::{Resolved, ScopeKind, SymbolTable};

mod patterns;

/// What the source is compiled as (CPython's `compile()` modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles a whole source text.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let src: Arc<str> = Arc::from(source);
    let fname: Arc<str> = Arc::from(filename);
    let locate = |e: CompileError| e.locate(source, filename);
    match mode {
        Mode::Exec | Mode::Single => {
            let parsed = ruff_python_parser::parse_module(source)
                .map_err(|e| locate(crate::error_map::from_parse_error(source, &e)))?;
            if let Some(e) = crate::error_map::tokenizer_only(source) {
                return Err(locate(e));
            }
            let module = parsed.into_syntax();
            if mode == Mode::Single
                && let Some(e) = single_statement_error(source, &module.body)
            {
                let mut e = locate(e);
                // CPython's parser shows a last line without a newline as it is.
                if e.msg == "invalid syntax"
                    && !source.ends_with('\n')
                    && source.lines().count() == e.line as usize
                {
                    e.text = e.text.map(|t| t.trim_end_matches('\n').to_string());
                }
                return Err(e);
            }
            let table = SymbolTable::build(&module.body).map_err(locate)?;
            let mut c = Compiler::new(src, fname, table);
            c.interactive = mode == Mode::Single;
            c.future_annotations = has_future_annotations(&module.body);
            c.future_allowed = leading_future_imports(&module.body);
            c.push_unit(0, "<module>", "<module>", 1);
            c.setup_annotations(&module.body);
            c.body(&module.body).map_err(locate)?;
            c.emit_const_return(Constant::None);
            Ok(c.pop_unit(0, 0, 0, false, false))
        }
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source)
                .map_err(|e| locate(crate::error_map::from_parse_error(source, &e)))?;
            if let Some(e) = crate::error_map::tokenizer_only(source) {
                return Err(locate(e));
            }
            let expr = parsed.into_syntax();
            let body = vec![Stmt::Expr(ast::StmtExpr {
                node_index: Default::default(),
                range: expr.body.range(),
                value: expr.body.clone(),
            })];
            let table = SymbolTable::build(&body).map_err(locate)?;
            let mut c = Compiler::new(src, fname, table);
            c.push_unit(0, "<module>", "<module>", 1);
            c.expr(&expr.body).map_err(locate)?;
            c.emit(Instr::ReturnValue);
            Ok(c.pop_unit(0, 0, 0, false, false))
        }
    }
}

type CResult<T = ()> = Result<T, CompileError>;

/// What encloses the code being compiled, innermost last; `break`, `continue` and `return`
/// leave these blocks one by one, running their clean-up code.
#[derive(Debug, Clone)]
enum Block {
    Loop {
        continue_target: usize,
        breaks: Vec<usize>,
        /// `for` loops keep their iterator on the stack; break must pop it.
        has_iter: bool,
    },
    /// The body of a `try` with handlers (a SetupExcept block is active).
    Try,
    /// The body of a `try` with `finally`: leaving it runs the finally body inline.
    Finally(Vec<Stmt>),
    /// An `except` body: an exception is being handled; `as` names are cleared on exit.
    Handler(Option<String>),
    /// The exceptional copy of a finally body: the exception sits on the stack.
    FinallyExc,
    /// The body of a `with`: the exit callable sits on the stack.
    With,
    /// The clauses of a `try`/`except*`: no break, continue or return may leave them.
    StarHandlers,
    /// The body of an `async with`: the exit callable sits on the stack.
    AsyncWith,
    /// A finally body inlined by `return`: the return value sits under it, so a jump out of
    /// the body (break, continue, another return) pops it (CPython's `POP_VALUE` block).
    PopValue,
}

/// Where a jump out of blocks goes.
#[derive(Clone, Copy, PartialEq)]
enum Exit {
    Break,
    Continue,
    Return,
}

struct Unit {
    scope: usize,
    kind: ScopeKind,
    name: Arc<str>,
    qualname: Arc<str>,
    first_line: u32,
    instrs: Vec<Instr>,
    positions: Vec<Pos>,
    consts: Vec<Constant>,
    names: Vec<Arc<str>>,
    name_idx: HashMap<Arc<str>, u32>,
    varnames: Vec<Arc<str>>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    blocks: Vec<Block>,
    pos: Pos,
}

struct Compiler {
    source: Arc<str>,
    filename: Arc<str>,
    line_starts: Vec<usize>,
    table: SymbolTable,
    units: Vec<Unit>,
    depth: usize,
    /// `compile(..., "single")`: expression statements at top level print their value.
    interactive: bool,
    /// `from __future__ import annotations`: annotations are stored as source strings.
    future_annotations: bool,
    /// Where the module's leading `from __future__` imports start (only those may be).
    future_allowed: Vec<u32>,
    /// `SyntaxWarning`s so far (line, message).
    warnings: Vec<(u32, String)>,
}

impl Compiler {
    fn new(source: Arc<str>, filename: Arc<str>, table: SymbolTable) -> Compiler {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Compiler {
            source,
            filename,
            line_starts,
            table,
            units: Vec::new(),
            warnings: Vec::new(),
            depth: 0,
            interactive: false,
            future_annotations: false,
            future_allowed: Vec::new(),
        }
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("compiler always has a unit")
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        let unit = Unit {
            scope,
            kind: s.kind,
            name: Arc::from(name),
            qualname: Arc::from(qualname),
            first_line,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_idx: HashMap::new(),
            varnames: Vec::new(),
            cellvars: s.cellvars.iter().map(|c| Arc::from(c.as_str())).collect(),
            freevars: s.freevars.iter().map(|c| Arc::from(c.as_str())).collect(),
            blocks: Vec::new(),
            pos: Pos {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
        };
        self.units.push(unit);
    }

    fn pop_unit(
        &mut self,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        varargs: bool,
        varkw: bool,
    ) -> Arc<CodeObject> {
        let mut u = self.units.pop().expect("unit to pop");
        crate::bytecode::fuse_pairs(&mut u.instrs);
        let scope = &self.table.scopes[u.scope];
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c).map(|i| i as u32))
            .collect();
        Arc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            instrs: u.instrs,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags: CodeFlags {
                varargs,
                varkeywords: varkw,
                generator: scope.is_generator,
                coroutine: scope.is_coroutine,
                async_generator: scope.is_coroutine && scope.has_yield,
                optimized: matches!(
                    u.kind,
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                ),
                class_body: u.kind == ScopeKind::Class,
            },
            source: self.source.clone(),
            warnings: if self.units.is_empty() {
                std::mem::take(&mut self.warnings)
            } else {
                Vec::new()
            },
        })
    }

    /// CPython's warning for `x is 1`: `is`/`is not` next to a literal other than None,
    /// True, False or Ellipsis (as the AST optimizer folds it: signed numbers, constant tuples).
    fn check_is_literal(&mut self, c: &ast::ExprCompare) {
        fn literal(e: &Expr) -> bool {
            match e {
                Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => true,
                Expr::UnaryOp(u) => {
                    !matches!(u.op, ast::UnaryOp::Not)
                        && matches!(&*u.operand, Expr::NumberLiteral(_))
                }
                Expr::Tuple(t) => t.elts.iter().all(|x| literal(x) || singleton(x)),
                _ => false,
            }
        }
        fn singleton(e: &Expr) -> bool {
            matches!(
                e,
                Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_)
            )
        }
        let mut left = literal(&c.left);
        for (op, r) in c.ops.iter().zip(c.comparators.iter()) {
            let right = literal(r);
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && (left || right) {
                let msg = if matches!(op, ast::CmpOp::Is) {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                let (line, _) = self.line_col(c.range.start().to_usize());
                self.warnings.push((line, msg.to_string()));
                return;
            }
            left = right;
        }
    }

    fn warn_at(&mut self, range: TextRange, msg: String) {
        let (line, _) = self.line_col(range.start().to_usize());
        self.warnings.push((line, msg));
    }

    /// CPython's `check_subscripter` and `check_index`: a display or constant that cannot be
    /// subscripted, or indexed by a constant of the wrong type, is likely a missing comma.
    fn check_subscript(&mut self, s: &ast::ExprSubscript) {
        let Some(value_t) = infer_type(&s.value) else {
            return;
        };
        let not_subscriptable = match &*s.value {
            Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_) => true,
            _ => matches!(
                value_t,
                "NoneType" | "ellipsis" | "int" | "float" | "complex" | "bool"
            ),
        };
        if not_subscriptable {
            self.warn_at(
                s.range,
                format!("'{value_t}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(index_t) = infer_type(&s.slice) else {
            return;
        };
        if matches!(index_t, "int" | "bool") {
            return;
        }
        let indexable = matches!(
            &*s.value,
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)
        ) || matches!(value_t, "str" | "bytes" | "tuple");
        if indexable {
            self.warn_at(
                s.range,
                format!(
                    "{value_t} indices must be integers or slices, not {index_t}; \
                     perhaps you missed a comma?"
                ),
            );
        }
    }

    // ---- emission ----

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        let pos = u.pos;
        u.instrs.push(i);
        u.positions.push(pos);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().instrs.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let u = self.unit();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(t),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
            Instr::ForIter(_) => Instr::ForIter(t),
            Instr::SetupExcept(_) => Instr::SetupExcept(t),
            Instr::SetupWith(_) => Instr::SetupWith(t),
            Instr::SendSub(_) => Instr::SendSub(t),
            other => other,
        };
    }

    fn set_pos(&mut self, range: TextRange) {
        let (line, col) = self.line_col(range.start().to_usize());
        let (end_line, end_col) = self.line_col(range.end().to_usize());
        self.unit().pos = Pos {
            line,
            end_line,
            col,
            end_col,
        };
    }

    /// 1-based line, 0-based byte column.
    fn line_col(&self, off: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, (off - self.line_starts[line]) as u32)
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        // Code objects are never deduplicated; scalars are (cheaply, by equality and kind).
        if !matches!(
            c,
            Constant::Code(_) | Constant::Float(_) | Constant::Complex(..)
        ) && let Some(i) = u.consts.iter().position(|x| same_const(x, &c))
        {
            return i as u32;
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn emit_const_return(&mut self, c: Constant) {
        self.load_const(c);
        self.emit(Instr::ReturnValue);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_idx.get(name) {
            return i;
        }
        let a: Arc<str> = Arc::from(name);
        u.names.push(a.clone());
        let i = (u.names.len() - 1) as u32;
        u.name_idx.insert(a, i);
        i
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(Arc::from(name));
        (u.varnames.len() - 1) as u32
    }

    fn deref_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|v| &**v == name) {
            return (u.cellvars.len() + i) as u32;
        }
        u.freevars.push(Arc::from(name));
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    // ---- names ----

    /// `name` as written in the current code, mangled if it is a private name in a class.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self
            .units
            .last()
            .and_then(|u| self.table.scopes[u.scope].private.as_deref());
        crate::symtable::mangle(private, name)
    }

    /// The loop of `yield from` and `await`, with the iterator on the stack: sends None, then
    /// each value the caller sends, yielding what the iterator yields, until it returns.
    fn send_loop(&mut self) {
        self.load_const(Constant::None);
        let top = self.emit(Instr::SendSub(0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Jump(top as u32));
        let end = self.here();
        self.patch(top, end);
    }

    /// The name index of an attribute name (mangled as CPython does).
    fn attr_index(&mut self, attr: &str) -> u32 {
        let n = self.mangle(attr).into_owned();
        self.name_index(&n)
    }

    fn name_op(&mut self, name: &str, ctx: ExprContext) {
        let name = &*self.mangle(name).into_owned();
        let scope = self.unit().scope;
        let kind = self.unit().kind;
        let r = self.table.scopes[scope].resolve(name);
        let function_like = matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        let instr = match r {
            Resolved::Local if function_like => {
                let i = self.varname_index(name);
                match ctx {
                    ExprContext::Store => Instr::StoreFast(i),
                    ExprContext::Del => Instr::DeleteFast(i),
                    _ => Instr::LoadFast(i),
                }
            }
            Resolved::Cell | Resolved::Free => {
                let i = self.deref_index(name);
                match ctx {
                    ExprContext::Store => Instr::StoreDeref(i),
                    ExprContext::Del => Instr::DeleteDeref(i),
                    _ => Instr::LoadDeref(i),
                }
            }
            Resolved::GlobalExplicit => {
                let i = self.name_index(name);
                match ctx {
                    ExprContext::Store => Instr::StoreGlobal(i),
                    ExprContext::Del => Instr::DeleteGlobal(i),
                    _ => Instr::LoadGlobal(i),
                }
            }
            Resolved::GlobalImplicit if function_like => {
                let i = self.name_index(name);
                match ctx {
                    ExprContext::Store => Instr::StoreGlobal(i),
                    ExprContext::Del => Instr::DeleteGlobal(i),
                    _ => Instr::LoadGlobal(i),
                }
            }
            _ => {
                let i = self.name_index(name);
                match ctx {
                    ExprContext::Store => Instr::StoreName(i),
                    ExprContext::Del => Instr::DeleteName(i),
                    _ => Instr::LoadName(i),
                }
            }
        };
        self.emit(instr);
    }

    // ---- statements ----

    /// CPython's SETUP_ANNOTATIONS: a module or class body with annotated names starts
    /// with an empty `__annotations__` dict.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            let ann = self.name_index("__annotations__");
            self.emit(Instr::StoreName(ann));
        }
    }

    fn body(&mut self, stmts: &[Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult {
        self.nested(|c| c.stmt_inner(s))
    }

    /// Runs one level of the recursive descent, refusing source nested deeper than
    /// `MAX_NESTING` (RecursionError) before it can exhaust the Rust stack.
    fn nested(&mut self, f: impl FnOnce(&mut Self) -> CResult) -> CResult {
        self.depth += 1;
        let r = if self.depth > crate::MAX_NESTING {
            Err(CompileError::too_deep())
        } else {
            f(self)
        };
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult {
        self.set_pos(s.range());
        match s {
            Stmt::Expr(e) => {
                if self.units.len() == 1 && self.is_interactive_expr() {
                    self.expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else if matches!(&*e.value, Expr::StringLiteral(_) | Expr::NumberLiteral(_)) {
                    // A constant expression statement does nothing.
                } else {
                    self.expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Assign(a)
                if a.targets.len() == 1 && self.swap_assign(&a.targets[0], &a.value)? => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Module and class bodies record `name: annotation` in `__annotations__`.
                if let Expr::Name(n) = &*a.target
                    && a.simple
                    && matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class)
                {
                    if self.future_annotations {
                        let r = a.annotation.range();
                        let text = &self.source[r.start().to_usize()..r.end().to_usize()];
                        self.load_const(Constant::Str(Arc::from(text)));
                    } else {
                        self.expr(&a.annotation)?;
                    }
                    let ann = self.name_index("__annotations__");
                    self.emit(Instr::LoadName(ann));
                    self.load_const(Constant::Str(Arc::from(n.id.as_str())));
                    self.emit(Instr::StoreSubscr);
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_stmt(b.range)?,
            Stmt::Continue(c) => self.continue_stmt(c.range)?,
            Stmt::Return(r) => {
                if !matches!(self.unit().kind, ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(CompileError::at_range("'return' outside function", r.range));
                }
                self.check_star(Exit::Return, r.range)?;
                let at = self.unit().scope;
                let scope = &self.table.scopes[at];
                if r.value.is_some() && scope.is_coroutine && scope.has_yield {
                    return Err(CompileError::at_range(
                        "'return' with value in async generator",
                        r.range,
                    ));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_pos(r.range);
                self.unwind(Exit::Return)?;
                self.set_pos(r.range);
                self.emit(Instr::ReturnValue);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assert(a) => {
                if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.warn_at(
                        a.range,
                        "assertion is always true, perhaps remove parentheses?".to_string(),
                    );
                }
                // CPython 3.11 raises at the last comparison its conditional jumps compiled
                // (that location is left set), else at the statement: `assert x == 1`
                // gets carets under `x == 1`, `assert x` none.
                let mut at = a.range;
                self.cond(&a.test, &mut at)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                self.set_pos(at);
                let i = self.name_index("AssertionError");
                self.emit(Instr::LoadGlobal(i));
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.set_pos(a.range);
                    self.emit(Instr::Call(1));
                    self.set_pos(at);
                }
                self.emit(Instr::Raise(1));
                let end = self.here();
                self.patch(j, end);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(r.range);
                self.emit(Instr::Raise(n));
            }
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Import(i) => {
                for a in &i.names {
                    let full = a.name.id.as_str();
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let ni = self.name_index(full);
                    self.emit(Instr::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            for part in full.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Instr::LoadAttr(pi));
                            }
                            self.name_op(asname.id.as_str(), ExprContext::Store);
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full).to_string();
                            self.name_op(&top, ExprContext::Store);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                if module == "__future__" && i.level == 0 {
                    self.check_future(i)?;
                }
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(Arc::from(a.name.id.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(names));
                let mi = self.name_index(module);
                self.emit(Instr::ImportName(mi));
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in &i.names {
                        let ni = self.name_index(a.name.id.as_str());
                        self.emit(Instr::ImportFrom(ni));
                        let bound = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
                        self.name_op(bound, ExprContext::Store);
                    }
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::TypeAlias(t) => return Err(unsupported("'type' statements", t.range)),
            Stmt::IpyEscapeCommand(i) => {
                return Err(CompileError::at_range("invalid syntax", i.range));
            }
        }
        Ok(())
    }

    fn is_interactive_expr(&self) -> bool {
        self.interactive
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), ExprContext::Load);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Instr::Inplace(op));
                self.name_op(n.id.as_str(), ExprContext::Store);
            }
            Expr::Attribute(at) => {
                // `self.n += x` on a function's own local: the local is loaded again for the
                // store instead of `Dup` and `Rot2` (the same object unless `x` rebinds it
                // with `:=`), so the halves fuse as `LoadFastLoadAttr`, `LoadFastStoreAttr`.
                let reload = matches!(&*at.value, Expr::Name(_))
                    && self.reloadable(&at.value)
                    && !has_named_expr(&a.value);
                self.expr(&at.value)?;
                if !reload {
                    self.emit(Instr::Dup);
                }
                let i = self.attr_index(at.attr.id.as_str());
                self.set_pos(at.range);
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Instr::Inplace(op));
                if reload {
                    self.expr(&at.value)?;
                } else {
                    self.emit(Instr::Rot2);
                }
                self.set_pos(at.range);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.slice_or_expr(&sub.slice)?;
                self.emit(Instr::Dup2);
                self.set_pos(sub.range);
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.set_pos(sub.range);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(CompileError::at_range(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(other)
                    ),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    /// `a, b = x, y` (two or three names or other targets, no starred ones) without building
    /// and unpacking a tuple: the values are pushed and reordered, as CPython's `SWAP`s.
    /// Returns whether it compiled the assignment.
    fn swap_assign(&mut self, target: &Expr, value: &Expr) -> CResult<bool> {
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let Expr::Tuple(v) = value else {
            return Ok(false);
        };
        let n = targets.len();
        if !(2..=3).contains(&n)
            || v.elts.len() != n
            || targets
                .iter()
                .chain(&v.elts)
                .any(|e| matches!(e, Expr::Starred(_)))
            || const_tuple(&v.elts).is_some()
        {
            return Ok(false);
        }
        for e in &v.elts {
            self.expr(e)?;
        }
        // Distinct locals on one line are stored last first with no reordering of the
        // values, as CPython's `apply_static_swaps` turns `SWAP`, `STORE_FAST`s around (old
        // values are released in that order too).
        let line = self.line_col(target.range().start().to_usize()).0;
        let mut names = Vec::with_capacity(n);
        for t in targets {
            if let Expr::Name(nm) = t
                && self.reloadable(t)
                && self.line_col(t.range().start().to_usize()).0 == line
                && !names.contains(&nm.id.as_str())
            {
                names.push(nm.id.as_str());
            }
        }
        if names.len() == n {
            for t in targets.iter().rev() {
                self.store_target(t)?;
            }
            return Ok(true);
        }
        self.set_pos(v.range);
        if n == 3 {
            self.emit(Instr::Rot3);
        }
        self.emit(Instr::Rot2);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    fn store_target(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.set_pos(n.range);
                self.name_op(n.id.as_str(), ExprContext::Store);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.attr_index(a.attr.id.as_str());
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.set_pos(*range);
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(si) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(CompileError::at_range(
                                "multiple starred expressions in assignment",
                                *range,
                            ));
                        }
                        let after = elts.len() - si - 1;
                        self.emit(Instr::UnpackEx(si as u16, after as u16));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        e => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(CompileError::at_range(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ));
            }
            other => {
                return Err(CompileError::at_range(
                    format!("cannot assign to {}", expr_kind_name(other)),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        self.set_pos(t.range());
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.attr_index(a.attr.id.as_str());
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                return Err(CompileError::at_range(
                    format!("cannot delete {}", expr_kind_name(other)),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult {
        let mut end_jumps = Vec::new();
        self.cond(&i.test, &mut i.range.clone())?;
        let mut next = self.emit(Instr::PopJumpIfFalse(0));
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            end_jumps.push(self.emit(Instr::Jump(0)));
            let here = self.here();
            self.patch(next, here);
            match &clause.test {
                Some(test) => {
                    self.cond(test, &mut clause.range.clone())?;
                    next = self.emit(Instr::PopJumpIfFalse(0));
                    self.body(&clause.body)?;
                }
                None => {
                    next = usize::MAX;
                    self.body(&clause.body)?;
                }
            }
        }
        let end = self.here();
        if next != usize::MAX {
            self.patch(next, end);
        }
        for j in end_jumps {
            self.patch(j, end);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult {
        // `while True:` / `while 1:` tests nothing (the `Nop` stands for the exit jump).
        let always = match &*w.test {
            Expr::BooleanLiteral(b) => b.value,
            Expr::NumberLiteral(n) => matches!(&n.value, Number::Int(i) if i.as_i64() != Some(0)),
            _ => false,
        };
        if always {
            let exit = self.emit(Instr::Nop);
            let start = self.here();
            return self.loop_rest(start, exit, false, &w.body, Some(w.range), &w.orelse);
        }
        let start = self.here();
        self.cond(&w.test, &mut w.range.clone())?;
        let exit = self.emit(Instr::PopJumpIfFalse(0));
        // CPython's back-edge of a while loop is located at the whole statement (where
        // KeyboardInterrupt shows), of a for loop at the body's last instruction.
        self.loop_rest(start, exit, false, &w.body, Some(w.range), &w.orelse)
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult {
        if f.is_async && !self.in_async_function() {
            return Err(CompileError::at_range(
                "'async for' outside async function",
                f.range,
            ));
        }
        if f.is_async {
            self.expr(&f.iter)?;
            self.set_pos(f.iter.range());
            self.emit(Instr::GetAIter);
        } else {
            self.iter_of(&f.iter, Some(f.iter.range()))?;
        }
        let start = self.here();
        self.set_pos(f.range);
        let exit = if f.is_async {
            self.async_next()
        } else {
            self.emit(Instr::ForIter(0))
        };
        self.store_target(&f.target)?;
        self.loop_rest(start, exit, true, &f.body, None, &f.orelse)
    }

    /// The head of one `async for` step: awaits `__anext__()` of the async iterator on top
    /// under a handler. Returns that handler's SetupExcept, whose target must hold
    /// `EndAsyncFor` (it takes the loop's exit).
    fn async_next(&mut self) -> usize {
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        self.send_loop();
        self.emit(Instr::PopBlock);
        setup
    }

    /// Whether the innermost function (comprehensions aside) is an `async def`.
    fn in_async_function(&self) -> bool {
        self.units
            .iter()
            .rev()
            .find(|u| u.kind != ScopeKind::Comprehension)
            .is_some_and(|u| self.table.scopes[u.scope].is_coroutine)
    }

    /// Calls the exit callable on top with three Nones and awaits the result (leaving an
    /// `async with` without an exception).
    fn async_exit_call(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Instr::Call(3));
        self.emit(Instr::GetAwaitable);
        self.send_loop();
        self.emit(Instr::PopTop);
    }

    /// The part `while` and `for` share: the body inside a loop block, the jump back to
    /// `start`, the `else` clause where the exit jump lands, and the breaks patched past it.
    fn loop_rest(
        &mut self,
        start: usize,
        exit: usize,
        has_iter: bool,
        body: &[Stmt],
        back: Option<TextRange>,
        orelse: &[Stmt],
    ) -> CResult {
        self.unit().blocks.push(Block::Loop {
            continue_target: start,
            breaks: Vec::new(),
            has_iter,
        });
        self.body(body)?;
        if let Some(back) = back {
            self.set_pos(back);
        }
        self.emit(Instr::Jump(start as u32));
        let breaks = match self.unit().blocks.pop() {
            Some(Block::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        let else_start = self.here();
        self.patch(exit, else_start);
        if matches!(self.unit().instrs[exit], Instr::SetupExcept(_)) {
            self.emit(Instr::EndAsyncFor);
        }
        self.body(orelse)?;
        let end = self.here();
        for b in breaks {
            self.patch(b, end);
        }
        Ok(())
    }

    /// CPython forbids leaving an `except*` clause by break, continue or return.
    fn check_star(&mut self, exit: Exit, range: TextRange) -> CResult {
        for b in self.unit().blocks.iter().rev() {
            match b {
                Block::Loop { .. } if exit != Exit::Return => return Ok(()),
                Block::StarHandlers => {
                    return Err(CompileError::at_range(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        range,
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn break_stmt(&mut self, range: TextRange) -> CResult {
        self.check_star(Exit::Break, range)?;
        let Some(loop_at) = self.unwind(Exit::Break)? else {
            return Err(CompileError::at_range("'break' outside loop", range));
        };
        let j = self.emit(Instr::Jump(0));
        if let Some(Block::Loop { breaks, .. }) = self.unit().blocks.get_mut(loop_at) {
            breaks.push(j);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, range: TextRange) -> CResult {
        self.check_star(Exit::Continue, range)?;
        let Some(loop_at) = self.unwind(Exit::Continue)? else {
            return Err(CompileError::at_range(
                "'continue' not properly in loop",
                range,
            ));
        };
        let Some(Block::Loop {
            continue_target, ..
        }) = self.unit().blocks.get(loop_at)
        else {
            unreachable!("unwind returns a loop");
        };
        let t = *continue_target as u32;
        self.emit(Instr::Jump(t));
        Ok(())
    }

    /// Emits the clean-up for leaving the enclosing blocks up to the innermost loop (break,
    /// continue) or all of them (return, whose value stays on top of the stack). Returns the
    /// index of the loop block, or `None` when there is none to leave to.
    fn unwind(&mut self, exit: Exit) -> CResult<Option<usize>> {
        let blocks = self.unit().blocks.clone();
        if exit != Exit::Return && !blocks.iter().any(|b| matches!(b, Block::Loop { .. })) {
            return Ok(None);
        }
        let keep_top = exit == Exit::Return;
        for i in (0..blocks.len()).rev() {
            match &blocks[i] {
                Block::Loop { has_iter, .. } => {
                    if exit != Exit::Return {
                        if exit == Exit::Break && *has_iter {
                            self.emit(Instr::PopTop);
                        }
                        return Ok(Some(i));
                    }
                    if *has_iter {
                        self.emit(Instr::Rot2);
                        self.emit(Instr::PopTop);
                    }
                }
                Block::Try => {
                    self.emit(Instr::PopBlock);
                }
                Block::Finally(body) => {
                    self.emit(Instr::PopBlock);
                    // The finally body runs outside its own block.
                    let mut outer = blocks[..i].to_vec();
                    if keep_top {
                        outer.push(Block::PopValue);
                    }
                    let saved = std::mem::replace(&mut self.unit().blocks, outer);
                    let r = self.body(body);
                    self.unit().blocks = saved;
                    r?;
                }
                Block::Handler(name) => {
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name.clone() {
                        self.clear_name(&n);
                    }
                }
                Block::FinallyExc => {
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopTop);
                    self.emit(Instr::PopExcept);
                }
                Block::With => {
                    self.emit(Instr::PopBlock);
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::WithExit);
                }
                // `check_star` rejected jumps out of these.
                Block::StarHandlers => {}
                Block::PopValue => {
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopTop);
                }
                Block::AsyncWith => {
                    self.emit(Instr::PopBlock);
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.async_exit_call();
                }
            }
        }
        Ok(None)
    }

    /// `name = None; del name`, as CPython does at the end of `except E as name:`.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Constant::None);
        self.name_op(name, ExprContext::Store);
        self.name_op(name, ExprContext::Del);
    }

    fn try_stmt(&mut self, t: &ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        // try: <try_except or body> finally: <finalbody>
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit()
            .blocks
            .push(Block::Finally(t.finalbody.to_vec()));
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().blocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.finalbody)?;
        let end = self.emit(Instr::Jump(0));
        let handler = self.here();
        self.patch(setup, handler);
        self.unit().blocks.push(Block::FinallyExc);
        self.body(&t.finalbody)?;
        self.unit().blocks.pop();
        self.emit(Instr::Reraise);
        let h = self.here();
        self.patch(end, h);
        Ok(())
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> CResult {
        if t.is_star {
            return self.try_star(t);
        }
        let mut ends = vec![self.try_body(t)?];
        for (i, handler) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_pos(h.range);
            let mut next = None;
            match &h.type_ {
                Some(ty) => {
                    // CheckExcMatch leaves the exception in place and pushes the verdict.
                    self.expr(ty)?;
                    self.set_pos(h.range);
                    self.emit(Instr::CheckExcMatch);
                    next = Some(self.emit(Instr::PopJumpIfFalse(0)));
                }
                None if i + 1 < t.handlers.len() => {
                    // CPython underlines the `except:` keyword and colon.
                    let start = h.range.start();
                    let kw = TextRange::new(start, start + ruff_text_size::TextSize::new(7));
                    return Err(CompileError::at_range("default 'except:' must be last", kw));
                }
                None => {}
            }
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.name_op(n, ExprContext::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            self.unit().blocks.push(Block::Handler(name.clone()));
            self.body(&h.body)?;
            self.unit().blocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.clear_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(j) = next {
                let here = self.here();
                self.patch(j, here);
            }
        }
        self.emit(Instr::Reraise);
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        Ok(())
    }

    /// The protected body and the `else` body of a `try` with handlers; the handlers follow.
    /// Returns the jump past them, to patch.
    fn try_body(&mut self, t: &ast::StmtTry) -> CResult<usize> {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().blocks.push(Block::Try);
        self.body(&t.body)?;
        self.unit().blocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.orelse)?;
        let end = self.emit(Instr::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        Ok(end)
    }

    /// `try`/`except*`: each clause takes its matching part of what is still unhandled; at
    /// the end, what the clauses raised and the unhandled rest propagate together.
    fn try_star(&mut self, t: &ast::StmtTry) -> CResult {
        let end = self.try_body(t)?;
        self.unit().blocks.push(Block::StarHandlers);
        // Stack: [orig, raised list, rest].
        self.emit(Instr::Dup);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Rot2);
        for handler in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            let Some(ty) = &h.type_ else {
                return Err(CompileError::at_range(
                    "expected one or more exception types",
                    h.range,
                ));
            };
            self.expr(ty)?;
            self.set_pos(h.range);
            self.emit(Instr::StarMatch);
            self.emit(Instr::Dup);
            self.load_const(Constant::None);
            self.emit(Instr::Is(false));
            let no_match = self.emit(Instr::PopJumpIfTrue(0));
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.name_op(n, ExprContext::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let inner = self.emit(Instr::SetupExcept(0));
            self.body(&h.body)?;
            self.emit(Instr::PopBlock);
            if let Some(n) = &name {
                self.clear_name(n);
            }
            let next = self.emit(Instr::Jump(0));
            let raised = self.here();
            self.patch(inner, raised);
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.clear_name(n);
            }
            let next2 = self.emit(Instr::Jump(0));
            let nm = self.here();
            self.patch(no_match, nm);
            self.emit(Instr::PopTop);
            let here = self.here();
            self.patch(next, here);
            self.patch(next2, here);
        }
        self.unit().blocks.pop();
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Dup);
        self.load_const(Constant::None);
        self.emit(Instr::Is(false));
        let done = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        let d = self.here();
        self.patch(done, d);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        let e = self.here();
        self.patch(end, e);
        Ok(())
    }

    fn with_stmt(&mut self, w: &ast::StmtWith) -> CResult {
        if w.is_async && !self.in_async_function() {
            return Err(CompileError::at_range(
                "'async with' outside async function",
                w.range,
            ));
        }
        self.with_items(w, 0)
    }

    fn with_items(&mut self, w: &ast::StmtWith, k: usize) -> CResult {
        let Some(item) = w.items.get(k) else {
            return self.body(&w.body);
        };
        self.expr(&item.context_expr)?;
        // CPython gives __enter__/__exit__ calls the whole statement's span, which spans
        // the line (or more), so tracebacks print no carets under them.
        self.set_pos(w.range);
        let setup = if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable);
            self.send_loop();
            self.with_target(item)?;
            self.emit(Instr::SetupExcept(0))
        } else {
            let setup = self.emit(Instr::SetupWith(0));
            self.with_target(item)?;
            setup
        };
        let block = if w.is_async {
            Block::AsyncWith
        } else {
            Block::With
        };
        self.unit().blocks.push(block);
        self.with_items(w, k + 1)?;
        self.unit().blocks.pop();
        self.set_pos(w.range);
        self.emit(Instr::PopBlock);
        if w.is_async {
            self.async_exit_call();
        } else {
            self.emit(Instr::WithExit);
        }
        let end = self.emit(Instr::Jump(0));
        let handler = self.here();
        self.patch(setup, handler);
        self.unit().blocks.push(Block::FinallyExc);
        if w.is_async {
            self.emit(Instr::AsyncWithExcept);
            self.emit(Instr::GetAwaitable);
            self.send_loop();
        } else {
            self.emit(Instr::WithExcept);
        }
        let reraise = self.emit(Instr::PopJumpIfFalse(0));
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        let done = self.emit(Instr::Jump(0));
        let h = self.here();
        self.patch(reraise, h);
        self.emit(Instr::Reraise);
        self.unit().blocks.pop();
        let end_here = self.here();
        self.patch(end, end_here);
        self.patch(done, end_here);
        Ok(())
    }

    /// Binds what entering a `with` item gave (its `as` target), or drops it.
    fn with_target(&mut self, item: &ast::WithItem) -> CResult {
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// CPython 3.11's `compiler_set_qualname`: a def or class declared `global` in its
    /// parent is named as at module level; only function scopes add `.<locals>` (a lambda in
    /// a comprehension is `f.<locals>.<listcomp>.<lambda>`).
    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let global = !name.starts_with('<')
            && self.table.scopes[u.scope].resolve(&self.mangle(name)) == Resolved::GlobalExplicit;
        match u.kind {
            ScopeKind::Module => name.to_string(),
            _ if global => name.to_string(),
            ScopeKind::Class | ScopeKind::Comprehension => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes defaults (and kw-defaults), returning the MakeFunction flags they need.
    fn defaults(&mut self, p: &ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos_defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos_defaults.is_empty() {
            for d in &pos_defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(pos_defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                let name = self.mangle(name).into_owned();
                self.load_const(Constant::Str(Arc::from(name)));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn function_body_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        first_line: u32,
        params: Option<&ast::Parameters>,
    ) {
        self.push_unit(scope, name, qualname, first_line);
        if let Some(p) = params {
            let names = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .chain(p.kwonlyargs.iter())
                .map(|a| &a.parameter)
                .chain(p.vararg.as_deref())
                .chain(p.kwarg.as_deref());
            for a in names {
                let n = self.mangle(a.name.id.as_str()).into_owned();
                self.varname_index(&n);
            }
        }
        let locals: Vec<String> = self.table.scopes[scope]
            .locals()
            .map(str::to_string)
            .collect();
        for l in locals {
            if !self.unit().cellvars.iter().any(|c| **c == *l) {
                self.varname_index(&l);
            }
        }
    }

    fn finish_function(&mut self, p: Option<&ast::Parameters>) -> Arc<CodeObject> {
        let (argc, posonly, kwonly, va, vk) = match p {
            Some(p) => (
                (p.posonlyargs.len() + p.args.len()) as u32,
                p.posonlyargs.len() as u32,
                p.kwonlyargs.len() as u32,
                p.vararg.is_some(),
                p.kwarg.is_some(),
            ),
            None => (0, 0, 0, false, false),
        };
        self.pop_unit(argc, posonly, kwonly, va, vk)
    }

    /// Emits the closure tuple (if any) and the code constant, then MakeFunction.
    fn make_function(&mut self, code: Arc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let i = self.deref_index(fv);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Constant::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.set_pos(d.expression.range());
            self.expr(&d.expression)?;
        }
        self.set_pos(f.range);
        let flags = self.defaults(&f.parameters)?;
        let scope = self.table.scope_for(f.range);
        let name = f.name.id.as_str();
        let qualname = self.qualname_for(name);
        let first_line = match f.decorator_list.first() {
            Some(d) => self.line_col(d.range.start().to_usize()).0,
            None => self.line_col(f.range.start().to_usize()).0,
        };
        self.function_body_unit(scope, name, &qualname, first_line, Some(&f.parameters));
        let body: &[Stmt] = match f.body.first() {
            Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)) => {
                if let Expr::StringLiteral(s) = &*e.value {
                    self.add_const(Constant::Str(Arc::from(s.value.to_str())));
                }
                &f.body[1..]
            }
            _ => {
                self.add_const(Constant::None);
                &f.body[..]
            }
        };
        self.body(body)?;
        // The implicit `return None` (unreachable after an explicit return, which is fine).
        self.emit_const_return(Constant::None);
        let code = self.finish_function(Some(&f.parameters));
        self.set_pos(f.range);
        self.make_function(code, flags);
        self.function_annotations(&f.parameters, f.returns.as_deref())?;
        for d in f.decorator_list.iter().rev() {
            self.set_pos(d.expression.range());
            self.emit(Instr::Call(1));
        }
        self.set_pos(f.range);
        self.name_op(name, ExprContext::Store);
        Ok(())
    }

    /// With the new function on the stack, stores its `__annotations__` dict (parameter
    /// names, mangled, then "return"); nothing when it has none (an empty dict is made on
    /// first access).
    fn function_annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> CResult {
        // CPython 3.11's order: regular parameters before positional-only ones.
        let params = p
            .args
            .iter()
            .chain(p.posonlyargs.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        let mut items: Vec<(String, &Expr)> = params
            .filter_map(|a| {
                let ann = a.annotation.as_deref()?;
                Some((self.mangle(a.name.id.as_str()).into_owned(), ann))
            })
            .collect();
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(());
        }
        self.emit(Instr::Dup);
        let n = items.len() as u32;
        for (name, ann) in items {
            self.load_const(Constant::Str(Arc::from(name.as_str())));
            if self.future_annotations {
                let r = ann.range();
                let text = &self.source[r.start().to_usize()..r.end().to_usize()];
                self.load_const(Constant::Str(Arc::from(text)));
            } else {
                self.expr(ann)?;
            }
        }
        self.emit(Instr::BuildMap(n));
        self.emit(Instr::Rot2);
        let i = self.name_index("__annotations__");
        self.emit(Instr::StoreAttr(i));
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(unsupported("type parameters", c.range));
        }
        for d in &c.decorator_list {
            self.set_pos(d.expression.range());
            self.expr(&d.expression)?;
        }
        self.set_pos(c.range);
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.scope_for(c.range);
        let name = c.name.id.as_str();
        let qualname = self.qualname_for(name);
        let first_line = match c.decorator_list.first() {
            Some(d) => self.line_col(d.range.start().to_usize()).0,
            None => self.line_col(c.range.start().to_usize()).0,
        };
        self.push_unit(scope, name, &qualname, first_line);
        self.set_pos(c.range);
        let module_name = self.name_index("__name__");
        self.emit(Instr::LoadName(module_name));
        let module_attr = self.name_index("__module__");
        self.emit(Instr::StoreName(module_attr));
        self.load_const(Constant::Str(Arc::from(qualname.as_str())));
        let q = self.name_index("__qualname__");
        self.emit(Instr::StoreName(q));
        self.setup_annotations(&c.body);
        let body: &[Stmt] = match c.body.first() {
            Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)) => {
                self.expr(&e.value)?;
                let d = self.name_index("__doc__");
                self.emit(Instr::StoreName(d));
                &c.body[1..]
            }
            _ => &c.body[..],
        };
        self.body(body)?;
        self.set_pos(c.range);
        if self.unit().cellvars.iter().any(|v| &**v == "__class__") {
            let i = self.deref_index("__class__");
            self.emit(Instr::LoadClosure(i));
            let cc = self.name_index("__classcell__");
            self.emit(Instr::StoreName(cc));
        }
        self.emit_const_return(Constant::None);
        let code = self.pop_unit(0, 0, 0, false, false);
        self.set_pos(c.range);
        self.make_function(code, 0);
        self.load_const(Constant::Str(Arc::from(name)));
        let (args, keywords) = match &c.arguments {
            Some(a) => (&a.args[..], &a.keywords[..]),
            None => (&[][..], &[][..]),
        };
        if args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Err(unsupported("'*' and '**' in class bases", c.range));
        }
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.set_pos(c.range);
        let n = (2 + args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            let names = keywords
                .iter()
                .map(|k| Constant::Str(Arc::from(k.arg.as_ref().map_or("", |a| a.id.as_str()))))
                .collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Instr::CallKw(n));
        }
        for d in c.decorator_list.iter().rev() {
            self.set_pos(d.expression.range());
            self.emit(Instr::Call(1));
        }
        self.set_pos(c.range);
        self.name_op(name, ExprContext::Store);
        Ok(())
    }

    // ---- expressions ----

    fn expr(&mut self, e: &Expr) -> CResult {
        self.nested(|c| c.expr_inner(e))
    }

    /// Compiles `e` as the condition of a conditional jump (CPython 3.11's
    /// `compiler_jump_if`) and leaves the position set for that jump. The truth tests of the
    /// condition and of its `and`/`or`/`not` operands are located at `at`, the construct
    /// doing the test (an `if` or `while` statement spans its body, so tracebacks show its
    /// line without carets), until a comparison is compiled: its location then stays set for
    /// the later tests, as in CPython.
    fn cond(&mut self, e: &Expr, at: &mut TextRange) -> CResult {
        self.nested(|c| {
            match e {
                Expr::BoolOp(b) => {
                    let mut jumps = Vec::new();
                    for (i, v) in b.values.iter().enumerate() {
                        c.cond(v, at)?;
                        if i + 1 < b.values.len() {
                            jumps.push(c.emit(match b.op {
                                ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                                ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                            }));
                        }
                    }
                    let end = c.here();
                    for j in jumps {
                        c.patch(j, end);
                    }
                }
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                    c.cond(&u.operand, at)?;
                    c.emit(Instr::Unary(UnOp::Not));
                }
                Expr::If(i) => {
                    c.cond(&i.test, at)?;
                    let j = c.emit(Instr::PopJumpIfFalse(0));
                    c.cond(&i.body, at)?;
                    let end = c.emit(Instr::Jump(0));
                    let h = c.here();
                    c.patch(j, h);
                    c.cond(&i.orelse, at)?;
                    let h = c.here();
                    c.patch(end, h);
                }
                Expr::Compare(_) => {
                    c.expr(e)?;
                    *at = e.range();
                }
                _ => c.expr(e)?,
            }
            c.set_pos(*at);
            Ok(())
        })
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        self.set_pos(e.range());
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    Number::Int(i) => match i.as_i64() {
                        Some(v) => Constant::Int(v),
                        None => Constant::BigInt(parse_big_literal(&i.to_string())),
                    },
                    Number::Float(f) => Constant::Float(*f),
                    Number::Complex { real, imag } => Constant::Complex(*real, *imag),
                };
                self.load_const(c);
            }
            Expr::StringLiteral(s) => {
                self.load_const(Constant::Str(Arc::from(s.value.to_str())));
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Constant::Bytes(Arc::from(bytes)));
            }
            Expr::BooleanLiteral(b) => self.load_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Constant::None),
            Expr::EllipsisLiteral(_) => self.load_const(Constant::Ellipsis),
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Load),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_pos(b.range);
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                // Fold negative number literals, as CPython's AST optimizer does.
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
                    self.load_const(negated_literal(n));
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.set_pos(u.range);
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    self.set_pos(b.range);
                    if i + 1 < b.values.len() {
                        let j = match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        jumps.push(self.emit(j));
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                self.cond(&i.test, &mut i.range.clone())?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                let h = self.here();
                self.patch(j, h);
                self.expr(&i.orelse)?;
                let h = self.here();
                self.patch(end, h);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.attr_index(a.attr.id.as_str());
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Instr::BinarySubscr);
            }
            Expr::List(l) if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                self.starred_list(&l.elts)?;
            }
            Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                self.starred_list(&t.elts)?;
                self.emit(Instr::ListToTuple);
            }
            Expr::Set(st) => {
                if st.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for e in &st.elts {
                        match e {
                            Expr::Starred(x) => {
                                self.expr(&x.value)?;
                                self.emit(Instr::SetUpdate);
                            }
                            e => {
                                self.expr(e)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for e in &st.elts {
                        self.expr(e)?;
                    }
                    self.set_pos(st.range);
                    self.emit(Instr::BuildSet(st.elts.len() as u32));
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
                self.set_pos(l.range);
                self.emit(Instr::BuildList(l.elts.len() as u32));
            }
            Expr::Tuple(t) => {
                if let Some(c) = const_tuple(&t.elts) {
                    self.load_const(c);
                    return Ok(());
                }
                for e in &t.elts {
                    self.expr(e)?;
                }
                self.set_pos(t.range);
                self.emit(Instr::BuildTuple(t.elts.len() as u32));
            }
            Expr::Dict(d) if d.items.iter().any(|i| i.key.is_none()) => {
                self.emit(Instr::BuildMap(0));
                for item in &d.items {
                    match &item.key {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(&item.value)?;
                            self.emit(Instr::MapAdd(1));
                        }
                        None => {
                            self.expr(&item.value)?;
                            self.emit(Instr::DictMerge(0));
                        }
                    }
                }
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
                self.set_pos(d.range);
                self.emit(Instr::BuildMap(d.items.len() as u32));
            }
            Expr::Slice(s) => return Err(CompileError::at_range("invalid syntax", s.range)),
            Expr::Starred(s) => {
                return Err(CompileError::at_range(
                    "can't use starred expression here",
                    s.range,
                ));
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                self.store_target(&n.target)?;
            }
            Expr::Lambda(l) => {
                let flags = match &l.parameters {
                    Some(p) => self.defaults(p)?,
                    None => 0,
                };
                let scope = self.table.scope_for(l.range);
                let qualname = self.qualname_for("<lambda>");
                let first_line = self.line_col(l.range.start().to_usize()).0;
                self.function_body_unit(
                    scope,
                    "<lambda>",
                    &qualname,
                    first_line,
                    l.parameters.as_deref(),
                );
                self.add_const(Constant::None);
                self.expr(&l.body)?;
                self.emit(Instr::ReturnValue);
                let code = self.finish_function(l.parameters.as_deref());
                self.set_pos(l.range);
                self.make_function(code, flags);
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(unsupported("'**' in dict comprehensions", c.range));
                };
                self.comprehension(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(key, &c.value),
                )?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            self.load_const(Constant::Str(Arc::from(l.as_str())));
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            n += self.fstring_elements(&fs.elements)?
                        }
                    }
                }
                self.set_pos(f.range);
                if n != 1 {
                    self.emit(Instr::BuildString(n));
                }
            }
            Expr::TString(t) => return Err(unsupported("t-strings", t.range)),
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_pos(y.range);
                if self.in_async_function() {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                if self
                    .units
                    .last()
                    .is_some_and(|u| self.table.scopes[u.scope].is_coroutine)
                {
                    return Err(CompileError::at_range(
                        "'yield from' inside async function",
                        y.range,
                    ));
                }
                self.expr(&y.value)?;
                self.set_pos(y.range);
                self.emit(Instr::GetIter);
                self.send_loop();
            }
            Expr::Await(a) => {
                if !self.in_async_function() {
                    let in_function = self
                        .units
                        .iter()
                        .any(|u| matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda));
                    let msg = if in_function {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(CompileError::at_range(msg, a.range));
                }
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Instr::GetAwaitable);
                self.send_loop();
            }
            Expr::IpyEscapeCommand(i) => {
                return Err(CompileError::at_range("invalid syntax", i.range));
            }
        }
        Ok(())
    }

    fn slice_or_expr(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                let n = if let Some(step) = &s.step {
                    self.expr(step)?;
                    3
                } else {
                    2
                };
                self.set_pos(s.range);
                self.emit(Instr::BuildSlice(n));
                Ok(())
            }
            e => self.expr(e),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        self.check_is_literal(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanup = Vec::new();
        // A middle operand that is a local or a literal is loaded again for the next
        // comparison instead of being copied under the result (no `Dup`, `Rot3` and cleanup):
        // the same object either way, and loading it cannot fail the second time.
        let mut reload = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            self.set_pos(c.range);
            let simple = i + 1 < n && self.reloadable(right);
            if i + 1 < n && !simple {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
            }
            let instr = match op {
                ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
                ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
                ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
                ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
                ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
                ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
                ast::CmpOp::Is => Instr::Is(false),
                ast::CmpOp::IsNot => Instr::Is(true),
                ast::CmpOp::In => Instr::Contains(false),
                ast::CmpOp::NotIn => Instr::Contains(true),
            };
            self.emit(instr);
            if simple {
                reload.push(self.emit(Instr::JumpIfFalseOrPop(0)));
                self.expr(right)?;
            } else if i + 1 < n {
                cleanup.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanup.is_empty() {
            let end = self.emit(Instr::Jump(0));
            let clean = self.here();
            for j in cleanup {
                self.patch(j, clean);
            }
            self.emit(Instr::Rot2);
            self.emit(Instr::PopTop);
            let h = self.here();
            self.patch(end, h);
        }
        let end = self.here();
        for j in reload {
            self.patch(j, end);
        }
        Ok(())
    }

    /// Whether loading `e` twice gives the same object without running code: a literal or
    /// a function's own local (not a cell, global or class-body name).
    fn reloadable(&mut self, e: &Expr) -> bool {
        match e {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_) => true,
            Expr::Name(n) => {
                let name = self.mangle(n.id.as_str()).into_owned();
                let u = self.unit();
                let function_like = matches!(
                    u.kind,
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                );
                let scope = u.scope;
                function_like && matches!(self.table.scopes[scope].resolve(&name), Resolved::Local)
            }
            _ => false,
        }
    }

    /// Pushes the pieces of an f-string (or of a nested format spec); returns their number.
    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Constant::Str(Arc::from(&*l.value)));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                        self.load_const(Constant::Str(Arc::from(text.as_str())));
                        n += 1;
                        // `{x=}` shows the repr unless a conversion or spec says otherwise.
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let parts = self.fstring_elements(&spec.elements)?;
                        if parts != 1 {
                            self.emit(Instr::BuildString(parts));
                        }
                        conv |= 4;
                    }
                    self.set_pos(i.range);
                    self.emit(Instr::FormatValue(conv));
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.load_const(Constant::Str(Arc::from("")));
            n = 1;
        }
        Ok(n)
    }

    /// A list built from elements some of which are `*starred`.
    fn starred_list(&mut self, elts: &[Expr]) -> CResult {
        self.emit(Instr::BuildList(0));
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend);
                }
                e => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    /// `from __future__ import ...`: only known features, only at the top of the module.
    fn check_future(&self, i: &ast::StmtImportFrom) -> CResult {
        const FEATURES: [&str; 10] = [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        if !self.future_allowed.contains(&i.range.start().to_u32()) {
            return Err(CompileError::at_range(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        for a in &i.names {
            let n = a.name.id.as_str();
            if n == "braces" {
                let start = i.range.start();
                return Err(CompileError::at_range(
                    "not a chance",
                    TextRange::new(start, start),
                ));
            }
            if !FEATURES.contains(&n) {
                return Err(CompileError::at_range(
                    format!("future feature {n} is not defined"),
                    i.range,
                ));
            }
        }
        Ok(())
    }

    fn check_yield(&self, range: TextRange) -> CResult {
        match self.units.last().map(|u| u.kind) {
            Some(ScopeKind::Function | ScopeKind::Lambda) => Ok(()),
            Some(ScopeKind::Comprehension) => Err(CompileError::at_range(
                "'yield' inside list comprehension",
                range,
            )),
            _ => Err(CompileError::at_range("'yield' outside function", range)),
        }
    }

    /// A comprehension is a nested function called at once with the first iterator.
    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        gens: &[ast::Comprehension],
        kind: CompKind<'_>,
    ) -> CResult {
        let Some(first) = gens.first() else {
            return Err(CompileError::at_range("invalid syntax", range));
        };
        let scope = self.table.scope_for(range);
        let is_async = self.table.scopes[scope].is_coroutine;
        let is_gen = matches!(kind, CompKind::Gen(_));
        if is_async && !is_gen && !self.in_async_function() {
            return Err(CompileError::at_range(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            ));
        }
        let qualname = self.qualname_for(name);
        let first_line = self.line_col(range.start().to_usize()).0;
        self.push_unit(scope, name, &qualname, first_line);
        self.varname_index(".0");
        let locals: Vec<String> = self.table.scopes[scope]
            .locals()
            .map(str::to_string)
            .collect();
        for l in locals {
            if !self.unit().cellvars.iter().any(|c| **c == *l) {
                self.varname_index(&l);
            }
        }
        self.set_pos(range);
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comp_loop(range, gens, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit(1, 0, 0, false, false);
        self.set_pos(range);
        self.make_function(code, 0);
        if first.is_async {
            self.expr(&first.iter)?;
            self.set_pos(range);
            self.emit(Instr::GetAIter);
        } else {
            self.iter_of(&first.iter, Some(range))?;
        }
        self.emit(Instr::Call(1));
        // An asynchronous generator expression is the async generator itself.
        if is_async && !is_gen {
            self.emit(Instr::GetAwaitable);
            self.send_loop();
        }
        Ok(())
    }

    /// `iter(e)` for a `for` loop or comprehension, `GetIter` at `pos` (where given). A plain
    /// `range(a[, b[, c]])` call goes through `RangeIter`, which makes its iterator without
    /// the range object when `range` is the builtin at run time (else the call and `GetIter`
    /// run as written).
    fn iter_of(&mut self, e: &Expr, pos: Option<TextRange>) -> CResult {
        if let Expr::Call(c) = e
            && let Expr::Name(name) = &*c.func
            && name.id.as_str() == "range"
            && c.arguments.keywords.is_empty()
            && (1..=3).contains(&c.arguments.args.len())
            && !c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
        {
            self.expr(&c.func)?;
            for a in &c.arguments.args {
                self.expr(a)?;
            }
            self.set_pos(c.range());
            let n = c.arguments.args.len() as u32;
            self.emit(Instr::RangeIter(n));
            self.emit(Instr::Call(n));
        } else {
            self.expr(e)?;
        }
        if let Some(pos) = pos {
            self.set_pos(pos);
        }
        self.emit(Instr::GetIter);
        Ok(())
    }

    fn comp_loop(
        &mut self,
        range: TextRange,
        gens: &[ast::Comprehension],
        i: usize,
        kind: CompKind<'_>,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            let z = self.varname_index(".0");
            self.emit(Instr::LoadFast(z));
        } else if g.is_async {
            self.expr(&g.iter)?;
            self.emit(Instr::GetAIter);
        } else {
            self.iter_of(&g.iter, None)?;
        }
        let start = self.here();
        self.set_pos(range);
        let for_iter = if g.is_async {
            self.async_next()
        } else {
            self.emit(Instr::ForIter(0))
        };
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.cond(cond, &mut range.clone())?;
            self.emit(Instr::PopJumpIfFalse(start as u32));
        }
        if i + 1 < gens.len() {
            self.comp_loop(range, gens, i + 1, kind)?;
        } else {
            // The result container sits below one iterator per generator clause.
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    let scope = self.unit().scope;
                    if self.table.scopes[scope].is_coroutine {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit(Instr::Jump(start as u32));
        let end = self.here();
        self.patch(for_iter, end);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: positional arguments gathered into a tuple and
    /// keywords into a dict.
    fn call_ex(&mut self, c: &ast::ExprCall) -> CResult {
        let args = &c.arguments;
        self.expr(&c.func)?;
        // `f(*it)` passes the iterable itself: CallEx makes the tuple (and names `f` in
        // the error for a non-iterable), as CPython's CALL_FUNCTION_EX does.
        match &args.args[..] {
            [Expr::Starred(s)] => self.expr(&s.value)?,
            _ => {
                self.starred_list(&args.args)?;
                self.emit(Instr::ListToTuple);
            }
        }
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            self.emit(Instr::BuildMap(0));
            let mut merged = false;
            for k in &args.keywords {
                match &k.arg {
                    // After a `**` mapping a keyword may repeat one of its keys: it is
                    // merged with the duplicate check (CPython's DICT_MERGE).
                    Some(name) if merged => {
                        self.load_const(Constant::Str(Arc::from(name.id.as_str())));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    Some(name) => {
                        self.load_const(Constant::Str(Arc::from(name.id.as_str())));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                        merged = true;
                    }
                }
            }
        }
        self.set_pos(c.range());
        self.emit(Instr::CallEx(has_kw as u32));
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult {
        if !matches!(&*c.func, Expr::Attribute(_) | Expr::Lambda(_))
            && let Some(t) = infer_type(&c.func)
        {
            self.warn_at(
                c.range(),
                format!("'{t}' object is not callable; perhaps you missed a comma?"),
            );
        }
        let args = &c.arguments;
        if args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.call_ex(c);
        }
        let simple_method = matches!(&*c.func, Expr::Attribute(_)) && args.keywords.is_empty();
        if simple_method {
            let Expr::Attribute(a) = &*c.func else {
                unreachable!("checked above")
            };
            self.expr(&a.value)?;
            self.set_pos(a.range);
            let i = self.attr_index(a.attr.id.as_str());
            self.emit(Instr::LoadMethod(i));
            for arg in &args.args {
                self.expr(arg)?;
            }
            self.set_pos(c.range());
            self.emit(Instr::CallMethod(args.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        for arg in &args.args {
            self.expr(arg)?;
        }
        let mut seen: Vec<&str> = Vec::new();
        for k in &args.keywords {
            let name = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("");
            if seen.contains(&name) {
                return Err(CompileError::at_range(
                    format!("keyword argument repeated: {name}"),
                    k.range,
                ));
            }
            seen.push(name);
            self.expr(&k.value)?;
        }
        self.set_pos(c.range());
        let n = (args.args.len() + args.keywords.len()) as u32;
        if args.keywords.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            let names = seen.iter().map(|n| Constant::Str(Arc::from(*n))).collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Instr::CallKw(n));
        }
        Ok(())
    }
}

/// What a comprehension builds.
#[derive(Clone, Copy)]
enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

/// The type CPython's compiler infers for a display or (folded) constant (`infer_type`).
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) | Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(n) => number_type(&n.value),
        Expr::UnaryOp(u) => match (&u.op, &*u.operand) {
            (ast::UnaryOp::Not, o) if infer_type(o).is_some() && is_constant(o) => "bool",
            (ast::UnaryOp::USub | ast::UnaryOp::UAdd, Expr::NumberLiteral(n)) => {
                number_type(&n.value)
            }
            (ast::UnaryOp::Invert, Expr::NumberLiteral(n)) if matches!(n.value, Number::Int(_)) => {
                "int"
            }
            _ => return None,
        },
        _ => return None,
    })
}

fn number_type(n: &Number) -> &'static str {
    match n {
        Number::Int(_) => "int",
        Number::Float(_) => "float",
        Number::Complex { .. } => "complex",
    }
}

/// Whether `e` contains an assignment expression (`:=`), which may rebind a local that an
/// augmented assignment loads again.
fn has_named_expr(e: &Expr) -> bool {
    struct Find(bool);
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Find {
        fn visit_expr(&mut self, e: &'a Expr) {
            if matches!(e, Expr::Named(_)) {
                self.0 = true;
            } else if !self.0 {
                ruff_python_ast::visitor::walk_expr(self, e);
            }
        }
    }
    let mut f = Find(false);
    ruff_python_ast::visitor::Visitor::visit_expr(&mut f, e);
    f.0
}

fn is_constant(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

fn unsupported(what: &str, range: TextRange) -> CompileError {
    CompileError::at_range(format!("{what} are not supported yet by isles"), range)
        .with_kind(SyntaxKind::SyntaxError)
}

fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_const(a, b))
        }
        _ => false,
    }
}

fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        out.push(match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => Constant::Int(i.as_i64()?),
                Number::Float(f) => Constant::Float(*f),
                Number::Complex { .. } => return None,
            },
            Expr::StringLiteral(s) => Constant::Str(Arc::from(s.value.to_str())),
            Expr::BooleanLiteral(b) => Constant::Bool(b.value),
            Expr::NoneLiteral(_) => Constant::None,
            // Nested constant tuples and negative numbers fold too, as in CPython, so loops
            // like `for dx, dy in ((0, 1), (1, -1))` build nothing at run time.
            Expr::Tuple(t) => const_tuple(&t.elts)?,
            Expr::UnaryOp(u) => match (u.op, &*u.operand) {
                (ast::UnaryOp::USub, Expr::NumberLiteral(n)) => negated_literal(n),
                _ => return None,
            },
            _ => return None,
        });
    }
    Some(Constant::Tuple(out))
}

/// The constant of `-literal`.
/// The comparison CPython's `compiler_jump_if` visits last in `e` (through `not`, `and`/`or`
/// and conditional expressions), whose location it leaves set.
fn negated_literal(n: &ast::ExprNumberLiteral) -> Constant {
    match &n.value {
        Number::Int(i) => match i.as_i64() {
            Some(v) => Constant::Int(-v),
            None => Constant::BigInt(-parse_big_literal(&i.to_string())),
        },
        Number::Float(f) => Constant::Float(-*f),
        Number::Complex { real, imag } => Constant::Complex(-*real, -*imag),
    }
}

fn parse_big_literal(text: &str) -> BigInt {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else {
        (10, lower)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Name(_) => "name",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// Whether a block (not counting nested functions and classes) has an annotated assignment.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
        }
        _ => false,
    })
}

/// The module's leading statements: a docstring and `from __future__` imports.
fn future_prefix(body: &[Stmt]) -> impl Iterator<Item = &Stmt> {
    body.iter()
        .enumerate()
        .take_while(|(i, s)| match s {
            Stmt::ImportFrom(f) => f
                .module
                .as_ref()
                .is_some_and(|m| m.as_str() == "__future__"),
            Stmt::Expr(e) => *i == 0 && matches!(&*e.value, Expr::StringLiteral(_)),
            _ => false,
        })
        .map(|(_, s)| s)
}

fn leading_future_imports(body: &[Stmt]) -> Vec<u32> {
    future_prefix(body)
        .filter(|s| matches!(s, Stmt::ImportFrom(_)))
        .map(|s| s.range().start().to_u32())
        .collect()
}

/// `from __future__ import annotations` among the module's leading statements.
fn has_future_annotations(body: &[Stmt]) -> bool {
    future_prefix(body).any(|s| match s {
        Stmt::ImportFrom(f) => f.names.iter().any(|a| a.name.as_str() == "annotations"),
        _ => false,
    })
}

/// `compile(..., 'single')` of more than one statement: `a; b` is one interactive statement,
/// a second line is not. After a compound statement CPython's parser fails on the next
/// token ("invalid syntax"); after simple statements it reports the newline that ends them.
fn single_statement_error(source: &str, body: &[Stmt]) -> Option<CompileError> {
    let k = body.windows(2).position(|w| {
        let gap = &source[w[0].range().end().to_usize()..w[1].range().start().to_usize()];
        !gap.contains(';') || gap.contains('\n')
    })?;
    let next = body[k + 1].range().start();
    if matches!(
        body[0],
        Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::Match(_)
    ) {
        let range = TextRange::new(next, next + ruff_text_size::TextSize::from(1));
        return Some(CompileError::at_range("invalid syntax", range));
    }
    let end = body[k].range().end().to_usize();
    let eol = source[end..].find('\n').map_or(source.len(), |i| end + i);
    let start = source[end..eol].find('#').map_or(eol, |i| end + i);
    let at = |i: usize| ruff_text_size::TextSize::try_from(i).unwrap_or_default();
    Some(CompileError::at_range(
        "multiple statements found while compiling a single statement",
        TextRange::new(at(start), at(eol)),
    ))
}
