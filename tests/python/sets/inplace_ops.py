# |=, &=, -=, ^= mutate the set in place (aliases see the change).
s = {1, 2, 3}
alias = s
s |= {40, 5}
s &= {1, 2, 40, 5, 77}
s -= {2}
s ^= {5, 6}
print(s, alias, s is alias)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
t = set(range(10))
t -= set(range(2, 100))
print(t)
t ^= t
print(t)
