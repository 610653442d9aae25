# match: mapping patterns: extra keys allowed, **rest, value patterns as keys, nested
KEY = "kind"

class K:
    NAME = "name"

def handle(event):
    match event:
        case {"kind": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {K.NAME: name, **others} if others:
            return f"named {name} with {sorted(others)}"
        case {"kind": "key", "key": str(k)}:
            return f"key {k}"
        case {"kind": kind, **rest}:
            return f"other {kind} rest={rest}"
        case {}:
            return "empty or unknown mapping"
        case _:
            return "not a mapping"

events = [
    {"kind": "click", "pos": (1, 2)},
    {"kind": "click", "pos": [3, 4], "extra": 1},
    {"name": "bob", "age": 3, "zip": 9},
    {"name": "alice"},
    {"kind": "key", "key": "q"},
    {"kind": "key", "key": 5},
    {},
    {1: 2},
    [("kind", "click")],
]
for e in events:
    print(handle(e))

match {1: "a", 2: "b", 3: "c"}:
    case {1: _, **rest}:
        print("rest", rest)

match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {}:
    case {"x": None}:
        print("wrong")
    case _:
        print("missing key does not match None")
