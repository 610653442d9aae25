//! Scope analysis: decides for every name in every scope whether it is local, global,
//! a cell captured by an inner scope, or free (captured from an enclosing function).

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::CompileError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    bound: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    order: Vec<String>,
    flags: HashMap<String, Flags>,
    resolved: HashMap<String, Resolved>,
    children: Vec<usize>,
    pub is_generator: bool,
    /// An `async def`: its generator is a coroutine.
    pub is_coroutine: bool,
    /// Has `yield` (with `is_coroutine`: an asynchronous generator).
    pub has_yield: bool,
    /// Cells in creation order (locals captured by children, plus `__class__` for classes).
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Where each declaration (`global`/`nonlocal`) was written, for error reports.
    decl_range: HashMap<String, TextRange>,
    /// The innermost enclosing class's name, for private name mangling (`__x` inside
    /// `class C` is `_C__x`).
    pub private: Option<String>,
}

/// CPython's `_Py_Mangle`: `__name` (not ending in `__`, no dot) inside class `private`
/// becomes `_Private__name`, the class name stripped of leading underscores.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(p) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let p = p.trim_start_matches('_');
    if p.is_empty() {
        return name.into();
    }
    format!("_{p}{name}").into()
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            has_yield: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            decl_range: HashMap::new(),
            private: None,
        }
    }

    fn entry(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// How the name resolves in this scope; names never seen resolve as globals (or name
    /// lookups in module/class scopes).
    pub fn resolve(&self, name: &str) -> Resolved {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(Resolved::GlobalImplicit)
    }

    /// Locals in first-seen order, parameters excluded (the compiler adds those first).
    pub fn locals(&self) -> impl Iterator<Item = &str> {
        self.order.iter().filter_map(move |n| {
            let f = self.flags[n];
            (!f.param && matches!(self.resolved.get(n), Some(Resolved::Local | Resolved::Cell)))
                .then_some(n.as_str())
        })
    }
}

#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    pub fn scope_for(&self, range: TextRange) -> usize {
        self.by_range[&(range.start().to_u32(), range.end().to_u32())]
    }

    pub fn build(body: &[Stmt]) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            table: SymbolTable::default(),
            stack: vec![0],
            error: None,
            depth: 0,
        };
        b.table.scopes.push(Scope::new(ScopeKind::Module));
        for s in body {
            b.visit_stmt(s);
        }
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut table = b.table;
        analyze(&mut table, 0, &HashSet::new())?;
        Ok(table)
    }
}

struct Builder {
    table: SymbolTable,
    stack: Vec<usize>,
    error: Option<CompileError>,
    depth: usize,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.table.scopes[i]
    }

    fn mangled(&self, name: &str) -> String {
        let i = *self.stack.last().unwrap_or(&0);
        mangle(self.table.scopes[i].private.as_deref(), name).into_owned()
    }

    fn bind(&mut self, name: &str, range: TextRange) {
        let name = &self.mangled(name);
        if name == "__debug__" {
            self.fail("cannot assign to __debug__".to_string(), range);
        }
        let scope = self.cur();
        let f = scope.entry(name);
        f.bound = true;
        if f.global || f.nonlocal {
            return;
        }
        let _ = range;
    }

    fn use_name(&mut self, name: &str) {
        let name = &self.mangled(name);
        self.cur().entry(name).used = true;
    }

    fn push_scope(&mut self, kind: ScopeKind, range: TextRange) -> usize {
        let idx = self.table.scopes.len();
        let parent = *self.stack.last().unwrap_or(&0);
        let mut scope = Scope::new(kind);
        scope.private = self
            .table
            .scopes
            .get(parent)
            .and_then(|p| p.private.clone());
        self.table.scopes.push(scope);
        self.table.scopes[parent].children.push(idx);
        self.table
            .by_range
            .insert((range.start().to_u32(), range.end().to_u32()), idx);
        self.stack.push(idx);
        idx
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn params(&mut self, p: &ast::Parameters) {
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for a in all {
            let name = &self.mangled(a.name.id.as_str());
            if name == "__debug__" {
                self.fail("cannot assign to __debug__".to_string(), a.range());
            }
            if self.cur().flags.get(name).is_some_and(|f| f.param) {
                self.fail(
                    format!("duplicate argument '{name}' in function definition"),
                    a.range(),
                );
            }
            let f = self.cur().entry(name);
            f.param = true;
            f.bound = true;
        }
    }

    fn param_defaults(&mut self, p: &ast::Parameters) {
        for d in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &d.default {
                self.visit_expr(d);
            }
        }
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref())
        {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann);
            }
        }
    }

    fn fail(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::at_range(msg, range));
        }
    }

    fn comprehension(&mut self, range: TextRange, gens: &[ast::Comprehension], elts: &[&Expr]) {
        let Some(first) = gens.first() else { return };
        self.visit_expr(&first.iter);
        self.push_scope(ScopeKind::Comprehension, range);
        // The implicit iterator argument.
        let f = self.cur().entry(".0");
        f.param = true;
        f.bound = true;
        if gens.iter().any(|g| g.is_async) {
            self.cur().is_generator = true;
            self.cur().is_coroutine = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.pop_scope();
    }
}

