//! Stress: many threads exchanging many messages through bounded queues and a rendezvous
//! channel, checking that nothing is lost, duplicated or reordered per sender, and that
//! nothing deadlocks (every wait has a timeout, so a stuck exchange fails instead of hanging).

use std::collections::HashSet;
use std::thread;
use std::time::{Duration, Instant};

use isles_channel::{ChannelError, Origin, QueueError, Registry, Shareable, UnboundOp, no_gil};

/// A wait this long means something is stuck.
const STUCK: Option<Duration> = Some(Duration::from_secs(10));

fn msg(sender: usize, seq: i64) -> Shareable {
    Shareable::tuple(vec![Shareable::Int(sender as i64), Shareable::Int(seq)])
}

fn unpack(v: &Shareable) -> (usize, i64) {
    match v {
        Shareable::Tuple(t) => match &t[..] {
            [Shareable::Int(w), Shareable::Int(i)] => (*w as usize, *i),
            other => panic!("bad message {other:?}"),
        },
        other => panic!("bad message {other:?}"),
    }
}

#[test]
fn queues_8_threads_x_8_queues_100k_messages() {
    const THREADS: usize = 8;
    const QUEUES: usize = 8;
    const TOTAL: usize = 100_000;
    const PER_SENDER: usize = TOTAL / THREADS;
    let start = Instant::now();
    let reg = Registry::new();
    // Small bounds, so both blocking puts and blocking gets happen all the time.
    let queues: Vec<_> = (0..QUEUES)
        .map(|_| reg.create_queue(16, UnboundOp::Unbound))
        .collect();

    let received: Vec<Vec<(usize, i64)>> = thread::scope(|scope| {
        let producers: Vec<_> = (0..THREADS)
            .map(|w| {
                let queues = &queues;
                scope.spawn(move || {
                    for i in 0..PER_SENDER {
                        // Spread each sender's messages over all queues.
                        let q = &queues[(i * 7 + w) % QUEUES];
                        q.put(msg(w, i as i64), Origin::new(w as u64), STUCK, no_gil)
                            .unwrap_or_else(|e| panic!("producer {w} stuck at {i}: {e}"));
                    }
                    // One end marker per queue.
                    for q in queues {
                        q.put(msg(w, -1), Origin::new(w as u64), STUCK, no_gil)
                            .unwrap_or_else(|e| panic!("producer {w} stuck at end: {e}"));
                    }
                })
            })
            .collect();
        let consumers: Vec<_> = queues
            .iter()
            .enumerate()
            .map(|(qi, q)| {
                scope.spawn(move || {
                    let mut got = Vec::new();
                    let mut last = [-1i64; THREADS];
                    let mut ended = 0;
                    while ended < THREADS {
                        let v = q
                            .get(STUCK, no_gil)
                            .unwrap_or_else(|e| panic!("consumer {qi} stuck: {e}"));
                        let (w, i) = unpack(&v);
                        if i < 0 {
                            ended += 1;
                            continue;
                        }
                        assert!(
                            i > last[w],
                            "queue {qi}: sender {w} reordered ({i} after {})",
                            last[w]
                        );
                        last[w] = i;
                        got.push((w, i));
                    }
                    got
                })
            })
            .collect();
        for p in producers {
            p.join().expect("producer panicked");
        }
        consumers
            .into_iter()
            .map(|c| c.join().expect("consumer panicked"))
            .collect()
    });

    let mut seen = HashSet::new();
    for got in &received {
        for &m in got {
            assert!(seen.insert(m), "{m:?} received twice");
        }
    }
    assert_eq!(seen.len(), TOTAL, "messages lost");
    for q in &queues {
        assert_eq!(q.get_nowait(), Err(QueueError::Empty { id: q.id() }));
    }
    let elapsed = start.elapsed();
    println!("8 producers x 8 queues x 8 consumers: {TOTAL} messages in {elapsed:?}");
    assert!(elapsed < Duration::from_secs(20), "{elapsed:?}");
}

#[test]
fn channel_rendezvous_4_senders_4_receivers() {
    const SENDERS: usize = 4;
    const RECEIVERS: usize = 4;
    const PER_SENDER: usize = 5_000;
    let start = Instant::now();
    let reg = Registry::new();
    let (r, s) = reg.create_channel();

    let received: Vec<Vec<(usize, i64)>> = thread::scope(|scope| {
        let receivers: Vec<_> = (0..RECEIVERS)
            .map(|k| {
                let r = r.clone();
                scope.spawn(move || {
                    let mut got = Vec::new();
                    loop {
                        match r.recv(k as u64, STUCK, no_gil) {
                            Ok(v) => got.push(unpack(&v)),
                            // The senders are done and the channel drained.
                            Err(ChannelError::Closed { .. }) => return got,
                            Err(e) => panic!("receiver {k} stuck: {e}"),
                        }
                    }
                })
            })
            .collect();
        let senders: Vec<_> = (0..SENDERS)
            .map(|w| {
                let s = s.clone();
                scope.spawn(move || {
                    for i in 0..PER_SENDER {
                        s.send(msg(w, i as i64), Origin::new(100 + w as u64), STUCK, no_gil)
                            .unwrap_or_else(|e| panic!("sender {w} stuck at {i}: {e}"));
                    }
                })
            })
            .collect();
        for t in senders {
            t.join().expect("sender panicked");
        }
        s.close(false).expect("close");
        receivers
            .into_iter()
            .map(|t| t.join().expect("receiver panicked"))
            .collect()
    });

    let mut seen = HashSet::new();
    for got in &received {
        let mut last = [-1i64; SENDERS];
        for &(w, i) in got {
            assert!(seen.insert((w, i)), "({w}, {i}) received twice");
            assert!(i > last[w], "sender {w} reordered");
            last[w] = i;
        }
    }
    assert_eq!(seen.len(), SENDERS * PER_SENDER, "messages lost");
    let elapsed = start.elapsed();
    println!(
        "channel rendezvous: {} messages, {SENDERS} senders, {RECEIVERS} receivers, in {elapsed:?}",
        SENDERS * PER_SENDER
    );
    assert!(elapsed < Duration::from_secs(20), "{elapsed:?}");
}
