# random: subclasses of Random (overriding random() or getrandbits()) and the errors of
# common misuse, with CPython's messages.
import random

class Fixed(random.Random):
    def random(self):
        return 0.375

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 5

f = Fixed(1)
print(f.random(), f.randrange(10), f.choice("abcdef"), f.uniform(0, 8), f.randint(1, 100))
b = Bits(2)
print(b.randrange(6), b.randrange(7), b.choice([1, 2, 3, 4, 5, 6, 7]))

class Plain(random.Random):
    pass

p = Plain(5)
random.seed(5)
print(p.random() == random.random(), p.randrange(1000) == random.randrange(1000))

cases = [
    ("choice([])", lambda: random.choice([])),
    ("sample(set)", lambda: random.sample({1, 2}, 1)),
    ("sample too many", lambda: random.sample([1, 2], 3)),
    ("sample negative", lambda: random.sample([1, 2], -1)),
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(5, 2)", lambda: random.randrange(5, 2)),
    ("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0)),
    ("randrange step no stop", lambda: random.randrange(10, step=2)),
    ("randint(5, 1)", lambda: random.randint(5, 1)),
    ("getrandbits(-1)", lambda: random.getrandbits(-1)),
    ("seed(list)", lambda: random.seed([1])),
    ("setstate version", lambda: random.setstate((9,))),
    ("choices both", lambda: random.choices("ab", [1, 2], cum_weights=[1, 3])),
    ("choices count", lambda: random.choices("ab", [1, 2, 3])),
    ("choices zero", lambda: random.choices("ab", [0, 0])),
    ("choices k positional", lambda: random.choices("ab", 3)),
    ("gammavariate", lambda: random.gammavariate(-1, 1)),
    ("sample counts", lambda: random.sample("ab", 1, counts=[1])),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
