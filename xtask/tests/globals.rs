//! Tests of `lint-globals`: one fixture per kind of global that must be reported, a clean
//! fixture, the allowlist rules, and the real workspace.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use xtask::lint_globals::{
    ALLOWLIST_PATH, Allowlist, Audit, SourceFile, audit_crate, audit_workspace, evaluate,
};
use xtask::workspace::{root_manifest, workspace_metadata};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/globals")
}

fn source(fixture: &str, label: &str) -> SourceFile {
    let path = fixtures().join(fixture);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    SourceFile {
        label: label.to_owned(),
        text,
    }
}

fn lines(audit: &Audit) -> Vec<String> {
    assert!(audit.parse_errors.is_empty(), "{:?}", audit.parse_errors);
    audit.findings.iter().map(ToString::to_string).collect()
}

/// Audits one fixture file as a one-file crate, reporting it as `src/lib.rs`.
fn audit_fixture(fixture: &str) -> Vec<String> {
    lines(&audit_crate(&[source(fixture, "src/lib.rs")]))
}

#[test]
fn static_mut_is_reported() {
    assert_eq!(
        audit_fixture("static_mut.rs.txt"),
        ["src/lib.rs:4:12: static-mut: COUNTER"]
    );
}

#[test]
fn atomic_static_is_reported() {
    assert_eq!(
        audit_fixture("atomic_static.rs.txt"),
        ["src/lib.rs:3:12: interior-mutable-static: NEXT_ID"]
    );
}

#[test]
fn mutex_static_is_reported() {
    assert_eq!(
        audit_fixture("mutex_static.rs.txt"),
        ["src/lib.rs:4:8: interior-mutable-static: REGISTRY"]
    );
}

#[test]
fn static_through_alias_declared_in_another_file_is_reported() {
    let audit = audit_crate(&[
        source("alias_crate/lib.rs.txt", "src/lib.rs"),
        source("alias_crate/types.rs.txt", "src/types.rs"),
    ]);
    assert_eq!(
        lines(&audit),
        ["src/lib.rs:7:8: interior-mutable-static: TABLE"]
    );
}

#[test]
fn alias_in_another_file_is_only_seen_within_the_same_crate() {
    // Audited alone, the file cannot know what `Table` is.
    let audit = audit_crate(&[source("alias_crate/lib.rs.txt", "src/lib.rs")]);
    assert!(lines(&audit).is_empty());
}

#[test]
fn static_in_fn_body_is_reported() {
    assert_eq!(
        audit_fixture("fn_body_static.rs.txt"),
        ["src/lib.rs:6:12: interior-mutable-static: INITIALISED"]
    );
}

#[test]
fn statics_in_impl_method_and_nested_module_are_reported() {
    assert_eq!(
        audit_fixture("impl_and_mod.rs.txt"),
        [
            "src/lib.rs:5:20: static-mut: HITS",
            "src/lib.rs:12:20: interior-mutable-static: CACHE",
        ]
    );
}

#[test]
fn statics_in_macro_rules_bodies_are_reported() {
    assert_eq!(
        audit_fixture("macro_rules.rs.txt"),
        [
            "src/lib.rs:4:17: interior-mutable-static: $name",
            "src/lib.rs:10:20: static-mut: RAW_STATE",
        ]
    );
}

#[test]
fn thread_local_declarations_are_reported_one_each() {
    assert_eq!(
        audit_fixture("thread_local.rs.txt"),
        [
            "src/lib.rs:4:12: thread-local: CURRENT",
            "src/lib.rs:5:16: thread-local: DEPTH",
        ]
    );
}

#[test]
fn lazy_static_declarations_are_reported() {
    assert_eq!(
        audit_fixture("lazy_static.rs.txt"),
        ["src/lib.rs:4:16: lazy-static: BUILTINS"]
    );
}

#[test]
fn once_cell_lazy_static_is_reported_as_once_cell() {
    assert_eq!(
        audit_fixture("once_cell_lazy.rs.txt"),
        ["src/lib.rs:3:12: once-cell: INTERNED"]
    );
}

