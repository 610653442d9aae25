# match: class patterns with __match_args__, keywords, nested, builtin self-matching types
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end

def describe(obj):
    match obj:
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point3(_, _, z):
            return f"3d point with z={z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1}"
        case Line(start=Point() as s, end=e):
            return f"line from {s.x},{s.y} to {e.x},{e.y}"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str(s) | float(s):
            return f"str or float {s!r}"
        case list([a, b]):
            return f"pair list {a} {b}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case _:
            return "unknown"

things = [Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point(0, 4), Point(5, 0), Point(3, 3),
          Point(1, 2), Line(Point(1, 1), Point(1, 5)), Line(Point(1, 2), Point(3, 4)), True, 7,
          "s", 2.5, [1, 2], [1, 2, 3], {"a": 1}, (9, 8), (), None]
for t in things:
    print(describe(t))

# a missing attribute makes the pattern fail, not raise
class Empty:
    pass
match Empty():
    case Empty(missing=1):
        print("wrong")
    case Empty():
        print("Empty matched without the attribute")

# property attributes are read through getattr
class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("  (reading celsius)")
        return self._c
match Temp(30):
    case Temp(c) if c > 25:
        print("hot", c)
