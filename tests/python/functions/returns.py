# Return values: implicit None, early returns, returning lists and functions' results.
def nothing():
    pass

def bare_return():
    return

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None

def first_negative(lst):
    for v in lst:
        if v < 0:
            return v

def pair(a, b):
    return [a, b]

def swap(lst):
    a, b = lst
    return [b, a]

def loop_return():
    i = 0
    while True:
        i += 1
        if i == 5:
            return i * 100

print(nothing(), bare_return(), repr(nothing()), nothing() is None)
print(early(-1), early(0), early(3), early(10), early(100))
print(first_negative([1, 2, -3, -4]), first_negative([1, 2]))
print(pair(1, "a"), swap(pair(1, "a")), swap(swap([None, 2.5])))
print(loop_return(), type(nothing()), type(pair(1, 2)))
x = pair(pair(1, 2), pair(3, 4))
print(x, x[1][0], len(x))

def compose(n):
    return str(square(inc(n)))

def inc(n):
    return n + 1

def square(n):
    return n * n

print(compose(3), compose(-1), compose(2 ** 40))
