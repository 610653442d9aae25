# complex() from numbers, strings, __complex__/__float__, and its errors
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1.5, -2.5), complex(True, False))
print(complex(1j), complex(1j, 1j), complex(1+2j, 3), complex(real=1, imag=2), complex(imag=3))
for s in ['1', '1.5', 'j', '-j', '+J', '2j', '1+2j', '1-2j', ' (1+2j) ', '(3)', '1e3j', '1E-2+1e2J',
          'inf', '-inf+nanj', 'infj', '1_000+2_0j', '.5j', '5.j', '-1.5e-3-2.5e+3j']:
    print(repr(s), complex(s))
for s in ['', ' ', '1+', '1+2', 'j1', '1jj', '(1+2j', '1 + 2j', 'x', '1e', '++1j', '()', '1_+2j', '1+2j)']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
for args in [('1', 2), (1, '2'), (None,), ([],), (1, None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)
