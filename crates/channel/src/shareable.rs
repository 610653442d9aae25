//! `Shareable`: the plain data that may cross from one interpreter to another.

use std::fmt;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::channel::{RecvChannel, SendChannel};
use crate::queue::Queue;

/// A value that may cross interpreters: `Send + Sync`, and cheap to clone (every payload that
/// is not a scalar sits behind an `Arc`, so cloning or sending never copies it).
///
/// The sending interpreter builds a `Shareable` from one of its objects; the receiving
/// interpreter builds a new object of its own from it. `List`, `Dict`, `Set` and `FrozenSet`
/// are deep copies made for `Interpreter.call()` arguments and results; they are marked so the
/// receiver rebuilds the right type (queues and channels accept them too).
///
/// Equality (`PartialEq`) is structural, with two choices worth knowing:
/// - `Float` compares **by bits**: `NaN == NaN` when the bits agree (so any value round-trips
///   equal), and `0.0 != -0.0`;
/// - `Int` and `BigInt` compare by value, so `Int(5) == BigInt(5)` even if a `BigInt` was built
///   without [`Shareable::from_bigint`]'s normalisation;
/// - containers compare element by element in order (a `Set` keeps the sender's iteration
///   order); handles compare by identity (the same queue or channel).
///
/// ```
/// use isles_channel::Shareable;
/// use std::sync::Arc;
///
/// let t = Shareable::Tuple(Arc::from(vec![Shareable::Int(1), Shareable::from("π")]));
/// assert_eq!(t.clone(), t);
/// assert_eq!(Shareable::Float(f64::NAN), Shareable::Float(f64::NAN));
/// assert_ne!(Shareable::Float(0.0), Shareable::Float(-0.0));
/// ```
#[derive(Clone, Debug)]
pub enum Shareable {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits (the fast path).
    Int(i64),
    /// An `int` of any size; [`Shareable::from_bigint`] keeps small values in `Int`.
    BigInt(Arc<BigInt>),
    /// A `float` (compared by bits, see the type's docs).
    Float(f64),
    /// A `str`.
    Str(Arc<str>),
    /// A `bytes` object, shared without copying its payload.
    Bytes(SharedBytes),
    /// A `tuple` of shareable values.
    Tuple(Arc<[Shareable]>),
    /// A deep copy of a `list` (for `call()`).
    List(Arc<[Shareable]>),
    /// A deep copy of a `dict`, its items in insertion order (for `call()`).
    Dict(Arc<[(Shareable, Shareable)]>),
    /// A deep copy of a `set`, in the sender's iteration order (for `call()`).
    Set(Arc<[Shareable]>),
    /// A deep copy of a `frozenset`, in the sender's iteration order (for `call()`).
    FrozenSet(Arc<[Shareable]>),
    /// A handle to a cross-interpreter queue (the same queue on both sides).
    Queue(Queue),
    /// A handle to the sending end of a channel.
    SendChannel(SendChannel),
    /// A handle to the receiving end of a channel.
    RecvChannel(RecvChannel),
    /// The marker a queue or channel delivers in place of an item whose sending interpreter
    /// was closed under [`UnboundOp::Unbound`](crate::UnboundOp::Unbound) (Python's `UNBOUND`).
    Unbound,
}

impl Shareable {
    /// An `int` from a big integer: `Int` when it fits in an `i64`, else `BigInt`.
    ///
    /// ```
    /// use isles_channel::Shareable;
    /// use num_bigint::BigInt;
    ///
    /// assert!(matches!(Shareable::from_bigint(BigInt::from(3)), Shareable::Int(3)));
    /// let big = BigInt::from(u64::MAX) * 4;
    /// assert!(matches!(Shareable::from_bigint(big), Shareable::BigInt(_)));
    /// ```
    #[must_use]
    pub fn from_bigint(b: BigInt) -> Shareable {
        match i64::try_from(&b) {
            Ok(i) => Shareable::Int(i),
            Err(_) => Shareable::BigInt(Arc::new(b)),
        }
    }

