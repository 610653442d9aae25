//! Property tests: any `Shareable` crosses a queue and a channel and arrives equal, with its
//! bytes payloads still the same buffers.

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use isles_channel::{Origin, Registry, Shareable, SharedBytes, UnboundOp, no_gil};
use num_bigint::BigInt;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const LONG: Option<Duration> = Some(Duration::from_secs(10));

/// Any shareable value, nested up to a few levels, with handles taken from `handles`.
fn shareable(handles: Vec<Shareable>) -> impl Strategy<Value = Shareable> {
    let big = prop::collection::vec(any::<u8>(), 0..40)
        .prop_map(|b| Shareable::from_bigint(BigInt::from_signed_bytes_le(&b)));
    let leaf = prop_oneof![
        Just(Shareable::None),
        Just(Shareable::Unbound),
        any::<bool>().prop_map(Shareable::Bool),
        any::<i64>().prop_map(Shareable::Int),
        prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(0), Just(-1)].prop_map(Shareable::Int),
        big,
        // Every bit pattern: NaNs with payloads, infinities, -0.0, subnormals.
        any::<u64>().prop_map(|b| Shareable::Float(f64::from_bits(b))),
        any::<f64>().prop_map(Shareable::Float),
        any::<String>().prop_map(Shareable::from),
        "[\\u{0}-\\u{10FFFF}]{0,12}".prop_map(Shareable::from),
        prop::collection::vec(any::<u8>(), 0..64)
            .prop_map(|b| Shareable::Bytes(SharedBytes::from(b))),
        prop::sample::select(handles),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        let items = prop::collection::vec(inner.clone(), 0..6);
        prop_oneof![
            items.clone().prop_map(|v| Shareable::Tuple(Arc::from(v))),
            items.clone().prop_map(|v| Shareable::List(Arc::from(v))),
            items.clone().prop_map(|v| Shareable::Set(Arc::from(v))),
            items.prop_map(|v| Shareable::FrozenSet(Arc::from(v))),
            prop::collection::vec((inner.clone(), inner), 0..5)
                .prop_map(|v| Shareable::Dict(Arc::from(v))),
        ]
    })
}

/// Checks that every bytes payload in `got` is the very buffer of the same place in `sent`.
fn same_buffers(sent: &Shareable, got: &Shareable) -> bool {
    use Shareable as S;
    match (sent, got) {
        (S::Bytes(a), S::Bytes(b)) => a.ptr_eq(b),
        (S::Tuple(a), S::Tuple(b))
        | (S::List(a), S::List(b))
        | (S::Set(a), S::Set(b))
        | (S::FrozenSet(a), S::FrozenSet(b)) => {
            a.iter().zip(b.iter()).all(|(x, y)| same_buffers(x, y))
        }
        (S::Dict(a), S::Dict(b)) => a
            .iter()
            .zip(b.iter())
            .all(|((ka, va), (kb, vb))| same_buffers(ka, kb) && same_buffers(va, vb)),
        _ => true,
    }
}

fn handles(reg: &Registry) -> Vec<Shareable> {
    let q = reg.create_queue(3, UnboundOp::Error);
    let (r, s) = reg.create_channel();
    vec![
        Shareable::Queue(q),
        Shareable::RecvChannel(r),
        Shareable::SendChannel(s),
    ]
}

#[test]
fn any_shareable_round_trips_through_a_queue() {
    let reg = Registry::new();
    let q = reg.create_queue(0, UnboundOp::Unbound);
    let mut runner = TestRunner::new(Config::with_cases(512));
    runner
        .run(&shareable(handles(&reg)), |v| {
            q.put(v.clone(), Origin::new(1), None, no_gil).unwrap();
            let got = q.get(LONG, no_gil).unwrap();
            prop_assert_eq!(&got, &v);
            prop_assert!(same_buffers(&v, &got));
            let shown = format!("{got:?}");
            prop_assert!(!shown.is_empty());
            Ok(())
        })
        .unwrap();
}

#[test]
fn any_shareable_round_trips_through_a_channel() {
    let reg = Registry::new();
    let (r, s) = reg.create_channel();
    let mut runner = TestRunner::new(Config::with_cases(256));
    runner
        .run(&shareable(handles(&reg)), |v| {
            // Buffered send.
            s.send_nowait(v.clone(), Origin::new(1)).unwrap();
            let got = r.recv(0, LONG, no_gil).unwrap();
            prop_assert_eq!(&got, &v);
            prop_assert!(same_buffers(&v, &got));
            // Rendezvous send from another thread.
            let (s2, v2) = (s.clone(), v.clone());
            let sender = thread::spawn(move || s2.send(v2, Origin::new(2), LONG, no_gil));
            let got = r.recv(0, LONG, no_gil).unwrap();
            prop_assert_eq!(sender.join().unwrap(), Ok(()));
            prop_assert_eq!(&got, &v);
            prop_assert!(same_buffers(&v, &got));
            Ok(())
        })
        .unwrap();
}

proptest! {
    #![proptest_config(Config::with_cases(256))]

    /// Equality is reflexive for every generated value (NaN bits included) and survives a
    /// clone, which must share every buffer.
    #[test]
    fn clone_is_equal_and_shares_buffers(v in shareable(vec![Shareable::None])) {
        let c = v.clone();
        prop_assert_eq!(&c, &v);
        prop_assert!(same_buffers(&v, &c));
    }

    /// Big ints normalise: whatever fits in i64 is an `Int`, and equality is by value.
    #[test]
    fn bigint_normalisation(bytes in prop::collection::vec(any::<u8>(), 0..24)) {
        let b = BigInt::from_signed_bytes_le(&bytes);
        let v = Shareable::from_bigint(b.clone());
        match i64::try_from(&b) {
            Ok(i) => prop_assert_eq!(&v, &Shareable::Int(i)),
            Err(_) => prop_assert!(matches!(v, Shareable::BigInt(_))),
        }
        prop_assert_eq!(Shareable::BigInt(Arc::new(b)), v);
    }
}
