# functools.singledispatch over ABCs: collections.abc and numbers classes match builtin and
# user types through registration and subclass hooks, the most specific ABC wins, a class
# on the MRO beats an ABC, a later register() on an ABC is seen by dispatch, and an
# ambiguous choice is CPython's RuntimeError.
import collections.abc as cabc
import functools
import numbers


@functools.singledispatch
def kind(x):
    return 'object'


@kind.register(cabc.Sequence)
def _(x):
    return 'sequence'


@kind.register(cabc.Mapping)
def _(x):
    return 'mapping'


@kind.register(numbers.Integral)
def _(x):
    return 'integral'


@kind.register(numbers.Real)
def _(x):
    return 'real'


@kind.register(str)
def _(x):
    return 'str'


print(kind([1]), kind((1,)), kind({}), kind(3), kind(2.5), kind('s'), kind(True), kind(set()),
      kind(range(2)), kind(b'x'))


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0


class Later:
    pass


print(kind(MySeq()), kind(Later()))
cabc.Sequence.register(Later)
print(kind(Later()), kind.dispatch(bool) is kind.dispatch(int))


class Both:
    pass


cabc.Sized.register(Both)
cabc.Container.register(Both)


@functools.singledispatch
def pick(x):
    return 'object'


@pick.register(cabc.Sized)
def _(x):
    return 'sized'


@pick.register(cabc.Container)
def _(x):
    return 'container'


try:
    pick(Both())
except RuntimeError as e:
    print('RuntimeError', e)
print(pick([]) if False else pick(3))
