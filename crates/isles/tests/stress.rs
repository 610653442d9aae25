//! Stress through real interpreters: 8 interpreters, each run by its own OS thread, exchange
//! 100,000 messages through 8 bounded queues (every interpreter sends to all queues and a
//! second Python thread of it drains its own queue). Checks that nothing is lost, duplicated or
//! reordered per sender, and that nothing deadlocks: the whole exchange runs on other threads
//! and the test fails if it has not finished within a generous bound.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use isles::{InterpConfig, Runtime, RuntimeConfig, Shareable, UnboundOp};

const INTERPS: usize = 8;
const TOTAL: usize = 100_000;
const PER_SENDER: usize = TOTAL / INTERPS;
/// Far beyond what the exchange needs (a few seconds in release builds, even on a loaded
/// machine): reaching it means something is stuck.
const BOUND: Duration = Duration::from_secs(120);

/// Run by interpreter `me`: a consumer thread drains `qs[me]`, checking every sender's sequence
/// numbers rise, while the main thread sends `PER_SENDER` messages spread over all queues and
/// then one end marker per queue. Blocking waits time out, so a stuck exchange raises.
const WORKER: &str = r#"
import threading
counts = [0] * N
sums = [0] * N
bad = []
def consume():
    last = [-1] * N
    ended = 0
    q = qs[me]
    while ended < N:
        item = q.get(timeout=60)
        if type(item) is not tuple:
            bad.append(repr(item))
            continue
        w, i = item
        if i < 0:
            ended += 1
            continue
        if i <= last[w] or (i * 7 + w) % N != me:
            bad.append((w, i, last[w]))
        last[w] = i
        counts[w] += 1
        sums[w] += i
t = threading.Thread(target=consume, daemon=False)
t.start()
for i in range(PER):
    qs[(i * 7 + me) % N].put((me, i), timeout=60)
for q in qs:
    q.put((me, -1), timeout=60)
t.join()
def result():
    return (tuple(counts), tuple(sums), tuple(bad))
"#;

#[test]
fn eight_interpreters_on_eight_threads_exchange_100k_messages() {
    let rt = Runtime::new(RuntimeConfig::default());
    // Small bounds, so both blocking puts and blocking gets happen all the time.
    let queues: Vec<Shareable> = (0..INTERPS)
        .map(|_| Shareable::Queue(rt.create_queue(64, UnboundOp::Unbound)))
        .collect();
    let qs = Shareable::Tuple(Arc::from(queues));
    let start = Instant::now();
    let (tx, rx) = mpsc::channel();
    let mut interps = Vec::new();
    for me in 0..INTERPS {
        let interp = rt.create_interpreter(InterpConfig::default());
        interp
            .prepare_main(&[
                ("qs", qs.clone()),
                ("me", Shareable::Int(me as i64)),
                ("N", Shareable::Int(INTERPS as i64)),
                ("PER", Shareable::Int(PER_SENDER as i64)),
            ])
            .unwrap();
        interps.push(interp.clone());
        let tx = tx.clone();
        // Closed only once all are done: closing a sender early would turn its messages still
        // queued into UNBOUND markers.
        std::thread::spawn(move || {
            let r = interp
                .exec(WORKER)
                .and_then(|()| interp.call("result", &[]));
            let _ = tx.send((me, r));
        });
    }
    drop(tx);

    // Per sender, over all receivers: how many messages arrived and the sum of their numbers.
    let mut counts = [0i64; INTERPS];
    let mut sums = [0i64; INTERPS];
    for _ in 0..INTERPS {
        let left = BOUND.saturating_sub(start.elapsed());
        let (me, r) = rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("exchange still running after {BOUND:?}: deadlock?"));
        let r = r.unwrap_or_else(|e| panic!("interpreter {me} failed: {e}"));
        let Shareable::Tuple(t) = &r else {
            panic!("bad result {r:?}")
        };
        let ints = |s: &Shareable| -> Vec<i64> {
            match s {
                Shareable::Tuple(t) => t
                    .iter()
                    .map(|x| match x {
                        Shareable::Int(i) => *i,
                        other => panic!("bad count {other:?}"),
                    })
                    .collect(),
                other => panic!("bad counts {other:?}"),
            }
        };
        assert_eq!(
            t[2],
            Shareable::Tuple(Arc::from(vec![])),
            "interpreter {me} received messages out of order or on the wrong queue"
        );
        for (w, (c, s)) in ints(&t[0]).into_iter().zip(ints(&t[1])).enumerate() {
            counts[w] += c;
            sums[w] += s;
        }
    }
    for i in &interps {
        i.close();
    }
    // Every receiver saw each sender's numbers strictly rising, so nothing was duplicated
    // within a queue; each message has exactly one queue; so the counts and sums show that
    // every message arrived exactly once.
    let n = PER_SENDER as i64;
    for w in 0..INTERPS {
        assert_eq!(counts[w], n, "messages of sender {w} lost or duplicated");
        assert_eq!(sums[w], n * (n - 1) / 2, "messages of sender {w} altered");
    }
    println!(
        "{INTERPS} interpreters x {INTERPS} queues: {TOTAL} messages in {:?}",
        start.elapsed()
    );
}
