# List comparison: lexicographic ordering, equality with nested and mixed numbers.
pairs = [[[1, 2], [1, 2]], [[1, 2], [1, 3]], [[1, 2], [1, 2, 0]], [[2], [1, 9]], [[], []],
         [[], [0]], [[1, [2]], [1, [3]]], [["a"], ["b"]], [[1.0], [1]], [[True], [1]]]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(max([1, 2], [1, 3], [0, 9]), min([[2], [1, 5], [1]]))
nan = float("nan")
n = [nan]
print(n == n, [nan] == [nan], n == [nan], n[0] == n[0])
