# int subclasses: payload, arithmetic results are plain ints, overridden dunders, errors
class MyInt(int):
    pass

x = MyInt(7)
print(x, repr(x), type(x).__name__, isinstance(x, int), issubclass(MyInt, int))
for r in [x + 1, 1 + x, x * 2, x // 2, x % 4, -x, +x, ~x, abs(MyInt(-3)), x ** 2, x << 1, x & 3]:
    print(r, type(r).__name__)
print(x == 7, 7 == x, x < 8, hash(x) == hash(7), {x: "a"}[7], [10, 20, 30, 40, 50, 60, 70, 80][x])
print(int(x), type(int(x)).__name__, float(x), str(x), f"{x:05d}", "%d" % x, format(x, "x"))
print(x.bit_length(), x.real, x.numerator, x.to_bytes(2, "big"), MyInt("ff", 16), MyInt(3.9))
print(MyInt(), MyInt("12"), bool(MyInt(0)), bool(MyInt(5)), range(MyInt(3)))
x.tag = "seven"
print(x.tag, x.__dict__, vars(x))

class Money(int):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

m = Money(5)
print(m, repr(m), str(m), m + 3, 3 + m, sum([Money(1), Money(2)], Money(0)))
print([m], f"{m}", "%s" % m, m * 2, type(m * 2).__name__)

class Even(int):
    def __eq__(self, other):
        return int(self) % 2 == int(other) % 2
print(Even(2) == 4, Even(2) == 3, Even(2) != 5)
try:
    hash(Even(2))
except TypeError as e:
    print("TypeError:", e)

class Big(int):
    pass
b = Big(2 ** 100)
print(b, b + 1, type(b + 1).__name__, b > 2 ** 99, b.bit_length())
try:
    MyInt("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    MyInt([])
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
