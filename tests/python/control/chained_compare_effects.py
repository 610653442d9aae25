# Chained comparisons evaluate each operand at most once and stop early.
def v(x):
    print("v(" + str(x) + ")", end=" ")
    return x

print(v(1) < v(2) < v(3))
print(v(1) < v(3) < v(2))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) == v(2) == v(3))
print(v(5) > v(4) >= v(4) > v(3))
print(v(1) < v(2) > v(0) < v(5))
print(v(1) in [v(1)] not in [v(9)])
print(v(0) < v(1) and v(2) < v(1) or v(7) == v(7))
r = v(1) < v(2) < v(3) < v(4) < v(0) < v(100)
print(r)
n = 0
if v(0) <= n <= v(10):
    print("n in range")
