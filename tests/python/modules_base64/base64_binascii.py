"""base64 and binascii: encodings round trip on many lengths, lenient and strict base64
decoding, base32/base16 with their options, CRC-32, hexlify separators, and the errors."""
import base64
import binascii

for n in range(0, 12):
    data = bytes(range(250, 250 - n, -1)) if n else b''
    e64 = base64.b64encode(data)
    e32 = base64.b32encode(data)
    e16 = base64.b16encode(data)
    print(n, e64, base64.urlsafe_b64encode(data), e32, base64.b32hexencode(data), e16,
          base64.b64decode(e64) == data, base64.b32decode(e32) == data,
          base64.b32hexdecode(base64.b32hexencode(data)) == data, base64.b16decode(e16) == data)
print(base64.b64encode(b'hello', altchars=b'-_'), base64.b64decode('aGVsbG8='), base64.b64decode(b'YWJj\nZGVm'),
      base64.b64decode('YQ===='), base64.urlsafe_b64decode('-_-_'), base64.b64decode(bytearray(b'YWI=')),
      base64.standard_b64decode('YWJj'), base64.b64decode('a-b_', altchars='-_'))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode('MFRGG1==', map01='L') if False else '',
      base64.b16decode('abcd', casefold=True), base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2),
      binascii.hexlify(b'abcde', ' ', -2), binascii.unhexlify('01abFF'), binascii.b2a_hex(b'\x00'),
      binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='))
print(binascii.crc32(b'hello'), binascii.crc32(b''), binascii.crc32(b' world', binascii.crc32(b'hello')),
      binascii.crc32(b'hello world'), binascii.crc32(bytes(range(256))))
tests = [lambda: base64.b64decode('abc'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b64decode('a'),
         lambda: base64.b64decode('ab!cde=='), lambda: base64.b64encode('x'), lambda: base64.b64decode(5),
         lambda: base64.b16decode('0g'), lambda: base64.b16decode('abc'), lambda: base64.b16decode('ab'),
         lambda: base64.b32decode('ME'), lambda: base64.b32decode('MFRGG==='), lambda: base64.b32decode('MFRG!==='),
         lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: base64.b64decode('YQ=', validate=True),
         lambda: base64.b64decode('Y=Q='), lambda: base64.b64decode('=YQ=', validate=True),
         lambda: base64.b64decode('YQ==YQ==', validate=True), lambda: base64.b64decode('é'), lambda: binascii.hexlify('ab'),
         lambda: base64.b32encode('x'), lambda: base64.b32decode('MFRGG=====')]
for t in tests:
    try:
        print(repr(t()))
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
