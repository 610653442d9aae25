# hash, id, ascii, format on builtin types
print(hash(1), hash(-1), hash(-2), hash(1.5), hash(1.0) == hash(1), hash(2**61), hash(-(2**61)))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(None) == hash(None), hash(True), hash(False))
print(hash(frozenset()) , hash(float('inf')), hash(float('-inf')), hash(0.0) == hash(-0.0))
print(hash('abc') == hash('abc'), hash(b'xyz') == hash('xyz'), hash(range(3)) == hash(range(3)) or True)
a = []
print(id(a) == id(a), id(a) != id([]), isinstance(id(a), int))
print(ascii('héllo'), ascii(['é', b'\xff', '\u20ac', '\U0001f600']), ascii(1.5), ascii('plain'))
print(format(3.14159, '.2f'), format(42, 'x'), format(42, '#b'), format('s', '>5'), format(1+2j))
print(format(True), format(None), format([1, 2]), format(1234567, ','), format(0.5, '%'), format(-7, '+05d'))
class H:
    def __hash__(self):
        return 42
class U:
    __hash__ = None
print(hash(H()), hash((H(), 1)) == hash((42, 1)))
for f in [lambda: hash([]), lambda: hash({}), lambda: hash({1}), lambda: hash(([],)), lambda: hash(U()),
          lambda: hash(bytearray()), lambda: format(1, 'z'), lambda: format('s', 'd'), lambda: format(1.5, 'x')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
