# IndexError: string index out of range with a negative index.
s = "hello"
print(s[0], s[4], s[-5], len(s))
for i in range(len(s)):
    print(s[-1 - i], end="")
print()
u = "\u00e9\u4e2d"
print(u[0], u[1], u[-1], len(u))
print("indexing", repr(s), "at", -6)
c = s[-6]
print("not reached", c)
