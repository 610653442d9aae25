//! The `ci` command: the full gate a change must pass, in the order that fails fastest.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::{layers, leaks, lint_globals};

enum Action {
    Cargo(&'static [&'static str]),
    InProcess(fn(&Path) -> Result<bool>),
}

struct Step {
    name: &'static str,
    action: Action,
}

const STEPS: &[Step] = &[
    Step {
        name: "fmt",
        action: Action::Cargo(&["fmt", "--all", "--check"]),
    },
    Step {
        name: "clippy",
        action: Action::Cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--release",
            "--",
            "-D",
            "warnings",
        ]),
    },
    Step {
        name: "lint-globals",
        action: Action::InProcess(|manifest| lint_globals::run_workspace(manifest, None)),
    },
    Step {
        name: "lint-layers",
        action: Action::InProcess(layers::run),
    },
    // Release, because the differential tests run the `isles` binary many times.
    Step {
        name: "test",
        action: Action::Cargo(&["test", "--workspace", "--release"]),
    },
    // Closing interpreters frees everything (design.md section 6), checked by valgrind.
    Step {
        name: "leaks",
        action: Action::InProcess(leaks::run),
    },
];

/// The cargo that invoked xtask, so that CI uses the same toolchain as the caller.
fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

pub fn run(manifest: &Path) -> Result<()> {
    let root = manifest.parent().context("manifest path has no parent")?;
    let total = Instant::now();
    for (i, step) in STEPS.iter().enumerate() {
        let shown = match &step.action {
            Action::Cargo(args) => format!("cargo {}", args.join(" ")),
            Action::InProcess(_) => format!("cargo xtask {} (in-process)", step.name),
        };
        println!("==> [{}/{}] {}: {shown}", i + 1, STEPS.len(), step.name);
        let started = Instant::now();
        let outcome = match &step.action {
            Action::Cargo(args) => {
                let status = Command::new(cargo())
                    .args(*args)
                    .current_dir(root)
                    .status()
                    .with_context(|| format!("ci step `{}`: cannot start `{shown}`", step.name))?;
                if status.success() {
                    Ok(())
                } else {
                    Err(format!("`{shown}` exited with {status}"))
                }
            }
            Action::InProcess(lint) => match lint(manifest) {
                Ok(true) => Ok(()),
                Ok(false) => Err("the step reported problems (see above)".to_owned()),
                Err(err) => Err(format!("{err:#}")),
            },
        };
        let elapsed = started.elapsed().as_secs_f64();
        match outcome {
            Ok(()) => println!("<== {} ok in {elapsed:.1}s", step.name),
            Err(why) => bail!("ci step `{}` failed after {elapsed:.1}s: {why}", step.name),
        }
    }
    println!(
        "ci: all {} steps passed in {:.1}s",
        STEPS.len(),
        total.elapsed().as_secs_f64()
    );
    Ok(())
}
