# bytes and bytearray subclasses: payload methods, repr, decode, mutation
class B(bytes):
    def hexed(self):
        return self.hex()

b = B(b"abc")
print(b, repr(b), type(b).__name__, len(b), b[0], b[1:], type(b[1:]).__name__, b.hexed(), b.decode(), b.upper())
print(b == b"abc", hash(b) == hash(b"abc"), b + b"d", type(b + b"d").__name__, b"x" + b, b * 2, bytes(b), type(bytes(b)).__name__)
print(B(3), B([65, 66]), B("hé", "utf-8"), B(), list(b), b"b" in b, b.split(b"b"), str(b))

class BA(bytearray):
    pass
ba = BA(b"xy")
ba.append(65)
ba.extend(b"!!")
ba[0] = 88
print(ba, repr(ba), type(ba).__name__, len(ba), bytes(ba), ba.decode(), BA(), BA(2), ba == b"XyA!!")

class Packet(bytes):
    def __new__(cls, kind, payload):
        self = super().__new__(cls, bytes([kind]) + payload)
        self.kind = kind
        return self
    def __repr__(self):
        return f"Packet({self.kind}, {bytes(self[1:])!r})"
p = Packet(7, b"hi")
print(p, repr(p), len(p), p[0], p.kind)
try:
    B("x")
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
