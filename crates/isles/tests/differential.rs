//! Differential test suite: runs `tests/python` programs under CPython 3.11 and `isles`, compares output.
//!
//! Every program is run under the reference `python3` and under the `isles` binary; stdout, stderr
//! and the exit code must match byte for byte, and a mismatch fails with a line diff.
//!
//! One libtest-mimic trial per program, named by its path relative to `tests/python` (for example
//! `basics/arith_int.py`), so `cargo test -p isles --test differential -- numbers/` runs a subset.
//!
//! Both interpreters run with the workspace root as the current directory and the program given as
//! the relative path `tests/python/...` (so tracebacks show the same `File "..."` line), with stdin
//! closed (null), `PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8` and a wall-clock timeout. A sidecar
//! `foo.args` next to `foo.py` holds whitespace-separated extra command-line arguments for both.
//!
//! Environment knobs:
//! - `ISLES_REFERENCE_PYTHON`: the reference interpreter (default `python3`).
//! - `ISLES_DIFF_TIMEOUT_SECS`: per-process timeout in seconds (default 20).

#![forbid(unsafe_code)]

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// The isles binary built by cargo for this test target.
const ISLES_BIN: &str = env!("CARGO_BIN_EXE_isles");

/// Default per-process timeout.
const DEFAULT_TIMEOUT_SECS: u64 = 20;

/// How long to keep reading a child's output pipes after it has exited.
const PIPE_GRACE: Duration = Duration::from_secs(5);

/// Lines of context around each hunk of the diff.
const DIFF_CONTEXT: usize = 3;

/// Diff lines printed per stream before the rest is elided.
const MAX_DIFF_LINES: usize = 200;

/// Python environment variables that would change the reference's behaviour or output; removed
/// from both children so a developer's shell settings cannot make the suite flaky.
const SCRUBBED_ENV: &[&str] = &[
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONSTARTUP",
    "PYTHONOPTIMIZE",
    "PYTHONDEBUG",
    "PYTHONVERBOSE",
    "PYTHONINSPECT",
    "PYTHONWARNINGS",
    "PYTHONUTF8",
    "PYTHONSAFEPATH",
    "PYTHONDEVMODE",
    "PYTHONFAULTHANDLER",
    "PYTHONTRACEMALLOC",
    "PYTHONNODEBUGRANGES",
    "PYTHONINTMAXSTRDIGITS",
    "PYTHONWARNDEFAULTENCODING",
    "PYTHONBREAKPOINT",
    "PYTHONASYNCIODEBUG",
    "PYTHONMALLOC",
    "PYTHONPLATLIBDIR",
];

/// Shared, read-only configuration of one run of the suite.
struct Config {
    /// Workspace root: the children's current directory.
    root: PathBuf,
    /// Reference interpreter command.
    python: OsString,
    /// `Err` with a readable explanation when the reference interpreter cannot be run at all.
    python_ok: Result<String, String>,
    /// Per-process timeout.
    timeout: Duration,
}

