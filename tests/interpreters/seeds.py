# The four PEP 554 examples of seeds/003 (Eric Snow's talk), as written, with textwrap
# standing in for `spam` and `ch` bound to the name the channel gets in the subinterpreter.
import interpreters
import threading
from textwrap import dedent

# Example 1
interp = interpreters.create()
interp.run(dedent("""
    print('spam')
"""))

# Example 2
interp = interpreters.create()
def func():
    interp.run(dedent("""
        print('spam')
    """))
t = threading.Thread(target=func)
t.start()
t.join()

# Example 3
interp = interpreters.create()
interp.run(dedent("""
    x = 'spam'
"""))
interp.run(dedent("""
    print(x)
"""))

# Example 4 (with a real module in place of `spam`)
(rchan, schan
) = interpreters.create_channel()
interp = interpreters.create()
ch = "ch"
def func():
    interp.run(dedent("""
        import textwrap
        data = textwrap.dedent("    do_something")
        ch.send(data)  # blocks
        """), channels={ch: schan})

def process_data(data):
    print("processed", repr(data))

t = threading.Thread(target=func)
t.start()

data = rchan.recv()  # blocks
process_data(data)
t.join()
print(rchan, schan, interpreters.is_shareable(rchan))
try:
    interp.run("1/0")
except interpreters.RunFailedError as e:
    print("RunFailedError:", e)
try:
    schan.send([1])
except interpreters.NotShareableError as e:
    print("NotShareableError is ValueError:", isinstance(e, ValueError))
print(rchan.recv_nowait("nothing"))
