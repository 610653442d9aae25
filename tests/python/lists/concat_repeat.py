# List + and *, membership, aliasing of repeated inner lists.
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [], a, b)
print(a * 3, 3 * a, a * 0, a * -1, [] * 5, [None] * 4)
print([0] * 3 + [1] * 2, ([1] + [2]) * 2)
rows = [[0] * 2] * 3
rows[0][0] = 9
print(rows)
c = a + b
c.append(4)
print(a, b, c)
print(1 in a, 3 in a, 3 not in a, [1] in [[1], [2]], "1" in [1, 2])
print(2 ** 64 in [2 ** 64], 1.0 in [1], True in [1], 0 in [False], None in [0, ""])
s = [1, 2, 3] * 1000
print(len(s), s[-1], s[1500])
x = [1]
x += [2, 3]
x *= 2
print(x)
y = x
y += [0]
print(x is y, x)
y = y + [5]
print(x is y, x, y)
print(["a"] * 2 + ["b"], len([[]] * 10), [[]] * 2)