fn main() {
    let args = Arguments::from_args();

    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest_dir
        .parent()
        .and_then(Path::parent)
        .expect("CARGO_MANIFEST_DIR is crates/isles inside the workspace")
        .to_path_buf();
    let programs_dir = root.join("tests").join("python");

    let python = std::env::var_os("ISLES_REFERENCE_PYTHON").unwrap_or_else(|| "python3".into());
    let timeout = std::env::var("ISLES_DIFF_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    let python_ok = probe_python(&python);

    let config = Arc::new(Config {
        root,
        python,
        python_ok,
        timeout: Duration::from_secs(timeout),
    });

    let mut programs = Vec::new();
    if let Err(e) = collect_programs(&programs_dir, &mut programs) {
        eprintln!("differential: cannot read {}: {e}", programs_dir.display());
        std::process::exit(101);
    }
    programs.sort();

    let trials = programs
        .into_iter()
        .map(|rel| {
            let name = rel.clone();
            let config = Arc::clone(&config);
            Trial::test(name, move || run_trial(&config, &rel))
        })
        .collect();

    libtest_mimic::run(&args, trials).exit();
}

/// Checks once that the reference interpreter runs, returning its version line.
fn probe_python(python: &OsString) -> Result<String, String> {
    let shown = python.to_string_lossy();
    match Command::new(python)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
    {
        Ok(out) if out.status.success() => {
            let mut v = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if v.is_empty() {
                v = String::from_utf8_lossy(&out.stderr).trim().to_string();
            }
            Ok(v)
        }
        Ok(out) => Err(format!(
            "reference interpreter `{shown} --version` failed ({}): {}",
            describe_status(Some(out.status)),
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "reference interpreter `{shown}` not found on PATH: the differential suite needs \
             CPython 3.11 as `python3` (or set ISLES_REFERENCE_PYTHON to its path)"
        )),
        Err(e) => Err(format!("cannot run reference interpreter `{shown}`: {e}")),
    }
}

/// Recursively collects `*.py` files under `dir` (skipping `_modules` directories), as `/`-separated paths relative to `base`.
fn collect_programs(base: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            let ty = entry.file_type()?;
            if ty.is_dir() {
                // `_modules` directories hold modules the programs beside them import.
                if entry.file_name() != "_modules" {
                    walk(base, &path, out)?;
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                let rel = path.strip_prefix(base).expect("walked path is under base");
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    walk(base, base, out)
}

/// What one interpreter did with a program.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
}

fn run_trial(config: &Config, rel: &str) -> Result<(), Failed> {
    let python_version = match &config.python_ok {
        Ok(version) => version,
        Err(msg) => return Err(msg.clone().into()),
    };

    let program = format!("tests/python/{rel}");
    let args = read_args(&config.root, &program)?;

    let expected = run_program(config, &config.python, &program, &args).map_err(|e| {
        format!(
            "cannot run reference `{}`: {e}",
            config.python.to_string_lossy()
        )
    })?;
    if expected.timed_out {
        return Err(format!(
            "reference python3 timed out after {:?} on {program}: the test program itself is broken",
            config.timeout
        )
        .into());
    }

    let actual = run_program(config, ISLES_BIN.as_ref(), &program, &args)
        .map_err(|e| format!("cannot run isles binary {ISLES_BIN}: {e}"))?;

    let mut report = String::new();
    if actual.timed_out {
        let _ = writeln!(
            report,
            "isles timed out after {:?} (killed); partial output follows",
            config.timeout
        );
    }
    let status_same = !actual.timed_out
        && actual.status.map(|s| s.code()) == expected.status.map(|s| s.code())
        && actual.status.and_then(signal_of) == expected.status.and_then(signal_of);
    let stdout_same = actual.stdout == expected.stdout;
    let stderr_same = actual.stderr == expected.stderr;
    if status_same && stdout_same && stderr_same {
        return Ok(());
    }

    let _ = writeln!(report, "program: {program}");
    let _ = writeln!(
        report,
        "reference: {python_version} (the suite expects CPython 3.11)"
    );
    if !args.is_empty() {
        let _ = writeln!(report, "args: {args:?}");
    }
    let _ = writeln!(
        report,
        "exit status: python3 {} | isles {}{}",
        describe_status(expected.status),
        if actual.timed_out {
            "timeout, ".to_string()
        } else {
            String::new()
        },
        describe_status(actual.status),
    );
    let _ = writeln!(
        report,
        "stdout: {} | stderr: {}",
        if stdout_same { "same" } else { "DIFFERENT" },
        if stderr_same { "same" } else { "DIFFERENT" },
    );
    if !stdout_same {
        report.push_str(&stream_diff("stdout", &expected.stdout, &actual.stdout));
    }
    if !stderr_same {
        report.push_str(&stream_diff("stderr", &expected.stderr, &actual.stderr));
    }
    Err(report.into())
}

/// Reads the optional `.args` sidecar of `program` (relative to `root`).
fn read_args(root: &Path, program: &str) -> Result<Vec<String>, Failed> {
    let sidecar = root.join(program).with_extension("args");
    match std::fs::read_to_string(&sidecar) {
        Ok(text) => Ok(text.split_whitespace().map(str::to_owned).collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("cannot read {}: {e}", sidecar.display()).into()),
    }
}

/// Runs `interp program args...` in the workspace root with a timeout.
fn run_program(
    config: &Config,
    interp: &std::ffi::OsStr,
    program: &str,
    args: &[String],
) -> std::io::Result<Outcome> {
    let mut cmd = Command::new(interp);
    cmd.arg(program)
        .args(args)
        .current_dir(&config.root)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in SCRUBBED_ENV {
        cmd.env_remove(var);
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");

    let mut child = cmd.spawn()?;
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let deadline = Instant::now() + config.timeout;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            timed_out = true;
            let _ = child.kill();
            break child.wait().ok();
        }
        thread::sleep(Duration::from_millis(5));
    };

    // The readers end once every writer of the pipes is gone, which for a single-process
    // interpreter is as soon as it exits. A stray grandchild could keep a pipe open forever, so
    // wait only a little longer and then give up on that stream (its reader thread is detached).
    let grace = Instant::now() + PIPE_GRACE;
    while !(out_reader.is_finished() && err_reader.is_finished()) && Instant::now() < grace {
        thread::sleep(Duration::from_millis(5));
    }
    let collect = |reader: thread::JoinHandle<Vec<u8>>| {
        if reader.is_finished() {
            reader.join().unwrap_or_default()
        } else {
            b"<output pipe still held open after the process ended>".to_vec()
        }
    };
    let stdout = collect(out_reader);
    let stderr = collect(err_reader);
    Ok(Outcome {
        stdout,
        stderr,
        status,
        timed_out,
    })
}

#[cfg(unix)]
fn signal_of(status: ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_status: ExitStatus) -> Option<i32> {
    None
}

fn describe_status(status: Option<ExitStatus>) -> String {
    match status {
        None => "unknown".to_string(),
        Some(s) => match (s.code(), signal_of(s)) {
            (Some(code), _) => format!("exit code {code}"),
            (None, Some(sig)) => format!("killed by signal {sig}"),
            (None, None) => format!("{s}"),
        },
    }
}

/// A unified-style line diff of one stream, expected (`-`, python3) against actual (`+`, isles).
fn stream_diff(name: &str, expected: &[u8], actual: &[u8]) -> String {
    let exp_text = String::from_utf8_lossy(expected);
    let act_text = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp_text.split_inclusive('\n').collect();
    let act: Vec<&str> = act_text.split_inclusive('\n').collect();

    let mut out = String::new();
    let _ = writeln!(out, "--- {name} (expected, python3)");
    let _ = writeln!(out, "+++ {name} (actual, isles)");
    if exp == act {
        // Same text after lossy decoding: the bytes differ only in invalid UTF-8.
        let _ = writeln!(out, "(streams differ only in non-UTF-8 bytes)");
        let _ = writeln!(
            out,
            "expected bytes: {:?}",
            String::from_utf8_lossy(expected)
        );
        let _ = writeln!(out, "actual bytes:   {:?}", String::from_utf8_lossy(actual));
        return out;
    }

    let ops = diff_lines(&exp, &act);
    let mut printed = 0usize;
    for hunk in hunks(&ops, DIFF_CONTEXT) {
        let (e_start, e_len, a_start, a_len) = hunk_header(&ops[hunk.clone()]);
        let _ = writeln!(out, "@@ -{e_start},{e_len} +{a_start},{a_len} @@");
        for op in &ops[hunk] {
            if printed >= MAX_DIFF_LINES {
                let _ = writeln!(out, "... (diff truncated after {MAX_DIFF_LINES} lines)");
                return out;
            }
            printed += 1;
            let (tag, line) = match *op {
                Op::Same(i, _) => (' ', exp[i]),
                Op::Del(i) => ('-', exp[i]),
                Op::Ins(j) => ('+', act[j]),
            };
            out.push(tag);
            out.push_str(&show_line(line));
            out.push('\n');
            if !line.ends_with('\n') {
                out.push_str("\\ No newline at end of stream\n");
            }
        }
    }
    out
}

/// Makes invisible differences visible: control characters are escaped, `\r` shown, and trailing
/// spaces or tabs marked with `⏎` after them.
fn show_line(line: &str) -> String {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let mut s = String::with_capacity(body.len());
    for c in body.chars() {
        match c {
            '\t' => s.push('\t'),
            '\r' => s.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(s, "\\x{{{:02x}}}", c as u32);
            }
            c => s.push(c),
        }
    }
    if body.ends_with(' ') || body.ends_with('\t') {
        s.push('⏎');
    }
    s
}

