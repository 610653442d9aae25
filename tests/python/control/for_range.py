# for loops over range() with one, two and three arguments, including negative steps.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 7):
    print(i, end=" ")
print()
for i in range(0, 20, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -1):
    print(i, end=" ")
print()
for i in range(10, -11, -4):
    print(i, end=" ")
print()
for i in range(-5, 5, 2):
    print(i, end=" ")
print()
print("empty:", end="")
for i in range(0):
    print("no")
for i in range(5, 5):
    print("no")
for i in range(5, 0):
    print("no")
for i in range(0, 5, -1):
    print("no")
for i in range(-3):
    print("no")
print(" done")
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i, end=" ")
print()
for i in range(-2 ** 63, -2 ** 63 - 3, -1):
    print(i, end=" ")
print()
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
for i in range(3):
    i = i * 10
    print(i, end=" ")
print("| i after loop:", i)
n = 3
for i in range(n):
    n = 10
    print(i, end=" ")
print("| n =", n)
for i in range(1, 20, 7):
    print(i, end=" ")
print()
for i in range(True, 3):
    print(i, end=" ")
print()
