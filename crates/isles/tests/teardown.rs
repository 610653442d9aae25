//! Teardown frees everything (design brief §6): a counting global allocator shows the bytes
//! outstanding back at the baseline after creating, using and closing 1,000 interpreters, and
//! after dropping a whole runtime. One test per binary: the count is process-wide.

mod counting;

use counting::{outstanding, settled};
use isles::{InterpConfig, Runtime, RuntimeConfig, Shareable, UnboundOp};

/// What each interpreter does before it is closed: objects of many kinds (cycles included),
/// a class, a thread, a queue it puts into and that another interpreter reads, a nested
/// interpreter, an error.
const WORK: &str = r#"
import threading
from concurrent import interpreters
class Node:
    def __init__(self, v):
        self.v = v
        self.me = self
data = {"xs": [Node(i) for i in range(20)], "big": 2 ** 200, "s": "x" * 100, "t": (1, 2.5)}
data["self"] = data
out = []
t = threading.Thread(target=lambda: out.append(sum(range(100))))
t.start()
t.join()
q.put(("hello", 2 ** 70, out[0]))
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
def gen():
    yield from range(3)
g = gen()
next(g)
"#;

fn cycle(rt: &Runtime, n: usize) {
    let main = rt.main_interpreter();
    for _ in 0..n {
        let i = rt.create_interpreter(InterpConfig::default());
        // A queue made from Rust, read by main, filled by the new interpreter.
        let q = rt.create_queue(0, UnboundOp::Unbound);
        main.prepare_main(&[("q", Shareable::Queue(q.clone()))])
            .unwrap();
        i.prepare_main(&[("q", Shareable::Queue(q))]).unwrap();
        i.exec(WORK).unwrap();
        main.exec("got = q.get()\nassert got[1] == 2 ** 70, got\ndel q, got")
            .unwrap();
        i.close();
    }
}

#[test]
fn closing_interpreters_and_dropping_the_runtime_frees_everything() {
    let rt = Runtime::new(RuntimeConfig::default());
    // Warm up: first-time allocations of the process and the runtime (thread-local caches,
    // the code cache, modules imported in main, lock tables) are not per interpreter.
    cycle(&rt, 30);
    std::thread::sleep(std::time::Duration::from_millis(100));
    let baseline = outstanding();
    cycle(&rt, 1000);
    // Tables that grow and shrink in steps (the queue registry prunes dead entries when it
    // doubles, hash maps keep their capacity) make the count wobble by a few KiB; a leak of
    // even 16 bytes per interpreter would exceed this bound.
    let delta = settled(baseline, 16 * 1024);
    assert!(
        delta.abs() <= 16 * 1024,
        "{delta} bytes outstanding after 1,000 interpreters were created, used and closed"
    );
    drop(rt);

    // A whole runtime, measured from before it exists: dropping it closes main too and frees
    // the code cache and registries. (Measured after the runtime above, so the process's
    // one-time allocations, such as parking_lot's table of parked threads, which grows with
    // the most threads ever alive at once and is never freed, are already made.)
    std::thread::sleep(std::time::Duration::from_millis(100));
    let before_runtime = outstanding();
    let rt = Runtime::new(RuntimeConfig::default());
    cycle(&rt, 30);
    drop(rt);
    assert_eq!(
        settled(before_runtime, 0),
        0,
        "bytes outstanding after dropping the runtime"
    );
}