impl Builder {
    /// Guards recursion; returns false (and records the error) when nesting is too deep.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > crate::MAX_NESTING {
            if self.error.is_none() {
                self.error = Some(CompileError::too_deep());
            }
            return false;
        }
        true
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.enter() {
            self.visit_stmt_inner(stmt);
        }
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.enter() {
            self.visit_expr_inner(expr);
        }
        self.depth -= 1;
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        // Capture names are identifiers, not Name expressions: bind them here.
        let name = match pattern {
            ast::Pattern::MatchAs(p) => p.name.as_ref(),
            ast::Pattern::MatchStar(p) => p.name.as_ref(),
            ast::Pattern::MatchMapping(p) => p.rest.as_ref(),
            _ => None,
        };
        if let Some(n) = name {
            self.bind(n.id.as_str(), n.range);
        }
        if self.enter() {
            visitor::walk_pattern(self, pattern);
        }
        self.depth -= 1;
    }
}

impl<'a> Builder {
    fn visit_stmt_inner(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.param_defaults(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.bind(f.name.id.as_str(), f.name.range);
                self.push_scope(ScopeKind::Function, f.range);
                if f.is_async {
                    self.cur().is_generator = true;
                    self.cur().is_coroutine = true;
                }
                self.params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.bind(c.name.id.as_str(), c.name.range);
                self.push_scope(ScopeKind::Class, c.range);
                self.cur().private = Some(c.name.id.to_string());
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = &self.mangled(n.id.as_str());
                    let kind = self.cur().kind;
                    if let Some(f) = self.cur().flags.get(name).copied() {
                        let what = if f.param {
                            Some("is parameter and global")
                        } else if f.bound {
                            Some("is assigned to before global declaration")
                        } else if f.used {
                            Some("is used prior to global declaration")
                        } else {
                            None
                        };
                        if let Some(w) = what
                            && !(f.param && kind == ScopeKind::Module)
                        {
                            self.fail(format!("name '{name}' {w}"), g.range);
                        }
                    }
                    let scope = self.cur();
                    scope.decl_range.insert(name.to_string(), g.range);
                    scope.entry(name).global = true;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let name = &self.mangled(n.id.as_str());
                    if self.cur().kind == ScopeKind::Module {
                        self.fail(
                            "nonlocal declaration not allowed at module level".into(),
                            g.range,
                        );
                        continue;
                    }
                    if let Some(f) = self.cur().flags.get(name).copied() {
                        let what = if f.param {
                            Some("is parameter and nonlocal")
                        } else if f.bound {
                            Some("is assigned to before nonlocal declaration")
                        } else if f.used {
                            Some("is used prior to nonlocal declaration")
                        } else {
                            None
                        };
                        if let Some(w) = what {
                            self.fail(format!("name '{name}' {w}"), g.range);
                        }
                    }
                    let scope = self.cur();
                    scope.decl_range.insert(name.to_string(), g.range);
                    scope.entry(name).nonlocal = true;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.as_str(),
                        None => a.name.id.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(bound, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.as_str(),
                        None => a.name.id.as_str(),
                    };
                    if bound != "*" {
                        self.bind(bound, a.range);
                    }
                }
            }
            Stmt::Try(t) => {
                for s in &t.body {
                    self.visit_stmt(s);
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str(), n.range);
                    }
                    for s in &h.body {
                        self.visit_stmt(s);
                    }
                }
                for s in t.orelse.iter().chain(t.finalbody.iter()) {
                    self.visit_stmt(s);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr_inner(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => {
                    self.use_name(n.id.as_str());
                    if n.id.as_str() == "super" {
                        // Zero-argument super() reads the implicit __class__ cell.
                        self.use_name("__class__");
                    }
                }
                ExprContext::Del if n.id.as_str() == "__debug__" => {
                    self.fail("cannot delete __debug__".to_string(), n.range);
                }
                _ => self.bind(n.id.as_str(), n.range),
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p);
                }
                self.push_scope(ScopeKind::Lambda, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.visit_expr(&l.body);
                self.pop_scope();
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt]);
                let idx = self.table.by_range[&(c.range.start().to_u32(), c.range.end().to_u32())];
                self.table.scopes[idx].is_generator = true;
                // With `async for` or `await` it is an asynchronous generator.
                self.table.scopes[idx].has_yield = true;
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = c.key.iter().map(|k| &**k).collect();
                elts.push(&c.value);
                self.comprehension(c.range, &c.generators, &elts)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => {
                self.cur().is_generator = true;
                if !matches!(expr, Expr::Await(_)) {
                    self.cur().has_yield = true;
                }
                // `await` inside a comprehension makes it an asynchronous one.
                if matches!(expr, Expr::Await(_)) && self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Named(n) => {
                // The walrus target binds in the nearest non-comprehension scope.
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    let mut i = self.stack.len() - 1;
                    while i > 0 && self.table.scopes[self.stack[i]].kind == ScopeKind::Comprehension
                    {
                        i -= 1;
                    }
                    let target = self.stack[i];
                    let in_comp = i != self.stack.len() - 1;
                    let scope = &mut self.table.scopes[target];
                    let f = scope.entry(t.id.as_str());
                    f.bound = true;
                    if in_comp && target != 0 {
                        // Inner comprehension scopes see it as free.
                        for j in i + 1..self.stack.len() {
                            let s = self.stack[j];
                            self.table.scopes[s].entry(t.id.as_str()).used = true;
                        }
                    } else if in_comp {
                        for j in i + 1..self.stack.len() {
                            let s = self.stack[j];
                            self.table.scopes[s].entry(t.id.as_str()).global = true;
                        }
                    }
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Resolves scope `idx` given the names bound by enclosing function scopes; returns the free
/// names it (or its children) need from outside.
fn analyze(
    table: &mut SymbolTable,
    idx: usize,
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let kind = table.scopes[idx].kind;
    let mut free: HashSet<String> = HashSet::new();
    let names: Vec<String> = table.scopes[idx].order.clone();
    for name in &names {
        let f = table.scopes[idx].flags[name];
        let r = if f.global {
            Resolved::GlobalExplicit
        } else if f.nonlocal {
            if !enclosing.contains(name) {
                let range = table.scopes[idx].decl_range.get(name).copied();
                let mut e = CompileError::new(format!("no binding for nonlocal '{name}' found"));
                if let Some(r) = range {
                    e = CompileError::at_range(e.msg, r);
                }
                return Err(e);
            }
            free.insert(name.clone());
            Resolved::Free
        } else if f.bound {
            Resolved::Local
        } else if kind != ScopeKind::Module && enclosing.contains(name) {
            free.insert(name.clone());
            Resolved::Free
        } else {
            Resolved::GlobalImplicit
        };
        table.scopes[idx].resolved.insert(name.clone(), r);
    }

    let child_enclosing: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => {
            let mut e = enclosing.clone();
            e.insert("__class__".to_string());
            e
        }
        _ => {
            let mut e = enclosing.clone();
            for name in &names {
                match table.scopes[idx].resolved[name] {
                    Resolved::Local | Resolved::Free => {
                        e.insert(name.clone());
                    }
                    Resolved::GlobalExplicit => {
                        e.remove(name);
                    }
                    _ => {}
                }
            }
            e
        }
    };

    let children = table.scopes[idx].children.clone();
    let mut child_free: Vec<String> = Vec::new();
    for c in children {
        let mut f: Vec<String> = analyze(table, c, &child_enclosing)?.into_iter().collect();
        f.sort();
        for n in f {
            if !child_free.contains(&n) {
                child_free.push(n);
            }
        }
    }

    for name in child_free {
        let scope = &mut table.scopes[idx];
        if kind == ScopeKind::Class && name == "__class__" {
            if !scope.cellvars.contains(&name) {
                scope.cellvars.push(name.clone());
            }
            continue;
        }
        match scope.resolved.get(&name).copied() {
            Some(Resolved::Local) if scope.is_function_like() => {
                scope.resolved.insert(name.clone(), Resolved::Cell);
                scope.cellvars.push(name);
            }
            Some(Resolved::Cell) => {}
            Some(Resolved::Free) => {}
            Some(Resolved::GlobalExplicit) => {}
            _ => {
                // Not bound here: it passes through this scope from further out.
                if kind != ScopeKind::Module {
                    if kind == ScopeKind::Class && scope.resolved.contains_key(&name) {
                        // A class-level binding with the same name: the method still
                        // captures the outer function's variable.
                        if !scope.freevars.contains(&name) {
                            scope.freevars.push(name.clone());
                        }
                    } else {
                        scope.resolved.insert(name.clone(), Resolved::Free);
                    }
                    free.insert(name);
                }
            }
        }
    }
    // Keep cell order stable: parameters' cells first in parameter order, as CPython.
    let scope = &mut table.scopes[idx];
    let mut fv: Vec<String> = free.iter().cloned().collect();
    fv.sort();
    for n in fv {
        if !scope.freevars.contains(&n) {
            scope.freevars.push(n);
        }
    }
    Ok(free)
}
