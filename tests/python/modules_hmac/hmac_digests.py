# hmac: HMAC with md5/sha1/sha256 by name, module or callable; update/copy; digest(); errors
import hashlib
import hmac

key = b'secret-key'
msg = b'The quick brown fox jumps over the lazy dog'
for mod in ('md5', 'sha1', 'sha256', hashlib.sha256, hashlib.sha512, 'sha384'):
    h = hmac.new(key, msg, mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k' * 200, digestmod='sha256')
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), hmac.new(b'k' * 200, b'part one, part two', 'sha256').hexdigest() == h.hexdigest())
print(hmac.digest(key, msg, 'sha1').hex(), hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.compare_digest(h.digest(), h.digest()), hmac.compare_digest('abc', 'abd'))
for bad in (lambda: hmac.new(key, msg), lambda: hmac.new('str key', msg, 'md5'), lambda: hmac.new(key, 'str msg', 'md5')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
