# python3.13: skip (PEP 554's interpreters module, as in the seeds; 3.13 has no such module)
# PEP 554 channels: send() blocks until a receiver has the object (rendezvous), send_nowait
# says whether a receiver was waiting, recv_nowait(default), list_all_channels() sees every
# open channel of the runtime (whichever interpreter made it), close/release, errors.
import interpreters
import threading
import time

r, s = interpreters.create_channel()
print(r, s, r.id == s.id, interpreters.is_shareable(r), interpreters.is_shareable(s))
print((r, s) in interpreters.list_all_channels())
print(s.send_nowait("queued"), r.recv_nowait(None), r.recv_nowait("empty"))
try:
    r.recv_nowait()
except interpreters.ChannelEmptyError as e:
    print(type(e).__name__, isinstance(e, interpreters.ChannelError), isinstance(e, RuntimeError))

# send() returns only once the other side has received.
events = []
def sender():
    events.append("send called")
    s.send(("hello", 1, b"\x00", None, 2 ** 80))
    events.append("send returned")
t = threading.Thread(target=sender)
t.start()
while not events:
    time.sleep(0.001)
time.sleep(0.05)
events.append("recv called")
got = r.recv()
t.join()
print(got, events)

# A channel made in a subinterpreter is listed in main; its ends work here.
interp = interpreters.create()
interp.run("""
import interpreters
r2, s2 = interpreters.create_channel()
keep = (r2, s2)
print("sub sees", len(interpreters.list_all_channels()), "channels")
s2.send_nowait("from sub")
""")
chans = interpreters.list_all_channels()
print(len(chans), [type(e).__name__ for e in chans[-1]])
print(chans[-1][0].recv())

# Passing channel ends into run() and getting data back the other way.
r3, s3 = interpreters.create_channel()
r4, s4 = interpreters.create_channel()
def echo():
    interp.run("x = inbox.recv()\noutbox.send(x * 2)", channels={"inbox": r3, "outbox": s4})
t = threading.Thread(target=echo)
t.start()
s3.send(21)
print(r4.recv())
t.join()

# Errors.
try:
    s.send([1, 2])
except interpreters.NotShareableError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    interp.run("raise KeyError('nope')")
except interpreters.RunFailedError as e:
    print("RunFailedError:", e)
try:
    interp.run("x = (")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
# Closing the send end lets what was sent still be received; the receive end refuses to
# close over pending items unless forced.
s.send_nowait("left over")
s.close()
print(r.recv_nowait(), (r, s) in interpreters.list_all_channels())
for f in (lambda: s.send_nowait(1), lambda: r.recv_nowait(0), lambda: s.close()):
    try:
        f()
    except interpreters.ChannelClosedError as e:
        print(type(e).__name__, e)
r5, s5 = interpreters.create_channel()
s5.send_nowait(1)
try:
    r5.close()
except interpreters.ChannelNotEmptyError as e:
    print(type(e).__name__, e)
r5.close(force=True)
print((r5, s5) in interpreters.list_all_channels())
print([i.id for i in interpreters.list_all()] == [interpreters.get_main().id, interp.id])
print(interpreters.list_all() == [interpreters.get_main(), interp], interp in interpreters.list_all(),
      len({interpreters.get_main(), interpreters.get_main()}), interp != interpreters.get_main())
print(interpreters.get_current().id == interpreters.get_main().id)
interp.close()
print(len(interpreters.list_all()))
