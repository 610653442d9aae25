# Mutating a dict while iterating it: size changes and replaced keys raise RuntimeError
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 1
attempt("grow", grow)

def replace():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1
attempt("replace", replace)

def shrink_items():
    d = dict.fromkeys("abc")
    for k, v in d.items():
        d.pop(k)
attempt("shrink items", shrink_items)

def grow_values():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
attempt("grow values", grow_values)

def update_values():
    d = {i: i for i in range(5)}
    for k in d:
        d[k] = k * 2
    print(d)
attempt("update values", update_values)

def comprehension():
    d = {1: 1, 2: 2}
    return [d.setdefault(k + 5, 0) for k in d]
attempt("comprehension", comprehension)

d = {1: 1}
it = iter(d)
d[2] = 2
for _ in range(2):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
d.pop(2)
try:
    print(next(it))
except RuntimeError as e:
    print("still RuntimeError:", e)

d = {1: 1, 2: 2}
it = iter(d)
del d[1]
d[3] = 3
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(it, "exhausted"))
keys = d.keys()
for k in list(keys):
    del d[k]
print(d, list(keys))
d = {1: 1, 2: 2}
for k in d:
    d[k] = "same size"
    break
print(d)
d = {"a": 1}
d["a"] = 2
for k in d:
    pass
print(k, d)
