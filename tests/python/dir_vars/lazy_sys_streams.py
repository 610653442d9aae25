"""sys.stdin/stdout/stderr are made on first use; a stream replaced or deleted before then
stays so, and the __std*__ originals are still the console."""
import sys
print('stdout' in dir(sys), 'stderr' in vars(sys), sys.__stdout__ is sys.stdout)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


saved = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 1)
sys.stdout = saved
print(cap.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stderr.write("to stderr\n")
del sys.stdin
print(hasattr(sys, 'stdin'), hasattr(sys, '__stdin__'))
