# TypeError: bad operand type for unary -: 'str'.
word = "neg"
print(-5, -(-5), -0.0, ~5, +5)
print(-True, -2 ** 70, -float("inf"), not word)
n = 3
print(-n, --n, -(-(-n)), ~n, ~~n)
print(-n * 2, -(n * 2), -n ** 2)
print("negating", repr(word))
print(-word)
print("not reached")
