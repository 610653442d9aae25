//! The engine of `lint-globals`: finds process-global mutable state in Rust source with `syn`.
//!
//! Two passes per crate. The first ([`TypeIndex::build`]) learns which type names of the crate
//! hide interior mutability (type aliases, `use .. as ..` renames, and struct/enum/union fields),
//! because a static can launder a `Mutex` through any of them. The second ([`audit_file`]) walks
//! every item, including function bodies, impl blocks, const blocks and the bodies of macros,
//! and reports each static that holds mutable state.

use std::collections::{HashMap, HashSet};
use std::fmt;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use serde::Deserialize;
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::visit::{self, Visit};

/// What sort of process-global state a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    StaticMut,
    InteriorMutableStatic,
    ThreadLocal,
    LazyStatic,
    OnceCell,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::StaticMut => "static-mut",
            Kind::InteriorMutableStatic => "interior-mutable-static",
            Kind::ThreadLocal => "thread-local",
            Kind::LazyStatic => "lazy-static",
            Kind::OnceCell => "once-cell",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One reported global. Field order gives the report order: path, then line, then column.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub path: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub kind: Kind,
    pub item: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path, self.line, self.column, self.kind, self.item
        )
    }
}

/// Names whose presence anywhere in a static's type path means the static can change at run
/// time. Matching by name rather than by resolved path is deliberate: the lint has no name
/// resolution, and a false alarm on a look-alike type is cheaper than a missed global.
const INTERIOR_MUTABLE_NAMES: &[&str] = &[
    "Mutex",
    "RwLock",
    "Cell",
    "RefCell",
    "UnsafeCell",
    "SyncUnsafeCell",
    "OnceCell",
    "OnceLock",
    "Once",
    "LazyLock",
    "LazyCell",
    "Lazy",
    "SyncLazy",
    "SyncOnceCell",
    "Condvar",
    "Barrier",
    "ReentrantMutex",
    "FairMutex",
    "ShardedLock",
    "DashMap",
    "DashSet",
    "SegQueue",
    "ArrayQueue",
    "Sender",
    "SyncSender",
    "Receiver",
    "LocalKey",
];

fn is_interior_mutable_name(name: &str) -> bool {
    // `Atomic*` covers std's atomics, crossbeam's `AtomicCell` and `Atomic`; `ArcSwap*` covers
    // `ArcSwapOption` and `ArcSwapAny`.
    name.starts_with("Atomic")
        || name.starts_with("ArcSwap")
        || INTERIOR_MUTABLE_NAMES.contains(&name)
}

/// Crates whose every type is a synchronisation or shared-mutation primitive.
fn is_interior_mutable_crate(name: &str) -> bool {
    matches!(name, "parking_lot" | "crossbeam" | "dashmap" | "arc_swap")
        || name.starts_with("crossbeam_")
}

/// Prefix given to `$name` metavariables when a `macro_rules!` arm is made parseable, so the
/// report can show the metavariable again instead of an invented identifier.
const META_PREFIX: &str = "__xtask_meta_";

fn display_name(ident: &Ident) -> String {
    let name = ident.unraw().to_string();
    match name.strip_prefix(META_PREFIX) {
        Some(meta) => format!("${meta}"),
        None => name,
    }
}

/// Type names of one crate that carry interior mutability, and which kind they imply.
#[derive(Clone, Debug, Default)]
pub struct TypeIndex {
    kinds: HashMap<String, Kind>,
    /// Module names declared anywhere in the crate, to tell `use module::Name` (a crate type)
    /// from `use other_crate::Name` (a foreign type that merely shares a name).
    modules: HashSet<String>,
}

