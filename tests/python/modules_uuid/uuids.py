# uuid: parsing forms, attributes, name-based uuid3/uuid5, random uuid4/uuid1 shapes, errors
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq, u.node, u.time)
for kw in ({'hex': '12345678123456781234567812345678'}, {'bytes': u.bytes}, {'bytes_le': u.bytes_le},
           {'fields': u.fields}, {'int': u.int}, {'hex': 'urn:uuid:12345678-1234-5678-1234-567812345678'}):
    print(uuid.UUID(**kw) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/x'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
print(uuid.NAMESPACE_X500, uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1).variant)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.time < uuid.uuid1().time)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=5) == 5, hash(u) == hash(uuid.UUID(str(u))))
print(int(u) == u.int, str(uuid.UUID('12345678123456781234567812345678', version=4)))
print({u: 1}[uuid.UUID(bytes=u.bytes)])
for bad in (lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b'short'),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(int=1, version=9),
            lambda: setattr(u, 'int', 3), lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x'), lambda: u < 3, lambda: uuid.UUID('g' * 32)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
