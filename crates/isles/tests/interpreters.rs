//! Python programs using the interpreters and threading APIs, checked against expected output
//! files (`tests/interpreters/NAME.py` with `NAME.out`). CPython 3.11 has no
//! `concurrent.interpreters` to compare with; the expected text was checked by hand against
//! PEP 734, and every program not marked `# python3.13: skip` is also run under CPython
//! 3.13's `test.support.interpreters` (through `py313_shim.py`), whose stdout must be the same
//! `.out` file. Without a `python3.13` the 3.13 half is skipped with a note.

use std::path::{Path, PathBuf};
use std::process::Command;

fn check(name: &str) {
    check_with(name, true)
}

/// CPython 3.13: `python3.13` on the PATH, `$ISLES_PYTHON313`, or a pyenv install.
fn python313() -> Option<PathBuf> {
    let ok = |p: &Path| {
        Command::new(p)
            .args(["-c", "import test.support.interpreters"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let mut candidates = vec![PathBuf::from("python3.13")];
    if let Some(p) = std::env::var_os("ISLES_PYTHON313") {
        candidates.insert(0, PathBuf::from(p));
    }
    if let Some(home) = std::env::var_os("HOME") {
        let versions = Path::new(&home).join(".pyenv/versions");
        if let Ok(dir) = std::fs::read_dir(versions) {
            for e in dir.flatten() {
                if e.file_name().to_string_lossy().starts_with("3.13") {
                    candidates.push(e.path().join("bin/python3.13"));
                }
            }
        }
    }
    candidates.into_iter().find(|p| ok(p))
}

/// Runs the program under CPython 3.13 and compares its stdout with the same `.out`.
fn check_313(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/interpreters");
    let script = dir.join(format!("{name}.py"));
    let source = std::fs::read_to_string(&script).expect("program");
    if source.starts_with("# python3.13: skip") {
        return;
    }
    let Some(py) = python313() else {
        println!("note: python3.13 not found; {name}.py not compared with CPython 3.13");
        return;
    };
    let expected = std::fs::read_to_string(script.with_extension("out")).expect("expected output");
    let out = Command::new(py)
        .arg(dir.join("py313_shim.py"))
        .arg(&script)
        .output()
        .expect("run python3.13");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected,
        "python3.13's stdout of {name} (stderr: {})",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn check_with(name: &str, empty_stderr: bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tests/interpreters").join(format!("{name}.py"));
    let expected = std::fs::read_to_string(script.with_extension("out")).expect("expected output");
    let out = Command::new(env!("CARGO_BIN_EXE_isles"))
        .arg(&script)
        .output()
        .expect("run isles");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if empty_stderr {
        assert_eq!(stderr, "", "stderr of {name}");
    } else {
        assert!(
            stderr.starts_with("Exception in thread Bad:\nTraceback (most recent call last):\n"),
            "{stderr}"
        );
        assert!(
            stderr.ends_with("    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n"),
            "{stderr}"
        );
    }
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected,
        "stdout of {name}"
    );
    assert!(out.status.success());
}

#[test]
fn basics() {
    check("basics");
    check_313("basics");
}

#[test]
fn v314_only() {
    check("v314");
    check_313("v314");
}

#[test]
fn threads() {
    // The one thread that fails reports on stderr; its frames in the bundled threading
    // module differ from CPython's, so only stdout is compared.
    check_with("threads", false);
    check_313("threads");
}

#[test]
fn execution_failed_excinfo_and_busy_or_closed_errors() {
    check("excinfo");
    check_313("excinfo");
}

#[test]
fn v314_queue_by_id_unbounditems_and_main_running() {
    check("v314_api");
}

#[test]
fn own_gil_per_interpreter_released_around_waits() {
    check("gil");
    check_313("gil");
}

#[test]
fn isolation_of_sys_modules_builtins_main_and_nested_interpreters() {
    check("isolation_all");
    check_313("isolation_all");
}

#[test]
fn close_waits_for_non_daemon_threads() {
    check("close_waits");
    check_313("close_waits");
}

#[test]
fn exec_of_a_function_or_code_object() {
    check("exec_callable");
    check_313("exec_callable");
}

#[test]
fn closing_while_another_thread_runs_code_in_it() {
    check("close_race");
}

#[test]
fn pep554_channels() {
    check("channels");
}

#[test]
fn queues() {
    check("queues");
    check_313("queues");
}

#[test]
fn queue_identity_and_lazy_isolation() {
    check("identity");
    check_313("identity");
}

#[test]
fn builtin_classes_are_per_interpreter() {
    check("isolation");
}

#[test]
fn seeds_pep554_examples() {
    check("seeds");
}

#[test]
fn interpreter_pool_executor() {
    check("pool");
}

#[test]
fn native_modules_and_panics() {
    // The panics print Rust's panic message on stderr; only stdout is compared.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tests/interpreters/native.py");
    let expected = std::fs::read_to_string(script.with_extension("out")).expect("expected output");
    let out = Command::new(env!("CARGO_BIN_EXE_isles"))
        .arg(&script)
        .output()
        .expect("run isles");
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
    assert!(out.status.success());
}
