//! `cargo xtask`: the command-line front of the workspace tooling in this crate's library.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use xtask::{ci, layers, lint_globals, workspace};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Isles workspace tooling")]
struct Cli {
    /// Workspace to check instead of the one xtask belongs to.
    #[arg(long, global = true, value_name = "PATH")]
    manifest_path: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Audit the source for process-global mutable state (design.md section 2).
    LintGlobals {
        /// Audit the third-party crates of the dependency graph instead; information only.
        #[arg(long)]
        deps: bool,
        /// Allowlist to use instead of xtask/globals-allowlist.toml.
        #[arg(long, value_name = "PATH")]
        allowlist: Option<PathBuf>,
    },
    /// Check that crates depend only on earlier layers (design.md section 1).
    LintLayers,
    /// Run lint-globals and lint-layers.
    Lint,
    /// Run fmt, clippy, both lints and the tests, stopping at the first failure.
    Ci,
}

fn run(cli: Cli) -> Result<bool> {
    let manifest = cli.manifest_path.unwrap_or_else(workspace::root_manifest);
    match cli.command {
        Cmd::LintGlobals { deps: true, .. } => lint_globals::run_deps(&manifest).map(|()| true),
        Cmd::LintGlobals {
            deps: false,
            allowlist,
        } => lint_globals::run_workspace(&manifest, allowlist.as_deref()),
        Cmd::LintLayers => layers::run(&manifest),
        Cmd::Lint => {
            // Both run even when the first fails, so one pass shows every problem.
            let globals = lint_globals::run_workspace(&manifest, None)?;
            let layers = layers::run(&manifest)?;
            Ok(globals && layers)
        }
        Cmd::Ci => ci::run(&manifest).map(|()| true),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
