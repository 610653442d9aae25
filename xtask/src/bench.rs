//! `cargo xtask bench`: the Python workloads in `benches/python/` under `python3` and `isles`
//! (single-thread speed), and `--scaling`: N copies of one job in N interpreters or N threads.
//!
//! Runs alternate between the two interpreters so that a slow phase of a shared machine hurts
//! both sides alike; the table reports medians and the min-max spread so noise stays visible.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// Options of the single-thread comparison.
pub struct Options {
    /// Only workloads whose file stem contains one of these (all when empty).
    pub filter: Vec<String>,
    /// Timed runs per interpreter and workload.
    pub runs: usize,
    /// Untimed runs per interpreter before the timed ones (the first also checks the output).
    pub warmup: usize,
    /// The reference interpreter.
    pub python: String,
    /// Skip `cargo build --release`.
    pub no_build: bool,
    /// An `isles` binary to time instead of `target/release/isles` (implies no build).
    pub isles: Option<PathBuf>,
    /// Where to write the table; `None` writes `benches/results/latest.md` for a full run and
    /// nothing for a filtered one (so a partial table never replaces the full one).
    pub output: Option<PathBuf>,
    /// Per-run time limit.
    pub timeout: Duration,
}

/// Options of the multi-core scaling run.
pub struct ScalingOptions {
    /// Largest number of copies (default: the core count, at most 16).
    pub max_n: Option<usize>,
    /// Batches per N (the median is reported).
    pub runs: usize,
    /// CPython with subinterpreters (3.13); found on PATH or under pyenv when not given.
    pub python313: Option<String>,
    pub no_build: bool,
}

/// What one process run gave.
struct RunOutcome {
    /// Wall time, spawn to exit.
    secs: f64,
    /// User + system CPU time of the process (from bash's `time`), when it could be read.
    cpu: Option<f64>,
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn root_of(manifest: &Path) -> Result<PathBuf> {
    Ok(manifest
        .parent()
        .context("manifest path has no parent")?
        .to_path_buf())
}

fn build_release(root: &Path) -> Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building isles (release)...");
    let status = Command::new(cargo)
        .args(["build", "--release", "-p", "isles", "--bin", "isles"])
        .current_dir(root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release failed");
    }
    Ok(())
}

/// The marker of the CPU-time line that bash's `time` appends to stderr.
const CPU_MARK: &str = "@@isles-bench-cpu ";

/// Runs `program args` in `dir` with a time limit; the wall time covers spawn to exit. The
/// program runs under bash's `time` keyword, which reports its CPU time on a shared machine
/// where wall time depends on the other load.
fn run_timed(program: &Path, args: &[&Path], dir: &Path, timeout: Duration) -> Result<RunOutcome> {
    let start = Instant::now();
    let script = format!("TIMEFORMAT='{CPU_MARK}%3U %3S'; time \"$0\" \"$@\"");
    let child = Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {}", program.display()))?;
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    // The waiting thread drains both pipes, so a chatty failure cannot block on a full pipe.
    std::thread::spawn(move || {
        let out = child.wait_with_output();
        let _ = tx.send((out, start.elapsed()));
    });
    match rx.recv_timeout(timeout) {
        Ok((out, elapsed)) => {
            let out = out.context("waiting for the workload")?;
            let (stderr, cpu) = split_cpu(out.stderr);
            Ok(RunOutcome {
                secs: elapsed.as_secs_f64(),
                cpu,
                status: out.status.code(),
                stdout: out.stdout,
                stderr,
            })
        }
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            let _ = rx.recv();
            Ok(RunOutcome {
                secs: timeout.as_secs_f64(),
                cpu: None,
                status: None,
                stdout: Vec::new(),
                stderr: format!("timed out after {} s", timeout.as_secs()).into_bytes(),
            })
        }
    }
}

/// Takes the CPU-time line off the end of stderr: (the program's own stderr, user + sys).
fn split_cpu(stderr: Vec<u8>) -> (Vec<u8>, Option<f64>) {
    let text = String::from_utf8_lossy(&stderr);
    let Some(pos) = text.rfind(CPU_MARK) else {
        return (stderr, None);
    };
    let cpu = text[pos + CPU_MARK.len()..]
        .split_whitespace()
        .map(|t| t.parse::<f64>().ok())
        .try_fold(0.0, |acc, t| t.map(|t| acc + t));
    let own = text[..pos].as_bytes().to_vec();
    (own, cpu)
}

