# Comparing two deeply nested lists recurses natively: RecursionError in comparison.
a = []
b = []
for i in range(50000):
    a = [a]
    b = [b]
print(a is b)
print(a == b)