#[test]
fn clean_fixture_passes() {
    let audit = audit_crate(&[source("clean.rs.txt", "src/lib.rs")]);
    assert!(lines(&audit).is_empty());
    let verdict = evaluate(&audit, &Allowlist::default());
    assert!(!verdict.failed, "{:?}", verdict.lines);
    assert_eq!(
        verdict.lines,
        ["lint-globals: 0 finding(s), 0 allowlisted, 0 stale allowlist entries"]
    );
}

#[test]
fn finding_not_in_allowlist_fails() {
    let audit = audit_crate(&[source("static_mut.rs.txt", "src/lib.rs")]);
    let verdict = evaluate(&audit, &Allowlist::default());
    assert!(verdict.failed);
    assert_eq!(
        verdict.lines,
        [
            "src/lib.rs:4:12: static-mut: COUNTER",
            "lint-globals: 1 finding(s), 0 allowlisted, 0 stale allowlist entries",
        ]
    );
}

fn signal_crate() -> Audit {
    audit_crate(&[source(
        "allowlisted/signal.rs.txt",
        "crates/foo/src/signal.rs",
    )])
}

fn allowlist(fixture: &str) -> Allowlist {
    Allowlist::load(&fixtures().join(fixture)).unwrap()
}

#[test]
fn allowlisted_finding_is_printed_but_passes() {
    let verdict = evaluate(&signal_crate(), &allowlist("allowlisted/allowlist.toml"));
    assert!(!verdict.failed, "{:?}", verdict.lines);
    assert_eq!(
        verdict.lines,
        [
            "crates/foo/src/signal.rs:4:12: interior-mutable-static: SIGNAL_FLAG \
             (allowlisted: a signal handler needs a process static)",
            "lint-globals: 1 finding(s), 1 allowlisted, 0 stale allowlist entries",
        ]
    );
}

#[test]
fn stale_allowlist_entry_fails() {
    let verdict = evaluate(
        &signal_crate(),
        &allowlist("allowlisted/stale-allowlist.toml"),
    );
    assert!(verdict.failed);
    assert_eq!(verdict.stale, 1);
    assert_eq!(
        verdict.lines[1..],
        [
            "crates/foo/src/signal.rs: stale allowlist entry: OLD_HANDLER",
            "lint-globals: 1 finding(s), 1 allowlisted, 1 stale allowlist entries",
        ]
    );
}

#[test]
fn parse_error_fails_and_names_the_file() {
    let audit = audit_crate(&[SourceFile {
        label: "src/broken.rs".to_owned(),
        text: "fn main( {".to_owned(),
    }]);
    let verdict = evaluate(&audit, &Allowlist::default());
    assert!(verdict.failed);
    assert!(
        verdict.lines[0].starts_with("src/broken.rs: parse error: "),
        "{:?}",
        verdict.lines
    );
}

#[test]
fn allowlist_rejects_unknown_kinds_and_missing_reasons() {
    let entry = |kind: &str, reason: &str| {
        format!(
            "[[allow]]\npath = \"a.rs\"\nitem = \"X\"\nkind = \"{kind}\"\nreason = \"{reason}\"\n"
        )
    };
    assert!(Allowlist::parse(&entry("static-mut", "why")).is_ok());
    assert!(Allowlist::parse(&entry("global", "why")).is_err());
    assert!(Allowlist::parse(&entry("static-mut", " ")).is_err());
}

#[test]
fn committed_allowlist_excuses_only_test_harnesses() {
    // The runtime itself has no exception; a test binary may measure the process (the
    // teardown test's counting `#[global_allocator]`).
    let root = root_manifest();
    let path = root.parent().unwrap().join(ALLOWLIST_PATH);
    assert!(path.is_file(), "{} is missing", path.display());
    for entry in Allowlist::load(&path).unwrap().allow {
        assert!(
            entry.path.contains("/tests/"),
            "allowlist entry outside a test harness: {}",
            entry.path
        );
    }
}

#[test]
fn real_workspace_has_no_unallowed_globals() {
    let manifest = root_manifest();
    let meta = workspace_metadata(&manifest).unwrap();
    let audit = audit_workspace(&meta).unwrap();
    let allowlist = Allowlist::load(&manifest.parent().unwrap().join(ALLOWLIST_PATH)).unwrap();
    let verdict = evaluate(&audit, &allowlist);
    assert!(!verdict.failed, "{}", verdict.lines.join("\n"));
}
