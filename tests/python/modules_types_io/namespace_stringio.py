# types.SimpleNamespace and type names; io.StringIO and io.BytesIO reading/writing/seeking.
import types
import io

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='two', c=[3]), types.SimpleNamespace())
del ns.a
print(ns, types.SimpleNamespace(y=2))
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType),
      isinstance(len, types.BuiltinFunctionType), isinstance(io, types.ModuleType),
      type(None) is types.NoneType, isinstance(lambda: 0, types.LambdaType))

s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO('a\nb\nc')
print(s.readlines(), s.tell())
s.seek(2)
print([line for line in s])
s = io.StringIO('abcdef')
s.seek(2); s.write('XY'); print(s.getvalue(), s.read(1))
s.truncate(3); print(repr(s.getvalue()))
with io.StringIO('ctx') as s2:
    print(s2.read(2))
print(s2.closed)
for bad in (lambda: s2.read(), lambda: io.StringIO(5), lambda: io.StringIO().write(5),
            lambda: io.StringIO().seek(-1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'xyz')
b.seek(0, 2); b.write(b'123'); print(b.getvalue(), b.tell())
b.seek(1); print(b.read(3), b.read(), b.readline())
b = io.BytesIO()
b.write(b'line1\nline2\n'); b.seek(0)
print(b.readlines(), len(b.getvalue()))
