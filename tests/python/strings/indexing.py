# String indexing with positive and negative indices, len, iteration.
s = "Hello, World"
print(len(s), s[0], s[1], s[11], s[-1], s[-12], s[len(s) - 1])
print(s[5], repr(s[6]), s[-5], s[-0])
for i in range(len(s)):
    print(s[i], end="")
print()
for i in range(-1, -len(s) - 1, -1):
    print(s[i], end="")
print()
for ch in "abc":
    print(ch, repr(ch), len(ch), ch + ch, sep=",", end=" ")
print()
u = "caf\u00e9\u4e2d\U0001F600!"
print(len(u), u[3], u[4], u[5], u[-1], u[-2], repr(u[-3]))
def reverse(t):
    out = ""
    for c in t:
        out = c + out
    return out
print(reverse(s), reverse(""), reverse("x"), reverse(u))
def count(t, target):
    n = 0
    i = 0
    while i < len(t):
        if t[i] == target:
            n += 1
        i += 1
    return n
print(count(s, "l"), count(s, "o"), count(s, "z"), count("", "a"))
print(len(""), len(" "), len("\n"), len("\\"), len("\u00e9"), len("ab" * 50))
print(s[0] == "H", "abc"[1], "xyz"[-1], type(s[0]))
