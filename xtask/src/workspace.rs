//! Locating the workspace, reading `cargo metadata`, and listing the Rust files of a crate.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use cargo_metadata::{Metadata, MetadataCommand};

/// The workspace's root manifest. xtask always lives directly under the workspace root, so the
/// path is fixed at compile time and the tools work from any current directory.
pub fn root_manifest() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .join("Cargo.toml")
}

/// `cargo metadata` for the workspace members only; needs no registry access.
pub fn workspace_metadata(manifest: &Path) -> Result<Metadata> {
    MetadataCommand::new()
        .manifest_path(manifest)
        .no_deps()
        .exec()
        .context("running `cargo metadata --no-deps`")
}

/// `cargo metadata` with the dependency graph, limited to the host platform when it can be
/// found so that crates which never build here (windows-sys and the like) are not audited.
pub fn full_metadata(manifest: &Path) -> Result<Metadata> {
    let mut cmd = MetadataCommand::new();
    cmd.manifest_path(manifest);
    if let Some(host) = host_triple() {
        cmd.other_options(vec!["--filter-platform".to_owned(), host]);
    }
    cmd.exec().context("running `cargo metadata`")
}

fn host_triple() -> Option<String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc).arg("-vV").output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(|h| h.trim().to_owned())
}

/// Every `.rs` file under `dir`, sorted, skipping `target/` directories and any directory in
/// `skip` (fixtures, or another crate's directory nested inside this one).
pub fn rust_files(dir: &Path, skip: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    walk(dir, skip, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, skip: &[PathBuf], out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let path = entry.path();
        // `file_type` does not follow symlinks, so a link cannot make the walk loop.
        let file_type = entry.file_type()?;
        if file_type.is_dir() {
            if entry.file_name() == "target" || skip.iter().any(|s| s == &path) {
                continue;
            }
            walk(&path, skip, out)?;
        } else if file_type.is_file() && path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// `path` relative to `base` with `/` separators, for stable report lines on every platform.
pub fn relative_label(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
