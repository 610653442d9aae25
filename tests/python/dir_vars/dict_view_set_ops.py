# dict keys and items views act as sets: | & - ^ with any iterable on either side give a
# set; comparisons with sets and other views; values views support none of it.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()))
print(sorted(d.keys() ^ e.keys()), type(d.keys() & e.keys()).__name__)
print(sorted(d.keys() | ["z"]), sorted(d.keys() & "ab"), sorted(d.keys() - ("a",)))
print(sorted({"a", "q"} & d.keys()), sorted(["a", "q"] - d.keys()), sorted(("x",) | d.keys()))
print(sorted(d.items() & {("a", 1), ("b", 0)}), sorted(d.items() - e.items()))
print(d.keys() == {"a", "b", "c"}, d.keys() == ["a", "b", "c"], d.keys() != {"a"})
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < {"a", "b", "c"}, d.keys() >= {"a"})
print(d.keys() > e.keys(), {"a", "b", "c"} == d.keys(), d.items() == {"a": 1, "b": 2, "c": 3}.items())
u = {1: []}
print(u.items() == {1: []}.items(), u.items() == {1: [0]}.items())
print(d.keys().isdisjoint({"x"}), d.items().isdisjoint([("a", 1)]))
for bad in [lambda: d.values() & {1}, lambda: d.keys() & 5, lambda: d.keys() + {"a"}]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
print(d.values() == d.values(), d.keys() == d.keys())
k = d.keys()
k2 = k
k2 -= {"a"}
print(sorted(k2), type(k2).__name__, list(k))
