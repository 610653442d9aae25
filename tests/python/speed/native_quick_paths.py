"""dict iteration (items tuples reused only when unseen), list.append/pop, dict.get, str.strip."""

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
kept = []
for kv in d.items():
    kept.append(kv)
print(kept, kept[0] is kept[1])
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is second)
held = None
for kv in d.items():
    if held is None:
        held = kv
print(held)
print([k for k in d], list(d.values()), list(d.keys()))
print(sum(v for _, v in d.items()), dict((v, k) for k, v in d.items()))
e = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del e[i]
print([(k, v) for k, v in e.items()][:5], len(list(e.items())))
try:
    for k in e:
        e[k + 100] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
f = {"x": 1, "y": 2}
try:
    for k, v in f.items():
        del f[k]
        f[k + "!"] = v
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(f)
nested = {"p": [1], "q": [2]}
for k, v in nested.items():
    v.append(k)
print(nested)


class L(list):
    pass


lst = []
for i in range(5):
    lst.append(i)
print(lst, lst.pop(), lst.pop(0), lst.pop(-2), lst)
sub = L()
sub.append(1)
sub.append("two")
print(sub, type(sub).__name__, sub.pop(), sub)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: lst.append(), lambda: lst.append(1, 2),
            lambda: lst.pop(1, 2), lambda: lst.pop("x"), lambda: list.append(5, 1),
            lambda: lst.append(x=1), lambda: list.pop(())]:
    try:
        bad()
    except (TypeError, IndexError) as ex:
        print(type(ex).__name__, ex)
print(list.append.__name__, lst)


class D(dict):
    pass


g = {"k": 1, 2: "two", (1, 2): "t"}
print(g.get("k"), g.get("zz"), g.get("zz", 0), g.get(2), g.get((1, 2)), g.get(2.0), D(g).get("k"))
for bad in [lambda: g.get(), lambda: g.get(1, 2, 3), lambda: g.get([]), lambda: g.get(k=1),
            lambda: dict.get(5, 1)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)

for s in ["  a b  ", "\t\nx\x0b\x0c\r", "\x1c\x1dz\x1e\x1f", "", "   ", "..a,b..", "...", "é é ",
          " \u3000wide\u3000 ", "abc"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(".,")),
          repr(s.strip(" é")), repr(s.rstrip(None)), repr(s.lstrip("")))
t = "same"
print(t.strip() is t, t.strip("xyz") is t, "  pad ".strip() == "pad")
try:
    "x".strip(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    [1].insert(x=1)
except TypeError as e:
    print(e)
try:
    [1].extend(x=1)
except TypeError as e:
    print(e)
try:
    [1].count(x=1)
except TypeError as e:
    print(e)
try:
    [1].reverse(x=1)
except TypeError as e:
    print(e)
try:
    [1].copy(x=1)
except TypeError as e:
    print(e)
try:
    [1].clear(x=1)
except TypeError as e:
    print(e)
try:
    [1].remove(x=1)
except TypeError as e:
    print(e)
