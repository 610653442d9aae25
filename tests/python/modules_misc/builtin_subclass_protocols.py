"""Protocols unittest.mock relies on: __call__ and __getattribute__ on subclasses of builtin
types, function.__call__, isinstance() honouring a claimed __class__, the descriptor protocol
for __enter__/__exit__, list() asking __len__ after __iter__, module reprs."""
import collections
import json
import os
import sys
import types


class CallTuple(tuple):
    def __new__(cls, v=()):
        return tuple.__new__(cls, v)

    def __call__(self, *a):
        return ('called', tuple(self), a)

    def __getattribute__(self, name):
        return tuple.__getattribute__(self, name)


c = CallTuple((1, 2))
print(c(3), callable(c), c.count(1), c.index(2))
try:
    c.missing
except AttributeError as e:
    print('AttributeError', e)


class CallList(list):
    def __call__(self):
        return len(self)


print(CallList([1, 2, 3])())


def f(x):
    return x * 2


print(f.__call__(4), len.__call__([1]), getattr(f, '__call__', None) is not None)
print('__call__' in dir(f), hasattr(print, '__call__'))


class Real:
    pass


class Pretender:
    @property
    def __class__(self):
        return Real


p = Pretender()
print(isinstance(p, Real), isinstance(p, Pretender), type(p).__name__, p.__class__.__name__)
print(isinstance(p, (int, Real)), isinstance(3, Real))


class Enter:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner):
        tag = self.tag
        return lambda *a: print(tag, len(a)) or obj


class CM:
    __enter__ = Enter('enter')
    __exit__ = Enter('exit')


with CM() as got:
    print(type(got).__name__)


class Sized:
    def __iter__(self):
        print('iter')
        return iter([1, 2])

    def __len__(self):
        print('len')
        return 2


print(list(Sized()))


class BadLen(Sized):
    def __len__(self):
        raise TypeError('no')


print(list(BadLen()))

for m in (os, sys, json, collections, os.path, types):
    r = repr(m)
    print(r.split(' from ')[0] + ('>' if ' from ' in r else ''))
print(repr(types.ModuleType('made')))
print(slice(1, 2) < slice(1, 3), slice(None, 4) == slice(None, 4), slice(1) != slice(2), sorted([slice(3), slice(1, 2)]))
