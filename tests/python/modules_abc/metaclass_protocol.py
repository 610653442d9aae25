# Metaclass special methods seen by the builtins: len/iter/in/repr/| on a class, the class body
# namespace from __prepare__ (a dict subclass's __setitem__/__getitem__), isinstance and
# issubclass through __instancecheck__/__subclasscheck__, class attribute hooks.
class Recording(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))

    def __iter__(cls):
        return iter([1, 2])

    def __len__(cls):
        return 2

    def __contains__(cls, x):
        return x == 1

    def __repr__(cls):
        return f'<meta {cls.__name__}>'

    def __or__(cls, other):
        return ('or', cls.__name__, other)

    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return isinstance(inst, int)

    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return sub is bool

    def __setattr__(cls, name, value):
        if name.startswith('ro_'):
            raise AttributeError(f'{name} is read-only')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('delattr', name)
        super().__delattr__(name)


class A(metaclass=Meta):
    x = 1
    y = x + 1

    def f(self):
        return 'f'


print(list(A), len(A), 1 in A, 3 in A, repr(A), str(A), A | 5)
a, b = A
print(a, b, [*A], sorted(A), tuple(A))
print(isinstance(3, A), isinstance('s', A), isinstance(3, (str, A)))
print(issubclass(bool, A), issubclass(str, A), issubclass(bool, (A, str)))
A.z = 9
print(A.z, A.y, A().f())
try:
    A.ro_x = 1
except AttributeError as e:
    print('AttributeError', e)
del A.z
print(hasattr(A, 'z'))
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)


class Checker:
    def __instancecheck__(self, inst):
        return inst == 'magic'


print(isinstance('magic', Checker()), isinstance('plain', Checker()))
