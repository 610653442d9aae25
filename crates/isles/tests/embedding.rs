//! The embedding API from a Rust program's point of view: per-interpreter config (threads,
//! daemon threads, non-isolated native modules), queues used from Rust threads while Python
//! blocks on them, `prepare_main`/`call` with every kind of shareable value, a running Rust
//! `exec` seen by Python as a running interpreter, closing an interpreter whose threads are
//! parked (their waits are woken and raise, the heap is freed), panics at the boundary, and the `worker_pool` example's answer.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use isles::{Error, InterpConfig, Origin, Runtime, RuntimeConfig, Shareable, UnboundOp, no_gil};

fn runtime() -> Runtime {
    Runtime::new(RuntimeConfig::default())
}

fn exception(r: Result<(), Error>) -> (String, String) {
    match r {
        Err(Error::Exception(e)) => (e.type_name, e.message),
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn config_controls_threads_daemons_and_single_phase_modules() {
    let rt = runtime();
    let no_threads = rt.create_interpreter(InterpConfig {
        allow_threads: false,
        ..InterpConfig::default()
    });
    let (t, m) =
        exception(no_threads.exec("import threading\nthreading.Thread(target=print).start()"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "RuntimeError",
            "thread is not supported for isolated subinterpreters"
        )
    );
    // The default (isolated) config: threads yes, daemon threads no, single-phase modules no.
    let isolated = rt.create_interpreter(InterpConfig::default());
    isolated
        .exec("import threading\nt = threading.Thread(target=lambda: None)\nt.start()\nt.join()")
        .unwrap();
    let (t, m) = exception(
        isolated.exec("import threading\nthreading.Thread(target=print, daemon=True).start()"),
    );
    assert_eq!(t, "RuntimeError");
    assert!(m.contains("daemon threads are disabled"), "{m}");
    let (t, m) = exception(isolated.exec("import _testsinglephase"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "ImportError",
            "module _testsinglephase does not support loading in subinterpreters"
        )
    );
    // Legacy config: both allowed, as in main.
    let legacy = rt.create_interpreter(InterpConfig::legacy());
    legacy
        .exec("import _testsinglephase\nn = _testsinglephase.increment()")
        .unwrap();
    legacy
        .exec("import threading, time\nthreading.Thread(target=time.sleep, args=(0.01,), daemon=True).start()")
        .unwrap();
    assert_eq!(legacy.eval_repr("n").unwrap(), "1");
    for i in [no_threads, isolated, legacy] {
        i.close();
    }
}

#[test]
fn whence_tells_embedder_and_python_created_interpreters_apart() {
    let rt = runtime();
    let i = rt.create_interpreter(InterpConfig::default());
    let main = rt.main_interpreter();
    main.exec("from concurrent import interpreters as I\nsub = I.create()")
        .unwrap();
    let q = format!(
        "(I.get_main().whence, I.Interpreter({}).whence, sub.whence)",
        i.id()
    );
    assert_eq!(
        main.eval_repr(&q).unwrap(),
        "('runtime init', 'C-API', '_interpreters module')"
    );
}

#[test]
fn rust_threads_feed_a_queue_python_blocks_on() {
    let rt = runtime();
    let inbox = rt.create_queue(0, UnboundOp::Unbound);
    let outbox = rt.create_queue(2, UnboundOp::Unbound);
    let worker = rt.create_interpreter(InterpConfig::default());
    worker
        .prepare_main(&[
            ("inbox", Shareable::Queue(inbox.clone())),
            ("outbox", Shareable::Queue(outbox.clone())),
        ])
        .unwrap();
    let py = {
        let worker = worker.clone();
        std::thread::spawn(move || {
            worker.exec(
                "total = 0\nwhile True:\n    x = inbox.get(timeout=30)\n    if x is None:\n        break\n    total += x\n    outbox.put(x * 2, timeout=30)",
            )
        })
    };
    // Producers on two Rust threads; the Python side blocks in get() between items.
    let producers: Vec<_> = (0..2)
        .map(|p| {
            let inbox = inbox.clone();
            std::thread::spawn(move || {
                for k in 0..50i64 {
                    inbox
                        .put(Shareable::Int(p * 1000 + k), Origin::new(0), None, no_gil)
                        .unwrap();
                }
            })
        })
        .collect();
    let mut doubled = Vec::new();
    for _ in 0..100 {
        match outbox.get(Some(Duration::from_secs(30)), no_gil).unwrap() {
            Shareable::Int(n) => doubled.push(n),
            other => panic!("{other:?}"),
        }
    }
    for p in producers {
        p.join().unwrap();
    }
    inbox
        .put(Shareable::None, Origin::new(0), None, no_gil)
        .unwrap();
    py.join().unwrap().unwrap();
    doubled.sort_unstable();
    let mut want: Vec<i64> = (0..2)
        .flat_map(|p| (0..50).map(move |k| 2 * (p * 1000 + k)))
        .collect();
    want.sort_unstable();
    assert_eq!(doubled, want);
    let sent: i64 = want.iter().sum::<i64>() / 2;
    assert_eq!(worker.eval_repr("total").unwrap(), sent.to_string());
}

#[test]
fn prepare_main_and_call_carry_every_shareable_kind() {
    let rt = runtime();
    let i = rt.create_interpreter(InterpConfig::default());
    let big = Shareable::from_bigint("123456789012345678901234567890".parse().unwrap());
    let values = vec![
        ("n", Shareable::None),
        ("b", Shareable::Bool(true)),
        ("i", Shareable::Int(-7)),
        ("big", big.clone()),
        ("f", Shareable::Float(2.5)),
        ("s", Shareable::from("héllo")),
        ("by", Shareable::Bytes(vec![0u8, 255].into())),
        (
            "t",
            Shareable::Tuple(vec![Shareable::Int(1), Shareable::from("x")].into()),
        ),
    ];
    i.prepare_main(&values).unwrap();
    assert_eq!(
        i.eval_repr("(n, b, i, big, f, s, by, t)").unwrap(),
        "(None, True, -7, 123456789012345678901234567890, 2.5, 'héllo', b'\\x00\\xff', (1, 'x'))"
    );
    i.exec("def echo(*xs):\n    return xs\ndef shape(k):\n    return {'k': [k, {k}], 'fs': frozenset([k])}")
        .unwrap();
    let args: Vec<Shareable> = values.iter().map(|(_, v)| v.clone()).collect();
    assert_eq!(
        i.call("echo", &args).unwrap(),
        Shareable::Tuple(args.clone().into())
    );
    let shaped = i.call("shape", &[Shareable::Int(3)]).unwrap();
    assert!(
        matches!(&shaped, Shareable::Dict(_)),
        "dicts come back as deep copies: {shaped:?}"
    );
    // A call that raises, a missing function, a result that cannot cross.
    i.exec("def fail():\n    raise LookupError('gone')\ndef opaque():\n    return object()")
        .unwrap();
    let r = i.call("fail", &[]).map(|_| ());
    assert_eq!(exception(r), ("LookupError".into(), "gone".into()));
    let r = i.call("nope", &[]).map(|_| ());
    assert_eq!(
        exception(r),
        ("NameError".into(), "name 'nope' is not defined".into())
    );
    let (t, _) = exception(i.call("opaque", &[]).map(|_| ()));
    assert_eq!(t, "NotShareableError");
}

#[test]
fn a_rust_exec_makes_the_interpreter_running_for_python() {
    let rt = runtime();
    let busy = rt.create_interpreter(InterpConfig::default());
    let gate = rt.create_queue(0, UnboundOp::Unbound);
    let inside = rt.create_queue(0, UnboundOp::Unbound);
    busy.prepare_main(&[
        ("gate", Shareable::Queue(gate.clone())),
        ("inside", Shareable::Queue(inside.clone())),
    ])
    .unwrap();
    let t = {
        let busy = busy.clone();
        std::thread::spawn(move || busy.exec("inside.put('in')\ngate_item = gate.get(timeout=30)"))
    };
    // Wait until the Rust-side exec is inside, then look at it from Python.
    let got = inside.get(Some(Duration::from_secs(30)), no_gil).unwrap();
    assert_eq!(got, Shareable::from("in"));
    let main = rt.main_interpreter();
    let probe = format!(
        "from concurrent import interpreters as I\nb = I.Interpreter({})\nrunning = b.is_running()\ntry:\n    b.exec('pass')\n    refused = None\nexcept I.InterpreterError as e:\n    refused = str(e)",
        busy.id()
    );
    main.exec(&probe).unwrap();
    assert_eq!(
        main.eval_repr("(running, refused)").unwrap(),
        "(True, 'interpreter already running')"
    );
    gate.put(Shareable::Int(1), Origin::new(0), None, no_gil)
        .unwrap();
    t.join().unwrap().unwrap();
    assert_eq!(main.eval_repr("b.is_running()").unwrap(), "False");
}

#[test]
fn closing_wakes_threads_parked_in_untimed_waits_and_frees_the_heap() {
    let rt = runtime();
    let i = rt.create_interpreter(InterpConfig::default());
    let q = rt.create_queue(0, UnboundOp::Unbound);
    let full = rt.create_queue(1, UnboundOp::Unbound);
    // Held by the interpreter's heap (bytes cross without a copy): its count falls back to
    // one only when that heap is freed.
    let blob = isles::SharedBytes::from_arc(std::sync::Arc::from(vec![7u8; 64]));
    i.prepare_main(&[
        ("q", Shareable::Queue(q.clone())),
        ("full", Shareable::Queue(full.clone())),
        ("blob", Shareable::Bytes(blob.clone())),
    ])
    .unwrap();
    // Python threads parked in every kind of untimed wait, none of which will ever be
    // satisfied; `done` counts those that ended with SystemExit.
    i.exec(
        "import threading, time, interpreters\n\
         full.put(0)\n\
         lock = threading.Lock()\n\
         lock.acquire()\n\
         ev = threading.Event()\n\
         cond = threading.Condition()\n\
         r, s = interpreters.create_channel()\n\
         def cond_wait():\n    with cond:\n        cond.wait()\n\
         waits = [lock.acquire, ev.wait, cond_wait, q.get, lambda: full.put(1), r.recv,\n\
                  lambda: s.send(1), lambda: time.sleep(10000)]\n\
         threads = [threading.Thread(target=w) for w in waits]\n\
         for t in threads:\n    t.start()\n\
         time.sleep(0.05)\n",
    )
    .unwrap();
    // And the embedder's own thread, parked in an untimed get.
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let i = i.clone();
        std::thread::spawn(move || {
            let r = i.exec("blob_copy = blob\nq.get()\nprint('not reached')");
            let _ = tx.send(r);
        });
    }
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    i.close();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "close finishes"
    );
    // The parked exec returns: its interpreter is gone.
    let r = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the parked exec was woken");
    assert_eq!(r, Err(Error::Closed));
    // Every thread left, so the heap was freed: nothing holds the bytes any more.
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::sync::Arc::strong_count(blob.as_arc()) > 1 {
        assert!(
            Instant::now() < deadline,
            "the closed interpreter's heap was not freed"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(i.exec("pass"), Err(Error::Closed));
    assert_eq!(rt.interpreter_ids(), vec![rt.main_interpreter().id()]);
    // Nothing was taken from or added to the queues by the interrupted waits.
    assert_eq!(q.qsize(), 0);
    assert_eq!(full.qsize(), 1);
}

#[test]
fn closing_an_interpreter_whose_thread_is_parked_in_a_timed_wait_wakes_it() {
    let rt = runtime();
    let i = rt.create_interpreter(InterpConfig::default());
    let q = rt.create_queue(0, UnboundOp::Unbound);
    i.prepare_main(&[("q", Shareable::Queue(q.clone()))])
        .unwrap();
    let t = {
        let i = i.clone();
        std::thread::spawn(move || i.exec("q.get(timeout=60)"))
    };
    std::thread::sleep(Duration::from_millis(50));
    let started = Instant::now();
    i.close();
    assert_eq!(t.join().unwrap(), Err(Error::Closed));
    // Woken by the close, not by its timeout.
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(i.exec("pass"), Err(Error::Closed));
}

#[test]
fn a_native_panic_is_a_system_error_and_the_runtime_goes_on() {
    let rt = runtime();
    let a = rt.create_interpreter(InterpConfig::default());
    let b = rt.create_interpreter(InterpConfig::default());
    let (t, m) = exception(a.exec("import _testnative\n_testnative.panic('from rust test')"));
    assert_eq!(t, "SystemError");
    assert!(m.contains("from rust test"), "{m}");
    assert_eq!(a.eval_repr("1 + 1").unwrap(), "2");
    assert_eq!(b.eval_repr("2 + 2").unwrap(), "4");
}

fn collatz_steps(mut n: i64) -> i64 {
    let mut s = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        s += 1;
    }
    s
}

#[test]
fn worker_pool_example_finds_the_right_answer() {
    // The example binary sits next to the test binaries' directory (`cargo test` builds it).
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_isles"));
    let example = bin
        .parent()
        .map(|d| d.join("examples").join("worker_pool"))
        .expect("target dir");
    if !example.exists() {
        println!("note: {} not built; skipped", example.display());
        return;
    }
    let out = Command::new(&example)
        .args(["3", "12"])
        .output()
        .expect("run worker_pool");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let most = (1..1 + 12 * 2_000).map(collatz_steps).max().unwrap_or(0);
    assert!(text.contains("12 jobs on 3 interpreters"), "{text}");
    // Chunks tied on the longest chain may report any of their starts.
    let after = text
        .split(&format!("below {} starts at ", 1 + 12 * 2_000))
        .nth(1)
        .unwrap_or_else(|| panic!("{text}"));
    let start: i64 = after
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("start");
    assert!(after.contains(&format!("({most} steps)")), "{text}");
    assert_eq!(collatz_steps(start), most, "{text}");
    let per_worker = text.rsplit('[').next().unwrap_or("");
    let total: usize = per_worker
        .trim_end_matches(|c: char| c == ']' || c.is_whitespace())
        .split(", ")
        .filter_map(|n| n.parse::<usize>().ok())
        .sum();
    assert_eq!(total, 12, "{text}");
}

#[test]
fn bytes_cross_interpreters_without_copying() {
    let rt = runtime();
    let q = rt.create_queue(0, UnboundOp::Unbound);
    let (a, b) = (
        rt.create_interpreter(InterpConfig::default()),
        rt.create_interpreter(InterpConfig::default()),
    );
    for i in [&a, &b] {
        i.prepare_main(&[("q", Shareable::Queue(q.clone()))])
            .unwrap();
    }
    a.exec("q.put(bytes(range(256)) * 4096)").unwrap();
    let Shareable::Bytes(first) = q.get_nowait().unwrap() else {
        panic!("expected bytes")
    };
    assert_eq!(first.len(), 1 << 20);
    // Into b, through Python (a bytes object there), and back out: the same buffer.
    q.put(
        Shareable::Bytes(first.clone()),
        Origin::new(0),
        None,
        no_gil,
    )
    .unwrap();
    b.exec("data = q.get_nowait()\nq.put((len(data), data[:3], data))")
        .unwrap();
    let Shareable::Tuple(t) = q.get_nowait().unwrap() else {
        panic!("expected a tuple")
    };
    assert_eq!(t[0], Shareable::Int(1 << 20));
    assert_eq!(t[1], Shareable::Bytes(vec![0u8, 1, 2].into()));
    let Shareable::Bytes(back) = &t[2] else {
        panic!("expected bytes")
    };
    assert!(back.ptr_eq(&first), "the payload was copied");
}
