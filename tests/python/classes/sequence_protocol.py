# The old sequence protocol: a class with only __getitem__ is iterable (indexes 0, 1, ...
# until IndexError or StopIteration), works with `in`, unpacking, list(), sorted(), zip(),
# and with __len__ also reversed(); errors raised by __getitem__ propagate.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Words:
    def __getitem__(self, i):
        words = "alpha beta gamma".split()
        if i == len(words):
            raise StopIteration
        return words[i]


class Sized(Squares):
    def __len__(self):
        return self.n


class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError("broken at 2")
        return i


s = Squares(5)
print(list(s), tuple(Words()), 9 in s, 10 in s, sorted(Squares(4), reverse=True))
a, b, c = Squares(3)
print(a, b, c, [x + 1 for x in Squares(3)], sum(Squares(4)), max(Words()))
print(list(zip(Words(), Squares(10))), dict(enumerate(Words())))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"), iter(it) is it)
print(list(reversed(Sized(4))), len(Sized(3)))
try:
    reversed(Squares(3))
except TypeError as e:
    print("TypeError:", e)
try:
    list(Broken())
except KeyError as e:
    print("KeyError:", e)
try:
    5 in Broken()
except KeyError as e:
    print("KeyError:", e)
print(0 in Broken(), 1 in Broken())
for w in Words():
    print(w.upper(), end=" ")
print()
try:
    iter(object())
except TypeError as e:
    print(e)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIterable())
except TypeError as e:
    print(e)
