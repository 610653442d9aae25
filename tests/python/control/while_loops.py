# while loops with break, continue and complex conditions.
i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print("| after:", i)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print(i, end=",")
print(" | stopped at", i)
a = 0
b = 100
while a < b and b - a > 3 or a == 0:
    a += 7
    b -= 5
    print([a, b], end=" ")
print()
n = 27
steps = 0
while n != 1 and steps < 1000:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("steps", steps)
x = 10
while x:
    x -= 3
    if x < 0:
        print("went negative", x)
        break
s = "abcdef"
k = len(s)
while k > 0 and s[k - 1] != "c":
    k -= 1
print("found c at", k - 1)
lst = [5, 3, 8]
while lst:
    print("pop", lst.pop())
print("empty", lst)
count = 0
while not count >= 3:
    count += 1
print(count)
