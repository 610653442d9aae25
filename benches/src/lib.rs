//! Scenarios for the interpreters-core figures of issue 3, shared by the `divan` benches
//! (`cargo bench -p isles-benches`) and the `figures` binary, which prints every figure with
//! CPython 3.13's side by side (`cargo run --release -p isles-benches --bin figures`).
#![forbid(unsafe_code)]

use std::time::{Duration, Instant};

use isles::{InterpConfig, Interpreter, Runtime, RuntimeConfig, Shareable, UnboundOp};

/// A runtime for benchmarks (its main interpreter made).
pub fn runtime() -> Runtime {
    Runtime::new(RuntimeConfig::default())
}

/// Creates an interpreter and closes it again.
pub fn create_close(rt: &Runtime) {
    let i = rt.create_interpreter(InterpConfig::default());
    i.close();
}

/// Two interpreters joined by two queues; the echo side runs on its own OS thread and sends
/// back whatever it gets until it gets `None`.
pub struct Echo {
    pub driver: Interpreter,
    echo: Option<std::thread::JoinHandle<()>>,
}

/// In a function, as CPython's side of `figures` runs it (module-level code stores its loop
/// variable in the globals dict on every iteration).
const ECHO: &str = "
def echo():
    while True:
        x = inbox.get()
        if x is None:
            break
        outbox.put(x)
echo()
";

impl Echo {
    pub fn new(rt: &Runtime) -> Echo {
        let driver = rt.create_interpreter(InterpConfig::default());
        let echo = rt.create_interpreter(InterpConfig::default());
        let to_echo = rt.create_queue(0, UnboundOp::Unbound);
        let back = rt.create_queue(0, UnboundOp::Unbound);
        driver
            .prepare_main(&[
                ("inbox", Shareable::Queue(back.clone())),
                ("outbox", Shareable::Queue(to_echo.clone())),
            ])
            .expect("prepare driver");
        echo.prepare_main(&[
            ("inbox", Shareable::Queue(to_echo)),
            ("outbox", Shareable::Queue(back)),
        ])
        .expect("prepare echo");
        driver
            .exec("payload = 1\nbig = b'x' * (1 << 20)")
            .expect("payloads");
        let handle = std::thread::spawn(move || {
            echo.exec(ECHO).expect("echo loop");
            echo.close();
        });
        Echo {
            driver,
            echo: Some(handle),
        }
    }

    /// Sends `n` copies of the driver's global `what` (`payload`: a small int, `big`: 1 MiB of
    /// bytes) to the echo interpreter and waits for each to come back; time per round trip.
    pub fn round_trips(&self, what: &str, n: usize) -> Duration {
        let src = format!(
            "def rt(v):\n    for _ in range({n}):\n        outbox.put(v)\n        inbox.get()\nrt({what})\n"
        );
        let t = Instant::now();
        self.driver.exec(&src).expect("round trips");
        t.elapsed() / n as u32
    }
}

impl Drop for Echo {
    fn drop(&mut self) {
        let _ = self.driver.exec("outbox.put(None)");
        if let Some(h) = self.echo.take() {
            let _ = h.join();
        }
        self.driver.close();
    }
}

/// Resident memory of this process, in bytes (Linux `/proc/self/statm`; 0 elsewhere).
pub fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// Memory per idle interpreter: RSS growth over `n` interpreters kept open, divided by `n`.
pub fn idle_interpreter_bytes(rt: &Runtime, n: usize) -> u64 {
    // One first, so the runtime's own first-time allocations are not counted.
    create_close(rt);
    let before = rss_bytes();
    let open: Vec<Interpreter> = (0..n)
        .map(|_| rt.create_interpreter(InterpConfig::default()))
        .collect();
    let after = rss_bytes();
    for i in &open {
        i.close();
    }
    after.saturating_sub(before) / n as u64
}

/// The median of `runs` timings of `f`.
pub fn median(runs: usize, f: impl FnMut() -> Duration) -> Duration {
    median_min(runs, f).0
}

/// The median and the minimum of `runs` timings of `f`. On a machine shared with other work
/// the minimum is the run the neighbours disturbed least.
pub fn median_min(runs: usize, mut f: impl FnMut() -> Duration) -> (Duration, Duration) {
    let mut v: Vec<Duration> = (0..runs).map(|_| f()).collect();
    v.sort();
    (v[v.len() / 2], v[0])
}
