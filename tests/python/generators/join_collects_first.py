"""str.join collects its items first (CPython's PySequence_Fast): a generator runs to its end
in one go, `__iter__` of an iterator object is called again by the collecting, and an item
of the wrong type is reported only after every item was produced."""
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("iter")
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return str(self.n)
print("-".join(It()))
class Seq:
    def __iter__(self):
        print("seq iter")
        return iter(["a", "b"])
print("+".join(Seq()))
def g():
    yield "x"
    print("in gen")
    yield "y"
print(",".join(g()))
def bad():
    yield "a"
    yield 1
    print("after bad")
try:
    ",".join(bad())
except TypeError as e:
    print(e)
def boom():
    yield "a"
    raise ValueError("boom")
try:
    ",".join(boom())
except ValueError as e:
    print("ValueError", e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
