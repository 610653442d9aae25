# str() and repr() of every supported kind of value, and inside lists.
vals = [0, -7, 2 ** 70, 1.5, -0.0, 1e16, 1e-5, float("inf"), float("nan"), True, False, None,
        "text", "it's", "", "\n", [], [1, 2], ["a", 'b"'], [None, True, 1.0], [[]], [[1], ["x"]]]
for v in vals:
    print(str(v), repr(v), sep=" || ")
print(str("abc") == "abc", repr("abc") == "'abc'", str(str(5)), repr(repr(5)), repr(str(5)))
print(str(), repr(str()), len(str()))
print(str(1) + str(1.0) + str("1") + repr("1"))
print(type(str(1)), type(repr(1.0)), len(repr(2 ** 64)), len(str([1, 2, 3])))
nested = [1, [2, [3, [4, ["five"]]]]]
print(nested, str(nested), repr(nested) == str(nested))
lst = ["a", 1]
print("list: " + str(lst), "repr: " + repr(lst))