impl TypeIndex {
    /// Learns the mutable type names declared in all `files` of one crate.
    pub fn build<'a>(files: impl IntoIterator<Item = &'a syn::File>) -> TypeIndex {
        let files: Vec<&syn::File> = files.into_iter().collect();
        let mut modules = ModuleCollector::default();
        for file in &files {
            modules.visit_file(file);
        }
        let modules = modules.names;
        let mut collector = DefCollector::default();
        for file in &files {
            collector.external.push(external_names(file, &modules));
            collector.visit_file(file);
        }
        TypeIndex {
            kinds: collector.into_kinds(),
            modules,
        }
    }

    /// Parses and indexes the given sources; convenient for tests and single files.
    pub fn from_sources(sources: &[&str]) -> Result<TypeIndex, syn::Error> {
        let files = sources
            .iter()
            .map(|src| syn::parse_file(src))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TypeIndex::build(&files))
    }

    /// The kind a static of the named type would be reported as, if the name is mutable.
    pub fn kind_of(&self, name: &str) -> Option<Kind> {
        self.kinds.get(name).copied()
    }
}

/// Name lookup as seen from one file: the crate's mutable names, minus the names that file
/// imports from elsewhere (its `Group` is proc_macro2's, not the crate's own `Group`).
struct Scope<'a> {
    known: &'a HashMap<String, Kind>,
    external: &'a HashSet<String>,
}

impl Scope<'_> {
    fn lookup(&self, name: &str) -> Option<Kind> {
        if self.external.contains(name) {
            None
        } else {
            self.known.get(name).copied()
        }
    }
}

#[derive(Default)]
struct ModuleCollector {
    names: HashSet<String>,
}

impl<'ast> Visit<'ast> for ModuleCollector {
    fn visit_item_mod(&mut self, i: &'ast syn::ItemMod) {
        self.names.insert(i.ident.unraw().to_string());
        visit::visit_item_mod(self, i);
    }
}

/// Names that `file` imports from outside the crate and that are not mutable in themselves.
fn external_names(file: &syn::File, modules: &HashSet<String>) -> HashSet<String> {
    struct Uses<'m> {
        modules: &'m HashSet<String>,
        names: HashSet<String>,
    }
    impl Uses<'_> {
        fn tree(&mut self, prefix: &mut Vec<String>, external: Option<bool>, tree: &syn::UseTree) {
            let (leaf, local) = match tree {
                syn::UseTree::Path(p) => {
                    let name = p.ident.unraw().to_string();
                    let external = external.unwrap_or_else(|| {
                        !matches!(name.as_str(), "crate" | "self" | "super")
                            && !self.modules.contains(&name)
                    });
                    prefix.push(name);
                    self.tree(prefix, Some(external), &p.tree);
                    prefix.pop();
                    return;
                }
                syn::UseTree::Group(g) => {
                    for item in &g.items {
                        self.tree(prefix, external, item);
                    }
                    return;
                }
                syn::UseTree::Name(n) => (&n.ident, &n.ident),
                syn::UseTree::Rename(r) => (&r.ident, &r.rename),
                syn::UseTree::Glob(_) => return,
            };
            if external != Some(true) || local == "_" {
                return;
            }
            let mut path = prefix.clone();
            path.push(leaf.unraw().to_string());
            let no_names = HashMap::new();
            let none = HashSet::new();
            let scope = Scope {
                known: &no_names,
                external: &none,
            };
            // An import of `parking_lot::Mutex as Lock` must keep `Lock` visible as an alias.
            let mutable = syn::parse_str::<syn::Path>(&path.join("::"))
                .ok()
                .and_then(|p| classify_path(&p, &scope))
                .is_some();
            if !mutable {
                self.names.insert(local.unraw().to_string());
            }
        }
    }
    impl<'ast> Visit<'ast> for Uses<'_> {
        fn visit_item_use(&mut self, i: &'ast syn::ItemUse) {
            let external = i.leading_colon.is_some().then_some(true);
            self.tree(&mut Vec::new(), external, &i.tree);
        }
    }
    let mut uses = Uses {
        modules,
        names: HashSet::new(),
    };
    uses.visit_file(file);
    uses.names
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DefOrigin {
    Alias,
    Field,
}

#[derive(Default)]
struct DefCollector {
    /// (name, type, origin, index of the file it was declared in)
    defs: Vec<(String, syn::Type, DefOrigin, usize)>,
    /// Per file, in visiting order; the last entry is the file being visited.
    external: Vec<HashSet<String>>,
}

