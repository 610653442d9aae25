//! The `leaks` command: runs the release `isles` CLI under valgrind's memcheck on a workload
//! that creates, uses and closes many interpreters (`leaks_workload.py`), and fails on any
//! definitely or indirectly lost block (or any memory error). Part of `cargo xtask ci`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

const WORKLOAD: &str = include_str!("leaks_workload.py");

/// The whole run takes about 15 s on a quiet machine; past this something is stuck.
const LIMIT: Duration = Duration::from_secs(600);

fn have_valgrind() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Installs valgrind with apt when it is missing and apt is there (CI images run as root).
fn ensure_valgrind() -> Result<()> {
    if have_valgrind() {
        return Ok(());
    }
    println!("leaks: valgrind not found; trying `apt-get install -y valgrind`");
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    let _ = apt(&["update", "-q"]) && apt(&["install", "-y", "-q", "valgrind"]);
    if !have_valgrind() {
        bail!(
            "valgrind is required for the leak check and could not be installed; \
             install it (e.g. `apt-get install valgrind`) and rerun"
        );
    }
    Ok(())
}

pub fn run(manifest: &Path) -> Result<bool> {
    let root = manifest.parent().context("manifest path has no parent")?;
    ensure_valgrind()?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // Without the default `mimalloc` feature: valgrind sees only allocations made through
    // the system malloc. A target directory of its own keeps the ordinary build untouched.
    let built = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "-p",
            "isles",
            "--bin",
            "isles",
            "--no-default-features",
            "--target-dir",
            "target/leaks",
        ])
        .current_dir(root)
        .status()
        .context("cannot start cargo build")?;
    if !built.success() {
        bail!("building the isles binary failed");
    }
    let dir = root.join("target/xtask-leaks");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let script = dir.join("workload.py");
    std::fs::write(&script, WORKLOAD).with_context(|| format!("writing {}", script.display()))?;

    let started = Instant::now();
    let mut child = Command::new("valgrind")
        .args([
            "--tool=memcheck",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect",
            "--error-exitcode=1",
            "--num-callers=30",
        ])
        .arg(root.join("target/leaks/release/isles"))
        .arg(&script)
        .current_dir(root)
        .spawn()
        .context("cannot start valgrind")?;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            bail!("valgrind run still going after {LIMIT:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let secs = started.elapsed().as_secs_f64();
    if status.success() {
        println!("leaks: no leaks or memory errors under valgrind ({secs:.1}s)");
        Ok(true)
    } else {
        println!(
            "leaks: valgrind reported leaked blocks or memory errors ({status}, {secs:.1}s); \
             see its report above"
        );
        Ok(false)
    }
}