/// One line of an edit script: equal (indices in both), deleted from expected, inserted in actual.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Same(usize, usize),
    Del(usize),
    Ins(usize),
}

/// Largest middle section (lines × lines) diffed with the quadratic LCS; anything bigger is shown
/// as a block replacement.
const MAX_LCS_CELLS: usize = 4_000_000;

/// Edit script turning `a` into `b`: common prefix/suffix trimmed, then an LCS on the middle.
fn diff_lines(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Same(i, i)).collect();
    let (n, m) = (am.len(), bm.len());
    if n.saturating_mul(m) > MAX_LCS_CELLS {
        ops.extend((0..n).map(|i| Op::Del(prefix + i)));
        ops.extend((0..m).map(|j| Op::Ins(prefix + j)));
    } else {
        // lcs[i][j] = LCS length of am[i..] and bm[j..].
        let w = m + 1;
        let mut lcs = vec![0u32; (n + 1) * w];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * w + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push(Op::Same(prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if j < m && (i == n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
                ops.push(Op::Ins(prefix + j));
                j += 1;
            } else {
                ops.push(Op::Del(prefix + i));
                i += 1;
            }
        }
        // Present deletions before insertions inside each changed run.
        let mut k = prefix;
        while k < ops.len() {
            if matches!(ops[k], Op::Same(..)) {
                k += 1;
                continue;
            }
            let start = k;
            while k < ops.len() && !matches!(ops[k], Op::Same(..)) {
                k += 1;
            }
            ops[start..k].sort_by_key(|op| match *op {
                Op::Del(i) => (0, i),
                Op::Ins(j) => (1, j),
                Op::Same(..) => unreachable!(),
            });
        }
    }
    let (a_off, b_off) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Same(a_off + k, b_off + k)));
    ops
}

