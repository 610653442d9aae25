# python3.13: skip (CPython 3.13 aborts on this race: "Py_EndInterpreter: not the last thread")
# Closing an interpreter while another thread keeps running code in it: close() either
# refuses ("interpreter running") or wins; while it closes, exec is refused ("interpreter
# already running"); after, exec finds the interpreter gone. No crash, no hang, nothing left.
import threading
import time
from concurrent import interpreters as I

outcomes = set()
for round in range(30):
    interp = I.create()
    def keep_running():
        n = 0
        while True:
            try:
                interp.exec("x = sum(range(50))")
                n += 1
                # Between runs main gets its GIL while the interpreter is idle.
                time.sleep(0.0005)
            except I.InterpreterNotFoundError:
                outcomes.add("exec after close: InterpreterNotFoundError")
                return
            except I.InterpreterError as e:
                outcomes.add("exec while closing: " + str(e))
    t = threading.Thread(target=keep_running)
    t.start()
    while True:
        try:
            interp.close()
            break
        except I.InterpreterNotFoundError:
            break
        except I.InterpreterError as e:
            outcomes.add("close refused: " + str(e))
    t.join()
    assert interp not in I.list_all()
print(sorted(o for o in outcomes if o.startswith("exec after")))
print(outcomes <= {"exec after close: InterpreterNotFoundError",
                   "exec while closing: interpreter already running",
                   "close refused: interpreter running"})
print(len(I.list_all()))
