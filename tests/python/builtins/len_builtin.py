# len() of strings and lists, including unicode, nested and large ones.
print(len(""), len("a"), len("hello world"), len("\n\t"), len("\\n"))
print(len("\u00e9"), len("caf\u00e9"), len("\u4e2d\u6587"), len("\U0001F600"), len("e\u0301"))
print(len([]), len([1]), len([[]]), len([1, [2, 3], "abc"]), len([None] * 7))
print(len("x" * 10000), len([0] * 10000), len(str(2 ** 1000)), len(repr("a'b")))
print(len(repr("\x00")), len(repr("\u00e9")), len(repr("\U0001F600")), len(str([1, 2])))
lst = []
for i in range(5):
    lst.append(i)
    print(len(lst), end=" ")
print()
while len(lst) > 2:
    lst.pop()
print(len(lst), lst)
print(len("abc") + len([1, 2]), len("abc") * 2, len([len]) == 1, type(len("x")))
n = len
print(n("alias"), n([1, 2, 3]))
