"""`for i, x in enumerate(gen)` inside functions, where the unpacking stores straight into two
fast locals: the values, the same name twice, the old values dropped (finalizers), break and
resume, errors and tracebacks, counts past small ints, and a generator that reads the loop's
own locals through a frame."""
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i * 10
        i += 1
    return "done"


def plain():
    out = []
    for i, x in enumerate(count(4)):
        out.append((i, x))
    print(out, i, x)


def same_name():
    for i, i in enumerate(count(3), 100):
        print("same", i)
    print("after", i)


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def noisy(n):
    for k in range(n):
        yield Noisy(k)


def drops():
    for i, x in enumerate(noisy(3)):
        print("got", i, x.tag)
    print("loop done")
    del x


def break_resume():
    e = enumerate(count(6), 7)
    for i, x in e:
        if i == 8:
            break
    print("broke at", i, x, next(e))
    for i, x in e:
        print("rest", i, x)


def boom(n):
    yield 1
    yield 2
    raise ValueError("boom at %d" % n)


def errors():
    try:
        for i, x in enumerate(boom(5)):
            print("e", i, x)
    except ValueError:
        traceback.print_exc(file=sys.stdout)

    def stop():
        yield 1
        raise StopIteration("inner")

    try:
        for i, x in enumerate(stop()):
            print("s", i, x)
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))


def big_counts():
    for i, x in enumerate(count(3), sys.maxsize - 1):
        print("big", i, x, type(i).__name__)
    for i, x in enumerate(count(2), 2**70):
        print("huge", i, x)


def watcher():
    f = sys._getframe(1)
    for k in range(3):
        yield sorted((n, v) for n, v in f.f_locals.items() if not callable(v))


def peek():
    # The loop's frame seen from the generator while it runs in that loop (its values are
    # saved apart from the generator's own).
    a = "A"
    for x in watcher():
        print("peek", x)
    for i, x in enumerate(watcher()):
        print("peek2", x)
    print(next(watcher()))
    print(list(watcher()))
    print(sum(len(x) for x in watcher()))


def not_a_pair():
    for i, x in enumerate(count(3)):
        a, b = i, x
        print(a + b)
    try:
        for i, (x, y) in enumerate(count(2)):
            pass
    except TypeError as e:
        print("TypeError", e)


def nested():
    total = 0
    for i, x in enumerate(count(3)):
        for j, y in enumerate(count(i + 1)):
            total += i * j + x + y
    print("nested", total)


plain()
same_name()
drops()
break_resume()
errors()
big_counts()
peek()
not_a_pair()
nested()
print([(i, x) for i, x in enumerate(count(3))])
