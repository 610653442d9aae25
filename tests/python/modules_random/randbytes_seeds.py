# random: randbytes, seeding with bytes and bytearray (the same sequences as CPython),
# seeds of every accepted type and the TypeError for others, and the DeprecationWarnings of
# non-integer randrange arguments (recorded, not printed).
import random
import warnings

random.seed(2024)
print([random.randbytes(n) for n in (0, 1, 5, 13)])
for seed in [b'seed', bytearray(b'seed'), 'seed', 12345, -12345, 2 ** 80, 3.25, None]:
    r = random.Random(seed)
    if seed is None:
        print('None', 0 <= r.random() < 1)
    else:
        print(repr(seed), r.random(), r.randrange(1000), r.randbytes(3))
print(random.Random(b'x').random() == random.Random(bytearray(b'x')).random())
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    random.seed(7)
    print(random.randrange(10.0), random.randrange(2, 20.0), random.randrange(0, 10, 2.0))
    try:
        random.randrange(1.5)
    except ValueError as e:
        print(e)
    try:
        random.randrange(0, 5.5)
    except ValueError as e:
        print(e)
    print([(x.category.__name__, str(x.message)[:40]) for x in w])
