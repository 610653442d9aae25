# Integer arguments of builtins and methods accept any object with __index__ (PyNumber_Index),
# as CPython's argument converters do; objects without it, or whose __index__ misbehaves, get
# CPython's errors.
import itertools
import zlib


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Bad:
    def __index__(self):
        return 2.5


class Boom:
    def __index__(self):
        raise KeyError("boom")


def show(label, f):
    try:
        r = f()
        if hasattr(r, "__next__"):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    ("ljust", lambda: "abc".ljust(I(5)) + "|"),
    ("center", lambda: "abc".center(I(7), "*")),
    ("zfill", lambda: "abc".zfill(I(6))),
    ("rjust", lambda: "x".rjust(I(3))),
    ("expandtabs", lambda: "a\tb".expandtabs(I(4))),
    ("split", lambda: "a,b,c".split(",", I(1))),
    ("rsplit", lambda: "a,b,c".rsplit(",", I(1))),
    ("find", lambda: "abcabc".find("c", I(3))),
    ("count", lambda: "abcabc".count("a", I(1), I(5))),
    ("index", lambda: [1, 2, 3, 2].index(2, I(2))),
    ("startswith", lambda: "abcdef".startswith("cd", I(2))),
    ("bytes find", lambda: b"abcabc".find(b"c", I(3))),
    ("bytes ljust", lambda: b"ab".ljust(I(4), b"-")),
    ("bytes split", lambda: b"a b c".split(None, I(1))),
    ("bytes(n)", lambda: bytes(I(3))),
    ("bytearray(n)", lambda: bytearray(I(2))),
    ("bytes(items)", lambda: bytes([I(65), 66, I(67)])),
    ("bytes big item", lambda: bytes([I(300)])),
    ("bytes neg", lambda: bytes(I(-1))),
    ("pop", lambda: [1, 2, 3].pop(I(0))),
    ("pop neg", lambda: [1, 2, 3].pop(I(-1))),
    ("pop range", lambda: [1, 2, 3].pop(I(5))),
    ("insert", lambda: [1, 2].insert(I(0), 5)),
    ("round", lambda: round(2.567, I(2))),
    ("round int", lambda: round(1234, I(-2))),
    ("to_bytes", lambda: (5).to_bytes(I(2), "big")),
    ("%c", lambda: "%c" % I(97)),
    ("%c range", lambda: "%c" % I(0x110000)),
    ("%x", lambda: "%x" % I(255)),
    ("islice stop", lambda: itertools.islice("abcdef", I(2))),
    ("islice start", lambda: itertools.islice("abcdef", I(1), I(4), I(2))),
    ("repeat", lambda: itertools.repeat("z", I(3))),
    ("combinations", lambda: list(itertools.combinations("abc", I(2)))),
    ("cwr", lambda: list(itertools.combinations_with_replacement("ab", I(2)))),
    ("product", lambda: list(itertools.product("ab", repeat=I(2)))),
    ("tee", lambda: len(itertools.tee("ab", I(3)))),
    ("zlib level", lambda: zlib.decompress(zlib.compress(b"aaaa", I(9)))),
    ("bytearray append", lambda: (lambda b: (b.append(I(66)), b)[1])(bytearray(b"A"))),
    ("bytearray insert", lambda: (lambda b: (b.insert(I(0), I(67)), b)[1])(bytearray(b"A"))),
    ("int base", lambda: int("ff", I(16))),
    # Errors: no __index__, a non-int result, an exception from __index__.
    ("product float", lambda: itertools.product("ab", repeat=1.5)),
    ("combinations str", lambda: itertools.combinations("ab", "2")),
    ("append bad", lambda: bytearray().append(Bad())),
    ("append big", lambda: bytearray().append(I(256))),
    ("int base float", lambda: int("ff", 16.0)),
    ("int base boom", lambda: int("ff", Boom())),
    ("ljust float", lambda: "abc".ljust(2.0)),
    ("ljust bad", lambda: "abc".ljust(Bad())),
    ("ljust boom", lambda: "abc".ljust(Boom())),
    ("find str", lambda: "abc".find("a", "1")),
    ("find bad", lambda: "abc".find("a", Bad())),
    ("bytes bad", lambda: bytes(Bad())),
    ("bytes item float", lambda: bytes([1.5])),
    ("bytes item bad", lambda: bytes([Bad()])),
    ("pop float", lambda: [1].pop(1.0)),
    ("pop bad", lambda: [1].pop(Bad())),
    ("round str", lambda: round(2.5, "1")),
    ("round bad", lambda: round(2.5, Bad())),
    ("%c float", lambda: "%c" % 97.0),
    ("%c bad", lambda: "%c" % Bad()),
    ("islice float", lambda: itertools.islice("abc", 1.0)),
    ("islice boom", lambda: itertools.islice("abc", Boom())),
    ("islice start float", lambda: itertools.islice("abc", 1.0, 2)),
    ("repeat float", lambda: itertools.repeat(1, 2.5)),
    ("repeat neg", lambda: itertools.repeat(1, I(-3))),
]
for label, f in cases:
    show(label, f)