impl DefCollector {
    fn push(&mut self, name: &Ident, ty: &syn::Type, origin: DefOrigin) {
        let file = self.external.len().saturating_sub(1);
        self.defs
            .push((name.unraw().to_string(), ty.clone(), origin, file));
    }

    fn into_kinds(self) -> HashMap<String, Kind> {
        // A fixed point rather than recursive lookup: aliases may refer to each other in any
        // order and across files, and a self-referential struct must not loop.
        let empty = HashSet::new();
        let mut kinds: HashMap<String, Kind> = HashMap::new();
        loop {
            let mut changed = false;
            for (name, ty, origin, file) in &self.defs {
                if kinds.contains_key(name) {
                    continue;
                }
                let scope = Scope {
                    known: &kinds,
                    external: self.external.get(*file).unwrap_or(&empty),
                };
                if let Some(kind) = classify_type(ty, &scope) {
                    // A struct holding a `Lazy` is not itself a once_cell static.
                    let kind = match origin {
                        DefOrigin::Alias => kind,
                        DefOrigin::Field => Kind::InteriorMutableStatic,
                    };
                    kinds.insert(name.clone(), kind);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        kinds
    }

    fn add_fields(&mut self, name: &Ident, fields: &syn::Fields) {
        for field in fields {
            self.push(name, &field.ty, DefOrigin::Field);
        }
    }

    fn add_use_renames(&mut self, prefix: &mut Vec<Ident>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.clone());
                self.add_use_renames(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Rename(r) if r.rename != "_" => {
                let mut segments: Vec<&Ident> = prefix.iter().collect();
                segments.push(&r.ident);
                let path = segments
                    .iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
                    .join("::");
                if let Ok(ty) = syn::parse_str::<syn::Type>(&path) {
                    self.push(&r.rename, &ty, DefOrigin::Alias);
                }
            }
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.add_use_renames(prefix, item);
                }
            }
            _ => {}
        }
    }
}

impl<'ast> Visit<'ast> for DefCollector {
    fn visit_item_type(&mut self, i: &'ast syn::ItemType) {
        self.push(&i.ident, &i.ty, DefOrigin::Alias);
        visit::visit_item_type(self, i);
    }

    fn visit_item_struct(&mut self, i: &'ast syn::ItemStruct) {
        self.add_fields(&i.ident, &i.fields);
        visit::visit_item_struct(self, i);
    }

    fn visit_item_enum(&mut self, i: &'ast syn::ItemEnum) {
        for variant in &i.variants {
            self.add_fields(&i.ident, &variant.fields);
        }
        visit::visit_item_enum(self, i);
    }

    fn visit_item_union(&mut self, i: &'ast syn::ItemUnion) {
        for field in &i.fields.named {
            self.push(&i.ident, &field.ty, DefOrigin::Field);
        }
        visit::visit_item_union(self, i);
    }

    fn visit_item_use(&mut self, i: &'ast syn::ItemUse) {
        self.add_use_renames(&mut Vec::new(), &i.tree);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let bodies = if mac.path.is_ident("macro_rules") {
            macro_rules_expansions(mac.tokens.clone())
        } else {
            vec![mac.tokens.clone()]
        };
        for body in bodies {
            match parse_body(body) {
                Body::File(file) => self.visit_file(&file),
                Body::Stmts(stmts) => stmts.iter().for_each(|s| self.visit_stmt(s)),
                Body::Unparsed(_) => {}
            }
        }
    }
}

enum Body {
    File(syn::File),
    Stmts(Vec<syn::Stmt>),
    Unparsed(TokenStream),
}

/// Macro bodies are items (`cfg_if!`-like and item-defining macros), statements (arms of
/// expression macros), or neither; the last only get a token scan.
fn parse_body(tokens: TokenStream) -> Body {
    if let Ok(file) = syn::parse2::<syn::File>(tokens.clone()) {
        return Body::File(file);
    }
    if let Ok(stmts) = syn::Block::parse_within.parse2(tokens.clone()) {
        return Body::Stmts(stmts);
    }
    Body::Unparsed(tokens)
}

