# Assignment forms: chained assignment, augmented assignment, tuple swap.
a = b = c = 7
print(a, b, c)
a = 1
print(a, b, c)
x = y = [1, 2]
x.append(3)
print(x, y, x is y)
n = 10
n += 5
print(n, end=" ")
n -= 3
print(n, end=" ")
n *= 4
print(n, end=" ")
n //= 5
print(n, end=" ")
n %= 7
print(n, end=" ")
n **= 10
print(n, end=" ")
n <<= 3
print(n, end=" ")
n >>= 2
print(n, end=" ")
n &= 1023
print(n, end=" ")
n |= 4096
print(n, end=" ")
n ^= 5
print(n)
f = 3
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
p, q = q + p, q * 10
print(p, q)
first, second = "xy"
print(first, second)
u, v = [10, 20]
print(u, v, sep="-")
