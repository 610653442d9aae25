//! Two runtimes in one process, each with several interpreters driven from several OS
//! threads: nothing one interpreter does is visible in another.

use std::thread;

use isles::{Error, InterpConfig, Runtime, RuntimeConfig};

#[test]
fn two_runtimes_many_interpreters_many_threads() {
    let runtimes: Vec<Runtime> = (0..2)
        .map(|_| Runtime::new(RuntimeConfig::default()))
        .collect();
    let mut interps = Vec::new();
    for (r, rt) in runtimes.iter().enumerate() {
        let main = rt.main_interpreter();
        interps.push((r, 0, main));
        for k in 1..3 {
            interps.push((r, k, rt.create_interpreter(InterpConfig::default())));
        }
    }
    // Every interpreter gets its own value for the same global name, from its own threads.
    let handles: Vec<_> = interps
        .iter()
        .cloned()
        .map(|(r, k, interp)| {
            thread::spawn(move || {
                let tag = r * 10 + k;
                interp.exec(&format!("tag = {tag}\ncount = 0")).unwrap();
                let inner: Vec<_> = (0..3)
                    .map(|_| {
                        let i = interp.clone();
                        thread::spawn(move || {
                            for _ in 0..100 {
                                i.exec("count += 1").unwrap();
                            }
                        })
                    })
                    .collect();
                for h in inner {
                    h.join().unwrap();
                }
                (
                    interp.eval_repr("tag").unwrap(),
                    interp.eval_repr("count").unwrap(),
                    tag,
                )
            })
        })
        .collect();
    for h in handles {
        let (tag, count, expected) = h.join().unwrap();
        assert_eq!(tag, expected.to_string());
        assert_eq!(count, "300");
    }
    // Each runtime has exactly its own three interpreters.
    for rt in &runtimes {
        assert_eq!(rt.interpreter_ids().len(), 3);
    }
}

#[test]
fn builtins_and_main_are_per_interpreter() {
    let rt = Runtime::new(RuntimeConfig::default());
    let a = rt.main_interpreter();
    let b = rt.create_interpreter(InterpConfig::default());
    // Replacing a builtin in one interpreter leaves the other's alone.
    a.exec("import builtins\nbuiltins.len = 5").unwrap();
    assert_eq!(a.eval_repr("len").unwrap(), "5");
    assert_eq!(b.eval_repr("len([1, 2])").unwrap(), "2");
    a.exec("only_in_a = 1").unwrap();
    match b.eval_repr("only_in_a") {
        Err(Error::Exception(e)) => {
            assert_eq!(e.type_name, "NameError");
            assert_eq!(e.message, "name 'only_in_a' is not defined");
        }
        other => panic!("expected NameError, got {other:?}"),
    }
    // sys is per interpreter too.
    a.exec("import sys\nsys.setrecursionlimit(50)").unwrap();
    b.exec("import sys\nlimit = sys.getrecursionlimit()")
        .unwrap();
    assert_eq!(b.eval_repr("limit").unwrap(), "1000");
}

#[test]
fn closed_interpreter_reports_closed_and_ids_are_not_reused() {
    let rt = Runtime::new(RuntimeConfig::default());
    let a = rt.create_interpreter(InterpConfig::default());
    let first = a.id();
    a.exec("x = [1, 2, 3]").unwrap();
    a.close();
    assert_eq!(a.exec("x"), Err(Error::Closed));
    let b = rt.create_interpreter(InterpConfig::default());
    assert!(b.id() > first);
    assert!(!rt.interpreter_ids().contains(&first));
}

#[test]
fn errors_are_typed_values() {
    let rt = Runtime::new(RuntimeConfig::default());
    let i = rt.main_interpreter();
    match i.exec("x = (1 +") {
        Err(Error::Syntax { message, formatted }) => {
            assert_eq!(message, "'(' was never closed");
            assert!(formatted.starts_with("  File \"<string>\", line 1\n"));
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    match i.exec("def f():\n    return 1 / 0\nf()") {
        Err(Error::Exception(e)) => {
            assert_eq!(e.type_name, "ZeroDivisionError");
            assert_eq!(
                e.formatted,
                "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n"
            );
        }
        other => panic!("expected ZeroDivisionError, got {other:?}"),
    }
    // The interpreter stays usable after an error.
    assert_eq!(i.eval_repr("2 ** 64").unwrap(), "18446744073709551616");
}

/// An interpreter made with `GilMode::Shared` runs under main's GIL: while a thread runs
/// Python code in main, the shared interpreter's GIL is held too (and an own-GIL one's is not);
/// the holder hands over to the other interpreter's threads, and their state stays separate.
#[test]
fn shared_gil_is_mains_gil() {
    use isles::{GilMode, Shareable, UnboundOp};
    use std::time::Duration;

    let rt = Runtime::new(RuntimeConfig::default());
    let main = rt.main_interpreter();
    let shared = rt.create_interpreter(InterpConfig {
        gil: GilMode::Shared,
        ..InterpConfig::default()
    });
    let own = rt.create_interpreter(InterpConfig::default());
    assert!(shared.shares_gil_with(&main) && main.shares_gil_with(&shared));
    assert!(!own.shares_gil_with(&main) && !own.shares_gil_with(&shared));

    let (started, stop) = (
        rt.create_queue(0, UnboundOp::Unbound),
        rt.create_queue(0, UnboundOp::Unbound),
    );
    main.prepare_main(&[
        ("started", Shareable::Queue(started.clone())),
        ("stop", Shareable::Queue(stop.clone())),
    ])
    .unwrap();
    // Main spins without blocking (so without releasing its GIL unless another thread waits).
    let spinner = {
        let main = main.clone();
        thread::spawn(move || {
            main.exec("started.put(1)\nspins = 0\nwhile stop.empty():\n    spins += 1")
        })
    };
    started
        .get(Some(Duration::from_secs(30)), isles::no_gil)
        .unwrap();
    assert!(main.gil_is_held());
    assert!(
        shared.gil_is_held(),
        "the shared interpreter's GIL is main's"
    );
    assert!(!own.gil_is_held());
    // The shared interpreter still runs: main's thread hands the GIL over at a switch point.
    shared.exec("x = 'shared'").unwrap();
    own.exec("x = 'own'").unwrap();
    stop.put_nowait(Shareable::None, isles::Origin::new(0))
        .unwrap();
    spinner.join().unwrap().unwrap();
    main.exec("x = 'main'").unwrap();
    assert_eq!(shared.eval_repr("x").unwrap(), "'shared'");
    assert_eq!(main.eval_repr("x").unwrap(), "'main'");
    assert_eq!(own.eval_repr("x").unwrap(), "'own'");

    // Threads of both interpreters sharing the GIL, at once: each keeps its own count.
    let workers: Vec<_> = [main.clone(), shared.clone(), main.clone(), shared.clone()]
        .into_iter()
        .map(|i| {
            thread::spawn(move || {
                for _ in 0..200 {
                    i.exec("n = globals().get('n', 0) + 1").unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    assert_eq!(main.eval_repr("n").unwrap(), "400");
    assert_eq!(shared.eval_repr("n").unwrap(), "400");
    shared.close();
    assert_eq!(main.eval_repr("n").unwrap(), "400");
}
