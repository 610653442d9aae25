# Negative ints: hash(-1) == -2, so -1 and -2 collide; negative hashes mask to high slots.
print(hash(-1), hash(-2))
print({-1, -2})
print({-2, -1})
print({-1, -2, -3, 0, 1, 2})
print({-100, -5, 5, 100, -(2**70), 2**70})
s = set()
for i in range(-10, 10, 3):
    s.add(i)
print(s)
