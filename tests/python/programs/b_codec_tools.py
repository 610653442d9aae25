"""Hand-written codecs over bytes: base64, run-length encoding, a Caesar cipher through
bytes.translate, and a hex/escape viewer; round trips checked on many inputs."""

B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
B64_INDEX = {c: i for i, c in enumerate(B64)}


def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        quad = bytes(B64[(n >> shift) & 63] for shift in (18, 12, 6, 0))
        keep = len(chunk) + 1
        out += quad[:keep] + b'=' * (4 - keep)
    return bytes(out)


def b64decode(text):
    text = text.rstrip(b'=')
    out = bytearray()
    for i in range(0, len(text), 4):
        chunk = text[i:i + 4]
        try:
            vals = [B64_INDEX[c] for c in chunk]
        except KeyError as e:
            raise ValueError('invalid base64 byte %r' % bytes([e.args[0]])) from None
        n = 0
        for v in vals + [0] * (4 - len(vals)):
            n = (n << 6) | v
        out += n.to_bytes(3, 'big')[:len(vals) - 1]
    return bytes(out)


def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def rle_decode(data):
    if len(data) % 2:
        raise ValueError('odd RLE length %d' % len(data))
    out = bytearray()
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return bytes(out)


def caesar_table(shift):
    lower = bytes(range(ord('a'), ord('z') + 1))
    upper = lower.upper()
    rot = lambda s: s[shift:] + s[:shift]
    return bytes.maketrans(lower + upper, rot(lower) + rot(upper))


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', 'héllo wörld'.encode(),
           bytes(range(256)), b'\x00' * 10]
for s in samples:
    enc = b64encode(s)
    assert b64decode(enc) == s, s
    print(len(s), enc[:24], len(enc))

for bad in [b'ab$d', b'Zm9v!']:
    try:
        b64decode(bad)
    except ValueError as e:
        print('ValueError', e, e.__cause__, e.__suppress_context__)

for s in [b'aaabccddddd', b'', b'x' * 300, bytes([0, 0, 1, 1, 1])]:
    enc = rle_encode(s)
    print(len(s), enc[:10], rle_decode(enc) == s)
try:
    rle_decode(b'\x01')
except ValueError as e:
    print('ValueError', e)

table = caesar_table(3)
msg = b'Hello, World! xyz XYZ'
secret = msg.translate(table)
print(secret, secret.translate(caesar_table(23)), msg.translate(None, b'lo'))

text = 'naïve café – 100€ 😀'
for enc in ['utf-8', 'latin-1', 'ascii']:
    data = text.encode(enc, errors='replace')
    print(enc, len(data), data[:12], data.decode(enc, errors='replace')[:12])
print(text.encode('ascii', 'backslashreplace'))
print(text.encode('ascii', 'xmlcharrefreplace').decode('ascii'))
try:
    text.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e)

ba = bytearray(b'The quick brown fox')
ba[4:9] = b'slow'
ba.extend(b' jumps')
del ba[-6:]
ba.reverse()
print(ba, ba.upper(), bytes(ba[::-1]).title(), ba.count(b'o'))
words = bytes(ba[::-1]).split()
print(words, b'-'.join(w.capitalize() for w in words), b'%s has %d words' % (b'fox', len(words)))
print([w.hex() for w in words[:2]], bytes.fromhex(' '.join(w.hex() for w in words[:2])))