/// The kind a static of type `ty` is reported as, or `None` when the type is immutable.
fn classify_type(ty: &syn::Type, scope: &Scope<'_>) -> Option<Kind> {
    use syn::Type;
    match ty {
        Type::Array(t) => classify_type(&t.elem, scope),
        Type::Group(t) => classify_type(&t.elem, scope),
        Type::Paren(t) => classify_type(&t.elem, scope),
        Type::Ptr(t) => classify_type(&t.elem, scope),
        Type::Reference(t) => classify_type(&t.elem, scope),
        Type::Slice(t) => classify_type(&t.elem, scope),
        Type::Tuple(t) => t.elems.iter().find_map(|e| classify_type(e, scope)),
        Type::Path(t) => {
            let from_qself = t.qself.as_ref().and_then(|q| classify_type(&q.ty, scope));
            from_qself.or_else(|| classify_path(&t.path, scope))
        }
        Type::TraitObject(t) => classify_bounds(t.bounds.iter(), scope),
        Type::ImplTrait(t) => classify_bounds(t.bounds.iter(), scope),
        Type::Macro(t) => classify_tokens(t.mac.tokens.clone(), scope),
        Type::Verbatim(tokens) => classify_tokens(tokens.clone(), scope),
        // A function pointer's signature is not state.
        _ => None,
    }
}

fn classify_bounds<'a>(
    bounds: impl Iterator<Item = &'a syn::TypeParamBound>,
    scope: &Scope<'_>,
) -> Option<Kind> {
    bounds
        .filter_map(|b| match b {
            syn::TypeParamBound::Trait(t) => classify_path(&t.path, scope),
            _ => None,
        })
        .next()
}

fn classify_path(path: &syn::Path, scope: &Scope<'_>) -> Option<Kind> {
    let names: Vec<String> = path
        .segments
        .iter()
        .map(|s| s.ident.unraw().to_string())
        .collect();
    let last = names.last()?;
    if last == "PhantomData" {
        return None;
    }
    if names.iter().any(|n| n == "once_cell") {
        return Some(Kind::OnceCell);
    }
    if names.iter().any(|n| is_interior_mutable_crate(n)) {
        return Some(Kind::InteriorMutableStatic);
    }
    let from_std = matches!(names[0].as_str(), "std" | "core" | "alloc");
    // Outside std, a bare `Lazy` or `OnceCell` is once_cell's (std's `OnceCell` is not `Sync`
    // and cannot be a static anyway).
    if !from_std && (last == "Lazy" || last == "OnceCell") {
        return Some(Kind::OnceCell);
    }
    if names.iter().any(|n| is_interior_mutable_name(n)) {
        return Some(Kind::InteriorMutableStatic);
    }
    if let Some(kind) = scope.lookup(last) {
        return Some(kind);
    }
    path.segments.iter().find_map(|seg| match &seg.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|arg| match arg {
            syn::GenericArgument::Type(t) => classify_type(t, scope),
            syn::GenericArgument::AssocType(a) => classify_type(&a.ty, scope),
            _ => None,
        }),
        // `Fn(A) -> B` sugar describes a signature, not stored state.
        _ => None,
    })
}

/// Fallback for types that do not parse (usually because of macro metavariables).
fn classify_tokens(tokens: TokenStream, scope: &Scope<'_>) -> Option<Kind> {
    let mut idents = Vec::new();
    collect_idents(tokens, &mut idents);
    if idents.iter().any(|i| i == "once_cell") {
        return Some(Kind::OnceCell);
    }
    idents.iter().find_map(|name| {
        if is_interior_mutable_crate(name) || is_interior_mutable_name(name) {
            Some(Kind::InteriorMutableStatic)
        } else {
            scope.lookup(name)
        }
    })
}

