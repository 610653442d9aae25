"""Global and builtin name loads stay right when the names are rebound, shadowed or deleted."""


def get_len():
    return len("abc")


def get_x():
    return x


import builtins

original_len = builtins.len
results = []
for step in range(6):
    if step == 1:
        def len(s):
            return "shadowed " + s
    if step == 2:
        del len
    if step == 3:
        builtins.len = lambda s: "patched builtin"
    if step == 4:
        del builtins.len
        builtins.len = original_len
    results.append(get_len())
print(results)

for i in range(4):
    x = i * 10
    print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)


def setter(v):
    global counter
    counter = v


counter = 0
seen = []
for i in range(5):
    setter(i)
    seen.append(counter)
print(seen)

# Many globals defined after first use, forcing the globals dict to grow and re-index.
def late():
    return late_value


for i in range(3):
    globals()["late_value"] = i
    for j in range(40):
        globals()["filler_%d_%d" % (i, j)] = j
    print(late())
for j in range(40):
    del globals()["filler_0_%d" % j]
print(late(), len("xy"))

code = "def f():\n    return y\n"
ns1 = {"y": 1}
ns2 = {"y": 2}
exec(code, ns1)
exec(code, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"](), ns2["f"]())
ns2["y"] = 3
print(ns1["f"](), ns2["f"]())
