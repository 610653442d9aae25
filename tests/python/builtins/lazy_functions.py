# Builtin functions made on first use: identity, the builtins namespace, replacement and
# deletion before first use, lookups from exec'd code and through getattr.
import builtins

print(len is builtins.len, len is len, print.__name__, repr(abs))
print(getattr(builtins, "sorted") is sorted, sorted([3, 1, 2]))
names = dir(builtins)
print(all(n in names for n in ["divmod", "hasattr", "compile", "vars", "input", "__import__", "issubclass"]))
print(builtins.__dict__["chr"] is chr, vars(builtins)["ord"](chr(65)))

builtins.hex = lambda x: "my hex"
print(hex(255))
del builtins.hex
try:
    hex(1)
except NameError as e:
    print("NameError", e)

del builtins.oct
try:
    builtins.oct
except AttributeError as e:
    print("AttributeError", e)

g = {}
exec("r = callable(len)", g)
print(g["r"], g["__builtins__"]["round"](2.5), "format" in g["__builtins__"])
print(eval("pow(2, 10)"), eval("max")([1, 5, 2]))
try:
    mx([1])
except NameError as e:
    print(e)
