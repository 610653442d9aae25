//! Python programs using the interpreters API, checked against expected output files
//! (`tests/interpreters/NAME.py` with `NAME.out`): CPython 3.11 has no such module to compare
//! with, so the expected text was checked by hand against PEP 734 and CPython 3.13.

use std::path::Path;
use std::process::Command;

fn check(name: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tests/interpreters").join(format!("{name}.py"));
    let expected = std::fs::read_to_string(script.with_extension("out")).expect("expected output");
    let out = Command::new(env!("CARGO_BIN_EXE_isles"))
        .arg(&script)
        .output()
        .expect("run isles");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "stderr of {name}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "stdout of {name}");
    assert!(out.status.success());
}

#[test]
fn basics() {
    check("basics");
}
