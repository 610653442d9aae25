//! Queue API tests: every operation and error, the wait hook, prompt wake-up, zero-copy bytes.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use isles_channel::{Origin, QueueError, Registry, Shareable, SharedBytes, UnboundOp, no_gil};
use parking_lot::Mutex;

const LONG: Option<Duration> = Some(Duration::from_secs(10));

fn int(i: i64) -> Shareable {
    Shareable::Int(i)
}

#[test]
fn fifo_order_and_sizes() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    assert!(q.empty());
    assert!(!q.full());
    assert_eq!(q.maxsize(), 0);
    for i in 0..100 {
        q.put_nowait(int(i), Origin::new(0)).unwrap();
    }
    assert_eq!(q.qsize(), 100);
    assert!(!q.full(), "an unbounded queue is never full");
    for i in 0..100 {
        assert_eq!(q.get(LONG, no_gil).unwrap(), int(i));
    }
    assert!(q.empty());
}

#[test]
fn bounded_queue_full_and_empty_errors() {
    let reg = Registry::new();
    let q = reg.create_queue(2, UnboundOp::Unbound);
    let id = q.id();
    assert_eq!(q.get_nowait(), Err(QueueError::Empty { id }));
    q.put_nowait(int(1), Origin::new(0)).unwrap();
    q.put(int(2), Origin::new(0), None, no_gil).unwrap();
    assert!(q.full());
    assert_eq!(
        q.put_nowait(int(3), Origin::new(0)),
        Err(QueueError::Full { id })
    );
    assert_eq!(
        q.put(int(3), Origin::new(0), Some(Duration::ZERO), no_gil),
        Err(QueueError::Full { id })
    );
    assert_eq!(q.qsize(), 2);
    assert_eq!(q.get_nowait(), Ok(int(1)));
    assert_eq!(q.get(Some(Duration::ZERO), no_gil), Ok(int(2)));
    assert_eq!(
        q.get(Some(Duration::ZERO), no_gil),
        Err(QueueError::Empty { id })
    );
}

#[test]
fn timeouts_wait_about_as_long_as_asked() {
    let reg = Registry::new();
    let q = reg.create_queue(1, UnboundOp::Unbound);
    let t = Instant::now();
    assert_eq!(
        q.get(Some(Duration::from_millis(50)), no_gil),
        Err(QueueError::Empty { id: q.id() })
    );
    let waited = t.elapsed();
    assert!(waited >= Duration::from_millis(50), "{waited:?}");
    assert!(waited < Duration::from_secs(5), "{waited:?}");

    q.put_nowait(int(0), Origin::new(0)).unwrap();
    let t = Instant::now();
    assert_eq!(
        q.put(
            int(1),
            Origin::new(0),
            Some(Duration::from_millis(50)),
            no_gil
        ),
        Err(QueueError::Full { id: q.id() })
    );
    assert!(t.elapsed() >= Duration::from_millis(50));
    // A huge timeout is as good as none (no overflow, no panic).
    assert_eq!(q.get(Some(Duration::MAX), no_gil), Ok(int(0)));
}

#[test]
fn blocking_put_is_released_by_a_get() {
    let reg = Registry::new();
    let q = reg.create_queue(1, UnboundOp::Unbound);
    q.put_nowait(int(1), Origin::new(0)).unwrap();
    let q2 = q.clone();
    let putter = thread::spawn(move || q2.put(int(2), Origin::new(1), LONG, no_gil));
    thread::sleep(Duration::from_millis(20));
    assert_eq!(q.get(LONG, no_gil), Ok(int(1)));
    putter.join().unwrap().unwrap();
    assert_eq!(q.get(LONG, no_gil), Ok(int(2)));
}

