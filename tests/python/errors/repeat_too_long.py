"""Repeating a str or bytes past the largest size is OverflowError; lists, tuples, bytearrays
and results that merely do not fit in memory are MemoryError (CPython 3.11)."""
cases = [
    ("'ab' * 2**62", lambda: "ab" * 2**62),
    ("-1.5e80.hex() * 1566945569129578172", lambda: (-1.1759817010081008e80).hex() * 1566945569129578172),
    ("b'ab' * 2**62", lambda: b"ab" * 2**62),
    ("2**62 * 'xyz'", lambda: 2**62 * "xyz"),
    ("'e' * 2**62", lambda: "e" * 2**62),
    ("bytearray(b'ab') * 2**62", lambda: bytearray(b"ab") * 2**62),
    ("[1, 2] * 2**62", lambda: [1, 2] * 2**62),
    ("(1, 2) * 2**62", lambda: (1, 2) * 2**62),
    ("'' * 2**62", lambda: "" * 2**62),
    ("'ab' * 2**64", lambda: "ab" * 2**64),
]
for text, f in cases:
    try:
        r = f()
        print(text, "->", repr(r))
    except (OverflowError, MemoryError) as e:
        print(text, "->", type(e).__name__, e)