/// Path of a program named on PATH (or given as a path), for spawning from any directory.
fn which(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        let p = PathBuf::from(program);
        return p.exists().then_some(p);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
    })
}

/// The interpreter's own binary, as its `sys.executable` names it. A pyenv shim is a shell
/// script that finds and re-executes the real binary; timed through the shim, python3 was
/// charged about 50 ms of the shim's own CPU time a run.
fn real_executable(program: &Path) -> PathBuf {
    Command::new(program)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| program.to_path_buf())
}

/// Whether `program -c pass` runs (a pyenv shim for an inactive version exists but fails).
fn runs_ok(program: &Path) -> bool {
    Command::new(program)
        .args(["-c", "pass"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn stats(times: &[f64]) -> (f64, f64, f64) {
    let mut t = times.to_vec();
    t.sort_by(f64::total_cmp);
    let n = t.len();
    let median = if n % 2 == 1 {
        t[n / 2]
    } else {
        (t[n / 2 - 1] + t[n / 2]) / 2.0
    };
    (median, t[0], t[n - 1])
}

fn last_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    line.trim()
        .chars()
        .take(90)
        .collect::<String>()
        .replace('|', "/")
}

fn shell_line(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .ok()
        .map(|o| {
            let mut s = String::from_utf8_lossy(&o.stdout).trim().to_owned();
            if s.is_empty() {
                s = String::from_utf8_lossy(&o.stderr).trim().to_owned();
            }
            s
        })
        .unwrap_or_default()
}

/// Lines describing where and when the numbers were taken.
fn environment(root: &Path, python: &Path) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let commit = shell_line(
        "git",
        &[
            "-C",
            &root.to_string_lossy(),
            "rev-parse",
            "--short",
            "HEAD",
        ],
    );
    let date = shell_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
    let pyver = shell_line(&python.to_string_lossy(), &["--version"]);
    format!(
        "- date: {date}; commit: {commit} (plus uncommitted changes, if any)\n\
         - machine: {cpu}, {cores} cores; load average at start: {load}\n\
         - reference: {pyver} ({})\n",
        python.display()
    )
}

fn workloads(root: &Path, filter: &[String]) -> Result<Vec<PathBuf>> {
    let dir = root.join("benches/python");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.extension().is_some_and(|e| e == "py")
            && (filter.is_empty() || filter.iter().any(|f| stem.contains(f.as_str())))
        {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

struct Row {
    name: String,
    python: (f64, f64, f64),
    isles: Option<(f64, f64, f64)>,
    /// python3 / isles on wall-time medians, for comparison with the CPU-time ratio.
    wall_ratio: Option<f64>,
    note: String,
}

/// `cargo xtask bench`: returns false when a workload failed or its outputs differed.
pub fn run(manifest: &Path, opts: &Options) -> Result<bool> {
    let root = root_of(manifest)?;
    if !opts.no_build && opts.isles.is_none() {
        build_release(&root)?;
    }
    let isles = match &opts.isles {
        Some(p) => std::path::absolute(p)?,
        None => root.join("target/release/isles"),
    };
    let python = which(&opts.python)
        .map(|p| real_executable(&p))
        .with_context(|| format!("{} not found", opts.python))?;
    let files = workloads(&root, &opts.filter)?;
    if files.is_empty() {
        bail!("no workload in benches/python matches {:?}", opts.filter);
    }
    let env = environment(&root, &python);
    let runs = opts.runs.max(1);
    let mut rows = Vec::new();
    for file in &files {
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = file.parent().unwrap_or(&root);
        let arg = [file.as_path()];
        eprint!("{name:<12} ");
        let want = run_timed(&python, &arg, dir, opts.timeout)?;
        if want.status != Some(0) {
            eprintln!("python3 failed");
            rows.push(Row {
                name,
                python: (want.secs, want.secs, want.secs),
                isles: None,
                wall_ratio: None,
                note: format!("python3 failed: {}", last_line(&want.stderr)),
            });
            continue;
        }
        let check = |got: &RunOutcome| -> Option<String> {
            if got.status != Some(0) {
                Some(format!("isles failed: {}", last_line(&got.stderr)))
            } else if got.stdout != want.stdout {
                Some("output differs from python3".into())
            } else {
                None
            }
        };
        let first = run_timed(&isles, &arg, dir, opts.timeout)?;
        if let Some(note) = check(&first) {
            eprintln!("{note}");
            rows.push(Row {
                name,
                python: (want.secs, want.secs, want.secs),
                isles: None,
                wall_ratio: None,
                note,
            });
            continue;
        }
        for _ in 1..opts.warmup {
            run_timed(&python, &arg, dir, opts.timeout)?;
            run_timed(&isles, &arg, dir, opts.timeout)?;
        }
        let (mut tp, mut ti, mut wp, mut wi) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut note = String::new();
        for _ in 0..runs {
            let p = run_timed(&python, &arg, dir, opts.timeout)?;
            let got = run_timed(&isles, &arg, dir, opts.timeout)?;
            if let Some(n) = check(&got) {
                note = n;
                break;
            }
            tp.push(p.cpu.unwrap_or(p.secs));
            ti.push(got.cpu.unwrap_or(got.secs));
            wp.push(p.secs);
            wi.push(got.secs);
            eprint!(".");
        }
        let row = Row {
            name,
            python: if tp.is_empty() {
                (want.secs, want.secs, want.secs)
            } else {
                stats(&tp)
            },
            isles: note.is_empty().then(|| stats(&ti)),
            wall_ratio: (!wi.is_empty()).then(|| stats(&wp).0 / stats(&wi).0),
            note,
        };
        match row.isles {
            Some(i) => eprintln!(" {:.2}x", row.python.0 / i.0),
            None => eprintln!(" {}", row.note),
        }
        rows.push(row);
    }
    let table = render(&rows, runs, opts.warmup, &env);
    println!("{table}");
    let out = match &opts.output {
        Some(p) => Some(p.clone()),
        None if opts.filter.is_empty() => Some(root.join("benches/results/latest.md")),
        None => None,
    };
    if let Some(path) = out {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &table).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    Ok(rows.iter().all(|r| r.isles.is_some()))
}

fn render(rows: &[Row], runs: usize, warmup: usize, env: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Single-thread speed: python3 vs isles\n");
    let _ = writeln!(
        s,
        "`cargo xtask bench`: {warmup} warm-up run(s) then {runs} timed runs of each \
         interpreter, alternating. Times are the CPU time (user + sys) of the whole process in \
         seconds, start-up included: on a shared machine wall time mostly measures the other \
         load. Ratio = python3 / isles (above 1: isles is faster); the wall-time ratio is \
         shown for comparison.\n"
    );
    s.push_str(env);
    s.push('\n');
    let _ = writeln!(
        s,
        "| workload | python3 median | isles median | ratio | python3 min-max | isles min-max | wall ratio | note |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---|");
    let mut logs = Vec::new();
    for r in rows {
        let (pm, plo, phi) = r.python;
        match r.isles {
            Some((im, ilo, ihi)) => {
                let ratio = pm / im;
                logs.push(ratio.ln());
                let wall = r.wall_ratio.map_or("-".into(), |w| format!("{w:.2}"));
                let _ = writeln!(
                    s,
                    "| {} | {pm:.3} | {im:.3} | {ratio:.2} | {plo:.3}-{phi:.3} | {ilo:.3}-{ihi:.3} | {wall} | {} |",
                    r.name, r.note
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    "| {} | {pm:.3} | - | - | - | - | - | {} |",
                    r.name, r.note
                );
            }
        }
    }
    if !logs.is_empty() {
        let geo = (logs.iter().sum::<f64>() / logs.len() as f64).exp();
        let failed = rows.len() - logs.len();
        let _ = writeln!(
            s,
            "\nGeometric mean of python3/isles over {} workloads: **{geo:.2}**{}",
            logs.len(),
            if failed > 0 {
                format!(" ({failed} workload(s) not counted: see notes)")
            } else {
                String::new()
            }
        );
    }
    s
}

/// CPython with `test.support.interpreters`, or `None`.
fn find_python313(given: Option<&str>) -> Option<PathBuf> {
    if let Some(p) = given {
        return which(p);
    }
    if let Some(p) = which("python3.13").filter(|p| runs_ok(p)) {
        return Some(p);
    }
    let home = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")))?;
    let mut versions: Vec<PathBuf> = std::fs::read_dir(home.join("versions"))
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("3.13"))
        })
        .collect();
    versions.sort();
    versions
        .into_iter()
        .rev()
        .map(|v| v.join("bin/python3.13"))
        .find(|p| runs_ok(p))
}

