# exec: default namespaces (module level), explicit globals, separate locals, __builtins__ added
x = 10
exec("y = x * 2")
print(y)
g = {"a": 3}
exec("b = a + 1\ndef f(n):\n    return n * b\nc = f(5)", g)
print(sorted(g), g["b"], g["c"])
print(g["__builtins__"] is __builtins__ or type(g["__builtins__"]).__name__)
loc = {}
exec("z = 5\nw = z + q", {"q": 1}, loc)
print(loc)
ns = {}
exec("import sys as _s\nr = 5", ns)
print(ns["r"], "_s" in ns)
exec("global gg\ngg = 7")
print(gg)
print(exec("1 + 1"))
# classes and loops inside exec'd code
src = """
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"
items = [Box(i) for i in range(3)]
total = 0
for b in items:
    total += b.v
"""
space = {}
exec(src, space)
print(space["items"], space["total"])
# the same code object runs twice
code = compile("counter = counter + 1", "<count>", "exec")
counter = 0
for _ in range(3):
    exec(code)
print("counter", counter)
