//! `Interrupt`: firing wakes every parked queue and channel wait at once (untimed ones too),
//! later waits fail at once, no item is lost or duplicated by an interrupted wait, and racing
//! a fire against waits that are just parking never leaves a thread parked.

use std::thread;
use std::time::{Duration, Instant};

use isles_channel::{
    ChannelError, Interrupt, Origin, QueueError, Registry, Shareable, UnboundOp, no_gil,
};

#[test]
fn firing_wakes_every_kind_of_untimed_wait() {
    let reg = Registry::new();
    let empty = reg.create_queue(0, UnboundOp::Unbound);
    let full = reg.create_queue(1, UnboundOp::Unbound);
    full.put_nowait(Shareable::Int(0), Origin::new(0)).unwrap();
    let (r, s) = reg.create_channel();
    let int = Interrupt::new();
    let mut waits: Vec<thread::JoinHandle<String>> = Vec::new();
    {
        let (q, int) = (empty.clone(), int.clone());
        waits.push(thread::spawn(move || {
            format!("{:?}", q.get_interruptible(None, Some(&int), no_gil))
        }));
    }
    {
        let (q, int) = (full.clone(), int.clone());
        waits.push(thread::spawn(move || {
            let r =
                q.put_interruptible(Shareable::Int(1), Origin::new(0), None, Some(&int), no_gil);
            format!("{r:?}")
        }));
    }
    {
        let (r, int) = (r.clone(), int.clone());
        waits.push(thread::spawn(move || {
            format!("{:?}", r.recv_interruptible(0, None, Some(&int), no_gil))
        }));
    }
    {
        let (s, int) = (s.clone(), int.clone());
        waits.push(thread::spawn(move || {
            let r =
                s.send_interruptible(Shareable::Int(2), Origin::new(1), None, Some(&int), no_gil);
            format!("{r:?}")
        }));
    }
    thread::sleep(Duration::from_millis(50));
    let started = Instant::now();
    int.fire();
    let got: Vec<String> = waits.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        got[0],
        format!(
            "{:?}",
            Err::<(), _>(QueueError::Interrupted { id: empty.id() })
        )
    );
    assert_eq!(
        got[1],
        format!(
            "{:?}",
            Err::<(), _>(QueueError::Interrupted { id: full.id() })
        )
    );
    // The receiver may have taken the sender's item before the fire.
    let (recv, send) = (&got[2], &got[3]);
    match (recv.as_str(), send.as_str()) {
        ("Ok(Int(2))", "Ok(())") => {}
        (a, b) => {
            assert_eq!(
                a,
                format!(
                    "{:?}",
                    Err::<(), _>(ChannelError::Interrupted { id: r.id() })
                )
            );
            assert_eq!(
                b,
                format!(
                    "{:?}",
                    Err::<(), _>(ChannelError::Interrupted { id: s.id() })
                )
            );
            // The interrupted send withdrew its item.
            assert_eq!(r.recv_nowait(0), Err(ChannelError::Empty { id: r.id() }));
        }
    }
    // Nothing taken or added by the interrupted queue waits; later waits fail at once.
    assert_eq!(empty.qsize(), 0);
    assert_eq!(full.qsize(), 1);
    assert_eq!(
        empty.get_interruptible(None, Some(&int), no_gil),
        Err(QueueError::Interrupted { id: empty.id() })
    );
    // An item already there is still taken: only waiting is refused.
    assert_eq!(
        full.get_interruptible(None, Some(&int), no_gil),
        Ok(Shareable::Int(0))
    );
}

/// A fire racing with gets that are spinning, registering or parking: every get returns
/// (an item or `Interrupted`), and the items taken plus those left are exactly those put.
#[test]
fn a_fire_racing_parking_gets_never_strands_a_thread() {
    for round in 0..200 {
        let reg = Registry::new();
        let q = reg.create_queue(0, UnboundOp::Unbound);
        let int = Interrupt::new();
        let getters: Vec<_> = (0..4)
            .map(|_| {
                let (q, int) = (q.clone(), int.clone());
                thread::spawn(move || {
                    let mut got = Vec::new();
                    loop {
                        match q.get_interruptible(None, Some(&int), no_gil) {
                            Ok(Shareable::Int(i)) => got.push(i),
                            Ok(other) => panic!("unexpected {other:?}"),
                            Err(QueueError::Interrupted { .. }) => return got,
                            Err(e) => panic!("unexpected {e:?}"),
                        }
                    }
                })
            })
            .collect();
        let sent = 20 + round % 7;
        for i in 0..sent {
            q.put_nowait(Shareable::Int(i as i64), Origin::new(0))
                .unwrap();
            if i % 5 == round % 5 {
                thread::yield_now();
            }
        }
        if round % 2 == 0 {
            thread::sleep(Duration::from_micros(200));
        }
        let started = Instant::now();
        int.fire();
        let mut all: Vec<i64> = getters
            .into_iter()
            .flat_map(|t| t.join().unwrap())
            .collect();
        assert!(started.elapsed() < Duration::from_secs(5));
        while let Ok(Shareable::Int(i)) = q.get_nowait() {
            all.push(i);
        }
        all.sort_unstable();
        assert_eq!(all, (0..sent as i64).collect::<Vec<_>>(), "round {round}");
    }
}

#[test]
fn watches_are_dropped_with_their_waits() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let int = Interrupt::new();
    for _ in 0..100 {
        let r = q.get_interruptible(Some(Duration::from_micros(50)), Some(&int), no_gil);
        assert_eq!(r, Err(QueueError::Empty { id: q.id() }));
    }
    // No registered waker kept the queue alive.
    let id = q.id();
    drop(q);
    assert!(reg.queue(id).is_err(), "the queue was freed");
}
