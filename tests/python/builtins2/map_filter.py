# map() with one or several iterables; filter() with a function or None
print(list(map(abs, [-1, 2, -3])))
print(list(map(pow, [2, 3, 4], [1, 2])))
print(list(map(str.upper, "abc")))
def add3(a, b, c):
    return a + b + c
print(list(map(add3, [1, 2], [10, 20], [100, 200, 300])))
def is_even(n):
    return n % 2 == 0
print(list(filter(is_even, range(10))))
print(list(filter(None, [0, 1, "", "x", None, [], [0], 0.0, True])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])))
m = map(len, ["a", "bb"])
print(repr(m).split(" ")[0], next(m), next(m), next(m, "stop"))
f = filter(None, [0, 5])
print(repr(f).split(" ")[0], list(f), list(f))
print(sum(map(int, "12345")), max(map(len, ["x", "yyy", "zz"])))
print(list(map(None, [1])))
