# python3.13: skip (Isles makes every builtin class per interpreter; CPython shares its static types)
# A builtin exception class made on first use in one interpreter is that interpreter's own:
# another interpreter, before or after, makes a different class object.
from concurrent import interpreters

q = interpreters.create_queue()
a = interpreters.create()
b = interpreters.create()
for i in (a, b):
    i.prepare_main(q=q)
a.exec("q.put(id(BufferError))\nq.put(id(OSError))")
b.exec("q.put(id(OSError))\ntry:\n    raise BufferError\nexcept BufferError as e:\n    q.put(id(type(e)))")
a_buf, a_os, b_os, b_buf = q.get(), q.get(), q.get(), q.get()
print("per interpreter:", a_buf != b_buf, a_os != b_os)
print("not main's:", id(BufferError) not in (a_buf, b_buf), id(OSError) not in (a_os, b_os))
a.exec("q.put(id(BufferError))")
print("stable in a:", q.get() == a_buf)
a.close()
b.close()
