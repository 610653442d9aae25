//! Model-based property test of interpreters and queues: random sequences of create / exec /
//! prepare_main / put / get / close, driven both through the Rust embedding API and through
//! Python's `concurrent.interpreters` (run by the main interpreter), checked step by step
//! against a plain Rust model of which interpreters exist, what their `__main__` holds, and what
//! every queue contains (FIFO, `maxsize`, and the `unbounditems` policy applied when a sender
//! is closed). Also: any shareable value round-trips equal through a queue and a channel
//! crossing real interpreters (the channel crate's own property test covers the bare pipes).

use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;

use isles::{
    Error, InterpConfig, Interpreter, Origin, Queue, QueueError, Runtime, RuntimeConfig, Shareable,
    SharedBytes, UnboundOp,
};
use num_bigint::BigInt;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};

/// The queues every case uses: (maxsize, unbounditems) — each policy once, one bounded.
const QUEUES: [(usize, UnboundOp); 3] = [
    (0, UnboundOp::Unbound),
    (3, UnboundOp::Remove),
    (0, UnboundOp::Error),
];

/// Helpers defined in every interpreter's `__main__` (Rust route) and in main (Python route,
/// where `call` ships them to the target as code rebuilt against the target's `__main__`).
const HELPERS: &str = r#"
def _getx():
    return x
def _get(q):
    from concurrent import interpreters
    try:
        item = q.get_nowait()
    except Exception as e:
        return ('err', type(e).__name__)
    if item is interpreters.UNBOUND:
        return ('unbound',)
    return ('ok', item)
"#;

/// How an interpreter is driven: from Rust (`isles::Interpreter`) or from Python code that main
/// runs (`concurrent.interpreters.Interpreter`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route {
    Rust,
    Py,
}

#[derive(Clone, Debug)]
enum Op {
    Create(Route),
    /// `exec("x = N")`.
    SetX(Index, i64),
    /// Reads `x` back through `call`.
    GetX(Index),
    /// `exec("1 / 0")`: fails, and the interpreter stays usable.
    Raise(Index),
    /// `prepare_main(v=value)`.
    Prepare(Index, Shareable),
    /// The interpreter runs `qN.put_nowait(v)`.
    Put(Index, usize),
    /// The interpreter runs `qN.get_nowait()` (through `call`).
    Get(Index, usize),
    Close(Index),
    /// Rust puts straight into a queue (as the main interpreter).
    RustPut(usize, Shareable),
    /// Rust gets straight from a queue.
    RustGet(usize),
    /// Main lists the live interpreters with `concurrent.interpreters.list_all()`.
    ListAll,
}

/// What an operation produced, the same shape for both routes.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Done,
    Value(Shareable),
    Unbound,
    /// An exception's type name (for the Python route `ExecutionFailed:<remote type>` when it
    /// was raised in the target), or `Closed` for the Rust API's [`Error::Closed`].
    Err(String),
}

/// Values that cross queues at the Python level: None, bool, int of any size, float (any bits),
/// str, bytes and tuples of them.
fn value() -> impl Strategy<Value = Shareable> {
    let leaf = prop_oneof![
        Just(Shareable::None),
        any::<bool>().prop_map(Shareable::Bool),
        any::<i64>().prop_map(Shareable::Int),
        prop::collection::vec(any::<u8>(), 9..30)
            .prop_map(|b| Shareable::from_bigint(BigInt::from_signed_bytes_le(&b))),
        any::<u64>().prop_map(|b| Shareable::Float(f64::from_bits(b))),
        any::<String>().prop_map(Shareable::from),
        prop::collection::vec(any::<u8>(), 0..40)
            .prop_map(|b| Shareable::Bytes(SharedBytes::from(b))),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(|v| Shareable::Tuple(Arc::from(v)))
    })
}

fn op() -> impl Strategy<Value = Op> {
    let q = 0..QUEUES.len();
    prop_oneof![
        2 => prop_oneof![Just(Route::Rust), Just(Route::Py)].prop_map(Op::Create),
        1 => (any::<Index>(), any::<i64>()).prop_map(|(i, x)| Op::SetX(i, x)),
        1 => any::<Index>().prop_map(Op::GetX),
        1 => any::<Index>().prop_map(Op::Raise),
        2 => (any::<Index>(), value()).prop_map(|(i, v)| Op::Prepare(i, v)),
        3 => (any::<Index>(), q.clone()).prop_map(|(i, q)| Op::Put(i, q)),
        3 => (any::<Index>(), q.clone()).prop_map(|(i, q)| Op::Get(i, q)),
        1 => any::<Index>().prop_map(Op::Close),
        1 => (q.clone(), value()).prop_map(|(q, v)| Op::RustPut(q, v)),
        1 => q.prop_map(Op::RustGet),
        1 => Just(Op::ListAll),
    ]
}

