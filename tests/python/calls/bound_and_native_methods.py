# Methods taken as objects and called later: bound Python methods, bound methods of builtin
# types (list.append, dict.get, str.join) with and without keywords, unbound calls through the
# class, and methods of builtin-type subclasses that override or extend them.


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x, times=1):
        for _ in range(times):
            self.items.append(x)
        return len(self.items)


a = Acc()
add = a.add
print(add(1), add(2, 2), add(x=3), add(times=0, x=9), Acc.add(a, 4))
print(add.__self__ is a, add.__func__ is Acc.add, a.items)

l = []
app = l.append
for i in range(5):
    app(i * i)
print(l, app.__self__ is l)
d = {"a": 1}
get = d.get
print(get("a"), get("b"), get("b", 0))
j = ", ".join
print(j(["x", "y"]))
print(sorted([3, 1, 2], reverse=True), "a-b-c".split("-", maxsplit=1))
try:
    l.append()
except TypeError as e:
    print(e)
try:
    l.append(1, 2)
except TypeError as e:
    print(e)
try:
    l.append(x=1)
except TypeError as e:
    print(e)
try:
    app(1, 2)
except TypeError as e:
    print(e)


class L(list):
    def append(self, x):
        super().append(x * 10)


ll = L()
ll.append(1)
lap = ll.append
lap(2)
list.append(ll, 3)
print(ll)
meths = [s.upper for s in ("a", "b")]
print([m() for m in meths])
