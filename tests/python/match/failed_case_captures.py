# Names captured by a case that then fails stay bound, as in CPython
def show(*names):
    g = globals()
    print({n: g.get(n, "<unbound>") for n in names})

match (1, 2, 3):
    case (a, b, 4):
        print("no")
    case _:
        pass
show("a", "b")

match [10, [20, 30]]:
    case [c, [d, 99]]:
        print("no")
    case [_, [_, e]] if e > 100:
        print("no")
    case _:
        pass
show("c", "d", "e")

match {"k": 1, "j": 2}:
    case {"k": f, "j": 3}:
        print("no")
    case {"k": g, **rest} if not rest:
        print("no")
    case _:
        pass
show("f", "g", "rest")

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

match Pt(1, 2):
    case Pt(h, 5):
        print("no")
    case Pt(x=i, y=j) if i > j:
        print("no")
    case Pt(k, l) as whole:
        print("yes", k, l, type(whole).__name__)
show("h", "i", "j")

match 7:
    case m if m < 0:
        print("no")
    case (1 | 2) as n:
        print("no")
    case _:
        pass
show("m", "n")

match "text":
    case str(o) if len(o) > 10:
        print("no")
    case _:
        print("fallback", o)

match (1, 2):
    case (p, 3) | (3, p):
        print("no")
    case _:
        pass
show("p")

match (2, 5):
    case (q, 3) | (2, q):
        print("q", q)

match [1, 2]:
    case [r, s] | [s, r] if r > s:
        print("no")
    case _:
        pass
show("r", "s")

match [3, [4, 5]]:
    case [t, [u, v]] | [t, (u, v)] if t + u + v == 12:
        print("t u v", t, u, v)

match (1, 2):
    case (zz2, zz1):
        pass
print([k for k in globals() if k.startswith("zz")])

def in_function(subject):
    match subject:
        case [w, 0]:
            return "zero", w
        case [w2, *rest] if len(rest) > 5:
            return "long"
        case _:
            pass
    try:
        return w
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}", w2, rest
print(in_function([1, 2, 3]))
print(in_function([9, 0]))
