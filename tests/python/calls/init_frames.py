# Class instantiation runs __init__ in a frame of its own: __init__ returning a value other
# than None, errors raised inside it (traceback through the class call), keyword and default
# arguments, __new__ returning another type (no __init__), and recursion through __init__.
import traceback


class A:
    def __init__(self, x, y=2, *, z=3):
        self.v = (x, y, z)


print(A(1).v, A(1, 5).v, A(1, z=9).v, A(x=0, y=0).v)


class Bad:
    def __init__(self, r):
        return r


print(type(Bad(None)).__name__)
for r in (1, "s", [], 0.5):
    try:
        Bad(r)
    except TypeError as e:
        print("TypeError:", e)


class Raiser:
    def __init__(self, n):
        if n == 0:
            raise ValueError("bottom")
        self.child = Raiser(n - 1)


try:
    Raiser(3)
except ValueError:
    traceback.print_exc()


class Other:
    def __new__(cls, v):
        if v:
            return int(v)
        return super().__new__(cls)

    def __init__(self, v):
        print("init called with", v)


print(Other(5), type(Other(0)).__name__)


class Node:
    def __init__(self, depth):
        self.next = Node(depth + 1) if depth < 50 else None


n = Node(0)
k = 0
while n is not None:
    n = n.next
    k += 1
print(k)


class Deep:
    def __init__(self):
        Deep()


try:
    Deep()
except RecursionError as e:
    print("RecursionError:", e)
objs = [A(i, y=i) for i in range(5)]
print([o.v for o in objs])
