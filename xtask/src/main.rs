//! `cargo xtask`: the command-line front of the workspace tooling in this crate's library.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use xtask::{bench, ci, layers, leaks, lint_globals, workspace};

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
    /// Run fmt, clippy, both lints, the tests and the leak check, stopping at the first failure.
    Ci,
    /// Run the isles CLI under valgrind on a workload that creates, uses and closes many
    /// interpreters; fail on any definitely or indirectly lost block.
    Leaks,
    /// Time the workloads in benches/python under python3 and isles (writes
    /// benches/results/latest.md), or with --scaling the multi-core runs (scaling.md).
    Bench {
        /// Only workloads whose name contains one of these.
        filter: Vec<String>,
        /// Timed runs of each interpreter per workload (batches per N with --scaling).
        #[arg(long, short = 'n', default_value_t = 5)]
        runs: usize,
        /// Untimed runs before the timed ones (at least one, which checks the output).
        #[arg(long, default_value_t = 1)]
        warmup: usize,
        /// The reference interpreter.
        #[arg(long, default_value = "python3")]
        python: String,
        /// Do not build isles first.
        #[arg(long)]
        no_build: bool,
        /// Time this isles binary instead of building target/release/isles.
        #[arg(long, value_name = "PATH")]
        isles: Option<PathBuf>,
        /// Write the table here (default: benches/results/latest.md, for unfiltered runs).
        #[arg(long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Per-run time limit in seconds.
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        /// Run the multi-core scaling benchmark instead.
        #[arg(long)]
        scaling: bool,
        /// With --scaling: the largest number of copies (default: cores, at most 16).
        #[arg(long, value_name = "N")]
        max_n: Option<usize>,
        /// With --scaling: CPython 3.13 to compare with (default: found on PATH or pyenv).
        #[arg(long, value_name = "PATH")]
        python313: Option<String>,
    },
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
        Cmd::Leaks => leaks::run(&manifest),
        Cmd::Bench {
            scaling: true,
            runs,
            no_build,
            max_n,
            python313,
            ..
        } => bench::run_scaling(
            &manifest,
            &bench::ScalingOptions {
                max_n,
                runs,
                python313,
                no_build,
            },
        ),
        Cmd::Bench {
            filter,
            runs,
            warmup,
            python,
            no_build,
            isles,
            output,
            timeout,
            ..
        } => bench::run(
            &manifest,
            &bench::Options {
                filter,
                runs,
                warmup: warmup.max(1),
                python,
                no_build,
                isles,
                output,
                timeout: std::time::Duration::from_secs(timeout),
            },
        ),
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
