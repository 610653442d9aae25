# for loops over lists and strings, with break and continue.
for x in [1, "two", 3.0, None, [5]]:
    print(repr(x), end=" ")
print()
for ch in "hello":
    if ch == "l":
        continue
    print(ch, end="")
print()
for ch in "abcdefg":
    if ch == "e":
        break
    print(ch, end="")
print()
words = ["apple", "banana", "cherry"]
for w in words:
    for c in w:
        if c == "a":
            print("first a in", w)
            break
nums = [3, -1, 4, -1, 5, -9, 2, 6]
pos = 0
neg = 0
for v in nums:
    if v < 0:
        neg += v
        continue
    pos += v
print(pos, neg)
lst = [1, 2, 3]
for v in lst:
    if v < 10:
        lst.append(v * 10)
print(lst)
for x in []:
    print("never")
for x in "":
    print("never")
s = ""
for x in "\u00e9\u4e2d\U0001F600":
    s = s + repr(x)
print(s)
for item in [[1, 2], [3, 4]]:
    a, b = item
    print(a + b, end=" ")
print()