/// A queued item as the model sees it.
#[derive(Clone, Debug)]
enum Item {
    Value(Shareable),
    /// Its sender was closed under `UNBOUND`.
    Unbound,
    /// Its sender was closed under `UNBOUND_ERROR`.
    Destroyed,
}

struct ModelInterp {
    route: Route,
    id: u64,
    alive: bool,
    x: Option<i64>,
    v: Option<Shareable>,
}

#[derive(Default)]
struct Model {
    interps: Vec<ModelInterp>,
    /// Per queue: (sender slot, or None for main / Rust), item.
    queues: Vec<VecDeque<(Option<usize>, Item)>>,
}

impl Model {
    fn closed_err(route: Route) -> Outcome {
        match route {
            Route::Rust => Outcome::Err("Closed".into()),
            Route::Py => Outcome::Err("InterpreterNotFoundError".into()),
        }
    }

    /// A Python exception raised inside the target, as the route reports it.
    fn remote_err(route: Route, name: &str) -> Outcome {
        match route {
            Route::Rust => Outcome::Err(name.into()),
            Route::Py => Outcome::Err(format!("ExecutionFailed:{name}")),
        }
    }

    fn pop(&mut self, q: usize) -> Outcome {
        match self.queues[q].pop_front() {
            None => Outcome::Err("QueueEmpty".into()),
            Some((_, Item::Value(v))) => Outcome::Value(v),
            Some((_, Item::Unbound)) => Outcome::Unbound,
            Some((_, Item::Destroyed)) => Outcome::Err("ItemInterpreterDestroyed".into()),
        }
    }

    fn push(&mut self, q: usize, sender: Option<usize>, v: Shareable) -> Outcome {
        let max = QUEUES[q].0;
        if max > 0 && self.queues[q].len() >= max {
            return Outcome::Err("QueueFull".into());
        }
        self.queues[q].push_back((sender, Item::Value(v)));
        Outcome::Done
    }

    fn close(&mut self, slot: usize) {
        self.interps[slot].alive = false;
        for (q, items) in self.queues.iter_mut().enumerate() {
            let mine = |s: &Option<usize>| *s == Some(slot);
            match QUEUES[q].1 {
                UnboundOp::Remove => items.retain(|(s, _)| !mine(s)),
                UnboundOp::Unbound => items
                    .iter_mut()
                    .filter(|(s, _)| mine(s))
                    .for_each(|e| e.1 = Item::Unbound),
                UnboundOp::Error => items
                    .iter_mut()
                    .filter(|(s, _)| mine(s))
                    .for_each(|e| e.1 = Item::Destroyed),
            }
        }
    }
}

/// The system under test.
struct Real {
    rt: Runtime,
    main: Interpreter,
    queues: Vec<Queue>,
    /// Rust-route handles, by slot (None for Python-route slots).
    handles: Vec<Option<Interpreter>>,
}

fn err_outcome(e: Error) -> Outcome {
    match e {
        Error::Closed => Outcome::Err("Closed".into()),
        Error::Exception(e) => Outcome::Err(e.type_name),
        other => panic!("unexpected error {other:?}"),
    }
}

/// Decodes `_get`'s result: `('ok', item)`, `('unbound',)` or `('err', name)`.
fn get_outcome(r: Shareable) -> Outcome {
    let Shareable::Tuple(t) = &r else {
        panic!("bad _get result {r:?}")
    };
    match &t[..] {
        [Shareable::Str(s), v] if &**s == "ok" => Outcome::Value(v.clone()),
        [Shareable::Str(s)] if &**s == "unbound" => Outcome::Unbound,
        [Shareable::Str(s), Shareable::Str(name)] if &**s == "err" => {
            Outcome::Err(name.to_string())
        }
        _ => panic!("bad _get result {r:?}"),
    }
}

