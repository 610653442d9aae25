# signal: the enums, getsignal/signal with their checks, strsignal, valid_signals, handlers run by raise_signal.
import signal
print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, int(signal.SIGKILL), repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
print(signal.Signals(15), signal.Signals["SIGUSR1"], repr(signal.Signals.SIGIOT), signal.SIG_BLOCK, signal.Handlers.SIG_IGN == 1)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print([signal.strsignal(s) for s in (1, 2, 9, 15, 34, 40)], len(signal.valid_signals()), signal.SIGHUP in signal.valid_signals())
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, handler); print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1); print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1); print(got)
try: signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt: print("KeyboardInterrupt")
for bad in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(99, handler), lambda: signal.signal(signal.SIGTERM, 5), lambda: signal.getsignal(0), lambda: signal.strsignal(100)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
import threading
def t():
    try: signal.signal(signal.SIGTERM, handler)
    except ValueError as e: print(e)
th = threading.Thread(target=t); th.start(); th.join()
signal.signal(signal.SIGTERM, signal.SIG_DFL)