    /// The Python type name of the value the receiver will build (`"int"`, `"tuple"`, …), for
    /// error messages.
    ///
    /// ```
    /// use isles_channel::Shareable;
    /// assert_eq!(Shareable::from("x").type_name(), "str");
    /// assert_eq!(Shareable::Int(1).type_name(), "int");
    /// ```
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Shareable::None => "NoneType",
            Shareable::Bool(_) => "bool",
            Shareable::Int(_) | Shareable::BigInt(_) => "int",
            Shareable::Float(_) => "float",
            Shareable::Str(_) => "str",
            Shareable::Bytes(_) => "bytes",
            Shareable::Tuple(_) => "tuple",
            Shareable::List(_) => "list",
            Shareable::Dict(_) => "dict",
            Shareable::Set(_) => "set",
            Shareable::FrozenSet(_) => "frozenset",
            Shareable::Queue(_) => "Queue",
            Shareable::SendChannel(_) => "SendChannel",
            Shareable::RecvChannel(_) => "RecvChannel",
            Shareable::Unbound => "UnboundItem",
        }
    }

    /// A `tuple` from its items.
    ///
    /// ```
    /// use isles_channel::Shareable;
    /// let t = Shareable::tuple(vec![Shareable::None, Shareable::Bool(true)]);
    /// assert_eq!(t.type_name(), "tuple");
    /// ```
    #[must_use]
    pub fn tuple(items: Vec<Shareable>) -> Shareable {
        Shareable::Tuple(Arc::from(items))
    }
}