impl Real {
    fn new() -> Real {
        let rt = Runtime::new(RuntimeConfig::default());
        let main = rt.main_interpreter();
        let queues: Vec<Queue> = QUEUES
            .iter()
            .map(|&(max, op)| rt.create_queue(max, op))
            .collect();
        let shared: Vec<Shareable> = queues.iter().cloned().map(Shareable::Queue).collect();
        main.prepare_main(&[("Q", Shareable::Tuple(Arc::from(shared)))])
            .unwrap();
        main.exec(&format!(
            "from concurrent import interpreters\nI = {{}}\n{HELPERS}"
        ))
        .unwrap();
        Real {
            rt,
            main,
            queues,
            handles: Vec::new(),
        }
    }

    /// Runs `stmt` in main, which binds `r` or raises; returns what happened.
    fn py(&self, stmt: &str) -> Outcome {
        let src = format!(
            "try:\n    r = None\n    {stmt}\n    res = ('ok', r)\n\
             except interpreters.ExecutionFailed as e:\n    res = ('err', 'ExecutionFailed:' + e.excinfo.type.__name__)\n\
             except Exception as e:\n    res = ('err', type(e).__name__)\n\
             def _res():\n    return res\n"
        );
        self.main.exec(&src).unwrap();
        let r = self.main.call("_res", &[]).unwrap();
        let Shareable::Tuple(t) = &r else {
            panic!("bad result {r:?}")
        };
        match &t[..] {
            [Shareable::Str(s), Shareable::None] if &**s == "ok" => Outcome::Done,
            [Shareable::Str(s), v] if &**s == "ok" => Outcome::Value(v.clone()),
            [Shareable::Str(s), Shareable::Str(name)] if &**s == "err" => {
                Outcome::Err(name.to_string())
            }
            _ => panic!("bad result {r:?}"),
        }
    }

    fn rust(&self, slot: usize) -> &Interpreter {
        self.handles[slot].as_ref().expect("a Rust-route slot")
    }
}

