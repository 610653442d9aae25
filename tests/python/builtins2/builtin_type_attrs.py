# Attributes of builtin types beyond operators: range/slice fields, str.translate, dunders
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.count(5), r.count(6), r.index(8), range(5).count(True), range(-5, 5).index(-1))
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(5).start)
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError:", e)
table = str.maketrans("abc", "xyz", "!")
print(table, "a!b!c d".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1", 98: None}))
try:
    "x".translate({120: 1.5})
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
print((7).__round__(), (7.567).__round__(1), (2.5).__round__(), (-3.7).__trunc__(), (3.2).__ceil__(), (-3.2).__floor__(), (7).__divmod__(2), (7).__rdivmod__(20))
print((3).__getnewargs__(), "ab".__getnewargs__(), (1, 2).__getnewargs__(), (1.5).__getnewargs__(), b"x".__bytes__(), (1+2j).__complex__())
print(list([1, 2].__reversed__()), list({"a": 1, "b": 2}.__reversed__()), list(range(3).__reversed__()), None.__bool__(), range(0).__bool__())
l = [1]
print(l.__iadd__([2]), l, l.__imul__(2), {1}.__ior__({2}), {1, 2}.__iand__({2}), {"a": 1}.__ior__({"b": 2}))
print(float.__getformat__("double"), (1).__rlshift__(3), (1).__rrshift__(8), (5).__radd__(1))
print(list[int], dict[str, list[int]], tuple[int, ...], list[int]([1, 2]), set[str]() == set(), list[int] == list[int])
class G(list[int]):
    pass
print(G.__mro__, G([3]))
try:
    (1+2j).__mod__
except AttributeError as e:
    print("AttributeError:", e)
