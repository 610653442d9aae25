//! Channel API tests: rendezvous send, nowait forms, close/release states, unbound items,
//! listing, errors, and the exactly-once promise under concurrency.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use isles_channel::{ChannelError, Origin, Registry, Shareable, SharedBytes, UnboundOp, no_gil};

const LONG: Option<Duration> = Some(Duration::from_secs(10));

fn int(i: i64) -> Shareable {
    Shareable::Int(i)
}

#[test]
fn send_blocks_until_received() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let done = Arc::new(AtomicUsize::new(0));
    let done2 = done.clone();
    let sender = thread::spawn(move || {
        let res = s.send(int(1), Origin::new(1), LONG, no_gil);
        done2.store(1, Ordering::SeqCst);
        res
    });
    thread::sleep(Duration::from_millis(50));
    assert_eq!(
        done.load(Ordering::SeqCst),
        0,
        "send returned before a recv"
    );
    assert_eq!(r.info().count, 1);
    assert_eq!(r.recv(0, LONG, no_gil), Ok(int(1)));
    assert_eq!(sender.join().unwrap(), Ok(()));
}

#[test]
fn recv_blocks_until_sent_and_wakes_promptly() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let parked = Arc::new(AtomicUsize::new(0));
    let parked2 = parked.clone();
    let receiver = thread::spawn(move || {
        let got = r.recv(0, LONG, |wait| {
            parked2.store(1, Ordering::SeqCst);
            wait();
        });
        (got, Instant::now())
    });
    while parked.load(Ordering::SeqCst) == 0 {
        thread::yield_now();
    }
    thread::sleep(Duration::from_millis(5));
    let sent = Instant::now();
    // A receiver is parked, so send_nowait reports an immediate hand-over.
    assert_eq!(s.send_nowait(int(9), Origin::new(1)), Ok(true));
    let (got, woke) = receiver.join().unwrap();
    assert_eq!(got, Ok(int(9)));
    let latency = woke.duration_since(sent);
    println!("channel recv wake-up latency: {latency:?}");
    assert!(latency < Duration::from_millis(200), "{latency:?}");
}

#[test]
fn nowait_forms() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id }));
    assert_eq!(s.send_nowait(int(1), Origin::new(0)), Ok(false));
    assert_eq!(s.send_nowait(int(2), Origin::new(0)), Ok(false));
    assert_eq!(r.recv_nowait(0), Ok(int(1)));
    assert_eq!(r.recv(0, Some(Duration::ZERO), no_gil), Ok(int(2)));
    assert_eq!(
        r.recv(0, Some(Duration::ZERO), no_gil),
        Err(ChannelError::Timeout { id })
    );
}

#[test]
fn timeouts() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    let t = Instant::now();
    assert_eq!(
        r.recv(0, Some(Duration::from_millis(30)), no_gil),
        Err(ChannelError::Timeout { id })
    );
    assert!(t.elapsed() >= Duration::from_millis(30));
    let t = Instant::now();
    assert_eq!(
        s.send(
            int(1),
            Origin::new(0),
            Some(Duration::from_millis(30)),
            no_gil
        ),
        Err(ChannelError::Timeout { id })
    );
    assert!(t.elapsed() >= Duration::from_millis(30));
    // The timed-out item was withdrawn: it is never received.
    assert_eq!(r.info().count, 0);
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id }));
    assert_eq!(
        s.send(int(1), Origin::new(0), Some(Duration::ZERO), no_gil),
        Err(ChannelError::Timeout { id })
    );
}

#[test]
fn hook_that_does_not_wait_degrades_to_zero_timeout() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    let skip = |_wait: &mut (dyn FnMut() + Send)| {};
    assert_eq!(r.recv(0, None, skip), Err(ChannelError::Timeout { id }));
    assert_eq!(
        s.send(int(1), Origin::new(0), None, skip),
        Err(ChannelError::Timeout { id })
    );
    assert_eq!(r.info().count, 0);
}

