# open() and file-method errors with CPython's exception types and messages
import time
for args in [('/nonexistent_dir_isles/x.txt',), ('/nonexistent_dir_isles/x.txt', 'w'), ('/tmp',),
             ('/tmp', 'w'), ('x', 'z'), ('x', 'rw'), ('x', 'rr'), ('x', 'bt'), ('x', '+'),
             ('x', 'rb', -1, 'utf-8'), ('x', 'wb', -1, None, 'strict'), (5.5,), ('x', 5), ('x', 'r', -1, 'no-such-codec')]:
    try:
        open(*args)
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e, getattr(e, 'errno', '-'), getattr(e, 'filename', '-'))
try:
    open('/nonexistent_dir_isles/y')
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args, e.strerror)
path = '/tmp/isles_io_err_%d_%d.txt' % (time.time_ns(), id(object()))
f = open(path, 'w')
f.write('x')
f.close()
f.close()
for call in [f.read, lambda: f.write('y'), f.readline, f.tell, lambda: f.seek(0), f.flush, lambda: next(f)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
with open(path, 'w') as g:
    for call in [g.read, g.readline]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        g.write(b'bytes')
    except TypeError as e:
        print('TypeError', e)
with open(path) as g:
    try:
        g.write('no')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        g.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        g.seek(-1)
    except ValueError as e:
        print('ValueError', e)
with open(path, 'wb') as g:
    g.write(b'caf\xe9 \xff')
with open(path) as g:
    try:
        g.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
with open(path, encoding='latin-1') as g:
    print(repr(g.read()))
with open(path, errors='replace') as g:
    print(repr(g.read()))
try:
    import os
    os.remove(path)
except ImportError:
    pass
