# json and struct: dumps options, loads, decode errors, encoders, pack/unpack and struct.error.
import json, struct
d = {"b": [1, 2.5, None, True, False], "a": {"x": "é\n\"q\""}, "c": 1e20, "d": -0.0}
print(json.dumps(d)); print(json.dumps(d, indent=2, sort_keys=True)); print(json.dumps(d, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, []], {}], indent="\t"), json.dumps("\u2603"), json.dumps(float("inf")), json.dumps((1, 2)))
print(json.loads('{"a": [1, 2.0, "x", null, true]}'), json.loads("3"), json.loads('"\\u00e9"'), json.loads("1e5"), json.loads(" [] "))
class C: pass
for bad in ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', "'x'", '[1] x']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try: json.dumps(C())
except TypeError as e: print(e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print(e)
try: json.dumps(float("nan"), allow_nan=False)
except ValueError as e: print(e)
print(json.dumps(C(), default=lambda o: "C!"), json.dumps({1: 2, None: 3, True: 4}), json.loads('{"a":1}', object_hook=lambda d: sorted(d.items())))
import io; f = io.StringIO(); json.dump([1, 2], f); print(f.getvalue(), json.load(io.StringIO('{"k": "v"}')))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E), json.loads("[1.5]", parse_float=str), json.loads('{"a":1,"a":2}'))
print(struct.pack("<i", 1), struct.pack(">HhBb", 1, -2, 3, -4), struct.unpack("<if", b"\x01\0\0\0\0\0\x80?"), struct.calcsize("iqd"), struct.calcsize("<iqd"))
print(struct.pack("3s", b"abcdef"), struct.pack("?", 5), struct.unpack("<2H", b"\x01\x00\x02\x00"), struct.pack("!d", 1.5), struct.pack("e", 1.5))
s = struct.Struct("<Ih"); print(s.size, s.format, s.pack(7, -1), s.unpack(b"\x07\0\0\0\xff\xff"), list(struct.iter_unpack("<h", b"\x01\0\x02\0")))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("i"), lambda: struct.unpack("i", b"x"), lambda: struct.pack("z", 1), lambda: struct.pack("i", "x"), lambda: struct.pack("H", -1)]:
    try: bad()
    except struct.error as e: print("struct.error", e)
    except Exception as e: print(type(e).__name__, e)
buf = bytearray(8); struct.pack_into("<ii", buf, 0, 1, 2); print(buf, struct.unpack_from("<i", buf, 4))
