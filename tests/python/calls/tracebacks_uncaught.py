# An uncaught error raised several calls deep, through a keyword call, a default-argument
# call, a *args call, a method call and an __init__: the traceback lists every frame.


class Box:
    def __init__(self, v, scale=1):
        self.v = self.check(v * scale)

    def check(self, v):
        return helper(v)


def helper(v, *extra):
    return inner(v=v)


def inner(v, limit=10):
    if v > limit:
        raise ValueError(f"{v} is over {limit}")
    return v


def build(*vals):
    return [Box(v, scale=2) for v in vals]


print([b.v for b in build(1, 2, 3)])
build(4, 5, 6)