fn collect_idents(tokens: TokenStream, out: &mut Vec<String>) {
    for tt in tokens {
        match tt {
            TokenTree::Ident(i) => out.push(i.unraw().to_string()),
            TokenTree::Group(g) => collect_idents(g.stream(), out),
            _ => {}
        }
    }
}

/// Parses `src` and audits it; `path_label` is what findings are reported under.
pub fn audit_source(
    path_label: &str,
    src: &str,
    index: &TypeIndex,
) -> Result<Vec<Finding>, syn::Error> {
    let file = syn::parse_file(src)?;
    Ok(audit_file(path_label, &file, index))
}

/// Audits one parsed file against the crate's type index; findings come back sorted.
pub fn audit_file(path_label: &str, file: &syn::File, index: &TypeIndex) -> Vec<Finding> {
    let external = external_names(file, &index.modules);
    let mut auditor = Auditor {
        path: path_label,
        scope: Scope {
            known: &index.kinds,
            external: &external,
        },
        findings: Vec::new(),
    };
    auditor.visit_file(file);
    let mut findings = auditor.findings;
    findings.sort();
    findings.dedup();
    findings
}

/// Formats a parse error with its position, for `path: parse error: ...` lines.
pub fn describe_parse_error(err: &syn::Error) -> String {
    let start = err.span().start();
    format!("{}:{}: {}", start.line, start.column + 1, err)
}

struct Auditor<'a> {
    path: &'a str,
    scope: Scope<'a>,
    findings: Vec<Finding>,
}