#[test]
fn send_close_lets_pending_items_drain() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    s.send_nowait(int(1), Origin::new(0)).unwrap();
    s.send_nowait(int(2), Origin::new(0)).unwrap();
    s.close(false).unwrap();
    let info = r.info();
    assert!(info.closing && !info.open && !info.closed);
    assert!(s.is_closed());
    assert!(!r.is_closed());
    assert_eq!(
        s.send_nowait(int(3), Origin::new(0)),
        Err(ChannelError::Closed { id })
    );
    assert_eq!(s.close(false), Err(ChannelError::Closed { id }));
    assert_eq!(r.recv_nowait(0), Ok(int(1)));
    assert_eq!(r.recv(0, LONG, no_gil), Ok(int(2)));
    assert!(r.is_closed());
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Closed { id }));
    assert_eq!(r.recv(0, LONG, no_gil), Err(ChannelError::Closed { id }));
}

#[test]
fn closing_wakes_parked_receivers() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    let r2 = r.clone();
    let receiver = thread::spawn(move || r2.recv(0, LONG, no_gil));
    thread::sleep(Duration::from_millis(20));
    s.close(false).unwrap(); // empty: closes at once
    assert_eq!(receiver.join().unwrap(), Err(ChannelError::Closed { id }));
    assert_eq!(
        s.send(int(1), Origin::new(0), LONG, no_gil),
        Err(ChannelError::Closed { id })
    );
}

#[test]
fn recv_close_requires_empty_or_force() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    s.send_nowait(int(1), Origin::new(0)).unwrap();
    assert_eq!(r.close(false), Err(ChannelError::NotEmpty { id }));
    assert!(r.info().open);
    r.close(true).unwrap();
    assert!(r.is_closed() && s.is_closed());
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Closed { id }));
    assert_eq!(r.close(true), Err(ChannelError::Closed { id }));
    assert_eq!(s.close(true), Err(ChannelError::Closed { id }));

    let (r, _s) = reg.create_channel();
    r.close(false).unwrap(); // empty: fine without force
    assert!(r.is_closed());
}

#[test]
fn force_close_tells_blocked_sender_its_item_was_not_received() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    let s2 = s.clone();
    let sender = thread::spawn(move || s2.send(int(1), Origin::new(1), LONG, no_gil));
    while r.info().count == 0 {
        thread::yield_now();
    }
    s.close(true).unwrap();
    assert_eq!(sender.join().unwrap(), Err(ChannelError::Closed { id }));
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Closed { id }));
}

#[test]
fn blocked_sender_still_delivers_after_non_forced_send_close() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let s2 = s.clone();
    let sender = thread::spawn(move || s2.send(int(1), Origin::new(1), LONG, no_gil));
    while r.info().count == 0 {
        thread::yield_now();
    }
    s.close(false).unwrap();
    assert_eq!(r.recv(0, LONG, no_gil), Ok(int(1)));
    assert_eq!(sender.join().unwrap(), Ok(()));
    assert!(r.is_closed());
}

#[test]
fn release_ends_one_interpreters_use() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    s.send_nowait(int(1), Origin::new(1)).unwrap(); // interp 1 sends
    assert_eq!(r.recv_nowait(2), Ok(int(1))); // interp 2 receives
    r.release(2);
    r.release(2); // twice is a no-op
    assert_eq!(r.recv_nowait(2), Err(ChannelError::Released { id }));
    assert_eq!(r.recv(2, LONG, no_gil), Err(ChannelError::Released { id }));
    // Interp 1 still sends; interp 3 can still receive.
    assert!(r.info().open);
    s.send_nowait(int(2), Origin::new(1)).unwrap();
    assert_eq!(r.recv_nowait(3), Ok(int(2)));
    s.release(1);
    assert_eq!(
        s.send_nowait(int(3), Origin::new(1)),
        Err(ChannelError::Released { id })
    );
    let info = r.info();
    assert_eq!(
        (
            info.num_interp_send,
            info.num_interp_send_released,
            info.num_interp_recv,
            info.num_interp_recv_released
        ),
        (0, 1, 1, 1)
    );
    // The last association goes: the channel closes.
    r.release(3);
    assert!(r.is_closed());
    assert_eq!(r.recv_nowait(4), Err(ChannelError::Closed { id }));
}

#[test]
fn release_wakes_a_parked_receiver_of_that_interpreter() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    s.send_nowait(int(0), Origin::new(9)).unwrap(); // keep the channel in use
    assert_eq!(r.recv_nowait(1), Ok(int(0)));
    let r2 = r.clone();
    let receiver = thread::spawn(move || r2.recv(1, LONG, no_gil));
    thread::sleep(Duration::from_millis(20));
    r.release(1);
    assert_eq!(receiver.join().unwrap(), Err(ChannelError::Released { id }));
}

