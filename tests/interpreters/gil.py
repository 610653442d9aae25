# Each interpreter has its own GIL. With switch intervals too long to ever force a hand-over:
# a subinterpreter thread that spins without blocking does not stop main from running; a
# thread blocked in a cross-interpreter Queue.get, or in Interpreter.exec, lets the other
# threads of its interpreter run.
import sys
import threading
from concurrent import interpreters

sys.setswitchinterval(100.0)
sub = interpreters.create()
stop = interpreters.create_queue()
spinning = interpreters.create_queue()
sub.prepare_main(stop=stop, spinning=spinning)
sub.exec("""
import sys
sys.setswitchinterval(100.0)
def spin():
    spinning.put(True)
    n = 0
    while True:
        n += 1
        try:
            stop.get_nowait()
            return n > 0
        except Exception:
            pass
""")
t = sub.call_in_thread(lambda: spin())
print("sub spinning:", spinning.get(timeout=10))
# Main holds its own GIL: it runs while the sub thread keeps the sub's GIL.
print("main runs:", sum(range(100000)))
stop.put(None)
t.join()

# A blocking cross-interpreter get releases main's GIL: another main thread puts the item.
q = interpreters.create_queue()
t = threading.Thread(target=q.put, args=("woken",))
t.start()
print(q.get(timeout=10))
t.join()

# exec() in another interpreter releases the caller's GIL meanwhile.
gate = interpreters.create_queue()
sub.prepare_main(gate=gate)
done = []
def main_side():
    done.append(sum(range(1000)))
    gate.put("go")
t = threading.Thread(target=main_side)
t.start()
sub.exec("print('sub got', gate.get(timeout=10))")
t.join()
print("main thread ran during exec:", done)
sub.close()
