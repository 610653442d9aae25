# weakref errors: objects that refuse weak references, wrong arguments
import weakref
class S:
    __slots__ = ("a",)
class W:
    __slots__ = ("a", "__weakref__")
class Sub(S):
    pass
for c in (S, W, Sub):
    try:
        weakref.ref(c()); print("ok", c.__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(W(), 1, 2)
except TypeError as e:
    print(e)
r = weakref.ref(W())
print(r())
try:
    weakref.proxy(S())
except TypeError as e:
    print(e)
try:
    weakref.getweakrefcount()
except TypeError as e:
    print(e)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
