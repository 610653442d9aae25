"""One Queue object per queue id (as CPython 3.14 keeps them), and interpreters whose builtin
types and sys streams are made on first use stay isolated from each other."""
from concurrent import interpreters as I

q = I.create_queue()
q.put(q)
print("same queue back:", q.get() is q)

interp = I.create()
a, b = I.create_queue(), I.create_queue()
interp.prepare_main(inbox=a, outbox=b)
a.put(b)
interp.exec("x = inbox.get()\noutbox.put(x is outbox)\noutbox.put(outbox)\noutbox.put(inbox)")
print("same in the other interpreter:", b.get())
print("round trip keeps identity:", b.get() is b, b.get() is a)

# Many queues made and dropped: the table of wrappers does not keep them, and the ones still
# held keep their identity.
held = [I.create_queue() for _ in range(5)]
for _ in range(300):
    t = I.create_queue()
    t.put(t)
    assert t.get() is t
for h in held:
    h.put(h)
print("held after churn:", all(h.get() is h for h in held))

# Each interpreter has its own sys, streams and builtin-type tables, made when first used.
interp.exec("""
import sys
sys.stdout.write("sub prints\\n")
sys.maxsize_seen = sys.maxsize
sys.stdout = None
""")
import sys
print("main stdout untouched:", sys.stdout is sys.__stdout__, hasattr(sys, "maxsize_seen"))
interp.exec("""
import sys
sys.stdout = sys.__stdout__
print("sub stdout restored:", hasattr(sys, "maxsize_seen"), 'upper' in vars(str))
""")
other = I.create()
other.exec("import sys\nprint('fresh interpreter:', hasattr(sys, 'maxsize_seen'), sys.stdout is sys.__stdout__)")
print("str methods:", "x".upper(), len([m for m in dir(str) if not m.startswith("_")]) > 30)
other.close()
interp.close()

# One Interpreter object per id (PEP 734): every way of reaching an interpreter gives the same
# object, in the interpreter that made it and in the interpreter itself.
a = I.create()
print("one object per id:", I.list_all()[-1] is a, I.get_main() is I.get_main(),
      I.get_current() is I.get_main(), [x for x in I.list_all() if x.id == a.id][0] is a)
ids = I.create_queue()
a.prepare_main(ids=ids)
a.exec("from concurrent import interpreters as J\n"
       "me = J.get_current()\n"
       "ids.put(me is J.get_current())\n"
       "ids.put(me is [x for x in J.list_all() if x.id == me.id][0])\n"
       "ids.put(J.get_main() is J.get_main())")
print("inside it:", ids.get(), ids.get(), ids.get())
a.close()

# Builtin exception classes are made on first use, in each interpreter for itself: one made,
# replaced or deleted in one interpreter is not seen in another.
b = I.create()
c = I.create()
q = I.create_queue()
b.prepare_main(q=q)
c.prepare_main(q=q)
b.exec("import builtins\n"
       "del builtins.MemoryError\n"
       "builtins.EOFError = 'eof in b'\n"
       "try:\n    MemoryError\nexcept NameError as e:\n    q.put(str(e))\n")
c.exec("q.put(MemoryError.__name__)\n"
       "q.put(EOFError.__mro__[1].__name__)\n"
       "try:\n    1 / 0\nexcept ArithmeticError as e:\n    q.put(type(e) is ZeroDivisionError)\n")
print("deleted in b:", q.get())
print("untouched in c:", q.get(), q.get(), q.get())
b.exec("q.put(EOFError)")
print("still replaced in b:", q.get())
b.close()
c.close()