impl Auditor<'_> {
    fn report(&mut self, ident: &Ident, kind: Kind) {
        let start = ident.span().start();
        self.findings.push(Finding {
            path: self.path.to_owned(),
            line: start.line,
            column: start.column + 1,
            kind,
            item: display_name(ident),
        });
    }

    fn check_static(
        &mut self,
        attrs: &[syn::Attribute],
        mutability: &syn::StaticMutability,
        ident: &Ident,
        ty: &syn::Type,
    ) {
        let kind = if attrs.iter().any(|a| a.path().is_ident("thread_local")) {
            Some(Kind::ThreadLocal)
        } else if matches!(mutability, syn::StaticMutability::Mut(_)) {
            Some(Kind::StaticMut)
        } else {
            classify_type(ty, &self.scope)
        };
        if let Some(kind) = kind {
            self.report(ident, kind);
        }
    }

    fn audit_macro(&mut self, name: &str, tokens: TokenStream) {
        match name {
            "macro_rules" => {
                for expansion in macro_rules_expansions(tokens) {
                    self.audit_tokens(expansion);
                }
            }
            "thread_local" => {
                for ident in declared_statics(tokens) {
                    self.report(&ident, Kind::ThreadLocal);
                }
            }
            "lazy_static" => {
                for ident in declared_statics(tokens) {
                    self.report(&ident, Kind::LazyStatic);
                }
            }
            // Any other macro may take items (`cfg_if!`, item-defining macros); looking
            // inside costs little and cannot miss what is written literally.
            _ => self.audit_tokens(tokens),
        }
    }

    fn audit_tokens(&mut self, tokens: TokenStream) {
        match parse_body(tokens) {
            Body::File(file) => self.visit_file(&file),
            Body::Stmts(stmts) => stmts.iter().for_each(|s| self.visit_stmt(s)),
            Body::Unparsed(tokens) => self.scan_tokens(tokens),
        }
    }

    /// Token-level search for statics and global-making macros in a stream syn cannot parse.
    fn scan_tokens(&mut self, tokens: TokenStream) {
        let tts: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < tts.len() {
            if is_static_keyword(&tts, i)
                && let Some(found) = parse_static_tokens(&tts, i)
            {
                let kind = if found.mutable {
                    Some(Kind::StaticMut)
                } else {
                    match syn::parse2::<syn::Type>(found.ty.clone()) {
                        Ok(ty) => classify_type(&ty, &self.scope),
                        Err(_) => classify_tokens(found.ty, &self.scope),
                    }
                };
                if let Some(kind) = kind {
                    self.report(&found.name, kind);
                }
                i = found.end;
                continue;
            }
            if let (TokenTree::Ident(name), Some(TokenTree::Punct(bang))) =
                (&tts[i], tts.get(i + 1))
                && bang.as_char() == '!'
            {
                // `macro_rules! name { .. }` has the name between the bang and the body.
                let body_at = if matches!(tts.get(i + 2), Some(TokenTree::Ident(_))) {
                    i + 3
                } else {
                    i + 2
                };
                if let Some(TokenTree::Group(body)) = tts.get(body_at) {
                    self.audit_macro(&name.unraw().to_string(), body.stream());
                    i = body_at + 1;
                    continue;
                }
            }
            if let TokenTree::Group(g) = &tts[i] {
                self.audit_tokens(g.stream());
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Auditor<'_> {
    fn visit_item_static(&mut self, i: &'ast syn::ItemStatic) {
        self.check_static(&i.attrs, &i.mutability, &i.ident, &i.ty);
        visit::visit_item_static(self, i);
    }

    fn visit_foreign_item_static(&mut self, i: &'ast syn::ForeignItemStatic) {
        self.check_static(&i.attrs, &i.mutability, &i.ident, &i.ty);
        visit::visit_foreign_item_static(self, i);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Some(last) = mac.path.segments.last() {
            self.audit_macro(&last.ident.unraw().to_string(), mac.tokens.clone());
        }
    }
}

fn is_static_keyword(tts: &[TokenTree], i: usize) -> bool {
    let TokenTree::Ident(ident) = &tts[i] else {
        return false;
    };
    // `'static` arrives as a `'` punct followed by the ident `static`.
    let after_quote = i > 0 && matches!(&tts[i - 1], TokenTree::Punct(p) if p.as_char() == '\'');
    ident == "static" && !after_quote
}

struct StaticTokens {
    name: Ident,
    mutable: bool,
    ty: TokenStream,
    end: usize,
}

/// Reads `static [mut|ref] NAME: TYPE` starting at the `static` keyword at `at`.
fn parse_static_tokens(tts: &[TokenTree], at: usize) -> Option<StaticTokens> {
    let mut i = at + 1;
    let mut mutable = false;
    if let Some(TokenTree::Ident(word)) = tts.get(i)
        && (word == "mut" || word == "ref")
    {
        mutable = word == "mut";
        i += 1;
    }
    let TokenTree::Ident(name) = tts.get(i)? else {
        return None;
    };
    let TokenTree::Punct(colon) = tts.get(i + 1)? else {
        return None;
    };
    if colon.as_char() != ':' || colon.spacing() == Spacing::Joint {
        return None;
    }
    let mut j = i + 2;
    let mut depth = 0usize;
    let mut ty = TokenStream::new();
    while let Some(tt) = tts.get(j) {
        if let TokenTree::Punct(p) = tt {
            let prev_joint_dash = matches!(
                tts.get(j.wrapping_sub(1)),
                Some(TokenTree::Punct(q)) if q.as_char() == '-' && q.spacing() == Spacing::Joint
            );
            match p.as_char() {
                '<' => depth += 1,
                '>' if !prev_joint_dash => depth = depth.saturating_sub(1),
                '=' | ';' if depth == 0 => break,
                _ => {}
            }
        }
        ty.extend([tt.clone()]);
        j += 1;
    }
    Some(StaticTokens {
        name: name.clone(),
        mutable,
        ty,
        end: j,
    })
}

/// The names declared by a `thread_local!` or `lazy_static!` body.
fn declared_statics(tokens: TokenStream) -> Vec<Ident> {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    (0..tts.len())
        .filter(|&i| is_static_keyword(&tts, i))
        .filter_map(|i| {
            let mut j = i + 1;
            if matches!(tts.get(j), Some(TokenTree::Ident(w)) if w == "ref" || w == "mut") {
                j += 1;
            }
            match tts.get(j) {
                Some(TokenTree::Ident(name)) => Some(name.clone()),
                _ => None,
            }
        })
        .collect()
}

/// The expansion side of every arm of a `macro_rules!` body, with metavariables replaced by
/// stand-ins that keep the expansion parseable.
fn macro_rules_expansions(tokens: TokenStream) -> Vec<TokenStream> {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < tts.len() {
        if let (
            TokenTree::Group(matcher),
            TokenTree::Punct(eq),
            TokenTree::Punct(gt),
            TokenTree::Group(expansion),
        ) = (&tts[i], &tts[i + 1], &tts[i + 2], &tts[i + 3])
            && eq.as_char() == '='
            && gt.as_char() == '>'
        {
            let mut fragments = HashMap::new();
            collect_fragments(matcher.stream(), &mut fragments);
            out.push(substitute(expansion.stream(), &fragments));
            i += 4;
        } else {
            i += 1;
        }
    }
    out
}

/// Maps each `$name:fragment` of a matcher to its fragment specifier.
fn collect_fragments(tokens: TokenStream, out: &mut HashMap<String, String>) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Punct(p) if p.as_char() == '$' => {
                if let (
                    Some(TokenTree::Ident(name)),
                    Some(TokenTree::Punct(colon)),
                    Some(TokenTree::Ident(frag)),
                ) = (tts.get(i + 1), tts.get(i + 2), tts.get(i + 3))
                    && colon.as_char() == ':'
                {
                    out.insert(name.to_string(), frag.to_string());
                }
            }
            TokenTree::Group(g) => collect_fragments(g.stream(), out),
            _ => {}
        }
    }
}

