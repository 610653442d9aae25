# gc introspection: get_referents, get_referrers, get_objects, get_stats shapes
import gc


class Node:
    pass


a = Node()
b = Node()
a.link = b
lst = [a, 1, "s"]
print(a in gc.get_referents(lst), "s" in gc.get_referents(lst))
print(any(r is lst for r in gc.get_referrers(a)))
print(gc.get_referents(1, "x"))
print(any(o is lst for o in gc.get_objects()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(all(isinstance(v, int) for s in stats for v in s.values()))
d = {"k": b}
print(any(r is d for r in gc.get_referrers(b)))
