# repr of a list nested far deeper than the recursion limit: RecursionError, not a crash.
shallow = [1, [2, [3, [4]]]]
print(shallow, len(shallow))
deep = []
for i in range(100000):
    deep = [deep]
print(len(deep))
print(repr(deep))