fn substitute(tokens: TokenStream, fragments: &HashMap<String, String>) -> TokenStream {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            TokenTree::Punct(dollar) if dollar.as_char() == '$' => match tts.get(i + 1) {
                Some(TokenTree::Ident(name)) if name == "crate" => {
                    out.extend([TokenTree::Ident(Ident::new("crate", name.span()))]);
                    i += 2;
                }
                Some(TokenTree::Ident(name)) => {
                    out.extend(stand_in(name, fragments.get(&name.to_string())));
                    i += 2;
                }
                Some(TokenTree::Group(rep)) if rep.delimiter() == Delimiter::Parenthesis => {
                    // One copy of a repetition is enough to see what it declares.
                    out.extend(substitute(rep.stream(), fragments));
                    i += 2;
                    i += repetition_suffix_len(&tts[i..]);
                }
                _ => {
                    out.extend([tts[i].clone()]);
                    i += 1;
                }
            },
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), substitute(g.stream(), fragments));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
                i += 1;
            }
            other => {
                out.extend([other.clone()]);
                i += 1;
            }
        }
    }
    out
}

/// Length of the `sep? op` that follows `$( .. )` in an expansion.
fn repetition_suffix_len(rest: &[TokenTree]) -> usize {
    let is_op = |tt: Option<&TokenTree>, ops: &str| matches!(tt, Some(TokenTree::Punct(p)) if ops.contains(p.as_char()));
    if is_op(rest.first(), "*+?") {
        1
    } else if !rest.is_empty() && is_op(rest.get(1), "*+") {
        2
    } else {
        0
    }
}

