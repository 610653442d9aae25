# bool is an int subclass: arithmetic, bit ops, hashing, conversion, and it cannot be subclassed
print(True + True, True * 3, True - False, isinstance(True, int), issubclass(bool, int), True == 1, hash(True) == hash(1))
print({True: 'a', 1: 'b'}, {1: 'x', True: 'y'}, {0, False}, [True, 2].index(1))
print(True & False, True | False, True ^ True, ~True, -True, +True, True / 2, True // 2, True % 2, True ** 10)
print(divmod(True, 1), str(True), repr(False), int(True), float(False), complex(True), abs(-True), round(True))
print(type(True & True).__name__, type(True + 0).__name__, type(~False).__name__, type(True | 2).__name__)
print(bool.__name__, type(True) is bool, bool(0), bool('x'), bool([]), bool(None), bool(0.0), bool(0j), bool(b''))
print(True.bit_length(), False.real, True.imag, True.numerator, True.denominator, True.conjugate(), True.as_integer_ratio())
print(sum([True, True, False]), max(True, 0), sorted([True, False, 2, 0]), f'{True}', f'{True:d}', f'{True:>6}')
for f in [lambda: bool(1, 2), lambda: True + 'x']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
