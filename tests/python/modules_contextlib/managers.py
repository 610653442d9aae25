# contextlib: contextmanager (normal exit, exceptions inside, suppression, as decorator),
# suppress, closing, nullcontext, ExitStack ordering and callbacks.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as t:
    print('inside', t)

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    {}['missing']
print('after swallow')

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2

print(decorated(21))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)

with closing(Resource('db')) as r:
    print('using', r.name)
with nullcontext(42) as v:
    print('null', v)

with ExitStack() as stack:
    for n in ('a', 'b', 'c'):
        stack.enter_context(tag(n))
    stack.callback(print, 'callback runs first')
    print('stack body')

with ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
print('popped')
moved.close()

def suppressing_exit(*exc):
    print('exit sees', exc[0].__name__ if exc[0] else None)
    return True

with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise TypeError('handled by push')
print('end')