/// A token sequence that parses where a `$name` of the given fragment kind would stand.
fn stand_in(name: &Ident, fragment: Option<&String>) -> Vec<TokenTree> {
    let span: Span = name.span();
    let ident = || TokenTree::Ident(Ident::new(&format!("{META_PREFIX}{name}"), span));
    match fragment.map(String::as_str) {
        Some("vis" | "item" | "stmt") => Vec::new(),
        Some("lifetime") => {
            let mut quote = Punct::new('\'', Spacing::Joint);
            quote.set_span(span);
            vec![TokenTree::Punct(quote), ident()]
        }
        Some("block") => {
            let mut group = Group::new(Delimiter::Brace, TokenStream::new());
            group.set_span(span);
            vec![TokenTree::Group(group)]
        }
        Some("literal") => {
            let mut lit = Literal::usize_unsuffixed(0);
            lit.set_span(span);
            vec![TokenTree::Literal(lit)]
        }
        _ => vec![ident()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn audit(src: &str) -> Vec<String> {
        let index = TypeIndex::from_sources(&[src]).unwrap();
        audit_source("t.rs", src, &index)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn generic_reference_tuple_and_array_types_are_seen_through() {
        let src = "static A: Option<Mutex<u8>> = None;\n\
                   static B: &'static std::sync::RwLock<u8> = &L;\n\
                   static C: (u8, std::cell::Cell<u8>) = (0, Cell::new(0));\n\
                   static D: [AtomicBool; 2] = [X, X];\n\
                   static E: &[&str] = &[\"ok\"];\n";
        assert_eq!(
            audit(src),
            [
                "t.rs:1:8: interior-mutable-static: A",
                "t.rs:2:8: interior-mutable-static: B",
                "t.rs:3:8: interior-mutable-static: C",
                "t.rs:4:8: interior-mutable-static: D",
            ]
        );
    }

    #[test]
    fn crate_paths_and_renamed_imports_count() {
        let src = "use std::sync::Mutex as Lock;\n\
                   static A: parking_lot::RawMutex = X;\n\
                   static B: crossbeam_epoch::Collector = X;\n\
                   static C: Lock<u8> = X;\n\
                   static D: Registry = X;\n\
                   struct Registry { map: dashmap::DashMap<u8, u8> }\n";
        assert_eq!(
            audit(src),
            [
                "t.rs:2:8: interior-mutable-static: A",
                "t.rs:3:8: interior-mutable-static: B",
                "t.rs:4:8: interior-mutable-static: C",
                "t.rs:5:8: interior-mutable-static: D",
            ]
        );
    }

    #[test]
    fn crate_types_are_resolved_through_fields_but_foreign_namesakes_are_not() {
        let local = "pub struct Slot { hits: Cell<u32> }\n\
                     pub struct Table { slots: [Slot; 4] }\n\
                     pub struct Group { inner: Table }\n";
        let user = "use proc_macro2::Group;\n\
                    static A: Table = Table::new();\n\
                    static B: Group = Group::new();\n";
        let index = TypeIndex::from_sources(&[local, user]).unwrap();
        assert_eq!(index.kind_of("Group"), Some(Kind::InteriorMutableStatic));
        let found: Vec<String> = audit_source("u.rs", user, &index)
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found, ["u.rs:2:8: interior-mutable-static: A"]);
    }

    #[test]
    fn phantom_data_and_fn_pointers_are_not_state() {
        let src = "static A: PhantomData<Cell<u8>> = PhantomData;\n\
                   static B: fn(&Mutex<u8>) = f;\n\
                   static C: &dyn Fn() -> Cell<u8> = &f;\n";
        assert!(audit(src).is_empty());
    }

    #[test]
    fn macro_fragments_and_repetitions_are_made_parseable() {
        let src = "macro_rules! m {\n\
                   ($vis:vis $name:ident, $($rest:ident),*) => {\n\
                   $vis static $name: AtomicU8 = AtomicU8::new(0);\n\
                   $( static mut $rest: u8 = 0; )*\n\
                   };\n\
                   }\n";
        assert_eq!(
            audit(src),
            [
                "t.rs:3:14: interior-mutable-static: $name",
                "t.rs:4:16: static-mut: $rest",
            ]
        );
    }

    #[test]
    fn unparseable_macro_bodies_get_a_token_scan() {
        let src = "weird! { => static mut RAW: u8 = 0; static OK: &'static str = \"\"; }\n";
        assert_eq!(audit(src), ["t.rs:1:24: static-mut: RAW"]);
    }

    #[test]
    fn thread_local_attribute_and_foreign_statics() {
        let src = "#[thread_local] static T: u8 = 0;\n\
                   unsafe extern \"C\" { static mut errno: i32; }\n";
        assert_eq!(
            audit(src),
            ["t.rs:1:24: thread-local: T", "t.rs:2:32: static-mut: errno"]
        );
    }
}
