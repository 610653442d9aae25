"""hashlib: md5/sha1/sha2 digests of several inputs, incremental update and copy, new() by
name, digest sizes, and the errors of hashing str or unknown names."""
import hashlib

inputs = [b'', b'abc', b'hello world', bytes(range(256)) * 5, bytearray(b'xyz'), memoryview(b'mv')]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for data in inputs:
        h = ctor(data)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), len(h.digest()))
    h = hashlib.new(name.upper())
    h.update(b'hello ')
    c = h.copy()
    h.update(b'world')
    c.update(b'there')
    print(name, h.hexdigest() == ctor(b'hello world').hexdigest(), c.hexdigest(), h.hexdigest() == h.hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}), hashlib.new('sha256', b'x').hexdigest())
for t in [lambda: hashlib.sha256('text'), lambda: hashlib.md5().update('x'), lambda: hashlib.md5(5),
          lambda: hashlib.new('nope')]:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
