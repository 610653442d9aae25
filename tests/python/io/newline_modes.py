# open(newline=...): universal newlines by default, "" keeps line endings and splits on all,
# "\n"/"\r"/"\r\n" split only there, and writing translates "\n" for "\r" and "\r\n";
# the encoding attribute echoes what was given; bad newline values.
import os
import time

fn = "/tmp/isles_newline_modes_%d_%d.txt" % (time.time_ns(), os.getpid())
raw = b"a\nb\r\nc\rd\n\ne"
with open(fn, "wb") as f:
    f.write(raw)
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(fn, newline=nl) as f:
        lines = f.readlines()
    with open(fn, newline=nl) as f:
        whole = f.read()
    with open(fn, newline=nl) as f:
        first = [f.readline(), f.readline(1), f.readline()]
    print(repr(nl), lines, repr(whole), first)
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(fn, "w", newline=nl) as f:
        n = f.write("x\ny\n")
        print(repr(nl), n, end=" ")
    with open(fn, "rb") as f:
        print(f.read())
with open(fn, "w", encoding="utf-8", newline="\r\n") as f:
    print("one", "two", sep="\n", file=f)
    f.writelines(["three\n", "four"])
with open(fn, "rb") as f:
    print(f.read())
with open(fn, newline="") as f:
    print([line for line in f])
with open(fn) as f:
    print(f.encoding, [line for line in f])
with open(fn, encoding="utf-8") as f:
    print(f.encoding)
with open(fn, encoding="latin-1") as f:
    print(f.encoding, repr(f).split("mode=")[1])
for bad in ("x", "\n\n", 5):
    try:
        open(fn, newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(fn, "rb", newline="")
except ValueError as e:
    print(e)
os.remove(fn)