#[test]
fn blocking_get_wakes_promptly() {
    // The getter parks first; the put happens from another thread; we measure from just
    // before the put until the getter has the item.
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let parked = Arc::new(AtomicUsize::new(0));
    let mut samples = Vec::new();
    for round in 0..20 {
        let q2 = q.clone();
        let parked2 = parked.clone();
        let getter = thread::spawn(move || {
            let got = q2.get(LONG, |wait| {
                parked2.fetch_add(1, Ordering::SeqCst);
                wait();
            });
            (got, Instant::now())
        });
        // Wait until the getter is inside its wait hook, then a little more so it is parked.
        while parked.load(Ordering::SeqCst) <= round {
            thread::yield_now();
        }
        thread::sleep(Duration::from_millis(5));
        let sent = Instant::now();
        q.put_nowait(int(round as i64), Origin::new(0)).unwrap();
        let (got, woke) = getter.join().unwrap();
        assert_eq!(got, Ok(int(round as i64)));
        samples.push(woke.duration_since(sent));
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let worst = samples[samples.len() - 1];
    println!("queue get wake-up latency: median {median:?}, worst {worst:?} (20 rounds)");
    assert!(median < Duration::from_millis(200), "median {median:?}");
    assert!(worst < Duration::from_secs(1), "worst {worst:?}");
}

#[test]
fn hook_is_called_only_when_blocking() {
    let reg = Registry::new();
    let q = reg.create_queue(1, UnboundOp::Unbound);
    let calls = AtomicUsize::new(0);
    let hook = |wait: &mut (dyn FnMut() + Send)| {
        calls.fetch_add(1, Ordering::SeqCst);
        wait();
    };
    q.put(int(1), Origin::new(0), LONG, hook).unwrap();
    assert_eq!(q.get(LONG, hook), Ok(int(1)));
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "fast paths must not call the hook"
    );
    assert_eq!(
        q.get(Some(Duration::from_millis(1)), hook),
        Err(QueueError::Empty { id: q.id() })
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // Zero timeout never blocks, so never calls the hook.
    let _ = q.get(Some(Duration::ZERO), hook);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[test]
fn hook_that_does_not_wait_degrades_to_nowait() {
    let reg = Registry::new();
    let q = reg.create_queue(1, UnboundOp::Unbound);
    let skip = |_wait: &mut (dyn FnMut() + Send)| {};
    assert_eq!(q.get(None, skip), Err(QueueError::Empty { id: q.id() }));
    q.put_nowait(int(1), Origin::new(0)).unwrap();
    assert_eq!(
        q.put(int(2), Origin::new(0), None, skip),
        Err(QueueError::Full { id: q.id() })
    );
    assert_eq!(q.qsize(), 1);
}

#[test]
fn gil_is_released_while_parked() {
    // A mutex stands in for an interpreter's GIL: the getter holds it and releases it only
    // inside the hook; the putter needs it to run, so the test would time out (the getter
    // would fail with Empty) if the hook did not release it.
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let gil = Arc::new(Mutex::new(()));
    let (q2, gil2) = (q.clone(), gil.clone());
    let started = Arc::new(AtomicUsize::new(0));
    let started2 = started.clone();
    let getter = thread::spawn(move || {
        let mut guard = gil2.lock();
        started2.store(1, Ordering::SeqCst);
        q2.get(LONG, |wait| {
            parking_lot::MutexGuard::unlocked(&mut guard, wait);
        })
    });
    while started.load(Ordering::SeqCst) == 0 {
        thread::yield_now();
    }
    {
        // Only possible while the getter is parked with the GIL released.
        let _gil = gil
            .try_lock_for(Duration::from_secs(10))
            .expect("the wait hook did not release the GIL");
        q.put_nowait(Shareable::from("through"), Origin::new(0))
            .unwrap();
    }
    assert_eq!(getter.join().unwrap(), Ok(Shareable::from("through")));
}

#[test]
fn unbound_policies_per_queue_and_per_item() {
    let reg = Registry::new();
    for (default, expect) in [
        (UnboundOp::Unbound, Some(Ok(Shareable::Unbound))),
        (UnboundOp::Error, Some(Err(()))),
        (UnboundOp::Remove, None),
    ] {
        let q = reg.create_queue(0, default);
        q.put_nowait(int(1), Origin::new(1)).unwrap();
        q.put_nowait(int(2), Origin::new(2)).unwrap();
        q.release_interpreter(1);
        match expect {
            Some(Ok(v)) => assert_eq!(q.get_nowait(), Ok(v)),
            Some(Err(())) => assert_eq!(
                q.get_nowait(),
                Err(QueueError::ItemInterpreterDestroyed {
                    id: q.id(),
                    interp: 1
                })
            ),
            None => {}
        }
        // Other interpreters' items are untouched; the queue stays usable.
        assert_eq!(q.get_nowait(), Ok(int(2)));
        assert!(q.empty());
    }
    // Per-item choice overrides the queue default.
    let q = reg.create_queue(0, UnboundOp::Remove);
    q.put_nowait(int(1), Origin::new(1).with_unbound(UnboundOp::Unbound))
        .unwrap();
    q.put_nowait(int(2), Origin::new(1)).unwrap();
    q.put_nowait(int(3), Origin::new(1).with_unbound(UnboundOp::Error))
        .unwrap();
    reg.release_interpreter(1);
    assert_eq!(q.qsize(), 2);
    assert_eq!(q.get_nowait(), Ok(Shareable::Unbound));
    assert!(matches!(
        q.get_nowait(),
        Err(QueueError::ItemInterpreterDestroyed { interp: 1, .. })
    ));
}

#[test]
fn unbound_remove_makes_room_for_a_blocked_put() {
    let reg = Registry::new();
    let q = reg.create_queue(1, UnboundOp::Remove);
    q.put_nowait(int(1), Origin::new(7)).unwrap();
    let q2 = q.clone();
    let putter = thread::spawn(move || q2.put(int(2), Origin::new(0), LONG, no_gil));
    thread::sleep(Duration::from_millis(20));
    reg.release_interpreter(7);
    putter.join().unwrap().unwrap();
    assert_eq!(q.get_nowait(), Ok(int(2)));
}

#[test]
fn registry_drop_closes_queues_and_wakes_waiters() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let id = q.id();
    let q2 = q.clone();
    let getter = thread::spawn(move || q2.get(LONG, no_gil));
    thread::sleep(Duration::from_millis(20));
    drop(reg);
    assert_eq!(getter.join().unwrap(), Err(QueueError::Closed { id }));
    assert!(q.is_closed());
    assert_eq!(
        q.put_nowait(int(1), Origin::new(0)),
        Err(QueueError::Closed { id })
    );
    assert_eq!(q.get_nowait(), Err(QueueError::Closed { id }));
    assert_eq!(
        q.put(int(1), Origin::new(0), LONG, no_gil),
        Err(QueueError::Closed { id })
    );
}

#[test]
fn queue_holding_its_own_handle_is_freed_with_the_registry() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    q.put_nowait(Shareable::Queue(q.clone()), Origin::new(0))
        .unwrap();
    let weak = {
        // Observe the queue's lifetime through a bytes payload it holds.
        let b = SharedBytes::from(vec![1u8; 8]);
        q.put_nowait(Shareable::Bytes(b.clone()), Origin::new(0))
            .unwrap();
        Arc::downgrade(b.as_arc())
    };
    drop(q);
    assert!(weak.upgrade().is_some(), "kept alive by the cycle");
    drop(reg);
    assert!(weak.upgrade().is_none(), "registry drop breaks the cycle");
}

