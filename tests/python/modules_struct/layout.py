"""struct: calcsize, native alignment, format parsing and its errors."""
import struct

for fmt in ['', 'b', '@bqbi', 'bq', 'qb', '<bqbi', '=bqbi', '>bqbi', '!bqbi', '0q', 'b0q', 'bP',
            'hi', 'ih', 'bd', 'cf', 'be', '3s4p', 'x', '10x', 'll', '<ll', 'nN', '? h ?',
            '5b', 'ci', 'bbbbi', 'bbbbbi', 'i 2 h'.replace('2 ', '2')]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize(b'<q'))
for fmt in ['z', '<n', '>P', '3', 'i 3', '2 i', '99999999999999999999i', '9999999999999999999i',
            '@@i', 'i<']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error:', e)
for bad in (1, None, 2.5):
    try:
        struct.calcsize(bad)
    except TypeError as e:
        print('TypeError:', e)
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('@bh?q', 1, 2, True, 3))
print(struct.unpack('@bqbi', struct.pack('@bqbi', -1, -2, -3, -4)))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
