# range() with 1 to 3 arguments, negative steps, big bounds, and via len() of loops.
def collect(r):
    out = []
    for i in r:
        out.append(i)
    return out

print(collect(range(0)), collect(range(1)), collect(range(6)))
print(collect(range(3, 8)), collect(range(-3, 3)), collect(range(8, 3)))
print(collect(range(0, 10, 2)), collect(range(1, 10, 2)), collect(range(0, 10, 3)))
print(collect(range(10, 0, -2)), collect(range(10, 0, -3)), collect(range(0, -10, -3)))
print(collect(range(-1, -5, -1)), collect(range(-5, -1, -1)), collect(range(5, 5, -1)))
print(collect(range(0, 1, 100)), collect(range(100, 0, -100)), collect(range(-100, 100, 75)))
print(collect(range(2 ** 64, 2 ** 64 + 10, 4)), collect(range(10 ** 20, 10 ** 20 - 3, -1)))
print(len(collect(range(1000))), collect(range(1000))[-1], collect(range(7, 1000, 7))[-1])
print(collect(range(True, 4)), collect(range(-2, 3, True)))
count = 0
for i in range(10 ** 18, 10 ** 18 + 5000):
    count += 1
print(count)
s = 0
for i in range(100, -101, -1):
    s += i
print(s)
