//! The `isles` command line: argument handling, exit codes, and hostile input that must end
//! in a Python error, never a crash.

use std::process::{Command, Output};

fn isles(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_isles"))
        .args(args)
        .output()
        .expect("run isles")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dash_c_runs_code_and_sets_argv() {
    let out = isles(&["-c", "import sys\nprint(sys.argv, 6 * 7)", "a", "-x"]);
    assert_eq!(text(&out.stdout), "['-c', 'a', '-x'] 42\n");
    assert!(out.status.success());
}

#[test]
fn script_gets_its_arguments() {
    let dir = std::env::temp_dir().join(format!("isles-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("args.py");
    std::fs::write(&script, "import sys\nprint(len(sys.argv), sys.argv[1:])\n").unwrap();
    let out = isles(&[script.to_str().unwrap(), "one", "two words"]);
    assert_eq!(text(&out.stdout), "3 ['one', 'two words']\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_file_exits_2() {
    let out = isles(&["/nonexistent/dir/none.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(
        "can't open file '/nonexistent/dir/none.py': [Errno 2] No such file or directory"
    ));
}

#[test]
fn uncaught_exception_exits_1_with_traceback() {
    let out = isles(&["-c", "def f(n):\n    return 10 // n\nprint(f(0))"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: integer division or modulo by zero\n"
    );
}

#[test]
fn deeply_nested_source_is_a_recursion_error_not_a_crash() {
    for src in [
        format!("x = {}", vec!["1"; 100_000].join("+")),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(20_000)),
        format!("x = {}1{}", "[".repeat(5_000), "]".repeat(5_000)),
    ] {
        // Too long for one command-line argument: go through a file.
        let path = std::env::temp_dir().join(format!("isles-deep-{}.py", std::process::id()));
        std::fs::write(&path, &src).unwrap();
        let out = isles(&[path.to_str().unwrap()]);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(out.status.code(), Some(1), "stderr: {}", text(&out.stderr));
        let err = text(&out.stderr);
        assert!(
            err.contains("RecursionError") || err.contains("SyntaxError"),
            "unexpected report: {err}"
        );
    }
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    let out = isles(&["-c", "def f(n):\n    return f(n + 1)\nf(0)"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{err}"
    );
    assert!(
        err.contains("[Previous line repeated 996 more times]"),
        "{err}"
    );
}

/// Runs isles with `args`, the program text on its stdin.
fn isles_stdin(args: &[&str], program: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_isles"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run isles");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(program.as_bytes())
        .expect("write program");
    child.wait_with_output().expect("wait for isles")
}

#[test]
fn program_from_stdin_with_and_without_dash() {
    let program = "import sys\nprint(sys.argv, __file__ if '__file__' in dir() else None)\n";
    let plain = isles_stdin(&[], program);
    assert_eq!(text(&plain.stdout), "[''] <stdin>\n");
    let dash = isles_stdin(&["-", "a", "b"], program);
    assert_eq!(text(&dash.stdout), "['-', 'a', 'b'] <stdin>\n");
    let c = isles(&["-c", "print('__file__' in dir())"]);
    assert_eq!(text(&c.stdout), "False\n");
    assert!(dash.status.success());
}

/// Runs `program args` with `input` on stdin: (stdout, stderr, exit code).
fn interactive(program: &str, args: &[&str], input: &str) -> (String, String, Option<i32>) {
    use std::io::Write;
    let mut child = Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the prompt");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write the input");
    let out = child.wait_with_output().expect("wait for the prompt");
    (text(&out.stdout), text(&out.stderr), out.status.code())
}

/// Everything after the two banner lines (which name the runtime).
fn after_banner(stderr: &str) -> String {
    stderr.splitn(3, '\n').nth(2).unwrap_or("").to_string()
}

#[test]
fn interactive_prompt_matches_python3() {
    let input = "x = 6\nx * 7\nif x:\n    print('yes')\n\ndef f(n):\n    return n + 1\n\nf(x)\n\
                 1/0\n(1,\n 2)\nprint('a'); 5\n_\ny = [i for i in range(3)]\ny\nNone\n's'\n\
                 for i in range(2): print(i)\n\nclass C:\n    attr = 3\n\nC.attr\nundefined\n\
                 def broken(:\n@staticmethod\ndef g(): pass\n\nmatch = 4\nmatch\n'''a\nb'''\n\
                 raise SystemExit(4)\n";
    let (out, err, code) = interactive(env!("CARGO_BIN_EXE_isles"), &["-i"], input);
    let Ok(py) = Command::new("python3").arg("-V").output() else {
        return;
    };
    assert!(py.status.success());
    let (py_out, py_err, py_code) = interactive("python3", &["-i"], input);
    assert_eq!(out, py_out);
    assert_eq!(after_banner(&err), after_banner(&py_err));
    assert_eq!(code, py_code);
    assert_eq!(code, Some(4));
}

#[test]
fn interactive_after_a_script_sees_its_names() {
    let (out, err, code) = interactive(
        env!("CARGO_BIN_EXE_isles"),
        &["-i", "-c", "z = 40\nprint('ran')"],
        "z + 2\n",
    );
    assert_eq!(out, "ran\n42\n");
    assert!(err.ends_with(">>> >>> \n"), "{err:?}");
    assert_eq!(code, Some(0));
    let (out, err, _) = interactive(
        env!("CARGO_BIN_EXE_isles"),
        &["-i", "-c", "w = 1\n1/0"],
        "w\n",
    );
    assert_eq!(out, "1\n");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err:?}"
    );
    assert!(
        err.contains("ZeroDivisionError: division by zero\n>>> "),
        "{err:?}"
    );
}

/// On a terminal (a pseudo-terminal made by python3's `pty`), the prompt edits lines and
/// recalls history: the up arrow brings back `x * 7`, which runs again.
#[test]
fn terminal_prompt_has_line_editing_and_history() {
    const DRIVER: &str = r#"
import os, pty, sys, time, select
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1]])
out = b""
def prompts():
    return out.count(b">>> ") + out.count(b"... ")
