# Classic recursive functions: factorial, fib, ackermann, gcd, power, sums.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half

def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(fact(0), fact(1), fact(10), fact(30))
for i in range(16):
    print(fib(i), end=" ")
print()
print(fib(20), fib(22))
for m in range(3):
    for n in range(4):
        print("ack(" + str(m) + "," + str(n) + ")=" + str(ack(m, n)), end=" ")
    print()
print(ack(2, 3), ack(3, 3))
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 40), gcd(-12, 18), gcd(12, -18))
print(power(3, 0), power(3, 13), power(2, 200), power(-2, 7), power(1.5, 3))
print(sum_list([1, 2, 3, 4]), sum_list([]), sum_list([0.5, 0.25]))
print(depth(500), depth(900))
