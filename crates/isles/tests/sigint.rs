//! SIGINT while the CLI runs Python code: CPython's KeyboardInterrupt traceback, then death
//! by SIGINT (a shell reports exit status 130), as `python3` does; `time.sleep` wakes for it.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

fn interrupt(source: &str, signals: usize) -> (String, String, std::process::ExitStatus) {
    let dir = std::env::temp_dir().join(format!("isles-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("prog{signals}.py"));
    std::fs::write(&path, source).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_isles"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn isles");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("first line");
    for _ in 0..signals {
        std::thread::sleep(Duration::from_millis(300));
        let ok = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(ok.success());
    }
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    let _ = std::fs::remove_file(&path);
    (
        first + &rest,
        err.replace(&path.display().to_string(), "PROG"),
        status,
    )
}

#[test]
fn sigint_in_a_loop_prints_keyboard_interrupt_and_dies_of_sigint() {
    let (out, err, status) = interrupt(
        "def work():\n    n = 0\n    while True:\n        n += 1\nprint('start', flush=True)\nwork()\n",
        1,
    );
    assert_eq!(out, "start\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"PROG\", line 6, in <module>\n    work()\n  \
         File \"PROG\", line 3, in work\n    while True:\nKeyboardInterrupt\n"
    );
    assert_eq!(status.signal(), Some(2), "{status:?}");
}

#[test]
fn sigint_wakes_sleep_and_can_be_caught() {
    let (out, err, status) = interrupt(
        "import time\nprint('start', flush=True)\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    \
         print('caught', flush=True)\nfor i in range(10**10):\n    pass\n",
        2,
    );
    assert_eq!(out, "start\ncaught\n");
    assert!(err.ends_with("    pass\nKeyboardInterrupt\n"), "{err}");
    assert_eq!(status.signal(), Some(2), "{status:?}");
}