/// Ranges of `ops` forming hunks: each change with up to `context` equal lines around it, merged
/// when they touch.
fn hunks(ops: &[Op], context: usize) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        if matches!(op, Op::Same(..)) {
            continue;
        }
        let start = k.saturating_sub(context);
        let end = (k + 1 + context).min(ops.len());
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

/// `(expected start, expected count, actual start, actual count)`, 1-based like `diff -u` (a side
/// with no lines in the hunk, which only happens when that whole stream is empty, reads `0,0`).
fn hunk_header(ops: &[Op]) -> (usize, usize, usize, usize) {
    let (mut e_first, mut a_first) = (None, None);
    let (mut e_len, mut a_len) = (0, 0);
    for op in ops {
        match *op {
            Op::Same(i, j) => {
                e_first.get_or_insert(i);
                a_first.get_or_insert(j);
                e_len += 1;
                a_len += 1;
            }
            Op::Del(i) => {
                e_first.get_or_insert(i);
                e_len += 1;
            }
            Op::Ins(j) => {
                a_first.get_or_insert(j);
                a_len += 1;
            }
        }
    }
    let e_start = e_first.map_or(0, |i| i + 1);
    let a_start = a_first.map_or(0, |j| j + 1);
    (e_start, e_len, a_start, a_len)
}
