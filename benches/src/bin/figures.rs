//! Prints the interpreters-core figures of issue 3, with CPython 3.13's where it has the same
//! operation (its `test.support.interpreters`), medians of repeated runs (and, for isles, the
//! fastest run in brackets):
//! `cargo run --release -p isles-benches --bin figures [path/to/isles]`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use isles_benches::{Echo, create_close, idle_interpreter_bytes, median, median_min, runtime};

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn us2((med, min): (Duration, Duration)) -> String {
    format!("{} (min {})", us(med), us(min))
}

/// CPython 3.13 runs the same operations; prints "name seconds" lines.
const PY313: &str = r#"
import time, threading
import test.support.interpreters as I
import test.support.interpreters.queues
def med(xs):
    xs = sorted(xs); return xs[len(xs) // 2]
def per(n, f):
    t = time.perf_counter(); f(); return (time.perf_counter() - t) / n
def cc():
    for _ in range(20):
        I.create().close()
print("create_close", med([per(20, cc) for _ in range(7)]))
i = I.create()
def ex():
    for _ in range(200):
        i.exec("x = 1")
print("exec_tiny", med([per(200, ex) for _ in range(7)]))
a, b = I.create_queue(), I.create_queue()
e = I.create()
e.exec("import test.support.interpreters.queues")
e.prepare_main(inbox=a, outbox=b)
t = threading.Thread(target=e.exec, args=("while True:\n    x = inbox.get()\n    if x is None:\n        break\n    outbox.put(x)\n",))
t.start()
def rt(v, n):
    def f():
        for _ in range(n):
            a.put(v)
            b.get()
    return f
print("queue_int", med([per(20, rt(1, 20)) for _ in range(5)]))
big = b"x" * (1 << 20)
print("queue_1mib", med([per(20, rt(big, 20)) for _ in range(5)]))
a.put(None)
t.join()
"#;

/// The interpreter's own binary (its `sys.executable`): a pyenv shim would add its shell
/// script's start-up, about 50 ms, to python3's.
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

fn python313() -> Option<PathBuf> {
    let mut c = vec![PathBuf::from("python3.13")];
    if let Some(home) = std::env::var_os("HOME")
        && let Ok(d) = std::fs::read_dir(PathBuf::from(home).join(".pyenv/versions"))
    {
        for e in d.flatten() {
            if e.file_name().to_string_lossy().starts_with("3.13") {
                c.push(e.path().join("bin/python3.13"));
            }
        }
    }
    c.into_iter()
        .find(|p| {
            Command::new(p)
                .args(["-c", "import test.support.interpreters"])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(|p| real_executable(&p))
}

fn startup(cmd: &[&str], runs: usize) -> Option<Duration> {
    let (prog, args) = cmd.split_first()?;
    Command::new(prog).args(args).output().ok()?;
    Some(median(runs, || {
        let t = Instant::now();
        let _ = Command::new(prog).args(args).output();
        t.elapsed()
    }))
}

fn main() {
    let rt = runtime();
    println!("isles (this process):");
    let cc = median_min(15, || {
        let t = Instant::now();
        for _ in 0..50 {
            create_close(&rt);
        }
        t.elapsed() / 50
    });
    println!("  interpreter create + close        {}", us2(cc));
    let i = rt.create_interpreter(isles::InterpConfig::default());
    let ex = median_min(15, || {
        let t = Instant::now();
        for _ in 0..500 {
            i.exec("x = 1").expect("exec");
        }
        t.elapsed() / 500
    });
    println!("  exec of `x = 1`                   {}", us2(ex));
    i.close();
    let echo = Echo::new(&rt);
    echo.round_trips("payload", 1000);
    let qi = median_min(9, || echo.round_trips("payload", 2000));
    println!("  queue round trip, small int       {}", us2(qi));
    let qb = median_min(9, || echo.round_trips("big", 2000));
    println!("  queue round trip, 1 MiB bytes     {}", us2(qb));
    drop(echo);
    let idle = idle_interpreter_bytes(&rt, 1000);
    println!(
        "  memory per idle interpreter (RSS over 1,000)  {:.1} KiB",
        idle as f64 / 1024.0
    );
    let isles_bin = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/isles".to_string());
    if let Some(d) = startup(&[&isles_bin, "-c", "pass"], 21) {
        println!(
            "  `isles -c pass`                   {:.2} ms",
            d.as_secs_f64() * 1e3
        );
    }
    let py311 = real_executable(Path::new("python3"));
    if let Some(d) = startup(&[py311.to_str().unwrap_or("python3"), "-c", "pass"], 21) {
        println!(
            "  `python3 -c pass` (3.11)          {:.2} ms",
            d.as_secs_f64() * 1e3
        );
    }
    let Some(py) = python313() else {
        println!("python3.13 not found: no CPython figures");
        return;
    };
    if let Some(d) = startup(&[py.to_str().unwrap_or("python3.13"), "-c", "pass"], 21) {
        println!(
            "  `python3.13 -c pass`              {:.2} ms",
            d.as_secs_f64() * 1e3
        );
    }
    println!("CPython 3.13 (test.support.interpreters):");
    match Command::new(&py).args(["-c", PY313]).output() {
        Ok(out) if out.status.success() => {
            for line in String::from_utf8_lossy(&out.stdout).lines() {
                if let Some((name, secs)) = line.split_once(' ') {
                    let secs: f64 = secs.parse().unwrap_or(f64::NAN);
                    println!("  {name:<34}{:.1} µs", secs * 1e6);
                }
            }
        }
        Ok(out) => println!("  failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => println!("  could not run: {e}"),
    }
}

/// The allocator of the `isles` CLI, so the figures measure what it runs.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