/// Median batch (wall time, CPU time) per N, N = 1, 2, ...
type Series = Vec<(f64, f64)>;

/// One [`Series`] from one run of `benches/python/scaling/scaling.py`.
fn scaling_series(
    program: &Path,
    script: &Path,
    mode: &str,
    max_n: usize,
    runs: usize,
) -> Result<Series> {
    let dir = script.parent().context("scaling script has a directory")?;
    let out = Command::new(program)
        .arg(script)
        .args([mode, &max_n.to_string(), &runs.to_string()])
        .current_dir(dir)
        .output()
        .with_context(|| format!("running {}", program.display()))?;
    if !out.status.success() {
        bail!("{} {mode}: {}", program.display(), last_line(&out.stderr));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut times = Vec::new();
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let (Some(_n), Some(t), Some(_min), Some(_max), Some(cpu)) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            continue;
        };
        let num = |x: &str| {
            x.parse::<f64>()
                .with_context(|| format!("bad line {line:?}"))
        };
        times.push((num(t)?, num(cpu)?));
    }
    if times.len() != max_n {
        bail!(
            "{} {mode}: expected {max_n} lines, got {text:?}",
            program.display()
        );
    }
    Ok(times)
}

/// `cargo xtask bench --scaling`: writes `benches/results/scaling.md`.
pub fn run_scaling(manifest: &Path, opts: &ScalingOptions) -> Result<bool> {
    let root = root_of(manifest)?;
    if !opts.no_build {
        build_release(&root)?;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let max_n = opts.max_n.unwrap_or(cores.min(16)).clamp(1, 64);
    let runs = opts.runs.max(1);
    let isles = root.join("target/release/isles");
    let script = root.join("benches/python/scaling/scaling.py");
    let mut series: Vec<(String, Result<Series>)> = Vec::new();
    eprintln!("isles, N interpreters...");
    series.push((
        "isles: N interpreters".into(),
        scaling_series(&isles, &script, "interps", max_n, runs),
    ));
    eprintln!("isles, N threads of one interpreter...");
    series.push((
        "isles: N threads, one interpreter".into(),
        scaling_series(&isles, &script, "threads", max_n, runs),
    ));
    let py313 = find_python313(opts.python313.as_deref()).map(|p| real_executable(&p));
    match &py313 {
        Some(p) => {
            eprintln!("{}: subinterpreters and threads...", p.display());
            series.push((
                "CPython 3.13: N subinterpreters".into(),
                scaling_series(p, &script, "interps", max_n, runs),
            ));
            series.push((
                "CPython 3.13: N threads".into(),
                scaling_series(p, &script, "threads", max_n, runs),
            ));
        }
        None => eprintln!("no python3.13 found: CPython subinterpreters skipped"),
    }
    let env = environment(
        &root,
        &py313.clone().unwrap_or_else(|| PathBuf::from("python3")),
    );
    let mut s = String::new();
    let _ = writeln!(s, "# Multi-core scaling\n");
    let _ = writeln!(
        s,
        "`cargo xtask bench --scaling`: N copies of the job in `benches/python/scaling/job.py` \
         started at once, each in its own interpreter (driven from its own thread) or each in a \
         thread of one interpreter. Time: median wall time of the batch over {runs} runs, in \
         seconds. Efficiency = time(1 copy) / time(N copies); 1.00 is perfect scaling, 1/N is \
         none. CPU eff. = N x CPU time(1 copy) / CPU time(N copies) (process CPU time, median): \
         1.00 when the copies do not slow each other down, whatever else the machine runs; \
         wall-time efficiency also needs N idle cores.\n"
    );
    s.push_str(&env);
    s.push('\n');
    let mut header = String::from("| N |");
    let mut rule = String::from("|---:|");
    for (name, _) in &series {
        let _ = write!(header, " {name}: time | eff. | CPU eff. |");
        rule.push_str("---:|---:|---:|");
    }
    let _ = writeln!(s, "{header}\n{rule}");
    for n in 1..=max_n {
        let _ = write!(s, "| {n} |");
        for (_, times) in &series {
            match times {
                Ok(t) => {
                    let (wall, cpu) = t[n - 1];
                    let _ = write!(
                        s,
                        " {wall:.3} | {:.2} | {:.2} |",
                        t[0].0 / wall,
                        n as f64 * t[0].1 / cpu
                    );
                }
                Err(_) => s.push_str(" - | - | - |"),
            }
        }
        s.push('\n');
    }
    let mut ok = true;
    for (name, times) in &series {
        if let Err(e) = times {
            ok = false;
            let _ = writeln!(s, "\n{name} failed: {e:#}");
        }
    }
    println!("{s}");
    let path = root.join("benches/results/scaling.md");
    std::fs::create_dir_all(root.join("benches/results"))?;
    std::fs::write(&path, &s).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(ok)
}
