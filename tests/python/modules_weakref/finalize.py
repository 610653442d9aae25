# weakref.finalize: a callback run once, when the object dies, when called, or at exit
import weakref


class Res:
    pass


def report(*args, **kw):
    print("finalized", args, sorted(kw.items()))
    return "result"


r = Res()
f = weakref.finalize(r, report, 1, 2, key="v")
print(f.alive, f.atexit)
print(f.peek()[2:], f.peek()[1] is report)
del r
print(f.alive)

r2 = Res()
f2 = weakref.finalize(r2, report, "called")
print(f2(), f2.alive, f2())
del r2
print("nothing more")

r3 = Res()
f3 = weakref.finalize(r3, report, "detached")
obj, func, args, kwargs = f3.detach()
print(obj is r3, args, kwargs, f3.alive)
del obj, r3
print("detached never runs")

r4 = Res()
f4 = weakref.finalize(r4, report, "at exit")
f5 = weakref.finalize(r4, report, "not at exit")
f5.atexit = False
print("end", f4.alive, f5.atexit)
