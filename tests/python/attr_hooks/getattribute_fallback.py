# __getattribute__ overrides: an AttributeError from them falls back to __getattr__, other
# errors propagate; object.__getattribute__ and super().__getattribute__ from inside.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name.startswith("_") or name == "log":
            return object.__getattribute__(self, name)
        self.log.append(name)
        if name == "secret":
            raise AttributeError("no secrets here")
        if name == "broken":
            raise KeyError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1), p.log)
print(p.secret if hasattr([], "secret") else "fallback failed:", end=" ")
try:
    p.secret
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.broken
except KeyError as e:
    print("KeyError:", e)
print(getattr(p, "nothing_here", "default"), hasattr(p, "sort"), hasattr(p, "zzz"))
print(p.log)


class Counting:
    calls = 0

    def __getattribute__(self, name):
        type(self).calls += 1
        return super().__getattribute__(name)

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


c = Counting()
c.x = 5
print(c.x, c.dyn_abc, Counting.calls)
try:
    c.missing
except AttributeError as e:
    print(e)
print(Counting.calls)


class OnlyGetattr:
    def __getattr__(self, name):
        return f"<{name}>"


o = OnlyGetattr()
o.real = 1
print(o.real, o.virtual, getattr(o, "other"))
