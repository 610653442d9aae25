"""sys._getframe(): f_locals and f_globals of function, class-body and module frames, read
while the frame runs (refreshed on each read), and inspect.currentframe().f_back."""
import inspect
import sys

G = 'module global'


def names(d):
    return sorted(k for k in d if not k.startswith('__'))


def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print('f locals:', names(fr.f_locals))
    d = 10
    print('refreshed:', names(fr.f_locals), fr.f_locals['d'])
    del c
    print('after del:', names(fr.f_locals))
    print('globals is module dict:', fr.f_globals is globals())
    print('G via f_globals:', fr.f_globals['G'])
    print('builtins len:', fr.f_builtins['len'] is len)

    def inner():
        return a
    return inner


f(1)


def caller_vars():
    return names(sys._getframe(1).f_locals)


def outer():
    x, y = 1, 2
    print('caller:', caller_vars())
    z = 3
    print('caller again:', caller_vars())


outer()


def via_inspect():
    fr = inspect.currentframe().f_back
    return fr.f_locals['token'], fr.f_code.co_name


def user():
    token = 'abc'
    print('inspect:', via_inspect())


user()


class K:
    x = 1
    print('class body:', names(sys._getframe().f_locals))
    y = 2
    print('class body again:', names(sys._getframe().f_locals))


mod_fr = sys._getframe()
print('module f_locals is globals:', mod_fr.f_locals is globals())


def closure_cells():
    v = 'cell'

    def g():
        w = v
        return names(sys._getframe().f_locals)
    return g()


print('closure:', closure_cells())


def gen():
    q = 1
    yield names(sys._getframe().f_locals)
    r = 2
    yield names(sys._getframe().f_locals)


print('gen:', list(gen()))

try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)