/// Equality of two slices of shareables, element by element.
fn slice_eq(a: &[Shareable], b: &[Shareable]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl PartialEq for Shareable {
    fn eq(&self, other: &Shareable) -> bool {
        use Shareable as S;
        match (self, other) {
            (S::None, S::None) | (S::Unbound, S::Unbound) => true,
            (S::Bool(a), S::Bool(b)) => a == b,
            (S::Int(a), S::Int(b)) => a == b,
            (S::BigInt(a), S::BigInt(b)) => a == b,
            // Unnormalised big ints still equal the same small value.
            (S::Int(a), S::BigInt(b)) | (S::BigInt(b), S::Int(a)) => BigInt::from(*a) == **b,
            (S::Float(a), S::Float(b)) => a.to_bits() == b.to_bits(),
            (S::Str(a), S::Str(b)) => a == b,
            (S::Bytes(a), S::Bytes(b)) => a == b,
            (S::Tuple(a), S::Tuple(b))
            | (S::List(a), S::List(b))
            | (S::Set(a), S::Set(b))
            | (S::FrozenSet(a), S::FrozenSet(b)) => slice_eq(a, b),
            (S::Dict(a), S::Dict(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b.iter())
                        .all(|((ka, va), (kb, vb))| ka == kb && va == vb)
            }
            (S::Queue(a), S::Queue(b)) => a == b,
            (S::SendChannel(a), S::SendChannel(b)) => a == b,
            (S::RecvChannel(a), S::RecvChannel(b)) => a == b,
            _ => false,
        }
    }
}

impl From<bool> for Shareable {
    fn from(b: bool) -> Shareable {
        Shareable::Bool(b)
    }
}

impl From<i64> for Shareable {
    fn from(i: i64) -> Shareable {
        Shareable::Int(i)
    }
}

impl From<BigInt> for Shareable {
    fn from(b: BigInt) -> Shareable {
        Shareable::from_bigint(b)
    }
}

impl From<f64> for Shareable {
    fn from(f: f64) -> Shareable {
        Shareable::Float(f)
    }
}

impl From<&str> for Shareable {
    fn from(s: &str) -> Shareable {
        Shareable::Str(Arc::from(s))
    }
}

impl From<String> for Shareable {
    fn from(s: String) -> Shareable {
        Shareable::Str(Arc::from(s))
    }
}

impl From<SharedBytes> for Shareable {
    fn from(b: SharedBytes) -> Shareable {
        Shareable::Bytes(b)
    }
}

impl From<Queue> for Shareable {
    fn from(q: Queue) -> Shareable {
        Shareable::Queue(q)
    }
}

impl From<SendChannel> for Shareable {
    fn from(c: SendChannel) -> Shareable {
        Shareable::SendChannel(c)
    }
}

impl From<RecvChannel> for Shareable {
    fn from(c: RecvChannel) -> Shareable {
        Shareable::RecvChannel(c)
    }
}

/// An immutable byte buffer shared between interpreters without copying.
///
/// Cloning it (and so sending it through a queue or channel) increments a reference count; the
/// receiver may keep the very same `Arc<[u8]>` as the storage of its new `bytes` object
/// ([`SharedBytes::as_arc`], [`SharedBytes::into_arc`]). Equality compares contents.
///
/// ```
/// use isles_channel::SharedBytes;
///
/// let a = SharedBytes::from(vec![1u8, 2, 3]);
/// let b = a.clone();
/// assert_eq!(a.as_slice(), &[1, 2, 3]);
/// assert!(a.ptr_eq(&b)); // the same buffer, not a copy
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SharedBytes(Arc<[u8]>);

impl SharedBytes {
    /// Wraps an existing shared buffer (no copy).
    ///
    /// ```
    /// use isles_channel::SharedBytes;
    /// use std::sync::Arc;
    /// let buf: Arc<[u8]> = Arc::from(&b"abc"[..]);
    /// let b = SharedBytes::from_arc(buf.clone());
    /// assert!(Arc::ptr_eq(b.as_arc(), &buf));
    /// ```
    #[must_use]
    pub fn from_arc(buf: Arc<[u8]>) -> SharedBytes {
        SharedBytes(buf)
    }

    /// The bytes.
    ///
    /// ```
    /// assert_eq!(isles_channel::SharedBytes::from(&b"hi"[..]).as_slice(), b"hi");
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }

    /// The shared buffer itself, for a receiver that keeps it as its own storage.
    ///
    /// ```
    /// use isles_channel::SharedBytes;
    /// let b = SharedBytes::from(vec![0u8; 4]);
    /// assert_eq!(b.as_arc().len(), 4);
    /// ```
    #[must_use]
    pub fn as_arc(&self) -> &Arc<[u8]> {
        &self.0
    }

    /// The shared buffer, by value (no copy).
    ///
    /// ```
    /// use isles_channel::SharedBytes;
    /// let b = SharedBytes::from(vec![9u8]);
    /// let p = b.as_slice().as_ptr();
    /// assert_eq!(b.into_arc().as_ptr(), p);
    /// ```
    #[must_use]
    pub fn into_arc(self) -> Arc<[u8]> {
        self.0
    }

    /// Number of bytes.
    ///
    /// ```
    /// assert_eq!(isles_channel::SharedBytes::from(vec![1u8, 2]).len(), 2);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the buffer is empty.
    ///
    /// ```
    /// assert!(isles_channel::SharedBytes::from(Vec::new()).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether two values share one buffer (the test that nothing was copied).
    ///
    /// ```
    /// use isles_channel::SharedBytes;
    /// let a = SharedBytes::from(vec![1u8]);
    /// assert!(!a.ptr_eq(&SharedBytes::from(vec![1u8])));
    /// ```
    #[must_use]
    pub fn ptr_eq(&self, other: &SharedBytes) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl From<Vec<u8>> for SharedBytes {
    /// Moves the bytes into a shared buffer (one copy, at creation; none after).
    fn from(v: Vec<u8>) -> SharedBytes {
        SharedBytes(Arc::from(v))
    }
}

impl From<&[u8]> for SharedBytes {
    fn from(v: &[u8]) -> SharedBytes {
        SharedBytes(Arc::from(v))
    }
}

impl From<Arc<[u8]>> for SharedBytes {
    fn from(v: Arc<[u8]>) -> SharedBytes {
        SharedBytes(v)
    }
}

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for SharedBytes {
    /// Shows the length and the first bytes, so a 1 MiB payload does not flood a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 32;
        let head = &self.0[..self.0.len().min(SHOWN)];
        write!(f, "SharedBytes(len={}, {:?}", self.0.len(), head)?;
        if self.0.len() > SHOWN {
            f.write_str("…")?;
        }
        f.write_str(")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone>() {}

    #[test]
    fn shareable_is_send_sync_clone() {
        assert_send_sync::<Shareable>();
        assert_send_sync::<SharedBytes>();
    }

    #[test]
    fn float_equality_is_by_bits() {
        assert_eq!(Shareable::Float(f64::NAN), Shareable::Float(f64::NAN));
        let other_nan = f64::from_bits(f64::NAN.to_bits() | 1);
        assert_ne!(Shareable::Float(f64::NAN), Shareable::Float(other_nan));
        assert_ne!(Shareable::Float(0.0), Shareable::Float(-0.0));
        assert_eq!(Shareable::Float(1.5), Shareable::Float(1.5));
    }

    #[test]
    fn int_and_bigint_compare_by_value() {
        let small_big = Shareable::BigInt(Arc::new(BigInt::from(5)));
        assert_eq!(Shareable::Int(5), small_big);
        assert_eq!(small_big, Shareable::Int(5));
        assert_ne!(Shareable::Int(6), small_big);
        let huge: BigInt = BigInt::from(i64::MAX) + 1i64;
        assert!(matches!(
            Shareable::from_bigint(huge.clone()),
            Shareable::BigInt(_)
        ));
        assert!(matches!(
            Shareable::from_bigint(BigInt::from(i64::MIN)),
            Shareable::Int(i64::MIN)
        ));
        assert_eq!(Shareable::from(huge.clone()), Shareable::from(huge));
    }

    #[test]
    fn containers_are_distinguished_by_kind() {
        let items = || Arc::from(vec![Shareable::Int(1)]);
        assert_ne!(Shareable::Tuple(items()), Shareable::List(items()));
        assert_ne!(Shareable::Set(items()), Shareable::FrozenSet(items()));
        assert_eq!(Shareable::Set(items()), Shareable::Set(items()));
        let d = |v| Shareable::Dict(Arc::from(vec![(Shareable::from("k"), Shareable::Int(v))]));
        assert_eq!(d(1), d(1));
        assert_ne!(d(1), d(2));
        assert_ne!(Shareable::Bool(true), Shareable::Int(1));
        assert_ne!(Shareable::None, Shareable::Unbound);
    }

    #[test]
    fn type_names() {
        let cases = [
            (Shareable::None, "NoneType"),
            (Shareable::Bool(false), "bool"),
            (Shareable::Float(1.0), "float"),
            (Shareable::from(String::from("s")), "str"),
            (Shareable::from(SharedBytes::from(vec![])), "bytes"),
            (Shareable::tuple(vec![]), "tuple"),
            (Shareable::List(Arc::from(vec![])), "list"),
            (Shareable::Dict(Arc::from(vec![])), "dict"),
            (Shareable::Set(Arc::from(vec![])), "set"),
            (Shareable::FrozenSet(Arc::from(vec![])), "frozenset"),
            (Shareable::Unbound, "UnboundItem"),
            (Shareable::from(true), "bool"),
            (Shareable::from(1i64), "int"),
            (Shareable::from(1.0f64), "float"),
        ];
        for (v, name) in cases {
            assert_eq!(v.type_name(), name);
        }
    }

    #[test]
    fn bytes_clone_shares_the_buffer() {
        let b = SharedBytes::from(vec![7u8; 100]);
        let s = Shareable::Bytes(b.clone());
        let Shareable::Bytes(back) = s.clone() else {
            panic!("not bytes")
        };
        assert!(back.ptr_eq(&b));
        assert_eq!(back.as_ref(), b.as_slice());
        let arc: Arc<[u8]> = Arc::from(&b"xyz"[..]);
        assert!(Arc::ptr_eq(
            &SharedBytes::from(arc.clone()).into_arc(),
            &arc
        ));
    }

    #[test]
    fn bytes_debug_is_short() {
        let s = format!("{:?}", SharedBytes::from(vec![0u8; 1 << 20]));
        assert!(s.starts_with("SharedBytes(len=1048576"), "{s}");
        assert!(s.len() < 200);
        assert_eq!(
            format!("{:?}", SharedBytes::from(&b"ab"[..])),
            "SharedBytes(len=2, [97, 98])"
        );
    }
}
