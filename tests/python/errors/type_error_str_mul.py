# TypeError: can't multiply sequence by non-int of type 'str'.
s = "ab"
print(s * 3, 3 * s, repr(s * 0), repr(s * -1))
print(s * True, repr(s * False))
t = "cd"
print(s + t, t * 2 + s)
n = 2
print(s * n, [s] * n)
print("now multiplying two strings")
print("a" * "b")
print("not reached")
