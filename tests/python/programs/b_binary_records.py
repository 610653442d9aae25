"""A tiny binary record format: pack records into bytes, checksum them, parse them back.

Exercises bytes/bytearray building, int.to_bytes/from_bytes, slicing, memoryview, hex dumps
and error handling for corrupt input.
"""

MAGIC = b'REC1'


class FormatError(Exception):
    pass


def checksum(data):
    """Fletcher-16 over the bytes."""
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a


def encode_str(s):
    raw = s.encode('utf-8')
    if len(raw) > 255:
        raise FormatError('string too long: %d bytes' % len(raw))
    return bytes([len(raw)]) + raw


def pack_record(rec_id, name, scores):
    body = bytearray()
    body += rec_id.to_bytes(4, 'big')
    body += encode_str(name)
    body.append(len(scores))
    for s in scores:
        body += s.to_bytes(2, 'little', signed=True)
    return bytes(body)


def pack_all(records):
    out = bytearray(MAGIC)
    out += len(records).to_bytes(2, 'big')
    for rec in records:
        body = pack_record(*rec)
        out += len(body).to_bytes(2, 'big')
        out += body
    out += checksum(out).to_bytes(2, 'big')
    return bytes(out)


class Reader:
    def __init__(self, data):
        self.view = memoryview(data)
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.view):
            raise FormatError('truncated at offset %d (wanted %d bytes)' % (self.pos, n))
        chunk = self.view[self.pos:self.pos + n].tobytes()
        self.pos += n
        return chunk

    def uint(self, n, order='big'):
        return int.from_bytes(self.take(n), order)


def unpack_all(data):
    if data[:4] != MAGIC:
        raise FormatError('bad magic %r' % data[:4])
    expected = int.from_bytes(data[-2:], 'big')
    actual = checksum(data[:-2])
    if expected != actual:
        raise FormatError('checksum mismatch: %04x != %04x' % (expected, actual))
    r = Reader(data[:-2])
    r.take(4)
    count = r.uint(2)
    records = []
    for _ in range(count):
        size = r.uint(2)
        body = Reader(r.take(size))
        rec_id = body.uint(4)
        name = body.take(body.uint(1)).decode('utf-8')
        n = body.uint(1)
        scores = [int.from_bytes(body.take(2), 'little', signed=True) for _ in range(n)]
        records.append((rec_id, name, scores))
    return records


def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = chunk.hex(' ')
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        print('%04x  %-*s  |%s|' % (off, width * 3 - 1, hexpart, text))


records = [
    (1, 'alice', [90, 85, -3]),
    (2, 'bob', []),
    (300000, 'zoë', [32767, -32768, 0]),
    (4, 'x' * 20, list(range(5))),
]
blob = pack_all(records)
print(len(blob), blob[:8], blob[-2:].hex())
hexdump(blob)
back = unpack_all(blob)
print(back == records)
for rec in back:
    print(rec)

corrupt = bytearray(blob)
corrupt[10] ^= 0xFF
truncated = blob[:20] + blob[-2:]
for label, data in [('corrupt', bytes(corrupt)), ('magic', b'XXXX' + blob[4:]), ('truncated', truncated)]:
    try:
        unpack_all(data)
    except FormatError as e:
        print(label, '->', e)
fixed = truncated[:-2] + checksum(truncated[:-2]).to_bytes(2, 'big')
try:
    unpack_all(fixed)
except FormatError as e:
    print('fixed-truncated ->', e)
try:
    pack_record(1, 'é' * 200, [])
except FormatError as e:
    print('pack ->', e)
try:
    pack_record(1, 'a', [70000])
except OverflowError as e:
    print('pack ->', type(e).__name__, e)
stats = {}
for b in blob:
    stats[b >> 6] = stats.get(b >> 6, 0) + 1
print(sorted(stats.items()), blob.count(0), blob.find(b'bob'), blob.rfind(b'x'))