/// Runs one operation on both the model and the real system; returns (expected, got).
fn step(model: &mut Model, real: &mut Real, op: &Op) -> Result<(Outcome, Outcome), TestCaseError> {
    let n = model.interps.len();
    // Operations on an interpreter need one; with none yet they create one instead.
    let slot_of = |i: &Index| i.index(n.max(1));
    if n == 0
        && !matches!(
            op,
            Op::Create(_) | Op::RustPut(..) | Op::RustGet(_) | Op::ListAll
        )
    {
        return step(model, real, &Op::Create(Route::Rust));
    }
    let routes: Vec<Route> = model.interps.iter().map(|m| m.route).collect();
    let route = |s: usize| routes[s];
    Ok(match op {
        Op::Create(route) => {
            let slot = model.interps.len();
            let id = match route {
                Route::Rust => {
                    let i = real.rt.create_interpreter(InterpConfig::default());
                    let shared: Vec<(String, Shareable)> = real
                        .queues
                        .iter()
                        .enumerate()
                        .map(|(k, q)| (format!("q{k}"), Shareable::Queue(q.clone())))
                        .collect();
                    let named: Vec<(&str, Shareable)> = shared
                        .iter()
                        .map(|(k, q)| (k.as_str(), q.clone()))
                        .collect();
                    i.prepare_main(&named).unwrap();
                    i.exec(HELPERS).unwrap();
                    let id = i.id();
                    real.handles.push(Some(i));
                    id
                }
                Route::Py => {
                    let got = real.py(&format!(
                        "I[{slot}] = interpreters.create()\n    \
                         I[{slot}].prepare_main(q0=Q[0], q1=Q[1], q2=Q[2])\n    r = I[{slot}].id"
                    ));
                    real.handles.push(None);
                    match got {
                        Outcome::Value(Shareable::Int(id)) => id as u64,
                        other => panic!("create failed: {other:?}"),
                    }
                }
            };
            if let Some(last) = model.interps.last() {
                prop_assert!(id > last.id, "interpreter id {id} reused or not increasing");
            }
            model.interps.push(ModelInterp {
                route: *route,
                id,
                alive: true,
                x: None,
                v: None,
            });
            (Outcome::Done, Outcome::Done)
        }
        Op::SetX(i, x) => {
            let s = slot_of(i);
            let expected = if model.interps[s].alive {
                model.interps[s].x = Some(*x);
                Outcome::Done
            } else {
                Model::closed_err(route(s))
            };
            let got = match route(s) {
                Route::Rust => real
                    .rust(s)
                    .exec(&format!("x = {x}"))
                    .map_or_else(err_outcome, |()| Outcome::Done),
                Route::Py => real.py(&format!("I[{s}].exec('x = {x}')")),
            };
            (expected, got)
        }
        Op::GetX(i) => {
            let s = slot_of(i);
            let m = &model.interps[s];
            let expected = match (m.alive, m.x) {
                (false, _) => Model::closed_err(m.route),
                (true, None) => Model::remote_err(m.route, "NameError"),
                (true, Some(x)) => Outcome::Value(Shareable::Int(x)),
            };
            let got = match route(s) {
                Route::Rust => real
                    .rust(s)
                    .call("_getx", &[])
                    .map_or_else(err_outcome, Outcome::Value),
                Route::Py => real.py(&format!("r = I[{s}].call(_getx)")),
            };
            (expected, got)
        }
        Op::Raise(i) => {
            let s = slot_of(i);
            let m = &model.interps[s];
            let expected = if m.alive {
                Model::remote_err(m.route, "ZeroDivisionError")
            } else {
                Model::closed_err(m.route)
            };
            let got = match route(s) {
                Route::Rust => real
                    .rust(s)
                    .exec("1 / 0")
                    .map_or_else(err_outcome, |()| Outcome::Done),
                Route::Py => real.py(&format!("I[{s}].exec('1 / 0')")),
            };
            (expected, got)
        }
        Op::Prepare(i, v) => {
            let s = slot_of(i);
            let expected = if model.interps[s].alive {
                model.interps[s].v = Some(v.clone());
                Outcome::Done
            } else {
                Model::closed_err(route(s))
            };
            let got = match route(s) {
                Route::Rust => real
                    .rust(s)
                    .prepare_main(&[("v", v.clone())])
                    .map_or_else(err_outcome, |()| Outcome::Done),
                Route::Py => {
                    real.main.prepare_main(&[("v", v.clone())]).unwrap();
                    real.py(&format!("I[{s}].prepare_main(v=v)"))
                }
            };
            (expected, got)
        }
        Op::Put(i, q) => {
            let s = slot_of(i);
            let r = route(s);
            let expected = match (model.interps[s].alive, model.interps[s].v.clone()) {
                (false, _) => Model::closed_err(r),
                (true, None) => Model::remote_err(r, "NameError"),
                (true, Some(v)) => match model.push(*q, Some(s), v) {
                    Outcome::Err(name) => Model::remote_err(r, &name),
                    done => done,
                },
            };
            let src = format!("q{q}.put_nowait(v)");
            let got = match r {
                Route::Rust => real
                    .rust(s)
                    .exec(&src)
                    .map_or_else(err_outcome, |()| Outcome::Done),
                Route::Py => real.py(&format!("I[{s}].exec('{src}')")),
            };
            (expected, got)
        }
        Op::Get(i, q) => {
            let s = slot_of(i);
            let r = route(s);
            let expected = if model.interps[s].alive {
                model.pop(*q)
            } else {
                Model::closed_err(r)
            };
            let got = match r {
                Route::Rust => real
                    .rust(s)
                    .call("_get", &[Shareable::Queue(real.queues[*q].clone())])
                    .map_or_else(err_outcome, get_outcome),
                Route::Py => match real.py(&format!("r = I[{s}].call(_get, Q[{q}])")) {
                    Outcome::Value(v) => get_outcome(v),
                    other => other,
                },
            };
            (expected, got)
        }
        Op::Close(i) => {
            let s = slot_of(i);
            let r = route(s);
            let expected = if model.interps[s].alive {
                model.close(s);
                Outcome::Done
            } else if r == Route::Rust {
                // Closing twice from Rust is a no-op.
                Outcome::Done
            } else {
                Model::closed_err(r)
            };
            let got = match r {
                Route::Rust => {
                    real.rust(s).close();
                    Outcome::Done
                }
                Route::Py => real.py(&format!("I[{s}].close()")),
            };
            (expected, got)
        }
        Op::RustPut(q, v) => {
            let expected = model.push(*q, None, v.clone());
            let origin = Origin::new(real.main.id());
            let got = match real.queues[*q].put_nowait(v.clone(), origin) {
                Ok(()) => Outcome::Done,
                Err(QueueError::Full { .. }) => Outcome::Err("QueueFull".into()),
                Err(e) => panic!("put_nowait: {e}"),
            };
            (expected, got)
        }
        Op::RustGet(q) => {
            let expected = model.pop(*q);
            let got = match real.queues[*q].get_nowait() {
                Ok(Shareable::Unbound) => Outcome::Unbound,
                Ok(v) => Outcome::Value(v),
                Err(QueueError::Empty { .. }) => Outcome::Err("QueueEmpty".into()),
                Err(QueueError::ItemInterpreterDestroyed { .. }) => {
                    Outcome::Err("ItemInterpreterDestroyed".into())
                }
                Err(e) => panic!("get_nowait: {e}"),
            };
            (expected, got)
        }
        Op::ListAll => {
            let main_id = real.main.id() as i64;
            let mut ids: Vec<Shareable> = std::iter::once(main_id)
                .chain(
                    model
                        .interps
                        .iter()
                        .filter(|m| m.alive)
                        .map(|m| m.id as i64),
                )
                .map(Shareable::Int)
                .collect();
            ids.sort_by_key(|s| match s {
                Shareable::Int(i) => *i,
                _ => 0,
            });
            let expected = Outcome::Value(Shareable::Tuple(Arc::from(ids)));
            let got = real.py("r = tuple(sorted(i.id for i in interpreters.list_all()))");
            (expected, got)
        }
    })
}

