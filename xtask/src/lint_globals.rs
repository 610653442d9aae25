//! The `lint-globals` command: runs the globals audit over the workspace crates (or, with
//! `--deps`, over third-party crates), applies the allowlist and prints the report.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use cargo_metadata::{Metadata, Package};
use serde::Deserialize;

use crate::globals::{Finding, Kind, TypeIndex, audit_file, describe_parse_error};
use crate::workspace::{full_metadata, relative_label, rust_files, workspace_metadata};

/// Where the allowlist lives, relative to the workspace root.
pub const ALLOWLIST_PATH: &str = "xtask/globals-allowlist.toml";

/// Fixture sources are deliberately full of globals; they are data, not workspace code.
pub const FIXTURES_DIR: &str = "xtask/tests/fixtures";

/// One source file of a crate, labelled the way reports should name it.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub label: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ParseError {
    pub path: String,
    pub message: String,
}

/// What the audit found in one or more crates.
#[derive(Clone, Debug, Default)]
pub struct Audit {
    pub findings: Vec<Finding>,
    pub parse_errors: Vec<ParseError>,
}

impl Audit {
    fn merge(&mut self, other: Audit) {
        self.findings.extend(other.findings);
        self.parse_errors.extend(other.parse_errors);
        self.findings.sort();
        self.parse_errors.sort();
    }
}

/// Audits the files of one crate together, so that a type alias in one file is known when a
/// static in another file uses it.
pub fn audit_crate(files: &[SourceFile]) -> Audit {
    let mut parsed = Vec::new();
    let mut parse_errors = Vec::new();
    for file in files {
        match syn::parse_file(&file.text) {
            Ok(ast) => parsed.push((file.label.as_str(), ast)),
            Err(err) => parse_errors.push(ParseError {
                path: file.label.clone(),
                message: describe_parse_error(&err),
            }),
        }
    }
    let index = TypeIndex::build(parsed.iter().map(|(_, ast)| ast));
    let mut findings: Vec<Finding> = parsed
        .iter()
        .flat_map(|(label, ast)| audit_file(label, ast, &index))
        .collect();
    findings.sort();
    parse_errors.sort();
    Audit {
        findings,
        parse_errors,
    }
}

/// proc-macro2 keeps every parsed file's text for span locations until told otherwise; without
/// this an audit of the whole dependency graph holds all of it at once.
fn release_spans() {
    proc_macro2::extra::invalidate_current_thread_spans();
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowlist {
    #[serde(default)]
    pub allow: Vec<AllowEntry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowEntry {
    pub path: String,
    pub item: String,
    pub kind: Kind,
    pub reason: String,
}

impl AllowEntry {
    fn matches(&self, finding: &Finding) -> bool {
        self.path == finding.path && self.item == finding.item && self.kind == finding.kind
    }
}

impl Allowlist {
    pub fn parse(text: &str) -> Result<Allowlist> {
        let list: Allowlist = toml::from_str(text)?;
        for entry in &list.allow {
            if entry.reason.trim().is_empty() {
                bail!(
                    "allowlist entry {} in {} has no reason; every exception must say why",
                    entry.item,
                    entry.path
                );
            }
        }
        Ok(list)
    }

    /// A missing file is an empty allowlist.
    pub fn load(path: &Path) -> Result<Allowlist> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                Allowlist::parse(&text).with_context(|| format!("reading {}", path.display()))
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Allowlist::default()),
            Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
        }
    }
}

/// The judged report: the lines to print and whether the lint fails.
#[derive(Clone, Debug)]
pub struct Verdict {
    pub lines: Vec<String>,
    pub findings: usize,
    pub allowlisted: usize,
    pub stale: usize,
    pub parse_errors: usize,
    pub failed: bool,
}

pub fn evaluate(audit: &Audit, allowlist: &Allowlist) -> Verdict {
    let mut lines = Vec::new();
    let mut allowlisted = 0;
    let mut findings: Vec<&Finding> = audit.findings.iter().collect();
    findings.sort();
    for finding in &findings {
        match allowlist.allow.iter().find(|e| e.matches(finding)) {
            Some(entry) => {
                allowlisted += 1;
                lines.push(format!("{finding} (allowlisted: {})", entry.reason));
            }
            None => lines.push(finding.to_string()),
        }
    }
    for err in &audit.parse_errors {
        lines.push(format!("{}: parse error: {}", err.path, err.message));
    }
    // An entry for a file that did not parse cannot be judged; the parse error already fails.
    let unparsed: HashSet<&str> = audit.parse_errors.iter().map(|e| e.path.as_str()).collect();
    let mut stale = 0;
    for entry in &allowlist.allow {
        if !unparsed.contains(entry.path.as_str()) && !findings.iter().any(|f| entry.matches(f)) {
            stale += 1;
            lines.push(format!(
                "{}: stale allowlist entry: {}",
                entry.path, entry.item
            ));
        }
    }
    let parse_errors = audit.parse_errors.len();
    let mut summary = format!(
        "lint-globals: {} finding(s), {allowlisted} allowlisted, {stale} stale allowlist entries",
        findings.len()
    );
    if parse_errors > 0 {
        summary.push_str(&format!(", {parse_errors} parse error(s)"));
    }
    lines.push(summary);
    Verdict {
        lines,
        findings: findings.len(),
        allowlisted,
        stale,
        parse_errors,
        failed: findings.len() > allowlisted || stale > 0 || parse_errors > 0,
    }
}

