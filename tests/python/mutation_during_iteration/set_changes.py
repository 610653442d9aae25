# Mutating a set while iterating it: size changes raise, same-size changes walk the live table
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
attempt("grow", grow)

def shrink():
    s = {1, 2, 3}
    for x in s:
        s.remove(x)
attempt("shrink", shrink)

def swap():
    s = {1, 2, 3}
    seen = []
    for x in s:
        seen.append(x)
        s.discard(x)
        s.add(x + 100)
    return seen, sorted(s)
attempt("swap", swap)

def swap_small():
    s = {5, 6}
    seen = []
    for x in s:
        seen.append(x)
        if x < 100:
            s.discard(x)
            s.add(x + 1000)
    return seen, sorted(s)
attempt("swap small", swap_small)

def frozen():
    f = frozenset("abc")
    return sorted(x for x in f)
attempt("frozen", frozen)

def comprehension():
    s = {1, 2}
    return {s.add(x * 7) for x in s}
attempt("comprehension", comprehension)

s = {1, 2}
it = iter(s)
s.add(3)
for _ in range(2):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
s = {"only"}
it = iter(s)
print(next(it), next(it, "done"))
s.add("more")
print(next(it, "done after add"))
