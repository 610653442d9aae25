# complex literals, repr/str, attributes, conjugate, truth, equality, hashing
for z in [1j, 2.5j, 1+2j, 1-2j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 1), 1e16j, 1e-5+1e16j,
          complex(1.0, 2.0), 3+0j, complex('inf'), complex('nan+nanj'), -(1+1j)]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
print(type(1j).__name__, isinstance(1j, complex), bool(0j), bool(1j), bool(complex(0, 0)))
print(1+0j == 1, 1.5+0j == 1.5, 1j == 1j, 1j != 2j, 1+1j == 1, 2 == 2+0j, 1j == 'x')
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(1+2j), hash(-1j), hash(0j))
print({1j: 'a', 1+0j: 'b', 1: 'c'})
for f in [lambda: 1j < 2j, lambda: 1j >= 1, lambda: (1j).real.x, lambda: int(1j), lambda: float(1j),
          lambda: round(1j)]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