#[test]
fn interpreters_and_queues_follow_the_model() {
    let mut runner = TestRunner::new(Config {
        cases: 128,
        max_shrink_iters: 2000,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(op(), 1..60), |ops| {
            let mut model = Model {
                queues: vec![VecDeque::new(); QUEUES.len()],
                ..Model::default()
            };
            let mut real = Real::new();
            for (k, op) in ops.iter().enumerate() {
                let (expected, got) = step(&mut model, &mut real, op)?;
                prop_assert_eq!(&got, &expected, "step {} ({:?})", k, op);
                // The runtime's registry holds exactly the live interpreters.
                let live: BTreeSet<u64> = real.rt.interpreter_ids().into_iter().collect();
                let want: BTreeSet<u64> = std::iter::once(real.main.id())
                    .chain(model.interps.iter().filter(|m| m.alive).map(|m| m.id))
                    .collect();
                prop_assert_eq!(live, want, "live interpreters after step {}", k);
                for (q, items) in model.queues.iter().enumerate() {
                    prop_assert_eq!(real.queues[q].qsize(), items.len(), "qsize of q{}", q);
                }
            }
            Ok(())
        })
        .unwrap();
}

/// Any value shareable at the Python level, queue and channel handles included, sent by one
/// interpreter through a queue to a second, which passes it on through a PEP 554 channel to
/// main, arrives in Rust equal to what went in (floats by bits, handles by identity).
#[test]
fn any_shareable_round_trips_through_interpreters_queue_and_channel() {
    let rt = Runtime::new(RuntimeConfig::default());
    let main = rt.main_interpreter();
    let a = rt.create_interpreter(InterpConfig::default());
    let b = rt.create_interpreter(InterpConfig::default());
    let q = rt.create_queue(0, UnboundOp::Unbound);
    let extra = rt.create_queue(2, UnboundOp::Remove);
    main.exec("import interpreters\ndef _chan():\n    return interpreters.create_channel()")
        .unwrap();
    let (recv, send) = match main.call("_chan", &[]).unwrap() {
        Shareable::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        other => panic!("create_channel gave {other:?}"),
    };
    a.prepare_main(&[("q", Shareable::Queue(q.clone()))])
        .unwrap();
    b.prepare_main(&[("q", Shareable::Queue(q.clone())), ("s", send.clone())])
        .unwrap();
    b.exec("def relay():\n    s.send_nowait(q.get(timeout=10))")
        .unwrap();
    main.prepare_main(&[("r", recv.clone())]).unwrap();
    main.exec("def take():\n    return r.recv()").unwrap();

    let handles = vec![Shareable::Queue(extra), recv, send];
    let with_handles = prop_oneof![
        4 => value(),
        1 => prop::sample::select(handles),
    ]
    .prop_recursive(2, 12, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(|v| Shareable::Tuple(Arc::from(v)))
    });
    let mut runner = TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&with_handles, |v| {
            a.prepare_main(&[("v", v.clone())]).unwrap();
            a.exec("q.put(v)").unwrap();
            b.call("relay", &[]).unwrap();
            let got = main.call("take", &[]).unwrap();
            prop_assert_eq!(&got, &v);
            Ok(())
        })
        .unwrap();
}