#[test]
fn release_of_an_unused_channel_keeps_pending_items() {
    // CPython 3.13 discards pending items here; we let them be received first.
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    s.send_nowait(int(1), Origin::new(1)).unwrap();
    s.release(1);
    assert!(r.info().closing);
    assert!(reg.list_all_channels().len() == 1);
    assert_eq!(r.recv_nowait(0), Ok(int(1)));
    assert!(r.is_closed());
    assert!(reg.list_all_channels().is_empty());
}

#[test]
fn release_interpreter_applies_unbound_policies() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel_with(UnboundOp::Error);
    let id = r.id();
    // The receiver (interp 0) associates first, so the channel stays open after interp 1 goes.
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id }));
    s.send_nowait(int(1), Origin::new(1)).unwrap();
    s.send_nowait(int(2), Origin::new(1).with_unbound(UnboundOp::Remove))
        .unwrap();
    s.send_nowait(int(3), Origin::new(1).with_unbound(UnboundOp::Unbound))
        .unwrap();
    s.send_nowait(int(4), Origin::new(2)).unwrap();
    reg.release_interpreter(1);
    assert_eq!(r.info().count, 3);
    assert_eq!(
        r.recv_nowait(0),
        Err(ChannelError::ItemInterpreterDestroyed { id, interp: 1 })
    );
    assert_eq!(r.recv_nowait(0), Ok(Shareable::Unbound));
    assert_eq!(r.recv_nowait(0), Ok(int(4)));
    assert!(r.info().open);
    assert_eq!(
        s.send_nowait(int(5), Origin::new(1)),
        Err(ChannelError::Released { id })
    );
}

#[test]
fn release_interpreter_with_remove_tells_a_blocked_sender() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel_with(UnboundOp::Remove);
    let id = r.id();
    let _ = r.recv_nowait(0);
    let s2 = s.clone();
    let sender = thread::spawn(move || s2.send(int(1), Origin::new(5), LONG, no_gil));
    while r.info().count == 0 {
        thread::yield_now();
    }
    r.release_interpreter(5);
    assert_eq!(sender.join().unwrap(), Err(ChannelError::Closed { id }));
    assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id }));
}

#[test]
fn registry_lists_and_finds_channels() {
    let reg = Registry::new();
    let (r0, s0) = reg.create_channel();
    let (r1, s1) = reg.create_channel();
    assert_eq!((r0.id(), r1.id()), (0, 1));
    assert_eq!(
        reg.list_all_channels(),
        vec![(r0.clone(), s0.clone()), (r1.clone(), s1.clone())]
    );
    assert_eq!(reg.channel(1), Ok((r1.clone(), s1.clone())));
    r0.close(false).unwrap();
    assert_eq!(reg.list_all_channels(), vec![(r1.clone(), s1.clone())]);
    // A closed channel can still be looked up while handles exist.
    assert!(reg.channel(0).unwrap().0.is_closed());
    drop((r0, s0));
    assert_eq!(reg.channel(0), Err(ChannelError::NotFound { id: 0 }));
    let (r2, _s2) = reg.create_channel();
    assert_eq!(r2.id(), 2, "ids are never reused");
    assert_eq!(
        format!("{r1:?} {s1:?}"),
        "RecvChannel(id=1) SendChannel(id=1)"
    );
    assert_eq!(r1.send_end(), s1);
    assert_eq!(s1.recv_end(), r1);
    assert_ne!(r1, r2);
}

#[test]
fn registry_drop_closes_channels_and_wakes_everyone() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let id = r.id();
    let (r2, s2) = reg.create_channel();
    let receiver = thread::spawn(move || r2.recv(0, LONG, no_gil));
    let sender = thread::spawn(move || s.send(int(1), Origin::new(1), LONG, no_gil));
    while r.info().count == 0 {
        thread::yield_now();
    }
    thread::sleep(Duration::from_millis(10));
    drop(reg);
    assert_eq!(sender.join().unwrap(), Err(ChannelError::Closed { id }));
    assert_eq!(
        receiver.join().unwrap(),
        Err(ChannelError::Closed { id: s2.id() })
    );
}

