# global/nonlocal, assert, loop else, finally with return/continue/break, chaining, with items
def f():
    global G
    G = 1
    x = 0
    def g():
        nonlocal x
        x += 1
        return x
    return g
g = f(); g(); print(g(), G)
try:
    assert 1 == 2, "boom"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
for i in range(3):
    if i == 5: break
else:
    print("for-else")
while False:
    pass
else:
    print("while-else")
def ff():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(ff())
def fb():
    try:
        return 1
    finally:
        return 2
print(fb())
def fbr():
    for i in range(3):
        try:
            1/0
        finally:
            break
    return i
print(fbr())
try:
    try:
        raise ValueError("a")
    except (TypeError, ValueError) as e:
        raise KeyError("b") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError("x")
    except ValueError:
        raise TypeError("y")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    pass
except:
    pass
else:
    print("else")
finally:
    print("finally")
e = 1
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print(ex)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0]); return self.n == 2
with CM(1) as a, CM(2) as b:
    print(a, b)
    raise ValueError
print("after")
with (CM(3) as a,
      CM(4)):
    pass
def gen():
    try:
        yield 1
    finally:
        print("gen fin")
for x in gen():
    break
print("x")
