# class patterns: CPython TypeErrors for bad __match_args__, too many positional sub-patterns, non-type
class A:
    __match_args__ = ["x"]
    x = 1
class B:
    __match_args__ = ("x",)
    x = 1
class C:
    __match_args__ = (1,)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def m1():
    match A():
        case A(y): return y
def m2():
    match B():
        case B(a, b): return a
def m3():
    match 5:
        case int(a, b): return a
def m4():
    match C():
        case C(a): return a
def m5():
    match B():
        case B(q, x=r): return q
def m6():
    match 3:
        case len(): return 1
def m7():
    k = "a"
    match {"a": 1}:
        case {"a": 1}: return 1
def m8():
    match {"a": 1, "b": 2}:
        case {"a": x, **rest}: return x, rest
def m9():
    match object():
        case object(a): return a
for f in [m1, m2, m3, m4, m5, m6, m8, m9]:
    t(f)
