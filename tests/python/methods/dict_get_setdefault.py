# dict.get and dict.setdefault with defaults and equal keys of different types
d = {"a": 1, 2: "two", (1, 2): [3]}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(2.0), d.get(True))
print(d.setdefault("a", 100), d.setdefault("b", 200), d.setdefault("c"))
print(d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(d.get([1]))
