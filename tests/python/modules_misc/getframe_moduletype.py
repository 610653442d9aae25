# sys._getframe (code names, caller chain, globals) and types.ModuleType(name, doc)
import sys
import types

print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_globals['__name__'])
print(sys._getframe().f_back)


def g():
    f = sys._getframe()
    return sys._getframe(1).f_code.co_name, f.f_code.co_name, f.f_back.f_lineno


def h():
    return g()


print(g())
print(h())
print(sys._getframe(0).f_code.co_filename.endswith('getframe_moduletype.py'))
try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError', e)

m = types.ModuleType('foo')
print(m, m.__name__, m.__doc__)
m2 = types.ModuleType('bar', 'the doc')
m2.x = 1
print(m2.__doc__, m2.x, 'x' in vars(m2), type(m2) is types.ModuleType)
sys.modules['bar'] = m2
import bar
print(bar.x, bar is m2)
try:
    types.ModuleType()
except TypeError as e:
    print('TypeError', e)
try:
    types.ModuleType(3)
except TypeError as e:
    print('TypeError', e)
