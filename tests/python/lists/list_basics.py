# List literals, indexing (incl. negative), len, repr of elements.
empty = []
one = [1]
mixed = ["a", 1.5, None, True, -7, 2 ** 70, "it's", [1, [2]]]
print(empty, one, mixed)
print(len(empty), len(one), len(mixed), len([[]]), len([[], []]))
print(mixed[0], mixed[1], mixed[-1], mixed[-2], mixed[len(mixed) - 1], mixed[-len(mixed)])
print(mixed[7][1], mixed[7][1][0], mixed[-1][-1][-1])
print(repr(mixed[0]), str(mixed), repr(mixed) == str(mixed))
print([1, 2, 3,], [
    "multi",
    "line",
])
print([0.1, 1e16, -0.0, float("inf"), float("nan")], [1 / 3])
print(["\n", "\t", "\\", "'", '"', "\x00", "\u00e9"])
nums = [10, 20, 30, 40, 50]
for i in range(-5, 5):
    print(nums[i], end=" ")
print()
print(type([]), type(nums), isinstance(nums, list), bool([]), bool([0]))
x = [1, 2]
y = [x, x]
print(y)
x.append(3)
print(y, y[0] is y[1])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [], [[]] == [[]], [1] == [1.0])