#[test]
fn registry_lookup_listing_and_unique_ids() {
    let reg = Registry::new();
    let a = reg.create_queue(0, UnboundOp::Unbound);
    let b = reg.create_queue(5, UnboundOp::Error);
    assert_ne!(a.id(), b.id());
    assert_eq!(reg.queue(b.id()), Ok(b.clone()));
    assert_eq!(reg.queue(b.id()).unwrap().maxsize(), 5);
    assert_eq!(reg.list_all_queues(), vec![a.clone(), b.clone()]);
    let bid = b.id();
    drop(b);
    assert_eq!(reg.queue(bid), Err(QueueError::NotFound { id: bid }));
    assert_eq!(reg.list_all_queues(), vec![a.clone()]);
    let c = reg.create_queue(0, UnboundOp::Unbound);
    assert!(c.id() > bid, "ids are never reused");
    // A second registry is independent.
    let other = Registry::new();
    let d = other.create_queue(0, UnboundOp::Unbound);
    assert_eq!(d.id(), a.id());
    assert_ne!(d, a);
    assert_eq!(
        other.queue(c.id()),
        Err(QueueError::NotFound { id: c.id() })
    );
}

#[test]
fn handles_cross_through_queues() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let inner = reg.create_queue(0, UnboundOp::Unbound);
    let (r, s) = reg.create_channel();
    q.put_nowait(Shareable::Queue(inner.clone()), Origin::new(0))
        .unwrap();
    q.put_nowait(Shareable::from(s.clone()), Origin::new(0))
        .unwrap();
    q.put_nowait(Shareable::from(r.clone()), Origin::new(0))
        .unwrap();
    let Ok(Shareable::Queue(got)) = q.get_nowait() else {
        panic!("not a queue")
    };
    assert_eq!(got, inner);
    got.put_nowait(int(5), Origin::new(1)).unwrap();
    assert_eq!(inner.get_nowait(), Ok(int(5)));
    assert_eq!(q.get_nowait(), Ok(Shareable::SendChannel(s)));
    assert_eq!(q.get_nowait(), Ok(Shareable::RecvChannel(r)));
    assert_eq!(
        format!("{inner:?}"),
        format!("Queue(id={}, maxsize=0)", inner.id())
    );
}

#[test]
fn error_messages_match_cpython() {
    assert_eq!(QueueError::Empty { id: 1 }.to_string(), "queue 1 is empty");
    assert_eq!(QueueError::Full { id: 1 }.to_string(), "queue 1 is full");
    assert_eq!(
        QueueError::NotFound { id: 12345 }.to_string(),
        "queue 12345 not found"
    );
    assert_eq!(
        QueueError::Closed { id: 2 }.to_string(),
        "queue 2 is closed"
    );
    assert_eq!(
        QueueError::ItemInterpreterDestroyed { id: 1, interp: 2 }.to_string(),
        "item's original interpreter destroyed"
    );
}

#[test]
fn one_mib_bytes_cross_without_copy() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let payload = SharedBytes::from(vec![0xA5u8; 1 << 20]);
    let ptr = payload.as_slice().as_ptr();
    let q2 = q.clone();
    let sender =
        thread::spawn(move || q2.put(Shareable::Bytes(payload), Origin::new(1), LONG, no_gil));
    let got = q.get(LONG, no_gil).unwrap();
    sender.join().unwrap().unwrap();
    let Shareable::Bytes(b) = got else {
        panic!("not bytes")
    };
    assert_eq!(b.len(), 1 << 20);
    assert_eq!(b.as_slice().as_ptr(), ptr, "the payload was copied");
    // The receiver can keep the very same Arc as its storage.
    let arc = b.into_arc();
    assert_eq!(arc.as_ptr(), ptr);
    assert_eq!(Arc::strong_count(&arc), 1, "no other copy or owner remains");
}
