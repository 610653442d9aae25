# sys.stdout/sys.stderr objects, print(file=..., flush=...), redirecting sys.stdout, input() at EOF
import sys
print('to stdout')
print('to stderr', file=sys.stderr)
sys.stdout.write('written directly\n')
sys.stderr.write('err direct\n')
print(sys.stdout.write('abc'), flush=True)
print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin.readable(), sys.stdout.writable())
print('a', 'b', sep='-', end='!\n', file=sys.stdout, flush=True)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
saved = sys.stdout
sys.stdout = cap = Capture()
print('captured', 1, 2.5)
print('again', end='', flush=True)
sys.stdout = saved
print(cap.parts)
other = Capture()
print('x', 'y', sep=', ', file=other)
print(other.parts)
class NoWrite:
    pass
try:
    print('z', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', e)
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdout.flush()
