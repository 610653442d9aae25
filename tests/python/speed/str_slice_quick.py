# Slices of strs: the whole of an exact str is the str itself, one ASCII character is the
# shared one-character str, subclasses get exact strs, steps and non-ASCII text.
s = "abcdefghijkl"
print(s[2:9], s[:] is s, s[0:len(s)] is s, s[::1] is s, s[2:3] is s[2], s[-1:] is s[11])
print(repr(s[5:5]), s[::-1], s[1:10:3], s[-3:], s[:-3], s[100:], s[-100:2])
t = "héllo wörld"
print(t[1:4], t[:] is t, t[::2], t[-3:], t[1:2], len(t[3:9]))


class S(str):
    pass


u = S("xyz")
print(type(u[:]).__name__, u[:] == "xyz", u[:] is u, type(u[1:2]).__name__, u[1:2])
words = "the quick brown fox".split()
print([w[:1] for w in words], [w[1:] for w in words], "".join(w[-1:] for w in words))