def wait_for_more(before, limit=20.0):
    # Reads until a new prompt has appeared and the terminal has been quiet for a moment.
    global out
    end = time.time() + limit
    quiet_since = time.time()
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                out += os.read(fd, 4096)
            except OSError:
                return
            quiet_since = time.time()
        elif prompts() > before and time.time() - quiet_since > 0.2:
            return
wait_for_more(0)
for line in [b"x = 6\r", b"x * 7\r", b"\x1b[A\r", b"if x:\r", b"  print('yes')\r", b"\r"]:
    before = prompts()
    os.write(fd, line)
    wait_for_more(before)
os.write(fd, b"\x04")
try:
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        out += chunk
except OSError:
    pass
os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors="replace"))
"#;
    let Ok(out) = Command::new("python3")
        .args(["-c", DRIVER, env!("CARGO_BIN_EXE_isles")])
        .output()
    else {
        return;
    };
    let s = text(&out.stdout);
    assert_eq!(s.matches("42").count(), 2, "{s:?}");
    assert!(s.contains("yes"), "{s:?}");
}

/// Runs `prog` with `-c` under `sh` with SIGINT ignored from the start; the shell sends the
/// process a SIGINT 0.3 s in (the program sleeps past it).
fn with_sigint_ignored(exe: &str, prog: &str) -> Option<Output> {
    let script = format!("trap '' INT; (sleep 0.3; kill -INT $$) & exec \"{exe}\" -c '{prog}'");
    Command::new("sh").args(["-c", &script]).output().ok()
}

/// CPython leaves a SIGINT ignored at start-up alone: getsignal says SIG_IGN and Ctrl-C
/// does nothing. The CLI must not install its handler over it.
#[test]
fn sigint_ignored_at_start_stays_ignored() {
    let prog = "import signal, time\nprint(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)\ntime.sleep(0.8)\nprint(\"still here\")";
    let Some(out) = with_sigint_ignored(env!("CARGO_BIN_EXE_isles"), prog) else {
        return;
    };
    assert_eq!(text(&out.stdout), "True\nstill here\n");
    assert!(
        out.status.success(),
        "{:?} {}",
        out.status,
        text(&out.stderr)
    );
    if let Some(py) = with_sigint_ignored("python3", prog) {
        assert_eq!(text(&py.stdout), text(&out.stdout));
    }
}