fn read_sources(files: &[PathBuf], base: &Path, audit: &mut Audit) -> Vec<SourceFile> {
    let mut sources = Vec::new();
    for path in files {
        let label = relative_label(path, base);
        match std::fs::read_to_string(path) {
            Ok(text) => sources.push(SourceFile { label, text }),
            Err(err) => audit.parse_errors.push(ParseError {
                path: label,
                message: format!("cannot read: {err}"),
            }),
        }
    }
    sources
}

/// Audits every `.rs` file of every workspace member, labelled relative to the workspace root.
pub fn audit_workspace(meta: &Metadata) -> Result<Audit> {
    let root = meta.workspace_root.as_std_path();
    let mut packages = meta.workspace_packages();
    packages.sort_by(|a, b| a.name.cmp(&b.name));
    let member_dirs: Vec<PathBuf> = packages.iter().map(|p| package_dir(p)).collect();
    let mut total = Audit::default();
    for dir in &member_dirs {
        let mut skip = vec![root.join(FIXTURES_DIR)];
        // A member nested inside another is audited once, as itself.
        skip.extend(
            member_dirs
                .iter()
                .filter(|d| *d != dir && d.starts_with(dir))
                .cloned(),
        );
        let files = rust_files(dir, &skip)?;
        let mut audit = Audit::default();
        let sources = read_sources(&files, root, &mut audit);
        audit.merge(audit_crate(&sources));
        release_spans();
        total.merge(audit);
    }
    Ok(total)
}

fn package_dir(package: &Package) -> PathBuf {
    package
        .manifest_path
        .parent()
        .map(|p| p.as_std_path().to_path_buf())
        .unwrap_or_default()
}

/// `cargo xtask lint-globals`: prints the report; `Ok(false)` means the lint failed.
pub fn run_workspace(manifest: &Path, allowlist: Option<&Path>) -> Result<bool> {
    let meta = workspace_metadata(manifest)?;
    let audit = audit_workspace(&meta)?;
    let allowlist_path = allowlist
        .map(Path::to_path_buf)
        .unwrap_or_else(|| meta.workspace_root.as_std_path().join(ALLOWLIST_PATH));
    let allowlist = Allowlist::load(&allowlist_path)?;
    let verdict = evaluate(&audit, &allowlist);
    for line in &verdict.lines {
        println!("{line}");
    }
    Ok(!verdict.failed)
}

/// The directories holding a third-party package's library and binary sources.
fn dependency_source_dirs(package: &Package) -> Vec<PathBuf> {
    let root = package_dir(package);
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    dirs.insert(root.join("src"));
    for target in &package.targets {
        let wanted = target.is_lib()
            || target.is_rlib()
            || target.is_dylib()
            || target.is_cdylib()
            || target.is_staticlib()
            || target.is_proc_macro()
            || target.is_bin();
        if let Some(parent) = target.src_path.parent().filter(|_| wanted) {
            dirs.insert(parent.as_std_path().to_path_buf());
        }
    }
    let dirs: Vec<PathBuf> = dirs.into_iter().filter(|d| d.is_dir()).collect();
    // A crate whose lib sits at its root (`src_path = "lib.rs"`) would otherwise be walked as
    // a whole plus again for `src/`; keep only the outermost directories.
    dirs.iter()
        .filter(|d| !dirs.iter().any(|o| o != *d && d.starts_with(o)))
        .cloned()
        .collect()
}

/// `cargo xtask lint-globals --deps`: information only, never fails on findings.
pub fn run_deps(manifest: &Path) -> Result<()> {
    let meta = full_metadata(manifest)?;
    let members: HashSet<_> = meta.workspace_members.iter().collect();
    let mut packages: Vec<&Package> = meta
        .packages
        .iter()
        .filter(|p| !members.contains(&p.id))
        .collect();
    packages.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    let (mut total_findings, mut crates_with_findings, mut skipped) = (0, 0, 0);
    for package in &packages {
        let root = package_dir(package);
        let mut files = Vec::new();
        for dir in dependency_source_dirs(package) {
            files.extend(rust_files(&dir, &[])?);
        }
        files.sort();
        files.dedup();
        let mut audit = Audit::default();
        let sources = read_sources(&files, &root, &mut audit);
        audit.merge(audit_crate(&sources));
        release_spans();
        println!(
            "{} {}: {} finding(s)",
            package.name,
            package.version,
            audit.findings.len()
        );
        for finding in &audit.findings {
            println!("  {finding}");
        }
        for err in &audit.parse_errors {
            println!("  {}: skipped (parse error)", err.path);
        }
        total_findings += audit.findings.len();
        crates_with_findings += usize::from(!audit.findings.is_empty());
        skipped += audit.parse_errors.len();
    }
    println!(
        "lint-globals --deps: {total_findings} finding(s) in {crates_with_findings} of {} crates, \
         {skipped} file(s) skipped (parse error); information only",
        packages.len()
    );
    Ok(())
}
