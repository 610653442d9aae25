# io.TextIOWrapper over binary buffers: decoding, universal newlines, readline/iteration, writes with newline translation, detach, and open()'s files still the native class.
import io, sys
w = io.TextIOWrapper(io.BytesIO("l1\nl2\r\nhé\n".encode()), encoding="utf-8")
print(type(w).__name__, isinstance(w, io.TextIOWrapper), isinstance(w, io.TextIOBase), w.encoding)
print(repr(w.readline()), list(w), w.read())
b = io.BytesIO(); t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n"); t.write("a\nb"); t.flush(); print(b.getvalue()); print(t.detach() is b)
with open(__file__) as f: print(type(f) is io.TextIOWrapper, isinstance(f, io.TextIOWrapper))
t2 = io.TextIOWrapper(io.BytesIO(b"x\ny"), encoding="ascii"); print(t2.readlines())
try: io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e: print(e)