#[test]
fn error_messages_match_cpython() {
    assert_eq!(
        ChannelError::Closed { id: 0 }.to_string(),
        "channel 0 is closed"
    );
    assert_eq!(
        ChannelError::Released { id: 1 }.to_string(),
        "channel 1 is already closed"
    );
    assert_eq!(
        ChannelError::Empty { id: 0 }.to_string(),
        "channel 0 is empty"
    );
    assert_eq!(
        ChannelError::NotEmpty { id: 1 }.to_string(),
        "channel 1 may not be closed if not empty (try force=True)"
    );
    assert_eq!(
        ChannelError::NotFound { id: 2 }.to_string(),
        "channel 2 not found"
    );
    assert_eq!(ChannelError::Timeout { id: 0 }.to_string(), "timed out");
    assert_eq!(
        ChannelError::ItemInterpreterDestroyed { id: 0, interp: 1 }.to_string(),
        "item's original interpreter destroyed"
    );
}

#[test]
fn bytes_cross_a_channel_without_copy() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let payload = SharedBytes::from(vec![1u8; 1 << 20]);
    let ptr = payload.as_slice().as_ptr();
    let sender =
        thread::spawn(move || s.send(Shareable::Bytes(payload), Origin::new(1), LONG, no_gil));
    let Ok(Shareable::Bytes(b)) = r.recv(0, LONG, no_gil) else {
        panic!("not bytes")
    };
    sender.join().unwrap().unwrap();
    assert_eq!(b.as_slice().as_ptr(), ptr);
}

#[test]
fn exactly_once_in_order_with_timeouts_racing_receivers() {
    // Senders use short timeouts, so many sends race a receiver's take against their own
    // withdrawal. Every send that returned Ok must be received exactly once, every send that
    // failed must never be received, and each sender's items arrive in order.
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    const SENDERS: i64 = 3;
    const PER_SENDER: i64 = 400;
    let senders: Vec<_> = (0..SENDERS)
        .map(|who| {
            let s = s.clone();
            thread::spawn(move || {
                let mut delivered = Vec::new();
                for i in 0..PER_SENDER {
                    let v = Shareable::tuple(vec![int(who), int(i)]);
                    let timeout = Duration::from_micros(if i % 3 == 0 { 1 } else { 2000 });
                    match s.send(v, Origin::new(who as u64), Some(timeout), no_gil) {
                        Ok(()) => delivered.push(i),
                        Err(ChannelError::Timeout { .. }) => {}
                        Err(e) => panic!("unexpected {e}"),
                    }
                }
                delivered
            })
        })
        .collect();
    let receivers: Vec<_> = (0..2)
        .map(|_| {
            let r = r.clone();
            thread::spawn(move || {
                let mut got = Vec::new();
                loop {
                    match r.recv(0, Some(Duration::from_millis(300)), no_gil) {
                        Ok(Shareable::Tuple(t)) => match (&t[0], &t[1]) {
                            (Shareable::Int(w), Shareable::Int(i)) => got.push((*w, *i)),
                            other => panic!("bad item {other:?}"),
                        },
                        Ok(other) => panic!("bad item {other:?}"),
                        Err(ChannelError::Timeout { .. }) => return got,
                        Err(e) => panic!("unexpected {e}"),
                    }
                }
            })
        })
        .collect();
    let delivered: Vec<Vec<i64>> = senders.into_iter().map(|t| t.join().unwrap()).collect();
    let received: Vec<Vec<(i64, i64)>> = receivers.into_iter().map(|t| t.join().unwrap()).collect();
    let mut seen = HashSet::new();
    for got in &received {
        let mut last = vec![-1i64; SENDERS as usize];
        for &(w, i) in got {
            assert!(seen.insert((w, i)), "({w}, {i}) received twice");
            assert!(i > last[w as usize], "sender {w} reordered");
            last[w as usize] = i;
        }
    }
    let expected: HashSet<(i64, i64)> = delivered
        .iter()
        .enumerate()
        .flat_map(|(w, is)| is.iter().map(move |&i| (w as i64, i)))
        .collect();
    assert_eq!(
        seen, expected,
        "received set differs from acknowledged sends"
    );
    println!(
        "acknowledged {} of {} timed sends",
        expected.len(),
        SENDERS * PER_SENDER
    );
}
