# Isolation: changing sys, sys.modules, builtins, __main__, module state, interned strings or
# a builtin class in one interpreter is invisible in the others; subinterpreters can create
# their own; ids are never reused.
from concurrent import interpreters as I
import sys, builtins

a = I.create()
b = I.create()
q = I.create_queue()
for i in (a, b):
    i.prepare_main(q=q)
a.exec("""
import sys, builtins, json, math
sys.path.append('/only/in/a')
sys.modules['fake_mod'] = 'a'
sys.maxsize_copy = sys.maxsize
sys.setrecursionlimit(123)
builtins.len = lambda x: -1
builtins.extra_a = 1
json.dumps = None
math.tau_copy = math.tau
def f(): pass
x = 'from a'
int.__dict__  # builtin types exist
try:
    int.foo = 1
except TypeError as e:
    q.put(str(e))
q.put(len([1, 2]))
""")
print(q.get())
print("a sees its own builtins.len:", q.get())
b.exec("""
import sys, builtins, json
q.put('/only/in/a' in sys.path)
q.put('fake_mod' in sys.modules)
q.put(hasattr(sys, 'maxsize_copy'))
q.put(sys.getrecursionlimit())
q.put(len([1, 2]))
q.put(hasattr(builtins, 'extra_a'))
q.put(json.dumps([1]))
q.put('x' in globals() or 'f' in globals())
q.put(sys is not None and __name__)
""")
print("b:", [q.get() for _ in range(9)])
print("main:", '/only/in/a' in sys.path, 'fake_mod' in sys.modules, len([1, 2]),
      hasattr(builtins, 'extra_a'), sys.getrecursionlimit())
# Module state: a module imported in both runs its top level in each.
c, d = I.create(), I.create()
for i in (c, d):
    i.prepare_main(q=q)
c.exec("import random\nrandom.seed(5)\nx = random.random()")
d.exec("import random\nrandom.seed(7)\nrandom.random()")
c.exec("q.put(random.random())")
d.exec("random.seed(5)\nrandom.random()\nq.put(random.random())")
print("module state per interpreter:", q.get() == q.get())
c.close(); d.close()
# Interned strings / singletons: identity checks inside each interpreter still work.
a.exec("s = 'inter' + 'ned'\nimport sys\nq.put(sys.intern(s) is sys.intern('interned'))\nq.put(None is type(None)())")
print(q.get(), q.get())
# Nested: a subinterpreter creates its own subinterpreter.
a.exec("""
from concurrent import interpreters as J
inner = J.create()
# (CPython 3.13 only passes a queue to an interpreter that imported its module.)
inner.exec("try:\\n    import test.support.interpreters.queues\\nexcept ImportError:\\n    pass")
inner.prepare_main(q=q)
inner.exec("import sys\\nsys.tag = 'inner'\\nq.put(__name__)")
q.put(inner.id)
q.put(J.list_all().__len__())
import sys
q.put(hasattr(sys, 'tag'))
""")
name, inner_id, count, tag = [q.get() for _ in range(4)]
print(name, inner_id > b.id, count, tag)
inner = I.Interpreter(inner_id)
print(inner in I.list_all(), inner.whence)
inner.close()
print(inner not in I.list_all())
ids = set()
for _ in range(20):
    i = I.create()
    ids.add(i.id)
    i.close()
print("fresh ids:", len(ids), min(ids) > inner_id)
a.close(); b.close()
print(len(I.list_all()))
