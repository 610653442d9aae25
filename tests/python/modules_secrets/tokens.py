# secrets: token sizes and alphabets, choice/randbelow/randbits ranges, compare_digest and errors
import secrets
import string

print(len(secrets.token_bytes(16)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
h = secrets.token_hex(8)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(30)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.choice('aaa'), 0 <= secrets.randbits(5) < 32)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'a', bytearray(b'a')), secrets.compare_digest('a', 'ab'))
for bad in (lambda: secrets.randbelow(0), lambda: secrets.compare_digest('a', b'a'), lambda: secrets.compare_digest('é', 'é'),
            lambda: secrets.compare_digest(1, 2), lambda: secrets.choice([])):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(isinstance(secrets.SystemRandom().random(), float))
