# len() and isinstance() answered in the eval loop (builtin_calls.rs quick_call): exact and
# subclassed containers, classes with metaclasses and __instancecheck__, tuples of classes,
# errors, and rebinding of the names (locally, globally and in builtins).
import builtins


class C:
    pass


class D(C):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class WithMeta(metaclass=Meta):
    pass


class L(list):
    def __len__(self):
        return 42


class S(str):
    pass


class Claims:
    @property
    def __class__(self):
        return C


for v in ("abc", "", [1, 2], (1,), {1: 2}, L([1]), S("xy"), b"12", {1, 2}, range(5), "é€"):
    print(len(v), isinstance(v, (list, str)), isinstance(v, str))

for v in (C(), D(), 1, True, 1.0, None, "yes", Claims(), C, type):
    print(
        isinstance(v, C), isinstance(v, D), isinstance(v, (D, int)), isinstance(v, WithMeta),
        isinstance(v, object), isinstance(v, type), isinstance(v, bool), isinstance(v, ()),
    )


def err(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


err(lambda: len(5))
err(lambda: len())
err(lambda: len([], []))
err(lambda: isinstance(1, 2))
err(lambda: isinstance(1))
err(lambda: isinstance(1, (int, 2)))
err(lambda: isinstance(1, (2, int)))


def local():
    len = lambda x: "local len"
    isinstance = lambda x, y: "local isinstance"
    return len([]), isinstance(1, int)


print(local())
orig_len, orig_isinstance = builtins.len, builtins.isinstance
builtins.len = lambda x: "builtins len"
builtins.isinstance = lambda x, y: "builtins isinstance"
print(len([1]), isinstance(1, int))
builtins.len, builtins.isinstance = orig_len, orig_isinstance
alias = len
print(len([1]), isinstance(1, int), alias((1, 2, 3)), [len(x) for x in ("a", "bb", [])])

# Bound builtin methods called with 0-3 arguments (eval.rs call_bound_native_at).
out = []
app, ext, ins, pop, get = out.append, out.extend, out.insert, out.pop, {1: 2}.get
app(1)
ext([2, 3])
ins(0, 9)
print(out, pop(), pop(0), get(1), get(5), get(5, 0), "a,b".split(","), ",".join(["x", "y"]))
rep = "aXbX".replace
print(rep("X", "-"), rep("X", "-", 1))
err(lambda: rep("X", "-", 1, 2))
err(lambda: app())
new = int.__new__
print(new(int, "5"), new(bool, 1) if False else "", str.__new__(str, 3))
