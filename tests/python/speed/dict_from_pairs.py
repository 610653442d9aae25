# dict(seq) and d.update(seq) of an exact list or tuple read pairs by position: pairs that are
# tuples, lists, strs and iterators, wrong lengths, non-iterables, duplicate keys, unhashable
# keys, subclasses with keys(), a list changed by a key's __eq__ while it is read.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: dict([("a", 1), ["b", 2], "cd", iter((5, 6))]))
show(lambda: dict((("a", 1), ("a", 2), ("b", 3), ("a", 4))))
show(lambda: dict([("a", 1), (1, 2, 3)]))
show(lambda: dict([("a", 1), ("b",)]))
show(lambda: dict([("a", 1), 5]))
show(lambda: dict([("a", 1), ([], 2)]))
show(lambda: dict([]))
show(lambda: dict(()))
show(lambda: dict([("x", 1)], y=2, x=3))
d = {"keep": 0}
d.update([("a", 1), ["b", 2]])
print(d)
d.update((("a", 9),), c=3)
print(d)


class T(tuple):
    pass


class L(list):
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return "from keys()" if k == "k" else list.__getitem__(self, k)


show(lambda: dict([T(("t", 1)), T(("u", 2))]))
show(lambda: dict([T(("t", 1, 2))]))
show(lambda: dict(L([("a", 1)])))
show(lambda: dict(T([("a", 1), ("b", 2)])))
show(lambda: dict([(1, "int"), (1.0, "float"), (True, "bool")]))
show(lambda: dict([("é", 1), ("日本", 2)]))

pairs = [("a", 1), ("b", 2), ("c", 3)]


class Grow:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        pairs.append(("late", 4))
        return False


pairs.insert(1, (Grow(), "g1"))
pairs.insert(2, (Grow(), "g2"))
r = dict(pairs)
print(len(r), sorted(k for k in r if isinstance(k, str)), len(pairs))
