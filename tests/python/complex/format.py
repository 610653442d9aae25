# format() and f-string specs on complex numbers, and their errors
for spec in ['.2f', '', '10', '<12', '.2', '+.1e', '*^16.1f', 'g', ',.1f', 'f', '>14.3g', 'E']:
    for z in [1+2j, 1.234+2j, 2j, -1-2.5j, 1e10+1j, 0.0+1j, complex(-0.0, -1), 3-4j]:
        print(repr(spec), repr(format(z, spec)))
for spec in ['d', '010', '=10', '.3%', 'x', 's']:
    try:
        print(format(1+2j, spec))
    except ValueError as e:
        print('ValueError', e)
print(f'{1+2j:.3f} {2.5j!r:>10} {complex(1, 1)!s}')
