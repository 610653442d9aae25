# C.__dict__ is a live read-only view: later changes to the class show through it.
class C:
    x = 1

    def m(self):
        return 2


d = C.__dict__
C.y = 2
print('y' in d, type(d).__name__, d['y'], sorted(k for k in d if not k.startswith('__')))
print(list(d))
del C.x
print('x' in d, d.get('x', 'gone'), len(d))
try:
    d['q'] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d['nope']
except KeyError as e:
    print("KeyError:", e)
try:
    d.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(d.keys()).__name__, list(d.items())[-1][0], list(d.values())[-1])
print(d['m'].__name__, C.__dict__['m'](C()))
C.z = 3
print([k for k in reversed(d)][:1], {**d}['z'])


class Doc:
    """documented"""
    a = 1


print(list(Doc.__dict__))


class S:
    __slots__ = ('p', 'q')


print(list(S.__dict__))


class Sub(C):
    w = 0


print(list(Sub.__dict__))
