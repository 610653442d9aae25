# Big-int floor division and modulo with every sign combination.
a = 10 ** 100
print(a // 7)
print(a % 7, -a % 7, a % -7, -a % -7)
print(-a // 7)
print(a // -7 == -a // 7, (a // 7) * 7 + a % 7 == a)
b = 2 ** 64 + 13
c = 2 ** 40 - 3
print(b // c, b % c, -b // c, -b % c, b // -c, b % -c, -b // -c, -b % -c)
print(b // b, b % b, -b // b, (-b) % b, b // (b + 1), b % (b + 1), -b // (b + 1), -b % (b + 1))
print(7 // b, 7 % b, -7 // b, -7 % b, 7 // -b, 7 % -b)
print(-(2 ** 100) % 3, -(2 ** 100) // 3, (2 ** 100) % -3, (2 ** 100) // -3)
print(-1 % 2 ** 70, -1 // 2 ** 70, 1 // -2 ** 70, 1 % -2 ** 70)
x = 3 ** 200
y = 7 ** 50
q = x // y
r = x % y
print(q)
print(r)
print(q * y + r == x, 0 <= r < y)
x = -x
q = x // y
r = x % y
print(q)
print(r)
print(q * y + r == x, 0 <= r < y)
print(a / 7, a / -7, (2 ** 64) / (2 ** 32), 2 ** 53 + 1 > (2 ** 53 + 1) / 1)
print(10 ** 30 // 10 ** 15, 10 ** 30 % 10 ** 15, 10 ** 30 // (10 ** 15 + 1))
