//! Python programs using the interpreters and threading APIs, checked against expected output
//! files (`tests/interpreters/NAME.py` with `NAME.out`). CPython 3.11 has no
//! `concurrent.interpreters` to compare with, so that expected text was checked by hand
//! against PEP 734 and CPython 3.13; `threads.out` is what python3 prints on stdout.

use std::path::Path;
use std::process::Command;

fn check(name: &str) {
    check_with(name, true)
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
}

#[test]
fn threads() {
    // The one thread that fails reports on stderr; its frames in the bundled threading
    // module differ from CPython's, so only stdout is compared.
    check_with("threads", false);
}

#[test]
fn queues() {
    check("queues");
}

#[test]
fn seeds_pep554_examples() {
    check("seeds");
}
