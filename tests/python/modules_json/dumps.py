# json.dumps: byte-identical output for every value kind, indent (int, str, 0, negative),
# separators, sort_keys, ensure_ascii, allow_nan, skipkeys, default, and float repr.
import json

values = [None, True, False, 0, -1, 10**30, -(2**70), 1.0, -0.0, 0.1, 1e100, 1e-7, 123456789.125,
          float("inf"), float("-inf"), float("nan"), "", "plain", 'quote " and \\ backslash',
          "tab\tnew\nline\r\x00\x1f\x7f", "é ü ß 中文 😀", [], {}, [1, [2, [3, []]]], (1, 2),
          {"a": 1, "b": [True, None]}, {1: "int", 2.5: "float", None: "none", True: "bool"}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
data = {"name": "Widget", "tags": ["a", "b"], "dims": {"w": 2.5, "h": 10}, "empty": [], "none": None,
        "nested": [{"x": 1}, {}, [[]]]}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=-3))
print(json.dumps(data, separators=(",", ":")), json.dumps(data, separators=(" , ", " : ")))
print(json.dumps(data, indent=4, separators=(",", " = ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps({"p": Point(0, 1)}, default=lambda p: [p.x, p.y], indent=1))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=2).encode([{1, 2}]))
print(json.JSONEncoder().encode({"k": "v"}), ''.join(json.JSONEncoder().iterencode([1, {'a': None}])))

cases = [
    ("tuple key", lambda: json.dumps({(1, 2): 3})),
    ("object", lambda: json.dumps(object())),
    ("nested object", lambda: json.dumps({"a": [1, Point(1, 2)]})),
    ("nan disallowed", lambda: json.dumps(float("nan"), allow_nan=False)),
    ("inf key disallowed", lambda: json.dumps({float("inf"): 1}, allow_nan=False)),
    ("mixed sort", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True)),
    ("set", lambda: json.dumps({1, 2})),
    ("enc set", lambda: json.dumps(Point(1, 1), cls=Enc)),
]
l = []
l.append(l)
d = {}
d["self"] = d
cases.append(("circular list", lambda: json.dumps(l)))
cases.append(("circular dict", lambda: json.dumps(d, indent=2)))
for name, f in cases:
    try:
        print(name, f())
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
