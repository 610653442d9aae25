# float and complex subclasses: results are plain floats, repr, overridden operators
class F(float):
    pass

f = F(2.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, abs(F(-1.5)), f // 1, f % 1)
print(f == 2.5, f > 2, hash(f) == hash(2.5), int(f), float(f), type(float(f)).__name__, round(f), round(f, 1))
print(f.is_integer(), F(3.0).is_integer(), f.hex(), f.as_integer_ratio(), f"{f:.3f}", "%.2f" % f, format(f, "e"))
print(F("1.5"), F(), F(3), bool(F(0.0)), bool(F(0.1)), F("nan") != F("nan"), F("inf"))

class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)
    def __repr__(self):
        return f"{float(self)}°C"
    def to_f(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, repr(c), [c], c.to_f(), str(c), f"{c}", c + 1)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Approx(float):
    def __eq__(self, other):
        return abs(self - other) < 1e-6
    __hash__ = float.__hash__
print(Approx(0.1 + 0.2) == 0.3, 0.3 == Approx(0.1 + 0.2), Approx(1) == 2, hash(Approx(1.5)) == hash(1.5))

class Z(complex):
    def conj(self):
        return self.conjugate()
z = Z(1, 2)
print(z, repr(z), z.real, z.imag, z.conj(), z + 1, type(z + 1).__name__, abs(Z(3, 4)), z == 1 + 2j, Z())
try:
    F("x")
except ValueError as e:
    print("ValueError:", e)
try:
    F([])
except TypeError as e:
    print("TypeError:", e)
