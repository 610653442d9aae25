# operator.index (PyNumber_Index) gives an exact int for bool and int subclasses, and
# calls __index__ for other types.
import operator


class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"


class Idx:
    def __index__(self):
        return 7

    def __repr__(self):
        return "Idx()"


for v in [True, False, 5, MyInt(3), Idx(), 2**70]:
    r = operator.index(v)
    print(repr(v), "->", repr(r), type(r).__name__)
for bad in [1.5, "3", None]:
    try:
        operator.index(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError:", e)
print([10, 20, 30][operator.index(True)], "abc"[MyInt(2)], range(10)[Idx()])
